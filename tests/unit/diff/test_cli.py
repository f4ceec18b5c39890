"""`sdkgen diff OLD NEW [--format markdown|json] [--config FILE]`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.cli import main

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "diff"


def test_markdown_report_ends_with_the_bump(capsys: pytest.CaptureFixture[str]) -> None:
    folder = FIXTURES / "operation-removed"
    assert main(["diff", str(folder / "old.yaml"), str(folder / "new.yaml")]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# Client surface changes: ")
    assert "- **breaking**: removed `items.delete` (`DELETE /items/{itemId}`)" in out
    assert out.rstrip().splitlines()[-1] == "Bump: **major** (1 breaking change)."


def test_json_report(capsys: pytest.CaptureFixture[str]) -> None:
    folder = FIXTURES / "optional-param-added"
    assert (
        main(["diff", str(folder / "old.yaml"), str(folder / "new.yaml"), "--format", "json"]) == 0
    )
    data = json.loads(capsys.readouterr().out)
    assert data["bump"] == "minor"
    assert data["breaking"] == 0
    (change,) = data["changes"]
    assert change["kind"] == "parameter-added"
    assert change["subject"] == "items.list"
    assert change["endpoint"] == "GET /items"
    assert change["breaking"] is False


def test_config_applies_to_both_sides(capsys: pytest.CaptureFixture[str]) -> None:
    folder = FIXTURES / "path-param-renamed-client-param"
    args = ["diff", str(folder / "old.yaml"), str(folder / "new.yaml"), "--format", "json"]
    assert main([*args, "--config", str(folder / "sdkgen.toml")]) == 0
    assert json.loads(capsys.readouterr().out)["bump"] == "patch"
    assert main(args) == 0  # without the config the positional argument is renamed
    assert json.loads(capsys.readouterr().out)["bump"] == "major"


def test_revision_names(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["diff", "53", "54"]) == 0
    out = capsys.readouterr().out
    assert "`53-2026-05-26-063171e` -> `54-2026-06-10-60947d7`" in out
    assert "Bump: **minor**" in out


def test_bad_input_exits_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    folder = FIXTURES / "operation-removed"
    assert main(["diff", str(tmp_path / "missing.yaml"), str(folder / "new.yaml")]) == 2
    assert "missing.yaml" in capsys.readouterr().err
    assert main(["diff", "999", "54"]) == 2
    assert "no revision matches '999'" in capsys.readouterr().err
    broken = tmp_path / "broken.yaml"
    broken.write_text("openapi: [\n", encoding="utf-8")
    assert main(["diff", str(broken), str(folder / "new.yaml")]) == 2


def test_unknown_format_is_a_usage_error() -> None:
    with pytest.raises(SystemExit) as exc:
        main(["diff", "1", "2", "--format", "xml"])
    assert exc.value.code == 2

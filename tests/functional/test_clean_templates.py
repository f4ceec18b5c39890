"""The built-in templates write what ruff's lint pass would make of them: sorted imports and
``__all__``, no unused import. ruff still lints and fixes every generated file (emit/format.py); a
file it has nothing to fix in costs it one pass instead of two (about 10 ms of a run with an empty
cache). Checked on every feature fixture, with both model backends, and on the newest Turso
revision with the project's config (as tests/golden has it)."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

import generator.emit.format as fmt
from generator import project
from generator.config import Config
from generator.pipeline import generate

FEATURES = sorted((Path(__file__).resolve().parents[1] / "fixtures" / "features").glob("*.yaml"))


def _unformatted(
    spec: Path, config: Config, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """The tree as rendered, before the formatter's first pass (copied as it is handed over)."""
    monkeypatch.setenv("SDKGEN_CACHE_DIR", str(tmp_path / "cache"))  # nothing formatted before
    rendered = tmp_path / "rendered"
    real = fmt._format

    def keep(root: Path, targets: list[str], *args: object) -> None:
        shutil.copytree(root, rendered)
        real(root, targets, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(fmt, "_format", keep)
    generate(spec, tmp_path / "out", config)
    return rendered


def _lint_findings(tree: Path, config: Config) -> str:
    command = fmt._fix_command(config.output.line_length, "py311", [str(tree)])
    command = [arg for arg in command if arg != "--fix-only"] + ["--output-format=concise"]
    done = subprocess.run(command, cwd=tree, capture_output=True, text=True, check=False)
    return "" if done.returncode == 0 else done.stdout + done.stderr


@pytest.mark.parametrize("backend", ["msgspec", "pydantic"])
@pytest.mark.parametrize("spec", FEATURES, ids=lambda p: p.stem)
def test_feature_fixtures_need_no_lint_fix(
    spec: Path, backend: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = Config().with_package_name("pkg")
    config = replace(config, output=replace(config.output, models=backend))  # type: ignore[arg-type]
    rendered = _unformatted(spec, config, tmp_path, monkeypatch)
    assert _lint_findings(rendered, config) == ""


def test_the_turso_client_needs_no_lint_fix(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spec, _ = project.spec_path(None)
    config = project.project_config()
    rendered = _unformatted(spec, config, tmp_path, monkeypatch)
    assert _lint_findings(rendered, config) == ""

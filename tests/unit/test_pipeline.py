"""Tests for generator.pipeline.generate: when the validator's verdict is awaited against the write."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from generator import pipeline
from generator.config import Config
from generator.diagnostics import GenerationError
from generator.load import background
from generator.load.read import read_document
from generator.load.validate import validate

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "load"
DEFECTS = FIXTURES / "defects.yaml"  # generates, with warnings from the validator and the builder
# The builder has nothing to say about it; the validator has (an unexpected key).
VALIDATOR_ONLY = FIXTURES / "regex-dialect.yaml"
CLEAN = FIXTURES / "petstore.yaml"


@pytest.fixture
def events(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The order in which the run built the client, wrote the tree and awaited the verdict (an
    empty cache, so the verdict is really awaited)."""
    monkeypatch.setenv("SDKGEN_CACHE_DIR", str(tmp_path / "cache"))
    happened: list[str] = []
    build, write = pipeline._build, pipeline.write_tree
    result = background.PendingVerdict.result

    def recording_build(*args: Any, **kwargs: Any) -> Any:
        built = build(*args, **kwargs)
        happened.append("built")
        return built

    def recording_write(*args: Any, **kwargs: Any) -> Any:
        happened.append("write")
        return write(*args, **kwargs)

    def recording_result(self: background.PendingVerdict) -> Any:
        happened.append("verdict")
        return result(self)

    monkeypatch.setattr(pipeline, "_build", recording_build)
    monkeypatch.setattr(pipeline, "write_tree", recording_write)
    monkeypatch.setattr(background.PendingVerdict, "result", recording_result)
    return happened


def test_without_strict_the_tree_is_written_while_the_verdict_comes(
    tmp_path: Path, events: list[str]
) -> None:
    done = pipeline.generate(DEFECTS, tmp_path / "out", Config())
    assert events == ["built", "write", "verdict"]
    # the verdict's warnings are all there, as when nothing is written
    alone = pipeline.generate_files(DEFECTS, Config())
    assert done.diagnostics == alone.diagnostics
    # (a path parameter the validator reports is reported in the builder's words instead)
    verdict = [d for d in validate(read_document(DEFECTS)) if "path parameter" not in d.message]
    assert len(verdict) >= 5
    reported = {(d.pointer, d.message) for d in done.diagnostics}
    assert {(d.pointer, d.message) for d in verdict} <= reported


def test_with_strict_the_verdict_comes_before_the_write(tmp_path: Path, events: list[str]) -> None:
    pipeline.generate(CLEAN, tmp_path / "out", Config(), strict=True)
    assert events == ["built", "verdict", "write"]


def test_with_strict_the_verdict_stops_the_write(tmp_path: Path, events: list[str]) -> None:
    with pytest.raises(GenerationError) as raised:
        pipeline.generate(VALIDATOR_ONLY, tmp_path / "out", Config(), strict=True)
    assert events == ["built", "verdict"]  # built without complaint; the verdict stopped it
    assert "nullabel" in str(raised.value.diagnostics)
    assert not (tmp_path / "out").exists()


def test_a_write_that_fails_gives_up_the_verdict(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, events: list[str]
) -> None:
    cancelled: list[bool] = []
    cancel = background.PendingVerdict.cancel

    def recording_cancel(self: background.PendingVerdict) -> None:
        cancelled.append(True)
        cancel(self)

    def failing_write(*args: Any, **kwargs: Any) -> Any:
        raise GenerationError([])

    monkeypatch.setattr(background.PendingVerdict, "cancel", recording_cancel)
    monkeypatch.setattr(pipeline, "write_tree", failing_write)
    with pytest.raises(GenerationError):
        pipeline.generate(DEFECTS, tmp_path / "out", Config())
    assert cancelled == [True]
    assert events == ["built"]  # nobody waited for the verdict


def test_an_interrupt_while_waiting_says_the_tree_was_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, events: list[str]
) -> None:
    def interrupted(self: background.PendingVerdict) -> Any:
        raise KeyboardInterrupt

    monkeypatch.setattr(background.PendingVerdict, "result", interrupted)
    with pytest.raises(pipeline.InterruptedAfterWrite) as raised:
        pipeline.generate(CLEAN, tmp_path / "out", Config())
    assert raised.value.output == tmp_path / "out"
    assert (tmp_path / "out").is_dir()


def test_the_command_line_says_what_an_interrupt_left(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from generator.cli import EXIT_BAD_INPUT, main

    def interrupted(*args: Any) -> Any:
        raise KeyboardInterrupt

    monkeypatch.setenv("SDKGEN_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(background.PendingVerdict, "result", interrupted)
    out = tmp_path / "out"
    assert main(["generate", str(CLEAN), "--output", str(out), "--package-name", "pets"]) == (
        EXIT_BAD_INPUT
    )
    said = capsys.readouterr().err
    assert f"the client was written to {out}" in said and "untouched" not in said
    # interrupted before the write: the previous output is untouched, and it says so
    monkeypatch.setattr(pipeline, "_build", interrupted)
    assert main(["generate", str(CLEAN), "--output", str(out), "--package-name", "pets"]) == (
        EXIT_BAD_INPUT
    )
    assert "the previous output is untouched" in capsys.readouterr().err

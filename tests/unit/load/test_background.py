"""Tests for generator.load.background: the verdict of a child process equals the inline one."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from generator.load import background
from generator.load.read import read_document
from generator.load.validate import cached_verdict, validate

from .conftest import FIXTURES

DEFECTS = FIXTURES / "defects.yaml"


def test_a_child_finds_what_an_inline_run_finds(cache_dir: Path) -> None:
    doc = read_document(DEFECTS)
    pending = background.start_validation(doc, background=True)
    assert pending.in_background
    verdict = pending.result()
    assert not pending.in_background
    assert verdict  # the fixture has defects
    assert cached_verdict(doc) == verdict  # the child stored it in the cache
    for entry in (cache_dir / "validate").iterdir():
        entry.unlink()
    assert validate(doc) == verdict  # and an inline run, cache emptied, agrees


def test_a_cached_verdict_starts_no_child() -> None:
    doc = read_document(DEFECTS)
    expected = validate(doc)
    pending = background.start_validation(doc, background=True)
    assert not pending.in_background
    assert pending.result() == expected


def test_without_background_the_verdict_is_computed_inline() -> None:
    doc = read_document(DEFECTS)
    pending = background.start_validation(doc, background=False)
    assert not pending.in_background
    assert pending.result() == validate(doc)


def test_a_file_changed_before_the_child_read_it_is_validated_inline(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_bytes(DEFECTS.read_bytes())
    doc = read_document(spec)
    expected = validate(doc)
    for entry in (tmp_path / "cache" / "validate").iterdir():
        entry.unlink()
    spec.write_text("openapi: 3.0.3\ninfo: {title: other, version: '1'}\npaths: {}\n")
    pending = background.start_validation(doc, background=True)
    # The child reads other bytes and declines; the parent validates the bytes it read.
    assert pending.result() == expected


def test_a_failing_child_falls_back_to_inline(monkeypatch: pytest.MonkeyPatch) -> None:
    doc = read_document(DEFECTS)
    monkeypatch.setattr(background.sys, "executable", sys.executable + "-missing")
    pending = background.start_validation(doc, background=True)
    assert not pending.in_background  # the child could not even start
    assert pending.result() == validate(doc)


def test_a_child_that_answers_nonsense_falls_back_to_inline() -> None:
    doc = read_document(DEFECTS)
    child = subprocess.Popen([sys.executable, "-c", "print('not json')"], stdout=subprocess.PIPE)
    pending = background.PendingVerdict(doc, child=child)
    assert pending.result() == validate(doc)


def test_cancel_stops_the_child() -> None:
    doc = read_document(DEFECTS)
    child = subprocess.Popen(
        [sys.executable, "-c", "import time; time.sleep(60)"], stdout=subprocess.PIPE
    )
    pending = background.PendingVerdict(doc, child=child)
    pending.cancel()
    assert child.returncode is not None
    assert not pending.in_background


def test_the_child_command_line() -> None:
    doc = read_document(DEFECTS)
    done = subprocess.run(
        [sys.executable, "-m", "generator.load.background", str(DEFECTS), "0" * 64],
        capture_output=True,
        check=False,
    )
    assert done.returncode == 3  # other bytes than announced: no verdict
    assert done.stdout == b""
    done = subprocess.run(
        [sys.executable, "-m", "generator.load.background", str(DEFECTS), doc.sha256],
        capture_output=True,
        check=False,
    )
    assert done.returncode == 0
    assert done.stdout.startswith(b'{"sha256": "' + doc.sha256.encode())


def test_by_default_only_a_processs_first_verdict_is_computed_in_a_child(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(background, "_first", True)
    monkeypatch.setattr(background, "_usable_cpus", lambda: 2)
    first = background.start_validation(read_document(DEFECTS))
    other = tmp_path / "other.yaml"
    other.write_text(DEFECTS.read_text() + "\n# another document\n")
    second = background.start_validation(read_document(other))
    assert first.in_background
    assert not second.in_background  # the validator is imported here once, not once per child
    assert first.result() == validate(read_document(DEFECTS))


def test_by_default_one_cpu_computes_inline(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(background, "_first", True)
    monkeypatch.setattr(background, "_usable_cpus", lambda: 1)
    assert not background.start_validation(read_document(DEFECTS)).in_background

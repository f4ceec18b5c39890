"""Tests for generator.load.background: the verdict of the worker process equals the inline one."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.load import background
from generator.load.read import read_document
from generator.load.validate import validate
from generator.load.verdict_cache import cached_verdict

from .conftest import FIXTURES

DEFECTS = FIXTURES / "defects.yaml"


@pytest.fixture(autouse=True)
def own_worker(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every test starts without a worker, and the one it starts is ended after it."""
    monkeypatch.setattr(background, "_worker", None)
    yield
    if background._worker is not None:
        background._worker.stop()


def _empty(cache_dir: Path) -> None:
    for entry in (cache_dir / "validate").iterdir():
        entry.unlink()


def test_the_worker_finds_what_an_inline_run_finds(cache_dir: Path) -> None:
    doc = read_document(DEFECTS)
    pending = background.start_validation(doc, background=True)
    assert pending.in_background
    verdict = pending.result()
    assert not pending.in_background
    assert verdict  # the fixture has defects
    assert cached_verdict(doc) == verdict  # the worker stored it in the cache
    _empty(cache_dir)
    assert validate(doc) == verdict  # and an inline run, cache emptied, agrees


def test_the_worker_answers_itself(cache_dir: Path) -> None:
    # Started as worker_command says (no site, this process's path), not computed inline instead.
    doc = read_document(DEFECTS)
    worker = background._the_worker()
    assert worker is not None
    ticket = worker.submit(doc)
    assert ticket is not None
    answer = worker.answer(ticket)
    assert answer is not None and answer["sha256"] == doc.sha256
    assert answer["diagnostics"] is not None
    _empty(cache_dir)
    assert background.decode_diagnostics(answer["diagnostics"], str(DEFECTS)) == validate(doc)


def test_the_worker_command(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "path", ["/caller/script-dir", "/lib/a", "", "/lib/b"])
    command = background.worker_command()
    assert command[:4] == [sys.executable, "-S", "-P", "-c"]
    boot = command[4].split("; ")
    assert boot[0] == "import sys"
    path = ast.literal_eval(boot[1].removeprefix("sys.path[:] = "))
    # the caller's first entry (its script's folder or working directory) is left out, as -P does
    assert path == [str(background._PACKAGE_PARENT), "/lib/a", "/lib/b"]


def test_one_worker_serves_every_document_of_a_process(tmp_path: Path) -> None:
    other = tmp_path / "other.yaml"
    other.write_text(DEFECTS.read_text() + "\n# another document\n")
    first = background.start_validation(read_document(DEFECTS), background=True)
    worker = background._worker
    second = background.start_validation(read_document(other), background=True)
    assert first.in_background and second.in_background
    assert background._worker is worker  # the validator is imported once, not once per document
    assert [d.file for d in second.result()] == [str(other)] * len(first.result())
    assert first.result() == validate(read_document(DEFECTS))


def test_a_cached_verdict_needs_no_worker() -> None:
    doc = read_document(DEFECTS)
    expected = validate(doc)
    pending = background.start_validation(doc, background=True)
    assert not pending.in_background
    assert pending.result() == expected
    assert background._worker is None


def test_without_background_the_verdict_is_computed_inline() -> None:
    doc = read_document(DEFECTS)
    pending = background.start_validation(doc, background=False)
    assert not pending.in_background
    assert pending.result() == validate(doc)


def test_a_file_changed_before_the_worker_read_it_is_validated_inline(tmp_path: Path) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_bytes(DEFECTS.read_bytes())
    doc = read_document(spec)
    expected = validate(doc)
    _empty(tmp_path / "cache")
    spec.write_text("openapi: 3.0.3\ninfo: {title: other, version: '1'}\npaths: {}\n")
    pending = background.start_validation(doc, background=True)
    # The worker reads other bytes and declines; the parent validates the bytes it read.
    assert pending.result() == expected


def test_a_worker_that_cannot_start_leaves_it_inline(monkeypatch: pytest.MonkeyPatch) -> None:
    doc = read_document(DEFECTS)
    monkeypatch.setattr(background.sys, "executable", sys.executable + "-missing")
    pending = background.start_validation(doc, background=True)
    assert not pending.in_background  # the worker could not even start
    assert pending.result() == validate(doc)


def test_a_worker_that_answers_nonsense_leaves_it_inline() -> None:
    doc = read_document(DEFECTS)
    nonsense = (
        "import sys\n"
        "sys.stdin.readline(); print('not json', flush=True)\n"
        "sys.stdin.readline(); print('{}', flush=True)\n"
        "sys.stdin.readline()\n"
    )
    child = subprocess.Popen(
        [sys.executable, "-c", nonsense], stdin=subprocess.PIPE, stdout=subprocess.PIPE
    )
    worker = background.Worker(child)
    first, second = (background.PendingVerdict(doc, worker=worker) for _ in range(2))
    assert first.in_background and second.in_background  # both requests were taken
    assert first.result() == validate(doc)
    assert second.result() == validate(doc)
    assert worker.alive  # answering nonsense is no reason to stop it
    worker.stop()


def test_a_worker_that_dies_leaves_its_documents_inline_and_is_replaced(cache_dir: Path) -> None:
    doc = read_document(DEFECTS)
    pending = background.start_validation(doc, background=True)
    dead = background._worker
    assert dead is not None
    dead._child.kill()  # type: ignore[union-attr]
    assert pending.result() == validate(doc)
    assert not dead.alive
    _empty(cache_dir)
    again = background.start_validation(doc, background=True)
    assert again.in_background and background._worker is not dead
    assert again.result() == validate(doc)


def test_a_cancelled_verdict_is_dropped_and_the_worker_serves_on(
    cache_dir: Path, tmp_path: Path
) -> None:
    doc = read_document(DEFECTS)
    cancelled = background.start_validation(doc, background=True)
    worker = background._worker
    cancelled.cancel()
    assert not cancelled.in_background
    other = tmp_path / "other.yaml"
    other.write_text(DEFECTS.read_text() + "\n# another document\n")
    pending = background.start_validation(read_document(other), background=True)
    assert background._worker is worker and pending.in_background  # not killed
    assert [d.file for d in pending.result()] == [str(other)] * len(validate(doc))
    assert worker is not None and worker._answers == {}  # the cancelled answer was dropped
    assert cached_verdict(doc) is not None  # and its verdict cached all the same


def test_at_exit_the_worker_is_stopped() -> None:
    pending = background.start_validation(read_document(DEFECTS), background=True)
    worker = background._worker
    assert worker is not None
    child = worker._child
    pending.result()
    background._stop_worker()  # what atexit runs
    assert child is not None and child.returncode is not None
    assert not worker.alive


def test_the_worker_reads_the_file_the_parent_read_after_a_chdir(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The worker starts in one folder; the parent moves to another holding a spec of the same
    # bytes whose $ref'd file differs: the worker must check the parent's file, refs and all.
    spec = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    A: {$ref: 'a.yaml'}\n"
    for folder, kind in (("first", "string"), ("second", "nonsense")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "spec.yaml").write_text(spec)
        (tmp_path / folder / "a.yaml").write_text(f"type: {kind}\n")
    monkeypatch.chdir(tmp_path / "first")
    assert background._the_worker() is not None
    monkeypatch.chdir(tmp_path / "second")
    doc = read_document(Path("spec.yaml"))
    pending = background.start_validation(doc, background=True)
    assert pending.in_background
    assert pending.result() == validate(doc)
    assert pending.result()  # the second folder's a.yaml is wrong


def test_the_worker_protocol(cache_dir: Path) -> None:
    doc = read_document(DEFECTS)
    cache = str(cache_dir)
    requests = [
        {"path": str(DEFECTS), "sha256": "0" * 64, "cache": cache},  # other bytes than announced
        {
            "path": str(DEFECTS) + ".missing",
            "sha256": doc.sha256,
            "cache": cache,
        },  # nothing to read
        {"path": str(DEFECTS), "sha256": doc.sha256, "cache": cache},
        {"path": str(DEFECTS), "sha256": doc.sha256},  # not a request
    ]
    done = subprocess.run(
        [sys.executable, "-m", "generator.load.background"],
        input="".join(json.dumps(r) + "\n" for r in requests).encode(),
        capture_output=True,
        check=True,
    )
    answers = [json.loads(line) for line in done.stdout.splitlines()]
    assert answers[0] == {"sha256": doc.sha256, "diagnostics": None}
    assert answers[1] == {"sha256": None, "diagnostics": None}
    assert answers[2]["sha256"] == doc.sha256
    assert background.decode_diagnostics(answers[2]["diagnostics"], str(DEFECTS)) == validate(doc)
    assert answers[3] == {"sha256": None, "diagnostics": None}


def test_by_default_one_cpu_computes_inline(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(background, "_usable_cpus", lambda: 1)
    assert not background.start_validation(read_document(DEFECTS)).in_background


def test_warm_up_starts_the_worker_only_when_it_will_be_needed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(background, "_usable_cpus", lambda: 1)
    background.warm_up(DEFECTS)
    assert background._worker is None  # no CPU to spare
    monkeypatch.setattr(background, "_usable_cpus", lambda: 2)
    background.warm_up(DEFECTS)
    worker = background._worker
    assert worker is not None and worker.alive
    pending = background.start_validation(read_document(DEFECTS))
    assert background._worker is worker  # the document goes to the warmed-up worker
    pending.result()
    worker.stop()
    background.warm_up(DEFECTS)  # now cached
    assert background._worker is worker and not worker.alive


def test_the_worker_refuses_urls_like_an_inline_run(tmp_path: Path) -> None:
    # The worker does without requests (the validator then falls back to urllib for URLs): a
    # URL $ref is still refused, never fetched, with the same verdict as inline.
    spec = tmp_path / "spec.yaml"
    spec.write_text(
        "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n"
        "      responses:\n        '200':\n          description: ok\n          content:\n"
        "            application/json:\n              schema: {$ref: 'http://127.0.0.1:9/p.yaml'}\n"
    )
    doc = read_document(spec)
    pending = background.start_validation(doc, background=True)
    assert pending.in_background
    from_worker = pending.result()
    assert any("not checked" in d.message for d in from_worker)
    assert cached_verdict(doc) is None  # a document with refs to other places is never cached
    assert validate(doc) == from_worker


def test_the_worker_caches_where_the_parent_says_now(
    cache_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = background.start_validation(read_document(DEFECTS), background=True)
    first.result()
    assert cached_verdict(read_document(DEFECTS)) is not None
    elsewhere = tmp_path / "elsewhere"
    monkeypatch.setenv("SDKGEN_CACHE_DIR", str(elsewhere))  # changed after the worker started
    other = tmp_path / "other.yaml"
    other.write_text(DEFECTS.read_text() + "\n# another document\n")
    pending = background.start_validation(read_document(other), background=True)
    assert pending.in_background
    pending.result()
    assert len(list((elsewhere / "validate").glob("*.json"))) == 1
    assert len(list((cache_dir / "validate").glob("*.json"))) == 1  # only the first verdict

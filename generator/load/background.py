"""Validate documents in a worker process while the rest of the run goes on.

openapi-spec-validator is the slowest part of a first run (importing it alone takes longer than
generating the Turso client), yet nothing before the end of a run needs its verdict: the verdict
only adds warnings, or with ``--strict`` stops the run before anything is written. So a run whose
verdict is not cached hands the document to a worker process (this module's `run`, started by
`worker_command`; ``python -m generator.load.background`` starts one too), builds, renders,
formats and (without ``--strict``) writes the client meanwhile on the other core, then collects the
verdict; with ``--strict`` it collects the verdict before it writes. The worker stores each
verdict in the cache like an inline run does.

This module imports only what the parent needs to start the worker (the command line imports it
before anything else, see cli.py); the worker's side imports the rest.

One worker serves the whole process: it imports the validator once, so a process that validates
many documents (the golden tests, `sdkgen diff`, the benchmark's loop over every revision) has each
one checked while the previous client is generated. `warm_up` starts it before the document is
even read, so that importing the validator overlaps the rest of the start.

Correctness never depends on the worker: if it cannot start, fails, is killed, or read other
bytes than the parent (the file changed in between), the verdict is computed inline instead. On a
machine with a single CPU every verdict is computed inline. A verdict given up (the run failed)
is still computed and cached, its answer dropped; the process stops its worker as it exits.

Worker protocol: one JSON object per line each way, answered in order. Request ``{"path":
<absolute file path>, "sha256": <hex the parent read>, "cache": <the parent's cache_dir()>}``;
answer ``{"sha256": <hex of the bytes the worker read>, "diagnostics": [<encode_diagnostics
items>]}``, with ``"diagnostics": null`` when it declines (other bytes, or the file could not be
read). End of input ends the worker.
"""

from __future__ import annotations

import atexit
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from generator.load.verdict_cache import cache_dir, cached_verdict, decode_diagnostics, is_cached

if TYPE_CHECKING:
    from generator.diagnostics import Diagnostic
    from generator.load.read import LoadedDocument

__all__ = ["PendingVerdict", "run", "start_validation", "warm_up", "worker_command"]

_PACKAGE_PARENT = Path(__file__).resolve().parents[2]  # the folder holding `generator/`


class PendingVerdict:
    """The verdict of `validate(doc)`, known now (cached), or being computed by the worker."""

    def __init__(
        self,
        doc: LoadedDocument,
        verdict: tuple[Diagnostic, ...] | None = None,
        worker: Worker | None = None,
    ) -> None:
        self._doc = doc
        self._verdict = verdict
        self._worker = worker
        self._ticket = worker.submit(doc) if worker is not None else None

    @property
    def in_background(self) -> bool:
        """True while the worker has the document."""
        return self._ticket is not None

    def result(self) -> tuple[Diagnostic, ...]:
        """The verdict: waits for the worker, or computes it inline if there is none (or it failed)."""
        if self._verdict is None:
            if self._worker is not None and self._ticket is not None:
                self._verdict = _decode(self._worker.answer(self._ticket), self._doc)
                self._ticket = None
            if self._verdict is None:
                from generator.load.validate import validate

                self._verdict = validate(self._doc)
        return self._verdict

    def cancel(self) -> None:
        """Give up the verdict (the run failed and will not ask for it). The worker still finishes
        and caches it: the worker is shared, and killing it would cost the next document a fresh
        import of the validator."""
        if self._worker is not None and self._ticket is not None:
            self._worker.forget(self._ticket)
            self._ticket = None


def start_validation(doc: LoadedDocument, *, background: bool | None = None) -> PendingVerdict:
    """Begin validating ``doc``: cached verdicts are returned at once; otherwise the process's
    worker computes it when ``background`` (default: when this process may use more than one CPU)."""
    cached = cached_verdict(doc)
    if cached is not None:
        return PendingVerdict(doc, verdict=cached)
    if background is None:
        background = _usable_cpus() > 1
    return PendingVerdict(doc, worker=_the_worker() if background else None)


def warm_up(spec: Path) -> None:
    """Start the worker now if ``spec`` will need it (its verdict is not cached, and there is a CPU
    to spare), so that it imports the validator while this process starts up."""
    if _worker is not None and _worker.alive:
        return
    if _usable_cpus() > 1 and not is_cached(spec):
        _the_worker()


# --- the parent's side ------------------------------------------------------------------------


class Worker:
    """A worker process and the requests sent to it (numbered tickets, answered in order)."""

    def __init__(self, child: subprocess.Popen[bytes]) -> None:
        self._child: subprocess.Popen[bytes] | None = child
        self._sent = 0
        self._received = 0
        self._answers: dict[int, Any] = {}
        self._forgotten: set[int] = set()

    @property
    def alive(self) -> bool:
        return self._child is not None

    def submit(self, doc: LoadedDocument) -> int | None:
        """Send ``doc`` to the worker: its ticket, or None when the worker is gone."""
        if self._child is None or self._child.stdin is None:
            return None
        # Absolute: the worker's working directory is the one this process had when it started.
        path = str(doc.path.resolve())
        request = {"path": path, "sha256": doc.sha256, "cache": str(cache_dir())}
        line = json.dumps(request) + "\n"
        try:
            self._child.stdin.write(line.encode())
            self._child.stdin.flush()
        except OSError:
            self.stop()
            return None
        self._sent += 1
        return self._sent - 1

    def forget(self, ticket: int) -> None:
        """Nobody will ask for ``ticket``'s answer: drop it when it comes."""
        if self._answers.pop(ticket, None) is None and ticket >= self._received:
            self._forgotten.add(ticket)

    def answer(self, ticket: int) -> Any:
        """The worker's answer to ``ticket`` (waits for it), or None when the worker is gone."""
        while ticket not in self._answers and self._receive():
            pass
        return self._answers.pop(ticket, None)

    def _receive(self) -> bool:
        stdout: IO[bytes] | None = self._child.stdout if self._child is not None else None
        if stdout is None:
            return False
        line = stdout.readline()
        if not line:
            self.stop()
            return False
        ticket, self._received = self._received, self._received + 1
        if ticket in self._forgotten:
            self._forgotten.discard(ticket)
            return True
        try:
            self._answers[ticket] = json.loads(line)
        except ValueError:
            self._answers[ticket] = None
        return True

    def stop(self) -> None:
        """End the worker at once; tickets not answered yet go unanswered. Nothing else is lost:
        the worker cached every verdict it answered, before answering."""
        child, self._child = self._child, None
        if child is not None:
            child.kill()
            child.communicate()


_worker: Worker | None = None


def _the_worker() -> Worker | None:
    """The process's worker, started on first use (None if it cannot start)."""
    global _worker
    if _worker is not None and _worker.alive:
        return _worker
    try:
        child = subprocess.Popen(
            worker_command(),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
    except OSError:
        return None
    if _worker is None:
        atexit.register(_stop_worker)
    _worker = Worker(child)
    return _worker


def worker_command() -> list[str]:
    """How the worker starts: this interpreter, without ``site`` (its .pth files set up nothing
    the worker needs: 15 ms less to start) and with this process's module search path instead, led
    by the folder holding this ``generator``. Not this process's first entry, its script's folder
    or working directory (as -P does; unless this process ran with -P itself): a `generator`
    package there, an untrusted checkout or another project's own, is never imported instead."""
    search = sys.path if sys.flags.safe_path else sys.path[1:]
    path = [str(_PACKAGE_PARENT), *(entry for entry in search if entry)]
    boot = f"import sys; sys.path[:] = {path!r}; from generator.load.background import run; run()"
    return [sys.executable, "-S", "-P", "-c", boot]


def _stop_worker() -> None:
    if _worker is not None:
        _worker.stop()


def _decode(answer: Any, doc: LoadedDocument) -> tuple[Diagnostic, ...] | None:
    """The verdict in a worker's answer, or None when it declined or validated other bytes."""
    try:
        if answer["sha256"] != doc.sha256 or answer["diagnostics"] is None:
            return None
        return decode_diagnostics(answer["diagnostics"], str(doc.path))
    except (ValueError, KeyError, TypeError):
        return None


def _usable_cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1


# --- the worker's side ------------------------------------------------------------------------


def main() -> int:
    """Worker entry point: answer requests from stdin until it ends (see the module docstring)."""
    from generator.load import validator_patches

    # First: it keeps pydantic, requests, urllib.request and yaml out (see validator_patches.py).
    validator_patches.install()
    from generator.load.read import read_document
    from generator.load.validate import import_validator, validate
    from generator.load.verdict_cache import encode_diagnostics

    import_validator()  # before the first request: the parent is still starting up
    for line in sys.stdin.buffer:
        answer: dict[str, Any] = {"sha256": None, "diagnostics": None}
        try:
            request = json.loads(line)
            os.environ["SDKGEN_CACHE_DIR"] = request["cache"]  # the parent's, as it is now
            doc = read_document(Path(request["path"]))
            answer["sha256"] = doc.sha256
            if doc.sha256 == request["sha256"]:
                verdict = cached_verdict(doc)
                if verdict is None:
                    verdict = validate(doc)
                answer["diagnostics"] = encode_diagnostics(verdict)
        except Exception:  # noqa: BLE001, S110 - a request that fails is declined, not fatal
            pass
        sys.stdout.write(json.dumps(answer) + "\n")
        sys.stdout.flush()
    return 0


def run() -> None:
    """`main`, then exit at once: every answer is written and every cache entry stored, so the
    interpreter's teardown of the validator's modules, which the parent would wait for as it
    exits, is skipped."""
    from generator.process import tune_gc

    tune_gc()
    code = main()
    sys.stdout.flush()
    os._exit(code)


if __name__ == "__main__":
    run()

"""Validate a document in a child process while the rest of the run goes on.

openapi-spec-validator is the slowest part of a first run (importing it alone takes longer than
generating the Turso client), yet nothing before the end of a run needs its verdict: the verdict
only adds warnings, or with ``--strict`` stops the run before anything is written. So a run whose
verdict is not cached starts ``python -m generator.load.background FILE SHA256`` at once, builds,
renders and formats the client meanwhile on the other core, and collects the verdict before it
writes. The child stores the verdict in the cache like an inline run does.

Correctness never depends on the child: if it cannot start, fails, is killed, or read other bytes
than the parent (the file changed in between), the verdict is computed inline instead. On a
machine with a single CPU the verdict is computed inline from the start, and so is every verdict
after a process's first: a process that validates many documents (the golden tests, `sdkgen diff`)
pays for importing the validator once instead of once per child.

Child protocol: exit status 0 and one JSON object on stdout,
``{"sha256": <hex of the bytes validated>, "diagnostics": [<encode_diagnostics items>]}``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from generator.diagnostics import Diagnostic
from generator.load.read import LoadedDocument, read_document
from generator.load.validate import cached_verdict, decode_diagnostics, encode_diagnostics, validate

__all__ = ["PendingVerdict", "start_validation"]

_PACKAGE_PARENT = Path(__file__).resolve().parents[2]  # the folder holding `generator/`
_first = True  # no verdict computed by this process yet


class PendingVerdict:
    """The verdict of `validate(doc)`, known now (cached), or being computed by a child process."""

    def __init__(
        self,
        doc: LoadedDocument,
        verdict: tuple[Diagnostic, ...] | None = None,
        child: subprocess.Popen[bytes] | None = None,
    ) -> None:
        self._doc = doc
        self._verdict = verdict
        self._child = child

    @property
    def in_background(self) -> bool:
        """True while a child process computes the verdict."""
        return self._child is not None

    def result(self) -> tuple[Diagnostic, ...]:
        """The verdict: waits for the child, or computes it inline if there is none (or it failed)."""
        if self._verdict is None:
            if self._child is not None:
                self._verdict = _collect(self._child, self._doc)
                self._child = None
            if self._verdict is None:
                self._verdict = validate(self._doc)
        return self._verdict

    def cancel(self) -> None:
        """Stop the child, if any (the run failed and will not ask for the verdict)."""
        if self._child is not None:
            self._child.kill()
            self._child.communicate()
            self._child = None


def start_validation(doc: LoadedDocument, *, background: bool | None = None) -> PendingVerdict:
    """Begin validating ``doc``: cached verdicts are returned at once; otherwise a child process
    computes it when ``background`` (default: for this process's first verdict, when it may use
    more than one CPU)."""
    global _first
    cached = cached_verdict(doc)
    if cached is not None:
        return PendingVerdict(doc, verdict=cached)
    if background is None:
        background = _first and _usable_cpus() > 1
    _first = False
    if not background:
        return PendingVerdict(doc)
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(_PACKAGE_PARENT), env.get("PYTHONPATH", "")) if p
    )
    # -P: the working directory is not put on sys.path, so a `generator` package there (an
    # untrusted checkout, or another project's own) is never imported instead of this one.
    command = [sys.executable, "-P", "-m", "generator.load.background", str(doc.path), doc.sha256]
    try:
        child = subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=env,
        )
    except OSError:
        return PendingVerdict(doc)
    return PendingVerdict(doc, child=child)


def _collect(child: subprocess.Popen[bytes], doc: LoadedDocument) -> tuple[Diagnostic, ...] | None:
    """The child's verdict, or None when it failed or validated other bytes."""
    out, _ = child.communicate()
    if child.returncode != 0:
        return None
    try:
        answer = json.loads(out)
        if answer["sha256"] != doc.sha256:
            return None
        return decode_diagnostics(answer["diagnostics"], str(doc.path))
    except (ValueError, KeyError, TypeError):
        return None


def _usable_cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1


def main(argv: list[str]) -> int:
    """Child entry point: validate FILE (expected to hash to SHA256) and print the verdict."""
    if len(argv) != 2:
        print("usage: python -m generator.load.background FILE SHA256", file=sys.stderr)
        return 2
    doc = read_document(Path(argv[0]))
    if doc.sha256 != argv[1]:
        return 3  # the file changed since the parent read it: the parent validates its own bytes
    answer = {"sha256": doc.sha256, "diagnostics": encode_diagnostics(validate(doc))}
    sys.stdout.write(json.dumps(answer))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Run a child process and measure its wall time and peak RSS (os.wait4: the child and what it reaped)."""

from __future__ import annotations

import os
import re
import signal
import statistics
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Run:
    wall: float  # seconds
    peak_kib: (
        int  # ru_maxrss of the child (the largest process of its tree that it waited for), KiB
    )
    cpu: float  # user + system seconds of the child and the children it waited for
    returncode: int
    timed_out: bool
    stderr: str
    stdout: str
    name: str = ""  # what the run was of, where a case is made of several (a spec file's name)

    @property
    def ok(self) -> bool:
        return self.returncode == 0 and not self.timed_out

    def failure(self, timeout: float) -> str:
        """'failed: <first line of stderr>' (or the timeout) for a run that did not succeed."""
        if self.timed_out:
            return f"failed: timed out after {timeout:g} s"
        return f"failed: {first_line(self.stderr) or first_line(self.stdout) or f'exit status {self.returncode}'}"


_DECORATION = re.compile(
    r"^[\s\u2500-\u257f]*(Traceback \(most recent call last\))?[\s\u2500-\u257f]*$"
)
_EXCEPTION_LINE = re.compile(r"^[A-Za-z_][\w.]*(Error|Exception|Exit)\b.*")


def first_line(text: str, limit: int = 160) -> str:
    """The first meaningful line of a program's error output.

    That is the first non-blank line, unless it is a traceback header (plain or drawn in a box, as
    rich prints it): then the exception line (`ValueError: ...`) that ends the traceback.
    """
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if not lines:
        return ""
    line = lines[0]
    if _DECORATION.match(line) or "Traceback" in line:
        exceptions = [candidate for candidate in lines if _EXCEPTION_LINE.match(candidate)]
        if exceptions:
            line = exceptions[-1]
    line = line.strip("│ ").strip()
    return line if len(line) <= limit else line[: limit - 1] + "…"


def run_child(
    cmd: Sequence[str],
    *,
    timeout: float,
    env: Mapping[str, str] | None = None,
    cwd: Path | None = None,
) -> Run:
    """Run `cmd` to its end (killing its process group after `timeout` seconds) and measure it."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        proc = subprocess.Popen(
            list(cmd),
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=err,
            env=dict(env) if env is not None else None,
            cwd=cwd,
            start_new_session=True,
        )
        timed_out = threading.Event()

        def kill() -> None:
            timed_out.set()
            try:
                os.killpg(proc.pid, signal.SIGKILL)  # the group of the child started above
            except ProcessLookupError:
                pass

        timer = threading.Timer(timeout, kill)
        timer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            timer.cancel()
        wall = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return Run(
            wall=wall,
            peak_kib=usage.ru_maxrss,
            cpu=usage.ru_utime + usage.ru_stime,
            returncode=proc.returncode,
            timed_out=timed_out.is_set(),
            stderr=err.read().decode(errors="replace"),
            stdout=out.read().decode(errors="replace"),
        )


@dataclass
class Case:
    """The measured runs of one case (one tool on one input); a failed run ends the case."""

    runs: list[Run] = field(default_factory=list)
    failure: str | None = None
    note: str | None = None  # why the case was not run
    # A run made of several processes (the peer over every revision) in which some, not all, failed:
    # the time still counts, with this said beside it.
    partial: str | None = None

    @property
    def wall(self) -> float | None:
        if self.note is not None or not self.runs:
            return None
        if self.failure is not None:
            return self.runs[-1].wall  # time to the failure
        return statistics.median(r.wall for r in self.runs)

    @property
    def cpu(self) -> float | None:
        if self.note is not None or not self.runs:
            return None
        if self.failure is not None:
            return self.runs[-1].cpu
        return statistics.median(r.cpu for r in self.runs)

    @property
    def peak_kib(self) -> int | None:
        if self.note is not None or not self.runs:
            return None
        return max(r.peak_kib for r in self.runs)

    @property
    def ok(self) -> bool:
        return self.note is None and self.failure is None and bool(self.runs)


def interleave(
    runs: int,
    cases: list[tuple[str, Callable[[int], Run | list[Run]]]],
    *,
    timeout: float,
    log: Callable[[str], None],
) -> list[Case]:
    """Call each case's `once(i)` `runs` times, in rounds: run i of every case, then run i + 1 of
    every case. A machine whose speed drifts over minutes (a shared VM) then slows every case
    alike, and their ratios stay fair. A list result is one run made of several processes, summed.

    A failed run is not repeated (failures here are deterministic): its time is the time to the
    failure, and its case takes no further turns.
    """
    results = [Case() for _ in cases]
    for i in range(runs):
        for (label, once), case in zip(cases, results, strict=True):
            if case.failure is None:
                _record(case, once(i), i, runs, timeout=timeout, label=label, log=log)
    return results


def _record(
    case: Case,
    result: Run | list[Run],
    i: int,
    runs: int,
    *,
    timeout: float,
    label: str,
    log: Callable[[str], None],
) -> None:
    """Add run ``i`` of ``runs`` to ``case`` (see `interleave`)."""
    parts = result if isinstance(result, list) else [result]
    failed = [p for p in parts if not p.ok]
    run = Run(
        wall=sum(p.wall for p in parts),
        peak_kib=max(p.peak_kib for p in parts),
        cpu=sum(p.cpu for p in parts),
        returncode=failed[0].returncode if failed else 0,
        timed_out=any(p.timed_out for p in parts),
        stderr=failed[0].stderr if failed else "",
        stdout="",
    )
    case.runs.append(run)
    if failed and len(failed) < len(parts):
        first = failed[0].failure(timeout)
        names = ", ".join(p.name for p in failed if p.name)
        case.partial = f"{len(failed)} of {len(parts)} runs " + (
            f"failed ({names}), the first {first}" if names else first
        )
        run = Run(run.wall, run.peak_kib, run.cpu, 0, False, run.stderr, "")
        case.runs[-1] = run
        log(f"  {label}: run {i + 1}/{runs}: {run.wall:.2f} s, {case.partial}")
        return
    if failed:
        first = failed[0].failure(timeout)
        case.failure = (
            first if len(parts) == 1 else f"{first} ({len(failed)} of {len(parts)} runs failed)"
        )
        log(f"  {label}: run {i + 1}/{runs}: {run.wall:.2f} s, {case.failure}")
        return
    log(
        f"  {label}: run {i + 1}/{runs}: {run.wall:.2f} s (cpu {run.cpu:.2f} s), peak {run.peak_kib / 1024:.0f} MiB"
    )

"""Part A: our generator against openapi-python-client, each run as a child process."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from benchlib.measure import Case, Run, first_line, interleave, run_child

HERE = Path(__file__).resolve().parent  # the worker scripts
PEER = "openapi-python-client"
PEER_VERSION = "0.29.1"
# The other reference (17-18 s on GitHub and Stripe): the Java openapi-generator, python target.
# Its PyPI wrapper ships the jar; it needs a Java runtime on PATH.
OAG = "openapi-generator-cli"
OAG_VERSION = "7.26.0"
OAG_INPUTS = ("github", "stripe")
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@dataclass(frozen=True)
class Input:
    key: str
    label: str
    specs: tuple[Path, ...]  # one spec, or every revision in turn
    runs: int
    operations: int
    size: int  # bytes of all specs
    loop: bool = False  # the golden loop (all revisions in one process for us)


@dataclass
class InputResult:
    input: Input | None
    note: str | None = None  # why the input was skipped
    cold: Case = field(default_factory=Case)
    warm: Case = field(default_factory=Case)
    peer: Case = field(default_factory=Case)
    oag: Case | None = None  # openapi-generator, on the inputs of OAG_INPUTS


_COUNT = """
import json, sys
sys.path.insert(0, sys.argv[1])
from generator.load.read import read_fragment
print(json.dumps(read_fragment(__import__("pathlib").Path(sys.argv[2])).data.get("paths") or {}))
"""


def count_operations(spec: Path, python: Path, root: Path) -> int:
    """Path-item methods of `spec` (a file that is not strict JSON is read by the generator's reader)."""
    try:
        paths = json.loads(spec.read_bytes()).get("paths") or {}
    except ValueError:
        read = subprocess.run(
            [str(python), "-c", _COUNT, str(root), str(spec)],
            check=False,
            capture_output=True,
            text=True,
        )
        paths = json.loads(read.stdout) if read.returncode == 0 else {}
    return sum(
        1
        for item in paths.values()
        if isinstance(item, dict)
        for method in item
        if method in METHODS
    )


def make_input(
    key: str,
    label: str,
    specs: list[Path],
    runs: int,
    *,
    python: Path,
    root: Path,
    loop: bool = False,
) -> Input:
    return Input(
        key=key,
        label=label,
        specs=tuple(specs),
        runs=runs,
        operations=sum(count_operations(s, python, root) for s in specs),
        size=sum(s.stat().st_size for s in specs),
        loop=loop,
    )


def ensure_peer(cache: Path, log: Callable[[str], None]) -> tuple[Path | None, str]:
    """openapi-python-client==0.29.1 in its own venv under `cache`: (its executable, '') or (None, why not)."""
    return _ensure_tool(cache / "opc-venv", PEER, PEER_VERSION, "openapi-python-client", log)


def ensure_oag(cache: Path, log: Callable[[str], None]) -> tuple[Path | None, str]:
    """openapi-generator (its PyPI wrapper, which ships the jar) in its own venv, if Java is on PATH."""
    if shutil.which("java") is None:
        return None, "no Java runtime on PATH"
    return _ensure_tool(cache / "oag-venv", OAG, OAG_VERSION, "openapi-generator-cli", log)


def _ensure_tool(
    venv: Path, dist: str, version: str, script: str, log: Callable[[str], None]
) -> tuple[Path | None, str]:
    exe = venv / "bin" / script
    python = venv / "bin" / "python"
    probe = [str(python), "-c", f"import importlib.metadata as m; print(m.version({dist!r}))"]
    if exe.exists():
        found = subprocess.run(probe, check=False, capture_output=True, text=True)
        if found.returncode == 0 and found.stdout.strip() == version:
            return exe, ""
    log(f"installing {dist}=={version} into {venv} (pip)")
    if not python.exists():
        made = subprocess.run(
            [sys.executable, "-m", "venv", str(venv)], check=False, capture_output=True, text=True
        )
        if made.returncode != 0:
            return None, f"could not create its venv: {first_line(made.stderr)}"
    pip = subprocess.run(
        [
            str(python),
            "-m",
            "pip",
            "install",
            "--disable-pip-version-check",
            "-q",
            f"{dist}=={version}",
        ],
        check=False,
        capture_output=True,
        text=True,
    )
    if pip.returncode != 0 or not exe.exists():
        lines = [line for line in pip.stderr.splitlines() if line.startswith("ERROR")]
        return None, f"pip install failed: {lines[0] if lines else first_line(pip.stderr)}"
    return exe, ""


class GeneratorBench:
    """`root` is the project tree whose generator is measured (scripts/bench passes a snapshot)."""

    def __init__(
        self,
        root: Path,
        python: Path,
        peer: Path | None,
        oag: Path | None,
        *,
        timeout: float,
        quick: bool,
        log: Callable[[str], None],
    ) -> None:
        self.root = root
        self.python = python
        self.peer = peer
        self.oag = oag
        self.timeout = timeout
        self.quick = quick
        self.log = log
        self.scratch = Path(tempfile.mkdtemp(prefix="sdkgen-bench-"))
        self.warm_caches: dict[
            str, Path
        ] = {}  # input key -> the validation cache its cold runs filled

    def close(self) -> None:
        shutil.rmtree(self.scratch, ignore_errors=True)

    def _out(self) -> Path:
        return Path(tempfile.mkdtemp(prefix="out-", dir=self.scratch))

    def _new_cache(self) -> Path:
        return Path(tempfile.mkdtemp(prefix="cache-", dir=self.scratch))

    def warm_cache(self, key: str, spec: Path) -> Path:
        """The filled validation cache of input `key` (made now by one untimed run if needed)."""
        if key not in self.warm_caches:
            self.warm_caches[key] = cache = self._new_cache()
            cmd = [str(self.python), "-m", "generator", "validate", str(spec)]
            run_child(cmd, timeout=self.timeout, env=self._ours_env(cache), cwd=self.root)
        return self.warm_caches[key]

    def _ours_env(self, cache: Path) -> dict[str, str]:
        return {**os.environ, "SDKGEN_CACHE_DIR": str(cache)}

    def _ours_once(self, item: Input, cache: Path) -> Run:
        if item.loop:
            cmd = [
                str(self.python),
                str(HERE / "golden_loop.py"),
                str(self.root),
            ]
        else:
            out = self._out()
            cmd = [
                str(self.python),
                "-m",
                "generator",
                "generate",
                str(item.specs[0]),
                "--output",
                str(out / "client"),
                "--package-name",
                "pkg",
            ]
        try:
            return run_child(cmd, timeout=self.timeout, env=self._ours_env(cache), cwd=self.root)
        finally:
            if not item.loop:
                shutil.rmtree(out, ignore_errors=True)

    def _peer_once(self, spec: Path) -> Run:
        assert self.peer is not None
        out = self._out()
        env = {
            **os.environ,
            "PATH": f"{self.peer.parent}{os.pathsep}{os.environ.get('PATH', '')}",
            "COLUMNS": "200",
        }
        cmd = [
            str(self.peer),
            "generate",
            "--path",
            str(spec),
            "--output-path",
            str(out / "client"),
            "--overwrite",
        ]
        try:
            return replace(run_child(cmd, timeout=self.timeout, env=env, cwd=out), name=spec.name)
        finally:
            shutil.rmtree(out, ignore_errors=True)

    def _oag_once(self, spec: Path) -> Run:
        assert self.oag is not None
        out = self._out()
        cmd = [
            str(self.oag),
            "generate",
            "-g",
            "python",
            "-i",
            str(spec),
            "-o",
            str(out / "client"),
        ]
        try:
            return run_child(cmd, timeout=self.timeout, cwd=out)
        finally:
            shutil.rmtree(out, ignore_errors=True)

    def run(self, item: Input) -> InputResult:
        """Every tool on ``item``, in rounds (see measure.interleave): one run of each, then the next."""
        result = InputResult(item)
        self.log(f"{item.label}: {item.operations} operations, {item.size / 2**20:.2f} MiB")

        def cold(i: int) -> Run:
            # Each cold run starts with an empty cache; the first one's becomes the cached runs' cache.
            cache = self._new_cache()
            self.warm_caches.setdefault(item.key, cache)
            return self._ours_once(item, cache)

        def peer(i: int) -> Run | list[Run]:
            if item.loop:
                return [self._peer_once(spec) for spec in item.specs]
            return self._peer_once(item.specs[0])

        cases: list[tuple[str, Callable[[int], Run | list[Run]]]] = [
            ("ours, empty cache", cold),
            (
                "ours, cached validation",
                lambda i: self._ours_once(item, self.warm_caches[item.key]),
            ),
        ]
        if self.peer is None:
            result.peer.note = "peer unavailable"
        elif item.loop and self.quick:
            result.peer.note = "skipped (--quick)"
        else:
            cases.append((PEER, peer))
        if item.key in OAG_INPUTS:
            if self.oag is None:
                result.oag = Case(note="unavailable")
            else:
                cases.append(("openapi-generator", lambda i: self._oag_once(item.specs[0])))
        measured = dict(
            zip(
                (label for label, _ in cases),
                interleave(item.runs, cases, timeout=self.timeout, log=self.log),
                strict=True,
            )
        )
        result.cold = measured["ours, empty cache"]
        result.warm = measured["ours, cached validation"]
        if result.cold.failure is not None:
            result.warm = Case(note="not run: the first run failed")
        result.peer = measured.get(PEER, result.peer)
        result.oag = measured.get("openapi-generator", result.oag)
        return result

    def stages(self, key: str, spec: Path, *, cold: bool) -> dict[str, Any]:
        """One in-process run of the command line with per-stage timers (benchlib/stages.py)."""
        cache = self._new_cache() if cold else self.warm_cache(key, spec)
        out = self._out()
        cmd = [
            str(self.python),
            str(HERE / "stages.py"),
            str(self.root),
            str(spec),
            str(out / "client"),
        ]
        try:
            run = run_child(cmd, timeout=self.timeout, env=self._ours_env(cache), cwd=self.root)
        finally:
            shutil.rmtree(out, ignore_errors=True)
        if not run.ok:
            return {"failure": run.failure(self.timeout)}
        return json.loads(run.stdout.strip().splitlines()[-1])

    def profile(self, key: str, spec: Path, top: int = 10) -> str:
        """cProfile of one warm `generate` run: the top entries by cumulative time."""
        out = self._out()
        cmd = [
            str(self.python),
            "-m",
            "cProfile",
            "-s",
            "cumulative",
            "-m",
            "generator",
            "generate",
            str(spec),
            "--output",
            str(out / "client"),
            "--package-name",
            "pkg",
        ]
        try:
            run = run_child(
                cmd,
                timeout=self.timeout,
                env=self._ours_env(self.warm_cache(key, spec)),
                cwd=self.root,
            )
        finally:
            shutil.rmtree(out, ignore_errors=True)
        if not run.ok:
            return run.failure(self.timeout)
        lines = run.stdout.splitlines()
        for i, line in enumerate(lines):
            if line.strip().startswith("ncalls"):
                head = [ln for ln in lines[:i] if "function calls" in ln]
                return "\n".join([*(h.strip() for h in head), line, *lines[i + 1 : i + 1 + top]])
        return "no profile output"

"""Part B: the generated Turso client at run time (both model backends) against raw httpx."""

from __future__ import annotations

import json
import re
import shutil
import statistics
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchlib.measure import first_line, run_child

PACKAGE = "turso_platform_api"
# What each backend's client needs anyway: importing the client is compared with importing these.
BASELINES = {
    "msgspec": "import httpx, msgspec",
    "pydantic": "import httpx, pydantic; pydantic.BaseModel",  # pydantic imports BaseModel lazily
}


@dataclass
class BackendResult:
    backend: str
    source: str  # where the package came from
    failure: str | None = None
    calls: dict[str, Any] = field(default_factory=dict)  # the worker's JSON
    calls_failure: str | None = None
    imports: dict[str, Any] = field(default_factory=dict)
    imports_failure: str | None = None


CLIENT_DEPENDENCIES = ("httpx", "msgspec", "pydantic")


def ensure_client_venv(
    cache: Path, project_python: Path, log: Callable[[str], None]
) -> tuple[Path, str]:
    """A venv holding only what the generated packages need (httpx, msgspec, pydantic, at the versions
    of the project's .venv): the Python to run the client benchmark with, and a note.

    The project's .venv is no place to time imports: it holds click and rich (dev tools need them), which
    `import httpx` then imports too (for its command line), adding their cost to both sides. Falls back
    to the .venv when the install fails.
    """
    code = (
        "import importlib.metadata as m, sys\nfor n in sys.argv[1:]: print(f'{n}=={m.version(n)}')"
    )
    pins = subprocess.run(
        [str(project_python), "-c", code, *CLIENT_DEPENDENCIES],
        check=False,
        capture_output=True,
        text=True,
    )
    if pins.returncode != 0:
        return (
            project_python,
            f"the project's .venv (could not read its versions: {first_line(pins.stderr)})",
        )
    wanted = pins.stdout.split()
    venv = cache / "client-venv"
    python = venv / "bin" / "python"
    stamp = venv / ".bench-requirements"
    if python.exists() and stamp.exists() and stamp.read_text().split() == wanted:
        return python, "a venv with only " + ", ".join(wanted)
    log(f"creating {venv} with {' '.join(wanted)} (pip)")
    shutil.rmtree(venv, ignore_errors=True)
    made = subprocess.run(
        [sys.executable, "-m", "venv", str(venv)], check=False, capture_output=True, text=True
    )
    if made.returncode == 0:
        pip = subprocess.run(
            [str(python), "-m", "pip", "install", "--disable-pip-version-check", "-q", *wanted],
            check=False,
            capture_output=True,
            text=True,
        )
        if pip.returncode == 0:
            stamp.write_text("\n".join(wanted) + "\n")
            return python, "a venv with only " + ", ".join(wanted)
        made = pip
    why = first_line(made.stderr)
    log(f"  could not make it ({why}): using the project's .venv")
    return project_python, f"the project's .venv (a clean venv could not be made: {why})"


def pydantic_config(turso_config: Path, target: Path) -> Path:
    """A copy of the Turso sdkgen.toml whose [output] says models = "pydantic"."""
    text = turso_config.read_text()
    section = re.search(r"(?ms)^\[output\]\n(.*?)(?=^\[|\Z)", text)
    if section is None:
        text += '\n[output]\nmodels = "pydantic"\n'
    elif re.search(r"(?m)^models\s*=", section.group(1)):
        body = re.sub(r"(?m)^models\s*=.*$", 'models = "pydantic"', section.group(1))
        text = text[: section.start(1)] + body + text[section.end(1) :]
    else:
        text = text[: section.start(1)] + 'models = "pydantic"\n' + text[section.start(1) :]
    target.write_text(text)
    return target


def _importtime_us(stderr: str, startup: set[str]) -> int:
    """Cumulative microseconds of the top-level imports in `python -X importtime` output, less startup's."""
    total = 0
    for line in stderr.splitlines():
        m = re.match(r"import time:\s+(\d+)\s+\|\s+(\d+)\s+\|( *)(\S+)$", line)
        if m and not m.group(3).strip(" ") and len(m.group(3)) == 1 and m.group(4) not in startup:
            total += int(m.group(2))
    return total


def _top_level(stderr: str) -> set[str]:
    names = set()
    for line in stderr.splitlines():
        m = re.match(r"import time:\s+\d+\s+\|\s+\d+\s+\|( *)(\S+)$", line)
        if m and len(m.group(1)) == 1:
            names.add(m.group(2))
    return names


def import_times(
    python: Path, package_dir: Path, baseline: str, rounds: int, timeout: float
) -> dict[str, Any]:
    """`import turso_platform_api` vs the baseline imports, each in a fresh interpreter.

    The time of `python -c STMT` less that of `python -c pass` (median of `rounds`, the three commands
    taking turns), by the child's CPU time (user + system; what other work on the machine barely
    disturbs, and what an import costs on a quiet machine, where it waits for nothing) and by wall time;
    and, as a cross-check, the cumulative time `-X importtime` reports (median).
    """
    statements = {"package": f"import {PACKAGE}", "baseline": baseline, "empty": "pass"}

    def run(stmt: str, *flags: str) -> Any:
        result = run_child(
            [str(python), "-E", *flags, "-c", stmt], timeout=timeout, cwd=package_dir
        )
        if not result.ok:
            raise RuntimeError(result.failure(timeout))
        return result

    for stmt in statements.values():  # warm up: compile the .pyc files, fill the page cache
        run(stmt)
    cpu: dict[str, list[float]] = {key: [] for key in statements}
    wall: dict[str, list[float]] = {key: [] for key in statements}
    for _ in range(rounds):
        for key, stmt in statements.items():
            result = run(stmt)
            cpu[key].append(result.cpu)
            wall[key].append(result.wall)
    figures: dict[str, Any] = {"rounds": rounds, "baseline": baseline}
    for prefix, samples in (("", cpu), ("wall_", wall)):
        median = {key: statistics.median(values) for key, values in samples.items()}
        package = median["package"] - median["empty"]
        base = median["baseline"] - median["empty"]
        figures.update(
            {
                f"{prefix}package_ms": package * 1e3,
                f"{prefix}baseline_ms": base * 1e3,
                f"{prefix}interpreter_ms": median["empty"] * 1e3,
                f"{prefix}ratio": package / base if base > 0 else float("nan"),
            }
        )

    startup = _top_level(run("pass", "-X", "importtime").stderr)
    traced: dict[str, list[int]] = {"package": [], "baseline": []}
    for _ in range(rounds):
        for key, samples in traced.items():
            samples.append(_importtime_us(run(statements[key], "-X", "importtime").stderr, startup))
    package_it = statistics.median(traced["package"]) / 1e3
    base_it = statistics.median(traced["baseline"]) / 1e3
    figures.update(
        {
            "importtime_package_ms": package_it,
            "importtime_baseline_ms": base_it,
            "importtime_ratio": package_it / base_it if base_it else float("nan"),
        }
    )
    return figures


def run_backend(
    backend: str,
    package_dir: Path,
    source: str,
    *,
    python: Path,
    worker: Path,
    spec: Path,
    repeat: int,
    number: int,
    import_rounds: int,
    timeout: float,
    log: Callable[[str], None],
) -> BackendResult:
    result = BackendResult(backend, source)
    log(f"client runtime, {backend} backend: calls (best of {repeat} rounds)")
    cmd = [
        str(python),
        str(worker),
        "--package-dir",
        str(package_dir),
        "--spec",
        str(spec),
        "--repeat",
        str(repeat),
        "--number",
        str(number),
    ]
    run = run_child(cmd, timeout=timeout * 2)
    if run.ok:
        result.calls = json.loads(run.stdout.strip().splitlines()[-1])
        for key in ("list", "small"):
            c = result.calls[key]
            log(
                f"  {key}: client {c['client_ms']:.3f} ms, raw httpx {c['raw_ms']:.3f} ms, ratio {c['ratio']:.2f}"
            )
    else:
        result.calls_failure = run.failure(timeout * 2)
        log(f"  {result.calls_failure}")
    log(f"client runtime, {backend} backend: import time (median of {import_rounds})")
    try:
        result.imports = import_times(
            python, package_dir, BASELINES[backend], import_rounds, timeout
        )
        i = result.imports
        log(
            f"  import: {i['package_ms']:.1f} ms vs {i['baseline_ms']:.1f} ms, ratio {i['ratio']:.2f}"
        )
    except RuntimeError as exc:
        result.imports_failure = str(exc)
        log(f"  import {result.imports_failure}")
    return result


def prepare_msgspec(generated: Path, work: Path) -> Path:
    """A copy of the committed client (so that importing it writes no __pycache__ into generated/)."""
    target = work / "msgspec"
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(
        generated / PACKAGE, target / PACKAGE, ignore=shutil.ignore_patterns("__pycache__")
    )
    return target


def prepare_pydantic(
    python: Path, root: Path, spec: Path, turso_config: Path, work: Path, timeout: float
) -> tuple[Path | None, str]:
    """Generate the Turso client with the pydantic backend: (its folder, '') or (None, 'failed: ...')."""
    target = work / "pydantic"
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    config = pydantic_config(turso_config, target / "sdkgen.toml")
    cmd = [
        str(python),
        "-m",
        "generator",
        "generate",
        str(spec),
        "--output",
        str(target / "out"),
        "--config",
        str(config),
    ]
    run = run_child(cmd, timeout=timeout, cwd=root)
    if not run.ok:
        return None, run.failure(timeout)
    if not (target / "out" / PACKAGE).is_dir():
        return None, f"failed: no {PACKAGE}/ in the output"
    return target / "out", ""

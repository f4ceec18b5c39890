"""The generator's own code passes mypy --strict and ruff, and its stages import one way only."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent

# Each stage may import only the stages before it (and the shared leaves).
ORDER = ["load", "resolve", "ir", "naming", "render", "emit"]
SHARED = {
    "diagnostics",
    "config",
    "process",
    "resolve.pointer",
}  # resolve.pointer: JSON pointers, a pure helper; process: settings of sdkgen's own processes


@pytest.mark.slow
def test_generator_is_mypy_strict_clean() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir=/dev/null", "generator"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-5000:]


# The project's own Python: the generator, the runtime shipped into every client, tests, scripts.
OWN_CODE = [
    "generator",
    "templates/runtime",
    "templates/runtime_backends",
    "tests",
    "scripts",
    "scripts/bench",
    "scripts/sync-specs",
    "scripts/update-golden",
    "scripts/update-golden-changelog",
]


@pytest.mark.parametrize(
    "command", [["check"], ["format", "--check"]], ids=["ruff-check", "ruff-format"]
)
def test_own_code_is_ruff_clean(command: list[str]) -> None:
    """Lint and format with the project's settings (pyproject.toml); fix with `ruff check --fix`
    and `ruff format` on the paths named in the failure."""
    result = subprocess.run(
        [str(BIN / "ruff"), *command, "--no-cache", *OWN_CODE],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, (result.stdout + result.stderr)[-5000:]


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text())
    found: set[str] = set()
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.ImportFrom)
            and node.module
            and node.module.startswith("generator.")
        ):
            found.add(node.module.removeprefix("generator."))
        elif isinstance(node, ast.Import):
            found |= {
                a.name.removeprefix("generator.")
                for a in node.names
                if a.name.startswith("generator.")
            }
    return found


@pytest.mark.parametrize("stage", ORDER)
def test_stages_import_only_earlier_stages(stage: str) -> None:
    allowed = set(ORDER[: ORDER.index(stage) + 1]) | SHARED
    for module in (ROOT / "generator" / stage).glob("*.py"):
        bad = {m for m in _imports(module) if m not in allowed and m.split(".")[0] not in allowed}
        assert not bad, f"generator/{stage}/{module.name} imports later stages: {sorted(bad)}"

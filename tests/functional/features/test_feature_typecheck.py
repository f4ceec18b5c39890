"""Every fixture's generated package passes `mypy --strict` and pyright strict (one run of each over all
of them), built with the msgspec backend and with the pydantic backend."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from feature_support import ALL_FEATURES, Feature, package_name

pytestmark = pytest.mark.slow

#: Fixtures whose output does not type-check yet, each with the test below that says why.
KNOWN_FAILURES: set[str] = set()
#: Fixtures pyright strict does not accept yet.
PYRIGHT_KNOWN_FAILURES: set[str] = set()
BACKENDS = ("msgspec", "pydantic")

_ERROR = re.compile(r"^(?P<path>[^:]+):\d+: error: ")
_PYRIGHT_ERROR = re.compile(r"^\s*(?P<path>[^:]+\.pyi?):\d+:\d+ - error: ")


@pytest.fixture(scope="module")
def mypy_errors(feature: Callable[..., Feature], features_dir: Path) -> dict[str, list[str]]:
    """mypy --strict over every fixture package at once: the error lines, by fixture name."""
    built = [feature(name, backend) for name in ALL_FEATURES for backend in BACKENDS]
    packages = [str(f.root / f.package) for f in built]
    fixtures = {package_name(f.name, f.backend): f.name for f in built}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-error-summary",
            "--cache-dir",
            str(features_dir / ".mypy_cache"),
            *packages,
        ],
        check=False,
        cwd=features_dir,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert result.returncode in (0, 1), result.stderr
    errors: dict[str, list[str]] = {name: [] for name in ALL_FEATURES}
    for line in result.stdout.splitlines():
        match = _ERROR.match(line)
        if match:
            fixture = fixtures.get(Path(match["path"]).parts[0], match["path"])
            errors.setdefault(fixture, []).append(line)
    return errors


def test_every_fixture_type_checks(mypy_errors: dict[str, list[str]]) -> None:
    failing = {
        name: lines for name, lines in mypy_errors.items() if lines and name not in KNOWN_FAILURES
    }
    assert failing == {}


def test_names_fixture_type_checks(mypy_errors: dict[str, list[str]]) -> None:
    assert mypy_errors["names"] == []


@pytest.fixture(scope="module")
def pyright_errors(feature: Callable[..., Feature], features_dir: Path) -> dict[str, list[str]]:
    """pyright strict over every fixture package at once: the error lines, by fixture name."""
    pytest.importorskip("pyright")
    if shutil.which("node") is None:
        pytest.skip("pyright needs node")
    built = [feature(name, backend) for name in ALL_FEATURES for backend in BACKENDS]
    fixtures = {package_name(f.name, f.backend): f.name for f in built}
    (features_dir / "pyrightconfig.json").write_text(
        json.dumps({"typeCheckingMode": "strict", "pythonVersion": "3.11"})
    )
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pyright",
            "--pythonpath",
            sys.executable,
            *(str(f.root.relative_to(features_dir) / f.package) for f in built),
        ],
        check=False,
        cwd=features_dir,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert result.returncode in (0, 1), result.stdout[-3000:] + result.stderr
    errors: dict[str, list[str]] = {name: [] for name in ALL_FEATURES}
    for line in result.stdout.splitlines():
        match = _PYRIGHT_ERROR.match(line)
        if match:
            path = Path(match["path"])
            top = path.relative_to(features_dir).parts[0] if path.is_absolute() else path.parts[0]
            errors.setdefault(fixtures.get(top, str(path)), []).append(line.strip())
    return errors


def test_every_fixture_passes_pyright_strict(pyright_errors: dict[str, list[str]]) -> None:
    failing = {
        name: lines
        for name, lines in pyright_errors.items()
        if lines and name not in PYRIGHT_KNOWN_FAILURES
    }
    assert failing == {}


def test_known_pyright_failures_are_still_failures(pyright_errors: dict[str, list[str]]) -> None:
    """Once one passes, take it off PYRIGHT_KNOWN_FAILURES."""
    assert sorted(n for n in PYRIGHT_KNOWN_FAILURES if not pyright_errors[n]) == []

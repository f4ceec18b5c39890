"""Every fixture's generated package passes `mypy --strict` (one mypy run over all of them), built with
the msgspec backend and with the pydantic backend."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from feature_support import ALL_FEATURES, Feature, package_name

pytestmark = pytest.mark.slow

#: Fixtures whose output does not type-check yet, each with the test below that says why.
KNOWN_FAILURES: set[str] = set()
BACKENDS = ("msgspec", "pydantic")

_ERROR = re.compile(r"^(?P<path>[^:]+):\d+: error: ")


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

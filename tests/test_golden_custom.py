"""A customized Turso client (tests/fixtures/customized-turso: config + a template overlay) against its
golden output in tests/golden_custom/: the configuration and template contract stays stable.

If a change is intended: scripts/update-golden --custom (then review and commit).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from generator import project

CUSTOM = project.ROOT / "tests" / "fixtures" / "customized-turso"


def test_customized_client_matches_its_golden() -> None:
    expected = project.expected_custom_golden()
    actual = project.golden_files_at(project.CUSTOM_GOLDEN_DIR)
    diffs = project.diff_trees(expected, actual, "tests/golden_custom")
    if diffs:
        pytest.fail(
            "\n".join(diffs)[:20_000]
            + "\n\nIf the change is intended: scripts/update-golden --custom",
            pytrace=False,
        )


def test_customization_shows_in_the_output() -> None:
    files = project.golden_files_at(project.CUSTOM_GOLDEN_DIR)
    client = files["acme_turso/_client.py"].decode()
    assert (
        "class TursoClient(" in client
        and "ACME_TURSO_TOKEN" in client
        and "ACME_TURSO_ORG" in client
    )
    assert b"def all(" in files["acme_turso/resources/databases.py"]
    models = files["acme_turso/models.py"].decode()
    assert "class TursoDatabase(Model)" in models and "db_name" in models
    assert files["README.md"].startswith(b"# acme-turso (internal)")
    assert b'"pydantic' in files["pyproject.toml"]


@pytest.mark.slow
def test_customized_client_is_mypy_strict_clean(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir=/dev/null", "acme_turso"],
        cwd=project.CUSTOM_GOLDEN_DIR,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-5000:]

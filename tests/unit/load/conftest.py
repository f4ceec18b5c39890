"""Shared helpers for the load-stage tests: fixture paths and an isolated validation cache."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "load"


@pytest.fixture(autouse=True)
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Every test gets its own, empty validation cache."""
    folder = tmp_path / "cache"
    monkeypatch.setenv("SDKGEN_CACHE_DIR", str(folder))
    yield folder

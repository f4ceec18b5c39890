"""Feature fixtures: each small spec under tests/fixtures/features/<name>.yaml is generated in-process
into a per-session directory as package ``pkg_<name>`` (unique names, so modules never clash), imported,
and driven through an in-process httpx transport.

``feature(name)`` generates once per session (per xdist worker) and returns a :class:`Feature`;
``feature(name, "pydantic")`` generates ``pkg_<name>_pydantic`` with the pydantic backend.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from feature_support import Feature, build_feature


@pytest.fixture(scope="session")
def features_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("features")


@pytest.fixture(scope="session")
def feature(features_dir: Path) -> Callable[..., Feature]:
    return lambda name, backend="msgspec": build_feature(name, features_dir, backend)

"""Fixtures shared by several test folders: the Turso client built with each model backend."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Iterator
from dataclasses import replace
from types import ModuleType

import pytest

from generator import project
from generator.pipeline import generate

MODEL_BACKENDS = ("msgspec", "pydantic")

TursoPackage = Callable[[str], ModuleType]


@pytest.fixture(scope="session")
def turso_package(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TursoPackage]:
    """A factory: `turso_package(backend) -> the imported Turso client package` for a model backend.

    - "msgspec": the committed client in generated/ (`turso_platform_api`), kept current by
      tests/test_golden.py;
    - "pydantic": the same spec revision and config (spec/turso-platform-api/sdkgen.toml) with
      `[output] models = "pydantic"`, what a user choosing pydantic gets; generated once per session
      (per xdist worker) into a temporary folder as `turso_pydantic`.
    """
    packages: dict[str, ModuleType] = {}
    added: list[str] = []

    def load(backend: str) -> ModuleType:
        if backend not in MODEL_BACKENDS:
            raise ValueError(f"unknown model backend {backend!r}; one of {MODEL_BACKENDS}")
        if backend in packages:
            return packages[backend]
        if backend == "msgspec":
            root, name = project.GENERATED_DIR, "turso_platform_api"
        else:
            config = project.project_config()
            config = replace(
                config.with_package_name("turso_pydantic"),
                output=replace(config.output, models="pydantic"),
            )
            root, name = tmp_path_factory.mktemp("turso-pydantic"), "turso_pydantic"
            spec, display = project.spec_path(None)
            generate(spec, root, config, display_name=display)
        if str(root) not in sys.path:
            sys.path.insert(0, str(root))
            added.append(str(root))
        packages[backend] = importlib.import_module(name)
        return packages[backend]

    yield load
    for entry in added:
        sys.path.remove(entry)

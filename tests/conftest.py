"""Fixtures shared by several test folders: the Turso client built with each model backend, and
the verdicts of the validator worker."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from types import ModuleType

import pytest

from generator import project
from generator.diagnostics import Diagnostic
from generator.load import background
from generator.load.read import LoadedDocument
from generator.pipeline import generate

MODEL_BACKENDS = ("msgspec", "pydantic")

TursoPackage = Callable[[str], ModuleType]
WorkerVerdicts = Callable[[list[LoadedDocument]], list[tuple[Diagnostic, ...]]]


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


@pytest.fixture
def worker_verdicts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[WorkerVerdicts]:
    """A function: the verdicts of a new validator worker (its patches applied, see
    generator/load/validator_patches.py) on documents, computed in an empty cache of its own; the
    test itself gets another empty cache, so that it computes its own verdicts afterwards."""
    monkeypatch.setattr(background, "_worker", None)
    monkeypatch.setenv("SDKGEN_CACHE_DIR", str(tmp_path / "test-cache"))

    def verdicts(docs: list[LoadedDocument]) -> list[tuple[Diagnostic, ...]]:
        with monkeypatch.context() as scope:
            scope.setenv("SDKGEN_CACHE_DIR", str(tmp_path / "worker-cache"))
            pending = [background.start_validation(doc, background=True) for doc in docs]
            assert all(p.in_background for p in pending)
            worker = background._worker
            assert worker is not None
            answers = [worker.answer(p._ticket) for p in pending if p._ticket is not None]
        found = []
        for doc, answer in zip(docs, answers, strict=True):
            assert answer is not None and answer["diagnostics"] is not None, doc.path.name
            found.append(background.decode_diagnostics(answer["diagnostics"], str(doc.path)))
        return found

    yield verdicts
    if background._worker is not None:
        background._worker.stop()

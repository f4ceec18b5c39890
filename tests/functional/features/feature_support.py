"""Helpers of the feature tests (see conftest.py): build a fixture's package, drive it through httpx."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx

from generator.config import Config
from generator.diagnostics import Diagnostic, Level
from generator.pipeline import generate

REPO = Path(__file__).resolve().parents[3]
FIXTURES = REPO / "tests" / "fixtures" / "features"
ALL_FEATURES = sorted(p.stem for p in FIXTURES.glob("*.yaml"))

Handler = Callable[[httpx.Request], httpx.Response]


class Recorder:
    """A transport handler that answers from a queue (the last answer repeats) and keeps every request."""

    def __init__(self, *responses: httpx.Response) -> None:
        self.responses = list(responses)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self.responses.pop(0) if len(self.responses) > 1 else self.responses[0]

    @property
    def last(self) -> httpx.Request:
        return self.requests[-1]


@dataclass
class Feature:
    name: str
    root: Path  # the output directory (holds pyproject.toml and the package)
    diagnostics: tuple[Diagnostic, ...]
    pkg: ModuleType = field(repr=False)
    backend: str = "msgspec"  # the model library

    @property
    def package(self) -> str:
        return package_name(self.name, self.backend)

    @property
    def models(self) -> Any:
        return importlib.import_module(f"{self.package}.models")

    @property
    def warnings(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.level == Level.WARNING]

    @property
    def infos(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.level == Level.INFO]

    def warned(self, pointer: str, text: str = "") -> bool:
        """A warning at exactly `pointer` whose message contains `text`."""
        return any(d.pointer == pointer and text in d.message for d in self.warnings)

    def source(self, rel: str) -> str:
        return (self.root / self.package / rel).read_text(encoding="utf-8")

    def client_class(self, is_async: bool = False) -> Any:
        client_module = importlib.import_module(f"{self.package}._client")
        (name,) = [n for n in client_module.__all__ if n.startswith("Async") == is_async]
        return getattr(self.pkg, name)

    def client(self, handler: Handler, **kwargs: Any) -> Any:
        options: dict[str, Any] = {"max_retries": 0}
        options.update(kwargs)
        http = httpx.Client(transport=httpx.MockTransport(handler))
        return self.client_class()(http_client=http, **options)

    def async_client(self, handler: Handler, **kwargs: Any) -> Any:
        options: dict[str, Any] = {"max_retries": 0}
        options.update(kwargs)
        http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
        return self.client_class(is_async=True)(http_client=http, **options)


_built: dict[str, Feature] = {}


def package_name(name: str, backend: str = "msgspec") -> str:
    """``pkg_<fixture>``, with ``_<backend>`` for a backend other than msgspec."""
    return f"pkg_{name}" if backend == "msgspec" else f"pkg_{name}_{backend}"


def build_feature(name: str, base: Path, backend: str = "msgspec") -> Feature:
    package = package_name(name, backend)
    if package in _built:
        return _built[package]
    out = base / package
    config = Config().with_package_name(package)
    config = replace(config, output=replace(config.output, models=backend))
    generated = generate(FIXTURES / f"{name}.yaml", out, config)
    sys.path.insert(0, str(out))
    pkg = importlib.import_module(package)
    _built[package] = Feature(name, out, generated.diagnostics, pkg, backend)
    return _built[package]


def json_response(status: int, body: object, **kwargs: Any) -> httpx.Response:
    return httpx.Response(status, json=body, **kwargs)

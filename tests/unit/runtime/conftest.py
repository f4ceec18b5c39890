"""Fixtures for the runtime tests.

The runtime is a template (`templates/runtime/`) that the generator copies into each package as
`<package>/_runtime/`. The tests do the same: they copy it into a temporary folder as one package per
model backend (`sdk_msgspec._runtime`, `sdk_pydantic._runtime`) and import those.
"""

from __future__ import annotations

import importlib
import shutil
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

ROOT = Path(__file__).resolve().parents[3]
RUNTIME_TEMPLATE = ROOT / "templates" / "runtime"
BACKEND_MODELS = {"pydantic": ROOT / "templates" / "runtime_backends" / "pydantic" / "_model.py"}
BACKENDS = ("msgspec", "pydantic")

BASE_URL = "https://api.example.com"
TOKEN = "tok-secret-123"
USER_AGENT = "sdk/1.2.3 python-httpx"


def build_runtime_package(dest: Path, package: str, backend: str) -> Path:
    """Lay out `dest/package/` with the runtime as `_runtime/`, as the generator does."""
    runtime_dir = dest / package / "_runtime"
    shutil.copytree(RUNTIME_TEMPLATE, runtime_dir, ignore=shutil.ignore_patterns("__pycache__"))
    if backend in BACKEND_MODELS:
        shutil.copyfile(BACKEND_MODELS[backend], runtime_dir / "_model.py")
    (dest / package / "__init__.py").write_text('"""A package holding a copy of the runtime."""\n')
    (dest / package / "py.typed").write_text("")
    return dest / package


@pytest.fixture(scope="session")
def runtimes(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, ModuleType]]:
    """The runtime imported once per backend, keyed by backend name."""
    root = tmp_path_factory.mktemp("runtime_packages")
    for backend in BACKENDS:
        build_runtime_package(root, f"sdk_{backend}", backend)
    sys.path.insert(0, str(root))
    try:
        yield {backend: importlib.import_module(f"sdk_{backend}._runtime") for backend in BACKENDS}
    finally:
        sys.path.remove(str(root))


@pytest.fixture
def rt(runtimes: dict[str, ModuleType]) -> ModuleType:
    """The runtime with the default (msgspec) model backend."""
    return runtimes["msgspec"]


@pytest.fixture(params=BACKENDS)
def any_rt(request: pytest.FixtureRequest, runtimes: dict[str, ModuleType]) -> ModuleType:
    """The runtime, once per model backend."""
    return runtimes[request.param]


@dataclass
class Mock:
    """A client wired to an `httpx.MockTransport`, recording requests and (instead of doing) sleeps."""

    client: Any
    requests: list[httpx.Request] = field(default_factory=list)
    sleeps: list[float] = field(default_factory=list)


@pytest.fixture
def mock_client(rt: ModuleType) -> Callable[..., Mock]:
    """`mock_client(handler_or_responses..., runtime=rt, **client_kwargs)`: a SyncAPIClient whose
    transport calls `handler`, or answers with the given responses (or raises the given
    exceptions) in turn."""
    return lambda *args, runtime=rt, **kwargs: _make_mock(runtime, False, *args, **kwargs)


@pytest.fixture
def mock_async_client(rt: ModuleType) -> Callable[..., Mock]:
    """The AsyncAPIClient mirror of `mock_client`."""
    return lambda *args, runtime=rt, **kwargs: _make_mock(runtime, True, *args, **kwargs)


def _make_mock(runtime: ModuleType, is_async: bool, *answers: Any, **kwargs: Any) -> Mock:
    mock = Mock(client=None)
    if answers and callable(answers[0]) and not isinstance(answers[0], Exception):
        handler: Callable[[httpx.Request], httpx.Response] = answers[0]
    else:
        queue = list(answers)

        def handler(request: httpx.Request) -> httpx.Response:
            answer = queue.pop(0)
            if isinstance(answer, Exception):
                raise answer
            return answer

    def record(request: httpx.Request) -> httpx.Response:
        request.read()
        mock.requests.append(request)
        return handler(request)

    transport = httpx.MockTransport(record)
    kwargs.setdefault("base_url", BASE_URL)
    kwargs.setdefault("user_agent", USER_AGENT)
    kwargs.setdefault("auth", [runtime.BearerAuth(TOKEN)])
    if is_async:
        http_client = httpx.AsyncClient(transport=transport)
        mock.client = runtime.AsyncAPIClient(http_client=http_client, **kwargs)

        async def sleep(seconds: float) -> None:
            mock.sleeps.append(seconds)

        mock.client._sleep = sleep
    else:
        mock.client = runtime.SyncAPIClient(http_client=httpx.Client(transport=transport), **kwargs)
        mock.client._sleep = mock.sleeps.append
    return mock

"""Fixtures for the e2e tests: the pinned Turso spec revisions and Prism mock servers on them."""

from __future__ import annotations

from collections.abc import (
    Callable,
    Iterator,
)
from pathlib import Path

import pytest

from generator.manifest import (
    Manifest,
    ensure_revision,
    load_manifest,
)

from .prism import (
    PrismError,
    PrismServer,
)

PrismFactory = Callable[..., str]


@pytest.fixture(scope="session")
def turso_manifest() -> Manifest:
    return load_manifest()


@pytest.fixture(scope="session")
def turso_latest_spec(
    turso_manifest: Manifest,
) -> Path:
    """The newest pinned Turso revision, synced (sha256-checked) into spec/turso-platform-api/revisions/."""
    return ensure_revision(turso_manifest, "latest")


@pytest.fixture(scope="session")
def prism_server(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[PrismFactory]:
    """A factory: `prism_server(spec_path, errors=True, dynamic=False) -> base URL`.

    Starts `prism mock` on a free loopback port (installing the pinned Prism first if needed), waits
    until it answers (60 s at most), and reuses one server per spec and options for the whole session
    (per xdist worker). Every server is stopped when the session ends.
    """
    servers: dict[
        tuple[Path, bool, bool],
        PrismServer,
    ] = {}
    log_dir = tmp_path_factory.mktemp("prism-logs")

    def start(
        spec_path: Path | str,
        *,
        errors: bool = True,
        dynamic: bool = False,
    ) -> str:
        key = (
            Path(spec_path).resolve(),
            errors,
            dynamic,
        )
        server = servers.get(key)
        if server is None:
            server = PrismServer(
                key[0],
                errors=errors,
                dynamic=dynamic,
                log_dir=log_dir,
            )
            try:
                server.start()
            except PrismError as exc:
                pytest.fail(
                    str(exc),
                    pytrace=False,
                )
            servers[key] = server
        return server.base_url

    try:
        yield start
    finally:
        for server in servers.values():
            server.stop()

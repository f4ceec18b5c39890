"""Fixtures for the manifest/sync tests: tiny fake revisions in tmp folders and a loopback HTTP server."""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import (
    BaseHTTPRequestHandler,
    ThreadingHTTPServer,
)
from pathlib import Path

import pytest

from generator.manifest import (
    Manifest,
    load_manifest,
)


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@dataclass
class FileServer:
    """Serves `files` (URL path -> bytes) on 127.0.0.1; anything else is a 404."""

    base_url: str
    files: dict[str, bytes] = field(default_factory=dict)
    requests: list[str] = field(default_factory=list)


@pytest.fixture
def file_server() -> Iterator[FileServer]:
    state = FileServer(base_url="")

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            state.requests.append(self.path)
            body = state.files.get(self.path)
            if body is None:
                self.send_error(404, "not here")
                return
            self.send_response(200)
            self.send_header(
                "Content-Type",
                "application/json",
            )
            self.send_header(
                "Content-Length",
                str(len(body)),
            )
            self.end_headers()
            self.wfile.write(body)

        def log_message(
            self,
            format: str,
            *args: object,
        ) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(
        target=server.serve_forever,
        args=(0.05,),
        daemon=True,
    )
    thread.start()
    state.base_url = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


COMMITS = [
    "1111111aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    "2222222bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb",
    "3333333ccccccccccccccccccccccccccccccccc",
]


@dataclass
class FakeApi:
    """A fake API: its manifest, the bytes of each pinned file, and a shared folder holding them."""

    manifest: Manifest
    contents: dict[str, bytes]
    shared: Path

    def local(self, name: str) -> Path:
        spec = self.manifest.resolve(name)
        return self.manifest.revisions_dir / spec.file


def revision_bytes(
    number: int,
) -> bytes:
    return (
        b'{"openapi": "3.0.0", "info": {"title": "fake", "version": "%d"}, "paths": {}}\n' % number
    )


def write_manifest(
    directory: Path,
    base_url: str,
    contents: dict[str, bytes],
) -> Path:
    lines = [
        "[api]",
        'name = "fake-api"',
        f'upstream = "{base_url}/main/openapi.json"',
        'config = "sdkgen.toml"',
    ]
    for number, commit in enumerate(COMMITS, 1):
        name = f"{number:02d}-2024-01-0{number}-{commit[:7]}"
        data = revision_bytes(number)
        contents[name] = data
        lines += [
            "",
            "[[revisions]]",
            f'name = "{name}"',
            f"number = {number}",
            f"date = 2024-01-0{number}",
            f'commit = "{commit}"',
            f'url = "{base_url}/{commit}/openapi.json"',
            f'sha256 = "{sha(data)}"',
            f'message = "change {number}"',
        ]
    yml = b"openapi: 3.0.0\ninfo: {title: fake, version: '3'}\npaths: {}\n"
    contents["fake-yml"] = yml
    lines += [
        "",
        "[[extras]]",
        'name = "fake-yml"',
        'file = "openapi.yml"',
        f'url = "{base_url}/extras/openapi.yml"',
        f'sha256 = "{sha(yml)}"',
        f'same_as = "03-2024-01-03-{COMMITS[2][:7]}"',
    ]
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / "manifest.toml"
    path.write_text(
        "\n".join(lines) + "\n",
        encoding="utf-8",
    )
    return path


@pytest.fixture
def fake_api(
    tmp_path: Path,
    file_server: FileServer,
) -> FakeApi:
    """A manifest under tmp/project/spec/fake-api whose URLs point at `file_server` (which serves the
    right bytes), and a shared folder tmp/shared/specs/fake-api holding every file."""
    contents: dict[str, bytes] = {}
    path = write_manifest(
        tmp_path / "project" / "spec" / "fake-api",
        file_server.base_url,
        contents,
    )
    manifest = load_manifest(path)
    shared = tmp_path / "shared" / "specs" / "fake-api"
    for spec in manifest.files:
        target = shared / spec.shared_path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(contents[spec.name])
        file_server.files[spec.url.removeprefix(file_server.base_url)] = contents[spec.name]
    return FakeApi(
        manifest=manifest,
        contents=contents,
        shared=shared,
    )

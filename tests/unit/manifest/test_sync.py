"""Syncing pinned files: keep, copy from the shared folder, or download; sha256 always checked; atomic."""

from __future__ import annotations

import importlib
import os
from pathlib import Path

import pytest

from generator.diagnostics import (
    GenerationError,
)
from generator.manifest import (
    AUTO,
    DOWNLOAD_TIMEOUT,
    default_shared_dir,
    ensure_revision,
    fetch_url,
    load_manifest,
    sha256_of,
    sync,
)

from .conftest import (
    FakeApi,
    FileServer,
)

# the module, not the function `generator.manifest.sync` that the package exports under that name
sync_module = importlib.import_module("generator.manifest.sync")


def no_fetch(url: str) -> bytes:
    raise AssertionError(f"unexpected download of {url}")


def leftovers(
    directory: Path,
) -> list[str]:
    """Temporary files a write may have left behind."""
    return (
        sorted(p.name for p in directory.iterdir() if p.name.endswith(".part"))
        if directory.exists()
        else []
    )


def test_copies_from_the_shared_folder_then_keeps(
    fake_api: FakeApi,
) -> None:
    report = sync(
        fake_api.manifest,
        shared_dir=fake_api.shared,
        fetch=no_fetch,
    )
    assert [e.action for e in report.entries] == ["copied"] * 4
    assert report.count("copied") == 4 and report.shared_dir == fake_api.shared
    for spec in fake_api.manifest.files:
        local = fake_api.local(spec.name)
        assert local.read_bytes() == fake_api.contents[spec.name]
        assert local.stat().st_mode & 0o777 == 0o644
    assert report.entries[0].source == str(
        fake_api.shared / "revisions" / "01-2024-01-01-1111111.json"
    )
    assert fake_api.local("fake-yml").name == "openapi.yml"
    assert "4 copied from" in report.summary()
    assert leftovers(fake_api.manifest.revisions_dir) == []

    before = {p.name: p.stat().st_mtime_ns for p in fake_api.manifest.revisions_dir.iterdir()}
    again = sync(
        fake_api.manifest,
        shared_dir=fake_api.shared,
        fetch=no_fetch,
    )
    assert [e.action for e in again.entries] == ["present"] * 4
    assert again.summary().startswith("4 spec files verified in ")
    assert "already present" not in report.summary()
    assert "4 already present" in again.summary()
    after = {p.name: p.stat().st_mtime_ns for p in fake_api.manifest.revisions_dir.iterdir()}
    assert before == after


def test_read_only_shared_folder(
    fake_api: FakeApi,
) -> None:
    for path in sorted(
        fake_api.shared.rglob("*"),
        reverse=True,
    ):
        path.chmod(0o555 if path.is_dir() else 0o444)
    try:
        sync(
            fake_api.manifest,
            shared_dir=fake_api.shared,
            fetch=no_fetch,
        )
    finally:
        for path in fake_api.shared.rglob("*"):
            path.chmod(0o755 if path.is_dir() else 0o644)
    assert fake_api.local("1").stat().st_mode & 0o200


def test_a_stale_local_copy_is_replaced(
    fake_api: FakeApi,
) -> None:
    local = fake_api.local("2")
    local.parent.mkdir(parents=True)
    local.write_bytes(b"edited by hand")
    report = sync(
        fake_api.manifest,
        shared_dir=fake_api.shared,
        fetch=no_fetch,
        names=["2"],
    )
    (entry,) = report.entries
    assert (
        entry.action,
        entry.replaced,
    ) == ("copied", True)
    assert local.read_bytes() == fake_api.contents[entry.spec.name]
    assert "1 replaced a stale local copy" in report.summary()


def test_a_shared_copy_with_other_bytes_is_refused(
    fake_api: FakeApi,
) -> None:
    spec = fake_api.manifest.resolve("2")
    bad = fake_api.shared / spec.shared_path
    bad.write_bytes(b'{"tampered": true}\n')
    with pytest.raises(GenerationError) as info:
        sync(
            fake_api.manifest,
            shared_dir=fake_api.shared,
            fetch=no_fetch,
        )
    (d,) = info.value.diagnostics  # the other files were still synced
    assert d.file == str(bad)
    assert spec.sha256 in d.message
    assert sha256_of(b'{"tampered": true}\n') in d.message
    assert "sha256 mismatch" in d.message and "expected" in d.message
    assert not fake_api.local("2").exists()
    assert fake_api.local("1").is_file() and fake_api.local("3").is_file()
    assert leftovers(fake_api.manifest.revisions_dir) == []


def test_downloads_from_the_pinned_address(
    fake_api: FakeApi,
    file_server: FileServer,
) -> None:
    report = sync(
        fake_api.manifest,
        shared_dir=None,
    )  # the real urllib fetch, on 127.0.0.1
    assert [e.action for e in report.entries] == ["downloaded"] * 4
    assert report.shared_dir is None
    assert sorted(file_server.requests) == sorted(
        s.url.removeprefix(file_server.base_url) for s in fake_api.manifest.files
    )
    for spec in fake_api.manifest.files:
        assert fake_api.local(spec.name).read_bytes() == fake_api.contents[spec.name]
    assert report.entries[0].source == fake_api.manifest.revisions[0].url
    assert "4 downloaded" in report.summary()
    assert leftovers(fake_api.manifest.revisions_dir) == []


def test_downloads_what_the_shared_folder_lacks(
    fake_api: FakeApi,
    file_server: FileServer,
) -> None:
    (fake_api.shared / "openapi.yml").unlink()
    report = sync(
        fake_api.manifest,
        shared_dir=fake_api.shared,
    )
    assert [e.action for e in report.entries] == ["copied"] * 3 + ["downloaded"]
    assert file_server.requests == ["/extras/openapi.yml"]


def test_downloaded_bytes_with_another_sha256_are_refused(
    fake_api: FakeApi,
    file_server: FileServer,
) -> None:
    spec = fake_api.manifest.resolve("latest")
    file_server.files[spec.url.removeprefix(file_server.base_url)] = b"changed upstream"
    local = fake_api.local("latest")
    local.parent.mkdir(parents=True)
    local.write_bytes(b"old local bytes")
    with pytest.raises(GenerationError) as info:
        sync(
            fake_api.manifest,
            shared_dir=None,
            names=["latest"],
        )
    (d,) = info.value.diagnostics
    assert d.file == spec.url
    assert f"expected {spec.sha256}, got {sha256_of(b'changed upstream')}" in d.message
    assert d.hint is not None and "nothing was written" in d.hint
    assert local.read_bytes() == b"old local bytes"
    assert leftovers(local.parent) == []


def test_a_failed_download_names_the_url_and_where_to_put_the_file(
    fake_api: FakeApi,
    file_server: FileServer,
) -> None:
    file_server.files.clear()
    with pytest.raises(GenerationError) as info:
        sync(
            fake_api.manifest,
            shared_dir=None,
            names=["1", "openapi.yml"],
        )
    first, second = info.value.diagnostics
    assert first.file == fake_api.manifest.revisions[0].url
    assert "HTTP 404" in first.message
    assert first.hint is not None and "revisions/01-2024-01-01-1111111.json" in first.hint
    assert second.hint is not None and "fake-api/openapi.yml " in second.hint
    assert not fake_api.manifest.revisions_dir.exists() or not any(
        fake_api.manifest.revisions_dir.iterdir()
    )


def test_an_unreachable_server_is_a_clear_error(
    fake_api: FakeApi,
) -> None:
    def refused(url: str) -> bytes:
        raise ConnectionRefusedError(111, "Connection refused")

    with pytest.raises(
        GenerationError,
        match="download of 01-2024-01-01-1111111 failed",
    ):
        ensure_revision(
            fake_api.manifest,
            "1",
            shared_dir=None,
            fetch=refused,
        )


def test_an_unreachable_host_is_tried_once(
    fake_api: FakeApi,
) -> None:
    tried: list[str] = []

    def timeout(url: str) -> bytes:
        tried.append(url)
        raise TimeoutError("timed out")

    with pytest.raises(GenerationError) as info:
        sync(
            fake_api.manifest,
            shared_dir=None,
            fetch=timeout,
        )
    assert tried == [fake_api.manifest.revisions[0].url]
    messages = [d.message for d in info.value.diagnostics]
    assert len(messages) == 4
    assert "failed: timed out" in messages[0]
    assert all(
        "not tried: 127.0.0.1:" in m and "was unreachable (timed out)" in m for m in messages[1:]
    )


def test_ensure_revision_syncs_only_that_one(
    fake_api: FakeApi,
) -> None:
    path = ensure_revision(
        fake_api.manifest,
        "2222222",
        shared_dir=fake_api.shared,
        fetch=no_fetch,
    )
    assert path == fake_api.local("2")
    assert [p.name for p in path.parent.iterdir()] == [path.name]
    assert (
        ensure_revision(
            fake_api.manifest,
            "02",
            shared_dir=None,
            fetch=no_fetch,
        )
        == path
    )
    with pytest.raises(
        GenerationError,
        match="no revision matches",
    ):
        ensure_revision(
            fake_api.manifest,
            "7",
            shared_dir=fake_api.shared,
            fetch=no_fetch,
        )


def test_sync_names_are_deduplicated(
    fake_api: FakeApi,
) -> None:
    report = sync(
        fake_api.manifest,
        shared_dir=fake_api.shared,
        names=["1", "01", "1111111"],
    )
    assert len(report.entries) == 1


def test_a_failed_replace_leaves_nothing_behind(
    fake_api: FakeApi,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken_replace(src: object, dst: object) -> None:
        raise OSError(
            28,
            "No space left on device",
        )

    monkeypatch.setattr(
        sync_module.os,
        "replace",
        broken_replace,
    )
    with pytest.raises(GenerationError) as info:
        ensure_revision(
            fake_api.manifest,
            "1",
            shared_dir=fake_api.shared,
            fetch=no_fetch,
        )
    assert info.value.diagnostics[0].file == str(fake_api.local("1"))
    assert "cannot write the local copy" in info.value.diagnostics[0].message
    assert list(fake_api.manifest.revisions_dir.iterdir()) == []


def test_an_interrupted_write_keeps_the_old_file(
    fake_api: FakeApi,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    local = fake_api.local("1")
    local.parent.mkdir(parents=True)
    local.write_bytes(b"stale")

    def interrupted(fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(
        sync_module.os,
        "fsync",
        interrupted,
    )
    with pytest.raises(KeyboardInterrupt):
        ensure_revision(
            fake_api.manifest,
            "1",
            shared_dir=fake_api.shared,
            fetch=no_fetch,
        )
    assert local.read_bytes() == b"stale"
    assert leftovers(local.parent) == []


def test_the_write_goes_through_a_temporary_file_in_the_same_folder(
    fake_api: FakeApi,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    moves: list[tuple[str, str]] = []
    real_replace = os.replace

    def spy(src: str, dst: str) -> None:
        assert Path(dst).exists() is False  # the target only appears once complete
        assert Path(src).read_bytes() == fake_api.contents["01-2024-01-01-1111111"]
        moves.append((str(src), str(dst)))
        real_replace(src, dst)

    monkeypatch.setattr(sync_module.os, "replace", spy)
    ensure_revision(
        fake_api.manifest,
        "1",
        shared_dir=fake_api.shared,
        fetch=no_fetch,
    )
    ((src, dst),) = moves
    assert Path(src).parent == Path(dst).parent == fake_api.manifest.revisions_dir
    assert Path(src).name.startswith(".01-2024-01-01-1111111.json.") and src.endswith(".part")


def test_default_shared_dir(
    fake_api: FakeApi,
) -> None:
    # the fake API has no folder under <project root>/../shared/specs
    assert default_shared_dir(fake_api.manifest) is None
    turso = load_manifest()
    expected = sync_module.PROJECT_ROOT.parent / "shared" / "specs" / "turso-platform-api"
    assert default_shared_dir(turso) == (expected if expected.is_dir() else None)


def test_auto_without_a_shared_folder_downloads(
    fake_api: FakeApi,
    file_server: FileServer,
) -> None:
    report = sync(
        fake_api.manifest,
        shared_dir=AUTO,
        names=["3"],
    )
    assert report.entries[0].action == "downloaded"


def test_fetch_url(
    file_server: FileServer,
) -> None:
    file_server.files["/x"] = b"hello"
    assert fetch_url(f"{file_server.base_url}/x") == b"hello"
    assert DOWNLOAD_TIMEOUT == 30.0
    with pytest.raises(OSError):
        fetch_url(f"{file_server.base_url}/missing")

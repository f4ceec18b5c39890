"""Bring the pinned spec files of a manifest to the local `revisions/` folder, checking every sha256.

For each file: a local copy with the right sha256 is kept as is; otherwise the file is copied from the
shared specs folder (by default `<project root>/../shared/specs/<api>` when it exists), else downloaded
from its pinned address. Bytes whose sha256 differs from the manifest are refused, never written.
Every write goes to a temporary file in the target folder and is moved in place with `os.replace`,
so a reader (or a concurrent sync) never sees a partial file.
"""

from __future__ import annotations

import enum
import hashlib
import os
import tempfile
import urllib.error
import urllib.parse
from collections.abc import (
    Callable,
    Iterable,
)
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from generator.diagnostics import (
    Diagnostic,
    GenerationError,
    Level,
)
from generator.manifest.manifest import (
    PROJECT_ROOT,
    Manifest,
    SpecFile,
    resolve,
)

DOWNLOAD_TIMEOUT = 30.0
"""Seconds: the socket timeout of one download."""

Fetch = Callable[[str], bytes]
"""Download the bytes at a URL; raises OSError (including urllib errors) on failure."""

Action = Literal["present", "copied", "downloaded"]


class _Auto(enum.Enum):
    AUTO = "auto"


AUTO = _Auto.AUTO
"""`shared_dir=AUTO`: the default shared specs folder of the manifest's API, when it exists."""


def fetch_url(url: str) -> bytes:
    """The default `fetch`: one GET with urllib, 30 s timeout, any non-2xx status is an error."""
    import urllib.request  # imported here: it pulls in http.client, ssl and email (~20 ms)

    request = urllib.request.Request(
        url,
        headers={"User-Agent": "sdkgen-sync-specs"},
    )
    with urllib.request.urlopen(
        request,
        timeout=DOWNLOAD_TIMEOUT,
    ) as response:
        body: bytes = response.read()
        return body


def default_shared_dir(
    manifest: Manifest,
) -> Path | None:
    """`<project root>/../shared/specs/<api>` when that folder exists, else None."""
    path = PROJECT_ROOT.parent / "shared" / "specs" / manifest.api.name
    return path if path.is_dir() else None


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def file_sha256(
    path: Path,
) -> str | None:
    """The sha256 of a file's bytes, or None when it cannot be read."""
    try:
        return sha256_of(path.read_bytes())
    except OSError:
        return None


@dataclass(frozen=True)
class SyncEntry:
    spec: SpecFile
    path: Path
    action: Action
    source: str
    """Where the bytes came from: the local path, the shared copy or the URL."""
    replaced: bool = False
    """True when a local file with other bytes was there and got replaced."""


@dataclass(frozen=True)
class SyncReport:
    entries: tuple[SyncEntry, ...]
    shared_dir: Path | None

    def count(self, action: Action) -> int:
        return sum(1 for e in self.entries if e.action == action)

    @property
    def paths(self) -> dict[str, Path]:
        return {e.spec.name: e.path for e in self.entries}

    def summary(self) -> str:
        replaced = sum(1 for e in self.entries if e.replaced)
        parts = [
            f"{self.count('present')} already present" if self.count("present") else "",
            f"{self.count('copied')} copied from {self.shared_dir}" if self.count("copied") else "",
            f"{self.count('downloaded')} downloaded" if self.count("downloaded") else "",
            f"{replaced} replaced a stale local copy" if replaced else "",
        ]
        where = self.entries[0].path.parent if self.entries else "?"
        return f"{len(self.entries)} spec files verified in {where}: " + ", ".join(
            p for p in parts if p
        )


def sync(
    manifest: Manifest,
    *,
    shared_dir: Path | None | _Auto = AUTO,
    fetch: Fetch = fetch_url,
    names: Iterable[str] | None = None,
) -> SyncReport:
    """Make every pinned file (or only `names`, resolved like `resolve`) present and verified locally.

    `shared_dir=None` never copies (download only). Problems with single files do not stop the others;
    they are raised together at the end as one GenerationError.
    """
    shared = default_shared_dir(manifest) if shared_dir is AUTO else shared_dir
    specs = manifest.files if names is None else _unique(resolve(manifest, n) for n in names)
    entries: list[SyncEntry] = []
    problems: list[Diagnostic] = []
    unreachable: dict[str, str] = {}  # host -> why: no more downloads are tried from it
    for spec in specs:
        try:
            entries.append(
                _sync_one(
                    manifest,
                    spec,
                    shared,
                    fetch,
                    unreachable,
                )
            )
        except GenerationError as exc:
            problems.extend(exc.diagnostics)
    if problems:
        raise GenerationError(problems)
    return SyncReport(
        entries=tuple(entries),
        shared_dir=shared,
    )


def ensure_revision(
    manifest: Manifest,
    name: str,
    *,
    shared_dir: Path | None | _Auto = AUTO,
    fetch: Fetch = fetch_url,
) -> Path:
    """Sync one pinned file (by any name `resolve` accepts) and return its verified local path."""
    report = sync(
        manifest,
        shared_dir=shared_dir,
        fetch=fetch,
        names=[name],
    )
    return report.entries[0].path


def _unique(
    specs: Iterable[SpecFile],
) -> tuple[SpecFile, ...]:
    return tuple(dict.fromkeys(specs))


def _sync_one(
    manifest: Manifest,
    spec: SpecFile,
    shared: Path | None,
    fetch: Fetch,
    unreachable: dict[str, str],
) -> SyncEntry:
    target = manifest.revisions_dir / spec.file
    actual = file_sha256(target) if target.is_file() else None
    if actual == spec.sha256:
        return SyncEntry(
            spec,
            target,
            "present",
            str(target),
        )
    stale = actual is not None
    if shared is not None:
        source = shared / spec.shared_path
        if source.is_file():
            try:
                data = source.read_bytes()
            except OSError as exc:
                raise _problem(
                    str(source),
                    f"cannot read the shared copy: {exc}",
                ) from None
            _verify(
                spec,
                data,
                str(source),
                "the shared copy differs from the pinned revision",
            )
            _write_atomic(target, data)
            return SyncEntry(
                spec,
                target,
                "copied",
                str(source),
                replaced=stale,
            )
    hint = f"put the file at {_shared_hint(manifest, spec, shared)} or retry with network access"
    host = urllib.parse.urlsplit(spec.url).netloc
    if host in unreachable:
        raise _problem(
            spec.url,
            f"download of {spec.name} not tried: {unreachable[host]}",
            hint,
        )
    try:
        data = fetch(spec.url)
    except (
        OSError,
        ValueError,
    ) as exc:  # urllib.error.URLError and socket timeouts are OSErrors
        if not isinstance(exc, urllib.error.HTTPError):  # the host did not answer at all
            unreachable[host] = f"{host} was unreachable ({_describe(exc)})"
        raise _problem(
            spec.url,
            f"download of {spec.name} failed: {_describe(exc)}",
            hint,
        ) from None
    _verify(
        spec,
        data,
        spec.url,
        "the downloaded bytes differ from the pinned revision",
    )
    _write_atomic(target, data)
    return SyncEntry(
        spec,
        target,
        "downloaded",
        spec.url,
        replaced=stale,
    )


def _verify(
    spec: SpecFile,
    data: bytes,
    where: str,
    message: str,
) -> None:
    actual = sha256_of(data)
    if actual != spec.sha256:
        raise _problem(
            where,
            f"sha256 mismatch for {spec.name}: {message} (expected {spec.sha256}, got {actual})",
            "refused: nothing was written; check the manifest entry or the source",
        )


def _write_atomic(target: Path, data: bytes) -> None:
    """Write `data` to `target` through a temporary file in the same folder and os.replace."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(
        dir=target.parent,
        prefix=f".{target.name}.",
        suffix=".part",
    )
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except BaseException as exc:
        tmp.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise _problem(
                str(target),
                f"cannot write the local copy: {exc}",
            ) from None
        raise


def _problem(
    file: str,
    message: str,
    hint: str | None = None,
) -> GenerationError:
    return GenerationError(
        Diagnostic(
            Level.ERROR,
            file,
            "",
            message,
            hint,
        )
    )


def _describe(
    exc: BaseException,
) -> str:
    if isinstance(exc, urllib.error.HTTPError):
        return f"HTTP {exc.code} {exc.reason}"
    if isinstance(exc, urllib.error.URLError):
        return str(exc.reason)
    return str(exc) or type(exc).__name__


def _shared_hint(
    manifest: Manifest,
    spec: SpecFile,
    shared: Path | None,
) -> str:
    base = (
        shared
        if shared is not None
        else PROJECT_ROOT.parent / "shared" / "specs" / manifest.api.name
    )
    return str(base / spec.shared_path)

"""Formatted files, cached by everything that decides what the formatter makes of them.

Regenerating after a spec change rewrites a few modules; the runtime and every module the change
did not touch come out byte for byte as before, and formatting them again is most of a run's
formatting time. So each formatted file is kept under a key that hashes:

- ``settings``: what formats (see format.py: this cache's format, the formatter commands with all
  their options, and which ruff or black binary runs them);
- the file's path in the tree (ruff treats ``__init__.py`` apart) and the tree's *shape*: the names
  at its top and under ``src/``, which ruff's import sorting reads to tell first-party modules;
- the file's bytes.

Nothing else changes what ruff or black make of a file. An entry is ``<cache>/<key>``: the sha256
of the formatted bytes, a newline, the bytes; one that does not match its sha256 is ignored. The
cache keeps the entries used last: when a store leaves more than `MAX_ENTRIES`, the least recently
used quarter is deleted (a hit refreshes an entry's time). A cache that cannot be read or written
only costs the formatting.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable, Mapping
from pathlib import Path

__all__ = ["MAX_ENTRIES", "file_key", "load", "store", "tree_shape"]

MAX_ENTRIES = 4096


def tree_shape(paths: Iterable[str]) -> str:
    """What of a tree's layout the formatter reads: the names at its top and under ``src/``."""
    names = set()
    for path in paths:
        parts = path.split("/")
        names.add(parts[0])
        if parts[0] == "src" and len(parts) > 1:
            names.add(f"src/{parts[1]}")
    return json.dumps(sorted(names))


def file_key(settings: str, shape: str, path: str, data: bytes) -> str:
    """The cache key of the file at ``path`` (relative, posix) holding ``data``."""
    digest = hashlib.sha256()
    for part in (settings, shape, path):
        encoded = part.encode("utf-8", "surrogatepass")
        digest.update(len(encoded).to_bytes(8, "big") + encoded)
    digest.update(data)
    return digest.hexdigest()


def load(cache: Path, key: str) -> bytes | None:
    """The formatted bytes stored under ``key``, or None (absent, unreadable or damaged)."""
    entry = cache / key
    try:
        stored = entry.read_bytes()
    except OSError:
        return None
    checksum, _, data = stored.partition(b"\n")
    if checksum.decode("ascii", "replace") != hashlib.sha256(data).hexdigest():
        return None
    try:
        os.utime(entry)  # used now: the last to go when the cache is trimmed
    except OSError:
        pass
    return data


def store(cache: Path, formatted: Mapping[str, bytes]) -> None:
    """Keep each key's formatted bytes, then trim the cache to `MAX_ENTRIES` if it grew past."""
    try:
        cache.mkdir(parents=True, exist_ok=True)
        for key, data in formatted.items():
            entry = cache / key
            temporary = entry.with_name(f"{key}.{os.getpid()}.tmp")
            temporary.write_bytes(hashlib.sha256(data).hexdigest().encode() + b"\n" + data)
            os.replace(temporary, entry)
        if formatted:
            _trim(cache)
    except OSError:
        pass


def _trim(cache: Path) -> None:
    """Delete the least recently used quarter of the entries when there are more than the most."""
    with os.scandir(cache) as found:
        entries = [entry for entry in found if entry.is_file() and "." not in entry.name]
    if len(entries) <= MAX_ENTRIES:
        return
    entries.sort(key=lambda entry: entry.stat().st_mtime_ns)
    for entry in entries[: len(entries) - MAX_ENTRIES * 3 // 4]:
        try:
            os.unlink(entry.path)
        except OSError:
            pass

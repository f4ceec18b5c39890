"""The validator's verdicts, cached by the sha256 of the document's bytes.

An entry is ``<cache_dir>/validate/<sha256>.json``: the verdict (its diagnostics without the file
name, which the reader supplies) and a stamp naming this module's format and the installed
versions of the validator and of jsonschema-rs; an entry with another stamp is stale. A document
with refs to other files is never cached: those files may change on their own.

This module imports nothing heavy (no validator, no YAML, not even the diagnostics until it
decodes a verdict): the command line asks `is_cached` before it has imported anything else, to
start the validator's worker at once when it will be needed (see background.py).
"""

from __future__ import annotations

import functools
import hashlib
import importlib.util
import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from generator.diagnostics import Diagnostic
    from generator.load.read import LoadedDocument

__all__ = [
    "CACHE_FORMAT",
    "cache_dir",
    "cached_verdict",
    "decode_diagnostics",
    "encode_diagnostics",
    "installed_version",
    "is_cached",
    "store_verdict",
]

#: Bump when the diagnostics that validate.py produces change, to retire old cache entries.
CACHE_FORMAT = 2


def cache_dir() -> Path:
    """$SDKGEN_CACHE_DIR, else $XDG_CACHE_HOME/sdkgen, else ~/.cache/sdkgen."""
    if os.environ.get("SDKGEN_CACHE_DIR"):
        return Path(os.environ["SDKGEN_CACHE_DIR"])
    if os.environ.get("XDG_CACHE_HOME"):
        return Path(os.environ["XDG_CACHE_HOME"]) / "sdkgen"
    return Path.home() / ".cache" / "sdkgen"


def cached_verdict(doc: LoadedDocument) -> tuple[Diagnostic, ...] | None:
    """What `validate` returned for these exact bytes before, if cached; None otherwise."""
    if doc.refers_to_other_files:
        return None
    saved = _load(_entry_for(doc.sha256))
    if saved is None:
        return None
    try:
        return decode_diagnostics(saved, str(doc.path))
    except (KeyError, TypeError, ValueError):
        return None


def store_verdict(doc: LoadedDocument, diagnostics: tuple[Diagnostic, ...]) -> None:
    """Cache the verdict on ``doc`` (unless it refers to other files); a cache that cannot be
    written is no reason to fail."""
    if doc.refers_to_other_files:
        return
    entry = _entry_for(doc.sha256)
    saved = {"stamp": _stamp(), "diagnostics": encode_diagnostics(diagnostics)}
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        temporary = entry.with_name(f"{entry.name}.{os.getpid()}.tmp")
        temporary.write_text(json.dumps(saved), encoding="utf-8")
        os.replace(temporary, entry)
    except OSError:
        pass


def is_cached(spec: Path) -> bool:
    """Whether a verdict on the bytes now in ``spec`` is cached (False if it cannot be read)."""
    try:
        sha256 = hashlib.sha256(spec.read_bytes()).hexdigest()
    except OSError:
        return False
    return _load(_entry_for(sha256)) is not None


def encode_diagnostics(diagnostics: tuple[Diagnostic, ...]) -> list[dict[str, Any]]:
    """A verdict as JSON data (the file name left out: the reader supplies it)."""
    return [
        {"level": d.level.name, "pointer": d.pointer, "message": d.message, "hint": d.hint}
        for d in diagnostics
    ]


def decode_diagnostics(items: Any, file: str) -> tuple[Diagnostic, ...]:
    """The inverse of `encode_diagnostics`; raises KeyError, TypeError or ValueError on bad data."""
    from generator.diagnostics import Diagnostic, Level

    return tuple(
        Diagnostic(Level[d["level"]], file, str(d["pointer"]), str(d["message"]), d["hint"])
        for d in items
    )


@functools.cache
def installed_version(module: str) -> str:
    """The installed version of the package ``module`` ("none" if absent), without importing it.

    Read from the name of its ``.dist-info`` folder beside the package (what pip installs);
    ``importlib.metadata`` only as the fallback, because importing it costs more than a cached
    validation does.
    """
    found = importlib.util.find_spec(module)
    if found is not None and found.origin is not None:
        site = Path(found.origin).parent.parent
        for info in sorted(site.glob(f"{module}-*.dist-info")):
            return info.name.removeprefix(f"{module}-").removesuffix(".dist-info")
    from importlib import metadata

    try:
        return metadata.version(module.replace("_", "-"))
    except metadata.PackageNotFoundError:
        return "none"


def _entry_for(sha256: str) -> Path:
    return cache_dir() / "validate" / f"{sha256}.json"


def _stamp() -> dict[str, Any]:
    return {
        "format": CACHE_FORMAT,
        "validator": installed_version("openapi_spec_validator"),
        "jsonschema-rs": installed_version("jsonschema_rs"),
    }


def _load(entry: Path) -> list[Any] | None:
    """The diagnostics saved in ``entry`` (JSON data), or None if absent, stale or corrupt."""
    try:
        saved = json.loads(entry.read_text(encoding="utf-8"))
        if saved["stamp"] != _stamp() or not isinstance(saved["diagnostics"], list):
            return None
        diagnostics: list[Any] = saved["diagnostics"]
        return diagnostics
    except (OSError, ValueError, KeyError, TypeError):
        return None

"""Read an OpenAPI document from disk: bytes -> text -> JSON/YAML -> checked mapping.

Every failure is a GenerationError with a one-line message that says where
(file, and line/column for syntax errors) and how to fix it.  YAML is read
with bounded alias expansion, keys are always strings (``200:`` -> ``"200"``)
and timestamps stay strings, so the result is plain JSON data.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.diagnostics import Diagnostic, GenerationError, Level, error

__all__ = [
    "MAX_DEPTH",
    "LoadedDocument",
    "read_document",
    "read_fragment",
]

#: Deepest nesting of objects/arrays accepted (later stages walk recursively).
MAX_DEPTH = 200

SUPPORTED_VERSION = re.compile(r"3\.[01]\.\d+(-[0-9A-Za-z.-]+)?")

_FIX_NESTING = "flatten it: move nested schemas to components and use $ref"


@dataclass(frozen=True, eq=False)
class LoadedDocument:
    """A document as read: where from, its exact bytes and hash, the parsed data, and warnings."""

    path: Path
    raw: bytes
    sha256: str
    data: dict[str, Any]
    diagnostics: tuple[Diagnostic, ...] = ()
    #: Some ``$ref`` points outside the document (not ``#...``): other files must be read too.
    refers_to_other_files: bool = False


def read_document(path: Path) -> LoadedDocument:
    """Read and parse an OpenAPI 3.0/3.1 document (JSON or YAML); GenerationError if unusable."""
    doc = read_fragment(path)
    _check_openapi(str(path), doc.data)
    return doc


def read_fragment(path: Path) -> LoadedDocument:
    """Read and parse any JSON/YAML mapping (e.g. a ``$ref``'d file), without the OpenAPI checks."""
    file = str(path)
    raw = _read_bytes(path)
    text = _decode(file, raw)
    diagnostics: list[Diagnostic] = []
    try:
        data = _parse(file, path.suffix.lower(), text, diagnostics)
        other_files = _walk(file, data)
    except RecursionError:
        raise error(
            file, "", f"document nests deeper than {MAX_DEPTH} levels", _FIX_NESTING
        ) from None
    if data is None:
        raise error(
            file,
            "",
            "document is empty (only comments or whitespace)",
            "write an OpenAPI document into it",
        )
    if not isinstance(data, dict):
        raise error(
            file,
            "",
            f"top level is a {_kind(data)}, not a mapping",
            "an OpenAPI document is an object with an 'openapi' key",
        )
    sha256 = hashlib.sha256(raw).hexdigest()
    return LoadedDocument(path, raw, sha256, data, tuple(diagnostics), other_files)


# --- bytes and text ---------------------------------------------------------------------------


def _read_bytes(path: Path) -> bytes:
    file = str(path)
    if not path.exists():
        raise error(file, "", "file not found", "check the path")
    if path.is_dir():
        raise error(file, "", "is a directory, not a file", "pass the path of the OpenAPI file")
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise error(
            file, "", f"cannot read the file: {exc.strerror or exc}", "check its permissions"
        ) from None
    if not raw.strip():
        raise error(file, "", "file is empty", "write an OpenAPI document into it")
    return raw


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def _decode(file: str, raw: bytes) -> str:
    """Decode UTF-8 (or UTF-16/32 with a byte order mark); reject binary data."""
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                return raw[len(bom) :].decode(encoding)
            except UnicodeDecodeError:
                break
    if b"\x00" in raw:
        offset = raw.index(b"\x00")
        raise error(
            file,
            "",
            f"binary data, not a JSON or YAML text file (NUL byte at {_where(raw, offset)})",
            "pass the OpenAPI document itself, saved as UTF-8 text",
        )
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise error(
            file,
            "",
            f"not UTF-8 text: byte 0x{raw[exc.start]:02x} at {_where(raw, exc.start)}",
            "save the file as UTF-8",
        ) from None


def _where(raw: bytes, offset: int) -> str:
    line = raw.count(b"\n", 0, offset) + 1
    column = offset - (raw.rfind(b"\n", 0, offset) + 1) + 1
    return f"line {line}, column {column}"


# --- JSON or YAML -----------------------------------------------------------------------------


def load_yaml(file: str, text: str, diagnostics: list[Diagnostic]) -> Any:
    """YAML text as data (see `generator.load.yaml_text`, imported only when a document needs it)."""
    from generator.load.yaml_text import load_yaml as load

    return load(file, text, diagnostics)


def _parse(file: str, suffix: str, text: str, diagnostics: list[Diagnostic]) -> Any:
    """JSON when named or looking so (falling back to YAML, with a warning); else YAML."""
    looks_json = suffix == ".json" or (
        suffix not in (".yaml", ".yml") and text.lstrip()[:1] in ("{", "[")
    )
    if not looks_json:
        return load_yaml(file, text, diagnostics)
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        json_error = exc
    try:
        data = load_yaml(file, text, diagnostics)
    except GenerationError:
        raise error(
            file,
            "",
            f"JSON syntax error at line {json_error.lineno}, column {json_error.colno}: "
            f"{_json_problem(json_error)}",
            "fix the JSON syntax",
        ) from None
    diagnostics.append(
        Diagnostic(
            Level.WARNING,
            file,
            "",
            f"invalid JSON at line {json_error.lineno}, column {json_error.colno} "
            f"({_json_problem(json_error)}); read it as YAML instead",
            "fix the JSON syntax"
            + (", e.g. remove the trailing comma" if _trailing_comma(json_error) else ""),
        )
    )
    return data


def _trailing_comma(exc: json.JSONDecodeError) -> bool:
    before = exc.doc[: exc.pos].rstrip()
    return before.endswith(",") and exc.doc[exc.pos : exc.pos + 1] in ("}", "]")


def _json_problem(exc: json.JSONDecodeError) -> str:
    return "trailing comma" if _trailing_comma(exc) else exc.msg


def _walk(file: str, data: Any) -> bool:
    """Reject nesting deeper than MAX_DEPTH; tell whether a ``$ref`` points to another file.

    One level at a time (no recursion, so it cannot overflow itself): the one full walk of the
    document that every later question about all its nodes would otherwise repeat.
    """
    level: list[Any] = [data]
    depth = 0
    other_files = False
    while level:
        if depth > MAX_DEPTH:
            raise error(file, "", f"document nests deeper than {MAX_DEPTH} levels", _FIX_NESTING)
        below: list[Any] = []
        for node in level:
            if isinstance(node, dict):
                ref = node.get("$ref")
                if isinstance(ref, str) and not ref.startswith("#"):
                    other_files = True
                below.extend(v for v in node.values() if isinstance(v, (dict, list)))
            elif isinstance(node, list):
                below.extend(v for v in node if isinstance(v, (dict, list)))
        level = below
        depth += 1
    return other_files


def _kind(value: Any) -> str:
    if isinstance(value, list):
        return "list"
    if isinstance(value, str):
        return "string"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    return type(value).__name__


# --- is it OpenAPI 3.0/3.1? -------------------------------------------------------------------


def _check_openapi(file: str, data: dict[str, Any]) -> None:
    if "openapi" not in data:
        if "swagger" in data:
            raise error(
                file,
                "/swagger",
                f"Swagger {data['swagger']} document: sdkgen reads OpenAPI 3.0 and 3.1",
                "convert it first, e.g. with 'npx swagger2openapi' or the Swagger Editor",
            )
        raise error(
            file,
            "",
            "not an OpenAPI document: no 'openapi' key at the top level",
            "pass an OpenAPI 3.0 or 3.1 document",
        )
    version = data["openapi"]
    if not isinstance(version, str):
        raise error(
            file,
            "/openapi",
            f"'openapi' must be a version string, not {version!r}",
            'quote it, e.g. openapi: "3.1.0"',
        )
    if not SUPPORTED_VERSION.fullmatch(version):
        raise error(
            file,
            "/openapi",
            f"unsupported OpenAPI version {version!r}: sdkgen reads 3.0.x and 3.1.x",
            "use a 3.0.x or 3.1.x document",
        )

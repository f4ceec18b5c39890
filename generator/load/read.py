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

import yaml  # type: ignore[import-untyped,unused-ignore]

from generator.diagnostics import Diagnostic, GenerationError, Level, error

__all__ = [
    "MAX_ALIASES",
    "MAX_ALIAS_EXPANSION",
    "MAX_DEPTH",
    "LoadedDocument",
    "read_document",
    "read_fragment",
]

#: Most YAML aliases (``*name``) a document may use.
MAX_ALIASES = 1000
#: Most nodes that aliases may add once expanded (defeats "billion laughs").
MAX_ALIAS_EXPANSION = 1_000_000
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
        _check_depth(file, data)
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
    return LoadedDocument(path, raw, hashlib.sha256(raw).hexdigest(), data, tuple(diagnostics))


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


def _parse(file: str, suffix: str, text: str, diagnostics: list[Diagnostic]) -> Any:
    """JSON when named or looking so (falling back to YAML, with a warning); else YAML."""
    looks_json = suffix == ".json" or (
        suffix not in (".yaml", ".yml") and text.lstrip()[:1] in ("{", "[")
    )
    if not looks_json:
        return _load_yaml(file, text, diagnostics)
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        json_error = exc
    try:
        data = _load_yaml(file, text, diagnostics)
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


_BaseLoader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when available


class _Loader(_BaseLoader):  # type: ignore[misc]
    """Safe YAML loader whose mapping keys are the key text and whose timestamps stay strings."""

    duplicates: list[tuple[str, int]]

    def construct_mapping(self, node: Any, deep: bool = False) -> dict[str, Any]:
        self.flatten_mapping(node)
        mapping: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                raise yaml.constructor.ConstructorError(
                    None,
                    None,
                    "a mapping key must be a string, not a list or mapping",
                    key_node.start_mark,
                )
            key = str(key_node.value)
            if key in mapping:
                self.duplicates.append((key, key_node.start_mark.line + 1))
            mapping[key] = self.construct_object(value_node, deep=deep)
        return mapping

    def construct_yaml_timestamp(self, node: Any) -> str:
        return str(self.construct_scalar(node))


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _Loader.construct_yaml_timestamp)


def _load_yaml(file: str, text: str, diagnostics: list[Diagnostic]) -> Any:
    try:
        if "*" in text:  # an alias needs '*': only then is expansion worth bounding
            _check_aliases(file, text)
        loader = _Loader(text)
        loader.duplicates = []
        try:
            data = loader.get_single_data()
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        raise error(file, "", _yaml_message(exc), "fix the YAML syntax") from None
    except yaml.YAMLError as exc:  # e.g. ReaderError for control characters
        raise error(file, "", f"YAML error: {_one_line(str(exc))}", "fix the YAML syntax") from None
    diagnostics.extend(
        Diagnostic(
            Level.WARNING,
            file,
            "",
            f"duplicate key {key!r} at line {line}; the last one wins",
            "remove or rename one of them",
        )
        for key, line in loader.duplicates
    )
    return data


def _yaml_message(exc: yaml.MarkedYAMLError) -> str:
    kind = (
        "YAML error" if isinstance(exc, yaml.constructor.ConstructorError) else "YAML syntax error"
    )
    mark = exc.problem_mark or exc.context_mark
    problem = _one_line(exc.problem or exc.context or "invalid YAML")
    where = "" if mark is None else f" at line {mark.line + 1}, column {mark.column + 1}"
    context = ""
    if exc.context and exc.problem and exc.context_mark is not None and exc.context_mark != mark:
        started = exc.context_mark
        context = (
            f" ({_one_line(exc.context)} at line {started.line + 1}, column {started.column + 1})"
        )
    return f"{kind}{where}: {problem}{context}"


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _check_aliases(file: str, text: str) -> None:
    """Count aliases and the nodes they expand to from the event stream; raise past the bounds."""
    sizes: dict[str, int] = {}
    open_nodes: list[tuple[str | None, int]] = []  # (anchor, size so far)
    aliases = expansion = 0

    def add(size: int) -> None:
        if open_nodes:
            anchor, total = open_nodes[-1]
            open_nodes[-1] = (anchor, total + size)

    for event in yaml.parse(text, Loader=_Loader):
        if isinstance(event, yaml.AliasEvent):
            aliases += 1
            if event.anchor not in sizes:
                raise error(
                    file,
                    "",
                    f"YAML alias *{event.anchor} at line {event.start_mark.line + 1} "
                    "refers to a node that contains it (recursive alias)",
                    "replace the alias with a $ref",
                )
            expansion += sizes[event.anchor]
            if aliases > MAX_ALIASES or expansion > MAX_ALIAS_EXPANSION:
                raise error(
                    file,
                    "",
                    f"too many YAML aliases (more than {MAX_ALIASES} aliases or "
                    f"{MAX_ALIAS_EXPANSION} expanded nodes): refusing a possible alias bomb",
                    "use $ref instead of YAML anchors and aliases",
                )
            add(sizes[event.anchor])
        elif isinstance(event, yaml.ScalarEvent):
            if event.anchor is not None:
                sizes[event.anchor] = 1
            add(1)
        elif isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            open_nodes.append((event.anchor, 1))
        elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            anchor, total = open_nodes.pop()
            if anchor is not None:
                sizes[anchor] = total
            add(total)


def _check_depth(file: str, data: Any) -> None:
    """Reject nesting deeper than MAX_DEPTH (iteratively, so it cannot overflow itself)."""
    stack: list[tuple[Any, int]] = [(data, 0)]
    while stack:
        node, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise error(file, "", f"document nests deeper than {MAX_DEPTH} levels", _FIX_NESTING)
        if isinstance(node, dict):
            stack.extend((v, depth + 1) for v in node.values() if isinstance(v, (dict, list)))
        elif isinstance(node, list):
            stack.extend((v, depth + 1) for v in node if isinstance(v, (dict, list)))


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

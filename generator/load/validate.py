"""Validate a loaded document against the OpenAPI 3.0/3.1 specification, as warnings.

openapi-spec-validator does the checking in two passes: the JSON-schema pass
over the whole document, then its own "keyword" checks (schemas, parameters,
operationIds).  We run both ourselves so that every defect comes out (not only
the first), each keyword check is located (its errors carry no path of their
own) and a crash in one check (it assumes valid input) costs only that check.
Path parameters are checked here.  Verdicts are cached by the document's
sha256 (verdict_cache.py); no network is used: refs to other files are read with our own reader.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from generator.diagnostics import Diagnostic, GenerationError, Level, join_pointer
from generator.load.read import LoadedDocument, read_fragment
from generator.load.verdict_cache import cached_verdict, store_verdict
from generator.resolve.pointer import (
    PointerError,
    is_local_ref,
    iter_refs,
    parse_ref,
    resolve_pointer,
)

if TYPE_CHECKING:
    from jsonschema.exceptions import ValidationError  # type: ignore[import-untyped,unused-ignore]

__all__ = ["import_validator", "validate"]

MAX_MESSAGE = 200
MAX_REPR = 60
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_HINT_EXTENSION = "remove it, or if it is an extension, start its name with 'x-'"


def validate(doc: LoadedDocument) -> tuple[Diagnostic, ...]:
    """Every OpenAPI defect of ``doc`` as a located WARNING; never raises for a bad document."""
    cached = cached_verdict(doc)
    if cached is not None:
        return cached
    found = _without_explained_stops(_schema_pass(doc) + _keyword_pass(doc))
    unique = tuple(sorted(set(found), key=lambda d: (d.pointer, d.message)))
    store_verdict(doc, unique)
    return unique


def _schema_pass(doc: LoadedDocument) -> list[Diagnostic]:
    """The first half of `validate`: the document against the OpenAPI JSON schema.

    jsonschema-rs (the validator's own optional backend) first says whether there is anything to
    find, in milliseconds; only a document it rejects is walked by the Python jsonschema validator,
    whose errors say which rule failed where (the messages we report).
    """
    file = str(doc.path)
    found: list[Diagnostic] = []
    try:
        if _quickly_valid(doc):
            return found
        for err in _schema_validator(_version(doc)).iter_errors(doc.data):
            found.extend(_describe(file, err))
    except Exception as exc:  # noqa: BLE001 - never raise for a bad document
        found.append(_stopped(file, "", _why(exc)))
    return found


def _keyword_pass(doc: LoadedDocument) -> list[Diagnostic]:
    """The second half of `validate`: the validator's keyword checks, then our own."""
    base = _validator_class(doc)
    file = str(doc.path)
    found: list[Diagnostic] = []
    try:
        checker = _safe_validator_class(base)(doc.data, base_uri=doc.path.resolve().as_uri())
        for err in checker.root_validator(checker.schema_path):
            found.extend(_describe_located(file, doc.data, err))
    except Exception as exc:  # noqa: BLE001 - never raise for a bad document
        found.append(_stopped(file, "", _why(exc)))
    return found + _check_path_parameters(doc) + _check_local_refs(doc)


def import_validator() -> None:
    """Import the validators now (the worker does, before its first document arrives). The quick
    check of the whole document is built when first asked: only one of its two versions is."""
    import openapi_spec_validator  # noqa: F401

    _fast_meta_validator()


# --- openapi-spec-validator -------------------------------------------------------------------


def _version(doc: LoadedDocument) -> str:
    """The OpenAPI schema the document is checked against: "3.1", or "3.0" for anything else."""
    return "3.1" if str(doc.data.get("openapi")).startswith("3.1") else "3.0"


def _validator_class(doc: LoadedDocument) -> Any:
    from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator

    return OpenAPIV31SpecValidator if _version(doc) == "3.1" else OpenAPIV30SpecValidator


@functools.cache
def _schema_content(version: str) -> Any:
    """The OpenAPI schema openapi-spec-validator checks ``version`` against.

    Read with ``json`` from the validator's own file: its reader (``schema_v30``/``schema_v31``)
    opens the file through urllib (which reads the system's MIME types) and parses the JSON with a
    YAML parser, 40 ms in all. Should the file not be where the validator keeps it, its reader
    answers.
    """
    import openapi_spec_validator

    folder = Path(openapi_spec_validator.__file__).parent / "resources" / "schemas"
    try:
        return json.loads((folder / f"v{version}" / "schema.json").read_bytes())
    except (OSError, ValueError):
        from openapi_spec_validator.schemas import schema_v30, schema_v31

        return dict(schema_v31 if version == "3.1" else schema_v30)


@functools.cache
def _schema_validator(version: str) -> Any:
    """The Python jsonschema validator of the OpenAPI schema, as openapi-spec-validator makes it
    with its ``jsonschema`` backend (built here: its ``auto`` backend would pick jsonschema-rs,
    whose errors do not say which rule failed)."""
    from jsonschema.validators import validator_for  # type: ignore[import-untyped,unused-ignore]

    schema = _schema_content(version)
    return validator_for(schema)(schema)


@functools.cache
def _fast_validator(version: str) -> Any:
    """jsonschema-rs's validator of the OpenAPI schema (formats not asserted, as above), or None
    when there is none (then the Python walk does it all)."""
    try:
        import jsonschema_rs

        schema = _schema_content(version)
        return jsonschema_rs.validator_for(schema, validate_formats=False)
    except Exception:  # noqa: BLE001 - not installed, or it cannot build: no quick check
        return None


def _quickly_valid(doc: LoadedDocument) -> bool:
    """True when jsonschema-rs finds the document valid and its regexes cannot have disagreed with
    Python's; False when not, or when it cannot say."""
    fast = _fast_validator(_version(doc))
    try:
        return fast is not None and bool(fast.is_valid(doc.data)) and _plain_for_regexes(doc.data)
    except Exception:  # noqa: BLE001 - e.g. YAML values JSON has no type for: ask the Python walk
        return False


#: The values the OpenAPI schemas match against a ``pattern`` (keys are matched by
#: ``patternProperties`` and ``propertyNames``).
_PATTERN_CHECKED_VALUES = frozenset({"openapi", "scheme", "name"})


def _plain(value: object) -> bool:
    """Not a string, or a printable ASCII one."""
    return not isinstance(value, str) or (value.isascii() and value.isprintable())


def _plain_for_regexes(data: Any) -> bool:
    """True when every string the OpenAPI schemas match a regex against is printable ASCII.

    Python's ``re`` and jsonschema-rs read the schemas' patterns alike on such strings; they part
    on others (Python's ``$`` also matches before a final newline, its ``\\d`` takes any Unicode
    digit), so a key like ``"Foo\\n"`` under ``components/schemas`` would be checked by one and
    skipped by the other. The Python walk judges documents with such strings.
    """
    stack = [data]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            for key, value in node.items():
                if not (isinstance(key, str) and _plain(key)):
                    return False
                if key in _PATTERN_CHECKED_VALUES and not _plain(value):
                    return False
                if isinstance(value, (dict, list)):
                    stack.append(value)
        elif isinstance(node, list):
            stack.extend(item for item in node if isinstance(item, (dict, list)))
    return True


def _why(exc: Exception) -> str:
    if isinstance(exc, RecursionError):
        return "the document nests too deeply"
    return _shorten(f"{type(exc).__name__}: {exc}")


_STOPPED = "validation stopped early here: "


def _stopped(file: str, pointer: str, why: str) -> Diagnostic:
    return Diagnostic(
        Level.WARNING, file, pointer, _STOPPED + why, "fix the other problems reported here first"
    )


def _without_explained_stops(found: list[Diagnostic]) -> list[Diagnostic]:
    """Drop the "stopped early" notes that a defect at or under the same place explains."""
    defects = [d.pointer for d in found if not d.message.startswith(_STOPPED)]

    def explained(stop: Diagnostic) -> bool:
        return any(p == stop.pointer or p.startswith(stop.pointer + "/") for p in defects)

    return [d for d in found if not (d.message.startswith(_STOPPED) and explained(d))]


_SAFE_CLASSES: dict[Any, Any] = {}


def _safe_validator_class(base: Any) -> Any:
    """``base`` with every keyword check wrapped (see _wrap_keyword) and no network access."""
    if base not in _SAFE_CLASSES:
        keywords = {name: _wrap_keyword(cls) for name, cls in base.keyword_validators.items()}
        _SAFE_CLASSES[base] = type(
            f"Safe{base.__name__}",
            (base,),
            {"keyword_validators": keywords, "resolver_handlers": _FileOnlyHandlers()},
        )
    return _SAFE_CLASSES[base]


def _wrap_keyword(cls: type) -> type:
    """Subclass a keyword validator: its errors record where they were found; crashes are caught."""
    from jsonschema.exceptions import ValidationError
    from jsonschema_path import SchemaPath
    from openapi_spec_validator.validation.keywords import ValueValidator

    def __call__(self: Any, *args: Any, **kwargs: Any) -> Iterator[ValidationError]:
        location = next((a for a in args if isinstance(a, SchemaPath)), None)
        parts: tuple[Any, ...] = tuple(location.parts) if location is not None else ()
        if isinstance(self, ValueValidator):
            parts += ("default",)
        try:
            for err in cls.__call__(self, *args, **kwargs):
                if not hasattr(err, "sdkgen_parts"):
                    err.sdkgen_parts = parts
                yield err
        except Exception as exc:  # noqa: BLE001 - checks assume valid input; a crash ends one
            crash = ValidationError(f"{type(exc).__name__}: {exc}")
            crash.sdkgen_parts = parts
            crash.sdkgen_crash = exc
            yield crash

    namespace: dict[str, Any] = {"__call__": __call__}
    from openapi_spec_validator.validation.keywords import OpenAPIV30SchemaValidator

    if issubclass(cls, OpenAPIV30SchemaValidator):
        namespace["_validate_schema_meta"] = _quick_meta_check(cls)
    return type(cls.__name__, (cls,), namespace)


def _quick_meta_check(cls: Any) -> Callable[..., Any]:
    """``cls._validate_schema_meta`` (a schema against the JSON Schema draft 4 meta-schema, by the
    Python walk: the largest part of the keyword pass) asked only when jsonschema-rs cannot vouch
    for the schema.

    The Python check also asserts the meta-schema's one format, ``regex`` (a ``pattern`` must
    compile with ``re``), which jsonschema-rs checks by other rules: so every string under a
    ``pattern`` key, schema or not, must compile too, or the Python walk decides.
    """

    def _validate_schema_meta(self: Any, schema: Any, schema_value: Any) -> Any:
        if _meta_quickly_valid(schema_value):
            return None
        return cls._validate_schema_meta(self, schema, schema_value)

    return _validate_schema_meta


@functools.cache
def _fast_meta_validator() -> Any:
    """jsonschema-rs's validator of the draft 4 meta-schema (formats not asserted), or None."""
    try:
        import jsonschema_rs
        from openapi_schema_validator.validators import OAS30Validator

        meta_schema = dict(OAS30Validator.META_SCHEMA)
        return jsonschema_rs.validator_for(meta_schema, validate_formats=False)
    except Exception:  # noqa: BLE001 - not installed, or it cannot build: no quick check
        return None


def _meta_quickly_valid(schema_value: Any) -> bool:
    """True when jsonschema-rs finds ``schema_value`` a valid draft 4 schema and every ``pattern``
    string in it compiles; False when not, or when it cannot say. (The draft 4 meta-schema has no
    regex of its own for the two to read differently.)"""
    fast = _fast_meta_validator()
    try:
        if fast is None or not fast.is_valid(schema_value):
            return False
    except Exception:  # noqa: BLE001 - values JSON has no type for: ask the Python walk
        return False
    for pattern in _pattern_strings(schema_value):
        try:
            re.compile(pattern)
        except (re.error, RecursionError, OverflowError):
            return False
    return True


def _pattern_strings(value: Any) -> Iterator[str]:
    """Every string under a ``pattern`` key anywhere in ``value``."""
    stack = [value]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            for key, item in node.items():
                if key == "pattern" and isinstance(item, str):
                    yield item
                else:
                    stack.append(item)
        elif isinstance(node, list):
            stack.extend(node)


class _FileOnlyHandlers(dict[str, Callable[[str], Any]]):
    """Resolver handlers: files through our own (bounded) reader, every other scheme refused."""

    def __contains__(self, scheme: object) -> bool:
        return True

    def __missing__(self, scheme: str) -> Callable[[str], Any]:
        return _read_file_uri if scheme == "file" else _refuse_uri


def _read_file_uri(uri: str) -> Any:
    from jsonschema_path.handlers.utils import uri_to_path

    return read_fragment(Path(uri_to_path(uri))).data


def _refuse_uri(uri: str) -> Any:
    raise ValueError(f"not fetched (sdkgen uses no network): {uri}")


# --- errors -> diagnostics --------------------------------------------------------------------


def _describe_located(file: str, data: dict[str, Any], err: ValidationError) -> list[Diagnostic]:
    """A keyword-check error: its recorded location (through local $refs), then its own path."""
    pointer = _physical_pointer(data, tuple(getattr(err, "sdkgen_parts", ())))
    crash = getattr(err, "sdkgen_crash", None)
    if crash is not None:
        diagnostic = _crash_diagnostic(file, pointer, crash)
        return [] if diagnostic is None else [diagnostic]
    name = type(err).__name__
    if name == "UnresolvableParameterError":
        return []  # _check_path_parameters reports these, with better pointers
    if name == "DuplicateOperationIDError":
        pointer = join_pointer(pointer, "operationId")
        return [
            Diagnostic(
                Level.WARNING,
                file,
                pointer,
                f"operationId {_value_at(data, pointer)!r} is not unique",
                "give every operation its own operationId",
            )
        ]
    if name == "ParameterDuplicateError":
        return [
            Diagnostic(
                Level.WARNING,
                file,
                pointer,
                _shorten(err.message),
                "a parameter's name and location must be unique",
            )
        ]
    return _describe(file, err, base=pointer)


def _crash_diagnostic(file: str, pointer: str, crash: BaseException) -> Diagnostic | None:
    """Say why a keyword check could not finish: an unresolvable $ref, or a crash on bad input."""
    refs = (getattr(e, "ref", None) for e in _chain(crash))
    ref = next((r for r in refs if isinstance(r, str)), None)
    if ref is None:
        return _stopped(file, pointer, _why(crash) if isinstance(crash, Exception) else str(crash))
    if ref.startswith(("#", "/")):
        return None  # a local ref (or its JSON pointer): _check_local_refs reports it where it is
    cause = next((e for e in _chain(crash) if isinstance(e, GenerationError)), None)
    why, hint = "it cannot be resolved", "sdkgen reads local files only: $ref them by path"
    if cause is not None:  # the referenced file is missing or unreadable
        why, hint = cause.diagnostics[0].message, cause.diagnostics[0].hint or hint
    return Diagnostic(
        Level.WARNING, file, pointer, _shorten(f"$ref {ref!r} not checked: {why}"), hint
    )


def _chain(exc: BaseException | None) -> Iterator[BaseException]:
    """``exc`` and the exceptions it was raised from."""
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        yield exc
        exc = exc.__cause__ or exc.__context__


def _describe(file: str, err: ValidationError, base: str = "") -> list[Diagnostic]:
    """One jsonschema error as diagnostics with short messages (oneOf/anyOf: likeliest branch)."""
    found: list[Diagnostic] = []
    leaves = _leaves(err)
    located = {tuple(leaf.absolute_path) for leaf in leaves if not _ambiguous(leaf)}
    for leaf in leaves:
        if _ambiguous(leaf) and tuple(leaf.absolute_path) in located:
            continue  # "valid under several oneOf branches" follows from the defects here
        pointer = join_pointer(base, *leaf.absolute_path)
        if leaf.validator == "additionalProperties" and isinstance(leaf.instance, dict):
            schema = leaf.schema if isinstance(leaf.schema, dict) else {}
            unexpected = _unexpected_keys(leaf.instance, schema)
            if unexpected:
                found.extend(
                    Diagnostic(
                        Level.WARNING,
                        file,
                        join_pointer(pointer, key),
                        f"unexpected key {_short_repr(key)}",
                        _HINT_EXTENSION,
                    )
                    for key in unexpected
                )
                continue
        hint = _HINT_EXTENSION if leaf.validator == "unevaluatedProperties" else None
        found.append(Diagnostic(Level.WARNING, file, pointer, _message(leaf), hint))
    return found


def _ambiguous(err: ValidationError) -> bool:
    return bool(err.validator == "oneOf" and not err.context)


def _leaves(err: ValidationError) -> list[ValidationError]:
    """The errors explaining ``err``: for oneOf/anyOf, those of the branch that fits best."""
    if err.validator not in ("oneOf", "anyOf") or not err.context:
        return [err]
    branches: dict[Any, list[ValidationError]] = {}
    for sub in err.context:
        branches.setdefault(sub.schema_path[0] if sub.schema_path else None, []).append(sub)

    def fit(errors: list[ValidationError]) -> tuple[bool, int, int]:
        wants_ref = any(
            e.validator == "required"
            and "$ref" in e.validator_value
            and isinstance(e.instance, dict)
            and "$ref" not in e.instance
            for e in errors
        )
        wrong_type = any(e.validator == "type" and not e.relative_path for e in errors)
        depth = max(len(e.relative_path) for e in errors)
        return (not (wants_ref or wrong_type), depth, -len(errors))

    best = max(branches.values(), key=fit)
    return [leaf for sub in best for leaf in _leaves(sub)]


def _unexpected_keys(instance: dict[str, Any], schema: dict[str, Any]) -> list[str]:
    known = schema.get("properties", {})
    patterns = list(schema.get("patternProperties", {}))
    return [
        str(k)
        for k in instance
        if k not in known and not any(re.search(p, str(k)) for p in patterns)
    ]


def _message(err: ValidationError) -> str:
    if _ambiguous(err):
        return "matches more than one of the 'oneOf' alternatives"
    message = err.message
    full = repr(err.instance)
    if len(full) > MAX_REPR and full in message:
        message = message.replace(full, _short_repr(err.instance))
    return _shorten(message)


def _short_repr(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= MAX_REPR else text[: MAX_REPR - 3] + "..."


def _shorten(message: str) -> str:
    message = " ".join(message.split())
    return message if len(message) <= MAX_MESSAGE else message[: MAX_MESSAGE - 3] + "..."


def _value_at(data: Any, pointer: str) -> Any:
    try:
        return resolve_pointer(data, pointer)
    except PointerError:
        return None


def _physical_pointer(data: Any, parts: tuple[Any, ...]) -> str:
    """The pointer where ``parts`` (a path that may pass through local $refs) really lands."""
    pointer, node = "", data
    for index, part in enumerate(parts):
        seen: set[str] = set()
        while isinstance(node, dict) and isinstance(node.get("$ref"), str) and part not in node:
            ref = node["$ref"]
            if not is_local_ref(ref) or ref in seen:
                return join_pointer(pointer, *parts[index:])
            seen.add(ref)
            try:
                pointer = parse_ref(ref)
                node = resolve_pointer(data, pointer)
            except (PointerError, ValueError):
                return join_pointer(pointer, *parts[index:])
        pointer = join_pointer(pointer, part)
        if isinstance(node, dict):
            node = node.get(str(part))
        elif isinstance(node, list) and isinstance(part, int) and part < len(node):
            node = node[part]
        else:
            node = None
    return _follow(data, pointer, node)[0]


# --- our own checks ---------------------------------------------------------------------------


def _check_path_parameters(doc: LoadedDocument) -> list[Diagnostic]:
    """Every ``{name}`` in a path template must be a declared path parameter, and vice versa."""
    file, data = str(doc.path), doc.data
    paths = data.get("paths")
    if not isinstance(paths, dict):
        return []
    found: list[Diagnostic] = []
    for template, item in paths.items():
        item_pointer = join_pointer("/paths", template)
        item_pointer, item = _follow(data, item_pointer, item)
        if not isinstance(item, dict):
            continue
        used = re.findall(r"\{([^{}]+)\}", str(template))
        shared = _path_parameters(
            data, join_pointer(item_pointer, "parameters"), item.get("parameters")
        )
        for method in METHODS:
            operation = item.get(method)
            if not isinstance(operation, dict):
                continue
            op_pointer = join_pointer(item_pointer, method)
            own = _path_parameters(
                data, join_pointer(op_pointer, "parameters"), operation.get("parameters")
            )
            declared = {**shared, **own}
            found.extend(
                Diagnostic(
                    Level.WARNING,
                    file,
                    op_pointer,
                    f"path parameter {name!r} of {template!r} is not declared",
                    f"add a parameter with name: {name} and in: path",
                )
                for name in dict.fromkeys(used)
                if name not in declared
            )
            found.extend(
                Diagnostic(
                    Level.WARNING,
                    file,
                    pointer,
                    f"path parameter {name!r} is not in the path template {template!r}",
                    "rename it to match the template, or remove it",
                )
                for name, pointer in declared.items()
                if name not in used
            )
    return found


def _path_parameters(data: Any, pointer: str, parameters: Any) -> dict[str, str]:
    """``{name: pointer}`` of the ``in: path`` parameters of a list (local $refs followed)."""
    found: dict[str, str] = {}
    if not isinstance(parameters, list):
        return found
    for index, parameter in enumerate(parameters):
        where, parameter = _follow(data, join_pointer(pointer, index), parameter)
        if isinstance(parameter, dict) and parameter.get("in") == "path" and "name" in parameter:
            found[str(parameter["name"])] = where
    return found


def _follow(data: Any, pointer: str, node: Any) -> tuple[str, Any]:
    """Follow local $refs from ``node`` (found at ``pointer``) to the node they name."""
    seen: set[str] = set()
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        ref = node["$ref"]
        if not is_local_ref(ref) or ref in seen:
            break
        seen.add(ref)
        try:
            target = parse_ref(ref)
            node = resolve_pointer(data, target)
        except (PointerError, ValueError):
            break
        pointer = target
    return pointer, node


def _check_local_refs(doc: LoadedDocument) -> list[Diagnostic]:
    """Every ``#/...`` ref must name something in the document."""
    found: list[Diagnostic] = []
    for pointer, node in iter_refs(doc.data):
        ref = node["$ref"]
        if not is_local_ref(ref):
            continue
        try:
            resolve_pointer(doc.data, parse_ref(ref))
        except PointerError as exc:
            reason = f"{exc.reason} at '{exc.failed_at}'"
        except ValueError as exc:
            reason = str(exc)
        else:
            continue
        found.append(
            Diagnostic(
                Level.WARNING,
                str(doc.path),
                join_pointer(pointer, "$ref"),
                _shorten(f"$ref target not found: {ref} ({reason})"),
                "point it at an existing part of the document",
            )
        )
    return found

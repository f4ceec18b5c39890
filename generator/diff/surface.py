"""The client surface: what code that uses a generated client sees, as plain frozen data.

For each operation ``resource.method`` (the names the naming stage assigns) with its ``METHOD /path``:
its parameters (Python name, positional or keyword, required or not, type text in the ``param``
context without the ``| NotGiven`` of optional keywords) and its return type; for each model class
its fields (Python name, wire name, model-context type text, required, the enum values the spec
documents for an open ``str``/``int`` field); for each type alias its text. Models and aliases record
whether requests, responses or neither reach them.

The surface is read from :class:`generator.render.plan.Planner`, so it is exactly what the templates
render; nothing here re-derives a name or a type.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from generator.config import Config
from generator.diff.typetext import identifiers, normalize
from generator.ir.build import build_api
from generator.ir.model import (
    Api,
    ArraySchema,
    IntegerSchema,
    MapSchema,
    ObjectSchema,
    RefSchema,
    Schema,
    StringSchema,
    UnionSchema,
)
from generator.load.read import read_document
from generator.naming.assign import Names, assign_names
from generator.render.plan import Planner
from generator.resolve.external import resolve_external

Usage = Literal["request", "response"]
ParamKind = Literal["positional", "keyword"]
PAGE_TYPE = "SyncPage"
_NOT_GIVEN = " | NotGiven"
_MAX_DEPTH = 32


@dataclass(frozen=True)
class Param:
    """One argument of a client method."""

    name: str
    wire: str  # "" for a whole request body
    location: str  # path, query, header, cookie or body
    kind: ParamKind
    required: bool
    type: str
    deprecated: bool = False


@dataclass(frozen=True)
class Operation:
    """One client method and the HTTP operation it calls."""

    resource: str
    method: str
    http_method: str  # upper case
    path: str
    params: tuple[Param, ...]
    returns: str
    deprecated: bool = False

    @property
    def qualname(self) -> str:
        return f"{self.resource}.{self.method}"

    @property
    def endpoint(self) -> str:
        return f"{self.http_method} {self.path}"

    def param(self, name: str) -> Param | None:
        return next((p for p in self.params if p.name == name), None)


@dataclass(frozen=True)
class Field:
    """One attribute of a model class."""

    name: str
    wire: str
    type: str
    required: bool
    enum: tuple[str, ...] = ()  # documented values of an open enum, as Python reprs


@dataclass(frozen=True)
class Model:
    name: str
    fields: tuple[Field, ...]
    usage: frozenset[Usage] = frozenset()

    def field(self, name: str) -> Field | None:
        return next((f for f in self.fields if f.name == name), None)


@dataclass(frozen=True)
class Alias:
    name: str
    type: str
    usage: frozenset[Usage] = frozenset()


@dataclass(frozen=True)
class Surface:
    operations: tuple[Operation, ...]
    models: tuple[Model, ...]
    aliases: tuple[Alias, ...]
    docs_digest: str = ""  # sha256 of every docstring and the API's title, version and description

    def alias_texts(self) -> dict[str, str]:
        return {a.name: a.type for a in self.aliases}


# -- building ---------------------------------------------------------------------------------------


def build_surface(api: Api, names: Names, config: Config, file: str) -> Surface:
    """The surface of a named API, read from the planner's models and resources."""
    planner = Planner(api, names, config, file)
    models = planner.models()
    resources = planner.resources()
    operations = tuple(
        _operation(r["attr"], m, _import_aliases(r)) for r in resources for m in r["methods"]
    )
    enums = _field_enums(api, names)
    classes = [
        Model(
            c["name"],
            tuple(
                Field(
                    f["name"],
                    f["wire"],
                    normalize(f["type"]),
                    bool(f["required"]),
                    enums.get((c["name"], f["wire"]), ()),
                )
                for f in c["fields"]
            ),
        )
        for c in models["classes"]
    ]
    aliases = [Alias(a["name"], normalize(a["type"])) for a in models["aliases"]]
    # a paginated method returns pages, but its page class is still what the server sends
    pages = [str(m["response_type"]) for r in resources for m in r["methods"] if m["pagination"]]
    usage = _usage(operations, classes, aliases, pages)
    return Surface(
        operations=operations,
        models=tuple(
            Model(m.name, m.fields, usage.get(m.name, frozenset()))
            for m in sorted(classes, key=lambda m: m.name)
        ),
        aliases=tuple(
            Alias(a.name, a.type, usage.get(a.name, frozenset()))
            for a in sorted(aliases, key=lambda a: a.name)
        ),
        docs_digest=_docs_digest(api, models, resources),
    )


def _import_aliases(resource: Mapping[str, Any]) -> dict[str, str]:
    """Models a resource module imports under another name (``Databases as DatabasesModel``)."""
    aliases: dict[str, str] = {}
    for model in resource.get("models", ()):
        if isinstance(model, Mapping) and model.get("alias"):
            aliases[str(model["alias"])] = str(model["name"])
    return aliases


def _operation(resource: str, m: Mapping[str, Any], aliases: Mapping[str, str]) -> Operation:
    where: dict[str, tuple[str, str]] = {}
    for p in m["path_params"]:
        where[p["name"]] = ("path", p["wire"])
    for location, group in (("query", "query"), ("header", "headers"), ("cookie", "cookies")):
        for p in m[group]:
            where[p["name"]] = (location, p["wire"])
    body = m["body"]
    if body is not None:
        if body["whole"]:
            where[body["whole"]] = ("body", "")
        for f in body["fields"]:
            where[f["name"]] = ("body", f["wire"])
    deprecated = set(m["deprecated_params"])
    params = [
        Param(
            p["name"],
            where.get(p["name"], ("", p["wire"]))[1],
            where.get(p["name"], ("", ""))[0],
            "positional",
            True,
            normalize(p["type"], aliases),
            p["name"] in deprecated,
        )
        for p in m["positional"]
    ]
    for k in m["keywords"]:
        text = normalize(k["type"], aliases)
        required = k["default"] is None
        if not required and text.endswith(_NOT_GIVEN):
            text = text[: -len(_NOT_GIVEN)]
        location, wire = where.get(k["name"], ("", k["wire"]))
        params.append(
            Param(k["name"], wire, location, "keyword", required, text, k["name"] in deprecated)
        )
    pagination = m["pagination"]
    returns = f"{PAGE_TYPE}[{pagination['item_type']}]" if pagination else str(m["response_type"])
    return Operation(
        resource=resource,
        method=m["name"],
        http_method=str(m["http_method"]).upper(),
        path=m["path"],
        params=tuple(params),
        returns=normalize(returns, aliases),
        deprecated=bool(m["deprecated"]),
    )


def _usage(
    operations: Iterable[Operation],
    models: Iterable[Model],
    aliases: Iterable[Alias],
    responses: Iterable[str] = (),
) -> dict[str, frozenset[Usage]]:
    """Which classes and aliases requests (parameter types) and responses (return types and the
    ``responses`` types) reach."""
    mentions: dict[str, set[str]] = {}
    for model in models:
        mentions[model.name] = set().union(*(identifiers(f.type) for f in model.fields))
    for alias in aliases:
        mentions[alias.name] = identifiers(alias.type)
    roots: dict[Usage, set[str]] = {"request": set(), "response": set()}
    for op in operations:
        for p in op.params:
            roots["request"] |= identifiers(p.type)
        roots["response"] |= identifiers(op.returns)
    for text in responses:
        roots["response"] |= identifiers(text)
    usage: dict[str, set[Usage]] = {}
    for kind, names in roots.items():
        todo = [n for n in names if n in mentions]
        seen: set[str] = set()
        while todo:
            name = todo.pop()
            if name in seen:
                continue
            seen.add(name)
            usage.setdefault(name, set()).add(kind)
            todo.extend(n for n in mentions[name] if n in mentions and n not in seen)
    return {name: frozenset(kinds) for name, kinds in usage.items()}


def _field_enums(api: Api, names: Names) -> dict[tuple[str, str], tuple[str, ...]]:
    """(class name, wire name) -> the enum values the spec gives the field (models keep them open)."""
    components = {n.key: n.schema for n in api.schemas}
    enums: dict[tuple[str, str], tuple[str, ...]] = {}
    for obj in _objects(api):
        name = names.classes.get(obj.meta.pointer)
        if name is None:
            continue
        for prop in obj.properties:
            values = _enum_values(prop.schema, components, 0)
            if values:
                enums.setdefault((name, prop.wire_name), values)
    return enums


def _objects(api: Api) -> Iterator[ObjectSchema]:
    """Every object schema, components first, then in document order (as the planner emits them)."""
    seen: set[str] = set()

    def walk(schema: Schema, depth: int) -> Iterator[ObjectSchema]:
        if depth > _MAX_DEPTH:
            return
        if isinstance(schema, ObjectSchema):
            if schema.meta.pointer in seen:
                return
            seen.add(schema.meta.pointer)
            yield schema
            for prop in schema.properties:
                yield from walk(prop.schema, depth + 1)
            if isinstance(schema.additional, (ObjectSchema, ArraySchema, MapSchema, UnionSchema)):
                yield from walk(schema.additional, depth + 1)
        elif isinstance(schema, ArraySchema):
            yield from walk(schema.items, depth + 1)
        elif isinstance(schema, MapSchema):
            yield from walk(schema.values, depth + 1)
        elif isinstance(schema, UnionSchema):
            for variant in schema.variants:
                yield from walk(variant, depth + 1)

    for named in api.schemas:
        yield from walk(named.schema, 0)
    for op in api.operations:
        for param in op.parameters:
            yield from walk(param.schema, 0)
        if op.request_body is not None:
            yield from walk(op.request_body.schema, 0)
        for response in op.responses:
            if response.schema is not None:
                yield from walk(response.schema, 0)


def _enum_values(schema: Schema, components: Mapping[str, Schema], depth: int) -> tuple[str, ...]:
    if depth > _MAX_DEPTH:
        return ()
    if isinstance(schema, (StringSchema, IntegerSchema)):
        return tuple(repr(v) for v in schema.enum or ())
    if isinstance(schema, RefSchema):
        target = components.get(schema.key)
        return _enum_values(target, components, depth + 1) if target is not None else ()
    if isinstance(schema, ArraySchema):
        return _enum_values(schema.items, components, depth + 1)
    if isinstance(schema, UnionSchema):
        values: list[str] = []
        for variant in schema.variants:
            values += [v for v in _enum_values(variant, components, depth + 1) if v not in values]
        return tuple(values)
    return ()


def _docs_digest(api: Api, models: Mapping[str, Any], resources: list[dict[str, Any]]) -> str:
    docs: list[Any] = [api.title, api.version, api.description]
    for c in models["classes"]:
        docs.append([c["name"], c["doc"], [f["doc"] for f in c["fields"]]])
    for a in models["aliases"]:
        docs.append([a["name"], a["doc"]])
    for r in resources:
        for m in r["methods"]:
            docs.append([r["attr"], m["name"], m["doc"]])
    return hashlib.sha256(json.dumps(docs, sort_keys=True).encode()).hexdigest()


# -- loading ----------------------------------------------------------------------------------------

_CACHE: dict[tuple[str, int, int, Config], Surface] = {}


def load_surface(spec: Path, config: Config, display_name: str | None = None) -> Surface:
    """Read a spec file and build its surface (load, resolve, IR, names, plan; no validation).

    Surfaces are cached in-process by file (path, size, mtime) and config.
    """
    stat = spec.stat() if spec.is_file() else None
    key = (str(spec.resolve()), stat.st_mtime_ns, stat.st_size, config) if stat else None
    if key is not None and key in _CACHE:
        return _CACHE[key]
    file = display_name or str(spec)
    document = read_document(spec)
    api, _ = build_api(resolve_external(document), file)
    names, _ = assign_names(api, config, file)
    surface = build_surface(api, names, config, file)
    if key is not None:
        _CACHE[key] = surface
    return surface


def clear_cache() -> None:
    _CACHE.clear()

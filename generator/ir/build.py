"""Normalized OpenAPI document -> :class:`Api`. Pure: no names, no Jinja, no type strings.

Nothing is dropped silently: an undeclared path parameter is inferred (with a warning), a parameter or
body that cannot be understood degrades to ``Any`` (with a warning), webhooks and callbacks are skipped
with an info line.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from generator.diagnostics import Diagnostic, Level, join_pointer
from generator.ir.model import (
    AnySchema,
    Api,
    BodyEncoding,
    Meta,
    NamedSchema,
    Operation,
    Parameter,
    ParameterLocation,
    RequestBody,
    Response,
    ResponseKind,
    Schema,
    SecurityRequirement,
    SecurityScheme,
    Server,
    ServerVariable,
    StringSchema,
)
from generator.ir.schemas import SchemaBuilder

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_PATH_TEMPLATE = re.compile(r"\{([^{}]+)\}")
_LOCATIONS: tuple[ParameterLocation, ...] = ("path", "query", "header", "cookie")
_MAX_REF_HOPS = 64


class _Lookup:
    """Follows local JSON pointers in one document."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        self._data = data

    def __call__(self, ref: str) -> Any:
        if not ref.startswith("#"):
            raise KeyError(ref)
        node: Any = self._data
        pointer = ref[1:]
        if not pointer:
            return node
        if not pointer.startswith("/"):
            raise KeyError(ref)
        for token in pointer[1:].split("/"):
            token = _unquote(token).replace("~1", "/").replace("~0", "~")
            if isinstance(node, Mapping) and token in node:
                node = node[token]
            elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
                node = node[int(token)]
            else:
                raise KeyError(ref)
        return node


def _unquote(token: str) -> str:
    if "%" not in token:
        return token
    from urllib.parse import unquote

    return unquote(token)


class ApiBuilder:
    def __init__(self, data: Mapping[str, Any], file: str) -> None:
        self.data = data
        self.file = file
        self.diagnostics: list[Diagnostic] = []
        self.lookup = _Lookup(data)
        components = data.get("components")
        components = components if isinstance(components, Mapping) else {}
        schemas = components.get("schemas")
        self.component_schemas: Mapping[str, Any] = schemas if isinstance(schemas, Mapping) else {}
        self.schemas = SchemaBuilder(file, self.component_schemas, self.lookup, self.diagnostics)

    def note(self, level: Level, pointer: str, message: str, hint: str | None = None) -> None:
        self.diagnostics.append(Diagnostic(level, self.file, pointer, message, hint))

    # -- refs --------------------------------------------------------------------------------
    def deref(self, node: Any, pointer: str) -> tuple[Any, str]:
        """Follow ``$ref`` chains of non-schema objects (parameters, bodies, responses)."""
        hops = 0
        while isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            hops += 1
            if hops > _MAX_REF_HOPS:
                self.note(
                    Level.WARNING, pointer, f"reference chain through {ref} is too long or cyclic"
                )
                return {}, pointer
            try:
                node, pointer = (self.lookup(ref), ref[1:])
            except KeyError:
                self.note(
                    Level.WARNING,
                    join_pointer(pointer, "$ref"),
                    f"reference {ref} points at nothing; ignored",
                    "fix the reference",
                )
                return {}, pointer
        return node, pointer

    # -- document --------------------------------------------------------------------------------
    def build(self) -> Api:
        info = self.data.get("info") if isinstance(self.data.get("info"), Mapping) else {}
        assert isinstance(info, Mapping)
        named = tuple(
            NamedSchema(
                str(key), self.schemas.build(raw, join_pointer("/components/schemas", str(key)))
            )
            for key, raw in self.component_schemas.items()
        )
        operations = self._operations()
        for keyword in ("webhooks",):
            if isinstance(self.data.get(keyword), Mapping) and self.data[keyword]:
                self.note(Level.INFO, "/" + keyword, f"{keyword} are not part of a client; skipped")
        license_info = info.get("license")
        return Api(
            title=_str(info.get("title")) or "API",
            version=str(info.get("version") or "0.0.0"),
            description=_str(info.get("description")),
            servers=self._servers(),
            operations=operations,
            schemas=named,
            security_schemes=self._security_schemes(),
            security=self._security(self.data.get("security"), "/security"),
            license_name=_str(license_info.get("name"))
            if isinstance(license_info, Mapping)
            else None,
        )

    def _servers(self) -> tuple[Server, ...]:
        raw = self.data.get("servers")
        if not isinstance(raw, list):
            return ()
        servers: list[Server] = []
        for server in raw:
            if not isinstance(server, Mapping) or not isinstance(server.get("url"), str):
                continue
            variables = server.get("variables")
            servers.append(
                Server(
                    url=server["url"],
                    description=_str(server.get("description")),
                    variables=tuple(
                        ServerVariable(
                            name=str(name),
                            default=str(var.get("default", "")),
                            enum=tuple(str(e) for e in var["enum"])
                            if isinstance(var.get("enum"), list)
                            else None,
                            description=_str(var.get("description")),
                        )
                        for name, var in (
                            variables.items() if isinstance(variables, Mapping) else ()
                        )
                        if isinstance(var, Mapping)
                    ),
                )
            )
        return tuple(servers)

    def _security_schemes(self) -> tuple[SecurityScheme, ...]:
        components = self.data.get("components")
        raw = components.get("securitySchemes") if isinstance(components, Mapping) else None
        if not isinstance(raw, Mapping):
            return ()
        schemes: list[SecurityScheme] = []
        for key, scheme in raw.items():
            pointer = join_pointer("/components/securitySchemes", str(key))
            scheme, pointer = self.deref(scheme, pointer)
            if not isinstance(scheme, Mapping):
                continue
            kind = scheme.get("type")
            desc = _str(scheme.get("description"))
            if kind == "http" and str(scheme.get("scheme", "")).lower() == "basic":
                schemes.append(SecurityScheme(str(key), "basic", description=desc))
            elif kind == "http" and str(scheme.get("scheme", "")).lower() != "bearer":
                self.note(
                    Level.WARNING,
                    pointer,
                    f"HTTP auth scheme {scheme.get('scheme')!r} is not supported; ignored",
                    "the client supports bearer, basic and apiKey",
                )
            elif kind == "http" or kind in ("oauth2", "openIdConnect"):
                if kind != "http":
                    self.note(
                        Level.INFO,
                        pointer,
                        f"{kind} is supported as a bearer token the caller obtains",
                    )
                schemes.append(SecurityScheme(str(key), "bearer", description=desc))
            elif kind == "apiKey" and scheme.get("in") in ("header", "query", "cookie"):
                schemes.append(
                    SecurityScheme(
                        str(key),
                        "api_key",
                        location=scheme["in"],
                        param_name=str(scheme.get("name", "")),
                        description=desc,
                    )
                )
            else:
                self.note(
                    Level.WARNING,
                    pointer,
                    f"security scheme type {kind!r} is not supported; ignored",
                )
        return tuple(schemes)

    def _security(self, raw: Any, pointer: str) -> SecurityRequirement | None:
        if not isinstance(raw, list):
            return None
        alternatives: list[tuple[str, ...]] = []
        for requirement in raw:
            if isinstance(requirement, Mapping):
                keys = tuple(str(k) for k in requirement)
                if keys not in alternatives:
                    alternatives.append(keys)
        return tuple(alternatives)

    # -- operations -------------------------------------------------------------------------------
    def _operations(self) -> tuple[Operation, ...]:
        paths = self.data.get("paths")
        if not isinstance(paths, Mapping):
            return ()
        operations: list[Operation] = []
        for path, item in paths.items():
            item_pointer = join_pointer("/paths", str(path))
            item, item_pointer = self.deref(item, item_pointer)
            if not isinstance(item, Mapping):
                continue
            shared = _list(item.get("parameters"))
            for method in item:
                if method not in HTTP_METHODS or not isinstance(item[method], Mapping):
                    continue
                operations.append(
                    self._operation(str(path), method, item[method], shared, item_pointer)
                )
        return tuple(operations)

    def _operation(
        self, path: str, method: str, raw: Mapping[str, Any], shared: list[Any], item_pointer: str
    ) -> Operation:
        pointer = join_pointer(item_pointer, method)
        if isinstance(raw.get("callbacks"), Mapping) and raw["callbacks"]:
            self.note(
                Level.INFO,
                join_pointer(pointer, "callbacks"),
                "callbacks are not part of a client; skipped",
            )
        operation_id = raw.get("operationId")
        tags = _list(raw.get("tags"))
        return Operation(
            pointer=pointer,
            method=method,
            path=path,
            operation_id=operation_id
            if isinstance(operation_id, str) and operation_id.strip()
            else None,
            parameters=self._parameters(path, raw, shared, pointer, item_pointer),
            request_body=self._request_body(
                raw.get("requestBody"), join_pointer(pointer, "requestBody")
            ),
            responses=self._responses(raw.get("responses"), join_pointer(pointer, "responses")),
            summary=_str(raw.get("summary")),
            description=_str(raw.get("description")),
            deprecated=raw.get("deprecated") is True,
            tags=tuple(str(t) for t in tags),
            security=self._security(raw.get("security"), join_pointer(pointer, "security")),
        )

    def _parameters(
        self, path: str, raw: Mapping[str, Any], shared: list[Any], pointer: str, item_pointer: str
    ) -> tuple[Parameter, ...]:
        found: dict[tuple[str, str], Parameter] = {}
        own = _list(raw.get("parameters"))
        sources = [
            (shared, join_pointer(item_pointer, "parameters")),
            (own, join_pointer(pointer, "parameters")),
        ]
        for items, base in sources:
            for i, entry in enumerate(items):
                param = self._parameter(entry, join_pointer(base, i))
                if param is not None:
                    found[(param.location, param.name)] = param
        in_template = _PATH_TEMPLATE.findall(path)
        for name in in_template:
            if ("path", name) not in found:
                self.note(
                    Level.WARNING,
                    pointer,
                    f"path parameter {name!r} is used in {path} but not declared; inferred as a required string",
                    "declare it under `parameters` with `in: path`",
                )
                found[("path", name)] = Parameter(
                    name=name,
                    location="path",
                    required=True,
                    schema=StringSchema(Meta(pointer)),
                    pointer=pointer,
                    inferred=True,
                )
        for (location, name), param in list(found.items()):
            if location == "path" and name not in in_template:
                self.note(
                    Level.WARNING,
                    param.pointer,
                    f"path parameter {name!r} does not appear in {path}; ignored",
                    "remove it or use it in the path template",
                )
                del found[(location, name)]
        path_params = sorted(
            (p for p in found.values() if p.location == "path"),
            key=lambda p: in_template.index(p.name),
        )
        others = [p for p in found.values() if p.location != "path"]
        return tuple(path_params + others)

    def _parameter(self, entry: Any, pointer: str) -> Parameter | None:
        entry, pointer = self.deref(entry, pointer)
        if not isinstance(entry, Mapping):
            return None
        name, location = (entry.get("name"), entry.get("in"))
        if not isinstance(name, str) or location not in _LOCATIONS:
            self.note(Level.WARNING, pointer, "parameter without a valid `name` and `in`; ignored")
            return None
        if location == "header" and name.lower() in ("accept", "content-type", "authorization"):
            self.note(
                Level.INFO, pointer, f"header {name!r} is managed by the client; not a parameter"
            )
            return None
        schema = self._parameter_schema(entry, pointer)
        content = entry.get("content")
        content_type = (
            str(next(iter(content)))
            if "schema" not in entry and isinstance(content, Mapping) and content
            else None
        )
        return Parameter(
            name=name,
            location=location,
            required=location == "path" or entry.get("required") is True,
            schema=schema,
            pointer=pointer,
            description=_str(entry.get("description")),
            deprecated=entry.get("deprecated") is True,
            style=_str(entry.get("style")),
            explode=entry["explode"] if isinstance(entry.get("explode"), bool) else None,
            content_type=content_type,
        )

    def _parameter_schema(self, entry: Mapping[str, Any], pointer: str) -> Schema:
        if "schema" in entry:
            return self.schemas.build(entry["schema"], join_pointer(pointer, "schema"))
        content = entry.get("content")
        if isinstance(content, Mapping) and content:
            media, media_raw = next(iter(content.items()))
            if isinstance(media_raw, Mapping) and "schema" in media_raw:
                return self.schemas.build(
                    media_raw["schema"], join_pointer(pointer, "content", str(media), "schema")
                )
        self.note(Level.WARNING, pointer, "parameter has no schema; typed as Any")
        return AnySchema(Meta(pointer))

    def _request_body(self, raw: Any, pointer: str) -> RequestBody | None:
        if raw is None:
            return None
        raw, pointer = self.deref(raw, pointer)
        if not isinstance(raw, Mapping):
            return None
        content = raw.get("content")
        if not isinstance(content, Mapping) or not content:
            self.note(Level.WARNING, pointer, "request body has no content; sent as raw bytes")
            return RequestBody(
                "application/octet-stream",
                "binary",
                AnySchema(Meta(pointer)),
                raw.get("required") is True,
                pointer,
            )
        media = choose_media_type([str(k) for k in content])
        media_pointer = join_pointer(pointer, "content", media)
        media_raw = content[media] if isinstance(content[media], Mapping) else {}
        encoding = body_encoding(media)
        schema: Schema
        if "schema" in media_raw:
            schema = self.schemas.build(media_raw["schema"], join_pointer(media_pointer, "schema"))
        else:
            schema = AnySchema(Meta(media_pointer))
        return RequestBody(
            content_type=media,
            encoding=encoding,
            schema=schema,
            required=raw.get("required") is True,
            pointer=media_pointer,
            description=_str(raw.get("description")),
        )

    def _responses(self, raw: Any, pointer: str) -> tuple[Response, ...]:
        if not isinstance(raw, Mapping):
            return ()
        responses: list[Response] = []
        for status, entry in raw.items():
            status_text = str(status).upper() if str(status).lower() != "default" else "default"
            entry_pointer = join_pointer(pointer, str(status))
            entry, entry_pointer = self.deref(entry, entry_pointer)
            if not isinstance(entry, Mapping):
                continue
            content = entry.get("content")
            description = _str(entry.get("description"))
            if not isinstance(content, Mapping) or not content:
                responses.append(Response(status_text, "empty", entry_pointer, description))
                continue
            media = choose_media_type([str(k) for k in content])
            media_pointer = join_pointer(entry_pointer, "content", media)
            media_raw = content[media] if isinstance(content[media], Mapping) else {}
            kind = response_kind(media)
            schema: Schema | None = None
            if kind == "json":
                if "schema" in media_raw:
                    schema = self.schemas.build(
                        media_raw["schema"], join_pointer(media_pointer, "schema")
                    )
                else:
                    schema = AnySchema(Meta(media_pointer))
            responses.append(Response(status_text, kind, entry_pointer, description, media, schema))
        return tuple(responses)


_MEDIA_PREFERENCE = (
    "application/json",
    "+json",
    "application/x-www-form-urlencoded",
    "multipart/form-data",
    "text/plain",
    "text/",
)


def choose_media_type(media_types: list[str]) -> str:
    """The media type the client uses when an operation offers several."""
    lowered = [m.lower() for m in media_types]
    for wanted in _MEDIA_PREFERENCE:
        for original, low in zip(media_types, lowered, strict=True):
            base = low.split(";")[0].strip()
            if base == wanted or (wanted.startswith("+") and base.endswith(wanted)):
                return original
            if wanted.endswith("/") and base.startswith(wanted):
                return original
    for original, low in zip(media_types, lowered, strict=True):
        if low.split(";")[0].strip() in ("*/*", "application/*"):
            return original
    return media_types[0]


def body_encoding(media: str) -> BodyEncoding:
    base = media.lower().split(";")[0].strip()
    if base == "application/json" or base.endswith("+json") or base in ("*/*", "application/*"):
        return "json"
    if base == "multipart/form-data" or base.startswith("multipart/"):
        return "multipart"
    if base == "application/x-www-form-urlencoded":
        return "form"
    if base.startswith("text/"):
        return "text"
    return "binary"


def response_kind(media: str) -> ResponseKind:
    base = media.lower().split(";")[0].strip()
    if base == "application/json" or base.endswith("+json") or base in ("*/*", "application/*"):
        return "json"
    if base.startswith("text/"):
        return "text"
    return "binary"


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _str(value: Any) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def build_api(data: Mapping[str, Any], file: str) -> tuple[Api, list[Diagnostic]]:
    """Build the intermediate model of a (validated, externally resolved) OpenAPI document."""
    builder = ApiBuilder(data, file)
    api = builder.build()
    return api, builder.diagnostics

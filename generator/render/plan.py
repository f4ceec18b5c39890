"""Named IR -> the list of files to render, each with its template and context.

This is the only place that decides the layout of the generated package, and the only place that turns
the model into the plain data templates receive (documented in docs/templates.md).
"""

from __future__ import annotations

import keyword
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from generator.config import Config, PaginationConfig
from generator.diagnostics import Diagnostic, Level, join_pointer
from generator.ir.directions import Direction, in_shape, schema_directions
from generator.ir.model import (
    Api,
    ArraySchema,
    IntegerSchema,
    MapSchema,
    Meta,
    ObjectSchema,
    Operation,
    Parameter,
    RefSchema,
    Response,
    Schema,
    SecurityRequirement,
    SecurityScheme,
    StringSchema,
    UnionSchema,
)
from generator.naming.assign import ARGUMENT_RESERVED, Names
from generator.naming.identifiers import RESOURCE_MODULE_NAMES, snake_case, snake_identifier
from generator.render.docs import comment_text, docstring_lines
from generator.render.env import TEMPLATES_DIR
from generator.render.ordering import export_order, import_order, is_stdlib
from generator.render.types import (
    Context,
    Tag,
    TypeCollector,
    TypeMapper,
    shadowed_builtins,
    tag_attribute,
    tag_unions,
)

CUSTOM_DIR = "custom"  # inside the package: hand-written code regeneration never touches

# What every resource module imports from the runtime; _resource_runtime adds what some need.
_RESOURCE_RUNTIME = (
    "NOT_GIVEN",
    "AsyncAPIResource",
    "Body",
    "Headers",
    "NotGiven",
    "Query",
    "SyncAPIResource",
    "Timeout",
    "async_to_raw_response_wrapper",
    "make_request_options",
    "to_raw_response_wrapper",
)
# What the package's __init__.py re-exports from the runtime (with the page classes when some
# method paginates), besides its client classes, `models` and `__version__`.
_PACKAGE_RUNTIME = (
    "NOT_GIVEN",
    "NotGiven",
    "Timeout",
    "APIResponse",
    "APIError",
    "MissingCredentialError",
    "APIConnectionError",
    "APITimeoutError",
    "APIResponseValidationError",
    "APIStatusError",
    "BadRequestError",
    "AuthenticationError",
    "PermissionDeniedError",
    "NotFoundError",
    "ConflictError",
    "UnprocessableEntityError",
    "RateLimitError",
    "InternalServerError",
)


def preserved_paths(package: str, extra: tuple[str, ...]) -> tuple[str, ...]:
    """Globs of paths the write step never overwrites or deletes."""
    return (f"{package}/{CUSTOM_DIR}/**", *extra)


@dataclass(frozen=True)
class FileSpec:
    """One file of the package: the template that renders it and its context, or a static copy."""

    path: str  # relative to the output directory, posix
    template: str  # template name under templates/package, or "" for a static copy
    context: Mapping[str, Any]
    source: str | None = None  # for static copies: path under templates/


_USABLE_URL = re.compile(r"https?://[^\s\x00-\x1f\x7f{}]+")
_UNRENAMEABLE = re.compile(r'["\\\x00-\x1f\x7f]')  # msgspec refuses these in renamed field names


def runtime_files() -> list[str]:
    """The static runtime modules shipped verbatim into every package (the model backend aside)."""
    return sorted(p.name for p in (TEMPLATES_DIR / "runtime").glob("*.py") if p.name != "_model.py")


class Planner:
    def __init__(self, api: Api, names: Names, config: Config, file: str) -> None:
        self.api = api
        self.names = names
        self.config = config
        self.file = file
        self.components = {n.key: n.schema for n in api.schemas}
        # members of discriminated unions carry their tag (msgspec) or a Literal field (pydantic)
        self.tags = tag_unions(api, names, file)
        self.types = TypeMapper(names, self.components, file, self.tags, config.output.models)
        # readOnly/writeOnly: which schemas get a request class besides their response class
        self.directions = schema_directions(
            api, lambda pointer: names.classes.get(pointer, pointer)
        )
        self.diagnostics: list[Diagnostic] = []
        self.security = plan_security(api, config)

    def warn(self, pointer: str, message: str) -> None:
        self.diagnostics.append(Diagnostic(Level.WARNING, self.file, pointer, message))

    # -- models ----------------------------------------------------------------------------------
    def models(self) -> dict[str, Any]:
        into = TypeCollector()
        classes: list[dict[str, Any]] = []
        aliases: list[dict[str, Any]] = []
        emitted: set[str] = set()
        for schema in self._class_schemas():
            name = self.names.classes[schema.meta.pointer]
            if name in emitted:
                continue
            emitted.add(name)
            for direction in self.directions.shapes(name):
                class_name = self.names.class_for(schema.meta.pointer, direction == "request")
                classes.append(self._model_class(class_name, schema, into, direction))
        for named in self.api.schemas:
            component = named.schema
            pointer = join_pointer("/components/schemas", named.key)
            name = self.names.classes[pointer]
            if isinstance(component, ObjectSchema) or name in emitted:
                continue
            emitted.add(name)
            enum = isinstance(component, (StringSchema, IntegerSchema)) and component.enum
            for direction in self.directions.shapes(name):
                request = direction == "request"
                context: Context = "param" if enum else "input" if request else "model"
                aliases.append(
                    {
                        "name": self.names.class_for(pointer, request),
                        "type": self.types.render(component, into, context),
                        "doc": self._shape_doc(component, pointer, direction),
                    }
                )
        into.models.clear()
        return {
            "classes": classes,
            "aliases": _order_aliases(aliases, {a["name"] for a in aliases}),
            "modules": sorted(into.modules),
            **_module_imports(into.modules),
            "typing": import_order(into.typing | ({"TypeAlias"} if aliases else set())),
            "exports": export_order([c["name"] for c in classes] + [a["name"] for a in aliases]),
            "runtime": import_order(
                (["Model"] if classes else [])
                + (
                    ["field"]
                    if any(f["name"] != f["wire"] for c in classes for f in c["fields"])
                    else []
                )
            ),
        }

    def _shape_doc(self, schema: Schema, pointer: str, direction: Direction) -> list[str]:
        """The docstring of a class or alias; those of a schema generated in two shapes say so."""
        text = schema.meta.description or (
            schema.meta.title if isinstance(schema, ObjectSchema) else None
        )
        request_class = self.names.inputs.get(pointer)
        if request_class is not None:
            response_class = self.names.classes[pointer]
            note = (
                f"`{response_class}` as sent in requests (without read-only properties)."
                if direction == "request"
                else f"In requests: `{request_class}`."
            )
            text = f"{text.rstrip()}\n\n{note}" if text else note
        return docstring_lines(text)

    def _class_schemas(self) -> list[ObjectSchema]:
        """Every object schema that gets a class, components first, then in document order."""
        found: dict[str, ObjectSchema] = {}

        def walk(schema: Schema) -> None:
            if isinstance(schema, ObjectSchema):
                if schema.meta.pointer in found or schema.meta.pointer not in self.names.classes:
                    return
                found[schema.meta.pointer] = schema
                for prop in schema.properties:
                    walk(prop.schema)
                if not isinstance(schema.additional, (bool, type(None))):
                    walk(schema.additional)
            elif isinstance(schema, ArraySchema):
                walk(schema.items)
            elif isinstance(schema, MapSchema):
                walk(schema.values)
            elif isinstance(schema, UnionSchema):
                for variant in schema.variants:
                    walk(variant)

        for named in self.api.schemas:
            walk(named.schema)
        for op in self.api.operations:
            for param in op.parameters:
                walk(param.schema)
            if op.request_body is not None:
                walk(op.request_body.schema)
            for response in op.responses:
                if response.schema is not None and response.status.startswith("2"):
                    walk(response.schema)
        return list(found.values())

    def _model_class(
        self, name: str, schema: ObjectSchema, into: TypeCollector, direction: Direction
    ) -> dict[str, Any]:
        """A class in the shape of ``direction``: without its readOnly properties in a request, without
        its writeOnly properties in a response (those are required as the schema says)."""
        fields: list[dict[str, Any]] = []
        tag = self.tags.classes.get(schema.meta.pointer)
        tag_context, tag_field = self._tag(schema, tag, into) if tag else (None, None)
        class_modules: set[str] = set()
        for prop in schema.properties:
            if tag is not None and prop.wire_name == tag.field:
                continue
            if not in_shape(prop, direction):
                continue
            if self.config.output.models == "msgspec" and _UNRENAMEABLE.search(prop.wire_name):
                self.warn(
                    prop.pointer,
                    f"property name {prop.wire_name!r} has a quote, backslash or control character, "
                    "which msgspec cannot map; left out of the model (use the pydantic backend to keep it)",
                )
                continue
            attr = self.names.fields[(schema.meta.pointer, prop.wire_name)]
            part = TypeCollector()
            text = self.types.render(
                prop.schema, part, "input" if direction == "request" else "model"
            )
            into.modules |= part.modules
            into.typing |= part.typing
            into.models |= part.models
            class_modules |= part.modules
            required = prop.required
            if not required and not text.endswith("| None") and text not in ("Any", "None"):
                text = f"{text} | None"
            fields.append(
                {
                    "name": attr,
                    "wire": prop.wire_name,
                    "type": text,
                    "required": required,
                    "default": None if required else "None",
                    "doc": docstring_lines(_describe(prop.schema)),
                }
            )
        fields.sort(key=lambda f: not f["required"])
        fields[:0] = [tag_field] if tag_field else []  # pydantic's discriminator leads
        # a field named like a module the class's annotations use (`datetime`, `uuid`) would
        # shadow it in the class body: it gets a trailing underscore (the wire name is kept)
        used = {f["name"] for f in fields}
        for f in fields:
            if f["name"] in class_modules:
                renamed = f["name"] + "_"
                while renamed in used:
                    renamed += "_"
                used.add(renamed)
                f["name"] = renamed
        return {
            "name": name,
            "doc": self._shape_doc(schema, schema.meta.pointer, direction),
            "fields": fields,
            "tag": tag_context,
        }

    def _tag(
        self, schema: ObjectSchema, tag: Tag, into: TypeCollector
    ) -> tuple[dict[str, Any], dict[str, Any] | None]:
        """The class's ``tag`` context and, with pydantic, its discriminator field.

        msgspec reads and writes the discriminator as the class's tag, so it cannot also be a field: the
        attribute stays readable as a ``ClassVar`` constant. pydantic discriminates on a field: a
        ``Literal`` of the tag value, defaulting to it (the runtime always writes it)."""
        doc = docstring_lines(
            f"The discriminator `{tag.field}`: sent and checked by the model itself."
        )
        context = {"field": tag.field, "value": tag.value, "attr": None, "doc": doc}
        if self.config.output.models == "msgspec":
            if any(p.wire_name == tag.field for p in schema.properties):
                context["attr"] = self.names.fields[(schema.meta.pointer, tag.field)]
                into.typing.add("ClassVar")
            return context, None
        into.typing.add("Literal")
        field = {
            "name": tag_attribute(self.names, schema, tag),
            "wire": tag.field,
            "type": f"Literal[{tag.value!r}]",
            "required": False,
            "default": repr(tag.value),
            "doc": doc,
        }
        return context, field

    # -- resources ------------------------------------------------------------------------------
    def resources(self) -> list[dict[str, Any]]:
        by_resource: dict[str, list[Operation]] = {}
        for op in self.api.operations:
            by_resource.setdefault(self.names.operations[op.pointer].resource, []).append(op)
        result = []
        for resource in sorted(by_resource):
            method_names = [
                self.names.operations[op.pointer].method for op in by_resource[resource]
            ]
            cls = self.names.resources[resource]
            own = frozenset(
                f"{prefix}{cls}{suffix}"
                for prefix in ("", "Async")
                for suffix in ("", "WithRawResponse", "WithStreamingResponse")
            )
            # a model named like a class of the module, or like a name it imports, gets an alias
            into = TypeCollector(
                shadowed=shadowed_builtins(method_names), local_names=own | RESOURCE_MODULE_NAMES
            )
            methods = [self._method(op, into) for op in by_resource[resource]]
            flags = {
                "paginated": any(m["pagination"] for m in methods),
                "streaming": any(m["streaming"] for m in methods),
                "styled": any(q["style"] for m in methods for q in m["query"]),
                "deprecated": any(m["deprecated"] or m["deprecated_params"] for m in methods),
                "files": any(f["file"] for m in methods if m["body"] for f in m["body"]["fields"]),
            }
            models = [{"name": m, "alias": into.alias(m)} for m in import_order(into.models)]
            result.append(
                {
                    "attr": resource,
                    "class_name": cls,
                    "module": resource,
                    "methods": methods,
                    "models": models,
                    "model_imports": self._model_imports(models),
                    "modules": sorted(into.modules),
                    **_module_imports(
                        into.modules | ({"warnings"} if flags["deprecated"] else set())
                    ),
                    "typing": import_order(into.typing),
                    "runtime": _resource_runtime(flags),
                    "exports": export_order([cls, f"Async{cls}"]),
                    "classes": import_order([cls, f"Async{cls}"]),
                    "example": _best_example(methods),
                    **flags,
                }
            )
        return result

    def _model_imports(self, models: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """The ``from ..models import`` statements of ``models`` as ruff's import sorting writes
        them: the names without an alias together, each aliased one alone, ordered by their first
        name; ``inline`` is the statement's names when they fit on one line (else None: one a line)."""
        plain = [m["name"] for m in models if not m["alias"]]
        statements = [[f"{m['name']} as {m['alias']}"] for m in models if m["alias"]]
        statements += [plain] if plain else []
        first = import_order(names[0].partition(" ")[0] for names in statements)
        statements.sort(key=lambda names: first.index(names[0].partition(" ")[0]))
        room = self.config.output.line_length - len("from ..models import ")
        return [
            {"names": names, "inline": ", ".join(names) if len(", ".join(names)) <= room else None}
            for names in statements
        ]

    def _method(self, op: Operation, into: TypeCollector) -> dict[str, Any]:
        op_names = self.names.operations[op.pointer]
        positional: list[dict[str, Any]] = []
        keywords: list[dict[str, Any]] = []
        docs: list[tuple[str, str]] = []
        path_params: list[dict[str, Any]] = []
        groups: dict[str, list[dict[str, Any]]] = {"query": [], "header": [], "cookie": []}
        deprecated_params: list[str] = []
        for param in op.parameters:
            py = self.names.params[(op.pointer, param.location, param.name)]
            bound = param.location == "path" and param.name in self.names.client_params
            text = self.types.render(param.schema, into, "param")
            arg = {"name": py, "wire": param.name, "type": text}
            if param.location == "path":
                path_params.append({"wire": param.name, "name": py, "bound": bound})
                if bound:
                    keywords.append({**arg, "type": f"{text} | NotGiven", "default": "NOT_GIVEN"})
                else:
                    positional.append(arg)
            else:
                style = self._query_style(param) if param.location == "query" else None
                groups[param.location].append({"wire": param.name, "name": py, "style": style})
                keywords.append(_keyword(arg, param.required))
            if param.deprecated:
                deprecated_params.append(py)
            docs.append((py, _param_doc(param, bound)))
        body = self._body(op, into, keywords, docs)
        response_type, response_kind = self._response(op, into)
        pagination = self._pagination(op, into)
        keywords = sorted(keywords, key=lambda k: k["default"] is not None)
        return {
            "example": example_call(op_names.resource, op_names.method, positional, keywords),
            "signature": _signature(op_names.method, positional, keywords),
            "name": op_names.method,
            "http_method": op.method,
            "path": op.path,
            "summary": op.summary,
            "doc": _method_doc(op, docs),
            "deprecated": op.deprecated,
            "deprecated_params": deprecated_params,
            "positional": positional,
            "keywords": keywords,
            "path_params": path_params,
            "query": groups["query"],
            "headers": groups["header"],
            "cookies": groups["cookie"],
            "body": body,
            "response_type": response_type,
            "decode_type": decode_expression(response_type),
            "response_kind": response_kind,
            "pagination": pagination,
            "security": self.security.operation_literal(op),
            "streaming": response_kind == "binary",
        }

    def _query_style(self, param: Parameter) -> tuple[str, bool] | None:
        """(style, explode) of a query parameter the runtime must not send its default way (scalars
        as text, arrays exploded, objects as JSON); None when the default is right."""
        if param.content_type is not None:
            return None  # `content`: the value is serialized whole (JSON)
        style = param.style or "form"
        explode = param.explode if param.explode is not None else style == "form"
        schema = param.schema
        if isinstance(schema, RefSchema):
            schema = self.components.get(schema.key, schema)
        is_object = isinstance(schema, (ObjectSchema, MapSchema))
        if style == "form" and explode and not is_object:
            return None
        return (style, explode)

    def _body(
        self,
        op: Operation,
        into: TypeCollector,
        keywords: list[dict[str, Any]],
        docs: list[tuple[str, str]],
    ) -> dict[str, Any] | None:
        body = op.request_body
        if body is None:
            return None
        if body.encoding in ("binary", "text"):
            name = self.names.params[(op.pointer, "body", "")]
            text = "bytes" if body.encoding == "binary" else "str"
            keywords.append(_keyword({"name": name, "wire": "", "type": text}, body.required))
            docs.append((name, body.description or "The request body."))
            return {
                "encoding": body.encoding,
                "content_type": body.content_type,
                "whole": name,
                "fields": [],
            }
        obj = self._object_of(body.schema)
        if obj is None or (body.encoding == "json" and not obj.properties):
            name = self.names.params[(op.pointer, "body", "")]
            text = self.types.render(body.schema, into, "param")
            keywords.append(_keyword({"name": name, "wire": "", "type": text}, body.required))
            docs.append((name, body.description or "The request body."))
            return {
                "encoding": body.encoding,
                "content_type": body.content_type,
                "whole": name,
                "fields": [],
            }
        fields = []
        for prop in obj.properties:
            if prop.schema.meta.read_only:
                continue
            py = self.names.params[(op.pointer, "body", prop.wire_name)]
            if body.encoding == "multipart" and _is_binary(prop.schema):
                many = isinstance(prop.schema, ArraySchema)
                text = f"{into.builtin('list')}[FileTypes]" if many else "FileTypes"
                is_file = True
            else:
                text, is_file = (self.types.render(prop.schema, into, "param"), False)
            keywords.append(
                _keyword(
                    {"name": py, "wire": prop.wire_name, "type": text},
                    prop.required and body.required,
                )
            )
            fields.append({"wire": prop.wire_name, "name": py, "file": is_file})
            docs.append((py, _describe(prop.schema) or ""))
        return {
            "encoding": body.encoding,
            "content_type": body.content_type,
            "whole": None,
            "fields": fields,
        }

    def _object_of(self, schema: Schema) -> ObjectSchema | None:
        if isinstance(schema, RefSchema):
            target = self.components.get(schema.key)
            return target if isinstance(target, ObjectSchema) else None
        return schema if isinstance(schema, ObjectSchema) else None

    def _response(self, op: Operation, into: TypeCollector) -> tuple[str, str]:
        success = [r for r in op.responses if r.status.startswith("2")]
        if not success:
            success = [r for r in op.responses if r.status == "default"]
        json_responses = [r for r in success if r.kind == "json" and r.schema is not None]
        if json_responses:
            types: list[str] = []
            # each on its own: its imports are the module's only if it is the type
            alone = TypeCollector(shadowed=into.shadowed, local_names=into.local_names)
            for response in json_responses:
                assert response.schema is not None
                text = self.types.render(response.schema, alone, "model")
                if text not in types:
                    types.append(text)
            if len(types) == 1:
                into.merge(alone)
            else:
                # several success schemas: their union (Any, with a warning, when not decodable)
                union = UnionSchema(
                    Meta(op.pointer), tuple(r.schema for r in json_responses if r.schema)
                )
                return self.types.render(union, into, "model"), "json"
            return types[0], "json"
        for kind, text in (("binary", "bytes"), ("text", "str")):
            if any(r.kind == kind for r in success):
                return text, kind
        return "None", "empty"

    def _pagination(self, op: Operation, into: TypeCollector) -> dict[str, Any] | None:
        declared = {p.operation: p for p in self.config.pagination}
        rule = declared.get(f"{op.method.upper()} {op.path}") or detect_pagination(
            op, self.components
        )
        if rule is None:
            return None
        response = _success_object(op, self.components)
        if response is None:
            self.warn(
                op.pointer, "pagination is declared but the response is not an object; ignored"
            )
            return None
        obj, _ = response
        items = next((p for p in obj.properties if p.wire_name == rule.items), None)
        if items is None or not isinstance(items.schema, ArraySchema):
            self.warn(
                op.pointer, f"pagination items property {rule.items!r} is not an array; ignored"
            )
            return None
        attr = self.names.fields[(obj.meta.pointer, rule.items)]
        total = None
        if rule.total_pages:
            path = self._attr_path(obj, rule.total_pages.split("."))
            total = tuple(path) if path else None
        return {
            "items_attr": attr,
            "item_type": self.types.render(items.schema.items, into, "model"),
            "page_param": rule.page_param,
            "size_param": rule.size_param,
            "total_pages": total,
        }

    def _attr_path(self, obj: ObjectSchema, wires: list[str]) -> list[str] | None:
        attrs: list[str] = []
        current: Schema = obj
        for wire in wires:
            current_obj = self._object_of(current)
            if current_obj is None:
                return None
            prop = next((p for p in current_obj.properties if p.wire_name == wire), None)
            if prop is None:
                return None
            attrs.append(self.names.fields[(current_obj.meta.pointer, wire)])
            current = prop.schema
        return attrs

    # -- client -----------------------------------------------------------------------------------
    def client(self) -> dict[str, Any]:
        used_wire = {
            p.name for op in self.api.operations for p in op.parameters if p.location == "path"
        }
        params = [
            {
                "python_name": p.python_name,
                "arg": p.arg,
                "env": p.env,
                "description": comment_text(p.description),
            }
            for p in self.config.client.params
            if any(w in used_wire for w in p.wire_names)
        ]
        base_url = self._base_url()
        security = self.security
        auth_helpers = sorted({f"{scheme.kind}_auth" for scheme in security.schemes})
        runtime = ["DEFAULT_MAX_RETRIES", "DEFAULT_TIMEOUT", "AsyncAPIClient", "SyncAPIClient"]
        runtime += ["Timeout", *auth_helpers, *(["ClientParam"] if params else [])]
        return {
            "sync_name": self.names.sync_client,
            "async_name": self.names.async_client,
            "classes": import_order([self.names.sync_client, self.names.async_client]),
            "exports": export_order([self.names.sync_client, self.names.async_client]),
            "runtime": import_order(runtime),
            "uses_env": bool(self.config.client.base_url_env) or any(p["env"] for p in params),
            "params": params,
            "security": security.primary_context(),
            "schemes": security.schemes_context(taken={str(p["arg"]) for p in params}),
            "auth_helpers": auth_helpers,
            "default_security": repr(security.default),
            "credential_arg": self.config.client.credential_arg,
            "credential_env": self.config.client.credential_env,
            "base_url": base_url,
            "base_url_doc": comment_text(base_url),
            "base_url_env": self.config.client.base_url_env,
            "resources": [
                {"attr": attr, "class_name": cls, "module": attr}
                for attr, cls in sorted(self.names.resources.items())
            ],
            "title": self.api.title,
            "description": docstring_lines(self.api.description),
        }

    def _base_url(self) -> str:
        """The first server's URL with its variables at their defaults; a relative one is taken
        against http://localhost, one that is no usable URL is skipped with a warning."""
        for i, server in enumerate(self.api.servers):
            url = server.url
            for var in server.variables:
                url = url.replace("{" + var.name + "}", var.default)
            if url.startswith("/"):
                url = "http://localhost" + url
            if _USABLE_URL.fullmatch(url):
                return url.rstrip("/") if url.count("/") > 2 else url
            self.warn(
                f"/servers/{i}/url", f"server URL {url[:80]!r} is not a usable http(s) URL; skipped"
            )
        return "http://localhost"


_FIXED_CLIENT_ARGS = frozenset(
    {"self", "base_url", "timeout", "max_retries", "default_headers", "http_client"}
)


@dataclass(frozen=True)
class SecurityPlan:
    """Which credentials the client takes, and which each operation sends.

    Requirements are the spec's `security` lists with schemes the client cannot use left out: the
    document's (or, where it says nothing, any one declared scheme) and each operation's own.
    """

    schemes: tuple[SecurityScheme, ...]
    default: SecurityRequirement
    operations: Mapping[str, SecurityRequirement]  # operation pointer -> its requirement
    primary: str | None  # the scheme whose credential takes the names of [client]
    required: frozenset[str]  # schemes every operation needs: required at construction
    config: Config

    def operation_literal(self, op: Operation) -> str | None:
        """The `security=` argument of an operation's request, or None when it is the default."""
        requirement = self.operations.get(op.pointer, self.default)
        return None if requirement == self.default else repr(requirement)

    def primary_context(self) -> dict[str, Any] | None:
        scheme = next((s for s in self.schemes if s.key == self.primary), None)
        if scheme is None:
            return None
        return {"kind": scheme.kind, "location": scheme.location, "param_name": scheme.param_name}

    def schemes_context(self, taken: set[str]) -> list[dict[str, Any]]:
        """Each scheme with its constructor arguments (`name`, `env`, `doc`), in declaration order."""
        client = self.config.client
        overrides = {c.key: c for c in client.schemes}
        used = set(taken) | _FIXED_CLIENT_ARGS
        result = []
        for scheme in self.schemes:
            override = overrides.get(scheme.key)
            primary = scheme.key == self.primary
            base = override.arg if override and override.arg else None
            env = override.env if override and override.env else None
            if primary:
                env = env or client.credential_env
            if base is None and not primary:
                base = _scheme_arg(scheme.key)
            if scheme.kind == "basic":
                names = (
                    [f"{base}_username", f"{base}_password"] if base else ["username", "password"]
                )
                envs: list[str | None] = (
                    [f"{env}_USERNAME", f"{env}_PASSWORD"] if env else [None, None]
                )
                docs = ["The user name", "The password"]
            else:
                names, envs = [base or client.credential_arg], [env]
                docs = [
                    "The credential" if primary else f"The credential of the `{scheme.key}` scheme"
                ]
            args = []
            for name, var, doc in zip(names, envs, docs, strict=True):
                while name in used:
                    name += "_credential"
                used.add(name)
                args.append({"name": name, "env": var, "doc": comment_text(doc)})
            result.append(
                {
                    "key": scheme.key,
                    "kind": scheme.kind,
                    "location": scheme.location,
                    "param_name": scheme.param_name,
                    "required": scheme.key in self.required,
                    "args": args,
                }
            )
        return result


def _scheme_arg(key: str) -> str:
    """The constructor argument named after a security scheme: "apiKeyQuery" -> "api_key_query",
    "basicAuth" -> "basic" (a trailing "auth" says nothing, unless dropping it leaves a keyword or
    a builtin: "globalAuth" -> "global_auth")."""
    name = snake_identifier(key, fallback="credential")
    trimmed = name.removesuffix("_auth")
    unsafe = keyword.iskeyword(trimmed) or trimmed in ARGUMENT_RESERVED
    return name if trimmed == name or not trimmed.isidentifier() or unsafe else trimmed


def plan_security(api: Api, config: Config) -> SecurityPlan:
    schemes = api.security_schemes
    if not schemes and config.client.auth in ("bearer", "basic"):
        schemes = (SecurityScheme(config.client.auth, config.client.auth),)
    known = {s.key for s in schemes}
    # The configured auth stands in for every scheme a document names without declaring any.
    stand_in = schemes[0].key if schemes and not api.security_schemes else None

    def usable(requirement: SecurityRequirement) -> SecurityRequirement:
        alternatives: list[tuple[str, ...]] = []
        for alternative in requirement:
            if stand_in is not None:
                kept: tuple[str, ...] = (stand_in,) if alternative else ()
            else:
                kept = tuple(key for key in alternative if key in known)
            if kept not in alternatives:
                alternatives.append(kept)
        return tuple(alternatives)

    if api.security is not None and (api.security_schemes or not schemes):
        default = usable(api.security)
    else:  # the document says nothing (or names no scheme it declares): any declared scheme
        default = tuple((s.key,) for s in schemes)
    operations = {
        op.pointer: default if op.security is None else usable(op.security) for op in api.operations
    }
    required = frozenset(
        s.key
        for s in schemes
        if operations
        and all(req and all(s.key in alt for alt in req) for req in operations.values())
    )
    first = next((alt[0] for alt in default if alt), None)
    primary = first or (schemes[0].key if schemes else None)
    return SecurityPlan(schemes, default, operations, primary, required, config)


def detect_pagination(op: Operation, components: Mapping[str, Schema]) -> PaginationConfig | None:
    """Page-number pagination: ``page`` (and maybe a size) query parameters and an array in the response."""
    query = {p.name for p in op.parameters if p.location == "query"}
    if op.method != "get" or "page" not in query:
        return None
    response = _success_object(op, components)
    if response is None:
        return None
    obj, _ = response
    arrays = [p for p in obj.properties if isinstance(p.schema, ArraySchema)]
    if len(arrays) != 1:
        return None
    size = next(
        (n for n in ("page_size", "pageSize", "per_page", "limit", "size") if n in query), None
    )
    total = None
    for prop in obj.properties:
        inner = prop.schema
        if isinstance(inner, ObjectSchema):
            for sub in inner.properties:
                if sub.wire_name in ("total_pages", "totalPages", "pages"):
                    total = f"{prop.wire_name}.{sub.wire_name}"
        elif prop.wire_name in ("total_pages", "totalPages"):
            total = prop.wire_name
    return PaginationConfig(
        operation=f"{op.method.upper()} {op.path}",
        items=arrays[0].wire_name,
        size_param=size,
        total_pages=total,
    )


def _success_object(
    op: Operation, components: Mapping[str, Schema]
) -> tuple[ObjectSchema, Response] | None:
    for response in op.responses:
        if response.status.startswith("2") and response.schema is not None:
            schema = response.schema
            if isinstance(schema, RefSchema):
                schema = components.get(schema.key, schema)
            if isinstance(schema, ObjectSchema):
                return schema, response
            return None
    return None


def _best_example(methods: list[dict[str, Any]]) -> str | None:
    """The README example of a resource: its method with the most arguments that has a simple call."""
    safe = [m for m in methods if m["http_method"] != "delete"] or methods  # show no deletion first
    examples = [m["example"] for m in safe if m["example"]]
    return max(
        examples, key=lambda e: e.count("=") + e.count(",") + 1 - e.endswith("()"), default=None
    )


def _signature(
    method: str, positional: list[dict[str, Any]], keywords: list[dict[str, Any]]
) -> str:
    """``get(database_name)``, ``create(*, name, group)``: the required arguments of a method."""
    names = [a["name"] for a in positional]
    required = [k["name"] for k in keywords if k["default"] is None]
    if required:
        names += ["*", *required]
    return f"{method}({', '.join(names)})"


def example_call(
    resource: str, method: str, positional: list[dict[str, Any]], keywords: list[dict[str, Any]]
) -> str | None:
    """A call with sample values for the README (``client.databases.get("database_name")``), or None
    when a required argument has no simple sample (a model, a file)."""
    args = []
    for arg in positional:
        args.append(sample_value(arg["type"], arg["name"]))
    for arg in keywords:
        if arg["default"] is None:
            args.append(f"{arg['name']}={sample_value(arg['type'], arg['name'])}")
    if any(a is None or a.endswith("=None") for a in args):
        return None
    return f"client.{resource}.{method}({', '.join(str(a) for a in args)})"


def sample_value(type_text: str, name: str) -> str | None:
    """A readable literal of a simple type: the argument's own name for strings."""
    if type_text.startswith("Literal["):
        first = type_text[len("Literal[") :].split(",")[0].rstrip("]")
        return f'"{first[1:-1]}"' if first.startswith("'") and '"' not in first else first
    samples = {
        "str": f'"{name}"',
        "int": "1",
        "float": "1.0",
        "bool": "True",
    }  # names are identifiers
    if type_text in samples:
        return samples[type_text]
    if type_text.startswith("list["):
        return "[]"
    return None


def decode_expression(response_type: str) -> str:
    """The expression a method passes the runtime as the type to decode its response into.

    ``type(None)`` for no body; ``object`` for an untyped body (``Any``): it decodes alike, but
    unlike ``Any`` it is a type, so type checkers solve the runtime's type variable from it (a bare
    ``Any`` leaves pyright with an unknown return type).
    """
    if response_type == "None":
        return "type(None)"
    if response_type == "Any":
        return "object"
    return response_type


def _keyword(arg: dict[str, Any], required: bool) -> dict[str, Any]:
    if required:
        return {**arg, "default": None}
    return {**arg, "type": f"{arg['type']} | NotGiven", "default": "NOT_GIVEN"}


def _is_binary(schema: Schema) -> bool:
    if isinstance(schema, StringSchema):
        return schema.format in ("binary", "byte")
    if isinstance(schema, ArraySchema):
        return _is_binary(schema.items)
    return False


def _describe(schema: Schema) -> str | None:
    text = schema.meta.description
    if isinstance(schema, (StringSchema, IntegerSchema)) and schema.enum:
        values = ", ".join(f"`{v}`" for v in schema.enum)
        text = f"{text.rstrip()}\n\nOne of: {values}." if text else f"One of: {values}."
    if schema.meta.deprecated:
        text = f"Deprecated. {text}" if text else "Deprecated."
    return text


def _param_doc(param: Parameter, bound: bool) -> str:
    text = _describe(param.schema) if param.description is None else param.description
    if bound:
        text = f"{text or ''} Defaults to the client's value.".strip()
    if param.deprecated:
        text = f"Deprecated. {text or ''}".strip()
    return text or ""


def _method_doc(op: Operation, params: list[tuple[str, str]]) -> list[str]:
    lines = docstring_lines(op.summary) or [
        snake_case(op.operation_id or op.path).replace("_", " ").capitalize()
    ]
    description = docstring_lines(op.description)
    if description and description != lines:
        lines += [""] + description
    documented = [(name, docstring_lines(text)) for name, text in params if text.strip()]
    if documented:
        lines += ["", "Args:"]
        for name, text in documented:
            lines.append(f"    {name}: {text[0]}")
            lines.extend(f"        {line}" if line else "" for line in text[1:])
    return lines


def _order_aliases(aliases: list[dict[str, Any]], names: set[str]) -> list[dict[str, Any]]:
    """Aliases are runtime expressions: emit each after the aliases it mentions."""
    import re

    by_name = {a["name"]: a for a in aliases}
    ordered: list[dict[str, Any]] = []
    state: dict[str, int] = {}

    def visit(alias: dict[str, Any]) -> None:
        if state.get(alias["name"]) == 2:
            return
        if state.get(alias["name"]) == 1:
            alias["type"] = "Any"  # a cycle through aliases: no finite expression exists
            return
        state[alias["name"]] = 1
        for word in re.findall(r"[A-Za-z_][A-Za-z0-9_]*", alias["type"]):
            if word in by_name and word != alias["name"]:
                visit(by_name[word])
        state[alias["name"]] = 2
        ordered.append(alias)

    for alias in aliases:
        visit(alias)
    return ordered


def plan(
    api: Api, names: Names, config: Config, file: str
) -> tuple[list[FileSpec], list[Diagnostic]]:
    planner = Planner(api, names, config, file)
    package = names.package
    models = planner.models()
    resources = planner.resources()
    client = planner.client()
    has_pagination = any(r["paginated"] for r in resources)
    package_runtime = [*_PACKAGE_RUNTIME, *(["SyncPage", "AsyncPage"] if has_pagination else [])]
    common = {
        "package": package,
        "distribution": config.package.distribution or package.replace("_", "-"),
        "version": config.package.version,
        # spec text in docstrings: always escaped (a title could otherwise end a docstring early)
        "api_title": comment_text(api.title) or "API",
        "api_version": comment_text(api.version),
        "models_backend": config.output.models,
    }
    files = [
        FileSpec(f"{package}/models.py", "models.py.jinja", {**common, **models}),
        FileSpec(f"{package}/_client.py", "client.py.jinja", {**common, "client": client}),
        FileSpec(
            f"{package}/__init__.py",
            "package_init.py.jinja",
            {
                **common,
                "client": client,
                "has_pagination": has_pagination,
                "runtime": import_order(package_runtime),
                "exports": export_order(
                    [client["sync_name"], client["async_name"], "models", "__version__"]
                    + package_runtime
                ),
            },
        ),
        FileSpec(
            f"{package}/resources/__init__.py",
            "resources_init.py.jinja",
            {
                **common,
                "resources": resources,
                "exports": export_order(
                    name for r in resources for name in (r["class_name"], f"Async{r['class_name']}")
                ),
            },
        ),
        FileSpec(f"{package}/_version.py", "version.py.jinja", common),
        FileSpec(f"{package}/py.typed", "", {}, source=None),
        FileSpec(f"{package}/{CUSTOM_DIR}/__init__.py", "custom_init.py.jinja", common),
        FileSpec(
            "pyproject.toml",
            "pyproject.toml.jinja",
            {**common, "config": _package_meta(config, api)},
        ),
        FileSpec(
            "README.md",
            "README.md.jinja",
            {
                **common,
                "client": client,
                "resources": resources,
                "streaming": any(r["streaming"] for r in resources),
                # the opening example: from the resource with the most operations
                "example": max(
                    (r for r in resources if r["example"]),
                    key=lambda r: len(r["methods"]),
                    default={"example": None},
                )["example"],
            },
        ),
    ]
    files += [
        FileSpec(
            f"{package}/resources/{r['module']}.py", "resource.py.jinja", {**common, "resource": r}
        )
        for r in resources
    ]
    files += [
        FileSpec(f"{package}/_runtime/{name}", "", {}, source=f"runtime/{name}")
        for name in runtime_files()
    ]
    model_source = (
        "runtime/_model.py"
        if config.output.models == "msgspec"
        else "runtime_backends/pydantic/_model.py"
    )
    files.append(FileSpec(f"{package}/_runtime/_model.py", "", {}, source=model_source))
    return (files, planner.diagnostics + planner.types.diagnostics)


def _package_meta(config: Config, api: Api) -> dict[str, Any]:
    package = config.package
    return {
        "description": package.description or f"Python client for the {api.title}",
        "license": package.license or api.license_name,
        "authors": list(package.authors),
        "urls": list(package.urls),
        "classifiers": list(package.classifiers),
        "models_backend": config.output.models,
    }


def _module_imports(modules: set[str]) -> dict[str, list[str]]:
    """``import`` statements by isort section: ``stdlib`` (``datetime``...), ``third_party``
    (``pydantic``)."""
    return {
        "stdlib": import_order(m for m in modules if is_stdlib(m)),
        "third_party": import_order(m for m in modules if not is_stdlib(m)),
    }


def _resource_runtime(flags: Mapping[str, bool]) -> list[str]:
    """What a resource module with these ``flags`` imports from the runtime, in ruff's order."""
    names = list(_RESOURCE_RUNTIME)
    if flags["paginated"]:
        names += ["AsyncPaginator", "PageNumberPagination", "SyncPage"]
    if flags["files"]:
        names.append("FileTypes")
    if flags["streaming"]:
        names += ["async_to_streamed_response_wrapper", "to_streamed_response_wrapper"]
    if flags["styled"]:
        names.append("styled")
    return import_order(names)

"""Assign every Python name the generated package uses: classes, fields, resources, methods, parameters.

Names are unique and stable: component schemas keep their names, inline objects are named after where
they first appear (``ListDatabasesResponse``, ``ListDatabasesResponsePagination``), collisions get a
deterministic suffix with a warning. Config overrides win over derived names. A schema whose readOnly or
writeOnly properties make it differ between requests and responses, and that travels both ways, also gets
a request class ``<Class>Input`` (``User`` / ``UserInput``).
"""

from __future__ import annotations

import keyword
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, is_dataclass

from generator.config import Config
from generator.diagnostics import Diagnostic, Level, error, join_pointer
from generator.ir.directions import schema_directions
from generator.ir.model import (
    Api,
    ArraySchema,
    MapSchema,
    ObjectSchema,
    Operation,
    RefSchema,
    Schema,
    UnionSchema,
)
from generator.naming.identifiers import (
    BUILTINS,
    MODEL_RESERVED,
    PARAMETER_RESERVED,
    RESOURCE_MODULE_NAMES,
    pascal_case,
    pascal_identifier,
    safe_identifier,
    snake_case,
)
from generator.naming.operations import method_name, resource_of

# Method arguments never shadow a builtin (`type` -> `type_`), except `id`: every API has one, and a
# method body never needs the builtin.
ARGUMENT_RESERVED = PARAMETER_RESERVED | (BUILTINS - {"id"})

# Attributes of the runtime's client classes: a resource cannot be called like one of these. Resource
# names are module names too, so neither can they be a Windows device name (`aux.py` cannot exist there).
WINDOWS_DEVICES = frozenset(
    ["con", "prn", "aux", "nul"] + [f"{kind}{n}" for kind in ("com", "lpt") for n in range(1, 10)]
)
CLIENT_RESERVED = (
    frozenset(
        {
            "base_url",
            "timeout",
            "max_retries",
            "client_param",
            "with_options",
            "request",
            "request_page",
            "close",
        }
    )
    | WINDOWS_DEVICES
)

# Names that generated modules import or define themselves.
CLASS_RESERVED = frozenset(
    {
        "Any",
        "Literal",
        "Model",
        "field",
        "datetime",
        "date",
        "uuid",
        "UUID",
        "NotGiven",
        "TypeAlias",
        "ClassVar",
    }
)


@dataclass(frozen=True)
class OperationNames:
    """Where an operation lands on the client: resource attribute, method, class-name base."""

    resource: str  # attribute on the client, e.g. "databases"
    method: str  # e.g. "list_instances"
    base: str  # Pascal base for classes derived from the operation, e.g. "ListDatabaseInstances"


@dataclass(frozen=True)
class Names:
    """Every Python name of the generated package, by the spec place it is for."""

    package: str
    sync_client: str
    async_client: str
    classes: Mapping[str, str]  # schema pointer -> class or alias name
    fields: Mapping[tuple[str, str], str]  # (object pointer, wire name) -> attribute name
    operations: Mapping[str, OperationNames]  # operation pointer -> names
    params: Mapping[
        tuple[str, str, str], str
    ]  # (operation pointer, location|"body", wire) -> argument
    resources: Mapping[str, str]  # resource attribute -> resource class name
    client_params: Mapping[str, str]  # wire name of a client-bound parameter -> python name
    # schema pointer -> its request class, for the schemas generated in two shapes (readOnly/writeOnly)
    inputs: Mapping[str, str] = field(default_factory=dict[str, str])

    def component_class(self, key: str) -> str:
        return self.classes[join_pointer("/components/schemas", key)]

    def class_for(self, pointer: str, request: bool) -> str:
        """The class of a schema in a request (its request class where it has one) or a response."""
        return (self.inputs.get(pointer) if request else None) or self.classes[pointer]


class _Namer:
    def __init__(self, api: Api, config: Config, file: str) -> None:
        self.api = api
        self.config = config
        self.file = file
        self.diagnostics: list[Diagnostic] = []
        self.classes: dict[str, str] = {}
        self.taken: set[str] = set(CLASS_RESERVED)
        self.fields: dict[tuple[str, str], str] = {}
        self.op_ids: dict[str, str | None] = {}
        self.titled: dict[tuple[str, object], ObjectSchema] = {}
        self.shapes: dict[int, object] = {}  # _shape's pictures, by node identity

    def warn(self, pointer: str, message: str) -> None:
        self.diagnostics.append(Diagnostic(Level.WARNING, self.file, pointer, message))

    def claim_class(self, pointer: str, wanted: str) -> str:
        if pointer in self.classes:
            return self.classes[pointer]
        self.classes[pointer] = self.unique_class(pointer, wanted)
        return self.classes[pointer]

    def unique_class(self, pointer: str, wanted: str) -> str:
        base = pascal_identifier(wanted)
        name, n = base, 2
        while name in self.taken:
            name, n = (f"{base}{n}", n + 1)
        if name != base:
            # two components that snake/Pascal-case alike deserve a warning; inline schemas do not
            level = Level.WARNING if pointer.startswith("/components/schemas/") else Level.INFO
            self.diagnostics.append(
                Diagnostic(level, self.file, pointer, f"class name {base} is taken; named {name}")
            )
        self.taken.add(name)
        return name

    def name_inputs(self) -> dict[str, str]:
        """The request classes (``<Class>Input``) of the schemas generated in two shapes (see
        generator/ir/directions.py), claimed after every other class so that they never rename one."""
        directions = schema_directions(self.api, lambda pointer: self.classes.get(pointer, pointer))
        by_class: dict[str, str] = {}
        inputs: dict[str, str] = {}
        for pointer, name in list(self.classes.items()):
            if directions.split(name):
                if name not in by_class:
                    by_class[name] = self.unique_class(pointer, f"{name}Input")
                inputs[pointer] = by_class[name]
        return inputs

    # -- schemas ---------------------------------------------------------------------------------
    def name_components(self) -> None:
        overrides = dict(self.config.names.schemas)
        for named in self.api.schemas:
            pointer = join_pointer("/components/schemas", named.key)
            self.claim_class(pointer, overrides.get(named.key, named.key))
            if named.schema.meta.pointer != pointer:
                # a component that is itself a reference into another schema: name its target too
                self.classes.setdefault(named.schema.meta.pointer, self.classes[pointer])
        for named in self.api.schemas:
            pointer = join_pointer("/components/schemas", named.key)
            self.visit(named.schema, self.classes[pointer], named.key)

    def visit(self, schema: Schema, context: str, key: str | None = None) -> None:
        if isinstance(schema, ObjectSchema):
            if schema.meta.pointer in self.classes and key is None:
                return
            if key is None and schema.meta.title:
                # the same titled inline object written out in several places is one class
                shape = (schema.meta.title, _shape(schema, self.shapes))
                twin = self.titled.get(shape)
                if twin is not None:
                    self.classes[schema.meta.pointer] = self.classes[twin.meta.pointer]
                    self.name_fields(schema, self.classes[twin.meta.pointer], key)
                    return
                self.titled[shape] = schema
            name = self.claim_class(
                schema.meta.pointer, schema.meta.title or context if key is None else context
            )
            self.name_fields(schema, name, key)
            for prop in schema.properties:
                self.visit(prop.schema, name + pascal_case(prop.wire_name))
            if isinstance(schema.additional, (ObjectSchema, ArraySchema, MapSchema, UnionSchema)):
                self.visit(schema.additional, name + "Value")
        elif isinstance(schema, ArraySchema):
            self.visit(schema.items, context + "Item")
        elif isinstance(schema, MapSchema):
            self.visit(schema.values, context + "Value")
        elif isinstance(schema, UnionSchema):
            for i, variant in enumerate(schema.variants, 1):
                self.visit(
                    variant, context + pascal_case(variant.meta.title or "", fallback=f"Variant{i}")
                )

    def name_fields(self, schema: ObjectSchema, class_name: str, key: str | None) -> None:
        overrides = dict(self.config.names.fields)
        used: set[str] = set()
        for prop in schema.properties:
            override = overrides.get(f"{key}.{prop.wire_name}") if key else None
            wanted = override or snake_case(prop.wire_name)
            name = safe_identifier(wanted, reserved=MODEL_RESERVED)
            name = _unique(name, used)
            self.fields[(schema.meta.pointer, prop.wire_name)] = name

    # -- operations -------------------------------------------------------------------------------
    def name_operations(self) -> tuple[dict[str, OperationNames], dict[tuple[str, str, str], str]]:
        scope = [w for p in self.config.client.params for w in p.wire_names]
        self.op_ids = self.effective_operation_ids()
        wanted: dict[str, tuple[str, str]] = {}
        for op in self.api.operations:
            override = self.config.operation_override(op.method, op.path)
            if override and "." in override:
                resource, method = override.split(".", 1)
            else:
                # the spec's own grouping (its first tag) where it gives one, else the path
                resource = snake_case(op.tags[0]) if op.tags else resource_of(op.path, scope)
                method = method_name(op.method, op.path, self.op_ids[op.pointer], resource, scope)
            resource = safe_identifier(
                snake_case(resource), reserved=CLIENT_RESERVED, prefix="api_"
            )
            wanted[op.pointer] = (resource, snake_case(method))
        wanted = self._resolve_method_collisions(wanted, scope)
        operations: dict[str, OperationNames] = {}
        params: dict[tuple[str, str, str], str] = {}
        for op in self.api.operations:
            resource, method = wanted[op.pointer]
            op_id = self.op_ids[op.pointer]
            base = pascal_case(op_id) if op_id else pascal_case(f"{resource}_{method}")
            operations[op.pointer] = OperationNames(resource, method, base)
            params.update(self.name_params(op))
        return operations, params

    def effective_operation_ids(self) -> dict[str, str | None]:
        """operationIds, except that a repeated one names only its first operation: the others are
        named from their method and path (a copy-pasted operationId says nothing about them)."""
        seen: set[str] = set()
        ids: dict[str, str | None] = {}
        for op in self.api.operations:
            op_id = op.operation_id
            if op_id is not None and op_id in seen:
                self.warn(
                    op.pointer,
                    f"operationId {op_id!r} is used by an earlier operation; "
                    f"{op.method.upper()} {op.path} is named from its method and path",
                )
                op_id = None
            if op_id is not None:
                seen.add(op_id)
            ids[op.pointer] = op_id
        return ids

    def _resolve_method_collisions(
        self, wanted: dict[str, tuple[str, str]], scope: list[str]
    ) -> dict[str, tuple[str, str]]:
        by_op = {op.pointer: op for op in self.api.operations}
        seen: dict[tuple[str, str], list[str]] = {}
        for pointer, key in wanted.items():
            seen.setdefault(key, []).append(pointer)
        result = dict(wanted)
        for (resource, method), pointers in seen.items():
            if len(pointers) < 2:
                continue
            for pointer in pointers:
                op = by_op[pointer]
                if self.config.operation_override(op.method, op.path):
                    continue
                again = method_name(
                    op.method,
                    op.path,
                    self.op_ids[op.pointer],
                    resource,
                    scope,
                    keep_version=True,
                    keep_scope=True,
                )
                result[pointer] = (resource, snake_case(again))
        final: dict[str, tuple[str, str]] = {}
        used: dict[str, set[str]] = {}
        overridden = {
            p for p, op in by_op.items() if self.config.operation_override(op.method, op.path)
        }
        # overrides claim their names first: a derived name yields to an explicit one
        ordered = sorted(result.items(), key=lambda item: item[0] not in overridden)
        for pointer, (resource, method) in ordered:
            names = used.setdefault(resource, set())
            method = safe_identifier(
                method, reserved=frozenset({"with_raw_response", "with_options"})
            )
            unique = _unique(method, names)
            if unique != method:
                op = by_op[pointer]
                self.warn(
                    pointer,
                    f"{op.method.upper()} {op.path} would be named {resource}.{method} like another "
                    f"operation; named {resource}.{unique}",
                )
            final[pointer] = (resource, unique)
        return final

    def name_params(self, op: Operation) -> dict[tuple[str, str, str], str]:
        used: set[str] = set()
        names: dict[tuple[str, str, str], str] = {}
        bound = {w: p.python_name for p in self.config.client.params for w in p.wire_names}
        for param in op.parameters:
            wanted = bound.get(param.name) if param.location == "path" else None
            name = safe_identifier(wanted or snake_case(param.name), reserved=ARGUMENT_RESERVED)
            if name in used:
                name = safe_identifier(f"{param.location}_{name}", reserved=ARGUMENT_RESERVED)
            names[(op.pointer, param.location, param.name)] = _unique(name, used)
        body = op.request_body
        if body is not None:
            for wire in self.body_fields(body.schema):
                name = safe_identifier(snake_case(wire), reserved=ARGUMENT_RESERVED)
                if name in used:
                    name = safe_identifier(f"body_{name}", reserved=ARGUMENT_RESERVED)
                names[(op.pointer, "body", wire)] = _unique(name, used)
            names[(op.pointer, "body", "")] = _unique("body", used)
        return names

    def body_fields(self, schema: Schema) -> list[str]:
        obj = self.object_of(schema)
        if obj is None:
            return []
        return [p.wire_name for p in obj.properties if not p.schema.meta.read_only]

    def object_of(self, schema: Schema) -> ObjectSchema | None:
        if isinstance(schema, RefSchema):
            for named in self.api.schemas:
                if named.key == schema.key:
                    target = named.schema
                    return target if isinstance(target, ObjectSchema) else None
            return None
        return schema if isinstance(schema, ObjectSchema) else None

    def name_operation_schemas(self, operations: Mapping[str, OperationNames]) -> None:
        for op in self.api.operations:
            base = operations[op.pointer].base
            for param in op.parameters:
                self.visit(param.schema, base + pascal_case(param.name) + "Param")
            if op.request_body is not None:
                self.visit(op.request_body.schema, base + "Request")
            for response in op.responses:
                if response.schema is not None and response.status.startswith("2"):
                    self.visit(response.schema, base + "Response")


def _shape(node: object, seen: dict[int, object]) -> object:
    """A hashable picture of a schema without its pointers: equal shapes describe the same data.
    ``seen`` holds the pictures made so far, by node identity (a titled object inside another is
    pictured once, not once per titled object around it)."""
    names = _shape_fields(type(node))
    if names is not None:
        found = seen.get(id(node))
        if found is None:
            found = (type(node).__name__, *(_shape(getattr(node, name), seen) for name in names))
            seen[id(node)] = found
        return found
    if isinstance(node, tuple):
        return tuple(_shape(item, seen) for item in node)
    if isinstance(node, (dict, list)):
        return repr(node)
    return node


_SHAPE_FIELDS: dict[type, tuple[str, ...] | None] = {}


def _shape_fields(cls: type) -> tuple[str, ...] | None:
    """The fields of a dataclass type that its shape shows (None: not a dataclass)."""
    if cls not in _SHAPE_FIELDS:
        shown = (
            tuple(f.name for f in fields(cls) if f.name != "pointer") if is_dataclass(cls) else None
        )
        _SHAPE_FIELDS[cls] = shown
    return _SHAPE_FIELDS[cls]


def _resource_class(resource: str) -> str:
    """The class of a resource; never a name its module imports (``Headers``, ``Any``...)."""
    name = pascal_identifier(resource, prefix="Api")
    return f"{name}Resource" if name in RESOURCE_MODULE_NAMES else name


def _unique(name: str, used: set[str]) -> str:
    candidate, n = name, 2
    while candidate in used:
        candidate, n = (f"{name}_{n}", n + 1)
    used.add(candidate)
    return candidate


def assign_names(api: Api, config: Config, file: str) -> tuple[Names, list[Diagnostic]]:
    namer = _Namer(api, config, file)
    package = config.package.name or safe_identifier(
        snake_case(api.title), reserved=WINDOWS_DEVICES
    )
    if (
        not package.isidentifier()
        or keyword.iskeyword(package)
        or package.lower() in WINDOWS_DEVICES
    ):
        raise error(
            config.source or "<config>",
            "/package/name",
            f"package name {package!r} is not a valid Python import name",
            "use lowercase letters, digits and underscores, e.g. my_client",
        )
    client_base = pascal_case(config.client.sync_name or api.title or "Client")
    sync_client = config.client.sync_name or client_base
    async_client = config.client.async_name or f"Async{client_base}"
    namer.taken.update({sync_client, async_client})
    namer.name_components()
    operations, params = namer.name_operations()
    namer.name_operation_schemas(operations)
    inputs = namer.name_inputs()
    resources = {
        names.resource: _resource_class(names.resource)
        for names in sorted(operations.values(), key=lambda n: n.resource)
    }
    client_params = {w: p.python_name for p in config.client.params for w in p.wire_names}
    names = Names(
        package=package,
        sync_client=sync_client,
        async_client=async_client,
        classes=namer.classes,
        fields=namer.fields,
        operations=operations,
        params=params,
        resources=resources,
        client_params=client_params,
        inputs=inputs,
    )
    return names, namer.diagnostics

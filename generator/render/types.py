"""Map IR schemas to Python type expressions (text plus the imports and model names they need).

Three contexts: ``model`` (fields of response models and response types: enums stay open as
``str``/``int`` so an unknown server value never breaks an old client), ``input`` (fields of request
models: the same types, but a schema generated in two shapes is named by its request class, see
generator/ir/directions.py) and ``param`` (method arguments: request classes, and enums are ``Literal``).

Unions of objects told apart by a discriminator property (``tag_unions``) are typed exactly: with msgspec
their classes carry a tag; with pydantic they carry a ``Literal`` discriminator field and the union is
``Annotated[A | B, pydantic.Field(discriminator=...)]``. Other unions: msgspec decodes at most one member
per JSON kind, so a union it cannot decode unambiguously degrades to ``Any`` with a warning; pydantic
decodes any union (smart mode: the member the value fits best), so it is always typed exactly. A type
alias that refers back to itself is typed ``Any`` at the recursive reference (an alias is a runtime
expression and cannot name itself).

Types are built as lists of union members and joined at the end, so ``| None`` is added once and a
``|`` inside an enum value never splits a member.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, fields, is_dataclass
from typing import Literal

from generator.diagnostics import Diagnostic, Level, join_pointer
from generator.ir.model import (
    AnySchema,
    Api,
    ArraySchema,
    BooleanSchema,
    IntegerSchema,
    MapSchema,
    NullSchema,
    NumberSchema,
    ObjectSchema,
    Property,
    RefSchema,
    Schema,
    StringSchema,
    UnionSchema,
)
from generator.naming.assign import Names
from generator.naming.identifiers import MODEL_RESERVED, safe_identifier, snake_case

Context = Literal["model", "input", "param"]
Backend = Literal["msgspec", "pydantic"]

_STRING_FORMATS = {
    "date-time": ("datetime.datetime", "datetime"),
    "date": ("datetime.date", "datetime"),
    "uuid": ("uuid.UUID", "uuid"),
    "byte": ("bytes", None),
}
_BUILTIN_TYPES = frozenset({"bool", "int", "float", "str", "bytes", "list", "dict"})
_MAX_DEPTH = 32


@dataclass
class TypeCollector:
    """Accumulates what a module needs for the type expressions rendered into it.

    ``shadowed`` names builtins that the module's classes shadow (a resource method called ``list``):
    those are written ``builtins.list`` in that module.
    """

    modules: set[str] = field(default_factory=set)  # "datetime", "uuid", "builtins"
    typing: set[str] = field(default_factory=set)  # "Any", "Literal"
    models: set[str] = field(default_factory=set)  # generated class/alias names
    shadowed: frozenset[str] = frozenset()
    local_names: frozenset[str] = frozenset()  # classes the module defines itself

    def model(self, name: str) -> str:
        """Record a model the module needs; one named like a class of the module is imported under
        an alias (``Databases as DatabasesModel``)."""
        self.models.add(name)
        return self.alias(name) or name

    def alias(self, name: str) -> str | None:
        return f"{name}Model" if name in self.local_names else None

    def merge(self, other: TypeCollector) -> None:
        """Take on what ``other`` collected."""
        self.modules |= other.modules
        self.typing |= other.typing
        self.models |= other.models

    def builtin(self, name: str) -> str:
        if name in self.shadowed:
            self.modules.add("builtins")
            return f"builtins.{name}"
        return name


class TypeMapper:
    """``tags`` (from ``tag_unions``) says which classes carry a discriminator; without it no union of
    several objects is decodable by msgspec. ``backend`` is the model library."""

    def __init__(
        self,
        names: Names,
        schemas: Mapping[str, Schema],
        file: str,
        tags: UnionTags | None = None,
        backend: Backend = "msgspec",
    ) -> None:
        self.names = names
        self.schemas = schemas  # component key -> schema
        self.file = file
        self.tags = tags or UnionTags({}, frozenset(), ())
        self.backend = backend
        self.diagnostics: list[Diagnostic] = list(self.tags.diagnostics)
        self._warned: set[str] = set()
        self._root: Schema | None = None  # the schema render() was called with
        self._alias_reach: dict[str, frozenset[str]] = {}

    def warn(self, pointer: str, message: str) -> None:
        if pointer not in self._warned:
            self._warned.add(pointer)
            self.diagnostics.append(Diagnostic(Level.WARNING, self.file, pointer, message))

    def render(self, schema: Schema, into: TypeCollector, context: Context = "model") -> str:
        self._root = schema
        try:
            return " | ".join(self.members(schema, into, context, 0))
        finally:
            self._root = None

    def members(
        self, schema: Schema, into: TypeCollector, context: Context, depth: int
    ) -> list[str]:
        """The union members of the type of ``schema`` (``None`` last when nullable)."""
        models, modules, typing = set(into.models), set(into.modules), set(into.typing)
        parts = self._members(schema, into, context, depth)
        if "Any" in parts:
            # what the members needed is not imported for them: the type is Any
            into.models &= models
            into.modules &= modules
            into.typing &= typing
            into.typing.add("Any")
            return ["Any"]
        if schema.meta.nullable and "None" not in parts:
            parts.append("None")
        if "None" in parts:
            parts = [p for p in parts if p != "None"] + ["None"]
        return parts

    def _members(
        self, schema: Schema, into: TypeCollector, context: Context, depth: int
    ) -> list[str]:
        if depth > _MAX_DEPTH:
            return ["Any"]
        if isinstance(schema, AnySchema):
            return ["Any"]
        if isinstance(schema, NullSchema):
            return ["None"]
        if isinstance(schema, BooleanSchema):
            return [into.builtin("bool")]
        if isinstance(schema, IntegerSchema):
            if schema.enum is not None and context == "param":
                into.typing.add("Literal")
                return ["Literal[" + ", ".join(repr(v) for v in schema.enum) + "]"]
            return [into.builtin("int")]
        if isinstance(schema, NumberSchema):
            return [into.builtin("float")]
        if isinstance(schema, StringSchema):
            return [self._string(schema, into, context)]
        if isinstance(schema, ArraySchema):
            return [
                f"{into.builtin('list')}[{self.render_depth(schema.items, into, context, depth)}]"
            ]
        if isinstance(schema, MapSchema):
            values = self.render_depth(schema.values, into, context, depth)
            return [f"{into.builtin('dict')}[{into.builtin('str')}, {values}]"]
        if isinstance(schema, ObjectSchema):
            if schema.meta.pointer not in self.names.classes:
                into.typing.add("Any")
                return [f"{into.builtin('dict')}[{into.builtin('str')}, Any]"]
            return [into.model(self.names.class_for(schema.meta.pointer, context != "model"))]
        if isinstance(schema, RefSchema):
            return self._ref(schema, into, context, depth)
        return self._union(schema, into, context, depth)

    def render_depth(
        self, schema: Schema, into: TypeCollector, context: Context, depth: int
    ) -> str:
        return " | ".join(self.members(schema, into, context, depth + 1))

    def _string(self, schema: StringSchema, into: TypeCollector, context: Context) -> str:
        if schema.enum is not None and context == "param":
            into.typing.add("Literal")
            return "Literal[" + ", ".join(repr(v) for v in schema.enum) + "]"
        if schema.format in _STRING_FORMATS:
            text, module = _STRING_FORMATS[schema.format]
            if module:
                into.modules.add(module)
                return text
            return into.builtin(text)
        return into.builtin("str")

    def _ref(
        self, schema: RefSchema, into: TypeCollector, context: Context, depth: int
    ) -> list[str]:
        target = self.schemas.get(schema.key)
        if target is None:
            return ["Any"]
        if context != "param" and _is_enum(target):
            # open enums in models: a new server value must not break decoding
            return self.members(target, into, context, depth + 1)
        if self._closes_alias_cycle(schema.key):
            self.warn(
                self._root.meta.pointer if self._root is not None else schema.meta.pointer,
                f"type alias refers back to itself through {schema.key!r}; the recursive reference is "
                "typed as Any",
            )
            return ["Any"]
        pointer = join_pointer("/components/schemas", schema.key)
        name = into.model(self.names.class_for(pointer, context != "model"))
        return [name, "None"] if target.meta.nullable else [name]

    # -- recursive aliases ----------------------------------------------------------------------------
    def _closes_alias_cycle(self, key: str) -> bool:
        """True when the alias being rendered (the root of ``render``) is a component that ``key``
        leads back to through aliases only: writing its name would use it before it exists."""
        root = self._root
        if root is None or isinstance(root, ObjectSchema) or not self._is_alias(key):
            return False
        root_keys = [k for k, s in self.schemas.items() if s is root]
        return any(k in self._aliases_reached(key) for k in root_keys)

    def _is_alias(self, key: str) -> bool:
        target = self.schemas.get(key)
        return target is not None and not isinstance(target, ObjectSchema) and not _is_enum(target)

    def _aliases_reached(self, key: str) -> frozenset[str]:
        """The alias components reachable from alias ``key`` without passing through a class."""
        if key in self._alias_reach:
            return self._alias_reach[key]
        seen: set[str] = set()
        stack = [key]
        while stack:
            current = self.schemas.get(stack.pop())
            if current is None:
                continue
            for ref in _refs_outside_classes(current):
                if ref not in seen and self._is_alias(ref):
                    seen.add(ref)
                    stack.append(ref)
        self._alias_reach[key] = frozenset(seen)
        return self._alias_reach[key]

    def _union(
        self, schema: UnionSchema, into: TypeCollector, context: Context, depth: int
    ) -> list[str]:
        if self.backend == "pydantic":
            return self._pydantic_union(schema, into, context, depth)
        if not self.union_decodable(schema):
            self.warn(
                schema.meta.pointer,
                "union members overlap in JSON (two objects, arrays or string-like types) and cannot be "
                "decoded unambiguously; typed as Any",
            )
            return ["Any"]
        parts: list[str] = []
        for variant in schema.variants:
            for piece in self.members(variant, into, context, depth + 1):
                if piece not in parts:
                    parts.append(piece)
        return parts

    def _pydantic_union(
        self, schema: UnionSchema, into: TypeCollector, context: Context, depth: int
    ) -> list[str]:
        """Every member; the tagged classes of a discriminated union grouped into one
        ``Annotated[A | B, pydantic.Field(discriminator=attr)]`` member (when they agree on ``attr``),
        the enums of an argument into one ``Literal``."""
        parts: list[str] = []
        tagged: list[str] = []  # the tagged classes, written where the first of them stands
        attrs: set[str] = set()
        literals: list[str | int] = []  # the values of the enum members, likewise
        for variant in schema.variants:
            enum = variant.enum if isinstance(variant, (StringSchema, IntegerSchema)) else None
            if context == "param" and enum is not None:
                parts += [] if literals else [_LITERAL_SLOT]
                parts += ["None"] if variant.meta.nullable and "None" not in parts else []
                literals += [v for v in enum if v not in literals]
                continue
            pieces = self.members(variant, into, context, depth + 1)
            member = self._tagged_member(schema, variant)
            if member is not None and pieces[0] != "Any":
                attrs.add(tag_attribute(self.names, *member))
                if not tagged:
                    parts.append(_TAGGED_SLOT)
                tagged += [p for p in pieces[:1] if p not in tagged]
                pieces = pieces[1:]
            parts += [p for p in pieces if p not in parts]
        if len(tagged) < 2 or len(attrs) != 1:
            slot = tagged  # too few to discriminate, or told apart by different attributes
        else:
            into.typing.add("Annotated")
            into.modules.add("pydantic")
            discriminator = f"pydantic.Field(discriminator={attrs.pop()!r})"
            slot = [f"Annotated[{' | '.join(tagged)}, {discriminator}]"]
        if literals:
            into.typing.add("Literal")
        slots = {_TAGGED_SLOT: slot, _LITERAL_SLOT: [f"Literal[{', '.join(map(repr, literals))}]"]}
        result: list[str] = []
        for part in parts:
            result += [p for p in slots.get(part, [part]) if p not in result]
        return result

    def _tagged_member(
        self, union: UnionSchema, variant: Schema
    ) -> tuple[ObjectSchema, Tag] | None:
        """The class and tag of a member of a union told apart by tags, else None."""
        if union.meta.pointer not in self.tags.unions:
            return None
        target = self.schemas.get(variant.key) if isinstance(variant, RefSchema) else variant
        if not isinstance(target, ObjectSchema) or target.meta.pointer not in self.tags.classes:
            return None
        return target, self.tags.classes[target.meta.pointer]

    # -- union decodability (msgspec: at most one member per JSON kind) -----------------------------
    def union_decodable(self, schema: UnionSchema) -> bool:
        """At most one member per JSON kind, except that several classes tagged on the same field
        with distinct values (and no other object) may share the object kind. A union whose own
        discriminator could not tag its members is not decoded by tags another union gave them."""
        seen: set[str] = set()
        tagged: dict[str, str] = {}  # tag value -> class pointer
        tag_fields: set[str] = set()
        by_tags = schema.discriminator is None or schema.meta.pointer in self.tags.unions
        for variant in schema.variants:
            for kind in self.json_kinds(variant, depth=0):
                if kind == "any":
                    return True
                if kind.startswith(_TAGGED) and not by_tags:
                    kind = "object"
                if kind.startswith(_TAGGED):
                    tag_field, value, pointer = kind[len(_TAGGED) :].split("\0")
                    tag_fields.add(tag_field)
                    if tagged.setdefault(value, pointer) != pointer:
                        return False
                    if "object" in seen or len(tag_fields) > 1:
                        return False
                    continue
                if kind in seen or (kind == "object" and tagged):
                    return False
                seen.add(kind)
        return True

    def json_kinds(self, schema: Schema, depth: int) -> set[str]:
        if depth > _MAX_DEPTH:
            return {"any"}
        if isinstance(schema, RefSchema):
            target = self.schemas.get(schema.key)
            return self.json_kinds(target, depth + 1) if target is not None else {"any"}
        if isinstance(schema, UnionSchema):
            kinds: set[str] = set()
            for variant in schema.variants:
                kinds |= self.json_kinds(variant, depth + 1)
            return kinds
        if isinstance(schema, ObjectSchema) and schema.meta.pointer in self.tags.classes:
            tag = self.tags.classes[schema.meta.pointer]
            return {f"{_TAGGED}{tag.field}\0{tag.value}\0{schema.meta.pointer}"}
        kind = {
            AnySchema: "any",
            NullSchema: "null",
            BooleanSchema: "bool",
            IntegerSchema: "int",
            NumberSchema: "float",
            StringSchema: "str",
            ArraySchema: "array",
            MapSchema: "object",
            ObjectSchema: "object",
        }[type(schema)]
        return {kind}


_TAGGED = "tagged\0"
_TAGGED_SLOT = "\0tagged"
_LITERAL_SLOT = "\0literal"


def _refs_outside_classes(schema: Schema) -> Iterator[str]:
    """The component keys ``schema`` refers to, not looking inside object schemas (classes)."""
    if isinstance(schema, RefSchema):
        yield schema.key
    elif isinstance(schema, ArraySchema):
        yield from _refs_outside_classes(schema.items)
    elif isinstance(schema, MapSchema):
        yield from _refs_outside_classes(schema.values)
    elif isinstance(schema, UnionSchema):
        for variant in schema.variants:
            yield from _refs_outside_classes(variant)


# -- discriminated unions ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Tag:
    """A class's msgspec tag: ``field`` is the discriminator's wire name, ``value`` this class's value."""

    field: str
    value: str


@dataclass(frozen=True)
class UnionTags:
    """How unions are told apart: each tagged class's tag, and the unions that use tags."""

    classes: Mapping[str, Tag]  # class (object schema) pointer -> its tag
    unions: frozenset[str]  # pointers of the unions told apart by tag
    diagnostics: tuple[Diagnostic, ...] = ()


def tag_unions(api: Api, names: Names, file: str) -> UnionTags:
    """Give the object members of discriminated unions a tag, so msgspec can decode the union exactly.

    A union qualifies when each of its object members is a class and gets one tag value:
    - with a ``discriminator``: the ``mapping`` value that names the member's component, else the
      single value of the member's discriminator property (``enum: [x]`` / ``const``), else the
      component name (the OpenAPI implicit mapping);
    - without one: when every object member has the same required property with a single string value
      (``const``/one-value ``enum``), distinct across members, that property is the discriminator.
    A class can carry only one tag: a union that would tag a class differently than an earlier union
    (components first, then operations, in document order) is left untagged (and so typed by the usual
    rule). Tagged classes drop the discriminator field (msgspec reads and writes it as the tag).
    """
    components = {n.key: n.schema for n in api.schemas}
    classes: dict[str, Tag] = {}
    unions: set[str] = set()
    diagnostics: list[Diagnostic] = []
    seen: set[str] = set()
    for union in _all_unions(api):
        if union.meta.pointer in seen:
            continue
        seen.add(union.meta.pointer)
        found = _union_tags(union, components, names)
        if isinstance(found, str):
            if union.discriminator is not None:
                diagnostics.append(
                    Diagnostic(
                        Level.WARNING,
                        file,
                        union.meta.pointer,
                        f"discriminator {union.discriminator.property_name!r} cannot tell the "
                        f"members apart: {found}",
                    )
                )
            continue
        if not found:
            continue
        clash = next(
            (
                pointer
                for pointer, tag in found.items()
                if pointer in classes and classes[pointer] != tag
            ),
            None,
        )
        if clash is not None:
            diagnostics.append(
                Diagnostic(
                    Level.WARNING,
                    file,
                    union.meta.pointer,
                    f"{names.classes[clash]} is already tagged {classes[clash].field}="
                    f"{classes[clash].value!r} by another union; this union is not tagged",
                )
            )
            continue
        classes.update(found)
        unions.add(union.meta.pointer)
    return UnionTags(classes, frozenset(unions), tuple(diagnostics))


def _all_unions(api: Api) -> list[UnionSchema]:
    """Every union schema of the API, in document order (components, then operations), depth first."""
    found: list[UnionSchema] = []
    stack: list[object] = [api.operations, api.schemas]
    while stack:
        node = stack.pop()
        if isinstance(node, tuple):
            stack.extend(reversed(node))
            continue
        names = _walked_fields(type(node))
        if names is None:
            continue
        if isinstance(node, UnionSchema):
            found.append(node)
        stack.extend(getattr(node, name) for name in reversed(names))
    return found


_WALKED: dict[type, tuple[str, ...] | None] = {}


def _walked_fields(cls: type) -> tuple[str, ...] | None:
    """The fields `_all_unions` looks into (all but ``meta``); None for a type that is no dataclass."""
    if cls not in _WALKED:
        _WALKED[cls] = (
            tuple(f.name for f in fields(cls) if f.name != "meta") if is_dataclass(cls) else None
        )
    return _WALKED[cls]


def _union_tags(
    union: UnionSchema, components: Mapping[str, Schema], names: Names
) -> dict[str, Tag] | str:
    """The tags of the union's object members (empty: nothing to tag), or why it cannot be tagged."""
    members: list[tuple[ObjectSchema, str | None]] = []  # (class schema, component key)
    for variant in union.variants:
        key = variant.key if isinstance(variant, RefSchema) else None
        target = components.get(key) if key is not None else variant
        if isinstance(target, ObjectSchema):
            if target.meta.pointer not in names.classes:
                return "a member object has no class"
            members.append((target, key))
        elif isinstance(target, MapSchema):
            return "a member is a free-form object"
    if len(members) < 2:
        return {}
    disc = union.discriminator
    if disc is None:
        inferred = _inferred_field(members)
        if inferred is None:
            return {}
        tags = {
            obj.meta.pointer: Tag(inferred, _single_value(obj, inferred) or "")
            for obj, _ in members
        }
    else:
        by_key: dict[str, list[str]] = {}
        for wire_value, mapped_key in disc.mapping:
            by_key.setdefault(mapped_key, []).append(wire_value)
        tags = {}
        for obj, key in members:
            prop = _property(obj, disc.property_name)
            if prop is not None and not isinstance(prop.schema, (StringSchema, AnySchema)):
                name = names.classes[obj.meta.pointer]
                return f"property {disc.property_name!r} of {name} is not a string"
            mapped = by_key.get(key, []) if key is not None else []
            if len(mapped) > 1:
                return f"several mapping values name {key!r} (a class takes one tag)"
            value = mapped[0] if mapped else _single_value(obj, disc.property_name) or key
            if value is None:
                return "an inline member has no mapping value and no single-valued property"
            tags[obj.meta.pointer] = Tag(disc.property_name, value)
    values = [tag.value for tag in tags.values()]
    if len(set(values)) != len(values):
        return "two members have the same discriminator value"
    return tags


def tag_attribute(names: Names, obj: ObjectSchema, tag: Tag) -> str:
    """The attribute of a tagged class's discriminator: its property's attribute, or (a member that
    does not declare the property) one made from the wire name that no other field of the class has."""
    attr = names.fields.get((obj.meta.pointer, tag.field))
    if attr is not None:
        return attr
    taken = {names.fields[(obj.meta.pointer, p.wire_name)] for p in obj.properties}
    attr = safe_identifier(snake_case(tag.field), reserved=MODEL_RESERVED)
    candidate, n = attr, 2
    while candidate in taken:
        candidate, n = f"{attr}_{n}", n + 1
    return candidate


def _property(obj: ObjectSchema, wire: str) -> Property | None:
    return next((p for p in obj.properties if p.wire_name == wire), None)


def _single_value(obj: ObjectSchema, wire: str) -> str | None:
    prop = _property(obj, wire)
    if prop is None or not isinstance(prop.schema, StringSchema) or prop.schema.enum is None:
        return None
    return prop.schema.enum[0] if len(prop.schema.enum) == 1 else None


def _inferred_field(members: list[tuple[ObjectSchema, str | None]]) -> str | None:
    """A property every member requires with one string value, distinct across members."""
    first = members[0][0]
    for prop in first.properties:
        values = []
        for obj, _ in members:
            other = _property(obj, prop.wire_name)
            value = _single_value(obj, prop.wire_name)
            if other is None or not other.required or value is None:
                break
            values.append(value)
        else:
            if len(set(values)) == len(values):
                return prop.wire_name
    return None


def _is_enum(schema: Schema) -> bool:
    return isinstance(schema, (StringSchema, IntegerSchema)) and schema.enum is not None


def shadowed_builtins(method_names: list[str]) -> frozenset[str]:
    """The builtin type names that methods of a class shadow inside its body."""
    return frozenset(_BUILTIN_TYPES.intersection(method_names))

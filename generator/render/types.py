"""Map IR schemas to Python type expressions (text plus the imports and model names they need).

Two contexts: ``model`` (fields of response/request models: enums stay open as ``str``/``int`` so an
unknown server value never breaks an old client) and ``param`` (method arguments: enums are ``Literal``).
Unions the model library cannot decode unambiguously degrade to ``Any`` with a warning.

Types are built as lists of union members and joined at the end, so ``| None`` is added once and a
``|`` inside an enum value never splits a member.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

from generator.diagnostics import Diagnostic, Level
from generator.ir.model import (
    AnySchema,
    ArraySchema,
    BooleanSchema,
    IntegerSchema,
    MapSchema,
    NullSchema,
    NumberSchema,
    ObjectSchema,
    RefSchema,
    Schema,
    StringSchema,
    UnionSchema,
)
from generator.naming.assign import Names

Context = Literal["model", "param"]

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

    def builtin(self, name: str) -> str:
        if name in self.shadowed:
            self.modules.add("builtins")
            return f"builtins.{name}"
        return name


class TypeMapper:
    def __init__(self, names: Names, schemas: Mapping[str, Schema], file: str) -> None:
        self.names = names
        self.schemas = schemas  # component key -> schema
        self.file = file
        self.diagnostics: list[Diagnostic] = []
        self._warned: set[str] = set()

    def warn(self, pointer: str, message: str) -> None:
        if pointer not in self._warned:
            self._warned.add(pointer)
            self.diagnostics.append(Diagnostic(Level.WARNING, self.file, pointer, message))

    def render(self, schema: Schema, into: TypeCollector, context: Context = "model") -> str:
        return " | ".join(self.members(schema, into, context, 0))

    def members(self, schema: Schema, into: TypeCollector, context: Context, depth: int) -> list[str]:
        """The union members of the type of ``schema`` (``None`` last when nullable)."""
        parts = self._members(schema, into, context, depth)
        if "Any" in parts:
            into.typing.add("Any")
            return ["Any"]
        if schema.meta.nullable and "None" not in parts:
            parts.append("None")
        if "None" in parts:
            parts = [p for p in parts if p != "None"] + ["None"]
        return parts

    def _members(self, schema: Schema, into: TypeCollector, context: Context, depth: int) -> list[str]:
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
            return [f"{into.builtin('list')}[{self.render_depth(schema.items, into, context, depth)}]"]
        if isinstance(schema, MapSchema):
            values = self.render_depth(schema.values, into, context, depth)
            return [f"{into.builtin('dict')}[{into.builtin('str')}, {values}]"]
        if isinstance(schema, ObjectSchema):
            name = self.names.classes.get(schema.meta.pointer)
            if name is None:
                into.typing.add("Any")
                return [f"{into.builtin('dict')}[{into.builtin('str')}, Any]"]
            return [into.model(name)]
        if isinstance(schema, RefSchema):
            return self._ref(schema, into, context, depth)
        return self._union(schema, into, context, depth)

    def render_depth(self, schema: Schema, into: TypeCollector, context: Context, depth: int) -> str:
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

    def _ref(self, schema: RefSchema, into: TypeCollector, context: Context, depth: int) -> list[str]:
        target = self.schemas.get(schema.key)
        if target is None:
            return ["Any"]
        if context == "model" and _is_enum(target):
            # open enums in models: a new server value must not break decoding
            return self.members(target, into, context, depth + 1)
        name = into.model(self.names.component_class(schema.key))
        return [name, "None"] if target.meta.nullable else [name]

    def _union(self, schema: UnionSchema, into: TypeCollector, context: Context, depth: int) -> list[str]:
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

    # -- union decodability (msgspec: at most one member per JSON kind) -----------------------------
    def union_decodable(self, schema: UnionSchema) -> bool:
        seen: set[str] = set()
        for variant in schema.variants:
            for kind in self.json_kinds(variant, depth=0):
                if kind == "any":
                    return True
                if kind in seen:
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


def _is_enum(schema: Schema) -> bool:
    return isinstance(schema, (StringSchema, IntegerSchema)) and schema.enum is not None


def shadowed_builtins(method_names: list[str]) -> frozenset[str]:
    """The builtin type names that methods of a class shadow inside its body."""
    return frozenset(_BUILTIN_TYPES.intersection(method_names))

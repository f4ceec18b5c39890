"""Build IR schemas from OpenAPI schema objects (3.0 and 3.1), normalizing as it goes.

- ``$ref`` to ``#/components/schemas/X`` stays a :class:`RefSchema` (named schemas stay named classes);
  any other local ref (into another schema's properties, ``$defs``...) is followed and built inline.
- ``nullable: true`` and 3.1 ``type: [..., "null"]`` become ``meta.nullable``.
- ``allOf`` is merged into one object; ``oneOf``/``anyOf`` become a :class:`UnionSchema`.
- Whatever cannot be expressed exactly degrades to a looser type with a warning naming its pointer.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import Any

from generator.diagnostics import Diagnostic, Level, join_pointer
from generator.ir.model import (
    MISSING,
    AnySchema,
    ArraySchema,
    BooleanSchema,
    Discriminator,
    IntegerSchema,
    MapSchema,
    Meta,
    NullSchema,
    NumberSchema,
    ObjectSchema,
    Property,
    RefSchema,
    Schema,
    StringSchema,
    UnionSchema,
)

COMPONENT_PREFIX = "#/components/schemas/"
_SCALAR_TYPES = ("string", "integer", "number", "boolean", "null", "array", "object")


def component_key(ref: str) -> str | None:
    """The schema name when ``ref`` points at a whole component schema, else None."""
    if not ref.startswith(COMPONENT_PREFIX):
        return None
    rest = ref[len(COMPONENT_PREFIX) :]
    if "/" in rest:
        return None
    return rest.replace("~1", "/").replace("~0", "~")


class SchemaBuilder:
    """Turns schema objects into IR schemas; one instance per document.

    ``lookup(ref)`` returns the JSON value a local ref points at (or raises KeyError).
    """

    def __init__(
        self,
        file: str,
        components: Mapping[str, Any],
        lookup: Callable[[str], Any],
        diagnostics: list[Diagnostic],
    ) -> None:
        self._file = file
        self._components = components
        self._lookup = lookup
        self._diagnostics = diagnostics
        self._inline_stack: list[str] = []
        self._all_of_depth = 0

    # -- diagnostics -------------------------------------------------------------------------
    def warn(self, pointer: str, message: str, hint: str | None = None) -> None:
        self._diagnostics.append(Diagnostic(Level.WARNING, self._file, pointer, message, hint))

    # -- entry point ---------------------------------------------------------------------------
    def build(self, raw: Any, pointer: str) -> Schema:
        if raw is True or raw == {}:
            return AnySchema(Meta(pointer))
        if raw is False:
            self.warn(pointer, "schema `false` accepts nothing; typed as Any")
            return AnySchema(Meta(pointer))
        if not isinstance(raw, Mapping):
            self.warn(pointer, f"schema must be an object, got {type(raw).__name__}; typed as Any")
            return AnySchema(Meta(pointer))
        if "$ref" in raw:
            return self._ref(raw, pointer)
        meta = self._meta(raw, pointer)
        if "allOf" in raw:
            return self._all_of(raw, meta)
        for keyword in ("oneOf", "anyOf"):
            if keyword in raw:
                return self._union(raw, meta, keyword)
        return self._typed(raw, meta)

    # -- pieces --------------------------------------------------------------------------------
    def _meta(self, raw: Mapping[str, Any], pointer: str) -> Meta:
        types = raw.get("type")
        nullable = bool(raw.get("nullable")) or (isinstance(types, list) and "null" in types)
        if isinstance(raw.get("enum"), list) and None in raw["enum"]:
            nullable = True
        default = raw.get("default", MISSING)
        return Meta(
            pointer=pointer,
            title=_text(raw.get("title")),
            description=_text(raw.get("description")),
            nullable=nullable,
            deprecated=raw.get("deprecated") is True,
            read_only=raw.get("readOnly") is True,
            write_only=raw.get("writeOnly") is True,
            default=default,
        )

    def _ref(self, raw: Mapping[str, Any], pointer: str) -> Schema:
        ref = raw["$ref"]
        if not isinstance(ref, str):
            self.warn(pointer, "`$ref` must be a string; typed as Any")
            return AnySchema(Meta(pointer))
        sibling = self._meta(raw, pointer)
        key = component_key(ref)
        if key is not None:
            if key not in self._components:
                self.warn(
                    join_pointer(pointer, "$ref"),
                    f"reference {ref} points at no schema; typed as Any",
                    "define the schema under #/components/schemas or fix the reference",
                )
                return AnySchema(sibling)
            read_only, write_only = self._component_access(key)
            return RefSchema(
                replace(
                    sibling,
                    read_only=sibling.read_only or read_only,
                    write_only=sibling.write_only or write_only,
                ),
                key,
            )
        if not ref.startswith("#"):
            self.warn(
                join_pointer(pointer, "$ref"), f"unresolved external reference {ref}; typed as Any"
            )
            return AnySchema(sibling)
        if ref in self._inline_stack:
            self.warn(
                join_pointer(pointer, "$ref"),
                f"reference {ref} refers back to itself through inline schemas; typed as Any",
                "move the recursive schema under #/components/schemas",
            )
            return AnySchema(sibling)
        try:
            target = self._lookup(ref)
        except KeyError:
            self.warn(
                join_pointer(pointer, "$ref"), f"reference {ref} points at nothing; typed as Any"
            )
            return AnySchema(sibling)
        self._inline_stack.append(ref)
        try:
            built = self.build(target, ref[1:])
        finally:
            self._inline_stack.pop()
        return _with_overrides(built, sibling)

    def _component_access(self, key: str) -> tuple[bool, bool]:
        """(readOnly, writeOnly) of a component schema, through a chain of component references: a
        reference to a read-only schema is read-only where it is used."""
        read_only = write_only = False
        seen: set[str] = set()
        raw: Any = self._components.get(key)
        while isinstance(raw, Mapping) and key not in seen:
            seen.add(key)
            read_only = read_only or raw.get("readOnly") is True
            write_only = write_only or raw.get("writeOnly") is True
            ref = raw.get("$ref")
            next_key = component_key(ref) if isinstance(ref, str) else None
            if next_key is None:
                break
            key, raw = next_key, self._components.get(next_key)
        return read_only, write_only

    def _typed(self, raw: Mapping[str, Any], meta: Meta) -> Schema:
        types = raw.get("type")
        if isinstance(types, list):
            concrete = [t for t in types if t != "null"]
            if len(concrete) > 1:
                variants = tuple(
                    self._typed(
                        {**raw, "type": t}, replace(meta, nullable=False, pointer=meta.pointer)
                    )
                    for t in concrete
                )
                return UnionSchema(meta, variants)
            types = concrete[0] if concrete else "null"
        if "const" in raw:
            return self._enum(raw, meta, [raw["const"]], types)
        if isinstance(raw.get("enum"), list):
            return self._enum(raw, meta, raw["enum"], types)
        if types is None:
            types = _infer_type(raw)
        if types == "any":
            return AnySchema(meta)
        if types not in _SCALAR_TYPES:
            self.warn(meta.pointer, f"unknown type {types!r}; typed as Any")
            return AnySchema(meta)
        if types == "string":
            return StringSchema(meta, format=_text(raw.get("format")))
        if types == "integer":
            return IntegerSchema(meta, format=_text(raw.get("format")))
        if types == "number":
            return NumberSchema(meta, format=_text(raw.get("format")))
        if types == "boolean":
            return BooleanSchema(meta)
        if types == "null":
            return NullSchema(meta)
        if types == "array":
            if "items" not in raw:
                return ArraySchema(meta, AnySchema(Meta(join_pointer(meta.pointer, "items"))))
            return ArraySchema(meta, self.build(raw["items"], join_pointer(meta.pointer, "items")))
        return self._object(raw, meta)

    def _enum(self, raw: Mapping[str, Any], meta: Meta, values: list[Any], types: Any) -> Schema:
        present = [v for v in values if v is not None]
        if not present:
            return NullSchema(meta)
        unique = list(dict.fromkeys((type(v), v) for v in present))
        if len(unique) != len(present):
            self.warn(
                join_pointer(meta.pointer, "enum"), "enum lists the same value twice; kept once"
            )
        kept = [v for _, v in unique]
        if all(isinstance(v, str) for v in kept) and types in (None, "string"):
            return StringSchema(meta, format=_text(raw.get("format")), enum=tuple(kept))
        if all(isinstance(v, int) and not isinstance(v, bool) for v in kept) and types in (
            None,
            "integer",
            "number",
        ):
            return IntegerSchema(meta, enum=tuple(kept))
        if all(isinstance(v, bool) for v in kept) and types in (None, "boolean"):
            return BooleanSchema(meta, const=kept[0] if len(kept) == 1 else None)
        if types in (None, "number") and all(
            isinstance(v, (int, float)) and not isinstance(v, bool) for v in kept
        ):
            return NumberSchema(meta, enum=tuple(float(v) for v in kept))
        self.warn(
            join_pointer(meta.pointer, "enum"),
            "enum values do not share the declared type; typed as Any",
        )
        return AnySchema(meta)

    def _object(self, raw: Mapping[str, Any], meta: Meta) -> Schema:
        props_raw = raw.get("properties")
        required = raw.get("required")
        required_set = (
            {r for r in required if isinstance(r, str)} if isinstance(required, list) else set()
        )
        props: list[Property] = []
        if isinstance(props_raw, Mapping):
            base = join_pointer(meta.pointer, "properties")
            for wire, sub in props_raw.items():
                p = join_pointer(base, str(wire))
                built = self.build(sub, p)
                if built.meta.read_only and built.meta.write_only:
                    self.warn(
                        p,
                        f"property {wire!r} is both readOnly and writeOnly; kept in requests and "
                        "responses",
                    )
                    built = replace(
                        built, meta=replace(built.meta, read_only=False, write_only=False)
                    )
                props.append(Property(str(wire), built, str(wire) in required_set, p))
        elif props_raw is not None:
            self.warn(
                join_pointer(meta.pointer, "properties"), "`properties` must be an object; ignored"
            )
        if self._all_of_depth == 0 and isinstance(required, list):
            # a required property the schema forgets to declare is still sent and received
            declared = {p.wire_name for p in props}
            for name in dict.fromkeys(r for r in required if isinstance(r, str)):
                if name not in declared:
                    p = join_pointer(meta.pointer, "required")
                    self.warn(
                        p,
                        f"required property {name!r} is not declared under `properties`; typed as Any",
                    )
                    props.append(Property(name, AnySchema(Meta(p)), True, p))
        if "patternProperties" in raw:
            self.warn(
                join_pointer(meta.pointer, "patternProperties"),
                "patternProperties cannot be expressed exactly; extra keys typed as Any",
            )
        additional = self._additional(raw, meta)
        if not props:
            if additional is False:
                return ObjectSchema(meta, (), None)
            values = (
                additional if not isinstance(additional, bool) and additional is not None else None
            )
            return MapSchema(
                meta, values or AnySchema(Meta(join_pointer(meta.pointer, "additionalProperties")))
            )
        return ObjectSchema(meta, tuple(props), None if additional is False else additional)

    def _additional(self, raw: Mapping[str, Any], meta: Meta) -> Schema | bool | None:
        if "patternProperties" in raw:
            return True
        if "additionalProperties" not in raw:
            return None
        value = raw["additionalProperties"]
        if value is True or value == {}:
            return True
        if value is False:
            return False
        return self.build(value, join_pointer(meta.pointer, "additionalProperties"))

    def _union(self, raw: Mapping[str, Any], meta: Meta, keyword: str) -> Schema:
        items = raw[keyword]
        base = join_pointer(meta.pointer, keyword)
        if not isinstance(items, list) or not items:
            self.warn(base, f"`{keyword}` is empty; typed as Any")
            return AnySchema(meta)
        variants: list[Schema] = []
        for i, item in enumerate(items):
            built = self.build(item, join_pointer(base, i))
            if isinstance(built, NullSchema):
                meta = replace(meta, nullable=True)
                continue
            if built.meta.nullable:
                meta = replace(meta, nullable=True)
            variants.append(built)
        if not variants:
            return NullSchema(meta)
        if len(variants) == 1:
            return _with_overrides(variants[0], meta)
        return UnionSchema(meta, tuple(variants), self._discriminator(raw, meta.pointer))

    def _discriminator(self, raw: Mapping[str, Any], pointer: str) -> Discriminator | None:
        disc = raw.get("discriminator")
        if not isinstance(disc, Mapping) or not isinstance(disc.get("propertyName"), str):
            return None
        pairs: list[tuple[str, str]] = []
        mapping = disc.get("mapping")
        if isinstance(mapping, Mapping):
            for value, ref in mapping.items():
                key = component_key(ref) if isinstance(ref, str) else None
                if key is None and isinstance(ref, str) and ref in self._components:
                    key = ref
                if key is None:
                    self.warn(
                        join_pointer(pointer, "discriminator", "mapping", str(value)),
                        f"discriminator mapping {ref!r} is not a component schema; ignored",
                    )
                    continue
                pairs.append((str(value), key))
        return Discriminator(disc["propertyName"], tuple(pairs))

    def _all_of(self, raw: Mapping[str, Any], meta: Meta) -> Schema:
        items = raw["allOf"]
        base = join_pointer(meta.pointer, "allOf")
        if not isinstance(items, list) or not items:
            self.warn(base, "`allOf` is empty; typed as Any")
            return AnySchema(meta)
        rest = {k: v for k, v in raw.items() if k != "allOf"}
        self._all_of_depth += 1  # members may require what another member declares
        try:
            parts: list[Schema] = [
                self.build(item, join_pointer(base, i)) for i, item in enumerate(items)
            ]
            if _has_shape(rest):
                parts.append(self.build(rest, meta.pointer))
        finally:
            self._all_of_depth -= 1
        if len(parts) == 1:
            return _with_overrides(parts[0], meta)
        return self._merge(parts, meta, self._required_names(raw))

    def _required_names(self, raw: Any, depth: int = 0) -> set[str]:
        """Every name listed under ``required`` by ``raw`` or, through ``$ref`` and ``allOf``, by its
        members: in an allOf a member may require a property that another member declares."""
        if not isinstance(raw, Mapping) or depth > 32:
            return set()
        required = raw.get("required")
        names = {r for r in required if isinstance(r, str)} if isinstance(required, list) else set()
        ref = raw.get("$ref")
        if isinstance(ref, str):
            key = component_key(ref)
            try:
                target = self._components.get(key) if key is not None else self._lookup(ref)
            except KeyError:
                target = None
            names |= self._required_names(target, depth + 1)
        members = raw.get("allOf")
        if isinstance(members, list):
            for member in members:
                names |= self._required_names(member, depth + 1)
        return names

    def _merge(
        self, parts: list[Schema], meta: Meta, required: frozenset[str] | set[str] = frozenset()
    ) -> Schema:
        """Merge allOf members into one object; non-object members degrade to Any with a warning.
        ``required`` names the properties some member requires (see ``_required_names``)."""
        props: dict[str, Property] = {}
        additional: Schema | bool | None = None
        for part in parts:
            obj = self._as_object(part)
            if obj is None:
                if isinstance(part, AnySchema):
                    continue
                self.warn(meta.pointer, "allOf mixes non-object schemas; typed as Any")
                return AnySchema(meta)
            for prop in obj.properties:
                if prop.wire_name in props:
                    prop = self._merge_property(props[prop.wire_name], prop)
                props[prop.wire_name] = prop
            if obj.additional is not None:
                additional = obj.additional
        merged = tuple(
            replace(p, required=True) if p.wire_name in required and not p.required else p
            for p in props.values()
        )
        return ObjectSchema(meta, merged, additional)

    def _merge_property(self, old: Property, new: Property) -> Property:
        required = old.required or new.required
        if _same_shape(old.schema, new.schema) or isinstance(old.schema, AnySchema):
            return replace(new, required=required)
        if isinstance(new.schema, AnySchema):
            return replace(old, required=required)
        self.warn(
            new.pointer,
            f"allOf members disagree on the type of property {new.wire_name!r}; typed as Any",
        )
        return replace(new, schema=AnySchema(new.schema.meta), required=required)

    def _as_object(self, schema: Schema, depth: int = 0) -> ObjectSchema | None:
        if isinstance(schema, ObjectSchema):
            return schema
        if isinstance(schema, MapSchema):
            return ObjectSchema(schema.meta, (), schema.values)
        if isinstance(schema, RefSchema) and depth < 32:
            target = self._components.get(schema.key)
            if target is None:
                return None
            pointer = COMPONENT_PREFIX[1:] + schema.key.replace("~", "~0").replace("/", "~1")
            ref = "#" + pointer
            if ref in self._inline_stack:
                return None
            self._inline_stack.append(ref)
            try:
                return self._as_object(self.build(target, pointer), depth + 1)
            finally:
                self._inline_stack.pop()
        return None


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def _infer_type(raw: Mapping[str, Any]) -> str:
    if any(
        k in raw for k in ("properties", "additionalProperties", "patternProperties", "required")
    ):
        return "object"
    if "items" in raw:
        return "array"
    if any(k in raw for k in ("minLength", "maxLength", "pattern", "format")):
        return "string"
    return "any"


def _has_shape(raw: Mapping[str, Any]) -> bool:
    return any(
        k in raw
        for k in (
            "properties",
            "additionalProperties",
            "type",
            "items",
            "enum",
            "required",
            "oneOf",
            "anyOf",
        )
    )


def _same_shape(a: Schema, b: Schema) -> bool:
    if type(a) is not type(b):
        return False
    if isinstance(a, RefSchema) and isinstance(b, RefSchema):
        return a.key == b.key
    return True


def _with_overrides(schema: Schema, outer: Meta) -> Schema:
    """Apply the metadata written next to a ``$ref`` or around a single ``allOf``/``oneOf`` item."""
    inner = schema.meta
    merged = Meta(
        pointer=outer.pointer if isinstance(schema, RefSchema) else inner.pointer,
        title=outer.title or inner.title,
        description=outer.description or inner.description,
        nullable=outer.nullable or inner.nullable,
        deprecated=outer.deprecated or inner.deprecated,
        read_only=outer.read_only or inner.read_only,
        write_only=outer.write_only or inner.write_only,
        default=outer.default if outer.default is not MISSING else inner.default,
    )
    return replace(schema, meta=merged)

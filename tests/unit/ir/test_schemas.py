"""Schema normalization (generator/ir/schemas.py), driven through build_api on tiny inline documents."""

from __future__ import annotations

from typing import Any

import pytest

from generator.diagnostics import (
    Diagnostic,
    Level,
)
from generator.ir.build import build_api
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

FILE = "spec.json"


def doc(
    schemas: dict[str, Any],
    openapi: str = "3.1.0",
) -> dict[str, Any]:
    return {
        "openapi": openapi,
        "info": {
            "title": "T",
            "version": "1",
        },
        "paths": {},
        "components": {"schemas": schemas},
    }


def build_schemas(
    schemas: dict[str, Any],
    openapi: str = "3.1.0",
) -> tuple[dict[str, Schema], list[Diagnostic]]:
    api, diagnostics = build_api(doc(schemas, openapi), FILE)
    return {named.key: named.schema for named in api.schemas}, diagnostics


def build_one(raw: Any, openapi: str = "3.1.0") -> tuple[Schema, list[Diagnostic]]:
    schemas, diagnostics = build_schemas({"X": raw}, openapi)
    return schemas["X"], diagnostics


def warnings(
    diagnostics: list[Diagnostic],
) -> list[tuple[str, str]]:
    return [(d.pointer, d.message) for d in diagnostics if d.level == Level.WARNING]


def props(
    schema: Schema,
) -> dict[str, Any]:
    assert isinstance(schema, ObjectSchema), schema
    return {p.wire_name: p for p in schema.properties}


X = "/components/schemas/X"


# -- scalars, types, nullability -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "kind", "nullable"),
    [
        (
            {"type": "string"},
            StringSchema,
            False,
        ),
        (
            {"type": "integer"},
            IntegerSchema,
            False,
        ),
        (
            {"type": "number"},
            NumberSchema,
            False,
        ),
        (
            {"type": "boolean"},
            BooleanSchema,
            False,
        ),
        (
            {"type": "null"},
            NullSchema,
            False,
        ),
        (
            {
                "type": "array",
                "items": {"type": "string"},
            },
            ArraySchema,
            False,
        ),
        (
            {
                "type": "string",
                "nullable": True,
            },
            StringSchema,
            True,
        ),  # 3.0
        (
            {
                "type": [
                    "string",
                    "null",
                ]
            },
            StringSchema,
            True,
        ),  # 3.1
        (
            {
                "type": [
                    "null",
                    "integer",
                ]
            },
            IntegerSchema,
            True,
        ),
        (
            {
                "type": [
                    "string",
                    "integer",
                ]
            },
            UnionSchema,
            False,
        ),
        (
            {
                "type": [
                    "string",
                    "integer",
                    "null",
                ]
            },
            UnionSchema,
            True,
        ),
        (True, AnySchema, False),
        ({}, AnySchema, False),
        (
            {"minLength": 1},
            StringSchema,
            False,
        ),  # type inferred from keywords
        (
            {"items": {"type": "integer"}},
            ArraySchema,
            False,
        ),
    ],
)
def test_basic_types_and_nullability(raw: Any, kind: type, nullable: bool) -> None:
    schema, diagnostics = build_one(raw)
    assert type(schema) is kind
    assert schema.meta.nullable is nullable
    assert schema.meta.pointer == X
    assert warnings(diagnostics) == []


def test_type_list_becomes_union_of_each_concrete_type() -> None:
    schema, _ = build_one(
        {
            "type": [
                "string",
                "integer",
                "null",
            ],
            "description": "d",
        }
    )
    assert isinstance(schema, UnionSchema)
    assert [type(v) for v in schema.variants] == [StringSchema, IntegerSchema]
    assert all(not v.meta.nullable for v in schema.variants)  # null lives on the union only
    assert schema.meta.nullable and schema.meta.description == "d"


@pytest.mark.parametrize(
    ("raw", "fmt"),
    [
        (
            {
                "type": "string",
                "format": "date-time",
            },
            "date-time",
        ),
        (
            {
                "type": "string",
                "format": "uuid",
            },
            "uuid",
        ),
        (
            {
                "type": "integer",
                "format": "int64",
            },
            "int64",
        ),
        (
            {
                "type": "string",
                "format": "  ",
            },
            None,
        ),  # blank text is no format
    ],
)
def test_format_is_kept(raw: dict[str, Any], fmt: str | None) -> None:
    schema, _ = build_one(raw)
    assert isinstance(schema, (StringSchema, IntegerSchema, NumberSchema))
    assert schema.format == fmt


def test_meta_fields_are_read() -> None:
    schema, _ = build_one(
        {
            "type": "string",
            "title": "Title",
            "description": "Desc",
            "deprecated": True,
            "readOnly": True,
            "writeOnly": False,
            "default": None,
        }
    )
    meta = schema.meta
    assert (
        meta.title,
        meta.description,
        meta.deprecated,
        meta.read_only,
        meta.write_only,
    ) == (
        "Title",
        "Desc",
        True,
        True,
        False,
    )
    assert meta.default is None  # an explicit null default is not MISSING


def test_unknown_type_warns_with_pointer() -> None:
    schema, diagnostics = build_one({"type": "strnig"})
    assert isinstance(schema, AnySchema)
    assert warnings(diagnostics) == [
        (
            X,
            "unknown type 'strnig'; typed as Any",
        )
    ]


@pytest.mark.parametrize(
    "raw",
    [
        {"description": "anything"},
        {"nullable": True},
        {"title": "Free"},
    ],
)
def test_typeless_schema_is_any_without_warning(
    raw: dict[str, Any],
) -> None:
    schema, diagnostics = build_one(raw)
    assert isinstance(schema, AnySchema)
    assert warnings(diagnostics) == []


# -- const and enum ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "kind", "values"),
    [
        (
            {"const": "a"},
            StringSchema,
            ("a",),
        ),
        (
            {
                "type": "string",
                "const": "a",
            },
            StringSchema,
            ("a",),
        ),
        (
            {"const": 3},
            IntegerSchema,
            (3,),
        ),
        (
            {"enum": ["a", "b"]},
            StringSchema,
            ("a", "b"),
        ),
        (
            {
                "type": "integer",
                "enum": [1, 2],
            },
            IntegerSchema,
            (1, 2),
        ),
        (
            {
                "type": "number",
                "enum": [1, 2],
            },
            IntegerSchema,
            (1, 2),
        ),
        (
            {"enum": [1, 2.5]},
            NumberSchema,
            (1.0, 2.5),
        ),
    ],
)
def test_const_and_enum(
    raw: dict[str, Any],
    kind: type,
    values: tuple[Any, ...],
) -> None:
    schema, diagnostics = build_one(raw)
    assert type(schema) is kind
    assert isinstance(schema, (StringSchema, IntegerSchema, NumberSchema))
    assert schema.enum == values
    assert warnings(diagnostics) == []


def test_boolean_const_and_enum() -> None:
    const, _ = build_one({"const": True})
    both, _ = build_one({"enum": [True, False]})
    assert isinstance(const, BooleanSchema) and const.const is True
    assert isinstance(both, BooleanSchema) and both.const is None


@pytest.mark.parametrize(
    ("raw", "values"),
    [
        (
            {"enum": ["a", "b", "a"]},
            ("a", "b"),
        ),
        (
            {
                "type": "integer",
                "enum": [1, 1, 2],
            },
            (1, 2),
        ),
    ],
)
def test_enum_duplicates_are_kept_once_with_warning(
    raw: dict[str, Any],
    values: tuple[Any, ...],
) -> None:
    schema, diagnostics = build_one(raw)
    assert isinstance(schema, (StringSchema, IntegerSchema, NumberSchema))
    assert schema.enum == values
    assert warnings(diagnostics) == [
        (
            X + "/enum",
            "enum lists the same value twice; kept once",
        )
    ]


def test_enum_distinguishes_values_of_different_types() -> None:
    schema, diagnostics = build_one({"enum": [1, True]})
    assert warnings(diagnostics) == [
        (
            X + "/enum",
            "enum values do not share the declared type; typed as Any",
        )
    ]
    assert isinstance(schema, AnySchema)


@pytest.mark.parametrize(
    ("raw", "kind"),
    [
        (
            {"enum": ["a", None]},
            StringSchema,
        ),
        (
            {
                "type": "string",
                "enum": ["a", None],
            },
            StringSchema,
        ),
        (
            {
                "type": [
                    "string",
                    "null",
                ],
                "enum": ["a", None],
            },
            StringSchema,
        ),
        ({"enum": [None]}, NullSchema),
    ],
)
def test_enum_with_null_is_nullable(raw: dict[str, Any], kind: type) -> None:
    schema, diagnostics = build_one(raw)
    assert type(schema) is kind
    assert schema.meta.nullable
    if isinstance(schema, StringSchema):
        assert schema.enum == ("a",)  # null is not an enum member
    assert warnings(diagnostics) == []


def test_enum_contradicting_declared_type_warns() -> None:
    schema, diagnostics = build_one(
        {
            "type": "string",
            "enum": [1, 2],
        }
    )
    assert isinstance(schema, AnySchema)
    assert warnings(diagnostics) == [
        (
            X + "/enum",
            "enum values do not share the declared type; typed as Any",
        )
    ]


# -- objects, maps, additionalProperties -------------------------------------------------------------


def test_object_properties_required_and_pointers() -> None:
    schema, _ = build_one(
        {
            "type": "object",
            "required": [
                "a",
                "missing",
            ],
            "properties": {
                "a": {"type": "string"},
                "b/c": {"type": "integer"},
            },
        }
    )
    by_name = props(schema)
    assert by_name["a"].required and not by_name["b/c"].required
    assert by_name["a"].pointer == X + "/properties/a"
    assert by_name["b/c"].schema.meta.pointer == X + "/properties/b~1c"  # RFC 6901 escaping


@pytest.mark.parametrize(
    ("raw", "additional"),
    [
        (
            {
                "type": "object",
                "properties": {"a": {}},
            },
            None,
        ),
        (
            {
                "type": "object",
                "properties": {"a": {}},
                "additionalProperties": True,
            },
            True,
        ),
        (
            {
                "type": "object",
                "properties": {"a": {}},
                "additionalProperties": {},
            },
            True,
        ),
        (
            {
                "type": "object",
                "properties": {"a": {}},
                "additionalProperties": False,
            },
            None,
        ),
    ],
)
def test_additional_properties_on_objects(raw: dict[str, Any], additional: Any) -> None:
    schema, _ = build_one(raw)
    assert isinstance(schema, ObjectSchema)
    assert schema.additional is additional


def test_additional_properties_schema_on_object() -> None:
    schema, _ = build_one(
        {
            "type": "object",
            "properties": {"a": {}},
            "additionalProperties": {"type": "integer"},
        }
    )
    assert isinstance(schema, ObjectSchema)
    assert isinstance(schema.additional, IntegerSchema)
    assert schema.additional.meta.pointer == X + "/additionalProperties"


@pytest.mark.parametrize(
    ("raw", "values"),
    [
        ({"type": "object"}, AnySchema),
        (
            {
                "type": "object",
                "additionalProperties": True,
            },
            AnySchema,
        ),
        (
            {"additionalProperties": True},
            AnySchema,
        ),
        (
            {
                "type": "object",
                "additionalProperties": {"type": "integer"},
            },
            IntegerSchema,
        ),
        (
            {
                "type": "object",
                "properties": {},
            },
            AnySchema,
        ),
    ],
)
def test_object_without_properties_is_a_map(raw: dict[str, Any], values: type) -> None:
    schema, diagnostics = build_one(raw)
    assert isinstance(schema, MapSchema)
    assert type(schema.values) is values
    assert warnings(diagnostics) == []


def test_closed_empty_object_stays_an_object() -> None:
    schema, _ = build_one(
        {
            "type": "object",
            "additionalProperties": False,
        }
    )
    assert isinstance(schema, ObjectSchema)
    assert schema.properties == () and schema.additional is None


def test_pattern_properties_warn_and_allow_extra_keys() -> None:
    schema, diagnostics = build_one(
        {
            "type": "object",
            "properties": {"a": {"type": "string"}},
            "patternProperties": {"^x-": {"type": "string"}},
        }
    )
    assert isinstance(schema, ObjectSchema) and schema.additional is True
    assert warnings(diagnostics) == [
        (
            X + "/patternProperties",
            "patternProperties cannot be expressed exactly; extra keys typed as Any",
        )
    ]


def test_array_without_items_is_list_of_any() -> None:
    schema, _ = build_one({"type": "array"})
    assert isinstance(schema, ArraySchema) and isinstance(schema.items, AnySchema)


# -- references --------------------------------------------------------------------------------------


def test_component_ref_stays_a_ref() -> None:
    schemas, diagnostics = build_schemas(
        {
            "A": {
                "type": "object",
                "properties": {"b": {"$ref": "#/components/schemas/B"}},
            },
            "B": {"type": "string"},
        }
    )
    b = props(schemas["A"])["b"].schema
    assert isinstance(b, RefSchema) and b.key == "B"
    assert b.meta.pointer == "/components/schemas/A/properties/b"
    assert diagnostics == []


def test_ref_siblings_override_meta() -> None:
    schemas, _ = build_schemas(
        {
            "A": {
                "type": "object",
                "properties": {
                    "b": {
                        "$ref": "#/components/schemas/B",
                        "description": "here",
                        "nullable": True,
                    }
                },
            },
            "B": {
                "type": "string",
                "description": "there",
            },
        }
    )
    b = props(schemas["A"])["b"].schema
    assert isinstance(b, RefSchema)
    assert b.meta.description == "here" and b.meta.nullable


def test_ref_with_escaped_component_name() -> None:
    schemas, _ = build_schemas(
        {
            "a/b": {"type": "string"},
            "C": {"$ref": "#/components/schemas/a~1b"},
        }
    )
    assert schemas["C"] == RefSchema(schemas["C"].meta, "a/b")


def test_ref_into_component_properties_is_built_inline() -> None:
    schemas, diagnostics = build_schemas(
        {
            "A": {
                "type": "object",
                "properties": {
                    "y": {
                        "type": "object",
                        "properties": {"z": {"type": "integer"}},
                    }
                },
            },
            "B": {
                "type": "object",
                "properties": {
                    "copy": {
                        "$ref": "#/components/schemas/A/properties/y",
                        "description": "inline",
                    }
                },
            },
        }
    )
    copy = props(schemas["B"])["copy"].schema
    assert isinstance(copy, ObjectSchema)
    assert copy.meta.pointer == "/components/schemas/A/properties/y"  # the target's pointer
    assert copy.meta.description == "inline"
    assert isinstance(
        props(copy)["z"].schema,
        IntegerSchema,
    )
    assert diagnostics == []


@pytest.mark.parametrize(
    ("ref", "message"),
    [
        (
            "#/components/schemas/Nope",
            "reference #/components/schemas/Nope points at no schema; typed as Any",
        ),
        (
            "#/components/schemas/A/properties/nope",
            "reference #/components/schemas/A/properties/nope points at nothing; typed as Any",
        ),
        (
            "other.yaml#/X",
            "unresolved external reference other.yaml#/X; typed as Any",
        ),
    ],
)
def test_broken_refs_degrade_to_any_with_warning(ref: str, message: str) -> None:
    schemas, diagnostics = build_schemas(
        {
            "A": {
                "type": "object",
                "properties": {"r": {"$ref": ref}},
            }
        }
    )
    assert isinstance(
        props(schemas["A"])["r"].schema,
        AnySchema,
    )
    assert warnings(diagnostics) == [
        (
            "/components/schemas/A/properties/r/$ref",
            message,
        )
    ]


def test_recursive_component_refs_terminate() -> None:
    schemas, diagnostics = build_schemas(
        {
            "Node": {
                "type": "object",
                "properties": {
                    "children": {
                        "type": "array",
                        "items": {"$ref": "#/components/schemas/Node"},
                    },
                    "other": {"$ref": "#/components/schemas/Other"},
                },
            },
            "Other": {
                "type": "object",
                "properties": {"node": {"$ref": "#/components/schemas/Node"}},
            },
        }
    )
    children = props(schemas["Node"])["children"].schema
    assert isinstance(children, ArraySchema) and children.items == RefSchema(
        children.items.meta, "Node"
    )
    assert props(schemas["Other"])["node"].schema == RefSchema(
        props(schemas["Other"])["node"].schema.meta,
        "Node",
    )
    assert diagnostics == []


def test_inline_ref_cycle_degrades_to_any_without_recursion_error() -> None:
    schemas, diagnostics = build_schemas(
        {
            "A": {
                "type": "object",
                "properties": {"x": {"$ref": "#/components/schemas/B/properties/y"}},
            },
            "B": {
                "type": "object",
                "properties": {"y": {"$ref": "#/components/schemas/A/properties/x"}},
            },
        }
    )
    assert isinstance(
        props(schemas["A"])["x"].schema,
        AnySchema,
    )
    assert isinstance(
        props(schemas["B"])["y"].schema,
        AnySchema,
    )
    found = warnings(diagnostics)
    assert (
        "/components/schemas/A/properties/x/$ref",
        (
            "reference #/components/schemas/B/properties/y refers back to itself through inline "
            "schemas; typed as Any"
        ),
    ) in found
    assert all("refers back to itself" in message for _, message in found)


def test_self_referencing_inline_ref_terminates() -> None:
    schema, diagnostics = build_one(
        {
            "type": "object",
            "properties": {
                "x": {
                    "type": "array",
                    "items": {"$ref": "#/components/schemas/X/properties/x"},
                }
            },
        }
    )
    x = props(schema)["x"].schema
    assert isinstance(x, ArraySchema) and isinstance(x.items, ArraySchema)
    assert isinstance(x.items.items, AnySchema)
    assert len(warnings(diagnostics)) == 1


# -- allOf -------------------------------------------------------------------------------------------


def test_all_of_merges_properties_and_required() -> None:
    schemas, diagnostics = build_schemas(
        {
            "Base": {
                "type": "object",
                "required": ["id"],
                "properties": {"id": {"type": "string"}},
            },
            "Child": {
                "description": "child",
                "allOf": [
                    {"$ref": "#/components/schemas/Base"},
                    {
                        "type": "object",
                        "required": ["name"],
                        "properties": {"name": {"type": "string"}},
                    },
                ],
                "properties": {"extra": {"type": "integer"}},
                "required": ["extra"],
            },
        }
    )
    child = schemas["Child"]
    assert isinstance(child, ObjectSchema)
    assert child.meta.pointer == "/components/schemas/Child"
    assert child.meta.description == "child"
    assert {name: p.required for name, p in props(child).items()} == {
        "id": True,
        "name": True,
        "extra": True,
    }
    assert diagnostics == []


def test_all_of_required_is_unioned_across_members() -> None:
    schema, _ = build_one(
        {
            "allOf": [
                {
                    "type": "object",
                    "properties": {"a": {"type": "string"}},
                },
                {
                    "type": "object",
                    "required": ["a"],
                    "properties": {"a": {"type": "string"}},
                },
            ]
        }
    )
    assert props(schema)["a"].required


def test_all_of_conflicting_property_types_become_any_with_warning() -> None:
    schema, diagnostics = build_one(
        {
            "allOf": [
                {
                    "type": "object",
                    "properties": {"a": {"type": "string"}},
                },
                {
                    "type": "object",
                    "properties": {"a": {"type": "integer"}},
                },
            ]
        }
    )
    assert isinstance(
        props(schema)["a"].schema,
        AnySchema,
    )
    assert warnings(diagnostics) == [
        (
            X + "/allOf/1/properties/a",
            "allOf members disagree on the type of property 'a'; typed as Any",
        )
    ]


def test_all_of_same_ref_twice_is_not_a_conflict() -> None:
    schemas, diagnostics = build_schemas(
        {
            "S": {"type": "string"},
            "X": {
                "allOf": [
                    {
                        "type": "object",
                        "properties": {"a": {"$ref": "#/components/schemas/S"}},
                    },
                    {
                        "type": "object",
                        "properties": {"a": {"$ref": "#/components/schemas/S"}},
                    },
                ]
            },
        }
    )
    assert isinstance(
        props(schemas["X"])["a"].schema,
        RefSchema,
    )
    assert diagnostics == []


def test_all_of_single_ref_with_description_keeps_the_ref() -> None:
    schemas, diagnostics = build_schemas(
        {
            "A": {
                "type": "object",
                "properties": {"x": {"type": "string"}},
            },
            "B": {
                "type": "object",
                "properties": {
                    "a": {
                        "allOf": [{"$ref": "#/components/schemas/A"}],
                        "description": "the a",
                        "nullable": True,
                    }
                },
            },
        }
    )
    a = props(schemas["B"])["a"].schema
    assert isinstance(a, RefSchema) and a.key == "A"
    assert a.meta.description == "the a" and a.meta.nullable
    assert a.meta.pointer == "/components/schemas/B/properties/a"
    assert diagnostics == []


def test_all_of_with_non_object_member_degrades_with_warning() -> None:
    schema, diagnostics = build_one(
        {
            "allOf": [
                {"type": "string"},
                {
                    "type": "object",
                    "properties": {"a": {"type": "string"}},
                },
            ]
        }
    )
    assert isinstance(schema, AnySchema)
    assert warnings(diagnostics) == [
        (
            X,
            "allOf mixes non-object schemas; typed as Any",
        )
    ]


def test_empty_all_of_warns() -> None:
    schema, diagnostics = build_one({"allOf": []})
    assert isinstance(schema, AnySchema)
    assert warnings(diagnostics) == [
        (
            X + "/allOf",
            "`allOf` is empty; typed as Any",
        )
    ]


# -- oneOf / anyOf / discriminator ---------------------------------------------------------------------


@pytest.mark.parametrize("keyword", ["oneOf", "anyOf"])
def test_union_with_null_variant_is_nullable(
    keyword: str,
) -> None:
    schema, diagnostics = build_one(
        {
            keyword: [
                {"type": "string"},
                {"type": "integer"},
                {"type": "null"},
            ]
        }
    )
    assert isinstance(schema, UnionSchema)
    assert schema.meta.nullable
    assert [type(v) for v in schema.variants] == [StringSchema, IntegerSchema]
    assert diagnostics == []


def test_one_of_single_variant_plus_null_collapses_to_nullable_variant() -> None:
    schemas, _ = build_schemas(
        {
            "A": {
                "type": "object",
                "properties": {"a": {}},
            },
            "X": {
                "oneOf": [
                    {"$ref": "#/components/schemas/A"},
                    {"type": "null"},
                ]
            },
        }
    )
    x = schemas["X"]
    assert isinstance(x, RefSchema) and x.key == "A" and x.meta.nullable


def test_one_of_nullable_variant_makes_union_nullable() -> None:
    schema, _ = build_one(
        {
            "anyOf": [
                {
                    "type": "string",
                    "nullable": True,
                },
                {"type": "integer"},
            ]
        },
        "3.0.3",
    )
    assert isinstance(schema, UnionSchema) and schema.meta.nullable


@pytest.mark.parametrize("keyword", ["oneOf", "anyOf"])
def test_empty_union_is_any_with_warning(
    keyword: str,
) -> None:
    schema, diagnostics = build_one({keyword: []})
    assert isinstance(schema, AnySchema)
    assert warnings(diagnostics) == [
        (
            f"{X}/{keyword}",
            f"`{keyword}` is empty; typed as Any",
        )
    ]


def test_discriminator_with_mapping() -> None:
    schemas, diagnostics = build_schemas(
        {
            "Cat": {
                "type": "object",
                "properties": {"kind": {"type": "string"}},
            },
            "Dog": {
                "type": "object",
                "properties": {"kind": {"type": "string"}},
            },
            "Pet": {
                "oneOf": [
                    {"$ref": "#/components/schemas/Cat"},
                    {"$ref": "#/components/schemas/Dog"},
                ],
                "discriminator": {
                    "propertyName": "kind",
                    "mapping": {
                        "cat": "#/components/schemas/Cat",
                        "dog": "Dog",
                        "fish": "#/elsewhere",
                    },
                },
            },
        }
    )
    pet = schemas["Pet"]
    assert isinstance(pet, UnionSchema) and pet.discriminator is not None
    assert pet.discriminator.property_name == "kind"
    assert pet.discriminator.mapping == (
        ("cat", "Cat"),
        ("dog", "Dog"),
    )
    assert warnings(diagnostics) == [
        (
            "/components/schemas/Pet/discriminator/mapping/fish",
            "discriminator mapping '#/elsewhere' is not a component schema; ignored",
        )
    ]


def test_discriminator_without_property_name_is_ignored() -> None:
    schema, _ = build_one(
        {
            "oneOf": [
                {"type": "string"},
                {"type": "integer"},
            ],
            "discriminator": {"mapping": {}},
        }
    )
    assert isinstance(schema, UnionSchema) and schema.discriminator is None


# -- bad input -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (
            False,
            "schema `false` accepts nothing; typed as Any",
        ),
        (
            "string",
            "schema must be an object, got str; typed as Any",
        ),
        (
            {"$ref": 3},
            "`$ref` must be a string; typed as Any",
        ),
    ],
)
def test_malformed_schemas_degrade_with_warning(raw: Any, message: str) -> None:
    schema, diagnostics = build_one(raw)
    assert isinstance(schema, AnySchema)
    assert warnings(diagnostics) == [(X, message)]


# -- readOnly / writeOnly ----------------------------------------------------------------------------------


def test_a_reference_to_a_read_only_component_is_read_only_where_used() -> None:
    schemas, _ = build_schemas(
        {
            "Stamp": {"type": "string", "readOnly": True},
            "Alias": {"$ref": "#/components/schemas/Stamp"},
            "Secret": {"type": "string", "writeOnly": True},
            "Plain": {"type": "string"},
            "Post": {
                "type": "object",
                "properties": {
                    "stamp": {"$ref": "#/components/schemas/Stamp"},
                    "viaAlias": {"$ref": "#/components/schemas/Alias"},
                    "secret": {"$ref": "#/components/schemas/Secret"},
                    "plain": {"$ref": "#/components/schemas/Plain"},
                },
            },
        }
    )
    post = schemas["Post"]
    assert isinstance(post, ObjectSchema)
    access = {
        p.wire_name: (p.schema.meta.read_only, p.schema.meta.write_only) for p in post.properties
    }
    assert access == {
        "stamp": (True, False),
        "viaAlias": (True, False),
        "secret": (False, True),
        "plain": (False, False),
    }
    assert all(isinstance(p.schema, RefSchema) for p in post.properties)


def test_a_cycle_of_component_references_ends_the_access_lookup() -> None:
    schemas, _ = build_schemas(
        {
            "A": {"$ref": "#/components/schemas/B"},
            "B": {"$ref": "#/components/schemas/A"},
            "O": {"type": "object", "properties": {"a": {"$ref": "#/components/schemas/A"}}},
        }
    )
    obj = schemas["O"]
    assert isinstance(obj, ObjectSchema)
    assert (obj.properties[0].schema.meta.read_only, obj.properties[0].schema.meta.write_only) == (
        False,
        False,
    )


def test_a_property_both_read_and_write_only_is_neither_with_a_warning() -> None:
    schema, diagnostics = build_one(
        {
            "type": "object",
            "properties": {"x": {"type": "string", "readOnly": True, "writeOnly": True}},
        }
    )
    assert isinstance(schema, ObjectSchema)
    meta = schema.properties[0].schema.meta
    assert (meta.read_only, meta.write_only) == (False, False)
    assert warnings(diagnostics) == [
        (
            "/components/schemas/X/properties/x",
            "property 'x' is both readOnly and writeOnly; kept in requests and responses",
        )
    ]

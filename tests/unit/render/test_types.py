"""IR schema -> Python type expression (generator/render/types.py)."""

from __future__ import annotations

from typing import Any

import pytest

from generator.config import parse_config
from generator.ir.build import build_api
from generator.ir.model import (
    AnySchema,
    ArraySchema,
    BooleanSchema,
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
from generator.naming.assign import Names, assign_names
from generator.render.types import TypeCollector, TypeMapper

FILE = "spec.json"


def meta(pointer: str = "/p", nullable: bool = False) -> Meta:
    return Meta(pointer, nullable=nullable)


def bare_mapper(
    classes: dict[str, str] | None = None, schemas: dict[str, Schema] | None = None
) -> TypeMapper:
    names = Names(
        package="pkg",
        sync_client="C",
        async_client="AsyncC",
        classes=classes or {},
        fields={},
        operations={},
        params={},
        resources={},
        client_params={},
    )
    return TypeMapper(names, schemas or {}, FILE)


def spec_mapper(schemas: dict[str, Any]) -> TypeMapper:
    """A mapper over a real document: component names come from assign_names."""
    data = {
        "openapi": "3.1.0",
        "info": {"title": "T", "version": "1"},
        "paths": {},
        "components": {"schemas": schemas},
    }
    api, _ = build_api(data, FILE)
    names, _ = assign_names(api, parse_config({}), FILE)
    return TypeMapper(names, {n.key: n.schema for n in api.schemas}, FILE)


def render(mapper: TypeMapper, schema: Schema, context: str = "model") -> tuple[str, TypeCollector]:
    into = TypeCollector()
    return mapper.render(schema, into, context), into  # type: ignore[arg-type]


def ref(key: str, nullable: bool = False) -> RefSchema:
    return RefSchema(meta("/ref", nullable), key)


# -- scalars and containers ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("schema", "model", "param"),
    [
        (AnySchema(meta()), "Any", "Any"),
        (NullSchema(meta()), "None", "None"),
        (BooleanSchema(meta()), "bool", "bool"),
        (BooleanSchema(meta(), const=True), "bool", "bool"),
        (IntegerSchema(meta()), "int", "int"),
        (IntegerSchema(meta(), format="int64"), "int", "int"),
        (NumberSchema(meta()), "float", "float"),
        (NumberSchema(meta(), enum=(1.5, 2.0)), "float", "float"),
        (StringSchema(meta()), "str", "str"),
        (StringSchema(meta(), format="email"), "str", "str"),
        (StringSchema(meta(), format="byte"), "bytes", "bytes"),
        (StringSchema(meta(), enum=("a", "b")), "str", "Literal['a', 'b']"),
        (IntegerSchema(meta(), enum=(1, 2)), "int", "Literal[1, 2]"),
        (
            StringSchema(meta(), enum=("it's", 'say "hi"', "back\\slash")),
            "str",
            "Literal[\"it's\", 'say \"hi\"', 'back\\\\slash']",
        ),
        (ArraySchema(meta(), StringSchema(meta())), "list[str]", "list[str]"),
        (ArraySchema(meta(), StringSchema(meta(), enum=("x",))), "list[str]", "list[Literal['x']]"),
        (MapSchema(meta(), IntegerSchema(meta())), "dict[str, int]", "dict[str, int]"),
        (MapSchema(meta(), AnySchema(meta())), "dict[str, Any]", "dict[str, Any]"),
        (
            ArraySchema(meta(), ArraySchema(meta(), IntegerSchema(meta(nullable=True)))),
            "list[list[int | None]]",
            "list[list[int | None]]",
        ),
    ],
)
def test_render_in_both_contexts(schema: Schema, model: str, param: str) -> None:
    mapper = bare_mapper()
    assert render(mapper, schema, "model")[0] == model
    assert render(mapper, schema, "param")[0] == param


def test_default_context_is_model() -> None:
    into = TypeCollector()
    assert bare_mapper().render(StringSchema(meta(), enum=("a",)), into) == "str"


@pytest.mark.parametrize(
    ("fmt", "text", "modules"),
    [
        ("date-time", "datetime.datetime", {"datetime"}),
        ("date", "datetime.date", {"datetime"}),
        ("uuid", "uuid.UUID", {"uuid"}),
        ("byte", "bytes", set()),
        ("binary", "str", set()),
        (None, "str", set()),
    ],
)
def test_string_formats_record_module_imports(
    fmt: str | None, text: str, modules: set[str]
) -> None:
    rendered, into = render(bare_mapper(), StringSchema(meta(), format=fmt))
    assert rendered == text
    assert into.modules == modules


@pytest.mark.parametrize(
    ("schema", "typing"),
    [
        (AnySchema(meta()), {"Any"}),
        (StringSchema(meta()), set()),
        (MapSchema(meta(), AnySchema(meta())), {"Any"}),
    ],
)
def test_typing_imports_are_recorded(schema: Schema, typing: set[str]) -> None:
    assert render(bare_mapper(), schema)[1].typing == typing


def test_literal_records_typing_import_only_in_param_context() -> None:
    schema = StringSchema(meta(), enum=("a",))
    assert render(bare_mapper(), schema, "model")[1].typing == set()
    assert render(bare_mapper(), schema, "param")[1].typing == {"Literal"}


# -- nullability ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("schema", "context", "text"),
    [
        (StringSchema(meta(nullable=True)), "model", "str | None"),
        (
            StringSchema(meta(nullable=True), format="date-time"),
            "model",
            "datetime.datetime | None",
        ),
        (StringSchema(meta(nullable=True), enum=("a",)), "param", "Literal['a'] | None"),
        (ArraySchema(meta(nullable=True), StringSchema(meta())), "model", "list[str] | None"),
        (AnySchema(meta(nullable=True)), "model", "Any"),  # Any already admits None
        (NullSchema(meta(nullable=True)), "model", "None"),
        (
            UnionSchema(meta(nullable=True), (StringSchema(meta()), IntegerSchema(meta()))),
            "model",
            "str | int | None",
        ),
    ],
)
def test_nullable_adds_none_once(schema: Schema, context: str, text: str) -> None:
    rendered = render(bare_mapper(), schema, context)[0]
    assert rendered == text
    assert rendered.count("None") <= 1


def test_nullable_union_with_nullable_variant_has_one_none() -> None:
    union = UnionSchema(
        meta(nullable=True), (StringSchema(meta(nullable=True)), IntegerSchema(meta()))
    )
    rendered = render(bare_mapper(), union)[0]
    assert rendered.split(" | ").count("None") == 1
    assert set(rendered.split(" | ")) == {"str", "int", "None"}


# -- objects and refs -------------------------------------------------------------------------------------------


def test_named_object_renders_its_class_and_records_it() -> None:
    obj = ObjectSchema(
        meta("/components/schemas/Db"), (Property("a", StringSchema(meta()), True, "/a"),)
    )
    text, into = render(bare_mapper({"/components/schemas/Db": "Database"}), obj)
    assert text == "Database"
    assert into.models == {"Database"}


def test_unnamed_object_is_a_dict() -> None:
    text, into = render(bare_mapper(), ObjectSchema(meta("/nowhere"), ()))
    assert text == "dict[str, Any]" and into.typing == {"Any"}


SCHEMAS = {
    "Color": {"type": "string", "enum": ["red", "green"]},
    "Level": {"type": "integer", "enum": [1, 2]},
    "Db": {"type": "object", "properties": {"name": {"type": "string"}}},
    "Ids": {"type": "array", "items": {"type": "string"}},
    "Name": {"type": "string"},
    "NullableColor": {"type": "string", "enum": ["a", "b"], "nullable": True},
    "NullableDb": {"type": "object", "properties": {"name": {"type": "string"}}, "nullable": True},
}


@pytest.mark.parametrize(
    ("key", "model", "param"),
    [
        ("Color", "str", "Color"),  # open enum in models, the Literal alias for arguments
        ("Level", "int", "Level"),
        ("Db", "Db", "Db"),
        ("Ids", "Ids", "Ids"),
        ("Name", "Name", "Name"),
        ("Missing", "Any", "Any"),
    ],
)
def test_refs(key: str, model: str, param: str) -> None:
    mapper = spec_mapper(SCHEMAS)
    assert render(mapper, ref(key), "model")[0] == model
    assert render(mapper, ref(key), "param")[0] == param


def test_ref_records_model_name_except_for_inlined_enum() -> None:
    mapper = spec_mapper(SCHEMAS)
    assert render(mapper, ref("Db"))[1].models == {"Db"}
    assert render(mapper, ref("Color"), "model")[1].models == set()
    assert render(mapper, ref("Color"), "param")[1].models == {"Color"}


@pytest.mark.parametrize(("key", "text"), [("Db", "Db | None"), ("Color", "str | None")])
def test_nullable_ref(key: str, text: str) -> None:
    assert render(spec_mapper(SCHEMAS), ref(key, nullable=True))[0] == text


@pytest.mark.parametrize(
    ("key", "text"), [("NullableColor", "str | None"), ("NullableDb", "NullableDb | None")]
)
def test_ref_to_nullable_component_is_nullable(key: str, text: str) -> None:
    assert render(spec_mapper(SCHEMAS), ref(key), "model")[0] == text


def test_request_contexts_name_request_classes() -> None:
    """``input`` (request model fields) and ``param`` (arguments) use a schema's request class where
    it has one; ``model`` (responses) its response class. Enums stay open in both model contexts."""
    db, color = "/components/schemas/Db", "/components/schemas/Color"
    names = Names(
        package="pkg",
        sync_client="C",
        async_client="AsyncC",
        classes={db: "Db", color: "Color"},
        fields={},
        operations={},
        params={},
        resources={},
        client_params={},
        inputs={db: "DbInput"},
    )
    schemas: dict[str, Schema] = {
        "Db": ObjectSchema(meta(db), ()),
        "Color": StringSchema(meta(color), enum=("red",)),
    }
    mapper = TypeMapper(names, schemas, FILE)
    array = ArraySchema(meta(), ref("Db"))
    texts = {c: render(mapper, array, c)[0] for c in ("model", "input", "param")}
    assert texts == {"model": "list[Db]", "input": "list[DbInput]", "param": "list[DbInput]"}
    inline = {c: render(mapper, schemas["Db"], c)[0] for c in ("model", "input", "param")}
    assert inline == {"model": "Db", "input": "DbInput", "param": "DbInput"}
    colors = {c: render(mapper, ref("Color"), c)[0] for c in ("model", "input", "param")}
    assert colors == {"model": "str", "input": "str", "param": "Color"}


# -- unions ------------------------------------------------------------------------------------------------


def test_union_of_distinct_json_kinds_is_decodable() -> None:
    mapper = spec_mapper(SCHEMAS)
    union = UnionSchema(
        meta(),
        (
            ref("Db"),
            StringSchema(meta()),
            IntegerSchema(meta()),
            ArraySchema(meta(), StringSchema(meta())),
        ),
    )
    text, into = render(mapper, union)
    assert text == "Db | str | int | list[str]"
    assert into.models == {"Db"}
    assert mapper.diagnostics == []


def test_union_dedupes_identical_members() -> None:
    union = UnionSchema(
        meta(), (StringSchema(meta(nullable=True)), NullSchema(meta()), BooleanSchema(meta()))
    )
    assert render(bare_mapper(), union)[0] == "str | bool | None"


@pytest.mark.parametrize(
    "variants",
    [
        (ObjectSchema(meta("/a"), ()), ObjectSchema(meta("/b"), ())),
        (ArraySchema(meta(), StringSchema(meta())), ArraySchema(meta(), IntegerSchema(meta()))),
        (MapSchema(meta(), StringSchema(meta())), ObjectSchema(meta("/b"), ())),
        (StringSchema(meta()), StringSchema(meta(), format="uuid")),
    ],
)
def test_undecodable_union_is_any_with_one_warning(variants: tuple[Schema, ...]) -> None:
    mapper = bare_mapper()
    union = UnionSchema(meta("/components/schemas/U"), variants)
    text, into = render(mapper, union)
    assert text == "Any" and into.typing == {"Any"}
    render(mapper, union)  # rendering again does not warn again
    assert [(d.pointer, d.level.name) for d in mapper.diagnostics] == [
        ("/components/schemas/U", "WARNING")
    ]


def test_union_of_two_component_objects_is_any_with_warning() -> None:
    mapper = spec_mapper(
        {**SCHEMAS, "Other": {"type": "object", "properties": {"x": {"type": "string"}}}}
    )
    union = UnionSchema(meta("/u"), (ref("Db"), ref("Other")))
    assert render(mapper, union)[0] == "Any"
    assert [d.pointer for d in mapper.diagnostics] == ["/u"]


def test_union_with_any_member_is_any_without_warning() -> None:
    mapper = bare_mapper()
    union = UnionSchema(
        meta(), (AnySchema(meta()), ObjectSchema(meta("/a"), ()), ObjectSchema(meta("/b"), ()))
    )
    assert render(mapper, union)[0] == "Any"
    assert mapper.diagnostics == []


def test_nested_union_kinds_count() -> None:
    inner = UnionSchema(meta(), (StringSchema(meta()), IntegerSchema(meta())))
    mapper = bare_mapper()
    assert (
        render(mapper, UnionSchema(meta(), (inner, BooleanSchema(meta()))))[0] == "str | int | bool"
    )
    clash = UnionSchema(meta("/clash"), (inner, StringSchema(meta())))
    assert render(mapper, clash)[0] == "Any"


def test_param_union_with_literal() -> None:
    union = UnionSchema(meta(), (StringSchema(meta(), enum=("a", "b")), IntegerSchema(meta())))
    assert render(bare_mapper(), union, "param")[0] == "Literal['a', 'b'] | int"
    assert render(bare_mapper(), union, "model")[0] == "str | int"


def test_param_union_literal_values_containing_pipes() -> None:
    union = UnionSchema(
        meta(), (StringSchema(meta(), enum=("a | int | b",)), IntegerSchema(meta()))
    )
    assert render(bare_mapper(), union, "param")[0] == "Literal['a | int | b'] | int"


def test_recursive_ref_kinds_terminate() -> None:
    loop = {"A": RefSchema(meta(), "B"), "B": RefSchema(meta(), "A")}
    mapper = bare_mapper(schemas=loop)
    assert mapper.json_kinds(RefSchema(meta(), "A"), depth=0) == {"any"}

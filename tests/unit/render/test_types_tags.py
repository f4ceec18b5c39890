"""Discriminated unions (render/types.py `tag_unions`) and recursive type aliases."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from generator.config import parse_config
from generator.ir.build import build_api
from generator.ir.model import Meta, ObjectSchema, RefSchema, UnionSchema
from generator.naming.assign import assign_names
from generator.render.types import (
    Tag,
    TypeCollector,
    TypeMapper,
    UnionTags,
    tag_attribute,
    tag_unions,
)

FILE = "spec.json"
S = "/components/schemas/"


def setup(
    schemas: dict[str, Any], paths: dict[str, Any] | None = None
) -> tuple[UnionTags, TypeMapper]:
    data = {
        "openapi": "3.1.0",
        "info": {"title": "T", "version": "1"},
        "paths": paths or {},
        "components": {"schemas": schemas},
    }
    api, _ = build_api(data, FILE)
    names, _ = assign_names(api, parse_config({}), FILE)
    tags = tag_unions(api, names, FILE)
    return tags, TypeMapper(names, {n.key: n.schema for n in api.schemas}, FILE, tags)


def obj(tag_prop: str = "kind", enum: list[str] | None = None, **extra: Any) -> dict[str, Any]:
    prop: dict[str, Any] = {"type": "string"}
    if enum is not None:
        prop["enum"] = enum
    return {
        "type": "object",
        "required": [tag_prop],
        "properties": {tag_prop: prop, **{k: {"type": v} for k, v in extra.items()}},
    }


def ref(key: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{key}"}


def render(mapper: TypeMapper, key: str) -> str:
    return mapper.render(mapper.schemas[key], TypeCollector())


def test_mapping_values_tag_the_members() -> None:
    tags, mapper = setup(
        {
            "A": obj(a="string"),
            "B": obj(b="integer"),
            "U": {
                "oneOf": [ref("A"), ref("B")],
                "discriminator": {
                    "propertyName": "kind",
                    "mapping": {"a": "#" + S + "A", "b": "B"},
                },
            },
        }
    )
    assert tags.classes == {S + "A": Tag("kind", "a"), S + "B": Tag("kind", "b")}
    assert tags.unions == {S + "U"} and tags.diagnostics == ()
    assert render(mapper, "U") == "A | B"
    assert mapper.diagnostics == []


def test_without_mapping_the_single_enum_value_then_the_schema_name_is_the_tag() -> None:
    tags, _ = setup(
        {
            "A": obj(enum=["alpha"]),
            "B": obj(),
            "U": {"anyOf": [ref("A"), ref("B")], "discriminator": {"propertyName": "kind"}},
        }
    )
    assert tags.classes == {S + "A": Tag("kind", "alpha"), S + "B": Tag("kind", "B")}


def test_a_shared_required_one_value_property_is_an_implicit_discriminator() -> None:
    tags, mapper = setup(
        {
            "A": obj("type", ["a"]),
            "B": obj("type", ["b"], extra="string"),
            "U": {"oneOf": [ref("A"), ref("B"), {"type": "string"}]},
        }
    )
    assert tags.classes == {S + "A": Tag("type", "a"), S + "B": Tag("type", "b")}
    assert render(mapper, "U") == "A | B | str"


def test_no_implicit_discriminator_without_distinct_single_values() -> None:
    tags, mapper = setup(
        {"A": obj("type", ["x"]), "B": obj("type", ["x"]), "U": {"oneOf": [ref("A"), ref("B")]}}
    )
    assert tags.classes == {}
    assert render(mapper, "U") == "Any"
    assert [d.pointer for d in mapper.diagnostics] == [S + "U"]


def test_inline_members_are_tagged_by_their_single_value() -> None:
    paths = {
        "/x": {
            "get": {
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "oneOf": [obj(enum=["one"]), obj(enum=["two"])],
                                    "discriminator": {"propertyName": "kind"},
                                }
                            }
                        },
                    }
                }
            }
        }
    }
    tags, _ = setup({}, paths)
    assert sorted(t.value for t in tags.classes.values()) == ["one", "two"]


def test_a_union_that_would_retag_a_class_is_left_untagged_with_a_warning() -> None:
    tags, mapper = setup(
        {
            "A": obj(),
            "B": obj(),
            "U1": {
                "oneOf": [ref("A"), ref("B")],
                "discriminator": {"propertyName": "kind", "mapping": {"a": "A", "b": "B"}},
            },
            "U2": {
                "oneOf": [ref("A"), ref("B")],
                "discriminator": {"propertyName": "kind", "mapping": {"x": "A", "y": "B"}},
            },
        }
    )
    assert tags.unions == {S + "U1"}
    assert [(d.pointer, "already tagged" in d.message) for d in tags.diagnostics] == [
        (S + "U2", True)
    ]
    assert render(mapper, "U2") == "Any"


def test_cases_that_cannot_be_tagged_warn() -> None:
    tags, _ = setup(
        {
            "A": obj(),
            "N": {"type": "object", "properties": {"kind": {"type": "integer"}}},
            "Two": {
                "oneOf": [ref("A"), {"type": "object", "properties": {"z": {"type": "string"}}}],
                "discriminator": {"propertyName": "kind"},
            },
            "NotString": {"oneOf": [ref("A"), ref("N")], "discriminator": {"propertyName": "kind"}},
            "Twice": {
                "oneOf": [ref("A"), ref("N")],
                "discriminator": {"propertyName": "kind", "mapping": {"p": "A", "q": "A"}},
            },
        }
    )
    reasons = {d.pointer: d.message for d in tags.diagnostics}
    assert "no mapping value" in reasons[S + "Two"]
    assert "not a string" in reasons[S + "NotString"]
    assert "several mapping values" in reasons[S + "Twice"]
    assert tags.classes == {}


def test_tagged_classes_share_the_object_kind_only_with_each_other() -> None:
    _, mapper = setup(
        {
            "A": obj(),
            "B": obj(),
            "C": {"type": "object", "properties": {"c": {"type": "string"}}},
            "U": {"oneOf": [ref("A"), ref("B")], "discriminator": {"propertyName": "kind"}},
            "WithPlain": {"oneOf": [ref("A"), ref("C")]},
            "WithMap": {"oneOf": [ref("A"), {"type": "object", "additionalProperties": True}]},
            "Again": {"anyOf": [ref("B"), ref("A"), {"type": "integer"}]},
        }
    )
    assert render(mapper, "U") == "A | B"
    assert render(mapper, "WithPlain") == "Any"
    assert render(mapper, "WithMap") == "Any"
    assert render(mapper, "Again") == "B | A | int"


def test_without_tags_a_union_of_objects_stays_any() -> None:
    tags, mapper = setup(
        {
            "A": obj(),
            "B": obj(),
            "U": {"oneOf": [ref("A"), ref("B")], "discriminator": {"propertyName": "kind"}},
        }
    )
    plain = TypeMapper(mapper.names, mapper.schemas, FILE)
    assert tags.unions and render(plain, "U") == "Any"


# -- pydantic: discriminated and smart unions --------------------------------------------------------


def pydantic(mapper: TypeMapper, key: str) -> tuple[str, TypeCollector]:
    into = TypeCollector()
    both = TypeMapper(mapper.names, mapper.schemas, FILE, mapper.tags, "pydantic")
    return both.render(both.schemas[key], into), into


def test_pydantic_discriminated_union_is_annotated_with_the_attribute() -> None:
    _, mapper = setup(
        {
            "A": obj("petType", a="string"),
            "B": obj("petType", b="integer"),
            "U": {"oneOf": [ref("A"), ref("B")], "discriminator": {"propertyName": "petType"}},
        }
    )
    text, into = pydantic(mapper, "U")
    assert text == "Annotated[A | B, pydantic.Field(discriminator='pet_type')]"
    assert (into.typing, into.modules, into.models) == ({"Annotated"}, {"pydantic"}, {"A", "B"})


def test_pydantic_tagged_members_stay_together_among_other_members() -> None:
    _, mapper = setup(
        {
            "A": obj("type", ["a"]),
            "B": obj("type", ["b"]),
            "U": {"oneOf": [{"type": "string"}, ref("A"), {"type": "integer"}, ref("B")]},
            "N": {"nullable": True, "oneOf": [ref("A"), ref("B")]},
        }
    )
    tagged = "Annotated[A | B, pydantic.Field(discriminator='type')]"
    assert pydantic(mapper, "U")[0] == f"str | {tagged} | int"
    assert pydantic(mapper, "N")[0] == f"{tagged} | None"


def test_pydantic_types_unions_msgspec_cannot_decode_as_smart_unions() -> None:
    _, mapper = setup(
        {
            "A": obj(),
            "C": {"type": "object", "properties": {"c": {"type": "string"}}},
            "Objects": {"oneOf": [ref("A"), ref("C")]},
            "Strings": {"anyOf": [{"type": "string"}, {"type": "string", "format": "date-time"}]},
            "Lists": {"oneOf": [{"type": "array", "items": ref("A")}, {"type": "array"}]},
        }
    )
    assert [pydantic(mapper, k)[0] for k in ("Objects", "Strings", "Lists")] == [
        "A | C",
        "str | datetime.datetime",
        "list[A] | list[Any]",
    ]
    assert render(mapper, "Objects") == "Any"  # msgspec


def test_pydantic_merges_the_enums_of_an_argument_into_one_literal() -> None:
    _, mapper = setup(
        {
            "U": {
                "anyOf": [
                    {"type": "string", "enum": ["now"]},
                    {"type": "integer"},
                    {"type": "string", "enum": ["", "now"], "nullable": True},
                ]
            }
        }
    )
    both = TypeMapper(mapper.names, mapper.schemas, FILE, mapper.tags, "pydantic")
    into = TypeCollector()
    assert both.render(both.schemas["U"], into, "param") == "Literal['now', ''] | int | None"
    assert into.typing == {"Literal"}
    assert both.render(both.schemas["U"], TypeCollector(), "model") == "str | int | None"


def test_pydantic_union_of_members_with_different_attributes_is_a_smart_union() -> None:
    _, mapper = setup(
        {
            "A": obj("kind"),
            "B": {"type": "object", "properties": {"b": {"type": "string"}}},
            "U": {
                "oneOf": [ref("A"), ref("B")],
                "discriminator": {"propertyName": "kind", "mapping": {"a": "A", "b": "B"}},
            },
        },
    )
    # B does not declare `kind`: it gets an attribute made from the wire name, `kind` too
    assert pydantic(mapper, "U")[0] == "Annotated[A | B, pydantic.Field(discriminator='kind')]"
    renamed = replace(mapper.names, fields={**mapper.names.fields, (S + "A", "kind"): "kind_"})
    other = TypeMapper(renamed, mapper.schemas, FILE, mapper.tags)
    assert pydantic(other, "U")[0] == "A | B"  # Literal fields still tell them apart


def test_tag_attribute_of_a_member_without_the_property_avoids_its_fields() -> None:
    _, mapper = setup(
        {
            "A": {"type": "object", "properties": {"pet_type": {"type": "string"}}},
            "B": obj("petType"),
            "U": {
                "oneOf": [ref("A"), ref("B")],
                "discriminator": {"propertyName": "petType", "mapping": {"a": "A", "b": "B"}},
            },
        }
    )
    a = mapper.schemas["A"]
    assert isinstance(a, ObjectSchema)
    assert tag_attribute(mapper.names, a, Tag("petType", "a")) == "pet_type_2"
    b = mapper.schemas["B"]
    assert isinstance(b, ObjectSchema)
    assert tag_attribute(mapper.names, b, Tag("petType", "b")) == "pet_type"


# -- recursive aliases -----------------------------------------------------------------------------


def test_a_self_referencing_alias_is_any_at_the_recursive_reference() -> None:
    _, mapper = setup(
        {
            "Json": {"oneOf": [{"type": "string"}, {"type": "array", "items": ref("Json")}]},
            "User": {"type": "object", "properties": {"j": ref("Json")}},
        }
    )
    assert render(mapper, "Json") == "str | list[Any]"
    assert [(d.pointer, "refers back to itself" in d.message) for d in mapper.diagnostics] == [
        (S + "Json", True)
    ]
    # elsewhere the alias is used by name
    into = TypeCollector()
    assert mapper.render(RefSchema(Meta("/p"), "Json"), into) == "Json"


def test_mutually_recursive_aliases_and_recursion_through_classes() -> None:
    _, mapper = setup(
        {
            "A": {"type": "array", "items": ref("B")},
            "B": {"type": "object", "additionalProperties": ref("A")},
            "Node": {
                "type": "object",
                "properties": {"kids": {"type": "array", "items": ref("Node")}},
            },
            "Nodes": {"type": "array", "items": ref("Node")},
        }
    )
    assert render(mapper, "A") == "list[Any]"
    assert render(mapper, "B") == "dict[str, Any]"
    assert render(mapper, "Nodes") == "list[Node]"  # a class breaks the cycle: no degradation
    assert {d.pointer for d in mapper.diagnostics} == {S + "A", S + "B"}


def test_union_schema_render_is_reentrant() -> None:
    _, mapper = setup({"A": obj(), "U": {"oneOf": [ref("A"), {"type": "string"}]}})
    union = mapper.schemas["U"]
    assert isinstance(union, UnionSchema)
    assert render(mapper, "U") == render(mapper, "U") == "A | str"

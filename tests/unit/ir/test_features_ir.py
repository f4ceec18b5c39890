"""IR details the feature fixtures rely on (tests/fixtures/features): allOf required lists spread
across members, and parameters declared with `content`."""

from __future__ import annotations

from typing import Any

import pytest

from generator.diagnostics import Level
from generator.ir.build import build_api
from generator.ir.model import ObjectSchema, Property

FILE = "spec.json"


def doc(schemas: dict[str, Any], paths: dict[str, Any] | None = None) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "T", "version": "1"},
        "paths": paths or {},
        "components": {"schemas": schemas},
    }


def props(schemas: dict[str, Any], key: str = "X") -> dict[str, Property]:
    api, _ = build_api(doc(schemas), FILE)
    schema = {n.key: n.schema for n in api.schemas}[key]
    assert isinstance(schema, ObjectSchema), schema
    return {p.wire_name: p for p in schema.properties}


BASE = {"type": "object", "properties": {"a": {"type": "string"}, "b": {"type": "integer"}}}


@pytest.mark.parametrize(
    ("x", "required"),
    [
        # a later member requires a property an earlier member declares
        ({"allOf": [{"$ref": "#/components/schemas/Base"}, {"required": ["a"]}]}, {"a"}),
        ({"allOf": [{"$ref": "#/components/schemas/Base"}], "required": ["b"]}, {"b"}),
        (
            {
                "allOf": [
                    {"$ref": "#/components/schemas/Base"},
                    {"type": "object", "required": ["a"], "properties": {"c": {"type": "string"}}},
                ]
            },
            {"a"},
        ),
        # through a nested allOf and a referenced member's own list
        (
            {
                "allOf": [
                    {"allOf": [{"$ref": "#/components/schemas/Base"}]},
                    {"$ref": "#/components/schemas/RequiresB"},
                ]
            },
            {"b"},
        ),
        # a name no member declares changes nothing
        ({"allOf": [{"$ref": "#/components/schemas/Base"}, {"required": ["zzz"]}]}, set()),
        ({"allOf": [{"$ref": "#/components/schemas/Base"}, {"type": "object"}]}, set()),
    ],
)
def test_all_of_required_names_apply_to_every_member(x: dict[str, Any], required: set[str]) -> None:
    found = props({"Base": BASE, "RequiresB": {"type": "object", "required": ["b"]}, "X": x})
    assert {name for name, p in found.items() if p.required} == required


def test_all_of_required_does_not_change_the_members() -> None:
    api, _ = build_api(
        doc(
            {
                "Base": BASE,
                "X": {"allOf": [{"$ref": "#/components/schemas/Base"}, {"required": ["a"]}]},
            }
        ),
        FILE,
    )
    base = {n.key: n.schema for n in api.schemas}["Base"]
    assert isinstance(base, ObjectSchema)
    assert not any(p.required for p in base.properties)


def test_all_of_required_through_a_broken_ref_is_ignored() -> None:
    api, diagnostics = build_api(
        doc(
            {
                "Base": BASE,
                "X": {"allOf": [{"$ref": "#/components/schemas/Base"}, {"$ref": "#/nope"}]},
            }
        ),
        FILE,
    )
    assert any(d.level == Level.WARNING and "points at nothing" in d.message for d in diagnostics)
    x = {n.key: n.schema for n in api.schemas}["X"]
    assert isinstance(x, ObjectSchema) and not any(p.required for p in x.properties)


def test_parameters_remember_whether_they_are_declared_with_content() -> None:
    paths = {
        "/x": {
            "get": {
                "parameters": [
                    {"name": "a", "in": "query", "schema": {"type": "object"}},
                    {
                        "name": "b",
                        "in": "query",
                        "content": {"application/json": {"schema": {"type": "object"}}},
                    },
                ],
                "responses": {"204": {"description": "ok"}},
            }
        }
    }
    api, _ = build_api(doc({}, paths), FILE)
    by_name = {p.name: p for p in api.operations[0].parameters}
    assert by_name["a"].content_type is None
    assert by_name["b"].content_type == "application/json"

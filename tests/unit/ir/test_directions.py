"""Which way schemas travel and which shapes they are generated in (generator/ir/directions.py)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pytest

from generator.ir.build import build_api
from generator.ir.directions import Directions, in_shape, schema_directions
from generator.ir.model import Api, Meta, Property, StringSchema

S = "/components/schemas/"
RO = {"type": "string", "readOnly": True}
WO = {"type": "string", "writeOnly": True}
STR = {"type": "string"}
NO_CONTENT = {"204": {"description": "nothing"}}


def ref(key: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{key}"}


def obj(**properties: Any) -> dict[str, Any]:
    return {"type": "object", "properties": properties}


def body(schema: dict[str, Any]) -> dict[str, Any]:
    return {"required": True, "content": {"application/json": {"schema": schema}}}


def answer(schema: dict[str, Any]) -> dict[str, Any]:
    return {"200": {"description": "ok", "content": {"application/json": {"schema": schema}}}}


def api(paths: dict[str, Any], schemas: dict[str, Any]) -> Api:
    data = {
        "openapi": "3.0.3",
        "info": {"title": "T", "version": "1"},
        "paths": paths,
        "components": {"schemas": schemas},
    }
    return build_api(data, "spec.json")[0]


def directions(
    schemas: dict[str, Any],
    sent: Sequence[dict[str, Any]] = (),
    received: Sequence[dict[str, Any]] = (),
) -> Directions:
    """Each schema of ``sent`` is a request body of its own operation, each of ``received`` a response."""
    paths: dict[str, Any] = {}
    for i, schema in enumerate(sent):
        paths[f"/in{i}"] = {"post": {"requestBody": body(schema), "responses": NO_CONTENT}}
    for i, schema in enumerate(received):
        paths[f"/out{i}"] = {"get": {"responses": answer(schema)}}
    return schema_directions(api(paths, schemas))


def shapes(d: Directions, *keys: str) -> dict[str, tuple[str, ...]]:
    return {key: d.shapes(S + key) for key in keys}


def test_a_schema_with_read_only_properties_used_both_ways_is_split() -> None:
    d = directions(
        {"User": obj(id=RO, name=STR, pw=WO)}, sent=[ref("User")], received=[ref("User")]
    )
    assert d.shapes(S + "User") == ("response", "request") and d.split(S + "User")
    assert d.differs == {S + "User"}


def test_one_way_schemas_have_the_shape_of_that_way() -> None:
    d = directions(
        {"Sent": obj(id=RO, pw=WO), "Received": obj(id=RO, pw=WO), "Unused": obj(id=RO, pw=WO)},
        sent=[ref("Sent")],
        received=[ref("Received")],
    )
    assert shapes(d, "Sent", "Received", "Unused") == {
        "Sent": ("request",),
        "Received": ("response",),
        "Unused": ("response",),  # what no operation reaches counts as a response schema
    }
    assert S + "Unused" in d.responses and not any(d.split(S + k) for k in ("Sent", "Received"))


def test_schemas_without_read_or_write_only_properties_inside_are_one_shape() -> None:
    d = directions(
        {"Plain": obj(a=STR, b=ref("Plain"))}, sent=[ref("Plain")], received=[ref("Plain")]
    )
    assert d.shapes(S + "Plain") == ("response",) and d.differs == frozenset()


@pytest.mark.parametrize(
    "holder",
    [
        obj(member=ref("User")),
        obj(members={"type": "array", "items": ref("User")}),
        obj(byName={"type": "object", "additionalProperties": ref("User")}),
        obj(either={"oneOf": [ref("User"), {"type": "string"}]}),
        {"type": "object", "properties": {"a": STR}, "additionalProperties": ref("User")},
        obj(inner=obj(deeper={"type": "array", "items": ref("User")})),
        obj(alias=ref("Users")),
    ],
    ids=["property", "array", "map", "union", "additional", "inline-object", "alias"],
)
def test_holding_a_split_schema_splits_the_holder(holder: dict[str, Any]) -> None:
    schemas = {
        "User": obj(id=RO),
        "Users": {"type": "array", "items": ref("User")},
        "Holder": holder,
    }
    d = directions(schemas, sent=[ref("Holder")], received=[ref("Holder")])
    assert d.split(S + "Holder") and d.split(S + "User")


def test_aliases_are_nodes_and_split_too() -> None:
    d = directions(
        {"User": obj(id=RO), "Users": {"type": "array", "items": ref("User")}},
        sent=[ref("Users")],
        received=[ref("Users")],
    )
    assert d.split(S + "Users") and d.split(S + "User")


def test_cycles_differ_only_when_a_member_has_a_read_or_write_only_property() -> None:
    schemas = {
        "A": obj(b=ref("B")),
        "B": obj(a=ref("A"), c=ref("C")),
        "C": obj(id=RO),
        "X": obj(y=ref("Y")),
        "Y": obj(x=ref("X")),
        "Self": obj(me=ref("Self"), id=RO),
    }
    everything = [ref(k) for k in schemas]
    d = directions(schemas, sent=everything, received=everything)
    assert d.differs == {S + k for k in ("A", "B", "C", "Self")}
    assert shapes(d, "X", "Y") == {"X": ("response",), "Y": ("response",)}


def test_a_direction_follows_only_the_properties_of_its_shape() -> None:
    schemas = {
        "Account": obj(
            token={"allOf": [ref("Token")], "writeOnly": True},
            audit={"allOf": [ref("Audit")], "readOnly": True},
        ),
        "Token": obj(id=RO, value=STR),
        "Audit": obj(id=RO),
    }
    d = directions(schemas, sent=[ref("Account")], received=[ref("Account")])
    # the writeOnly token is only ever sent, the readOnly audit only ever received
    assert shapes(d, "Account", "Token", "Audit") == {
        "Account": ("response", "request"),
        "Token": ("request",),
        "Audit": ("response",),
    }


def test_parameters_are_requests() -> None:
    param = {"name": "f", "in": "query", "schema": ref("Filter"), "style": "deepObject"}
    paths = {"/x": {"get": {"parameters": [param], "responses": answer(ref("Filter"))}}}
    d = schema_directions(api(paths, {"Filter": obj(id=RO, q=STR)}))
    assert d.split(S + "Filter")


def test_inline_request_and_response_objects_are_nodes() -> None:
    body_pointer = "/paths/~1in0/post/requestBody/content/application~1json/schema"
    d = directions({"User": obj(id=RO)}, sent=[obj(user=ref("User"))], received=[ref("User")])
    assert d.shapes(body_pointer) == ("request",) and body_pointer in d.differs
    assert d.split(S + "User")


def test_group_merges_pointers_that_share_a_class() -> None:
    paths = {
        "/a": {"post": {"requestBody": body(ref("A")), "responses": NO_CONTENT}},
        "/b": {"get": {"responses": answer(ref("B"))}},
    }
    both = api(paths, {"A": obj(id=RO), "B": obj(id=RO)})
    alone = schema_directions(both)
    assert not alone.split(S + "A") and not alone.split(S + "B")
    together = schema_directions(both, lambda p: "AB" if p in (S + "A", S + "B") else p)
    assert together.split("AB")


def test_in_shape() -> None:
    def prop(**meta: bool) -> Property:
        return Property("p", StringSchema(Meta("/p", **meta)), True, "/p")

    assert [in_shape(prop(read_only=True), d) for d in ("request", "response", None)] == [
        False,
        True,
        True,
    ]
    assert [in_shape(prop(write_only=True), d) for d in ("request", "response", None)] == [
        True,
        False,
        True,
    ]
    assert all(in_shape(prop(), d) for d in ("request", "response", None))

"""Tests for generator.resolve.pointer: RFC 6901 pointers, local refs and the ref walker."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator.diagnostics import join_pointer
from generator.resolve.pointer import (
    PointerError,
    is_local_ref,
    iter_refs,
    parse_ref,
    pointer_to_fragment,
    resolve_pointer,
    split_pointer,
)

DOC: dict[str, Any] = {
    "paths": {"/pets/{id}": {"get": {"responses": {"200": {"description": "ok"}}}}},
    "a~b": {"c d": [10, {"e": None}]},
    "%41": "percent",
    "": {"": "empty keys"},
}


@pytest.mark.parametrize(
    ("pointer", "expected"),
    [
        ("", DOC),
        ("/paths/~1pets~1{id}/get/responses/200/description", "ok"),
        ("/a~0b/c d/0", 10),
        ("/a~0b/c d/1/e", None),
        ("/%41", "percent"),
        ("/", {"": "empty keys"}),
        ("//", "empty keys"),
        ("#/paths/~1pets~1%7Bid%7D/get/responses/200/description", "ok"),
        ("#/a~0b/c%20d/0", 10),
        ("#/%2541", "percent"),
        ("#", DOC),
    ],
)
def test_resolve_pointer(pointer: str, expected: Any) -> None:
    assert resolve_pointer(DOC, pointer) == expected


@pytest.mark.parametrize(
    ("pointer", "failed_at", "reason"),
    [
        ("/nope", "/nope", "no such key"),
        ("/paths/~1pets/get", "/paths/~1pets", "no such key"),
        ("/a~0b/c d/2", "/a~0b/c d/2", "index out of range"),
        ("/a~0b/c d/-", "/a~0b/c d/-", "not an array index"),
        ("/a~0b/c d/01", "/a~0b/c d/01", "not an array index"),
        ("/%41/x", "/%41/x", "cannot index into a str"),
        ("paths", "", "must start with '/'"),
    ],
)
def test_unresolvable_pointers(pointer: str, failed_at: str, reason: str) -> None:
    with pytest.raises(PointerError) as caught:
        resolve_pointer(DOC, pointer)
    error = caught.value
    assert isinstance(error, KeyError)
    assert error.pointer == pointer
    assert error.failed_at == failed_at
    assert reason in error.reason
    assert f"'{pointer}'" in str(error)


def test_split_pointer() -> None:
    assert split_pointer("") == []
    assert split_pointer("/a~1b/c~0d/~01") == ["a/b", "c~d", "~1"]


@pytest.mark.parametrize(
    ("ref", "pointer"),
    [
        ("#/components/schemas/Pet", "/components/schemas/Pet"),
        ("#", ""),
        ("#/paths/~1pets~1%7Bid%7D", "/paths/~1pets~1{id}"),
        ("#/components/schemas/My%20Pet", "/components/schemas/My Pet"),
    ],
)
def test_parse_ref(ref: str, pointer: str) -> None:
    assert is_local_ref(ref)
    assert parse_ref(ref) == pointer


@pytest.mark.parametrize("ref", ["other.yaml#/a", "https://example.com/x#/a", "#a", "#components"])
def test_parse_ref_rejects_other_refs(ref: str) -> None:
    with pytest.raises(ValueError, match="ref"):
        parse_ref(ref)


@given(st.lists(st.text(max_size=6), max_size=5))
def test_fragment_round_trip(tokens: list[str]) -> None:
    pointer = join_pointer("", *tokens)
    fragment = pointer_to_fragment(pointer)
    assert parse_ref(fragment) == pointer
    assert split_pointer(pointer) == tokens
    nested: Any = "leaf"
    for token in reversed(tokens):
        nested = {token: nested}
    assert resolve_pointer(nested, pointer) == "leaf"
    assert resolve_pointer(nested, fragment) == "leaf"


def test_iter_refs_in_document_order() -> None:
    doc = {
        "a": {"$ref": "#/x", "b": {"$ref": "other.yaml"}},
        "l": [{"$ref": "#/y"}, 5, [{"$ref": "#/z"}]],
        "k/~": {"$ref": "#/w"},
        "not": {"$ref": 5},
    }
    found = [(pointer, node["$ref"]) for pointer, node in iter_refs(doc)]
    assert found == [
        ("/a", "#/x"),
        ("/a/b", "other.yaml"),
        ("/l/0", "#/y"),
        ("/l/2/0", "#/z"),
        ("/k~1~0", "#/w"),
    ]


def test_iter_refs_base_and_depth() -> None:
    deep: Any = {"$ref": "#/end"}
    for _ in range(50_000):
        deep = {"a": deep}
    ((pointer, _),) = list(iter_refs(deep, "/base"))
    assert pointer == "/base" + "/a" * 50_000

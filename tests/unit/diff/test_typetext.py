"""Parsing and comparing rendered type expressions (generator/diff/typetext.py)."""

from __future__ import annotations

import pytest

from generator.diff.typetext import (
    Lit,
    Named,
    covers,
    expand,
    identifiers,
    literals,
    normalize,
    only_none_differs,
    parse,
    relation,
    rename,
    render,
    skeleton,
)


def test_parse_splits_unions_and_literals() -> None:
    assert parse("str | None") == {Named("str"), Named("None")}
    assert parse("Literal['a', 'b'] | None") == {Lit("'a'"), Lit("'b'"), Named("None")}
    assert parse("dict[str, list[int]]") == {
        Named(
            "dict",
            (frozenset({Named("str")}), frozenset({Named("list", (frozenset({Named("int")}),))})),
        )
    }


def test_literal_values_may_hold_separators() -> None:
    assert literals(parse("Literal['a, b', 'c | d', 'e]']")) == {"'a, b'", "'c | d'", "'e]'"}


def test_unparsable_text_is_one_opaque_member() -> None:
    assert parse("not a [type") == {Named("not a [type")}


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("str", "str", "same"),
        ("str | None", "None | str", "same"),
        ("str", "str | None", "widened"),
        ("str | None", "str", "narrowed"),
        ("int", "float", "widened"),
        ("Literal['a']", "str", "widened"),
        ("Literal[1, 2]", "int", "widened"),
        ("Literal['a', 'b']", "Literal['a']", "narrowed"),
        ("list[Literal['a']]", "list[Literal['a', 'b']]", "widened"),
        ("str", "Any", "widened"),
        ("str", "int", "changed"),
        ("Database", "Group", "changed"),
    ],
)
def test_relation(old: str, new: str, expected: str) -> None:
    assert relation(parse(old), parse(new)) == expected


def test_covers_compares_containers_covariantly() -> None:
    assert covers(parse("list[str | None]"), Named("list", (parse("str"),)))
    assert not covers(parse("list[str]"), Named("list", (parse("str | None"),)))


def test_expand_replaces_aliases_and_stops_on_cycles() -> None:
    aliases = {"Color": "Literal['red', 'blue']", "Loop": "Loop | int"}
    assert expand(parse("Color | None"), aliases) == parse("Literal['red', 'blue'] | None")
    assert Named("int") in expand(parse("Loop"), aliases)


def test_rename_render_and_skeleton() -> None:
    t = rename(parse("list[OldName] | None"), {"OldName": "NewName"})
    assert render(t) == "list[NewName] | None"
    assert render(parse("None | Literal['b', 'a'] | int")) == "Literal['a', 'b'] | int | None"
    assert skeleton(parse("Literal['a']")) == skeleton(parse("Literal['b', 'c']"))
    assert skeleton(parse("Literal['a']")) != skeleton(parse("Literal[1]"))


def test_only_none_differs() -> None:
    assert only_none_differs(parse("str"), parse("str | None"))
    assert not only_none_differs(parse("str"), parse("str"))
    assert not only_none_differs(parse("str"), parse("int | None"))


def test_normalize_undoes_module_spellings() -> None:
    text = "builtins.list[DatabasesModel] | Literal['DatabasesModel']"
    assert (
        normalize(text, {"DatabasesModel": "Databases"})
        == "list[Databases] | Literal['DatabasesModel']"
    )


def test_identifiers_skip_string_literals() -> None:
    assert identifiers("list[Item] | Literal['Other']") == {"list", "Item", "Literal"}

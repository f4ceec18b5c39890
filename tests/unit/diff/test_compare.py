"""Classification rules on surfaces built by hand (generator/diff/compare.py, models.py, match.py)."""

from __future__ import annotations

from generator.diff.changes import Bump
from generator.diff.compare import compare
from generator.diff.surface import Alias, Field, Model, Operation, Param, Surface


def op(
    name: str = "items.get",
    endpoint: str = "GET /items/{itemId}",
    params: tuple[Param, ...] = (),
    returns: str = "Item",
    deprecated: bool = False,
) -> Operation:
    resource, method = name.split(".")
    http, path = endpoint.split(" ")
    return Operation(resource, method, http, path, params, returns, deprecated)


def pos(name: str, type_: str = "str", wire: str | None = None) -> Param:
    return Param(name, wire or name, "path", "positional", True, type_)


def kw(name: str, type_: str = "str", required: bool = False, location: str = "query") -> Param:
    return Param(name, name, location, "keyword", required, type_)


def surface(
    *ops: Operation, models: tuple[Model, ...] = (), aliases: tuple[Alias, ...] = ()
) -> Surface:
    return Surface(ops, models, aliases)


ITEM = Model("Item", (Field("id", "id", "str", True),), frozenset({"response"}))


def kinds(old: Surface, new: Surface) -> list[tuple[str, Bump]]:
    return [(c.kind, c.bump) for c in compare(old, new).changes]


def test_positional_parameter_renamed_is_breaking() -> None:
    old = surface(op(params=(pos("item_id"),)))
    new = surface(op(endpoint="GET /items/{id}", params=(pos("id"),)))
    found = kinds(old, new)
    assert ("parameter-renamed", Bump.MAJOR) in found
    assert ("operation-path-renamed", Bump.PATCH) in found


def test_positional_parameters_reordered_is_breaking() -> None:
    old = surface(op(endpoint="GET /a/{x}/{y}", params=(pos("x"), pos("y"))))
    new = surface(op(endpoint="GET /a/{x}/{y}", params=(pos("y"), pos("x"))))
    assert kinds(old, new) == [("parameter-reordered", Bump.MAJOR)]


def test_keyword_made_positional_is_breaking() -> None:
    old = surface(op(params=(kw("x", required=True),)))
    new = surface(op(params=(pos("x"),)))
    assert kinds(old, new) == [("parameter-changed", Bump.MAJOR)]


def test_required_parameter_made_optional_is_minor() -> None:
    old = surface(op(params=(kw("x", required=True),)))
    new = surface(op(params=(kw("x"),)))
    assert kinds(old, new) == [("parameter-changed", Bump.MINOR)]


def test_parameter_sent_under_another_wire_name_is_a_patch() -> None:
    old = surface(op(params=(Param("q", "q", "query", "keyword", False, "str"),)))
    new = surface(op(params=(Param("q", "query", "query", "keyword", False, "str"),)))
    assert kinds(old, new) == [("parameter-changed", Bump.PATCH)]


def test_operation_moved_keeps_its_python_name() -> None:
    old = surface(op(endpoint="GET /v1/items/{itemId}"))
    new = surface(op(endpoint="GET /v2/items/{itemId}"))
    assert kinds(old, new) == [("operation-moved", Bump.MINOR)]


def test_operation_deprecated_is_minor() -> None:
    assert kinds(surface(op()), surface(op(deprecated=True))) == [
        ("operation-deprecated", Bump.MINOR)
    ]


def test_return_type_gaining_none_is_minor_anything_else_major() -> None:
    models = (ITEM, Model("Other", (), frozenset({"response"})))
    assert kinds(
        surface(op(), models=models), surface(op(returns="Item | None"), models=models)
    ) == [("operation-returns-changed", Bump.MINOR)]
    assert kinds(surface(op(), models=models), surface(op(returns="Other"), models=models)) == [
        ("operation-returns-changed", Bump.MAJOR)
    ]


def test_renamed_model_is_reported_once() -> None:
    renamed = Model("GetItemResponse", ITEM.fields, ITEM.usage)
    old = surface(op(), models=(ITEM,))
    new = surface(op(returns="GetItemResponse"), models=(renamed,))
    changes = compare(old, new).changes
    assert [(c.kind, c.message) for c in changes] == [
        ("model-renamed", "renamed model `Item` to `GetItemResponse`")
    ]


def test_renamed_model_with_changed_fields_is_found_by_place() -> None:
    renamed = Model(
        "GetItemResponse", ITEM.fields + (Field("name", "name", "str | None", False),), ITEM.usage
    )
    old = surface(op(), models=(ITEM,))
    new = surface(op(returns="GetItemResponse"), models=(renamed,))
    assert kinds(old, new) == [("model-renamed", Bump.MAJOR), ("field-added", Bump.MINOR)]


def test_request_model_fields_follow_input_rules() -> None:
    body = Model("NewItem", (Field("name", "name", "str | None", False),), frozenset({"request"}))
    required = Model("NewItem", (Field("name", "name", "str", True),), frozenset({"request"}))
    assert kinds(surface(models=(body,)), surface(models=(required,))) == [
        ("field-changed", Bump.MAJOR)
    ]
    extra = Model("NewItem", body.fields + (Field("x", "x", "int", True),), body.usage)
    assert kinds(surface(models=(body,)), surface(models=(extra,))) == [("field-added", Bump.MAJOR)]


def test_response_model_field_made_required_is_minor() -> None:
    old = Model("Item", (Field("name", "name", "str | None", False),), frozenset({"response"}))
    new = Model("Item", (Field("name", "name", "str", True),), frozenset({"response"}))
    assert kinds(surface(models=(old,)), surface(models=(new,))) == [("field-changed", Bump.MINOR)]


def test_open_enum_of_a_request_model_losing_a_value_is_breaking() -> None:
    def model(*values: str) -> Model:
        return Model(
            "NewItem", (Field("kind", "kind", "str", True, values),), frozenset({"request"})
        )

    assert kinds(surface(models=(model("'a'", "'b'"),)), surface(models=(model("'a'"),))) == [
        ("enum-values-removed", Bump.MAJOR)
    ]


def test_alias_enum_values_are_reported_on_the_alias() -> None:
    old = surface(
        op(params=(kw("color", "Color"),)),
        aliases=(Alias("Color", "Literal['red', 'blue']", frozenset({"request"})),),
    )
    new = surface(
        op(params=(kw("color", "Color"),)),
        aliases=(Alias("Color", "Literal['red']", frozenset({"request"})),),
    )
    changes = compare(old, new).changes
    assert [(c.kind, c.bump, c.subject) for c in changes] == [
        ("enum-values-removed", Bump.MAJOR, "Color")
    ]


def test_alias_inlined_is_no_change() -> None:
    old = surface(
        op(params=(kw("color", "Color"),)),
        aliases=(Alias("Color", "Literal['red', 'blue']", frozenset({"request"})),),
    )
    new = surface(op(params=(kw("color", "Literal['blue', 'red']"),)))
    assert kinds(old, new) == [("alias-removed", Bump.MAJOR)]

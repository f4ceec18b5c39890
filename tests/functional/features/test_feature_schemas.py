"""Schema features: each fixture's generated client decodes responses and encodes requests exactly as the
spec says, or degrades to a looser (but correct) type with a warning naming the JSON pointer."""

from __future__ import annotations

import datetime
import inspect
import json
import uuid
from collections.abc import Callable
from typing import Any

import pytest
from feature_support import FIXTURES, Feature, Recorder, json_response

from generator.config import Config
from generator.pipeline import generate_files

Build = Callable[[str], Feature]


def annotation(method: Any, name: str) -> str:
    return str(inspect.signature(method).parameters[name].annotation)


# -- oneOf / anyOf (both model backends) -------------------------------------------------------------------------

BACKENDS = ("msgspec", "pydantic")


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def test_discriminated_union_with_mapping_decodes_the_member(feature: Build, backend: str) -> None:
    f = feature("unions", backend)
    m = f.models
    rec = Recorder(
        json_response(200, {"petType": "cat", "meow": True}),
        json_response(200, {"petType": "dog", "bark": "woof"}),
    )
    client = f.client(rec)
    cat = client.pets.get("1")
    dog = client.pets.get("2")
    assert isinstance(cat, m.Cat) and cat.meow is True and cat.pet_type == "cat"
    assert isinstance(dog, m.Dog) and dog.bark == "woof"
    assert json.loads(m.Cat(meow=False).to_json()) == {"petType": "cat", "meow": False}
    assert m.Cat(meow=False).to_dict() == {"petType": "cat", "meow": False}


def test_discriminated_union_without_mapping_uses_schema_names(
    feature: Build, backend: str
) -> None:
    f = feature("unions", backend)
    m = f.models
    shapes = [{"kind": "Circle", "radius": 1.5}, {"kind": "Square", "side": 2}]
    rec = Recorder(json_response(200, shapes), json_response(201, shapes[1]))
    client = f.client(rec)
    circle, square = client.shapes.list()
    assert isinstance(circle, m.Circle) and circle.radius == 1.5
    assert isinstance(square, m.Square) and square.side == 2
    created = client.shapes.create(body=m.Square(side=2))
    assert json.loads(rec.last.content) == {"kind": "Square", "side": 2}
    assert isinstance(created, m.Square)


def test_union_with_a_shared_one_value_property_is_told_apart_by_it(
    feature: Build, backend: str
) -> None:
    f = feature("unions", backend)
    m = f.models
    body = [{"type": "deleted", "id": "a", "reason": "spam"}, {"type": "created", "id": "b"}]
    deleted, created = f.client(Recorder(json_response(200, body))).events.list()
    assert isinstance(deleted, m.Deleted) and deleted.reason == "spam"
    assert isinstance(created, m.Created) and created.id == "b"


@pytest.mark.parametrize(
    "answer",
    [
        {"petType": "bird", "tweet": True},  # a member this client does not know (yet)
        {"meow": True},  # no discriminator at all
        {
            "petType": "cat",
            "bark": "woof",
        },  # the discriminator names a member the rest does not fit
    ],
)
def test_unknown_or_missing_discriminator_is_a_validation_error(
    feature: Build, backend: str, answer: dict[str, Any]
) -> None:
    f = feature("unions", backend)
    with pytest.raises(f.pkg.APIResponseValidationError):
        f.client(Recorder(json_response(200, answer))).pets.get("1")


def test_discriminated_unions_round_trip(feature: Build, backend: str) -> None:
    f = feature("unions", backend)
    body = [
        {"kind": "Square", "side": 2.5},
        {"kind": "Circle", "radius": 1.5},
        {"kind": "Square", "side": 4.0},
    ]
    shapes = f.client(Recorder(json_response(200, body))).shapes.list()
    assert [json.loads(shape.to_json()) for shape in shapes] == body
    events = [{"type": "created", "id": "b"}, {"type": "deleted", "id": "a", "reason": "spam"}]
    decoded = f.client(Recorder(json_response(200, events))).events.list()
    assert [e.to_dict() for e in decoded] == events


def test_discriminated_unions_are_typed_by_each_backend_s_means(
    feature: Build, backend: str
) -> None:
    source = feature("unions", backend).source("models.py")
    if backend == "msgspec":
        assert 'class Cat(Model, tag_field="petType", tag="cat"):' in source
        assert "pet_type: ClassVar[str] = " in source
        assert "Pet: TypeAlias = Cat | Dog\n" in source
    else:
        assert 'class Cat(Model, tag_field="petType", tag="cat"):' in source
        assert 'pet_type: Literal["cat"] = field(default="cat", name="petType")' in source
        assert (
            'Pet: TypeAlias = Annotated[Cat | Dog, pydantic.Field(discriminator="pet_type")]'
            in source
        )
    events = feature("unions", backend).source("resources/events.py")
    assert ("Annotated[Created | Deleted" in events) is (backend == "pydantic")


def test_pydantic_tag_is_written_under_the_python_name_when_asked(feature: Build) -> None:
    m = feature("unions", "pydantic").models
    assert m.Cat(meow=True).model_dump(by_alias=False) == {"pet_type": "cat", "meow": True}
    assert m.Cat(meow=True).model_dump() == {"petType": "cat", "meow": True}
    assert m.Cat(pet_type="cat", meow=True) == m.Cat(meow=True)
    with pytest.raises(ValueError):
        m.Cat(pet_type="dog", meow=True)  # the tag is a Literal: a class accepts only its own


def test_tagging_is_computed_for_both_backends(feature: Build) -> None:
    """The generator side of tagged unions (types.tag_unions), the same for both backends."""
    from generator.ir.build import build_api
    from generator.load.read import read_document
    from generator.naming.assign import assign_names
    from generator.render.types import Tag, tag_unions

    api, _ = build_api(read_document(FIXTURES / "unions.yaml").data, "unions.yaml")
    names, _ = assign_names(api, Config(), "unions.yaml")
    tags = tag_unions(api, names, "unions.yaml")
    assert tags.classes == {
        "/components/schemas/Cat": Tag("petType", "cat"),
        "/components/schemas/Dog": Tag("petType", "dog"),
        "/components/schemas/Circle": Tag("kind", "Circle"),
        "/components/schemas/Square": Tag("kind", "Square"),
        "/components/schemas/Created": Tag("type", "created"),
        "/components/schemas/Deleted": Tag("type", "deleted"),
    }
    assert "/components/schemas/Pet" in tags.unions


def test_union_of_objects_without_a_discriminator_degrades_to_any_with_msgspec(
    feature: Build,
) -> None:
    f = feature("unions")
    pointer = "/components/schemas/Things/properties/untagged"
    assert f.warned(pointer, "typed as Any")
    rec = Recorder(json_response(200, {"untagged": {"kind": "Circle", "radius": 1, "x": [1]}}))
    things = f.client(rec).things.list()
    assert things.untagged == {"kind": "Circle", "radius": 1, "x": [1]}  # the raw data


def test_union_of_objects_without_a_discriminator_is_a_smart_union_with_pydantic(
    feature: Build,
) -> None:
    f = feature("unions", "pydantic")
    m = f.models
    assert not f.warned("/components/schemas/Things/properties/untagged")
    assert "untagged: Circle | Cat | None = None" in f.source("models.py")
    rec = Recorder(
        json_response(200, {"untagged": {"kind": "Circle", "radius": 1, "x": [1]}}),
        json_response(200, {"untagged": {"petType": "cat", "meow": False}}),
        json_response(200, {"untagged": {"radius": 1}}),  # no tag: the member it fits
    )
    client = f.client(rec)
    first, second, third = (client.things.list() for _ in range(3))
    assert isinstance(first.untagged, m.Circle) and first.untagged.radius == 1
    assert isinstance(second.untagged, m.Cat) and second.untagged.meow is False
    assert isinstance(third.untagged, m.Circle)
    with pytest.raises(f.pkg.APIResponseValidationError):
        f.client(Recorder(json_response(200, {"untagged": {"x": 1}}))).things.list()


def test_unions_of_distinct_json_kinds_are_exact(feature: Build, backend: str) -> None:
    f = feature("unions", backend)
    m = f.models
    rec = Recorder(
        json_response(
            200,
            {
                "scalar": 3,
                "scalarOrObject": {"kind": "Circle", "radius": 2.0},
                "listOrOne": [1, 2],
                "nullableUnion": None,
            },
        ),
        json_response(
            200, {"scalar": "x", "scalarOrObject": "plain", "listOrOne": 5, "nullableUnion": True}
        ),
    )
    client = f.client(rec)
    first = client.things.list()
    assert (first.scalar, first.list_or_one, first.nullable_union) == (3, [1, 2], None)
    assert isinstance(first.scalar_or_object, m.Circle) and first.scalar_or_object.radius == 2.0
    second = client.things.list()
    assert (second.scalar, second.scalar_or_object, second.list_or_one, second.nullable_union) == (
        "x",
        "plain",
        5,
        True,
    )
    assert "scalar_or_object: str | Circle | None" in f.source("models.py")


def test_empty_one_of_is_any_with_a_warning(feature: Build, backend: str) -> None:
    f = feature("unions", backend)
    assert f.warned("/components/schemas/Things/properties/nothing/oneOf", "empty")
    things = f.client(Recorder(json_response(200, {"nothing": {"a": 1}}))).things.list()
    assert things.nothing == {"a": 1}


# -- allOf ---------------------------------------------------------------------------------------------------


def test_all_of_merges_members_and_their_required_lists(feature: Build) -> None:
    f = feature("allof")
    m = f.models
    fields = {name: str(p.default) for name, p in inspect.signature(m.Dog).parameters.items()}
    assert set(fields) == {"name", "age", "tag", "bark"}
    required = {n for n, p in inspect.signature(m.Dog).parameters.items() if p.default is p.empty}
    # `tag` is required by the third member although the first two declare it
    assert required == {"name", "age", "tag"}
    rec = Recorder(json_response(200, {"name": "rex", "age": 3, "tag": "good", "bark": "loud"}))
    dog = f.client(rec).dogs.create(name="rex", age=3, tag="good")
    assert json.loads(rec.last.content) == {"name": "rex", "age": 3, "tag": "good"}
    assert isinstance(dog, m.Dog) and (dog.name, dog.age, dog.tag, dog.bark) == (
        "rex",
        3,
        "good",
        "loud",
    )


def test_all_of_conflicting_property_types_degrade_to_any(feature: Build) -> None:
    f = feature("allof")
    assert f.warned("/components/schemas/Conflict/allOf/1/properties/value", "disagree")
    rec = Recorder(
        json_response(200, {"value": "text"}), json_response(200, {"value": 7, "other": True})
    )
    client = f.client(rec)
    assert client.conflicts.get().value == "text"
    second = client.conflicts.get()
    assert (second.value, second.other) == (7, True)


def test_all_of_mixing_objects_and_scalars_degrades_to_any(feature: Build) -> None:
    f = feature("allof")
    assert f.warned(
        "/paths/~1mixed/get/responses/200/content/application~1json/schema", "non-object"
    )
    assert f.client(Recorder(json_response(200, "just text"))).mixed.get() == "just text"


# -- nullable, 3.1 type arrays, const, $defs --------------------------------------------------------------------


def test_nullable_fields_send_and_receive_null(feature: Build) -> None:
    f = feature("nullable")
    m = f.models
    rec = Recorder(
        json_response(
            200, {"name": "a", "note": None, "count": None, "owner": None, "ownerRef": None}
        )
    )
    item = f.client(rec).items.put(7, name="a", note=None)
    assert rec.last.url.path == "/items/7"
    assert json.loads(rec.last.content) == {"name": "a", "note": None}
    assert isinstance(item, m.Item) and (item.note, item.count, item.owner, item.owner_ref) == (
        None,
        None,
        None,
        None,
    )
    assert "note: str | None\n" in f.source("models.py")  # required, but may be null
    with pytest.raises(TypeError):
        m.Item(name="a")  # type: ignore[call-arg]  # required even though nullable
    full = f.client(
        Recorder(
            json_response(
                200, {"name": "b", "note": "n", "owner": {"login": "x"}, "ownerRef": {"login": "y"}}
            )
        )
    ).items.put(1, name="b", note="n")
    assert isinstance(full.owner, m.Owner) and isinstance(full.owner_ref, m.NullableOwner)


def test_openapi_31_type_arrays_const_and_defs(feature: Build) -> None:
    f = feature("openapi31")
    m = f.models
    create = f.client(Recorder(json_response(200, {}))).records.create
    assert annotation(create, "kind") == "Literal['record']"
    assert annotation(create, "version") == "Literal[2]"
    assert annotation(create, "label") == "str | None"
    assert annotation(create, "size") == "int | str | NotGiven"
    answer = {
        "kind": "record",
        "version": 2,
        "label": None,
        "size": "big",
        "maybe": None,
        "onlyNull": None,
        "point": {"x": 1, "y": 2.5},
        "local": {"x": 3},
        "anyValue": [1, "two"],
        "trueSchema": {"k": None},
    }
    rec = Recorder(json_response(200, answer))
    record = f.client(rec).records.create(kind="record", version=2, label=None, size=3)
    assert json.loads(rec.last.content) == {
        "kind": "record",
        "version": 2,
        "label": None,
        "size": 3,
    }
    assert (record.kind, record.version, record.label, record.size) == ("record", 2, None, "big")
    assert isinstance(record.point, m.RecordPoint) and (record.point.x, record.point.y) == (
        1.0,
        2.5,
    )
    assert isinstance(record.local, m.RecordLocal) and record.local.x == 3
    assert (record.any_value, record.true_schema) == ([1, "two"], {"k": None})
    assert f.warnings == []


# -- additionalProperties, patternProperties ----------------------------------------------------------------------


def test_additional_properties(feature: Build) -> None:
    f = feature("additional")
    m = f.models
    assert f.warned("/components/schemas/Patterned/patternProperties", "patternProperties")
    answer = {
        "open": {"id": "o", "extra": 1},
        "closed": {"id": "c"},
        "counts": {"a": 1, "b": 2},
        "labelled": {"name": "n", "other": "x"},
        "patterned": {"name": "p", "x-y": "z"},
        "freeForm": {"anything": [1, {"b": None}]},
        "emptyClosed": {},
        "nested": {"k": {"v": 5}},
    }
    rec = Recorder(json_response(200, answer))
    bag = f.client(rec).bags.create(counts={"a": 1}, free_form={"z": True})
    assert json.loads(rec.last.content) == {"counts": {"a": 1}, "freeForm": {"z": True}}
    assert isinstance(bag.open, m.Open) and bag.open.id == "o"
    assert bag.counts == {"a": 1, "b": 2}
    assert bag.free_form == {"anything": [1, {"b": None}]}
    assert isinstance(bag.empty_closed, m.BagEmptyClosed)
    assert isinstance(bag.nested["k"], m.BagNestedValue) and bag.nested["k"].v == 5
    assert bag.patterned.name == "p"
    assert "Counts: TypeAlias = dict[str, int]" in f.source("models.py")


# -- recursion ------------------------------------------------------------------------------------------------------


def test_recursive_tree_decodes_three_levels(feature: Build) -> None:
    f = feature("recursive")
    m = f.models
    tree = {
        "value": 1,
        "children": [{"value": 2, "children": [{"value": 3, "children": []}]}, {"value": 4}],
        "parent": {"value": 0},
    }
    root = f.client(Recorder(json_response(200, tree))).tree.get()
    assert isinstance(root, m.Node)
    assert root.children[0].children[0].value == 3
    assert root.children[1].children is None
    assert root.parent.value == 0 and isinstance(root.parent, m.Node)
    assert json.loads(root.to_json()) == tree


def test_mutually_recursive_schemas(feature: Build) -> None:
    f = feature("recursive")
    m = f.models
    body = {
        "name": "eng",
        "head": {
            "name": "ada",
            "department": {"name": "research"},
            "reports": [{"name": "bob", "reports": [{"name": "cy"}]}],
        },
    }
    dept = f.client(Recorder(json_response(200, body))).org.get()
    assert isinstance(dept.head, m.Employee) and isinstance(dept.head.department, m.Department)
    assert dept.head.reports[0].reports[0].name == "cy"
    expr = f.client(
        Recorder(json_response(200, {"op": "+", "args": {"l": {"op": "1"}, "r": {"args": {}}}}))
    ).expr.get()
    assert isinstance(expr.args["l"], m.Expr) and expr.args["r"].args == {}


def test_recursive_alias_degrades_at_the_recursive_reference(feature: Build) -> None:
    f = feature("recursive")
    assert f.warned("/components/schemas/Json", "refers back to itself")
    assert "Json: TypeAlias = str | list[Any]" in f.source("models.py")
    assert f.models.Json is not None  # the module imports: no NameError


# -- enums ------------------------------------------------------------------------------------------------------


def test_enums_are_literals_in_arguments_and_open_in_models(feature: Build) -> None:
    f = feature("enums")
    search = f.client(Recorder(json_response(200, {}))).search.search
    assert annotation(search, "order") == "Order | NotGiven"
    assert annotation(search, "level") == "Level | NotGiven"
    assert annotation(search, "mode") == (
        "Literal['', 'fast', 'it\\'s \"quoted\"', 'a|b'] | NotGiven"
    )
    source = f.source("models.py")
    assert "Order: TypeAlias = Literal['asc', 'desc']" in source.replace('"', "'")
    assert 'Empty: TypeAlias = Literal[""]' in source
    assert f.warned("/paths/~1search/get/parameters/2/schema/enum", "twice")
    assert f.warned("/paths/~1search/get/parameters/5/schema/enum", "typed as Any")
    rec = Recorder(
        json_response(200, {"order": "sideways", "level": 9, "empty": "", "nullableEnum": None})
    )
    result = f.client(rec).search.search(
        order="asc", level=2, mode="", flag=True, ratio=0.5, mixed=1
    )
    assert rec.last.url.query.decode() == "order=asc&level=2&mode=&flag=true&ratio=0.5&mixed=1"
    # a value the client does not know yet still decodes
    assert (result.order, result.level, result.empty, result.nullable_enum) == (
        "sideways",
        9,
        "",
        None,
    )


# -- inline schemas ---------------------------------------------------------------------------------------------


def test_inline_schemas_are_named_after_where_they_appear(feature: Build) -> None:
    f = feature("inline")
    m = f.models
    assert set(m.__all__) == {
        "CreateOrderRequest",
        "CreateOrderRequestLinesItem",
        "CreateOrderRequestShipping",
        "CreateOrderResponse",
        "CreateOrderResponseLinesItem",
        "CreateOrderResponseMeta",
    }
    rec = Recorder(
        json_response(200, {"id": "o1", "lines": [{"sku": "a"}], "meta": {"total": 9.5}})
    )
    order = f.client(rec).orders.create(
        lines=[m.CreateOrderRequestLinesItem(sku="a", qty=2)],
        shipping=m.CreateOrderRequestShipping(address="here"),
    )
    assert json.loads(rec.last.content) == {
        "lines": [{"sku": "a", "qty": 2}],
        "shipping": {"address": "here"},
    }
    assert isinstance(order, m.CreateOrderResponse)
    assert isinstance(order.lines[0], m.CreateOrderResponseLinesItem) and order.meta.total == 9.5


def test_generation_is_deterministic() -> None:
    config = Config().with_package_name("pkg_inline")
    first = generate_files(FIXTURES / "inline.yaml", config)
    second = generate_files(FIXTURES / "inline.yaml", config)
    assert first.files == second.files


# -- formats ---------------------------------------------------------------------------------------------------


def test_formats_decode_to_python_types_and_encode_back(feature: Build) -> None:
    f = feature("formats")
    m = f.models
    event = {
        "id": "0eb771dd-6906-11ee-8553-eaa7715aeaf2",
        "at": "2024-05-01T10:00:00+02:00",
        "day": "2024-05-01",
        "payload": "aGVsbG8=",
        "blob": "raw",
        "big": 9007199254740993,
    }
    rec = Recorder(json_response(200, [event]), json_response(200, event))
    client = f.client(rec)
    since = datetime.datetime(2024, 1, 2, 3, 4, 5, tzinfo=datetime.UTC)
    ident = uuid.UUID(event["id"])
    (got,) = client.events.list(since=since, day=datetime.date(2024, 1, 2), id=ident)
    assert rec.last.url.params["since"] == "2024-01-02T03:04:05Z"
    assert rec.last.url.params["day"] == "2024-01-02"
    assert rec.last.url.params["id"] == event["id"]
    assert got.id == ident and isinstance(got.id, uuid.UUID)
    assert got.at == datetime.datetime(2024, 5, 1, 8, tzinfo=datetime.UTC)
    assert got.day == datetime.date(2024, 5, 1)
    assert got.payload == b"hello"
    assert got.big == 9007199254740993
    client.events.create(id=ident, at=since, day=datetime.date(2024, 1, 2), payload=b"hi")
    assert json.loads(rec.last.content) == {
        "id": event["id"],
        "at": "2024-01-02T03:04:05Z",
        "day": "2024-01-02",
        "payload": "aGk=",
    }
    assert isinstance(m.Event, type)


def test_bad_format_in_a_response_is_a_validation_error(feature: Build) -> None:
    f = feature("formats")
    bad = {"id": "not-a-uuid", "at": "2024-05-01T10:00:00Z", "day": "2024-05-01"}
    with pytest.raises(f.pkg.APIResponseValidationError):
        f.client(Recorder(json_response(200, bad))).events.create(
            id=uuid.uuid4(), at=datetime.datetime.now(datetime.UTC), day=datetime.date.today()
        )

"""The model backends (msgspec and pydantic) behave the same through the runtime's model API."""

import datetime
import enum
import json

import pytest


class Kind(enum.Enum):
    PRIMARY = "primary"
    REPLICA = "replica"


@pytest.fixture
def models(any_rt):
    """Models like generated ones: wire names that differ, optional fields, nesting."""

    class Instance(any_rt.Model):
        name: str
        kind: Kind = any_rt.field(name="type")
        created: datetime.datetime | None = None

    class Database(any_rt.Model):
        db_id: str = any_rt.field(name="DbId")
        name: str = any_rt.field(name="Name")
        regions: list[str] = any_rt.field(default_factory=list)
        group: str | None = None
        instances: list[Instance] = any_rt.field(default_factory=list)

    return Database, Instance


WIRE = {
    "DbId": "id-1",
    "Name": "db",
    "regions": ["ams"],
    "instances": [{"name": "i", "type": "replica", "created": "2024-01-02T03:04:05Z"}],
}


def test_decode_uses_wire_names(any_rt, models):
    database_type, _ = models
    database = any_rt.decode_json(json.dumps(WIRE).encode(), database_type)
    assert database.db_id == "id-1"
    assert database.name == "db"
    assert database.group is None
    assert database.instances[0].kind is Kind.REPLICA
    assert database.instances[0].created == datetime.datetime(
        2024, 1, 2, 3, 4, 5, tzinfo=datetime.UTC
    )


def test_decode_ignores_unknown_fields(any_rt, models):
    database_type, _ = models
    data = json.dumps({**WIRE, "NewField": {"x": 1}}).encode()
    assert any_rt.decode_json(data, database_type).name == "db"


def test_decode_containers_and_unions(any_rt, models):
    database_type, _ = models
    data = json.dumps([WIRE, WIRE]).encode()
    assert [d.name for d in any_rt.decode_json(data, list[database_type])] == ["db", "db"]
    assert any_rt.decode_json(b"3", int | str) == 3
    assert any_rt.decode_json(b'{"a": [1]}', dict[str, list[int]]) == {"a": [1]}
    assert any_rt.decode_json(b'{"free": "form"}', object) == {"free": "form"}


@pytest.mark.parametrize(
    "data",
    [
        b"not json",
        b"",
        b'{"DbId": 1, "Name": "db"}',  # wrong type
        b'{"Name": "db"}',  # missing required field
        b'{"DbId": "x", "Name": "db", "instances": [{"name": "i", "type": "unknown-kind"}]}',
    ],
)
def test_decode_errors_are_value_errors(any_rt, models, data):
    database_type, _ = models
    with pytest.raises(ValueError):
        any_rt.decode_json(data, database_type)


def test_fields_are_keyword_only_and_required_may_follow_optional(any_rt):
    class Thing(any_rt.Model):
        note: str | None = None
        name: str

    class Child(Thing):
        size: int = 0
        kind: str

    assert Child(name="n", kind="k") == Child(kind="k", name="n", note=None, size=0)
    with pytest.raises(TypeError):
        Child("note", "n", 1, "k")
    with pytest.raises((TypeError, ValueError)):
        Child(name="n")  # kind is required
    assert any_rt.decode_json(b'{"name": "n", "kind": "k"}', Child).kind == "k"


def test_construct_with_python_names(any_rt, models):
    database_type, instance_type = models
    database = database_type(
        db_id="x", name="db", instances=[instance_type(name="i", kind=Kind.PRIMARY)]
    )
    assert database.instances[0].kind is Kind.PRIMARY


def test_to_dict_uses_wire_names_and_omits_defaults(any_rt, models):
    database_type, instance_type = models
    database = database_type(
        db_id="x", name="db", instances=[instance_type(name="i", kind=Kind.PRIMARY)]
    )
    expected = {"DbId": "x", "Name": "db", "instances": [{"name": "i", "type": "primary"}]}
    assert database.to_dict() == expected
    assert json.loads(database.to_json()) == expected
    assert isinstance(database.to_json(), str)


def test_round_trip(any_rt, models):
    database_type, _ = models
    database = any_rt.decode_json(json.dumps(WIRE).encode(), database_type)
    assert any_rt.decode_json(database.to_json().encode(), database_type) == database
    assert json.loads(any_rt.encode_json(database)) == database.to_dict()


def test_to_jsonable_nested_values(any_rt, models):
    _, instance_type = models
    value = {
        "instance": instance_type(name="i", kind=Kind.REPLICA),
        "when": datetime.date(2024, 5, 6),
        "kinds": [Kind.PRIMARY],
        "n": None,
    }
    assert any_rt.to_jsonable(value) == {
        "instance": {"name": "i", "type": "replica"},
        "when": "2024-05-06",
        "kinds": ["primary"],
        "n": None,
    }


def test_decoders_are_cached_per_type(runtimes):
    for backend, cache_name in (("msgspec", "_decoders"), ("pydantic", "_adapters")):
        rt = runtimes[backend]

        class Thing(rt.Model):
            name: str

        assert rt.decode_json(b'[{"name": "a"}]', list[Thing]) == [Thing(name="a")]
        cache = getattr(rt._model, cache_name)
        decoder = cache[list[Thing]]
        assert rt.decode_json(b'{"name": "b"}', Thing) == Thing(name="b")
        rt.decode_json(b'[{"name": "c"}]', list[Thing])
        assert cache[list[Thing]] is decoder


def test_pydantic_model_accepts_wire_names_too(runtimes):
    rt = runtimes["pydantic"]

    class Database(rt.Model):
        db_id: str = rt.field(name="DbId")

    assert Database(DbId="x") == Database(db_id="x")

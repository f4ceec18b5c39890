"""Names: any schema, property, parameter, tag or operation name becomes a valid, unique Python name,
deterministically, and the wire name is what goes on the wire."""

from __future__ import annotations

import datetime
import inspect
import json
import uuid
from collections.abc import Callable

import httpx
import pytest
from feature_support import FIXTURES, Feature, Recorder, json_response

from generator.config import Config
from generator.pipeline import generate_files

Build = Callable[[str], Feature]

CLIENT_WIRE = {
    "self": "s",
    "class": "c",
    "from": "f",
    "2fa": True,
    "user-name": "a",
    "user_name": "b",
    "userName": "c",
    "@type": "t",
    "$ref": "r",
    "": "empty",
    "名前": "n",
    "naïve": "nv",
    "str": "x",
    "int": 1,
    "list": ["l"],
    "dict": {"d": 1},
    "type": "ty",
    "to_dict": "td",
    "field": "fi",
    "Model": "mo",
    "uuid": "u",
    "Any": "an",
    "None": "no",
}


def test_property_names_become_unique_attributes_and_keep_their_wire_names(feature: Build) -> None:
    f = feature("names")
    m = f.models
    client = f.client(Recorder(json_response(200, CLIENT_WIRE)))
    thing = client.class_.get_thing_v2("t-1")
    assert isinstance(thing, m.Client)
    attrs = {
        "self": "s",
        "class_": "c",
        "from_": "f",
        "field_2fa": True,
        "user_name": "a",
        "user_name_2": "b",
        "user_name_3": "c",
        "type": "t",
        "ref": "r",
        "field_": "empty",
        "名前": "n",
        "naive": "nv",
        "str_": "x",
        "int_": 1,
        "list_": ["l"],
        "dict_": {"d": 1},
        "type_2": "ty",
        "to_dict_": "td",
        "field__2": "fi",
        "model": "mo",
        "uuid": "u",
        "any": "an",
        "none": "no",
    }
    assert {name: getattr(thing, name) for name in attrs} == attrs
    # the model's own API is not shadowed, and it writes the wire names back
    assert json.loads(thing.to_json()) == CLIENT_WIRE
    assert thing.to_dict()["to_dict"] == "td"


def test_parameter_names_are_safe_and_sent_under_their_wire_names(feature: Build) -> None:
    f = feature("names")
    rec = Recorder(json_response(200, {}))
    f.client(rec).class_.get_thing_v2(
        "a/b",
        self_="me",
        from_="x",
        field_2fa=True,
        page_size=1,
        query_page_size=2,
        header_page_size=3,
        naive="é",
        timeout_=1.5,
        type_="t",  # arguments never shadow a builtin (but `id`)
        list_="l",
        body="b",
    )
    request = rec.last
    assert request.url.raw_path.startswith(b"/things/a%2Fb?")
    assert request.url.params.multi_items() == [
        ("self", "me"),
        ("from", "x"),
        ("2fa", "true"),
        ("page size", "1"),
        ("pageSize", "2"),
        ("naïve", "é"),
        ("timeout", "1.5"),
        ("type", "t"),
        ("list", "l"),
        ("body", "b"),
    ]
    assert request.headers["page_size"] == "3"


def test_body_field_names_are_safe_and_sent_under_their_wire_names(feature: Build) -> None:
    f = feature("names")
    rec = Recorder(json_response(200, {"id": "i"}))
    result = f.client(rec).import_.field_1st(
        "path-id", self_="s", body_id="b", class_="c", options="o"
    )
    assert rec.last.url.path == "/import/path-id"
    assert json.loads(rec.last.content) == {"self": "s", "id": "b", "class": "c", "options": "o"}
    assert isinstance(result, f.models.Model2)


def test_schema_names_are_unique_classes(feature: Build) -> None:
    f = feature("names")
    m = f.models
    expected = {
        "Client": "Client",  # the client class is Names, not Client
        "Model": "Model2",  # the runtime's base class
        "Any": "Any2",  # typing.Any
        "my-model": "MyModel",
        "my_model": "MyModel2",
        "MyModel": "MyModel3",
        "class": "Class",
        "2xx": "Model2xx",
        "Ünïcode Name": "UnicodeName",
        "datetime": "Datetime",
        "Literal": "Literal2",
        "NotGiven": "NotGiven2",
        "TypeAlias": "TypeAlias2",
        "str": "Str",
        "Names": "Names2",  # the client class
        "SyncAPIClient": "SyncAPIClient",  # not imported by models.py: free
        "Stamped": "Stamped",
        "Body": "Body",
        "Query": "Query",
    }
    assert set(expected.values()) <= set(m.__all__)
    for key in ("Model", "Any", "my_model", "MyModel", "Literal", "NotGiven", "TypeAlias", "Names"):
        assert f.warned(f"/components/schemas/{key}", "is taken")
    assert m.Model2 is not f.pkg._runtime.Model and issubclass(m.Model2, f.pkg._runtime.Model)


def test_operation_names_that_collide_get_a_suffix_with_a_warning(feature: Build) -> None:
    f = feature("names")
    assert f.warned("/paths/~1any~1free/post", "named any.get_free_2")
    rec = Recorder(httpx.Response(204))
    assert f.client(rec).any.get_free_2() is None
    assert (rec.last.method, rec.last.url.path) == ("POST", "/any/free")


def test_non_ascii_tags_operations_and_parameters(feature: Build) -> None:
    f = feature("names")
    rec = Recorder(httpx.Response(200, text="ok"))
    assert f.client(rec).日本.取得("値") == "ok"
    assert rec.last.url.raw_path == b"/%C3%BCn%C3%AFc%C3%B6d%C3%A9/%E5%80%A4"


def test_parameters_named_like_what_a_method_body_calls(feature: Build) -> None:
    f = feature("names")
    get = f.client(Recorder(json_response(200, {}))).timeout_.get_timeouts
    params = set(inspect.signature(get).parameters)
    assert {"warnings_", "styled_", "make_request_options_", "not_given"} <= params
    rec = Recorder(json_response(200, {"k": 1}))
    with pytest.warns(DeprecationWarning):
        result = f.client(rec).timeout_.get_timeouts(
            warnings_="w", styled_=["a"], make_request_options_="m", not_given="n"
        )
    assert result == {"k": 1}
    assert rec.last.url.params.multi_items() == [
        ("warnings", "w"),
        ("styled", "a"),
        ("make_request_options", "m"),
    ]
    assert rec.last.headers["not_given"] == "n"


def test_fields_named_like_the_modules_their_annotations_use(feature: Build) -> None:
    f = feature("names")
    body = {
        "datetime": "2024-05-01T10:00:00Z",
        "date": "2024-05-01",
        "uuid": "00000000-0000-0000-0000-000000000001",
    }
    stamped = f.client(Recorder(json_response(200, body))).stamped.get()
    assert stamped.datetime_ == datetime.datetime(2024, 5, 1, 10, tzinfo=datetime.UTC)
    assert stamped.date == datetime.date(2024, 5, 1)
    assert stamped.uuid_ == uuid.UUID(int=1)
    assert json.loads(stamped.to_json()) == body


def test_resource_named_like_typing_any_still_decodes(feature: Build) -> None:
    f = feature("names")
    assert f.client(Recorder(json_response(200, [1, {"a": None}]))).any.get_free() == [
        1,
        {"a": None},
    ]


def test_resource_classes_never_shadow_runtime_names(feature: Build) -> None:
    f = feature("names")
    for module, runtime_name in (("headers", "Headers"), ("any", "Any"), ("timeout_", "Timeout")):
        source = f.source(f"resources/{module}.py")
        assert f"\nclass {runtime_name}(" not in source


def test_models_named_like_runtime_names_work_in_resources(feature: Build) -> None:
    f = feature("names")
    m = f.models
    rec = Recorder(json_response(200, {"b": "x"}))
    result = f.client(rec).headers.post_body(body=["q1", "q2"])
    assert json.loads(rec.last.content) == ["q1", "q2"]
    assert isinstance(result, m.Body) and result.b == "x"


@pytest.mark.parametrize("name", ["names", "unions"])
def test_names_are_deterministic(name: str) -> None:
    config = Config().with_package_name(f"pkg_{name}")
    assert (
        generate_files(FIXTURES / f"{name}.yaml", config).files
        == generate_files(FIXTURES / f"{name}.yaml", config).files
    )

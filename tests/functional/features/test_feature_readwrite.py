"""readOnly and writeOnly: response models have no writeOnly property, request models no readOnly one.

A schema whose two shapes differ and that travels both ways is generated twice: ``User`` (what the server
sends) and ``UserInput`` (what the client sends); nested models follow, transitively, through arrays,
maps, unions, aliases, allOf and recursion. Every test runs against both model backends.
"""

from __future__ import annotations

import datetime
import inspect
import json
from collections.abc import Callable
from typing import Any

import msgspec
import pytest
from feature_support import FIXTURES, Feature, Recorder, json_response

from generator.config import Config
from generator.pipeline import generate_files

Build = Callable[..., Feature]


@pytest.fixture(params=["msgspec", "pydantic"])
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def fields_of(model: Any) -> dict[str, bool]:
    """A model class's attributes, each with whether it is required (either backend)."""
    if hasattr(model, "model_fields"):
        return {name: info.is_required() for name, info in model.model_fields.items()}
    return {f.name: f.required for f in msgspec.structs.fields(model)}


def annotation(method: Any, name: str) -> str:
    return str(inspect.signature(method).parameters[name].annotation)


# -- one schema (readwrite.yaml) ----------------------------------------------------------------------------


def test_read_only_fields_are_not_arguments(feature: Build, backend: str) -> None:
    f = feature("readwrite", backend)
    m = f.models
    create = f.client(Recorder(json_response(201, {}))).users.create
    assert set(inspect.signature(create).parameters) >= {"name", "password"}
    assert not {"id", "created_at"} & set(inspect.signature(create).parameters)
    answer = {"id": "u1", "name": "ann", "createdAt": "2024-05-01T10:00:00Z"}
    rec = Recorder(json_response(201, answer))
    user = f.client(rec).users.create(name="ann", password="pw")
    assert json.loads(rec.last.content) == {"name": "ann", "password": "pw"}
    assert isinstance(user, m.User) and user.id == "u1"
    assert user.created_at == datetime.datetime(2024, 5, 1, 10, tzinfo=datetime.UTC)
    assert not hasattr(user, "password")  # writeOnly: never in a response


def test_write_only_fields_are_not_in_response_models(feature: Build, backend: str) -> None:
    m = feature("readwrite", backend).models
    # readOnly `id` and `createdAt` are required where they are sent: in responses
    assert fields_of(m.User) == {"id": True, "name": True, "created_at": True}
    # the required writeOnly `password` is required where it is sent: in requests
    assert fields_of(m.UserInput) == {"name": True, "password": True}
    with pytest.raises((TypeError, ValueError)):
        m.UserInput(name="bob")


def test_nested_request_models_are_request_classes(feature: Build, backend: str) -> None:
    f = feature("readwrite", backend)
    m = f.models
    rec = Recorder(
        json_response(200, {"id": "u1", "name": "bob", "createdAt": "2024-05-01T10:00:00Z"})
    )
    replace = f.client(rec).users.replace
    assert annotation(replace, "user") == "UserInput"
    user = replace("u1", user=m.UserInput(name="bob", password="pw"))
    assert json.loads(rec.last.content) == {"user": {"name": "bob", "password": "pw"}}
    assert isinstance(user, m.User) and user.id == "u1"
    assert fields_of(m.ReplaceUserRequest) == {"user": True}  # request-only: one class


def test_a_required_read_only_field_missing_from_a_response_is_a_validation_error(
    feature: Build, backend: str
) -> None:
    f = feature("readwrite", backend)
    answer = {"name": "ann", "createdAt": "2024-05-01T10:00:00Z"}  # no `id`
    with pytest.raises(f.pkg.APIResponseValidationError):
        f.client(Recorder(json_response(201, answer))).users.create(name="ann", password="pw")


def test_split_classes_say_so_in_their_docstrings(feature: Build, backend: str) -> None:
    m = feature("readwrite", backend).models
    assert "In requests: `UserInput`." in (m.User.__doc__ or "")
    assert "`User` as sent in requests" in (m.UserInput.__doc__ or "")


# -- a graph of schemas (readwrite_graph.yaml) --------------------------------------------------------------


def test_only_schemas_that_differ_and_travel_both_ways_are_split(
    feature: Build, backend: str
) -> None:
    m = feature("readwrite_graph", backend).models
    assert set(m.__all__) == {
        # own readOnly/writeOnly properties, both ways
        *("Member", "MemberInput", "Folder", "FolderInput2", "Account", "AccountInput"),
        *("Post", "PostInput", "Circle", "CircleInput"),
        # none of their own, but they hold a schema that is split
        *("Team", "TeamInput", "TeamSettings", "TeamSettingsInput"),
        *("Members", "MembersInput", "Shape", "ShapeInput"),
        # one way only, or no way at all: one class in that shape
        *("Secret", "AuditEntry", "Draft", "Base", "PutFolderRequest", "StoreSecretRequest"),
        # no readOnly/writeOnly anywhere inside
        *("Tree", "Square", "Stamp", "FolderInput"),
    }


def test_split_is_transitive_through_arrays_maps_and_inline_objects(
    feature: Build, backend: str
) -> None:
    f = feature("readwrite_graph", backend)
    m = f.models
    member = {"id": "m1", "email": "a@example.com"}
    answer = {
        "name": "core",
        "members": [member],
        "lead": member,
        "settings": {"owner": member, "byRole": {"admin": member}},
    }
    rec = Recorder(json_response(201, answer))
    create = f.client(rec).teams.create
    assert annotation(create, "members") == "list[MemberInput]"
    assert annotation(create, "settings") == "TeamSettingsInput | NotGiven"
    new = m.MemberInput(email="a@example.com", password="pw")
    team = create(
        name="core",
        members=[new],
        lead=new,
        settings=m.TeamSettingsInput(owner=new, by_role={"admin": new}),
    )
    sent = {"email": "a@example.com", "password": "pw"}
    assert json.loads(rec.last.content) == {
        "name": "core",
        "members": [sent],
        "lead": sent,
        "settings": {"owner": sent, "byRole": {"admin": sent}},
    }
    assert isinstance(team, m.Team) and isinstance(team.settings, m.TeamSettings)
    assert isinstance(team.settings.by_role["admin"], m.Member)
    assert [x.id for x in (team.members[0], team.lead, team.settings.owner)] == ["m1"] * 3
    assert fields_of(m.Member) == {"id": True, "email": True, "legacy": False}
    assert fields_of(m.MemberInput) == {"email": True, "password": True, "legacy": False}


def test_recursive_schema_refers_to_its_own_request_class(feature: Build, backend: str) -> None:
    f = feature("readwrite_graph", backend)
    m = f.models
    # FolderInput is a component of the spec: the request class of Folder takes the next name
    assert f.warned(
        "/components/schemas/Folder", "class name FolderInput is taken; named FolderInput2"
    )
    assert fields_of(m.FolderInput) == {"template": False}
    answer = {
        "path": "/a",
        "name": "a",
        "children": [{"path": "/a/b", "name": "b", "children": [{"path": "/a/b/c", "name": "c"}]}],
    }
    rec = Recorder(json_response(200, answer))
    put = f.client(rec).folders.put
    assert annotation(put, "folder") == "FolderInput2"
    leaf = m.FolderInput2(name="c")
    tree = put(
        folder=m.FolderInput2(name="a", children=[m.FolderInput2(name="b", children=[leaf])])
    )
    assert json.loads(rec.last.content) == {
        "folder": {"name": "a", "children": [{"name": "b", "children": [{"name": "c"}]}]}
    }
    assert isinstance(tree, m.Folder) and tree.children[0].children[0].path == "/a/b/c"
    assert json.loads(tree.to_json()) == answer


def test_recursion_without_read_or_write_only_properties_is_not_split(
    feature: Build, backend: str
) -> None:
    f = feature("readwrite_graph", backend)
    assert "TreeInput" not in f.models.__all__
    assert "    tree: Tree | None = None\n" in f.source("models.py")  # in AccountInput too


def test_all_of_members_are_merged_before_the_split(feature: Build, backend: str) -> None:
    f = feature("readwrite_graph", backend)
    m = f.models
    assert fields_of(m.Account) == {"id": True, "created_at": True, "login": True, "tree": False}
    assert fields_of(m.AccountInput) == {"login": True, "secret": True, "tree": False}
    answer = {
        "id": "a1",
        "createdAt": "2024-05-01T10:00:00Z",
        "login": "ann",
        "tree": {"label": "x"},
    }
    rec = Recorder(json_response(201, answer))
    create = f.client(rec).accounts.create
    assert {"login", "secret", "tree"} <= set(inspect.signature(create).parameters)
    assert not {"id", "created_at"} & set(inspect.signature(create).parameters)
    account = create(login="ann", secret="s3", tree=m.Tree(label="x"))
    assert json.loads(rec.last.content) == {"login": "ann", "secret": "s3", "tree": {"label": "x"}}
    assert isinstance(account, m.Account) and account.id == "a1"


def test_aliases_and_whole_bodies_use_request_classes(feature: Build, backend: str) -> None:
    f = feature("readwrite_graph", backend)
    m = f.models
    source = f.source("models.py")
    assert "Members: TypeAlias = list[Member]\n" in source
    assert "MembersInput: TypeAlias = list[MemberInput]\n" in source
    rec = Recorder(json_response(200, [{"id": "m1", "email": "e"}]), json_response(204, None))
    client = f.client(rec)
    (member,) = client.members.list()
    assert isinstance(member, m.Member) and member.id == "m1"
    assert annotation(client.members.replace, "body") == "MembersInput"
    client.members.replace(body=[m.MemberInput(email="e", password="pw")])
    assert json.loads(rec.last.content) == [{"email": "e", "password": "pw"}]


def test_discriminated_unions_split_with_their_members(feature: Build, backend: str) -> None:
    f = feature("readwrite_graph", backend)
    m = f.models
    rec = Recorder(json_response(201, {"kind": "Circle", "id": "c1", "radius": 2}))
    create = f.client(rec).shapes.create
    assert annotation(create, "body") == "ShapeInput"
    circle = create(body=m.CircleInput(radius=2))
    assert json.loads(rec.last.content) == {"kind": "Circle", "radius": 2}
    assert isinstance(circle, m.Circle) and circle.id == "c1"
    create(body=m.Square(side=1))  # Square has no readOnly property: one class for both ways
    assert json.loads(rec.last.content) == {"kind": "Square", "side": 1}


def test_schemas_used_one_way_have_one_class_in_that_shape(feature: Build, backend: str) -> None:
    f = feature("readwrite_graph", backend)
    m = f.models
    assert fields_of(m.Secret) == {"value": True}  # only sent
    assert fields_of(m.AuditEntry) == {"actor": True, "what": False}  # only received
    assert fields_of(m.Draft) == {"id": True}  # no operation: the response shape
    rec = Recorder(json_response(204, None))
    f.client(rec).secrets.store(secret=m.Secret(value="v"))
    assert json.loads(rec.last.content) == {"secret": {"value": "v"}}


def test_a_reference_to_a_read_only_schema_is_read_only(feature: Build, backend: str) -> None:
    f = feature("readwrite_graph", backend)
    m = f.models
    assert fields_of(m.Post) == {"title": True, "stamp": True}
    assert fields_of(m.PostInput) == {"title": True}
    rec = Recorder(json_response(201, {"title": "t", "stamp": "2024-05-01T10:00:00Z"}))
    create = f.client(rec).posts.create
    assert "stamp" not in inspect.signature(create).parameters
    post = create(title="t")
    assert json.loads(rec.last.content) == {"title": "t"}
    assert post.stamp == datetime.datetime(2024, 5, 1, 10, tzinfo=datetime.UTC)


def test_a_property_both_read_and_write_only_is_kept_both_ways(
    feature: Build, backend: str
) -> None:
    f = feature("readwrite_graph", backend)
    assert f.warned("/components/schemas/Member/properties/legacy", "both readOnly and writeOnly")
    assert "legacy" in fields_of(f.models.Member) and "legacy" in fields_of(f.models.MemberInput)


def test_split_generation_is_deterministic() -> None:
    config = Config().with_package_name("pkg_readwrite_graph")
    first = generate_files(FIXTURES / "readwrite_graph.yaml", config)
    second = generate_files(FIXTURES / "readwrite_graph.yaml", config)
    assert first.files == second.files

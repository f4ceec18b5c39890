"""Python names for classes, fields, resources, methods and parameters (generator/naming/assign.py)."""

from __future__ import annotations

from typing import Any

import pytest

from generator.config import (
    Config,
    parse_config,
)
from generator.diagnostics import (
    Diagnostic,
    Level,
)
from generator.ir.build import build_api
from generator.naming.assign import (
    Names,
    assign_names,
)

FILE = "spec.json"
ORG_PARAM = {
    "name": "organizationSlug",
    "in": "path",
    "required": True,
    "schema": {"type": "string"},
}
LIST_DBS = "/v1/organizations/{organizationSlug}/databases"
CLIENT_PARAMS = {
    "params": [
        {
            "wire_names": [
                "organizationSlug",
                "organizationName",
            ],
            "python_name": "organization_slug",
            "arg": "organization",
        }
    ]
}


def doc(
    schemas: dict[str, Any] | None = None,
    paths: dict[str, Any] | None = None,
    title: str = "Turso Platform API",
) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {
            "title": title,
            "version": "1",
        },
        "paths": paths or {},
        "components": {"schemas": schemas or {}},
    }


def name(
    data: dict[str, Any],
    config: dict[str, Any] | None = None,
) -> tuple[Names, list[Diagnostic]]:
    api, _ = build_api(data, FILE)
    cfg: Config = parse_config(config if config is not None else {"client": CLIENT_PARAMS})
    return assign_names(api, cfg, FILE)


def obj(
    **properties: Any,
) -> dict[str, Any]:
    return {
        "type": "object",
        "properties": properties,
    }


STR = {"type": "string"}


def op(
    operation_id: str | None = None,
    **extra: Any,
) -> dict[str, Any]:
    result: dict[str, Any] = {
        "responses": {"200": {"description": "ok"}},
        **extra,
    }
    if operation_id is not None:
        result["operationId"] = operation_id
    return result


def json_body(
    schema: dict[str, Any],
) -> dict[str, Any]:
    return {"content": {"application/json": {"schema": schema}}}


def json_response(
    schema: dict[str, Any],
) -> dict[str, Any]:
    return {
        "200": {
            "description": "ok",
            "content": {"application/json": {"schema": schema}},
        }
    }


def component(key: str) -> str:
    return f"/components/schemas/{key}"


def op_pointer(path: str, method: str) -> str:
    return "/paths/" + path.replace("~", "~0").replace("/", "~1") + "/" + method


def warnings(
    diagnostics: list[Diagnostic],
) -> list[tuple[str, str]]:
    return [(d.pointer, d.message) for d in diagnostics if d.level == Level.WARNING]


# -- package and clients ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("config", "expected"),
    [
        (
            {},
            (
                "turso_platform_api",
                "TursoPlatformAPI",
                "AsyncTursoPlatformAPI",
            ),
        ),
        (
            {
                "package": {"name": "turso"},
                "client": {"sync_name": "Turso"},
            },
            (
                "turso",
                "Turso",
                "AsyncTurso",
            ),
        ),
        (
            {
                "client": {
                    "sync_name": "Turso",
                    "async_name": "TursoAsync",
                }
            },
            (
                "turso_platform_api",
                "Turso",
                "TursoAsync",
            ),
        ),
    ],
)
def test_package_and_client_names(
    config: dict[str, Any],
    expected: tuple[str, str, str],
) -> None:
    names, _ = name(doc(), config)
    assert (
        names.package,
        names.sync_client,
        names.async_client,
    ) == expected


def test_client_names_are_reserved_for_classes() -> None:
    names, _ = name(
        doc({"Turso": obj(a=STR)}),
        {"client": {"sync_name": "Turso"}},
    )
    assert names.component_class("Turso") != "Turso"


# -- classes --------------------------------------------------------------------------------------------


def test_component_classes_keep_their_names() -> None:
    names, diagnostics = name(
        doc(
            {
                "Database": obj(name=STR),
                "audit-log": obj(a=STR),
                "APIToken": obj(a=STR),
            }
        )
    )
    assert names.component_class("Database") == "Database"
    assert names.component_class("audit-log") == "AuditLog"
    assert names.component_class("APIToken") == "APIToken"
    assert diagnostics == []


def test_non_object_components_get_names_too() -> None:
    names, _ = name(
        doc(
            {
                "Color": {
                    "type": "string",
                    "enum": ["red"],
                },
                "Ids": {
                    "type": "array",
                    "items": STR,
                },
            }
        )
    )
    assert (
        names.component_class("Color"),
        names.component_class("Ids"),
    ) == ("Color", "Ids")


def test_inline_objects_are_named_after_their_context() -> None:
    response = obj(
        databases={
            "type": "array",
            "items": obj(name=STR),
        },
        pagination=obj(page={"type": "integer"}),
        meta={
            "type": "object",
            "additionalProperties": obj(x=STR),
        },
    )
    paths = {
        LIST_DBS: {
            "get": op(
                "listDatabases",
                parameters=[ORG_PARAM],
                responses=json_response(response),
            ),
            "post": op(
                "createDatabase",
                parameters=[ORG_PARAM],
                requestBody=json_body(obj(seed=obj(type=STR))),
            ),
        }
    }
    names, diagnostics = name(doc(paths=paths))
    schema = op_pointer(LIST_DBS, "get") + "/responses/200/content/application~1json/schema"
    body = op_pointer(LIST_DBS, "post") + "/requestBody/content/application~1json/schema"
    assert names.classes[schema] == "ListDatabasesResponse"
    assert names.classes[schema + "/properties/pagination"] == "ListDatabasesResponsePagination"
    assert (
        names.classes[schema + "/properties/databases/items"]
        == "ListDatabasesResponseDatabasesItem"
    )
    assert (
        names.classes[schema + "/properties/meta/additionalProperties"]
        == "ListDatabasesResponseMetaValue"
    )
    assert names.classes[body] == "CreateDatabaseRequest"
    assert names.classes[body + "/properties/seed"] == "CreateDatabaseRequestSeed"
    assert diagnostics == []


def test_inline_objects_in_components_are_named_after_the_component() -> None:
    names, _ = name(
        doc(
            {
                "Database": obj(
                    regions={
                        "type": "array",
                        "items": obj(code=STR),
                    },
                    owner=obj(id=STR),
                )
            }
        )
    )
    assert names.classes[component("Database") + "/properties/owner"] == "DatabaseOwner"
    assert (
        names.classes[component("Database") + "/properties/regions/items"] == "DatabaseRegionsItem"
    )


def test_inline_object_title_wins_over_context() -> None:
    names, _ = name(
        doc(
            {
                "Database": obj(
                    owner={
                        **obj(id=STR),
                        "title": "Owner Info",
                    }
                )
            }
        )
    )
    assert names.classes[component("Database") + "/properties/owner"] == "OwnerInfo"


def test_error_responses_get_no_inline_classes() -> None:
    paths = {
        "/x": {
            "get": op(
                "getX",
                responses={"400": json_response(obj(e=STR))["200"]},
            )
        }
    }
    names, _ = name(doc(paths=paths))
    assert names.classes == {}


def test_titled_union_variants_are_named_after_their_title() -> None:
    names, _ = name(
        doc(
            {
                "Pet": {
                    "oneOf": [
                        {
                            **obj(a=STR),
                            "title": "cat",
                        },
                        {
                            **obj(b=STR),
                            "title": "dog",
                        },
                    ]
                }
            }
        )
    )
    assert names.classes[component("Pet") + "/oneOf/0"] == "Cat"
    assert names.classes[component("Pet") + "/oneOf/1"] == "Dog"


def test_untitled_union_variants_are_numbered() -> None:
    names, _ = name(
        doc(
            {
                "Pet": {
                    "oneOf": [
                        obj(a=STR),
                        obj(b=STR),
                    ]
                }
            }
        )
    )
    assert names.classes[component("Pet") + "/oneOf/0"] == "PetVariant1"
    assert names.classes[component("Pet") + "/oneOf/1"] == "PetVariant2"


def test_shared_inline_schema_via_ref_gets_one_class() -> None:
    names, _ = name(
        doc(
            {
                "A": obj(inner=obj(x=STR)),
                "B": obj(copy={"$ref": "#/components/schemas/A/properties/inner"}),
            }
        )
    )
    assert names.classes[component("A") + "/properties/inner"] == "AInner"
    assert "BCopy" not in names.classes.values()


@pytest.mark.parametrize(
    ("key", "expected"),
    [
        ("Any", "Any2"),
        ("Literal", "Literal2"),
        ("Model", "Model2"),
        ("class", "Class"),
        ("None", "None_"),
    ],
)
def test_class_names_avoid_reserved_names(key: str, expected: str) -> None:
    names, _ = name(doc({key: obj(a=STR)}))
    assert names.component_class(key) == expected


def test_class_name_starting_with_digit_gets_model_prefix() -> None:
    names, _ = name(doc({"2fa": obj(a=STR)}))
    assert names.component_class("2fa") == "Model2fa"


def test_class_name_collision_gets_numeric_suffix_and_warning() -> None:
    names, diagnostics = name(
        doc(
            {
                "Database": obj(a=STR),
                "database": obj(b=STR),
            }
        )
    )
    assert names.component_class("Database") == "Database"
    assert names.component_class("database") == "Database2"
    assert warnings(diagnostics) == [
        (
            component("database"),
            "class name Database is taken; named Database2",
        )
    ]


def test_inline_name_colliding_with_component_gets_numeric_suffix_and_info() -> None:
    paths = {
        LIST_DBS: {
            "get": op(
                "listDatabases",
                parameters=[ORG_PARAM],
                responses=json_response(obj(a=STR)),
            )
        }
    }
    names, diagnostics = name(
        doc(
            {"ListDatabasesResponse": obj(b=STR)},
            paths,
        )
    )
    schema = op_pointer(LIST_DBS, "get") + "/responses/200/content/application~1json/schema"
    assert names.classes[schema] == "ListDatabasesResponse2"
    assert warnings(diagnostics) == []  # not a defect of the spec: an info line, not a warning
    assert [(d.level, d.pointer) for d in diagnostics] == [(Level.INFO, schema)]


def test_class_collisions_still_give_distinct_names() -> None:
    names, _ = name(
        doc(
            {
                "Database": obj(a=STR),
                "database": obj(b=STR),
                "DATABASE": obj(c=STR),
            }
        )
    )
    classes = [
        names.component_class(k)
        for k in (
            "Database",
            "database",
            "DATABASE",
        )
    ]
    assert classes[0] == "Database"
    assert len(set(classes)) == 3
    assert all(c.isidentifier() for c in classes)


def test_schema_override_wins() -> None:
    names, _ = name(
        doc(
            {
                "db-v2": obj(a=STR),
                "Database": obj(b=STR),
            }
        ),
        {"names": {"schemas": {"db-v2": "DatabaseV2"}}},
    )
    assert names.component_class("db-v2") == "DatabaseV2"
    assert names.component_class("Database") == "Database"


def test_naming_is_deterministic() -> None:
    data = doc(
        {
            "Database": obj(a=STR),
            "database": obj(b=STR),
        },
        {
            LIST_DBS: {
                "get": op(
                    "listDatabases",
                    parameters=[ORG_PARAM],
                )
            }
        },
    )
    assert name(data) == name(data)


# -- fields -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("wire", "attribute"),
    [
        ("name", "name"),
        (
            "databaseName",
            "database_name",
        ),
        ("DbId", "db_id"),
        (
            "primary-region",
            "primary_region",
        ),
        ("from", "from_"),
        ("class", "class_"),
        ("None", "none"),
        (
            "dict",
            "dict_",
        ),  # model methods/builtins that would shadow something
        ("json", "json_"),
        ("2fa", "field_2fa"),
        (
            "type",
            "type",
        ),  # fine as an attribute
        ("_links", "links"),
        ("$ref", "ref"),
    ],
)
def test_field_names(wire: str, attribute: str) -> None:
    names, _ = name(doc({"Thing": obj(**{wire: STR})}))
    assert names.fields[(component("Thing"), wire)] == attribute


def test_field_names_that_collide_get_suffixes() -> None:
    names, _ = name(
        doc(
            {
                "Thing": obj(
                    fooBar=STR,
                    foo_bar=STR,
                    **{"foo-bar": STR},
                )
            }
        )
    )
    attrs = [
        names.fields[(component("Thing"), w)]
        for w in (
            "fooBar",
            "foo_bar",
            "foo-bar",
        )
    ]
    assert attrs == [
        "foo_bar",
        "foo_bar_2",
        "foo_bar_3",
    ]


def test_field_override_wins_and_is_made_safe() -> None:
    config = {
        "names": {
            "fields": {
                "Thing.dbName": "database",
                "Thing.x": "import",
            }
        }
    }
    names, _ = name(
        doc(
            {
                "Thing": obj(
                    dbName=STR,
                    x=STR,
                    other=STR,
                )
            }
        ),
        config,
    )
    assert (
        names.fields[
            (
                component("Thing"),
                "dbName",
            )
        ]
        == "database"
    )
    assert names.fields[(component("Thing"), "x")] == "import_"
    assert (
        names.fields[
            (
                component("Thing"),
                "other",
            )
        ]
        == "other"
    )


# -- operations -----------------------------------------------------------------------------------------------


def turso_paths() -> dict[str, Any]:
    org = "/v1/organizations/{organizationSlug}"
    db = org + "/databases/{databaseName}"
    db_param = {
        "name": "databaseName",
        "in": "path",
        "required": True,
        "schema": STR,
    }
    return {
        org + "/databases": {
            "get": op(
                "listDatabases",
                parameters=[ORG_PARAM],
            ),
            "post": op(
                "createDatabase",
                parameters=[ORG_PARAM],
            ),
        },
        db: {
            "get": op(
                "getDatabase",
                parameters=[
                    ORG_PARAM,
                    db_param,
                ],
            ),
            "delete": op(
                "deleteDatabase",
                parameters=[
                    ORG_PARAM,
                    db_param,
                ],
            ),
        },
        db + "/auth/tokens": {
            "post": op(
                "createDatabaseToken",
                parameters=[
                    ORG_PARAM,
                    db_param,
                ],
            )
        },
        "/v1/locations": {"get": op("listLocations")},
        "/v2/organizations/{organizationSlug}/invites": {
            "get": op(
                "listOrganizationInvitesV2",
                parameters=[ORG_PARAM],
            ),
        },
        org + "/invites": {
            "get": op(
                "listOrganizationInvites",
                parameters=[ORG_PARAM],
            )
        },
    }


def test_operation_names_and_resources() -> None:
    names, diagnostics = name(doc(paths=turso_paths()))
    org = "/v1/organizations/{organizationSlug}"
    got = {pointer: f"{n.resource}.{n.method}" for pointer, n in names.operations.items()}
    assert got == {
        op_pointer(org + "/databases", "get"): "databases.list",
        op_pointer(org + "/databases", "post"): "databases.create",
        op_pointer(
            org + "/databases/{databaseName}",
            "get",
        ): "databases.get",
        op_pointer(
            org + "/databases/{databaseName}",
            "delete",
        ): "databases.delete",
        op_pointer(
            org + "/databases/{databaseName}/auth/tokens",
            "post",
        ): "databases.create_token",
        op_pointer("/v1/locations", "get"): "locations.list",
        # v1 and v2 of the same listing: the version is kept to tell them apart
        op_pointer(
            "/v2/organizations/{organizationSlug}/invites",
            "get",
        ): "invites.list_organization_v2",
        op_pointer(org + "/invites", "get"): "invites.list_organization",
    }
    assert names.resources == {
        "databases": "Databases",
        "invites": "Invites",
        "locations": "Locations",
    }
    assert list(names.resources) == sorted(names.resources)
    assert (
        names.operations[
            op_pointer(
                org + "/databases",
                "get",
            )
        ].base
        == "ListDatabases"
    )
    assert warnings(diagnostics) == []


def test_operation_base_without_operation_id() -> None:
    names, _ = name(doc(paths={"/v1/things/{id}/sub-items": {"get": op()}}))
    (only,) = names.operations.values()
    assert (
        only.resource,
        only.method,
        only.base,
    ) == (
        "things",
        "list_sub_items",
        "ThingsListSubItems",
    )


def test_method_collision_gets_deterministic_suffix_and_warning() -> None:
    paths = {
        "/v1/things": {"get": op("listThings")},
        "/v1/things/{id}/all": {
            "get": op(
                "listThing",
                parameters=[
                    {
                        "name": "id",
                        "in": "path",
                        "required": True,
                        "schema": STR,
                    }
                ],
            )
        },
    }
    names, diagnostics = name(doc(paths=paths))
    first = names.operations[op_pointer("/v1/things", "get")]
    second = names.operations[op_pointer("/v1/things/{id}/all", "get")]
    assert (
        first.method,
        second.method,
    ) == ("list", "list_2")
    assert warnings(diagnostics) == [
        (
            op_pointer(
                "/v1/things/{id}/all",
                "get",
            ),
            "GET /v1/things/{id}/all would be named things.list like another operation; named things.list_2",
        )
    ]
    assert name(doc(paths=paths)) == (
        names,
        diagnostics,
    )


@pytest.mark.parametrize(
    ("operation_id", "method"),
    [
        (
            "withRawResponse",
            "with_raw_response_",
        ),
        ("import", "import_"),
    ],
)
def test_method_names_are_safe(operation_id: str, method: str) -> None:
    names, _ = name(doc(paths={"/v1/things": {"post": op(operation_id)}}))
    (only,) = names.operations.values()
    assert only.method == method


def test_operation_override_wins() -> None:
    config = {
        "client": CLIENT_PARAMS,
        "names": {
            "operations": {
                "GET /v1/locations": "regions.all",
                "POST /v1/organizations/{organizationSlug}/databases": "make",
            }
        },
    }
    names, _ = name(doc(paths=turso_paths()), config)
    assert names.operations[op_pointer("/v1/locations", "get")].resource == "regions"
    assert names.operations[op_pointer("/v1/locations", "get")].method == "all"
    assert "regions" in names.resources
    # an override without a dot is not a "resource.method": the derived name stays
    create = names.operations[
        op_pointer(
            "/v1/organizations/{organizationSlug}/databases",
            "post",
        )
    ]
    assert (
        create.resource,
        create.method,
    ) == ("databases", "create")


def test_overridden_operation_keeps_its_name_in_a_collision() -> None:
    paths = {
        "/v1/things": {"get": op("listThings")},
        "/v1/things/all": {"get": op("listAllThings")},
    }
    config = {"names": {"operations": {"GET /v1/things/all": "things.list"}}}
    names, diagnostics = name(doc(paths=paths), config)
    assert names.operations[op_pointer("/v1/things/all", "get")].method == "list"
    assert names.operations[op_pointer("/v1/things", "get")].method != "list"
    assert [p for p, _ in warnings(diagnostics)] == [op_pointer("/v1/things", "get")]


# -- parameters ------------------------------------------------------------------------------------------------


def test_client_bound_params_use_python_name() -> None:
    early = "/v1/organizations/{organizationName}/databases"
    paths = {
        LIST_DBS: {
            "get": op(
                "listDatabases",
                parameters=[ORG_PARAM],
            )
        },
        early: {
            "post": op(
                "createDatabase",
                parameters=[
                    {
                        **ORG_PARAM,
                        "name": "organizationName",
                    }
                ],
            )
        },
    }
    names, _ = name(doc(paths=paths))
    assert (
        names.params[
            (
                op_pointer(LIST_DBS, "get"),
                "path",
                "organizationSlug",
            )
        ]
        == "organization_slug"
    )
    assert (
        names.params[
            (
                op_pointer(early, "post"),
                "path",
                "organizationName",
            )
        ]
        == "organization_slug"
    )
    assert names.client_params == {
        "organizationSlug": "organization_slug",
        "organizationName": "organization_slug",
    }


def test_client_bound_name_applies_to_path_params_only() -> None:
    paths = {
        LIST_DBS: {
            "get": op(
                "listDatabases",
                parameters=[
                    ORG_PARAM,
                    {
                        "name": "organizationName",
                        "in": "query",
                        "schema": STR,
                    },
                ],
            )
        }
    }
    names, _ = name(doc(paths=paths))
    assert (
        names.params[
            (
                op_pointer(LIST_DBS, "get"),
                "query",
                "organizationName",
            )
        ]
        == "organization_name"
    )


@pytest.mark.parametrize(
    ("wire", "argument"),
    [
        (
            "databaseName",
            "database_name",
        ),
        ("from", "from_"),
        ("self", "self_"),
        ("timeout", "timeout_"),
        ("2fa", "field_2fa"),
    ],
)
def test_parameter_names(wire: str, argument: str) -> None:
    names, _ = name(
        doc(
            paths={
                "/x": {
                    "get": op(
                        "getX",
                        parameters=[
                            {
                                "name": wire,
                                "in": "query",
                                "schema": STR,
                            }
                        ],
                    )
                }
            }
        )
    )
    assert (
        names.params[
            (
                op_pointer("/x", "get"),
                "query",
                wire,
            )
        ]
        == argument
    )


def test_same_parameter_name_in_two_locations() -> None:
    params = [
        {
            "name": "id",
            "in": "query",
            "schema": STR,
        },
        {
            "name": "id",
            "in": "header",
            "schema": STR,
        },
    ]
    names, _ = name(
        doc(
            paths={
                "/x": {
                    "get": op(
                        "getX",
                        parameters=params,
                    )
                }
            }
        )
    )
    pointer = op_pointer("/x", "get")
    assert names.params[(pointer, "query", "id")] == "id"
    assert names.params[(pointer, "header", "id")] == "header_id"


def test_body_fields_become_parameters() -> None:
    body = {
        "type": "object",
        "properties": {
            "name": STR,
            "from": STR,
            "id": {
                **STR,
                "readOnly": True,
            },
            "body": STR,
            "q": STR,
        },
    }
    params = [
        {
            "name": "q",
            "in": "query",
            "schema": STR,
        }
    ]
    names, _ = name(
        doc(
            paths={
                "/x": {
                    "post": op(
                        "createX",
                        parameters=params,
                        requestBody=json_body(body),
                    )
                }
            }
        )
    )
    pointer = op_pointer("/x", "post")
    assert names.params[(pointer, "query", "q")] == "q"
    assert names.params[(pointer, "body", "name")] == "name"
    assert names.params[(pointer, "body", "from")] == "from_"
    assert names.params[(pointer, "body", "q")] == "body_q"
    assert (pointer, "body", "id") not in names.params  # read-only: never sent
    assert names.params[(pointer, "body", "body")] == "body"
    assert names.params[(pointer, "body", "")] == "body_2"  # the whole body, after the fields


def test_body_fields_of_a_ref_body() -> None:
    data = doc(
        {"New": obj(name=STR)},
        {
            "/x": {
                "post": op(
                    "createX",
                    requestBody=json_body({"$ref": "#/components/schemas/New"}),
                )
            }
        },
    )
    names, _ = name(data)
    assert (
        names.params[
            (
                op_pointer("/x", "post"),
                "body",
                "name",
            )
        ]
        == "name"
    )


# -- request classes (readOnly / writeOnly) ----------------------------------------------------------


def both_ways(
    schemas: dict[str, Any], key: str, config: dict[str, Any] | None = None
) -> tuple[Names, list[Diagnostic]]:
    """``key`` is the request body and the response of one operation."""
    ref = {"$ref": f"#/components/schemas/{key}"}
    paths = {"/x": {"put": op("putX", requestBody=json_body(ref), responses=json_response(ref))}}
    return name(doc(schemas, paths), config)


def test_split_schemas_get_an_input_class() -> None:
    schemas = {
        "User": obj(id={**STR, "readOnly": True}, name=STR),
        "Team": obj(
            lead={"$ref": "#/components/schemas/User"},
            about=obj(by={"$ref": "#/components/schemas/User"}),
        ),
        "Plain": obj(a=STR),
    }
    names, diagnostics = both_ways(schemas, "Team")
    assert names.inputs == {
        component("User"): "UserInput",
        component("Team"): "TeamInput",
        component("Team") + "/properties/about": "TeamAboutInput",
    }
    assert names.class_for(component("User"), request=True) == "UserInput"
    assert names.class_for(component("User"), request=False) == "User"
    assert names.class_for(component("Plain"), request=True) == "Plain"
    assert warnings(diagnostics) == []


def test_input_class_follows_a_renamed_schema() -> None:
    schemas = {"User": obj(id={**STR, "readOnly": True})}
    names, _ = both_ways(schemas, "User", {"names": {"schemas": {"User": "Member"}}})
    assert names.inputs == {component("User"): "MemberInput"}


def test_input_class_yields_to_every_other_class() -> None:
    schemas = {
        "User": obj(id={**STR, "readOnly": True}),
        "UserInput": obj(x=STR),
        "Holder": obj(inline={**obj(y=STR), "title": "UserInput2"}),
    }
    names, diagnostics = both_ways(schemas, "User")
    assert names.classes[component("UserInput")] == "UserInput"
    assert names.classes[component("Holder") + "/properties/inline"] == "UserInput2"
    assert names.inputs == {component("User"): "UserInput3"}
    assert (component("User"), "class name UserInput is taken; named UserInput3") in warnings(
        diagnostics
    )


def test_schemas_used_one_way_get_no_input_class() -> None:
    schemas = {"User": obj(id={**STR, "readOnly": True})}
    ref = {"$ref": "#/components/schemas/User"}
    sent, _ = name(doc(schemas, {"/x": {"post": op("postX", requestBody=json_body(ref))}}))
    received, _ = name(doc(schemas, {"/x": {"get": op("getX", responses=json_response(ref))}}))
    assert sent.inputs == {} and received.inputs == {}

"""Operations, parameters, bodies, responses and security (generator/ir/build.py) on tiny inline documents."""

from __future__ import annotations

from typing import Any

import pytest

from generator.diagnostics import (
    Diagnostic,
    Level,
)
from generator.ir.build import (
    body_encoding,
    build_api,
    choose_media_type,
    response_kind,
)
from generator.ir.model import (
    AnySchema,
    Api,
    IntegerSchema,
    ObjectSchema,
    Operation,
    RefSchema,
    SecurityScheme,
    StringSchema,
)

FILE = "spec.json"
OK = {"200": {"description": "ok"}}


def doc(
    paths: dict[str, Any] | None = None,
    components: dict[str, Any] | None = None,
    **extra: Any,
) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "T",
            "version": "1",
        },
        "paths": paths or {},
        "components": components or {},
        **extra,
    }


def build(
    data: dict[str, Any],
) -> tuple[Api, list[Diagnostic]]:
    return build_api(data, FILE)


def one_op(
    method: str,
    path: str,
    op: dict[str, Any],
) -> tuple[Operation, list[Diagnostic]]:
    """Build a document holding exactly one operation and return it."""
    api, diagnostics = build(
        doc(
            {
                path: {
                    method: {
                        "responses": OK,
                        **op,
                    }
                }
            }
        )
    )
    assert len(api.operations) == 1
    return api.operations[0], diagnostics


def path_param(
    name: str,
    schema: dict[str, Any] | None = None,
    **extra: Any,
) -> dict[str, Any]:
    return {
        "name": name,
        "in": "path",
        "required": True,
        "schema": schema or {"type": "string"},
        **extra,
    }


def query_param(
    name: str,
    schema: dict[str, Any] | None = None,
    **extra: Any,
) -> dict[str, Any]:
    return {
        "name": name,
        "in": "query",
        "schema": schema or {"type": "string"},
        **extra,
    }


def messages(
    diagnostics: list[Diagnostic],
    level: Level = Level.WARNING,
) -> list[tuple[str, str]]:
    return [(d.pointer, d.message) for d in diagnostics if d.level == level]


# -- document ----------------------------------------------------------------------------------------


def test_document_info_and_servers() -> None:
    api, diagnostics = build(
        doc(
            info={
                "title": "Turso",
                "version": "0.1",
                "description": "desc",
                "license": {"name": "MIT"},
            },
            servers=[
                {
                    "url": "https://api.turso.tech",
                    "description": "prod",
                },
                {
                    "url": "https://{region}.example",
                    "variables": {
                        "region": {
                            "default": "eu",
                            "enum": [
                                "eu",
                                "us",
                            ],
                        }
                    },
                },
                {"description": "no url"},
            ],
        )
    )
    assert (
        api.title,
        api.version,
        api.description,
        api.license_name,
    ) == (
        "Turso",
        "0.1",
        "desc",
        "MIT",
    )
    assert [s.url for s in api.servers] == [
        "https://api.turso.tech",
        "https://{region}.example",
    ]
    region = api.servers[1].variables[0]
    assert (
        region.name,
        region.default,
        region.enum,
    ) == ("region", "eu", ("eu", "us"))
    assert diagnostics == []


def test_missing_info_gets_defaults() -> None:
    api, _ = build(
        {
            "openapi": "3.1.0",
            "paths": {},
        }
    )
    assert (
        api.title,
        api.version,
        api.operations,
        api.schemas,
    ) == ("API", "0.0.0", (), ())


def test_operations_keep_document_order_and_fields() -> None:
    api, _ = build(
        doc(
            {
                "/b": {
                    "post": {
                        "operationId": "createB",
                        "summary": "S",
                        "description": "D",
                        "deprecated": True,
                        "tags": ["x"],
                        "responses": OK,
                    },
                    "get": {
                        "operationId": "listB",
                        "responses": OK,
                    },
                    "x-extension": {"not": "an operation"},
                    "summary": "path summary",
                },
                "/a": {"delete": {"responses": OK}},
            }
        )
    )
    assert [(op.method, op.path) for op in api.operations] == [
        ("post", "/b"),
        ("get", "/b"),
        ("delete", "/a"),
    ]
    first = api.operations[0]
    assert (
        first.operation_id,
        first.summary,
        first.description,
        first.deprecated,
        first.tags,
    ) == (
        "createB",
        "S",
        "D",
        True,
        ("x",),
    )
    assert first.pointer == "/paths/~1b/post"


@pytest.mark.parametrize(
    "operation_id",
    [None, "", "   ", 42],
)
def test_missing_or_blank_operation_id_is_none(
    operation_id: Any,
) -> None:
    op: dict[str, Any] = {} if operation_id is None else {"operationId": operation_id}
    operation, _ = one_op("get", "/x", op)
    assert operation.operation_id is None


def test_webhooks_are_skipped_with_info() -> None:
    api, diagnostics = build(doc(webhooks={"newThing": {"post": {"responses": OK}}}))
    assert api.operations == ()
    assert messages(diagnostics, Level.INFO) == [
        (
            "/webhooks",
            "webhooks are not part of a client; skipped",
        )
    ]
    assert messages(diagnostics) == []


def test_callbacks_are_skipped_with_info() -> None:
    _, diagnostics = one_op(
        "post",
        "/x",
        {"callbacks": {"cb": {}}},
    )
    assert messages(diagnostics, Level.INFO) == [
        (
            "/paths/~1x/post/callbacks",
            "callbacks are not part of a client; skipped",
        )
    ]


def test_path_item_ref_is_followed() -> None:
    api, _ = build(
        doc(
            {"/x": {"$ref": "#/components/pathItems/X"}},
            {
                "pathItems": {
                    "X": {
                        "get": {
                            "operationId": "getX",
                            "responses": OK,
                        }
                    }
                }
            },
        )
    )
    assert [op.operation_id for op in api.operations] == ["getX"]
    assert api.operations[0].pointer == "/components/pathItems/X/get"


# -- parameters ----------------------------------------------------------------------------------------


def test_path_level_parameters_are_merged_and_overridden() -> None:
    api, diagnostics = build(
        doc(
            {
                "/a/{id}": {
                    "parameters": [
                        path_param(
                            "id",
                            description="shared",
                        ),
                        query_param("q"),
                        query_param("keep"),
                    ],
                    "get": {
                        "parameters": [
                            path_param(
                                "id",
                                {"type": "integer"},
                            ),
                            query_param(
                                "q",
                                {"type": "integer"},
                            ),
                        ],
                        "responses": OK,
                    },
                }
            }
        )
    )
    params = {p.name: p for p in api.operations[0].parameters}
    assert list(params) == [
        "id",
        "q",
        "keep",
    ]
    assert isinstance(
        params["id"].schema,
        IntegerSchema,
    )  # the operation's own declaration wins
    assert params["id"].description is None
    assert params["id"].pointer == "/paths/~1a~1{id}/get/parameters/0"
    assert isinstance(
        params["q"].schema,
        IntegerSchema,
    )
    assert params["keep"].pointer == "/paths/~1a~1{id}/parameters/2"
    assert diagnostics == []


def test_same_name_in_different_locations_are_distinct() -> None:
    operation, _ = one_op(
        "get",
        "/x",
        {
            "parameters": [
                query_param("id"),
                {
                    "name": "id",
                    "in": "header",
                    "schema": {"type": "string"},
                },
            ]
        },
    )
    assert [(p.location, p.name) for p in operation.parameters] == [
        ("query", "id"),
        ("header", "id"),
    ]


def test_path_parameters_follow_template_order_and_are_required() -> None:
    operation, _ = one_op(
        "get",
        "/a/{first}/b/{second}",
        {
            "parameters": [
                query_param("q"),
                {
                    "name": "second",
                    "in": "path",
                    "schema": {"type": "string"},
                },
                path_param("first"),
            ]
        },
    )
    assert [(p.location, p.name) for p in operation.parameters] == [
        ("path", "first"),
        ("path", "second"),
        ("query", "q"),
    ]
    assert all(p.required for p in operation.parameters if p.location == "path")
    assert not operation.parameters[2].required


def test_undeclared_path_parameter_is_inferred_with_warning() -> None:
    operation, diagnostics = one_op(
        "get",
        "/a/{id}/b/{other}",
        {"parameters": [path_param("id")]},
    )
    other = operation.parameters[1]
    assert (
        other.name,
        other.location,
        other.required,
        other.inferred,
    ) == (
        "other",
        "path",
        True,
        True,
    )
    assert isinstance(other.schema, StringSchema)
    assert other.pointer == "/paths/~1a~1{id}~1b~1{other}/get"
    assert messages(diagnostics) == [
        (
            "/paths/~1a~1{id}~1b~1{other}/get",
            "path parameter 'other' is used in /a/{id}/b/{other} but not declared; inferred as a required string",
        )
    ]


def test_declared_path_parameter_absent_from_template_is_dropped_with_warning() -> None:
    operation, diagnostics = one_op(
        "get",
        "/a",
        {"parameters": [path_param("gone")]},
    )
    assert operation.parameters == ()
    assert messages(diagnostics) == [
        (
            "/paths/~1a/get/parameters/0",
            "path parameter 'gone' does not appear in /a; ignored",
        )
    ]


@pytest.mark.parametrize(
    "header",
    [
        "Accept",
        "content-type",
        "Authorization",
    ],
)
def test_client_managed_headers_are_not_parameters(
    header: str,
) -> None:
    operation, diagnostics = one_op(
        "get",
        "/x",
        {
            "parameters": [
                {
                    "name": header,
                    "in": "header",
                    "schema": {"type": "string"},
                }
            ]
        },
    )
    assert operation.parameters == ()
    assert len(messages(diagnostics, Level.INFO)) == 1


@pytest.mark.parametrize(
    "entry",
    [
        {"in": "query"},
        {"name": "x", "in": "body"},
        {"name": 3, "in": "query"},
    ],
)
def test_invalid_parameters_are_ignored_with_warning(
    entry: dict[str, Any],
) -> None:
    operation, diagnostics = one_op(
        "get",
        "/x",
        {"parameters": [entry]},
    )
    assert operation.parameters == ()
    assert messages(diagnostics) == [
        (
            "/paths/~1x/get/parameters/0",
            "parameter without a valid `name` and `in`; ignored",
        )
    ]


def test_parameter_schema_from_content_or_missing() -> None:
    operation, diagnostics = one_op(
        "get",
        "/x",
        {
            "parameters": [
                {
                    "name": "f",
                    "in": "query",
                    "content": {"application/json": {"schema": {"type": "integer"}}},
                },
                {
                    "name": "g",
                    "in": "query",
                },
            ]
        },
    )
    f, g = operation.parameters
    assert isinstance(f.schema, IntegerSchema)
    assert f.schema.meta.pointer == "/paths/~1x/get/parameters/0/content/application~1json/schema"
    assert isinstance(g.schema, AnySchema)
    assert messages(diagnostics) == [
        (
            "/paths/~1x/get/parameters/1",
            "parameter has no schema; typed as Any",
        )
    ]


def test_parameter_style_explode_deprecated() -> None:
    operation, _ = one_op(
        "get",
        "/x",
        {
            "parameters": [
                query_param(
                    "t",
                    style="form",
                    explode=False,
                    deprecated=True,
                    required=True,
                )
            ]
        },
    )
    (t,) = operation.parameters
    assert (
        t.style,
        t.explode,
        t.deprecated,
        t.required,
    ) == ("form", False, True, True)


def test_parameter_refs_are_resolved() -> None:
    api, diagnostics = build(
        doc(
            {
                "/x/{id}": {
                    "get": {
                        "parameters": [
                            {"$ref": "#/components/parameters/Id"},
                            {"$ref": "#/components/parameters/Limit"},
                        ],
                        "responses": OK,
                    }
                }
            },
            {
                "parameters": {
                    "Id": path_param("id"),
                    "Limit": {"$ref": "#/components/parameters/RealLimit"},  # a chain
                    "RealLimit": query_param(
                        "limit",
                        {"type": "integer"},
                    ),
                }
            },
        )
    )
    params = api.operations[0].parameters
    assert [(p.name, p.pointer) for p in params] == [
        (
            "id",
            "/components/parameters/Id",
        ),
        (
            "limit",
            "/components/parameters/RealLimit",
        ),
    ]
    assert diagnostics == []


def test_broken_and_cyclic_parameter_refs_warn() -> None:
    api, diagnostics = build(
        doc(
            {
                "/x": {
                    "get": {
                        "parameters": [
                            {"$ref": "#/components/parameters/Nope"},
                            {"$ref": "#/components/parameters/Loop"},
                        ],
                        "responses": OK,
                    }
                }
            },
            {"parameters": {"Loop": {"$ref": "#/components/parameters/Loop"}}},
        )
    )
    assert api.operations[0].parameters == ()
    found = messages(diagnostics)
    assert (
        "/paths/~1x/get/parameters/0/$ref",
        "reference #/components/parameters/Nope points at nothing; ignored",
    ) in found
    assert any("too long or cyclic" in message for _, message in found)


# -- request bodies -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("offered", "chosen"),
    [
        (
            [
                "application/xml",
                "application/json",
            ],
            "application/json",
        ),
        (
            [
                "multipart/form-data",
                "application/json",
            ],
            "application/json",
        ),
        (
            [
                "application/x-www-form-urlencoded",
                "application/json; charset=utf-8",
            ],
            "application/json; charset=utf-8",
        ),
        (
            [
                "text/plain",
                "application/vnd.api+json",
            ],
            "application/vnd.api+json",
        ),
        (
            [
                "application/octet-stream",
                "text/plain",
            ],
            "text/plain",
        ),
        (
            [
                "application/octet-stream",
                "text/csv",
            ],
            "text/csv",
        ),
        (
            [
                "application/octet-stream",
                "*/*",
            ],
            "*/*",
        ),
        (
            [
                "application/xml",
                "application/octet-stream",
            ],
            "application/xml",
        ),  # nothing known: the first
        (
            ["Application/JSON"],
            "Application/JSON",
        ),
    ],
)
def test_choose_media_type(offered: list[str], chosen: str) -> None:
    assert choose_media_type(offered) == chosen


def test_form_is_preferred_over_multipart() -> None:
    assert choose_media_type(
        [
            "multipart/form-data",
            "application/x-www-form-urlencoded",
        ]
    ) == ("application/x-www-form-urlencoded")


@pytest.mark.parametrize(
    ("media", "encoding"),
    [
        ("application/json", "json"),
        (
            "application/merge-patch+json",
            "json",
        ),
        ("*/*", "json"),
        (
            "application/x-www-form-urlencoded",
            "form",
        ),
        (
            "multipart/form-data",
            "multipart",
        ),
        (
            "multipart/mixed",
            "multipart",
        ),
        (
            "text/plain; charset=utf-8",
            "text",
        ),
        (
            "application/octet-stream",
            "binary",
        ),
        ("image/png", "binary"),
    ],
)
def test_body_encoding(media: str, encoding: str) -> None:
    assert body_encoding(media) == encoding


def test_request_body_schema_required_and_pointer() -> None:
    operation, diagnostics = one_op(
        "post",
        "/x",
        {
            "requestBody": {
                "required": True,
                "description": "the body",
                "content": {
                    "application/xml": {"schema": {"type": "string"}},
                    "application/json": {
                        "schema": {
                            "type": "object",
                            "properties": {"a": {"type": "string"}},
                        }
                    },
                },
            }
        },
    )
    body = operation.request_body
    assert body is not None
    assert (
        body.content_type,
        body.encoding,
        body.required,
        body.description,
    ) == (
        "application/json",
        "json",
        True,
        "the body",
    )
    assert body.pointer == "/paths/~1x/post/requestBody/content/application~1json"
    assert isinstance(body.schema, ObjectSchema)
    assert body.schema.meta.pointer == body.pointer + "/schema"
    assert diagnostics == []


def test_request_body_ref_is_resolved() -> None:
    api, _ = build(
        doc(
            {
                "/x": {
                    "post": {
                        "requestBody": {"$ref": "#/components/requestBodies/B"},
                        "responses": OK,
                    }
                }
            },
            {
                "requestBodies": {
                    "B": {
                        "required": True,
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/S"}}
                        },
                    }
                },
                "schemas": {
                    "S": {
                        "type": "object",
                        "properties": {"a": {}},
                    }
                },
            },
        )
    )
    body = api.operations[0].request_body
    assert body is not None and body.required
    assert body.pointer == "/components/requestBodies/B/content/application~1json"
    assert isinstance(body.schema, RefSchema) and body.schema.key == "S"


def test_request_body_without_content_is_raw_bytes_with_warning() -> None:
    operation, diagnostics = one_op(
        "post",
        "/x",
        {"requestBody": {"content": {}}},
    )
    body = operation.request_body
    assert body is not None
    assert (
        body.content_type,
        body.encoding,
    ) == (
        "application/octet-stream",
        "binary",
    )
    assert messages(diagnostics) == [
        (
            "/paths/~1x/post/requestBody",
            "request body has no content; sent as raw bytes",
        )
    ]


def test_request_body_media_without_schema_is_any() -> None:
    operation, _ = one_op(
        "post",
        "/x",
        {"requestBody": {"content": {"multipart/form-data": {}}}},
    )
    assert operation.request_body is not None
    assert operation.request_body.encoding == "multipart"
    assert isinstance(
        operation.request_body.schema,
        AnySchema,
    )


def test_no_request_body_is_none() -> None:
    operation, _ = one_op("get", "/x", {})
    assert operation.request_body is None


# -- responses ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "normalized"),
    [
        ("200", "200"),
        ("4xx", "4XX"),
        ("5XX", "5XX"),
        ("default", "default"),
        ("DEFAULT", "default"),
        (204, "204"),
    ],
)
def test_response_status_is_normalized(status: Any, normalized: str) -> None:
    operation, _ = one_op(
        "get",
        "/x",
        {"responses": {status: {"description": "d"}}},
    )
    assert [r.status for r in operation.responses] == [normalized]


@pytest.mark.parametrize(
    (
        "content",
        "kind",
        "content_type",
        "has_schema",
    ),
    [
        (None, "empty", None, False),
        ({}, "empty", None, False),
        (
            {"application/json": {"schema": {"type": "string"}}},
            "json",
            "application/json",
            True,
        ),
        (
            {"application/json": {}},
            "json",
            "application/json",
            True,
        ),  # no schema: Any
        (
            {"application/problem+json": {"schema": {"type": "string"}}},
            "json",
            "application/problem+json",
            True,
        ),
        (
            {"text/plain": {"schema": {"type": "string"}}},
            "text",
            "text/plain",
            False,
        ),
        (
            {"application/octet-stream": {}},
            "binary",
            "application/octet-stream",
            False,
        ),
        (
            {
                "text/plain": {},
                "application/json": {},
            },
            "json",
            "application/json",
            True,
        ),
    ],
)
def test_response_kinds(
    content: Any,
    kind: str,
    content_type: str | None,
    has_schema: bool,
) -> None:
    entry: dict[str, Any] = {"description": "d"}
    if content is not None:
        entry["content"] = content
    operation, _ = one_op(
        "get",
        "/x",
        {"responses": {"200": entry}},
    )
    (response,) = operation.responses
    assert (
        response.kind,
        response.content_type,
        response.schema is not None,
    ) == (
        kind,
        content_type,
        has_schema,
    )
    assert response.description == "d"
    assert response.pointer == "/paths/~1x/get/responses/200"


@pytest.mark.parametrize(
    ("media", "kind"),
    [
        ("application/json", "json"),
        (
            "application/hal+json",
            "json",
        ),
        ("text/html", "text"),
        ("image/png", "binary"),
    ],
)
def test_response_kind(media: str, kind: str) -> None:
    assert response_kind(media) == kind


def test_response_ref_is_resolved() -> None:
    api, _ = build(
        doc(
            {"/x": {"get": {"responses": {"default": {"$ref": "#/components/responses/Err"}}}}},
            {
                "responses": {
                    "Err": {
                        "description": "err",
                        "content": {"application/json": {"schema": {"type": "integer"}}},
                    }
                }
            },
        )
    )
    (response,) = api.operations[0].responses
    assert (
        response.status,
        response.kind,
        response.description,
        response.pointer,
    ) == (
        "default",
        "json",
        "err",
        "/components/responses/Err",
    )
    assert isinstance(response.schema, IntegerSchema)
    assert (
        response.schema.meta.pointer == "/components/responses/Err/content/application~1json/schema"
    )


def test_response_order_is_kept() -> None:
    operation, _ = one_op(
        "get",
        "/x",
        {
            "responses": {
                "404": {"description": "a"},
                "200": {"description": "b"},
                "default": {"description": "c"},
            }
        },
    )
    assert [r.status for r in operation.responses] == ["404", "200", "default"]


# -- security ------------------------------------------------------------------------------------------


def test_security_schemes() -> None:
    api, diagnostics = build(
        doc(
            components={
                "securitySchemes": {
                    "bearerAuth": {
                        "type": "http",
                        "scheme": "bearer",
                        "description": "token",
                    },
                    "basicAuth": {
                        "type": "http",
                        "scheme": "Basic",
                    },
                    "headerKey": {
                        "type": "apiKey",
                        "in": "header",
                        "name": "X-Api-Key",
                    },
                    "queryKey": {
                        "type": "apiKey",
                        "in": "query",
                        "name": "key",
                    },
                    "cookieKey": {
                        "type": "apiKey",
                        "in": "cookie",
                        "name": "sid",
                    },
                    "oauth": {
                        "type": "oauth2",
                        "flows": {},
                    },
                    "oidc": {
                        "type": "openIdConnect",
                        "openIdConnectUrl": "https://x",
                    },
                    "ref": {"$ref": "#/components/securitySchemes/bearerAuth"},
                }
            }
        )
    )
    assert api.security_schemes == (
        SecurityScheme(
            "bearerAuth",
            "bearer",
            description="token",
        ),
        SecurityScheme("basicAuth", "basic"),
        SecurityScheme(
            "headerKey",
            "api_key",
            location="header",
            param_name="X-Api-Key",
        ),
        SecurityScheme(
            "queryKey",
            "api_key",
            location="query",
            param_name="key",
        ),
        SecurityScheme(
            "cookieKey",
            "api_key",
            location="cookie",
            param_name="sid",
        ),
        SecurityScheme("oauth", "bearer"),
        SecurityScheme("oidc", "bearer"),
        SecurityScheme(
            "ref",
            "bearer",
            description="token",
        ),
    )
    assert messages(diagnostics, Level.INFO) == [
        (
            "/components/securitySchemes/oauth",
            "oauth2 is supported as a bearer token the caller obtains",
        ),
        (
            "/components/securitySchemes/oidc",
            "openIdConnect is supported as a bearer token the caller obtains",
        ),
    ]
    assert messages(diagnostics) == []


@pytest.mark.parametrize(
    "scheme",
    [
        {"type": "mutualTLS"},
        {
            "type": "apiKey",
            "in": "body",
            "name": "k",
        },
    ],
)
def test_unsupported_security_scheme_warns(
    scheme: dict[str, Any],
) -> None:
    api, diagnostics = build(doc(components={"securitySchemes": {"s": scheme}}))
    assert api.security_schemes == ()
    assert [p for p, _ in messages(diagnostics)] == ["/components/securitySchemes/s"]


def test_http_digest_is_not_treated_as_bearer() -> None:
    api, diagnostics = build(
        doc(
            components={
                "securitySchemes": {
                    "d": {
                        "type": "http",
                        "scheme": "digest",
                    }
                }
            }
        )
    )
    assert api.security_schemes == ()
    assert [p for p, _ in messages(diagnostics)] == ["/components/securitySchemes/d"]


def test_security_requirements() -> None:
    api, _ = build(
        doc(
            {
                "/open": {
                    "get": {
                        "security": [],
                        "responses": OK,
                    }
                },
                "/default": {"get": {"responses": OK}},
                "/own": {
                    "get": {
                        "security": [
                            {"key": []},
                            {
                                "key": [],
                                "bearer": [],
                            },
                        ],
                        "responses": OK,
                    }
                },
            },
            security=[{"bearer": []}],
        )
    )
    assert api.security == (("bearer",),)
    assert [op.security for op in api.operations] == [(), None, (("key",), ("key", "bearer"))]

"""Which credentials a client takes and which each operation sends (`plan_security`)."""

from __future__ import annotations

from typing import Any

from generator.config import Config, parse_config
from generator.ir.build import build_api
from generator.render.plan import SecurityPlan, plan_security

OK = {"200": {"description": "ok"}}
SCHEMES = {
    "bearerAuth": {"type": "http", "scheme": "bearer"},
    "apiKeyQuery": {"type": "apiKey", "in": "query", "name": "api_key"},
    "basicAuth": {"type": "http", "scheme": "basic"},
}


def plan(
    paths: dict[str, Any],
    schemes: dict[str, Any] | None = None,
    config: Config | None = None,
    **extra: Any,
) -> SecurityPlan:
    document = {
        "openapi": "3.0.3",
        "info": {"title": "T", "version": "1"},
        "paths": paths,
        "components": {"securitySchemes": SCHEMES if schemes is None else schemes},
        **extra,
    }
    api, _ = build_api(document, "spec.yaml")
    return plan_security(api, config or Config())


def op(security: Any = None) -> dict[str, Any]:
    operation: dict[str, Any] = {"responses": OK}
    if security is not None:
        operation["security"] = security
    return {"get": operation}


def args(
    security: SecurityPlan, taken: set[str] | None = None
) -> dict[str, list[tuple[str, str | None]]]:
    return {
        s["key"]: [(a["name"], a["env"]) for a in s["args"]]
        for s in security.schemes_context(taken or set())
    }


def test_a_scheme_every_operation_needs_is_required_and_the_default() -> None:
    security = plan({"/a": op(), "/b": op()}, schemes={"bearerAuth": SCHEMES["bearerAuth"]})
    assert security.default == (("bearerAuth",),)
    assert security.required == {"bearerAuth"}
    assert set(security.operations.values()) == {security.default}


def test_operations_with_their_own_requirement_get_it_as_a_literal() -> None:
    api_paths = {
        "/me": op(),
        "/open": op([]),
        "/either": op([{"apiKeyQuery": []}, {"bearerAuth": []}]),
    }
    document = {
        "openapi": "3.0.3",
        "info": {"title": "T", "version": "1"},
        "paths": api_paths,
        "components": {"securitySchemes": SCHEMES},
        "security": [{"bearerAuth": []}],
    }
    api, _ = build_api(document, "spec.yaml")
    security = plan_security(api, Config())
    literals = {o.path: security.operation_literal(o) for o in api.operations}
    assert literals == {
        "/me": None,
        "/open": "()",
        "/either": "(('apiKeyQuery',), ('bearerAuth',))",
    }
    assert security.required == frozenset()  # /open needs nothing, /either can do without the token
    assert security.primary == "bearerAuth"


def test_unknown_schemes_are_left_out_of_requirements() -> None:
    security = plan({"/a": op([{"mutual": []}, {"bearerAuth": []}])}, security=[{"bearerAuth": []}])
    assert security.operations[next(iter(security.operations))] == ((), ("bearerAuth",))


def test_without_a_document_requirement_any_declared_scheme_will_do() -> None:
    security = plan({"/a": op()})
    assert security.default == (("bearerAuth",), ("apiKeyQuery",), ("basicAuth",))
    assert security.required == frozenset()
    assert security.primary == "bearerAuth"


def test_the_configured_auth_stands_in_for_an_undeclared_scheme() -> None:
    config = parse_config({"client": {"auth": "bearer"}})
    security = plan({"/a": op()}, schemes={}, config=config)
    assert security.default == (("bearer",),)
    assert security.required == {"bearer"}


def test_names_main_scheme_from_client_config_others_from_their_scheme() -> None:
    config = parse_config({"client": {"credential_arg": "api_token", "credential_env": "X_TOKEN"}})
    security = plan({"/a": op()}, config=config, security=[{"bearerAuth": []}])
    assert args(security) == {
        "bearerAuth": [("api_token", "X_TOKEN")],
        "apiKeyQuery": [("api_key_query", None)],
        "basicAuth": [("basic_username", None), ("basic_password", None)],
    }


def test_main_basic_scheme_keeps_username_and_password() -> None:
    config = parse_config({"client": {"credential_env": "X"}})
    security = plan({"/a": op()}, config=config, security=[{"basicAuth": []}])
    assert args(security)["basicAuth"] == [("username", "X_USERNAME"), ("password", "X_PASSWORD")]


def test_schemes_config_renames_a_credential_and_gives_its_environment_variable() -> None:
    config = parse_config(
        {
            "client": {
                "schemes": [
                    {"key": "apiKeyQuery", "arg": "search_key", "env": "X_SEARCH_KEY"},
                    {"key": "basicAuth", "arg": "admin", "env": "X_ADMIN"},
                ]
            }
        }
    )
    security = plan({"/a": op()}, config=config, security=[{"bearerAuth": []}])
    named = args(security)
    assert named["apiKeyQuery"] == [("search_key", "X_SEARCH_KEY")]
    assert named["basicAuth"] == [
        ("admin_username", "X_ADMIN_USERNAME"),
        ("admin_password", "X_ADMIN_PASSWORD"),
    ]


def test_credential_names_never_clash_with_other_constructor_arguments() -> None:
    schemes = {
        "timeout": {"type": "apiKey", "in": "header", "name": "X-T"},
        "bearerAuth": SCHEMES["bearerAuth"],
    }
    security = plan({"/a": op()}, schemes=schemes, security=[{"bearerAuth": []}])
    named = args(security, taken={"organization"})
    assert named["timeout"] == [("timeout_credential", None)]
    config = parse_config({"client": {"credential_arg": "organization"}})
    security = plan({"/a": op()}, schemes=schemes, config=config, security=[{"bearerAuth": []}])
    assert args(security, taken={"organization"})["bearerAuth"] == [
        ("organization_credential", None)
    ]


def test_the_configured_auth_stands_in_for_undeclared_schemes_an_operation_names() -> None:
    config = parse_config({"client": {"auth": "bearer"}})
    security = plan(
        {"/a": op(), "/b": op([{"token": []}]), "/open": op([])},
        schemes={},
        config=config,
        security=[{"token": []}],
    )
    assert security.default == (("bearer",),)
    by_path = {
        pointer.split("~1")[1].split("/")[0]: req for pointer, req in security.operations.items()
    }
    assert by_path == {"a": (("bearer",),), "b": (("bearer",),), "open": ()}
    assert security.required == frozenset()  # /open needs nothing


def test_a_trailing_auth_is_kept_when_dropping_it_leaves_a_keyword_or_builtin() -> None:
    schemes = {
        "bearerAuth": SCHEMES["bearerAuth"],
        "globalAuth": {"type": "apiKey", "in": "header", "name": "X-Global"},
        "typeAuth": {"type": "apiKey", "in": "header", "name": "X-Type"},
        "tenantAuth": {"type": "apiKey", "in": "header", "name": "X-Tenant"},
    }
    security = plan({"/a": op()}, schemes=schemes, security=[{"bearerAuth": []}])
    names = {key: [name for name, _ in found] for key, found in args(security).items()}
    assert names["globalAuth"] == ["global_auth"]
    assert names["typeAuth"] == ["type_auth"]
    assert names["tenantAuth"] == ["tenant"]

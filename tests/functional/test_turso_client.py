"""The committed Turso client (generated/) driven through an in-process httpx transport.

Each test checks the request on the wire and the parsed response; generated/ is kept current by
tests/test_golden.py, so these tests exercise exactly what users get.
"""

from __future__ import annotations

import asyncio
import json
import sys
import warnings
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from generator import project

sys.path.insert(0, str(project.GENERATED_DIR))

ClientFactory = Callable[..., Any]


@pytest.fixture(scope="module", params=["msgspec", "pydantic"])
def tp(request: pytest.FixtureRequest, turso_package: Callable[[str], Any]) -> Any:
    """The package under test: the committed msgspec client, or a pydantic build of the same spec
    (tests/conftest.py)."""
    return turso_package(request.param)


Handler = Callable[[httpx.Request], httpx.Response]


class Recorder:
    """A transport handler that answers from a queue and keeps every request."""

    def __init__(self, *responses: httpx.Response) -> None:
        self.responses = list(responses)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self.responses.pop(0) if len(self.responses) > 1 else self.responses[0]

    @property
    def last(self) -> httpx.Request:
        return self.requests[-1]


def _options(kwargs: dict[str, Any]) -> dict[str, Any]:
    return {"api_token": "secret-token", "organization": "acme", "max_retries": 0, **kwargs}


@pytest.fixture
def make_client(tp: Any) -> ClientFactory:
    """`make_client(recorder, **options)`: a Turso client answered by `recorder`."""

    def make(recorder: Handler, **kwargs: Any) -> Any:
        http = httpx.Client(transport=httpx.MockTransport(recorder))
        return tp.Turso(http_client=http, **_options(kwargs))

    return make


@pytest.fixture
def make_async_client(tp: Any) -> ClientFactory:
    """`make_async_client(recorder, **options)`: an AsyncTurso client answered by `recorder`."""

    def make(recorder: Handler, **kwargs: Any) -> Any:
        http = httpx.AsyncClient(transport=httpx.MockTransport(recorder))
        return tp.AsyncTurso(http_client=http, **_options(kwargs))

    return make


DATABASE = {
    "Name": "tenant-1",
    "DbId": "0eb771dd-6906-11ee-8553-eaa7715aeaf2",
    "Hostname": "tenant-1-acme.turso.io",
    "group": "default",
    "regions": ["lhr"],
    "a_future_field": {"nested": True},
}


@pytest.fixture(autouse=True)
def _no_env(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    for name in ("TURSO_API_TOKEN", "TURSO_ORGANIZATION", "TURSO_BASE_URL"):
        monkeypatch.delenv(name, raising=False)
    yield


def test_list_databases_sends_auth_and_parses_models(make_client: ClientFactory) -> None:
    rec = Recorder(httpx.Response(200, json={"databases": [DATABASE]}))
    with make_client(rec) as turso:
        result = turso.databases.list(group="default")
    request = rec.last
    assert request.method == "GET"
    assert (
        str(request.url) == "https://api.turso.tech/v1/organizations/acme/databases?group=default"
    )
    assert request.headers["authorization"] == "Bearer secret-token"
    assert request.headers["user-agent"].startswith("turso-platform-api/")
    assert result.databases is not None
    db = result.databases[0]
    assert (db.name, db.hostname, db.regions) == ("tenant-1", "tenant-1-acme.turso.io", ["lhr"])
    assert db.to_dict()["Name"] == "tenant-1"


def test_create_database_sends_only_given_fields(make_client: ClientFactory) -> None:
    rec = Recorder(httpx.Response(200, json={"database": {"Name": "tenant-1", "DbId": "x"}}))
    turso = make_client(rec)
    created = turso.databases.create(name="tenant-1", group="default")
    assert rec.last.method == "POST"
    assert json.loads(rec.last.content) == {"name": "tenant-1", "group": "default"}
    assert rec.last.headers["content-type"] == "application/json"
    assert created.database is not None and created.database.name == "tenant-1"


def test_positional_path_parameters_and_per_call_organization(make_client: ClientFactory) -> None:
    rec = Recorder(httpx.Response(200, json={"database": DATABASE}))
    turso = make_client(rec)
    turso.databases.get("tenant-1")
    assert rec.last.url.path == "/v1/organizations/acme/databases/tenant-1"
    turso.databases.get("tenant 2/x", organization_slug="other")
    assert rec.last.url.raw_path == b"/v1/organizations/other/databases/tenant%202%2Fx"


def test_create_token_query_parameters_and_jwt(make_client: ClientFactory) -> None:
    rec = Recorder(httpx.Response(200, json={"jwt": "eyJ.abc"}))
    token = make_client(rec).databases.create_token(
        "tenant-1", expiration="2w", authorization="read-only"
    )
    assert rec.last.url.params["expiration"] == "2w"
    assert rec.last.url.params["authorization"] == "read-only"
    assert token.jwt == "eyJ.abc"


def test_group_add_location(make_client: ClientFactory) -> None:
    rec = Recorder(
        httpx.Response(200, json={"group": {"name": "default", "locations": ["aws-us-east-1"]}})
    )
    make_client(rec).groups.add_location("default", "aws-us-east-1")
    assert rec.last.method == "POST"
    assert rec.last.url.path == "/v1/organizations/acme/groups/default/locations/aws-us-east-1"


def test_resources_without_organization(make_client: ClientFactory) -> None:
    rec = Recorder(httpx.Response(200, json={"locations": {"lhr": "London"}}))
    turso = make_client(rec, organization=None)
    locations = turso.locations.list()
    assert rec.last.url.path == "/v1/locations"
    assert locations.locations == {"lhr": "London"}


def test_missing_organization_is_a_clear_error(make_client: ClientFactory, tp: Any) -> None:
    turso = make_client(Recorder(httpx.Response(200, json={})), organization=None)
    with pytest.raises(tp.MissingCredentialError, match="TURSO_ORGANIZATION") as info:
        turso.databases.list()
    assert isinstance(info.value, ValueError)


def test_missing_token_names_the_environment_variable(tp: Any) -> None:
    # Exported at the top level, like every other exception a user may catch.
    with pytest.raises(tp.MissingCredentialError, match="TURSO_API_TOKEN") as info:
        tp.Turso()
    assert isinstance(info.value, tp.APIError) and isinstance(info.value, ValueError)


def test_token_and_organization_from_environment(monkeypatch: pytest.MonkeyPatch, tp: Any) -> None:
    monkeypatch.setenv("TURSO_API_TOKEN", "env-token")
    monkeypatch.setenv("TURSO_ORGANIZATION", "env-org")
    rec = Recorder(httpx.Response(200, json={"databases": []}))
    turso = tp.Turso(http_client=httpx.Client(transport=httpx.MockTransport(rec)))
    turso.databases.list()
    assert rec.last.headers["authorization"] == "Bearer env-token"
    assert rec.last.url.path == "/v1/organizations/env-org/databases"
    assert "env-token" not in repr(turso)


@pytest.mark.parametrize(
    ("status", "exc"),
    [
        (400, "BadRequestError"),
        (401, "AuthenticationError"),
        (403, "PermissionDeniedError"),
        (404, "NotFoundError"),
        (409, "ConflictError"),
        (422, "UnprocessableEntityError"),
        (429, "RateLimitError"),
        (500, "InternalServerError"),
    ],
)
def test_status_errors(status: int, exc: str, tp: Any, make_client: ClientFactory) -> None:
    rec = Recorder(httpx.Response(status, json={"error": "database not found"}))
    with pytest.raises(getattr(tp, exc)) as info:
        make_client(rec).databases.get("missing")
    assert info.value.status_code == status
    assert "database not found" in str(info.value)
    assert "secret-token" not in str(info.value)


def test_html_502_still_raises_the_right_class(tp: Any, make_client: ClientFactory) -> None:
    rec = Recorder(
        httpx.Response(502, text="<html>Bad Gateway</html>", headers={"content-type": "text/html"})
    )
    with pytest.raises(tp.InternalServerError) as info:
        make_client(rec).databases.list()
    assert info.value.status_code == 502


def test_retries_honour_retry_after(
    monkeypatch: pytest.MonkeyPatch, make_client: ClientFactory
) -> None:
    rec = Recorder(
        httpx.Response(429, json={"error": "slow down"}, headers={"retry-after": "0"}),
        httpx.Response(200, json={"databases": []}),
    )
    result = make_client(rec, max_retries=2).databases.list()
    assert len(rec.requests) == 2
    assert result.databases == []


def test_raw_response(make_client: ClientFactory) -> None:
    rec = Recorder(
        httpx.Response(200, json={"databases": [DATABASE]}, headers={"x-request-id": "r1"})
    )
    raw = make_client(rec).databases.with_raw_response.list()
    assert raw.status_code == 200
    assert raw.headers["x-request-id"] == "r1"
    assert raw.parse().databases is not None


def test_with_options_returns_a_configured_copy(make_client: ClientFactory) -> None:
    rec = Recorder(httpx.Response(200, json={"databases": []}))
    turso = make_client(rec)
    other = turso.with_options(organization="other-org")
    other.databases.list()
    assert rec.last.url.path == "/v1/organizations/other-org/databases"
    turso.databases.list()
    assert rec.last.url.path == "/v1/organizations/acme/databases"


def test_extra_options_are_sent(make_client: ClientFactory) -> None:
    rec = Recorder(httpx.Response(200, json={"database": {"Name": "a"}}))
    make_client(rec).databases.create(
        name="a",
        group="g",
        extra_headers={"X-Trace": "1"},
        extra_query={"dry": "1"},
        extra_body={"seed": None},
    )
    assert rec.last.headers["x-trace"] == "1"
    assert rec.last.url.params["dry"] == "1"
    assert json.loads(rec.last.content) == {"name": "a", "group": "g", "seed": None}


def _audit_page(page: int, total_pages: int, count: int) -> httpx.Response:
    logs = [{"code": "db-create", "message": f"log {page}-{i}"} for i in range(count)]
    pagination = {"page": page, "page_size": count, "total_pages": total_pages, "total_rows": 3}
    return httpx.Response(200, json={"audit_logs": logs, "pagination": pagination})


def test_audit_logs_paginate_across_pages(make_client: ClientFactory) -> None:
    rec = Recorder(_audit_page(1, 2, 2), _audit_page(2, 2, 1))
    logs = list(make_client(rec).audit_logs.list(page_size=2))
    assert [log.message for log in logs] == ["log 1-0", "log 1-1", "log 2-0"]
    assert [r.url.params.get("page") for r in rec.requests] == [None, "2"] or [
        r.url.params.get("page") for r in rec.requests
    ] == ["1", "2"]
    assert all(r.url.params["page_size"] == "2" for r in rec.requests)


def test_unknown_enum_values_and_fields_are_tolerated(make_client: ClientFactory) -> None:
    log = {"code": "a-code-from-the-future", "message": "m", "brand_new": 1}
    rec = Recorder(
        httpx.Response(200, json={"audit_logs": [log], "pagination": {"page": 1, "total_pages": 1}})
    )
    (item,) = list(make_client(rec).audit_logs.list())
    assert item.code == "a-code-from-the-future"


def test_deprecated_parameter_warns(make_client: ClientFactory) -> None:
    rec = Recorder(httpx.Response(200, json={"databases": []}))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        make_client(rec).databases.list(schema="parent-db")
    assert any(issubclass(w.category, DeprecationWarning) for w in caught)


def test_async_client_mirrors_sync(make_async_client: ClientFactory) -> None:
    async def run() -> None:
        rec = Recorder(httpx.Response(200, json={"database": DATABASE}))
        async with make_async_client(rec) as turso:
            db = await turso.databases.get("tenant-1")
            assert db.database is not None and db.database.hostname == "tenant-1-acme.turso.io"
            raw = await turso.databases.with_raw_response.get("tenant-1")
            assert raw.status_code == 200
        pages = Recorder(_audit_page(1, 2, 1), _audit_page(2, 2, 1))
        async with make_async_client(pages) as turso:
            messages = [log.message async for log in turso.audit_logs.list()]
        assert messages == ["log 1-0", "log 2-0"]

    asyncio.run(run())

"""Building the `httpx.Request`: path, query, headers, cookies, bodies, timeout."""

import datetime
import enum
import json
import uuid

import httpx
import pytest

from .conftest import BASE_URL, TOKEN, USER_AGENT


class Color(enum.Enum):
    RED = "red"


class Level(enum.IntEnum):
    HIGH = 3


class Shade(str, enum.Enum):
    DARK = "dark"


class Code(int, enum.Enum):
    TEAPOT = 418


def client_defaults(runtime, **overrides):
    fields = {
        "base_url": BASE_URL,
        "headers": {"user-agent": USER_AGENT},
        "timeout": runtime.DEFAULT_TIMEOUT,
    }
    return runtime._request.ClientDefaults(**{**fields, **overrides})


def credentials(runtime, headers=None, query=None, cookies=None):
    default = {"authorization": f"Bearer {TOKEN}"}
    return runtime._request.Credentials(
        default if headers is None else headers, query or {}, cookies or {}
    )


@pytest.fixture
def build(rt):
    """build(method, path, options=None, defaults=None, runtime=rt, **request_fields): the request,
    its body read."""
    http_client = httpx.Client()

    def build(method, path, options=None, defaults=None, creds=None, runtime=rt, **fields):
        request = runtime._request.build_request(
            http_client,
            defaults or client_defaults(runtime),
            runtime._request.RequestInput(method, path, **fields),
            options or runtime.make_request_options(),
            creds or credentials(runtime),
        )
        request.read()
        return request

    yield build
    http_client.close()


def test_path_params_are_percent_encoded(rt):
    render = rt._request.render_path
    template = "/v1/organizations/{org}/databases/{name}"
    assert render(template, {"org": "acme", "name": "a/b c?d#e%f"}) == (
        "/v1/organizations/acme/databases/a%2Fb%20c%3Fd%23e%25f"
    )
    assert render("/v1/x/{id}", {"id": 42}) == "/v1/x/42"
    assert render("/v1/x/{flag}", {"flag": True}) == "/v1/x/true"
    assert render("/v1/plain", None) == "/v1/plain"


@pytest.mark.parametrize("value", [".", ".."])
def test_dot_segments_cannot_escape_the_path(rt, build, value):
    assert (
        rt._request.render_path("/v1/x/{id}/y", {"id": value})
        == f"/v1/x/{value.replace('.', '%2E')}/y"
    )
    request = build("GET", "/v1/x/{id}/y", path_params={"id": value})
    assert request.url.raw_path.startswith(b"/v1/x/%2E")


def test_slash_in_a_path_param_reaches_the_wire_encoded(build):
    request = build("GET", "/v1/databases/{name}", path_params={"name": "../../admin"})
    assert request.url.raw_path == b"/v1/databases/..%2F..%2Fadmin"


@pytest.mark.parametrize("params", [{}, {"id": None}, {"id": "NOT_GIVEN"}])
def test_missing_path_param_raises(rt, params):
    params = {k: rt.NOT_GIVEN if v == "NOT_GIVEN" else v for k, v in params.items()}
    with pytest.raises(ValueError, match="path parameter 'id' is required"):
        rt._request.render_path("/v1/x/{id}", params)


def test_empty_path_param_raises(rt):
    with pytest.raises(ValueError, match="must not be empty"):
        rt._request.render_path("/v1/x/{id}/y", {"id": ""})


def test_url_joins_base_url_and_path(rt, build):
    request = build("get", "/v1/x", defaults=client_defaults(rt, base_url="https://h.example/api"))
    assert request.method == "GET"
    assert str(request.url) == "https://h.example/api/v1/x"


@pytest.mark.parametrize(
    ("value", "text"),
    [
        ("s", "s"),
        (True, "true"),
        (False, "false"),
        (3, "3"),
        (1.5, "1.5"),
        (Color.RED, "red"),
        (Level.HIGH, "3"),
        (Shade.DARK, "dark"),
        (Code.TEAPOT, "418"),
        (datetime.date(2024, 1, 2), "2024-01-02"),
        (datetime.datetime(2024, 1, 2, 3, 4, 5, tzinfo=datetime.UTC), "2024-01-02T03:04:05Z"),
        (uuid.UUID(int=1), "00000000-0000-0000-0000-000000000001"),
        ({"a": [1, None]}, '{"a":[1,null]}'),
    ],
)
def test_stringify(any_rt, value, text):
    result = any_rt._request.stringify(value)
    assert result == text
    assert type(result) is str  # not an enum member that compares equal


def test_query_drops_not_given_and_none_and_explodes_lists(rt, build):
    request = build(
        "GET",
        "/v1/x",
        query={"a": [1, 2], "b": True, "c": rt.NOT_GIVEN, "d": None, "e": "x y", "f": ()},
    )
    assert request.url.params.multi_items() == [("a", "1"), ("a", "2"), ("b", "true"), ("e", "x y")]
    assert request.url.query == b"a=1&a=2&b=true&e=x+y"


def test_extra_query_overrides_and_extends(rt, build):
    options = rt.make_request_options(extra_query={"a": "override", "z": 9})
    request = build("GET", "/v1/x", options=options, query={"a": 1, "b": 2})
    assert request.url.params.multi_items() == [("a", "override"), ("b", "2"), ("z", "9")]


def test_no_query_string_without_params(build):
    assert str(build("GET", "/v1/x", query={"a": None, "b": []}).url) == f"{BASE_URL}/v1/x"


def test_client_headers_then_call_headers_then_extra_headers(rt, build):
    options = rt.make_request_options(extra_headers={"X-Extra": "e", "x-call": "from-extra"})
    request = build(
        "GET",
        "/v1/x",
        options=options,
        headers={"X-Call": "c", "X-Skip": rt.NOT_GIVEN, "X-None": None, "X-Num": 5},
    )
    assert request.headers["user-agent"] == USER_AGENT
    assert request.headers["authorization"] == f"Bearer {TOKEN}"
    assert request.headers["x-call"] == "from-extra"
    assert request.headers["x-extra"] == "e"
    assert request.headers["x-num"] == "5"
    assert "x-skip" not in request.headers
    assert "x-none" not in request.headers


def test_accept_follows_the_response_kind(build):
    assert build("GET", "/x").headers["accept"] == "application/json"
    assert build("GET", "/x", response_kind="binary").headers["accept"] == "*/*"
    assert build("GET", "/x", headers={"Accept": "text/csv"}).headers["accept"] == "text/csv"


def test_extra_headers_can_replace_the_credential(rt, build):
    options = rt.make_request_options(extra_headers={"Authorization": "Bearer other"})
    assert build("GET", "/x", options=options).headers["authorization"] == "Bearer other"


def test_cookies_from_call_and_credentials(rt, build):
    creds = credentials(rt, cookies={"session": "s1"})
    request = build("GET", "/x", creds=creds, cookies={"pref": "a b;c", "skip": rt.NOT_GIVEN})
    assert request.headers["cookie"] == "session=s1; pref=a%20b%3Bc"


def test_no_cookie_header_without_cookies(build):
    assert "cookie" not in build("GET", "/x").headers


def test_json_body_drops_not_given_keeps_none(rt, build):
    request = build("POST", "/x", json={"name": "db", "group": None, "seed": rt.NOT_GIVEN})
    assert request.headers["content-type"] == "application/json"
    assert json.loads(request.content) == {"name": "db", "group": None}


def test_json_body_uses_wire_names_of_models(any_rt, build):
    class Seed(any_rt.Model):
        seed_type: str = any_rt.field(name="type")
        value: str | None = None

    class Create(any_rt.Model):
        name: str
        size_limit: str | None = any_rt.field(default=None, name="size_limit")
        seed: Seed | None = None

    body = Create(name="db", seed=Seed(seed_type="database"))
    request = build("POST", "/x", runtime=any_rt, json=body)
    assert json.loads(request.content) == {"name": "db", "seed": {"type": "database"}}
    request = build(
        "POST",
        "/x",
        runtime=any_rt,
        options=any_rt.make_request_options(extra_body={"extra": True}),
        json={"items": [body], "when": datetime.date(2024, 5, 6)},
    )
    assert json.loads(request.content) == {
        "items": [{"name": "db", "seed": {"type": "database"}}],
        "when": "2024-05-06",
        "extra": True,
    }


def test_extra_body_merges_into_a_json_object(rt, build):
    options = rt.make_request_options(extra_body={"b": 2, "a": "override"})
    request = build("POST", "/x", options=options, json={"a": 1})
    assert json.loads(request.content) == {"a": "override", "b": 2}


def test_extra_body_alone_becomes_the_body(rt, build):
    options = rt.make_request_options(extra_body={"b": 2})
    request = build("POST", "/x", options=options)
    assert json.loads(request.content) == {"b": 2}


def test_extra_body_cannot_merge_into_an_array(rt, build):
    with pytest.raises(TypeError, match="JSON object"):
        build("POST", "/x", options=rt.make_request_options(extra_body={"b": 2}), json=[1])


def test_no_body_without_json(build):
    request = build("GET", "/x")
    assert request.content == b""
    assert "content-type" not in request.headers


def test_explicit_null_json_body(build):
    assert build("POST", "/x", json=None).content == b"null"


def test_form_body(rt, build):
    options = rt.make_request_options(extra_body={"extra": "1"})
    request = build(
        "POST",
        "/x",
        options=options,
        form={"a": "x y", "b": [1, 2], "c": rt.NOT_GIVEN, "d": False},
    )
    assert request.headers["content-type"] == "application/x-www-form-urlencoded"
    assert request.content == b"a=x+y&b=1&b=2&d=false&extra=1"


def test_multipart_body(rt, build, tmp_path):
    path = tmp_path / "dump.sql"
    path.write_bytes(b"CREATE TABLE t(x);")
    request = build(
        "POST",
        "/upload",
        form={"name": "db", "skip": rt.NOT_GIVEN},
        files={"file": path, "more": [b"raw", ("n.txt", b"text", "text/plain")]},
    )
    content_type = request.headers["content-type"]
    assert content_type.startswith("multipart/form-data; boundary=")
    body = request.content
    assert b'Content-Disposition: form-data; name="name"\r\n\r\ndb\r\n' in body
    assert b'name="file"; filename="dump.sql"' in body
    assert b"CREATE TABLE t(x);" in body
    assert b'name="more"; filename="upload"' in body
    assert b'name="more"; filename="n.txt"\r\nContent-Type: text/plain\r\n\r\ntext' in body
    assert b"skip" not in body


def test_multipart_with_only_fields_is_still_multipart(build):
    request = build("POST", "/upload", form={"name": "db"}, files={})
    assert request.headers["content-type"].startswith("multipart/form-data")


def test_binary_and_text_content(build):
    request = build("PUT", "/blob", content=b"\x00\x01")
    assert request.content == b"\x00\x01"
    assert request.headers["content-type"] == "application/octet-stream"
    request = build("PUT", "/blob", content="héllo", content_type="text/csv")
    assert request.content == "héllo".encode()
    assert request.headers["content-type"] == "text/csv"
    request = build("PUT", "/blob", content="plain")
    assert request.headers["content-type"] == "text/plain; charset=utf-8"


def test_custom_json_content_type(build):
    request = build("PATCH", "/x", json={"a": 1}, content_type="application/merge-patch+json")
    assert request.headers["content-type"] == "application/merge-patch+json"


def test_timeout_default_and_per_call(rt, build):
    assert build("GET", "/x").extensions["timeout"] == rt.DEFAULT_TIMEOUT.as_dict()
    request = build("GET", "/x", options=rt.make_request_options(timeout=2.5))
    assert request.extensions["timeout"] == httpx.Timeout(2.5).as_dict()
    request = build("GET", "/x", options=rt.make_request_options(timeout=None))
    assert request.extensions["timeout"] == httpx.Timeout(None).as_dict()

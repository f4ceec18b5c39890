"""The request built directly is the one `httpx.Client.build_request` would have built."""

import httpx
import pytest

from .conftest import BASE_URL, USER_AGENT


def defaults(rt, base_url=BASE_URL):
    return rt._request.ClientDefaults(base_url, {"user-agent": USER_AGENT}, rt.DEFAULT_TIMEOUT)


def by_httpx(http_client, request):
    """What `build_request` makes of the same method, URL, headers and body."""
    headers = {k: v for k, v in request.headers.items() if k not in ("host", "content-length")}
    return http_client.build_request(
        request.method,
        str(request.url),
        headers=headers,
        content=request.content or None,
        extensions=request.extensions,
    )


CASES = [
    ("GET", "/v1/organizations/{org}/databases", {"org": "acme"}, {}),
    (
        "GET",
        "/v1/x/{name}",
        {"name": "a/b c?d#é"},
        {"query": {"q": "a b&c", "n": [1, 2], "é": "ü"}},
    ),
    ("DELETE", "/v1/x/{name}", {"name": ".."}, {}),
    ("POST", "/v1/x", None, {"json": {"name": "db", "group": None}}),
    ("POST", "/v1/x", None, {}),
    ("PUT", "/v1/x", None, {"content": b""}),
    ("PATCH", "/v1/x", None, {"form": {"a": "1", "b": "x y"}}),
    ("GET", "/v1/a b/{id}", {"id": 1}, {}),  # a template httpx has to encode: parsed the public way
    ("GET", "/v1/./x/../y", None, {}),  # dot segments: likewise
    ("GET", "/v1/x", None, {"query": {"p": None}}),
]


@pytest.mark.parametrize(("method", "path", "params", "fields"), CASES)
@pytest.mark.parametrize(
    "base_url", [BASE_URL, "https://h.example:8443/api/v2", "http://localhost"]
)
def test_built_request_matches_httpx(rt, method, path, params, fields, base_url):
    http_client = httpx.Client(headers={"x-client": "c"})
    request = rt._request.build_request(
        http_client,
        defaults(rt, base_url),
        rt._request.RequestInput(method, path, params, **fields),
        rt.make_request_options(),
    )
    expected = by_httpx(http_client, request)
    assert request.url == expected.url
    assert str(request.url) == str(expected.url)
    assert request.url.raw_path == expected.url.raw_path
    assert sorted(request.headers.multi_items()) == sorted(expected.headers.multi_items())
    assert request.content == expected.content
    assert request.extensions == expected.extensions


def test_styled_query_values_keep_their_delimiters(rt):
    http_client = httpx.Client()
    styled = rt.styled
    request = rt._request.build_request(
        http_client,
        defaults(rt),
        rt._request.RequestInput(
            "GET",
            "/x",
            query={
                "a": styled([1, 2], "pipeDelimited", False),
                "f": styled({"k": "v"}, "deepObject"),
            },
        ),
        rt.make_request_options(),
    )
    assert request.url == httpx.URL(f"{BASE_URL}/x?a=1|2&f[k]=v")


def test_the_base_url_is_parsed_once_and_urls_built_from_it(rt):
    url_for = defaults(rt, "https://h.example/api").url_for
    assert (
        url_for.__name__ == "fast"
    )  # this httpx keeps its parsed URL where the runtime expects it
    assert str(url_for("/v1/x", "?a=1")) == "https://h.example/api/v1/x?a=1"
    assert str(url_for("/v1/a b", "")) == "https://h.example/api/v1/a%20b"


def test_the_http_clients_own_query_parameters_and_cookies_are_sent_too(rt):
    http_client = httpx.Client(params={"tenant": "t1", "a": "shared"}, cookies={"sid": "s"})

    def build(**fields):
        return rt._request.build_request(
            http_client,
            defaults(rt),
            rt._request.RequestInput("GET", "/x", **fields),
            rt.make_request_options(),
        )

    request = build(query={"a": "1"})
    assert (
        str(request.url) == f"{BASE_URL}/x?tenant=t1&a=1"
    )  # the call's value replaces the client's
    assert request.headers["cookie"] == "sid=s"
    assert (
        build(cookies={"pref": "p"}).headers["cookie"] == "pref=p"
    )  # as httpx: a call's Cookie wins


def test_the_http_clients_headers_are_sent_unless_the_call_replaces_them(rt):
    http_client = httpx.Client(headers={"x-client": "c", "accept": "text/plain"})
    request = rt._request.build_request(
        http_client,
        defaults(rt),
        rt._request.RequestInput("GET", "/x"),
        rt.make_request_options(extra_headers={"X-Client": "call"}),
    )
    assert request.headers.get_list("x-client") == ["call"]
    assert request.headers["accept"] == "application/json"
    assert request.headers["host"] == "api.example.com"
    assert request.headers["user-agent"] == USER_AGENT


def test_a_multipart_upload_is_streamed_not_read_when_built(rt):
    import io

    request = rt._request.build_request(
        httpx.Client(),
        defaults(rt),
        rt._request.RequestInput("POST", "/upload", form={"a": "1"}, files={"f": io.BytesIO(b"x")}),
        rt.make_request_options(),
    )
    with pytest.raises(httpx.RequestNotRead):
        _ = request.content
    assert request.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert b'name="f"' in request.read() and request.headers["host"] == "api.example.com"


def test_each_request_gets_its_own_timeout_extension(rt):
    """A hook or transport that changes one request's timeout must not change the client's."""
    http_client = httpx.Client()
    shared = defaults(rt)
    built = [
        rt._request.build_request(
            http_client,
            shared,
            rt._request.RequestInput("GET", "/v1/x", None),
            rt.make_request_options(),
        )
        for _ in range(2)
    ]
    built[0].extensions["timeout"]["read"] = 0.001
    assert built[1].extensions["timeout"] == rt.DEFAULT_TIMEOUT.as_dict()

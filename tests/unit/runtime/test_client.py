"""The synchronous client end to end over `httpx.MockTransport`: parsing, errors, retries, options."""

import functools
import json
import logging
import warnings

import httpx
import pytest

from .conftest import BASE_URL, TOKEN, USER_AGENT


def ok(body=None, status=200, **kwargs):
    return httpx.Response(status, json=body if body is not None else {}, **kwargs)


@pytest.fixture
def database_type(any_rt):
    class Database(any_rt.Model):
        name: str = any_rt.field(name="Name")
        db_id: str = any_rt.field(name="DbId")

    return Database


# --- parsing -------------------------------------------------------------------------------------


def test_json_response_is_decoded_into_the_type(any_rt, mock_client, database_type):
    mock = mock_client(ok({"database": {"Name": "db", "DbId": "1", "extra": 1}}), runtime=any_rt)
    result = mock.client.request(
        "get",
        "/v1/databases/{name}",
        path_params={"name": "db"},
        response_type=dict[str, database_type],
    )
    assert result == {"database": database_type(name="db", db_id="1")}
    request = mock.requests[0]
    assert request.method == "GET"
    assert str(request.url) == f"{BASE_URL}/v1/databases/db"
    assert request.headers["authorization"] == f"Bearer {TOKEN}"
    assert request.headers["user-agent"] == USER_AGENT


@pytest.mark.parametrize(
    ("kind", "response", "expected"),
    [
        ("text", httpx.Response(200, text="hello"), "hello"),
        ("binary", httpx.Response(200, content=b"\x00\x01"), b"\x00\x01"),
        ("empty", httpx.Response(204), None),
        ("empty", httpx.Response(200, json={"ignored": True}), None),
    ],
)
def test_other_response_kinds(mock_client, kind, response, expected):
    mock = mock_client(response)
    assert mock.client.request("get", "/x", response_type=object, response_kind=kind) == expected


@pytest.mark.parametrize(
    "content",
    [b"<html>oops</html>", b"", b'{"Name": 1}', b'{"DbId": "x"}', b"[1, 2]", b"\xff\xfe"],
)
def test_bad_success_body_raises_validation_error(any_rt, mock_client, database_type, content):
    mock = mock_client(httpx.Response(200, content=content), runtime=any_rt)
    with pytest.raises(any_rt.APIResponseValidationError) as info:
        mock.client.request("get", "/v1/db", query={"key": "q"}, response_type=database_type)
    error = info.value
    assert error.status_code == 200
    assert error.response.content == content
    assert error.message.startswith("GET /v1/db: unexpected response body: ")
    assert len(error.message) <= 500
    assert isinstance(error.__cause__, ValueError)


@pytest.mark.parametrize("response_type", [object, list[int]])
def test_absurdly_nested_success_body_raises_validation_error(any_rt, mock_client, response_type):
    mock = mock_client(httpx.Response(200, content=b"[" * 100_000 + b"]" * 100_000), runtime=any_rt)
    with pytest.raises(any_rt.APIResponseValidationError):
        mock.client.request("get", "/x", response_type=response_type)


# --- status errors -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "name"),
    [
        (400, "BadRequestError"),
        (401, "AuthenticationError"),
        (404, "NotFoundError"),
        (409, "ConflictError"),
    ],
)
def test_error_status_raises_its_class(rt, mock_client, status, name):
    mock = mock_client(httpx.Response(status, json={"error": "it broke"}))
    with pytest.raises(getattr(rt, name)) as info:
        mock.client.request("get", "/x", response_type=object)
    assert info.value.message == "it broke"
    assert info.value.status_code == status
    assert len(mock.requests) == 1  # 4xx other than 408/429 are not retried


def test_html_502_from_a_proxy_raises_internal_server_error(rt, mock_client):
    html = httpx.Response(502, html="<html><body>Bad gateway</body></html>")
    mock = mock_client(html, html, html)
    with pytest.raises(rt.InternalServerError) as info:
        mock.client.request("get", "/x", response_type=object)
    assert info.value.message == "Bad Gateway"
    assert len(mock.requests) == 3


# --- retries -------------------------------------------------------------------------------------


def test_get_is_retried_on_5xx_then_succeeds(rt, mock_client):
    mock = mock_client(httpx.Response(500), httpx.Response(502), ok({"a": 1}))
    assert mock.client.request("get", "/x", response_type=dict[str, int]) == {"a": 1}
    assert len(mock.requests) == 3
    assert len(mock.sleeps) == 2
    assert 0.375 <= mock.sleeps[0] <= 0.5  # 0.5 s minus up to 25% jitter
    assert 0.75 <= mock.sleeps[1] <= 1.0


def test_retries_stop_at_max_retries(rt, mock_client):
    mock = mock_client(*[httpx.Response(503, json={"error": "busy"})] * 3)
    with pytest.raises(rt.InternalServerError, match="busy"):
        mock.client.request("get", "/x", response_type=object)
    assert len(mock.requests) == 3  # the first attempt and DEFAULT_MAX_RETRIES = 2 retries


def test_max_retries_per_client_and_per_call(rt, mock_client):
    mock = mock_client(*[httpx.Response(503)] * 10, max_retries=4)
    with pytest.raises(rt.InternalServerError):
        mock.client.request("get", "/x", response_type=object)
    assert len(mock.requests) == 5
    with pytest.raises(rt.InternalServerError):
        mock.client.request(
            "get", "/x", response_type=object, options=rt.make_request_options(max_retries=0)
        )
    assert len(mock.requests) == 6


def test_negative_max_retries_rejected(rt, mock_client):
    with pytest.raises(ValueError, match="max_retries"):
        mock_client(max_retries=-1)
    mock = mock_client(ok())
    with pytest.raises(ValueError, match="max_retries"):
        mock.client.request(
            "get", "/x", response_type=object, options=rt.make_request_options(max_retries=-1)
        )


@pytest.mark.parametrize("status", [500, 502, 504])
@pytest.mark.parametrize("method", ["post", "patch"])
def test_non_idempotent_request_not_retried_on_5xx(rt, mock_client, method, status):
    mock = mock_client(httpx.Response(status), ok())
    with pytest.raises(rt.InternalServerError):
        mock.client.request(method, "/v1/databases", json={"name": "db"}, response_type=object)
    assert len(mock.requests) == 1
    assert mock.sleeps == []


@pytest.mark.parametrize("status", [408, 429, 503])
def test_post_retried_when_the_server_surely_did_not_process_it(mock_client, status):
    mock = mock_client(httpx.Response(status), ok({"created": True}))
    result = mock.client.request(
        "post", "/v1/databases", json={"name": "db"}, response_type=dict[str, bool]
    )
    assert result == {"created": True}
    assert len(mock.requests) == 2
    assert [json.loads(r.content) for r in mock.requests] == [{"name": "db"}] * 2


@pytest.mark.parametrize(
    "error_type", [httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout]
)
def test_post_retried_after_failing_to_connect(mock_client, error_type):
    mock = mock_client(error_type("no route"), ok({"created": True}))
    assert mock.client.request("post", "/v1/databases", response_type=object) == {"created": True}
    assert len(mock.requests) == 2


def test_post_not_retried_after_a_read_timeout(rt, mock_client):
    mock = mock_client(httpx.ReadTimeout("slow"), ok())
    with pytest.raises(rt.APITimeoutError) as info:
        mock.client.request("post", "/v1/databases", response_type=object)
    assert len(mock.requests) == 1
    assert isinstance(info.value.__cause__, httpx.ReadTimeout)
    assert info.value.request.url.path == "/v1/databases"


def test_get_retried_after_a_read_timeout(mock_client):
    mock = mock_client(httpx.ReadTimeout("slow"), httpx.RemoteProtocolError("eof"), ok({"a": 1}))
    assert mock.client.request("get", "/x", response_type=object) == {"a": 1}
    assert len(mock.requests) == 3


def test_connection_errors_raise_api_connection_error(rt, mock_client):
    mock = mock_client(*[httpx.ConnectError("refused")] * 3)
    with pytest.raises(rt.APIConnectionError) as info:
        mock.client.request("get", "/x", response_type=object)
    assert type(info.value) is rt.APIConnectionError
    assert info.value.message == "Connection error: refused"
    assert len(mock.requests) == 3


def test_timeouts_raise_api_timeout_error(rt, mock_client):
    mock = mock_client(*[httpx.ConnectTimeout("slow")] * 3)
    with pytest.raises(rt.APITimeoutError):
        mock.client.request("get", "/x", response_type=object)


def test_retry_after_header_is_honoured_and_capped(mock_client):
    mock = mock_client(
        httpx.Response(429, headers={"Retry-After": "7"}),
        httpx.Response(429, headers={"Retry-After": "3600"}),
        ok(),
        max_retries=5,
    )
    mock.client.request("post", "/x", response_type=object)
    assert mock.sleeps == [7.0, 60.0]


def test_rate_limit_error_after_retries(rt, mock_client):
    mock = mock_client(*[httpx.Response(429, json={"error": "slow down"})] * 3)
    with pytest.raises(rt.RateLimitError, match="slow down"):
        mock.client.request("get", "/x", response_type=object)


def test_unexpected_exceptions_from_the_transport_propagate(mock_client):
    mock = mock_client(RuntimeError("bug"))
    with pytest.raises(RuntimeError, match="bug"):
        mock.client.request("get", "/x", response_type=object)


# --- options -------------------------------------------------------------------------------------


def test_default_timeout_on_every_request(rt, mock_client):
    mock = mock_client(ok(), ok(), ok())
    mock.client.request("get", "/x", response_type=object)
    assert mock.requests[0].extensions["timeout"] == httpx.Timeout(60.0, connect=5.0).as_dict()
    mock.client.request(
        "get", "/x", response_type=object, options=rt.make_request_options(timeout=1.0)
    )
    assert mock.requests[1].extensions["timeout"] == httpx.Timeout(1.0).as_dict()
    mock.client.with_options(timeout=9.0).request("get", "/x", response_type=object)
    assert mock.requests[2].extensions["timeout"] == httpx.Timeout(9.0).as_dict()


def test_client_timeout(mock_client):
    mock = mock_client(ok(), timeout=httpx.Timeout(3.0, connect=1.0))
    mock.client.request("get", "/x", response_type=object)
    assert mock.requests[0].extensions["timeout"] == httpx.Timeout(3.0, connect=1.0).as_dict()
    assert mock.client.timeout == httpx.Timeout(3.0, connect=1.0)


def test_extra_headers_query_and_body(rt, mock_client):
    mock = mock_client(ok())
    options = rt.make_request_options(
        extra_headers={"X-Trace": "t1"}, extra_query={"debug": True}, extra_body={"beta": 1}
    )
    mock.client.request("post", "/x", json={"name": "db"}, response_type=object, options=options)
    request = mock.requests[0]
    assert request.headers["x-trace"] == "t1"
    assert request.url.params["debug"] == "true"
    assert json.loads(request.content) == {"name": "db", "beta": 1}


def test_default_headers(mock_client):
    mock = mock_client(ok(), default_headers={"X-Team": "core"})
    mock.client.request("get", "/x", response_type=object)
    assert mock.requests[0].headers["x-team"] == "core"


def test_api_key_in_query_and_cookie(rt, mock_client):
    mock = mock_client(
        ok(), auth=[rt.ApiKeyAuth("query", "api_key", "k1"), rt.ApiKeyAuth("cookie", "sid", "c1")]
    )
    mock.client.request("get", "/x", query={"a": 1}, response_type=object)
    request = mock.requests[0]
    assert request.url.params.multi_items() == [("api_key", "k1"), ("a", "1")]
    assert request.headers["cookie"] == "sid=c1"
    assert "authorization" not in request.headers


# --- client parameters ---------------------------------------------------------------------------


@pytest.fixture
def org_param(rt):
    return functools.partial(rt.ClientParam, "organization", "SDK_TEST_ORG")


def test_client_param_prefers_the_call(rt, mock_client, org_param):
    mock = mock_client(client_params={"organization_slug": org_param("client-org")})
    assert mock.client.client_param("organization_slug", "call-org") == "call-org"
    assert mock.client.client_param("organization_slug", rt.NOT_GIVEN) == "client-org"


def test_client_param_from_environment(rt, mock_client, org_param, monkeypatch):
    monkeypatch.setenv("SDK_TEST_ORG", "env-org")
    mock = mock_client(client_params={"organization_slug": org_param(None)})
    assert mock.client.client_param("organization_slug", rt.NOT_GIVEN) == "env-org"


def test_missing_client_param_names_argument_and_variable(rt, mock_client, org_param, monkeypatch):
    monkeypatch.delenv("SDK_TEST_ORG", raising=False)
    mock = mock_client(client_params={"organization_slug": org_param(None)})
    with pytest.raises(rt.MissingCredentialError) as info:
        mock.client.client_param("organization_slug", rt.NOT_GIVEN)
    assert isinstance(info.value, ValueError)
    assert str(info.value) == (
        "organization_slug is required: pass organization_slug=..., or set organization= on the client"
        " or the SDK_TEST_ORG environment variable"
    )


def test_with_options_sets_client_params_by_argument_name(rt, mock_client, org_param):
    mock = mock_client(client_params={"organization_slug": org_param("a")})
    copy = mock.client.with_options(organization="b")
    assert copy.client_param("organization_slug", rt.NOT_GIVEN) == "b"
    assert mock.client.client_param("organization_slug", rt.NOT_GIVEN) == "a"
    with pytest.raises(TypeError, match="organisation"):
        mock.client.with_options(organisation="typo")


# --- with_options, closing -----------------------------------------------------------------------


def test_with_options_shares_the_pool_and_drops_cached_resources(rt, mock_client):
    class Databases(rt.SyncAPIResource):
        pass

    class Client(rt.SyncAPIClient):
        @functools.cached_property
        def databases(self):
            return Databases(self)

    http_client = httpx.Client(transport=httpx.MockTransport(lambda request: ok()))
    client = Client(base_url=BASE_URL, user_agent=USER_AGENT, http_client=http_client)
    original_resource = client.databases
    copy = client.with_options(
        max_retries=7, default_headers={"X-New": "1"}, base_url="https://other.example"
    )
    assert type(copy) is Client
    assert copy._client is client._client
    assert copy.databases is not original_resource
    assert copy.databases._client is copy
    assert client.databases is original_resource
    assert (copy.max_retries, client.max_retries) == (7, 2)
    assert copy.base_url == "https://other.example"
    assert client.base_url == BASE_URL
    assert copy._defaults.headers["x-new"] == "1"
    assert "x-new" not in client._defaults.headers


def test_copy_does_not_close_the_shared_pool(rt):
    client = rt.SyncAPIClient(base_url=BASE_URL, user_agent=USER_AGENT)
    with client.with_options(max_retries=0):
        pass
    assert not client._client.is_closed
    with client:
        pass
    assert client._client.is_closed


def test_a_users_http_client_is_not_closed(rt):
    http_client = httpx.Client()
    with rt.SyncAPIClient(base_url=BASE_URL, user_agent=USER_AGENT, http_client=http_client):
        pass
    assert not http_client.is_closed
    http_client.close()


def test_default_http_client_verifies_tls(rt):
    with rt.SyncAPIClient(base_url=BASE_URL, user_agent=USER_AGENT) as client:
        pool = client._client._transport._pool
        assert pool._ssl_context.verify_mode.name == "CERT_REQUIRED"


# --- base URL ------------------------------------------------------------------------------------


@pytest.mark.parametrize("url", ["ftp://example.com", "/relative", "example.com"])
def test_base_url_must_be_absolute_http(rt, url):
    with pytest.raises(ValueError, match="base_url"):
        rt.SyncAPIClient(base_url=url, user_agent=USER_AGENT)


def test_plain_http_to_a_remote_host_warns(rt):
    with pytest.warns(UserWarning, match="plain http") as record:
        rt.SyncAPIClient(base_url="http://api.example.com", user_agent=USER_AGENT).close()
    assert record[0].filename == __file__  # points at the caller, not at the runtime


@pytest.mark.parametrize(
    "url", ["http://localhost:8080", "http://127.0.0.1:4010", "http://[::1]/", "https://x.io"]
)
def test_loopback_or_https_does_not_warn(rt, url):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        rt.SyncAPIClient(base_url=url, user_agent=USER_AGENT).close()


def test_with_options_to_plain_http_warns(rt, mock_client):
    mock = mock_client()
    with pytest.warns(UserWarning, match="plain http"):
        mock.client.with_options(base_url="http://api.example.com")


def test_trailing_slash_and_prefix_in_base_url(mock_client):
    mock = mock_client(ok(), base_url="https://h.example/api/")
    mock.client.request("get", "/v1/x", response_type=object)
    assert str(mock.requests[0].url) == "https://h.example/api/v1/x"


# --- secrets never shown -------------------------------------------------------------------------


def test_logging_one_line_per_request_and_retry_without_secrets(rt, mock_client, caplog):
    mock = mock_client(
        httpx.Response(503),
        ok(),
        auth=[rt.BearerAuth(TOKEN), rt.ApiKeyAuth("query", "api_key", "query-secret")],
        default_headers={"Cookie": "cookie-secret"},
    )
    with caplog.at_level(logging.DEBUG, logger="sdk_msgspec"):
        mock.client.request("get", "/v1/x", query={"page": 2}, response_type=object)
    records = [r for r in caplog.records if r.name == "sdk_msgspec"]
    messages = [r.getMessage() for r in records]
    assert len(messages) == 3
    assert messages[0].startswith(
        "GET https://api.example.com/v1/x?api_key=REDACTED&page=2 -> 503 Service Unavailable"
    )
    assert messages[1].startswith(
        "retrying GET https://api.example.com/v1/x?api_key=REDACTED&page=2 in 0."
    )
    assert messages[1].endswith("(retry 1 of 2)")
    assert messages[2].startswith(
        "GET https://api.example.com/v1/x?api_key=REDACTED&page=2 -> 200 OK"
    )
    text = caplog.text
    for secret in (TOKEN, "query-secret", "cookie-secret"):
        assert secret not in text


def test_debug_logging_turned_on_during_a_request_logs_its_retries_from_the_next_attempt(
    rt, mock_client, caplog
):
    logger = logging.getLogger("sdk_msgspec")
    answers = [httpx.Response(503), ok()]

    def handler(request: httpx.Request) -> httpx.Response:
        logger.setLevel(logging.DEBUG)  # switched on while the first attempt is on the wire
        return answers.pop(0)

    mock = mock_client(handler)
    caplog.set_level(logging.DEBUG, logger="sdk_msgspec")
    logger.setLevel(logging.INFO)
    try:
        mock.client.request("get", "/v1/x", response_type=object)
    finally:
        logger.setLevel(logging.NOTSET)
    messages = [r.getMessage() for r in caplog.records if r.name == "sdk_msgspec"]
    # The first attempt began with debug off: no line for it, nor an elapsed time measured from 0.
    assert len(messages) == 1, messages
    assert messages[0].startswith("GET https://api.example.com/v1/x -> 200 OK (0.")


def test_repr_and_errors_hide_credentials(rt, mock_client):
    mock = mock_client(
        httpx.Response(401, json={"error": "invalid token"}),
        auth=[rt.BearerAuth(TOKEN), rt.ApiKeyAuth("query", "api_key", "query-secret")],
        base_url="https://user:pw-secret@api.example.com",
    )
    text = repr(mock.client)
    assert text.startswith("SyncAPIClient(base_url='https://api.example.com'")
    with pytest.raises(rt.AuthenticationError) as info:
        mock.client.request("get", "/x", response_type=object)
    text += str(info.value) + repr(info.value) + info.value.message
    for secret in (TOKEN, "query-secret", "pw-secret"):
        assert secret not in text


# --- raw responses -------------------------------------------------------------------------------


def test_raw_response_wrapper_keeps_the_pipeline(any_rt, mock_client, database_type):
    rt = any_rt
    mock = mock_client(
        httpx.Response(503),
        ok({"Name": "db", "DbId": "1"}, headers={"X-Request-Id": "r1"}),
        runtime=rt,
    )

    class Databases(rt.SyncAPIResource):
        def get(self, name: str) -> database_type:
            return self._client.request(
                "get",
                "/v1/databases/{name}",
                path_params={"name": name},
                response_type=database_type,
            )

    raw_get = rt.to_raw_response_wrapper(Databases(mock.client).get)
    assert raw_get.__name__ == "get"
    response = raw_get("db")
    assert isinstance(response, rt.APIResponse)
    assert response.status_code == 200
    assert response.headers["x-request-id"] == "r1"
    assert response.retries_taken == 1
    assert json.loads(response.content) == {"Name": "db", "DbId": "1"}
    assert json.loads(response.text) == {"Name": "db", "DbId": "1"}
    assert isinstance(response.http_response, httpx.Response)
    parsed = response.parse()
    assert parsed == database_type(name="db", db_id="1")
    assert response.parse() is parsed
    assert repr(response) == "<APIResponse [200 OK] GET /v1/databases/db>"


def test_raw_response_still_raises_status_errors(rt, mock_client):
    mock = mock_client(httpx.Response(404, json={"error": "no"}))
    raw_request = rt.to_raw_response_wrapper(mock.client.request)
    with pytest.raises(rt.NotFoundError):
        raw_request("get", "/x", response_type=object)
    assert mock.client.request.__name__ == "request"


def test_raw_response_flag_does_not_leak_out_of_the_wrapper(rt, mock_client):
    mock = mock_client(ok({"a": 1}), ok({"a": 2}))
    raw_request = rt.to_raw_response_wrapper(mock.client.request)
    assert isinstance(raw_request("get", "/x", response_type=object), rt.APIResponse)
    assert mock.client.request("get", "/x", response_type=object) == {"a": 2}

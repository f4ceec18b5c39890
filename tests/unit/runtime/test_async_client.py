"""The asynchronous client: the same pipeline as the synchronous one, awaited."""

import functools
import json

import httpx
import pytest

from .conftest import BASE_URL, TOKEN, USER_AGENT

pytestmark = pytest.mark.anyio


def ok(body=None, **kwargs):
    return httpx.Response(200, json=body if body is not None else {}, **kwargs)


@pytest.fixture
def rt(any_rt):
    """Every test here runs with both model backends."""
    return any_rt


async def test_request_decodes_and_sends_credentials(rt, mock_async_client):
    class Database(rt.Model):
        name: str = rt.field(name="Name")

    mock = mock_async_client(ok({"Name": "db"}))
    result = await mock.client.request(
        "get", "/v1/databases/{name}", path_params={"name": "a b"}, response_type=Database
    )
    assert result == Database(name="db")
    request = mock.requests[0]
    assert str(request.url) == f"{BASE_URL}/v1/databases/a%20b"
    assert request.headers["authorization"] == f"Bearer {TOKEN}"
    assert request.headers["user-agent"] == USER_AGENT
    assert request.extensions["timeout"] == httpx.Timeout(60.0, connect=5.0).as_dict()


async def test_validation_error(rt, mock_async_client):
    mock = mock_async_client(httpx.Response(200, text="<html>"))
    with pytest.raises(rt.APIResponseValidationError):
        await mock.client.request("get", "/x", response_type=dict[str, int])


async def test_status_error(rt, mock_async_client):
    mock = mock_async_client(httpx.Response(409, json={"error": "exists"}))
    with pytest.raises(rt.ConflictError, match="exists"):
        await mock.client.request("post", "/x", json={}, response_type=object)


async def test_retries_sleep_without_blocking(rt, mock_async_client):
    mock = mock_async_client(httpx.ReadTimeout("slow"), httpx.Response(500), ok({"a": 1}))
    assert await mock.client.request("get", "/x", response_type=object) == {"a": 1}
    assert len(mock.requests) == 3
    assert len(mock.sleeps) == 2


async def test_post_follows_the_non_idempotent_rule(rt, mock_async_client):
    mock = mock_async_client(httpx.ConnectError("down"), httpx.Response(503), httpx.Response(500))
    with pytest.raises(rt.InternalServerError):
        await mock.client.request(
            "post", "/x", response_type=object, options=rt.make_request_options(max_retries=5)
        )
    assert len(mock.requests) == 3  # connect error and 503 retried, 500 not


async def test_timeout_error(rt, mock_async_client):
    mock = mock_async_client(httpx.ReadTimeout("slow"))
    with pytest.raises(rt.APITimeoutError):
        await mock.client.request("patch", "/x", response_type=object)


async def test_raw_response_wrapper(rt, mock_async_client):
    mock = mock_async_client(ok({"a": 1}, headers={"X-Request-Id": "r1"}), ok({"a": 2}))

    class Things(rt.AsyncAPIResource):
        async def get(self) -> dict[str, int]:
            return await self._client.request("get", "/x", response_type=dict[str, int])

    things = Things(mock.client)
    response = await rt.async_to_raw_response_wrapper(things.get)()
    assert isinstance(response, rt.AsyncAPIResponse)
    assert response.headers["x-request-id"] == "r1"
    assert await response.parse() == {"a": 1}
    assert json.loads(response.text) == {"a": 1}
    assert await things.get() == {"a": 2}


async def test_extra_options(rt, mock_async_client):
    mock = mock_async_client(ok())
    options = rt.make_request_options(
        extra_headers={"X-A": "1"}, extra_query={"q": "v"}, extra_body={"b": 2}, timeout=4.0
    )
    await mock.client.request("post", "/x", json={"a": 1}, response_type=object, options=options)
    request = mock.requests[0]
    assert request.headers["x-a"] == "1"
    assert request.url.params["q"] == "v"
    assert json.loads(request.content) == {"a": 1, "b": 2}
    assert request.extensions["timeout"] == httpx.Timeout(4.0).as_dict()


async def test_client_param_and_with_options(rt, mock_async_client, monkeypatch):
    monkeypatch.delenv("SDK_TEST_ORG", raising=False)

    class Databases(rt.AsyncAPIResource):
        pass

    class Client(rt.AsyncAPIClient):
        @functools.cached_property
        def databases(self):
            return Databases(self)

    client = Client(
        base_url=BASE_URL,
        user_agent=USER_AGENT,
        client_params={"organization_slug": rt.ClientParam("organization", "SDK_TEST_ORG", None)},
        http_client=httpx.AsyncClient(transport=httpx.MockTransport(lambda request: ok())),
    )
    with pytest.raises(rt.MissingCredentialError, match="SDK_TEST_ORG"):
        client.client_param("organization_slug", rt.NOT_GIVEN)
    resource = client.databases
    copy = client.with_options(organization="acme", max_retries=0)
    assert copy.client_param("organization_slug", rt.NOT_GIVEN) == "acme"
    assert copy.databases is not resource
    assert copy._client is client._client
    async with copy:
        pass
    assert not client._client.is_closed


async def test_close_only_what_the_client_made(rt):
    async with rt.AsyncAPIClient(base_url=BASE_URL, user_agent=USER_AGENT) as client:
        assert isinstance(client._client, httpx.AsyncClient)
    assert client._client.is_closed
    http_client = httpx.AsyncClient()
    await rt.AsyncAPIClient(
        base_url=BASE_URL, user_agent=USER_AGENT, http_client=http_client
    ).close()
    assert not http_client.is_closed
    await http_client.aclose()


async def test_default_sleep_is_anyio(rt, monkeypatch):
    import anyio

    slept = []

    async def sleep(seconds):
        slept.append(seconds)

    monkeypatch.setattr(anyio, "sleep", sleep)  # anyio is imported when the client first sleeps
    client = rt.AsyncAPIClient(base_url=BASE_URL, user_agent=USER_AGENT)
    await client._sleep(0.25)
    assert slept == [0.25]
    await client.close()

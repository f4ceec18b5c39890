"""`to_streamed_response_wrapper`: the request sent on entering, the body streamed, closed on leaving."""

import asyncio

import httpx
import pytest

from .conftest import BASE_URL, USER_AGENT


class Body(httpx.SyncByteStream, httpx.AsyncByteStream):
    def __init__(self, *chunks):
        self.chunks = chunks
        self.pulled = 0
        self.closed = False

    def __iter__(self):
        for chunk in self.chunks:
            self.pulled += 1
            yield chunk

    async def __aiter__(self):
        for chunk in self.chunks:
            self.pulled += 1
            yield chunk

    def close(self):
        self.closed = True

    async def aclose(self):
        self.closed = True


def answers(*responses):
    queue = list(responses)
    sent = []

    def handler(request):
        sent.append(request)
        status, body = queue.pop(0)
        return httpx.Response(status, stream=body)

    return handler, sent


def download(client):
    return client.request("get", "/file", response_type=bytes, response_kind="binary")


def test_a_retried_stream_closes_the_failed_attempt(rt):
    failed, good = Body(b"busy"), Body(b"a", b"b")
    handler, sent = answers((503, failed), (200, good))
    client = rt.SyncAPIClient(
        base_url=BASE_URL,
        user_agent=USER_AGENT,
        http_client=httpx.Client(transport=httpx.MockTransport(handler)),
    )
    client._sleep = lambda seconds: None
    stream = rt.to_streamed_response_wrapper(download)
    with stream(client) as response:
        assert response.retries_taken == 1 and failed.closed
        assert good.pulled == 0
        assert list(response.iter_bytes()) == [b"a", b"b"]
    assert len(sent) == 2 and good.closed


def test_the_request_is_sent_only_on_entering(rt):
    handler, sent = answers((200, Body(b"x")))
    client = rt.SyncAPIClient(
        base_url=BASE_URL,
        user_agent=USER_AGENT,
        http_client=httpx.Client(transport=httpx.MockTransport(handler)),
    )
    manager = rt.to_streamed_response_wrapper(download)(client)
    assert sent == []
    with manager as response:
        assert response.read() == b"x"
    assert len(sent) == 1


def test_async_streams_are_closed_on_leaving(rt):
    body = Body(b"a", b"b", b"c")
    handler, _ = answers((200, body))
    client = rt.AsyncAPIClient(
        base_url=BASE_URL,
        user_agent=USER_AGENT,
        http_client=httpx.AsyncClient(transport=httpx.MockTransport(handler)),
    )

    async def first_chunk():
        async with rt.async_to_streamed_response_wrapper(download)(client) as response:
            async for chunk in response.iter_bytes():
                return chunk
        return None

    assert asyncio.run(first_chunk()) == b"a"
    assert body.pulled == 1 and body.closed


def test_a_status_error_is_raised_on_entering_with_the_body_read(rt):
    body = Body(b'{"message": "gone"}')
    handler, _ = answers((410, body))
    client = rt.SyncAPIClient(
        base_url=BASE_URL,
        user_agent=USER_AGENT,
        max_retries=0,
        http_client=httpx.Client(transport=httpx.MockTransport(handler)),
    )
    with pytest.raises(rt.APIStatusError, match="gone"):
        rt.to_streamed_response_wrapper(download)(client).__enter__()
    assert body.closed

"""Operation features: parameters in every location and style, request bodies, response kinds, servers,
webhooks and callbacks, security schemes. Each request is checked on the wire."""

from __future__ import annotations

import asyncio
import inspect
import io
import json
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from feature_support import Feature, Recorder, json_response

Build = Callable[[str], Feature]


def annotation(method: Any, name: str) -> str:
    return str(inspect.signature(method).parameters[name].annotation)


# -- parameters -------------------------------------------------------------------------------------------------


def test_path_level_header_and_cookie_parameters(feature: Build) -> None:
    f = feature("params")
    rec = Recorder(json_response(200, {"ok": True}))
    result = f.client(rec).stores.get_item(
        "store 1/a", 5, x_trace_id="t-1", session="abc def;", debug=True, x_limit=3
    )
    request = rec.last
    assert request.url.raw_path == b"/stores/store%201%2Fa/items/5"
    assert request.headers["x-trace-id"] == "t-1"
    assert request.headers["x-limit"] == "3"
    assert request.headers["cookie"] == "session=abc%20def%3B; debug=true"
    assert result.ok is True


def test_operation_level_parameter_overrides_the_path_level_one(feature: Build) -> None:
    f = feature("params")
    get_item = f.client(Recorder(json_response(200, {}))).stores.get_item
    # required at path level, optional at operation level: the operation wins
    assert inspect.signature(get_item).parameters["x_trace_id"].default is f.pkg.NOT_GIVEN
    rec = Recorder(json_response(200, {}))
    f.client(rec).stores.get_item("s", 1)
    assert "x-trace-id" not in rec.last.headers and "cookie" not in rec.last.headers


def test_query_scalars_exploded_arrays_and_wire_names(feature: Build) -> None:
    f = feature("params")
    rec = Recorder(json_response(200, ["a"]))
    assert f.client(rec).search.search(q="x y", tags=["a", "b"], active=False, page_size=10) == [
        "a"
    ]
    assert rec.last.url.params.multi_items() == [
        ("q", "x y"),
        ("tags", "a"),
        ("tags", "b"),
        ("active", "false"),
        ("page.size", "10"),
    ]


def test_content_query_parameter_is_sent_as_json(feature: Build) -> None:
    f = feature("params")
    m = f.models
    rec = Recorder(json_response(200, []))
    f.client(rec).search.search(q="x", json=m.SearchJsonParam(a=1))
    assert rec.last.url.params["json"] == '{"a":1}'


def test_form_arrays_not_exploded(feature: Build) -> None:
    f = feature("params")
    rec = Recorder(json_response(200, []))
    f.client(rec).search.search(q="x", ids=[1, 2, 3], pipes=["a", "b"], spaces=["c", "d"])
    assert rec.last.url.query.decode() == "q=x&ids=1,2,3&pipes=a|b&spaces=c%20d"


def test_deep_object_and_exploded_object_parameters(feature: Build) -> None:
    f = feature("params")
    m = f.models
    rec = Recorder(json_response(200, []))
    f.client(rec).search.search(
        q="x", filter_=m.SearchFilterParam(color="red", size=2), point=m.SearchPointParam(x=1, y=2)
    )
    assert rec.last.url.query.decode() == "q=x&filter[color]=red&filter[size]=2&x=1&y=2"


def test_header_and_path_arrays_use_simple_style(feature: Build) -> None:
    """The runtime side of parameter styles: arrays in headers and paths are comma-separated."""
    f = feature("params")
    client = f.client(Recorder(json_response(200, {})))
    response = client.request(
        "get",
        "/things/{ids}",
        path_params={"ids": ["a", "b c"]},
        headers={"X-Many": [1, 2]},
        response_type=object,
    )
    assert response == {}
    request = client._client._transport.handler.last  # the Recorder
    assert request.url.raw_path == b"/things/a%2Cb%20c"
    assert request.headers["x-many"] == "1,2"


# -- request bodies ---------------------------------------------------------------------------------------------


def test_json_body_fields_and_null(feature: Build) -> None:
    f = feature("bodies")
    rec = Recorder(httpx.Response(204))
    assert f.client(rec).json.send(name="n", note=None) is None
    assert rec.last.headers["content-type"] == "application/json"
    assert json.loads(rec.last.content) == {"name": "n", "note": None}
    f.client(rec).json_array.send_array(body=[1, 2])
    assert json.loads(rec.last.content) == [1, 2]


def test_form_urlencoded_body(feature: Build) -> None:
    f = feature("bodies")
    rec = Recorder(json_response(200, {"token": "t"}))
    token = f.client(rec).form.send(grant_type="password", scope=["a", "b"], remember=True)
    assert rec.last.headers["content-type"] == "application/x-www-form-urlencoded"
    assert rec.last.content == b"grant_type=password&scope=a&scope=b&remember=true"
    assert token.token == "t"


def _parts(request: httpx.Request) -> list[tuple[str, str | None, bytes]]:
    """(name, filename, content) of each multipart part."""
    boundary = request.headers["content-type"].split("boundary=")[1].encode()
    parts = []
    for chunk in request.content.split(b"--" + boundary)[1:-1]:
        head, _, body = chunk[2:-2].partition(b"\r\n\r\n")  # each part is "\r\n...\r\n"
        disposition = head.decode().split("\r\n")[0]
        name = disposition.split('name="')[1].split('"')[0]
        filename = (
            disposition.split('filename="')[1].split('"')[0] if "filename=" in disposition else None
        )
        parts.append((name, filename, body))
    return parts


def test_multipart_upload_with_bytes_file_objects_and_paths(feature: Build, tmp_path: Path) -> None:
    f = feature("bodies")
    path = tmp_path / "report.csv"
    path.write_bytes(b"a,b\n1,2\n")
    rec = Recorder(json_response(200, {"size": 3}))
    client = f.client(rec)
    assert client.upload.upload(file=b"raw-bytes", description="d").size == 3
    assert rec.last.headers["content-type"].startswith("multipart/form-data; boundary=")
    assert _parts(rec.last) == [("description", None, b"d"), ("file", "upload", b"raw-bytes")]
    client.upload.upload(file=io.BytesIO(b"from-a-file"))
    assert _parts(rec.last)[0][2] == b"from-a-file"
    client.upload.upload(file=path)
    assert _parts(rec.last) == [("file", "report.csv", b"a,b\n1,2\n")]
    client.upload.upload(file=("n.txt", b"named", "text/plain"))
    assert _parts(rec.last) == [("file", "n.txt", b"named")]


def test_multipart_array_of_files_is_typed_as_a_list(feature: Build) -> None:
    f = feature("bodies")
    assert annotation(f.client(Recorder(httpx.Response(200))).upload.upload, "attachments") == (
        "list[FileTypes] | NotGiven"
    )


def test_multipart_array_of_files_sends_one_part_each(feature: Build) -> None:
    f = feature("bodies")
    rec = Recorder(json_response(200, {}))
    f.client(rec).upload.upload(file=b"x", attachments=[b"one", ("two.bin", b"two")])  # type: ignore[arg-type]
    assert [(n, c) for n, _, c in _parts(rec.last)] == [
        ("file", b"x"),
        ("attachments", b"one"),
        ("attachments", b"two"),
    ]


def test_binary_and_text_bodies(feature: Build) -> None:
    f = feature("bodies")
    rec = Recorder(httpx.Response(204))
    client = f.client(rec)
    client.raw.put(body=b"\x00\x01")
    assert (rec.last.content, rec.last.headers["content-type"]) == (
        b"\x00\x01",
        "application/octet-stream",
    )
    client.text.put(body="héllo")
    assert (rec.last.content, rec.last.headers["content-type"]) == ("héllo".encode(), "text/plain")
    client.text.put()
    assert rec.last.content == b""


# -- responses -------------------------------------------------------------------------------------------------


def test_binary_responses_are_bytes(feature: Build) -> None:
    f = feature("responses")
    data = bytes(range(256)) * 10
    rec = Recorder(
        httpx.Response(200, content=data, headers={"content-type": "application/octet-stream"})
    )
    client = f.client(rec)
    assert client.file.download() == data
    assert rec.last.headers["accept"] == "*/*"
    assert client.image.get() == data
    raw = client.file.with_raw_response.download()
    assert raw.status_code == 200 and raw.parse() == data


class Chunks(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A response body that arrives in chunks, counting how many were taken and whether it was closed."""

    def __init__(self, chunks: list[bytes]) -> None:
        self.chunks = chunks
        self.pulled = 0
        self.closed = False

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self.chunks:
            self.pulled += 1
            yield chunk

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self.chunks:
            self.pulled += 1
            yield chunk

    def close(self) -> None:
        self.closed = True

    async def aclose(self) -> None:
        self.closed = True


BIG = [bytes([i]) * 65536 for i in range(16)]  # 1 MiB in 16 chunks


def streamed(body: Chunks, status: int = 200) -> Callable[[httpx.Request], httpx.Response]:
    headers = {"content-type": "application/octet-stream"}
    return lambda request: httpx.Response(status, headers=headers, stream=body)


def test_binary_responses_stream_chunk_by_chunk(feature: Build) -> None:
    f = feature("responses")
    body = Chunks(BIG)
    client = f.client(streamed(body))
    with client.file.with_streaming_response.download() as response:
        assert response.status_code == 200
        assert body.pulled == 0  # the body is not read on entering
        got = []
        for chunk in response.iter_bytes():
            got.append(chunk)
            assert body.pulled == len(got)  # each chunk is handed on as it arrives
        assert got == BIG
    assert body.closed


def test_leaving_a_streamed_response_early_closes_it(feature: Build) -> None:
    f = feature("responses")
    body = Chunks(BIG)
    with f.client(streamed(body)).image.with_streaming_response.get() as response:
        assert next(iter(response.iter_bytes())) == BIG[0]
    assert body.pulled == 1 and body.closed


def test_a_streamed_response_can_still_be_read_whole(feature: Build) -> None:
    f = feature("responses")
    with f.client(streamed(Chunks(BIG))).file.with_streaming_response.download() as response:
        assert response.read() == b"".join(BIG)
        assert response.parse() == b"".join(BIG)
    lines = Chunks([b"one\ntw", b"o\nthree"])
    with f.client(streamed(lines)).file.with_streaming_response.download() as response:
        assert list(response.iter_lines()) == ["one", "two", "three"]


def test_a_streamed_error_is_raised_with_its_body(feature: Build) -> None:
    f = feature("responses")
    body = Chunks([b'{"error": "no such ', b'file"}'])
    manager = f.client(streamed(body, status=404)).file.with_streaming_response.download()
    with pytest.raises(f.pkg.NotFoundError, match="no such file"), manager:
        pass
    assert body.closed


def test_only_resources_with_binary_responses_stream(feature: Build) -> None:
    f = feature("responses")
    client = f.client(Recorder(httpx.Response(200, text="x")))
    assert not hasattr(client.text, "with_streaming_response")
    assert client.file.download() == b"x"  # the plain method still returns bytes


def test_async_binary_responses_stream_chunk_by_chunk(feature: Build) -> None:
    f = feature("responses")
    body = Chunks(BIG)

    async def main() -> list[bytes]:
        got = []
        client = f.async_client(streamed(body))
        async with client, client.file.with_streaming_response.download() as response:
            assert body.pulled == 0
            async for chunk in response.iter_bytes():
                got.append(chunk)
                assert body.pulled == len(got)
        other = f.async_client(streamed(Chunks(BIG)))
        async with other.file.with_streaming_response.download() as response:
            assert await response.parse() == b"".join(BIG)
        return got

    assert asyncio.run(main()) == BIG
    assert body.closed


def test_text_responses_are_str(feature: Build) -> None:
    f = feature("responses")
    rec = Recorder(
        httpx.Response(200, text="a,b\nç,d\n", headers={"content-type": "text/csv; charset=utf-8"})
    )
    client = f.client(rec)
    assert client.csv.get() == "a,b\nç,d\n"
    assert client.text.get() == "a,b\nç,d\n"


def test_empty_responses_are_none(feature: Build) -> None:
    f = feature("responses")
    rec = Recorder(httpx.Response(204), httpx.Response(202, text=""))
    client = f.client(rec)
    assert client.nothing.delete() is None
    assert rec.last.method == "DELETE"
    assert client.accepted.accept() is None


def test_default_response_is_the_success_type_when_alone(feature: Build) -> None:
    f = feature("responses")
    thing = f.client(Recorder(json_response(200, {"id": "t"}))).default_only.default_only()
    assert isinstance(thing, f.models.Thing) and thing.id == "t"


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (400, "BadRequestError"),
        (404, "NotFoundError"),
        (418, "APIStatusError"),
        (503, "InternalServerError"),
    ],
)
def test_wildcard_and_default_error_responses_raise(
    feature: Build, status: int, error: str
) -> None:
    f = feature("responses")
    rec = Recorder(json_response(status, {"message": "nope", "code": 7}))
    with pytest.raises(getattr(f.pkg, error)) as info:
        f.client(rec).with_errors.with_errors()
    assert info.value.status_code == status
    assert info.value.body == {"message": "nope", "code": 7}
    assert "nope" in str(info.value)


def test_vendor_json_media_type_is_json(feature: Build) -> None:
    f = feature("responses")
    rec = Recorder(
        json_response(200, {"id": "v"}, headers={"content-type": "application/vnd.api+json"})
    )
    assert f.client(rec).vendor_json.vendor_json().id == "v"


def test_several_success_schemas_warn(feature: Build) -> None:
    f = feature("responses")
    assert f.warned("/paths/~1two-success/get")
    result = f.client(Recorder(json_response(200, {"id": "t"}))).two_success.two_success()
    assert result == {"id": "t"} or result.id == "t"


def test_several_success_schemas_decode_every_success_body(feature: Build) -> None:
    f = feature("responses")
    rec = Recorder(json_response(201, {"message": "made", "code": 1}))
    # typed as Thing today: a 201 body (an Error) fails to decode
    result = f.client(rec).two_success.two_success()
    assert result == {"message": "made", "code": 1} or isinstance(result, f.models.Error)


def test_async_client_has_the_same_surface(feature: Build) -> None:
    f = feature("responses")

    async def main() -> bytes:
        rec = Recorder(httpx.Response(200, content=b"zz"))
        async with f.async_client(rec) as client:
            return await client.file.download()

    assert asyncio.run(main()) == b"zz"


# -- servers, webhooks, callbacks -----------------------------------------------------------------------------------


def test_server_variables_take_their_defaults(feature: Build) -> None:
    f = feature("servers")
    rec = Recorder(httpx.Response(200, text="pong"))
    client = f.client(rec)
    assert client.base_url == "https://eu.api.example.com:8443/v2"
    assert client.ping.ping() == "pong"
    assert str(rec.last.url) == "https://eu.api.example.com:8443/v2/ping"
    other = f.client(rec, base_url="https://us.api.example.com:8443/v2/")
    other.ping.ping()
    assert str(rec.last.url) == "https://us.api.example.com:8443/v2/ping"


def test_webhooks_and_callbacks_are_skipped_with_an_info_line(feature: Build) -> None:
    f = feature("servers")
    infos = {(d.pointer, d.message) for d in f.infos}
    assert ("/webhooks", "webhooks are not part of a client; skipped") in infos
    assert (
        "/paths/~1subscriptions/post/callbacks",
        "callbacks are not part of a client; skipped",
    ) in infos
    rec = Recorder(httpx.Response(201))
    assert f.client(rec).subscriptions.subscribe(callback_url="https://me.example/cb") is None
    assert json.loads(rec.last.content) == {"callbackUrl": "https://me.example/cb"}
    assert f.warnings == []


# -- security -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "credentials", "check"),
    [
        ("bearer", {"api_key": "tok"}, lambda r: r.headers["authorization"] == "Bearer tok"),
        (
            "basic",
            {"username": "ann", "password": "pw"},
            lambda r: r.headers["authorization"] == "Basic YW5uOnB3",
        ),
        ("header", {"api_key": "k1"}, lambda r: r.headers["x-api-key"] == "k1"),
        ("query", {"api_key": "k2"}, lambda r: r.url.params["api_key"] == "k2"),
        ("cookie", {"api_key": "k3"}, lambda r: r.headers["cookie"] == "SESSION=k3"),
    ],
)
def test_security_schemes(
    feature: Build, kind: str, credentials: dict[str, str], check: Callable[[httpx.Request], bool]
) -> None:
    f = feature(f"security_{kind}")
    init = inspect.signature(f.client_class().__init__).parameters
    assert set(credentials) <= set(init)
    rec = Recorder(json_response(200, {"name": "me"}))
    me = f.client(rec, **credentials).me.get()
    assert me.name == "me"
    assert check(rec.last)
    # /public needs no credential, so the client can be made without one; /me then says what is missing
    anonymous = f.client(rec)
    with pytest.raises(
        f.pkg.APIError, match=f"GET /me needs a credential: {next(iter(credentials))}"
    ):
        anonymous.me.get()
    assert len(rec.requests) == 1  # nothing was sent


@pytest.mark.parametrize("kind", ["bearer", "basic", "header", "query", "cookie"])
def test_operations_without_security_send_no_credentials(feature: Build, kind: str) -> None:
    f = feature(f"security_{kind}")
    credentials = {"basic": {"username": "ann", "password": "pw"}}.get(kind, {"api_key": "secret"})
    rec = Recorder(httpx.Response(204))
    f.client(rec, **credentials).public.get()
    assert "authorization" not in rec.last.headers
    assert "cookie" not in rec.last.headers
    assert "x-api-key" not in rec.last.headers
    assert str(rec.last.url) == "https://api.example.com/public"
    f.client(rec).public.get()  # and needs none


def _multi_sent(f: Any, method: str, **credentials: str) -> dict[str, str | None]:
    rec = Recorder(httpx.Response(204))
    getattr(f.client(rec, **credentials), method).get()
    request = rec.last
    return {
        "authorization": request.headers.get("authorization"),
        "api_key": request.url.params.get("api_key"),
    }


TOKEN = "Bearer tok"
BASIC = "Basic YW5uOnB3"


@pytest.mark.parametrize(
    ("resource", "given", "sent"),
    [
        ("me", {"api_key": "tok"}, {"authorization": TOKEN, "api_key": None}),
        ("me", {"api_key": "tok", "api_key_query": "k"}, {"authorization": TOKEN, "api_key": None}),
        (
            "search",
            {"api_key": "tok", "api_key_query": "k"},
            {"authorization": None, "api_key": "k"},
        ),
        # alternatives: the first one whose credentials are all there
        (
            "either",
            {"api_key": "tok", "api_key_query": "k"},
            {"authorization": None, "api_key": "k"},
        ),
        ("either", {"api_key": "tok"}, {"authorization": TOKEN, "api_key": None}),
        (
            "both",
            {"api_key": "tok", "api_key_query": "k"},
            {"authorization": TOKEN, "api_key": "k"},
        ),
        # `security: [{}, {bearerAuth: []}]`: the token when the client has one, else nothing
        ("optional", {"api_key": "tok"}, {"authorization": TOKEN, "api_key": None}),
        ("optional", {}, {"authorization": None, "api_key": None}),
        (
            "admin",
            {"api_key": "tok", "basic_username": "ann", "basic_password": "pw"},
            {"authorization": BASIC, "api_key": None},
        ),
        (
            "public",
            {"api_key": "tok", "api_key_query": "k"},
            {"authorization": None, "api_key": None},
        ),
    ],
)
def test_each_operation_sends_the_credentials_of_its_own_requirement(
    feature: Build, resource: str, given: dict[str, str], sent: dict[str, str | None]
) -> None:
    f = feature("security_multi")
    assert _multi_sent(f, resource, **given) == sent
    assert not f.warnings


@pytest.mark.parametrize(
    ("resource", "given", "message"),
    [
        ("me", {}, "GET /me needs a credential: api_key (pass api_key=... to the client)"),
        (
            "search",
            {"api_key": "tok"},
            "GET /search needs a credential: api_key_query (pass api_key_query=... to the client)",
        ),
        (
            "either",
            {},
            (
                "GET /either needs a credential: api_key_query (pass api_key_query=... to the"
                " client) or api_key (pass api_key=... to the client)"
            ),
        ),
        ("both", {"api_key": "tok"}, "GET /both needs a credential: api_key_query (pass"),
        (
            "admin",
            {"basic_username": "ann"},
            "GET /admin needs a credential: basic_password (pass basic_password=",
        ),
    ],
)
def test_a_missing_credential_is_named_when_the_operation_needs_it(
    feature: Build, resource: str, given: dict[str, str], message: str
) -> None:
    f = feature("security_multi")
    rec = Recorder(httpx.Response(204))
    client = f.client(rec, **given)  # no credential is needed by every operation: none is required
    with pytest.raises(f.pkg.APIError) as raised:
        getattr(client, resource).get()
    assert str(raised.value).startswith(message)
    assert rec.requests == []


def test_the_async_client_applies_each_operations_requirement(feature: Build) -> None:
    f = feature("security_multi")
    rec = Recorder(httpx.Response(204))
    client = f.async_client(rec, api_key="tok", api_key_query="k")

    async def main() -> None:
        await client.search.get()
        assert "authorization" not in rec.last.headers and rec.last.url.params["api_key"] == "k"
        await client.public.get()
        assert "authorization" not in rec.last.headers and "api_key" not in rec.last.url.params
        await client.me.get()
        assert rec.last.headers["authorization"] == TOKEN
        with pytest.raises(f.pkg.APIError, match="basic_username"):
            await client.admin.get()

    asyncio.run(main())


def test_credentials_are_named_after_their_schemes(feature: Build) -> None:
    f = feature("security_multi")
    init = inspect.signature(f.client_class().__init__).parameters
    assert {"api_key", "api_key_query", "basic_username", "basic_password"} <= set(init)
    # a debug log never shows a credential sent in the query
    rec = Recorder(httpx.Response(204))
    client = f.client(rec, api_key_query="query-secret")
    client.search.get()
    assert "query-secret" not in client._log_url(rec.last.url)

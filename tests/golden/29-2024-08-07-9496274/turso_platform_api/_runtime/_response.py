"""Responses: decoding a body by kind, and the raw-response objects that `with_raw_response` and
`with_streaming_response` return."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from contextvars import ContextVar
from typing import Final, Generic, TypeVar, cast

import httpx

from ._exceptions import APIResponseValidationError, truncate_message
from ._model import decode_json
from ._types import ResponseKind

__all__ = ["RAW_RESPONSE", "APIResponse", "AsyncAPIResponse", "Capture", "parse_body"]

R = TypeVar("R")


class Capture:
    """What the raw- and streaming-response wrappers ask of the request pipeline: to return the
    `APIResponse` instead of the parsed body, and to append it to `responses` too (so the wrapper finds
    it even where a generated method returns nothing); with `stream`, its body not read yet."""

    __slots__ = ("responses", "stream")

    def __init__(self, *, stream: bool) -> None:
        self.responses: list[object] = []
        self.stream = stream


RAW_RESPONSE: Final[ContextVar[Capture | None]] = ContextVar("RAW_RESPONSE", default=None)
"""Set by the raw- and streaming-response wrappers (a context variable keeps the generated methods'
signatures free of it)."""


def parse_body(response: httpx.Response, response_type: object, kind: ResponseKind) -> object:
    """The body of a successful `response` as `kind` says: decoded into `response_type` for "json",
    `str` for "text", `bytes` for "binary", None for "empty".

    A JSON body that does not decode into `response_type` raises `APIResponseValidationError`.
    """
    if kind == "empty":
        return None
    if kind == "text":
        return response.text
    if kind == "binary":
        return response.content
    # msgspec.DecodeError and pydantic.ValidationError are ValueErrors; msgspec raises RecursionError
    # for an absurdly nested document decoded as `object`.
    try:
        decoded: object = decode_json(response.content, response_type)
    except (ValueError, RecursionError) as error:
        request = response.request
        message = f"{request.method} {request.url.path}: unexpected response body: {error}"
        raise APIResponseValidationError(
            response=response, message=truncate_message(message)
        ) from error
    return decoded


_UNPARSED: Final = object()


class _BaseAPIResponse(Generic[R]):
    """A response with its body read, and the way to parse it into what the method returns."""

    http_response: httpx.Response
    retries_taken: int
    """How many times the request was retried before this response."""

    def __init__(
        self,
        http_response: httpx.Response,
        parser: Callable[[httpx.Response], R],
        retries_taken: int,
    ) -> None:
        self.http_response = http_response
        self.retries_taken = retries_taken
        self._parser = parser
        self._parsed: object = _UNPARSED

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def content(self) -> bytes:
        return self.http_response.content

    @property
    def text(self) -> str:
        return self.http_response.text

    def _parse(self) -> R:
        if self._parsed is _UNPARSED:
            self._parsed = self._parser(self.http_response)
        return cast("R", self._parsed)

    def __repr__(self) -> str:
        request = self.http_response.request
        return (
            f"<{type(self).__name__} [{self.status_code} {self.http_response.reason_phrase}]"
            f" {request.method} {request.url.path}>"
        )


class APIResponse(_BaseAPIResponse[R]):
    """The raw response of a synchronous call; `parse()` gives what the method would have returned.

    Under `with_streaming_response` the body is not read yet: `iter_bytes()`, `iter_text()` and
    `iter_lines()` stream it, `read()` (or `parse()`) reads it whole.
    """

    def parse(self) -> R:
        """The parsed body (computed once; the body is read first if it is still streaming)."""
        self.read()
        return self._parse()

    def read(self) -> bytes:
        """The whole body (read now if it has not been)."""
        return self.http_response.read()

    def iter_bytes(self, chunk_size: int | None = None) -> Iterator[bytes]:
        """The body in chunks as they arrive (decoded as its Content-Encoding says)."""
        return self.http_response.iter_bytes(chunk_size)

    def iter_text(self, chunk_size: int | None = None) -> Iterator[str]:
        """The body as text, in chunks as they arrive."""
        return self.http_response.iter_text(chunk_size)

    def iter_lines(self) -> Iterator[str]:
        """The body as text, line by line as it arrives."""
        return self.http_response.iter_lines()

    def close(self) -> None:
        """Release the connection (what leaving `with_streaming_response`'s `with` block does)."""
        self.http_response.close()


class AsyncAPIResponse(_BaseAPIResponse[R]):
    """The raw response of an asynchronous call; `await parse()` gives what the method would have
    returned. Under `with_streaming_response`: `async for chunk in response.iter_bytes()` (and
    `iter_text()`, `iter_lines()`), or `await response.read()`."""

    async def parse(self) -> R:
        """The parsed body (computed once; the body is read first if it is still streaming)."""
        await self.read()
        return self._parse()

    async def read(self) -> bytes:
        """The whole body (read now if it has not been)."""
        return await self.http_response.aread()

    def iter_bytes(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        """The body in chunks as they arrive (decoded as its Content-Encoding says)."""
        return self.http_response.aiter_bytes(chunk_size)

    def iter_text(self, chunk_size: int | None = None) -> AsyncIterator[str]:
        """The body as text, in chunks as they arrive."""
        return self.http_response.aiter_text(chunk_size)

    def iter_lines(self) -> AsyncIterator[str]:
        """The body as text, line by line as it arrives."""
        return self.http_response.aiter_lines()

    async def close(self) -> None:
        """Release the connection (what leaving `with_streaming_response`'s `async with` does)."""
        await self.http_response.aclose()

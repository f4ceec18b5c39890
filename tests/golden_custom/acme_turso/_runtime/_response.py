"""Responses: decoding a body by kind, and the raw-response objects that `with_raw_response` returns."""

from __future__ import annotations

from collections.abc import Callable
from contextvars import ContextVar
from typing import Final, Generic, TypeVar, cast

import httpx

from ._exceptions import APIResponseValidationError, truncate_message
from ._model import decode_json
from ._types import ResponseKind

__all__ = ["RAW_RESPONSE", "APIResponse", "AsyncAPIResponse", "parse_body"]

R = TypeVar("R")

RAW_RESPONSE: Final[ContextVar[list[object] | None]] = ContextVar(
    "RAW_RESPONSE", default=None
)
"""Set by the raw-response wrappers to a list: the request pipeline then returns an `APIResponse`
instead of the parsed body, and appends it to the list too, so the wrapper finds it even where a
generated method returns nothing (an operation without a response body). A context variable keeps the
generated methods' signatures free of it."""


def parse_body(
    response: httpx.Response, response_type: object, kind: ResponseKind
) -> object:
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
        message = (
            f"{request.method} {request.url.path}: unexpected response body: {error}"
        )
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
    """The raw response of a synchronous call; `parse()` gives what the method would have returned."""

    def parse(self) -> R:
        """The parsed body (computed once)."""
        return self._parse()


class AsyncAPIResponse(_BaseAPIResponse[R]):
    """The raw response of an asynchronous call; `await parse()` gives what the method would have
    returned."""

    async def parse(self) -> R:
        """The parsed body (computed once)."""
        return self._parse()

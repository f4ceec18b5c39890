"""Base classes of generated resources, and the wrappers behind `with_raw_response` and
`with_streaming_response`."""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable
from types import TracebackType
from typing import TYPE_CHECKING, Generic, ParamSpec, TypeVar, cast

from ._response import RAW_RESPONSE, APIResponse, AsyncAPIResponse, Capture

if TYPE_CHECKING:
    from ._base_client import AsyncAPIClient, SyncAPIClient

__all__ = [
    "AsyncAPIResource",
    "AsyncResponseContextManager",
    "ResponseContextManager",
    "SyncAPIResource",
    "async_to_raw_response_wrapper",
    "async_to_streamed_response_wrapper",
    "to_raw_response_wrapper",
    "to_streamed_response_wrapper",
]

P = ParamSpec("P")
R = TypeVar("R")


class SyncAPIResource:
    """A group of operations (e.g. `client.databases`) bound to a synchronous client."""

    _client: SyncAPIClient

    def __init__(self, client: SyncAPIClient) -> None:
        self._client = client


class AsyncAPIResource:
    """A group of operations (e.g. `client.databases`) bound to an asynchronous client."""

    _client: AsyncAPIClient

    def __init__(self, client: AsyncAPIClient) -> None:
        self._client = client


def to_raw_response_wrapper(func: Callable[P, R]) -> Callable[P, APIResponse[R]]:
    """`func` (a generated method) changed to return the raw `APIResponse` instead of the parsed body.

    Errors are raised as usual; `APIResponse.parse()` then gives what `func` would have returned.
    """

    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> APIResponse[R]:
        return _captured(func, args, kwargs, stream=False)

    return wrapped


def async_to_raw_response_wrapper(
    func: Callable[P, Awaitable[R]],
) -> Callable[P, Awaitable[AsyncAPIResponse[R]]]:
    """The asynchronous mirror of `to_raw_response_wrapper`."""

    @functools.wraps(func)
    async def wrapped(*args: P.args, **kwargs: P.kwargs) -> AsyncAPIResponse[R]:
        return await _async_captured(func, args, kwargs, stream=False)

    return wrapped


def to_streamed_response_wrapper(
    func: Callable[P, R],
) -> Callable[P, ResponseContextManager[R]]:
    """`func` changed to return a context manager that sends the request on entering, yields the
    `APIResponse` with its body not read yet (`iter_bytes()`...), and closes it on leaving."""

    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> ResponseContextManager[R]:
        return ResponseContextManager(functools.partial(_captured, func, args, kwargs, stream=True))

    return wrapped


def async_to_streamed_response_wrapper(
    func: Callable[P, Awaitable[R]],
) -> Callable[P, AsyncResponseContextManager[R]]:
    """The asynchronous mirror of `to_streamed_response_wrapper` (`async with`)."""

    @functools.wraps(func)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> AsyncResponseContextManager[R]:
        call = functools.partial(_async_captured, func, args, kwargs, stream=True)
        return AsyncResponseContextManager(call)

    return wrapped


class ResponseContextManager(Generic[R]):
    """`with client.files.with_streaming_response.download(...) as response:` sends the request on
    entering and closes the response on leaving."""

    def __init__(self, send: Callable[[], APIResponse[R]]) -> None:
        self._send = send
        self._response: APIResponse[R] | None = None

    def __enter__(self) -> APIResponse[R]:
        self._response = self._send()
        return self._response

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if self._response is not None:
            self._response.close()


class AsyncResponseContextManager(Generic[R]):
    """`async with client.files.with_streaming_response.download(...) as response:`."""

    def __init__(self, send: Callable[[], Awaitable[AsyncAPIResponse[R]]]) -> None:
        self._send = send
        self._response: AsyncAPIResponse[R] | None = None

    async def __aenter__(self) -> AsyncAPIResponse[R]:
        self._response = await self._send()
        return self._response

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if self._response is not None:
            await self._response.close()


def _captured(
    func: Callable[..., R], args: tuple[object, ...], kwargs: dict[str, object], *, stream: bool
) -> APIResponse[R]:
    """Call `func` asking the request pipeline for its `APIResponse` (see `Capture`)."""
    capture = Capture(stream=stream)
    token = RAW_RESPONSE.set(capture)
    try:
        result = func(*args, **kwargs)
    finally:
        RAW_RESPONSE.reset(token)
    return cast("APIResponse[R]", capture.responses[-1] if capture.responses else result)


async def _async_captured(
    func: Callable[..., Awaitable[R]],
    args: tuple[object, ...],
    kwargs: dict[str, object],
    *,
    stream: bool,
) -> AsyncAPIResponse[R]:
    """The asynchronous mirror of `_captured`."""
    capture = Capture(stream=stream)
    token = RAW_RESPONSE.set(capture)
    try:
        result = await func(*args, **kwargs)
    finally:
        RAW_RESPONSE.reset(token)
    return cast("AsyncAPIResponse[R]", capture.responses[-1] if capture.responses else result)

"""Base classes of generated resources, and the wrappers behind `with_raw_response`."""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, ParamSpec, TypeVar, cast

from ._response import RAW_RESPONSE, APIResponse, AsyncAPIResponse

if TYPE_CHECKING:
    from ._base_client import AsyncAPIClient, SyncAPIClient

__all__ = [
    "AsyncAPIResource",
    "SyncAPIResource",
    "async_to_raw_response_wrapper",
    "to_raw_response_wrapper",
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
        responses: list[object] = []
        token = RAW_RESPONSE.set(responses)
        try:
            result = func(*args, **kwargs)
        finally:
            RAW_RESPONSE.reset(token)
        return cast("APIResponse[R]", responses[-1] if responses else result)

    return wrapped


def async_to_raw_response_wrapper(
    func: Callable[P, Awaitable[R]],
) -> Callable[P, Awaitable[AsyncAPIResponse[R]]]:
    """The asynchronous mirror of `to_raw_response_wrapper`."""

    @functools.wraps(func)
    async def wrapped(*args: P.args, **kwargs: P.kwargs) -> AsyncAPIResponse[R]:
        responses: list[object] = []
        token = RAW_RESPONSE.set(responses)
        try:
            result = await func(*args, **kwargs)
        finally:
            RAW_RESPONSE.reset(token)
        return cast("AsyncAPIResponse[R]", responses[-1] if responses else result)

    return wrapped

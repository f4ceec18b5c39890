"""The `user` resource of the Turso Platform API."""

from __future__ import annotations

from functools import cached_property

from .._runtime import (
    NOT_GIVEN,
    AsyncAPIResource,
    Body,
    Headers,
    NotGiven,
    Query,
    SyncAPIResource,
    Timeout,
    async_to_raw_response_wrapper,
    make_request_options,
    to_raw_response_wrapper,
)
from ..models import GetCurrentUserResponse

__all__ = ["AsyncUser", "User"]


class User(SyncAPIResource):
    """Operations on user."""

    @cached_property
    def with_raw_response(self) -> UserWithRawResponse:
        """The same methods, returning the raw HTTP response (status, headers) with the parsed body."""
        return UserWithRawResponse(self)

    def get_current(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GetCurrentUserResponse:
        """Get Current User

        Returns information about the currently authenticated user.
        """

        return self._client.request(
            "get",
            "/v1/user",
            response_type=GetCurrentUserResponse,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )


class UserWithRawResponse:
    def __init__(self, resource: User) -> None:
        self.get_current = to_raw_response_wrapper(resource.get_current)


class AsyncUser(AsyncAPIResource):
    """Operations on user."""

    @cached_property
    def with_raw_response(self) -> AsyncUserWithRawResponse:
        """The same methods, returning the raw HTTP response (status, headers) with the parsed body."""
        return AsyncUserWithRawResponse(self)

    async def get_current(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GetCurrentUserResponse:
        """Get Current User

        Returns information about the currently authenticated user.
        """

        return await self._client.request(
            "get",
            "/v1/user",
            response_type=GetCurrentUserResponse,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )


class AsyncUserWithRawResponse:
    def __init__(self, resource: AsyncUser) -> None:
        self.get_current = async_to_raw_response_wrapper(resource.get_current)

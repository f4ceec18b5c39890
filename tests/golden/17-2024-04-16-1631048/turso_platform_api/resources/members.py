"""The `members` resource of the Turso Platform API."""

from __future__ import annotations

from functools import cached_property
from typing import Any, Literal

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
from ..models import (
    AddOrganizationMemberResponse,
    ListOrganizationMembersResponse,
    RemoveOrganizationMemberResponse,
)

__all__ = ["AsyncMembers", "Members"]


class Members(SyncAPIResource):
    """Operations on members."""

    @cached_property
    def with_raw_response(self) -> MembersWithRawResponse:
        """The same methods, returning the raw HTTP response (status, headers) with the parsed body."""
        return MembersWithRawResponse(self)

    def list(
        self,
        *,
        organization_slug: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ListOrganizationMembersResponse:
        """List Members

        Returns a list of members part of the organization.

        Args:
            organization_slug: The name of the organization or user. Defaults to the client's value.
        """

        return self._client.request(
            "get",
            "/v1/organizations/{organizationName}/members",
            path_params={
                "organizationName": self._client.client_param(
                    "organization_slug", organization_slug
                ),
            },
            response_type=ListOrganizationMembersResponse,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    def add(
        self,
        *,
        email: Any,
        organization_slug: str | NotGiven = NOT_GIVEN,
        username: str | NotGiven = NOT_GIVEN,
        role: Literal["admin", "member"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AddOrganizationMemberResponse:
        """Add Member

        Add an existing Turso user to an organization.

        Args:
            organization_slug: The name of the organization or user. Defaults to the client's value.
            username: The username of an existing Turso user.
            role: The role given to the user.

                One of: `admin`, `member`.
        """

        return self._client.request(
            "post",
            "/v1/organizations/{organizationName}/members",
            path_params={
                "organizationName": self._client.client_param(
                    "organization_slug", organization_slug
                ),
            },
            json={
                "username": username,
                "role": role,
                "email": email,
            },
            response_type=AddOrganizationMemberResponse,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    def remove(
        self,
        username: str,
        *,
        organization_slug: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RemoveOrganizationMemberResponse:
        """Remove Member

        Remove a user from the organization by username.

        Args:
            organization_slug: The name of the organization or user. Defaults to the client's value.
            username: The username of a Turso user or organization member.
        """

        return self._client.request(
            "delete",
            "/v1/organizations/{organizationName}/members/{username}",
            path_params={
                "organizationName": self._client.client_param(
                    "organization_slug", organization_slug
                ),
                "username": username,
            },
            response_type=RemoveOrganizationMemberResponse,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )


class MembersWithRawResponse:
    def __init__(self, resource: Members) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.add = to_raw_response_wrapper(resource.add)
        self.remove = to_raw_response_wrapper(resource.remove)


class AsyncMembers(AsyncAPIResource):
    """Operations on members."""

    @cached_property
    def with_raw_response(self) -> AsyncMembersWithRawResponse:
        """The same methods, returning the raw HTTP response (status, headers) with the parsed body."""
        return AsyncMembersWithRawResponse(self)

    async def list(
        self,
        *,
        organization_slug: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ListOrganizationMembersResponse:
        """List Members

        Returns a list of members part of the organization.

        Args:
            organization_slug: The name of the organization or user. Defaults to the client's value.
        """

        return await self._client.request(
            "get",
            "/v1/organizations/{organizationName}/members",
            path_params={
                "organizationName": self._client.client_param(
                    "organization_slug", organization_slug
                ),
            },
            response_type=ListOrganizationMembersResponse,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def add(
        self,
        *,
        email: Any,
        organization_slug: str | NotGiven = NOT_GIVEN,
        username: str | NotGiven = NOT_GIVEN,
        role: Literal["admin", "member"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AddOrganizationMemberResponse:
        """Add Member

        Add an existing Turso user to an organization.

        Args:
            organization_slug: The name of the organization or user. Defaults to the client's value.
            username: The username of an existing Turso user.
            role: The role given to the user.

                One of: `admin`, `member`.
        """

        return await self._client.request(
            "post",
            "/v1/organizations/{organizationName}/members",
            path_params={
                "organizationName": self._client.client_param(
                    "organization_slug", organization_slug
                ),
            },
            json={
                "username": username,
                "role": role,
                "email": email,
            },
            response_type=AddOrganizationMemberResponse,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def remove(
        self,
        username: str,
        *,
        organization_slug: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RemoveOrganizationMemberResponse:
        """Remove Member

        Remove a user from the organization by username.

        Args:
            organization_slug: The name of the organization or user. Defaults to the client's value.
            username: The username of a Turso user or organization member.
        """

        return await self._client.request(
            "delete",
            "/v1/organizations/{organizationName}/members/{username}",
            path_params={
                "organizationName": self._client.client_param(
                    "organization_slug", organization_slug
                ),
                "username": username,
            },
            response_type=RemoveOrganizationMemberResponse,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )


class AsyncMembersWithRawResponse:
    def __init__(self, resource: AsyncMembers) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.add = async_to_raw_response_wrapper(resource.add)
        self.remove = async_to_raw_response_wrapper(resource.remove)

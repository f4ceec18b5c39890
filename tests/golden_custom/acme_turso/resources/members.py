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
    GetOrganizationMemberResponse,
    ListOrganizationMembersResponse,
    RemoveOrganizationMemberResponse,
    UpdateMemberRoleResponse,
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
        org: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ListOrganizationMembersResponse:
        """List Members

        Returns a list of members part of the organization.

        Args:
            org: The slug of the organization or user account. Defaults to the client's value.
        """

        return self._client.request(
            "get",
            "/v1/organizations/{organizationSlug}/members",
            path_params={
                "organizationSlug": self._client.client_param("org", org),
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
        org: str | NotGiven = NOT_GIVEN,
        username: str | NotGiven = NOT_GIVEN,
        role: Literal["admin", "member", "viewer"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AddOrganizationMemberResponse:
        """Add Member

        Add an existing Turso user to an organization.

        Args:
            org: The slug of the organization or user account. Defaults to the client's value.
            username: The username of an existing Turso user.
            role: The role given to the user.

                One of: `admin`, `member`, `viewer`.
        """

        return self._client.request(
            "post",
            "/v1/organizations/{organizationSlug}/members",
            path_params={
                "organizationSlug": self._client.client_param("org", org),
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

    def get(
        self,
        username: str,
        *,
        org: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GetOrganizationMemberResponse:
        """Retrieve Member

        Retrieve details of a specific member in the organization.

        Args:
            org: The slug of the organization or user account. Defaults to the client's value.
            username: The username of a Turso user or organization member.
        """

        return self._client.request(
            "get",
            "/v1/organizations/{organizationSlug}/members/{username}",
            path_params={
                "organizationSlug": self._client.client_param("org", org),
                "username": username,
            },
            response_type=GetOrganizationMemberResponse,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    def update_role(
        self,
        username: str,
        *,
        role: Literal["admin", "member", "viewer"],
        org: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> UpdateMemberRoleResponse:
        """Update Member Role

        Update the role of an organization member. Only organization admins or owners can perform this action.

        Args:
            org: The slug of the organization or user account. Defaults to the client's value.
            username: The username of a Turso user or organization member.
            role: The new role to assign to the member.

                One of: `admin`, `member`, `viewer`.
        """

        return self._client.request(
            "patch",
            "/v1/organizations/{organizationSlug}/members/{username}",
            path_params={
                "organizationSlug": self._client.client_param("org", org),
                "username": username,
            },
            json={
                "role": role,
            },
            response_type=UpdateMemberRoleResponse,
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
        org: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RemoveOrganizationMemberResponse:
        """Remove Member

        Remove a user from the organization by username.

        Args:
            org: The slug of the organization or user account. Defaults to the client's value.
            username: The username of a Turso user or organization member.
        """

        return self._client.request(
            "delete",
            "/v1/organizations/{organizationSlug}/members/{username}",
            path_params={
                "organizationSlug": self._client.client_param("org", org),
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
        self.get = to_raw_response_wrapper(resource.get)
        self.update_role = to_raw_response_wrapper(resource.update_role)
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
        org: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ListOrganizationMembersResponse:
        """List Members

        Returns a list of members part of the organization.

        Args:
            org: The slug of the organization or user account. Defaults to the client's value.
        """

        return await self._client.request(
            "get",
            "/v1/organizations/{organizationSlug}/members",
            path_params={
                "organizationSlug": self._client.client_param("org", org),
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
        org: str | NotGiven = NOT_GIVEN,
        username: str | NotGiven = NOT_GIVEN,
        role: Literal["admin", "member", "viewer"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AddOrganizationMemberResponse:
        """Add Member

        Add an existing Turso user to an organization.

        Args:
            org: The slug of the organization or user account. Defaults to the client's value.
            username: The username of an existing Turso user.
            role: The role given to the user.

                One of: `admin`, `member`, `viewer`.
        """

        return await self._client.request(
            "post",
            "/v1/organizations/{organizationSlug}/members",
            path_params={
                "organizationSlug": self._client.client_param("org", org),
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

    async def get(
        self,
        username: str,
        *,
        org: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GetOrganizationMemberResponse:
        """Retrieve Member

        Retrieve details of a specific member in the organization.

        Args:
            org: The slug of the organization or user account. Defaults to the client's value.
            username: The username of a Turso user or organization member.
        """

        return await self._client.request(
            "get",
            "/v1/organizations/{organizationSlug}/members/{username}",
            path_params={
                "organizationSlug": self._client.client_param("org", org),
                "username": username,
            },
            response_type=GetOrganizationMemberResponse,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def update_role(
        self,
        username: str,
        *,
        role: Literal["admin", "member", "viewer"],
        org: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> UpdateMemberRoleResponse:
        """Update Member Role

        Update the role of an organization member. Only organization admins or owners can perform this action.

        Args:
            org: The slug of the organization or user account. Defaults to the client's value.
            username: The username of a Turso user or organization member.
            role: The new role to assign to the member.

                One of: `admin`, `member`, `viewer`.
        """

        return await self._client.request(
            "patch",
            "/v1/organizations/{organizationSlug}/members/{username}",
            path_params={
                "organizationSlug": self._client.client_param("org", org),
                "username": username,
            },
            json={
                "role": role,
            },
            response_type=UpdateMemberRoleResponse,
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
        org: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RemoveOrganizationMemberResponse:
        """Remove Member

        Remove a user from the organization by username.

        Args:
            org: The slug of the organization or user account. Defaults to the client's value.
            username: The username of a Turso user or organization member.
        """

        return await self._client.request(
            "delete",
            "/v1/organizations/{organizationSlug}/members/{username}",
            path_params={
                "organizationSlug": self._client.client_param("org", org),
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
        self.get = async_to_raw_response_wrapper(resource.get)
        self.update_role = async_to_raw_response_wrapper(resource.update_role)
        self.remove = async_to_raw_response_wrapper(resource.remove)

"""The `invites` resource of the Turso Platform API."""

from __future__ import annotations

from functools import cached_property
from typing import Literal

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
from ..models import InviteOrganizationMemberResponse, ListOrganizationInvitesResponse

__all__ = ["AsyncInvites", "Invites"]


class Invites(SyncAPIResource):
    """Operations on invites."""

    @cached_property
    def with_raw_response(self) -> InvitesWithRawResponse:
        """The same methods, returning the raw HTTP response (status, headers) with the parsed body."""
        return InvitesWithRawResponse(self)

    def list(
        self,
        *,
        organization_slug: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ListOrganizationInvitesResponse:
        """List Invites

        Returns a list of invites for the organization.

        Args:
            organization_slug: The name of the organization or user. Defaults to the client's value.
        """

        return self._client.request(
            "get",
            "/v1/organizations/{organizationName}/invites",
            path_params={
                "organizationName": self._client.client_param(
                    "organization_slug", organization_slug
                ),
            },
            response_type=ListOrganizationInvitesResponse,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    def invite_member(
        self,
        *,
        email: str,
        organization_slug: str | NotGiven = NOT_GIVEN,
        role: Literal["admin", "member"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> InviteOrganizationMemberResponse:
        """Invite Organization Member

        Invite a user (who isn't already a Turso user) to an organization.

        Args:
            organization_slug: The name of the organization or user. Defaults to the client's value.
            email: The email of the user you want to invite.
            role: The role given to the user.

                One of: `admin`, `member`.
        """

        return self._client.request(
            "post",
            "/v1/organizations/{organizationName}/invites",
            path_params={
                "organizationName": self._client.client_param(
                    "organization_slug", organization_slug
                ),
            },
            json={
                "email": email,
                "role": role,
            },
            response_type=InviteOrganizationMemberResponse,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    def delete_by_email(
        self,
        email: str,
        *,
        organization_slug: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete Invite

        Delete an invite for the organization by email.

        Args:
            organization_slug: The name of the organization or user. Defaults to the client's value.
            email: The email of the user invited.
        """

        self._client.request(
            "delete",
            "/v1/organizations/{organizationName}/invites/{email}",
            path_params={
                "organizationName": self._client.client_param(
                    "organization_slug", organization_slug
                ),
                "email": email,
            },
            response_type=type(None),
            response_kind="empty",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )


class InvitesWithRawResponse:
    def __init__(self, resource: Invites) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.invite_member = to_raw_response_wrapper(resource.invite_member)
        self.delete_by_email = to_raw_response_wrapper(resource.delete_by_email)


class AsyncInvites(AsyncAPIResource):
    """Operations on invites."""

    @cached_property
    def with_raw_response(self) -> AsyncInvitesWithRawResponse:
        """The same methods, returning the raw HTTP response (status, headers) with the parsed body."""
        return AsyncInvitesWithRawResponse(self)

    async def list(
        self,
        *,
        organization_slug: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ListOrganizationInvitesResponse:
        """List Invites

        Returns a list of invites for the organization.

        Args:
            organization_slug: The name of the organization or user. Defaults to the client's value.
        """

        return await self._client.request(
            "get",
            "/v1/organizations/{organizationName}/invites",
            path_params={
                "organizationName": self._client.client_param(
                    "organization_slug", organization_slug
                ),
            },
            response_type=ListOrganizationInvitesResponse,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def invite_member(
        self,
        *,
        email: str,
        organization_slug: str | NotGiven = NOT_GIVEN,
        role: Literal["admin", "member"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> InviteOrganizationMemberResponse:
        """Invite Organization Member

        Invite a user (who isn't already a Turso user) to an organization.

        Args:
            organization_slug: The name of the organization or user. Defaults to the client's value.
            email: The email of the user you want to invite.
            role: The role given to the user.

                One of: `admin`, `member`.
        """

        return await self._client.request(
            "post",
            "/v1/organizations/{organizationName}/invites",
            path_params={
                "organizationName": self._client.client_param(
                    "organization_slug", organization_slug
                ),
            },
            json={
                "email": email,
                "role": role,
            },
            response_type=InviteOrganizationMemberResponse,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def delete_by_email(
        self,
        email: str,
        *,
        organization_slug: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete Invite

        Delete an invite for the organization by email.

        Args:
            organization_slug: The name of the organization or user. Defaults to the client's value.
            email: The email of the user invited.
        """

        await self._client.request(
            "delete",
            "/v1/organizations/{organizationName}/invites/{email}",
            path_params={
                "organizationName": self._client.client_param(
                    "organization_slug", organization_slug
                ),
                "email": email,
            },
            response_type=type(None),
            response_kind="empty",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )


class AsyncInvitesWithRawResponse:
    def __init__(self, resource: AsyncInvites) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.invite_member = async_to_raw_response_wrapper(resource.invite_member)
        self.delete_by_email = async_to_raw_response_wrapper(resource.delete_by_email)

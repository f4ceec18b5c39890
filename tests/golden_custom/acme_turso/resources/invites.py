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
from ..models import (
    InviteOrganizationMemberV2Response,
    ListOrganizationInvitesV2Response,
)

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
        org: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ListOrganizationInvitesV2Response:
        """List Invites

        Returns a list of pending invites for the organization.

        Args:
            org: The slug of the organization or user account. Defaults to the client's value.
        """

        return self._client.request(
            "get",
            "/v2/organizations/{organizationSlug}/invites",
            path_params={
                "organizationSlug": self._client.client_param("org", org),
            },
            response_type=ListOrganizationInvitesV2Response,
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
        org: str | NotGiven = NOT_GIVEN,
        email: str | NotGiven = NOT_GIVEN,
        username: str | NotGiven = NOT_GIVEN,
        role: Literal["admin", "member", "viewer"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> InviteOrganizationMemberV2Response:
        """Invite Organization Member

        Invite a user to an organization. If the user isn't already registered with Turso, they will receive a signup link. If an existing pending invite exists for the same email, it will be replaced.

        Args:
            org: The slug of the organization or user account. Defaults to the client's value.
            email: The email of the user you want to invite. Exactly one of email or username must be provided.
            username: The username of an existing Turso user you want to invite. Exactly one of email or username must be provided.
            role: The role given to the user.

                One of: `admin`, `member`, `viewer`.
        """

        return self._client.request(
            "post",
            "/v2/organizations/{organizationSlug}/invites",
            path_params={
                "organizationSlug": self._client.client_param("org", org),
            },
            json={
                "email": email,
                "username": username,
                "role": role,
            },
            response_type=InviteOrganizationMemberV2Response,
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
        org: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete Invite

        Delete a pending invite for the organization by email.

        Args:
            org: The slug of the organization or user account. Defaults to the client's value.
            email: The email of the user invited.
        """

        self._client.request(
            "delete",
            "/v2/organizations/{organizationSlug}/invites/{email}",
            path_params={
                "organizationSlug": self._client.client_param("org", org),
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
        org: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ListOrganizationInvitesV2Response:
        """List Invites

        Returns a list of pending invites for the organization.

        Args:
            org: The slug of the organization or user account. Defaults to the client's value.
        """

        return await self._client.request(
            "get",
            "/v2/organizations/{organizationSlug}/invites",
            path_params={
                "organizationSlug": self._client.client_param("org", org),
            },
            response_type=ListOrganizationInvitesV2Response,
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
        org: str | NotGiven = NOT_GIVEN,
        email: str | NotGiven = NOT_GIVEN,
        username: str | NotGiven = NOT_GIVEN,
        role: Literal["admin", "member", "viewer"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> InviteOrganizationMemberV2Response:
        """Invite Organization Member

        Invite a user to an organization. If the user isn't already registered with Turso, they will receive a signup link. If an existing pending invite exists for the same email, it will be replaced.

        Args:
            org: The slug of the organization or user account. Defaults to the client's value.
            email: The email of the user you want to invite. Exactly one of email or username must be provided.
            username: The username of an existing Turso user you want to invite. Exactly one of email or username must be provided.
            role: The role given to the user.

                One of: `admin`, `member`, `viewer`.
        """

        return await self._client.request(
            "post",
            "/v2/organizations/{organizationSlug}/invites",
            path_params={
                "organizationSlug": self._client.client_param("org", org),
            },
            json={
                "email": email,
                "username": username,
                "role": role,
            },
            response_type=InviteOrganizationMemberV2Response,
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
        org: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete Invite

        Delete a pending invite for the organization by email.

        Args:
            org: The slug of the organization or user account. Defaults to the client's value.
            email: The email of the user invited.
        """

        await self._client.request(
            "delete",
            "/v2/organizations/{organizationSlug}/invites/{email}",
            path_params={
                "organizationSlug": self._client.client_param("org", org),
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

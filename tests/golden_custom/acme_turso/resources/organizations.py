"""The `organizations` resource of the Turso Platform API."""

from __future__ import annotations

import builtins
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
from ..models import GetOrganizationResponse, Organization, UpdateOrganizationResponse

__all__ = ["AsyncOrganizations", "Organizations"]


class Organizations(SyncAPIResource):
    """Operations on organizations."""

    @cached_property
    def with_raw_response(self) -> OrganizationsWithRawResponse:
        """The same methods, returning the raw HTTP response (status, headers) with the parsed body."""
        return OrganizationsWithRawResponse(self)

    def list(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> builtins.list[Organization]:
        """List Organizations

        Returns a list of organizations the authenticated user owns or is a member of.
        """

        return self._client.request(
            "get",
            "/v1/organizations",
            response_type=builtins.list[Organization],
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
        *,
        org: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GetOrganizationResponse:
        """Retrieve Organization

        Retrieve details of a specific organization.

        Args:
            org: The slug of the organization or user account. Defaults to the client's value.
        """

        return self._client.request(
            "get",
            "/v1/organizations/{organizationSlug}",
            path_params={
                "organizationSlug": self._client.client_param("org", org),
            },
            response_type=GetOrganizationResponse,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    def update(
        self,
        *,
        org: str | NotGiven = NOT_GIVEN,
        overages: bool | NotGiven = NOT_GIVEN,
        require_mfa: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> UpdateOrganizationResponse:
        """Update Organization

        Update an organization you own or are a member of.

        Args:
            org: The slug of the organization or user account. Defaults to the client's value.
            overages: Enable or disable overages for the organization.
            require_mfa: Require all members of the organization to have multi-factor authentication enabled. The requesting user must have MFA enabled on their own account before enabling this requirement.
        """

        return self._client.request(
            "patch",
            "/v1/organizations/{organizationSlug}",
            path_params={
                "organizationSlug": self._client.client_param("org", org),
            },
            json={
                "overages": overages,
                "require_mfa": require_mfa,
            },
            response_type=UpdateOrganizationResponse,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )


class OrganizationsWithRawResponse:
    def __init__(self, resource: Organizations) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.get = to_raw_response_wrapper(resource.get)
        self.update = to_raw_response_wrapper(resource.update)


class AsyncOrganizations(AsyncAPIResource):
    """Operations on organizations."""

    @cached_property
    def with_raw_response(self) -> AsyncOrganizationsWithRawResponse:
        """The same methods, returning the raw HTTP response (status, headers) with the parsed body."""
        return AsyncOrganizationsWithRawResponse(self)

    async def list(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> builtins.list[Organization]:
        """List Organizations

        Returns a list of organizations the authenticated user owns or is a member of.
        """

        return await self._client.request(
            "get",
            "/v1/organizations",
            response_type=builtins.list[Organization],
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
        *,
        org: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GetOrganizationResponse:
        """Retrieve Organization

        Retrieve details of a specific organization.

        Args:
            org: The slug of the organization or user account. Defaults to the client's value.
        """

        return await self._client.request(
            "get",
            "/v1/organizations/{organizationSlug}",
            path_params={
                "organizationSlug": self._client.client_param("org", org),
            },
            response_type=GetOrganizationResponse,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def update(
        self,
        *,
        org: str | NotGiven = NOT_GIVEN,
        overages: bool | NotGiven = NOT_GIVEN,
        require_mfa: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> UpdateOrganizationResponse:
        """Update Organization

        Update an organization you own or are a member of.

        Args:
            org: The slug of the organization or user account. Defaults to the client's value.
            overages: Enable or disable overages for the organization.
            require_mfa: Require all members of the organization to have multi-factor authentication enabled. The requesting user must have MFA enabled on their own account before enabling this requirement.
        """

        return await self._client.request(
            "patch",
            "/v1/organizations/{organizationSlug}",
            path_params={
                "organizationSlug": self._client.client_param("org", org),
            },
            json={
                "overages": overages,
                "require_mfa": require_mfa,
            },
            response_type=UpdateOrganizationResponse,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )


class AsyncOrganizationsWithRawResponse:
    def __init__(self, resource: AsyncOrganizations) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.update = async_to_raw_response_wrapper(resource.update)

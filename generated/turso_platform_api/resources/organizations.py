"""The `organizations` resource of the Turso Platform API."""

from __future__ import annotations

import builtins
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
    GetOrganizationResponse,
    GetOrganizationSubscriptionResponse,
    GetOrganizationUsageResponse,
    ListOrganizationAPITokensResponse,
    ListOrganizationInvoicesResponse,
    ListOrganizationPlansResponse,
    Organization,
    RevokeOrganizationAPITokenResponse,
    UpdateOrganizationResponse,
)

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
        organization_slug: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GetOrganizationResponse:
        """Retrieve Organization

        Retrieve details of a specific organization.

        Args:
            organization_slug: The slug of the organization or user account. Defaults to the client's value.
        """

        return self._client.request(
            "get",
            "/v1/organizations/{organizationSlug}",
            path_params={
                "organizationSlug": self._client.client_param(
                    "organization_slug", organization_slug
                ),
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
        organization_slug: str | NotGiven = NOT_GIVEN,
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
            organization_slug: The slug of the organization or user account. Defaults to the client's value.
            overages: Enable or disable overages for the organization.
            require_mfa: Require all members of the organization to have multi-factor authentication enabled. The requesting user must have MFA enabled on their own account before enabling this requirement.
        """

        return self._client.request(
            "patch",
            "/v1/organizations/{organizationSlug}",
            path_params={
                "organizationSlug": self._client.client_param(
                    "organization_slug", organization_slug
                ),
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

    def list_plans(
        self,
        *,
        organization_slug: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ListOrganizationPlansResponse:
        """List Plans

        Returns a list of available plans and their quotas.

        Args:
            organization_slug: The slug of the organization or user account. Defaults to the client's value.
        """

        return self._client.request(
            "get",
            "/v1/organizations/{organizationSlug}/plans",
            path_params={
                "organizationSlug": self._client.client_param(
                    "organization_slug", organization_slug
                ),
            },
            response_type=ListOrganizationPlansResponse,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    def list_invoices(
        self,
        *,
        organization_slug: str | NotGiven = NOT_GIVEN,
        type_: Literal["all", "upcoming", "issued"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ListOrganizationInvoicesResponse:
        """List Invoices

        Returns a list of invoices for the organization.

        Args:
            organization_slug: The slug of the organization or user account. Defaults to the client's value.
            type_: The type of invoice to retrieve.
        """

        return self._client.request(
            "get",
            "/v1/organizations/{organizationSlug}/invoices",
            path_params={
                "organizationSlug": self._client.client_param(
                    "organization_slug", organization_slug
                ),
            },
            query={
                "type": type_,
            },
            response_type=ListOrganizationInvoicesResponse,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    def get_subscription(
        self,
        *,
        organization_slug: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GetOrganizationSubscriptionResponse:
        """Current Subscription

        Returns the current subscription details for the organization.

        Args:
            organization_slug: The slug of the organization or user account. Defaults to the client's value.
        """

        return self._client.request(
            "get",
            "/v1/organizations/{organizationSlug}/subscription",
            path_params={
                "organizationSlug": self._client.client_param(
                    "organization_slug", organization_slug
                ),
            },
            response_type=GetOrganizationSubscriptionResponse,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    def get_usage(
        self,
        *,
        organization_slug: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GetOrganizationUsageResponse:
        """Organization Usage

        Fetch current billing cycle usage for an organization.

        Args:
            organization_slug: The slug of the organization or user account. Defaults to the client's value.
        """

        return self._client.request(
            "get",
            "/v1/organizations/{organizationSlug}/usage",
            path_params={
                "organizationSlug": self._client.client_param(
                    "organization_slug", organization_slug
                ),
            },
            response_type=GetOrganizationUsageResponse,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    def list_api_tokens(
        self,
        *,
        organization_slug: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ListOrganizationAPITokensResponse:
        """List Organization API Tokens

        Returns the API tokens scoped to this organization (both organization-scoped and group-scoped). Unrestricted tokens are not returned here — manage those via [`GET /v1/auth/api-tokens`](/api-reference/tokens/list).

        Authorization is symmetric with the revoke endpoint:

        - **Admins and owners** see every token scoped to the organization, with the minting user attached in the `owner` field.
        - **Members and viewers** see only tokens they minted themselves.

        This mirrors the personal-access-token model used in GitHub organization settings: admins get the full attribution list; everyone else sees their own access.

        Args:
            organization_slug: The slug of the organization or user account. Defaults to the client's value.
        """

        return self._client.request(
            "get",
            "/v1/organizations/{organizationSlug}/api-tokens",
            path_params={
                "organizationSlug": self._client.client_param(
                    "organization_slug", organization_slug
                ),
            },
            response_type=ListOrganizationAPITokensResponse,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    def revoke_api_token(
        self,
        token_id: str,
        *,
        organization_slug: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RevokeOrganizationAPITokenResponse:
        """Revoke Organization API Token

        Revokes a token scoped to this organization.

        The path takes a token **ID**, not a name, because names are unique per user but not across users — an admin revoking a member's token can't disambiguate by name alone.

        Authorization is symmetric with the list endpoint:

        - **Admins and owners** can revoke any token scoped to the organization (org-scoped or group-scoped, regardless of who minted it).
        - **Members and viewers** can revoke only tokens they minted themselves.

        A token scoped to a different organization returns `404`, not `403`, so the endpoint does not leak the existence of cross-org token IDs. Unrestricted tokens are also unreachable here and must be revoked via [`DELETE /v1/auth/api-tokens/{tokenName}`](/api-reference/tokens/revoke).

        Args:
            organization_slug: The slug of the organization or user account. Defaults to the client's value.
            token_id: The ID of the token to revoke (from the list endpoint).
        """

        return self._client.request(
            "delete",
            "/v1/organizations/{organizationSlug}/api-tokens/{tokenId}",
            path_params={
                "organizationSlug": self._client.client_param(
                    "organization_slug", organization_slug
                ),
                "tokenId": token_id,
            },
            response_type=RevokeOrganizationAPITokenResponse,
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
        self.list_plans = to_raw_response_wrapper(resource.list_plans)
        self.list_invoices = to_raw_response_wrapper(resource.list_invoices)
        self.get_subscription = to_raw_response_wrapper(resource.get_subscription)
        self.get_usage = to_raw_response_wrapper(resource.get_usage)
        self.list_api_tokens = to_raw_response_wrapper(resource.list_api_tokens)
        self.revoke_api_token = to_raw_response_wrapper(resource.revoke_api_token)


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
        organization_slug: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GetOrganizationResponse:
        """Retrieve Organization

        Retrieve details of a specific organization.

        Args:
            organization_slug: The slug of the organization or user account. Defaults to the client's value.
        """

        return await self._client.request(
            "get",
            "/v1/organizations/{organizationSlug}",
            path_params={
                "organizationSlug": self._client.client_param(
                    "organization_slug", organization_slug
                ),
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
        organization_slug: str | NotGiven = NOT_GIVEN,
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
            organization_slug: The slug of the organization or user account. Defaults to the client's value.
            overages: Enable or disable overages for the organization.
            require_mfa: Require all members of the organization to have multi-factor authentication enabled. The requesting user must have MFA enabled on their own account before enabling this requirement.
        """

        return await self._client.request(
            "patch",
            "/v1/organizations/{organizationSlug}",
            path_params={
                "organizationSlug": self._client.client_param(
                    "organization_slug", organization_slug
                ),
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

    async def list_plans(
        self,
        *,
        organization_slug: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ListOrganizationPlansResponse:
        """List Plans

        Returns a list of available plans and their quotas.

        Args:
            organization_slug: The slug of the organization or user account. Defaults to the client's value.
        """

        return await self._client.request(
            "get",
            "/v1/organizations/{organizationSlug}/plans",
            path_params={
                "organizationSlug": self._client.client_param(
                    "organization_slug", organization_slug
                ),
            },
            response_type=ListOrganizationPlansResponse,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def list_invoices(
        self,
        *,
        organization_slug: str | NotGiven = NOT_GIVEN,
        type_: Literal["all", "upcoming", "issued"] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ListOrganizationInvoicesResponse:
        """List Invoices

        Returns a list of invoices for the organization.

        Args:
            organization_slug: The slug of the organization or user account. Defaults to the client's value.
            type_: The type of invoice to retrieve.
        """

        return await self._client.request(
            "get",
            "/v1/organizations/{organizationSlug}/invoices",
            path_params={
                "organizationSlug": self._client.client_param(
                    "organization_slug", organization_slug
                ),
            },
            query={
                "type": type_,
            },
            response_type=ListOrganizationInvoicesResponse,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def get_subscription(
        self,
        *,
        organization_slug: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GetOrganizationSubscriptionResponse:
        """Current Subscription

        Returns the current subscription details for the organization.

        Args:
            organization_slug: The slug of the organization or user account. Defaults to the client's value.
        """

        return await self._client.request(
            "get",
            "/v1/organizations/{organizationSlug}/subscription",
            path_params={
                "organizationSlug": self._client.client_param(
                    "organization_slug", organization_slug
                ),
            },
            response_type=GetOrganizationSubscriptionResponse,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def get_usage(
        self,
        *,
        organization_slug: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GetOrganizationUsageResponse:
        """Organization Usage

        Fetch current billing cycle usage for an organization.

        Args:
            organization_slug: The slug of the organization or user account. Defaults to the client's value.
        """

        return await self._client.request(
            "get",
            "/v1/organizations/{organizationSlug}/usage",
            path_params={
                "organizationSlug": self._client.client_param(
                    "organization_slug", organization_slug
                ),
            },
            response_type=GetOrganizationUsageResponse,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def list_api_tokens(
        self,
        *,
        organization_slug: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ListOrganizationAPITokensResponse:
        """List Organization API Tokens

        Returns the API tokens scoped to this organization (both organization-scoped and group-scoped). Unrestricted tokens are not returned here — manage those via [`GET /v1/auth/api-tokens`](/api-reference/tokens/list).

        Authorization is symmetric with the revoke endpoint:

        - **Admins and owners** see every token scoped to the organization, with the minting user attached in the `owner` field.
        - **Members and viewers** see only tokens they minted themselves.

        This mirrors the personal-access-token model used in GitHub organization settings: admins get the full attribution list; everyone else sees their own access.

        Args:
            organization_slug: The slug of the organization or user account. Defaults to the client's value.
        """

        return await self._client.request(
            "get",
            "/v1/organizations/{organizationSlug}/api-tokens",
            path_params={
                "organizationSlug": self._client.client_param(
                    "organization_slug", organization_slug
                ),
            },
            response_type=ListOrganizationAPITokensResponse,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def revoke_api_token(
        self,
        token_id: str,
        *,
        organization_slug: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RevokeOrganizationAPITokenResponse:
        """Revoke Organization API Token

        Revokes a token scoped to this organization.

        The path takes a token **ID**, not a name, because names are unique per user but not across users — an admin revoking a member's token can't disambiguate by name alone.

        Authorization is symmetric with the list endpoint:

        - **Admins and owners** can revoke any token scoped to the organization (org-scoped or group-scoped, regardless of who minted it).
        - **Members and viewers** can revoke only tokens they minted themselves.

        A token scoped to a different organization returns `404`, not `403`, so the endpoint does not leak the existence of cross-org token IDs. Unrestricted tokens are also unreachable here and must be revoked via [`DELETE /v1/auth/api-tokens/{tokenName}`](/api-reference/tokens/revoke).

        Args:
            organization_slug: The slug of the organization or user account. Defaults to the client's value.
            token_id: The ID of the token to revoke (from the list endpoint).
        """

        return await self._client.request(
            "delete",
            "/v1/organizations/{organizationSlug}/api-tokens/{tokenId}",
            path_params={
                "organizationSlug": self._client.client_param(
                    "organization_slug", organization_slug
                ),
                "tokenId": token_id,
            },
            response_type=RevokeOrganizationAPITokenResponse,
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
        self.list_plans = async_to_raw_response_wrapper(resource.list_plans)
        self.list_invoices = async_to_raw_response_wrapper(resource.list_invoices)
        self.get_subscription = async_to_raw_response_wrapper(resource.get_subscription)
        self.get_usage = async_to_raw_response_wrapper(resource.get_usage)
        self.list_api_tokens = async_to_raw_response_wrapper(resource.list_api_tokens)
        self.revoke_api_token = async_to_raw_response_wrapper(resource.revoke_api_token)

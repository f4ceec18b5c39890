"""The `api_tokens` resource of the Turso Platform API."""

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
from ..models import (
    ListOrganizationAPITokensResponse,
    RevokeOrganizationAPITokenResponse,
)

__all__ = ["ApiTokens", "AsyncApiTokens"]


class ApiTokens(SyncAPIResource):
    """Operations on api tokens."""

    @cached_property
    def with_raw_response(self) -> ApiTokensWithRawResponse:
        """The same methods, returning the raw HTTP response (status, headers) with the parsed body."""
        return ApiTokensWithRawResponse(self)

    def list(
        self,
        *,
        org: str | NotGiven = NOT_GIVEN,
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
            org: The slug of the organization or user account. Defaults to the client's value.
        """

        return self._client.request(
            "get",
            "/v1/organizations/{organizationSlug}/api-tokens",
            path_params={
                "organizationSlug": self._client.client_param("org", org),
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

    def revoke(
        self,
        token_id: str,
        *,
        org: str | NotGiven = NOT_GIVEN,
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
            org: The slug of the organization or user account. Defaults to the client's value.
            token_id: The ID of the token to revoke (from the list endpoint).
        """

        return self._client.request(
            "delete",
            "/v1/organizations/{organizationSlug}/api-tokens/{tokenId}",
            path_params={
                "organizationSlug": self._client.client_param("org", org),
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


class ApiTokensWithRawResponse:
    def __init__(self, resource: ApiTokens) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.revoke = to_raw_response_wrapper(resource.revoke)


class AsyncApiTokens(AsyncAPIResource):
    """Operations on api tokens."""

    @cached_property
    def with_raw_response(self) -> AsyncApiTokensWithRawResponse:
        """The same methods, returning the raw HTTP response (status, headers) with the parsed body."""
        return AsyncApiTokensWithRawResponse(self)

    async def list(
        self,
        *,
        org: str | NotGiven = NOT_GIVEN,
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
            org: The slug of the organization or user account. Defaults to the client's value.
        """

        return await self._client.request(
            "get",
            "/v1/organizations/{organizationSlug}/api-tokens",
            path_params={
                "organizationSlug": self._client.client_param("org", org),
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

    async def revoke(
        self,
        token_id: str,
        *,
        org: str | NotGiven = NOT_GIVEN,
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
            org: The slug of the organization or user account. Defaults to the client's value.
            token_id: The ID of the token to revoke (from the list endpoint).
        """

        return await self._client.request(
            "delete",
            "/v1/organizations/{organizationSlug}/api-tokens/{tokenId}",
            path_params={
                "organizationSlug": self._client.client_param("org", org),
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


class AsyncApiTokensWithRawResponse:
    def __init__(self, resource: AsyncApiTokens) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.revoke = async_to_raw_response_wrapper(resource.revoke)

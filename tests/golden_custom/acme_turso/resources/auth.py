"""The `auth` resource of the Turso Platform API."""

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
    CreateAPITokenResponse,
    ListAPITokensResponse,
    RevokeAPITokenResponse,
    ValidateAPITokenResponse,
)

__all__ = ["AsyncAuth", "Auth"]


class Auth(SyncAPIResource):
    """Operations on auth."""

    @cached_property
    def with_raw_response(self) -> AuthWithRawResponse:
        """The same methods, returning the raw HTTP response (status, headers) with the parsed body."""
        return AuthWithRawResponse(self)

    def validate_api_token(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ValidateAPITokenResponse:
        """Validate API Token

        Validates an API token belonging to a user.
        """

        return self._client.request(
            "get",
            "/v1/auth/validate",
            response_type=ValidateAPITokenResponse,
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
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ListAPITokensResponse:
        """List API Tokens

        Returns a list of API tokens belonging to a user.
        """

        return self._client.request(
            "get",
            "/v1/auth/api-tokens",
            response_type=ListAPITokensResponse,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    def create_api_token(
        self,
        token_name: str,
        *,
        organization: str | NotGiven = NOT_GIVEN,
        group: str | NotGiven = NOT_GIVEN,
        scopes: (
            list[
                Literal[
                    "read",
                    "db:create",
                    "db:delete",
                    "db:configure",
                    "db:mint-token",
                    "db:rotate-creds",
                    "group:configure",
                    "group:mint-token",
                    "group:rotate-creds",
                    "read-only",
                    "full-access",
                ]
            ]
            | NotGiven
        ) = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> CreateAPITokenResponse:
        """Create API Token

        Returns a new API token belonging to a user.

        The token can be minted at three levels of restriction, in increasing order of narrowness:

        - **Organization-scoped** — pass `organization`. The token can only act on resources inside that organization.
        - **Group-scoped** — pass `organization`, `group`, and `scopes`. The token is pinned to a single group inside the organization and only the operations listed in `scopes` are allowed. The caller must be an admin or owner of the organization.
        - **Unrestricted** *(deprecated)* — no request body. The token can act on every organization the caller belongs to. **Unrestricted tokens are deprecated and will be removed in a future release.** Always pass `organization` for new tokens and rotate existing unrestricted tokens to scoped tokens.

        Group-scoped tokens are designed for automations that should be able to provision and manage databases inside a single group without being able to touch the rest of the organization.

        Args:
            token_name: The name of the api token.
            organization: The organization slug to restrict this token to. Required when `group` is set.
            group: The group name (inside `organization`) to restrict this token to. Requires `organization` and a non-empty `scopes` list.
            scopes: Permissions to grant a group-scoped token. Each entry is either an individual scope or one of the presets `read-only` (expands to `read`) and `full-access` (expands to every scope). Required and must be non-empty when `group` is set. `db:mint-token` lets the token issue new SQL credentials; `db:rotate-creds` invalidates every existing SQL token for the database — they are deliberately separate because rotation is destructive.
        """

        return self._client.request(
            "post",
            "/v1/auth/api-tokens/{tokenName}",
            path_params={
                "tokenName": token_name,
            },
            json={
                "organization": organization,
                "group": group,
                "scopes": scopes,
            },
            response_type=CreateAPITokenResponse,
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
        token_name: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RevokeAPITokenResponse:
        """Revoke API Token

        Revokes the provided API token belonging to a user.

        Args:
            token_name: The name of the api token.
        """

        return self._client.request(
            "delete",
            "/v1/auth/api-tokens/{tokenName}",
            path_params={
                "tokenName": token_name,
            },
            response_type=RevokeAPITokenResponse,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )


class AuthWithRawResponse:
    def __init__(self, resource: Auth) -> None:
        self.validate_api_token = to_raw_response_wrapper(resource.validate_api_token)
        self.list_api_tokens = to_raw_response_wrapper(resource.list_api_tokens)
        self.create_api_token = to_raw_response_wrapper(resource.create_api_token)
        self.revoke_api_token = to_raw_response_wrapper(resource.revoke_api_token)


class AsyncAuth(AsyncAPIResource):
    """Operations on auth."""

    @cached_property
    def with_raw_response(self) -> AsyncAuthWithRawResponse:
        """The same methods, returning the raw HTTP response (status, headers) with the parsed body."""
        return AsyncAuthWithRawResponse(self)

    async def validate_api_token(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ValidateAPITokenResponse:
        """Validate API Token

        Validates an API token belonging to a user.
        """

        return await self._client.request(
            "get",
            "/v1/auth/validate",
            response_type=ValidateAPITokenResponse,
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
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ListAPITokensResponse:
        """List API Tokens

        Returns a list of API tokens belonging to a user.
        """

        return await self._client.request(
            "get",
            "/v1/auth/api-tokens",
            response_type=ListAPITokensResponse,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def create_api_token(
        self,
        token_name: str,
        *,
        organization: str | NotGiven = NOT_GIVEN,
        group: str | NotGiven = NOT_GIVEN,
        scopes: (
            list[
                Literal[
                    "read",
                    "db:create",
                    "db:delete",
                    "db:configure",
                    "db:mint-token",
                    "db:rotate-creds",
                    "group:configure",
                    "group:mint-token",
                    "group:rotate-creds",
                    "read-only",
                    "full-access",
                ]
            ]
            | NotGiven
        ) = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> CreateAPITokenResponse:
        """Create API Token

        Returns a new API token belonging to a user.

        The token can be minted at three levels of restriction, in increasing order of narrowness:

        - **Organization-scoped** — pass `organization`. The token can only act on resources inside that organization.
        - **Group-scoped** — pass `organization`, `group`, and `scopes`. The token is pinned to a single group inside the organization and only the operations listed in `scopes` are allowed. The caller must be an admin or owner of the organization.
        - **Unrestricted** *(deprecated)* — no request body. The token can act on every organization the caller belongs to. **Unrestricted tokens are deprecated and will be removed in a future release.** Always pass `organization` for new tokens and rotate existing unrestricted tokens to scoped tokens.

        Group-scoped tokens are designed for automations that should be able to provision and manage databases inside a single group without being able to touch the rest of the organization.

        Args:
            token_name: The name of the api token.
            organization: The organization slug to restrict this token to. Required when `group` is set.
            group: The group name (inside `organization`) to restrict this token to. Requires `organization` and a non-empty `scopes` list.
            scopes: Permissions to grant a group-scoped token. Each entry is either an individual scope or one of the presets `read-only` (expands to `read`) and `full-access` (expands to every scope). Required and must be non-empty when `group` is set. `db:mint-token` lets the token issue new SQL credentials; `db:rotate-creds` invalidates every existing SQL token for the database — they are deliberately separate because rotation is destructive.
        """

        return await self._client.request(
            "post",
            "/v1/auth/api-tokens/{tokenName}",
            path_params={
                "tokenName": token_name,
            },
            json={
                "organization": organization,
                "group": group,
                "scopes": scopes,
            },
            response_type=CreateAPITokenResponse,
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
        token_name: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RevokeAPITokenResponse:
        """Revoke API Token

        Revokes the provided API token belonging to a user.

        Args:
            token_name: The name of the api token.
        """

        return await self._client.request(
            "delete",
            "/v1/auth/api-tokens/{tokenName}",
            path_params={
                "tokenName": token_name,
            },
            response_type=RevokeAPITokenResponse,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )


class AsyncAuthWithRawResponse:
    def __init__(self, resource: AsyncAuth) -> None:
        self.validate_api_token = async_to_raw_response_wrapper(
            resource.validate_api_token
        )
        self.list_api_tokens = async_to_raw_response_wrapper(resource.list_api_tokens)
        self.create_api_token = async_to_raw_response_wrapper(resource.create_api_token)
        self.revoke_api_token = async_to_raw_response_wrapper(resource.revoke_api_token)

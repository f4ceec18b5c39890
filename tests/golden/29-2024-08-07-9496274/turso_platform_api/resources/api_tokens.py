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
    CreateAPITokenResponse,
    ListAPITokensResponse,
    RevokeAPITokenResponse,
    ValidateAPITokenResponse,
)

__all__ = ["ApiTokens", "AsyncApiTokens"]


class ApiTokens(SyncAPIResource):
    """Operations on api tokens."""

    @cached_property
    def with_raw_response(self) -> ApiTokensWithRawResponse:
        """The same methods, returning the raw HTTP response (status, headers) with the parsed body."""
        return ApiTokensWithRawResponse(self)

    def validate(
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

    def list(
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

    def create(
        self,
        token_name: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> CreateAPITokenResponse:
        """Create API Token

        Returns a new API token belonging to a user.

        Args:
            token_name: The name of the api token.
        """

        return self._client.request(
            "post",
            "/v1/auth/api-tokens/{tokenName}",
            path_params={
                "tokenName": token_name,
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

    def revoke(
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


class ApiTokensWithRawResponse:
    def __init__(self, resource: ApiTokens) -> None:
        self.validate = to_raw_response_wrapper(resource.validate)
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.revoke = to_raw_response_wrapper(resource.revoke)


class AsyncApiTokens(AsyncAPIResource):
    """Operations on api tokens."""

    @cached_property
    def with_raw_response(self) -> AsyncApiTokensWithRawResponse:
        """The same methods, returning the raw HTTP response (status, headers) with the parsed body."""
        return AsyncApiTokensWithRawResponse(self)

    async def validate(
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

    async def list(
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

    async def create(
        self,
        token_name: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> CreateAPITokenResponse:
        """Create API Token

        Returns a new API token belonging to a user.

        Args:
            token_name: The name of the api token.
        """

        return await self._client.request(
            "post",
            "/v1/auth/api-tokens/{tokenName}",
            path_params={
                "tokenName": token_name,
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

    async def revoke(
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


class AsyncApiTokensWithRawResponse:
    def __init__(self, resource: AsyncApiTokens) -> None:
        self.validate = async_to_raw_response_wrapper(resource.validate)
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.revoke = async_to_raw_response_wrapper(resource.revoke)

"""The `usage` resource of the Turso Platform API."""

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
from ..models import GetOrganizationUsageResponse

__all__ = ["AsyncUsage", "Usage"]


class Usage(SyncAPIResource):
    """Operations on usage."""

    @cached_property
    def with_raw_response(self) -> UsageWithRawResponse:
        """The same methods, returning the raw HTTP response (status, headers) with the parsed body."""
        return UsageWithRawResponse(self)

    def get(
        self,
        *,
        org: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GetOrganizationUsageResponse:
        """Organization Usage

        Fetch current billing cycle usage for an organization.

        Args:
            org: The slug of the organization or user account. Defaults to the client's value.
        """

        return self._client.request(
            "get",
            "/v1/organizations/{organizationSlug}/usage",
            path_params={
                "organizationSlug": self._client.client_param("org", org),
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


class UsageWithRawResponse:
    def __init__(self, resource: Usage) -> None:
        self.get = to_raw_response_wrapper(resource.get)


class AsyncUsage(AsyncAPIResource):
    """Operations on usage."""

    @cached_property
    def with_raw_response(self) -> AsyncUsageWithRawResponse:
        """The same methods, returning the raw HTTP response (status, headers) with the parsed body."""
        return AsyncUsageWithRawResponse(self)

    async def get(
        self,
        *,
        org: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GetOrganizationUsageResponse:
        """Organization Usage

        Fetch current billing cycle usage for an organization.

        Args:
            org: The slug of the organization or user account. Defaults to the client's value.
        """

        return await self._client.request(
            "get",
            "/v1/organizations/{organizationSlug}/usage",
            path_params={
                "organizationSlug": self._client.client_param("org", org),
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


class AsyncUsageWithRawResponse:
    def __init__(self, resource: AsyncUsage) -> None:
        self.get = async_to_raw_response_wrapper(resource.get)

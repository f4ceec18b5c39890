"""The `plans` resource of the Turso Platform API."""

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
from ..models import ListOrganizationPlansResponse

__all__ = ["AsyncPlans", "Plans"]


class Plans(SyncAPIResource):
    """Operations on plans."""

    @cached_property
    def with_raw_response(self) -> PlansWithRawResponse:
        """The same methods, returning the raw HTTP response (status, headers) with the parsed body."""
        return PlansWithRawResponse(self)

    def list(
        self,
        *,
        org: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ListOrganizationPlansResponse:
        """List Plans

        Returns a list of available plans and their quotas.

        Args:
            org: The slug of the organization or user account. Defaults to the client's value.
        """

        return self._client.request(
            "get",
            "/v1/organizations/{organizationSlug}/plans",
            path_params={
                "organizationSlug": self._client.client_param("org", org),
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


class PlansWithRawResponse:
    def __init__(self, resource: Plans) -> None:
        self.list = to_raw_response_wrapper(resource.list)


class AsyncPlans(AsyncAPIResource):
    """Operations on plans."""

    @cached_property
    def with_raw_response(self) -> AsyncPlansWithRawResponse:
        """The same methods, returning the raw HTTP response (status, headers) with the parsed body."""
        return AsyncPlansWithRawResponse(self)

    async def list(
        self,
        *,
        org: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ListOrganizationPlansResponse:
        """List Plans

        Returns a list of available plans and their quotas.

        Args:
            org: The slug of the organization or user account. Defaults to the client's value.
        """

        return await self._client.request(
            "get",
            "/v1/organizations/{organizationSlug}/plans",
            path_params={
                "organizationSlug": self._client.client_param("org", org),
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


class AsyncPlansWithRawResponse:
    def __init__(self, resource: AsyncPlans) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)

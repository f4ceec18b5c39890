"""The `invoices` resource of the Turso Platform API."""

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
from ..models import ListOrganizationInvoicesResponse

__all__ = ["AsyncInvoices", "Invoices"]


class Invoices(SyncAPIResource):
    """Operations on invoices."""

    @cached_property
    def with_raw_response(self) -> InvoicesWithRawResponse:
        """The same methods, returning the raw HTTP response (status, headers) with the parsed body."""
        return InvoicesWithRawResponse(self)

    def list(
        self,
        *,
        org: str | NotGiven = NOT_GIVEN,
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
            org: The slug of the organization or user account. Defaults to the client's value.
            type_: The type of invoice to retrieve.
        """

        return self._client.request(
            "get",
            "/v1/organizations/{organizationSlug}/invoices",
            path_params={
                "organizationSlug": self._client.client_param("org", org),
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


class InvoicesWithRawResponse:
    def __init__(self, resource: Invoices) -> None:
        self.list = to_raw_response_wrapper(resource.list)


class AsyncInvoices(AsyncAPIResource):
    """Operations on invoices."""

    @cached_property
    def with_raw_response(self) -> AsyncInvoicesWithRawResponse:
        """The same methods, returning the raw HTTP response (status, headers) with the parsed body."""
        return AsyncInvoicesWithRawResponse(self)

    async def list(
        self,
        *,
        org: str | NotGiven = NOT_GIVEN,
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
            org: The slug of the organization or user account. Defaults to the client's value.
            type_: The type of invoice to retrieve.
        """

        return await self._client.request(
            "get",
            "/v1/organizations/{organizationSlug}/invoices",
            path_params={
                "organizationSlug": self._client.client_param("org", org),
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


class AsyncInvoicesWithRawResponse:
    def __init__(self, resource: AsyncInvoices) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)

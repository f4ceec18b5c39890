"""The `audit_logs` resource of the Turso Platform API."""

from __future__ import annotations

from functools import cached_property

from .._runtime import (
    NOT_GIVEN,
    AsyncAPIResource,
    AsyncPaginator,
    Body,
    Headers,
    NotGiven,
    PageNumberPagination,
    Query,
    SyncAPIResource,
    SyncPage,
    Timeout,
    async_to_raw_response_wrapper,
    make_request_options,
    to_raw_response_wrapper,
)
from ..models import AuditLog, ListOrganizationAuditLogsResponse

__all__ = ["AsyncAuditLogs", "AuditLogs"]


class AuditLogs(SyncAPIResource):
    """Operations on audit logs."""

    @cached_property
    def with_raw_response(self) -> AuditLogsWithRawResponse:
        """The same methods, returning the raw HTTP response (status, headers) with the parsed body."""
        return AuditLogsWithRawResponse(self)

    def list(
        self,
        *,
        org: str | NotGiven = NOT_GIVEN,
        page_size: int | NotGiven = NOT_GIVEN,
        page: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncPage[AuditLog]:
        """List Audit Logs

        Return the audit logs for the given organization, ordered by the `created_at` field in descending order.

        Args:
            org: The slug of the organization or user account. Defaults to the client's value.
            page_size: The limit of items to return per page. Defaults to 100.
            page: The page number to return. Defaults to 1.
        """

        return self._client.request_page(
            "get",
            "/v1/organizations/{organizationSlug}/audit-logs",
            path_params={
                "organizationSlug": self._client.client_param("org", org),
            },
            query={
                "page_size": page_size,
                "page": page,
            },
            pagination=PageNumberPagination(
                items="audit_logs",
                page_param="page",
                size_param="page_size",
                total_pages=("pagination", "total_pages"),
            ),
            response_type=ListOrganizationAuditLogsResponse,
            item_type=AuditLog,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )


class AuditLogsWithRawResponse:
    def __init__(self, resource: AuditLogs) -> None:
        self.list = to_raw_response_wrapper(resource.list)


class AsyncAuditLogs(AsyncAPIResource):
    """Operations on audit logs."""

    @cached_property
    def with_raw_response(self) -> AsyncAuditLogsWithRawResponse:
        """The same methods, returning the raw HTTP response (status, headers) with the parsed body."""
        return AsyncAuditLogsWithRawResponse(self)

    def list(
        self,
        *,
        org: str | NotGiven = NOT_GIVEN,
        page_size: int | NotGiven = NOT_GIVEN,
        page: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[AuditLog]:
        """List Audit Logs

        Return the audit logs for the given organization, ordered by the `created_at` field in descending order.

        Args:
            org: The slug of the organization or user account. Defaults to the client's value.
            page_size: The limit of items to return per page. Defaults to 100.
            page: The page number to return. Defaults to 1.
        """

        return self._client.request_page(
            "get",
            "/v1/organizations/{organizationSlug}/audit-logs",
            path_params={
                "organizationSlug": self._client.client_param("org", org),
            },
            query={
                "page_size": page_size,
                "page": page,
            },
            pagination=PageNumberPagination(
                items="audit_logs",
                page_param="page",
                size_param="page_size",
                total_pages=("pagination", "total_pages"),
            ),
            response_type=ListOrganizationAuditLogsResponse,
            item_type=AuditLog,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )


class AsyncAuditLogsWithRawResponse:
    def __init__(self, resource: AsyncAuditLogs) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)

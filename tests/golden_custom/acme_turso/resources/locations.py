"""The `locations` resource of the Turso Platform API."""

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
from ..models import ListLocationsResponse

__all__ = ["AsyncLocations", "Locations"]


class Locations(SyncAPIResource):
    """Operations on locations."""

    @cached_property
    def with_raw_response(self) -> LocationsWithRawResponse:
        """The same methods, returning the raw HTTP response (status, headers) with the parsed body."""
        return LocationsWithRawResponse(self)

    def list(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ListLocationsResponse:
        """List Locations

        Returns a list of locations where you can create or replicate databases.
        """

        return self._client.request(
            "get",
            "/v1/locations",
            response_type=ListLocationsResponse,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )


class LocationsWithRawResponse:
    def __init__(self, resource: Locations) -> None:
        self.list = to_raw_response_wrapper(resource.list)


class AsyncLocations(AsyncAPIResource):
    """Operations on locations."""

    @cached_property
    def with_raw_response(self) -> AsyncLocationsWithRawResponse:
        """The same methods, returning the raw HTTP response (status, headers) with the parsed body."""
        return AsyncLocationsWithRawResponse(self)

    async def list(
        self,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ListLocationsResponse:
        """List Locations

        Returns a list of locations where you can create or replicate databases.
        """

        return await self._client.request(
            "get",
            "/v1/locations",
            response_type=ListLocationsResponse,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )


class AsyncLocationsWithRawResponse:
    def __init__(self, resource: AsyncLocations) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)

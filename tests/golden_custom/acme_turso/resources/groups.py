"""The `groups` resource of the Turso Platform API."""

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
    AddLocationToGroupResponse,
    CreateGroupResponse,
    CreateGroupTokenResponse,
    CreateTokenInputPermissions,
    DeleteGroupResponse,
    Extensions,
    GetGroupResponse,
    Group,
    GroupConfigurationResponse,
    ListGroupsResponse,
    RemoveLocationFromGroupResponse,
    UnarchiveGroupResponse,
)

__all__ = ["AsyncGroups", "Groups"]


class Groups(SyncAPIResource):
    """Operations on groups."""

    @cached_property
    def with_raw_response(self) -> GroupsWithRawResponse:
        """The same methods, returning the raw HTTP response (status, headers) with the parsed body."""
        return GroupsWithRawResponse(self)

    def list(
        self,
        *,
        org: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ListGroupsResponse:
        """List Groups

        Returns a list of groups belonging to the organization or user.

        Args:
            org: The slug of the organization or user account. Defaults to the client's value.
        """

        return self._client.request(
            "get",
            "/v1/organizations/{organizationSlug}/groups",
            path_params={
                "organizationSlug": self._client.client_param("org", org),
            },
            response_type=ListGroupsResponse,
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
        *,
        name: str,
        location: str,
        org: str | NotGiven = NOT_GIVEN,
        extensions: Extensions | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> CreateGroupResponse:
        """Create Group

        Creates a new group for the organization or user.

        Args:
            org: The slug of the organization or user account. Defaults to the client's value.
            name: The name of the new group.
            location: The location key for the new group.
        """

        return self._client.request(
            "post",
            "/v1/organizations/{organizationSlug}/groups",
            path_params={
                "organizationSlug": self._client.client_param("org", org),
            },
            json={
                "name": name,
                "location": location,
                "extensions": extensions,
            },
            response_type=CreateGroupResponse,
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
        group_name: str,
        *,
        org: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GetGroupResponse:
        """Retrieve Group

        Returns a group belonging to the organization or user.

        Args:
            org: The slug of the organization or user account. Defaults to the client's value.
            group_name: The name of the group.
        """

        return self._client.request(
            "get",
            "/v1/organizations/{organizationSlug}/groups/{groupName}",
            path_params={
                "organizationSlug": self._client.client_param("org", org),
                "groupName": group_name,
            },
            response_type=GetGroupResponse,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    def delete(
        self,
        group_name: str,
        *,
        org: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> DeleteGroupResponse:
        """Delete Group

        Delete a group belonging to the organization or user.

        Args:
            org: The slug of the organization or user account. Defaults to the client's value.
            group_name: The name of the group.
        """

        return self._client.request(
            "delete",
            "/v1/organizations/{organizationSlug}/groups/{groupName}",
            path_params={
                "organizationSlug": self._client.client_param("org", org),
                "groupName": group_name,
            },
            response_type=DeleteGroupResponse,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    def get_configuration(
        self,
        group_name: str,
        *,
        org: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GroupConfigurationResponse:
        """Retrieve Group Configuration

        Retrieve an individual group configuration belonging to the organization or user.

        Args:
            org: The slug of the organization or user account. Defaults to the client's value.
            group_name: The name of the group.
        """

        return self._client.request(
            "get",
            "/v1/organizations/{organizationSlug}/groups/{groupName}/configuration",
            path_params={
                "organizationSlug": self._client.client_param("org", org),
                "groupName": group_name,
            },
            response_type=GroupConfigurationResponse,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    def update_configuration(
        self,
        group_name: str,
        *,
        org: str | NotGiven = NOT_GIVEN,
        delete_protection: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GroupConfigurationResponse:
        """Update Group Configuration

        Update a group configuration belonging to the organization or user.

        Args:
            org: The slug of the organization or user account. Defaults to the client's value.
            group_name: The name of the group.
            delete_protection: Prevent the group from being deleted.
        """

        return self._client.request(
            "patch",
            "/v1/organizations/{organizationSlug}/groups/{groupName}/configuration",
            path_params={
                "organizationSlug": self._client.client_param("org", org),
                "groupName": group_name,
            },
            json={
                "delete_protection": delete_protection,
            },
            response_type=GroupConfigurationResponse,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    def transfer(
        self,
        group_name: str,
        *,
        org: str | NotGiven = NOT_GIVEN,
        organization: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Group:
        """Transfer Group

        Transfer a group to another organization that you own or a member of.

        Args:
            org: The slug of the organization or user account. Defaults to the client's value.
            group_name: The name of the group.
            organization: The slug of the organization to transfer the group to.
        """

        return self._client.request(
            "post",
            "/v1/organizations/{organizationSlug}/groups/{groupName}/transfer",
            path_params={
                "organizationSlug": self._client.client_param("org", org),
                "groupName": group_name,
            },
            json={
                "organization": organization,
            },
            response_type=Group,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    def unarchive(
        self,
        group_name: str,
        *,
        org: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> UnarchiveGroupResponse:
        """Unarchive Group

        Unarchive a group that has been archived due to inactivity.

        Args:
            org: The slug of the organization or user account. Defaults to the client's value.
            group_name: The name of the group.
        """

        return self._client.request(
            "post",
            "/v1/organizations/{organizationSlug}/groups/{groupName}/unarchive",
            path_params={
                "organizationSlug": self._client.client_param("org", org),
                "groupName": group_name,
            },
            response_type=UnarchiveGroupResponse,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    def add_location(
        self,
        group_name: str,
        location: str,
        *,
        org: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AddLocationToGroupResponse:
        """Add Location to Group

        Adds a location to the specified group.

        Args:
            org: The slug of the organization or user account. Defaults to the client's value.
            group_name: The name of the group.
            location: The location code to add to the group.
        """

        return self._client.request(
            "post",
            "/v1/organizations/{organizationSlug}/groups/{groupName}/locations/{location}",
            path_params={
                "organizationSlug": self._client.client_param("org", org),
                "groupName": group_name,
                "location": location,
            },
            response_type=AddLocationToGroupResponse,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    def remove_location(
        self,
        group_name: str,
        location: str,
        *,
        org: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RemoveLocationFromGroupResponse:
        """Remove Location from Group

        Removes a location from the specified group.

        Args:
            org: The slug of the organization or user account. Defaults to the client's value.
            group_name: The name of the group.
            location: The location code to remove from the group.
        """

        return self._client.request(
            "delete",
            "/v1/organizations/{organizationSlug}/groups/{groupName}/locations/{location}",
            path_params={
                "organizationSlug": self._client.client_param("org", org),
                "groupName": group_name,
                "location": location,
            },
            response_type=RemoveLocationFromGroupResponse,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    def update_databases(
        self,
        group_name: str,
        *,
        org: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Update Databases in a Group

        Updates all databases in the group to the latest libSQL version.

        Args:
            org: The slug of the organization or user account. Defaults to the client's value.
            group_name: The name of the group.
        """

        self._client.request(
            "post",
            "/v1/organizations/{organizationSlug}/groups/{groupName}/update",
            path_params={
                "organizationSlug": self._client.client_param("org", org),
                "groupName": group_name,
            },
            response_type=type(None),
            response_kind="empty",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    def create_token(
        self,
        group_name: str,
        *,
        org: str | NotGiven = NOT_GIVEN,
        expiration: str | NotGiven = NOT_GIVEN,
        authorization: Literal["full-access", "read-only"] | NotGiven = NOT_GIVEN,
        permissions: CreateTokenInputPermissions | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> CreateGroupTokenResponse:
        """Create Group Auth Token

        Generates an authorization token for the specified group.

        Args:
            org: The slug of the organization or user account. Defaults to the client's value.
            group_name: The name of the group.
            expiration: Expiration time for the token (e.g., 2w1d30m).
            authorization: Authorization level for the token (full-access or read-only).
            permissions: The permissions for the token.
        """

        return self._client.request(
            "post",
            "/v1/organizations/{organizationSlug}/groups/{groupName}/auth/tokens",
            path_params={
                "organizationSlug": self._client.client_param("org", org),
                "groupName": group_name,
            },
            query={
                "expiration": expiration,
                "authorization": authorization,
            },
            json={
                "permissions": permissions,
            },
            response_type=CreateGroupTokenResponse,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    def invalidate_tokens(
        self,
        group_name: str,
        *,
        org: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Invalidate All Group Auth Tokens

        Invalidates all authorization tokens for the specified group.

        Args:
            org: The slug of the organization or user account. Defaults to the client's value.
            group_name: The name of the group.
        """

        self._client.request(
            "post",
            "/v1/organizations/{organizationSlug}/groups/{groupName}/auth/rotate",
            path_params={
                "organizationSlug": self._client.client_param("org", org),
                "groupName": group_name,
            },
            response_type=type(None),
            response_kind="empty",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )


class GroupsWithRawResponse:
    def __init__(self, resource: Groups) -> None:
        self.list = to_raw_response_wrapper(resource.list)
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.get_configuration = to_raw_response_wrapper(resource.get_configuration)
        self.update_configuration = to_raw_response_wrapper(
            resource.update_configuration
        )
        self.transfer = to_raw_response_wrapper(resource.transfer)
        self.unarchive = to_raw_response_wrapper(resource.unarchive)
        self.add_location = to_raw_response_wrapper(resource.add_location)
        self.remove_location = to_raw_response_wrapper(resource.remove_location)
        self.update_databases = to_raw_response_wrapper(resource.update_databases)
        self.create_token = to_raw_response_wrapper(resource.create_token)
        self.invalidate_tokens = to_raw_response_wrapper(resource.invalidate_tokens)


class AsyncGroups(AsyncAPIResource):
    """Operations on groups."""

    @cached_property
    def with_raw_response(self) -> AsyncGroupsWithRawResponse:
        """The same methods, returning the raw HTTP response (status, headers) with the parsed body."""
        return AsyncGroupsWithRawResponse(self)

    async def list(
        self,
        *,
        org: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ListGroupsResponse:
        """List Groups

        Returns a list of groups belonging to the organization or user.

        Args:
            org: The slug of the organization or user account. Defaults to the client's value.
        """

        return await self._client.request(
            "get",
            "/v1/organizations/{organizationSlug}/groups",
            path_params={
                "organizationSlug": self._client.client_param("org", org),
            },
            response_type=ListGroupsResponse,
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
        *,
        name: str,
        location: str,
        org: str | NotGiven = NOT_GIVEN,
        extensions: Extensions | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> CreateGroupResponse:
        """Create Group

        Creates a new group for the organization or user.

        Args:
            org: The slug of the organization or user account. Defaults to the client's value.
            name: The name of the new group.
            location: The location key for the new group.
        """

        return await self._client.request(
            "post",
            "/v1/organizations/{organizationSlug}/groups",
            path_params={
                "organizationSlug": self._client.client_param("org", org),
            },
            json={
                "name": name,
                "location": location,
                "extensions": extensions,
            },
            response_type=CreateGroupResponse,
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
        group_name: str,
        *,
        org: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GetGroupResponse:
        """Retrieve Group

        Returns a group belonging to the organization or user.

        Args:
            org: The slug of the organization or user account. Defaults to the client's value.
            group_name: The name of the group.
        """

        return await self._client.request(
            "get",
            "/v1/organizations/{organizationSlug}/groups/{groupName}",
            path_params={
                "organizationSlug": self._client.client_param("org", org),
                "groupName": group_name,
            },
            response_type=GetGroupResponse,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def delete(
        self,
        group_name: str,
        *,
        org: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> DeleteGroupResponse:
        """Delete Group

        Delete a group belonging to the organization or user.

        Args:
            org: The slug of the organization or user account. Defaults to the client's value.
            group_name: The name of the group.
        """

        return await self._client.request(
            "delete",
            "/v1/organizations/{organizationSlug}/groups/{groupName}",
            path_params={
                "organizationSlug": self._client.client_param("org", org),
                "groupName": group_name,
            },
            response_type=DeleteGroupResponse,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def get_configuration(
        self,
        group_name: str,
        *,
        org: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GroupConfigurationResponse:
        """Retrieve Group Configuration

        Retrieve an individual group configuration belonging to the organization or user.

        Args:
            org: The slug of the organization or user account. Defaults to the client's value.
            group_name: The name of the group.
        """

        return await self._client.request(
            "get",
            "/v1/organizations/{organizationSlug}/groups/{groupName}/configuration",
            path_params={
                "organizationSlug": self._client.client_param("org", org),
                "groupName": group_name,
            },
            response_type=GroupConfigurationResponse,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def update_configuration(
        self,
        group_name: str,
        *,
        org: str | NotGiven = NOT_GIVEN,
        delete_protection: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GroupConfigurationResponse:
        """Update Group Configuration

        Update a group configuration belonging to the organization or user.

        Args:
            org: The slug of the organization or user account. Defaults to the client's value.
            group_name: The name of the group.
            delete_protection: Prevent the group from being deleted.
        """

        return await self._client.request(
            "patch",
            "/v1/organizations/{organizationSlug}/groups/{groupName}/configuration",
            path_params={
                "organizationSlug": self._client.client_param("org", org),
                "groupName": group_name,
            },
            json={
                "delete_protection": delete_protection,
            },
            response_type=GroupConfigurationResponse,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def transfer(
        self,
        group_name: str,
        *,
        org: str | NotGiven = NOT_GIVEN,
        organization: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Group:
        """Transfer Group

        Transfer a group to another organization that you own or a member of.

        Args:
            org: The slug of the organization or user account. Defaults to the client's value.
            group_name: The name of the group.
            organization: The slug of the organization to transfer the group to.
        """

        return await self._client.request(
            "post",
            "/v1/organizations/{organizationSlug}/groups/{groupName}/transfer",
            path_params={
                "organizationSlug": self._client.client_param("org", org),
                "groupName": group_name,
            },
            json={
                "organization": organization,
            },
            response_type=Group,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def unarchive(
        self,
        group_name: str,
        *,
        org: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> UnarchiveGroupResponse:
        """Unarchive Group

        Unarchive a group that has been archived due to inactivity.

        Args:
            org: The slug of the organization or user account. Defaults to the client's value.
            group_name: The name of the group.
        """

        return await self._client.request(
            "post",
            "/v1/organizations/{organizationSlug}/groups/{groupName}/unarchive",
            path_params={
                "organizationSlug": self._client.client_param("org", org),
                "groupName": group_name,
            },
            response_type=UnarchiveGroupResponse,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def add_location(
        self,
        group_name: str,
        location: str,
        *,
        org: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AddLocationToGroupResponse:
        """Add Location to Group

        Adds a location to the specified group.

        Args:
            org: The slug of the organization or user account. Defaults to the client's value.
            group_name: The name of the group.
            location: The location code to add to the group.
        """

        return await self._client.request(
            "post",
            "/v1/organizations/{organizationSlug}/groups/{groupName}/locations/{location}",
            path_params={
                "organizationSlug": self._client.client_param("org", org),
                "groupName": group_name,
                "location": location,
            },
            response_type=AddLocationToGroupResponse,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def remove_location(
        self,
        group_name: str,
        location: str,
        *,
        org: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RemoveLocationFromGroupResponse:
        """Remove Location from Group

        Removes a location from the specified group.

        Args:
            org: The slug of the organization or user account. Defaults to the client's value.
            group_name: The name of the group.
            location: The location code to remove from the group.
        """

        return await self._client.request(
            "delete",
            "/v1/organizations/{organizationSlug}/groups/{groupName}/locations/{location}",
            path_params={
                "organizationSlug": self._client.client_param("org", org),
                "groupName": group_name,
                "location": location,
            },
            response_type=RemoveLocationFromGroupResponse,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def update_databases(
        self,
        group_name: str,
        *,
        org: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Update Databases in a Group

        Updates all databases in the group to the latest libSQL version.

        Args:
            org: The slug of the organization or user account. Defaults to the client's value.
            group_name: The name of the group.
        """

        await self._client.request(
            "post",
            "/v1/organizations/{organizationSlug}/groups/{groupName}/update",
            path_params={
                "organizationSlug": self._client.client_param("org", org),
                "groupName": group_name,
            },
            response_type=type(None),
            response_kind="empty",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def create_token(
        self,
        group_name: str,
        *,
        org: str | NotGiven = NOT_GIVEN,
        expiration: str | NotGiven = NOT_GIVEN,
        authorization: Literal["full-access", "read-only"] | NotGiven = NOT_GIVEN,
        permissions: CreateTokenInputPermissions | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> CreateGroupTokenResponse:
        """Create Group Auth Token

        Generates an authorization token for the specified group.

        Args:
            org: The slug of the organization or user account. Defaults to the client's value.
            group_name: The name of the group.
            expiration: Expiration time for the token (e.g., 2w1d30m).
            authorization: Authorization level for the token (full-access or read-only).
            permissions: The permissions for the token.
        """

        return await self._client.request(
            "post",
            "/v1/organizations/{organizationSlug}/groups/{groupName}/auth/tokens",
            path_params={
                "organizationSlug": self._client.client_param("org", org),
                "groupName": group_name,
            },
            query={
                "expiration": expiration,
                "authorization": authorization,
            },
            json={
                "permissions": permissions,
            },
            response_type=CreateGroupTokenResponse,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def invalidate_tokens(
        self,
        group_name: str,
        *,
        org: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Invalidate All Group Auth Tokens

        Invalidates all authorization tokens for the specified group.

        Args:
            org: The slug of the organization or user account. Defaults to the client's value.
            group_name: The name of the group.
        """

        await self._client.request(
            "post",
            "/v1/organizations/{organizationSlug}/groups/{groupName}/auth/rotate",
            path_params={
                "organizationSlug": self._client.client_param("org", org),
                "groupName": group_name,
            },
            response_type=type(None),
            response_kind="empty",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )


class AsyncGroupsWithRawResponse:
    def __init__(self, resource: AsyncGroups) -> None:
        self.list = async_to_raw_response_wrapper(resource.list)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.get_configuration = async_to_raw_response_wrapper(
            resource.get_configuration
        )
        self.update_configuration = async_to_raw_response_wrapper(
            resource.update_configuration
        )
        self.transfer = async_to_raw_response_wrapper(resource.transfer)
        self.unarchive = async_to_raw_response_wrapper(resource.unarchive)
        self.add_location = async_to_raw_response_wrapper(resource.add_location)
        self.remove_location = async_to_raw_response_wrapper(resource.remove_location)
        self.update_databases = async_to_raw_response_wrapper(resource.update_databases)
        self.create_token = async_to_raw_response_wrapper(resource.create_token)
        self.invalidate_tokens = async_to_raw_response_wrapper(
            resource.invalidate_tokens
        )

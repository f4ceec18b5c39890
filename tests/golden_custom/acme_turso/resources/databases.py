"""The `databases` resource of the Turso Platform API."""

from __future__ import annotations

import datetime
import warnings
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
    CreateDatabaseInputRemoteEncryption,
    CreateDatabaseInputSeed,
    CreateDatabaseResponse,
    CreateDatabaseTokenResponse,
    CreateTokenInputPermissions,
    DatabaseConfigurationResponse,
    DeleteDatabaseResponse,
    GetDatabaseInstanceResponse,
    GetDatabaseResponse,
    GetDatabaseStatsResponse,
    GetDatabaseUsageResponse,
    ListDatabaseInstancesResponse,
    ListDatabasesResponse,
)

__all__ = ["AsyncDatabases", "Databases"]


class Databases(SyncAPIResource):
    """Operations on databases."""

    @cached_property
    def with_raw_response(self) -> DatabasesWithRawResponse:
        """The same methods, returning the raw HTTP response (status, headers) with the parsed body."""
        return DatabasesWithRawResponse(self)

    def all(
        self,
        *,
        org: str | NotGiven = NOT_GIVEN,
        group: str | NotGiven = NOT_GIVEN,
        schema: str | NotGiven = NOT_GIVEN,
        parent: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ListDatabasesResponse:
        """List Databases

        Returns a list of databases belonging to the organization or user.

        Args:
            org: The slug of the organization or user account. Defaults to the client's value.
            group: Filter databases by group name.
            schema: Deprecated. The schema database name that can be used to get databases that belong to that parent schema.
            parent: Filter database branches by using their parent database ID.
        """

        if not isinstance(schema, NotGiven):
            warnings.warn(
                "the schema argument of databases.all() is deprecated",
                DeprecationWarning,
                stacklevel=2,
            )
        return self._client.request(
            "get",
            "/v1/organizations/{organizationSlug}/databases",
            path_params={
                "organizationSlug": self._client.client_param("org", org),
            },
            query={
                "group": group,
                "schema": schema,
                "parent": parent,
            },
            response_type=ListDatabasesResponse,
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
        group: str,
        org: str | NotGiven = NOT_GIVEN,
        seed: CreateDatabaseInputSeed | NotGiven = NOT_GIVEN,
        size_limit: str | NotGiven = NOT_GIVEN,
        remote_encryption: CreateDatabaseInputRemoteEncryption | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> CreateDatabaseResponse:
        """Create Database

        Creates a new database in a group for the organization or user.

        Args:
            org: The slug of the organization or user account. Defaults to the client's value.
            name: The name of the new database. Must contain only lowercase letters, numbers, dashes. No longer than 64 characters.
            group: The name of the group where the database should be created. **The group must already exist.**
            size_limit: The maximum size of the database in bytes. Values with units are also accepted, e.g. 1mb, 256mb, 1gb.
            remote_encryption: Encryption configuration for the database. Can be used when creating a new encrypted database, creating a encrypted database from upload (`seed.type = "database_upload"`), or forking from an encrypted database (required when the source database is encrypted).
        """

        return self._client.request(
            "post",
            "/v1/organizations/{organizationSlug}/databases",
            path_params={
                "organizationSlug": self._client.client_param("org", org),
            },
            json={
                "name": name,
                "group": group,
                "seed": seed,
                "size_limit": size_limit,
                "remote_encryption": remote_encryption,
            },
            response_type=CreateDatabaseResponse,
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
        database_name: str,
        *,
        org: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GetDatabaseResponse:
        """Retrieve Database

        Returns a database belonging to the organization or user.

        Args:
            org: The slug of the organization or user account. Defaults to the client's value.
            database_name: The name of the database.
        """

        return self._client.request(
            "get",
            "/v1/organizations/{organizationSlug}/databases/{databaseName}",
            path_params={
                "organizationSlug": self._client.client_param("org", org),
                "databaseName": database_name,
            },
            response_type=GetDatabaseResponse,
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
        database_name: str,
        *,
        org: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> DeleteDatabaseResponse:
        """Delete Database

        Delete a database belonging to the organization or user.

        Args:
            org: The slug of the organization or user account. Defaults to the client's value.
            database_name: The name of the database.
        """

        return self._client.request(
            "delete",
            "/v1/organizations/{organizationSlug}/databases/{databaseName}",
            path_params={
                "organizationSlug": self._client.client_param("org", org),
                "databaseName": database_name,
            },
            response_type=DeleteDatabaseResponse,
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
        database_name: str,
        *,
        org: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> DatabaseConfigurationResponse:
        """Retrieve Database Configuration

        Retrieve an individual database configuration belonging to the organization or user.

        Args:
            org: The slug of the organization or user account. Defaults to the client's value.
            database_name: The name of the database.
        """

        return self._client.request(
            "get",
            "/v1/organizations/{organizationSlug}/databases/{databaseName}/configuration",
            path_params={
                "organizationSlug": self._client.client_param("org", org),
                "databaseName": database_name,
            },
            response_type=DatabaseConfigurationResponse,
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
        database_name: str,
        *,
        org: str | NotGiven = NOT_GIVEN,
        size_limit: str | NotGiven = NOT_GIVEN,
        allow_attach: bool | NotGiven = NOT_GIVEN,
        block_reads: bool | NotGiven = NOT_GIVEN,
        block_writes: bool | NotGiven = NOT_GIVEN,
        delete_protection: bool | NotGiven = NOT_GIVEN,
        allowed_ips: list[str] | NotGiven = NOT_GIVEN,
        allowed_aws_vpc_ids: list[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> DatabaseConfigurationResponse:
        """Update Database Configuration

        Update a database configuration belonging to the organization or user.

        Args:
            org: The slug of the organization or user account. Defaults to the client's value.
            database_name: The name of the database.
            size_limit: The maximum size of the database in bytes. Values with units are also accepted, e.g. 1mb, 256mb, 1gb.
            allow_attach: Deprecated. Allow or disallow attaching databases to the current database.
            block_reads: Block all database reads.
            block_writes: Block all database writes.
            delete_protection: Prevent the database from being deleted.
            allowed_ips: List of allowed IP addresses and CIDR blocks. Only connections from these sources are accepted. Pass an empty array to clear the list. Omit to leave unchanged.
            allowed_aws_vpc_ids: List of allowed AWS VPC endpoint IDs (vpce-...). Only connections arriving through these endpoints are accepted. Pass an empty array to clear the list. Omit to leave unchanged.
        """

        return self._client.request(
            "patch",
            "/v1/organizations/{organizationSlug}/databases/{databaseName}/configuration",
            path_params={
                "organizationSlug": self._client.client_param("org", org),
                "databaseName": database_name,
            },
            json={
                "size_limit": size_limit,
                "allow_attach": allow_attach,
                "block_reads": block_reads,
                "block_writes": block_writes,
                "delete_protection": delete_protection,
                "allowed_ips": allowed_ips,
                "allowed_aws_vpc_ids": allowed_aws_vpc_ids,
            },
            response_type=DatabaseConfigurationResponse,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    def list_instances(
        self,
        database_name: str,
        *,
        org: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ListDatabaseInstancesResponse:
        """List Database Instances

        Returns a list of instances of a database. Instances are the individual primary or replica databases in each region defined by the group.

        Args:
            org: The slug of the organization or user account. Defaults to the client's value.
            database_name: The name of the database.
        """

        return self._client.request(
            "get",
            "/v1/organizations/{organizationSlug}/databases/{databaseName}/instances",
            path_params={
                "organizationSlug": self._client.client_param("org", org),
                "databaseName": database_name,
            },
            response_type=ListDatabaseInstancesResponse,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    def get_instance(
        self,
        database_name: str,
        instance_name: str,
        *,
        org: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GetDatabaseInstanceResponse:
        """Retrieve Database Instance

        Return the individual database instance by name.

        Args:
            org: The slug of the organization or user account. Defaults to the client's value.
            database_name: The name of the database.
            instance_name: The name of the instance (location code).
        """

        return self._client.request(
            "get",
            "/v1/organizations/{organizationSlug}/databases/{databaseName}/instances/{instanceName}",
            path_params={
                "organizationSlug": self._client.client_param("org", org),
                "databaseName": database_name,
                "instanceName": instance_name,
            },
            response_type=GetDatabaseInstanceResponse,
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
        database_name: str,
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
    ) -> CreateDatabaseTokenResponse:
        """Generate Database Auth Token

        Generates an authorization token for the specified database.

        Args:
            org: The slug of the organization or user account. Defaults to the client's value.
            database_name: The name of the database.
            expiration: Expiration time for the token (e.g., 2w1d30m).
            authorization: Authorization level for the token (full-access or read-only).
            permissions: The permissions for the token.
        """

        return self._client.request(
            "post",
            "/v1/organizations/{organizationSlug}/databases/{databaseName}/auth/tokens",
            path_params={
                "organizationSlug": self._client.client_param("org", org),
                "databaseName": database_name,
            },
            query={
                "expiration": expiration,
                "authorization": authorization,
            },
            json={
                "permissions": permissions,
            },
            response_type=CreateDatabaseTokenResponse,
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
        database_name: str,
        *,
        org: str | NotGiven = NOT_GIVEN,
        from_: datetime.datetime | NotGiven = NOT_GIVEN,
        to: datetime.datetime | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GetDatabaseUsageResponse:
        """Retrieve Database Usage

        Fetch activity usage for a database in a given time period.

        Args:
            org: The slug of the organization or user account. Defaults to the client's value.
            database_name: The name of the database.
            from_: The datetime to retrieve usage **from** in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format. Defaults to the current calendar month if not provided. Example: `2023-01-01T00:00:00Z`
            to: The datetime to retrieve usage **to** in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format. Defaults to the current calendar month if not provided. Example: `2023-02-01T00:00:00Z`
        """

        return self._client.request(
            "get",
            "/v1/organizations/{organizationSlug}/databases/{databaseName}/usage",
            path_params={
                "organizationSlug": self._client.client_param("org", org),
                "databaseName": database_name,
            },
            query={
                "from": from_,
                "to": to,
            },
            response_type=GetDatabaseUsageResponse,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    def get_stats(
        self,
        database_name: str,
        *,
        org: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GetDatabaseStatsResponse:
        """Retrieve Database Stats

        Fetch the top queries of a database, including the count of rows read and written.

        Args:
            org: The slug of the organization or user account. Defaults to the client's value.
            database_name: The name of the database.
        """

        return self._client.request(
            "get",
            "/v1/organizations/{organizationSlug}/databases/{databaseName}/stats",
            path_params={
                "organizationSlug": self._client.client_param("org", org),
                "databaseName": database_name,
            },
            response_type=GetDatabaseStatsResponse,
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
        database_name: str,
        *,
        org: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Invalidate All Database Auth Tokens

        Invalidates all authorization tokens for the specified database.

        Args:
            org: The slug of the organization or user account. Defaults to the client's value.
            database_name: The name of the database.
        """

        self._client.request(
            "post",
            "/v1/organizations/{organizationSlug}/databases/{databaseName}/auth/rotate",
            path_params={
                "organizationSlug": self._client.client_param("org", org),
                "databaseName": database_name,
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


class DatabasesWithRawResponse:
    def __init__(self, resource: Databases) -> None:
        self.all = to_raw_response_wrapper(resource.all)
        self.create = to_raw_response_wrapper(resource.create)
        self.get = to_raw_response_wrapper(resource.get)
        self.delete = to_raw_response_wrapper(resource.delete)
        self.get_configuration = to_raw_response_wrapper(resource.get_configuration)
        self.update_configuration = to_raw_response_wrapper(
            resource.update_configuration
        )
        self.list_instances = to_raw_response_wrapper(resource.list_instances)
        self.get_instance = to_raw_response_wrapper(resource.get_instance)
        self.create_token = to_raw_response_wrapper(resource.create_token)
        self.get_usage = to_raw_response_wrapper(resource.get_usage)
        self.get_stats = to_raw_response_wrapper(resource.get_stats)
        self.invalidate_tokens = to_raw_response_wrapper(resource.invalidate_tokens)


class AsyncDatabases(AsyncAPIResource):
    """Operations on databases."""

    @cached_property
    def with_raw_response(self) -> AsyncDatabasesWithRawResponse:
        """The same methods, returning the raw HTTP response (status, headers) with the parsed body."""
        return AsyncDatabasesWithRawResponse(self)

    async def all(
        self,
        *,
        org: str | NotGiven = NOT_GIVEN,
        group: str | NotGiven = NOT_GIVEN,
        schema: str | NotGiven = NOT_GIVEN,
        parent: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ListDatabasesResponse:
        """List Databases

        Returns a list of databases belonging to the organization or user.

        Args:
            org: The slug of the organization or user account. Defaults to the client's value.
            group: Filter databases by group name.
            schema: Deprecated. The schema database name that can be used to get databases that belong to that parent schema.
            parent: Filter database branches by using their parent database ID.
        """

        if not isinstance(schema, NotGiven):
            warnings.warn(
                "the schema argument of databases.all() is deprecated",
                DeprecationWarning,
                stacklevel=2,
            )
        return await self._client.request(
            "get",
            "/v1/organizations/{organizationSlug}/databases",
            path_params={
                "organizationSlug": self._client.client_param("org", org),
            },
            query={
                "group": group,
                "schema": schema,
                "parent": parent,
            },
            response_type=ListDatabasesResponse,
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
        group: str,
        org: str | NotGiven = NOT_GIVEN,
        seed: CreateDatabaseInputSeed | NotGiven = NOT_GIVEN,
        size_limit: str | NotGiven = NOT_GIVEN,
        remote_encryption: CreateDatabaseInputRemoteEncryption | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> CreateDatabaseResponse:
        """Create Database

        Creates a new database in a group for the organization or user.

        Args:
            org: The slug of the organization or user account. Defaults to the client's value.
            name: The name of the new database. Must contain only lowercase letters, numbers, dashes. No longer than 64 characters.
            group: The name of the group where the database should be created. **The group must already exist.**
            size_limit: The maximum size of the database in bytes. Values with units are also accepted, e.g. 1mb, 256mb, 1gb.
            remote_encryption: Encryption configuration for the database. Can be used when creating a new encrypted database, creating a encrypted database from upload (`seed.type = "database_upload"`), or forking from an encrypted database (required when the source database is encrypted).
        """

        return await self._client.request(
            "post",
            "/v1/organizations/{organizationSlug}/databases",
            path_params={
                "organizationSlug": self._client.client_param("org", org),
            },
            json={
                "name": name,
                "group": group,
                "seed": seed,
                "size_limit": size_limit,
                "remote_encryption": remote_encryption,
            },
            response_type=CreateDatabaseResponse,
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
        database_name: str,
        *,
        org: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GetDatabaseResponse:
        """Retrieve Database

        Returns a database belonging to the organization or user.

        Args:
            org: The slug of the organization or user account. Defaults to the client's value.
            database_name: The name of the database.
        """

        return await self._client.request(
            "get",
            "/v1/organizations/{organizationSlug}/databases/{databaseName}",
            path_params={
                "organizationSlug": self._client.client_param("org", org),
                "databaseName": database_name,
            },
            response_type=GetDatabaseResponse,
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
        database_name: str,
        *,
        org: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> DeleteDatabaseResponse:
        """Delete Database

        Delete a database belonging to the organization or user.

        Args:
            org: The slug of the organization or user account. Defaults to the client's value.
            database_name: The name of the database.
        """

        return await self._client.request(
            "delete",
            "/v1/organizations/{organizationSlug}/databases/{databaseName}",
            path_params={
                "organizationSlug": self._client.client_param("org", org),
                "databaseName": database_name,
            },
            response_type=DeleteDatabaseResponse,
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
        database_name: str,
        *,
        org: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> DatabaseConfigurationResponse:
        """Retrieve Database Configuration

        Retrieve an individual database configuration belonging to the organization or user.

        Args:
            org: The slug of the organization or user account. Defaults to the client's value.
            database_name: The name of the database.
        """

        return await self._client.request(
            "get",
            "/v1/organizations/{organizationSlug}/databases/{databaseName}/configuration",
            path_params={
                "organizationSlug": self._client.client_param("org", org),
                "databaseName": database_name,
            },
            response_type=DatabaseConfigurationResponse,
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
        database_name: str,
        *,
        org: str | NotGiven = NOT_GIVEN,
        size_limit: str | NotGiven = NOT_GIVEN,
        allow_attach: bool | NotGiven = NOT_GIVEN,
        block_reads: bool | NotGiven = NOT_GIVEN,
        block_writes: bool | NotGiven = NOT_GIVEN,
        delete_protection: bool | NotGiven = NOT_GIVEN,
        allowed_ips: list[str] | NotGiven = NOT_GIVEN,
        allowed_aws_vpc_ids: list[str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> DatabaseConfigurationResponse:
        """Update Database Configuration

        Update a database configuration belonging to the organization or user.

        Args:
            org: The slug of the organization or user account. Defaults to the client's value.
            database_name: The name of the database.
            size_limit: The maximum size of the database in bytes. Values with units are also accepted, e.g. 1mb, 256mb, 1gb.
            allow_attach: Deprecated. Allow or disallow attaching databases to the current database.
            block_reads: Block all database reads.
            block_writes: Block all database writes.
            delete_protection: Prevent the database from being deleted.
            allowed_ips: List of allowed IP addresses and CIDR blocks. Only connections from these sources are accepted. Pass an empty array to clear the list. Omit to leave unchanged.
            allowed_aws_vpc_ids: List of allowed AWS VPC endpoint IDs (vpce-...). Only connections arriving through these endpoints are accepted. Pass an empty array to clear the list. Omit to leave unchanged.
        """

        return await self._client.request(
            "patch",
            "/v1/organizations/{organizationSlug}/databases/{databaseName}/configuration",
            path_params={
                "organizationSlug": self._client.client_param("org", org),
                "databaseName": database_name,
            },
            json={
                "size_limit": size_limit,
                "allow_attach": allow_attach,
                "block_reads": block_reads,
                "block_writes": block_writes,
                "delete_protection": delete_protection,
                "allowed_ips": allowed_ips,
                "allowed_aws_vpc_ids": allowed_aws_vpc_ids,
            },
            response_type=DatabaseConfigurationResponse,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def list_instances(
        self,
        database_name: str,
        *,
        org: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ListDatabaseInstancesResponse:
        """List Database Instances

        Returns a list of instances of a database. Instances are the individual primary or replica databases in each region defined by the group.

        Args:
            org: The slug of the organization or user account. Defaults to the client's value.
            database_name: The name of the database.
        """

        return await self._client.request(
            "get",
            "/v1/organizations/{organizationSlug}/databases/{databaseName}/instances",
            path_params={
                "organizationSlug": self._client.client_param("org", org),
                "databaseName": database_name,
            },
            response_type=ListDatabaseInstancesResponse,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def get_instance(
        self,
        database_name: str,
        instance_name: str,
        *,
        org: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GetDatabaseInstanceResponse:
        """Retrieve Database Instance

        Return the individual database instance by name.

        Args:
            org: The slug of the organization or user account. Defaults to the client's value.
            database_name: The name of the database.
            instance_name: The name of the instance (location code).
        """

        return await self._client.request(
            "get",
            "/v1/organizations/{organizationSlug}/databases/{databaseName}/instances/{instanceName}",
            path_params={
                "organizationSlug": self._client.client_param("org", org),
                "databaseName": database_name,
                "instanceName": instance_name,
            },
            response_type=GetDatabaseInstanceResponse,
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
        database_name: str,
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
    ) -> CreateDatabaseTokenResponse:
        """Generate Database Auth Token

        Generates an authorization token for the specified database.

        Args:
            org: The slug of the organization or user account. Defaults to the client's value.
            database_name: The name of the database.
            expiration: Expiration time for the token (e.g., 2w1d30m).
            authorization: Authorization level for the token (full-access or read-only).
            permissions: The permissions for the token.
        """

        return await self._client.request(
            "post",
            "/v1/organizations/{organizationSlug}/databases/{databaseName}/auth/tokens",
            path_params={
                "organizationSlug": self._client.client_param("org", org),
                "databaseName": database_name,
            },
            query={
                "expiration": expiration,
                "authorization": authorization,
            },
            json={
                "permissions": permissions,
            },
            response_type=CreateDatabaseTokenResponse,
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
        database_name: str,
        *,
        org: str | NotGiven = NOT_GIVEN,
        from_: datetime.datetime | NotGiven = NOT_GIVEN,
        to: datetime.datetime | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GetDatabaseUsageResponse:
        """Retrieve Database Usage

        Fetch activity usage for a database in a given time period.

        Args:
            org: The slug of the organization or user account. Defaults to the client's value.
            database_name: The name of the database.
            from_: The datetime to retrieve usage **from** in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format. Defaults to the current calendar month if not provided. Example: `2023-01-01T00:00:00Z`
            to: The datetime to retrieve usage **to** in [ISO 8601](https://en.wikipedia.org/wiki/ISO_8601) format. Defaults to the current calendar month if not provided. Example: `2023-02-01T00:00:00Z`
        """

        return await self._client.request(
            "get",
            "/v1/organizations/{organizationSlug}/databases/{databaseName}/usage",
            path_params={
                "organizationSlug": self._client.client_param("org", org),
                "databaseName": database_name,
            },
            query={
                "from": from_,
                "to": to,
            },
            response_type=GetDatabaseUsageResponse,
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                max_retries=max_retries,
            ),
        )

    async def get_stats(
        self,
        database_name: str,
        *,
        org: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GetDatabaseStatsResponse:
        """Retrieve Database Stats

        Fetch the top queries of a database, including the count of rows read and written.

        Args:
            org: The slug of the organization or user account. Defaults to the client's value.
            database_name: The name of the database.
        """

        return await self._client.request(
            "get",
            "/v1/organizations/{organizationSlug}/databases/{databaseName}/stats",
            path_params={
                "organizationSlug": self._client.client_param("org", org),
                "databaseName": database_name,
            },
            response_type=GetDatabaseStatsResponse,
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
        database_name: str,
        *,
        org: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Invalidate All Database Auth Tokens

        Invalidates all authorization tokens for the specified database.

        Args:
            org: The slug of the organization or user account. Defaults to the client's value.
            database_name: The name of the database.
        """

        await self._client.request(
            "post",
            "/v1/organizations/{organizationSlug}/databases/{databaseName}/auth/rotate",
            path_params={
                "organizationSlug": self._client.client_param("org", org),
                "databaseName": database_name,
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


class AsyncDatabasesWithRawResponse:
    def __init__(self, resource: AsyncDatabases) -> None:
        self.all = async_to_raw_response_wrapper(resource.all)
        self.create = async_to_raw_response_wrapper(resource.create)
        self.get = async_to_raw_response_wrapper(resource.get)
        self.delete = async_to_raw_response_wrapper(resource.delete)
        self.get_configuration = async_to_raw_response_wrapper(
            resource.get_configuration
        )
        self.update_configuration = async_to_raw_response_wrapper(
            resource.update_configuration
        )
        self.list_instances = async_to_raw_response_wrapper(resource.list_instances)
        self.get_instance = async_to_raw_response_wrapper(resource.get_instance)
        self.create_token = async_to_raw_response_wrapper(resource.create_token)
        self.get_usage = async_to_raw_response_wrapper(resource.get_usage)
        self.get_stats = async_to_raw_response_wrapper(resource.get_stats)
        self.invalidate_tokens = async_to_raw_response_wrapper(
            resource.invalidate_tokens
        )

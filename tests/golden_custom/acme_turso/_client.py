"""The Turso Platform API clients: `TursoClient` and `AsyncTursoClient`."""

from __future__ import annotations

import os
from collections.abc import Mapping
from functools import cached_property

import httpx

from . import resources
from ._runtime import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    AsyncAPIClient,
    ClientParam,
    SyncAPIClient,
    Timeout,
    bearer_auth,
)
from ._version import __version__

__all__ = ["AsyncTursoClient", "TursoClient"]

DEFAULT_BASE_URL = "https://api.turso.tech"


class TursoClient(SyncAPIClient):
    """The synchronous client of the Turso Platform API.

    API description here
    """

    def __init__(
        self,
        *,
        token: str | None = None,
        org: str | None = None,
        base_url: str | httpx.URL | None = None,
        timeout: float | Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
    ) -> None:
        """Create a client.

        Args:
            token: The credential; defaults to the `ACME_TURSO_TOKEN` environment variable.
            org: The default `org` of every call; defaults to the `ACME_TURSO_ORG` environment variable.
            base_url: The API's address; defaults to `https://api.turso.tech`.
            timeout: The timeout of each request, in seconds or as an `httpx.Timeout`.
            max_retries: How often a failed request is retried (see the README for which are).
            default_headers: Headers sent with every request.
            http_client: An httpx client to use instead of the client's own (it is not closed by `close()`).
        """
        super().__init__(
            base_url=base_url or DEFAULT_BASE_URL,
            auth={
                "bearerAuth": bearer_auth(
                    token, arg="token", env="ACME_TURSO_TOKEN", required=True
                ),
            },
            security=(("bearerAuth",),),
            client_params={
                "org": ClientParam(
                    arg="org",
                    env="ACME_TURSO_ORG",
                    value=org or os.environ.get("ACME_TURSO_ORG"),
                ),
            },
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client=http_client,
            user_agent=f"acme-turso/{__version__} python-httpx",
        )

    @cached_property
    def api_tokens(self) -> resources.ApiTokens:
        return resources.ApiTokens(self)

    @cached_property
    def audit_logs(self) -> resources.AuditLogs:
        return resources.AuditLogs(self)

    @cached_property
    def auth(self) -> resources.Auth:
        return resources.Auth(self)

    @cached_property
    def databases(self) -> resources.Databases:
        return resources.Databases(self)

    @cached_property
    def groups(self) -> resources.Groups:
        return resources.Groups(self)

    @cached_property
    def invites(self) -> resources.Invites:
        return resources.Invites(self)

    @cached_property
    def invoices(self) -> resources.Invoices:
        return resources.Invoices(self)

    @cached_property
    def locations(self) -> resources.Locations:
        return resources.Locations(self)

    @cached_property
    def members(self) -> resources.Members:
        return resources.Members(self)

    @cached_property
    def organizations(self) -> resources.Organizations:
        return resources.Organizations(self)

    @cached_property
    def plans(self) -> resources.Plans:
        return resources.Plans(self)

    @cached_property
    def subscription(self) -> resources.Subscription:
        return resources.Subscription(self)

    @cached_property
    def usage(self) -> resources.Usage:
        return resources.Usage(self)

    @cached_property
    def user(self) -> resources.User:
        return resources.User(self)


class AsyncTursoClient(AsyncAPIClient):
    """The asynchronous client of the Turso Platform API: the same surface as `TursoClient`, awaitable."""

    def __init__(
        self,
        *,
        token: str | None = None,
        org: str | None = None,
        base_url: str | httpx.URL | None = None,
        timeout: float | Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        """Create a client.

        Args:
            token: The credential; defaults to the `ACME_TURSO_TOKEN` environment variable.
            org: The default `org` of every call; defaults to the `ACME_TURSO_ORG` environment variable.
            base_url: The API's address; defaults to `https://api.turso.tech`.
            timeout: The timeout of each request, in seconds or as an `httpx.Timeout`.
            max_retries: How often a failed request is retried (see the README for which are).
            default_headers: Headers sent with every request.
            http_client: An httpx client to use instead of the client's own (it is not closed by `close()`).
        """
        super().__init__(
            base_url=base_url or DEFAULT_BASE_URL,
            auth={
                "bearerAuth": bearer_auth(
                    token, arg="token", env="ACME_TURSO_TOKEN", required=True
                ),
            },
            security=(("bearerAuth",),),
            client_params={
                "org": ClientParam(
                    arg="org",
                    env="ACME_TURSO_ORG",
                    value=org or os.environ.get("ACME_TURSO_ORG"),
                ),
            },
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client=http_client,
            user_agent=f"acme-turso/{__version__} python-httpx",
        )

    @cached_property
    def api_tokens(self) -> resources.AsyncApiTokens:
        return resources.AsyncApiTokens(self)

    @cached_property
    def audit_logs(self) -> resources.AsyncAuditLogs:
        return resources.AsyncAuditLogs(self)

    @cached_property
    def auth(self) -> resources.AsyncAuth:
        return resources.AsyncAuth(self)

    @cached_property
    def databases(self) -> resources.AsyncDatabases:
        return resources.AsyncDatabases(self)

    @cached_property
    def groups(self) -> resources.AsyncGroups:
        return resources.AsyncGroups(self)

    @cached_property
    def invites(self) -> resources.AsyncInvites:
        return resources.AsyncInvites(self)

    @cached_property
    def invoices(self) -> resources.AsyncInvoices:
        return resources.AsyncInvoices(self)

    @cached_property
    def locations(self) -> resources.AsyncLocations:
        return resources.AsyncLocations(self)

    @cached_property
    def members(self) -> resources.AsyncMembers:
        return resources.AsyncMembers(self)

    @cached_property
    def organizations(self) -> resources.AsyncOrganizations:
        return resources.AsyncOrganizations(self)

    @cached_property
    def plans(self) -> resources.AsyncPlans:
        return resources.AsyncPlans(self)

    @cached_property
    def subscription(self) -> resources.AsyncSubscription:
        return resources.AsyncSubscription(self)

    @cached_property
    def usage(self) -> resources.AsyncUsage:
        return resources.AsyncUsage(self)

    @cached_property
    def user(self) -> resources.AsyncUser:
        return resources.AsyncUser(self)

"""The resources of the Turso Platform API: one class per group of operations, sync and async."""

from .api_tokens import ApiTokens, AsyncApiTokens
from .audit_logs import AsyncAuditLogs, AuditLogs
from .databases import AsyncDatabases, Databases
from .groups import AsyncGroups, Groups
from .invites import AsyncInvites, Invites
from .locations import AsyncLocations, Locations
from .members import AsyncMembers, Members
from .organizations import AsyncOrganizations, Organizations

__all__ = [
    "ApiTokens",
    "AsyncApiTokens",
    "AsyncAuditLogs",
    "AsyncDatabases",
    "AsyncGroups",
    "AsyncInvites",
    "AsyncLocations",
    "AsyncMembers",
    "AsyncOrganizations",
    "AuditLogs",
    "Databases",
    "Groups",
    "Invites",
    "Locations",
    "Members",
    "Organizations",
]

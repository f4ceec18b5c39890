"""The resources of the Turso Platform API: one class per group of operations, sync and async."""

from .api_tokens import ApiTokens, AsyncApiTokens
from .audit_logs import AsyncAuditLogs, AuditLogs
from .databases import AsyncDatabases, Databases
from .groups import AsyncGroups, Groups
from .invites import AsyncInvites, Invites
from .invoices import AsyncInvoices, Invoices
from .locations import AsyncLocations, Locations
from .members import AsyncMembers, Members
from .organizations import AsyncOrganizations, Organizations
from .plans import AsyncPlans, Plans
from .subscription import AsyncSubscription, Subscription
from .usage import AsyncUsage, Usage

__all__ = [
    "ApiTokens",
    "AsyncApiTokens",
    "AsyncAuditLogs",
    "AsyncDatabases",
    "AsyncGroups",
    "AsyncInvites",
    "AsyncInvoices",
    "AsyncLocations",
    "AsyncMembers",
    "AsyncOrganizations",
    "AsyncPlans",
    "AsyncSubscription",
    "AsyncUsage",
    "AuditLogs",
    "Databases",
    "Groups",
    "Invites",
    "Invoices",
    "Locations",
    "Members",
    "Organizations",
    "Plans",
    "Subscription",
    "Usage",
]

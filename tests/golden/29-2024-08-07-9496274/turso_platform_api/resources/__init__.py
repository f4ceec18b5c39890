"""The resources of the Turso Platform API: one class per group of operations, sync and async.

Each resource module is imported when one of its classes is first used, so importing the package stays
cheap however large the API is.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
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

_MODULES: dict[str, str] = {
    "ApiTokens": "api_tokens",
    "AsyncApiTokens": "api_tokens",
    "AuditLogs": "audit_logs",
    "AsyncAuditLogs": "audit_logs",
    "Databases": "databases",
    "AsyncDatabases": "databases",
    "Groups": "groups",
    "AsyncGroups": "groups",
    "Invites": "invites",
    "AsyncInvites": "invites",
    "Invoices": "invoices",
    "AsyncInvoices": "invoices",
    "Locations": "locations",
    "AsyncLocations": "locations",
    "Members": "members",
    "AsyncMembers": "members",
    "Organizations": "organizations",
    "AsyncOrganizations": "organizations",
    "Plans": "plans",
    "AsyncPlans": "plans",
    "Subscription": "subscription",
    "AsyncSubscription": "subscription",
    "Usage": "usage",
    "AsyncUsage": "usage",
}


def __getattr__(name: str) -> object:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value

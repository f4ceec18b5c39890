"""Resource and method names from paths and operationIds (generator/naming/operations.py)."""

from __future__ import annotations

import pytest

from generator.naming.operations import (
    method_name,
    resource_of,
    singular,
    split_scope,
)

SCOPE = [
    "organizationSlug",
    "organizationName",
]
ORG = "/v1/organizations/{organizationSlug}"
DB = ORG + "/databases/{databaseName}"
GROUP = ORG + "/groups/{groupName}"


def full_name(
    method: str,
    path: str,
    operation_id: str | None,
    scope: list[str] = SCOPE,
) -> str:
    resource = resource_of(path, scope)
    return f"{resource}.{method_name(method, path, operation_id, resource, scope)}"


# Real Turso Platform API paths and operationIds.
TURSO = [
    (
        "get",
        ORG + "/databases",
        "listDatabases",
        "databases.list",
    ),
    (
        "post",
        ORG + "/databases",
        "createDatabase",
        "databases.create",
    ),
    (
        "get",
        DB,
        "getDatabase",
        "databases.get",
    ),
    (
        "delete",
        DB,
        "deleteDatabase",
        "databases.delete",
    ),
    (
        "get",
        DB + "/configuration",
        "getDatabaseConfiguration",
        "databases.get_configuration",
    ),
    (
        "patch",
        DB + "/configuration",
        "updateDatabaseConfiguration",
        "databases.update_configuration",
    ),
    (
        "get",
        DB + "/instances",
        "listDatabaseInstances",
        "databases.list_instances",
    ),
    (
        "get",
        DB + "/instances/{instanceName}",
        "getDatabaseInstance",
        "databases.get_instance",
    ),
    (
        "post",
        DB + "/auth/tokens",
        "createDatabaseToken",
        "databases.create_token",
    ),
    (
        "post",
        DB + "/auth/rotate",
        "invalidateDatabaseTokens",
        "databases.invalidate_tokens",
    ),
    (
        "get",
        DB + "/usage",
        "getDatabaseUsage",
        "databases.get_usage",
    ),
    (
        "get",
        DB + "/stats",
        "getDatabaseStats",
        "databases.get_stats",
    ),
    (
        "get",
        ORG + "/groups",
        "listGroups",
        "groups.list",
    ),
    (
        "post",
        GROUP + "/locations/{location}",
        "addLocationToGroup",
        "groups.add_location",
    ),
    (
        "delete",
        GROUP + "/locations/{location}",
        "removeLocationFromGroup",
        "groups.remove_location",
    ),
    (
        "post",
        GROUP + "/auth/tokens",
        "createGroupToken",
        "groups.create_token",
    ),
    (
        "post",
        GROUP + "/transfer",
        "transferGroup",
        "groups.transfer",
    ),
    (
        "post",
        GROUP + "/update",
        "updateGroupDatabases",
        "groups.update_databases",
    ),
    (
        "get",
        "/v1/locations",
        "listLocations",
        "locations.list",
    ),
    (
        "get",
        "/v1/organizations",
        "listOrganizations",
        "organizations.list",
    ),
    (
        "get",
        ORG,
        "getOrganization",
        "organizations.get",
    ),
    (
        "patch",
        ORG,
        "updateOrganization",
        "organizations.update",
    ),
    (
        "get",
        ORG + "/audit-logs",
        "listOrganizationAuditLogs",
        "audit_logs.list",
    ),
    (
        "get",
        ORG + "/members",
        "listOrganizationMembers",
        "members.list",
    ),
    (
        "post",
        ORG + "/members",
        "addOrganizationMember",
        "members.add",
    ),
    (
        "patch",
        ORG + "/members/{username}",
        "updateMemberRole",
        "members.update_role",
    ),
    (
        "get",
        ORG + "/api-tokens",
        "listOrganizationAPITokens",
        "api_tokens.list",
    ),
    (
        "delete",
        ORG + "/api-tokens/{tokenId}",
        "revokeOrganizationAPIToken",
        "api_tokens.revoke",
    ),
    (
        "get",
        ORG + "/subscription",
        "getOrganizationSubscription",
        "subscription.get",
    ),
    (
        "post",
        "/v2/organizations/{organizationSlug}/invites",
        "inviteOrganizationMemberV2",
        "invites.invite_member",
    ),
    (
        "get",
        "/v2/organizations/{organizationSlug}/invites",
        "listOrganizationInvitesV2",
        "invites.list",
    ),
    (
        "delete",
        "/v2/organizations/{organizationSlug}/invites/{email}",
        "deleteOrganizationInviteByEmailV2",
        "invites.delete_by_email",
    ),
    (
        "get",
        "/v1/user",
        "getCurrentUser",
        "user.get_current",
    ),
]


@pytest.mark.parametrize(
    (
        "method",
        "path",
        "operation_id",
        "expected",
    ),
    TURSO,
)
def test_turso_operation_names(
    method: str,
    path: str,
    operation_id: str,
    expected: str,
) -> None:
    assert full_name(method, path, operation_id) == expected


def test_early_revision_scope_name_gives_same_names() -> None:
    # early Turso revisions call the organization parameter organizationName
    path = "/v1/organizations/{organizationName}/databases/{databaseName}/instances"
    assert (
        full_name(
            "get",
            path,
            "listDatabaseInstances",
        )
        == "databases.list_instances"
    )


def test_without_scope_params_the_organization_is_the_resource() -> None:
    assert (
        full_name(
            "get",
            ORG + "/databases",
            "listDatabases",
            scope=[],
        )
        == "organizations.list_databases"
    )


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/v1/locations", "locations"),
        ("/locations", "locations"),
        ("/v1.2/things", "things"),
        ("/V3/Things", "things"),
        (
            "/v1/organizations",
            "organizations",
        ),
        (
            ORG,
            "organizations",
        ),  # the scope needs something after it
        (
            ORG + "/audit-logs",
            "audit_logs",
        ),
        (
            ORG + "/databases/{databaseName}/auth/tokens",
            "databases",
        ),
        ("/{id}", "root"),
        ("/", "root"),
        ("/v1", "root"),
    ],
)
def test_resource_of(path: str, expected: str) -> None:
    assert resource_of(path, SCOPE) == expected


@pytest.mark.parametrize(
    (
        "path",
        "nouns",
        "rest",
        "version",
    ),
    [
        (
            ORG + "/databases",
            ["organizations"],
            ["databases"],
            "v1",
        ),
        ("/v1/v2/x", [], ["x"], "v2"),
        (
            "/organizations/{other}/x",
            [],
            [
                "organizations",
                "{other}",
                "x",
            ],
            None,
        ),
        (
            "/v1/organizations/{organizationSlug}",
            [],
            [
                "organizations",
                "{organizationSlug}",
            ],
            "v1",
        ),
    ],
)
def test_split_scope(
    path: str,
    nouns: list[str],
    rest: list[str],
    version: str | None,
) -> None:
    assert split_scope(path, SCOPE) == (
        nouns,
        rest,
        version,
    )


@pytest.mark.parametrize(
    ("method", "path", "expected"),
    [
        (
            "get",
            "/v1/things",
            "things.list",
        ),
        (
            "post",
            "/v1/things",
            "things.create",
        ),
        (
            "put",
            "/v1/things",
            "things.replace",
        ),
        (
            "patch",
            "/v1/things",
            "things.update",
        ),
        (
            "delete",
            "/v1/things",
            "things.delete_all",
        ),
        (
            "get",
            "/v1/things/{id}",
            "things.get",
        ),
        (
            "put",
            "/v1/things/{id}",
            "things.update",
        ),
        (
            "patch",
            "/v1/things/{id}",
            "things.update",
        ),
        (
            "delete",
            "/v1/things/{id}",
            "things.delete",
        ),
        (
            "post",
            "/v1/things/{id}",
            "things.create",
        ),
        (
            "head",
            "/v1/things",
            "things.head",
        ),
        (
            "get",
            "/v1/things/{id}/sub-items",
            "things.list_sub_items",
        ),
        (
            "get",
            "/v1/things/{id}/status",
            "things.list_status",
        ),  # "status" looks plural: documented limit
        (
            "get",
            "/v1/things/{id}/config",
            "things.get_config",
        ),
        (
            "get",
            "/v1/things/{id}/items/{item}",
            "things.get_items",
        ),
        (
            "post",
            "/v1/things/{id}/auth/tokens",
            "things.create_auth_tokens",
        ),
        (
            "post",
            "/v1/things/{id}/rotate",
            "things.rotate",
        ),
        (
            "delete",
            "/v1/things/{id}/items/{item}",
            "things.delete_items",
        ),
        (
            "put",
            "/v1/things/{id}/config",
            "things.update_config",
        ),
        (
            "get",
            ORG + "/databases",
            "databases.list",
        ),
        ("get", "/", "root.list"),
    ],
)
def test_names_without_operation_id_come_from_method_and_path(
    method: str,
    path: str,
    expected: str,
) -> None:
    assert full_name(method, path, None) == expected


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({}, "list"),
        (
            {"keep_version": True},
            "list_v2",
        ),
        (
            {"keep_scope": True},
            "list_organization",
        ),
        (
            {
                "keep_version": True,
                "keep_scope": True,
            },
            "list_organization_v2",
        ),
    ],
)
def test_keep_version_and_scope(
    kwargs: dict[str, bool],
    expected: str,
) -> None:
    path = "/v2/organizations/{organizationSlug}/invites"
    assert (
        method_name(
            "get",
            path,
            "listOrganizationInvitesV2",
            "invites",
            SCOPE,
            **kwargs,
        )
        == expected
    )


@pytest.mark.parametrize(
    ("operation_id", "expected"),
    [
        (
            "listThingsFor",
            "list",
        ),  # trailing prepositions are dropped
        ("moveThingToOf", "move"),
        (
            "to",
            "to",
        ),  # but a lone verb stays
        (
            "things",
            "things",
        ),  # a name that is only the resource falls back to the whole id
        ("list_things_v1", "list"),
        (
            "listThingsV2",
            "list_v2",
        ),  # the version only goes when it matches the path's
    ],
)
def test_method_name_edge_cases(operation_id: str, expected: str) -> None:
    assert (
        method_name(
            "get",
            "/v1/things",
            operation_id,
            "things",
            SCOPE,
        )
        == expected
    )


def test_multi_word_resource_is_removed_as_a_sequence() -> None:
    path = ORG + "/api-tokens/{tokenId}"
    assert (
        method_name(
            "delete",
            path,
            "revokeOrganizationAPIToken",
            "api_tokens",
            SCOPE,
        )
        == "revoke"
    )
    assert (
        method_name(
            "get",
            ORG + "/audit-logs",
            "listAuditLogEntries",
            "audit_logs",
            SCOPE,
        )
        == "list_entries"
    )


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("databases", "database"),
        ("policies", "policy"),
        ("addresses", "address"),
        ("boxes", "box"),
        ("branches", "branch"),
        ("wishes", "wish"),
        ("class", "class"),
        ("s", "s"),
        ("user", "user"),
    ],
)
def test_singular(word: str, expected: str) -> None:
    assert singular(word) == expected

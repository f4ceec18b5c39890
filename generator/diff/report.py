"""Render a comparison: Markdown for people (the default of ``sdkgen diff``), JSON for tools.

Markdown lists the changes by category (operations, parameters, models, enums), each line tagged
with its bump, and ends with the semver bump the whole comparison needs.
"""

from __future__ import annotations

import json
from typing import Any

from generator.diff.changes import CATEGORIES, Bump, Change, Comparison

_TAGS = {Bump.MAJOR: "**breaking**", Bump.MINOR: "minor", Bump.PATCH: "patch"}
_TITLES = {
    "operations": "Operations",
    "parameters": "Parameters",
    "models": "Models",
    "enums": "Enums",
}


def change_line(change: Change, *, tag: bool = True) -> str:
    """One Markdown list item."""
    return f"- {_TAGS[change.bump]}: {change.message}" if tag else f"- {change.message}"


def summary(comparison: Comparison) -> str:
    """``2 breaking changes, 1 compatible change, 3 notes`` (or that nothing changed)."""
    if not comparison.changes:
        docs = "; the documentation changed" if comparison.docs_changed else ""
        return f"no change to the client surface{docs}"
    parts = []
    for bump, one, many in (
        (Bump.MAJOR, "breaking change", "breaking changes"),
        (Bump.MINOR, "addition or compatible change", "additions or compatible changes"),
        (Bump.PATCH, "note", "notes"),
    ):
        n = comparison.count(bump)
        if n:
            parts.append(f"{n} {one if n == 1 else many}")
    return ", ".join(parts)


def markdown(comparison: Comparison) -> str:
    """The report of ``sdkgen diff``: changes by category, then the bump."""
    lines = [f"# Client surface changes: `{comparison.old}` -> `{comparison.new}`", ""]
    if not comparison.changes:
        lines += ["No change to the client surface.", ""]
        if comparison.docs_changed:
            lines += ["Documentation changed (docstrings, descriptions).", ""]
    for category in CATEGORIES:
        changes = comparison.in_category(category)
        if changes:
            lines += [f"## {_TITLES[category]}", ""]
            lines += [change_line(c) for c in changes]
            lines.append("")
    lines += [
        "## Semver",
        "",
        f"Bump: **{comparison.bump.label}** ({summary(comparison)}).",
    ]
    return "\n".join(lines) + "\n"


def as_data(comparison: Comparison) -> dict[str, Any]:
    """The comparison as plain JSON data."""
    return {
        "old": comparison.old,
        "new": comparison.new,
        "bump": comparison.bump.label,
        "breaking": comparison.count(Bump.MAJOR),
        "surface_changed": comparison.surface_changed,
        "docs_changed": comparison.docs_changed,
        "changes": [
            {
                "bump": c.bump.label,
                "breaking": c.breaking,
                "category": c.category,
                "kind": c.kind,
                "subject": c.subject,
                "endpoint": c.endpoint,
                "message": c.message,
            }
            for c in comparison.changes
        ],
    }


def to_json(comparison: Comparison) -> str:
    return json.dumps(as_data(comparison), indent=2) + "\n"

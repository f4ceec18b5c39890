"""What an update did, and its short summary for the terminal."""

from __future__ import annotations

from dataclasses import dataclass

from generator.diagnostics import Diagnostic
from generator.diff.changes import Change, Comparison
from generator.diff.report import summary as change_summary
from generator.manifest.manifest import Revision

_ADDED, _REMOVED = "operation-added", "operation-removed"


@dataclass(frozen=True)
class UpToDate:
    """The candidate spec is the newest pinned revision: nothing was touched."""

    api: str
    source: str
    revision: Revision

    @property
    def warnings(self) -> tuple[Diagnostic, ...]:
        return ()


@dataclass(frozen=True)
class Updated:
    """A new revision was added (or, with ``dry_run``, would have been)."""

    api: str
    source: str
    revision: Revision
    previous: Revision
    old_version: str
    new_version: str
    comparison: Comparison
    touched: tuple[str, ...]
    """Every path written, relative to the project root; folders end in ``/``."""
    warnings: tuple[Diagnostic, ...] = ()
    same_as: str | None = None
    """An older revision with the very same bytes (upstream went back to it), if any."""
    dry_run: bool = False
    revision_file: str = ""
    """Where the new revision's bytes are kept, relative to the root."""


Outcome = UpToDate | Updated


def operations(comparison: Comparison) -> tuple[list[str], list[str], list[str]]:
    """The operations added, removed and changed (``qualname (METHOD /path)``), each sorted."""
    added = sorted({_operation(c) for c in comparison.changes if c.kind == _ADDED})
    removed = sorted({_operation(c) for c in comparison.changes if c.kind == _REMOVED})
    changed = sorted(
        {
            _operation(c)
            for c in comparison.changes
            if c.endpoint is not None and c.kind not in (_ADDED, _REMOVED)
        }
    )
    return added, removed, changed


def _operation(change: Change) -> str:
    return f"{change.subject} ({change.endpoint})"


def render(outcome: Outcome) -> str:
    """The summary printed on stdout."""
    if isinstance(outcome, UpToDate):
        return (
            f"sdkgen update: {outcome.api} is up to date: {outcome.source} is revision "
            f"{outcome.revision.name} (sha256 {outcome.revision.sha256[:12]}); nothing changed\n"
        )
    return "\n".join(_updated_lines(outcome)) + "\n"


def _updated_lines(outcome: Updated) -> list[str]:
    rev = outcome.revision
    verb = "would add" if outcome.dry_run else "added"
    head = f"sdkgen update: {outcome.api}: {verb} revision {rev.name}"
    lines = [f"{head} (sha256 {rev.sha256[:12]}, from {outcome.source})"]
    if outcome.same_as:
        lines.append(f"  the same bytes as revision {outcome.same_as}: upstream went back to it")
    comparison = outcome.comparison
    if comparison.surface_changed:
        lines.append(
            f"  version: {outcome.old_version} -> {outcome.new_version} "
            f"({comparison.bump.label}: {change_summary(comparison)})"
        )
    else:
        lines.append(
            f"  version: stays {outcome.old_version} ({change_summary(comparison)}; no CHANGELOG section)"
        )
    added, removed, changed = operations(comparison)
    for label, items in (("added", added), ("removed", removed), ("changed", changed)):
        lines.append(f"  operations {label} ({len(items)}){':' if items else ''}")
        lines += [f"    {item}" for item in items]
    other = sum(1 for c in comparison.changes if c.endpoint is None)
    if other:
        lines.append(f"  other changes (models, enums, notes): {other}")
    lines.append(
        f"  files {'to touch' if outcome.dry_run else 'touched'} ({len(outcome.touched)}):"
    )
    lines += [f"    {path}" for path in outcome.touched]
    if rev.commit is None:
        again = (
            "`scripts/sync-specs` cannot download them again once the upstream address moves on"
            if rev.source == "upstream"
            else "they cannot be downloaded from anywhere"
        )
        lines.append(
            f"  note: no upstream commit pins these bytes; {outcome.revision_file} is git-ignored: "
            f"other machines (CI) need a copy of it (e.g. in ../shared/specs/{outcome.api}/"
            f"revisions/), as {again}"
        )
    if outcome.dry_run:
        lines.append("  dry run: nothing was written")
    return lines

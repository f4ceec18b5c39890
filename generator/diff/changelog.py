"""The CHANGELOG.md of the generated package and its version, built from the pinned revisions in order.

Versions: revision 01 is ``1.0.0`` (:data:`INITIAL_VERSION`). The client is published as a stable 1.x
so that every bump keeps its semver meaning (under 0.x a breaking change would only be a minor bump).
Each later revision whose client surface differs from the one before bumps the version by what
``sdkgen diff`` says the pair needs: major ``X+1.0.0``, minor ``X.Y+1.0``, patch ``X.Y.Z+1``.
A revision that leaves the surface unchanged (documentation only, or nothing the client shows) gets
no section and keeps the version: its package differs from the previous one in docstrings at most.

Sections are newest first, each with the breaking changes, then additions and compatible changes,
then notes. :func:`release_for` gives what the package generated from one revision carries: its
version and the changelog up to that revision.
"""

from __future__ import annotations

import functools
import itertools
from dataclasses import dataclass
from pathlib import Path

from generator.config import Config
from generator.diff.changes import Bump, Comparison
from generator.diff.compare import compare
from generator.diff.report import change_line, markdown, summary
from generator.diff.surface import Surface, load_surface
from generator.manifest.manifest import Manifest, Revision
from generator.manifest.sync import ensure_revision

INITIAL_VERSION = "1.0.0"
CHANGELOG_FILE = "CHANGELOG.md"
_GROUPS = (
    (Bump.MAJOR, "Breaking changes"),
    (Bump.MINOR, "Added and changed"),
    (Bump.PATCH, "Notes"),
)


@dataclass(frozen=True)
class Entry:
    """One revision: its version, and how its surface differs from the previous revision's."""

    revision: Revision
    version: str
    comparison: Comparison | None  # None for the first revision
    operations: int
    models: int

    @property
    def released(self) -> bool:
        """Whether the revision starts a version (the first one, or one that changed the surface)."""
        return self.comparison is None or self.comparison.surface_changed


@dataclass(frozen=True)
class Release:
    """What the package generated from one revision carries."""

    version: str
    changelog: str


def bump_version(version: str, bump: Bump) -> str:
    """``1.4.2`` bumped: major ``2.0.0``, minor ``1.5.0``, patch ``1.4.3``."""
    major, minor, patch = (int(part) for part in version.split("."))
    if bump is Bump.MAJOR:
        return f"{major + 1}.0.0"
    if bump is Bump.MINOR:
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


def revision_surface(manifest: Manifest, revision: Revision, config: Config) -> Surface:
    """The surface of a pinned revision (synced if needed; cached in-process)."""
    path = ensure_revision(manifest, revision.name)
    return load_surface(path, config, revision.name + Path(revision.file).suffix)


def compare_revisions(
    manifest: Manifest, old: Revision, new: Revision, config: Config
) -> Comparison:
    """What ``sdkgen diff OLD NEW`` reports for two pinned revisions."""
    return compare(
        revision_surface(manifest, old, config),
        revision_surface(manifest, new, config),
        old.name,
        new.name,
    )


def history(manifest: Manifest, config: Config) -> list[Entry]:
    """Every revision in order with its version (computed once per manifest and config)."""
    return list(_history(manifest, config))


@functools.lru_cache(maxsize=8)
def _history(manifest: Manifest, config: Config) -> tuple[Entry, ...]:
    entries: list[Entry] = []
    version = INITIAL_VERSION
    previous: Revision | None = None
    for revision in manifest.revisions:
        surface = revision_surface(manifest, revision, config)
        comparison = None
        if previous is not None:
            comparison = compare_revisions(manifest, previous, revision, config)
            if comparison.surface_changed:
                version = bump_version(version, comparison.bump)
        entries.append(
            Entry(revision, version, comparison, len(surface.operations), len(surface.models))
        )
        previous = revision
    return tuple(entries)


def build_changelog(
    manifest: Manifest, config: Config, upto: str | None = None
) -> tuple[str, dict[str, str]]:
    """The changelog (up to the revision ``upto``, default all) and every revision's version."""
    entries = history(manifest, config)
    versions = {e.revision.name: e.version for e in entries}
    if upto is not None:
        last = manifest.revision(upto).number
        entries = [e for e in entries if e.revision.number <= last]
    return render_changelog(entries, _package_label(config)), versions


def release_for(revision: str, manifest: Manifest, config: Config) -> Release:
    """The version and CHANGELOG.md of the package generated from a pinned revision."""
    name = manifest.revision(revision).name
    changelog, versions = build_changelog(manifest, config, upto=name)
    return Release(versions[name], changelog)


def golden_files(manifest: Manifest, config: Config) -> dict[str, str]:
    """What tests/golden_changelog/ holds: ``NN__MM.md``, the ``sdkgen diff`` report of every
    consecutive pair of revisions, and the complete ``CHANGELOG.md``."""
    files: dict[str, str] = {}
    for old, new in itertools.pairwise(manifest.revisions):
        comparison = compare_revisions(manifest, old, new, config)
        files[f"{old.number:02d}__{new.number:02d}.md"] = markdown(comparison)
    files[CHANGELOG_FILE] = build_changelog(manifest, config)[0]
    return files


# -- rendering ------------------------------------------------------------------------------------


def render_changelog(entries: list[Entry], package: str) -> str:
    lines = [
        "# Changelog",
        "",
        (
            f"Versions of {package}, newest first: one per revision of the API document that "
            "changed the client surface. A major version has breaking changes for code using the "
            "client, a minor one additions or compatible changes, a patch one only changes the "
            "types do not show."
        ),
        "",
    ]
    for entry in reversed(entries):
        if entry.released:
            lines += _section(entry)
    return "\n".join(lines).rstrip("\n") + "\n"


def _section(entry: Entry) -> list[str]:
    rev = entry.revision
    message = " ".join(rev.message.split()).replace("`", "'")
    lines = [
        f"## {entry.version} ({rev.date.isoformat()})",
        "",
        f"Spec revision `{rev.name}` (upstream commit {rev.short_commit}: {message}).",
        "",
    ]
    comparison = entry.comparison
    if comparison is None:
        lines += [
            f"The first version: {entry.operations} operations, {entry.models} models.",
            "",
        ]
        return lines
    lines += [f"{comparison.bump.label.capitalize()}: {summary(comparison)}.", ""]
    for bump, title in _GROUPS:
        changes = [c for c in comparison.changes if c.bump is bump]
        if changes:
            lines += [f"### {title}", ""]
            lines += [change_line(c, tag=False) for c in changes]
            lines.append("")
    return lines


def _package_label(config: Config) -> str:
    package = config.package
    name = package.distribution or package.name
    return f"`{name}`" if name else "the client"

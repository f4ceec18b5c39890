"""Versions and CHANGELOG.md over the pinned Turso revisions (generator/diff/changelog.py), and the two
rules the issue names: 51 -> 52 removes the v1 invite operations (major), 53 -> 54 adds the allowed_ips
and allowed_aws_vpc_ids fields (minor)."""

from __future__ import annotations

import itertools

import pytest

from generator import project
from generator.config import Config
from generator.diff.changelog import (
    INITIAL_VERSION,
    Entry,
    build_changelog,
    bump_version,
    compare_revisions,
    history,
    release_for,
)
from generator.diff.changes import Bump, Comparison
from generator.manifest.manifest import Manifest


@pytest.fixture(scope="module")
def manifest() -> Manifest:
    return project.manifest()


@pytest.fixture(scope="module")
def config() -> Config:
    return project.project_config()


def pair(manifest: Manifest, config: Config, old: str, new: str) -> Comparison:
    return compare_revisions(manifest, manifest.revision(old), manifest.revision(new), config)


@pytest.mark.parametrize(
    ("version", "bump", "expected"),
    [
        ("1.0.0", Bump.MAJOR, "2.0.0"),
        ("1.4.2", Bump.MAJOR, "2.0.0"),
        ("1.4.2", Bump.MINOR, "1.5.0"),
        ("1.4.2", Bump.PATCH, "1.4.3"),
    ],
)
def test_bump_version(version: str, bump: Bump, expected: str) -> None:
    assert bump_version(version, bump) == expected


def test_51_to_52_removes_the_v1_invite_operations(manifest: Manifest, config: Config) -> None:
    comparison = pair(manifest, config, "51", "52")
    assert comparison.bump is Bump.MAJOR
    removed = {c.endpoint for c in comparison.changes if c.kind == "operation-removed"}
    assert removed == {
        "GET /v1/organizations/{organizationSlug}/invites",
        "POST /v1/organizations/{organizationSlug}/invites",
        "DELETE /v1/organizations/{organizationSlug}/invites/{email}",
    }
    assert all(c.breaking for c in comparison.changes if c.kind == "operation-removed")


def test_53_to_54_adds_the_allowed_fields(manifest: Manifest, config: Config) -> None:
    comparison = pair(manifest, config, "53", "54")
    assert comparison.bump is Bump.MINOR
    assert not any(c.breaking for c in comparison.changes)
    added = {c.subject for c in comparison.changes if c.kind == "field-added"}
    for field in ("allowed_ips", "allowed_aws_vpc_ids"):
        assert f"DatabaseConfigurationResponse.{field}" in added
        assert f"DatabaseConfigurationInput.{field}" in added
    params = [c.message for c in comparison.changes if c.kind == "parameter-added"]
    assert any("`allowed_ips: list[str]`" in m for m in params)
    assert any("`allowed_aws_vpc_ids: list[str]`" in m for m in params)


def test_organization_name_to_slug_is_not_breaking(manifest: Manifest, config: Config) -> None:
    comparison = pair(manifest, config, "30", "31")
    renamed = [c for c in comparison.changes if c.kind == "operation-path-renamed"]
    assert len(renamed) == 1
    assert renamed[0].bump is Bump.PATCH
    assert "`{organizationName}` to `{organizationSlug}`" in renamed[0].message


@pytest.mark.slow
def test_versions_follow_the_bumps(manifest: Manifest, config: Config) -> None:
    entries = history(manifest, config)
    assert entries[0].version == INITIAL_VERSION
    assert entries[0].comparison is None
    for before, after in itertools.pairwise(entries):
        assert after.comparison is not None
        if after.comparison.surface_changed:
            assert after.version == bump_version(before.version, after.comparison.bump)
        else:
            assert after.version == before.version
    by_name = {e.revision.number: e for e in entries}
    assert by_name[52].version.endswith(".0.0")
    major, minor, _ = by_name[53].version.split(".")
    assert by_name[54].version == f"{major}.{int(minor) + 1}.0"


@pytest.mark.slow
def test_changelog_has_one_section_per_revision_that_changed_the_surface(
    manifest: Manifest, config: Config
) -> None:
    entries = history(manifest, config)
    changelog, versions = build_changelog(manifest, config)
    released: list[Entry] = [e for e in entries if e.released]
    assert changelog.count("\n## ") == len(released)
    assert versions == {e.revision.name: e.version for e in entries}
    headings = [line for line in changelog.splitlines() if line.startswith("## ")]
    assert headings[0].startswith(f"## {versions[manifest.latest.name]} ")
    assert headings[-1] == f"## {INITIAL_VERSION} ({manifest.revisions[0].date.isoformat()})"
    unchanged = [e for e in entries if not e.released]
    assert unchanged, "some revisions change only documentation"
    assert all(f"`{e.revision.name}`" not in changelog for e in unchanged)


@pytest.mark.slow
def test_release_for_a_revision_stops_at_it(manifest: Manifest, config: Config) -> None:
    _, versions = build_changelog(manifest, config)
    release = release_for("52", manifest, config)
    assert release.version == versions[manifest.revision("52").name]
    assert f"## {release.version} " in release.changelog
    assert manifest.revision("53").name not in release.changelog

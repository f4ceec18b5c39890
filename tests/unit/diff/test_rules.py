"""One hand-written spec pair per rule (tests/fixtures/diff/<rule>/): what `sdkgen diff` reports and the
bump it names."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.diff.changes import Bump, Comparison
from generator.diff.sources import diff_refs

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "diff"

# rule -> (bump of the pair, [(kind, bump) of every change])
RULES: dict[str, tuple[str, list[tuple[str, str]]]] = {
    "operation-removed": ("major", [("operation-removed", "major")]),
    "operation-added": ("minor", [("operation-added", "minor")]),
    "operation-renamed": ("major", [("operation-renamed", "major")]),
    "optional-param-made-required": ("major", [("parameter-changed", "major")]),
    "optional-param-added": ("minor", [("parameter-added", "minor")]),
    "required-param-added": ("major", [("parameter-added", "major")]),
    "param-removed": ("major", [("parameter-removed", "major")]),
    "response-field-removed": ("major", [("field-removed", "major")]),
    "response-field-added": ("minor", [("field-added", "minor")]),
    "response-field-made-optional": ("minor", [("field-changed", "minor")]),
    "response-enum-value-removed": ("patch", [("enum-values-removed", "patch")]),
    "type-narrowed": ("major", [("parameter-changed", "major")]),
    "type-widened": ("minor", [("parameter-changed", "minor")]),
    "request-enum-value-removed": ("major", [("enum-values-removed", "major")]),
    "request-enum-value-added": ("minor", [("enum-values-added", "minor")]),
    "path-param-renamed": ("patch", [("operation-path-renamed", "patch")]),
    "path-param-renamed-client-param": ("patch", [("operation-path-renamed", "patch")]),
    "documentation-only": ("patch", []),
}


def compare_fixture(rule: str) -> Comparison:
    folder = FIXTURES / rule
    config = folder / "sdkgen.toml"
    return diff_refs(
        str(folder / "old.yaml"),
        str(folder / "new.yaml"),
        config if config.is_file() else None,
    )


def test_every_fixture_has_a_rule() -> None:
    folders = {p.name for p in FIXTURES.iterdir() if p.is_dir()}
    assert folders == set(RULES)


@pytest.mark.parametrize("rule", sorted(RULES))
def test_rule(rule: str) -> None:
    bump, expected = RULES[rule]
    comparison = compare_fixture(rule)
    assert [(c.kind, c.bump.label) for c in comparison.changes] == expected
    assert comparison.bump.label == bump


@pytest.mark.parametrize("rule", sorted(RULES))
def test_a_spec_compared_with_itself_has_no_change(rule: str) -> None:
    old = str(FIXTURES / rule / "old.yaml")
    comparison = diff_refs(old, old)
    assert comparison.changes == ()
    assert not comparison.docs_changed
    assert comparison.bump is Bump.PATCH


def test_a_path_parameter_renamed_without_changing_python_is_not_breaking() -> None:
    for rule in ("path-param-renamed", "path-param-renamed-client-param"):
        comparison = compare_fixture(rule)
        assert not any(c.breaking for c in comparison.changes)
    (change,) = compare_fixture("path-param-renamed").changes
    assert "`{itemId}` to `{item_id}`" in change.message
    assert "`items.get`" in change.message


def test_messages_name_the_operation_and_the_parameter() -> None:
    (change,) = compare_fixture("optional-param-made-required").changes
    assert change.subject == "items.list"
    assert change.endpoint == "GET /items"
    assert change.message == "`items.list`: parameter `limit`: now required"
    (change,) = compare_fixture("operation-renamed").changes
    assert change.message == "renamed `items.get` to `items.fetch` (`GET /items/{itemId}`)"
    (change,) = compare_fixture("request-enum-value-removed").changes
    assert change.message == "`items.list`: parameter `status` no longer accepts `'archived'`"


def test_documentation_changes_alone_are_a_patch() -> None:
    comparison = compare_fixture("documentation-only")
    assert comparison.docs_changed
    assert not comparison.surface_changed

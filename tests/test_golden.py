"""Golden files: tests/golden/<revision>/ holds the complete output (and warnings) of every pinned revision.

A difference fails with a unified diff; if the change is intended, run `scripts/update-golden` (or
`scripts/update-golden REVISION`) and review the diff before committing.
"""

from __future__ import annotations

import pytest

from generator import project

REVISIONS = [r.name for r in project.manifest().revisions]


@pytest.mark.slow
@pytest.mark.parametrize("name", REVISIONS)
def test_golden(name: str) -> None:
    assert (project.GOLDEN_DIR / name).is_dir(), (
        f"tests/golden/{name} is missing: run `scripts/update-golden {name}`"
    )
    expected = project.expected_golden(name)
    diffs = project.diff_trees(expected, project.golden_files(name), f"tests/golden/{name}")
    if diffs:
        shown = "\n".join(diffs)[:20_000]
        pytest.fail(
            f"the output for {name} differs from its golden files:\n{shown}\n\n"
            f"If the change is intended: scripts/update-golden {name}  (then review and commit)",
            pytrace=False,
        )


def test_every_revision_has_a_golden_directory() -> None:
    present = {p.name for p in project.GOLDEN_DIR.iterdir() if p.is_dir()}
    assert present == set(REVISIONS), (
        "run `scripts/update-golden` to add or remove golden directories"
    )


def test_generated_is_current() -> None:
    stale = [
        line
        for line in project.diff_trees(
            project.expected_generated(), project.generated_files(), "generated"
        )
    ]
    assert not stale, (
        "generated/ is stale: run `scripts/regenerate` and commit\n" + "\n".join(stale)[:20_000]
    )

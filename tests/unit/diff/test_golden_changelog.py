"""tests/golden_changelog/: the `sdkgen diff` report of every consecutive pair of pinned revisions
(NN__MM.md) and the complete CHANGELOG.md. A difference fails with a unified diff; if the change is
intended, run scripts/update-golden-changelog and review the diff before committing."""

from __future__ import annotations

import difflib
import itertools
from pathlib import Path

import pytest

from generator import project
from generator.diff.changelog import CHANGELOG_FILE, golden_files

GOLDEN = Path(__file__).resolve().parents[2] / "golden_changelog"
REVISIONS = project.manifest().revisions
NAMES = [f"{a.number:02d}__{b.number:02d}.md" for a, b in itertools.pairwise(REVISIONS)]


@pytest.fixture(scope="module")
def expected() -> dict[str, str]:
    return golden_files(project.manifest(), project.project_config())


def test_one_golden_per_consecutive_pair() -> None:
    assert len(NAMES) == len(REVISIONS) - 1
    present = {p.name for p in GOLDEN.glob("*.md")}
    assert present == {*NAMES, CHANGELOG_FILE}, "run scripts/update-golden-changelog"


@pytest.mark.slow
@pytest.mark.parametrize("name", [*NAMES, CHANGELOG_FILE])
def test_golden_changelog(name: str, expected: dict[str, str]) -> None:
    path = GOLDEN / name
    assert path.is_file(), (
        f"tests/golden_changelog/{name} is missing: run scripts/update-golden-changelog"
    )
    committed = path.read_text(encoding="utf-8")
    if committed != expected[name]:
        diff = "".join(
            difflib.unified_diff(
                committed.splitlines(True),
                expected[name].splitlines(True),
                f"tests/golden_changelog/{name} (committed)",
                f"tests/golden_changelog/{name} (generated)",
            )
        )
        pytest.fail(
            f"tests/golden_changelog/{name} differs from what sdkgen diff reports now:\n"
            f"{diff[:20_000]}\n\nIf the change is intended: run scripts/update-golden-changelog "
            "(then review and commit)",
            pytrace=False,
        )

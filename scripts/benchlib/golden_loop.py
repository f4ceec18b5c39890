"""Generate every pinned Turso revision in turn in this one process, as the golden test does.

Run under the project's .venv: `python scripts/benchlib/golden_loop.py PROJECT_ROOT`. Prints the number
of revisions and files generated.
"""

from __future__ import annotations

import sys

sys.path.insert(0, sys.argv[1])

from generator.project import expected_golden, manifest


def main() -> int:
    files = 0
    revisions = manifest().revisions
    for revision in revisions:
        files += len(expected_golden(revision.name))
    print(f"{len(revisions)} revisions, {files} files")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

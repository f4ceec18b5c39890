"""Run a project script under the project's .venv, whichever python started it.

The scripts are run as `scripts/<name>` (`#!/usr/bin/env python3`), so without an activated venv the
system python would start them and miss ruff, jinja2 and the rest. `scripts/test` and
`scripts/regenerate` create the venv.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"


def reexec_in_venv() -> None:
    """Replace this process by the same command under .venv's python, unless already there."""
    python = VENV / "bin" / "python"
    if Path(sys.prefix).resolve() == VENV.resolve():
        return
    if not python.exists():
        sys.exit(
            f"{sys.argv[0]}: no .venv yet: run scripts/test (or scripts/regenerate) once first"
        )
    os.execv(python, [str(python), *sys.argv])

"""`$ref` cycles that resolve to nothing (a parameter or schema referring to itself through others) end
in a bounded run with warnings naming their pointers, and a package that imports."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SPEC = Path(__file__).resolve().parents[1] / "fixtures" / "cli" / "ref-cycles.yaml"


def test_ref_cycles_end_in_a_bounded_run(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = subprocess.run(
        [sys.executable, "-m", "generator", "generate", str(SPEC), "--output", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert (
        "#/components/parameters/P2: reference chain through #/components/parameters/P1 is too long or cyclic"
        in result.stderr
    )
    assert "#/components/schemas/A: type alias refers back to itself" in result.stderr
    imported = subprocess.run(
        [sys.executable, "-c", "import cyc.models as m; print(m.A, m.B)"],
        cwd=out,
        capture_output=True,
        text=True,
        check=False,
    )
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout.strip() == "typing.Any typing.Any"

"""Tests for generator.render.ordering: the orders are ruff's own (checked by running ruff)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from generator.render.ordering import export_order, import_order, is_stdlib

RUFF = Path(sys.executable).with_name("ruff")
NAMES = [
    "zeta",
    "Model10",
    "Model2",
    "model1",
    "API",
    "APIError",
    "ApiError",
    "X",
    "x",
    "NOT_GIVEN",
    "_private",
    "__version__",
    "Zebra",
    "aardvark",
    "URL2",
    "Url",
    "HTTP_2",
    "TypeV2Item",
    "TypeV10Item",
    "typeV3",
]


def _ruff_fixed(tmp_path: Path, source: str, rule: str) -> str:
    path = tmp_path / "m.py"
    path.write_text(source, encoding="utf-8")
    subprocess.run(
        [
            str(RUFF),
            "check",
            "--isolated",
            "--no-cache",
            "--fix-only",
            f"--select={rule}",
            str(path),
        ],
        check=True,
        capture_output=True,
    )
    return path.read_text(encoding="utf-8")


def test_export_order_is_ruffs(tmp_path: Path) -> None:
    listed = "".join(f"    {name!r},\n" for name in NAMES)
    fixed = _ruff_fixed(tmp_path, f"__all__ = [\n{listed}]\n", "RUF022")
    expected = "".join(f"    {name!r},\n" for name in export_order(NAMES))
    assert fixed == f"__all__ = [\n{expected}]\n"


def test_import_order_is_ruffs(tmp_path: Path) -> None:
    listed = "".join(f"    {name},\n" for name in NAMES)
    fixed = _ruff_fixed(tmp_path, f"from m import (\n{listed})\n", "I")
    expected = "".join(f"    {name},\n" for name in import_order(NAMES))
    assert fixed == f"from m import (\n{expected})\n"


def test_duplicates_go() -> None:
    assert export_order(["b", "a", "b"]) == ["a", "b"]
    assert import_order(["b", "a", "b"]) == ["a", "b"]


def test_stdlib_modules() -> None:
    assert is_stdlib("datetime") and is_stdlib("collections.abc") and is_stdlib("builtins")
    assert not is_stdlib("pydantic") and not is_stdlib("msgspec")

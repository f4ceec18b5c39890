"""Tests for generator.emit.format: deterministic, config-proof formatting of a whole tree."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from generator.diagnostics import GenerationError
from generator.emit.format import format_tree

MESSY = {
    "pkg/__init__.py": "from .models import Thing\nfrom .client import Client\n",
    "pkg/client.py": (
        "from __future__ import annotations\n"
        "import sys\n"
        "import os\n"
        "from typing import List, Optional, Dict\n"
        "import httpx\n"
        "from .models import Thing\n"
        "class Client :\n"
        "    def get(self,ids:List[int],extra:Optional[Dict[str,str]]=None)->'Thing':\n"
        "        return Thing(name='x',values=ids)\n"
        "    def _http(self) -> httpx.Client: return httpx.Client( )\n"
    ),
    "pkg/models.py": (
        "from typing import List\n"
        "import json\n"
        "class Thing:\n"
        "    def __init__(self,name:str,values:List[int]): self.name=name;self.values=values\n"
        "    def dump(self)->str: return json.dumps({'name':self.name,'values':self.values,'extra':'x' * 1000})\n"
    ),
    # ruff and black skip directories like these by default; sdkgen must not
    "pkg/build/gen.py": "import os\nx = {  'a':1 }\n",
    "pkg/dist/gen.py": "import os\nx = {  'a':1 }\n",
    "pkg/.hidden/gen.py": "import os\nx = {  'a':1 }\n",
    "README.md": "# not python\n",
}

HOSTILE_PYPROJECT = """\
[tool.ruff]
line-length = 20
indent-width = 2
extend-exclude = ["pkg"]
respect-gitignore = true
[tool.ruff.lint]
select = ["ALL"]
[tool.ruff.lint.isort]
force-single-line = true
known-first-party = ["httpx"]
[tool.ruff.format]
quote-style = "single"
indent-style = "tab"
[tool.black]
line-length = 20
skip-string-normalization = true
exclude = "pkg"
"""


def _make(root: Path, files: dict[str, str] = MESSY) -> Path:
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def _snapshot(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def _make_hostile(directory: Path) -> None:
    """A project the formatters would pick configuration and ignore rules from."""
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "pyproject.toml").write_text(HOSTILE_PYPROJECT, encoding="utf-8")
    (directory / "ruff.toml").write_text('line-length = 30\n[format]\nquote-style = "single"\n')
    (directory / ".gitignore").write_text("*.py\npkg/\n")
    subprocess.run(["git", "init", "-q", str(directory)], check=False, capture_output=True)


@pytest.mark.parametrize("formatter", ["ruff", "black"])
def test_formats_fixes_imports_and_is_idempotent(tmp_path: Path, formatter: str) -> None:
    root = _make(tmp_path / "out")
    format_tree(root, formatter=formatter)  # type: ignore[arg-type]
    first = _snapshot(root)
    client = first["pkg/client.py"].decode()
    assert "import os" not in client and "import sys" not in client  # unused imports dropped
    assert "List" not in client and "Optional" not in client  # pyupgrade for py311
    assert "ids: list[int], extra: dict[str, str] | None = None" in client
    assert client.index("import httpx") < client.index("from .models import Thing")
    assert "class Client:" in client
    # re-exports in __init__.py stay (sorted)
    assert first["pkg/__init__.py"] == b"from .client import Client\nfrom .models import Thing\n"
    for rel in ("pkg/build/gen.py", "pkg/dist/gen.py", "pkg/.hidden/gen.py"):
        assert first[rel] == b'x = {"a": 1}\n'
    assert first["README.md"] == MESSY["README.md"].encode()
    # long lines are wrapped at the default 100 columns
    assert all(len(line) <= 100 for line in first["pkg/models.py"].decode().splitlines())

    format_tree(root, formatter=formatter)  # type: ignore[arg-type]
    assert _snapshot(root) == first
    assert not any(".ruff_cache" in p for p in first)


@pytest.mark.parametrize("formatter", ["ruff", "black"])
def test_output_ignores_cwd_config_and_ignore_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, formatter: str
) -> None:
    plain = _make(tmp_path / "plain" / "out")
    monkeypatch.chdir(tmp_path / "plain")
    format_tree(plain, formatter=formatter)  # type: ignore[arg-type]

    # hostile configuration in the cwd, in an ancestor of the tree and inside the tree itself
    hostile_cwd = tmp_path / "hostile-cwd"
    _make_hostile(hostile_cwd)
    ancestor = tmp_path / "hostile-ancestor"
    _make_hostile(ancestor)
    inside = _make(ancestor / "out")
    (inside / "pyproject.toml").write_text(HOSTILE_PYPROJECT, encoding="utf-8")
    (inside / ".gitignore").write_text("*.py\n")
    monkeypatch.chdir(hostile_cwd)
    monkeypatch.setenv("RUFF_LINE_LENGTH", "20")
    monkeypatch.setenv("RUFF_CACHE_DIR", str(tmp_path / "ruff-cache"))
    format_tree(Path("..") / "hostile-ancestor" / "out", formatter=formatter)  # type: ignore[arg-type]

    formatted = _snapshot(inside)
    for extra in ("pyproject.toml", ".gitignore"):
        formatted.pop(extra)
    assert formatted == _snapshot(plain)
    assert not (hostile_cwd / ".ruff_cache").exists()
    assert not (tmp_path / "ruff-cache").exists()


def test_line_length_and_target_are_applied(tmp_path: Path) -> None:
    code = "def f(first_argument: int, second_argument: int) -> int:\n    return first_argument\n"
    root = _make(tmp_path / "out", {"m.py": code})
    format_tree(root, line_length=40)
    assert (root / "m.py").read_text().startswith("def f(\n")
    union = "from typing import Optional\nx: Optional[int] = None\n"
    root = _make(tmp_path / "old-target", {"m.py": union})
    format_tree(root, target="py38")
    assert "Optional[int]" in (root / "m.py").read_text()


@pytest.mark.parametrize("formatter", ["ruff", "black"])
def test_syntax_error_is_a_generation_error(tmp_path: Path, formatter: str) -> None:
    root = _make(tmp_path / "out", {"ok.py": "x = 1\n", "pkg/bad.py": "def f(:\n    pass\n"})
    with pytest.raises(GenerationError) as caught:
        format_tree(root, formatter=formatter)  # type: ignore[arg-type]
    message = str(caught.value)
    assert "bad.py" in message
    assert "bug in sdkgen" in message
    assert formatter in message


def test_bad_arguments(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        format_tree(tmp_path, target="3.11")
    with pytest.raises(ValueError):
        format_tree(tmp_path, line_length=0)
    with pytest.raises(ValueError):
        format_tree(tmp_path, formatter="yapf")  # type: ignore[arg-type]
    with pytest.raises(GenerationError):
        format_tree(tmp_path / "missing")


def test_empty_tree_is_fine(tmp_path: Path) -> None:
    format_tree(tmp_path)
    format_tree(tmp_path, formatter="black")
    assert list(tmp_path.iterdir()) == []


def test_missing_formatter_is_a_generation_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import generator.emit.format as fmt

    monkeypatch.setattr(fmt, "_ruff", lambda: [str(tmp_path / "no-such-ruff")])
    with pytest.raises(GenerationError, match="cannot run ruff check"):
        format_tree(_make(tmp_path / "out", {"m.py": "x = 1\n"}))


def test_same_bytes_as_a_second_copy(tmp_path: Path) -> None:
    a = _make(tmp_path / "a")
    shutil.copytree(a, tmp_path / "b")
    format_tree(a)
    format_tree(tmp_path / "b")
    assert _snapshot(a) == _snapshot(tmp_path / "b")

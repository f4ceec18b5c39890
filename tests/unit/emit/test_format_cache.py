"""Tests for generator.emit.format.format_files and its cache (generator.emit.format_cache): a file
comes from the cache only when the formatter would make the same of it."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

import generator.emit.format as fmt
from generator.emit import format_cache
from generator.emit.format import format_files, format_tree

from .test_format import MESSY, _make, _snapshot

FILES = {rel: text.encode() for rel, text in MESSY.items()}
PYTHON = sorted(rel for rel in FILES if rel.endswith(".py"))


@pytest.fixture
def runs(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[list[str]]]:
    """The files each formatter command was given (relative to the tree), one list per command."""
    seen: list[list[str]] = []
    real = fmt._run

    def recording(tool: str, root: Path, command: list[str], **kwargs: object) -> None:
        prefix = f"{root}/"
        seen.append(sorted(a.removeprefix(prefix) for a in command if a.startswith(prefix)))
        real(tool, root, command, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(fmt, "_run", recording)
    yield seen


def _tree_formatted(tmp_path: Path, files: dict[str, bytes], **options: object) -> dict[str, bytes]:
    """What format_tree makes of ``files`` written out (the reference)."""
    root = tmp_path / "reference"
    _make(root, {rel: data.decode() for rel, data in files.items()})
    format_tree(root, **options)  # type: ignore[arg-type]
    formatted = _snapshot(root)
    for path in root.rglob("*"):
        if path.is_file():
            path.unlink()
    return formatted


@pytest.mark.parametrize("formatter", ["ruff", "black"])
def test_files_are_formatted_as_the_tree_is(tmp_path: Path, formatter: str) -> None:
    expected = _tree_formatted(tmp_path, FILES, formatter=formatter)
    formatted = format_files(FILES, formatter=formatter)  # type: ignore[arg-type]
    assert formatted == expected
    assert list(formatted) == sorted(FILES)
    cache = tmp_path / "cache"
    for _ in range(2):  # stored, then loaded
        assert format_files(FILES, formatter=formatter, cache=cache) == expected  # type: ignore[arg-type]


def test_a_second_run_formats_nothing(tmp_path: Path, runs: list[list[str]]) -> None:
    cache = tmp_path / "cache"
    first = format_files(FILES, cache=cache)
    assert runs == [PYTHON, PYTHON]  # ruff check, ruff format: every Python file, at once
    assert len(list(cache.iterdir())) == len(PYTHON)
    runs.clear()
    assert format_files(FILES, cache=cache) == first
    assert runs == []


def test_only_changed_files_are_formatted(tmp_path: Path, runs: list[list[str]]) -> None:
    cache = tmp_path / "cache"
    format_files(FILES, cache=cache)
    changed = {**FILES, "pkg/models.py": FILES["pkg/models.py"] + b"import os\nY=[1,2]\n"}
    expected = _tree_formatted(tmp_path, changed)
    runs.clear()
    assert format_files(changed, cache=cache) == expected
    assert runs == [["pkg/models.py"], ["pkg/models.py"]]


def test_the_tree_shape_decides_first_party_imports(tmp_path: Path) -> None:
    # ruff sorts `import foo` as first-party (a section of its own) when the tree has foo.py.
    module = b"import zlib\nimport httpx\nimport foo\n\nprint(zlib, httpx, foo)\n"
    alone = {"app.py": module}
    beside = {"app.py": module, "foo.py": b"X = 1\n"}
    cache = tmp_path / "cache"
    for files in (alone, beside, alone):
        assert format_files(files, cache=cache) == _tree_formatted(tmp_path, files)
    assert format_files(alone, cache=cache) != format_files(beside, cache=cache)


def test_settings_path_and_formatter_are_part_of_the_key(
    tmp_path: Path, runs: list[list[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    files = {"a.py": b"x = {'key': 'a fairly long value', 'other': 'another long value'}\n"}
    format_files(files, cache=cache)
    runs.clear()
    format_files(files, cache=cache, line_length=40)
    format_files(files, cache=cache, target="py312")
    format_files({"b.py": files["a.py"]}, cache=cache)
    format_files(files, cache=cache, formatter="black")
    assert len(runs) == 8  # none came from the cache
    expected = _tree_formatted(tmp_path, files, line_length=40)
    assert format_files(files, cache=cache, line_length=40) == expected
    runs.clear()
    other_ruff = tmp_path / "bin" / "ruff"
    other_ruff.parent.mkdir()
    other_ruff.symlink_to(fmt._ruff()[0])
    monkeypatch.setattr(fmt, "_ruff", lambda: [str(other_ruff)])
    format_files(files, cache=cache)
    assert runs == [["a.py"], ["a.py"]]  # another ruff binary: formatted anew


def test_a_damaged_entry_is_formatted_anew(tmp_path: Path, runs: list[list[str]]) -> None:
    cache = tmp_path / "cache"
    expected = format_files(FILES, cache=cache)
    for entry in cache.iterdir():
        entry.write_bytes(entry.read_bytes() + b"x = 'not what was formatted'\n")
    runs.clear()
    assert format_files(FILES, cache=cache) == expected
    assert runs == [PYTHON, PYTHON]


def test_an_unwritable_cache_only_costs_the_formatting(tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a directory")
    expected = format_files(FILES)
    assert format_files(FILES, cache=blocked / "cache") == expected


def test_the_cache_keeps_the_entries_used_last(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(format_cache, "MAX_ENTRIES", 4)
    cache = tmp_path / "cache"
    for i in range(4):
        format_cache.store(cache, {f"{i:064x}": b"x = %d\n" % i})
    for age, entry in enumerate(sorted(cache.iterdir())):
        os.utime(entry, ns=(age * 10**9, age * 10**9))  # entry 0 is the oldest
    assert format_cache.load(cache, f"{0:064x}") == b"x = 0\n"  # used now: the newest
    format_cache.store(cache, {f"{9:064x}": b"x = 9\n"})
    assert sorted(int(p.name, 16) for p in cache.iterdir()) == [0, 3, 9]


def test_tree_shape_is_the_top_names_and_those_under_src() -> None:
    shape = format_cache.tree_shape(["pkg/a.py", "pkg/b/c.py", "README.md", "src/lib/x.py"])
    assert shape == '["README.md", "pkg", "src", "src/lib"]'

"""Tests for generator.emit.write: atomic, conservative output of a generated tree."""

from __future__ import annotations

import json
import os
import shutil
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import generator.emit.write as write_module
from generator.diagnostics import GenerationError
from generator.emit.write import MANIFEST_NAME, WriteReport, check_paths, recover, write_tree

Snapshot = dict[str, Any]

OLD = {
    "pkg/__init__.py": b"from .client import Client\n",
    "pkg/client.py": b"class Client: ...\n",
    "pkg/resources/users.py": b"users = 1\n",
    "pkg/resources/teams.py": b"teams = 1\n",
    "pkg/stale/only.py": b"gone soon\n",
    "README.md": b"# generated readme\n",
}
NEW = {
    "pkg/__init__.py": b"from .client import Client\n",  # unchanged
    "pkg/client.py": b"class Client:\n    pass\n",  # updated
    "pkg/resources/users.py": b"users = 2\n",  # updated
    "pkg/models.py": b"models = 1\n",  # created
    "README.md": b"# generated readme v2\n",
}


def snapshot(root: Path) -> Snapshot:
    """Every entry under ``root``: file bytes, ``("link", target)`` or ``"<dir>"``."""
    result: Snapshot = {}
    for directory, dirs, files in os.walk(root):
        for name in dirs + files:
            path = Path(directory, name)
            rel = path.relative_to(root).as_posix()
            if path.is_symlink():
                result[rel] = ("link", os.readlink(path))
            elif path.is_dir():
                result[rel] = "<dir>"
            else:
                result[rel] = path.read_bytes()
    return result


def siblings(output: Path) -> list[str]:
    return sorted(p.name for p in output.parent.iterdir() if p.name != output.name)


def manifest(output: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((output / MANIFEST_NAME).read_text())
    return data


def files_of(snap: Snapshot) -> dict[str, bytes]:
    return {k: v for k, v in snap.items() if isinstance(v, bytes) and k != MANIFEST_NAME}


@pytest.fixture
def output(tmp_path: Path) -> Path:
    return tmp_path / "work" / "sdk"


# --------------------------------------------------------------------------- happy paths


def test_fresh_write(output: Path) -> None:
    report = write_tree(OLD, output, generator_version="1.2.3")
    assert files_of(snapshot(output)) == OLD
    assert report == WriteReport(created=tuple(sorted(OLD)))
    data = manifest(output)
    assert data["version"] == "1.2.3" and data["generator"] == "sdkgen"
    assert [f["path"] for f in data["files"]] == sorted(OLD)
    assert siblings(output) == []


def test_output_is_deterministic(tmp_path: Path) -> None:
    a, b = tmp_path / "a" / "sdk", tmp_path / "b" / "sdk"
    write_tree(OLD, a, generator_version="1")
    write_tree(dict(reversed(list(OLD.items()))), b, generator_version="1")
    assert snapshot(a) == snapshot(b)
    raw = (a / MANIFEST_NAME).read_bytes()
    assert raw.endswith(b"\n") and b"time" not in raw
    assert raw == json.dumps(json.loads(raw), indent=2, sort_keys=True).encode() + b"\n"


def test_overwrite_updates_and_removes_stale_files(output: Path) -> None:
    write_tree(OLD, output, generator_version="1")
    report = write_tree(NEW, output, generator_version="1")
    snap = snapshot(output)
    assert files_of(snap) == NEW
    assert "pkg/stale" not in snap  # a directory of stale generated files goes too
    assert report.created == ("pkg/models.py",)
    assert report.updated == ("README.md", "pkg/client.py", "pkg/resources/users.py")
    assert report.unchanged == ("pkg/__init__.py",)
    assert report.removed == ("pkg/resources/teams.py", "pkg/stale/only.py")
    assert report.kept == () and report.overwritten_edits == ()
    assert siblings(output) == []


def test_same_input_twice_gives_same_bytes(output: Path) -> None:
    write_tree(NEW, output, generator_version="1")
    first = snapshot(output)
    report = write_tree(NEW, output, generator_version="1")
    assert snapshot(output) == first
    assert report.unchanged == tuple(sorted(NEW)) and not report.updated


def test_user_files_are_never_deleted(output: Path) -> None:
    write_tree(OLD, output)
    (output / "NOTES.md").write_text("mine")
    (output / "pkg" / "stale" / "custom.py").write_text("mine too")  # inside a generated dir
    (output / ".git" / "objects").mkdir(parents=True)
    (output / ".git" / "HEAD").write_text("ref: refs/heads/main\n")
    (output / "empty").mkdir()
    (output / "link").symlink_to("pkg/client.py")
    (output / "dangling").symlink_to("/nowhere/at/all")
    report = write_tree(NEW, output)
    snap = snapshot(output)
    assert snap["NOTES.md"] == b"mine"
    assert snap["pkg/stale/custom.py"] == b"mine too"
    assert "pkg/stale/only.py" not in snap
    assert snap[".git/HEAD"] == b"ref: refs/heads/main\n"
    assert snap[".git/objects"] == snap["empty"] == "<dir>"
    assert snap["link"] == ("link", "pkg/client.py")
    assert snap["dangling"] == ("link", "/nowhere/at/all")
    assert report.kept == (".git/HEAD", "NOTES.md", "dangling", "link", "pkg/stale/custom.py")
    assert {f["path"] for f in manifest(output)["files"]} == set(NEW)


def test_edited_generated_files_are_overwritten_and_reported(output: Path) -> None:
    write_tree(OLD, output)
    (output / "pkg" / "client.py").write_text("hand edit")
    (output / "pkg" / "resources" / "teams.py").write_text("hand edit")
    report = write_tree(NEW, output)
    assert (output / "pkg" / "client.py").read_bytes() == NEW["pkg/client.py"]
    assert not (output / "pkg" / "resources" / "teams.py").exists()
    assert report.overwritten_edits == ("pkg/client.py", "pkg/resources/teams.py")


def test_preserve_patterns(output: Path) -> None:
    staged = {**OLD, "pkg/custom/hooks.py": b"# scaffold\n", "pkg/custom/deep/x.py": b"# x\n"}
    preserve = ["README.md", "pkg/custom/**"]
    first = write_tree(staged, output, preserve=preserve)
    assert first.created == tuple(sorted(staged))  # scaffolds are written the first time
    owned = {f["path"] for f in manifest(output)["files"]}
    assert owned == set(OLD) - {"README.md"}  # ... but are the user's from then on
    (output / "README.md").write_text("hand-written readme")
    (output / "pkg" / "custom" / "hooks.py").write_text("hand-written hooks")
    staged = {**NEW, "pkg/custom/hooks.py": b"# scaffold v2\n"}
    report = write_tree(staged, output, preserve=preserve)
    assert (output / "README.md").read_text() == "hand-written readme"
    assert (output / "pkg" / "custom" / "hooks.py").read_text() == "hand-written hooks"
    assert (
        output / "pkg" / "custom" / "deep" / "x.py"
    ).read_bytes() == b"# x\n"  # not staged: kept
    assert report.preserved == ("README.md", "pkg/custom/hooks.py")
    assert "pkg/custom/deep/x.py" in report.kept
    # dropping the pattern later does not make sdkgen overwrite the hand-written file
    with pytest.raises(GenerationError, match="sdkgen did not write it"):
        write_tree(staged, output)


@pytest.mark.parametrize(
    ("pattern", "path", "matches"),
    [
        ("README.md", "README.md", True),
        ("README.md", "docs/README.md", False),
        ("**/README.md", "docs/README.md", True),
        ("**/README.md", "README.md", True),
        ("pkg/*.py", "pkg/a.py", True),
        ("pkg/*.py", "pkg/sub/a.py", False),
        ("pkg/**", "pkg/sub/a.py", True),
        ("pkg/?.py", "pkg/a.py", True),
        ("pkg/[ab].py", "pkg/b.py", True),
        ("pkg/[!ab].py", "pkg/b.py", False),
        ("a.b", "axb", False),
    ],
)
def test_glob_semantics(pattern: str, path: str, matches: bool) -> None:
    assert bool(write_module._glob_regex(pattern).fullmatch(path)) is matches


def test_output_directory_mode_is_kept(output: Path) -> None:
    write_tree(OLD, output)
    os.chmod(output, 0o750)
    write_tree(NEW, output)
    assert stat.S_IMODE(os.stat(output).st_mode) == 0o750


def test_symlinked_output_is_written_through(tmp_path: Path) -> None:
    real = tmp_path / "real"
    write_tree(OLD, real)
    (tmp_path / "alias").symlink_to(real)
    write_tree(NEW, tmp_path / "alias")
    assert (tmp_path / "alias").is_symlink()
    assert files_of(snapshot(real)) == NEW


# --------------------------------------------------------------------------- refusals


INVALID_PATHS = [
    "",
    "/abs.py",
    "../escape.py",
    "a/../../escape.py",
    "a/./b.py",
    "./a.py",
    "a//b.py",
    "a/",
    "a\\b.py",
    "C:/x.py",
    "c:x.py",
    "stream.py:evil",
    "con",
    "CON",
    "con.py",
    "Nul.txt",
    "aux.tar.gz",
    "prn",
    "com1.py",
    "COM9",
    "lpt1",
    "lpt9.py",
    "pkg/aux/x.py",
    "con .py",
    "trailing.",
    "trailing ",
    "nul\x00byte.py",
    "new\nline.py",
    "tab\there.py",
    "what?.py",
    "star*.py",
    "pipe|.py",
    'quote".py',
    "<angle>.py",
    "x" * 256,
    MANIFEST_NAME,
    MANIFEST_NAME.upper(),
]


@pytest.mark.parametrize("bad", INVALID_PATHS)
def test_invalid_paths_are_rejected_and_nothing_is_written(output: Path, bad: str) -> None:
    write_tree(OLD, output)
    before = snapshot(output)
    with pytest.raises(GenerationError) as caught:
        write_tree({**NEW, bad: b"x"}, output)
    assert "invalid output path" in str(caught.value)
    assert snapshot(output) == before
    assert siblings(output) == []


@pytest.mark.parametrize(
    "clash",
    [
        {"Readme.md": b"a", "README.md": b"b"},
        {"pkg/A.py": b"a", "PKG/a.py": b"b"},
        {"caf\u00e9.py": b"a", "cafe\u0301.py": b"b"},  # NFC vs NFD
        {"pkg": b"a file", "pkg/mod.py": b"and a directory"},
        {"Pkg": b"a file", "pkg/mod.py": b"and a directory, but for case"},
    ],
)
def test_colliding_paths_are_rejected(output: Path, clash: dict[str, bytes]) -> None:
    with pytest.raises(GenerationError):
        write_tree(clash, output)
    assert not output.exists() and not output.parent.exists()


def test_check_paths_reports_every_problem() -> None:
    problems = check_paths(["ok.py", "../a", "con", "A", "a"])
    assert sorted(p.file for p in problems) == ["../a", "a", "con"]
    assert check_paths(["pkg/__init__.py", "pkg/sub/x.py", "README.md"]) == []


def test_conflicts_with_user_files_are_refused(output: Path) -> None:
    write_tree(OLD, output)
    (output / "notes.py").write_text("mine")
    (output / "pkg" / "models").write_text("a user file where sdkgen wants a directory")
    before = snapshot(output)
    with pytest.raises(GenerationError) as caught:
        write_tree({**NEW, "notes.py": b"gen", "pkg/models/x.py": b"gen"}, output)
    message = str(caught.value)
    assert "'notes.py'" in message and "'pkg/models'" in message
    assert snapshot(output) == before and siblings(output) == []


def test_first_write_into_a_foreign_directory(output: Path) -> None:
    output.mkdir(parents=True)
    (output / "README.md").write_text("not sdkgen's")
    with pytest.raises(GenerationError, match="README.md"):
        write_tree(OLD, output)
    report = write_tree(OLD, output, preserve=["README.md"])
    assert (output / "README.md").read_text() == "not sdkgen's"
    assert report.preserved == ("README.md",)


def test_bad_preserve_pattern(output: Path) -> None:
    with pytest.raises(GenerationError, match="preserve"):
        write_tree(OLD, output, preserve=["/abs/**"])


def test_corrupt_manifest_is_an_error(output: Path) -> None:
    write_tree(OLD, output)
    (output / MANIFEST_NAME).write_text("{not json")
    before = snapshot(output)
    with pytest.raises(GenerationError, match="manifest"):
        write_tree(NEW, output)
    assert snapshot(output) == before


def test_output_that_is_a_file(tmp_path: Path) -> None:
    (tmp_path / "sdk").write_text("a file")
    with pytest.raises(GenerationError, match="not a directory"):
        write_tree(OLD, tmp_path / "sdk")
    assert (tmp_path / "sdk").read_text() == "a file"


def test_unwritable_output_location(tmp_path: Path) -> None:
    (tmp_path / "blocker").write_text("a file where a directory should be")
    with pytest.raises(GenerationError, match="cannot write the output directory"):
        write_tree(OLD, tmp_path / "blocker" / "sdk")


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores permissions")
def test_read_only_parent(tmp_path: Path) -> None:  # pragma: no cover - CI runs as root
    parent = tmp_path / "ro"
    parent.mkdir()
    parent.chmod(0o500)
    try:
        with pytest.raises(GenerationError, match="cannot write the output directory"):
            write_tree(OLD, parent / "sdk")
    finally:
        parent.chmod(0o700)


# --------------------------------------------------------------------------- failures


def _fail_after(n: int, real: Callable[..., Any], exc: BaseException) -> Callable[..., Any]:
    calls = 0

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        nonlocal calls
        calls += 1
        if calls > n:
            raise exc
        return real(*args, **kwargs)

    return wrapper


@pytest.mark.parametrize("after", [0, 1, 3])
@pytest.mark.parametrize("exc", [OSError(28, "No space left on device"), RuntimeError("boom")])
def test_failure_while_staging_leaves_output_exact(
    output: Path, monkeypatch: pytest.MonkeyPatch, after: int, exc: BaseException
) -> None:
    write_tree(OLD, output)
    (output / "user.txt").write_text("mine")
    before = snapshot(output)
    failing = _fail_after(after, write_module._write_file, exc)
    monkeypatch.setattr(write_module, "_write_file", failing)
    expected = GenerationError if isinstance(exc, OSError) else RuntimeError
    with pytest.raises(expected):
        write_tree(NEW, output)
    assert snapshot(output) == before
    assert siblings(output) == []


def test_failure_of_the_second_rename_rolls_back(
    output: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_tree(OLD, output)
    before = snapshot(output)
    real_rename = os.rename

    def rename(src: Any, dst: Any) -> None:
        if Path(src).name.startswith(".sdk.sdkgen-tmp-"):
            raise OSError(5, "I/O error", str(src))
        real_rename(src, dst)

    monkeypatch.setattr(os, "rename", rename)
    with pytest.raises(GenerationError, match="I/O error"):
        write_tree(NEW, output)
    assert snapshot(output) == before
    assert siblings(output) == []


def test_failure_before_a_first_write_leaves_nothing(
    output: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    failing = _fail_after(2, write_module._write_file, OSError(28, "No space left on device"))
    monkeypatch.setattr(write_module, "_write_file", failing)
    with pytest.raises(GenerationError, match="No space left"):
        write_tree(OLD, output)
    assert not output.exists() and siblings(output) == []


# --------------------------------------------------------------------------- recovery


def _crash_between_renames(output: Path, new: dict[str, bytes]) -> Path:
    """Leave the state of a run killed right after ``output -> output.old-*``."""
    write_tree(new, output.with_name("staged"))
    temp = output.with_name(f".{output.name}.sdkgen-tmp-{'0' * 16}")
    os.rename(output.with_name("staged"), temp)
    old = output.with_name(f"{output.name}.old-{'a1' * 8}")
    os.rename(output, old)
    return old


def test_recover_after_a_crash_between_the_renames(output: Path) -> None:
    write_tree(OLD, output)
    before = snapshot(output)
    _crash_between_renames(output, NEW)
    assert not output.exists()
    assert recover(output) is True
    assert snapshot(output) == before
    assert siblings(output) == []
    assert recover(output) is False


def test_write_tree_recovers_first(output: Path) -> None:
    write_tree(OLD, output)
    (output / "user.txt").write_text("mine")
    _crash_between_renames(output, NEW)
    report = write_tree(NEW, output)
    assert report.recovered is True
    assert (output / "user.txt").read_text() == "mine"  # the old tree was the one restored
    assert files_of(snapshot(output)) == {**NEW, "user.txt": b"mine"}
    assert siblings(output) == []


def test_leftovers_next_to_a_complete_output_are_cleaned(output: Path) -> None:
    write_tree(OLD, output)
    before = snapshot(output)
    for name in (
        f"sdk.old-{'b2' * 8}",
        f".sdk.sdkgen-tmp-{'c3' * 8}",
        f".sdk.sdkgen-trash-{'d4' * 8}",
    ):
        shutil.copytree(output, output.with_name(name))
    unrelated = ["sdk.old-backup", "sdk.old", ".sdk.sdkgen-tmp-xyz", "other"]
    for name in unrelated:
        output.with_name(name).mkdir()
    assert recover(output) is False
    assert snapshot(output) == before
    assert siblings(output) == sorted(unrelated)  # look-alikes are not sdkgen's: untouched


def test_several_old_copies_are_not_guessed_between(output: Path) -> None:
    write_tree(OLD, output)
    shutil.copytree(output, output.with_name(f"sdk.old-{'e5' * 8}"))
    os.rename(output, output.with_name(f"sdk.old-{'f6' * 8}"))
    with pytest.raises(GenerationError, match="several old copies"):
        write_tree(NEW, output)
    assert not output.exists()


def test_the_generator_version_is_the_distribution_version() -> None:
    """`generator.__version__` (recorded in every output manifest) follows pyproject.toml."""
    import tomllib

    import generator
    from generator.project import ROOT

    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert generator.__version__ == pyproject["project"]["version"]


def test_every_file_is_made_durable_and_a_failure_leaves_the_output(
    output: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = {f"pkg/m{i}.py": f"x = {i}\n".encode() for i in range(20)}
    synced: list[str] = []
    real_open, real_fsync = os.open, os.fsync
    names: dict[int, str] = {}

    def opening(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        fd = real_open(path, flags, *args, **kwargs)
        names[fd] = os.path.basename(path)
        return fd

    def syncing(fd: int) -> None:
        synced.append(names.get(fd, "?"))
        real_fsync(fd)

    monkeypatch.setattr(os, "open", opening)
    monkeypatch.setattr(os, "fsync", syncing)
    write_tree(files, output, generator_version="1")
    assert {f"m{i}.py" for i in range(20)} | {MANIFEST_NAME} <= set(synced)
    before = {p: p.read_bytes() for p in output.rglob("*") if p.is_file()}

    def failing(fd: int) -> None:
        if names.get(fd) == "m7.py":
            raise OSError(5, "Input/output error")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", failing)
    with pytest.raises(GenerationError, match="Input/output error"):
        write_tree({**files, "pkg/m7.py": b"x = 'new'\n"}, output, generator_version="1")
    assert {p: p.read_bytes() for p in output.rglob("*") if p.is_file()} == before
    assert [p.name for p in output.parent.iterdir()] == [output.name]  # no leftovers

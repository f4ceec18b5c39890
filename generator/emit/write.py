"""Write a generated tree to disk atomically, never touching files sdkgen did not write.

``write_tree(staged, output)`` replaces the directory ``output`` as a whole:

1. Recovery (``recover``): a run killed between the two renames of step 5 leaves no ``output``
   but a complete ``<output>.old-<hex>`` sibling; it is renamed back. Leftover temporary and
   trash siblings (``.<output>.sdkgen-tmp-<hex>``, ``.<output>.sdkgen-trash-<hex>``) are deleted.
2. Plan: the previous run's manifest ``<output>/.sdkgen-manifest.json`` says which files sdkgen
   wrote. Those are replaced by the staged files or, if no longer staged, removed. Every other
   entry of ``output`` (hand-written files, ``.git``, empty directories, symlinks) is *kept*:
   carried over into the new tree. Files matching a ``preserve`` glob are kept too, and a staged
   file for such a path is dropped if the file already exists (it is written only the first time,
   as a scaffold, and is not listed in the manifest: from then on it belongs to the user).
   A staged file that would overwrite or sit inside a kept entry is an error: nothing is written.
3. Stage: the new tree is built in a temporary sibling directory (same file system): kept
   entries are hard-linked (copied if linking fails), staged files written, the manifest written
   last, and every file and directory fsync'ed.
4. Any failure up to here deletes the temporary directory; ``output`` is untouched.
5. Swap: ``output`` -> ``<output>.old-<hex>``, temporary -> ``output`` (just one rename when
   there was no ``output``), then the old tree is renamed to a trash name and deleted.

So a crash at any moment leaves the complete old tree or the complete new tree at ``output``,
except between the two renames of step 5, where ``output`` is briefly missing and the next
``write_tree`` (or ``recover``) restores the old one. Runs must not overlap on one ``output``.

The manifest (sorted paths with their SHA-256, and the generator version) carries no
timestamps, so the same input always gives the same bytes.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import stat
import threading
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Literal

from generator.diagnostics import Diagnostic, GenerationError, Level, error

__all__ = [
    "MANIFEST_NAME",
    "WriteReport",
    "check_paths",
    "fsync_dir",
    "is_preserved",
    "recover",
    "write_tree",
    "written_files",
]

MANIFEST_NAME = ".sdkgen-manifest.json"
_MANIFEST_FORMAT = 1
# Files made durable at once (fsync waits on the disk; threads overlap the waits).
_FSYNC_THREADS = 8

_WINDOWS_DEVICES = frozenset(
    ["con", "prn", "aux", "nul", "conin$", "conout$"]
    + [f"{kind}{n}" for kind in ("com", "lpt") for n in "123456789¹²³"]
)
_FORBIDDEN_CHARS = frozenset('<>:"|?*\\')
_MAX_COMPONENT_BYTES = 255

EntryKind = Literal["file", "dir", "symlink"]


@dataclass(frozen=True)
class WriteReport:
    """What ``write_tree`` did; every tuple holds sorted relative posix paths."""

    created: tuple[str, ...] = ()
    updated: tuple[str, ...] = ()
    unchanged: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    #: files and symlinks sdkgen did not write, or matching ``preserve``, carried over
    kept: tuple[str, ...] = ()
    #: staged files dropped because a file matching ``preserve`` already existed there
    preserved: tuple[str, ...] = ()
    #: generated files edited by hand since the last run (their hash differed from the manifest),
    #: overwritten or removed anyway; worth a warning
    overwritten_edits: tuple[str, ...] = ()
    #: a crashed earlier run was rolled back before writing
    recovered: bool = False


# --------------------------------------------------------------------------- path validation


def check_paths(paths: Iterable[str]) -> list[Diagnostic]:
    """Everything wrong with a set of relative output paths (empty list: all fine).

    A path is relative and posix (``/`` separators), without empty, ``.`` or ``..`` components,
    backslashes, drive letters or other characters Windows forbids (``<>:"|?*``, control
    characters), components ending in a dot or space, Windows device names (``con``, ``nul``,
    ``com1``, ``lpt1.txt`` ...) or components over 255 bytes. No two paths may be equal but for
    case or Unicode normalization, and no path may be a file and a directory at once. The
    manifest name is reserved at the top level.
    """
    found: list[Diagnostic] = []
    by_key: dict[str, str] = {}
    for path in sorted(paths):
        reason = _path_problem(path)
        if reason is None:
            reason = _collision(path, by_key)
        if reason is not None:
            found.append(Diagnostic(Level.ERROR, path, "", f"invalid output path: {reason}"))
    found.extend(_file_dir_clashes(by_key))
    return found


def _path_problem(path: str) -> str | None:
    if not path:
        return "empty path"
    if path.startswith("/"):
        return "absolute path"
    bad = sorted({c for c in path if c in _FORBIDDEN_CHARS or ord(c) < 32 or ord(c) == 127})
    if bad:
        return f"forbidden characters {''.join(bad)!r}"
    for part in path.split("/"):
        reason = _component_problem(part)
        if reason is not None:
            return reason
    if _key(path) == _key(MANIFEST_NAME):
        return f"{MANIFEST_NAME} is written by sdkgen itself"
    return None


def _component_problem(part: str) -> str | None:
    if part in ("", ".", ".."):
        return f"component {part!r} (empty, '.' or '..')"
    if part.endswith((".", " ")):
        return f"component {part!r} ends in a dot or space"
    if part.split(".", 1)[0].rstrip(" ").casefold() in _WINDOWS_DEVICES:
        return f"component {part!r} is a Windows device name"
    if len(part.encode()) > _MAX_COMPONENT_BYTES:
        return f"component longer than {_MAX_COMPONENT_BYTES} bytes"
    return None


def _key(path: str) -> str:
    """What a case-insensitive, normalizing file system sees."""
    return unicodedata.normalize("NFC", path).casefold()


def _collision(path: str, by_key: dict[str, str]) -> str | None:
    key = _key(path)
    if key in by_key:
        return f"same file as {by_key[key]!r} on case-insensitive file systems"
    by_key[key] = path
    return None


def _file_dir_clashes(by_key: Mapping[str, str]) -> list[Diagnostic]:
    clashes = []
    for key, path in sorted(by_key.items(), key=lambda item: item[1]):
        for parent in _ancestors(key):
            if parent in by_key:
                message = f"invalid output path: {by_key[parent]!r} is also a file"
                clashes.append(Diagnostic(Level.ERROR, path, "", message))
                break
    return clashes


def _ancestors(path: str) -> list[str]:
    """``"a/b/c"`` -> ``["a", "a/b"]``."""
    parts = path.split("/")
    return ["/".join(parts[:i]) for i in range(1, len(parts))]


# --------------------------------------------------------------------------- preserve globs


def _glob_regex(pattern: str) -> re.Pattern[str]:
    """A glob over relative posix paths: ``*`` and ``?`` stay within one component, ``**``
    spans any number of them (``**/`` also none), ``[...]`` is a character class."""
    out, i = [], 0
    while i < len(pattern):
        if pattern.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
        elif pattern.startswith("**", i):
            out.append(".*")
            i += 2
        elif pattern[i] == "*":
            out.append("[^/]*")
            i += 1
        elif pattern[i] == "?":
            out.append("[^/]")
            i += 1
        elif pattern[i] == "[" and "]" in pattern[i + 2 :]:
            end = pattern.index("]", i + 2)
            body = pattern[i + 1 : end]
            body = "^" + body[1:] if body.startswith("!") else body
            out.append(f"[{body.replace(chr(92), chr(92) * 2)}]")
            i = end + 1
        else:
            out.append(re.escape(pattern[i]))
            i += 1
    return re.compile("".join(out), re.DOTALL)


def _compile_preserve(patterns: Sequence[str]) -> list[re.Pattern[str]]:
    bad = [p for p in patterns if not p or p.startswith("/") or "\\" in p]
    if bad:
        raise error("<preserve>", "", f"invalid preserve patterns {bad!r}", "use relative globs")
    return [_glob_regex(p) for p in patterns]


def _matches(path: str, patterns: Sequence[re.Pattern[str]]) -> bool:
    return any(p.fullmatch(path) for p in patterns)


def is_preserved(path: str, patterns: Sequence[str]) -> bool:
    """Whether ``path`` matches one of the ``preserve`` globs (``*`` in one folder, ``**`` any depth)."""
    return _matches(path, _compile_preserve(patterns))


def written_files(output: Path) -> set[str]:
    """The files the previous run wrote into ``output``, as its manifest lists them."""
    return set(_read_manifest(output / MANIFEST_NAME))


# --------------------------------------------------------------------------- the old tree


@dataclass
class _Existing:
    """The current ``output``: its entries and what its manifest says sdkgen wrote."""

    entries: dict[str, EntryKind] = field(default_factory=dict)
    generated: dict[str, str] = field(default_factory=dict)  # path -> sha256 from the manifest
    mode: int | None = None


def _scan(output: Path) -> _Existing:
    if not os.path.lexists(output):
        return _Existing()
    if not output.is_dir():
        raise error(str(output), "", "output path exists and is not a directory")
    existing = _Existing(mode=stat.S_IMODE(os.stat(output).st_mode))
    _walk(output, "", existing.entries)
    existing.entries.pop(MANIFEST_NAME, None)
    existing.generated = _read_manifest(output / MANIFEST_NAME)
    return existing


def _walk(directory: Path, prefix: str, into: dict[str, EntryKind]) -> None:
    """Record every entry under ``directory`` (symlinks are not followed)."""
    with os.scandir(directory) as scan:
        items = sorted(scan, key=lambda entry: entry.name)
    for item in items:
        rel = prefix + item.name
        if item.is_symlink():
            into[rel] = "symlink"
        elif item.is_dir(follow_symlinks=False):
            into[rel] = "dir"
            _walk(Path(item.path), rel + "/", into)
        else:
            into[rel] = "file"


def _read_manifest(path: Path) -> dict[str, str]:
    if not os.path.lexists(path):
        return {}
    hint = "restore it (e.g. from version control): sdkgen needs it to know which files it wrote"
    try:
        if not stat.S_ISREG(os.lstat(path).st_mode):
            raise ValueError("not a regular file")
        data = json.loads(path.read_bytes())
        files = data["files"]
        return {str(item["path"]): str(item["sha256"]) for item in files}
    except (ValueError, KeyError, TypeError) as exc:
        raise error(str(path), "", f"unreadable sdkgen manifest: {exc}", hint) from exc


def _sha256_file(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


# --------------------------------------------------------------------------- the plan


@dataclass
class _Plan:
    """What `write_tree` will do: files to write and entries to keep, and the report it returns."""

    write: dict[str, bytes]  # staged files to write
    carry: dict[str, EntryKind]  # existing entries to keep
    owned: dict[str, bytes]  # files the manifest lists: written and not matching ``preserve``
    mode: int | None  # permissions of the existing output directory
    report: WriteReport


def _plan(staged: Mapping[str, bytes], output: Path, preserve: Sequence[re.Pattern[str]]) -> _Plan:
    """Decide what the new tree holds (see the module docstring)."""
    old = _scan(output)
    files = {p: k for p, k in old.entries.items() if k != "dir"}
    keep = {p for p in files if p not in old.generated or _matches(p, preserve)}
    preserved = sorted(p for p in staged if p in keep and _matches(p, preserve))
    write = {p: staged[p] for p in sorted(staged) if p not in preserved}
    carry = {p: files[p] for p in keep} | _kept_dirs(old.entries, keep)
    _check_conflicts(write, carry, output)
    replaced = sorted(p for p in write if p in files)
    removed = sorted(p for p in files if p not in keep and p not in write)
    unchanged = [p for p in replaced if _sha256_file(output / p) == _sha(write[p])]
    updated = [p for p in replaced if p not in unchanged]
    report = WriteReport(
        created=tuple(p for p in write if p not in files),
        updated=tuple(updated),
        unchanged=tuple(unchanged),
        removed=tuple(removed),
        kept=tuple(sorted(keep)),
        preserved=tuple(preserved),
        overwritten_edits=tuple(_edited(old, output, [*updated, *removed])),
    )
    owned = {p: data for p, data in write.items() if not _matches(p, preserve)}
    return _Plan(write, dict(sorted(carry.items())), owned, old.mode, report)


def _kept_dirs(entries: Mapping[str, EntryKind], keep: set[str]) -> dict[str, EntryKind]:
    """Directories to keep: those holding a kept file, and empty ones (sdkgen writes no empty
    directory, so the user made them). A directory holding only stale generated files goes."""
    has_child = {parent for p in entries for parent in _ancestors(p)}
    empty = {p for p, kind in entries.items() if kind == "dir" and p not in has_child}
    kept = empty | {parent for p in keep | empty for parent in _ancestors(p)}
    return {d: "dir" for d in kept}


def _check_conflicts(
    write: Mapping[str, bytes], carry: Mapping[str, EntryKind], output: Path
) -> None:
    """A staged file may not replace, or sit below, an entry sdkgen did not write."""
    carried = {_key(p): p for p in carry}
    non_dirs = {_key(p) for p, kind in carry.items() if kind != "dir"}
    hint = "move it away, or list it in `preserve` to keep the hand-written version"
    problems = []
    for path in write:
        key = _key(path)
        blocking = [a for a in _ancestors(key) if a in non_dirs] + ([key] if key in carried else [])
        for clash in blocking:
            message = (
                f"refusing to overwrite {carried[clash]!r} in {output}: sdkgen did not write it"
            )
            problems.append(Diagnostic(Level.ERROR, path, "", message, hint))
    if problems:
        raise GenerationError(problems)


def _edited(old: _Existing, output: Path, paths: Iterable[str]) -> list[str]:
    """Generated files whose content on disk no longer matches the manifest."""
    return sorted(p for p in paths if _sha256_file(output / p) != old.generated.get(p))


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _manifest_bytes(write: Mapping[str, bytes], version: str) -> bytes:
    files = [{"path": p, "sha256": _sha(write[p])} for p in sorted(write)]
    document = {
        "format": _MANIFEST_FORMAT,
        "generator": "sdkgen",
        "version": version,
        "files": files,
    }
    return (json.dumps(document, indent=2, sort_keys=True, ensure_ascii=True) + "\n").encode()


def _generator_version() -> str:
    from generator import __version__

    return __version__


# --------------------------------------------------------------------------- siblings & recovery


_SiblingKind = Literal["old", "tmp", "trash"]


def _sibling(output: Path, kind: _SiblingKind) -> Path:
    """A fresh name next to ``output`` for an old copy, a temporary or a trash directory."""
    token = os.urandom(8).hex()
    if kind == "old":
        return output.with_name(f"{output.name}.old-{token}")
    return output.with_name(f".{output.name}.sdkgen-{kind}-{token}")


def _leftovers(output: Path, kind: _SiblingKind) -> list[Path]:
    """Existing siblings of one kind, sorted by name."""
    name = re.escape(output.name)
    if kind == "old":
        pattern = rf"{name}\.old-[0-9a-f]{{16}}"
    else:
        pattern = rf"\.{name}\.sdkgen-{kind}-[0-9a-f]{{16}}"
    if not output.parent.is_dir():
        return []
    with os.scandir(output.parent) as scan:
        names = sorted(entry.name for entry in scan if re.fullmatch(pattern, entry.name))
    return [output.parent / n for n in names]


def recover(output: Path) -> bool:
    """Undo what a killed ``write_tree`` left next to ``output``; True if ``output`` was restored.

    If ``output`` is missing and exactly one ``<output>.old-<hex>`` sibling exists, the run died
    between its two renames: the old tree is complete and is renamed back. (Two or more such
    siblings cannot come from sdkgen and are an error.) Then leftover ``.old``, temporary and
    trash siblings are deleted. Not safe while another ``write_tree`` runs on the same output.
    """
    output = _absolute(output)
    olds = _leftovers(output, "old")
    restored = False
    if not os.path.lexists(output) and olds:
        if len(olds) > 1:
            names = ", ".join(o.name for o in olds)
            message = f"output is missing and several old copies exist: {names}"
            raise error(str(output), "", message, "rename the right one back by hand")
        os.rename(olds.pop(), output)
        fsync_dir(output.parent)
        restored = True
    for old in olds:
        _discard(old, output)
    for leftover in _leftovers(output, "tmp") + _leftovers(output, "trash"):
        shutil.rmtree(leftover, ignore_errors=True)
    return restored


def _discard(old: Path, output: Path) -> None:
    """Delete an old tree, first renaming it to a trash name: an ``.old`` sibling is always whole."""
    trash = _sibling(output, "trash")
    os.rename(old, trash)
    shutil.rmtree(trash, ignore_errors=True)


def _absolute(output: Path) -> Path:
    path = Path(os.path.abspath(output))
    return path.resolve() if path.is_symlink() else path


# --------------------------------------------------------------------------- building


def _build(plan: _Plan, output: Path, temp: Path, version: str) -> None:
    """Fill ``temp`` with the new tree and make it durable."""
    if plan.mode is not None:
        os.chmod(temp, plan.mode)
    for path, kind in plan.carry.items():
        _carry(output / path, temp / path, kind)
    for path, data in plan.write.items():
        _write_file(temp / path, data)
    _write_file(temp / MANIFEST_NAME, _manifest_bytes(plan.owned, version))
    _fsync_files([temp / path for path in plan.write] + [temp / MANIFEST_NAME])
    _fsync_tree(temp)


def _carry(source: Path, target: Path, kind: EntryKind) -> None:
    """Recreate one kept entry (parents come first: the plan is sorted)."""
    os.makedirs(target.parent, exist_ok=True)
    if kind == "dir":
        os.mkdir(target)
        shutil.copystat(source, target, follow_symlinks=False)
    elif kind == "symlink":
        os.symlink(os.readlink(source), target)
    else:
        try:
            os.link(source, target, follow_symlinks=False)
        except OSError:
            shutil.copy2(source, target, follow_symlinks=False)


def _write_file(path: Path, data: bytes) -> None:
    os.makedirs(path.parent, exist_ok=True)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL
    flags |= getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags, 0o666)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
    finally:
        os.close(fd)


def _fsync_files(paths: list[Path]) -> None:
    """Make the files' contents durable, several at once (each fsync waits on the disk, not the
    CPU: a tree of 25 files is durable in three quarters of the time)."""
    threads = min(_FSYNC_THREADS, len(paths))
    if threads <= 1:
        for path in paths:
            _fsync_file(path)
        return
    failures: list[OSError] = []

    def fsync_share(share: list[Path]) -> None:
        try:
            for path in share:
                _fsync_file(path)
        except OSError as exc:
            failures.append(exc)

    workers = [
        threading.Thread(target=fsync_share, args=(paths[i::threads],)) for i in range(threads)
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    if failures:
        raise failures[0]


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(path: Path) -> None:
    """Make a directory's entries (renames, new files) durable."""
    if os.name == "nt":  # directories cannot be opened on Windows
        return
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_tree(root: Path) -> None:
    for directory, _dirs, _files in os.walk(root, topdown=False):
        fsync_dir(Path(directory))


def _swap(temp: Path, output: Path) -> None:
    """Put ``temp`` at ``output``; the old tree (if any) is deleted afterwards."""
    if not os.path.lexists(output):
        os.rename(temp, output)
        fsync_dir(output.parent)
        return
    old = _sibling(output, "old")
    os.rename(output, old)
    try:
        os.rename(temp, output)
    except BaseException:
        os.rename(old, output)
        raise
    fsync_dir(output.parent)
    _discard(old, output)


# --------------------------------------------------------------------------- entry point


def write_tree(
    staged: Mapping[str, bytes],
    output: Path,
    *,
    preserve: Sequence[str] = (),
    generator_version: str | None = None,
) -> WriteReport:
    """Atomically make ``output`` hold ``staged`` (relative posix path -> bytes).

    See the module docstring for the strategy and its guarantees. Raises ``GenerationError``
    for an invalid path, a conflict with a file sdkgen did not write, or an unwritable output,
    in which case ``output`` is left as it was.
    """
    problems = check_paths(staged)
    if problems:
        raise GenerationError(problems)
    patterns = _compile_preserve(preserve)
    version = generator_version or _generator_version()
    output = _absolute(output)
    try:
        recovered = recover(output)
        plan = _plan(staged, output, patterns)
        os.makedirs(output.parent, exist_ok=True)
        temp = _sibling(output, "tmp")
        os.mkdir(temp)
        try:
            _build(plan, output, temp, version)
            _swap(temp, output)
        except BaseException:
            shutil.rmtree(temp, ignore_errors=True)
            raise
    except OSError as exc:
        reason = f"{exc.strerror or exc} ({exc.filename or output})"
        raise error(str(output), "", f"cannot write the output directory: {reason}") from exc
    return replace(plan.report, recovered=recovered)

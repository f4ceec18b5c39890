"""Stage every change of an update in one folder, then apply them together or not at all.

A :class:`Stage` is a hidden folder in the project root (``.sdkgen-update-<hex>``, so every rename
stays on one file system). Staged files and trees are built under ``new/``; each
:meth:`Stage.replace` records that a staged entry is to take the place of a target. Nothing outside
the stage is touched until :meth:`Stage.apply`, which for each target in order moves the current
entry (if any) to ``backup/`` and the staged one into place, each with one ``os.replace``. If any
move fails (or the run is interrupted) the moves done so far are undone in reverse order, so the
project is left exactly as it was. Leaving the ``with`` block deletes the stage folder.

Only a failure of the undo itself keeps the folder (its ``backup/`` then holds the replaced
entries); a later update refuses to start while such a folder is there.
"""

from __future__ import annotations

import os
import secrets
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Self

from generator.diagnostics import error
from generator.emit.write import fsync_dir

PREFIX = ".sdkgen-update-"


@dataclass
class _Move:
    staged: Path
    target: Path
    expect: bytes | None  # the target's bytes when staged; the apply refuses if they changed
    backup: Path | None = None
    moved: bool = False
    created: list[Path] = field(default_factory=list)  # parent folders the apply made


def _move(source: Path, target: Path) -> None:
    """One atomic rename (a seam for tests that simulate a failure)."""
    os.replace(source, target)


class Stage:
    """A staging folder whose entries replace their targets together (see the module docstring)."""

    def __init__(self, root: Path) -> None:
        leftovers = sorted(root.glob(PREFIX + "*"))
        if leftovers:
            raise error(
                str(leftovers[0]),
                "",
                "a previous `sdkgen update` did not finish: its stage folder is still here",
                "if its backup/ folder holds files, an undo failed: restore them, then delete the "
                "folder and run the update again",
            )
        self.root = root
        self.dir = root / f"{PREFIX}{secrets.token_hex(6)}"
        self.dir.mkdir()
        self.new = self.dir / "new"
        self.new.mkdir()
        self._backups = self.dir / "backup"
        self._moves: list[_Move] = []
        self._keep = False

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if not self._keep:
            shutil.rmtree(self.dir, ignore_errors=True)

    def path(self, *parts: str) -> Path:
        """A path under the stage's ``new/`` folder (nothing is created)."""
        return self.new.joinpath(*parts)

    def write(self, path: Path, data: bytes) -> Path:
        """Write a staged file (its folders are created), flushed to disk."""
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        return path

    def replace(self, staged: Path, target: Path, *, expect: bytes | None = None) -> bool:
        """Record that ``staged`` (a file or folder) takes the place of ``target`` at apply time.

        A staged file equal to the existing target is not recorded (False: nothing to do). With
        ``expect``, the apply refuses to run if ``target`` no longer holds those bytes.
        """
        if staged.is_file() and target.is_file() and staged.read_bytes() == target.read_bytes():
            return False
        if staged.is_file() and target.is_file():
            shutil.copymode(target, staged)
        self._moves.append(_Move(staged, target, expect))
        return True

    def apply(self) -> None:
        """Move every staged entry into place; on any failure undo the moves done and re-raise."""
        for move in self._moves:
            if move.expect is not None and _bytes(move.target) != move.expect:
                raise error(
                    str(move.target),
                    "",
                    "changed while the update ran",
                    "run the update again; nothing was changed",
                )
        done: list[_Move] = []
        try:
            for i, move in enumerate(self._moves):
                done.append(move)
                move.created = _make_parents(move.target.parent)
                if os.path.lexists(move.target):
                    self._backups.mkdir(exist_ok=True)
                    backup = self._backups / str(i)
                    _move(move.target, backup)
                    move.backup = backup
                _move(move.staged, move.target)
                move.moved = True
            for parent in {m.target.parent for m in self._moves}:
                fsync_dir(parent)
        except BaseException as exc:
            self._undo(done)
            if isinstance(exc, OSError):
                raise error(
                    str(exc.filename or self.root),
                    "",
                    f"cannot apply the update: {exc.strerror or exc}",
                    "every change was undone; nothing was changed",
                ) from exc
            raise

    def _undo(self, done: list[_Move]) -> None:
        try:
            for move in reversed(done):
                if move.moved:
                    _move(move.target, move.staged)
                if move.backup is not None:
                    _move(move.backup, move.target)
                for folder in reversed(move.created):
                    folder.rmdir()
        except OSError as exc:
            self._keep = True
            raise error(
                str(self.dir),
                "",
                f"the update failed and could not be undone ({exc})",
                f"restore the replaced entries from {self._backups}",
            ) from exc


def _bytes(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError:
        return None


def _make_parents(folder: Path) -> list[Path]:
    """Create ``folder`` and missing parents; the ones created, outermost first."""
    missing: list[Path] = []
    while not folder.exists():
        missing.append(folder)
        folder = folder.parent
    for path in reversed(missing):
        path.mkdir()
    return list(reversed(missing))

"""What an update is asked to do (:class:`Options`) and where it writes (:class:`Layout`).

The layout of a project root: ``spec/<api>/manifest.toml`` (with its config and the git-ignored
``revisions/`` folder), the client in ``generated/``, the goldens in ``tests/golden/<revision>/``
and ``tests/golden_changelog/``. The goldens are those of the project's default API: they are
maintained for it only, and only where their folders exist. Another API's client goes to
``--output``.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from pathlib import Path

from generator.diagnostics import error
from generator.manifest.manifest import DEFAULT_API, find_manifest
from generator.update.fetch import DEFAULT_TIMEOUT

GENERATED = "generated"
GOLDEN = ("tests", "golden")
GOLDEN_CHANGELOG = ("tests", "golden_changelog")


@dataclass(frozen=True)
class Options:
    """The inputs of ``sdkgen update``."""

    root: Path
    api: str = DEFAULT_API
    from_file: Path | None = None
    """Take the new spec from this file instead of downloading ``[api].upstream``."""
    timeout: float = DEFAULT_TIMEOUT
    strict: bool = False
    date: datetime.date | None = None
    """The new revision's date (default: today, UTC)."""
    message: str | None = None
    """The new revision's message (default: where the bytes came from)."""
    output: Path | None = None
    """The client folder (default: ``generated/`` for the default API; required for another)."""
    dry_run: bool = False


def parse_date(text: str | None) -> datetime.date | None:
    """``--date``: an ISO date, or None (today)."""
    if text is None:
        return None
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        raise error("--date", "", f"not a date: {text!r}", "write it as YYYY-MM-DD") from None


@dataclass(frozen=True)
class Layout:
    root: Path
    manifest: Path
    output: Path
    golden: Path | None
    golden_changelog: Path | None

    @classmethod
    def of(cls, options: Options) -> Layout:
        if not options.timeout > 0:
            raise error("--timeout", "", f"must be a positive number of seconds: {options.timeout}")
        root = options.root.resolve()
        manifest = find_manifest(root, options.api)
        default = options.api == DEFAULT_API
        if options.output is None and not default:
            raise error(
                str(manifest),
                "",
                f"no output folder for {options.api!r}",
                f"pass --output DIR: {GENERATED}/ is the client of {DEFAULT_API!r}",
            )
        output = options.output.resolve() if options.output is not None else root / GENERATED
        if not output.is_relative_to(root):
            raise error(
                str(output),
                "",
                "the output folder must be inside the project root",
                f"every change is staged in {root} and moved into place with one rename each",
            )
        golden = root.joinpath(*GOLDEN)
        changelog = root.joinpath(*GOLDEN_CHANGELOG)
        return cls(
            root=root,
            manifest=manifest,
            output=output,
            golden=golden if default and golden.is_dir() else None,
            golden_changelog=changelog if default and changelog.is_dir() else None,
        )

    def relative(self, path: Path) -> str:
        """``path`` relative to the root (posix), or absolute when outside it."""
        try:
            return path.relative_to(self.root).as_posix()
        except ValueError:
            return str(path)

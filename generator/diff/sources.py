"""What ``sdkgen diff`` compares: a spec file path or a pinned revision name, with its config.

Each side gets the config ``sdkgen generate`` would use for it (:func:`generator.project.config_for`):
``--config`` when given, the project's Turso config for pinned revisions, else the defaults.
"""

from __future__ import annotations

from pathlib import Path

from generator import project
from generator.diff.changes import Comparison
from generator.diff.compare import compare
from generator.diff.surface import Surface, load_surface


def open_surface(ref: str, config_file: Path | None = None) -> tuple[Surface, str]:
    """The surface of a spec path or revision name, and the label reports use for it."""
    path, display = project.spec_path(ref)
    config = project.config_for(config_file, ref)
    label = ref if display == ref else Path(display).stem
    return load_surface(path, config, display), label


def diff_refs(old: str, new: str, config_file: Path | None = None) -> Comparison:
    """Compare the client surfaces of two specs (paths or revision names)."""
    old_surface, old_label = open_surface(old, config_file)
    new_surface, new_label = open_surface(new, config_file)
    return compare(old_surface, new_surface, old_label, new_label)

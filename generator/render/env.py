"""The Jinja environment: StrictUndefined, the built-in templates, and an optional overlay directory.

A template in the overlay replaces the built-in one with the same relative file name.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import jinja2

TEMPLATES_DIR = Path(__file__).resolve().parent.parent.parent / "templates"
PACKAGE_TEMPLATES = TEMPLATES_DIR / "package"


def pyrepr(value: object) -> str:
    """A Python literal for a string or number from the spec (never raw spec text in code)."""
    return repr(value)


@lru_cache(maxsize=8)
def environment(overlay: Path | None = None) -> jinja2.Environment:
    search = [str(overlay)] if overlay else []
    search.append(str(PACKAGE_TEMPLATES))
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(search),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,
    )
    env.filters["pyrepr"] = pyrepr
    return env


def template_names() -> list[str]:
    return sorted(
        p.relative_to(PACKAGE_TEMPLATES).as_posix() for p in PACKAGE_TEMPLATES.rglob("*.jinja")
    )

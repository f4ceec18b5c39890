"""The Jinja environment: StrictUndefined, the built-in templates, and an optional overlay directory.

A template in the overlay replaces the built-in one with the same relative file name.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import jinja2

from generator.diagnostics import error
from generator.load.validate import cache_dir

TEMPLATES_DIR = Path(__file__).resolve().parent.parent.parent / "templates"
PACKAGE_TEMPLATES = TEMPLATES_DIR / "package"


def pyrepr(value: object) -> str:
    """A Python literal for a string or number from the spec (never raw spec text in code)."""
    return repr(value)


def toml_string(value: object) -> str:
    """A TOML basic string: JSON escaping, but non-ASCII kept as is (TOML has no surrogate escapes),
    and DEL escaped too (TOML forbids it raw; JSON does not)."""
    text = json.dumps(str(value), ensure_ascii=False).replace("\x7f", "\\u007f")
    return text.encode("utf-8", "replace").decode("utf-8")


def _bytecode_cache() -> jinja2.BytecodeCache | None:
    """Compiled templates in the user cache dir, keyed by each template's source checksum (so an
    edited or overlaid template is compiled afresh); none when that dir cannot be written."""
    directory = cache_dir() / "jinja"
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return jinja2.FileSystemBytecodeCache(str(directory))


def environment(overlay: Path | None = None) -> jinja2.Environment:
    """The environment for the built-in templates, overlaid by ``overlay`` when given."""
    if overlay is not None and not overlay.is_dir():
        raise error(
            str(overlay), "", "templates directory not found", "pass a directory of .jinja files"
        )
    return _environment(overlay.resolve() if overlay is not None else None)


@lru_cache(maxsize=8)
def _environment(overlay: Path | None) -> jinja2.Environment:
    search = [str(overlay)] if overlay else []
    search.append(str(PACKAGE_TEMPLATES))
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(search),
        bytecode_cache=_bytecode_cache(),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,
    )
    env.filters["pyrepr"] = pyrepr
    env.filters["toml"] = toml_string
    return env


def template_names() -> list[str]:
    return sorted(
        p.relative_to(PACKAGE_TEMPLATES).as_posix() for p in PACKAGE_TEMPLATES.rglob("*.jinja")
    )

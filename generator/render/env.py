"""The Jinja environment: StrictUndefined, the built-in templates, and an optional overlay directory.

A template in the overlay replaces the built-in one with the same relative file name. Compiled
templates are kept in the user cache dir; a built-in template missing there is loaded from the
module shipped for it (precompiled.py), which skips Jinja's own compiler.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from types import CodeType
from typing import Any

import jinja2
from jinja2.utils import internalcode

from generator.diagnostics import error
from generator.load.verdict_cache import cache_dir
from generator.render import precompiled

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


class _Environment(jinja2.Environment):
    """A Jinja environment that loads a built-in template from the module shipped for it."""

    @internalcode
    def compile(  # type: ignore[override]
        self,
        source: Any,
        name: str | None = None,
        filename: str | None = None,
        raw: bool = False,
        defer_init: bool = False,
    ) -> str | CodeType:
        if isinstance(source, str) and name is not None and not raw and not defer_init:
            code = precompiled.lookup(self, name, source, filename)
            if code is not None:
                return code
        if raw:
            return super().compile(source, name, filename, raw=True, defer_init=defer_init)
        return super().compile(source, name, filename, defer_init=defer_init)


@lru_cache(maxsize=8)
def _environment(overlay: Path | None) -> jinja2.Environment:
    search = [str(overlay)] if overlay else []
    search.append(str(PACKAGE_TEMPLATES))
    env = _Environment(
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


def precompiled_contents() -> dict[str, bytes]:
    """The files precompiled.py ships for the built-in templates as they are now (see
    `precompiled.build`)."""
    env = _environment(None)
    assert env.loader is not None
    sources = {name: env.loader.get_source(env, name)[0] for name in template_names()}
    return precompiled.build(env, sources)


def template_names() -> list[str]:
    return sorted(
        p.relative_to(PACKAGE_TEMPLATES).as_posix() for p in PACKAGE_TEMPLATES.rglob("*.jinja")
    )

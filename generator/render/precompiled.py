"""The built-in templates, turned into Python by Jinja ahead of time and shipped as data.

Jinja turns a template into Python source (lexing, parsing, code generation) before Python
compiles that source. For the built-in templates the first step costs about 85 ms, on every run
whose cache is empty: every run in a fresh CI job. ``precompiled.json`` holds its result for each
built-in template, so such a run only does the second step.

An entry is used only for the template it was made from: same name, same text (by sha1, as
Jinja's bytecode cache checks), same Jinja version and the same environment options that change
the generated code. An edited built-in template, or an overlay template that differs, is compiled
as usual. ``tests/unit/render/test_precompiled.py`` fails when the file is stale;
``scripts/update-golden`` rewrites it along with the golden files.
"""

from __future__ import annotations

import functools
import hashlib
import json
from pathlib import Path
from typing import Any

import jinja2

__all__ = ["PRECOMPILED_FILE", "build", "lookup"]

PRECOMPILED_FILE = Path(__file__).with_name("precompiled.json")


def lookup(env: jinja2.Environment, name: str, source: str) -> str | None:
    """Jinja's Python source for template ``name`` with text ``source``, if shipped; else None."""
    entries = _entries(_fingerprint(env))
    entry = entries.get(name)
    if entry is None or entry["sha1"] != _sha1(source):
        return None
    python: str = entry["python"]
    return python


def build(env: jinja2.Environment, templates: dict[str, str]) -> bytes:
    """The contents of ``precompiled.json`` for ``templates`` (name -> text) compiled by ``env``."""
    entries = {
        name: {"sha1": _sha1(text), "python": env.compile(text, name, raw=True)}
        for name, text in sorted(templates.items())
    }
    data = {"fingerprint": _fingerprint(env), "templates": entries}
    return (json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False) + "\n").encode()


@functools.cache
def _entries(fingerprint: str) -> dict[str, Any]:
    """The shipped entries, if made for an environment like this one; none otherwise (or when the
    file is missing or unreadable: then every template is compiled as usual)."""
    try:
        data = json.loads(PRECOMPILED_FILE.read_bytes())
        if data["fingerprint"] != fingerprint:
            return {}
        entries: dict[str, Any] = data["templates"]
        return entries
    except (OSError, ValueError, KeyError, TypeError):
        return {}


def _fingerprint(env: jinja2.Environment) -> str:
    """Jinja's version and every environment option that the generated Python depends on."""
    options = (
        env.block_start_string,
        env.block_end_string,
        env.variable_start_string,
        env.variable_end_string,
        env.comment_start_string,
        env.comment_end_string,
        env.line_statement_prefix,
        env.line_comment_prefix,
        env.trim_blocks,
        env.lstrip_blocks,
        env.newline_sequence,
        env.keep_trailing_newline,
        env.optimized,
        env.is_async,
        env.autoescape if isinstance(env.autoescape, bool) else "callable",
        env.finalize is not None,
        sorted(env.extensions),
        # what a filter or test is passed (context, environment...) changes the call generated
        sorted((name, _passes(f)) for name, f in env.filters.items()),
        sorted((name, _passes(f)) for name, f in env.tests.items()),
    )
    return f"jinja2 {jinja2.__version__} {options!r}"


def _passes(function: object) -> str:
    """What Jinja passes a filter or test besides its arguments (``@pass_context``...)."""
    return str(getattr(function, "jinja_pass_arg", None))


def _sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8"), usedforsecurity=False).hexdigest()

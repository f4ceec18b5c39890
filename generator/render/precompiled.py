"""The built-in templates, turned into Python by Jinja ahead of time and shipped as modules.

Jinja turns a template into Python source (lexing, parsing, code generation), then Python compiles
that source. With an empty cache both steps ran on every run: every run in a fresh CI job (about
85 ms and 18 ms). ``compiled/`` holds Jinja's Python for each built-in template as a module file,
so Python keeps its bytecode in ``__pycache__`` as it does for any module, and such a run only
loads it; ``precompiled.json`` says which module holds which template.

An entry is used only for the template it was made from: same name, same text (by sha1, as
Jinja's bytecode cache checks), same Jinja version and the same environment options that change
the generated code. An edited built-in template, or an overlay template that differs, is compiled
as usual. ``tests/unit/render/test_precompiled.py`` fails when the files are stale;
``scripts/update-golden`` rewrites them along with the golden files.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.machinery
import json
import re
from pathlib import Path
from types import CodeType
from typing import Any

import jinja2

__all__ = ["COMPILED_DIR", "PRECOMPILED_FILE", "build", "lookup"]

PRECOMPILED_FILE = Path(__file__).with_name("precompiled.json")
COMPILED_DIR = Path(__file__).with_name("compiled")
_COMPILED_INIT = (
    '"""Jinja\'s Python for each built-in template (see ../precompiled.py), written by\n'
    'scripts/update-golden: not edited by hand, not linted."""\n'
)


def lookup(
    env: jinja2.Environment, name: str, source: str, filename: str | None = None
) -> CodeType | None:
    """The compiled code of template ``name`` with text ``source``, if shipped; else None. Its
    file name is ``filename`` (the template's, as Jinja's compiler gives: tracebacks and
    ``Template.filename`` point there) when given."""
    entries = _entries(_fingerprint(env))
    entry = entries.get(name)
    if entry is None or entry["sha1"] != _sha1(source):
        return None
    code = _code(str(entry["module"]))
    return code if code is None or filename is None else _renamed(code, filename)


def build(env: jinja2.Environment, templates: dict[str, str]) -> dict[str, bytes]:
    """The shipped files (paths relative to this module's folder) for ``templates`` (name -> text)
    compiled by ``env``: ``precompiled.json`` and one module in ``compiled/`` per template."""
    files = {"compiled/__init__.py": _COMPILED_INIT.encode()}
    entries = {}
    for name, text in sorted(templates.items()):
        module = _module_name(name)
        if f"compiled/{module}.py" in files:
            raise ValueError(f"two templates would share the module {module!r}: rename {name!r}")
        entries[name] = {"sha1": _sha1(text), "module": module}
        files[f"compiled/{module}.py"] = env.compile(text, name, raw=True).encode()
    data = {"fingerprint": _fingerprint(env), "templates": entries}
    text = json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False) + "\n"
    files["precompiled.json"] = text.encode()
    return files


def _renamed(code: CodeType, filename: str) -> CodeType:
    """``code`` and the code of every function in it, with ``filename`` as their file name."""
    consts = tuple(
        _renamed(const, filename) if isinstance(const, CodeType) else const
        for const in code.co_consts
    )
    return code.replace(co_filename=filename, co_consts=consts)


def _module_name(template: str) -> str:
    """``client.py.jinja`` -> ``client_py``."""
    return re.sub(r"\W", "_", template.removesuffix(".jinja"))


def _code(module: str) -> CodeType | None:
    """The code of ``compiled/<module>.py``, from its ``__pycache__`` bytecode when current (and
    kept there when it can be); None when the file is missing or broken (then Jinja compiles)."""
    path = COMPILED_DIR / f"{module}.py"
    loader = importlib.machinery.SourceFileLoader(f"{__package__}.compiled.{module}", str(path))
    try:
        return loader.get_code(loader.name)
    except (OSError, ImportError, SyntaxError, ValueError, EOFError):
        return None


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

"""Format a generated tree with ruff (or black), deterministically.

Every invocation carries its settings on the command line: no configuration file (the user's
``pyproject.toml``/``ruff.toml``, one inside the tree, or a user-level one), no ``.gitignore``, no
``RUFF_*``/``BLACK_*`` environment variable and no formatter cache can change the result. The
formatter runs with the tree as working directory, so import sorting classifies first-party modules
from the tree itself, never from the caller's cwd.

Steps:
1. ``ruff check --fix-only --select I,F401,UP,RUF022``: sort imports, drop unused imports (ruff
   keeps those in ``__init__.py``, which are re-exports), upgrade syntax for the target version,
   sort ``__all__``. ``--fix-only`` is ``--fix`` without failing on leftover unfixable findings.
2. ``ruff format`` (or ``black``).

`format_tree` formats a directory in place; `format_files` formats files held in memory, each
formatter run over every file at once, except the files its cache has (format_cache.py).

The formatters must succeed: generated code that does not parse is a bug in sdkgen, reported as a
``GenerationError`` carrying the formatter's message.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Literal

from generator.diagnostics import error
from generator.emit.format_cache import file_key, load, store, tree_shape

__all__ = ["Formatter", "format_files", "format_tree"]

Formatter = Literal["ruff", "black"]

_TARGET = re.compile(r"py3\d{1,2}")
_LINT_RULES = "I,F401,UP,RUF022"
_PYTHON = (".py", ".pyi")
# Bump when what formats a file changes in a way `_settings` does not show.
_SETTINGS_FORMAT = 1
# Settings that are file-discovery defaults in ruff; pinned so every .py file in the tree is seen.
_RUFF_DISCOVERY = (
    "--no-respect-gitignore",
    "--config",
    "exclude = []",
    "--config",
    "extend-exclude = []",
    "--config",
    'include = ["*.py", "*.pyi"]',
)
_BUG_HINT = "this is a bug in sdkgen: please report it with the OpenAPI document"


def format_tree(
    root: Path, *, formatter: Formatter = "ruff", line_length: int = 100, target: str = "py311"
) -> None:
    """Format every ``.py`` file under ``root`` in place (see the module docstring)."""
    _check_options(formatter, line_length, target)
    root = Path(os.path.abspath(root))
    if not root.is_dir():
        raise error(str(root), "", "cannot format generated code: not a directory")
    # The tree is named by its absolute path (never "."), so a wrong cwd can't format anything else.
    _format(root, [str(root)], formatter, line_length, target)


def format_files(
    files: Mapping[str, bytes],
    *,
    formatter: Formatter = "ruff",
    line_length: int = 100,
    target: str = "py311",
    cache: Path | None = None,
) -> dict[str, bytes]:
    """``files`` (relative posix path -> bytes) with each Python file formatted as `format_tree`
    formats the tree they make. With ``cache``, a file formatted before (same bytes, path, tree
    shape, settings and formatter: see format_cache.py) is taken from there, and only the others
    are formatted, in a scratch copy of the whole tree."""
    _check_options(formatter, line_length, target)
    python = sorted(rel for rel in files if rel.endswith(_PYTHON))
    done: dict[str, bytes] = {}
    keys: dict[str, str] = {}
    if cache is not None:
        settings, shape = _settings(formatter, line_length, target), tree_shape(files)
        for rel in python:
            keys[rel] = file_key(settings, shape, rel, files[rel])
            hit = load(cache, keys[rel])
            if hit is not None:
                done[rel] = hit
    missing = [rel for rel in python if rel not in done]
    if missing:
        with tempfile.TemporaryDirectory(prefix="sdkgen-format-") as scratch:
            root = Path(scratch).resolve()
            for rel, data in files.items():
                path = root / rel
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_bytes(data)
            _format(root, [str(root / rel) for rel in missing], formatter, line_length, target)
            fresh = {rel: (root / rel).read_bytes() for rel in missing}
        done.update(fresh)
        if cache is not None:
            store(cache, {keys[rel]: data for rel, data in fresh.items()})
    return {rel: done.get(rel, files[rel]) for rel in sorted(files)}


def _check_options(formatter: str, line_length: int, target: str) -> None:
    if not _TARGET.fullmatch(target):
        raise ValueError(f"target must look like 'py311', got {target!r}")
    if line_length < 1:
        raise ValueError(f"line_length must be positive, got {line_length}")
    if formatter not in ("ruff", "black"):
        raise ValueError(f"unknown formatter {formatter!r}")


def _format(
    root: Path, targets: list[str], formatter: Formatter, line_length: int, target: str
) -> None:
    """Lint-fix, then format, ``targets`` (absolute paths: the tree, or files in it) with the
    tree as working directory."""
    _run("ruff check", root, _fix_command(line_length, target, targets))
    if formatter == "ruff":
        _run("ruff format", root, _format_command(line_length, target, targets))
    else:
        _run_black(root, line_length, target, targets)


def _fix_command(line_length: int, target: str, targets: list[str]) -> list[str]:
    common = _ruff_common(line_length, target)
    return [*_ruff(), "check", "--fix-only", f"--select={_LINT_RULES}", *common, *targets]


def _format_command(line_length: int, target: str, targets: list[str]) -> list[str]:
    return [*_ruff(), "format", *_ruff_common(line_length, target), *targets]


def _settings(formatter: Formatter, line_length: int, target: str) -> str:
    """What decides how a file is formatted besides the file and its tree (format_cache.py): the
    commands with every option, and the formatter programs that run them."""
    commands: list[object] = [_fix_command(line_length, target, [])]
    if formatter == "ruff":
        commands.append(_format_command(line_length, target, []))
    else:
        commands.append(["black", *_black_options(line_length, target), _stamp_module("black")])
    ruff = _ruff()
    commands.append(_stamp_file(ruff[0]) if len(ruff) == 1 else _stamp_module("ruff"))
    return json.dumps([_SETTINGS_FORMAT, commands])


def _stamp_file(path: str) -> str:
    """A file as it is now: its path, size and modification time (a new install changes them)."""
    try:
        found = os.stat(path)
    except OSError:
        return f"{path}:missing"
    return f"{path}:{found.st_size}:{found.st_mtime_ns}"


def _stamp_module(name: str) -> str:
    """The installed package ``name`` as it is now (see `_stamp_file`), found without importing."""
    try:
        spec = importlib.util.find_spec(name)
    except (ImportError, ValueError):
        spec = None
    origin = spec.origin if spec is not None and spec.origin else f"{name}:none"
    return f"{sys.executable}:{_stamp_file(origin)}"


def _ruff_common(line_length: int, target: str) -> list[str]:
    """Options shared by ``ruff check`` and ``ruff format``."""
    return [
        "--isolated",
        "--no-cache",
        *_RUFF_DISCOVERY,
        f"--line-length={line_length}",
        f"--target-version={target}",
    ]


def _ruff() -> list[str]:
    """The ruff installed next to the running interpreter, else ``python -m ruff``."""
    binary = Path(sys.executable).with_name("ruff.exe" if os.name == "nt" else "ruff")
    if binary.is_file():
        return [str(binary)]
    return [sys.executable, "-m", "ruff"]


def _black_options(line_length: int, target: str) -> list[str]:
    return [
        f"--line-length={line_length}",
        f"--target-version={target}",
        # An explicit --exclude also switches off black's .gitignore handling.
        "--exclude=(?!)",
        r"--include=\.pyi?$",
    ]


def _run_black(root: Path, line_length: int, target: str, targets: list[str]) -> None:
    """Run black on ``targets`` with an empty config file and a throw-away cache."""
    with tempfile.TemporaryDirectory(prefix="sdkgen-black-") as scratch:
        config = Path(scratch, "black.toml")
        config.write_text("[tool.black]\n", encoding="utf-8")
        command = [
            sys.executable,
            "-m",
            "black",
            f"--config={config}",
            *_black_options(line_length, target),
            *targets,
        ]
        _run("black", root, command, extra_env={"BLACK_CACHE_DIR": str(Path(scratch, "cache"))})


def _clean_env(extra: Mapping[str, str] | None) -> dict[str, str]:
    """The current environment without variables that configure ruff or black."""
    env = {k: v for k, v in os.environ.items() if not k.upper().startswith(("RUFF_", "BLACK_"))}
    env.update(extra or {})
    return env


def _run(
    tool: str, root: Path, command: Sequence[str], *, extra_env: Mapping[str, str] | None = None
) -> None:
    """Run one formatter command in ``root``; any failure is a ``GenerationError``."""
    try:
        done = subprocess.run(
            list(command),
            cwd=root,
            env=_clean_env(extra_env),
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            check=False,
        )
    except OSError as exc:
        raise error(str(root), "", f"cannot run {tool} ({command[0]}): {exc}") from exc
    if done.returncode != 0:
        output = (done.stderr + done.stdout).strip() or f"exit status {done.returncode}"
        message = f"formatter failed on generated code ({tool}): {output}"
        raise error(str(root), "", message, _BUG_HINT)

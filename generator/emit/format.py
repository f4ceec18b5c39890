"""Format a generated tree in place with ruff (or black), deterministically.

Every invocation runs on the whole tree at once and carries its settings on the command line:
no configuration file (the user's ``pyproject.toml``/``ruff.toml``, one inside the tree, or a
user-level one), no ``.gitignore``, no ``RUFF_*``/``BLACK_*`` environment variable and no cache
can change the result. The formatter runs with the tree as working directory, so import sorting
classifies first-party modules from the tree itself, never from the caller's cwd.

Steps:
1. ``ruff check --fix-only --select I,F401,UP``: sort imports, drop unused imports (ruff keeps
   those in ``__init__.py``, which are re-exports), upgrade syntax for the target version.
   ``--fix-only`` is ``--fix`` without failing on leftover unfixable findings.
2. ``ruff format`` (or ``black``).

The formatters must succeed: generated code that does not parse is a bug in sdkgen, reported as a
``GenerationError`` carrying the formatter's message.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Literal

from generator.diagnostics import error

__all__ = ["Formatter", "format_tree"]

Formatter = Literal["ruff", "black"]

_TARGET = re.compile(r"py3\d{1,2}")
_LINT_RULES = "I,F401,UP,RUF022"
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
    if not _TARGET.fullmatch(target):
        raise ValueError(f"target must look like 'py311', got {target!r}")
    if line_length < 1:
        raise ValueError(f"line_length must be positive, got {line_length}")
    if formatter not in ("ruff", "black"):
        raise ValueError(f"unknown formatter {formatter!r}")
    root = Path(os.path.abspath(root))
    if not root.is_dir():
        raise error(str(root), "", "cannot format generated code: not a directory")
    common = _ruff_common(line_length, target)
    # The tree is named by its absolute path (never "."), so a wrong cwd can't format anything else.
    fix = [*_ruff(), "check", "--fix-only", f"--select={_LINT_RULES}", *common, str(root)]
    _run("ruff check", root, fix)
    if formatter == "ruff":
        _run("ruff format", root, [*_ruff(), "format", *common, str(root)])
    else:
        _run_black(root, line_length, target)


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


def _run_black(root: Path, line_length: int, target: str) -> None:
    """Run black on the tree with an empty config file and a throw-away cache."""
    with tempfile.TemporaryDirectory(prefix="sdkgen-black-") as scratch:
        config = Path(scratch, "black.toml")
        config.write_text("[tool.black]\n", encoding="utf-8")
        command = [
            sys.executable,
            "-m",
            "black",
            f"--config={config}",
            f"--line-length={line_length}",
            f"--target-version={target}",
            # An explicit --exclude also switches off black's .gitignore handling.
            "--exclude=(?!)",
            r"--include=\.pyi?$",
            str(root),
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

"""The order ruff puts imported names and ``__all__`` entries in, so that the templates write them so.

ruff still lints and fixes every generated file (emit/format.py), so an order that differs here is
corrected there; writing them in ruff's order only spares it a pass of fixes. Both sorts are
ruff's "isort style": constants (``SCREAMING_CASE``) first, then classes (``CamelCase``), then the
rest, each in natural order (runs of digits compared as numbers). Imported names compare their lower
case first (isort's ``case-sensitive = false``); ``__all__`` entries compare as written (RUF022).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable

__all__ = ["export_order", "import_order", "is_stdlib"]

_DIGITS = re.compile(r"(\d+)")


def export_order(names: Iterable[str]) -> list[str]:
    """``names`` in the order ruff's RUF022 sorts an ``__all__`` list."""
    return sorted(set(names), key=lambda name: (_kind(name), _natural(name)))


def import_order(names: Iterable[str]) -> list[str]:
    """``names`` (imported from one module) in the order ruff's isort rule sorts them."""
    return sorted(
        set(names), key=lambda name: (_kind(name), _natural(name.lower()), _natural(name))
    )


def is_stdlib(module: str) -> bool:
    """Whether ``module`` is in Python's standard library (isort's first section after
    ``__future__``)."""
    return module.partition(".")[0] in sys.stdlib_module_names


def _kind(name: str) -> int:
    """0: a constant, 1: a class, 2: anything else (as ruff tells them)."""
    if len(name) > 1 and name.isupper():
        return 0
    return 1 if name[:1].isupper() else 2


def _natural(text: str) -> tuple[tuple[int, int | str], ...]:
    """A key that orders runs of digits by their value."""
    return tuple(
        (1, int(part)) if part.isdigit() else (0, part) for part in _DIGITS.split(text) if part
    )

"""One classified change of the client surface, and the result of comparing two surfaces."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from typing import Literal

Category = Literal["operations", "parameters", "models", "enums"]
CATEGORIES: tuple[Category, ...] = ("operations", "parameters", "models", "enums")


class Bump(IntEnum):
    """The semver bump a change needs; ``MAJOR`` means breaking for code that uses the client."""

    PATCH = 0
    MINOR = 1
    MAJOR = 2

    @property
    def label(self) -> str:
        return self.name.lower()


@dataclass(frozen=True)
class Change:
    """A change, what it is about and the bump it needs.

    ``kind`` is a stable identifier for tools (``operation-removed``, ``parameter-changed``,
    ``field-added``, ``enum-values-removed``...); ``message`` is one line of Markdown.
    """

    bump: Bump
    category: Category
    kind: str
    subject: str  # `resource.method`, `Model.field`, `Model` or `Alias`
    message: str
    endpoint: str | None = None  # "METHOD /path" of the operation concerned, if any

    @property
    def breaking(self) -> bool:
        return self.bump is Bump.MAJOR

    def sort_key(self) -> tuple[int, str, str, str]:
        return (CATEGORIES.index(self.category), self.subject, self.kind, self.message)


@dataclass(frozen=True)
class Comparison:
    """Every change between two surfaces, sorted by category and subject."""

    old: str
    new: str
    changes: tuple[Change, ...]
    docs_changed: bool = False

    @property
    def bump(self) -> Bump:
        """Any breaking change: major; else any addition or compatible change: minor; else patch."""
        return max((c.bump for c in self.changes), default=Bump.PATCH)

    @property
    def surface_changed(self) -> bool:
        return bool(self.changes)

    def count(self, bump: Bump) -> int:
        return sum(1 for c in self.changes if c.bump is bump)

    def in_category(self, category: Category) -> list[Change]:
        return [c for c in self.changes if c.category == category]

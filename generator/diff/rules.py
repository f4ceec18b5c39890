"""How a type change is classified, depending on which way values flow.

``input`` types are what user code passes in (method parameters, fields of models that requests take
or that nothing returns): accepting more is compatible, accepting less is breaking. ``output`` types
are what user code reads (return types, fields of response models): only gaining or losing ``None``
is compatible, any other change is breaking (reading code was written for the old type).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from generator.diff.changes import Bump
from generator.diff.typetext import (
    Relation,
    expand,
    literals,
    normalize,
    only_none_differs,
    parse,
    relation,
    rename,
    skeleton,
)

Flow = Literal["input", "output"]


@dataclass(frozen=True)
class TypeChange:
    """How ``new`` differs from ``old`` (aliases expanded): the relation and the enum values."""

    old: str
    new: str
    relation: Relation
    values_added: tuple[str, ...] = ()
    values_removed: tuple[str, ...] = ()
    enum_only: bool = False  # the types differ in Literal values only
    none_only: bool = False  # the types differ in ``None`` only

    def bump(self, flow: Flow) -> Bump | None:
        """The bump of a change of anything but enum values (those are classified one by one)."""
        if self.relation == "same":
            return None
        if flow == "output":
            return Bump.MINOR if self.none_only else Bump.MAJOR
        return Bump.MINOR if self.relation == "widened" else Bump.MAJOR


@dataclass(frozen=True)
class Context:
    """What type texts of the two sides refer to: their aliases, and the classes renamed between them."""

    old_aliases: Mapping[str, str]
    new_aliases: Mapping[str, str]
    renames: Mapping[str, str]  # old class name -> new class name


def type_change(old: str, new: str, context: Context) -> TypeChange | None:
    """None when the texts are equal (an alias they name is compared on its own) or mean the same
    once aliases are expanded and renamed classes are given their new names."""
    if normalize(old) == normalize(new):
        return None
    old_t = rename(expand(parse(old), context.old_aliases), context.renames)
    new_t = expand(parse(new), context.new_aliases)
    rel = relation(old_t, new_t)
    if rel == "same":
        return None
    old_values, new_values = (literals(old_t), literals(new_t))
    return TypeChange(
        old=old,
        new=new,
        relation=rel,
        values_added=tuple(sorted(new_values - old_values)),
        values_removed=tuple(sorted(old_values - new_values)),
        enum_only=skeleton(old_t) == skeleton(new_t) and old_values != new_values,
        none_only=only_none_differs(old_t, new_t),
    )


def enum_bumps(flow: Flow) -> tuple[Bump, Bump]:
    """(values added, values removed) for a Literal type: requests may send fewer values -> breaking."""
    if flow == "input":
        return (Bump.MINOR, Bump.MAJOR)
    return (Bump.MAJOR, Bump.MINOR)


def values_text(values: tuple[str, ...]) -> str:
    return ", ".join(f"`{v}`" for v in values)

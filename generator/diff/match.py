"""Identity across two surfaces: which operation and which model class of one is which of the other.

Operations are matched in three passes, each among what earlier passes left, and only where the key is
unique on both sides: the same ``METHOD /path``; the same method and path once path parameter names are
blanked (``{organizationName}`` and ``{organizationSlug}``); the same method and Python name.

Model classes keep their name, or are renamed: a removed class and an added class are the same model
when a matched operation, parameter or field typed with one is typed with the other in the same place,
or when their fields are the same (once classes already known to be renamed are); repeated until
nothing new is found.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TypeVar

from generator.diff.surface import Model, Operation, Surface
from generator.diff.typetext import identifiers, parse, rename, render

_PATH_PARAM = re.compile(r"\{([^}]*)\}")
_T = TypeVar("_T")


def blank_path(path: str) -> str:
    """The path with the names of its parameters blanked: ``/v1/{a}/x`` -> ``/v1/{}/x``."""
    return _PATH_PARAM.sub("{}", path)


def path_params(path: str) -> list[str]:
    """The names of a path's parameters, in order."""
    return _PATH_PARAM.findall(path)


@dataclass(frozen=True)
class OperationMatch:
    pairs: tuple[tuple[Operation, Operation], ...]  # (old, new), in the new surface's order
    removed: tuple[Operation, ...]
    added: tuple[Operation, ...]


def match_operations(old: Sequence[Operation], new: Sequence[Operation]) -> OperationMatch:
    """Pair the operations of two surfaces; what is left was removed or added."""
    removed = list(old)
    added = list(new)
    pairs: list[tuple[Operation, Operation]] = []
    keys: tuple[Callable[[Operation], Hashable], ...] = (
        lambda op: (op.http_method, op.path),
        lambda op: (op.http_method, blank_path(op.path)),
        lambda op: (op.http_method, op.qualname),
    )
    for key in keys:
        for before, after in unique_pairs(removed, added, key):
            removed.remove(before)
            added.remove(after)
            pairs.append((before, after))
    order = {id(op): i for i, op in enumerate(new)}
    pairs.sort(key=lambda pair: order[id(pair[1])])
    return OperationMatch(tuple(pairs), tuple(removed), tuple(added))


def unique_pairs(
    old: Iterable[_T], new: Iterable[_T], key: Callable[[_T], Hashable]
) -> list[tuple[_T, _T]]:
    """Pairs of an old and a new item with the same key, for keys unique on both sides."""
    old_by: dict[Hashable, list[_T]] = {}
    new_by: dict[Hashable, list[_T]] = {}
    for item in old:
        old_by.setdefault(key(item), []).append(item)
    for item in new:
        new_by.setdefault(key(item), []).append(item)
    return [
        (items[0], new_by[k][0])
        for k, items in old_by.items()
        if len(items) == 1 and len(new_by.get(k, [])) == 1
    ]


def model_renames(
    old: Surface, new: Surface, pairs: Iterable[tuple[Operation, Operation]]
) -> dict[str, str]:
    """Classes of ``old`` known under another name in ``new``: old name -> new name."""
    return _Renamer(old, new, tuple(pairs)).run()


class _Renamer:
    def __init__(
        self, old: Surface, new: Surface, pairs: tuple[tuple[Operation, Operation], ...]
    ) -> None:
        self.old = {m.name: m for m in old.models}
        self.new = {m.name: m for m in new.models}
        self.removed = [name for name in self.old if name not in self.new]
        self.added = [name for name in self.new if name not in self.old]
        self.pairs = pairs
        self.renames: dict[str, str] = {}

    def run(self) -> dict[str, str]:
        while self.by_place() | self.by_shape():
            pass
        return self.renames

    def propose(self, old_text: str, new_text: str) -> bool:
        """The only removed class in ``old_text`` is the only added class in ``new_text``."""
        taken = set(self.renames.values())
        before = [n for n in self.removed if n in identifiers(old_text) and n not in self.renames]
        after = [n for n in self.added if n in identifiers(new_text) and n not in taken]
        if len(before) == 1 and len(after) == 1:
            self.renames[before[0]] = after[0]
            return True
        return False

    def by_place(self) -> bool:
        found = False
        for before, after in self.pairs:
            found |= self.propose(before.returns, after.returns)
            for param in after.params:
                old_param = before.param(param.name)
                if old_param is not None:
                    found |= self.propose(old_param.type, param.type)
        same = [(n, n) for n in self.old if n in self.new]
        for old_name, new_name in same + list(self.renames.items()):
            new_model = self.new[new_name]
            for f in self.old[old_name].fields:
                g = new_model.field(f.name)
                if g is not None:
                    found |= self.propose(f.type, g.type)
        return found

    def by_shape(self) -> bool:
        taken = set(self.renames.values())
        found = unique_pairs(
            [self.old[n] for n in self.removed if n not in self.renames],
            [self.new[n] for n in self.added if n not in taken],
            lambda m: _shape(m, self.renames if m.name in self.old else {}),
        )
        for before, after in found:
            self.renames[before.name] = after.name
        return bool(found)


def _shape(model: Model, renames: Mapping[str, str]) -> Hashable:
    return tuple(
        sorted(
            (f.name, f.wire, render(rename(parse(f.type), renames)), f.required)
            for f in model.fields
        )
    )

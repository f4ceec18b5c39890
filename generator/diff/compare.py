"""Compare two client surfaces and classify every change from the point of view of code using the client.

Rules (``major`` = breaking, ``minor`` = an addition or a compatible change, ``patch`` = nothing the
typed surface shows):

Operations, matched first by ``METHOD /path``, then by ``METHOD`` and the path with its parameters'
names blanked (``{organizationName}`` and ``{organizationSlug}`` match), then by Python name and method:

- removed: major; added: minor;
- same HTTP operation under another Python name: renamed, major;
- a path parameter renamed while the Python surface stays identical: patch (listed, not breaking;
  one note per renamed set of parameters, naming the operations);
- same Python name, same method, another path: minor (the call is written the same way);
- the return type: output rules (see :mod:`generator.diff.rules`): only ``| None`` gained or lost is
  minor, anything else major;
- newly deprecated: minor; no longer deprecated: patch.

Parameters (matched by Python name; all are keyword-only but the path parameters, which are positional):

- removed: major; added: major when required or positional, minor when optional;
- optional made required: major; required made optional: minor;
- positional made keyword-only or back, positional parameters reordered or renamed: major;
- type: input rules: widened (``str`` -> ``str | None``, ``Literal['a']`` -> ``str``) minor, narrowed
  or otherwise changed major;
- enum values (``Literal``) removed from what a parameter accepts: major; added: minor;
- the same Python parameter sent under another wire name or location: patch.

Models and aliases (see :mod:`generator.diff.models`; renamed classes are found by
:mod:`generator.diff.match`, and a type that only names a renamed class is not a type change): a class
or alias removed or renamed: major (imports break); added: minor. Enum aliases (``Literal``, what
parameters accept) losing a value: major; gaining one: minor. Fields follow the output rules in models that responses reach, the
input rules in models that requests take or that nothing takes or returns (only user code builds
those), both when both apply:

- removed: major; added: minor, but major for a required field of an input model;
- optional made required: major for input models, minor for output ones; the reverse: minor;
- model fields keep enums open (``str``): documented values removed from a request model's field are
  major (the server refuses them), added minor; in response models both are patch notes (decoding
  never fails on an unknown value).

The bump of a comparison is the largest of its changes: any breaking change -> major, else any
addition or compatible change -> minor, else (notes, documentation only, or nothing) -> patch.
The bump is reported as semver means it even for a 0.x package; the versions the changelog gives
the Turso client start at 1.0.0 (:mod:`generator.diff.changelog`).
"""

from __future__ import annotations

from generator.diff.changes import Bump, Category, Change, Comparison
from generator.diff.match import (
    OperationMatch,
    blank_path,
    match_operations,
    model_renames,
    path_params,
)
from generator.diff.models import compare_models
from generator.diff.rules import Context, enum_bumps, type_change, values_text
from generator.diff.surface import Operation, Param, Surface

_LISTED = 5  # operations a grouped note names


def compare(
    old: Surface, new: Surface, old_label: str = "old", new_label: str = "new"
) -> Comparison:
    """Every change from ``old`` to ``new``, classified and sorted."""
    matched = match_operations(old.operations, new.operations)
    renames = model_renames(old, new, matched.pairs)
    context = Context(old.alias_texts(), new.alias_texts(), renames)
    changes = _Operations(matched, context).compare() + compare_models(old, new, context)
    changes.sort(key=Change.sort_key)
    return Comparison(
        old=old_label,
        new=new_label,
        changes=tuple(changes),
        docs_changed=old.docs_digest != new.docs_digest,
    )


class _Operations:
    def __init__(self, matched: OperationMatch, context: Context) -> None:
        self.matched = matched
        self.context = context
        self.changes: list[Change] = []
        self.path_renames: dict[tuple[tuple[str, str], ...], list[Operation]] = {}

    def compare(self) -> list[Change]:
        for old_op, new_op in self.matched.pairs:
            self.operation(old_op, new_op)
        for op in self.matched.removed:
            self.add(
                Bump.MAJOR, "operation-removed", op, f"removed `{op.qualname}` (`{op.endpoint}`)"
            )
        for op in self.matched.added:
            self.add(Bump.MINOR, "operation-added", op, f"added `{op.qualname}` (`{op.endpoint}`)")
        self.report_path_renames()
        return self.changes

    def report_path_renames(self) -> None:
        """One note per set of renamed path parameters, however many operations share it."""
        for renames, ops in self.path_renames.items():
            what = ", ".join(f"`{{{a}}}` to `{{{b}}}`" for a, b in renames)
            names = ", ".join(f"`{op.qualname}`" for op in ops[:_LISTED])
            more = f" and {len(ops) - _LISTED} more" if len(ops) > _LISTED else ""
            count = f"{len(ops)} operation{'s' if len(ops) > 1 else ''}"
            self.changes.append(
                Change(
                    Bump.PATCH,
                    "operations",
                    "operation-path-renamed",
                    ", ".join(f"{{{a}}}" for a, _ in renames),
                    f"path parameter renamed from {what} in {count} ({names}{more}): "
                    "a change of the URL only",
                    ops[0].endpoint if len(ops) == 1 else None,
                )
            )

    def add(self, bump: Bump, kind: str, op: Operation, message: str) -> None:
        category: Category = "operations" if kind.startswith("operation") else "parameters"
        if kind.startswith("enum"):
            category = "enums"
        self.changes.append(Change(bump, category, kind, op.qualname, message, op.endpoint))

    # -- one operation ------------------------------------------------------------------------------
    def operation(self, old: Operation, new: Operation) -> None:
        if old.qualname != new.qualname:
            self.add(
                Bump.MAJOR,
                "operation-renamed",
                new,
                f"renamed `{old.qualname}` to `{new.qualname}` (`{new.endpoint}`)",
            )
        if old.path != new.path:
            if blank_path(old.path) == blank_path(new.path):
                renames = tuple(
                    (a, b)
                    for a, b in zip(path_params(old.path), path_params(new.path), strict=True)
                    if a != b
                )
                self.path_renames.setdefault(renames, []).append(new)
            else:
                self.add(
                    Bump.MINOR,
                    "operation-moved",
                    new,
                    f"`{new.qualname}` now calls `{new.endpoint}` (was `{old.endpoint}`)",
                )
        if old.deprecated != new.deprecated:
            self.add(
                Bump.MINOR if new.deprecated else Bump.PATCH,
                "operation-deprecated" if new.deprecated else "operation-undeprecated",
                new,
                f"`{new.qualname}` is {'now' if new.deprecated else 'no longer'} deprecated",
            )
        self.returns(old, new)
        self.params(old, new)

    def returns(self, old: Operation, new: Operation) -> None:
        change = type_change(old.returns, new.returns, self.context)
        if change is None:
            return
        bump = change.bump("output") or Bump.PATCH
        self.add(
            bump,
            "operation-returns-changed",
            new,
            f"`{new.qualname}` returns `{new.returns}` (was `{old.returns}`)",
        )

    # -- parameters ---------------------------------------------------------------------------------
    def params(self, old: Operation, new: Operation) -> None:
        old_names = {p.name for p in old.params}
        new_names = {p.name for p in new.params}
        renamed = self.positional_renames(old, new, old_names, new_names)
        for p in old.params:
            if p.name in renamed:
                continue
            if p.name not in new_names:
                self.add(
                    Bump.MAJOR,
                    "parameter-removed",
                    new,
                    f"`{new.qualname}`: removed parameter `{p.name}`",
                )
        for p in new.params:
            if p.name in renamed.values():
                continue
            before = old.param(p.name)
            if before is None:
                self.param_added(new, p)
            else:
                self.param(new, before, p)
        old_order = [p.name for p in old.params if p.kind == "positional" and p.name in new_names]
        new_order = [p.name for p in new.params if p.kind == "positional" and p.name in old_names]
        if old_order != new_order and sorted(old_order) == sorted(new_order):
            self.add(
                Bump.MAJOR,
                "parameter-reordered",
                new,
                f"`{new.qualname}`: positional parameters reordered: "
                f"`{', '.join(new_order)}` (was `{', '.join(old_order)}`)",
            )

    def positional_renames(
        self, old: Operation, new: Operation, old_names: set[str], new_names: set[str]
    ) -> dict[str, str]:
        """Positional parameters at the same place under another name: old name -> new name."""
        old_pos = [p for p in old.params if p.kind == "positional"]
        new_pos = [p for p in new.params if p.kind == "positional"]
        renamed: dict[str, str] = {}
        for before, after in zip(old_pos, new_pos, strict=False):
            if (
                before.name != after.name
                and before.name not in new_names
                and after.name not in old_names
            ):
                renamed[before.name] = after.name
                self.add(
                    Bump.MAJOR,
                    "parameter-renamed",
                    new,
                    f"`{new.qualname}`: positional parameter `{before.name}` renamed to "
                    f"`{after.name}`",
                )
                self.param(new, before, after, announce_name=False)
        return renamed

    def param_added(self, op: Operation, p: Param) -> None:
        if p.kind == "positional" or p.required:
            what = "positional" if p.kind == "positional" else "required"
            bump = Bump.MAJOR
        else:
            what, bump = ("optional", Bump.MINOR)
        self.add(
            bump,
            "parameter-added",
            op,
            f"`{op.qualname}`: added {what} parameter `{p.name}: {p.type}`",
        )

    def param(self, op: Operation, old: Param, new: Param, *, announce_name: bool = True) -> None:
        notes: list[tuple[Bump, str]] = []
        if old.kind != new.kind:
            notes.append(
                (Bump.MAJOR, "now positional" if new.kind == "positional" else "now keyword-only")
            )
        if old.required != new.required:
            notes.append(
                (Bump.MAJOR, "now required") if new.required else (Bump.MINOR, "now optional")
            )
        if old.deprecated != new.deprecated:
            notes.append(
                (Bump.MINOR, "now deprecated")
                if new.deprecated
                else (Bump.PATCH, "no longer deprecated")
            )
        change = type_change(old.type, new.type, self.context)
        if change is not None and change.enum_only:
            added, removed = enum_bumps("input")
            subject = f"`{op.qualname}`: parameter `{new.name}`"
            if change.values_removed:
                self.add(
                    removed,
                    "enum-values-removed",
                    op,
                    f"{subject} no longer accepts {values_text(change.values_removed)}",
                )
            if change.values_added:
                self.add(
                    added,
                    "enum-values-added",
                    op,
                    f"{subject} now accepts {values_text(change.values_added)}",
                )
        elif change is not None:
            bump = change.bump("input") or Bump.PATCH
            verb = {"widened": "widened", "narrowed": "narrowed"}.get(change.relation, "changed")
            notes.append((bump, f"type {verb}: `{new.type}` (was `{old.type}`)"))
        moved = (old.location, old.wire) != (new.location, new.wire)
        if moved and not notes and not old.location == new.location == "path":
            # a renamed path parameter shows in the path, reported with the operation
            notes.append(
                (
                    Bump.PATCH,
                    (
                        f"sent as {new.location} `{new.wire}` (was {old.location} `{old.wire}`); "
                        "the Python surface is unchanged"
                    ),
                )
            )
        if notes and announce_name:
            self.add(
                max(b for b, _ in notes),
                "parameter-changed",
                op,
                f"`{op.qualname}`: parameter `{new.name}`: " + "; ".join(t for _, t in notes),
            )
        elif notes:
            self.add(
                max(b for b, _ in notes),
                "parameter-changed",
                op,
                f"`{op.qualname}`: parameter `{new.name}` (was `{old.name}`): "
                + "; ".join(t for _, t in notes),
            )

"""Compare the model classes and type aliases of two surfaces (rules: :mod:`generator.diff.compare`).

A model's flow decides how its field changes are classified: ``output`` when responses reach it,
``input`` when requests reach it or when nothing does (then only user code builds it); both when both
do, and the larger bump wins.
"""

from __future__ import annotations

from collections.abc import Mapping

from generator.diff.changes import Bump, Category, Change
from generator.diff.rules import Context, Flow, enum_bumps, type_change, values_text
from generator.diff.surface import Alias, Field, Model, Surface, Usage


def compare_models(old: Surface, new: Surface, context: Context) -> list[Change]:
    """Changes of classes, their fields, their documented enum values, and of type aliases."""
    return _Models(old, new, context).compare()


def flows(usage: frozenset[Usage]) -> tuple[Flow, ...]:
    """The flows whose rules apply to a model or alias with this usage."""
    found: list[Flow] = []
    if "request" in usage or not usage:
        found.append("input")
    if "response" in usage:
        found.append("output")
    return tuple(found)


class _Models:
    def __init__(self, old: Surface, new: Surface, context: Context) -> None:
        self.old = old
        self.new = new
        self.context = context
        self.changes: list[Change] = []

    def add(self, bump: Bump, kind: str, subject: str, message: str) -> None:
        category: Category = "enums" if kind.startswith("enum") else "models"
        self.changes.append(Change(bump, category, kind, subject, message))

    def compare(self) -> list[Change]:
        old = {m.name: m for m in self.old.models}
        new = {m.name: m for m in self.new.models}
        renames = self.context.renames
        removed = [m for name, m in old.items() if name not in new and name not in renames]
        added = [m for name, m in new.items() if name not in old and name not in renames.values()]
        for before, after in renames.items():
            self.add(Bump.MAJOR, "model-renamed", after, f"renamed model `{before}` to `{after}`")
        for m in removed:
            self.add(Bump.MAJOR, "model-removed", m.name, f"removed model `{m.name}`")
        for m in added:
            self.add(Bump.MINOR, "model-added", m.name, f"added model `{m.name}`")
        for name in sorted(old.keys() & new.keys()):
            self.model(old[name], new[name])
        for before, after in renames.items():
            self.model(old[before], new[after])
        self.aliases()
        return self.changes

    # -- models -------------------------------------------------------------------------------------
    def model(self, old: Model, new: Model) -> None:
        model_flows = flows(old.usage | new.usage)
        new_fields = {f.name for f in new.fields}
        for f in old.fields:
            if f.name not in new_fields:
                self.add(
                    Bump.MAJOR,
                    "field-removed",
                    f"{new.name}.{f.name}",
                    f"`{new.name}`: removed field `{f.name}`",
                )
        for f in new.fields:
            before = old.field(f.name)
            if before is None:
                required = f.required and "input" in model_flows
                self.add(
                    Bump.MAJOR if required else Bump.MINOR,
                    "field-added",
                    f"{new.name}.{f.name}",
                    f"`{new.name}`: added {'required' if f.required else 'optional'} field "
                    f"`{f.name}: {f.type}`",
                )
            else:
                self.field(new.name, before, f, model_flows)

    def field(self, model: str, old: Field, new: Field, model_flows: tuple[Flow, ...]) -> None:
        subject = f"{model}.{new.name}"
        notes: list[tuple[Bump, str]] = []
        if old.required != new.required:
            input_bump = Bump.MAJOR if new.required else Bump.MINOR
            bump = input_bump if "input" in model_flows else Bump.MINOR
            notes.append((bump, "now required" if new.required else "now optional"))
        change = type_change(old.type, new.type, self.context)
        if change is not None:
            bump = max(
                (change.bump(flow) or Bump.PATCH for flow in model_flows), default=Bump.PATCH
            )
            notes.append((bump, f"type `{new.type}` (was `{old.type}`)"))
        if old.wire != new.wire and not notes:
            notes.append(
                (
                    Bump.PATCH,
                    f"wire name `{new.wire}` (was `{old.wire}`); the Python surface is unchanged",
                )
            )
        if notes:
            self.add(
                max(b for b, _ in notes),
                "field-changed",
                subject,
                f"`{model}.{new.name}`: " + "; ".join(t for _, t in notes),
            )
        self.open_enum(subject, old.enum, new.enum, model_flows)

    def open_enum(
        self,
        subject: str,
        old: tuple[str, ...],
        new: tuple[str, ...],
        model_flows: tuple[Flow, ...],
    ) -> None:
        """Documented values of a field typed as an open ``str``/``int``."""
        if not old or not new:
            return  # a field that gains or loses its enum entirely shows as a type or doc change
        removed = tuple(v for v in old if v not in new)
        added = tuple(v for v in new if v not in old)
        if "input" in model_flows:
            if removed:
                self.add(
                    Bump.MAJOR,
                    "enum-values-removed",
                    subject,
                    f"`{subject}` no longer accepts {values_text(removed)}",
                )
            if added:
                self.add(
                    Bump.MINOR,
                    "enum-values-added",
                    subject,
                    f"`{subject}` now accepts {values_text(added)}",
                )
            return
        if removed:
            self.add(
                Bump.PATCH,
                "enum-values-removed",
                subject,
                f"`{subject}` no longer documents {values_text(removed)} "
                "(decoding is unaffected: the field stays an open type)",
            )
        if added:
            self.add(
                Bump.PATCH,
                "enum-values-added",
                subject,
                f"`{subject}` documents new values {values_text(added)} "
                "(decoding is unaffected: the field stays an open type)",
            )

    # -- aliases ------------------------------------------------------------------------------------
    def aliases(self) -> None:
        old = {a.name: a for a in self.old.aliases}
        new = {a.name: a for a in self.new.aliases}
        for name in sorted(old.keys() - new.keys()):
            self.add(Bump.MAJOR, "alias-removed", name, f"removed type alias `{name}`")
        for name in sorted(new.keys() - old.keys()):
            self.add(
                Bump.MINOR, "alias-added", name, f"added type alias `{name} = {new[name].type}`"
            )
        for name in sorted(old.keys() & new.keys()):
            self.alias(old[name], new[name])

    def alias(self, old: Alias, new: Alias) -> None:
        alias_flows = flows(old.usage | new.usage)
        context = Context(
            _without(self.context.old_aliases, old.name),
            _without(self.context.new_aliases, new.name),
            self.context.renames,
        )
        change = type_change(old.type, new.type, context)
        if change is None:
            return
        if change.enum_only:
            for flow in alias_flows:
                added, removed = enum_bumps(flow)
                if change.values_removed:
                    self.add(
                        removed,
                        "enum-values-removed",
                        new.name,
                        f"`{new.name}` no longer accepts {values_text(change.values_removed)}",
                    )
                if change.values_added:
                    self.add(
                        added,
                        "enum-values-added",
                        new.name,
                        f"`{new.name}` now accepts {values_text(change.values_added)}",
                    )
            return
        bump = max((change.bump(flow) or Bump.PATCH for flow in alias_flows), default=Bump.PATCH)
        self.add(
            bump,
            "alias-changed",
            new.name,
            f"type alias `{new.name}` is `{new.type}` (was `{old.type}`)",
        )


def _without(aliases: Mapping[str, str], name: str) -> dict[str, str]:
    return {k: v for k, v in aliases.items() if k != name}

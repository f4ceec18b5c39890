"""YAML text to data: safe loading with string keys and string timestamps, bounded alias expansion.

Kept apart from `generator.load.read` so that reading a JSON document never imports PyYAML.
"""

from __future__ import annotations

from typing import Any

import yaml  # type: ignore[import-untyped,unused-ignore]

from generator.diagnostics import Diagnostic, Level, error

__all__ = ["MAX_ALIASES", "MAX_ALIAS_EXPANSION", "load_yaml"]

#: Most YAML aliases (``*name``) a document may use.
MAX_ALIASES = 1000
#: Most nodes that aliases may add once expanded (defeats "billion laughs").
MAX_ALIAS_EXPANSION = 1_000_000


_BaseLoader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when available


class _Loader(_BaseLoader):  # type: ignore[misc]
    """Safe YAML loader whose mapping keys are the key text and whose timestamps stay strings."""

    duplicates: list[tuple[str, int]]

    def construct_mapping(self, node: Any, deep: bool = False) -> dict[str, Any]:
        self.flatten_mapping(node)
        mapping: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                raise yaml.constructor.ConstructorError(
                    None,
                    None,
                    "a mapping key must be a string, not a list or mapping",
                    key_node.start_mark,
                )
            key = str(key_node.value)
            if key in mapping:
                self.duplicates.append((key, key_node.start_mark.line + 1))
            mapping[key] = self.construct_object(value_node, deep=deep)
        return mapping

    def construct_yaml_timestamp(self, node: Any) -> str:
        return str(self.construct_scalar(node))


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _Loader.construct_yaml_timestamp)


def load_yaml(file: str, text: str, diagnostics: list[Diagnostic]) -> Any:
    try:
        if "*" in text:  # an alias needs '*': only then is expansion worth bounding
            _check_aliases(file, text)
        loader = _Loader(text)
        loader.duplicates = []
        try:
            data = loader.get_single_data()
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        raise error(file, "", _yaml_message(exc), "fix the YAML syntax") from None
    except yaml.YAMLError as exc:  # e.g. ReaderError for control characters
        raise error(file, "", f"YAML error: {_one_line(str(exc))}", "fix the YAML syntax") from None
    diagnostics.extend(
        Diagnostic(
            Level.WARNING,
            file,
            "",
            f"duplicate key {key!r} at line {line}; the last one wins",
            "remove or rename one of them",
        )
        for key, line in loader.duplicates
    )
    return data


def _yaml_message(exc: yaml.MarkedYAMLError) -> str:
    kind = (
        "YAML error" if isinstance(exc, yaml.constructor.ConstructorError) else "YAML syntax error"
    )
    mark = exc.problem_mark or exc.context_mark
    problem = _one_line(exc.problem or exc.context or "invalid YAML")
    where = "" if mark is None else f" at line {mark.line + 1}, column {mark.column + 1}"
    context = ""
    if exc.context and exc.problem and exc.context_mark is not None and exc.context_mark != mark:
        started = exc.context_mark
        context = (
            f" ({_one_line(exc.context)} at line {started.line + 1}, column {started.column + 1})"
        )
    return f"{kind}{where}: {problem}{context}"


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _check_aliases(file: str, text: str) -> None:
    """Count aliases and the nodes they expand to from the event stream; raise past the bounds."""
    sizes: dict[str, int] = {}
    open_nodes: list[tuple[str | None, int]] = []  # (anchor, size so far)
    aliases = expansion = 0

    def add(size: int) -> None:
        if open_nodes:
            anchor, total = open_nodes[-1]
            open_nodes[-1] = (anchor, total + size)

    for event in yaml.parse(text, Loader=_Loader):
        if isinstance(event, yaml.AliasEvent):
            aliases += 1
            if event.anchor not in sizes:
                raise error(
                    file,
                    "",
                    f"YAML alias *{event.anchor} at line {event.start_mark.line + 1} "
                    "refers to a node that contains it (recursive alias)",
                    "replace the alias with a $ref",
                )
            expansion += sizes[event.anchor]
            if aliases > MAX_ALIASES or expansion > MAX_ALIAS_EXPANSION:
                raise error(
                    file,
                    "",
                    f"too many YAML aliases (more than {MAX_ALIASES} aliases or "
                    f"{MAX_ALIAS_EXPANSION} expanded nodes): refusing a possible alias bomb",
                    "use $ref instead of YAML anchors and aliases",
                )
            add(sizes[event.anchor])
        elif isinstance(event, yaml.ScalarEvent):
            if event.anchor is not None:
                sizes[event.anchor] = 1
            add(1)
        elif isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            open_nodes.append((event.anchor, 1))
        elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            anchor, total = open_nodes.pop()
            if anchor is not None:
                sizes[anchor] = total
            add(total)

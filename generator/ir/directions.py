"""Which way each schema travels (in requests, in responses, or both) and which shape it has each way.

A schema with ``readOnly`` or ``writeOnly`` properties has two shapes: the one the server sends (without
its writeOnly properties) and the one the client sends (without its readOnly properties). So does any
schema that contains such a schema through a property, an array item, a map value, a union member or a
reference: its request shape refers to the request shapes. ``Directions.differs`` is that set, the least
fixed point over the schema graph (recursion and cycles included: a cycle without such a property does
not differ).

A schema that differs and travels both ways is generated twice (a response class and a request class);
one that travels one way only is generated once, in the shape of that way. A schema that no operation
reaches counts as a response schema (what the server describes). Requests are reached from request
bodies and parameters, responses from responses; a direction follows only the properties of its shape
(a writeOnly property leads nowhere in a response).

Nodes are object schemas (by pointer) and components that are not objects (aliases, by component
pointer), each mapped through ``group``: the naming stage groups the pointers that share one class.
Pure: no names, no type strings.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Literal

from generator.diagnostics import join_pointer
from generator.ir.model import (
    Api,
    ArraySchema,
    MapSchema,
    ObjectSchema,
    Property,
    RefSchema,
    Schema,
    UnionSchema,
)

Direction = Literal["request", "response"]


@dataclass(frozen=True)
class Directions:
    """Which schema nodes requests reach, which responses reach, and which differ between the two."""

    requests: frozenset[str]  # nodes a request reaches
    responses: frozenset[str]  # nodes a response reaches, and nodes nothing reaches
    differs: frozenset[str]  # nodes whose request shape is not their response shape

    def shapes(self, node: str) -> tuple[Direction, ...]:
        """The shapes ``node`` is generated in, the response shape first; one when both are the same."""
        if node not in self.differs:
            return ("response",)
        if node in self.requests and node in self.responses:
            return ("response", "request")
        return ("request",) if node in self.requests else ("response",)

    def split(self, node: str) -> bool:
        """``node`` gets two classes: a response class and a request class."""
        return len(self.shapes(node)) == 2


def in_shape(prop: Property, direction: Direction | None) -> bool:
    """Whether ``prop`` belongs to the shape of ``direction`` (None: either): readOnly properties are
    never sent, writeOnly properties never received."""
    meta = prop.schema.meta
    if direction == "request":
        return not meta.read_only
    if direction == "response":
        return not meta.write_only
    return True


def _same(pointer: str) -> str:
    return pointer


def schema_directions(api: Api, group: Callable[[str], str] = _same) -> Directions:
    graph = _Graph(api, group)
    requests: set[str] = set()
    responses: set[str] = set()
    for op in api.operations:
        for param in op.parameters:
            graph.spread(graph.reached(param.schema), "request", requests)
        if op.request_body is not None:
            graph.spread(graph.reached(op.request_body.schema), "request", requests)
        for response in op.responses:
            if response.schema is not None:
                graph.spread(graph.reached(response.schema), "response", responses)
    components = [n for n in map(graph.component, graph.components) if n is not None]
    graph.spread([n for n in components if n not in requests | responses], "response", responses)
    return Directions(frozenset(requests), frozenset(responses), graph.differs(components))


class _Graph:
    def __init__(self, api: Api, group: Callable[[str], str]) -> None:
        self.components = {n.key: n.schema for n in api.schemas}
        self.group = group
        self.bodies: dict[str, dict[str, Schema]] = {}  # node -> its schemas, by pointer
        self.roots: list[str] = []  # the nodes operations reach directly

    def node(self, pointer: str, schema: Schema) -> str:
        node = self.group(pointer)
        self.bodies.setdefault(node, {}).setdefault(schema.meta.pointer, schema)
        return node

    def component(self, key: str) -> str | None:
        schema = self.components.get(key)
        if schema is None:
            return None
        if isinstance(schema, ObjectSchema):
            return self.node(schema.meta.pointer, schema)
        return self.node(join_pointer("/components/schemas", key), schema)

    def reached(self, schema: Schema) -> list[str]:
        """The nodes an operation's ``schema`` reaches without passing through another node."""
        found = list(self._reached(schema))
        self.roots += found
        return found

    def _reached(self, schema: Schema) -> Iterator[str]:
        if isinstance(schema, ObjectSchema):
            yield self.node(schema.meta.pointer, schema)
        elif isinstance(schema, RefSchema):
            node = self.component(schema.key)
            if node is not None:
                yield node
        elif isinstance(schema, ArraySchema):
            yield from self._reached(schema.items)
        elif isinstance(schema, MapSchema):
            yield from self._reached(schema.values)
        elif isinstance(schema, UnionSchema):
            for variant in schema.variants:
                yield from self._reached(variant)

    def children(self, node: str, direction: Direction | None) -> Iterator[str]:
        """The nodes ``node`` reaches directly in the shape of ``direction`` (None: any shape)."""
        for schema in list(self.bodies.get(node, {}).values()):
            if not isinstance(schema, ObjectSchema):
                yield from self._reached(schema)  # an alias: what it names
                continue
            for prop in schema.properties:
                if in_shape(prop, direction):
                    yield from self._reached(prop.schema)
            if not isinstance(schema.additional, (bool, type(None))):
                yield from self._reached(schema.additional)

    def spread(self, start: Iterable[str], direction: Direction | None, seen: set[str]) -> None:
        """Add to ``seen`` every node reachable from ``start`` in the shape of ``direction``."""
        todo = list(start)
        while todo:
            node = todo.pop()
            if node not in seen:
                seen.add(node)
                todo.extend(self.children(node, direction))

    def differs(self, components: list[str]) -> frozenset[str]:
        """The nodes with a readOnly or writeOnly property, and every node that reaches one of them."""
        every: set[str] = set()
        self.spread(components + self.roots, None, every)
        todo = [
            node
            for node in every
            if any(_has_access_flags(schema) for schema in self.bodies[node].values())
        ]
        if not todo:  # most documents: no readOnly/writeOnly anywhere
            return frozenset()
        referrers: dict[str, set[str]] = {}
        for node in every:
            for child in self.children(node, None):
                referrers.setdefault(child, set()).add(node)
        found: set[str] = set()
        while todo:
            node = todo.pop()
            if node not in found:
                found.add(node)
                todo.extend(referrers.get(node, ()))
        return frozenset(found)


def _has_access_flags(schema: Schema) -> bool:
    return isinstance(schema, ObjectSchema) and any(
        p.schema.meta.read_only or p.schema.meta.write_only for p in schema.properties
    )

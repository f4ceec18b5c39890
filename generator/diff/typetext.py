"""Python type expressions as the generator renders them (``str | None``, ``list[Database]``,
``Literal['a', 'b']``), parsed into sets of union members so two of them can be compared.

A type is a frozenset of members; a member is a :class:`Lit` (one value of a ``Literal``) or a
:class:`Named` type with optional arguments (``list[str]`` is ``Named("list", (frozenset({str}),))``).
``Literal['a', 'b'] | None`` is therefore the set ``{Lit("'a'"), Lit("'b'"), Named("None")}``, which
makes "enum values added" a plain set difference.

Text the parser does not understand becomes one opaque member (compared by its text), never an error.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Literal, TypeAlias

Relation = Literal["same", "widened", "narrowed", "changed"]


@dataclass(frozen=True)
class Lit:
    """One value of a ``Literal[...]``, as its Python repr (``'a'``, ``3``)."""

    value: str


@dataclass(frozen=True)
class Named:
    """A named type (``str``, ``Database``, ``datetime.datetime``), generic when ``args`` is set."""

    name: str
    args: tuple[Type, ...] = ()


Member: TypeAlias = Lit | Named
Type: TypeAlias = frozenset[Member]

NONE = Named("None")
_MAX_ALIAS_DEPTH = 8
_TOKEN = re.compile(
    r"""\s*(?:
        (?P<str>'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")
      | (?P<num>-?\d+(?:\.\d+)?)
      | (?P<name>[A-Za-z_][A-Za-z0-9_.]*)
      | (?P<punct>[\[\],|])
    )""",
    re.VERBOSE,
)
_BUILTINS_PREFIX = re.compile(r"\bbuiltins\.")
_QUOTED = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"")
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
# quoted strings match as a whole, so a name is never replaced inside a literal value
_WORD = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|[A-Za-z_][A-Za-z0-9_.]*")


class _Unparsable(Exception):
    pass


def normalize(text: str, names: Mapping[str, str] | None = None) -> str:
    """The text as the models module would write it: without the ``builtins.`` prefix a module adds
    when a method shadows a builtin, and with ``names`` (import alias -> class) undone."""
    text = _BUILTINS_PREFIX.sub("", text)
    if not names:
        return text
    return _WORD.sub(lambda m: names.get(m.group(0), m.group(0)), text)


def identifiers(text: str) -> set[str]:
    """The bare identifiers a type text mentions outside of string literals (class and alias names)."""
    return set(_IDENTIFIER.findall(_QUOTED.sub("", text)))


def parse(text: str) -> Type:
    """Parse a rendered type; text that is not a type expression is one opaque member."""
    tokens = list(_tokens(normalize(text)))
    try:
        parsed, end = _union(tokens, 0)
    except _Unparsable:
        return frozenset({Named(text.strip())})
    if end != len(tokens):
        return frozenset({Named(text.strip())})
    return parsed


def _tokens(text: str) -> Iterator[tuple[str, str]]:
    pos = 0
    text = text.rstrip()
    while pos < len(text):
        match = _TOKEN.match(text, pos)
        if match is None or match.end() == pos:
            yield ("bad", text[pos:])
            return
        kind = match.lastgroup or "bad"
        yield (kind, match.group(kind))
        pos = match.end()


def _union(tokens: list[tuple[str, str]], pos: int) -> tuple[Type, int]:
    members: set[Member] = set()
    while True:
        found, pos = _member(tokens, pos)
        members.update(found)
        if pos < len(tokens) and tokens[pos] == ("punct", "|"):
            pos += 1
            continue
        return frozenset(members), pos


def _member(tokens: list[tuple[str, str]], pos: int) -> tuple[set[Member], int]:
    if pos >= len(tokens) or tokens[pos][0] != "name":
        raise _Unparsable
    name = tokens[pos][1]
    pos += 1
    if pos >= len(tokens) or tokens[pos] != ("punct", "["):
        return {Named(name)}, pos
    pos += 1
    if name == "Literal":
        values: set[Member] = set()
        while pos < len(tokens) and tokens[pos][0] in ("str", "num", "name"):
            values.add(Lit(tokens[pos][1]))
            pos += 1
            if pos < len(tokens) and tokens[pos] == ("punct", ","):
                pos += 1
        if pos >= len(tokens) or tokens[pos] != ("punct", "]"):
            raise _Unparsable
        return values, pos + 1
    args: list[Type] = []
    while True:
        arg, pos = _union(tokens, pos)
        args.append(arg)
        if pos < len(tokens) and tokens[pos] == ("punct", ","):
            pos += 1
            continue
        if pos < len(tokens) and tokens[pos] == ("punct", "]"):
            return {Named(name, tuple(args))}, pos + 1
        raise _Unparsable


def expand(t: Type, aliases: Mapping[str, str], depth: int = 0) -> Type:
    """Replace alias names by what they stand for, so ``DatabaseType`` compares as its ``Literal``."""
    out: set[Member] = set()
    for member in t:
        if isinstance(member, Lit):
            out.add(member)
        elif member.args:
            out.add(Named(member.name, tuple(expand(a, aliases, depth) for a in member.args)))
        elif member.name in aliases and depth < _MAX_ALIAS_DEPTH:
            out.update(expand(parse(aliases[member.name]), aliases, depth + 1))
        else:
            out.add(member)
    return frozenset(out)


def rename(t: Type, names: Mapping[str, str]) -> Type:
    """The type with class names replaced (``names``: old name -> new name)."""
    if not names:
        return t
    out: set[Member] = set()
    for member in t:
        if isinstance(member, Named):
            args = tuple(rename(a, names) for a in member.args)
            member = Named(names.get(member.name, member.name) if not args else member.name, args)
        out.add(member)
    return frozenset(out)


def render(t: Type) -> str:
    """A canonical text of a parsed type (members sorted, ``None`` last)."""
    literals = sorted(m.value for m in t if isinstance(m, Lit))
    parts = [_render_named(m) for m in t if isinstance(m, Named) and m != NONE]
    parts.sort()
    if literals:
        parts.insert(0, "Literal[" + ", ".join(literals) + "]")
    if NONE in t:
        parts.append("None")
    return " | ".join(parts)


def _render_named(member: Named) -> str:
    if not member.args:
        return member.name
    return f"{member.name}[{', '.join(render(a) for a in member.args)}]"


def covers(t: Type, member: Member) -> bool:
    """Whether every value of ``member`` is also a value of ``t`` (containers compare covariantly)."""
    if member in t or Named("Any") in t:
        return True
    if isinstance(member, Lit):
        number = bool(re.fullmatch(r"-?\d+", member.value))
        wanted = {"int", "float"} if number else {"str"}
        return any(isinstance(m, Named) and not m.args and m.name in wanted for m in t)
    if member.name == "int" and not member.args and Named("float") in t:
        return True
    if member.args:
        for candidate in t:
            if (
                isinstance(candidate, Named)
                and candidate.name == member.name
                and len(candidate.args) == len(member.args)
                and all(
                    all(covers(new, m) for m in old)
                    for new, old in zip(candidate.args, member.args, strict=True)
                )
            ):
                return True
    return False


def relation(old: Type, new: Type) -> Relation:
    """How ``new`` relates to ``old``: the same set of values, more (widened), fewer, or neither."""
    if old == new:
        return "same"
    old_in_new = all(covers(new, m) for m in old)
    new_in_old = all(covers(old, m) for m in new)
    if old_in_new and new_in_old:
        return "same"
    if old_in_new:
        return "widened"
    if new_in_old:
        return "narrowed"
    return "changed"


def literals(t: Type) -> frozenset[str]:
    """Every ``Literal`` value anywhere in the type (inside containers too)."""
    found: set[str] = set()
    for member in t:
        if isinstance(member, Lit):
            found.add(member.value)
        else:
            for arg in member.args:
                found |= literals(arg)
    return frozenset(found)


def skeleton(t: Type) -> Type:
    """The type with every literal value replaced by a placeholder of its kind (string or number):
    two types with the same skeleton differ in enum values only."""
    out: set[Member] = set()
    for member in t:
        if isinstance(member, Lit):
            number = bool(re.fullmatch(r"-?\d+(\.\d+)?", member.value))
            out.add(Lit("<number>" if number else "<string>"))
        elif member.args:
            out.add(Named(member.name, tuple(skeleton(a) for a in member.args)))
        else:
            out.add(member)
    return frozenset(out)


def only_none_differs(old: Type, new: Type) -> bool:
    """True when the two types are equal but for ``None`` (a field became optional or required)."""
    return old != new and old - {NONE} == new - {NONE}

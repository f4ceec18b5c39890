"""JSON pointers (RFC 6901) and `$ref` strings: parse, resolve, walk.

A *pointer* here is a decoded JSON pointer such as ``/paths/~1pets/get`` (the
empty string is the whole document).  A *local ref* is the URI-fragment form
used by ``$ref``: ``#/paths/~1pets/get``, which may also be percent-encoded
(``#/components/schemas/My%20Schema``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import quote, unquote

from generator.diagnostics import escape_pointer_token

__all__ = [
    "PointerError",
    "is_local_ref",
    "iter_refs",
    "parse_ref",
    "pointer_to_fragment",
    "resolve_pointer",
    "split_pointer",
]

# Characters left as they are when a pointer is written as a URI fragment.
_FRAGMENT_SAFE = "/~:@!$&'()*+,;=-._"


class PointerError(KeyError):
    """A JSON pointer that does not resolve: carries the pointer and the token that failed."""

    def __init__(self, pointer: str, failed_at: str, reason: str) -> None:
        super().__init__(pointer)
        self.pointer = pointer
        self.failed_at = failed_at
        self.reason = reason

    def __str__(self) -> str:
        return f"cannot resolve '{self.pointer}': {self.reason} at '{self.failed_at}'"


def split_pointer(pointer: str) -> list[str]:
    """Split a decoded JSON pointer into its unescaped reference tokens."""
    if pointer == "":
        return []
    if not pointer.startswith("/"):
        raise PointerError(pointer, "", "a JSON pointer must start with '/'")
    return [t.replace("~1", "/").replace("~0", "~") for t in pointer[1:].split("/")]


def resolve_pointer(data: Any, pointer: str) -> Any:
    """Return the value at ``pointer`` in ``data``.

    ``pointer`` is a JSON pointer (``/a/b``) or a URI fragment (``#/a/b``, which
    is percent-decoded first).  Raises PointerError naming the pointer and the
    prefix that failed.
    """
    if pointer.startswith("#"):
        pointer = unquote(pointer[1:])
    node = data
    walked = ""
    for token in split_pointer(pointer):
        walked += "/" + escape_pointer_token(token)
        if isinstance(node, dict):
            if token not in node:
                raise PointerError(pointer, walked, "no such key")
            node = node[token]
        elif isinstance(node, list):
            if not token.isdigit() or (token != "0" and token.startswith("0")):
                raise PointerError(pointer, walked, "not an array index")
            index = int(token)
            if index >= len(node):
                raise PointerError(pointer, walked, "index out of range")
            node = node[index]
        else:
            raise PointerError(pointer, walked, f"cannot index into a {type(node).__name__}")
    return node


def is_local_ref(ref: str) -> bool:
    """True for a ref into the same document (``#...``)."""
    return ref.startswith("#")


def parse_ref(ref: str) -> str:
    """A local ref (``#/a/b``, percent-encoded or not) as a decoded JSON pointer (``/a/b``)."""
    if not is_local_ref(ref):
        raise ValueError(f"not a local $ref (must start with '#'): {ref!r}")
    pointer = unquote(ref[1:])
    if pointer and not pointer.startswith("/"):
        raise ValueError(f"$ref fragment must be a JSON pointer starting with '/': {ref!r}")
    return pointer


def pointer_to_fragment(pointer: str) -> str:
    """Write a decoded JSON pointer as a local ref (``/a b`` -> ``#/a%20b``)."""
    return "#" + quote(pointer, safe=_FRAGMENT_SAFE)


def iter_refs(data: Any, base: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    """Yield ``(pointer, node)`` for every mapping in ``data`` that has a string ``$ref``.

    Iterative (no recursion), document order; ``pointer`` locates the mapping
    (append ``/$ref`` for the ref string itself).  Children of a ``$ref``
    mapping are walked too (siblings of ``$ref`` are legal in OpenAPI 3.1).
    """
    stack: list[tuple[str, Any]] = [(base, data)]
    while stack:
        pointer, node = stack.pop()
        if isinstance(node, dict):
            if isinstance(node.get("$ref"), str):
                yield pointer, node
            children = [
                (pointer + "/" + escape_pointer_token(str(k)), v)
                for k, v in node.items()
                if isinstance(v, (dict, list))
            ]
            stack.extend(reversed(children))
        elif isinstance(node, list):
            stack.extend(
                reversed(
                    [
                        (f"{pointer}/{i}", v)
                        for i, v in enumerate(node)
                        if isinstance(v, (dict, list))
                    ]
                )
            )

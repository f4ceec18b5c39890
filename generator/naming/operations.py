"""Resource and method names for operations, derived from paths and operationIds.

``GET /v1/organizations/{organizationSlug}/databases`` with operationId ``listDatabases`` becomes
``databases.list``; ``addLocationToGroup`` under ``/groups/{groupName}/locations/{location}`` becomes
``groups.add_location``. Operations without an operationId get a name from their method and path.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from generator.naming.identifiers import snake_case

_VERSION = re.compile(r"^v\d+(\.\d+)*$", re.IGNORECASE)
_PREPOSITIONS = frozenset({"to", "from", "for", "in", "of", "by", "on", "with", "into", "at"})
_COLLECTION_VERBS = {
    "get": "list",
    "post": "create",
    "put": "replace",
    "delete": "delete_all",
    "patch": "update",
}
_ITEM_VERBS = {
    "get": "get",
    "post": "create",
    "put": "update",
    "delete": "delete",
    "patch": "update",
}


def path_segments(path: str) -> list[str]:
    return [s for s in path.strip("/").split("/") if s]


def is_param(segment: str) -> bool:
    return segment.startswith("{") and segment.endswith("}")


def singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 3:
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "ches", "shes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss") and len(word) > 1:
        return word[:-1]
    return word


def split_scope(path: str, scope_params: Iterable[str]) -> tuple[list[str], list[str], str | None]:
    """(scope nouns, remaining segments, version) after dropping versions and client-bound scopes."""
    scopes = set(scope_params)
    segments = path_segments(path)
    version = None
    while segments and _VERSION.match(segments[0]):
        version = segments.pop(0).lower()
    nouns: list[str] = []
    while (
        len(segments) > 2
        and not is_param(segments[0])
        and is_param(segments[1])
        and segments[1][1:-1] in scopes
    ):
        nouns.append(snake_case(segments[0]))
        segments = segments[2:]
    return nouns, segments, version


def resource_of(path: str, scope_params: Iterable[str]) -> str:
    """The resource (client attribute) an operation belongs to: the first static path segment after
    the version prefix and any client-bound scope (``/v1/organizations/{organizationSlug}/...``)."""
    _, segments, _ = split_scope(path, scope_params)
    for segment in segments:
        if not is_param(segment):
            return snake_case(segment)
    return "root"


def method_words(operation_id: str) -> list[str]:
    return [w for w in snake_case(operation_id).split("_") if w]


def method_name(
    method: str,
    path: str,
    operation_id: str | None,
    resource: str,
    scope_params: Iterable[str],
    *,
    keep_version: bool = False,
    keep_scope: bool = False,
) -> str:
    """The method name within its resource."""
    nouns, segments, version = split_scope(path, scope_params)
    if operation_id is None:
        return _name_from_path(method, segments, resource)
    drop = {resource, singular(resource)}
    if not keep_scope:
        drop |= set(nouns) | {singular(n) for n in nouns}
    resource_words = resource.split("_")
    words = method_words(operation_id)
    words = _remove_sequence(words, resource_words) if len(resource_words) > 1 else words
    words = (
        _remove_sequence(words, [singular(w) for w in resource_words])
        if len(resource_words) > 1
        else words
    )
    # "pulls/list" in resource pulls: the resource's own name leads and the verb follows
    # (a singular lead is the verb itself: "invite..." in resource invites)
    if len(words) > len(resource_words) and words[: len(resource_words)] == resource_words:
        words = words[len(resource_words) :]
    kept = words[:1] + [w for w in words[1:] if w not in drop]  # the first word is the verb
    if not keep_version and version and kept and kept[-1] == version:
        kept = kept[:-1]
    while len(kept) > 1 and kept[-1] in _PREPOSITIONS:
        kept.pop()
    return "_".join(kept) if kept else "_".join(method_words(operation_id))


def _remove_sequence(words: list[str], sequence: list[str]) -> list[str]:
    n = len(sequence)
    for i in range(len(words) - n + 1):
        if words[i : i + n] == sequence:
            return words[:i] + words[i + n :]
    return words


def _name_from_path(method: str, segments: list[str], resource: str) -> str:
    """``POST /databases/{db}/auth/tokens`` in ``databases`` -> ``create_auth_tokens``."""
    try:
        start = next(i for i, s in enumerate(segments) if snake_case(s) == resource) + 1
    except StopIteration:
        start = 0
    rest = segments[start:]
    statics = [snake_case(s) for s in rest if not is_param(s)]
    ends_with_param = bool(rest) and is_param(rest[-1])
    if not statics:
        verbs = _ITEM_VERBS if ends_with_param else _COLLECTION_VERBS
        return verbs.get(method, method)
    if method == "get":
        verb = "get" if ends_with_param or not statics[-1].endswith("s") else "list"
    elif method == "post":
        verb = "create" if statics[-1].endswith("s") else ""
    else:
        verb = {"put": "update", "patch": "update", "delete": "delete"}.get(method, method)
    return "_".join([verb, *statics] if verb else statics)

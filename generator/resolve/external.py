"""Inline ``$ref``s to other files, keeping the main document's own ``#/...`` refs as refs.

prance does the inlining (its RefResolver with structural sharing and cycle
detection), after a scan of our own that:

* reads every referenced file with our reader (same JSON/YAML rules and
  safety bounds as the main document) and hands prance those parsed files, so
  prance reads nothing itself and never touches the network;
* checks every ref (file exists, fragment resolves) so that an error names
  the referring file and the pointer of the ``$ref``;
* rewrites refs to absolute ``file:`` URIs with a plain JSON pointer fragment
  (prance does not percent-decode fragments), ``#/...`` refs inside other
  files included: left as they are, prance would keep them as ``#/...`` in the
  main document, where they name the wrong thing or nothing;
* refuses ``http(s)`` refs.

Refs from other files back into the main document stay refs (``#/...``).
"""

from __future__ import annotations

import copy
import os
import re
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from generator.diagnostics import GenerationError, error, join_pointer
from generator.load.read import MAX_DEPTH, LoadedDocument, read_fragment
from generator.resolve.pointer import (
    PointerError,
    is_local_ref,
    iter_refs,
    parse_ref,
    pointer_to_fragment,
    resolve_pointer,
)

__all__ = ["MAX_INLINED_NODES", "resolve_external"]

#: Most nodes the document may have once external refs are inlined (defeats "ref bombs").
MAX_INLINED_NODES = 2_000_000
_HINT_NO_NETWORK = "sdkgen uses no network: download the file and $ref it by relative path"


def resolve_external(doc: LoadedDocument) -> dict[str, Any]:
    """``doc.data`` with every ref to another file inlined; ``doc.data`` itself if none."""
    if not doc.refers_to_other_files:
        return doc.data
    try:
        bundle = _Bundle(doc)
        bundle.scan()
        return bundle.inline()
    except RecursionError:
        raise error(
            str(doc.path),
            "",
            f"a referenced document nests deeper than {MAX_DEPTH} levels",
            "flatten it: move nested schemas to components and use $ref",
        ) from None


class _Bundle:
    """The main document and the files it references, read, checked and with canonical refs."""

    def __init__(self, doc: LoadedDocument) -> None:
        self.root = doc.path.resolve()
        self.root_uri = self.root.as_uri()
        self.main = copy.deepcopy(doc.data)
        # resolved path -> the name messages use (as the user wrote it, relative to the cwd)
        self.names: dict[Path, str] = {self.root: str(doc.path)}
        self.files: dict[Path, dict[str, Any]] = {}
        self.queue: list[tuple[Path, str]] = []  # (file, pointer) of ref targets not yet scanned
        self.rewritten: set[int] = set()  # id() of the ref mappings already made canonical

    # --- scan ---------------------------------------------------------------------------------

    def scan(self) -> None:
        """Check and rewrite every ref reachable from the main document."""
        for pointer, node in list(iter_refs(self.main)):
            if not is_local_ref(node["$ref"]):
                self._rewrite(self.root, pointer, node)
        scanned: set[tuple[Path, str]] = set()
        while self.queue:
            target = self.queue.pop()
            if target in scanned:
                continue
            scanned.add(target)
            file, pointer = target
            subtree = resolve_pointer(self.files[file], pointer)
            for where, node in list(iter_refs(subtree, pointer)):
                if id(node) not in self.rewritten:
                    self._rewrite(file, where, node)

    def _rewrite(self, referrer: Path, pointer: str, node: dict[str, Any]) -> None:
        """Point ``node['$ref']`` (in ``referrer`` at ``pointer``) at its checked target."""
        ref = node["$ref"]
        where = join_pointer(pointer, "$ref")
        if is_local_ref(ref):
            target, fragment = (referrer, self._fragment(referrer, where, ref))
        else:
            target, fragment = self._locate(referrer, where, ref)
        self._check_target(referrer, where, ref, target, fragment)
        if target == self.root and referrer == self.root:
            node["$ref"] = pointer_to_fragment(fragment)  # the main document naming itself
        elif target == self.root:
            node["$ref"] = f"{self.root_uri}#{fragment}"  # kept by prance, made local afterwards
        else:
            node["$ref"] = f"{target.as_uri()}#{fragment}"
            self.queue.append((target, fragment))
        self.rewritten.add(id(node))

    def _fragment(self, referrer: Path, where: str, ref: str) -> str:
        try:
            return parse_ref(ref)
        except ValueError:
            raise error(
                self.names[referrer],
                where,
                f"$ref fragment is not a JSON pointer: {ref!r}",
                "write it as '#/path/to/target'",
            ) from None

    def _locate(self, referrer: Path, where: str, ref: str) -> tuple[Path, str]:
        """The file (resolved) and JSON pointer that a non-local ref names."""
        name = self.names[referrer]
        parts = urlsplit(ref)
        if parts.scheme in ("http", "https"):
            raise error(name, where, f"$ref to a URL is not supported: {ref}", _HINT_NO_NETWORK)
        if parts.scheme == "file":
            target = _file_url_path(parts.path)
            shown = str(target)
        elif parts.scheme == "" and not parts.netloc:
            relative = unquote(parts.path)
            target = (referrer.parent / relative).resolve()
            shown = os.path.normpath(os.path.join(os.path.dirname(name), relative))
        else:
            raise error(
                name,
                where,
                f"unsupported $ref {ref!r}: only relative file paths are read",
                _HINT_NO_NETWORK,
            )
        self.names.setdefault(target, shown)
        if not target.is_file():
            raise error(
                name,
                where,
                f"$ref target file not found: {shown}",
                "check the path: it is relative to the file that holds the $ref",
            )
        if target != self.root and target not in self.files:
            self.files[target] = read_fragment(Path(self.names[target])).data
        return target, self._fragment(referrer, where, "#" + parts.fragment)

    def _check_target(
        self, referrer: Path, where: str, ref: str, target: Path, fragment: str
    ) -> None:
        data = self.main if target == self.root else self.files[target]
        try:
            resolve_pointer(data, fragment)
        except PointerError as exc:
            raise error(
                self.names[referrer],
                where,
                f"$ref target not found: {self.names[target]}#{fragment} ({exc.reason} at "
                f"'{exc.failed_at}')",
                f"check the $ref {ref!r}",
            ) from None

    # --- inline -------------------------------------------------------------------------------

    def inline(self) -> dict[str, Any]:
        """Let prance inline every ref but those into the main document; make those local."""
        from prance.util.resolver import (  # type: ignore[import-untyped,unused-ignore]
            RESOLVE_FILES,
            RESOLVE_INTERNAL,
            RefResolver,
        )
        from prance.util.url import (  # type: ignore[import-untyped,unused-ignore]
            ResolutionError,
            absurl,
            urlresource,
        )

        class ExternalOnly(RefResolver):  # type: ignore[misc]
            """Resolve every ref except those into the main document (prance would keep internal
            refs of *other* files too, and those then dangle in the main document)."""

            def _skip_reference(self, base_url: Any, ref_url: Any) -> bool:
                return bool(ref_url.path == self.parsed_url.path)

        cache = {
            (urlresource(absurl(path.as_uri())), True): data for path, data in self.files.items()
        }
        resolver = ExternalOnly(
            self.main,
            self.root_uri,
            reference_cache=cache,
            strict=True,
            resolve_types=RESOLVE_FILES | RESOLVE_INTERNAL,
        )
        try:
            resolver.resolve_references()
        except ResolutionError as exc:
            raise self._cycle_error(str(exc)) from None
        # prance shares one object between all the places a target is inlined, and its
        # materialize=True does not undo that (copy.deepcopy keeps the sharing): copy it out.
        result: dict[str, Any] = self._unshared(resolver.specs)
        prefix = self.root_uri + "#"
        for _, node in iter_refs(result):
            if node["$ref"].startswith(prefix):
                node["$ref"] = pointer_to_fragment(node["$ref"][len(prefix) :])
        return result

    def _unshared(self, data: dict[str, Any]) -> dict[str, Any]:
        """A copy of ``data`` in which no two places share a dict or list (iterative, bounded)."""
        copied: dict[str, Any] = {}
        stack: list[tuple[Any, Any]] = [(data, copied)]
        nodes = 0
        while stack:
            source, target = stack.pop()
            items = source.items() if isinstance(source, dict) else enumerate(source)
            for key, value in items:
                nodes += 1
                if nodes > MAX_INLINED_NODES:
                    raise error(
                        self.names[self.root],
                        "",
                        f"inlining the external $refs makes more than {MAX_INLINED_NODES} nodes",
                        "refer to shared parts with $ref into this document's components",
                    )
                if isinstance(value, (dict, list)):
                    child: Any = {} if isinstance(value, dict) else [None] * len(value)
                    stack.append((value, child))
                    value = child
                target[key] = value
        return copied

    def _cycle_error(self, message: str) -> GenerationError:
        found = re.search(r'resolve "(file:[^"#]*)#?([^"]*)"', message)
        if found is None:  # pragma: no cover - the scan catches everything else first
            return error(
                self.names[self.root],
                "",
                f"cannot inline external $refs: {message.splitlines()[0]}",
            )
        path = _file_url_path(urlsplit(found.group(1)).path)
        where = f"{self.names.get(path, str(path))}#{found.group(2)}"
        return error(
            self.names[self.root],
            "",
            f"circular $ref through another file: {where}",
            "move the recursive schema into this document's components/schemas",
        )


def _file_url_path(url_path: str) -> Path:
    """The local path of a ``file:`` URL's path part (what ``urllib.request.url2pathname`` does,
    without importing ``urllib.request``, which pulls in http.client, ssl and email)."""
    if os.name == "nt":  # pragma: no cover - Windows drive letters and separators
        from nturl2path import url2pathname

        return Path(url2pathname(url_path))
    return Path(unquote(url_path))

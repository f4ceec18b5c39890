"""Add a revision to a manifest's text, keeping every other byte (comments, order, spacing) as it was.

`sdkgen update` uses this: :func:`next_revision` names the revision that follows the newest one,
:func:`append_revision` inserts its `[[revisions]]` table right after the last one (before any comment
or table that follows it, e.g. the `[[extras]]`), and checks that the result reads back as the same
manifest with exactly that revision added.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import replace

from generator.diagnostics import GenerationError, error
from generator.manifest.manifest import Manifest, Revision, parse_manifest

_HEADER = re.compile(r"\s*\[")
_REVISIONS_HEADER = re.compile(r"\s*\[\[\s*revisions\s*\]\]\s*(#.*)?")
_SKIPPED = re.compile(r"\s*(#.*)?")  # blank or comment-only lines
_ESCAPES = {
    '"': '\\"',
    "\\": "\\\\",
    "\b": "\\b",
    "\t": "\\t",
    "\n": "\\n",
    "\f": "\\f",
    "\r": "\\r",
}


def revision_name(number: int, date: datetime.date, short_id: str) -> str:
    """``NN-YYYY-MM-DD-SHORTID``, the naming of the manifest (two digits at least)."""
    return f"{number:02d}-{date.isoformat()}-{short_id}"


def next_revision(
    manifest: Manifest,
    *,
    date: datetime.date,
    sha256: str,
    url: str,
    message: str,
    source: str,
    commit: str | None = None,
) -> Revision:
    """The revision after the manifest's newest one: next number, named after `commit` when given,
    else after the first seven hex digits of `sha256`."""
    number = manifest.latest.number + 1
    short_id = (commit or sha256)[:7]
    name = revision_name(number, date, short_id)
    return Revision(
        name=name,
        file=f"{name}.json",
        url=url,
        sha256=sha256,
        number=number,
        date=date,
        commit=commit,
        message=message,
        source=None if commit else source,
    )


def toml_string(value: str) -> str:
    """A TOML basic string (double quotes, escapes for quotes, backslashes and control characters)."""
    out = []
    for char in value:
        if char in _ESCAPES:
            out.append(_ESCAPES[char])
        elif ord(char) < 0x20 or ord(char) == 0x7F:
            out.append(f"\\u{ord(char):04x}")
        else:
            out.append(char)
    return '"' + "".join(out) + '"'


def revision_table(revision: Revision, comment: str | None = None) -> list[str]:
    """The lines of one `[[revisions]]` table, keys in the manifest's usual order."""
    lines = [f"# {line}".rstrip() for line in (comment or "").splitlines()]
    lines += [
        "[[revisions]]",
        f"name = {toml_string(revision.name)}",
        f"number = {revision.number}",
        f"date = {revision.date.isoformat()}",
    ]
    if revision.commit is not None:
        lines.append(f"commit = {toml_string(revision.commit)}")
    lines += [
        f"url = {toml_string(revision.url)}",
        f"sha256 = {toml_string(revision.sha256)}",
        f"message = {toml_string(revision.message)}",
    ]
    if revision.source is not None:
        lines.append(f"source = {toml_string(revision.source)}")
    return lines


def append_revision(
    manifest: Manifest, text: str, revision: Revision, comment: str | None = None
) -> str:
    """`text` (the manifest's file) with `revision` added after the last `[[revisions]]` table.

    Raises GenerationError when the result would not read back as `manifest` plus `revision` (e.g. a
    layout this simple editor does not understand); the entry to add by hand is in the hint.
    """
    newline = "\r\n" if "\r\n" in text else "\n"
    lines = text.splitlines(keepends=True)
    table = revision_table(revision, comment)
    at = _insertion_point(lines)
    if at is None:
        edited = None
    else:
        if at > 0 and not lines[at - 1].endswith(("\n", "\r")):
            lines[at - 1] += newline
        block = newline + newline.join(table) + newline
        edited = "".join(lines[:at]) + block + "".join(lines[at:])
    expected = replace(manifest, revisions=(*manifest.revisions, revision))
    if edited is None or _reads_as(edited, manifest) != expected:
        raise error(
            str(manifest.path),
            "/revisions",
            "cannot add the new revision to this manifest's layout automatically",
            "add it by hand after the last [[revisions]] table:\n" + "\n".join(table),
        )
    return edited


def _insertion_point(lines: list[str]) -> int | None:
    """The index of the line after the last key of the last `[[revisions]]` table (comments and
    blank lines after it belong to what follows)."""
    headers = [
        i for i, line in enumerate(lines) if _REVISIONS_HEADER.fullmatch(line.rstrip("\r\n"))
    ]
    if not headers:
        return None
    last_key = headers[-1]
    for i in range(headers[-1] + 1, len(lines)):
        line = lines[i].rstrip("\r\n")
        if _HEADER.match(line):
            break
        if not _SKIPPED.fullmatch(line):
            last_key = i
    return last_key + 1


def _reads_as(text: str, manifest: Manifest) -> Manifest | None:
    """The manifest `text` describes (at the original path), or None if it is not one."""
    try:
        return parse_manifest(text, manifest.path)
    except GenerationError:
        return None

"""Spec prose -> lines safe to place inside a generated docstring or comment.

Spec text is data: whatever it holds (quotes, triple quotes, backslashes, control characters, template
syntax) it must land inside the docstring and never end it early or change its meaning.
"""

from __future__ import annotations

import re

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u2028\u2029\x85]")
MAX_DOC_CHARS = 4000


def docstring_lines(text: str | None) -> list[str]:
    """Split prose into docstring lines: escaped, stripped of trailing blanks, bounded in length."""
    if not text or not text.strip():
        return []
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if len(text) > MAX_DOC_CHARS:
        text = text[:MAX_DOC_CHARS].rstrip() + "..."
    text = _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}" if ord(m.group()) < 256 else " ", text)
    text = text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    lines = [line.rstrip() for line in text.strip().split("\n")]
    while lines and not lines[-1]:
        lines.pop()
    compact: list[str] = []
    for line in lines:
        if line or (compact and compact[-1]):
            compact.append(line)
    if compact and compact[-1].endswith('"'):
        compact[-1] += " "
    return compact


def comment_text(text: str | None) -> str:
    """One line of prose for a ``#`` comment."""
    lines = docstring_lines(text)
    return " ".join(line.strip() for line in lines)

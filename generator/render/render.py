"""Render planned files to bytes (templates through Jinja, runtime files copied verbatim)."""

from __future__ import annotations

from pathlib import Path

from generator.render.env import TEMPLATES_DIR, environment
from generator.render.plan import FileSpec


def render_files(files: list[FileSpec], overlay: Path | None = None) -> dict[str, bytes]:
    env = environment(overlay)
    out: dict[str, bytes] = {}
    for spec in files:
        if spec.template:
            text = env.get_template(spec.template).render(**spec.context)
            # a lone surrogate from the spec (JSON allows "\ud800") cannot be UTF-8: replaced
            out[spec.path] = text.encode("utf-8", "replace")
        elif spec.source:
            out[spec.path] = (TEMPLATES_DIR / spec.source).read_bytes()
        else:
            out[spec.path] = b""
    return out

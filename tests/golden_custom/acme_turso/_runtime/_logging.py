"""The package's logger, and URLs made safe to show in logs and reprs.

The logger is named after the generated package (the package above `_runtime`), so
`logging.getLogger("<package>").setLevel(logging.DEBUG)` shows one line per request and per retry.
Request headers are never logged; URLs are shown without user info and with credential query
parameters redacted.
"""

from __future__ import annotations

import logging
from collections.abc import Collection
from typing import Final
from urllib.parse import parse_qsl, urlencode

import httpx

__all__ = ["REDACTED", "logger", "package_name", "redact_url"]

REDACTED: Final = "REDACTED"


def package_name(module: str) -> str:
    """The generated package's name from a runtime module's `__name__` ("pkg._runtime._x" -> "pkg")."""
    head, separator, _ = module.rpartition("._runtime")
    return head if separator else module


logger: Final = logging.getLogger(package_name(__name__))


def redact_url(url: httpx.URL, secret_params: Collection[str] = ()) -> str:
    """`url` without user info, and with the values of the query parameters `secret_params` redacted."""
    if url.userinfo:
        url = url.copy_with(username=None, password=None)
    if secret_params and any(name in url.params for name in secret_params):
        pairs = [
            (name, REDACTED if name in secret_params else value)
            for name, value in parse_qsl(
                url.query.decode("ascii"), keep_blank_values=True
            )
        ]
        url = url.copy_with(query=urlencode(pairs).encode("ascii"))
    return str(url)

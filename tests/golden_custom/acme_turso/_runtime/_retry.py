"""When to retry a request, and how long to wait first.

The rule:

* Idempotent methods (GET, HEAD, OPTIONS, PUT, DELETE, TRACE) are retried after a connection failure or
  a timeout of any kind, and on 408, 429 and every 5xx response.
* Other methods (POST, PATCH, ...) are retried only when the server surely did not process the request:
  the connection could not be established (`httpx.ConnectError`, `httpx.ConnectTimeout`, or no pooled
  connection became free: `httpx.PoolTimeout`), or the server answered 408, 429 or 503. A read timeout
  or any other 5xx may come after the work was done (a POST that created a database must not create a
  second one), so those are raised to the caller instead.

The wait is exponential backoff from 0.5 s, doubling per retry up to 8 s, minus up to 25% jitter. A
`Retry-After` (seconds or HTTP-date) or `retry-after-ms` header on the response replaces it, capped at
60 s. The number of retries is the client's `max_retries` (2 by default), or the call's.
"""

from __future__ import annotations

import datetime
import email.utils
import time
from collections.abc import Mapping
from typing import Final

import httpx

__all__ = [
    "IDEMPOTENT_METHODS",
    "backoff_delay",
    "parse_retry_after",
    "retry_delay",
    "should_retry_error",
    "should_retry_status",
]

INITIAL_DELAY: Final = 0.5
MAX_DELAY: Final = 8.0
MAX_RETRY_AFTER: Final = 60.0
JITTER: Final = 0.25

IDEMPOTENT_METHODS: Final = frozenset(
    {"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"}
)

_NOT_SENT_ERRORS: Final = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
"""Failures that happen before any byte of the request reached the server."""

_TRANSIENT_ERRORS: Final = (
    httpx.TimeoutException,
    httpx.NetworkError,
    httpx.RemoteProtocolError,
)
"""Failures worth another attempt for an idempotent request."""


def should_retry_status(method: str, status_code: int) -> bool:
    """Whether a response with `status_code` to a `method` request should be retried."""
    if status_code in (408, 429, 503):
        return True
    return status_code >= 500 and method.upper() in IDEMPOTENT_METHODS


def should_retry_error(method: str, error: httpx.RequestError) -> bool:
    """Whether a request that failed with `error` should be retried."""
    if isinstance(error, _NOT_SENT_ERRORS):
        return True
    return isinstance(error, _TRANSIENT_ERRORS) and method.upper() in IDEMPOTENT_METHODS


def parse_retry_after(
    headers: Mapping[str, str], *, now: float | None = None
) -> float | None:
    """Seconds to wait as the server asks through `retry-after-ms` or `Retry-After`, if it does.

    `headers` must look names up case-insensitively (as `httpx.Headers` does). `now` (a Unix time) is
    for tests; it defaults to the current time.
    """
    milliseconds = headers.get("retry-after-ms")
    if milliseconds is not None:
        try:
            return max(float(milliseconds) / 1000.0, 0.0)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        return max(float(value), 0.0)
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:  # "-0000" parses as naive; an HTTP-date is always UTC
        when = when.replace(tzinfo=datetime.UTC)
    return max(when.timestamp() - (time.time() if now is None else now), 0.0)


def backoff_delay(retries_taken: int, jitter: float) -> float:
    """The wait before retry number `retries_taken + 1`; `jitter` is a random number in [0, 1)."""
    return min(INITIAL_DELAY * 2.0**retries_taken, MAX_DELAY) * (1.0 - JITTER * jitter)


def retry_delay(retries_taken: int, retry_after: float | None, jitter: float) -> float:
    """The wait before the next retry: the server's `retry_after` (capped) if given, else backoff."""
    if retry_after is not None:
        return min(retry_after, MAX_RETRY_AFTER)
    return backoff_delay(retries_taken, jitter)

"""Sentinels, type aliases and per-call request options shared by the runtime and generated code."""

import os
from collections.abc import Mapping
from typing import IO, Final, Literal, NamedTuple, TypeAlias, final

import httpx

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "NOT_GIVEN",
    "Body",
    "Headers",
    "NotGiven",
    "Query",
    "RequestOptions",
    "ResponseKind",
    "Security",
    "Timeout",
    "TimeoutTypes",
    "make_request_options",
]


@final
class NotGiven:
    """The type of `NOT_GIVEN`: an argument the caller left out.

    It is distinct from `None`, which is a value the caller chose (sent as JSON `null` in a body).
    Arguments left out are never sent.
    """

    _instance: "NotGiven | None" = None

    def __new__(cls) -> "NotGiven":
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __reduce__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven()

Headers: TypeAlias = Mapping[str, str]
Query: TypeAlias = Mapping[str, object]
Body: TypeAlias = Mapping[str, object]
Timeout: TypeAlias = httpx.Timeout
TimeoutTypes: TypeAlias = float | httpx.Timeout | None
"""What a `timeout=` argument accepts: seconds, an `httpx.Timeout`, or `None` for no timeout."""

ResponseKind: TypeAlias = Literal["json", "text", "binary", "empty"]

Security: TypeAlias = tuple[tuple[str, ...], ...]
"""An operation's security requirement: alternatives, any one of which suffices, each the names of the
security schemes it needs together; `()` needs none."""

FileContent: TypeAlias = bytes | str | IO[bytes]
FileTypes: TypeAlias = (
    FileContent
    | os.PathLike[str]
    | tuple[str | None, FileContent]
    | tuple[str | None, FileContent, str | None]
)
"""A file to upload: its content, a path (read and named by its base name), or (filename, content[,
content type]); a list of these sends several parts under one name."""

DEFAULT_TIMEOUT: Final = httpx.Timeout(60.0, connect=5.0)
DEFAULT_MAX_RETRIES: Final = 2


class RequestOptions(NamedTuple):
    """Per-call overrides that every generated method accepts as keyword arguments.

    `extra_headers` and `extra_query` are merged over what the method sends; `extra_body` is merged into
    a JSON object (or form) body. `timeout` and `max_retries` replace the client's settings for this call.
    """

    extra_headers: Headers | None = None
    extra_query: Query | None = None
    extra_body: Body | None = None
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN
    max_retries: int | NotGiven = NOT_GIVEN


_NO_OPTIONS: Final = RequestOptions()


def make_request_options(
    *,
    extra_headers: Headers | None = None,
    extra_query: Query | None = None,
    extra_body: Body | None = None,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
) -> RequestOptions:
    """Bundle a method's per-call options; the common no-override case allocates nothing."""
    if (
        extra_headers is None
        and extra_query is None
        and extra_body is None
        and isinstance(timeout, NotGiven)
        and isinstance(max_retries, NotGiven)
    ):
        return _NO_OPTIONS
    return RequestOptions(
        extra_headers=extra_headers,
        extra_query=extra_query,
        extra_body=extra_body,
        timeout=timeout,
        max_retries=max_retries,
    )

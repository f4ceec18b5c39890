"""The exceptions a client raises, and how an error response becomes one.

    APIError
    ├── MissingCredentialError      (also a ValueError) a required credential or client value is missing
    ├── APIConnectionError          the server could not be reached, or the connection broke
    │   └── APITimeoutError
    ├── APIResponseValidationError  a successful response whose body is not what the API describes
    └── APIStatusError              any non-2xx response; the subclasses below by status code
        ├── BadRequestError 400, AuthenticationError 401, PermissionDeniedError 403,
        ├── NotFoundError 404, ConflictError 409, UnprocessableEntityError 422,
        └── RateLimitError 429, InternalServerError 5xx

Messages never contain request headers, so credentials cannot leak through them.
"""

from __future__ import annotations

import json
from typing import Final, cast

import httpx

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InternalServerError",
    "MissingCredentialError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "UnprocessableEntityError",
    "make_status_error",
    "truncate_message",
]

MAX_MESSAGE_LENGTH: Final = 500
"""Longest server-provided text copied into an exception message."""


class APIError(Exception):
    """Base class of every error the client raises."""

    message: str
    request: httpx.Request | None
    body: object
    """The decoded error body (JSON when it parses, else text), or None."""

    def __init__(
        self, message: str, *, request: httpx.Request | None = None, body: object = None
    ) -> None:
        super().__init__(message)
        self.message = message
        self.request = request
        self.body = body


class MissingCredentialError(APIError, ValueError):
    """A credential or client-bound value was given neither as an argument nor in the environment."""


class APIConnectionError(APIError):
    """The request did not get a response: DNS failure, refused or dropped connection, TLS error..."""

    def __init__(
        self, *, request: httpx.Request, message: str = "Connection error."
    ) -> None:
        super().__init__(message, request=request)


class APITimeoutError(APIConnectionError):
    """The request timed out (connecting, writing, reading, or waiting for a pooled connection)."""

    def __init__(self, *, request: httpx.Request) -> None:
        super().__init__(request=request, message="Request timed out.")


class APIResponseValidationError(APIError):
    """A 2xx response whose body does not decode into the type the API documents."""

    response: httpx.Response
    status_code: int

    def __init__(self, *, response: httpx.Response, message: str) -> None:
        super().__init__(message, request=response.request, body=None)
        self.response = response
        self.status_code = response.status_code


class APIStatusError(APIError):
    """The server answered with a non-2xx status.

    `message` is the server's own error text (`{"error": ...}` or `{"message": ...}`), else the start
    of the body, else the reason phrase; `str(error)` prefixes it with the status line.
    """

    response: httpx.Response
    status_code: int

    def __init__(self, message: str, *, response: httpx.Response, body: object) -> None:
        super().__init__(message, request=response.request, body=body)
        self.response = response
        self.status_code = response.status_code

    def __str__(self) -> str:
        return f"{self.status_code} {self.response.reason_phrase}: {self.message}"


class BadRequestError(APIStatusError):
    """400 Bad Request."""


class AuthenticationError(APIStatusError):
    """401 Unauthorized: the credential is missing, invalid or expired."""


class PermissionDeniedError(APIStatusError):
    """403 Forbidden."""


class NotFoundError(APIStatusError):
    """404 Not Found."""


class ConflictError(APIStatusError):
    """409 Conflict, e.g. the resource already exists."""


class UnprocessableEntityError(APIStatusError):
    """422 Unprocessable Entity."""


class RateLimitError(APIStatusError):
    """429 Too Many Requests (retried automatically before this is raised)."""


class InternalServerError(APIStatusError):
    """Any 5xx status (retried automatically when safe before this is raised)."""


_ERROR_BY_STATUS: Final[dict[int, type[APIStatusError]]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def make_status_error(response: httpx.Response) -> APIStatusError:
    """The exception for a non-2xx `response` whose body has been read; never raises itself."""
    body = _decode_error_body(response)
    message = _error_message(body) or response.reason_phrase or "Unknown error"
    cls = _ERROR_BY_STATUS.get(response.status_code)
    if cls is None:
        cls = InternalServerError if response.status_code >= 500 else APIStatusError
    return cls(truncate_message(message), response=response, body=body)


def _decode_error_body(response: httpx.Response) -> object:
    """The body as JSON when it parses, else as text; None when empty."""
    if not response.content:
        return None
    try:
        return json.loads(response.content)
    except (ValueError, RecursionError):
        return response.text


def _error_message(body: object) -> str | None:
    """The human-readable text inside an error body, if it has any."""
    if isinstance(body, dict):
        fields = cast("dict[str, object]", body)
        for key in ("error", "message"):
            value = fields.get(key)
            if isinstance(value, dict):
                value = cast("dict[str, object]", value).get("message")
            if isinstance(value, str) and value.strip():
                return value.strip()
        return json.dumps(body, separators=(",", ":"), ensure_ascii=False, default=str)
    if isinstance(body, str):
        # An HTML page (typically a proxy's 502) says nothing useful as a message: use the reason phrase.
        text = body.strip()
        return (
            None
            if text.lower().startswith(("<!doctype html", "<html"))
            else text or None
        )
    if body is None:
        return None
    return json.dumps(body, separators=(",", ":"), ensure_ascii=False, default=str)


def truncate_message(text: str) -> str:
    """`text` cut to `MAX_MESSAGE_LENGTH` characters."""
    return (
        text
        if len(text) <= MAX_MESSAGE_LENGTH
        else text[: MAX_MESSAGE_LENGTH - 1] + "…"
    )

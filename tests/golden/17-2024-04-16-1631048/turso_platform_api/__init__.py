"""Python client for the Turso Platform API.

from turso_platform_api import Turso

client = Turso()
"""

from . import models
from ._client import AsyncTurso, Turso
from ._runtime import (
    NOT_GIVEN,
    APIConnectionError,
    APIError,
    APIResponse,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AsyncPage,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    NotGiven,
    PermissionDeniedError,
    RateLimitError,
    SyncPage,
    Timeout,
    UnprocessableEntityError,
)
from ._version import __version__

__all__ = [
    "NOT_GIVEN",
    "APIConnectionError",
    "APIError",
    "APIResponse",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncPage",
    "AsyncTurso",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InternalServerError",
    "NotFoundError",
    "NotGiven",
    "PermissionDeniedError",
    "RateLimitError",
    "SyncPage",
    "Timeout",
    "Turso",
    "UnprocessableEntityError",
    "__version__",
    "models",
]

"""Python client for the Turso Platform API.

from acme_turso import TursoClient

client = TursoClient()
"""

from . import models
from ._client import AsyncTursoClient, TursoClient
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
    "AsyncTursoClient",
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
    "TursoClient",
    "UnprocessableEntityError",
    "__version__",
    "models",
]

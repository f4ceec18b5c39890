"""Python client for the Turso Platform API.

from turso_platform_api import Turso

client = Turso()
"""

from typing import TYPE_CHECKING

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
    MissingCredentialError,
    NotFoundError,
    NotGiven,
    PermissionDeniedError,
    RateLimitError,
    SyncPage,
    Timeout,
    UnprocessableEntityError,
)
from ._version import __version__

if TYPE_CHECKING:
    from . import models

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
    "MissingCredentialError",
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


def __getattr__(name: str) -> object:
    # `models` is imported when first used (by a call, or here): importing the package stays cheap
    if name == "models":
        import importlib

        return importlib.import_module(f"{__name__}.models")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

"""The runtime every generated client shares: HTTP pipeline, retries, errors, pagination, models.

This subpackage is copied verbatim into each generated package as `<package>/_runtime/`; generated code
imports only the names below. Its modules import each other relatively, so any package name works.
"""

from ._auth import (
    ApiKeyAuth,
    Auth,
    BasicAuth,
    BearerAuth,
    ClientParam,
    require_credential,
)
from ._base_client import AsyncAPIClient, SyncAPIClient
from ._exceptions import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    MissingCredentialError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)
from ._model import Model, decode_json, encode_json, field, to_jsonable
from ._pagination import AsyncPage, AsyncPaginator, PageNumberPagination, SyncPage
from ._request import styled
from ._resource import (
    AsyncAPIResource,
    SyncAPIResource,
    async_to_raw_response_wrapper,
    to_raw_response_wrapper,
)
from ._response import APIResponse, AsyncAPIResponse
from ._types import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    NOT_GIVEN,
    Body,
    FileTypes,
    Headers,
    NotGiven,
    Query,
    RequestOptions,
    ResponseKind,
    Timeout,
    TimeoutTypes,
    make_request_options,
)

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "NOT_GIVEN",
    "APIConnectionError",
    "APIError",
    "APIResponse",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "ApiKeyAuth",
    "AsyncAPIClient",
    "AsyncAPIResource",
    "AsyncAPIResponse",
    "AsyncPage",
    "AsyncPaginator",
    "Auth",
    "AuthenticationError",
    "BadRequestError",
    "BasicAuth",
    "BearerAuth",
    "Body",
    "ClientParam",
    "ConflictError",
    "FileTypes",
    "Headers",
    "InternalServerError",
    "MissingCredentialError",
    "Model",
    "NotFoundError",
    "NotGiven",
    "PageNumberPagination",
    "PermissionDeniedError",
    "Query",
    "RateLimitError",
    "RequestOptions",
    "ResponseKind",
    "SyncAPIClient",
    "SyncAPIResource",
    "SyncPage",
    "Timeout",
    "TimeoutTypes",
    "UnprocessableEntityError",
    "async_to_raw_response_wrapper",
    "decode_json",
    "encode_json",
    "field",
    "make_request_options",
    "require_credential",
    "styled",
    "to_jsonable",
    "to_raw_response_wrapper",
]

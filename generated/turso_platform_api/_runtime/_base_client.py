"""The clients that generated code subclasses: one request pipeline shared by sync and async.

A call goes through the same steps either way: build the `httpx.Request` (`_request.build_request`),
send it, decide from the response or error whether to retry and how long to wait (`_retry`), then raise
the status error or parse the body (`_response.parse_body`). Only sending and sleeping differ between
`SyncAPIClient` and `AsyncAPIClient`; everything else lives in `_BaseClient` or in pure functions.
"""

from __future__ import annotations

import functools
import inspect
import ipaddress
import logging
import os
import random
import time
import warnings
from collections.abc import Awaitable, Callable, Mapping, Sequence
from types import TracebackType
from typing import Any, Generic, Self, TypeVar, cast

import httpx

from ._auth import ApiKeyAuth, Auth, ClientParam, MissingAuth, resolve_client_param
from ._exceptions import (
    APIConnectionError,
    APITimeoutError,
    MissingCredentialError,
    make_status_error,
    truncate_message,
)
from ._logging import logger, redact_url
from ._pagination import AsyncPage, AsyncPaginator, PageNumberPagination, SyncPage
from ._request import NO_CREDENTIALS, ClientDefaults, Credentials, RequestInput, build_request
from ._resource import AsyncAPIResource, SyncAPIResource
from ._response import RAW_RESPONSE, APIResponse, AsyncAPIResponse, Capture, parse_body
from ._retry import parse_retry_after, retry_delay, should_retry_error, should_retry_status
from ._types import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_TIMEOUT,
    NOT_GIVEN,
    NotGiven,
    RequestOptions,
    ResponseKind,
    Security,
    TimeoutTypes,
    make_request_options,
)

__all__ = ["AsyncAPIClient", "SyncAPIClient"]

_T = TypeVar("_T")
_R = TypeVar("_R")
_HttpClientT = TypeVar("_HttpClientT", httpx.Client, httpx.AsyncClient)

_NO_OPTIONS = make_request_options()


class _BaseClient(Generic[_HttpClientT]):
    """Configuration and the steps of the pipeline that do not depend on sync or async."""

    _client: _HttpClientT

    def __init__(
        self,
        *,
        base_url: str | httpx.URL,
        auth: Mapping[str, Auth | MissingAuth] | Sequence[Auth],
        security: Security | None,
        client_params: Mapping[str, ClientParam] | None,
        timeout: TimeoutTypes | NotGiven,
        max_retries: int,
        default_headers: Mapping[str, str] | None,
        http_client: _HttpClientT | None,
        new_http_client: Callable[[], _HttpClientT],
        user_agent: str,
    ) -> None:
        url = _parse_base_url(base_url)
        headers = {"user-agent": user_agent}
        headers.update((name.lower(), value) for name, value in (default_headers or {}).items())
        default: Security
        if isinstance(auth, Mapping):  # by scheme name; by default any one scheme will do
            self._auth: dict[str, Auth | MissingAuth] = dict(auth)
            default = tuple((key,) for key in self._auth)
        else:  # a list: all sent together
            self._auth = {f"#{i}": credential for i, credential in enumerate(auth)}
            default = (tuple(self._auth),) if self._auth else ()
        self._security = default if security is None else security
        """The security requirement of operations that do not name their own."""
        self._credentials: dict[Security, Credentials] = {}
        self._secret_query = frozenset(
            credential.name
            for credential in self._auth.values()
            if isinstance(credential, ApiKeyAuth) and credential.location == "query"
        )
        self._defaults = ClientDefaults(
            base_url=url,
            headers=headers,
            timeout=DEFAULT_TIMEOUT if isinstance(timeout, NotGiven) else httpx.Timeout(timeout),
        )
        self._max_retries = _check_max_retries(max_retries)
        self._client_params = {
            key: resolve_client_param(param) for key, param in (client_params or {}).items()
        }
        self._owns_client = http_client is None
        self._client = new_http_client() if http_client is None else http_client

    @property
    def base_url(self) -> str:
        return self._defaults.base_url

    @property
    def timeout(self) -> httpx.Timeout:
        return self._defaults.timeout

    @property
    def max_retries(self) -> int:
        return self._max_retries

    def client_param(self, key: str, value: _T | NotGiven) -> _T | str:
        """A method's client-bound parameter `key`: the call's `value` if given, else the client's.

        Raises `MissingCredentialError` (a `ValueError`) naming the constructor argument and the
        environment variable that would have provided it.
        """
        if not isinstance(value, NotGiven):
            return value
        param = self._client_params[key]
        if param.value:
            return param.value
        where = f"set {param.arg}= on the client"
        if param.env is not None:
            where += f" or the {param.env} environment variable"
        raise MissingCredentialError(f"{key} is required: pass {key}=..., or {where}")

    def _credentials_for(self, security: Security | None, request: RequestInput) -> Credentials:
        """What the first satisfied alternative of `security` (None: the client's default) adds to a
        request; raises `MissingCredentialError` when the operation needs a credential the client
        was not given."""
        requirement = self._security if security is None else security
        found = self._credentials.get(requirement)
        if found is not None:
            return found
        needs: list[str] = []
        chosen: list[Auth] | None = None
        for alternative in requirement:
            given: list[Auth] = []
            missing: list[str] = []
            for key in alternative:
                scheme = self._auth.get(key)  # a scheme the client does not know needs nothing
                if isinstance(scheme, MissingAuth):
                    missing.extend(scheme.needs)
                elif scheme is not None:
                    given.append(scheme)
            if missing:
                needs.append(" and ".join(missing))
            elif given:
                chosen = given
                break
            elif chosen is None:
                chosen = given  # nothing needed, unless a later alternative sends a credential
        if chosen is None and requirement:
            what = f"{request.method.upper()} {request.path}"
            raise MissingCredentialError(f"{what} needs a credential: {' or '.join(needs)}")
        found = _credentials(chosen or [])
        self._credentials[requirement] = found
        return found

    def with_options(
        self,
        *,
        base_url: str | httpx.URL | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        default_headers: Mapping[str, str] | None = None,
        **client_params: str,
    ) -> Self:
        """A copy of this client with some settings changed, sharing its connection pool.

        `default_headers` are merged over the current ones; `client_params` are given by constructor
        argument name (e.g. `organization="acme"`). Closing the copy does not close the pool.
        """
        by_arg = {param.arg: key for key, param in self._client_params.items()}
        unknown = sorted(set(client_params) - set(by_arg))
        if unknown:
            raise TypeError(
                f"with_options() got unexpected keyword arguments: {', '.join(unknown)}"
            )

        copy = object.__new__(type(self))
        # Resources the generated client caches (functools.cached_property) are bound to this client.
        copy.__dict__.update(
            (name, value)
            for name, value in self.__dict__.items()
            if not isinstance(value, SyncAPIResource | AsyncAPIResource)
        )
        copy._owns_client = False
        copy._credentials = self._credentials  # the credentials are the copy's too
        defaults = self._defaults
        if not isinstance(base_url, NotGiven):
            defaults = defaults.replace(base_url=_parse_base_url(base_url))
        if not isinstance(timeout, NotGiven):
            defaults = defaults.replace(timeout=httpx.Timeout(timeout))
        if default_headers:
            headers = {**defaults.headers, **{k.lower(): v for k, v in default_headers.items()}}
            defaults = defaults.replace(headers=headers)
        copy._defaults = defaults
        if not isinstance(max_retries, NotGiven):
            copy._max_retries = _check_max_retries(max_retries)
        if client_params:
            copy._client_params = dict(self._client_params)
            for arg, value in client_params.items():
                key = by_arg[arg]
                copy._client_params[key] = self._client_params[key]._replace(value=value)
        return copy

    def _build_request(self, spec: RequestInput, options: RequestOptions) -> httpx.Request:
        credentials = self._credentials_for(spec.security, spec)
        return build_request(self._client, self._defaults, spec, options, credentials)

    def _max_retries_for(self, options: RequestOptions) -> int:
        if isinstance(options.max_retries, NotGiven):
            return self._max_retries
        return _check_max_retries(options.max_retries)

    def _next_delay(
        self,
        request: httpx.Request,
        outcome: httpx.Response | httpx.RequestError,
        retries_taken: int,
        max_retries: int,
        started: float | None,
    ) -> float | None:
        """Log one attempt (when debug logging was on as it began, at `started`); return how long
        to wait before retrying it, or None to stop here."""
        if isinstance(outcome, httpx.Response):
            retry = should_retry_status(request.method, outcome.status_code)
            result = f"{outcome.status_code} {outcome.reason_phrase}"
        else:
            retry = should_retry_error(request.method, outcome)
            result = type(outcome).__name__
        debug = started is not None
        url = self._log_url(request.url) if debug else ""
        if started is not None:
            elapsed = time.monotonic() - started
            logger.debug("%s %s -> %s (%.3fs)", request.method, url, result, elapsed)
        if not retry or retries_taken >= max_retries:
            return None
        retry_after = (
            parse_retry_after(outcome.headers) if isinstance(outcome, httpx.Response) else None
        )
        delay = retry_delay(retries_taken, retry_after, random.random())
        if debug:
            logger.debug(
                "retrying %s %s in %.2fs (retry %d of %d)",
                request.method,
                url,
                delay,
                retries_taken + 1,
                max_retries,
            )
        return delay

    def _log_url(self, url: httpx.URL) -> str:
        return redact_url(url, self._secret_query)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(base_url={self._log_url(httpx.URL(self.base_url))!r},"
            f" timeout={self.timeout!r}, max_retries={self._max_retries})"
        )


def _final_response(
    request: httpx.Request, outcome: httpx.Response | httpx.RequestError
) -> httpx.Response:
    """The response of the last attempt if it succeeded; else the exception that describes it."""
    if isinstance(outcome, httpx.TimeoutException):
        raise APITimeoutError(request=request) from outcome
    if isinstance(outcome, httpx.RequestError):
        detail = str(outcome)
        message = truncate_message(f"Connection error: {detail}") if detail else "Connection error."
        raise APIConnectionError(request=request, message=message) from outcome
    if not outcome.is_success:
        raise make_status_error(outcome)
    return outcome


def _credentials(schemes: Sequence[Auth]) -> Credentials:
    if not schemes:
        return NO_CREDENTIALS
    headers: dict[str, str] = {}
    query: dict[str, str] = {}
    cookies: dict[str, str] = {}
    for location, name, value in (scheme.credential() for scheme in schemes):
        if location == "header":
            headers[name.lower()] = value
        elif location == "query":
            query[name] = value
        else:
            cookies[name] = value
    return Credentials(headers, query, cookies)


def _parse_base_url(base_url: str | httpx.URL) -> str:
    """`base_url` checked (absolute http or https) and without a trailing slash."""
    url = httpx.URL(base_url)
    if url.scheme not in ("http", "https") or not url.host:
        raise ValueError(f"base_url must be an absolute http(s) URL, not {redact_url(url)!r}")
    if url.scheme == "http" and not _is_loopback(url.host):
        warnings.warn(
            f"base_url {redact_url(url)!r} uses plain http: credentials and data are sent unencrypted",
            UserWarning,
            stacklevel=_caller_stacklevel(),
        )
    return str(url).rstrip("/")


def _is_loopback(host: str) -> bool:
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _caller_stacklevel() -> int:
    """The `stacklevel` that points a warning at the first caller outside the generated package."""
    package_dir = os.path.dirname(os.path.dirname(os.path.abspath(__file__))) + os.sep
    level = 0  # counts from the caller of this function, which is what warnings.warn sees as 1
    frame = inspect.currentframe()
    while frame is not None and frame.f_code.co_filename.startswith(package_dir):
        frame = frame.f_back
        level += 1
    return level


def _check_max_retries(max_retries: int) -> int:
    if isinstance(max_retries, bool) or max_retries < 0:
        raise ValueError(f"max_retries must be a non-negative integer, not {max_retries!r}")
    return max_retries


class SyncAPIClient(_BaseClient[httpx.Client]):
    """Base class of a generated synchronous client."""

    def __init__(
        self,
        *,
        base_url: str | httpx.URL,
        user_agent: str,
        auth: Mapping[str, Auth | MissingAuth] | Sequence[Auth] = (),
        security: Security | None = None,
        client_params: Mapping[str, ClientParam] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
    ) -> None:
        """`http_client`, if given, is used as is (its TLS, proxy and pool settings) and never closed
        by this client; otherwise the client makes one (verifying TLS) and closes it in `close()`."""
        super().__init__(
            base_url=base_url,
            auth=auth,
            security=security,
            client_params=client_params,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client=http_client,
            new_http_client=functools.partial(httpx.Client, follow_redirects=True),
            user_agent=user_agent,
        )
        self._sleep: Callable[[float], None] = time.sleep

    def request(
        self,
        method: str,
        path: str,
        *,
        path_params: Mapping[str, object] | None = None,
        query: Mapping[str, object] | None = None,
        headers: Mapping[str, object] | None = None,
        cookies: Mapping[str, object] | None = None,
        json: object = NOT_GIVEN,
        form: Mapping[str, object] | None = None,
        files: Mapping[str, object] | None = None,
        content: bytes | str | NotGiven = NOT_GIVEN,
        content_type: str | None = None,
        response_type: type[_T] | object,
        response_kind: ResponseKind = "json",
        security: Security | None = None,
        options: RequestOptions = _NO_OPTIONS,
    ) -> _T:
        """Send one request (retrying as `_retry` describes) and return its parsed body, or the raw
        `APIResponse` under `to_raw_response_wrapper` (its body unread under
        `to_streamed_response_wrapper`). Raises an `APIError` subclass on failure."""
        spec = RequestInput(
            method,
            path,
            path_params,
            query,
            headers,
            cookies,
            json,
            form,
            files,
            content,
            content_type,
            response_kind,
            security,
        )
        capture = RAW_RESPONSE.get()
        if capture is None:
            response, _ = self._send(spec, options)
            return cast("_T", parse_body(response, response_type, response_kind))
        response, retries_taken = self._send(spec, options, stream=capture.stream)
        parser = functools.partial(parse_body, response_type=response_type, kind=response_kind)
        result = APIResponse(response, parser, retries_taken)
        capture.responses.append(result)
        return cast("_T", result)

    def request_page(
        self,
        method: str,
        path: str,
        *,
        path_params: Mapping[str, object] | None = None,
        query: Mapping[str, object] | None = None,
        headers: Mapping[str, object] | None = None,
        cookies: Mapping[str, object] | None = None,
        json: object = NOT_GIVEN,
        form: Mapping[str, object] | None = None,
        files: Mapping[str, object] | None = None,
        content: bytes | str | NotGiven = NOT_GIVEN,
        content_type: str | None = None,
        pagination: PageNumberPagination,
        response_type: type[_R] | object,
        item_type: type[_T],
        security: Security | None = None,
        options: RequestOptions = _NO_OPTIONS,
    ) -> SyncPage[_T]:
        """Fetch the first page of a list operation; the page fetches the following ones on demand.
        `item_type` only types the result."""
        spec = RequestInput(
            method=method,
            path=path,
            path_params=path_params,
            query=query,
            headers=headers,
            cookies=cookies,
            json=json,
            form=form,
            files=files,
            content=content,
            content_type=content_type,
            security=security,
        )
        parser = self._page_parser(spec, pagination, response_type, options)
        return cast("SyncPage[_T]", self._respond(spec, options, parser, raw=RAW_RESPONSE.get()))

    def _page_parser(
        self,
        spec: RequestInput,
        pagination: PageNumberPagination,
        response_type: object,
        options: RequestOptions,
    ) -> Callable[[httpx.Response], SyncPage[Any]]:
        def parse(response: httpx.Response) -> SyncPage[Any]:
            decoded = parse_body(response, response_type, "json")
            items, next_number = pagination.read_page(decoded, spec.query)
            if next_number is None:
                return SyncPage(items, decoded, None)
            next_spec = spec.with_query(pagination.page_param, next_number)
            next_parser = self._page_parser(next_spec, pagination, response_type, options)
            return SyncPage(items, decoded, lambda: next_parser(self._send(next_spec, options)[0]))

        return parse

    def _respond(
        self,
        spec: RequestInput,
        options: RequestOptions,
        parser: Callable[[httpx.Response], _T],
        *,
        raw: Capture | None,
    ) -> _T | APIResponse[_T]:
        response, retries_taken = self._send(spec, options)
        if raw is None:
            return parser(response)
        result = APIResponse(response, parser, retries_taken)
        raw.responses.append(result)
        return result

    def _send(
        self, spec: RequestInput, options: RequestOptions, *, stream: bool = False
    ) -> tuple[httpx.Response, int]:
        """The successful response to `spec`, and how many retries it took; with `stream`, its body
        not read yet."""
        request = self._build_request(spec, options)
        max_retries = self._max_retries_for(options)
        retries_taken = 0
        while True:
            started = time.monotonic() if logger.isEnabledFor(logging.DEBUG) else None
            outcome: httpx.Response | httpx.RequestError
            try:
                outcome = self._client.send(request, stream=stream)
                if stream and not outcome.is_success:  # an error's body is read whole
                    try:
                        outcome.read()
                    finally:
                        outcome.close()
            except httpx.RequestError as error:
                outcome = error
            if started is None and isinstance(outcome, httpx.Response) and outcome.is_success:
                return outcome, retries_taken
            delay = self._next_delay(request, outcome, retries_taken, max_retries, started)
            if delay is None:
                return _final_response(request, outcome), retries_taken
            self._sleep(delay)
            retries_taken += 1

    def close(self) -> None:
        """Close the connection pool, unless it was passed in as `http_client` (or this is a copy)."""
        if self._owns_client:
            self._client.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


async def _async_sleep(seconds: float) -> None:
    import anyio  # imported when first needed (httpx depends on it)

    await anyio.sleep(seconds)


class AsyncAPIClient(_BaseClient[httpx.AsyncClient]):
    """Base class of a generated asynchronous client."""

    def __init__(
        self,
        *,
        base_url: str | httpx.URL,
        user_agent: str,
        auth: Mapping[str, Auth | MissingAuth] | Sequence[Auth] = (),
        security: Security | None = None,
        client_params: Mapping[str, ClientParam] | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        """`http_client`, if given, is used as is (its TLS, proxy and pool settings) and never closed
        by this client; otherwise the client makes one (verifying TLS) and closes it in `close()`."""
        super().__init__(
            base_url=base_url,
            auth=auth,
            security=security,
            client_params=client_params,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client=http_client,
            new_http_client=functools.partial(httpx.AsyncClient, follow_redirects=True),
            user_agent=user_agent,
        )
        self._sleep: Callable[[float], Awaitable[None]] = _async_sleep

    async def request(
        self,
        method: str,
        path: str,
        *,
        path_params: Mapping[str, object] | None = None,
        query: Mapping[str, object] | None = None,
        headers: Mapping[str, object] | None = None,
        cookies: Mapping[str, object] | None = None,
        json: object = NOT_GIVEN,
        form: Mapping[str, object] | None = None,
        files: Mapping[str, object] | None = None,
        content: bytes | str | NotGiven = NOT_GIVEN,
        content_type: str | None = None,
        response_type: type[_T] | object,
        response_kind: ResponseKind = "json",
        security: Security | None = None,
        options: RequestOptions = _NO_OPTIONS,
    ) -> _T:
        """Send one request (retrying as `_retry` describes) and return its parsed body, or the raw
        `AsyncAPIResponse` under `async_to_raw_response_wrapper` (its body unread under
        `async_to_streamed_response_wrapper`). Raises an `APIError` subclass."""
        spec = RequestInput(
            method,
            path,
            path_params,
            query,
            headers,
            cookies,
            json,
            form,
            files,
            content,
            content_type,
            response_kind,
            security,
        )
        capture = RAW_RESPONSE.get()
        if capture is None:
            response, _ = await self._send(spec, options)
            return cast("_T", parse_body(response, response_type, response_kind))
        response, retries_taken = await self._send(spec, options, stream=capture.stream)
        parser = functools.partial(parse_body, response_type=response_type, kind=response_kind)
        result = AsyncAPIResponse(response, parser, retries_taken)
        capture.responses.append(result)
        return cast("_T", result)

    def request_page(
        self,
        method: str,
        path: str,
        *,
        path_params: Mapping[str, object] | None = None,
        query: Mapping[str, object] | None = None,
        headers: Mapping[str, object] | None = None,
        cookies: Mapping[str, object] | None = None,
        json: object = NOT_GIVEN,
        form: Mapping[str, object] | None = None,
        files: Mapping[str, object] | None = None,
        content: bytes | str | NotGiven = NOT_GIVEN,
        content_type: str | None = None,
        pagination: PageNumberPagination,
        response_type: type[_R] | object,
        item_type: type[_T],
        security: Security | None = None,
        options: RequestOptions = _NO_OPTIONS,
    ) -> AsyncPaginator[_T]:
        """A paginator for a list operation: awaiting it fetches the first page, `async for` fetches
        pages as it reaches them. `item_type` only types the result."""
        spec = RequestInput(
            method=method,
            path=path,
            path_params=path_params,
            query=query,
            headers=headers,
            cookies=cookies,
            json=json,
            form=form,
            files=files,
            content=content,
            content_type=content_type,
            security=security,
        )
        parser = self._page_parser(spec, pagination, response_type, options)

        async def first_page() -> AsyncPage[_T]:
            # RAW_RESPONSE is read when awaited: that is when async_to_raw_response_wrapper sets it.
            page = await self._respond(spec, options, parser, raw=RAW_RESPONSE.get())
            return cast("AsyncPage[_T]", page)

        return AsyncPaginator(first_page)

    def _page_parser(
        self,
        spec: RequestInput,
        pagination: PageNumberPagination,
        response_type: object,
        options: RequestOptions,
    ) -> Callable[[httpx.Response], AsyncPage[Any]]:
        def parse(response: httpx.Response) -> AsyncPage[Any]:
            decoded = parse_body(response, response_type, "json")
            items, next_number = pagination.read_page(decoded, spec.query)
            if next_number is None:
                return AsyncPage(items, decoded, None)
            next_spec = spec.with_query(pagination.page_param, next_number)
            next_parser = self._page_parser(next_spec, pagination, response_type, options)

            async def next_page() -> AsyncPage[Any]:
                response, _ = await self._send(next_spec, options)
                return next_parser(response)

            return AsyncPage(items, decoded, next_page)

        return parse

    async def _respond(
        self,
        spec: RequestInput,
        options: RequestOptions,
        parser: Callable[[httpx.Response], _T],
        *,
        raw: Capture | None,
    ) -> _T | AsyncAPIResponse[_T]:
        response, retries_taken = await self._send(spec, options)
        if raw is None:
            return parser(response)
        result = AsyncAPIResponse(response, parser, retries_taken)
        raw.responses.append(result)
        return result

    async def _send(
        self, spec: RequestInput, options: RequestOptions, *, stream: bool = False
    ) -> tuple[httpx.Response, int]:
        """The successful response to `spec`, and how many retries it took; with `stream`, its body
        not read yet."""
        request = self._build_request(spec, options)
        max_retries = self._max_retries_for(options)
        retries_taken = 0
        while True:
            started = time.monotonic() if logger.isEnabledFor(logging.DEBUG) else None
            outcome: httpx.Response | httpx.RequestError
            try:
                outcome = await self._client.send(request, stream=stream)
                if stream and not outcome.is_success:  # an error's body is read whole
                    try:
                        await outcome.aread()
                    finally:
                        await outcome.aclose()
            except httpx.RequestError as error:
                outcome = error
            if started is None and isinstance(outcome, httpx.Response) and outcome.is_success:
                return outcome, retries_taken
            delay = self._next_delay(request, outcome, retries_taken, max_retries, started)
            if delay is None:
                return _final_response(request, outcome), retries_taken
            await self._sleep(delay)
            retries_taken += 1

    async def close(self) -> None:
        """Close the connection pool, unless it was passed in as `http_client` (or this is a copy)."""
        if self._owns_client:
            await self._client.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.close()

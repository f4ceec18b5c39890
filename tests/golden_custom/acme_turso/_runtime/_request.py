"""Turning one call's arguments into an `httpx.Request`: pure functions, no I/O.

Wire rules: values equal to `NOT_GIVEN` are dropped everywhere (and `None` too, except inside a JSON
body where it is `null`); path parameters are percent-encoded so that a value can never change the
path; query arrays repeat the key (`?a=1&a=2`); path, header and cookie arrays are comma-separated
(OpenAPI `simple` style); booleans are `true`/`false`; dates are ISO-8601; models are sent with their
wire names. A query value wrapped by `styled(value, style, explode)` follows that OpenAPI style instead:
`form` without explode (`?a=1,2`), `spaceDelimited` (`?a=1%202`), `pipeDelimited` (`?a=1|2`),
`deepObject` (`?f[k]=v`), and objects as `form` (exploded: `?k=v`, else `?f=k,v`).
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from enum import Enum
from pathlib import Path
from typing import Final, Literal, TypeAlias, cast
from urllib.parse import quote, quote_plus, urlencode

import httpx

from ._model import encode_json, to_jsonable
from ._types import NOT_GIVEN, FileContent, NotGiven, RequestOptions, ResponseKind

__all__ = [
    "ClientDefaults",
    "QueryStyle",
    "RequestInput",
    "Styled",
    "build_request",
    "render_path",
    "stringify",
    "styled",
]

FilePart: TypeAlias = (
    "FileContent | tuple[str | None, FileContent] | tuple[str | None, FileContent, str | None]"
)
"""A multipart part as httpx takes it: content, or (filename, content[, content type])."""

_PLACEHOLDER: Final = re.compile(r"\{([^{}]+)\}")

QueryStyle: TypeAlias = Literal["form", "spaceDelimited", "pipeDelimited", "deepObject"]
"""The OpenAPI serialization styles of a query parameter."""


@dataclass(frozen=True, slots=True)
class Styled:
    """A query parameter value with its OpenAPI `style` and `explode` (made by `styled`)."""

    value: object
    style: QueryStyle
    explode: bool


def styled(value: object, style: QueryStyle = "form", explode: bool = True) -> object:
    """`value`, to be sent as a query parameter of the given OpenAPI `style` and `explode`.

    `NOT_GIVEN` and `None` are returned as they are (the parameter is left out either way).
    """
    if value is NOT_GIVEN or value is None:
        return value
    return Styled(value, style, explode)


@dataclass(frozen=True, slots=True)
class RequestInput:
    """Everything a generated method passes about one request, before client defaults are applied."""

    method: str
    path: str
    path_params: Mapping[str, object] | None = None
    query: Mapping[str, object] | None = None
    headers: Mapping[str, object] | None = None
    cookies: Mapping[str, object] | None = None
    json: object = NOT_GIVEN
    form: Mapping[str, object] | None = None
    files: Mapping[str, object] | None = None
    content: bytes | str | NotGiven = NOT_GIVEN
    content_type: str | None = None
    response_kind: ResponseKind = "json"

    def with_query(self, name: str, value: object) -> RequestInput:
        """A copy with one query parameter set (used to ask for another page)."""
        return replace(self, query={**(self.query or {}), name: value})


@dataclass(frozen=True, slots=True)
class ClientDefaults:
    """What the client adds to every request: resolved once, when the client is built or copied."""

    base_url: str
    """Absolute, without a trailing slash."""
    headers: Mapping[str, str]
    """Lower-case names: User-Agent, credentials, the user's default headers."""
    query: Mapping[str, str]
    """Credentials sent as query parameters."""
    cookies: Mapping[str, str]
    """Credentials sent as cookies."""
    timeout: httpx.Timeout


def build_request(
    http_client: httpx.Client | httpx.AsyncClient,
    defaults: ClientDefaults,
    request: RequestInput,
    options: RequestOptions,
) -> httpx.Request:
    """The `httpx.Request` for one call (the http client only contributes its own configured defaults)."""
    path = render_path(request.path, request.path_params)
    accept = "application/json" if request.response_kind == "json" else "*/*"
    headers: dict[str, str] = {"accept": accept}
    headers.update(defaults.headers)
    if request.headers:
        headers.update(
            (name.lower(), _simple(value))
            for name, value in _given(request.headers).items()
        )
    if options.extra_headers:
        headers.update(
            (name.lower(), value) for name, value in options.extra_headers.items()
        )

    cookies = (
        {**defaults.cookies, **_given(request.cookies)}
        if request.cookies
        else defaults.cookies
    )
    if cookies:
        pairs = "; ".join(
            f"{name}={_cookie_value(value)}" for name, value in cookies.items()
        )
        headers["cookie"] = (
            f"{headers['cookie']}; {pairs}" if "cookie" in headers else pairs
        )

    content, files, content_type = _encode_body(request, options)
    if content_type is not None:
        headers.setdefault("content-type", content_type)

    timeout = (
        defaults.timeout
        if isinstance(options.timeout, NotGiven)
        else httpx.Timeout(options.timeout)
    )
    return http_client.build_request(
        request.method.upper(),
        defaults.base_url
        + path
        + _query_string(defaults.query, request.query, options.extra_query),
        headers=headers,
        content=content,
        files=files,
        timeout=timeout,
    )


def render_path(template: str, params: Mapping[str, object] | None) -> str:
    """`template` ("/v1/organizations/{organizationSlug}") with each placeholder percent-encoded.

    Every character outside the unreserved set is encoded, `/` included, and a value of "." or ".." is
    encoded too (clients would otherwise resolve it as a dot segment).
    """
    if "{" not in template:
        return template
    values = params or {}

    def substitute(match: re.Match[str]) -> str:
        name = match.group(1)
        value = values.get(name, NOT_GIVEN)
        if value is NOT_GIVEN or value is None:
            raise ValueError(f"path parameter {name!r} is required")
        text = _simple(value)
        if not text:
            raise ValueError(f"path parameter {name!r} must not be empty")
        encoded = quote(text, safe="")
        return encoded.replace(".", "%2E") if encoded in (".", "..") else encoded

    return _PLACEHOLDER.sub(substitute, template)


def stringify(value: object) -> str:
    """A parameter value as text on the wire: `true`/`false`, numbers as written, ISO-8601 dates,
    enums by value; objects as JSON (wire names)."""
    if isinstance(
        value, Enum
    ):  # before str and int: a (str, Enum) member's str() is "Cls.NAME"
        value = value.value
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    jsonable = to_jsonable(value)
    return jsonable if isinstance(jsonable, str) else encode_json(jsonable).decode()


def _simple(value: object) -> str:
    """A path, header or cookie value (OpenAPI `simple` style): an array's items comma-separated."""
    if isinstance(value, list | tuple):
        return ",".join(stringify(item) for item in cast("list[object]", value))
    return stringify(value)


def _given(values: Mapping[str, object] | None) -> dict[str, object]:
    """`values` without the ones left out (`NOT_GIVEN`) or empty (`None`)."""
    if not values:
        return {}
    return {
        name: value
        for name, value in values.items()
        if value is not NOT_GIVEN and value is not None
    }


def _pairs(values: Mapping[str, object]) -> list[tuple[str, str]]:
    """(name, text) pairs, a list or tuple value giving one pair per item (form style, exploded)."""
    pairs: list[tuple[str, str]] = []
    for name, value in values.items():
        if isinstance(value, list | tuple):
            items = cast("list[object] | tuple[object, ...]", value)
            pairs.extend((name, stringify(item)) for item in items)
        else:
            pairs.append((name, stringify(value)))
    return pairs


def _query_string(
    auth: Mapping[str, str],
    query: Mapping[str, object] | None,
    extra: Mapping[str, object] | None,
) -> str:
    """The query string ("?a=1&a=2&b=x"): credentials, then the call's parameters, then `extra_query`
    (each replacing a parameter of the same name that came before it); "" when there are none.

    Encoded here rather than by httpx so that the URL is parsed once.
    """
    merged: dict[str, object] = {**auth, **_given(query)}
    if extra:
        merged.update(extra)
    parts: list[str] = []
    for name, value in merged.items():
        if isinstance(value, Styled):
            parts.extend(_styled_query(name, value))
        else:
            parts.extend(f"{_q(key)}={_q(text)}" for key, text in _pairs({name: value}))
    return "?" + "&".join(parts) if parts else ""


def _q(text: str) -> str:
    return quote_plus(text, safe="")


def _styled_query(name: str, value: Styled) -> list[str]:
    """The `name=value` parts of one styled query parameter, encoded; delimiters stay literal."""
    data = value.value
    key = _q(name)
    if isinstance(data, list | tuple):
        texts = [_q(stringify(item)) for item in cast("list[object]", data)]
        if not texts:
            return []
        if value.explode:
            return [f"{key}={text}" for text in texts]
        separator = {"spaceDelimited": "%20", "pipeDelimited": "|"}.get(
            value.style, ","
        )
        return [f"{key}={separator.join(texts)}"]
    items = _object_items(data)
    if items is None:
        return [f"{key}={_q(stringify(data))}"]
    if value.style == "deepObject":
        return [f"{key}[{_q(k)}]={_q(stringify(v))}" for k, v in items]
    if value.explode:
        return [f"{_q(k)}={_q(stringify(v))}" for k, v in items]
    return [f"{key}=" + ",".join(f"{_q(k)},{_q(stringify(v))}" for k, v in items)]


def _object_items(value: object) -> list[tuple[str, object]] | None:
    """The (wire name, value) pairs of a mapping or model, unset ones left out; None for other values."""
    if isinstance(value, str | bytes | int | float | Enum):
        return None
    data: object = value
    if not isinstance(value, Mapping):
        data = to_jsonable(value)
    if not isinstance(data, Mapping):
        return None
    items = cast("Mapping[object, object]", data).items()
    return [(str(k), v) for k, v in items if v is not None and v is not NOT_GIVEN]


def _cookie_value(value: object) -> str:
    """A cookie value, percent-encoding what RFC 6265 does not allow in one (space, `"`, `,`, `;`, `\\`)."""
    return quote(_simple(value), safe="!#$&'()*+-./:<=>?@[]^_`{|}~")


def _encode_body(
    request: RequestInput, options: RequestOptions
) -> tuple[bytes | None, list[tuple[str, FilePart]] | None, str | None]:
    """(content, multipart parts, content type) for the request's body, with `extra_body` merged in."""
    extra = options.extra_body
    if request.files is not None:
        fields = {**_given(request.form), **(extra or {})}
        parts: list[tuple[str, FilePart]] = [
            (name, (None, text)) for name, text in _pairs(fields)
        ]
        for name, value in _given(request.files).items():
            files = cast("list[object]", value) if isinstance(value, list) else [value]
            parts.extend((name, _file_part(file)) for file in files)
        return None, parts, None  # httpx sets multipart/form-data with its boundary
    if request.form is not None:
        fields = {**_given(request.form), **(extra or {})}
        body = urlencode(_pairs(fields)).encode("ascii")
        return body, None, request.content_type or "application/x-www-form-urlencoded"
    if not isinstance(request.content, NotGiven):
        if isinstance(request.content, str):
            return (
                request.content.encode(),
                None,
                request.content_type or "text/plain; charset=utf-8",
            )
        return request.content, None, request.content_type or "application/octet-stream"
    if request.json is NOT_GIVEN and not extra:
        return None, None, None
    return (
        encode_json(_json_body(request.json, extra)),
        None,
        request.content_type or "application/json",
    )


def _json_body(body: object, extra: Mapping[str, object] | None) -> object:
    """The JSON body: top-level `NOT_GIVEN` keys dropped, `extra` merged into the object."""
    if isinstance(body, Mapping):
        items = cast("Mapping[str, object]", body).items()
        body = {name: value for name, value in items if value is not NOT_GIVEN}
    if not extra:
        return body
    if body is NOT_GIVEN:
        return extra
    jsonable: object = to_jsonable(body)
    if not isinstance(jsonable, dict):
        raise TypeError("extra_body can only be merged into a JSON object body")
    return {**cast("dict[str, object]", jsonable), **extra}


def _file_part(file: object) -> FilePart:
    """A file to upload as a multipart part: a path is read (and named by its base name); bytes, a
    binary file object, or a (filename, content[, content type]) tuple are passed on to httpx.
    """
    if isinstance(file, os.PathLike):
        path = Path(os.fspath(cast("os.PathLike[str]", file)))
        return (path.name, path.read_bytes())
    return cast("FilePart", file)

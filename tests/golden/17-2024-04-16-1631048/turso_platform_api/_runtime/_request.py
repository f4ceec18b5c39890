"""Turning one call's arguments into an `httpx.Request`: pure functions, no I/O.

Wire rules: values equal to `NOT_GIVEN` are dropped everywhere (and `None` too, except inside a JSON
body where it is `null`); path parameters are percent-encoded so that a value can never change the
path; query arrays repeat the key (`?a=1&a=2`); path, header and cookie arrays are comma-separated
(OpenAPI `simple` style); booleans are `true`/`false`; dates are ISO-8601; models are sent with their
wire names. A query value wrapped by `styled(value, style, explode)` follows that OpenAPI style instead:
`form` without explode (`?a=1,2`), `spaceDelimited` (`?a=1%202`), `pipeDelimited` (`?a=1|2`),
`deepObject` (`?f[k]=v`), and objects as `form` (exploded: `?k=v`, else `?f=k,v`).
"""

import os
import re
from collections.abc import Callable, Mapping
from enum import Enum
from pathlib import Path
from typing import Any, Final, Literal, NamedTuple, TypeAlias, cast
from urllib.parse import quote, quote_plus, urlencode

import httpx

from ._model import encode_json, to_jsonable
from ._types import NOT_GIVEN, FileContent, NotGiven, RequestOptions, ResponseKind, Security

__all__ = [
    "NO_CREDENTIALS",
    "ClientDefaults",
    "Credentials",
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

_PLACEHOLDER: Final = r"\{([^{}]+)\}"
"""A path template's placeholder. (Patterns are compiled when first used: importing stays cheap.)"""

QueryStyle: TypeAlias = Literal["form", "spaceDelimited", "pipeDelimited", "deepObject"]
"""The OpenAPI serialization styles of a query parameter."""


class Styled:
    """A query parameter value with its OpenAPI `style` and `explode` (made by `styled`)."""

    __slots__ = ("explode", "style", "value")

    def __init__(self, value: object, style: QueryStyle, explode: bool) -> None:
        self.value = value
        self.style: QueryStyle = style
        self.explode = explode

    def __repr__(self) -> str:
        return f"Styled({self.value!r}, {self.style!r}, {self.explode!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Styled):
            return NotImplemented
        return (self.value, self.style, self.explode) == (other.value, other.style, other.explode)

    __hash__ = None  # type: ignore[assignment]


def styled(value: object, style: QueryStyle = "form", explode: bool = True) -> object:
    """`value`, to be sent as a query parameter of the given OpenAPI `style` and `explode`.

    `NOT_GIVEN` and `None` are returned as they are (the parameter is left out either way).
    """
    if value is NOT_GIVEN or value is None:
        return value
    return Styled(value, style, explode)


class RequestInput(NamedTuple):
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
    security: Security | None = None
    """The operation's security requirement; None: the client's default one."""

    def with_query(self, name: str, value: object) -> "RequestInput":
        """A copy with one query parameter set (used to ask for another page)."""
        return self._replace(query={**(self.query or {}), name: value})


class Credentials(NamedTuple):
    """What one security requirement adds to a request (resolved once per client and requirement)."""

    headers: Mapping[str, str]
    """Lower-case names."""
    query: Mapping[str, str]
    cookies: Mapping[str, str]


NO_CREDENTIALS: Final = Credentials({}, {}, {})


class ClientDefaults:
    """What the client adds to every request: resolved once, when the client is built or copied."""

    __slots__ = ("base_url", "headers", "timeout", "timeout_extension", "url_for")

    def __init__(self, base_url: str, headers: Mapping[str, str], timeout: httpx.Timeout) -> None:
        self.base_url = base_url
        """Absolute, without a trailing slash."""
        self.headers = headers
        """Lower-case names: User-Agent and the user's default headers."""
        self.timeout = timeout
        self.url_for = url_builder(base_url)
        """(path, "?query" or "") -> the request's URL."""
        self.timeout_extension = timeout.as_dict()
        """The timeout as httpx's request extension takes it."""

    def replace(
        self,
        *,
        base_url: str | None = None,
        headers: Mapping[str, str] | None = None,
        timeout: httpx.Timeout | None = None,
    ) -> "ClientDefaults":
        """A copy with some fields changed."""
        return ClientDefaults(
            self.base_url if base_url is None else base_url,
            self.headers if headers is None else headers,
            self.timeout if timeout is None else timeout,
        )


def build_request(
    http_client: httpx.Client | httpx.AsyncClient,
    defaults: ClientDefaults,
    request: RequestInput,
    options: RequestOptions,
    credentials: Credentials = NO_CREDENTIALS,
) -> httpx.Request:
    """The `httpx.Request` for one call, with the `credentials` of its security requirement.

    The http client contributes its own default headers, query parameters and cookies as
    `httpx.Client.build_request` would add them; the request is built directly, the URL from the base
    URL parsed once per client (`build_request` would parse and merge everything again).
    """
    path = render_path(request.path, request.path_params)
    headers: dict[str, str] = {"accept": _ACCEPT.get(request.response_kind, "*/*")}
    headers.update(defaults.headers)
    if credentials.headers:
        headers.update(credentials.headers)
    if request.headers:
        headers.update(
            (name.lower(), _simple(value)) for name, value in _given(request.headers).items()
        )
    if options.extra_headers:
        headers.update((name.lower(), value) for name, value in options.extra_headers.items())

    cookies = (
        {**credentials.cookies, **_given(request.cookies)}
        if request.cookies
        else credentials.cookies
    )
    if cookies:
        pairs = "; ".join(f"{name}={_cookie_value(value)}" for name, value in cookies.items())
        headers["cookie"] = f"{headers['cookie']}; {pairs}" if "cookie" in headers else pairs

    content, files, content_type = _encode_body(request, options)
    if content_type is not None:
        headers.setdefault("content-type", content_type)

    timeout = (
        dict(defaults.timeout_extension)  # a copy: hooks and transports may change it per request
        if isinstance(options.timeout, NotGiven)
        else httpx.Timeout(options.timeout).as_dict()
    )
    shared = http_client.params
    query = _query_string(
        credentials.query,
        request.query,
        options.extra_query,
        {name: shared.get_list(name) for name in shared} if shared else None,
    )
    method = request.method.upper()
    url = defaults.url_for(path, query)
    merged = [item for item in http_client.headers.multi_items() if item[0] not in headers]
    merged.extend(headers.items())
    extensions = {"timeout": timeout}
    if files is not None:  # httpx encodes multipart (and adds Host and the length), streaming it
        built = httpx.Request(method, url, headers=merged, files=files, extensions=extensions)
    else:  # what httpx would add to a body given whole: Host, the length
        if "host" not in headers and all(name != "host" for name, _ in merged):
            merged.insert(0, ("host", url.netloc.decode("ascii")))
        if "content-length" not in headers and "transfer-encoding" not in headers:
            if content:
                merged.append(("content-length", str(len(content))))
            elif method in ("POST", "PUT", "PATCH"):
                merged.append(("content-length", "0"))
        built = httpx.Request(
            method,
            url,
            headers=merged,
            stream=httpx.ByteStream(content or b""),
            extensions=extensions,
        )
        built.read()  # as httpx does for a body given whole: `request.content` can be read
    if http_client.cookies:  # the http client's cookie jar, unless the call sends a Cookie header
        http_client.cookies.set_cookie_header(built)
    return built


_ACCEPT: Final[Mapping[str, str]] = {"json": "application/json"}

_PLAIN_PATH: Final = r"(?:/(?:[A-Za-z0-9\-_~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2}|\.(?!\.?(?:/|$)))*)+"
"""A path httpx leaves as it is (no character to encode, no dot segment), in every httpx version."""
_PLAIN_QUERY: Final = r"(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?\[\]]|%[0-9A-Fa-f]{2})*"


_PARTS: Final = "_uri_reference"
"""Where an `httpx.URL` keeps its parsed components (a named tuple), in httpx 0.23 and later."""


def url_builder(base_url: str) -> Callable[[str, str], httpx.URL]:
    """A function of (path, "?query" or "") giving the URL of `base_url` + path + query.

    It makes the `httpx.URL` from the base URL parsed once, and the path and query as they are when
    they are already in the form httpx would give them (always so for the query strings this module
    encodes and for paths rendered from ordinary templates); otherwise it parses the whole URL.
    """
    base = httpx.URL(base_url)
    replace_parts: Any = getattr(getattr(base, _PARTS, None), "_replace", None)

    def parse(path: str, query: str) -> httpx.URL:
        return httpx.URL(base_url + path + query)

    if not callable(replace_parts):
        return parse
    prefix = str(getattr(getattr(base, _PARTS), "path", "")).rstrip("/")
    plain_path = re.compile(_PLAIN_PATH).fullmatch
    plain_query = re.compile(_PLAIN_QUERY).fullmatch

    def fast(path: str, query: str) -> httpx.URL:
        if not plain_path(path) or (query and not plain_query(query, 1)):
            return parse(path, query)
        url = httpx.URL.__new__(httpx.URL)
        parts = replace_parts(path=prefix + path, query=query[1:] if query else None, fragment=None)
        setattr(url, _PARTS, parts)
        return url

    probe = ("/v1/a%2Fb/c.d-e_f~g:h@i,j;k=l", "?x=1&y=a%20b+c&z[k]=v")
    try:  # any surprise in httpx's internals: the public way
        same = str(fast(*probe)) == str(parse(*probe)) and fast(*probe) == parse(*probe)
    except Exception:  # noqa: BLE001
        same = False
    return fast if same else parse


def render_path(template: str, params: Mapping[str, object] | None) -> str:
    """`template` ("/v1/organizations/{organizationSlug}") with each placeholder percent-encoded.

    Every character outside the unreserved set is encoded, `/` included, and a value of "." or ".." is
    encoded too (clients would otherwise resolve it as a dot segment).
    """
    if "{" not in template:
        return template
    pieces = _TEMPLATES.get(template)
    if pieces is None:
        pieces = tuple(re.split(_PLACEHOLDER, template))  # literal, name, literal, ..., literal
        if len(_TEMPLATES) < 4096:
            _TEMPLATES[template] = pieces
    values = params or {}
    out = [pieces[0]]
    for i in range(1, len(pieces), 2):
        name = pieces[i]
        value = values.get(name, NOT_GIVEN)
        if value is NOT_GIVEN or value is None:
            raise ValueError(f"path parameter {name!r} is required")
        text = value if type(value) is str else _simple(value)
        if not text:
            raise ValueError(f"path parameter {name!r} must not be empty")
        encoded = quote(text, safe="")
        out.append(encoded.replace(".", "%2E") if encoded in (".", "..") else encoded)
        out.append(pieces[i + 1])
    return "".join(out)


_TEMPLATES: dict[str, tuple[str, ...]] = {}


def stringify(value: object) -> str:
    """A parameter value as text on the wire: `true`/`false`, numbers as written, ISO-8601 dates,
    enums by value; objects as JSON (wire names)."""
    if isinstance(value, Enum):  # before str and int: a (str, Enum) member's str() is "Cls.NAME"
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
    shared: Mapping[str, object] | None = None,
) -> str:
    """The query string ("?a=1&a=2&b=x"): the http client's own parameters (`shared`), credentials, the
    call's parameters, then `extra_query` (each replacing a parameter of the same name that came
    before it); "" when there are none.

    Encoded here rather than by httpx so that the URL is parsed once.
    """
    if not query and not auth and not extra and not shared:
        return ""
    merged: dict[str, object] = {**shared, **auth} if shared else {**auth}
    merged.update(_given(query))
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
        separator = {"spaceDelimited": "%20", "pipeDelimited": "|"}.get(value.style, ",")
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
        parts: list[tuple[str, FilePart]] = [(name, (None, text)) for name, text in _pairs(fields)]
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
    binary file object, or a (filename, content[, content type]) tuple are passed on to httpx."""
    if isinstance(file, os.PathLike):
        path = Path(os.fspath(cast("os.PathLike[str]", file)))
        return (path.name, path.read_bytes())
    return cast("FilePart", file)

"""The intermediate model: what an OpenAPI document says, as plain frozen dataclasses.

No Python names, no type strings, no Jinja here: later stages (naming, render) decide those.
Every node keeps the JSON pointer it came from so diagnostics and names can point back at the spec.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, TypeAlias

JsonValue: TypeAlias = "None | bool | int | float | str | list[JsonValue] | dict[str, JsonValue]"


class _Missing:
    """Marks a value the spec does not give (distinct from an explicit ``null``); one instance,
    ``MISSING``, compared by identity."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "MISSING"

    def __bool__(self) -> bool:
        return False


MISSING = _Missing()


@dataclass(frozen=True)
class Meta:
    """What every schema node carries besides its shape."""

    pointer: str
    title: str | None = None
    description: str | None = None
    nullable: bool = False
    deprecated: bool = False
    read_only: bool = False
    write_only: bool = False
    default: JsonValue | _Missing = MISSING


@dataclass(frozen=True)
class AnySchema:
    """Any JSON value: a schema that constrains nothing (``{}``, or a type sdkgen cannot express)."""

    meta: Meta


@dataclass(frozen=True)
class NullSchema:
    """Only ``null`` (``type: 'null'``)."""

    meta: Meta


@dataclass(frozen=True)
class BooleanSchema:
    """A boolean; ``const`` when the schema allows one value only."""

    meta: Meta
    const: bool | None = None


@dataclass(frozen=True)
class IntegerSchema:
    """An integer, with its ``format`` (int32, int64...) and ``enum`` values if any."""

    meta: Meta
    format: str | None = None
    enum: tuple[int, ...] | None = None


@dataclass(frozen=True)
class NumberSchema:
    """A number, with its ``format`` (float, double...) and ``enum`` values if any."""

    meta: Meta
    format: str | None = None
    enum: tuple[float, ...] | None = None


@dataclass(frozen=True)
class StringSchema:
    """A string, with its ``format`` (date-time, binary...) and ``enum`` values if any."""

    meta: Meta
    format: str | None = None
    enum: tuple[str, ...] | None = None


@dataclass(frozen=True)
class ArraySchema:
    """A list whose items all follow ``items``."""

    meta: Meta
    items: Schema


@dataclass(frozen=True)
class Property:
    """One property of an object schema: its name on the wire, schema and whether required."""

    wire_name: str
    schema: Schema
    required: bool
    pointer: str


@dataclass(frozen=True)
class ObjectSchema:
    """An object with known properties. ``additional`` is None when closed or unspecified-closed,
    True for free-form extra keys, or a schema for typed extra keys."""

    meta: Meta
    properties: tuple[Property, ...]
    additional: Schema | bool | None = None


@dataclass(frozen=True)
class MapSchema:
    """An object with no fixed properties whose values all follow one schema (a dict)."""

    meta: Meta
    values: Schema


@dataclass(frozen=True)
class Discriminator:
    """The property whose value names a union's variant, and each value's schema key."""

    property_name: str
    mapping: tuple[tuple[str, str], ...]  # (wire value, ref key)


@dataclass(frozen=True)
class UnionSchema:
    """One of several schemas (``oneOf``/``anyOf``), told apart by ``discriminator`` if any."""

    meta: Meta
    variants: tuple[Schema, ...]
    discriminator: Discriminator | None = None


@dataclass(frozen=True)
class RefSchema:
    """A reference to a named component schema; ``key`` is its name under #/components/schemas."""

    meta: Meta
    key: str


Schema: TypeAlias = (
    AnySchema
    | NullSchema
    | BooleanSchema
    | IntegerSchema
    | NumberSchema
    | StringSchema
    | ArraySchema
    | ObjectSchema
    | MapSchema
    | UnionSchema
    | RefSchema
)


@dataclass(frozen=True)
class NamedSchema:
    """A component schema (``#/components/schemas/<key>``)."""

    key: str
    schema: Schema


ParameterLocation = Literal["path", "query", "header", "cookie"]


@dataclass(frozen=True)
class Parameter:
    """A path, query, header or cookie parameter of an operation."""

    name: str
    location: ParameterLocation
    required: bool
    schema: Schema
    pointer: str
    description: str | None = None
    deprecated: bool = False
    style: str | None = None
    explode: bool | None = None
    inferred: bool = False  # not declared in the spec, inferred from the path template
    content_type: str | None = (
        None  # declared with `content` (sent serialized, e.g. as JSON), not `schema`
    )


BodyEncoding = Literal["json", "form", "multipart", "binary", "text"]


@dataclass(frozen=True)
class RequestBody:
    """The body an operation sends: its media type, how it is encoded, and its schema."""

    content_type: str
    encoding: BodyEncoding
    schema: Schema
    required: bool
    pointer: str
    description: str | None = None


ResponseKind = Literal["json", "text", "binary", "empty"]


@dataclass(frozen=True)
class Response:
    """One declared response of an operation, by status code (or range, or default)."""

    status: str  # "200", "4XX", "default"
    kind: ResponseKind
    pointer: str
    description: str | None = None
    content_type: str | None = None
    schema: Schema | None = None


@dataclass(frozen=True)
class SecurityScheme:
    """A way to authenticate (``#/components/securitySchemes/<key>``)."""

    key: str
    kind: Literal["bearer", "basic", "api_key"]
    location: ParameterLocation | None = None  # for api_key
    param_name: str | None = None  # for api_key
    description: str | None = None


SecurityRequirement: TypeAlias = tuple[tuple[str, ...], ...]
"""A `security` list: alternatives (any one suffices), each the scheme keys it needs together; ``()``
needs none (``security: []``), ``((),)`` makes credentials optional (``security: [{}]``)."""


@dataclass(frozen=True)
class Operation:
    """One method on one path: what it takes, sends and answers."""

    pointer: str
    method: str  # lower case
    path: str
    operation_id: str | None
    parameters: tuple[Parameter, ...]
    request_body: RequestBody | None
    responses: tuple[Response, ...]
    summary: str | None = None
    description: str | None = None
    deprecated: bool = False
    tags: tuple[str, ...] = ()
    security: SecurityRequirement | None = None  # None: the document's default


@dataclass(frozen=True)
class ServerVariable:
    """A ``{variable}`` of a server URL, with its default and allowed values."""

    name: str
    default: str
    enum: tuple[str, ...] | None = None
    description: str | None = None


@dataclass(frozen=True)
class Server:
    """A base URL the API is served at."""

    url: str
    description: str | None = None
    variables: tuple[ServerVariable, ...] = ()


@dataclass(frozen=True)
class Api:
    """The whole document: metadata, servers, operations and component schemas."""

    title: str
    version: str
    description: str | None
    servers: tuple[Server, ...]
    operations: tuple[Operation, ...]
    schemas: tuple[NamedSchema, ...]
    security_schemes: tuple[SecurityScheme, ...] = ()
    security: SecurityRequirement | None = None  # None: the document does not say
    license_name: str | None = None

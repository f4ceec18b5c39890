"""The model backend: pydantic v2.

Same public API as the msgspec backend: generated models subclass `Model` and declare wire names with
`field(name=...)` (a pydantic alias; the Python name is accepted too). Responses are validated straight
from bytes with a cached `pydantic.TypeAdapter` per type.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar, cast, dataclass_transform

import pydantic
import pydantic_core
from pydantic._internal._model_construction import ModelMetaclass

__all__ = ["Model", "decode_json", "encode_json", "field", "to_jsonable"]

T = TypeVar("T")


def field(
    *,
    default: Any = pydantic_core.PydanticUndefined,
    default_factory: Callable[[], Any] | None = None,
    name: str | None = None,
) -> Any:
    """Declare a model field; `name` is its name on the wire when it differs from the Python name."""
    if default_factory is not None:
        return pydantic.Field(default_factory=default_factory, alias=name)
    return pydantic.Field(default, alias=name)


@dataclass_transform(kw_only_default=True, field_specifiers=(field, pydantic.Field))
class _ModelMeta(ModelMetaclass):
    """Tells type checkers that `field(...)` declares a field (so one without a default is required).

    Pydantic's own metaclass only lists `pydantic.Field`; type checkers read the metaclass's list.

    A member of a discriminated union is declared `class Cat(Model, tag_field="petType", tag="cat")`
    (the msgspec backend's class arguments) with a `Literal["cat"]` field defaulting to the tag: the
    class then always writes its tag, although it equals the default.
    """

    def __new__(
        mcs,
        cls_name: str,
        bases: tuple[type[Any], ...],
        namespace: dict[str, Any],
        tag_field: str | None = None,
        tag: str | None = None,
        **kwargs: Any,
    ) -> type:
        if tag_field is not None:
            namespace["_serialize_with_tag"] = pydantic.model_serializer(mode="wrap")(
                _tag_writer(tag_field, tag)
            )
        return super().__new__(mcs, cls_name, bases, namespace, **kwargs)


def _tag_writer(tag_field: str, tag: str | None) -> Callable[
    [
        pydantic.BaseModel,
        pydantic.SerializerFunctionWrapHandler,
        pydantic.SerializationInfo,
    ],
    Any,
]:
    def serialize(
        self: pydantic.BaseModel,
        handler: pydantic.SerializerFunctionWrapHandler,
        info: pydantic.SerializationInfo,
    ) -> Any:
        data: Any = handler(self)
        if not isinstance(data, dict):
            return data
        written = cast("dict[str, Any]", data)
        key = tag_field
        # by_alias None: the model's config, which serializes by alias
        if info.by_alias is False:
            fields = type(self).model_fields
            key = next(
                (n for n, f in fields.items() if f.alias == tag_field), tag_field
            )
        return written if key in written else {key: tag, **written}

    return serialize


class Model(pydantic.BaseModel, metaclass=_ModelMeta):
    """Base class of generated models.

    Fields are keyword-only; unknown fields in a response are ignored; fields equal to their default
    are left out when encoding.
    """

    model_config = pydantic.ConfigDict(
        extra="ignore",
        validate_by_name=True,
        validate_by_alias=True,
        serialize_by_alias=True,
    )

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-able builtins, keyed by wire names."""
        return self.model_dump(mode="json", by_alias=True, exclude_defaults=True)

    def to_json(self) -> str:
        """The model as a JSON document, keyed by wire names."""
        return self.model_dump_json(by_alias=True, exclude_defaults=True)


_adapters: dict[object, pydantic.TypeAdapter[Any]] = {}


def decode_json(data: bytes, type_: type[T] | object) -> T:
    """Decode and validate a JSON document into `type_`.

    Raises `pydantic.ValidationError` (a `ValueError`) when `data` is not JSON or does not match `type_`.
    """
    adapter = _adapters.get(type_)
    if adapter is None:
        adapter = _adapters.setdefault(
            type_, pydantic.TypeAdapter(cast("type[Any]", type_))
        )
    return cast("T", adapter.validate_json(data))


def encode_json(value: object) -> bytes:
    """Encode models, containers, enums, dates... as a JSON document using wire names."""
    return pydantic_core.to_json(to_jsonable(value))


def to_jsonable(value: object) -> Any:
    """`value` as JSON-able builtins (dicts, lists, str, int, float, bool, None) using wire names."""
    if isinstance(value, pydantic.BaseModel):
        return value.model_dump(mode="json", by_alias=True, exclude_defaults=True)
    if isinstance(value, Mapping):
        items = cast("Mapping[object, object]", value).items()
        return {str(key): to_jsonable(item) for key, item in items}
    if isinstance(value, list | tuple):
        return [
            to_jsonable(item)
            for item in cast("list[object] | tuple[object, ...]", value)
        ]
    return pydantic_core.to_jsonable_python(value)

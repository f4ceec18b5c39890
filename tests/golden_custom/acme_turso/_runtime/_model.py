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
    """


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

"""The model backend: msgspec.

Generated models subclass `Model` and declare wire names with `field(name=...)`. Responses are decoded
straight from bytes into the declared type with a cached `msgspec.json.Decoder` per type, which is both
the validation and the fastest path. (The pydantic backend has the same public API.)
"""

from __future__ import annotations

from typing import Any, Final, TypeVar, cast, dataclass_transform

import msgspec
import msgspec.json
from msgspec import field

__all__ = ["Model", "decode_json", "encode_json", "field", "to_jsonable"]

T = TypeVar("T")


class _ModelMeta(msgspec.StructMeta):
    """Makes every model's fields keyword-only, so a required field may follow an optional one.

    (msgspec's `kw_only` class option covers only the fields of the class it is given to.)
    """

    def __new__(
        mcls, name: str, bases: tuple[type, ...], namespace: dict[str, Any], **options: Any
    ) -> _ModelMeta:
        options.setdefault("kw_only", True)
        return super().__new__(mcls, name, bases, namespace, **options)


@dataclass_transform(kw_only_default=True, field_specifiers=(field,))
class Model(msgspec.Struct, metaclass=_ModelMeta, omit_defaults=True):
    """Base class of generated models.

    Fields are keyword-only; unknown fields in a response are ignored; fields equal to their default
    are left out when encoding.
    """

    def to_dict(self) -> dict[str, Any]:
        """The model as JSON-able builtins, keyed by wire names."""
        return cast("dict[str, Any]", msgspec.to_builtins(self))

    def to_json(self) -> str:
        """The model as a JSON document, keyed by wire names."""
        return _ENCODER.encode(self).decode()


_ENCODER: Final = msgspec.json.Encoder()
_decoders: dict[object, msgspec.json.Decoder[Any]] = {}


def decode_json(data: bytes, type_: type[T] | object) -> T:
    """Decode and validate a JSON document into `type_`.

    Raises `msgspec.DecodeError` (a `ValueError`) when `data` is not JSON or does not match `type_`.
    """
    decoder = _decoders.get(type_)
    if decoder is None:
        decoder = _decoders.setdefault(type_, msgspec.json.Decoder(type_))
    return cast("T", decoder.decode(data))


def encode_json(value: object) -> bytes:
    """Encode models, containers, enums, dates... as a JSON document using wire names."""
    return _ENCODER.encode(value)


def to_jsonable(value: object) -> Any:
    """`value` as JSON-able builtins (dicts, lists, str, int, float, bool, None) using wire names.

    Tuples stay tuples (JSON arrays all the same).
    """
    return msgspec.to_builtins(value)

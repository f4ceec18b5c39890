"""Make the validator cheaper to import and to run in the worker, without changing any verdict.

Two costs of openapi-spec-validator have nothing to do with checking a document:

- **Settings.** openapi-spec-validator 0.9.0 and openapi-schema-validator 0.9.0 each define their
  settings as a pydantic-settings class that reads a few ``OPENAPI_SPEC_VALIDATOR_*`` /
  ``OPENAPI_SCHEMA_VALIDATOR_*`` environment variables. Importing pydantic and pydantic-settings
  for that is about a third of the validator's import time. `install` puts plain modules in
  their place, with the same names and the values the real classes give when none of those
  variables is set, only when that holds and before either package is imported.
- **A protocol check.** pathable 0.6.0 tests every node it steps into with ``isinstance(node,
  Subscriptable)``, a runtime-checkable ``Protocol``, which Python 3.11 answers by looking up the
  protocol's members anew each time: about a third of the keyword pass. `install` gives pathable
  a class whose check answers the same, remembered per type for the JSON types (whose answer
  depends on the type alone); any other value is asked of the real protocol.

Each applies only to the exact versions it was written against (others may differ) and only
where it is exact; otherwise nothing is changed. Only the worker (background.py) calls `install`:
the worker is sdkgen's own process, so nothing else that uses these packages sees the change.
The tests assert that each stand-in answers like what it replaces.
"""

from __future__ import annotations

import importlib.machinery
import os
import sys
import types
from collections.abc import Mapping
from typing import Any, ClassVar

from generator.load.verdict_cache import installed_version

__all__ = ["ENV_PREFIXES", "WRITTEN_FOR", "JsonSubscriptable", "install"]

# The packages patched, and the version each patch was written against.
WRITTEN_FOR = {
    "openapi_spec_validator": "0.9.0",
    "openapi_schema_validator": "0.9.0",
    "pathable": "0.6.0",
}
# pydantic-settings matches variable names case-insensitively (its default).
ENV_PREFIXES = ("OPENAPI_SPEC_VALIDATOR_", "OPENAPI_SCHEMA_VALIDATOR_")

_SPEC_DEFAULTS = {"resolved_cache_maxsize": 128, "schema_validator_backend": "auto"}
_SCHEMA_DEFAULTS = {"compiled_validator_cache_max_size": 128}
# Values whose every instance answers a protocol check alike (built-in, immutable types).
_JSON_TYPES = (dict, list, str, int, float, bool, type(None))


def install(environ: Mapping[str, str] | None = None) -> list[str]:
    """Apply each patch that is exact here (see the module docstring); the names of those applied."""
    applied = []
    if _install_settings(os.environ if environ is None else environ):
        applied.append("settings")
    if _install_protocol_check():
        applied.append("protocol check")
    return applied


# --- settings -----------------------------------------------------------------------------------


class _Settings:
    """A settings object: the defaults as attributes (what ``BaseSettings()`` gives unset)."""

    defaults: ClassVar[Mapping[str, Any]] = {}

    def __init__(self) -> None:
        for name, value in self.defaults.items():
            setattr(self, name, value)


class OpenAPISpecValidatorSettings(_Settings):
    defaults = _SPEC_DEFAULTS


class OpenAPISchemaValidatorSettings(_Settings):
    defaults = _SCHEMA_DEFAULTS


def spec_settings_module() -> types.ModuleType:
    """The stand-in for ``openapi_spec_validator.settings``."""
    module = _module("openapi_spec_validator.settings")
    module.__dict__.update(
        ENV_PREFIX="OPENAPI_SPEC_VALIDATOR_",
        RESOLVED_CACHE_MAXSIZE_DEFAULT=_SPEC_DEFAULTS["resolved_cache_maxsize"],
        SCHEMA_VALIDATOR_BACKEND_DEFAULT=_SPEC_DEFAULTS["schema_validator_backend"],
        SCHEMA_VALIDATOR_BACKEND_ALLOWED={"auto", "jsonschema", "jsonschema-rs"},
        OpenAPISpecValidatorSettings=OpenAPISpecValidatorSettings,
        get_resolved_cache_maxsize=lambda: _SPEC_DEFAULTS["resolved_cache_maxsize"],
        get_schema_validator_backend=lambda: _SPEC_DEFAULTS["schema_validator_backend"],
    )
    return module


def schema_settings_module() -> types.ModuleType:
    """The stand-in for ``openapi_schema_validator.settings``."""
    module = _module("openapi_schema_validator.settings")
    settings = OpenAPISchemaValidatorSettings()
    module.__dict__.update(
        OpenAPISchemaValidatorSettings=OpenAPISchemaValidatorSettings,
        get_settings=lambda: settings,
        reset_settings_cache=lambda: None,
    )
    return module


def _module(name: str) -> types.ModuleType:
    module = types.ModuleType(name, "sdkgen's stand-in: the settings' defaults")
    module.__spec__ = importlib.machinery.ModuleSpec(name, None)
    return module


def _install_settings(environ: Mapping[str, str]) -> bool:
    packages = ("openapi_spec_validator", "openapi_schema_validator")
    if any(key.upper().startswith(ENV_PREFIXES) for key in environ):
        return False  # set: the real classes read them
    if any(package in sys.modules for package in packages) or not _as_written(*packages):
        return False
    sys.modules["openapi_spec_validator.settings"] = spec_settings_module()
    sys.modules["openapi_schema_validator.settings"] = schema_settings_module()
    return True


# --- protocol check -----------------------------------------------------------------------------


class _RememberedCheck(type):
    """Metaclass: ``isinstance(value, cls)`` is ``isinstance(value, cls.protocol)``, remembered per
    type for the JSON types."""

    protocol: Any
    answers: dict[type, bool]

    def __instancecheck__(cls, value: object) -> bool:
        kind = type(value)
        answer = cls.answers.get(kind)
        if answer is None:
            answer = isinstance(value, cls.protocol)
            if kind in _JSON_TYPES:
                cls.answers[kind] = answer
        return answer


class JsonSubscriptable(metaclass=_RememberedCheck):
    """Stands in for ``pathable.protocols.Subscriptable`` where pathable checks nodes."""

    protocol: Any = None
    answers: ClassVar[dict[type, bool]] = {}


def _install_protocol_check() -> bool:
    if not _as_written("pathable"):
        return False
    try:
        from pathable import accessors, protocols
    except ImportError:
        return False
    module: Any = accessors  # its import of Subscriptable is not an export
    if module.Subscriptable is not protocols.Subscriptable:
        return False  # not the module as written for
    JsonSubscriptable.protocol = protocols.Subscriptable
    module.Subscriptable = JsonSubscriptable
    return True


def _as_written(*packages: str) -> bool:
    return all(installed_version(package) == WRITTEN_FOR[package] for package in packages)

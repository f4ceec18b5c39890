"""Make the validator cheaper to import and to run in the worker, without changing any verdict.

Three costs of openapi-spec-validator have nothing to do with checking a document:

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
- **URL handlers.** The validator fetches URLs with requests when it is installed; sdkgen fetches
  none (validate.py refuses every scheme but ``file``), so `install` makes ``import requests``
  fail, and the validator uses urllib instead. jsonschema-path 0.5.0 builds its default file and
  URL handlers as ``jsonschema_path.handlers`` is imported, which imports urllib.request (with
  http.client, ssl and email) and a YAML parser: about a quarter of the validator's import time.
  The worker never calls them (validate.py gives the validator its own handlers, and reads the
  OpenAPI schemas with ``json``). `install` puts stand-ins in the place of both modules, whose
  handlers and functions call the real ones, which run when first used (as does any other name
  of theirs that is asked for).

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
from collections.abc import Callable, Mapping
from typing import Any, ClassVar

from generator.load.verdict_cache import installed_version

__all__ = [
    "ENV_PREFIXES",
    "HANDLER_NAMES",
    "URL_FUNCTIONS",
    "WRITTEN_FOR",
    "JsonSubscriptable",
    "install",
    "real_module",
]

# The packages patched, and the version each patch was written against.
WRITTEN_FOR = {
    "openapi_spec_validator": "0.9.0",
    "openapi_schema_validator": "0.9.0",
    "pathable": "0.6.0",
    "jsonschema_path": "0.5.0",
}
# pydantic-settings matches variable names case-insensitively (its default).
ENV_PREFIXES = ("OPENAPI_SPEC_VALIDATOR_", "OPENAPI_SCHEMA_VALIDATOR_")

_SPEC_DEFAULTS = {"resolved_cache_maxsize": 128, "schema_validator_backend": "auto"}
_SCHEMA_DEFAULTS = {"compiled_validator_cache_max_size": 128}
# Values whose every instance answers a protocol check alike (built-in, immutable types).
_JSON_TYPES = (dict, list, str, int, float, bool, type(None))
# The keys of jsonschema_path.handlers.default_handlers (0.5.0).
HANDLER_NAMES = ("<all_urls>", "http", "https", "file")
_HANDLERS = "jsonschema_path.handlers"
# What jsonschema-path and jsonschema import from urllib.request when they are imported.
URL_FUNCTIONS = ("urlopen", "url2pathname")


def install(environ: Mapping[str, str] | None = None) -> list[str]:
    """Apply each patch that is exact here (see the module docstring); the names of those applied."""
    applied = []
    if _install_settings(os.environ if environ is None else environ):
        applied.append("settings")
    if _install_protocol_check():
        applied.append("protocol check")
    if _install_no_requests():
        applied.append("no requests")
    if _install_handlers():
        applied.append("handlers")
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


# --- URL handlers -------------------------------------------------------------------------------


class _Deferred:
    """Stands in for a callable of a deferred module: the real one is looked up when called."""

    def __init__(self, module: str, name: str, key: str | None = None) -> None:
        self.module = module
        self.name = name
        self.key = key

    def target(self) -> Any:
        """The real callable (its module runs now if it has not yet)."""
        found = getattr(real_module(self.module), self.name)
        return found if self.key is None else found[self.key]

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self.target()(*args, **kwargs)

    def __repr__(self) -> str:
        where = self.name if self.key is None else f"{self.name}[{self.key!r}]"
        return f"<deferred {self.module}.{where}>"


# The specs of the modules deferred, by name.
_DEFERRED: dict[str, importlib.machinery.ModuleSpec] = {}


def real_module(name: str) -> types.ModuleType:
    """The module ``name`` itself: a deferred one runs now, and takes its stand-in's place in
    ``sys.modules`` and in its package."""
    module = sys.modules.get(name)
    if module is not None and name not in _DEFERRED:
        return module
    import importlib.util

    package = name.rpartition(".")[0]
    if package:  # first, as an import does (a stand-in found in sys.modules skipped that)
        importlib.import_module(package)
    spec = _DEFERRED.pop(name)
    stand_in = sys.modules.get(name)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    try:
        assert spec.loader is not None
        spec.loader.exec_module(module)
    except BaseException:
        _DEFERRED[name] = spec
        if stand_in is not None:
            sys.modules[name] = stand_in
        raise
    _bind(name, module)
    return module


def _defer(name: str, search: list[str] | None, values: Callable[[str], Mapping[str, Any]]) -> bool:
    """Put a stand-in for the module ``name`` (found in ``search``) in ``sys.modules``: it holds
    ``values(name)``; any other name runs the real module (see `real_module`)."""
    spec = importlib.machinery.PathFinder.find_spec(name, search)
    if name in sys.modules or spec is None or spec.loader is None:
        return False
    module = types.ModuleType(name, "sdkgen's stand-in: the module runs when first used")
    module.__spec__ = importlib.machinery.ModuleSpec(name, None)
    if spec.submodule_search_locations is not None:  # a package: its submodules import as usual
        module.__path__ = list(spec.submodule_search_locations)
        module.__spec__.submodule_search_locations = module.__path__

    def __getattr__(attribute: str) -> Any:
        if attribute.startswith("__"):
            raise AttributeError(attribute)
        return getattr(real_module(name), attribute)

    module.__dict__.update(values(name), __getattr__=__getattr__)
    _DEFERRED[name] = spec
    sys.modules[name] = module
    _bind(name, module)
    return True


def _bind(name: str, module: types.ModuleType) -> None:
    """Make ``module`` its package's attribute, as an import does (if the package is imported)."""
    package, _, child = name.rpartition(".")
    if package in sys.modules:
        setattr(sys.modules[package], child, module)


def _handlers(name: str) -> dict[str, Any]:
    return {
        "__all__": ["FileHandler", "UrlHandler"],
        "file_handler": _Deferred(name, "file_handler"),
        "all_urls_handler": _Deferred(name, "all_urls_handler"),
        "default_handlers": {
            key: _Deferred(name, "default_handlers", key) for key in HANDLER_NAMES
        },
    }


def _url_functions(name: str) -> dict[str, Any]:
    return {function: _Deferred(name, function) for function in URL_FUNCTIONS}


def _install_no_requests() -> bool:
    """Make ``import requests`` fail: the validator's URL handlers then use urllib (and not the
    quarter of its import time that requests takes); sdkgen fetches no URL with either."""
    if "requests" in sys.modules:
        return False
    sys.modules["requests"] = None  # type: ignore[assignment]
    return True


def _install_handlers() -> bool:
    if "jsonschema_path" in sys.modules or not _as_written("jsonschema_path"):
        return False
    package = importlib.machinery.PathFinder.find_spec("jsonschema_path")
    if package is None or not package.submodule_search_locations:
        return False
    if not _defer(_HANDLERS, list(package.submodule_search_locations), _handlers):
        return False
    import urllib

    _defer("urllib.request", list(urllib.__path__), _url_functions)
    return True


def _as_written(*packages: str) -> bool:
    return all(installed_version(package) == WRITTEN_FOR[package] for package in packages)

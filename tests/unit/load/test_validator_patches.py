"""Tests for generator.load.validator_patches: each stand-in answers like what it replaces.

`install` changes the modules of the process it runs in, so every test that installs runs it in
a child interpreter; this process keeps the real modules, which the tests compare against.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import types
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from generator.diagnostics import Diagnostic, GenerationError
from generator.load import validator_patches
from generator.load.read import LoadedDocument, read_document
from generator.load.validate import validate
from generator.load.verdict_cache import installed_version

from .conftest import FIXTURES

# The `worker_verdicts` fixture (tests/conftest.py).
WorkerVerdicts = Callable[[list[LoadedDocument]], list[tuple[Diagnostic, ...]]]

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """No variable that the real settings classes would read."""
    for key in list(os.environ):
        if key.upper().startswith(validator_patches.ENV_PREFIXES):
            monkeypatch.delenv(key)


def _child(code: str, env: dict[str, str] | None = None) -> Any:
    """Run ``code`` in a fresh interpreter with this checkout importable; its last stdout line as
    JSON."""
    environment = {**os.environ, **(env or {}), "PYTHONPATH": str(ROOT)}
    for key in list(environment):
        if key.upper().startswith(validator_patches.ENV_PREFIXES) and key not in (env or {}):
            del environment[key]
    done = subprocess.run(
        [sys.executable, "-P", "-c", code],
        capture_output=True,
        text=True,
        env=environment,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.splitlines()[-1])


def _public(module: types.ModuleType) -> dict[str, Any]:
    """The names a module defines itself (not what it imported)."""
    return {
        name: value
        for name, value in vars(module).items()
        if not name.startswith("_")
        and getattr(value, "__module__", module.__name__) == module.__name__
        and not isinstance(value, types.ModuleType)
    }


# --- the versions written against -----------------------------------------------------------------


def test_the_pinned_versions_are_the_ones_the_patches_were_written_for() -> None:
    # If this fails after upgrading one of these packages, the patches silently stop applying
    # (slower, still correct): read what changed in its settings module or in pathable's
    # accessors, update the stand-in, then WRITTEN_FOR.
    for package, version in validator_patches.WRITTEN_FOR.items():
        assert installed_version(package) == version, package


# --- settings -----------------------------------------------------------------------------------


def test_the_spec_settings_stand_in_equals_the_real_module(clean_env: None) -> None:
    from openapi_spec_validator import settings as real

    stand_in = validator_patches.spec_settings_module()
    assert set(_public(real)) <= set(vars(stand_in))
    for name, value in _public(real).items():
        if isinstance(value, type):
            real_object, stand_in_object = value(), getattr(stand_in, name)()
            assert vars(stand_in_object) == dict(real_object), name
        elif callable(value):
            assert getattr(stand_in, name)() == value(), name
        else:
            assert getattr(stand_in, name) == value, name


def test_the_schema_settings_stand_in_equals_the_real_module(clean_env: None) -> None:
    from openapi_schema_validator import settings as real

    stand_in = validator_patches.schema_settings_module()
    assert set(_public(real)) <= set(vars(stand_in))
    real.reset_settings_cache()
    assert vars(stand_in.get_settings()) == dict(real.get_settings())
    assert vars(stand_in.OpenAPISchemaValidatorSettings()) == dict(
        real.OpenAPISchemaValidatorSettings()
    )
    assert stand_in.reset_settings_cache() is None


def test_every_settings_name_the_validator_imports_is_in_its_stand_in() -> None:
    stand_ins = {
        "openapi_spec_validator": validator_patches.spec_settings_module(),
        "openapi_schema_validator": validator_patches.schema_settings_module(),
    }
    for package, stand_in in stand_ins.items():
        spec = __import__(package).__spec__
        assert spec is not None and spec.submodule_search_locations
        folder = Path(next(iter(spec.submodule_search_locations)))
        imported = set()
        for source in folder.rglob("*.py"):
            for line in source.read_text(encoding="utf-8").splitlines():
                prefix = f"from {package}.settings import "
                if line.startswith(prefix):
                    imported.add(line.removeprefix(prefix).strip())
        assert imported, package  # the scan found the imports
        assert imported <= set(vars(stand_in)), (package, imported - set(vars(stand_in)))


def test_installed_the_validator_imports_without_pydantic() -> None:
    found = _child(
        "import json, sys\n"
        "from generator.load import validator_patches\n"
        "applied = validator_patches.install()\n"
        "import importlib.util, openapi_spec_validator, openapi_schema_validator.settings\n"
        "spec = importlib.util.find_spec('openapi_spec_validator.settings')\n"
        "print(json.dumps([applied, sorted(m for m in sys.modules if m.startswith('pydantic')),\n"
        "    spec is not None and spec.name]))"
    )
    assert found == [
        ["settings", "protocol check", "no requests", "handlers"],
        [],
        "openapi_spec_validator.settings",
    ]


def test_a_settings_variable_leaves_the_real_settings() -> None:
    code = (
        "import json, sys\n"
        "from generator.load import validator_patches\n"
        "applied = validator_patches.install()\n"
        "from openapi_spec_validator.settings import OpenAPISpecValidatorSettings as S\n"
        "print(json.dumps([applied, S().resolved_cache_maxsize]))"
    )
    # Lower case too: pydantic-settings matches names case-insensitively.
    for name in ("OPENAPI_SPEC_VALIDATOR_RESOLVED_CACHE_MAXSIZE", "openapi_spec_validator_x"):
        applied, maxsize = _child(code, {name: "7"})
        assert applied == ["protocol check", "no requests", "handlers"]
        assert maxsize == (7 if name.isupper() else 128)
    applied, _ = _child(code, {"OPENAPI_SCHEMA_VALIDATOR_COMPILED_VALIDATOR_CACHE_MAX_SIZE": "1"})
    assert applied == ["protocol check", "no requests", "handlers"]


def test_a_validator_already_imported_keeps_its_settings() -> None:
    found = _child(
        "import json, openapi_spec_validator\n"
        "from generator.load import validator_patches\n"
        "print(json.dumps(validator_patches.install()))"
    )
    assert found == ["protocol check"]


def test_other_versions_are_left_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    # Both return before changing anything, so this process is safe to run them in.
    for package in validator_patches.WRITTEN_FOR:
        monkeypatch.setitem(validator_patches.WRITTEN_FOR, package, "0.0.0")
    assert validator_patches._install_settings({}) is False
    assert validator_patches._install_protocol_check() is False
    assert validator_patches._install_handlers() is False


# --- protocol check -----------------------------------------------------------------------------


class _Subscriptable:
    def __contains__(self, key: object) -> bool:
        return False

    def __getitem__(self, key: object) -> object:
        raise KeyError(key)

    def __len__(self) -> int:
        return 0


class _HalfSubscriptable:
    def __getitem__(self, key: object) -> object:
        raise KeyError(key)


VALUES: list[object] = [
    {},
    {"a": 1},
    [],
    [1],
    "",
    "text",
    0,
    1.5,
    True,
    None,
    (1,),
    b"bytes",
    OrderedDict(a=1),
    _Subscriptable(),
    _HalfSubscriptable(),
    object(),
]


def test_the_remembered_check_answers_like_the_protocol(monkeypatch: pytest.MonkeyPatch) -> None:
    from pathable.protocols import Subscriptable

    check = validator_patches.JsonSubscriptable
    monkeypatch.setattr(check, "protocol", Subscriptable)
    monkeypatch.setattr(check, "answers", {})
    for _ in range(2):  # the second round answers from memory for the JSON types
        for value in VALUES:
            assert isinstance(value, check) == isinstance(value, Subscriptable), repr(value)
    assert set(check.answers) == {dict, list, str, int, float, bool, type(None)}
    assert check.answers[dict] and check.answers[str] and not check.answers[int]


def test_installed_pathable_checks_nodes_with_the_remembered_check() -> None:
    found = _child(
        "import json\n"
        "from generator.load import validator_patches\n"
        "validator_patches.install()\n"
        "from pathable import accessors, protocols\n"
        "from jsonschema_path import SchemaPath\n"
        "path = SchemaPath.from_dict({'a': {'b': [1, 2]}})\n"
        "value = (path / 'a' / 'b' / 1).read_value()\n"
        "print(json.dumps([accessors.Subscriptable is validator_patches.JsonSubscriptable,\n"
        "    validator_patches.JsonSubscriptable.protocol is protocols.Subscriptable,\n"
        "    sorted(t.__name__ for t in validator_patches.JsonSubscriptable.answers), value]))"
    )
    assert found == [True, True, ["dict", "list"], 2]


# --- URL handlers -------------------------------------------------------------------------------

# Modules the validator imports only to fetch URLs, which the worker never does. (A stand-in has no
# __file__: its module has not run.)
URL_MODULES = ["http.client", "requests", "ssl", "urllib.request", "yaml"]


def test_installed_the_validator_validates_without_its_url_modules(tmp_path: Path) -> None:
    openapi_30 = tmp_path / "openapi-3.0.json"
    openapi_30.write_text(
        json.dumps(
            {
                "openapi": "3.0.3",
                "info": {"title": "t", "version": "1"},
                "paths": {"/a/{id}": {"get": {"responses": {"200": {"description": "ok"}}}}},
                "components": {"schemas": {"A": {"type": "string", "pattern": "^a+$"}}},
            }
        ),
        encoding="utf-8",
    )
    documents = [str(openapi_30), str(FIXTURES / "petstore-3.1.json")]
    found = _child(
        "import json, sys\n"
        "from pathlib import Path\n"
        "from generator.load import validator_patches\n"
        "applied = validator_patches.install()\n"
        "from generator.load.read import read_document\n"
        "from generator.load.validate import import_validator, validate\n"
        "import_validator()\n"
        f"found = [len(validate(read_document(Path(p)))) for p in {documents!r}]\n"
        f"ran = [m for m in {URL_MODULES!r} if '__file__' in vars(sys.modules.get(m) or sys)]\n"
        "print(json.dumps([applied, found, ran]))",
        {"SDKGEN_CACHE_DIR": str(tmp_path / "cache")},
    )
    assert found == [["settings", "protocol check", "no requests", "handlers"], [1, 0], []]


def test_the_deferred_handlers_are_the_real_ones(tmp_path: Path) -> None:
    from jsonschema_path import handlers as real

    assert tuple(real.default_handlers) == validator_patches.HANDLER_NAMES
    document = tmp_path / "schema.json"
    document.write_text('{"type": "object", "title": "caf\\u00e9"}', encoding="utf-8")
    uri = document.as_uri()
    expected = [real.default_handlers["file"](uri), real.all_urls_handler(uri)]
    found = _child(
        "import json, sys\n"
        "from generator.load import validator_patches\n"
        "validator_patches.install()\n"
        "from jsonschema_path.handlers import all_urls_handler, default_handlers\n"
        "stand_in = sys.modules['jsonschema_path.handlers'].__doc__.startswith(\"sdkgen's\")\n"
        "import yaml\n"
        f"answers = [default_handlers['file']({uri!r}), all_urls_handler({uri!r})]\n"
        "from jsonschema_path.handlers import FileHandler, __all__\n"
        "print(json.dumps([stand_in, list(default_handlers), answers, __all__,\n"
        "    sys.modules['jsonschema_path.handlers'].FileHandler is FileHandler]))"
    )
    assert found == [True, list(real.default_handlers), expected, real.__all__, True]


def test_the_deferred_url_functions_are_the_real_ones(tmp_path: Path) -> None:
    from urllib.request import url2pathname

    document = tmp_path / "a b.txt"
    document.write_text("read", encoding="utf-8")
    found = _child(
        "import json, sys, urllib\n"
        "from generator.load import validator_patches\n"
        "validator_patches.install()\n"
        "from urllib.request import url2pathname, urlopen\n"
        "deferred = 'Request' not in vars(sys.modules['urllib.request'])\n"
        "path = url2pathname('/a%20b/c')\n"
        f"with urlopen({document.as_uri()!r}) as stream:\n"
        "    text = stream.read().decode()\n"
        "import urllib.request as now\n"
        "print(json.dumps([deferred, path, text, now is urllib.request,\n"
        "    now.__file__.endswith(('urllib/request.py', 'urllib\\\\request.py')),\n"
        "    hasattr(now, 'Request')]))"
    )
    assert found == [True, url2pathname("/a%20b/c"), "read", True, True, True]


def test_a_deferred_module_that_fails_to_run_stays_deferred() -> None:
    found = _child(
        "import importlib.util, json, sys\n"
        "from generator.load import validator_patches\n"
        "validator_patches.install()\n"
        "class Broken:\n"
        "    def create_module(self, spec): return None\n"
        "    def exec_module(self, module): raise ImportError('broken')\n"
        "real = validator_patches._DEFERRED['urllib.request']\n"
        "validator_patches._DEFERRED['urllib.request'] = importlib.util.spec_from_loader(\n"
        "    'urllib.request', Broken())\n"
        "stand_in = sys.modules['urllib.request']\n"
        "try:\n"
        "    stand_in.Request\n"
        "except ImportError as exc:\n"
        "    failed = str(exc)\n"
        "kept = sys.modules['urllib.request'] is stand_in\n"
        "validator_patches._DEFERRED['urllib.request'] = real\n"
        "print(json.dumps([failed, kept, stand_in.Request.__name__,\n"
        "    sys.modules['urllib.request'] is not stand_in]))"
    )
    assert found == ["broken", True, "Request", True]


# --- the worker ---------------------------------------------------------------------------------


def test_the_worker_runs_the_validator_patched() -> None:
    found = _child(
        "import io, json, sys\n"
        "sys.stdin = io.TextIOWrapper(io.BytesIO(b''))\n"
        "from generator.load import background, validator_patches\n"
        "background.main()\n"
        "from pathable import accessors\n"
        "print(json.dumps([sorted(m for m in sys.modules if m.startswith('pydantic')),\n"
        "    'openapi_spec_validator' in sys.modules,\n"
        "    accessors.Subscriptable is validator_patches.JsonSubscriptable]))"
    )
    assert found == [[], True, True]


# Every document the tests have: the load stage's, and the features', hostile ones', ...
FIXTURE_FILES = sorted(p for p in FIXTURES.parent.rglob("*") if p.suffix in (".yaml", ".json"))


def test_the_patched_worker_finds_what_this_process_finds(
    worker_verdicts: WorkerVerdicts,
) -> None:
    docs = []
    for path in FIXTURE_FILES:
        try:
            doc = read_document(path)
        except GenerationError:
            continue  # not a document to validate
        if isinstance(doc.data, dict):
            docs.append(doc)
    assert len(docs) >= 50
    for doc, found in zip(docs, worker_verdicts(docs), strict=True):
        assert found == validate(doc), doc.path.name

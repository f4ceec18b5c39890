"""Hostile OpenAPI documents: whatever text the spec holds, the generated package is safe code.

A hypothesis strategy builds small OpenAPI 3.0 documents whose names, prose, enum values, examples
and defaults are hostile strings (quotes, triple quotes, backslashes, newlines, Jinja syntax,
control characters, very long text, non-ASCII, Python keywords, code payloads, ``../`` pieces).
Every string carries a payload that, if it ever ran, would create a marker file. Each document is
generated in-process (``generate_files``), written with ``write_tree``, and then:

* every ``.py`` byte-compiles, and ``ruff check --select E9,F63,F7,F82`` finds nothing;
* importing every module (and constructing the client) in a subprocess creates no marker file;
* every output path is a clean relative path that stays inside the output directory, and the
  formatter's scratch directory leaves nothing behind (nothing is written elsewhere);
* ``pyproject.toml`` is valid TOML.

Hostile text goes everywhere, ``info.title``, ``info.version`` and ``servers[].url`` included;
property names msgspec cannot map (``"``, ``\\``, control characters) are left out of the models
with a warning, and the fixed cases have their own tests at the end.
"""

from __future__ import annotations

import json
import keyword
import os
import subprocess
import sys
import tempfile
import textwrap
import tomllib
import uuid
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.config import Config
from generator.diagnostics import GenerationError
from generator.emit.write import MANIFEST_NAME, check_paths, write_tree
from generator.pipeline import generate_files

REPO = Path(__file__).resolve().parents[2]
HOSTILE_FIXTURES = REPO / "tests" / "fixtures" / "hostile"

#: The marker file a payload would create; unique to this test session.
MARKER_DIR = Path(tempfile.gettempdir())
MARKER = MARKER_DIR / f"PWNED-{uuid.uuid4().hex}"
_OPEN = f"open({str(MARKER)!r}, 'w')"
_SYSTEM = f"__import__('os').system('touch {MARKER}')"

#: Code payloads that try to break out of every kind of Python literal and docstring.
PAYLOADS = [
    f'"""; {_OPEN}; """',
    f"'''; {_OPEN}; '''",
    f'"; {_OPEN}; "',
    f"'; {_OPEN}; '",
    f'\\"""; {_OPEN}; """',
    f"\n{_OPEN}\n",
    f"\n{_SYSTEM}  #",
    f"{{{{ {_OPEN} }}}}",
    f"{{% if {_OPEN} %}}x{{% endif %}}",
    f"${{{_OPEN}}}",
    f"`{_SYSTEM}`",
    f"*/ {_OPEN} /*",
    f"\\N{{{_OPEN}}}",
]

#: Small hostile pieces that are combined with each other and with a payload.
ATOMS = [
    '"',
    "'",
    '"""',
    "'''",
    '""""',
    "\\",
    "\\\\",
    "\\n",
    "\\x00",
    "\\u2028",
    "{{ 7*7 }}",
    "{%",
    "%}",
    "{#",
    "{{",
    "}}",
    "\x00",
    "\x01",
    "\x1b[31m",
    "\x7f",
    "\x85",
    "\u2028",
    "\u2029",
    "\r",
    "\r\n",
    "\n",
    "\t",
    " ",
    "#",
    ":",
    "-",
    "*",
    "é",
    "漢字",
    "🐍",
    "\u202e",  # right-to-left override
    "\ufeff",
    "ǅ",
    "ß",
    "İ",
    "../",
    "../../etc/passwd",
    "/",
    "..",
    ".",
    "~",
    "%2e%2e%2f",
    "C:\\",
    "con",
    "nul.txt",
    "__init__",
    "__import__",
    "self",
    "cls",
    "None",
    "True",
    "typing",
    "models",
    "_runtime",
    "*args",
    "0",
    "1e309",
    "-1",
    *keyword.kwlist,
    *keyword.softkwlist,
    "x" * 300,
    "y" * 5000,
]

atom = st.sampled_from(ATOMS)
payload = st.sampled_from(PAYLOADS)


@st.composite
def hostile_text(draw: st.DrawFn, *, max_atoms: int = 4) -> str:
    """A few hostile atoms and free text around one payload (so every string carries one)."""
    parts = draw(st.lists(st.one_of(atom, st.text(max_size=12)), max_size=max_atoms))
    parts.insert(draw(st.integers(0, len(parts))), draw(payload))
    return "".join(parts)


@st.composite
def hostile_name(draw: st.DrawFn) -> str:
    """A name (schema, property, parameter, operationId, tag): mostly hostile, sometimes bare."""
    return draw(
        st.one_of(
            hostile_text(max_atoms=2),
            st.sampled_from([*ATOMS[:70], *keyword.kwlist]),
            st.text(min_size=1, max_size=20),
        )
    )


def property_name() -> st.SearchStrategy[str]:
    return hostile_name()


def hostile_value(draw: st.DrawFn) -> Any:
    return draw(
        st.one_of(
            hostile_text(),
            st.lists(hostile_text(max_atoms=1), max_size=2),
            st.dictionaries(hostile_name(), hostile_text(max_atoms=1), max_size=2),
        )
    )


@st.composite
def hostile_schema(draw: st.DrawFn, refs: list[str]) -> dict[str, Any]:
    kind = draw(st.sampled_from(["string", "enum", "object", "array", "integer", "ref"]))
    schema: dict[str, Any]
    if kind == "ref" and refs:
        return {"$ref": "#/components/schemas/" + _pointer_token(draw(st.sampled_from(refs)))}
    if kind == "enum":
        values = draw(st.lists(hostile_text(max_atoms=2), min_size=1, max_size=4, unique=True))
        schema = {"type": "string", "enum": values}
        if draw(st.booleans()):
            schema["default"] = draw(st.sampled_from(values))
    elif kind == "object":
        props: dict[str, Any] = draw(
            st.dictionaries(property_name(), st.just({"type": "string"}), max_size=3)
        )
        schema = {"type": "object", "properties": props}
        with_required = draw(st.booleans())
        if props and with_required:
            schema["required"] = sorted(props)[:1]
    elif kind == "array":
        schema = {"type": "array", "items": {"type": "string", "description": draw(hostile_text())}}
    elif kind == "integer":
        schema = {"type": "integer"}
    else:
        schema = {"type": "string"}
        if draw(st.booleans()):
            schema["default"] = draw(hostile_text())
    if draw(st.booleans()):
        schema["description"] = draw(hostile_text())
    if draw(st.booleans()):
        schema["title"] = draw(hostile_text(max_atoms=2))
    if draw(st.booleans()):
        schema["example"] = hostile_value(draw)
    return schema


def _pointer_token(name: str) -> str:
    return name.replace("~", "~0").replace("/", "~1")


@st.composite
def hostile_document(draw: st.DrawFn) -> dict[str, Any]:
    schema_names = draw(st.lists(hostile_name(), min_size=1, max_size=3, unique=True))
    schemas: dict[str, Any] = {}
    for i, name in enumerate(schema_names):
        props = draw(
            st.dictionaries(
                property_name(), hostile_schema(schema_names[:i]), min_size=1, max_size=4
            )
        )
        schemas[name] = {
            "type": "object",
            "description": draw(hostile_text()),
            "properties": props,
            "required": sorted(props)[: draw(st.integers(0, len(props)))],
        }
    paths: dict[str, Any] = {}
    for i in range(draw(st.integers(1, 3))):
        segment = draw(hostile_name())
        path_param = draw(hostile_name())
        path = f"/r{i}/{segment.replace('{', '(').replace('}', ')')}/{{{path_param.replace('{', '(').replace('}', ')')}}}"
        params: list[dict[str, Any]] = [
            {
                "name": path_param.replace("{", "(").replace("}", ")"),
                "in": "path",
                "required": True,
                "description": draw(hostile_text()),
                "schema": {"type": "string"},
            }
        ]
        for where in draw(st.lists(st.sampled_from(["query", "header", "cookie"]), max_size=3)):
            params.append(
                {
                    "name": draw(hostile_name()),
                    "in": where,
                    "description": draw(hostile_text()),
                    "schema": draw(hostile_schema(schema_names)),
                    "example": hostile_value(draw),
                }
            )
        operation: dict[str, Any] = {
            "operationId": draw(hostile_name()),
            "summary": draw(hostile_text()),
            "description": draw(hostile_text()),
            "tags": [draw(hostile_name())],
            "parameters": params,
            "responses": {
                "200": {
                    "description": draw(hostile_text()),
                    "content": {
                        "application/json": {
                            "schema": {
                                "$ref": "#/components/schemas/"
                                + _pointer_token(draw(st.sampled_from(schema_names)))
                            },
                            "example": hostile_value(draw),
                        }
                    },
                },
                "default": {"description": draw(hostile_text())},
            },
        }
        method = draw(st.sampled_from(["get", "post", "put", "delete", "patch"]))
        if method in ("post", "put", "patch") and draw(st.booleans()):
            operation["requestBody"] = {
                "description": draw(hostile_text()),
                "content": {"application/json": {"schema": draw(hostile_schema(schema_names))}},
            }
        paths[path] = {method: operation}
    document: dict[str, Any] = {
        "openapi": "3.0.3",
        "info": {
            "title": draw(hostile_text(max_atoms=2)),
            "version": draw(hostile_text(max_atoms=1)),
            "description": draw(hostile_text()),
        },
        "servers": [{"url": "https://example.com/" + draw(hostile_text(max_atoms=1))}],
        "tags": [{"name": draw(hostile_name()), "description": draw(hostile_text())}],
        "paths": paths,
        "components": {"schemas": schemas},
    }
    if draw(st.booleans()):
        scheme = draw(hostile_name())
        document["components"]["securitySchemes"] = {
            scheme: {
                "type": "apiKey",
                "in": draw(st.sampled_from(["header", "query", "cookie"])),
                "name": draw(hostile_name()),
                "description": draw(hostile_text()),
            }
        }
        document["security"] = [{scheme: []}]
    return document


# --------------------------------------------------------------------------- checks


IMPORT_ALL = textwrap.dedent(
    """
    import importlib, inspect, pkgutil, sys

    out = sys.argv[1]
    sys.path.insert(0, out)
    names = [m.name for m in pkgutil.iter_modules([out]) if m.ispkg]
    assert names, "no package"
    for name in names:
        package = importlib.import_module(name)
        for info in pkgutil.walk_packages(package.__path__, name + "."):
            importlib.import_module(info.name)
        client = importlib.import_module(name + "._client")
        standard = {"base_url", "timeout", "max_retries", "default_headers", "http_client"}
        for value in list(vars(client).values()):
            if inspect.isclass(value) and value.__module__ == client.__name__:
                params = inspect.signature(value).parameters
                value(**{p: "x" for p in params if p not in standard})
    print("imported", names)
    """
)


def _python_files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*.py") if "__pycache__" not in p.parts)


def check_generated_tree(files: dict[str, bytes], out: Path) -> None:
    """Every property the generated tree must have, whatever the document said."""
    # first what matters most: importing it (and creating a client) runs nothing from the spec
    MARKER.unlink(missing_ok=True)
    run = subprocess.run(
        [sys.executable, "-I", "-c", IMPORT_ALL, str(out)],
        capture_output=True,
        check=False,
        text=True,
        timeout=60,
        cwd=out,
    )
    assert not MARKER.exists(), "a payload from the spec ran on import or client creation"
    assert check_paths(files) == [], "unsafe output paths"
    for rel in files:
        assert not Path(rel).is_absolute() and ".." not in Path(rel).parts, rel
        assert (out / rel).resolve().is_relative_to(out.resolve()), rel
    written = {
        p.relative_to(out).as_posix()
        for p in out.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }
    assert written == set(files) | {MANIFEST_NAME}
    for path in _python_files(out):
        compile(path.read_bytes(), str(path), "exec", dont_inherit=True)
    ruff = subprocess.run(
        [
            sys.executable,
            "-m",
            "ruff",
            "check",
            "--isolated",
            "--no-cache",
            "--select",
            "E9,F63,F7,F82",
            str(out),
        ],
        capture_output=True,
        check=False,
        text=True,
        timeout=60,
    )
    assert ruff.returncode == 0, ruff.stdout + ruff.stderr
    pyproject = out / "pyproject.toml"
    if pyproject.exists():
        tomllib.loads(pyproject.read_text(encoding="utf-8"))
    assert run.returncode == 0, run.stderr[-3000:]


@pytest.fixture(autouse=True)
def _no_marker() -> Any:
    MARKER.unlink(missing_ok=True)
    yield
    MARKER.unlink(missing_ok=True)


# --------------------------------------------------------------------------- the property


@pytest.mark.slow
@settings(
    max_examples=int(os.environ.get("SDKGEN_HOSTILE_EXAMPLES", "25")),
    deadline=None,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.large_base_example,
        HealthCheck.function_scoped_fixture,
    ],
    print_blob=True,
)
@given(document=hostile_document())
def test_hostile_strings_never_become_code(
    document: dict[str, Any], tmp_path_factory: pytest.TempPathFactory
) -> None:
    work = tmp_path_factory.mktemp("hostile")
    spec = work / "openapi.json"
    spec.write_text(json.dumps(document), encoding="utf-8")
    # the formatter's scratch directory goes below `scratch`: a file written outside it (a
    # path escaping with ../) shows up as something left in `jail`
    jail = work / "jail"
    scratch = jail / "a" / "b" / "c" / "tmp"
    scratch.mkdir(parents=True)
    old_tempdir = tempfile.tempdir
    tempfile.tempdir = str(scratch)
    try:
        try:
            generated = generate_files(spec, Config(), display_name="x")
        except GenerationError as exc:  # refusing a document is fine: but only with a diagnosis
            assert exc.diagnostics
            assert not any("bug in sdkgen" in d.message for d in exc.diagnostics), exc
            return
    finally:
        tempfile.tempdir = old_tempdir
    left = sorted(p.relative_to(jail).as_posix() for p in jail.rglob("*"))
    assert left == ["a", "a/b", "a/b/c", "a/b/c/tmp"], f"written outside the scratch dir: {left}"
    out = work / "out"
    write_tree(generated.files, out)
    check_generated_tree(generated.files, out)


# --------------------------------------------------------------------------- known holes, by hand


def _generate_fixture(name: str, tmp_path: Path) -> tuple[subprocess.CompletedProcess[str], Path]:
    """Generate a tests/fixtures/hostile document (its @MARKER@ made this session's marker) with
    the command line, as a user would."""
    spec = tmp_path / name
    spec.write_text(
        (HOSTILE_FIXTURES / name).read_text(encoding="utf-8").replace("@MARKER@", str(MARKER)),
        encoding="utf-8",
    )
    out = tmp_path / "out"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "generator",
            "generate",
            str(spec),
            "--output",
            str(out),
            "--package-name",
            "pets",
        ],
        capture_output=True,
        check=False,
        text=True,
        timeout=120,
    )
    assert "Traceback" not in result.stderr, result.stderr
    return result, out


def _on_disk(out: Path) -> dict[str, bytes]:
    return {
        p.relative_to(out).as_posix(): p.read_bytes()
        for p in out.rglob("*")
        if p.is_file() and p.name != MANIFEST_NAME and "__pycache__" not in p.parts
    }


def _safe_or_refused(name: str, tmp_path: Path, pointer: str) -> None:
    """Either the document generates a safe, importable package, or it is refused (exit 2) with
    a diagnostic naming where the problem is."""
    result, out = _generate_fixture(name, tmp_path)
    if result.returncode == 2:
        assert pointer in result.stderr and "bug in sdkgen" not in result.stderr, result.stderr
        assert not out.exists()
        return
    assert result.returncode == 0, result.stderr
    check_generated_tree(_on_disk(out), out)


def test_title_cannot_inject_code(tmp_path: Path) -> None:
    _safe_or_refused("title-injection.yaml", tmp_path, "#/info/title")


def test_version_cannot_inject_code(tmp_path: Path) -> None:
    _safe_or_refused("version-injection.yaml", tmp_path, "#/info/version")


@pytest.mark.parametrize("name", ["server-url-injection.yaml", "server-variable-injection.yaml"])
def test_server_url_cannot_inject_code(name: str, tmp_path: Path) -> None:
    _safe_or_refused(name, tmp_path, "#/servers/0")


def test_property_names_msgspec_rejects_are_handled(tmp_path: Path) -> None:
    _safe_or_refused("property-name-quote.yaml", tmp_path, "#/components/schemas/Pet/properties/")


def test_non_bmp_title_gives_valid_pyproject(tmp_path: Path) -> None:
    result, out = _generate_fixture("non-bmp-title.yaml", tmp_path)
    assert result.returncode == 0, result.stderr
    data = tomllib.loads((out / "pyproject.toml").read_text(encoding="utf-8"))
    assert "\U0001f40d" in data["project"]["description"]


def test_windows_device_names_become_usable_modules(tmp_path: Path) -> None:
    result, out = _generate_fixture("windows-device-names.yaml", tmp_path)
    assert result.returncode == 0, result.stderr
    check_generated_tree(_on_disk(out), out)

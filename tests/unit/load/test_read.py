"""Tests for generator.load.read: good documents, and a clear one-line error for every bad input."""

from __future__ import annotations

import hashlib
import json
import time
from pathlib import Path
from typing import Any

import pytest
import yaml  # type: ignore[import-untyped,unused-ignore]
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.diagnostics import GenerationError, Level
from generator.load.read import MAX_DEPTH, LoadedDocument, read_document, read_fragment
from generator.load.yaml_text import MAX_ALIASES

from .conftest import FIXTURES


def read_error(path: Path) -> str:
    """The formatted error read_document raises for ``path`` (asserting it is one line)."""
    with pytest.raises(GenerationError) as caught:
        read_document(path)
    text = str(caught.value)
    assert "\n" not in text
    assert len(caught.value.diagnostics) == 1
    assert caught.value.diagnostics[0].level is Level.ERROR
    assert str(path) in text
    return text


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(content.encode() if isinstance(content, str) else content)
    return path


# --- good documents ---------------------------------------------------------------------------


def test_yaml_document() -> None:
    path = FIXTURES / "petstore.yaml"
    doc = read_document(path)
    assert isinstance(doc, LoadedDocument)
    assert doc.path == path
    assert doc.raw == path.read_bytes()
    assert doc.sha256 == hashlib.sha256(doc.raw).hexdigest()
    assert doc.diagnostics == ()
    assert doc.data["openapi"] == "3.0.3"


def test_yaml_integer_keys_become_strings() -> None:
    responses = read_document(FIXTURES / "petstore.yaml").data["paths"]["/pets/{petId}"]["get"][
        "responses"
    ]
    assert list(responses) == ["200"]


def test_yaml_timestamps_stay_strings() -> None:
    pet = read_document(FIXTURES / "petstore.yaml").data["components"]["schemas"]["Pet"]
    assert pet["properties"]["born"]["example"] == "2024-01-22"


def test_json_document() -> None:
    doc = read_document(FIXTURES / "petstore-3.1.json")
    assert doc.data["openapi"] == "3.1.0"
    assert doc.diagnostics == ()


def test_json_and_yaml_read_alike(tmp_path: Path) -> None:
    data = read_document(FIXTURES / "petstore-3.1.json").data
    as_yaml = write(tmp_path, "spec.yaml", yaml.safe_dump(data))
    assert read_document(as_yaml).data == data


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("spec.txt", '{"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {}}'),
        ("spec", "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n"),
    ],
)
def test_format_sniffed_without_known_extension(tmp_path: Path, name: str, content: str) -> None:
    assert read_document(write(tmp_path, name, content)).data["openapi"] == "3.0.3"


@pytest.mark.parametrize(
    ("bom", "encoding"),
    [(b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")],
)
def test_byte_order_marks(tmp_path: Path, bom: bytes, encoding: str) -> None:
    text = "openapi: 3.0.3\ninfo: {title: café, version: '1'}\npaths: {}\n"
    doc = read_document(write(tmp_path, "spec.yaml", bom + text.encode(encoding)))
    assert doc.data["info"]["title"] == "café"


def test_trailing_comma_json_is_read_as_yaml_with_a_warning() -> None:
    path = FIXTURES / "trailing-comma.json"
    doc = read_document(path)
    assert doc.data["info"] == {"title": "Trailing comma", "version": "1.0"}
    (warning,) = doc.diagnostics
    assert warning.level is Level.WARNING
    assert warning.file == str(path)
    assert "line 6, column 3" in warning.message
    assert "trailing comma" in warning.message
    assert warning.hint is not None and "remove the trailing comma" in warning.hint


def test_a_few_anchors_and_aliases_are_fine() -> None:
    paths = read_document(FIXTURES / "anchors.yaml").data["paths"]
    assert paths["/b"]["get"]["responses"] == {"200": {"description": "ok"}}


def test_duplicate_yaml_keys_warn() -> None:
    doc = read_document(FIXTURES / "duplicate-keys.yaml")
    (warning,) = doc.diagnostics
    assert warning.level is Level.WARNING
    assert "duplicate key 'paths' at line 4" in warning.message


def test_fragment_needs_no_openapi_key(tmp_path: Path) -> None:
    doc = read_fragment(write(tmp_path, "pet.yaml", "type: object\n"))
    assert doc.data == {"type": "object"}


# --- bad input --------------------------------------------------------------------------------


def test_missing_file(tmp_path: Path) -> None:
    assert "file not found" in read_error(tmp_path / "nope.yaml")


def test_directory(tmp_path: Path) -> None:
    assert "is a directory" in read_error(tmp_path)


@pytest.mark.parametrize("content", [b"", b"  \n\n\t\n"])
def test_empty_file(tmp_path: Path, content: bytes) -> None:
    assert "file is empty" in read_error(write(tmp_path, "spec.yaml", content))


def test_only_comments() -> None:
    assert "document is empty" in read_error(FIXTURES / "comments-only.yaml")


def test_empty_fixture() -> None:
    assert "file is empty" in read_error(FIXTURES / "empty.yaml")


def test_binary_garbage(tmp_path: Path) -> None:
    text = read_error(write(tmp_path, "spec.json", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"))
    assert "binary data" in text
    assert "line 3, column 1" in text


def test_undecodable_bytes(tmp_path: Path) -> None:
    text = read_error(write(tmp_path, "spec.yaml", b"openapi: 3.0.3\ntitle: caf\xe9\n"))
    assert "not UTF-8" in text
    assert "0xe9" in text
    assert "line 2, column 11" in text


def test_control_character(tmp_path: Path) -> None:
    text = read_error(write(tmp_path, "spec.yaml", "openapi: 3.0.3\ntitle: a\x07b\n"))
    assert "YAML" in text


def test_json_syntax_error_names_line_and_column() -> None:
    text = read_error(FIXTURES / "bad-syntax.json")
    assert "JSON syntax error at line 3, column 25" in text


def test_yaml_syntax_error_names_line_and_column() -> None:
    text = read_error(FIXTURES / "bad-syntax.yaml")
    assert "YAML syntax error at line 7, column 1" in text
    assert "line 6, column 7" in text  # where the unclosed flow sequence started


def test_non_string_mapping_key() -> None:
    text = read_error(FIXTURES / "complex-key.yaml")
    assert "line 4, column 5" in text
    assert "key must be a string" in text


def test_several_yaml_documents(tmp_path: Path) -> None:
    text = read_error(write(tmp_path, "spec.yaml", "openapi: 3.0.3\n---\nopenapi: 3.1.0\n"))
    assert "line 2" in text


def test_not_a_mapping() -> None:
    assert "top level is a list, not a mapping" in read_error(FIXTURES / "top-level-list.yaml")


@pytest.mark.parametrize(("content", "kind"), [("42", "number"), ('"hello"', "string")])
def test_scalar_documents(tmp_path: Path, content: str, kind: str) -> None:
    assert f"top level is a {kind}" in read_error(write(tmp_path, "spec.json", content))


def test_not_openapi() -> None:
    assert "no 'openapi' key" in read_error(FIXTURES / "not-openapi.yaml")


def test_swagger_2() -> None:
    text = read_error(FIXTURES / "swagger2.json")
    assert "Swagger 2.0" in text
    assert "swagger2openapi" in text


@pytest.mark.parametrize("version", ["3.2.0", "2.0", "3.0", "4.0.0", "3.1.0.1"])
def test_unsupported_versions(tmp_path: Path, version: str) -> None:
    path = write(tmp_path, "spec.yaml", f"openapi: '{version}'\ninfo: {{}}\npaths: {{}}\n")
    text = read_error(path)
    assert f"unsupported OpenAPI version '{version}'" in text
    assert "#/openapi" in text


def test_unsupported_version_fixture() -> None:
    assert "'3.2.0'" in read_error(FIXTURES / "openapi-3.2.yaml")


def test_unquoted_version() -> None:
    text = read_error(FIXTURES / "openapi-unquoted.yaml")
    assert "must be a version string" in text
    assert "quote it" in text


@pytest.mark.parametrize("version", ["3.0.0", "3.0.3", "3.1.0", "3.1.1", "3.1.0-rc1"])
def test_supported_versions(tmp_path: Path, version: str) -> None:
    path = write(tmp_path, "spec.yaml", f"openapi: '{version}'\ninfo: {{}}\npaths: {{}}\n")
    assert read_document(path).data["openapi"] == version


# --- YAML safety and deep nesting -------------------------------------------------------------


def test_billion_laughs_is_refused_quickly() -> None:
    started = time.perf_counter()
    text = read_error(FIXTURES / "alias-bomb.yaml")
    assert time.perf_counter() - started < 5
    assert "alias" in text


def test_too_many_aliases(tmp_path: Path) -> None:
    aliases = ", ".join(["*a"] * (MAX_ALIASES + 1))
    path = write(tmp_path, "spec.yaml", f"openapi: 3.0.3\nx-a: &a 1\nx-b: [{aliases}]\n")
    assert f"more than {MAX_ALIASES} aliases" in read_error(path)


def test_recursive_alias(tmp_path: Path) -> None:
    path = write(tmp_path, "spec.yaml", "openapi: 3.0.3\nx-loop: &a [1, *a]\n")
    assert "recursive alias" in read_error(path)


def nested_json(depth: int) -> str:
    return '{"openapi": "3.0.3", "x": ' + '{"a": ' * depth + "1" + "}" * depth + "}"


@pytest.mark.parametrize("depth", [MAX_DEPTH + 5, 5_000, 100_000])
def test_deep_json(tmp_path: Path, depth: int) -> None:
    text = read_error(write(tmp_path, "spec.json", nested_json(depth)))
    assert "nests deeper than" in text


def test_deep_json_with_yaml_fallback(tmp_path: Path) -> None:
    path = write(tmp_path, "spec.json", nested_json(100_000).replace("1}", "1,}", 1))
    assert "nest" in read_error(path)


def test_deep_yaml(tmp_path: Path) -> None:
    depth = 100_000
    path = write(tmp_path, "spec.yaml", "openapi: 3.0.3\nx: " + "[" * depth + "]" * depth + "\n")
    read_error(path)


def test_deep_yaml_with_the_pure_python_loader(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without libyaml the pure-Python loader recurses: that must still be a clear error."""
    import generator.load.yaml_text as yaml_module

    class PythonLoader(yaml.SafeLoader):  # type: ignore[misc]
        construct_mapping = yaml_module._Loader.construct_mapping
        duplicates: list[tuple[str, int]]

    monkeypatch.setattr(yaml_module, "_Loader", PythonLoader)
    depth = 20_000
    path = write(tmp_path, "spec.yaml", "openapi: 3.0.3\nx: " + "[" * depth + "]" * depth + "\n")
    assert "nests deeper than" in read_error(path)


def test_nesting_just_below_the_limit_is_fine(tmp_path: Path) -> None:
    doc = read_document(write(tmp_path, "spec.json", nested_json(MAX_DEPTH - 2)))
    assert doc.data["openapi"] == "3.0.3"


# --- properties -------------------------------------------------------------------------------

json_values: Any = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=10),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)


@settings(max_examples=60, deadline=None)
@given(extra=st.dictionaries(st.text(max_size=8), json_values, max_size=4))
def test_json_and_yaml_round_trip(
    tmp_path_factory: pytest.TempPathFactory, extra: dict[str, Any]
) -> None:
    data = {**extra, "openapi": "3.1.0"}
    folder = tmp_path_factory.mktemp("roundtrip")
    as_json = folder / "spec.json"
    as_json.write_text(json.dumps(data))
    as_yaml = folder / "spec.yaml"
    as_yaml.write_text(yaml.safe_dump(data))  # (allow_unicode=True mangles U+0085 keys)
    assert read_document(as_json).data == data
    assert read_document(as_yaml).data == data


@pytest.mark.parametrize(
    ("refs", "expected"),
    [
        ([], False),
        (["#/components/schemas/A"], False),
        (["#/components/schemas/A", "common.yaml#/A"], True),
        (["file:///tmp/x.yaml"], True),
    ],
)
def test_refers_to_other_files(tmp_path: Path, refs: list[str], expected: bool) -> None:
    schemas = {f"S{i}": {"items": [{"deeper": {"$ref": ref}}]} for i, ref in enumerate(refs)}
    document = {"openapi": "3.0.3", "info": {}, "paths": {}, "components": {"schemas": schemas}}
    path = write(tmp_path, "spec.json", json.dumps(document))
    assert read_document(path).refers_to_other_files is expected

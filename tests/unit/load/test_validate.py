"""Tests for generator.load.validate: every defect a located warning, never an exception; cache."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import generator.load.validate as validate_module
from generator.diagnostics import Diagnostic, Level
from generator.load.read import read_document
from generator.load.validate import MAX_MESSAGE, validate
from generator.load.verdict_cache import cache_dir

from .conftest import FIXTURES

RESOLVE_FIXTURES = FIXTURES.parent / "resolve"


def write(tmp_path: Path, name: str, content: str) -> Path:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(content)
    return path


def findings(path: Path) -> list[tuple[str, str]]:
    found = validate(read_document(path))
    for diagnostic in found:
        assert diagnostic.level is Level.WARNING
        assert diagnostic.file == str(path)
        assert "\n" not in diagnostic.message
        assert len(diagnostic.message) <= MAX_MESSAGE
    return [(d.pointer, d.message) for d in found]


@pytest.mark.parametrize(
    "path", [FIXTURES / "petstore.yaml", FIXTURES / "petstore-3.1.json", FIXTURES / "anchors.yaml"]
)
def test_valid_documents_have_no_findings(path: Path) -> None:
    assert findings(path) == []


def test_every_defect_is_reported_with_its_pointer() -> None:
    found = findings(FIXTURES / "defects.yaml")
    toys = "/paths/~1pets~1{petId}~1toys~1{toyId}"
    expected = [
        ("/components/schemas/Pet/properties/name/default", "7 is not of type 'string'"),
        ("/components/schemas/Pet/properties/tag/example:", "unexpected key 'example:'"),
        ("/paths/~1pets/post/parameters/0", "'in' is a required property"),
        ("/paths/~1pets/post/parameters/0", "'name' is a required property"),
        (f"{toys}/delete/operationId", "operationId 'getToy' is not unique"),
        (f"{toys}/delete/parameters/2", "path parameter 'color' is not in the path template"),
        (f"{toys}/get", "path parameter 'toyId' of '/pets/{petId}/toys/{toyId}' is not declared"),
        ("/vendorNotes", "unexpected key 'vendorNotes'"),
    ]
    for pointer, message in expected:
        assert any(p == pointer and message in m for p, m in found), (pointer, message, found)
    # a check that crashed on the nameless parameter is explained by the defects above
    assert not any("stopped early" in m for _, m in found)


def test_extension_hint() -> None:
    found = validate(read_document(FIXTURES / "defects.yaml"))
    (notes,) = [d for d in found if d.pointer == "/vendorNotes"]
    assert notes.hint is not None and "x-" in notes.hint


def test_defect_behind_a_local_ref_is_reported_where_it_is(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "spec.yaml",
        """
openapi: 3.0.3
info: {title: t, version: "1"}
paths:
  /a:
    get:
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/A'}
components:
  schemas:
    A: {type: object, required: [ghost], allOf: [{type: object}]}
""",
    )
    assert ("/components/schemas/A", "Required list has not defined properties: ['ghost']") in (
        findings(path)
    )


def test_openapi_3_1(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "spec.yaml",
        """
openapi: 3.1.0
info: {title: t, version: "1"}
webhooks: 5
components:
  schemas:
    A: {type: object, properties: {tags: {type: array, items: 5}}}
""",
    )
    found = findings(path)
    assert ("/webhooks", "5 is not of type 'object'") in found
    assert (
        "/components/schemas/A/properties/tags/items",
        "5 is not of type 'object', 'boolean'",
    ) in (found)


def test_long_instances_are_shortened(tmp_path: Path) -> None:
    huge = json.dumps({f"key{i}": "x" * 50 for i in range(200)})
    path = write(
        tmp_path,
        "spec.yaml",
        f"openapi: 3.0.3\ninfo: {{title: t, version: '1'}}\npaths: [{huge}]\n",
    )
    ((pointer, message),) = findings(path)
    assert pointer == "/paths"
    assert "..." in message


def test_never_raises_on_nonsense(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "spec.yaml",
        """
openapi: 3.0.3
info: 5
paths:
  /a/{id}:
    parameters: 7
    get: {parameters: [{}, 3, {$ref: '#/nowhere'}], responses: []}
  /b: {get: 5}
components: {schemas: {A: 5, B: {properties: 3}}, parameters: []}
tags: [{}, {name: 1}]
""",
    )
    assert findings(path)


def test_url_refs_are_not_fetched(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "spec.yaml",
        """
openapi: 3.0.3
info: {title: t, version: "1"}
paths:
  /a:
    get:
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: 'http://127.0.0.1:9/pet.yaml'}
""",
    )
    ((pointer, message),) = findings(path)
    assert pointer.endswith("/schema")
    assert "'http://127.0.0.1:9/pet.yaml' not checked" in message


def test_multi_file_document_is_checked_through_its_files() -> None:
    assert findings(RESOLVE_FIXTURES / "multi" / "openapi.yaml") == []


def test_missing_referenced_file(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "spec.yaml",
        """
openapi: 3.0.3
info: {title: t, version: "1"}
paths:
  /a:
    get:
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: 'missing.yaml#/Pet'}
""",
    )
    ((_, message),) = findings(path)
    assert "'missing.yaml#/Pet' not checked: file not found" in message


# --- cache ------------------------------------------------------------------------------------


def test_verdict_is_cached_by_sha256(cache_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    doc = read_document(FIXTURES / "defects.yaml")
    first = validate(doc)
    entry = cache_dir / "validate" / f"{doc.sha256}.json"
    assert entry.is_file()

    def explode(doc: object) -> list[Diagnostic]:
        raise AssertionError("the cache was not used")

    monkeypatch.setattr(validate_module, "_schema_pass", explode)
    monkeypatch.setattr(validate_module, "_keyword_pass", explode)
    assert validate(doc) == first


def test_cached_verdict_names_the_file_read_now(tmp_path: Path) -> None:
    content = (FIXTURES / "defects.yaml").read_text()
    one, two = (write(tmp_path, "one.yaml", content), write(tmp_path, "two.yaml", content))
    validate(read_document(one))
    assert {d.file for d in validate(read_document(two))} == {str(two)}


@pytest.mark.parametrize(
    "garbage", ["", "{not json", "[]", '{"stamp": 1}', '{"stamp": {}, "diagnostics": 5}']
)
def test_corrupt_cache_entry_is_ignored(cache_dir: Path, garbage: str) -> None:
    doc = read_document(FIXTURES / "defects.yaml")
    expected = validate(doc)
    entry = cache_dir / "validate" / f"{doc.sha256}.json"
    entry.write_text(garbage)
    assert validate(doc) == expected
    assert json.loads(entry.read_text())["diagnostics"]  # rewritten


def test_unwritable_cache_is_no_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = write(tmp_path, "blocker", "a file where the cache folder should be")
    monkeypatch.setenv("SDKGEN_CACHE_DIR", str(blocker))
    assert validate(read_document(FIXTURES / "defects.yaml"))


def test_multi_file_documents_are_not_cached(cache_dir: Path) -> None:
    validate(read_document(RESOLVE_FIXTURES / "multi" / "openapi.yaml"))
    assert not (cache_dir / "validate").exists()


def test_cache_dir_precedence(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("SDKGEN_CACHE_DIR", str(tmp_path / "a"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "b"))
    monkeypatch.setenv("HOME", str(tmp_path / "c"))
    assert cache_dir() == tmp_path / "a"
    monkeypatch.delenv("SDKGEN_CACHE_DIR")
    assert cache_dir() == tmp_path / "b" / "sdkgen"
    monkeypatch.delenv("XDG_CACHE_HOME")
    assert cache_dir() == tmp_path / "c" / ".cache" / "sdkgen"


def test_dangling_local_ref(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "spec.yaml",
        """
openapi: 3.0.3
info: {title: t, version: "1"}
paths:
  /a:
    get:
      parameters: [{$ref: '#/components/parameters/Nope'}]
      responses: {"200": {description: ok}}
""",
    )
    ((pointer, message),) = findings(path)
    assert pointer == "/paths/~1a/get/parameters/0/$ref"
    assert "$ref target not found: #/components/parameters/Nope" in message


def test_the_cache_stamp_names_the_installed_validators_versions() -> None:
    from importlib import metadata

    from generator.load import verdict_cache

    stamp = verdict_cache._stamp()
    assert stamp["validator"] == metadata.version("openapi-spec-validator")
    assert stamp["jsonschema-rs"] == metadata.version("jsonschema-rs")


# --- the quick schema check (jsonschema-rs) -----------------------------------------------------

QUICK_CASES = [
    FIXTURES / "petstore.yaml",
    FIXTURES / "petstore-3.1.json",
    FIXTURES / "anchors.yaml",
    FIXTURES / "defects.yaml",
]


def _python_walk_finds_nothing(path: Path) -> bool:
    doc = read_document(path)
    schema = validate_module._schema_validator(validate_module._version(doc))
    return not any(True for _ in schema.iter_errors(doc.data))


@pytest.mark.parametrize("path", QUICK_CASES, ids=lambda p: p.name)
def test_the_quick_check_agrees_with_the_python_walk(path: Path) -> None:
    doc = read_document(path)
    assert validate_module._quickly_valid(doc) == _python_walk_finds_nothing(path)


def test_a_quick_check_that_fails_leaves_it_to_the_python_walk(
    cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    class Broken:
        def is_valid(self, instance: object) -> bool:
            raise ValueError("cannot convert this value")

    doc = read_document(FIXTURES / "defects.yaml")
    expected = validate(doc)
    (cache_dir / "validate" / f"{doc.sha256}.json").unlink()
    monkeypatch.setattr(validate_module, "_fast_validator", lambda version: Broken())
    assert validate(doc) == expected
    assert any("unexpected key" in d.message for d in expected)  # found by the Python walk


def test_the_quick_check_leaves_strings_its_regexes_read_differently_to_python(
    tmp_path: Path,
) -> None:
    # Python's `$` matches before a final newline, jsonschema-rs's does not: under
    # components/schemas (patternProperties ^[a-zA-Z0-9.-_]+$) Python checks the schema named
    # "Foo\n" and finds its typo, jsonschema-rs skips it.
    doc = read_document(FIXTURES / "regex-dialect.yaml")
    assert not validate_module._quickly_valid(doc)
    assert any("nullabel" in m for _, m in findings(FIXTURES / "regex-dialect.yaml"))
    for text in ("caf\u00e9", "tab\there", "2\u0660\u0660"):
        assert not validate_module._plain_for_regexes({"paths": {text: {}}})
        assert not validate_module._plain_for_regexes({"openapi": text})
    assert validate_module._plain_for_regexes({"info": {"description": "caf\u00e9\n"}})


def test_a_quick_check_that_cannot_be_built_leaves_it_to_the_python_walks(
    cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import jsonschema_rs

    doc = read_document(FIXTURES / "defects.yaml")
    expected = validate(doc)
    (cache_dir / "validate" / f"{doc.sha256}.json").unlink()

    def cannot_build(*args: object, **kwargs: object) -> None:
        raise ValueError("unsupported keyword")

    built = (validate_module._fast_validator, validate_module._fast_meta_validator)
    for cached in built:
        cached.cache_clear()
    monkeypatch.setattr(jsonschema_rs, "validator_for", cannot_build)
    try:
        assert validate(doc) == expected
        assert not any("stopped early" in d.message for d in expected)
    finally:
        monkeypatch.undo()
        for cached in built:
            cached.cache_clear()  # the next test builds the real ones


def test_the_quick_check_asserts_no_formats(tmp_path: Path) -> None:
    # The Python walk asserts no `format` either: a bad URL in `servers` is no schema defect.
    spec = write(
        tmp_path,
        "spec.yaml",
        "openapi: 3.0.3\ninfo: {title: t, version: '1', contact: {email: 'not an email'}}\n"
        "servers: [{url: 'not a url at all'}]\npaths: {}\n",
    )
    assert validate_module._quickly_valid(read_document(spec))
    assert _python_walk_finds_nothing(spec)


# --- the quick meta-schema check of each schema (jsonschema-rs) ----------------------------------

META = FIXTURES / "schema-meta.yaml"


def test_schemas_that_break_the_meta_schema_are_still_reported() -> None:
    found = findings(META)
    year = "/paths/~1a/get/responses/200/content/application~1json/schema/properties/year/pattern"
    # a pattern jsonschema-rs accepts (ECMA-262) but Python's re does not: the Python check decides
    assert (year, "'(?<year>\\\\d+)' is not a 'regex'") in found
    assert any(p == "/components/schemas/Bad/type" and "'strin'" in m for p, m in found)
    assert not any(p.startswith("/components/schemas/Good") for p, _ in found)


@pytest.mark.parametrize("path", [*QUICK_CASES, META], ids=lambda p: p.name)
@pytest.mark.parametrize("quick_check", ["_fast_validator", "_fast_meta_validator", "both"])
def test_the_verdict_is_the_same_without_a_quick_check(
    path: Path, quick_check: str, cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    doc = read_document(path)
    quick = validate(doc)
    (cache_dir / "validate" / f"{doc.sha256}.json").unlink()
    for name in ("_fast_validator", "_fast_meta_validator"):
        if quick_check in (name, "both"):
            monkeypatch.setattr(validate_module, name, lambda *version: None)
    assert validate(doc) == quick


def test_the_quick_meta_check_vouches_only_for_what_the_python_check_accepts() -> None:
    assert validate_module._meta_quickly_valid({"type": "string", "pattern": "^[a-z]+$"})
    assert not validate_module._meta_quickly_valid({"type": "strin"})
    assert not validate_module._meta_quickly_valid({"pattern": "(?<year>\\d+)"})
    nested = {"properties": {"a": {"items": {"pattern": "("}}}}
    assert not validate_module._meta_quickly_valid(nested)  # found at any depth


@pytest.mark.parametrize("version", ["3.0", "3.1"])
def test_the_openapi_schema_is_the_one_the_validator_reads(version: str) -> None:
    from openapi_spec_validator.schemas import schema_v30, schema_v31

    own = dict(schema_v31 if version == "3.1" else schema_v30)
    assert validate_module._schema_content(version) == own


def test_the_openapi_schema_comes_from_the_validator_when_its_file_moved(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import openapi_spec_validator
    from openapi_spec_validator.schemas import schema_v30

    validate_module._schema_content.cache_clear()
    monkeypatch.setattr(openapi_spec_validator, "__file__", str(tmp_path / "__init__.py"))
    try:
        assert validate_module._schema_content("3.0") == dict(schema_v30)
    finally:
        monkeypatch.undo()
        validate_module._schema_content.cache_clear()

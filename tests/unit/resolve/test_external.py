"""Tests for generator.resolve.external: multi-file specs inlined, main-document refs kept."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from generator.diagnostics import GenerationError, Level
from generator.load.read import read_document
from generator.load.validate import validate
from generator.resolve.external import resolve_external
from generator.resolve.pointer import iter_refs

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "resolve"
MULTI = FIXTURES / "multi" / "openapi.yaml"
BROKEN = FIXTURES / "broken"
PETSTORE = FIXTURES.parent / "load" / "petstore.yaml"
HEAD = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n"

ADDRESS = {
    "type": "object",
    "properties": {"street": {"type": "string"}, "city": {"type": "string"}},
}
OWNER = {"type": "object", "properties": {"name": {"type": "string"}, "address": ADDRESS}}
PET = {
    "type": "object",
    "required": ["id", "name"],
    "properties": {
        "id": {"type": "integer"},
        "name": {"type": "string"},
        "tag": {"type": "string", "description": "A free-form tag", "example": "good-boy"},
        "owner": OWNER,
    },
}


def resolved() -> dict[str, Any]:
    return resolve_external(read_document(MULTI))


def resolve_error(path: Path) -> GenerationError:
    with pytest.raises(GenerationError) as caught:
        resolve_external(read_document(path))
    assert "\n" not in str(caught.value)
    assert caught.value.diagnostics[0].level is Level.ERROR
    return caught.value


def write(tmp_path: Path, name: str, content: str) -> Path:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(content)
    return path


# --- no external refs -------------------------------------------------------------------------


def test_single_file_document_is_returned_as_is() -> None:
    doc = read_document(PETSTORE)
    assert not doc.refers_to_other_files
    assert resolve_external(doc) is doc.data


def test_fast_path_imports_neither_prance_nor_the_validator() -> None:
    code = (
        "import sys; from pathlib import Path;"
        "from generator.load.read import read_document;"
        "from generator.resolve.external import resolve_external;"
        "import generator.load.validate;"
        f"resolve_external(read_document(Path({str(PETSTORE)!r})));"
        "print('prance' in sys.modules, 'openapi_spec_validator' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.split() == ["False", "False"]


# --- multi-file specs -------------------------------------------------------------------------


def test_external_refs_are_inlined() -> None:
    data = resolved()
    pets = data["paths"]["/pets"]["get"]["responses"]["200"]["content"]["application/json"]
    assert pets["schema"] == {"type": "array", "items": PET}


def test_local_refs_inside_an_external_file_follow_that_file() -> None:
    """common.yaml's Owner refs '#/components/schemas/Address' of common.yaml, not the main one."""
    assert resolved()["components"]["schemas"]["Owner"] == OWNER


def test_main_document_refs_stay_refs() -> None:
    data = resolved()
    assert data["paths"]["/pets"]["get"]["responses"]["default"] == {
        "$ref": "#/components/responses/Error"
    }
    error = data["components"]["responses"]["Error"]["content"]["application/json"]["schema"]
    assert error == {"$ref": "#/components/schemas/Error"}


def test_ref_from_another_file_back_into_the_main_document_becomes_local() -> None:
    responses = resolved()["paths"]["/pets/{petId}"]["get"]["responses"]
    assert responses["404"] == {"$ref": "#/components/responses/Error"}


def test_path_item_ref_with_escaped_and_percent_encoded_pointer() -> None:
    get = resolved()["paths"]["/pets/{petId}"]["get"]
    assert get["operationId"] == "getPet"
    assert get["responses"]["200"]["content"]["application/json"]["schema"] == PET


def test_only_local_refs_remain() -> None:
    refs = [node["$ref"] for _, node in iter_refs(resolved())]
    assert refs
    assert all(ref.startswith("#/") for ref in refs)


def test_input_is_not_changed() -> None:
    doc = read_document(MULTI)
    before = copy.deepcopy(doc.data)
    resolve_external(doc)
    assert doc.data == before


def test_inlined_copies_share_no_objects() -> None:
    data = resolved()
    one = data["paths"]["/pets"]["get"]["responses"]["200"]["content"]["application/json"]
    two = data["paths"]["/pets/{petId}"]["get"]["responses"]["200"]["content"]["application/json"]
    assert one["schema"]["items"] == two["schema"]
    assert one["schema"]["items"] is not two["schema"]
    assert one["schema"]["items"]["properties"] is not two["schema"]["properties"]


def test_result_is_a_valid_single_document(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SDKGEN_CACHE_DIR", str(tmp_path / "cache"))
    bundled = write(tmp_path, "bundled.json", json.dumps(resolved()))
    assert validate(read_document(bundled)) == ()


def test_file_uri_and_percent_encoded_paths(tmp_path: Path) -> None:
    tag = FIXTURES / "multi" / "schemas" / "tag.yaml"
    write(
        tmp_path,
        "my schemas/pet one.yaml",
        "type: object\nproperties: {tag: {$ref: '../tag.yaml'}}\n",
    )
    write(tmp_path, "tag.yaml", tag.read_text())
    main = write(
        tmp_path,
        "openapi.yaml",
        f"""
openapi: 3.0.3
info: {{title: t, version: "1"}}
paths: {{}}
components:
  schemas:
    Absolute: {{$ref: '{tag.as_uri()}'}}
    Encoded: {{$ref: 'my%20schemas/pet%20one.yaml'}}
    Spaces: {{$ref: './my schemas/pet one.yaml#'}}
    FileEncoded: {{$ref: '{(tmp_path / "my schemas" / "pet one.yaml").as_uri()}'}}
""",
    )
    schemas = resolve_external(read_document(main))["components"]["schemas"]
    expected_tag = {"type": "string", "description": "A free-form tag", "example": "good-boy"}
    assert schemas["Absolute"] == expected_tag
    pet = {"type": "object", "properties": {"tag": expected_tag}}
    assert schemas["Encoded"] == schemas["Spaces"] == schemas["FileEncoded"] == pet


def test_external_json_with_trailing_comma_and_int_keys(tmp_path: Path) -> None:
    write(tmp_path, "responses.json", '{"Ok": {"description": "ok",},}')
    write(tmp_path, "codes.yaml", "200: {$ref: 'responses.json#/Ok'}\n")
    main = write(
        tmp_path,
        "openapi.yaml",
        """
openapi: 3.0.3
info: {title: t, version: "1"}
paths:
  /a: {get: {responses: {$ref: 'codes.yaml'}}}
""",
    )
    responses = resolve_external(read_document(main))["paths"]["/a"]["get"]["responses"]
    assert responses == {"200": {"description": "ok"}}


# --- errors -----------------------------------------------------------------------------------


def test_missing_file() -> None:
    error = resolve_error(BROKEN / "missing-file.yaml")
    (diagnostic,) = error.diagnostics
    assert diagnostic.file == str(BROKEN / "missing-file.yaml")
    assert diagnostic.pointer == "/components/schemas/Pet/$ref"
    assert "file not found" in diagnostic.message
    assert str(BROKEN / "schemas" / "nowhere.yaml") in diagnostic.message


def test_missing_target_in_existing_file() -> None:
    (diagnostic,) = resolve_error(BROKEN / "missing-target.yaml").diagnostics
    assert diagnostic.file == str(BROKEN / "missing-target.yaml")
    assert diagnostic.pointer == "/components/schemas/Pet/$ref"
    assert f"{BROKEN / 'parts.yaml'}#/components/schemas/Nope" in diagnostic.message


def test_missing_file_referenced_from_a_referenced_file() -> None:
    (diagnostic,) = resolve_error(BROKEN / "nested-missing.yaml").diagnostics
    assert diagnostic.file == str(BROKEN / "parts.yaml")
    assert diagnostic.pointer == "/components/schemas/Dog/$ref"
    assert str(BROKEN / "gone.yaml") in diagnostic.message


def test_missing_local_target_inside_a_referenced_file() -> None:
    (diagnostic,) = resolve_error(BROKEN / "nested-missing-local.yaml").diagnostics
    assert diagnostic.file == str(BROKEN / "parts.yaml")
    assert diagnostic.pointer == "/components/schemas/Cat/$ref"
    assert "#/components/schemas/Missing" in diagnostic.message


def test_url_refs_are_refused() -> None:
    (diagnostic,) = resolve_error(BROKEN / "http-ref.yaml").diagnostics
    assert diagnostic.pointer == "/components/schemas/Pet/$ref"
    assert "https://example.com/schemas/pet.yaml" in diagnostic.message
    assert diagnostic.hint is not None and "network" in diagnostic.hint


@pytest.mark.parametrize(
    "ref", ["urn:example:pet", "ftp://example.com/pet.yaml", "//host/pet.yaml"]
)
def test_other_schemes_are_refused(tmp_path: Path, ref: str) -> None:
    main = write(
        tmp_path,
        "openapi.yaml",
        HEAD + f"x-pet: {{$ref: '{ref}'}}\n",
    )
    (diagnostic,) = resolve_error(main).diagnostics
    assert diagnostic.pointer == "/x-pet/$ref"


def test_fragment_that_is_not_a_pointer(tmp_path: Path) -> None:
    write(tmp_path, "pet.yaml", "type: object\n")
    main = write(
        tmp_path,
        "openapi.yaml",
        HEAD + "x-pet: {$ref: 'pet.yaml#Pet'}\n",
    )
    assert "not a JSON pointer" in str(resolve_error(main))


def test_cycle_through_another_file() -> None:
    (diagnostic,) = resolve_error(BROKEN / "cycle.yaml").diagnostics
    assert diagnostic.file == str(BROKEN / "cycle.yaml")
    assert "circular $ref" in diagnostic.message
    assert "parts.yaml#/components/schemas/Node" in diagnostic.message


def test_unreadable_referenced_file_names_itself_with_line_and_column() -> None:
    (diagnostic,) = resolve_error(BROKEN / "bad-external.yaml").diagnostics
    assert diagnostic.file == str(BROKEN / "bad-syntax.json")
    assert "line 1, column 27" in diagnostic.message


def test_ref_bomb_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each level refs the next ten times: inlined, that is 10**4 copies of the last file."""
    import generator.resolve.external as external_module

    monkeypatch.setattr(external_module, "MAX_INLINED_NODES", 5_000)
    for level in range(4):
        refs = ", ".join(f"{{$ref: 'level{level + 1}.yaml'}}" for _ in range(10))
        write(tmp_path, f"level{level}.yaml", f"allOf: [{refs}]\n")
    write(tmp_path, "level4.yaml", "type: string\n")
    main = write(
        tmp_path,
        "openapi.yaml",
        HEAD + "x-bomb: {$ref: 'level0.yaml'}\n",
    )
    (diagnostic,) = resolve_error(main).diagnostics
    assert "more than 5000 nodes" in diagnostic.message

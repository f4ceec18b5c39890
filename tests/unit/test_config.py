"""Generator configuration (generator/config.py): every key checked, clear errors, real config loads."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from generator.config import (
    ClientParamConfig,
    Config,
    PaginationConfig,
    load_config,
    parse_config,
)
from generator.diagnostics import GenerationError, Level

ROOT = Path(__file__).resolve().parents[2]
TURSO_CONFIG = ROOT / "spec" / "turso-platform-api" / "sdkgen.toml"

PARAM = {
    "wire_names": ["organizationSlug"],
    "python_name": "organization_slug",
    "arg": "organization",
}
PAGE = {"operation": "GET /v1/x", "items": "items"}


def config_error(data: Any) -> tuple[str, str, str | None]:
    with pytest.raises(GenerationError) as info:
        parse_config(data, "sdkgen.toml")
    (diagnostic,) = info.value.diagnostics
    assert diagnostic.level == Level.ERROR and diagnostic.file == "sdkgen.toml"
    return diagnostic.pointer, diagnostic.message, diagnostic.hint


# -- defaults and values ---------------------------------------------------------------------------------


def test_empty_config_gives_defaults() -> None:
    config = parse_config({})
    assert config == Config()
    assert (config.output.formatter, config.output.models, config.output.line_length) == (
        "ruff",
        "msgspec",
        100,
    )
    assert config.client.credential_arg == "api_key"
    assert config.package.name is None and config.source is None


def test_full_config_is_read() -> None:
    config = parse_config(
        {
            "package": {
                "name": "turso",
                "version": "1.2.3",
                "authors": ["A <a@x>"],
                "classifiers": ["X :: Y"],
                "urls": {"Source": "https://s", "Docs": "https://d"},
            },
            "client": {
                "sync_name": "Turso",
                "credential_env": "TOKEN",
                "params": [{**PARAM, "env": "ORG"}],
            },
            "output": {
                "formatter": "black",
                "models": "pydantic",
                "line_length": 88,
                "preserve": ["README.md"],
            },
            "names": {
                "operations": {"GET /v1/x": "x.list", "DELETE /v1/x": "x.remove"},
                "schemas": {"db": "Database"},
                "fields": {"Database.dbName": "name"},
            },
            "pagination": [{**PAGE, "total_pages": "pagination.total_pages"}],
        }
    )
    assert config.package.name == "turso" and config.package.version == "1.2.3"
    assert config.package.authors == ("A <a@x>",) and config.package.classifiers == ("X :: Y",)
    assert config.package.urls == (("Docs", "https://d"), ("Source", "https://s"))  # sorted
    assert config.client.params == (
        ClientParamConfig(("organizationSlug",), "organization_slug", "organization", env="ORG"),
    )
    assert (config.output.formatter, config.output.models, config.output.preserve) == (
        "black",
        "pydantic",
        ("README.md",),
    )
    assert config.names.operations == (("DELETE /v1/x", "x.remove"), ("GET /v1/x", "x.list"))
    assert config.pagination == (
        PaginationConfig("GET /v1/x", "items", total_pages="pagination.total_pages"),
    )


@pytest.mark.parametrize(
    ("method", "path", "expected"),
    [
        ("GET", "/v1/x", "x.list"),
        ("get", "/v1/x", "x.list"),
        ("POST", "/v1/x", None),
        ("GET", "/v1/y", None),
    ],
)
def test_operation_override_lookup(method: str, path: str, expected: str | None) -> None:
    config = parse_config({"names": {"operations": {"GET /v1/x": "x.list"}}})
    assert config.operation_override(method, path) == expected


def test_with_package_name() -> None:
    config = parse_config({"package": {"version": "2.0"}}).with_package_name("pkg")
    assert (config.package.name, config.package.version) == ("pkg", "2.0")


def test_config_is_frozen() -> None:
    with pytest.raises(AttributeError):
        parse_config({}).output.formatter = "black"  # type: ignore[misc]


# -- unknown keys ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "pointer", "key", "suggestion"),
    [
        ({"packge": {}}, "/packge", "packge", "package"),
        ({"pagnation": []}, "/pagnation", "pagnation", "pagination"),
        ({"package": {"nmae": "x"}}, "/package/nmae", "nmae", "name"),
        ({"package": {"licence": "MIT"}}, "/package/licence", "licence", "license"),
        ({"client": {"sync_nam": "X"}}, "/client/sync_nam", "sync_nam", "sync_name"),
        (
            {"client": {"credential_ENV": "X"}},
            "/client/credential_ENV",
            "credential_ENV",
            "credential_env",
        ),
        ({"client": {"params": [{**PARAM, "evn": "X"}]}}, "/client/params/0/evn", "evn", "env"),
        (
            {"client": {"params": [PARAM, {**PARAM, "pyton_name": "x"}]}},
            "/client/params/1/pyton_name",
            "pyton_name",
            "python_name",
        ),
        ({"output": {"formater": "ruff"}}, "/output/formater", "formater", "formatter"),
        ({"output": {"line-length": 80}}, "/output/line-length", "line-length", "line_length"),
        ({"names": {"operation": {}}}, "/names/operation", "operation", "operations"),
        ({"names": {"field": {}}}, "/names/field", "field", "fields"),
        (
            {"pagination": [{**PAGE, "page_parm": "p"}]},
            "/pagination/0/page_parm",
            "page_parm",
            "page_param",
        ),
    ],
)
def test_unknown_key_is_named_with_closest_valid_key(
    data: dict[str, Any], pointer: str, key: str, suggestion: str
) -> None:
    got_pointer, message, hint = config_error(data)
    assert got_pointer == pointer
    assert message == f"unknown config key {key!r}"
    assert hint == f"did you mean {suggestion!r}?"


@pytest.mark.parametrize(
    ("data", "valid"),
    [
        ({"zzzzzz": 1}, ["package", "client", "output", "names", "pagination"]),
        ({"output": {"qqq": 1}}, ["formatter", "line_length", "models", "preserve"]),
    ],
)
def test_unknown_key_without_close_match_lists_valid_keys(
    data: dict[str, Any], valid: list[str]
) -> None:
    _, message, hint = config_error(data)
    assert "unknown config key" in message
    assert hint is not None and hint.startswith("valid keys: ")
    assert all(key in hint for key in valid)


def test_error_message_carries_file_and_pointer() -> None:
    with pytest.raises(GenerationError) as info:
        parse_config({"packge": {}}, "cfg/sdkgen.toml")
    text = str(info.value)
    assert (
        "cfg/sdkgen.toml#/packge" in text
        and "'packge'" in text
        and "did you mean 'package'?" in text
    )


# -- invalid values ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "pointer", "text"),
    [
        ({"output": {"formatter": "yapf"}}, "/output/formatter", "unknown formatter 'yapf'"),
        ({"output": {"models": "attrs"}}, "/output/models", "unknown model backend 'attrs'"),
        ({"pagination": [{"operation": "GET /x"}]}, "/pagination/0", "incomplete table"),
        ({"client": {"params": [{"wire_names": ["a"]}]}}, "/client/params/0", "incomplete table"),
        (
            {"names": {"operations": {"GET /x": 1}}},
            "/names/operations",
            "must be a table of strings",
        ),
        ({"names": {"schemas": ["a"]}}, "/names/schemas", "must be a table of strings"),
        ({"names": "x"}, "/names", "must be a table"),
        ({"output": "x"}, "/output", "must be a table"),
        ({"client": {"params": ["x"]}}, "/client/params/0", "must be a table"),
        ({"pagination": ["x"]}, "/pagination/0", "must be a table"),
    ],
)
def test_invalid_values_are_errors(data: dict[str, Any], pointer: str, text: str) -> None:
    got_pointer, message, _ = config_error(data)
    assert got_pointer == pointer
    assert text in message


@pytest.mark.parametrize(
    ("value", "hint"), [("yapf", "use ruff or black"), ("Ruff", "use ruff or black")]
)
def test_formatter_hint(value: str, hint: str) -> None:
    assert config_error({"output": {"formatter": value}})[2] == hint


@pytest.mark.parametrize("data", [{"package": "turso"}, {"client": 5}, {"client": "x"}])
def test_non_table_package_or_client_is_a_generation_error(data: dict[str, Any]) -> None:
    pointer, message, _ = config_error(data)
    assert pointer in ("/package", "/client") and "must be a table" in message


@pytest.mark.parametrize(
    "data",
    [
        {"output": {"line_length": "abc"}},
        {"package": {"authors": "me"}},
        {"client": {"sync_name": 3}},
    ],
)
def test_wrongly_typed_values_are_errors(data: dict[str, Any]) -> None:
    config_error(data)


# -- files --------------------------------------------------------------------------------------------------


def test_load_sdkgen_toml(tmp_path: Path) -> None:
    path = tmp_path / "sdkgen.toml"
    path.write_text('[package]\nname = "x"\n\n[output]\nformatter = "black"\n', encoding="utf-8")
    config = load_config(path)
    assert (config.package.name, config.output.formatter, config.source) == (
        "x",
        "black",
        str(path),
    )


def test_load_pyproject_tool_table(tmp_path: Path) -> None:
    path = tmp_path / "pyproject.toml"
    path.write_text(
        '[project]\nname = "other"\n\n'
        "[tool.ruff]\nline-length = 90\n\n"
        '[tool.sdkgen.package]\nname = "from_pyproject"\n\n'
        '[[tool.sdkgen.client.params]]\nwire_names = ["org"]\npython_name = "org"\narg = "org"\n',
        encoding="utf-8",
    )
    config = load_config(path)
    assert config.package.name == "from_pyproject"
    assert config.client.params[0].wire_names == ("org",)
    assert config.source == str(path)


def test_pyproject_without_tool_table_gives_defaults(tmp_path: Path) -> None:
    path = tmp_path / "pyproject.toml"
    path.write_text('[project]\nname = "other"\n', encoding="utf-8")
    assert load_config(path).package == Config().package


def test_pyproject_unknown_key_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "pyproject.toml"
    path.write_text('[tool.sdkgen.output]\nformater = "ruff"\n', encoding="utf-8")
    with pytest.raises(GenerationError) as info:
        load_config(path)
    (diagnostic,) = info.value.diagnostics
    assert diagnostic.file == str(path)
    assert diagnostic.pointer == "/output/formater"
    assert diagnostic.hint == "did you mean 'formatter'?"


@pytest.mark.parametrize(
    ("content", "text"),
    [
        ("[package\nname = 1\n", "invalid TOML"),
        ('name = "a"\nname = "b"\n', "invalid TOML"),
        (b"\xff\xfe\x00", "cannot read config"),
    ],
)
def test_unreadable_files_give_clear_errors(
    tmp_path: Path, content: str | bytes, text: str
) -> None:
    path = tmp_path / "sdkgen.toml"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(GenerationError) as info:
        load_config(path)
    (diagnostic,) = info.value.diagnostics
    assert diagnostic.file == str(path) and diagnostic.level == Level.ERROR
    assert diagnostic.message.startswith(text)


def test_invalid_toml_error_says_where(tmp_path: Path) -> None:
    path = tmp_path / "sdkgen.toml"
    path.write_text('[output]\nformatter = "ruff"\nline_length = \n', encoding="utf-8")
    with pytest.raises(GenerationError) as info:
        load_config(path)
    assert "line 3" in info.value.diagnostics[0].message


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(GenerationError) as info:
        load_config(tmp_path / "nope.toml")
    (diagnostic,) = info.value.diagnostics
    assert diagnostic.message == "config file not found"
    assert diagnostic.hint == "check the --config path"


def test_real_turso_config_loads() -> None:
    config = load_config(TURSO_CONFIG)
    assert config.package.name == "turso_platform_api"
    assert config.package.distribution == "turso-platform-api"
    assert (config.client.sync_name, config.client.async_name) == ("Turso", "AsyncTurso")
    assert config.client.credential_arg == "api_token"
    (param,) = config.client.params
    assert param.wire_names == ("organizationSlug", "organizationName")
    assert (param.python_name, param.arg) == ("organization_slug", "organization")
    assert config.output.formatter in ("ruff", "black") and config.output.models in (
        "msgspec",
        "pydantic",
    )
    assert config.operation_override("GET", "/v1/auth/validate") == "api_tokens.validate"
    assert config.source == str(TURSO_CONFIG)

"""Tests for generator.naming.identifiers: table-driven cases plus properties."""

from __future__ import annotations

import builtins
import keyword

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.naming.identifiers import (
    BUILTINS,
    MAX_IDENTIFIER_BYTES,
    MODEL_RESERVED,
    PARAMETER_RESERVED,
    PYTHON_KEYWORDS,
    pascal_case,
    pascal_identifier,
    safe_identifier,
    snake_case,
    snake_identifier,
    unique_names,
)

SNAKE = [
    ("organizationSlug", "organization_slug"),
    ("APIToken", "api_token"),
    ("listAPITokens", "list_api_tokens"),
    ("HTTPServer2Go", "http_server2_go"),
    ("page-size", "page_size"),
    ("page.size", "page_size"),
    ("page size", "page_size"),
    ("Name", "name"),
    ("name", "name"),
    ("organization_slug", "organization_slug"),
    ("  --page__size--  ", "page_size"),
    ("a-b", "a_b"),
    ("a_b", "a_b"),
    ("A B", "a_b"),
    ("a--b..c  d", "a_b_c_d"),
    ("__init__", "init"),
    ("_id", "id"),
    ("$ref", "ref"),
    ("@type", "type"),
    ("x-rate-limit", "x_rate_limit"),
    ("X-RateLimit-Remaining", "x_rate_limit_remaining"),
    ("self", "self"),
    ("class", "class"),
    ("None", "none"),
    ("True", "true"),
    ("Client", "client"),
    # digits stick to the word before them; an uppercase letter after a digit starts a word
    ("base64Encode", "base64_encode"),
    ("S3Bucket", "s3_bucket"),
    ("HTTP2Server", "http2_server"),
    ("v2beta", "v2beta"),
    ("version_2_beta", "version_2_beta"),
    ("123", "123"),
    ("2fa", "2fa"),
    ("ipv4Address", "ipv4_address"),
    ("OAuth2Token", "o_auth2_token"),
    ("HTTP_SERVER", "http_server"),
    # non-ASCII
    ("ünïcödé", "unicode"),
    ("Ünïcödé", "unicode"),
    ("café-au-lait", "cafe_au_lait"),
    ("Straße", "strasse"),
    ("Øre", "ore"),
    ("ﬁle", "file"),
    ("ｆｕｌｌｗｉｄｔｈ", "fullwidth"),
    ("日本", "日本"),
    ("日本Name", "日本_name"),
    ("한국어", "한국어"),
    ("ΟΔΟΣ", "οδος"),
    ("price€", "price_u20ac"),
    ("😀", "u1f600"),
    ("a😀b", "a_u1f600_b"),
    ("½", "1_u2044_2"),
    # junk characters are separators
    ('say "hi"', "say_hi"),
    ("back\\slash", "back_slash"),
    ("new\nline", "new_line"),
    ("nul\x00byte", "nul_byte"),
    ("tab\there", "tab_here"),
    ("non\u00a0breaking", "non_breaking"),
    ("em\u2014dash", "em_dash"),
]


@pytest.mark.parametrize(("text", "expected"), SNAKE)
def test_snake_case(text: str, expected: str) -> None:
    assert snake_case(text) == expected


@pytest.mark.parametrize("text", ["", "   ", "---", "___", "\x00", "\n\t", "\"'\\", "..."])
def test_snake_case_never_empty(text: str) -> None:
    assert snake_case(text) == "field"
    assert snake_case(text, fallback="value") == "value"


def test_snake_case_keeps_long_names() -> None:
    assert snake_case("x" * 300) == "x" * 300


PASCAL = [
    ("createDatabase", "CreateDatabase"),
    ("api_tokens", "ApiTokens"),
    ("CreateDatabaseInput", "CreateDatabaseInput"),
    ("audit-logs", "AuditLogs"),
    ("APIToken", "APIToken"),
    ("listAPITokens", "ListAPITokens"),
    ("HTTPServer2Go", "HTTPServer2Go"),
    ("http_server2_go", "HttpServer2Go"),
    ("HTTP_SERVER", "HttpServer"),
    ("API_KEY", "ApiKey"),
    ("API", "API"),
    ("Name", "Name"),
    ("page size", "PageSize"),
    ("A B", "AB"),
    ("a-b", "AB"),
    ("__init__", "Init"),
    ("ünïcödé", "Unicode"),
    ("日本", "日本"),
    ("class", "Class"),
    ("none", "None"),
    ("123", "123"),
    ("2fa", "2fa"),
    ("version_2_beta", "Version2Beta"),
]


@pytest.mark.parametrize(("text", "expected"), PASCAL)
def test_pascal_case(text: str, expected: str) -> None:
    assert pascal_case(text) == expected


@pytest.mark.parametrize("text", ["", "   ", "-_-", "\x00"])
def test_pascal_case_never_empty(text: str) -> None:
    assert pascal_case(text) == "Model"
    assert pascal_case(text, fallback="Variant1") == "Variant1"


SAFE = [
    # (name, reserved, expected)
    ("from", frozenset(), "from_"),
    ("class", frozenset(), "class_"),
    ("None", frozenset(), "None_"),
    ("True", frozenset(), "True_"),
    ("match", frozenset(), "match_"),
    ("case", frozenset(), "case_"),
    ("_", frozenset(), "field"),
    ("type", frozenset(), "type"),
    ("type", frozenset({"type"}), "type_"),
    ("type", frozenset({"type", "type_"}), "type__"),
    ("self", PARAMETER_RESERVED, "self_"),
    ("timeout", PARAMETER_RESERVED, "timeout_"),
    ("Client", frozenset({"Client"}), "Client_"),
    ("model_config", MODEL_RESERVED, "model_config_"),
    ("to_dict", MODEL_RESERVED, "to_dict_"),
    ("json", MODEL_RESERVED, "json_"),
    ("2fa", frozenset(), "field_2fa"),
    ("123", frozenset(), "field_123"),
    ("__init__", frozenset(), "init"),
    ("_private", frozenset(), "private"),
    ("trailing_", frozenset(), "trailing"),
    ("from_", frozenset(), "from_"),
    ("", frozenset(), "field"),
    ("   ", frozenset(), "field"),
    ("a-b", frozenset(), "a_b"),
    ("A B", frozenset(), "A_B"),
    ("CamelCase", frozenset(), "CamelCase"),
    ("ünïcödé", frozenset(), "unicode"),
    ("日本", frozenset(), "日本"),
    ('q"u\\o\nt\x00e', frozenset(), "q_u_o_t_e"),
]


@pytest.mark.parametrize(("name", "reserved", "expected"), SAFE)
def test_safe_identifier(name: str, reserved: frozenset[str], expected: str) -> None:
    assert safe_identifier(name, reserved=reserved) == expected


def test_safe_identifier_prefix_and_fallback() -> None:
    assert safe_identifier("2xx", prefix="Model") == "Model2xx"
    assert safe_identifier("2xx", prefix="VALUE_") == "VALUE_2xx"
    assert safe_identifier("", fallback="value") == "value"
    assert safe_identifier("", fallback="class") == "class_"
    with pytest.raises(ValueError):
        safe_identifier("x", prefix="2")
    with pytest.raises(ValueError):
        safe_identifier("x", fallback="not valid")


def test_safe_identifier_truncates_long_names_keeping_them_distinct() -> None:
    a = safe_identifier("x" * 300)
    b = safe_identifier("x" * 299 + "y")
    assert a != b
    assert len(a.encode()) == MAX_IDENTIFIER_BYTES
    assert a.startswith("x" * 50) and a.isidentifier()
    long_cjk = safe_identifier("日" * 300)
    assert len(long_cjk.encode()) <= MAX_IDENTIFIER_BYTES and long_cjk.isidentifier()
    assert safe_identifier(a) == a


@pytest.mark.parametrize(
    ("text", "expected_snake", "expected_pascal"),
    [
        ("2fa", "field_2fa", "Model2fa"),
        ("class", "class_", "Class"),
        ("none", "none", "None_"),
        ("", "field", "Model"),
        ("x-ratelimit", "x_ratelimit", "XRatelimit"),
    ],
)
def test_snake_and_pascal_identifier(text: str, expected_snake: str, expected_pascal: str) -> None:
    assert snake_identifier(text) == expected_snake
    assert pascal_identifier(text) == expected_pascal


def test_keyword_constants() -> None:
    assert set(keyword.kwlist) <= PYTHON_KEYWORDS
    assert set(keyword.softkwlist) - {"type"} <= PYTHON_KEYWORDS
    assert "type" not in PYTHON_KEYWORDS


def test_builtins_constant() -> None:
    current = {n for n in dir(builtins) if not (n.startswith("__") and n.endswith("__"))}
    assert BUILTINS <= current | {"copyright", "credits", "exit", "quit", "help", "license"}
    assert {"id", "type", "list", "print", "Exception"} <= BUILTINS
    assert not any(n.startswith("__") for n in BUILTINS)


def test_model_reserved_covers_pydantic_and_msgspec() -> None:
    pydantic = pytest.importorskip("pydantic")
    msgspec = pytest.importorskip("msgspec")
    public = {n for n in dir(pydantic.BaseModel) if not n.startswith("_")}
    public |= {n for n in dir(msgspec.Struct) if not n.startswith("_")}
    assert public <= MODEL_RESERVED
    assert {"to_dict", "to_json", "field"} <= MODEL_RESERVED


def test_parameter_reserved() -> None:
    assert PARAMETER_RESERVED == {
        "self",
        "extra_headers",
        "extra_query",
        "extra_body",
        "timeout",
        "max_retries",
        # called in method bodies: a parameter of the same name would shadow them
        "make_request_options",
        "warnings",
        "styled",
    }


def test_resource_module_names_cover_what_the_resource_template_imports() -> None:
    from generator.naming.identifiers import RESOURCE_MODULE_NAMES
    from generator.render.env import TEMPLATES_DIR
    from generator.render.plan import _resource_runtime

    flags = ("paginated", "files", "streaming", "styled", "deprecated")
    imported = set(_resource_runtime(dict.fromkeys(flags, True)))
    assert {"NOT_GIVEN", "FileTypes", "styled", "SyncPage"} <= imported
    assert imported <= RESOURCE_MODULE_NAMES
    template = (TEMPLATES_DIR / "package" / "resource.py.jinja").read_text(encoding="utf-8")
    assert "{% for name in r.runtime %}" in template  # the template imports just these


UNIQUE = [
    ([], []),
    (["a", "b"], ["a", "b"]),
    (["a", "a", "a"], ["a", "a_2", "a_3"]),
    (["a", "a", "a_2"], ["a", "a_3", "a_2"]),
    (["a_2", "a", "a"], ["a_2", "a", "a_3"]),
    (["a", "a_2", "a", "a_3", "a"], ["a", "a_2", "a_4", "a_3", "a_5"]),
    (["x", "y", "x", "y"], ["x", "y", "x_2", "y_2"]),
]


@pytest.mark.parametrize(("wanted", "expected"), UNIQUE)
def test_unique_names(wanted: list[str], expected: list[str]) -> None:
    assert unique_names(wanted) == expected


def test_unique_names_options() -> None:
    assert unique_names(["a", "b"], taken=["a"]) == ["a_2", "b"]
    assert unique_names(["Foo", "Foo"], separator="") == ["Foo", "Foo2"]
    assert unique_names(["Foo", "foo", "FOO"], case_insensitive=True) == ["Foo", "foo_2", "FOO_3"]
    assert unique_names(["Foo", "foo"]) == ["Foo", "foo"]


# --------------------------------------------------------------------------- properties

texts = st.text(st.characters(codec="utf-8"), max_size=40) | st.text(max_size=40)


def _identifier_chars(word: str) -> bool:
    return ("a" + word).isidentifier()


@settings(max_examples=800, deadline=None)
@given(texts)
def test_word_forms_are_made_of_identifier_characters(text: str) -> None:
    for convert in (snake_case, pascal_case):
        word = convert(text)
        assert word and _identifier_chars(word)
        assert convert(text) == word  # deterministic
        assert convert(word) == word  # idempotent


@settings(max_examples=800, deadline=None)
@given(texts, st.frozensets(st.sampled_from(sorted(BUILTINS | PARAMETER_RESERVED))))
def test_identifiers_are_usable(text: str, reserved: frozenset[str]) -> None:
    for convert in (snake_identifier, pascal_identifier, safe_identifier):
        name = convert(text, reserved=reserved)
        assert name.isidentifier(), name
        assert not keyword.iskeyword(name) and not keyword.issoftkeyword(name)
        assert name not in PYTHON_KEYWORDS and name not in reserved
        assert not name.startswith("_")
        assert len(name.encode()) <= MAX_IDENTIFIER_BYTES + 3
        assert convert(text, reserved=reserved) == name
        assert safe_identifier(name, reserved=reserved) == name
        compile(f"{name} = 1", "<test>", "exec")


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["a", "b", "a_2", "a_3", "b_2", "c"]) | texts, max_size=12))
def test_unique_names_are_distinct(wanted: list[str]) -> None:
    names = [snake_identifier(w) for w in wanted]
    unique = unique_names(names)
    assert len(unique) == len(names)
    assert len(set(unique)) == len(unique)
    assert all(u.isidentifier() and u.startswith(n) for u, n in zip(unique, names, strict=True))
    # first occurrences keep their name
    firsts = {n: u for n, u in reversed(list(zip(names, unique, strict=True)))}
    assert all(firsts[n] == n for n in names)
    assert unique_names(names) == unique

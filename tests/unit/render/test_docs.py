"""Spec prose -> safe docstring lines (generator/render/docs.py)."""

from __future__ import annotations

import ast

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.render.docs import MAX_DOC_CHARS, comment_text, docstring_lines


def as_docstring(lines: list[str], indent: str = "") -> str:
    """What a template does: the lines between triple quotes, each line indented."""
    body = ("\n" + indent).join(lines)
    return indent + '"""' + body + '"""'


def parsed_value(lines: list[str], indent: str = "") -> str:
    """The docstring's value, asserting the source is exactly one string literal."""
    source = as_docstring(lines, indent)
    module = ast.parse(source if not indent else "def f():\n" + source)
    body = module.body if not indent else module.body[0].body  # type: ignore[attr-defined]
    assert len(body) == 1
    expr = body[0]
    assert isinstance(expr, ast.Expr) and isinstance(expr.value, ast.Constant)
    assert isinstance(expr.value.value, str)
    return expr.value.value


@pytest.mark.parametrize("text", [None, "", "   ", "\n\n", "\t \r\n"])
def test_empty_text_gives_no_lines(text: str | None) -> None:
    assert docstring_lines(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Plain text.", "Plain text."),
        ("  padded  ", "padded"),
        ("two\nlines", "two\nlines"),
        ("crlf\r\nline", "crlf\nline"),
        ("old mac\rline", "old mac\nline"),
        ("trailing   \nspaces", "trailing\nspaces"),
        ("a\n\n\n\nb", "a\n\nb"),  # runs of blank lines collapse to one
        ("a\n\n", "a"),
        ('He said "hi"', 'He said "hi" '),  # a closing quote must not touch the closing """
        ('ends with a quote"', 'ends with a quote" '),
        ('"""', '""" '),
        ('x """ y', 'x """ y'),
        ('""""', '"""" '),
        ('"""""x', '"""""x'),
        ("a\\b", "a\\b"),
        ("C:\\new\\table", "C:\\new\\table"),  # no escape sequence survives
        ("\\N{BULLET}", "\\N{BULLET}"),
        ("ends with backslash\\", "ends with backslash\\"),
        ("\\", "\\"),
        ("NUL\x00here", "NUL\\x00here"),  # control characters are shown, not embedded
        ("bell\x07 esc\x1b del\x7f", "bell\\x07 esc\\x1b del\\x7f"),
        ("form\x0cfeed vt\x0b", "form\\x0cfeed vt\\x0b"),
        ("tab\tstays", "tab\tstays"),
        ("line\u2028sep", "line sep"),
        ("{{ jinja }} {% if %}", "{{ jinja }} {% if %}"),
        ("unicode: é 日本 🚀", "unicode: é 日本 🚀"),
    ],
)
def test_hostile_text_lands_inside_the_docstring(text: str, value: str) -> None:
    lines = docstring_lines(text)
    assert parsed_value(lines) == value
    assert parsed_value(lines, indent="    ").replace("\n    ", "\n") == value


def test_lines_have_no_trailing_whitespace_except_closing_quote_guard() -> None:
    lines = docstring_lines('a  \n b \n\n\nc"')
    assert lines == ["a", " b", "", 'c" ']


def test_very_long_text_is_bounded() -> None:
    lines = docstring_lines("word " * 10_000)
    text = "\n".join(lines)
    assert len(text) <= MAX_DOC_CHARS + 3
    assert text.endswith("...")
    parsed_value(lines)


def test_very_long_hostile_text_is_bounded_and_safe() -> None:
    text = '\\"""\x00' * 5000
    lines = docstring_lines(text)
    parsed_value(lines)
    assert len("\n".join(lines)) < 5 * MAX_DOC_CHARS


def test_comment_text_is_one_line() -> None:
    assert comment_text("first\nsecond\r\nthird") == "first second third"
    assert comment_text("first\n\nsecond").split() == ["first", "second"]
    assert comment_text(None) == ""
    assert "\n" not in comment_text("a\u2028b\x85c")


@settings(max_examples=400, deadline=None)
@given(st.text())
def test_any_text_parses_as_a_single_string_literal(text: str) -> None:
    lines = docstring_lines(text)
    if not lines:
        assert not text.strip()  # only blank text documents nothing
        return
    value = parsed_value(lines)
    assert parsed_value(lines, indent="        ").replace("\n        ", "\n") == value
    assert all("\n" not in line and "\r" not in line for line in lines)


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(['"', "\\", "\n", "\r", "a", " ", "\x00", "'"]), max_size=40)
)
def test_quote_and_backslash_soup_parses(text: str) -> None:
    lines = docstring_lines(text)
    if lines:
        parsed_value(lines)


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x7E), min_size=1, max_size=200
    )
)
def test_printable_ascii_round_trips_modulo_whitespace(text: str) -> None:
    lines = docstring_lines(text)
    value = parsed_value(lines) if lines else ""
    expected = text.strip()
    # the only changes allowed for printable single-line text: stripping and the closing-quote guard
    assert value.rstrip() == expected.rstrip() or value == expected + " "

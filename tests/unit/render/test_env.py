"""Tests for generator.render.env filters: values from the spec become valid TOML and Python."""

from __future__ import annotations

import tomllib

from hypothesis import given
from hypothesis import strategies as st

from generator.render.env import toml_string


@given(st.text())
def test_toml_string_reads_back_as_the_same_text(text: str) -> None:
    encodable = text.encode("utf-8", "replace").decode("utf-8")
    assert tomllib.loads(f"x = {toml_string(text)}")["x"] == encodable


def test_toml_string_escapes_control_characters_and_del() -> None:
    assert toml_string("a\x7fb\x00c\n") == '"a\\u007fb\\u0000c\\n"'
    assert toml_string("é") == '"é"'

"""Tests for generator.render.plan.decode_expression: what a method asks the runtime to decode."""

from __future__ import annotations

import pytest

from generator.render.plan import decode_expression


@pytest.mark.parametrize(
    ("annotation", "expected"),
    [
        ("None", "type(None)"),
        ("Any", "object"),  # a type checkers can solve the runtime's TypeVar from
        ("Database", "Database"),
        ("list[Any]", "list[Any]"),
        ("dict[str, Any]", "dict[str, Any]"),
        ("bytes", "bytes"),
    ],
)
def test_decode_expression(annotation: str, expected: str) -> None:
    assert decode_expression(annotation) == expected

"""Parameter styles on the wire: `styled()` query values, and arrays in paths, headers and cookies."""

import pytest

from .conftest import BASE_URL
from .test_request import build  # noqa: F401  (fixture)


@pytest.mark.parametrize(
    ("value", "style", "explode", "query"),
    [
        ([1, 2, 3], "form", True, "ids=1&ids=2&ids=3"),
        ([1, 2, 3], "form", False, "ids=1,2,3"),
        (["a b", "c,d"], "form", False, "ids=a+b,c%2Cd"),  # a delimiter inside an item is encoded
        (["a", "b"], "spaceDelimited", False, "ids=a%20b"),
        (["a", "b"], "pipeDelimited", False, "ids=a|b"),
        (["a", "b"], "pipeDelimited", True, "ids=a&ids=b"),
        ([], "form", False, ""),
        ({"color": "red", "size": 2}, "deepObject", True, "ids[color]=red&ids[size]=2"),
        ({"color": "red", "size": None}, "deepObject", True, "ids[color]=red"),
        ({"x": 1, "y": True}, "form", True, "x=1&y=true"),
        ({"x": 1, "y": "a b"}, "form", False, "ids=x,1,y,a+b"),
        ("plain", "form", False, "ids=plain"),
        (7, "deepObject", True, "ids=7"),
    ],
)
def test_styled_query_values(rt, build, value, style, explode, query):  # noqa: F811
    request = build("GET", "/x", query={"ids": rt._request.styled(value, style, explode)})
    assert request.url.query.decode() == query


def test_styled_models_use_wire_names(rt, build):  # noqa: F811
    import msgspec

    class Point(msgspec.Struct, omit_defaults=True):
        x_pos: int = msgspec.field(name="x-pos")
        label: str | None = None

    request = build(
        "GET", "/x", query={"p": rt._request.styled(Point(x_pos=3), "deepObject", True)}
    )
    assert request.url.query.decode() == "p[x-pos]=3"


@pytest.mark.parametrize("value", [None, "NOT_GIVEN"])
def test_styled_left_out_values_are_dropped(rt, build, value):  # noqa: F811
    value = rt.NOT_GIVEN if value == "NOT_GIVEN" else value
    assert rt._request.styled(value, "form", False) is value
    assert str(build("GET", "/x", query={"a": rt._request.styled(value, "form", False)}).url) == (
        f"{BASE_URL}/x"
    )


def test_styled_and_plain_values_keep_their_order_and_extra_query_overrides(rt, build):  # noqa: F811
    request = build(
        "GET",
        "/x",
        query={"a": 1, "b": rt._request.styled([1, 2], "form", False), "c": [3, 4]},
        options=rt.make_request_options(extra_query={"a": "over"}),
    )
    assert request.url.query.decode() == "a=over&b=1,2&c=3&c=4"


def test_arrays_in_paths_headers_and_cookies_are_comma_separated(rt, build):  # noqa: F811
    request = build(
        "GET",
        "/items/{ids}",
        path_params={"ids": ["a", "b/c"]},
        headers={"X-Ids": [1, 2], "X-One": "v"},
        cookies={"c": ["x y", "z"]},
    )
    assert request.url.raw_path == b"/items/a%2Cb%2Fc"
    assert request.headers["x-ids"] == "1,2"
    assert request.headers["x-one"] == "v"
    assert request.headers["cookie"] == "c=x%20y%2Cz"  # RFC 6265: no "," in a cookie value


def test_empty_array_path_parameter_is_rejected(rt, build):  # noqa: F811
    with pytest.raises(ValueError, match="must not be empty"):
        build("GET", "/items/{ids}", path_params={"ids": []})

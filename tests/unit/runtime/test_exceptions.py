"""Mapping an error response to its exception class and message."""

from __future__ import annotations

import httpx
import pytest

REQUEST = httpx.Request("GET", "https://api.example.com/v1/things")


def error_response(status: int, **kwargs) -> httpx.Response:
    return httpx.Response(status, request=REQUEST, **kwargs)


@pytest.mark.parametrize(
    ("status", "name"),
    [
        (400, "BadRequestError"),
        (401, "AuthenticationError"),
        (403, "PermissionDeniedError"),
        (404, "NotFoundError"),
        (409, "ConflictError"),
        (422, "UnprocessableEntityError"),
        (429, "RateLimitError"),
        (500, "InternalServerError"),
        (502, "InternalServerError"),
        (503, "InternalServerError"),
        (599, "InternalServerError"),
        (402, "APIStatusError"),
        (418, "APIStatusError"),
        (302, "APIStatusError"),
    ],
)
def test_status_maps_to_class(rt, status, name):
    error = rt._exceptions.make_status_error(error_response(status, json={"error": "nope"}))
    assert type(error) is getattr(rt, name)
    assert isinstance(error, rt.APIStatusError)
    assert error.status_code == status


def test_hierarchy(rt):
    assert issubclass(rt.APITimeoutError, rt.APIConnectionError)
    assert issubclass(rt.APIConnectionError, rt.APIError)
    assert issubclass(rt.APIResponseValidationError, rt.APIError)
    assert issubclass(rt.InternalServerError, rt.APIStatusError)
    assert issubclass(rt.APIStatusError, rt.APIError)


def test_message_is_the_servers_error_text(rt):
    response = error_response(404, json={"error": "database not found"})
    error = rt._exceptions.make_status_error(response)
    assert error.message == "database not found"
    assert error.body == {"error": "database not found"}
    assert error.response is response
    assert error.request is REQUEST
    assert str(error) == "404 Not Found: database not found"


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"message": "bad name"}, "bad name"),
        ({"error": {"message": "nested", "code": 7}}, "nested"),
        ({"error": "", "message": "fallback"}, "fallback"),
        ({"code": 7}, '{"code":7}'),
        (["a", 1], '["a",1]'),
    ],
)
def test_message_from_other_json_shapes(rt, body, message):
    error = rt._exceptions.make_status_error(error_response(400, json=body))
    assert error.message == message
    assert error.body == body


def test_html_from_a_proxy_gives_the_reason_phrase(rt):
    html = "<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1>" + "x" * 5000 + "</body></html>"
    response = error_response(502, content=html.encode(), headers={"content-type": "text/html"})
    error = rt._exceptions.make_status_error(response)
    assert type(error) is rt.InternalServerError
    assert error.message == "Bad Gateway"
    assert error.body == html


def test_empty_body_gives_the_reason_phrase(rt):
    error = rt._exceptions.make_status_error(error_response(401))
    assert type(error) is rt.AuthenticationError
    assert error.message == "Unauthorized"
    assert error.body is None


def test_plain_text_body_is_the_message(rt):
    error = rt._exceptions.make_status_error(error_response(503, text="  upstream busy \n"))
    assert error.message == "upstream busy"


def test_message_is_bounded(rt):
    error = rt._exceptions.make_status_error(error_response(400, json={"error": "e" * 10_000}))
    assert len(error.message) == rt._exceptions.MAX_MESSAGE_LENGTH
    assert error.message.endswith("…")
    assert len(error.body["error"]) == 10_000  # the body itself is kept whole


def test_undecodable_or_deeply_nested_bodies_still_map(rt):
    error = rt._exceptions.make_status_error(error_response(500, content=b"\xff\xfe garbage"))
    assert type(error) is rt.InternalServerError
    deep = b"[" * 100_000 + b"]" * 100_000
    error = rt._exceptions.make_status_error(error_response(400, content=deep))
    assert type(error) is rt.BadRequestError
    assert len(error.message) <= rt._exceptions.MAX_MESSAGE_LENGTH

"""The retry rule (which failures are retried for which methods) and the wait before a retry."""

from __future__ import annotations

import email.utils

import httpx
import pytest

REQUEST = httpx.Request("GET", "https://api.example.com/")
IDEMPOTENT = ["GET", "HEAD", "OPTIONS", "PUT", "DELETE"]
NON_IDEMPOTENT = ["POST", "PATCH"]


@pytest.mark.parametrize("method", IDEMPOTENT + NON_IDEMPOTENT)
@pytest.mark.parametrize("status", [408, 429, 503])
def test_statuses_retried_for_every_method(rt, method, status):
    assert rt._retry.should_retry_status(method, status)


@pytest.mark.parametrize("status", [500, 502, 504, 599])
def test_other_5xx_retried_only_for_idempotent_methods(rt, status):
    for method in IDEMPOTENT:
        assert rt._retry.should_retry_status(method, status)
        assert rt._retry.should_retry_status(method.lower(), status)
    for method in NON_IDEMPOTENT:
        assert not rt._retry.should_retry_status(method, status)


@pytest.mark.parametrize("status", [200, 201, 204, 301, 400, 401, 403, 404, 409, 422])
def test_other_statuses_never_retried(rt, status):
    assert not rt._retry.should_retry_status("GET", status)


@pytest.mark.parametrize(
    "error_type", [httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout]
)
def test_errors_before_sending_retried_for_every_method(rt, error_type):
    for method in IDEMPOTENT + NON_IDEMPOTENT:
        assert rt._retry.should_retry_error(method, error_type("boom", request=REQUEST))


@pytest.mark.parametrize(
    "error_type",
    [
        httpx.ReadTimeout,
        httpx.WriteTimeout,
        httpx.ReadError,
        httpx.WriteError,
        httpx.RemoteProtocolError,
    ],
)
def test_errors_after_sending_retried_only_for_idempotent_methods(rt, error_type):
    for method in IDEMPOTENT:
        assert rt._retry.should_retry_error(method, error_type("boom", request=REQUEST))
    for method in NON_IDEMPOTENT:
        assert not rt._retry.should_retry_error(method, error_type("boom", request=REQUEST))


@pytest.mark.parametrize(
    "error_type", [httpx.LocalProtocolError, httpx.UnsupportedProtocol, httpx.TooManyRedirects]
)
def test_errors_that_would_fail_again_never_retried(rt, error_type):
    assert not rt._retry.should_retry_error("GET", error_type("boom", request=REQUEST))


def test_backoff_doubles_from_half_a_second_up_to_eight(rt):
    delays = [rt._retry.backoff_delay(n, jitter=0.0) for n in range(7)]
    assert delays == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0, 8.0]


def test_jitter_takes_off_at_most_a_quarter(rt):
    assert rt._retry.backoff_delay(1, jitter=0.999999) == pytest.approx(0.75, rel=1e-5)
    assert rt._retry.backoff_delay(1, jitter=0.5) == pytest.approx(0.875)


def test_retry_after_replaces_backoff_and_is_capped(rt):
    assert rt._retry.retry_delay(0, retry_after=3.0, jitter=0.5) == 3.0
    assert rt._retry.retry_delay(0, retry_after=0.0, jitter=0.5) == 0.0
    assert rt._retry.retry_delay(0, retry_after=3600.0, jitter=0.5) == 60.0
    assert rt._retry.retry_delay(2, retry_after=None, jitter=0.0) == 2.0


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({}, None),
        ({"Retry-After": "7"}, 7.0),
        ({"Retry-After": "1.5"}, 1.5),
        ({"Retry-After": "-3"}, 0.0),
        ({"Retry-After": "soon"}, None),
        ({"retry-after-ms": "250"}, 0.25),
        ({"retry-after-ms": "250", "Retry-After": "9"}, 0.25),
        ({"retry-after-ms": "x", "Retry-After": "9"}, 9.0),
    ],
)
def test_parse_retry_after_seconds(rt, headers, expected):
    assert rt._retry.parse_retry_after(httpx.Headers(headers)) == expected


def test_parse_retry_after_http_date(rt):
    now = 1_700_000_000.0
    future = email.utils.formatdate(now + 30, usegmt=True)
    assert rt._retry.parse_retry_after(httpx.Headers({"Retry-After": future}), now=now) == 30.0
    past = email.utils.formatdate(now - 30, usegmt=True)
    assert rt._retry.parse_retry_after(httpx.Headers({"Retry-After": past}), now=now) == 0.0
    minus_zero = email.utils.formatdate(now + 10)  # "... -0000": UTC, parsed as a naive datetime
    assert minus_zero.endswith("-0000")
    assert rt._retry.parse_retry_after(httpx.Headers({"Retry-After": minus_zero}), now=now) == 10.0

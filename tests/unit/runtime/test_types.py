"""NOT_GIVEN and per-call request options."""

from __future__ import annotations

import copy
import pickle

import httpx


def test_not_given_is_a_falsy_singleton(rt):
    assert rt.NotGiven() is rt.NOT_GIVEN
    assert not rt.NOT_GIVEN
    assert repr(rt.NOT_GIVEN) == "NOT_GIVEN"
    assert rt.NOT_GIVEN is not None


def test_not_given_survives_copy_and_pickle(rt):
    assert copy.deepcopy(rt.NOT_GIVEN) is rt.NOT_GIVEN
    assert pickle.loads(pickle.dumps(rt.NOT_GIVEN)) is rt.NOT_GIVEN


def test_default_timeout_and_retries(rt):
    assert rt.DEFAULT_TIMEOUT == httpx.Timeout(60.0, connect=5.0)
    assert rt.DEFAULT_MAX_RETRIES == 2


def test_make_request_options_without_overrides_is_shared(rt):
    assert rt.make_request_options() is rt.make_request_options()
    assert rt.make_request_options(timeout=rt.NOT_GIVEN) is rt.make_request_options()


def test_make_request_options_keeps_overrides(rt):
    options = rt.make_request_options(
        extra_headers={"X-A": "1"},
        extra_query={"q": 1},
        extra_body={"b": 2},
        timeout=None,
        max_retries=0,
    )
    assert options == rt.RequestOptions(
        extra_headers={"X-A": "1"},
        extra_query={"q": 1},
        extra_body={"b": 2},
        timeout=None,
        max_retries=0,
    )
    assert options.timeout is None  # None (no timeout) is an override, unlike NOT_GIVEN

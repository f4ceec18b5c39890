"""Credentials: resolution from arguments or the environment, and reprs that never show secrets."""

from __future__ import annotations

import base64

import pytest


def test_require_credential_prefers_the_argument(rt, monkeypatch):
    monkeypatch.setenv("SDK_TOKEN", "from-env")
    assert rt.require_credential("given", arg="api_token", env="SDK_TOKEN") == "given"


def test_require_credential_falls_back_to_the_environment(rt, monkeypatch):
    monkeypatch.setenv("SDK_TOKEN", "from-env")
    assert rt.require_credential(None, arg="api_token", env="SDK_TOKEN") == "from-env"
    assert rt.require_credential("", arg="api_token", env="SDK_TOKEN") == "from-env"


def test_require_credential_names_argument_and_variable(rt, monkeypatch):
    monkeypatch.setenv("SDK_TOKEN", "")
    with pytest.raises(rt.MissingCredentialError) as info:
        rt.require_credential(None, arg="api_token", env="SDK_TOKEN")
    assert str(info.value) == (
        "api_token is required: pass api_token=... to the client"
        " or set the SDK_TOKEN environment variable"
    )
    assert isinstance(info.value, ValueError)
    assert isinstance(info.value, rt.APIError)


def test_require_credential_without_environment_variable(rt):
    with pytest.raises(
        rt.MissingCredentialError, match=r"^key is required: pass key=\.\.\. to the client$"
    ):
        rt.require_credential(None, arg="key", env=None)


def test_bearer_auth(rt):
    auth = rt.BearerAuth("tok-secret")
    assert auth.credential() == ("header", "Authorization", "Bearer tok-secret")
    assert "tok-secret" not in repr(auth)


def test_basic_auth(rt):
    auth = rt.BasicAuth("user", "pa:ss")
    location, name, value = auth.credential()
    assert (location, name) == ("header", "Authorization")
    assert base64.b64decode(value.removeprefix("Basic ")) == b"user:pa:ss"
    assert "pa:ss" not in repr(auth)
    assert "user" in repr(auth)


@pytest.mark.parametrize("location", ["header", "query", "cookie"])
def test_api_key_auth(rt, location):
    auth = rt.ApiKeyAuth(location, "X-Key", "key-secret")
    assert auth.credential() == (location, "X-Key", "key-secret")
    assert "key-secret" not in repr(auth)


def test_client_param_takes_the_environment_when_not_given(rt, monkeypatch):
    resolve = rt._auth.resolve_client_param
    monkeypatch.setenv("SDK_ORG", "env-org")
    assert resolve(rt.ClientParam("organization", "SDK_ORG", None)).value == "env-org"
    assert resolve(rt.ClientParam("organization", "SDK_ORG", "given")).value == "given"
    assert resolve(rt.ClientParam("organization", None, None)).value is None
    monkeypatch.delenv("SDK_ORG")
    assert resolve(rt.ClientParam("organization", "SDK_ORG", None)).value is None

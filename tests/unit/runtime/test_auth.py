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


def test_scheme_helpers_take_the_argument_then_the_environment(rt, monkeypatch):
    monkeypatch.setenv("SDK_KEY", "env-key")
    monkeypatch.delenv("SDK_TOKEN", raising=False)
    assert rt.bearer_auth("tok", arg="api_token", env="SDK_TOKEN") == rt.BearerAuth("tok")
    assert rt.api_key_auth("query", "key", None, arg="key", env="SDK_KEY") == rt.ApiKeyAuth(
        "query", "key", "env-key"
    )
    missing = rt.bearer_auth(None, arg="api_token", env="SDK_TOKEN")
    assert missing == rt.MissingAuth(
        ("api_token (pass api_token=... to the client or set the SDK_TOKEN environment variable)",)
    )
    with pytest.raises(rt.MissingCredentialError, match="api_token is required"):
        rt.bearer_auth(None, arg="api_token", env="SDK_TOKEN", required=True)


def test_basic_auth_helper_names_the_missing_half(rt):
    both = rt.basic_auth("ann", "pw", args=("user", "pass"), envs=(None, None))
    assert both == rt.BasicAuth("ann", "pw")
    half = rt.basic_auth("ann", None, args=("user", "pass"), envs=(None, "SDK_PASS"))
    assert half.needs == (
        "pass (pass pass=... to the client or set the SDK_PASS environment variable)",
    )
    with pytest.raises(rt.MissingCredentialError, match="pass is required"):
        rt.basic_auth("ann", None, args=("user", "pass"), envs=(None, None), required=True)


def test_a_requirement_is_resolved_once_per_client(rt):
    client = rt.SyncAPIClient(
        base_url="https://api.example.com",
        user_agent="sdk/1",
        auth={"token": rt.BearerAuth("t"), "key": rt.MissingAuth(("key (pass key=...)",))},
        security=(("token",),),
    )
    spec = rt._request.RequestInput("GET", "/x")
    first = client._credentials_for(None, spec)
    assert first.headers == {"authorization": "Bearer t"}
    assert client._credentials_for((("token",),), spec) is first
    assert client._credentials_for((), spec) == rt._request.NO_CREDENTIALS
    with pytest.raises(
        rt.MissingCredentialError, match=r"^GET /x needs a credential: key \(pass key=...\)$"
    ):
        client._credentials_for((("key",),), spec)
    assert client.with_options(timeout=1)._credentials_for(None, spec) is first

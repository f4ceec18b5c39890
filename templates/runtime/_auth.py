"""Credentials and client-bound parameters.

An `Auth` is a credential resolved once, when the client is built: it contributes one header, query
parameter or cookie to the requests whose operation's security requirement names its scheme. Its repr
never shows the secret. A scheme the client was given no credential for is a `MissingAuth`: an operation
that needs it raises `MissingCredentialError` saying which argument or environment variable provides it.
A `ClientParam` is a non-secret value given once to the client (e.g. an organization slug) that methods
use as the default of one of their parameters.
"""

import base64
import os
from typing import Literal, NamedTuple, TypeAlias

from ._exceptions import MissingCredentialError

__all__ = [
    "ApiKeyAuth",
    "Auth",
    "AuthLocation",
    "BasicAuth",
    "BearerAuth",
    "ClientParam",
    "MissingAuth",
    "api_key_auth",
    "basic_auth",
    "bearer_auth",
    "require_credential",
    "resolve_client_param",
]

AuthLocation: TypeAlias = Literal["header", "query", "cookie"]


class ApiKeyAuth(NamedTuple):
    """An API key sent as the header, query parameter or cookie `name`."""

    location: AuthLocation
    name: str
    value: str

    def __repr__(self) -> str:
        return f"ApiKeyAuth(location={self.location!r}, name={self.name!r}, value=<redacted>)"

    def credential(self) -> tuple[AuthLocation, str, str]:
        """Where the credential goes, under which name, with which value."""
        return (self.location, self.name, self.value)


class BearerAuth(NamedTuple):
    """`Authorization: Bearer <token>`."""

    token: str

    def __repr__(self) -> str:
        return "BearerAuth(token=<redacted>)"

    def credential(self) -> tuple[AuthLocation, str, str]:
        """Where the credential goes, under which name, with which value."""
        return ("header", "Authorization", f"Bearer {self.token}")


class BasicAuth(NamedTuple):
    """`Authorization: Basic base64(username:password)`."""

    username: str
    password: str

    def __repr__(self) -> str:
        return f"BasicAuth(username={self.username!r}, password=<redacted>)"

    def credential(self) -> tuple[AuthLocation, str, str]:
        """Where the credential goes, under which name, with which value."""
        token = base64.b64encode(f"{self.username}:{self.password}".encode()).decode("ascii")
        return ("header", "Authorization", f"Basic {token}")


Auth: TypeAlias = ApiKeyAuth | BearerAuth | BasicAuth


class MissingAuth(NamedTuple):
    """A security scheme the client has no credential for; `needs` says how to give it, e.g.
    "api_key (pass api_key=... to the client or set the X_API_KEY environment variable)"."""

    needs: tuple[str, ...]


def bearer_auth(
    token: str | None, *, arg: str, env: str | None, required: bool = False
) -> BearerAuth | MissingAuth:
    """The bearer scheme from the constructor argument `arg` (`token`) or the variable `env`;
    `required`: raise `MissingCredentialError` now when neither gives one."""
    value = _credential(token, arg=arg, env=env, required=required)
    return BearerAuth(value) if value else MissingAuth((_needs(arg, env),))


def api_key_auth(
    location: AuthLocation,
    name: str,
    key: str | None,
    *,
    arg: str,
    env: str | None,
    required: bool = False,
) -> ApiKeyAuth | MissingAuth:
    """An API key scheme (sent as the header, query parameter or cookie `name`), as `bearer_auth`."""
    value = _credential(key, arg=arg, env=env, required=required)
    return ApiKeyAuth(location, name, value) if value else MissingAuth((_needs(arg, env),))


def basic_auth(
    username: str | None,
    password: str | None,
    *,
    args: tuple[str, str],
    envs: tuple[str | None, str | None],
    required: bool = False,
) -> BasicAuth | MissingAuth:
    """The basic scheme from two constructor arguments (or variables), as `bearer_auth`."""
    user = _credential(username, arg=args[0], env=envs[0], required=required)
    secret = _credential(password, arg=args[1], env=envs[1], required=required)
    if user and secret:
        return BasicAuth(user, secret)
    gaps = [(arg, env) for value, arg, env in zip((user, secret), args, envs) if not value]
    return MissingAuth(tuple(_needs(arg, env) for arg, env in gaps))


def _credential(value: str | None, *, arg: str, env: str | None, required: bool) -> str | None:
    if required:
        return require_credential(value, arg=arg, env=env)
    if value:
        return value
    return (os.environ.get(env) or None) if env is not None else None


def _needs(arg: str, env: str | None) -> str:
    return f"{arg} ({_where(arg, env)})"


def _where(arg: str, env: str | None) -> str:
    return f"pass {arg}=... to the client" + (
        f" or set the {env} environment variable" if env else ""
    )


class ClientParam(NamedTuple):
    """A value given once to the client (constructor argument `arg`, default from the environment
    variable `env`) that methods use unless the call passes its own."""

    arg: str
    env: str | None
    value: str | None


def resolve_client_param(param: ClientParam) -> ClientParam:
    """`param` with its value taken from the environment when the constructor argument was not given."""
    if param.value or param.env is None:
        return param
    return param._replace(value=os.environ.get(param.env) or None)


def require_credential(value: str | None, *, arg: str, env: str | None) -> str:
    """`value`, else the environment variable `env`; raise `MissingCredentialError` when both are empty."""
    if value:
        return value
    if env is not None and (from_env := os.environ.get(env)):
        return from_env
    raise MissingCredentialError(f"{arg} is required: {_where(arg, env)}")

"""Credentials and client-bound parameters.

An `Auth` is a credential resolved once, when the client is built: it contributes one header, query
parameter or cookie to every request. Its repr never shows the secret.
A `ClientParam` is a non-secret value given once to the client (e.g. an organization slug) that methods
use as the default of one of their parameters.
"""

from __future__ import annotations

import base64
import os
from dataclasses import dataclass, replace
from typing import Literal, TypeAlias

from ._exceptions import MissingCredentialError

__all__ = [
    "ApiKeyAuth",
    "Auth",
    "AuthLocation",
    "BasicAuth",
    "BearerAuth",
    "ClientParam",
    "require_credential",
    "resolve_client_param",
]

AuthLocation: TypeAlias = Literal["header", "query", "cookie"]


@dataclass(frozen=True, slots=True, repr=False)
class ApiKeyAuth:
    """An API key sent as the header, query parameter or cookie `name`."""

    location: AuthLocation
    name: str
    value: str

    def __repr__(self) -> str:
        return f"ApiKeyAuth(location={self.location!r}, name={self.name!r}, value=<redacted>)"

    def credential(self) -> tuple[AuthLocation, str, str]:
        """Where the credential goes, under which name, with which value."""
        return (self.location, self.name, self.value)


@dataclass(frozen=True, slots=True, repr=False)
class BearerAuth:
    """`Authorization: Bearer <token>`."""

    token: str

    def __repr__(self) -> str:
        return "BearerAuth(token=<redacted>)"

    def credential(self) -> tuple[AuthLocation, str, str]:
        """Where the credential goes, under which name, with which value."""
        return ("header", "Authorization", f"Bearer {self.token}")


@dataclass(frozen=True, slots=True, repr=False)
class BasicAuth:
    """`Authorization: Basic base64(username:password)`."""

    username: str
    password: str

    def __repr__(self) -> str:
        return f"BasicAuth(username={self.username!r}, password=<redacted>)"

    def credential(self) -> tuple[AuthLocation, str, str]:
        """Where the credential goes, under which name, with which value."""
        token = base64.b64encode(f"{self.username}:{self.password}".encode()).decode(
            "ascii"
        )
        return ("header", "Authorization", f"Basic {token}")


Auth: TypeAlias = ApiKeyAuth | BearerAuth | BasicAuth


@dataclass(frozen=True, slots=True)
class ClientParam:
    """A value given once to the client (constructor argument `arg`, default from the environment
    variable `env`) that methods use unless the call passes its own."""

    arg: str
    env: str | None
    value: str | None


def resolve_client_param(param: ClientParam) -> ClientParam:
    """`param` with its value taken from the environment when the constructor argument was not given."""
    if param.value or param.env is None:
        return param
    return replace(param, value=os.environ.get(param.env) or None)


def require_credential(value: str | None, *, arg: str, env: str | None) -> str:
    """`value`, else the environment variable `env`; raise `MissingCredentialError` when both are empty."""
    if value:
        return value
    if env is not None and (from_env := os.environ.get(env)):
        return from_env
    where = f"pass {arg}=... to the client" + (
        f" or set the {env} environment variable" if env else ""
    )
    raise MissingCredentialError(f"{arg} is required: {where}")

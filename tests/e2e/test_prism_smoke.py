"""Smoke test of the e2e machinery: Prism serves the newest Turso revision and reports violations."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest

from .conftest import PrismFactory

pytestmark = pytest.mark.e2e

AUTH = {"Authorization": "Bearer test-token"}


def test_valid_request_gets_the_example(
    prism_server: PrismFactory,
    turso_latest_spec: Path,
) -> None:
    base_url = prism_server(turso_latest_spec)
    response = httpx.get(
        f"{base_url}/v1/locations",
        headers=AUTH,
        timeout=30,
    )
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("application/json")
    locations = response.json()["locations"]
    assert isinstance(locations, dict) and locations


def test_missing_body_is_a_violation_with_documented_400(
    prism_server: PrismFactory,
    turso_latest_spec: Path,
) -> None:
    # createDatabase documents a 400 response: Prism answers with it and lists the violations
    # in the sl-violations header.
    base_url = prism_server(turso_latest_spec)
    response = httpx.post(
        f"{base_url}/v1/organizations/x/databases",
        headers=AUTH,
        timeout=30,
    )
    assert response.status_code == 400, response.text
    violations = json.loads(response.headers["sl-violations"])
    assert {
        "code": "required",
        "message": "Body parameter is required",
    }.items() <= violations[0].items()


def test_missing_body_without_documented_error_is_422_problem(
    prism_server: PrismFactory,
    turso_latest_spec: Path,
) -> None:
    # createGroup documents no 400/422: Prism makes up a 422 problem+json, without the header.
    base_url = prism_server(turso_latest_spec)
    response = httpx.post(
        f"{base_url}/v1/organizations/x/groups",
        headers=AUTH,
        timeout=30,
    )
    assert response.status_code == 422, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    assert "sl-violations" not in response.headers
    body = response.json()
    assert body["type"].endswith("#UNPROCESSABLE_ENTITY")
    assert body["validation"][0]["message"] == "Body parameter is required"

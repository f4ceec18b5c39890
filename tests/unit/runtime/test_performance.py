"""Decoding a large list response through the client beats `httpx.Client.get(...).json()`.

The client decodes straight from the response bytes into typed models with a cached msgspec decoder;
this compares best-of-N wall times of whole calls over the same in-memory transport.
"""

import json
import time

import httpx

ITEMS = 1_000
ROUNDS = 30


def best_time(call, rounds=ROUNDS):
    best = float("inf")
    for _ in range(rounds):
        started = time.perf_counter()
        call()
        best = min(best, time.perf_counter() - started)
    return best


def test_typed_decoding_of_1000_items_is_faster_than_plain_json(rt):
    class Instance(rt.Model):
        uuid: str
        name: str
        kind: str = rt.field(name="type")
        region: str
        hostname: str

    class Database(rt.Model):
        name: str = rt.field(name="Name")
        db_id: str = rt.field(name="DbId")
        hostname: str = rt.field(name="Hostname")
        regions: list[str]
        primary_region: str = rt.field(name="primaryRegion")
        group: str | None = None
        version: str
        archived: bool = False
        instances: list[Instance] = rt.field(default_factory=list)

    class ListDatabases(rt.Model):
        databases: list[Database]

    instance = {"uuid": "u", "name": "i", "type": "primary", "region": "ams", "hostname": "h"}
    body = json.dumps(
        {
            "databases": [
                {
                    "Name": f"db-{n}",
                    "DbId": f"id-{n}",
                    "Hostname": f"db-{n}.turso.io",
                    "regions": ["ams", "fra"],
                    "primaryRegion": "ams",
                    "group": "default",
                    "version": "0.24.1",
                    "archived": False,
                    "instances": [instance, instance],
                }
                for n in range(ITEMS)
            ]
        }
    ).encode()
    transport = httpx.MockTransport(
        lambda request: httpx.Response(
            200, content=body, headers={"content-type": "application/json"}
        )
    )

    plain = httpx.Client(transport=transport, base_url="https://api.example.com")
    client = rt.SyncAPIClient(
        base_url="https://api.example.com",
        user_agent="sdk/1 python-httpx",
        auth=[rt.BearerAuth("t")],
        http_client=httpx.Client(transport=transport),
    )

    def typed():
        return client.request(
            "get",
            "/v1/organizations/{org}/databases",
            path_params={"org": "acme"},
            response_type=ListDatabases,
        )

    result = typed()
    assert len(result.databases) == ITEMS
    assert result.databases[-1].instances[1].kind == "primary"

    plain_time = best_time(lambda: plain.get("/v1/organizations/acme/databases").json())
    typed_time = best_time(typed)
    assert typed_time < plain_time, (
        f"client {typed_time * 1e3:.2f} ms vs httpx+json {plain_time * 1e3:.2f} ms"
    )

"""A large list response decodes straight from the bytes into typed models, wire names and all.

How fast that is against `httpx.Client.get(...).json()` is measured by `scripts/bench` (the client
section of docs/benchmarks.md), never asserted here.
"""

import json

import httpx

ITEMS = 1_000


def test_typed_decoding_of_1000_items_matches_plain_json(rt):
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
    plain_body = plain.get("/v1/organizations/acme/databases").json()
    assert [
        (db.name, db.db_id, db.hostname, db.regions, db.archived, len(db.instances))
        for db in result.databases
    ] == [
        (d["Name"], d["DbId"], d["Hostname"], d["regions"], d["archived"], len(d["instances"]))
        for d in plain_body["databases"]
    ]

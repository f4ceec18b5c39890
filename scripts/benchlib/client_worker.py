"""The client runtime benchmark, in one process: a generated Turso client against raw httpx.

Run under the project's .venv:

    python scripts/benchlib/client_worker.py --package-dir DIR --spec SPEC [--repeat 5] [--number 200]

`DIR` holds the generated `turso_platform_api` package (either model backend). Both sides share one
in-memory transport returning canned bytes (no network, no sockets). Prints one JSON object.

Timing: `repeat` rounds; in each, `number` calls of the client and then `number` calls of raw httpx
(interleaved, so drift hits both alike), with the garbage collector on, as in a program; the figure is
the best round's mean (timeit's convention), the median round is reported beside it. Each round is timed
twice over: by the process's CPU time (`time.process_time`, which other work on a shared machine barely
disturbs; everything here runs on one thread, so on a quiet machine it equals wall time) and by wall time.
"""

from __future__ import annotations

import argparse
import gc
import json
import statistics
import sys
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

BASE_URL = "https://api.turso.tech"
ORG = "acme"
LIST_SIZE = 1000
REGIONS = ["aws-us-east-1", "aws-eu-west-1", "aws-ap-northeast-1", "aws-us-west-2"]


def _value(name: str, schema: dict[str, Any], i: int, spec: dict[str, Any]) -> Any:
    """A realistic value of property `name` (of `schema`) for the i-th database."""
    schema = _deref(schema, spec)
    known: dict[str, Any] = {
        "Name": f"db-{i:04d}",
        "name": f"db-{i:04d}",
        "DbId": str(uuid.uuid5(uuid.NAMESPACE_DNS, f"db-{i}.acme")),
        "id": str(uuid.uuid5(uuid.NAMESPACE_DNS, f"parent-{i}.acme")),
        "Hostname": f"db-{i:04d}-{ORG}.{REGIONS[i % len(REGIONS)]}.turso.io",
        "primaryRegion": REGIONS[i % len(REGIONS)],
        "group": "default" if i % 3 else f"group-{i % 7}",
        "regions": [REGIONS[i % len(REGIONS)], REGIONS[(i + 1) % len(REGIONS)]],
        "branched_at": f"2025-04-{1 + i % 28:02d}T13:14:34.468213117Z",
    }
    if name in known:
        return known[name]
    kind = schema.get("type")
    if kind == "object" or "properties" in schema:
        return _object(schema, i, spec)
    if kind == "boolean":
        return i % 5 == 0
    if kind == "integer":
        return i * 37 % 10_000
    if kind == "number":
        return i * 0.5
    if kind == "array":
        return [_value(name, schema.get("items", {}), i, spec)]
    if schema.get("format") == "date-time":
        return f"2025-04-{1 + i % 28:02d}T13:14:34Z"
    if "enum" in schema:
        return schema["enum"][i % len(schema["enum"])]
    return f"{name}-{i}"


def _deref(schema: dict[str, Any], spec: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        node: Any = spec
        for part in schema["$ref"].lstrip("#/").split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
        schema = node
    return schema


def _object(schema: dict[str, Any], i: int, spec: dict[str, Any]) -> dict[str, Any]:
    return {
        name: _value(name, prop, i, spec) for name, prop in schema.get("properties", {}).items()
    }


def database(i: int, spec: dict[str, Any]) -> dict[str, Any]:
    """The i-th database: every property of the spec's Database schema; one in ten is a branch."""
    schema = spec["components"]["schemas"]["Database"]
    record = {}
    for name, prop in schema["properties"].items():
        prop = _deref(prop, spec)
        if (
            prop.get("nullable")
            and (prop.get("type") == "object" or "properties" in prop)
            and i % 10
        ):
            record[name] = (
                None  # a nullable object (the parent of a branch): absent on most databases
            )
        else:
            record[name] = _value(name, prop, i, spec)
    assert set(record) == set(schema["properties"]), "every Database field"
    return record


def bodies(spec_path: Path) -> tuple[bytes, bytes]:
    spec = json.loads(spec_path.read_bytes())
    listing = {"databases": [database(i, spec) for i in range(LIST_SIZE)]}
    single = {"database": database(10, spec)}  # index 10: a branch, with its parent object
    return json.dumps(listing).encode(), json.dumps(single).encode()


def timed(func: Callable[[], object], number: int) -> tuple[float, float]:
    """(CPU seconds, wall seconds) per call."""
    gc.collect()
    cpu, wall = time.process_time(), time.perf_counter()
    for _ in range(number):
        func()
    return (time.process_time() - cpu) / number, (time.perf_counter() - wall) / number


def compare(
    client_call: Callable[[], object], raw_call: Callable[[], object], repeat: int, number: int
) -> dict[str, Any]:
    for _ in range(max(5, number // 20)):  # warm up: caches, decoders, connection pool
        client_call()
        raw_call()
    client_rounds, raw_rounds = [], []
    for _ in range(repeat):
        client_rounds.append(timed(client_call, number))
        raw_rounds.append(timed(raw_call, number))
    figures: dict[str, Any] = {"repeat": repeat, "number": number}
    for i, clock in enumerate(("", "wall_")):
        client = [r[i] for r in client_rounds]
        raw = [r[i] for r in raw_rounds]
        figures.update(
            {
                f"{clock}client_ms": min(client) * 1e3,
                f"{clock}raw_ms": min(raw) * 1e3,
                f"{clock}client_median_ms": statistics.median(client) * 1e3,
                f"{clock}raw_median_ms": statistics.median(raw) * 1e3,
                f"{clock}ratio": min(client) / min(raw),
            }
        )
    return figures


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--package-dir", type=Path, required=True)
    parser.add_argument("--spec", type=Path, required=True)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--number", type=int, default=200)
    args = parser.parse_args()

    sys.path.insert(0, str(args.package_dir.resolve()))
    import httpx
    from turso_platform_api import Turso

    list_body, single_body = bodies(args.spec)

    class Canned(httpx.BaseTransport):
        """Every request gets 200 and the same JSON bytes."""

        def __init__(self, body: bytes) -> None:
            self.body = body
            self.headers = {"content-type": "application/json", "content-length": str(len(body))}

        def handle_request(self, request: httpx.Request) -> httpx.Response:
            return httpx.Response(200, headers=self.headers, content=self.body, request=request)

    results: dict[str, Any] = {
        "list_body_bytes": len(list_body),
        "single_body_bytes": len(single_body),
        "list_size": LIST_SIZE,
    }

    list_transport, single_transport = Canned(list_body), Canned(single_body)
    turso = Turso(
        api_token="t0ken", organization=ORG, http_client=httpx.Client(transport=list_transport)
    )
    raw = httpx.Client(transport=list_transport)
    url = f"{BASE_URL}/v1/organizations/{ORG}/databases"
    listed = turso.databases.list()
    assert listed.databases is not None and len(listed.databases) == LIST_SIZE
    assert (
        listed.databases[10].parent is not None
        and listed.databases[10].parent.branched_at is not None
    )
    assert len(raw.get(url).json()["databases"]) == LIST_SIZE
    results["list"] = compare(
        lambda: turso.databases.list(), lambda: raw.get(url).json(), args.repeat, args.number
    )

    turso = Turso(
        api_token="t0ken", organization=ORG, http_client=httpx.Client(transport=single_transport)
    )
    raw = httpx.Client(transport=single_transport)
    url = f"{BASE_URL}/v1/organizations/{ORG}/databases/x"
    got = turso.databases.get("x")
    assert got.database is not None and got.database.name == "db-0010"
    assert raw.get(url).json()["database"]["Name"] == "db-0010"
    results["small"] = compare(
        lambda: turso.databases.get("x"), lambda: raw.get(url).json(), args.repeat, args.number * 5
    )
    print(json.dumps(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Every operation of the committed Turso client (generated/), sync and async, against Prism.

The operations are enumerated from the client itself (its resource properties and their public
methods), never listed by hand, and each is called with arguments derived from its signature: the
required parameters only, with a valid value for the annotated type (refined by the newest spec
revision's schema for formats, enums and examples). Prism runs with `--errors`, so a request that
does not match the spec comes back as a 4xx with an `sl-violations` header, or as a 422
problem+json with a `validation` list; every call must get a 2xx without violations, and its body
must parse into the method's return type.

A spec overlay (a copy in a temporary directory with a documented 401 and 429 on listLocations)
runs on a second Prism server to check the error classes and the retry on 429 with `Retry-After`.
"""

from __future__ import annotations

import asyncio
import copy
import datetime
import functools
import inspect
import json
import re
import sys
import types
import typing
from collections.abc import Awaitable, Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, Union

import httpx
import msgspec
import pytest

from .conftest import PrismFactory

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "generated"))

import turso_platform_api as tp
from turso_platform_api._runtime import (
    AsyncAPIResource,
    AsyncAPIResponse,
    SyncAPIResource,
)

pytestmark = pytest.mark.e2e

API_TOKEN = "test-token"
ORGANIZATION = "acme"
TIMEOUT = 10.0  # Prism never answers some malformed bodies: never wait for it forever
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
# Arguments every generated method takes that are request options, not API parameters.
OPTION_PARAMS = frozenset({"extra_headers", "extra_query", "extra_body", "timeout", "max_retries"})

JSON = dict[str, Any]


# --- the operations, from the client ------------------------------------------------------------


@dataclass(frozen=True)
class Operation:
    """One generated method: `client.<resource>.<method>` (sync) and its async twin."""

    resource: str
    method: str
    sync_function: Callable[..., Any]
    async_function: Callable[..., Any]

    @property
    def id(self) -> str:
        return f"{self.resource}.{self.method}"

    def __str__(self) -> str:
        return self.id


def _resource_classes(client_class: type, base: type) -> dict[str, type]:
    """The resources of a client class: its cached properties annotated with a `base` subclass."""
    found: dict[str, type] = {}
    for name, attribute in vars(client_class).items():
        if not isinstance(attribute, functools.cached_property):
            continue
        returned = typing.get_type_hints(attribute.func).get("return")
        if isinstance(returned, type) and issubclass(returned, base):
            found[name] = returned
    return found


def _public_methods(resource_class: type) -> dict[str, Callable[..., Any]]:
    return {
        name: member
        for name, member in vars(resource_class).items()
        if inspect.isfunction(member) and not name.startswith("_")
    }


def _enumerate_operations() -> list[Operation]:
    sync_resources = _resource_classes(tp.Turso, SyncAPIResource)
    async_resources = _resource_classes(tp.AsyncTurso, AsyncAPIResource)
    assert sync_resources, "no resources found on tp.Turso"
    assert sorted(sync_resources) == sorted(async_resources), "Turso and AsyncTurso differ"
    operations = []
    for resource, sync_class in sorted(sync_resources.items()):
        sync_methods = _public_methods(sync_class)
        async_methods = _public_methods(async_resources[resource])
        assert sorted(sync_methods) == sorted(async_methods), f"{resource}: sync and async differ"
        for method, function in sorted(sync_methods.items()):
            operations.append(Operation(resource, method, function, async_methods[method]))
    return operations


OPERATIONS = _enumerate_operations()


class PrismViolation(AssertionError):
    """Prism rejected a request the client built from valid arguments."""


class RawResponseMissing(AssertionError):
    """`with_raw_response.<method>()` did not return an APIResponse."""


# Known defects, reported rather than fixed here (tests only). Each is a strict xfail limited to its
# own exception class, so any other failure of the same test still fails, and the fix turns it into
# an XPASS failure that asks for the entry to be removed.
KNOWN_SPEC_GAPS: dict[str, str] = {}


def _operation_params() -> list[Any]:
    params = []
    for operation in OPERATIONS:
        marks = []
        if operation.id in KNOWN_SPEC_GAPS:
            marks.append(
                pytest.mark.xfail(
                    raises=PrismViolation, strict=True, reason=KNOWN_SPEC_GAPS[operation.id]
                )
            )
        params.append(pytest.param(operation, marks=marks, id=operation.id))
    return params


# --- the spec -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SpecOperation:
    method: str  # upper case
    template: str
    operation_id: str
    operation: JSON
    path_item: JSON

    @property
    def pattern(self) -> re.Pattern[str]:
        parts = re.split(r"(\{[^}]+\})", self.template)
        regex = "".join("[^/]+" if p.startswith("{") else re.escape(p) for p in parts)
        return re.compile(f"^{regex}$")

    @property
    def literal_segments(self) -> int:
        return sum(1 for s in self.template.split("/") if s and not s.startswith("{"))

    def __str__(self) -> str:
        return f"{self.operation_id} ({self.method} {self.template})"


class Spec:
    def __init__(self, document: JSON) -> None:
        self.document = document
        self.operations = [
            SpecOperation(method.upper(), template, op.get("operationId", ""), op, item)
            for template, item in document["paths"].items()
            for method, op in item.items()
            if method in HTTP_METHODS
        ]

    def deref(self, node: Any) -> Any:
        seen = 0
        while isinstance(node, dict) and "$ref" in node:
            ref: str = node["$ref"]
            assert ref.startswith("#/"), f"external $ref {ref!r} in the bundled spec"
            node = self.document
            for token in ref[2:].split("/"):
                node = node[token.replace("~1", "/").replace("~0", "~")]
            seen += 1
            assert seen < 50, f"$ref cycle at {ref}"
        return node

    def match(self, method: str, path: str) -> SpecOperation:
        """The spec operation a request (method, URL path) is for: the most specific template."""
        candidates = [
            op for op in self.operations if op.method == method and op.pattern.match(path)
        ]
        assert candidates, f"{method} {path} matches no operation of the spec"
        best = max(op.literal_segments for op in candidates)
        winners = [op for op in candidates if op.literal_segments == best]
        assert len(winners) == 1, f"{method} {path} is ambiguous: {winners}"
        return winners[0]

    def parameter_schemas(self, op: SpecOperation) -> dict[str, JSON]:
        """Path/query/header parameters and JSON body properties, by normalized name."""
        schemas: dict[str, JSON] = {}
        for parameter in [*op.path_item.get("parameters", []), *op.operation.get("parameters", [])]:
            parameter = self.deref(parameter)
            schema = dict(self.deref(parameter.get("schema", {})))
            if "example" in parameter:
                schema.setdefault("example", parameter["example"])
            schemas[_normalize(parameter["name"])] = schema
        body = self.deref(op.operation.get("requestBody", {}))
        media = body.get("content", {}).get("application/json", {})
        for name, schema in self.object_properties(media.get("schema", {})).items():
            schemas.setdefault(_normalize(name), schema)
        return schemas

    def object_properties(self, schema: Any) -> dict[str, JSON]:
        schema = self.deref(schema) or {}
        properties = {k: self.deref(v) for k, v in schema.get("properties", {}).items()}
        for part in schema.get("allOf", []):
            properties.update(self.object_properties(part))
        return properties


def _normalize(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


# --- arguments derived from the signature -----------------------------------------------------------


def _string_value(name: str, schema: JSON) -> str:
    if schema.get("enum"):
        return str(schema["enum"][0])
    fmt = schema.get("format")
    if fmt == "email" or "email" in name.lower():
        return "jane@example.com"
    if fmt == "date-time":
        return "2026-01-01T00:00:00Z"
    if fmt == "date":
        return "2026-01-01"
    if fmt == "uuid":
        return "0eb771dd-6906-11ee-8553-eaa7715aeaf2"
    if fmt in ("uri", "url"):
        return "https://example.com/"
    if isinstance(schema.get("example"), str):
        return str(schema["example"])
    return f"{name.replace('_', '-')}-1"  # e.g. "database-name-1"


def example_value(
    annotation: Any,
    *,
    name: str,
    schema: JSON | None,
    spec: Spec | None,
    path: str,
) -> Any:
    """A valid value of `annotation` (the parameter's type) for the parameter `name`."""
    schema = (spec.deref(schema) if spec else schema) or {}
    origin = typing.get_origin(annotation)
    arguments = typing.get_args(annotation)
    if origin is Literal:
        return arguments[0]
    if origin in (Union, types.UnionType):
        members = [a for a in arguments if a not in (type(None), tp.NotGiven)]
        assert members, f"{path}: no usable member in {annotation!r}"
        return example_value(members[0], name=name, schema=schema, spec=spec, path=path)
    if origin is typing.Annotated:
        return example_value(arguments[0], name=name, schema=schema, spec=spec, path=path)
    if origin in (list, tuple, set, frozenset) or (
        origin is not None and origin.__name__ == "Sequence"
    ):
        item = example_value(
            arguments[0] if arguments else str,
            name=name,
            schema=schema.get("items"),
            spec=spec,
            path=f"{path}[]",
        )
        return [item]
    if origin is dict or annotation is dict:
        return {}
    if annotation is Any or annotation is object:
        if "example" in schema:
            return schema["example"]
        return _string_value(name, schema)
    if annotation is bool:
        return True
    if annotation is int:
        example = schema.get("example")
        return example if isinstance(example, int) else max(1, int(schema.get("minimum", 1)))
    if annotation is float:
        return 1.0
    if annotation is str:
        return _string_value(name, schema)
    if annotation is datetime.datetime:
        return datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)
    if annotation is datetime.date:
        return datetime.date(2026, 1, 1)
    if annotation is bytes:
        return b"example"
    if isinstance(annotation, type) and issubclass(annotation, msgspec.Struct):
        return build_model(annotation, schema=schema, spec=spec, path=path)
    raise TypeError(f"{path}: no example value for the annotation {annotation!r}")


def build_model(model: type[msgspec.Struct], *, schema: JSON, spec: Spec | None, path: str) -> Any:
    """An instance of a generated model with every required field set (recursively)."""
    properties = spec.object_properties(schema) if spec else {}
    values = {
        field.name: example_value(
            field.type,
            name=field.name,
            schema=properties.get(field.encode_name),
            spec=spec,
            path=f"{path}.{field.name}",
        )
        for field in msgspec.structs.fields(model)
        if field.required
    }
    return model(**values)


@dataclass(frozen=True)
class CallPlan:
    """The arguments one operation is called with, and the spec operation it must reach."""

    args: tuple[Any, ...]
    kwargs: Mapping[str, Any]
    spec_operation: SpecOperation | None
    returns: Any


def plan_call(operation: Operation, spec: Spec | None, target: SpecOperation | None) -> CallPlan:
    function = operation.sync_function
    hints = typing.get_type_hints(function)
    schemas = spec.parameter_schemas(target) if spec and target else {}
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    parameters = list(inspect.signature(function).parameters.values())[1:]  # after self
    for parameter in parameters:
        if parameter.name in OPTION_PARAMS or parameter.default is not inspect.Parameter.empty:
            continue  # optional: left out
        if parameter.kind in (parameter.VAR_POSITIONAL, parameter.VAR_KEYWORD):
            continue
        value = example_value(
            hints[parameter.name],
            name=parameter.name,
            schema=schemas.get(_normalize(parameter.name)),
            spec=spec,
            path=f"{operation.id}({parameter.name})",
        )
        if parameter.kind is parameter.KEYWORD_ONLY:
            kwargs[parameter.name] = value
        else:
            args.append(value)
    return CallPlan(tuple(args), kwargs, target, hints.get("return"))


def dry_run(operation: Operation, plan: CallPlan) -> httpx.Request:
    """The request the sync client sends for `plan`, caught by an in-process transport."""
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={})

    with httpx.Client(transport=httpx.MockTransport(handler)) as http:
        client = tp.Turso(
            api_token=API_TOKEN,
            organization=ORGANIZATION,
            base_url="https://api.turso.tech",
            max_retries=0,
            http_client=http,
        )
        resource = getattr(client, operation.resource).with_raw_response
        getattr(resource, operation.method)(*plan.args, **plan.kwargs)  # the raw response: unparsed
    assert len(sent) == 1, f"{operation}: {len(sent)} requests sent"
    return sent[0]


# --- fixtures ---------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def spec(turso_latest_spec: Path) -> Spec:
    return Spec(json.loads(turso_latest_spec.read_text(encoding="utf-8")))


@pytest.fixture(scope="module")
def plans(spec: Spec) -> dict[str, CallPlan]:
    """Each operation's call: the spec operation found by a dry run, then arguments refined by it."""
    result: dict[str, CallPlan] = {}
    for operation in OPERATIONS:
        request = dry_run(operation, plan_call(operation, None, None))
        target = spec.match(request.method, request.url.path)
        result[operation.id] = plan_call(operation, spec, target)
    return result


@pytest.fixture(scope="module")
def base_url(prism_server: PrismFactory, turso_latest_spec: Path) -> str:
    return prism_server(turso_latest_spec)


def _client_options(url: str, **overrides: Any) -> dict[str, Any]:
    options: dict[str, Any] = {
        "api_token": API_TOKEN,
        "organization": ORGANIZATION,
        "base_url": url,
        "timeout": TIMEOUT,
        "max_retries": 0,
    }
    options.update(overrides)
    return options


class Traffic:
    """What went over the wire, recorded by httpx event hooks."""

    requests: list[httpx.Request]
    responses: list[httpx.Response]

    def __init__(self) -> None:
        self.requests, self.responses = [], []

    def sync_hook(self, request: httpx.Request) -> None:
        self.requests.append(request)

    async def async_hook(self, request: httpx.Request) -> None:
        self.requests.append(request)

    def sync_hooks(self) -> dict[str, list[Callable[..., Any]]]:
        return {"request": [self.sync_hook], "response": [self.responses.append]}

    def async_hooks(self) -> dict[str, list[Callable[..., Any]]]:
        async def on_response(response: httpx.Response) -> None:
            self.responses.append(response)

        return {"request": [self.async_hook], "response": [on_response]}


# --- checks ---------------------------------------------------------------------------------------


def _violations(response: httpx.Response) -> list[Any]:
    """What Prism reported about the request: the sl-violations header or a problem's list."""
    found: list[Any] = []
    header = response.headers.get("sl-violations")
    if header:
        try:
            found.extend(json.loads(header))
        except ValueError:
            found.append(header)
    if response.headers.get("content-type", "").startswith("application/problem+json"):
        try:
            problem = response.json()
        except ValueError:
            problem = {"body": response.text}
        found.extend(problem.get("validation") or [problem])
    return found


def _describe(operation: Operation, plan: CallPlan, response: httpx.Response) -> str:
    request = response.request
    body = request.content.decode(errors="replace") if request.content else "(none)"
    return (
        f"{operation} -> {plan.spec_operation}: Prism answered {response.status_code}\n"
        f"  request: {request.method} {request.url}\n"
        f"  request body: {body}\n"
        f"  violations: {json.dumps(_violations(response), indent=2)}\n"
        f"  response body: {response.text[:2000]}"
    )


def _check_exchange(operation: Operation, plan: CallPlan, traffic: Traffic) -> None:
    """One request, for the right spec operation, answered with a 2xx and no violations."""
    assert len(traffic.requests) == 1, f"{operation}: {len(traffic.requests)} requests sent"
    assert len(traffic.responses) == 1, f"{operation}: {len(traffic.responses)} responses"
    response = traffic.responses[0]
    if not 200 <= response.status_code < 300 or "sl-violations" in response.headers:
        raise PrismViolation(_describe(operation, plan, response))
    sent = traffic.requests[0]
    assert plan.spec_operation is not None
    assert sent.method == plan.spec_operation.method, f"{operation}: {sent.method}"
    assert plan.spec_operation.pattern.match(sent.url.path), (
        f"{operation}: {sent.url.path} is not {plan.spec_operation}"
    )
    assert sent.headers["authorization"] == f"Bearer {API_TOKEN}"


def _check_parsed(operation: Operation, plan: CallPlan, parsed: Any) -> None:
    if plan.returns is None or plan.returns is type(None):
        assert parsed is None, f"{operation}: {parsed!r}"
    elif isinstance(plan.returns, type):
        assert isinstance(parsed, plan.returns), (
            f"{operation}: {type(parsed)} is not {plan.returns}"
        )


def _call_sync(client: tp.Turso, operation: Operation, plan: CallPlan, **options: Any) -> Any:
    """`client.<resource>.with_raw_response.<method>(...)`: an APIResponse."""
    resource = getattr(client, operation.resource).with_raw_response
    return getattr(resource, operation.method)(*plan.args, **plan.kwargs, **options)


def _call_async(
    client: tp.AsyncTurso, operation: Operation, plan: CallPlan, **options: Any
) -> Awaitable[Any]:
    """The async mirror: an awaitable of an AsyncAPIResponse."""
    resource = getattr(client, operation.resource).with_raw_response
    awaitable: Awaitable[Any] = getattr(resource, operation.method)(
        *plan.args, **plan.kwargs, **options
    )
    return awaitable


# --- the operations against Prism ------------------------------------------------------------------


def test_every_spec_operation_is_exercised(spec: Spec, plans: dict[str, CallPlan]) -> None:
    """The client's operations are exactly the spec's (49 in the newest revision), one to one."""
    spec_ids = sorted(op.operation_id for op in spec.operations)
    reached = sorted(
        plan.spec_operation.operation_id for plan in plans.values() if plan.spec_operation
    )
    assert len(OPERATIONS) == len(spec.operations) == len(set(spec_ids))
    assert reached == spec_ids, (
        f"missing: {sorted(set(spec_ids) - set(reached))}, "
        f"reached twice: {sorted({i for i in reached if reached.count(i) > 1})}"
    )
    assert [str(op) for op in OPERATIONS] == sorted({str(op) for op in OPERATIONS})


def _check_raw(operation: Operation, raw: Any, expected: type[Any], traffic: Traffic) -> None:
    """`with_raw_response` gave the response object of that exchange, not the parsed body."""
    if not isinstance(raw, expected):
        raise RawResponseMissing(
            f"{operation}: with_raw_response returned {raw!r}, not an {expected.__name__}"
        )
    assert raw.http_response is traffic.responses[-1]
    assert raw.status_code == raw.http_response.status_code
    assert "sl-violations" not in raw.headers
    assert raw.retries_taken == 0


@pytest.mark.parametrize("operation", _operation_params())
def test_sync_operation_has_no_violation(
    operation: Operation, plans: dict[str, CallPlan], base_url: str
) -> None:
    plan = plans[operation.id]
    traffic = Traffic()
    with httpx.Client(event_hooks=traffic.sync_hooks()) as http:
        client = tp.Turso(**_client_options(base_url, http_client=http))
        try:
            raw = _call_sync(client, operation, plan)
        except tp.APIStatusError as error:
            raise PrismViolation(_describe(operation, plan, error.response)) from None
        _check_exchange(operation, plan, traffic)
        _check_raw(operation, raw, tp.APIResponse, traffic)
        _check_parsed(operation, plan, raw.parse())


@pytest.mark.parametrize("operation", _operation_params())
def test_async_operation_has_no_violation(
    operation: Operation, plans: dict[str, CallPlan], base_url: str
) -> None:
    plan = plans[operation.id]
    traffic = Traffic()

    async def scenario() -> None:
        async with httpx.AsyncClient(event_hooks=traffic.async_hooks()) as http:
            client = tp.AsyncTurso(**_client_options(base_url, http_client=http))
            try:
                raw = await _call_async(client, operation, plan)
            except tp.APIStatusError as error:
                raise PrismViolation(_describe(operation, plan, error.response)) from None
            _check_exchange(operation, plan, traffic)
            _check_raw(operation, raw, AsyncAPIResponse, traffic)
            _check_parsed(operation, plan, await raw.parse())

    asyncio.run(scenario())


# --- documented errors --------------------------------------------------------------------------------


def _documented_error_message(spec: Spec, method: str, template: str, status: str) -> str:
    response = spec.deref(spec.document["paths"][template][method]["responses"][status])
    schema = spec.deref(response["content"]["application/json"]["schema"])
    example = spec.object_properties(schema)["error"]["example"]
    assert isinstance(example, str) and example
    return example


GET_DATABASE = "/v1/organizations/{organizationSlug}/databases/{databaseName}"


def test_documented_404_raises_not_found_sync(spec: Spec, base_url: str) -> None:
    expected = _documented_error_message(spec, "get", GET_DATABASE, "404")
    with tp.Turso(**_client_options(base_url)) as client, pytest.raises(tp.NotFoundError) as caught:
        client.databases.get("db-1", extra_headers={"Prefer": "code=404"})
    error = caught.value
    assert error.status_code == 404
    assert error.message == expected
    assert str(error) == f"404 Not Found: {expected}"
    assert "sl-violations" not in error.response.headers


def test_documented_404_raises_not_found_async(spec: Spec, base_url: str) -> None:
    expected = _documented_error_message(spec, "get", GET_DATABASE, "404")

    async def scenario() -> tp.NotFoundError:
        async with tp.AsyncTurso(**_client_options(base_url)) as client:
            with pytest.raises(tp.NotFoundError) as caught:
                await client.databases.get("db-1", extra_headers={"Prefer": "code=404"})
        return caught.value

    error = asyncio.run(scenario())
    assert (error.status_code, error.message) == (404, expected)


# --- an overlay of the spec: 401 and 429 on listLocations -----------------------------------------------

UNAUTHORIZED = "token is invalid or expired"
RATE_LIMITED = "rate limit exceeded, slow down"
RETRY_AFTER = 7  # seconds: recorded through the client's `_sleep`, never slept


def _error_response(description: str, message: str) -> JSON:
    return {
        "description": description,
        "content": {
            "application/json": {
                "schema": {
                    "type": "object",
                    "properties": {"error": {"type": "string", "example": message}},
                },
                "example": {"error": message},
            }
        },
    }


@pytest.fixture(scope="module")
def overlay_url(
    prism_server: PrismFactory, turso_latest_spec: Path, tmp_path_factory: pytest.TempPathFactory
) -> str:
    document = json.loads(turso_latest_spec.read_text(encoding="utf-8"))
    overlay = copy.deepcopy(document)
    responses = overlay["paths"]["/v1/locations"]["get"]["responses"]
    responses["401"] = _error_response("Unauthorized", UNAUTHORIZED)
    responses["429"] = _error_response("Too many requests", RATE_LIMITED)
    responses["429"]["headers"] = {
        "Retry-After": {
            "description": "Seconds to wait before retrying.",
            "schema": {"type": "integer"},
            "example": RETRY_AFTER,
        }
    }
    path = tmp_path_factory.mktemp("turso-overlay") / "turso-overlay.json"
    path.write_text(json.dumps(overlay), encoding="utf-8")
    return prism_server(path)


@dataclass
class SyncHarness:
    client: tp.Turso
    traffic: Traffic
    sleeps: list[float]


@pytest.fixture
def sync_harness(overlay_url: str) -> Iterator[Callable[..., SyncHarness]]:
    opened: list[httpx.Client] = []

    def make(**overrides: Any) -> SyncHarness:
        traffic = Traffic()
        http = httpx.Client(event_hooks=traffic.sync_hooks())
        opened.append(http)
        client = tp.Turso(**_client_options(overlay_url, http_client=http, **overrides))
        sleeps: list[float] = []
        client._sleep = sleeps.append  # the contract: tests replace the wait
        return SyncHarness(client, traffic, sleeps)

    yield make
    for http in opened:
        http.close()


def test_documented_401_raises_authentication_error(
    sync_harness: Callable[..., SyncHarness],
) -> None:
    harness = sync_harness()
    with pytest.raises(tp.AuthenticationError) as caught:
        harness.client.locations.list(extra_headers={"Prefer": "code=401"})
    assert caught.value.status_code == 401
    assert caught.value.message == UNAUTHORIZED
    assert len(harness.traffic.requests) == 1
    assert harness.sleeps == []


def test_documented_429_without_retries_raises_rate_limit_error(
    sync_harness: Callable[..., SyncHarness],
) -> None:
    harness = sync_harness(max_retries=0)
    with pytest.raises(tp.RateLimitError) as caught:
        harness.client.locations.list(extra_headers={"Prefer": "code=429"})
    assert caught.value.status_code == 429
    assert caught.value.message == RATE_LIMITED
    assert caught.value.response.headers["retry-after"] == str(RETRY_AFTER)
    assert len(harness.traffic.requests) == 1
    assert harness.sleeps == []


def test_documented_429_is_retried_after_retry_after(
    sync_harness: Callable[..., SyncHarness],
) -> None:
    harness = sync_harness(max_retries=1)
    with pytest.raises(tp.RateLimitError):
        harness.client.locations.list(extra_headers={"Prefer": "code=429"})
    assert len(harness.traffic.requests) == 2  # the first attempt and one retry
    assert harness.sleeps == [float(RETRY_AFTER)]  # the server's Retry-After, not the backoff


def test_retry_then_success_reports_retries_taken(overlay_url: str) -> None:
    # Only the first attempt asks Prism for the documented 429; the retry gets the 200.
    traffic = Traffic()

    def hook(request: httpx.Request) -> None:
        traffic.sync_hook(request)
        if len(traffic.requests) == 1:
            request.headers["Prefer"] = "code=429"
        else:  # the client may resend the same Request object
            request.headers.pop("Prefer", None)

    sleeps: list[float] = []
    with httpx.Client(event_hooks={"request": [hook]}) as http:
        client = tp.Turso(**_client_options(overlay_url, http_client=http, max_retries=2))
        client._sleep = sleeps.append
        raw = client.locations.with_raw_response.list()
    assert raw.status_code == 200
    assert raw.retries_taken == 1
    assert len(traffic.requests) == 2
    assert sleeps == [float(RETRY_AFTER)]
    assert raw.parse().locations


def test_documented_errors_async(overlay_url: str) -> None:
    async def scenario() -> None:
        traffic = Traffic()
        sleeps: list[float] = []

        async def record_sleep(seconds: float) -> None:
            sleeps.append(seconds)

        async with httpx.AsyncClient(event_hooks=traffic.async_hooks()) as http:
            client = tp.AsyncTurso(**_client_options(overlay_url, http_client=http))
            client._sleep = record_sleep
            with pytest.raises(tp.AuthenticationError):
                await client.locations.list(extra_headers={"Prefer": "code=401"})
            with pytest.raises(tp.RateLimitError):
                await client.locations.list(extra_headers={"Prefer": "code=429"})
            assert (len(traffic.requests), sleeps) == (2, [])
            with pytest.raises(tp.RateLimitError) as caught:
                await client.locations.list(extra_headers={"Prefer": "code=429"}, max_retries=1)
            assert caught.value.message == RATE_LIMITED
            assert (len(traffic.requests), sleeps) == (4, [float(RETRY_AFTER)])

    asyncio.run(scenario())

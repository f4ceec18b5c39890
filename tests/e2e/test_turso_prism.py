"""Every operation of the Turso client, sync and async, with each model backend, against Prism.

The backends (the `tp` fixture): msgspec, the committed client in generated/, and pydantic, the same
spec and config generated with `[output] models = "pydantic"` (tests/conftest.py). Every test runs
once per backend; its id starts with the backend's name.

The operations are enumerated from the client itself (its resource properties and their public
methods), never listed by hand: the test ids from the committed client when the tests are
collected, and each test then takes its operation from its backend's client (which must have exactly
the same ones). Each is called with arguments derived from its signature: the required parameters
only, with a valid value for the annotated type (refined by the newest spec revision's schema for
formats, enums and examples; request models are built through the backend's own field list). Prism
runs with `--errors`, so a request that does not match the spec comes back as a 4xx with an
`sl-violations` header, or as a 422 problem+json with a `validation` list; every call must get a 2xx
without violations, and its body must parse into the method's return type.

A spec overlay (a copy in a temporary directory with a documented 401 and 429 on listLocations)
runs on a second Prism server to check the error classes and the retry on 429 with `Retry-After`.
"""

from __future__ import annotations

import asyncio
import copy
import datetime
import functools
import importlib
import inspect
import json
import re
import sys
import types
import typing
from collections.abc import Awaitable, Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any, Literal, Union

import httpx
import msgspec
import pydantic
import pytest

from generator import project

from .conftest import PrismFactory

pytestmark = pytest.mark.e2e

# The backends of tests/conftest.py's turso_package, and the base class of their models.
MODEL_BACKENDS: dict[str, type] = {"msgspec": msgspec.Struct, "pydantic": pydantic.BaseModel}

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


def _runtime(tp: ModuleType) -> ModuleType:
    """The package's copy of the runtime (`<package>._runtime`)."""
    return importlib.import_module(f"{tp.__name__}._runtime")


@functools.cache
def enumerate_operations(tp: ModuleType) -> list[Operation]:
    """The operations of a client package, sorted by id."""
    runtime = _runtime(tp)
    sync_resources = _resource_classes(tp.Turso, runtime.SyncAPIResource)
    async_resources = _resource_classes(tp.AsyncTurso, runtime.AsyncAPIResource)
    assert sync_resources, f"no resources found on {tp.__name__}.Turso"
    assert sorted(sync_resources) == sorted(async_resources), "Turso and AsyncTurso differ"
    operations = []
    for resource, sync_class in sorted(sync_resources.items()):
        sync_methods = _public_methods(sync_class)
        async_methods = _public_methods(async_resources[resource])
        assert sorted(sync_methods) == sorted(async_methods), f"{resource}: sync and async differ"
        for method, function in sorted(sync_methods.items()):
            operations.append(Operation(resource, method, function, async_methods[method]))
    return operations


def _committed_client() -> ModuleType:
    """The committed msgspec client (generated/): what the tests are collected from."""
    if str(project.GENERATED_DIR) not in sys.path:
        sys.path.insert(0, str(project.GENERATED_DIR))
    return importlib.import_module("turso_platform_api")


OPERATION_IDS = [operation.id for operation in enumerate_operations(_committed_client())]


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
    for operation_id in OPERATION_IDS:
        marks = []
        if operation_id in KNOWN_SPEC_GAPS:
            marks.append(
                pytest.mark.xfail(
                    raises=PrismViolation, strict=True, reason=KNOWN_SPEC_GAPS[operation_id]
                )
            )
        params.append(pytest.param(operation_id, marks=marks, id=operation_id))
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


@dataclass(frozen=True)
class ModelField:
    """A field of a generated model, whichever backend made it."""

    name: str  # the Python name: the constructor's keyword
    wire_name: str  # the spec's property name
    annotation: Any
    required: bool


def model_fields(model: type) -> list[ModelField]:
    """The fields of a generated model class: a msgspec Struct or a pydantic (v2) model."""
    if issubclass(model, msgspec.Struct):
        return [
            ModelField(field.name, field.encode_name, field.type, field.required)
            for field in msgspec.structs.fields(model)
        ]
    if issubclass(model, pydantic.BaseModel):
        return [
            ModelField(name, info.alias or name, info.annotation, info.is_required())
            for name, info in model.model_fields.items()
        ]
    raise TypeError(f"{model!r} is neither a msgspec Struct nor a pydantic model")


@dataclass(frozen=True)
class Examples:
    """Valid argument values for one client package (`runtime`: its `_runtime`), refined by `spec`."""

    runtime: ModuleType
    spec: Spec | None

    def value(self, annotation: Any, *, name: str, schema: JSON | None, path: str) -> Any:
        """A valid value of `annotation` (the parameter's type) for the parameter `name`."""
        schema = (self.spec.deref(schema) if self.spec else schema) or {}
        origin = typing.get_origin(annotation)
        arguments = typing.get_args(annotation)
        if origin is Literal:
            return arguments[0]
        if origin in (Union, types.UnionType):
            members = [a for a in arguments if a not in (type(None), self.runtime.NotGiven)]
            assert members, f"{path}: no usable member in {annotation!r}"
            return self.value(members[0], name=name, schema=schema, path=path)
        if origin is typing.Annotated:
            return self.value(arguments[0], name=name, schema=schema, path=path)
        if origin in (list, tuple, set, frozenset) or (
            origin is not None and origin.__name__ == "Sequence"
        ):
            item = self.value(
                arguments[0] if arguments else str,
                name=name,
                schema=schema.get("items"),
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
        if isinstance(annotation, type) and issubclass(annotation, self.runtime.Model):
            return self.model(annotation, schema=schema, path=path)
        raise TypeError(f"{path}: no example value for the annotation {annotation!r}")

    def model(self, model: type, *, schema: JSON, path: str) -> Any:
        """An instance of a generated model with every required field set (recursively)."""
        properties = self.spec.object_properties(schema) if self.spec else {}
        values = {
            field.name: self.value(
                field.annotation,
                name=field.name,
                schema=properties.get(field.wire_name),
                path=f"{path}.{field.name}",
            )
            for field in model_fields(model)
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


def plan_call(
    tp: ModuleType, operation: Operation, spec: Spec | None, target: SpecOperation | None
) -> CallPlan:
    function = operation.sync_function
    hints = typing.get_type_hints(function)
    schemas = spec.parameter_schemas(target) if spec and target else {}
    examples = Examples(_runtime(tp), spec)
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    parameters = list(inspect.signature(function).parameters.values())[1:]  # after self
    for parameter in parameters:
        if parameter.name in OPTION_PARAMS or parameter.default is not inspect.Parameter.empty:
            continue  # optional: left out
        if parameter.kind in (parameter.VAR_POSITIONAL, parameter.VAR_KEYWORD):
            continue
        value = examples.value(
            hints[parameter.name],
            name=parameter.name,
            schema=schemas.get(_normalize(parameter.name)),
            path=f"{operation.id}({parameter.name})",
        )
        if parameter.kind is parameter.KEYWORD_ONLY:
            kwargs[parameter.name] = value
        else:
            args.append(value)
    return CallPlan(tuple(args), kwargs, target, hints.get("return"))


def dry_run(tp: ModuleType, operation: Operation, plan: CallPlan) -> httpx.Request:
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


def _backend_package(turso_package: Callable[[str], ModuleType], backend: str) -> ModuleType:
    package = turso_package(backend)
    model = _runtime(package).Model
    assert issubclass(model, MODEL_BACKENDS[backend]), (
        f"{package.__name__} was to use the {backend} backend, but its Model is {model.__mro__}"
    )
    return package


@pytest.fixture(scope="module", params=list(MODEL_BACKENDS))
def tp(request: pytest.FixtureRequest, turso_package: Callable[[str], ModuleType]) -> ModuleType:
    """The Turso client package of one model backend (the first part of every test id)."""
    backend: str = request.param
    return _backend_package(turso_package, backend)


@pytest.fixture(scope="module")
def operations(tp: ModuleType) -> dict[str, Operation]:
    """The backend's operations by id."""
    return {operation.id: operation for operation in enumerate_operations(tp)}


@pytest.fixture(scope="module")
def spec(turso_latest_spec: Path) -> Spec:
    return Spec(json.loads(turso_latest_spec.read_text(encoding="utf-8")))


@pytest.fixture(scope="module")
def plans(tp: ModuleType, operations: dict[str, Operation], spec: Spec) -> dict[str, CallPlan]:
    """Each operation's call: the spec operation found by a dry run, then arguments refined by it."""
    result: dict[str, CallPlan] = {}
    for operation in operations.values():
        request = dry_run(tp, operation, plan_call(tp, operation, None, None))
        target = spec.match(request.method, request.url.path)
        result[operation.id] = plan_call(tp, operation, spec, target)
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


def _call_sync(client: Any, operation: Operation, plan: CallPlan, **options: Any) -> Any:
    """`client.<resource>.with_raw_response.<method>(...)`: an APIResponse."""
    resource = getattr(client, operation.resource).with_raw_response
    return getattr(resource, operation.method)(*plan.args, **plan.kwargs, **options)


def _call_async(
    client: Any, operation: Operation, plan: CallPlan, **options: Any
) -> Awaitable[Any]:
    """The async mirror: an awaitable of an AsyncAPIResponse."""
    resource = getattr(client, operation.resource).with_raw_response
    awaitable: Awaitable[Any] = getattr(resource, operation.method)(
        *plan.args, **plan.kwargs, **options
    )
    return awaitable


# --- the operations against Prism ------------------------------------------------------------------


def test_every_spec_operation_is_exercised(
    tp: ModuleType, operations: dict[str, Operation], spec: Spec, plans: dict[str, CallPlan]
) -> None:
    """The client's operations are exactly the spec's (49 in the newest revision), one to one, and
    the ones the tests were collected with."""
    assert list(operations) == OPERATION_IDS, (
        f"{tp.__name__} differs from the committed client: "
        f"only in {tp.__name__}: {sorted(set(operations) - set(OPERATION_IDS))}, "
        f"only in the committed client: {sorted(set(OPERATION_IDS) - set(operations))}"
    )
    spec_ids = sorted(op.operation_id for op in spec.operations)
    reached = sorted(
        plan.spec_operation.operation_id for plan in plans.values() if plan.spec_operation
    )
    assert len(operations) == len(spec.operations) == len(set(spec_ids))
    assert reached == spec_ids, (
        f"missing: {sorted(set(spec_ids) - set(reached))}, "
        f"reached twice: {sorted({i for i in reached if reached.count(i) > 1})}"
    )
    assert OPERATION_IDS == sorted(set(OPERATION_IDS))


def _model_classes(tp: ModuleType) -> dict[str, type]:
    base = _runtime(tp).Model
    return {
        name: value
        for name, value in vars(tp.models).items()
        if isinstance(value, type) and issubclass(value, base) and value is not base
    }


def test_models_build_alike_in_both_backends(turso_package: Callable[[str], ModuleType]) -> None:
    """`model_fields` reads both backends alike, and `Examples` builds every model of each.

    The Turso operations take no model argument today, so the suite above builds none: this keeps
    the request-model path of both backends exercised for when one does.
    """
    packages = {backend: _backend_package(turso_package, backend) for backend in MODEL_BACKENDS}
    classes = {backend: _model_classes(tp) for backend, tp in packages.items()}
    msgspec_models, pydantic_models = classes["msgspec"], classes["pydantic"]
    assert msgspec_models, "no models found in turso_platform_api.models"
    assert sorted(msgspec_models) == sorted(pydantic_models)
    for name, model in msgspec_models.items():
        shape = [(f.name, f.wire_name, f.required) for f in model_fields(model)]
        other = [(f.name, f.wire_name, f.required) for f in model_fields(pydantic_models[name])]
        assert shape == other, f"{name}: msgspec {shape} != pydantic {other}"
        required = {f.wire_name for f in model_fields(model) if f.required}
        for backend, tp in packages.items():
            built = Examples(_runtime(tp), None).model(classes[backend][name], schema={}, path=name)
            assert set(built.to_dict()) == required, f"{backend} {name}: {built.to_dict()}"


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


def _operation_sync(tp: ModuleType, operation: Operation, plan: CallPlan, base_url: str) -> None:
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


def _operation_async(tp: ModuleType, operation: Operation, plan: CallPlan, base_url: str) -> None:
    traffic = Traffic()

    async def scenario() -> None:
        async with httpx.AsyncClient(event_hooks=traffic.async_hooks()) as http:
            client = tp.AsyncTurso(**_client_options(base_url, http_client=http))
            try:
                raw = await _call_async(client, operation, plan)
            except tp.APIStatusError as error:
                raise PrismViolation(_describe(operation, plan, error.response)) from None
            _check_exchange(operation, plan, traffic)
            _check_raw(operation, raw, _runtime(tp).AsyncAPIResponse, traffic)
            _check_parsed(operation, plan, await raw.parse())

    asyncio.run(scenario())


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("operation_id", _operation_params())
def test_operation(
    tp: ModuleType,
    operations: dict[str, Operation],
    plans: dict[str, CallPlan],
    base_url: str,
    operation_id: str,
    mode: str,
) -> None:
    """The call gets a 2xx from Prism without violations, and its body parses (id: backend,
    operation, sync or async)."""
    assert operation_id in operations, f"{tp.__name__} has no operation {operation_id}"
    run = _operation_sync if mode == "sync" else _operation_async
    run(tp, operations[operation_id], plans[operation_id], base_url)


# --- documented errors --------------------------------------------------------------------------------


def _documented_error_message(spec: Spec, method: str, template: str, status: str) -> str:
    response = spec.deref(spec.document["paths"][template][method]["responses"][status])
    schema = spec.deref(response["content"]["application/json"]["schema"])
    example = spec.object_properties(schema)["error"]["example"]
    assert isinstance(example, str) and example
    return example


GET_DATABASE = "/v1/organizations/{organizationSlug}/databases/{databaseName}"


def test_documented_404_raises_not_found_sync(tp: ModuleType, spec: Spec, base_url: str) -> None:
    expected = _documented_error_message(spec, "get", GET_DATABASE, "404")
    with tp.Turso(**_client_options(base_url)) as client, pytest.raises(tp.NotFoundError) as caught:
        client.databases.get("db-1", extra_headers={"Prefer": "code=404"})
    error = caught.value
    assert error.status_code == 404
    assert error.message == expected
    assert str(error) == f"404 Not Found: {expected}"
    assert "sl-violations" not in error.response.headers


def test_documented_404_raises_not_found_async(tp: ModuleType, spec: Spec, base_url: str) -> None:
    expected = _documented_error_message(spec, "get", GET_DATABASE, "404")

    async def scenario() -> Any:
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
    client: Any  # the backend's Turso
    traffic: Traffic
    sleeps: list[float]


@pytest.fixture
def sync_harness(tp: ModuleType, overlay_url: str) -> Iterator[Callable[..., SyncHarness]]:
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
    tp: ModuleType, sync_harness: Callable[..., SyncHarness]
) -> None:
    harness = sync_harness()
    with pytest.raises(tp.AuthenticationError) as caught:
        harness.client.locations.list(extra_headers={"Prefer": "code=401"})
    assert caught.value.status_code == 401
    assert caught.value.message == UNAUTHORIZED
    assert len(harness.traffic.requests) == 1
    assert harness.sleeps == []


def test_documented_429_without_retries_raises_rate_limit_error(
    tp: ModuleType, sync_harness: Callable[..., SyncHarness]
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
    tp: ModuleType, sync_harness: Callable[..., SyncHarness]
) -> None:
    harness = sync_harness(max_retries=1)
    with pytest.raises(tp.RateLimitError):
        harness.client.locations.list(extra_headers={"Prefer": "code=429"})
    assert len(harness.traffic.requests) == 2  # the first attempt and one retry
    assert harness.sleeps == [float(RETRY_AFTER)]  # the server's Retry-After, not the backoff


def test_retry_then_success_reports_retries_taken(tp: ModuleType, overlay_url: str) -> None:
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


def test_documented_errors_async(tp: ModuleType, overlay_url: str) -> None:
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

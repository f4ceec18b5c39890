"""The runtime type-checks under `mypy --strict` and pyright strict, with both model backends, and
gives generated-style code the types the contract promises (checked with `assert_type`)."""

import json
import shutil
import subprocess
import sys
import textwrap

import pytest

from .conftest import build_runtime_package

pytestmark = pytest.mark.slow

GENERATED_STYLE = textwrap.dedent(
    '''
    """Code shaped like a generated client, to check the types the runtime gives it."""

    from __future__ import annotations

    from functools import cached_property
    from typing import assert_type

    from ._runtime import (
        NOT_GIVEN,
        APIResponse,
        AsyncAPIClient,
        AsyncAPIResource,
        AsyncAPIResponse,
        AsyncPage,
        AsyncPaginator,
        BearerAuth,
        ClientParam,
        Model,
        NotGiven,
        PageNumberPagination,
        SyncAPIClient,
        SyncAPIResource,
        SyncPage,
        async_to_raw_response_wrapper,
        field,
        make_request_options,
        require_credential,
        to_raw_response_wrapper,
    )

    LOGS = PageNumberPagination(
        items="audit_logs", page_param="page", size_param="page_size", total_pages=("pagination", "total_pages")
    )


    class Database(Model):
        group: str | None = None
        name: str = field(name="Name")


    class Problem(Model):
        error: str


    class ListAuditLogs(Model):
        audit_logs: list[Database]


    class Databases(SyncAPIResource):
        @cached_property
        def with_raw_response(self) -> DatabasesWithRawResponse:
            return DatabasesWithRawResponse(self)

        def get(
            self, name: str, *, organization_slug: str | NotGiven = NOT_GIVEN, timeout: float | None | NotGiven = NOT_GIVEN
        ) -> Database:
            return self._client.request(
                "get",
                "/v1/organizations/{organizationSlug}/databases/{name}",
                path_params={"organizationSlug": self._client.client_param("organization_slug", organization_slug), "name": name},
                response_type=Database,
                options=make_request_options(timeout=timeout),
            )

        def either(self) -> Database | Problem:
            return self._client.request("get", "/x", response_type=Database | Problem)

        def list(self, *, page: int | NotGiven = NOT_GIVEN) -> SyncPage[Database]:
            return self._client.request_page(
                "get", "/logs", query={"page": page}, pagination=LOGS, response_type=ListAuditLogs, item_type=Database
            )


    class DatabasesWithRawResponse:
        def __init__(self, databases: Databases) -> None:
            self.get = to_raw_response_wrapper(databases.get)
            self.list = to_raw_response_wrapper(databases.list)


    class AsyncDatabases(AsyncAPIResource):
        async def get(self, name: str) -> Database:
            return await self._client.request("get", "/d/{name}", path_params={"name": name}, response_type=Database)

        def list(self) -> AsyncPaginator[Database]:
            return self._client.request_page(
                "get", "/logs", pagination=LOGS, response_type=ListAuditLogs, item_type=Database
            )


    class Client(SyncAPIClient):
        def __init__(self, *, api_token: str | None = None, organization: str | None = None) -> None:
            super().__init__(
                base_url="https://api.example.com",
                user_agent="sdk/1.0 python-httpx",
                auth=[BearerAuth(require_credential(api_token, arg="api_token", env="SDK_API_TOKEN"))],
                client_params={"organization_slug": ClientParam("organization", "SDK_ORGANIZATION", organization)},
            )

        @cached_property
        def databases(self) -> Databases:
            return Databases(self)


    class AsyncClient(AsyncAPIClient):
        @cached_property
        def databases(self) -> AsyncDatabases:
            return AsyncDatabases(self)


    def use(client: Client) -> None:
        with client.with_options(timeout=5.0, organization="acme") as copy:
            assert_type(copy, Client)
            assert_type(copy.databases.get("db"), Database)
            raw = copy.databases.with_raw_response.get("db", timeout=None)
            assert_type(raw, APIResponse[Database])
            assert_type(raw.parse(), Database)
            for database in copy.databases.list():
                assert_type(database, Database)
            assert_type(copy.databases.with_raw_response.list().parse(), SyncPage[Database])


    async def use_async(client: AsyncClient) -> None:
        async with client:
            async for database in client.databases.list():
                assert_type(database, Database)
            page = await client.databases.list()
            assert_type(page, AsyncPage[Database])
            raw = await async_to_raw_response_wrapper(client.databases.get)("db")
            assert_type(raw, AsyncAPIResponse[Database])
            assert_type(await raw.parse(), Database)
    '''
)


@pytest.fixture(scope="module")
def checked_packages(tmp_path_factory):
    root = tmp_path_factory.mktemp("static")
    packages = []
    for backend in ("msgspec", "pydantic"):
        package = build_runtime_package(root, f"typed_{backend}", backend)
        (package / "_client.py").write_text(GENERATED_STYLE)
        packages.append(package.name)
    return root, packages


def run(command, cwd):
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False)


def test_mypy_strict(checked_packages):
    pytest.importorskip("mypy")
    root, packages = checked_packages
    result = run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", *packages], cwd=root
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_pyright_strict(checked_packages):
    pytest.importorskip("pyright")
    if shutil.which("node") is None:
        pytest.skip("pyright needs node")
    root, packages = checked_packages
    (root / "pyrightconfig.json").write_text(
        json.dumps({"typeCheckingMode": "strict", "pythonVersion": "3.11"})
    )
    result = run(
        [sys.executable, "-m", "pyright", "--pythonpath", sys.executable, *packages], cwd=root
    )
    assert result.returncode == 0, result.stdout + result.stderr

"""The committed Turso client passes the checks its users run: ruff, mypy --strict and pyright strict.

A typed usage example is checked too, and a deliberately wrong call must fail the type check.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from generator import project

BIN = Path(sys.executable).parent
PACKAGE = project.GENERATED_DIR / "turso_platform_api"

USAGE = """
    from turso_platform_api import AsyncTurso, NotFoundError, Turso
    from turso_platform_api.models import Database


    def provision(turso: Turso, tenant: str) -> str:
        turso.databases.create(name=tenant, group="default")
        token = turso.databases.create_token(tenant, expiration="2w", authorization="read-only")
        try:
            turso.databases.get(tenant)
        except NotFoundError as exc:
            print(exc.status_code)
        for log in turso.audit_logs.list(page_size=50):
            print(log.code)
        databases: list[Database] = turso.databases.list().databases or []
        print(len(databases), turso.with_options(timeout=5.0).locations.list())
        return token.jwt or ""


    async def provision_async(turso: AsyncTurso, tenant: str) -> None:
        await turso.databases.create(name=tenant, group="default")
        async for log in turso.audit_logs.list():
            print(log.message)
        raw = await turso.databases.with_raw_response.get(tenant)
        print(raw.status_code)
"""


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=cwd, capture_output=True, text=True, timeout=600, check=False)


def test_ruff_clean() -> None:
    result = run(
        str(BIN / "ruff"),
        "check",
        "--isolated",
        "--no-cache",
        "--line-length=100",
        ".",
        cwd=project.GENERATED_DIR,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    result = run(
        str(BIN / "ruff"),
        "format",
        "--isolated",
        "--no-cache",
        "--line-length=100",
        "--check",
        ".",
        cwd=project.GENERATED_DIR,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.slow
def test_mypy_strict_on_package_and_usage(tmp_path: Path) -> None:
    (tmp_path / "usage.py").write_text(textwrap.dedent(USAGE))
    result = run(
        sys.executable,
        "-m",
        "mypy",
        "--strict",
        "--no-incremental",
        "--cache-dir=/dev/null",
        "turso_platform_api",
        str(tmp_path / "usage.py"),
        cwd=project.GENERATED_DIR,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.slow
def test_pyright_strict_on_package_and_usage(tmp_path: Path) -> None:
    (tmp_path / "usage.py").write_text(textwrap.dedent(USAGE))
    (tmp_path / "pyrightconfig.json").write_text(
        json.dumps(
            {
                "typeCheckingMode": "strict",
                "extraPaths": [str(project.GENERATED_DIR)],
                "pythonVersion": "3.11",
            }
        )
    )
    result = run(
        str(BIN / "pyright"),
        "--pythonpath",
        sys.executable,
        "-p",
        str(tmp_path / "pyrightconfig.json"),
        str(PACKAGE),
        str(tmp_path / "usage.py"),
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stdout[-5000:] + result.stderr


@pytest.mark.slow
def test_a_wrong_argument_type_fails_the_type_check(tmp_path: Path) -> None:
    (tmp_path / "wrong.py").write_text(
        "from turso_platform_api import Turso\n\n"
        "def f(turso: Turso) -> None:\n"
        "    turso.databases.create(name=42, group='default')\n"
        "    turso.databases.create_token('db', authorization='write-everything')\n"
    )
    result = run(
        sys.executable,
        "-m",
        "mypy",
        "--strict",
        "--no-incremental",
        "--cache-dir=/dev/null",
        str(tmp_path / "wrong.py"),
        cwd=project.GENERATED_DIR,
    )
    assert result.returncode == 1
    assert 'Argument "name" to "create" of "Databases" has incompatible type "int"' in result.stdout
    assert '"authorization" to "create_token"' in result.stdout

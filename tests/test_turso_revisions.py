"""Every pinned Turso revision (and the YAML copy of the newest) becomes a complete, importable client.

The golden directories are the output of each revision (tests/test_golden.py keeps them current), so
these checks read them instead of generating again.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from generator import project
from generator.ir.build import HTTP_METHODS

REVISIONS = [r.name for r in project.manifest().revisions]


def spec_operations(path: Path) -> int:
    raw = path.read_bytes()
    try:
        data = json.loads(raw)
    except ValueError:
        data = yaml.safe_load(raw)
    return sum(1 for item in data["paths"].values() for method in item if method in HTTP_METHODS)


def client_operations(package: Path) -> int:
    """Public methods of the sync resource classes (not the raw-response or async mirrors)."""
    count = 0
    for module in (package / "resources").glob("*.py"):
        tree = ast.parse(module.read_text())
        for node in tree.body:
            if (
                isinstance(node, ast.ClassDef)
                and not node.name.startswith("Async")
                and not node.name.endswith("WithRawResponse")
            ):
                count += sum(
                    1
                    for item in node.body
                    if isinstance(item, ast.FunctionDef) and item.name != "with_raw_response"
                )
    return count


@pytest.mark.slow
@pytest.mark.parametrize("name", REVISIONS)
def test_client_has_every_operation(name: str) -> None:
    spec, _ = project.spec_path(name)
    package = project.GOLDEN_DIR / name / "turso_platform_api"
    assert client_operations(package) == spec_operations(spec)


@pytest.mark.slow
def test_every_golden_package_byte_compiles_and_imports(tmp_path: Path) -> None:
    script = (
        "import sys, compileall\n"
        "for root in sys.argv[1:]:\n"
        "    assert compileall.compile_dir(root + '/turso_platform_api', quiet=1, legacy=True), root\n"
        "    sys.path.insert(0, root)\n"
        "    import turso_platform_api, turso_platform_api.models\n"
        "    assert turso_platform_api.Turso(api_token='t').databases is not None\n"
        "    sys.path.remove(root)\n"
        "    for mod in [m for m in sys.modules if m.split('.')[0] == 'turso_platform_api']:\n"
        "        del sys.modules[mod]\n"
    )
    roots = []
    for name in REVISIONS:  # compile copies: never write __pycache__ into the golden directories
        copy = tmp_path / name
        subprocess.run(["cp", "-r", str(project.GOLDEN_DIR / name), str(copy)], check=True)
        roots.append(str(copy))
    result = subprocess.run(
        [sys.executable, "-c", script, *roots], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr[-3000:]


def test_yaml_copy_of_the_newest_revision_gives_the_same_client(tmp_path: Path) -> None:
    from generator.pipeline import generate_files

    yaml_path, _ = project.spec_path("openapi-yml")
    json_path, _ = project.spec_path(None)
    from_yaml = generate_files(yaml_path, project.project_config(), display_name="x").files
    from_json = generate_files(json_path, project.project_config(), display_name="x").files
    assert from_yaml == from_json

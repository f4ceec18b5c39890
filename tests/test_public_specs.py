"""The large public specs (GitHub 2020, Stripe 2022) generate, byte-compile, import and pass mypy --strict,
with the msgspec backend and with the pydantic backend (whose models all build their schemas).

They are read from ../shared/specs/public (data of others, never committed); absent there, these skip.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from generator import project
from generator.config import Config
from generator.diagnostics import Diagnostic
from generator.ir.build import HTTP_METHODS
from generator.load.read import LoadedDocument
from generator.pipeline import generate

# The `worker_verdicts` fixture (tests/conftest.py).
WorkerVerdicts = Callable[[list[LoadedDocument]], list[tuple[Diagnostic, ...]]]

PUBLIC = project.ROOT.parent / "shared" / "specs" / "public"
SPECS = {
    "github": "github-api.github.com-2020-08-30-e523388.json",
    "stripe": "stripe-spec3-2022-04-12-e0123a3.json",
}


BACKENDS = ("msgspec", "pydantic")


@pytest.fixture(
    scope="module", params=[(s, b) for s in sorted(SPECS) for b in BACKENDS], ids="-".join
)
def generated(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, Path]:
    name, backend = request.param
    spec = PUBLIC / SPECS[name]
    if not spec.is_file():
        pytest.skip(f"{spec} is not here")
    out = tmp_path_factory.mktemp(f"{name}-{backend}")
    config = Config().with_package_name(f"{name}_client")
    config = replace(config, output=replace(config.output, models=backend))
    generate(spec, out, config, display_name=spec.name)
    return spec, out


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=cwd, capture_output=True, text=True, timeout=900, check=False)


@pytest.mark.slow
def test_byte_compiles_imports_and_has_every_operation(generated: tuple[Path, Path]) -> None:
    spec, out = generated
    package = next(p.name for p in out.iterdir() if p.is_dir())
    script = (
        "import compileall, importlib, inspect, sys\n"
        f"assert compileall.compile_dir({package!r}, quiet=1)\n"
        f"pkg = importlib.import_module({package!r})\n"
        f"resources = importlib.import_module({package!r} + '.resources')\n"
        "count = 0\n"
        "for name in resources.__all__:\n"
        "    cls = getattr(resources, name)\n"
        "    if not name.startswith('Async'):\n"
        "        count += sum(1 for n, f in vars(cls).items() if inspect.isfunction(f))\n"
        "print(count)\n"
        # pydantic builds a model's schema on first use: build them all (discriminated unions...)
        f"models = importlib.import_module({package!r} + '.models')\n"
        "if hasattr(models.Model, 'model_rebuild'):\n"
        "    import pydantic\n"
        "    for name in models.__all__:\n"
        "        obj = getattr(models, name)\n"
        "        if isinstance(obj, type) and issubclass(obj, pydantic.BaseModel):\n"
        "            obj.model_rebuild(force=True)\n"
        "        else:\n"
        "            pydantic.TypeAdapter(obj)\n"
    )
    result = run(sys.executable, "-c", script, cwd=out)
    assert result.returncode == 0, result.stderr[-3000:]
    data = json.loads(spec.read_bytes())
    expected = sum(1 for item in data["paths"].values() for m in item if m in HTTP_METHODS)
    assert int(result.stdout.strip()) == expected


@pytest.mark.slow
def test_mypy_strict(generated: tuple[Path, Path]) -> None:
    _, out = generated
    package = next(p.name for p in out.iterdir() if p.is_dir())
    result = run(
        sys.executable, "-m", "mypy", "--strict", "--cache-dir=/dev/null", package, cwd=out
    )
    assert result.returncode == 0, result.stdout[-5000:]


@pytest.mark.slow
def test_ruff_clean(generated: tuple[Path, Path]) -> None:
    _, out = generated
    ruff = Path(sys.executable).with_name("ruff")
    result = run(str(ruff), "check", "--isolated", "--no-cache", "--line-length=100", ".", cwd=out)
    assert result.returncode == 0, result.stdout[-5000:]


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(SPECS))
def test_the_quick_checks_change_no_verdict(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """jsonschema-rs only vouches for what the Python walks accept: same verdict without it."""
    from generator.load import validate as validate_module
    from generator.load.read import read_document

    spec = PUBLIC / SPECS[name]
    if not spec.is_file():
        pytest.skip(f"{spec} is not here")
    doc = read_document(spec)
    quick = validate_module._schema_pass(doc) + validate_module._keyword_pass(doc)
    monkeypatch.setattr(validate_module, "_fast_validator", lambda version: None)
    monkeypatch.setattr(validate_module, "_fast_meta_validator", lambda: None)
    slow = validate_module._schema_pass(doc) + validate_module._keyword_pass(doc)
    assert sorted(map(repr, slow)) == sorted(map(repr, quick))


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(SPECS))
def test_the_patched_worker_changes_no_verdict(name: str, worker_verdicts: WorkerVerdicts) -> None:
    """The worker's patched validator (validator_patches.py) finds what this process finds."""
    from generator.load.read import read_document
    from generator.load.validate import validate

    spec = PUBLIC / SPECS[name]
    if not spec.is_file():
        pytest.skip(f"{spec} is not here")
    doc = read_document(spec)
    assert worker_verdicts([doc]) == [validate(doc)]

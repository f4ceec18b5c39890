"""Customization and publishing: template overlays, the template commands, black, the custom/ folder,
and a package that builds and passes twine check."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest

from generator import project
from generator.config import Config
from generator.pipeline import generate, generate_files
from generator.render.env import template_names

SPEC = Path(__file__).resolve().parents[1] / "fixtures" / "customization" / "petstore.yaml"


def sdkgen(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=300,
        check=False,
    )


def config() -> Config:
    return Config().with_package_name("petstore")


def test_templates_list_names_every_builtin_template() -> None:
    result = sdkgen("templates", "list")
    assert result.returncode == 0
    assert result.stdout.split() == template_names()
    assert "resource.py.jinja" in result.stdout.split()


def test_templates_copy_then_overlay_changes_only_that_output(tmp_path: Path) -> None:
    overlay = tmp_path / "overlay"
    result = sdkgen("templates", "copy", "README.md.jinja", str(overlay))
    assert result.returncode == 0, result.stderr
    copied = overlay / "README.md.jinja"
    copied.write_text(
        copied.read_text().replace("## Install", "## Install (from our internal index)")
    )

    plain = generate_files(SPEC, config()).files
    custom = generate_files(SPEC, config(), templates=overlay).files
    changed = sorted(path for path in plain if plain[path] != custom[path])
    assert changed == ["README.md"]
    assert b"## Install (from our internal index)" in custom["README.md"]


def test_unknown_template_name_is_a_clear_error(tmp_path: Path) -> None:
    result = sdkgen("templates", "copy", "nope.jinja", str(tmp_path))
    assert result.returncode == 2
    assert "no such template" in result.stderr and "Traceback" not in result.stderr


def test_black_output_is_deterministic_and_differs_from_ruff(tmp_path: Path) -> None:
    black = replace(config(), output=replace(config().output, formatter="black"))
    first = generate_files(SPEC, black).files
    second = generate_files(SPEC, black).files
    assert first == second
    ruffed = generate_files(SPEC, config()).files
    assert first.keys() == ruffed.keys()
    for path, data in first.items():
        if path.endswith(".py"):
            compile(data, path, "exec")


def test_custom_folder_survives_regeneration(tmp_path: Path) -> None:
    out = tmp_path / "client"
    generate(SPEC, out, config())
    custom = out / "petstore" / "custom"
    assert (custom / "__init__.py").is_file()
    (custom / "__init__.py").write_text("from .helpers import shout\n")
    (custom / "helpers.py").write_text("def shout(text: str) -> str:\n    return text.upper()\n")
    generate(SPEC, out, config())
    assert (custom / "__init__.py").read_text() == "from .helpers import shout\n"
    assert (custom / "helpers.py").is_file()
    listed = (out / ".sdkgen-manifest.json").read_text()
    assert "custom" not in listed


def test_more_preserved_paths_from_config(tmp_path: Path) -> None:
    out = tmp_path / "client"
    cfg = replace(config(), output=replace(config().output, preserve=("README.md",)))
    generate(SPEC, out, cfg)
    (out / "README.md").write_text("our own README\n")
    generate(SPEC, out, cfg)
    assert (out / "README.md").read_text() == "our own README\n"


def test_check_for_users_detects_a_stale_client(tmp_path: Path) -> None:
    out = tmp_path / "client"
    assert (
        sdkgen("generate", str(SPEC), "--output", str(out), "--package-name", "petstore").returncode
        == 0
    )
    ok = sdkgen("check", str(SPEC), "--output", str(out), "--package-name", "petstore")
    assert ok.returncode == 0, ok.stderr
    models = out / "petstore" / "models.py"
    models.write_text(models.read_text() + "\n# edited by hand\n")
    stale = sdkgen("check", str(SPEC), "--output", str(out), "--package-name", "petstore")
    assert stale.returncode == 1
    assert "models.py" in stale.stderr


@pytest.mark.slow
def test_generated_package_builds_and_passes_twine_check(tmp_path: Path) -> None:
    dist = tmp_path / "turso"
    shutil.copytree(project.GENERATED_DIR, dist)
    result = subprocess.run(
        [str(project.ROOT / "scripts" / "publish"), str(dist)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "dry run" in result.stderr
    wheels = list((dist / "dist").glob("*.whl"))
    sdists = list((dist / "dist").glob("*.tar.gz"))
    assert len(wheels) == 1 and len(sdists) == 1
    names = zipfile.ZipFile(wheels[0]).namelist()
    assert "turso_platform_api/py.typed" in names
    assert "turso_platform_api/_runtime/_base_client.py" in names
    metadata = next(n for n in names if n.endswith("METADATA"))
    text = zipfile.ZipFile(wheels[0]).read(metadata).decode()
    assert "Classifier: Typing :: Typed" in text
    assert "License" in text

"""This checkout's own layout: the pinned spec revisions, the Turso config, generated/ and the goldens.

The generator itself works on any file; this module is what ``sdkgen generate`` with no SPEC,
``sdkgen check`` and the golden tests use.
"""

from __future__ import annotations

import difflib
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from generator.config import Config, load_config
from generator.diagnostics import error
from generator.emit.write import is_preserved, written_files
from generator.pipeline import Generated, generate_files
from generator.render.plan import preserved_paths

if TYPE_CHECKING:
    from generator.manifest.manifest import Manifest

ROOT = Path(__file__).resolve().parent.parent
GOLDEN_DIR = ROOT / "tests" / "golden"
CUSTOM_GOLDEN_DIR = ROOT / "tests" / "golden_custom"
CUSTOM_FIXTURE = ROOT / "tests" / "fixtures" / "customized-turso"
GENERATED_DIR = ROOT / "generated"
WARNINGS_FILE = "warnings.txt"


def manifest() -> Manifest:
    """The pinned revisions (imported on first use: a run on a spec file never needs them)."""
    from generator.manifest.manifest import load_manifest

    return load_manifest()


def is_file_ref(ref: str) -> bool:
    """Whether a SPEC argument means a file (it exists, or looks like a path) rather than a revision."""
    path = Path(ref)
    return path.exists() or "/" in ref or "\\" in ref or path.suffix in (".json", ".yaml", ".yml")


def spec_path(ref: str | None) -> tuple[Path, str]:
    """A spec file path (and the name diagnostics use) for a path or a pinned revision name."""
    if ref is not None and is_file_ref(ref):
        return Path(ref), ref
    from generator.manifest.sync import ensure_revision

    m = manifest()
    spec = m.latest if ref is None else m.resolve(ref)
    return ensure_revision(m, spec.name), spec.name + Path(spec.file).suffix


def pinned_revision(ref: str | None) -> str | None:
    """The manifest revision a SPEC argument names (None: the newest), or None for a file path or an
    extra such as the YAML copy."""
    if ref is not None and is_file_ref(ref):
        return None
    m = manifest()
    if ref is None:
        return m.latest.name
    spec = m.resolve(ref)
    return spec.name if any(r.name == spec.name for r in m.revisions) else None


def project_config() -> Config:
    return load_config(manifest().config_path)


def config_for(config_file: Path | None, spec_ref: str | None) -> Config:
    """--config when given; the project's Turso config for pinned revisions; else the defaults."""
    if config_file is not None:
        return load_config(config_file)
    if spec_ref is None or not Path(spec_ref).exists():
        return project_config()
    return Config()


def with_formatter(config: Config, formatter: Literal["ruff", "black"]) -> Config:
    return replace(config, output=replace(config.output, formatter=formatter))


def release(
    name: str, config: Config, *, pinned: Manifest | None = None
) -> tuple[Config, dict[str, bytes]]:
    """The config and extra files of a pinned revision's package: its version follows the semver bumps
    of the spec's history (sdkgen diff), and it carries the CHANGELOG up to that revision.

    ``pinned``: the manifest to read the history from (default: this checkout's)."""
    from generator.diff.changelog import release_for

    m = pinned if pinned is not None else manifest()
    revision = m.revision(name)
    found = release_for(revision.name, m, config)
    versioned = replace(config, package=replace(config.package, version=found.version))
    return versioned, {"CHANGELOG.md": found.changelog.encode()}


def generate_revision(name: str | None) -> Generated:
    """Generate a pinned revision (the newest when None) as the project does: Turso config, version
    and changelog from the history."""
    path, display = spec_path(name)
    config, extra = release(pinned_revision(name) or manifest().latest.name, project_config())
    return generate_files(path, config, display_name=display, extra_files=extra)


def generate_pinned(
    pinned: Manifest,
    name: str | None = None,
    *,
    config: Config | None = None,
    strict: bool = False,
) -> Generated:
    """``generate_revision`` for any manifest (e.g. one under another project root, or a staged
    edit): the revision ``name`` (default: the newest) with ``config`` (default: the manifest's),
    versioned by that manifest's history."""
    from generator.manifest.manifest import Revision
    from generator.manifest.sync import ensure_revision

    spec = pinned.latest if name is None else pinned.resolve(name)
    path = ensure_revision(pinned, spec.name)
    revision = spec.name if isinstance(spec, Revision) else pinned.latest.name
    base = config if config is not None else load_config(pinned.config_path)
    versioned, extra = release(revision, base, pinned=pinned)
    return generate_files(
        path,
        versioned,
        strict=strict,
        display_name=spec.name + Path(spec.file).suffix,
        extra_files=extra,
    )


def golden_of(generated: Generated) -> dict[str, bytes]:
    """What a golden directory holds for one generation: its files plus the warnings it printed."""
    files = dict(generated.files)
    files[WARNINGS_FILE] = "".join(d.format() + "\n" for d in generated.diagnostics).encode()
    return files


def golden_files_at(root: Path) -> dict[str, bytes]:
    """Every file a generator run wrote under ``root``, as relative path -> bytes (no write
    manifest, bytecode or tool caches); empty when ``root`` does not exist."""
    if not root.is_dir():
        return {}
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and not _is_cache(p.relative_to(root))
    }


def expected_custom_golden() -> dict[str, bytes]:
    """The customized Turso client (config and template overlay under tests/fixtures) of the newest
    revision: what tests/golden_custom/ must hold."""
    path, display = spec_path(None)
    config = load_config(CUSTOM_FIXTURE / "sdkgen.toml")
    return generate_files(
        path, config, templates=CUSTOM_FIXTURE / "templates", display_name=display
    ).files


def golden_files(name: str) -> dict[str, bytes]:
    """What a golden directory holds, as relative path -> bytes."""
    return golden_files_at(GOLDEN_DIR / name)


def expected_golden(name: str, *, pinned: Manifest | None = None) -> dict[str, bytes]:
    """What the golden directory of a pinned revision must hold: the output plus its warnings.

    ``pinned``: the manifest the revision belongs to (default: this checkout's)."""
    if pinned is not None:
        return golden_of(generate_pinned(pinned, name))
    return golden_of(generate_revision(name))


def diff_trees(expected: dict[str, bytes], actual: dict[str, bytes], label: str) -> list[str]:
    """Unified diffs (text) or one-line notes (missing, extra, binary) between two trees."""
    out: list[str] = []
    for rel in sorted(set(expected) | set(actual)):
        if rel not in actual:
            out.append(f"{label}/{rel}: missing")
        elif rel not in expected:
            out.append(f"{label}/{rel}: not generated any more")
        elif expected[rel] != actual[rel]:
            try:
                old, new = (
                    actual[rel].decode().splitlines(True),
                    expected[rel].decode().splitlines(True),
                )
                out.append(
                    "".join(
                        difflib.unified_diff(
                            old, new, f"{label}/{rel} (committed)", f"{label}/{rel} (generated)"
                        )
                    )
                )
            except UnicodeDecodeError:
                out.append(f"{label}/{rel}: differs")
    return out


def expected_generated() -> dict[str, bytes]:
    """What generated/ must hold: the newest revision with the project's config."""

    return generate_revision(None).files


def generated_files() -> dict[str, bytes]:
    """The committed generated/ tree (without the write manifest and caches)."""
    return golden_files_at(GENERATED_DIR)


def _is_cache(rel: Path) -> bool:
    """Files no generator writes: the write manifest, bytecode, tool caches (dot folders)."""
    return rel.name == ".sdkgen-manifest.json" or any(
        part == "__pycache__" or part.startswith(".") for part in rel.parts[:-1]
    )


def stale_against(expected: Generated, output: Path, config: Config) -> list[str]:
    """Stale files of one output directory: what generate would write now vs what is there
    (hand-written and preserved files are not compared)."""
    preserve = preserved_paths(expected.package, config.output.preserve)
    wanted = {rel: data for rel, data in expected.files.items() if not is_preserved(rel, preserve)}
    present = set(wanted) | written_files(output)
    actual = {
        rel: (output / rel).read_bytes() for rel in sorted(present) if (output / rel).is_file()
    }
    return [d.splitlines()[0] for d in diff_trees(wanted, actual, str(output))]


def stale_outputs() -> list[str]:
    """One line per stale file across generated/ and every golden directory."""
    m = manifest()
    if not m.revisions:
        raise error(str(m.path), "/revisions", "the manifest pins no revision")
    stale = [
        d.splitlines()[0] for d in diff_trees(expected_generated(), generated_files(), "generated")
    ]
    for revision in m.revisions:
        label = f"tests/golden/{revision.name}"
        if not (GOLDEN_DIR / revision.name).is_dir():
            stale.append(f"{label}: missing")
            continue
        diffs = diff_trees(expected_golden(revision.name), golden_files(revision.name), label)
        stale += [d.splitlines()[0] for d in diffs]
    custom = diff_trees(
        expected_custom_golden(), golden_files_at(CUSTOM_GOLDEN_DIR), "tests/golden_custom"
    )
    stale += [d.splitlines()[0] for d in custom]
    return stale

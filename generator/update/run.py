"""``sdkgen update``: from a new upstream spec to a release-ready client, staged and applied at once.

1. Get the candidate bytes (download ``[api].upstream``, or ``--from FILE``). The same sha256 as the
   newest revision: report "up to date" and stop, touching nothing.
2. Refuse anything but an OpenAPI 3.x JSON document (any defect too, under ``--strict``).
3. In a :class:`~generator.update.stage.Stage`: the manifest text with the next revision appended
   (``NN-DATE-<sha256[:7]>``, ``source`` instead of a ``commit``), a copy of ``spec/<api>/`` whose
   ``revisions/`` links the pinned files and holds the new one; from that staged manifest the
   history (versions, CHANGELOG) and the new client, written into a copy of the output folder; the
   revision's golden folder and its ``tests/golden_changelog`` files.
4. Apply: every staged entry replaces its target, the manifest last; any failure before or during
   this step leaves the project exactly as it was.
"""

from __future__ import annotations

import datetime
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from generator import project
from generator.config import Config, load_config
from generator.diagnostics import Level, error
from generator.diff.changelog import CHANGELOG_FILE, build_changelog, compare_revisions
from generator.diff.changes import Comparison
from generator.diff.report import markdown
from generator.emit.write import WriteReport, write_tree
from generator.manifest.edit import append_revision, next_revision
from generator.manifest.manifest import Manifest, Revision, load_manifest, parse_manifest
from generator.manifest.sync import sha256_of
from generator.pipeline import Generated
from generator.render.plan import preserved_paths
from generator.update.fetch import check_document, download, read_spec_file
from generator.update.layout import Layout, Options
from generator.update.report import Outcome, Updated, UpToDate
from generator.update.stage import Stage

_COMMENT = {
    "upstream": (
        "Added by `sdkgen update` without an upstream commit: `url` is a moving address, so only\n"
        "the local copy revisions/{file} (git-ignored) is known to hold these bytes."
    ),
    "file": (
        "Added by `sdkgen update --from FILE`: no address serves these bytes; they are only in\n"
        "the local copy revisions/{file} (git-ignored)."
    ),
}


@dataclass(frozen=True)
class _Candidate:
    data: bytes
    sha256: str
    source: str  # the address or file, for messages
    kind: str  # the manifest's `source`: "upstream" or "file"


def run_update(options: Options) -> Outcome:
    """Do the update described by ``options`` (see the module docstring)."""
    layout = Layout.of(options)
    manifest = load_manifest(layout.manifest)
    candidate = _candidate(manifest, options)
    if candidate.sha256 == manifest.latest.sha256:
        return UpToDate(manifest.api.name, candidate.source, manifest.latest)
    check_document(candidate.data, candidate.source, strict=options.strict)
    original = manifest.path.read_bytes()
    revision = next_revision(
        manifest,
        date=options.date or datetime.datetime.now(datetime.UTC).date(),
        sha256=candidate.sha256,
        url=manifest.api.upstream,
        message=options.message or _default_message(candidate),
        source=candidate.kind,
    )
    text = append_revision(
        manifest,
        original.decode("utf-8"),
        revision,
        _COMMENT[candidate.kind].format(file=revision.file),
    )
    config = load_config(manifest.config_path)
    with Stage(layout.root) as stage:
        staged = _stage_manifest(stage, manifest, text, revision, candidate.data)
        changelog, versions = build_changelog(staged, config)
        comparison = compare_revisions(staged, manifest.latest, revision, config)
        generated = project.generate_pinned(
            staged, revision.name, config=config, strict=options.strict
        )
        touched = _stage_client(stage, layout, manifest, staged, revision, generated, config)
        touched += _stage_goldens(stage, layout, revision, generated)
        touched += _stage_changelog(stage, layout, manifest.latest, revision, comparison, changelog)
        stage.replace(staged.path, manifest.path, expect=original)
        touched.append(layout.relative(manifest.path))
        if not options.dry_run:
            stage.apply()
    same_as = next((r.name for r in manifest.revisions if r.sha256 == candidate.sha256), None)
    return Updated(
        api=manifest.api.name,
        source=candidate.source,
        revision=revision,
        previous=manifest.latest,
        old_version=versions[manifest.latest.name],
        new_version=versions[revision.name],
        comparison=comparison,
        touched=tuple(touched),
        warnings=tuple(d for d in generated.diagnostics if d.level >= Level.WARNING),
        same_as=same_as,
        dry_run=options.dry_run,
        revision_file=layout.relative(manifest.revisions_dir / revision.file),
    )


def _candidate(manifest: Manifest, options: Options) -> _Candidate:
    if options.from_file is not None:
        data = read_spec_file(options.from_file)
        return _Candidate(data, sha256_of(data), str(options.from_file), "file")
    data = download(manifest.api.upstream, options.timeout)
    return _Candidate(data, sha256_of(data), manifest.api.upstream, "upstream")


def _default_message(candidate: _Candidate) -> str:
    if candidate.kind == "file":
        return f"taken from the file {Path(candidate.source).name}"
    return "taken from the upstream default-branch address"


def _stage_manifest(
    stage: Stage, manifest: Manifest, text: str, revision: Revision, data: bytes
) -> Manifest:
    """A copy of the manifest folder with the new revision: the edited manifest, and a revisions/
    folder linking every local pinned file and holding the new revision's bytes."""
    folder = stage.path("spec", manifest.directory.name)
    revisions = folder / manifest.revisions_dir.name
    revisions.mkdir(parents=True)
    if manifest.revisions_dir.is_dir():
        for path in sorted(manifest.revisions_dir.iterdir()):
            if path.is_file() and not path.name.startswith(".") and path.name != revision.file:
                _link(path, revisions / path.name)
    stage.write(revisions / revision.file, data)
    staged = folder / manifest.path.name
    stage.write(staged, text.encode("utf-8"))
    return parse_manifest(text, staged)


def _link(source: Path, target: Path) -> None:
    """A symbolic link (so surfaces cached by real path are shared), else a hard link, else a copy."""
    try:
        os.symlink(source.resolve(), target)
        return
    except OSError:
        pass
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


def _stage_client(
    stage: Stage,
    layout: Layout,
    manifest: Manifest,
    staged: Manifest,
    revision: Revision,
    generated: Generated,
    config: Config,
) -> list[str]:
    """Stage the new revision's bytes and the regenerated client folder."""
    touched: list[str] = []
    target = manifest.revisions_dir / revision.file
    if stage.replace(staged.revisions_dir / revision.file, target):
        touched.append(f"{layout.relative(target)} (git-ignored)")
    output = stage.path("output")
    if layout.output.is_dir():
        try:
            shutil.copytree(layout.output, output, symlinks=True)
        except (OSError, shutil.Error) as exc:
            raise error(str(layout.output), "", f"cannot copy the client folder: {exc}") from None
    preserve = preserved_paths(generated.package, config.output.preserve)
    report = write_tree(generated.files, output, preserve=preserve)
    stage.replace(output, layout.output)
    touched += _written(layout, layout.output, report)
    return touched


def _written(layout: Layout, output: Path, report: WriteReport) -> list[str]:
    base = layout.relative(output)
    return [
        f"{base}/{path}{note}"
        for paths, note in (
            (report.created, " (new)"),
            (report.updated, ""),
            (report.removed, " (removed)"),
        )
        for path in paths
    ]


def _stage_goldens(
    stage: Stage, layout: Layout, revision: Revision, generated: Generated
) -> list[str]:
    """tests/golden/<revision>/: what ``scripts/update-golden`` writes for it."""
    if layout.golden is None:
        return []
    files = project.golden_of(generated)
    folder = stage.path("golden", revision.name)
    for rel, data in files.items():
        stage.write(folder / rel, data)
    target = layout.golden / revision.name
    note = "replaced" if target.exists() else "new"
    stage.replace(folder, target)
    return [f"{layout.relative(target)}/ ({len(files)} files, {note})"]


def _stage_changelog(
    stage: Stage,
    layout: Layout,
    previous: Revision,
    revision: Revision,
    comparison: Comparison,
    changelog: str,
) -> list[str]:
    """tests/golden_changelog/: the new pair's ``sdkgen diff`` report and the whole CHANGELOG.md,
    as ``scripts/update-golden-changelog`` writes them."""
    if layout.golden_changelog is None:
        return []
    touched = []
    pair = f"{previous.number:02d}__{revision.number:02d}.md"
    for name, text in ((pair, markdown(comparison)), (CHANGELOG_FILE, changelog)):
        staged = stage.write(stage.path("golden_changelog", name), text.encode("utf-8"))
        target = layout.golden_changelog / name
        if stage.replace(staged, target):
            touched.append(layout.relative(target) + ("" if target.exists() else " (new)"))
    return touched

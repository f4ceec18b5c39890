"""The whole run, one way: load -> validate -> resolve -> IR -> names -> plan -> render -> format -> write.

The validator runs beside the later stages (load/background.py); its verdict is collected before
the write with ``--strict`` (it may stop the run), after it otherwise (it can only add warnings).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from generator.config import Config
from generator.diagnostics import Diagnostic, GenerationError, Level
from generator.emit.format import format_files as format_python
from generator.emit.write import write_tree
from generator.ir.build import build_api
from generator.load.background import PendingVerdict, start_validation
from generator.load.read import LoadedDocument, read_document
from generator.load.verdict_cache import cache_dir
from generator.naming.assign import assign_names
from generator.render.plan import plan, preserved_paths
from generator.render.render import render_files
from generator.resolve.external import resolve_external

_SUBJECT = re.compile(r"path parameter '[^']*'")


@dataclass(frozen=True)
class Generated:
    files: dict[str, bytes]  # relative path -> formatted bytes
    diagnostics: tuple[Diagnostic, ...]
    operations: int
    package: str  # the import package's name


class InterruptedAfterWrite(KeyboardInterrupt):
    """Interrupted while waiting for the validator's verdict, the client already written."""

    def __init__(self, output: Path) -> None:
        super().__init__(f"interrupted after writing {output}")
        self.output = output


def generate_files(
    spec: Path,
    config: Config,
    *,
    strict: bool = False,
    templates: Path | None = None,
    display_name: str | None = None,
    extra_files: Mapping[str, bytes] | None = None,
) -> Generated:
    """Everything but the write: the formatted files of the client package, and what was found.

    ``extra_files`` (relative path -> bytes, e.g. a CHANGELOG.md) are added to the package as they are.
    """
    staged = _stage(spec, config, strict, templates, display_name, extra_files)
    return staged.finish(strict)


@dataclass(frozen=True)
class _Staged:
    """A generated client whose validator verdict may still be coming."""

    files: dict[str, bytes]
    read: list[Diagnostic]  # what reading the document found
    found: list[Diagnostic]  # what building the client found
    operations: int
    package: str
    pending: PendingVerdict
    file: str

    def finish(self, strict: bool) -> Generated:
        """Wait for the verdict; with ``strict``, any defect stops the run."""
        verdict = _verdict(self.pending, self.file)
        if strict:
            _stop_on(verdict)
        diagnostics = self.read + verdict + self.found
        return Generated(self.files, tuple(_dedupe(diagnostics)), self.operations, self.package)


def _stage(
    spec: Path,
    config: Config,
    strict: bool,
    templates: Path | None,
    display_name: str | None,
    extra_files: Mapping[str, bytes] | None,
) -> _Staged:
    document = read_document(spec)
    file = display_name or str(spec)
    read = [_rename(d, file) for d in document.diagnostics]
    pending = start_validation(document)
    if strict and read:
        _stop_on([*read, *_verdict(pending, file)])  # waits for the verdict: no child left behind
    try:
        built = _build(document, config, file, templates, strict)
    except GenerationError:
        if strict:  # the validator's findings come first, as when it ran before everything else
            _stop_on(_verdict(pending, file))
        pending.cancel()
        raise
    except BaseException:
        pending.cancel()
        raise
    formatted, found, operations, package = built
    formatted.update(extra_files or {})
    return _Staged(formatted, read, found, operations, package, pending, file)


def _build(
    document: LoadedDocument,
    config: Config,
    file: str,
    templates: Path | None,
    strict: bool,
) -> tuple[dict[str, bytes], list[Diagnostic], int, str]:
    """The stages after validation (which may still be running in the background)."""
    data = resolve_external(document)
    api, diagnostics = build_api(data, file)
    names, found = assign_names(api, config, file)
    diagnostics += found
    files, found = plan(api, names, config, file)
    diagnostics += found
    if strict:
        _stop_on(diagnostics)
    rendered = render_files(files, templates)
    return format_files(rendered, config), diagnostics, len(api.operations), names.package


def _verdict(pending: PendingVerdict, file: str) -> list[Diagnostic]:
    """The validator's findings, named after ``file``."""
    return [_rename(d, file) for d in pending.result()]


def _stop_on(diagnostics: list[Diagnostic]) -> None:
    """``--strict``: any warning stops the run, reported as errors."""
    if any(d.level >= Level.WARNING for d in diagnostics):
        raise GenerationError([_as_error(d) for d in diagnostics if d.level >= Level.WARNING])


def format_files(files: dict[str, bytes], config: Config) -> dict[str, bytes]:
    """Format the Python files: those formatted before come from the cache, the others are
    formatted together (one formatter run for them all)."""
    return format_python(
        files,
        formatter=config.output.formatter,
        line_length=config.output.line_length,
        cache=cache_dir() / "format",
    )


def generate(
    spec: Path,
    output: Path,
    config: Config,
    *,
    strict: bool = False,
    templates: Path | None = None,
    display_name: str | None = None,
    extra_files: Mapping[str, bytes] | None = None,
) -> Generated:
    """Generate and write atomically: a failure leaves ``output`` exactly as it was.

    Without ``strict`` the validator's verdict can only add warnings, so the files are written
    while it is still coming (an interrupt while waiting for it raises `InterruptedAfterWrite`);
    with ``strict`` it is awaited first, as it may stop the run.
    """
    staged = _stage(spec, config, strict, templates, display_name, extra_files)
    preserve = preserved_paths(staged.package, config.output.preserve)
    if strict:
        generated = staged.finish(strict)
        report = write_tree(generated.files, output, preserve=preserve)
    else:
        try:
            report = write_tree(staged.files, output, preserve=preserve)
        except BaseException:
            staged.pending.cancel()
            raise
        try:
            generated = staged.finish(strict)
        except KeyboardInterrupt as exc:
            raise InterruptedAfterWrite(output) from exc
    edited = [
        Diagnostic(
            Level.WARNING,
            str(output / path),
            "",
            "edited by hand since the last generation; overwritten",
            f"keep hand-written code in {generated.package}/custom/ or list the path in [output] preserve",
        )
        for path in report.overwritten_edits
    ]
    return replace(generated, diagnostics=generated.diagnostics + tuple(edited))


def _rename(d: Diagnostic, file: str) -> Diagnostic:
    return Diagnostic(d.level, file, d.pointer, d.message, d.hint)


def _as_error(d: Diagnostic) -> Diagnostic:
    return Diagnostic(Level.ERROR, d.file, d.pointer, d.message, d.hint)


def _dedupe(diagnostics: list[Diagnostic]) -> list[Diagnostic]:
    """Drop repeats; when the validator and the model builder report the same path parameter at the
    same place, keep the builder's message, which says what the client does about it."""
    subjects = {
        (d.pointer, m.group(0))
        for d in diagnostics
        if (m := _SUBJECT.match(d.message)) and "inferred" in d.message
    }
    kept = [
        d
        for d in diagnostics
        if "inferred" in d.message
        or not ((m := _SUBJECT.match(d.message)) and (d.pointer, m.group(0)) in subjects)
    ]
    return list(dict.fromkeys(kept))

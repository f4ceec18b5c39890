"""The command line: ``sdkgen generate | validate | check | templates``.

Exit codes: 0 success (warnings go to stderr), 1 a check failed, 2 bad input or usage.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import argparse

    from generator.diagnostics import Diagnostic

# Everything else is imported where it is used: `generate` starts the validator's worker before
# importing the rest of the generator (see _generate).

(EXIT_OK, EXIT_CHECK_FAILED, EXIT_BAD_INPUT) = 0, 1, 2


def _parser(command: str | None = None) -> argparse.ArgumentParser:
    """The command line. Given the ``command`` being run, only its arguments are declared (the
    others are never parsed, and declaring them all costs a run more than it saves); without one
    (help, a mistake), all of them."""
    import argparse

    parser = argparse.ArgumentParser(
        prog="sdkgen", description="Generate typed Python clients from OpenAPI."
    )
    sub = parser.add_subparsers(dest="command", required=True)
    for name, (text, declare) in _COMMANDS.items():
        found = sub.add_parser(name, help=text)
        if command is None or command == name:
            declare(found)
    return parser


def _generate_arguments(gen: argparse.ArgumentParser) -> None:
    gen.add_argument(
        "spec", nargs="?", help="OpenAPI file (JSON or YAML) or a revision name; default: newest"
    )
    gen.add_argument("--output", "-o", type=Path, help="output directory (default: generated/)")
    gen.add_argument("--package-name", help="import package name")
    gen.add_argument("--config", type=Path, help="sdkgen.toml or pyproject.toml with [tool.sdkgen]")
    gen.add_argument(
        "--templates", type=Path, help="directory of templates overriding the built-in ones"
    )
    gen.add_argument(
        "--formatter", choices=("ruff", "black"), help="code formatter (default: ruff)"
    )
    gen.add_argument(
        "--strict", action="store_true", help="treat every defect of the document as an error"
    )


def _validate_arguments(val: argparse.ArgumentParser) -> None:
    val.add_argument("spec")


def _check_arguments(chk: argparse.ArgumentParser) -> None:
    chk.add_argument(
        "spec", nargs="?", help="OpenAPI file or revision name to check --output against"
    )
    chk.add_argument("--output", "-o", type=Path, help="the generated directory to check")
    chk.add_argument("--package-name", help="import package name")
    chk.add_argument("--config", type=Path, help="sdkgen.toml or pyproject.toml with [tool.sdkgen]")
    chk.add_argument(
        "--templates", type=Path, help="directory of templates overriding the built-in ones"
    )


def _diff_arguments(dif: argparse.ArgumentParser) -> None:
    dif.add_argument("old", help="OpenAPI file (JSON or YAML) or a revision name")
    dif.add_argument("new", help="OpenAPI file (JSON or YAML) or a revision name")
    dif.add_argument(
        "--format", choices=("markdown", "json"), default="markdown", help="default: markdown"
    )
    dif.add_argument("--config", type=Path, help="sdkgen.toml or pyproject.toml with [tool.sdkgen]")


def _update_arguments(upd: argparse.ArgumentParser) -> None:
    upd.add_argument(
        "--api", default="turso-platform-api", help="the manifest spec/API/manifest.toml to update"
    )
    upd.add_argument(
        "--from", dest="from_file", type=Path, metavar="FILE", help="take the new spec from FILE"
    )
    upd.add_argument(
        "--timeout", type=float, default=30.0, help="download time-out in seconds (default: 30)"
    )
    upd.add_argument(
        "--strict", action="store_true", help="refuse a document with any defect or warning"
    )
    upd.add_argument(
        "--root", type=Path, help="the project root (default: this checkout); for tests and forks"
    )
    upd.add_argument(
        "--output", "-o", type=Path, help="the client folder (default: generated/ of the root)"
    )
    upd.add_argument("--date", help="the new revision's date, YYYY-MM-DD (default: today, UTC)")
    upd.add_argument("--message", help="the new revision's message (default: where it came from)")
    upd.add_argument(
        "--dry-run",
        action="store_true",
        help="stage everything and print the summary; write nothing",
    )


def _templates_arguments(tpl: argparse.ArgumentParser) -> None:
    tpl_sub = tpl.add_subparsers(dest="templates_command", required=True)
    tpl_sub.add_parser("list")
    copy = tpl_sub.add_parser("copy")
    copy.add_argument("name")
    copy.add_argument("dir", type=Path)


# Each command: its help line and what declares its arguments.
_COMMANDS: dict[str, tuple[str, Callable[[argparse.ArgumentParser], None]]] = {
    "generate": ("generate a client package", _generate_arguments),
    "validate": ("list every defect of an OpenAPI document", _validate_arguments),
    "check": (
        "exit 1 when generated output is stale (with no arguments: generated/ and the goldens)",
        _check_arguments,
    ),
    "diff": ("compare the client surfaces of two specs and name the semver bump", _diff_arguments),
    "update": (
        "add the upstream spec's new revision: manifest, generated/, goldens, CHANGELOG, version",
        _update_arguments,
    ),
    "templates": ("list or copy the built-in templates", _templates_arguments),
}


def run() -> int:
    """The ``sdkgen`` program: `main` in a process of its own (see process.py)."""
    from generator.process import end_quickly, tune_gc

    tune_gc()
    spec = _spec_named(sys.argv[1:])
    if spec is not None and Path(spec).is_file():
        _warm_up(Path(spec))  # first thing: building the parser takes as long as starting it
    try:
        return main()
    finally:
        end_quickly()


# The options of `generate` that take a value (a test holds this to its parser).
_GENERATE_VALUE_OPTIONS = frozenset(
    {"--output", "-o", "--package-name", "--config", "--templates", "--formatter"}
)


def _spec_named(argv: Sequence[str]) -> str | None:
    """The SPEC of a `generate` command line, read without the parser; None when there is none.
    (A wrong guess only starts the validator's worker early, or not: the parser decides.)"""
    if not argv or argv[0] != "generate":
        return None
    rest = iter(argv[1:])
    for arg in rest:
        if arg == "--":
            return next(rest, None)
        if arg in _GENERATE_VALUE_OPTIONS:
            next(rest, None)
        elif not arg.startswith("-"):
            return arg
    return None


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    command = argv[0] if argv and argv[0] in _COMMANDS else None
    args = _parser(command).parse_args(argv)
    try:
        if args.command == "generate":
            return _generate(args)
        if args.command == "validate":
            return _validate(args)
        if args.command == "check":
            return _check(args)
        if args.command == "diff":
            return _diff(args)
        if args.command == "update":
            return _update(args)
        return _templates(args)
    except KeyboardInterrupt as exc:
        written = getattr(exc, "output", None)  # pipeline.InterruptedAfterWrite
        if written is not None:
            print(
                f"sdkgen: interrupted; the client was written to {written}, but its validator "
                "warnings were not collected (run again, or `sdkgen validate`)",
                file=sys.stderr,
            )
        else:
            print("sdkgen: interrupted; the previous output is untouched", file=sys.stderr)
        return EXIT_BAD_INPUT
    except Exception as exc:
        from generator.diagnostics import GenerationError

        if isinstance(exc, GenerationError):
            _print(exc.diagnostics)
            return EXIT_BAD_INPUT
        # a bug: say so in one line, the traceback only on request
        if os.environ.get("SDKGEN_DEBUG"):
            raise
        print(
            f"sdkgen: internal error: {type(exc).__name__}: {exc} (set SDKGEN_DEBUG=1 for details)",
            file=sys.stderr,
        )
        return EXIT_BAD_INPUT
    finally:
        _warmed.clear()  # the next command (a program calling main again) looks anew


def _print(diagnostics: Sequence[Diagnostic]) -> None:
    for d in diagnostics:
        print(d.format(), file=sys.stderr)


def _warm_up(spec: Path) -> None:
    """Have the validator's worker start while the rest of the run starts (if it will be needed).
    A spec looked at once is not read and hashed again (`run` looks before `main` does)."""
    key = os.path.abspath(spec)
    if key in _warmed:
        return
    _warmed.add(key)
    from generator.load.background import warm_up

    warm_up(spec)


_warmed: set[str] = set()


def _generate(args: argparse.Namespace) -> int:
    a_file = args.spec is not None and Path(args.spec).is_file()
    if a_file:
        _warm_up(Path(args.spec))  # before the imports below: they take as long as the worker's
    from generator import project
    from generator.pipeline import generate

    spec, display = project.spec_path(args.spec)
    if not a_file:
        _warm_up(spec)  # a pinned revision's file is known only now
    config = project.config_for(args.config, args.spec)
    if args.package_name:
        config = config.with_package_name(args.package_name)
    if args.formatter:
        config = project.with_formatter(config, args.formatter)
    output = args.output or project.ROOT / "generated"
    extra: dict[str, bytes] = {}
    revision = project.pinned_revision(args.spec) if args.config is None else None
    if revision is not None:  # the project's own client: versioned by the spec's history
        config, extra = project.release(revision, config)
    result = generate(
        spec,
        output,
        config,
        strict=args.strict,
        templates=args.templates,
        display_name=display,
        extra_files=extra,
    )
    from generator.diagnostics import Level

    _print([d for d in result.diagnostics if d.level >= Level.WARNING])
    print(
        f"sdkgen: wrote {len(result.files)} files for {result.operations} operations to {output}",
        file=sys.stderr,
    )
    return EXIT_OK


def _validate(args: argparse.Namespace) -> int:
    from generator import project
    from generator.diagnostics import Diagnostic
    from generator.load.read import read_document
    from generator.load.validate import validate

    spec, display = project.spec_path(args.spec)
    document = read_document(spec)
    found = list(document.diagnostics) + list(validate(document))
    for d in found:
        print(Diagnostic(d.level, display, d.pointer, d.message, d.hint).format())
    print(f"{len(found)} defect(s) in {display}", file=sys.stderr)
    return EXIT_OK


def _check(args: argparse.Namespace) -> int:
    from generator import project

    if args.spec is None and args.output is None:
        stale = project.stale_outputs()
        fix = "run `scripts/regenerate` and `scripts/update-golden`, then commit"
    else:
        from generator.pipeline import generate_files

        spec, display = project.spec_path(args.spec)
        _warm_up(spec)
        config = project.config_for(args.config, args.spec)
        if args.package_name:
            config = config.with_package_name(args.package_name)
        output = args.output or project.GENERATED_DIR
        expected = generate_files(spec, config, templates=args.templates, display_name=display)
        stale = project.stale_against(expected, output, config)
        fix = "run `sdkgen generate` with the same arguments, then commit"
    if stale:
        print(f"sdkgen check: {len(stale)} stale output(s):", file=sys.stderr)
        for line in stale[:20]:
            print(f"  {line}", file=sys.stderr)
        print(fix, file=sys.stderr)
        return EXIT_CHECK_FAILED
    print("sdkgen check: the generated output is current", file=sys.stderr)
    return EXIT_OK


def _diff(args: argparse.Namespace) -> int:
    from generator.diff.report import markdown, to_json
    from generator.diff.sources import diff_refs

    comparison = diff_refs(args.old, args.new, args.config)
    sys.stdout.write(to_json(comparison) if args.format == "json" else markdown(comparison))
    return EXIT_OK


def _update(args: argparse.Namespace) -> int:
    from generator import project
    from generator.update import Options, parse_date, render, run_update

    outcome = run_update(
        Options(
            root=args.root or project.ROOT,
            api=args.api,
            from_file=args.from_file,
            timeout=args.timeout,
            strict=args.strict,
            date=parse_date(args.date),
            message=args.message,
            output=args.output,
            dry_run=args.dry_run,
        )
    )
    _print(outcome.warnings)
    sys.stdout.write(render(outcome))
    return EXIT_OK


def _templates(args: argparse.Namespace) -> int:
    from generator.diagnostics import Diagnostic, GenerationError, Level
    from generator.render.env import PACKAGE_TEMPLATES, template_names

    if args.templates_command == "list":
        for name in template_names():
            print(name)
        return EXIT_OK
    if args.name not in template_names():
        raise GenerationError(
            Diagnostic(
                Level.ERROR, args.name, "", "no such template", "see `sdkgen templates list`"
            )
        )
    target = args.dir / args.name
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes((PACKAGE_TEMPLATES / args.name).read_bytes())
    print(f"copied {args.name} to {target}", file=sys.stderr)
    return EXIT_OK

"""Tests for generator.cli's parser: a command run alone is declared as in the full command line."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from generator import cli


def _subparser(parser: argparse.ArgumentParser, name: str) -> argparse.ArgumentParser:
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    found: argparse.ArgumentParser = action.choices[name]
    return found


@pytest.mark.parametrize("name", sorted(cli._COMMANDS))
def test_a_command_alone_has_the_arguments_it_has_among_all(name: str) -> None:
    alone, full = cli._parser(name), cli._parser()
    assert _subparser(alone, name).format_help() == _subparser(full, name).format_help()
    assert alone.format_help() == full.format_help()  # the list of commands is whole
    for other in set(cli._COMMANDS) - {name}:
        assert _subparser(alone, other)._actions[1:] == []  # only -h: never parsed


def test_main_parses_with_the_command_alone(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    asked: list[str | None] = []
    real = cli._parser

    def spy(command: str | None = None) -> argparse.ArgumentParser:
        asked.append(command)
        return real(command)

    monkeypatch.setattr(cli, "_parser", spy)
    assert cli.main(["templates", "list"]) == 0
    with pytest.raises(SystemExit):
        cli.main(["nonsense"])
    assert asked == ["templates", None]
    assert "invalid choice: 'nonsense'" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("argv", "spec"),
    [
        (["generate", "a.yaml"], "a.yaml"),
        (["generate", "--output", "out", "a.yaml"], "a.yaml"),
        (["generate", "-o", "out", "--strict", "a.yaml", "--config", "c.toml"], "a.yaml"),
        (["generate", "--output=out", "a.yaml"], "a.yaml"),
        (["generate", "--", "-odd.yaml"], "-odd.yaml"),
        (["generate", "--formatter", "black"], None),
        (["generate"], None),
        (["validate", "a.yaml"], None),
        ([], None),
    ],
)
def test_the_spec_is_read_before_the_parser(argv: list[str], spec: str | None) -> None:
    assert cli._spec_named(argv) == spec


def test_the_options_skipped_with_their_value_are_those_of_the_parser() -> None:
    generate = _subparser(cli._parser("generate"), "generate")
    taking = {
        option
        for action in generate._actions
        if action.option_strings and action.nargs != 0
        for option in action.option_strings
    }
    assert taking == cli._GENERATE_VALUE_OPTIONS


def test_a_spec_is_looked_at_once(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from generator.load import background

    looked: list[Path] = []
    monkeypatch.setattr(background, "warm_up", looked.append)
    monkeypatch.setattr(cli, "_warmed", set())
    spec = tmp_path / "a.yaml"
    cli._warm_up(spec)
    cli._warm_up(Path(str(spec)))
    cli._warm_up(tmp_path / "b.yaml")
    assert looked == [spec, tmp_path / "b.yaml"]


def test_each_command_looks_at_its_spec_anew(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli, "_warmed", {"/some/spec.yaml"})
    assert cli.main(["templates", "list"]) == 0
    assert cli._warmed == set()

"""Diagnostics: what a stage has to say about the input, as values (never exceptions in the pipeline)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum


class Level(IntEnum):
    INFO = 0
    WARNING = 1
    ERROR = 2


@dataclass(frozen=True, order=True)
class Diagnostic:
    """One finding about the input: where (file and JSON pointer), what, and how to fix it."""

    level: Level
    file: str
    pointer: str
    message: str
    hint: str | None = None

    def format(self) -> str:
        where = f"{self.file}#{self.pointer}" if self.pointer else self.file
        text = f"{self.level.name.lower()}: {where}: {self.message}"
        return f"{text} ({self.hint})" if self.hint else text


class GenerationError(Exception):
    """Bad input or usage that stops the run: carries the diagnostics that explain it (exit code 2)."""

    def __init__(self, diagnostics: list[Diagnostic] | Diagnostic) -> None:
        self.diagnostics = (
            [diagnostics] if isinstance(diagnostics, Diagnostic) else list(diagnostics)
        )
        super().__init__("; ".join(d.format() for d in self.diagnostics))


def error(file: str, pointer: str, message: str, hint: str | None = None) -> GenerationError:
    return GenerationError(Diagnostic(Level.ERROR, file, pointer, message, hint))


def escape_pointer_token(token: str) -> str:
    """Escape one JSON pointer reference token (RFC 6901)."""
    return token.replace("~", "~0").replace("/", "~1")


def join_pointer(base: str, *tokens: str | int) -> str:
    return base + "".join("/" + escape_pointer_token(str(t)) for t in tokens)

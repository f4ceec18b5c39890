"""The spec manifest: which revisions of an API document the project pins, by address and sha256.

The bytes themselves belong to others and are never committed: `sync` copies them from the shared
specs folder or downloads them. A manifest lives at `spec/<api>/manifest.toml`; local copies of its
files live in `spec/<api>/revisions/` (git-ignored).
"""

from __future__ import annotations

import datetime
import re
import tomllib
from collections.abc import (
    Callable,
    Mapping,
)
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from generator.diagnostics import (
    GenerationError,
    error,
    join_pointer,
)

PROJECT_ROOT = Path(__file__).resolve().parents[2]
"""The project root: the parent of the `generator` package."""

DEFAULT_API = "turso-platform-api"
REVISIONS_DIR = "revisions"

_NAME_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")
_SHA256_RE = re.compile(r"[0-9a-f]{64}")
_COMMIT_RE = re.compile(r"[0-9a-f]{40}")
_HEX_RE = re.compile(r"[0-9a-f]+")
_LATEST = frozenset({"latest", "newest", "head"})
_MIN_SHORT_COMMIT = 7

SOURCES = ("upstream", "file")
"""Values of a revision's `source` key: where the bytes of a revision without a `commit` came from:
`upstream` (the moving default-branch address of `[api].upstream`, taken by `sdkgen update`) or
`file` (a local file given to `sdkgen update --from`)."""
NO_COMMIT = "unknown"
"""What `Revision.short_commit` says for a revision pinned without an upstream commit."""


@dataclass(frozen=True)
class Api:
    name: str
    upstream: str
    """The default-branch address of the document (where an update looks for new revisions)."""
    config: str
    """The generator configuration file, relative to the manifest's folder."""


@dataclass(frozen=True)
class SpecFile:
    """One pinned file: its name, local file name, public address and sha256."""

    name: str
    file: str
    url: str
    sha256: str

    @property
    def shared_path(self) -> str:
        """Where the file lives inside the shared specs folder of its API."""
        return self.file


@dataclass(frozen=True)
class Revision(SpecFile):
    """A published revision of the document, at one upstream commit."""

    number: int
    date: datetime.date
    commit: str | None
    """The upstream commit; None for a revision taken from a moving address or a file (`source`)."""
    message: str
    source: str | None = None
    """For a revision without a commit: one of :data:`SOURCES`."""

    @property
    def short_commit(self) -> str:
        return self.commit[:_MIN_SHORT_COMMIT] if self.commit else NO_COMMIT

    @property
    def shared_path(self) -> str:
        return f"{REVISIONS_DIR}/{self.file}"


@dataclass(frozen=True)
class Extra(SpecFile):
    """Another pinned file of the same API (e.g. the document converted to YAML)."""

    same_as: str | None = None
    """The name of the revision this file is equal to, if any."""


@dataclass(frozen=True)
class Manifest:
    path: Path
    api: Api
    revisions: tuple[Revision, ...]
    extras: tuple[Extra, ...] = ()

    @property
    def directory(self) -> Path:
        return self.path.parent

    @property
    def revisions_dir(self) -> Path:
        """Where the local copies of the pinned files live."""
        return self.directory / REVISIONS_DIR

    @property
    def latest(self) -> Revision:
        return self.revisions[-1]

    @property
    def config_path(self) -> Path:
        return self.directory / self.api.config

    @property
    def files(
        self,
    ) -> tuple[SpecFile, ...]:
        """Every pinned file: the revisions in order, then the extras."""
        return (
            *self.revisions,
            *self.extras,
        )

    def resolve(self, ref: str) -> SpecFile:
        return resolve(self, ref)

    def revision(self, ref: str) -> Revision:
        return resolve_revision(self, ref)


def find_manifest(
    root: Path | None = None,
    api: str = DEFAULT_API,
) -> Path:
    """The manifest of `api` under the project root (default: this checkout's root)."""
    path = (root if root is not None else PROJECT_ROOT) / "spec" / api / "manifest.toml"
    if not path.is_file():
        raise error(
            str(path),
            "",
            "spec manifest not found",
            f"expected spec/{api}/manifest.toml",
        )
    return path


def load_manifest(
    path: Path | None = None,
) -> Manifest:
    """Read and check a manifest; every problem is a GenerationError naming the file and key."""
    path = find_manifest() if path is None else path
    file = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise error(
            file,
            "",
            "spec manifest not found",
        ) from None
    except (
        OSError,
        UnicodeDecodeError,
    ) as exc:
        raise error(
            file,
            "",
            f"cannot read spec manifest: {exc}",
        ) from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise error(
            file,
            "",
            f"not valid TOML: {exc}",
        ) from None
    return _Reader(file).manifest(path, data)


def parse_manifest(text: str, path: Path) -> Manifest:
    """Check manifest text as `load_manifest` checks the file at `path` (e.g. a staged edit)."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise error(str(path), "", f"not valid TOML: {exc}") from None
    return _Reader(str(path)).manifest(path, data)


def resolve(manifest: Manifest, ref: str) -> SpecFile:
    """Find a pinned file by full name, file name, number ("54", "01"), commit or short commit
    (at least 7 hex digits), "latest", or an extra's name or file name."""
    key = ref.strip()
    if key.endswith(".json") and key.count("/") <= 1:
        key = key.removeprefix(f"{REVISIONS_DIR}/").removesuffix(".json")
    for spec in manifest.files:
        if key in (
            spec.name,
            spec.file,
        ):
            return spec
    if key.lower() in _LATEST and manifest.revisions:
        return manifest.latest
    matches: list[Revision] = []
    if key.isdigit() and len(key) <= 3:
        matches = [r for r in manifest.revisions if r.number == int(key)]
    elif len(key) >= _MIN_SHORT_COMMIT and _HEX_RE.fullmatch(key.lower()):
        matches = [r for r in manifest.revisions if (r.commit or r.sha256).startswith(key.lower())]
    if len(matches) == 1:
        return matches[0]
    if len(matches) > 1:
        raise error(
            str(manifest.path),
            "/revisions",
            f"{ref!r} matches several revisions: {', '.join(r.name for r in matches)}",
            "give more digits of the commit or the full revision name",
        )
    first, last = (
        (
            manifest.revisions[0],
            manifest.latest,
        )
        if manifest.revisions
        else (None, None)
    )
    hint = "use a revision name, number, short commit (7+ hex digits) or 'latest'"
    if first is not None and last is not None:
        hint += f": {first.number}..{last.number}, e.g. {last.name!r}"
    if manifest.extras:
        hint += "; extras: " + ", ".join(e.name for e in manifest.extras)
    raise error(
        str(manifest.path),
        "/revisions",
        f"no revision matches {ref!r}",
        hint,
    )


def resolve_revision(manifest: Manifest, ref: str) -> Revision:
    spec = resolve(manifest, ref)
    if not isinstance(spec, Revision):
        raise error(
            str(manifest.path),
            "/extras",
            f"{ref!r} is an extra file, not a revision",
        )
    return spec


def revision_path(manifest: Manifest, name: str) -> Path:
    """Where the bytes of a pinned file live locally (whether or not they are there yet)."""
    return manifest.revisions_dir / resolve(manifest, name).file


# --- reading -------------------------------------------------------------------------------------

_T = TypeVar("_T")


class _Reader:
    """Typed access to the parsed TOML, raising diagnostics that point at the offending key."""

    def __init__(self, file: str) -> None:
        self.file = file

    def fail(
        self,
        pointer: str,
        message: str,
        hint: str | None = None,
    ) -> GenerationError:
        return error(
            self.file,
            pointer,
            message,
            hint,
        )

    def table(
        self,
        data: Mapping[str, object],
        key: str,
        pointer: str,
    ) -> Mapping[str, object]:
        value = data.get(key)
        if not isinstance(value, dict):
            what = "missing" if value is None else "not a table"
            raise self.fail(
                join_pointer(pointer, key),
                f"[{key}] is {what}",
            )
        return value

    def tables(
        self,
        data: Mapping[str, object],
        key: str,
        *,
        required: bool,
    ) -> list[Mapping[str, object]]:
        value = data.get(key)
        if value is None and not required:
            return []
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            what = "missing" if value is None else "not an array of tables"
            raise self.fail(
                join_pointer("", key),
                f"[[{key}]] is {what}",
            )
        return value

    def value(
        self,
        data: Mapping[str, object],
        key: str,
        pointer: str,
        kind: type[_T],
        check: Callable[[_T], str | None] | None = None,
    ) -> _T:
        where = join_pointer(pointer, key)
        if key not in data:
            raise self.fail(
                where,
                f"required key {key!r} is missing",
            )
        value = data[key]
        # bool is an int subclass: never accept it where a number is meant
        if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
            raise self.fail(
                where,
                f"{key!r} must be {_kind_name(kind)}, not {type(value).__name__}",
            )
        problem = check(value) if check is not None else None
        if problem:
            raise self.fail(
                where,
                f"{key!r} {problem}: {value!r}",
            )
        return value

    def optional_str(
        self,
        data: Mapping[str, object],
        key: str,
        pointer: str,
    ) -> str | None:
        if key not in data:
            return None
        return self.value(
            data,
            key,
            pointer,
            str,
            _non_empty,
        )

    def no_unknown(
        self,
        data: Mapping[str, object],
        known: set[str],
        pointer: str,
    ) -> None:
        for key in data:
            if key not in known:
                raise self.fail(
                    join_pointer(pointer, key),
                    f"unknown key {key!r}",
                    "allowed: " + ", ".join(sorted(known)),
                )

    def manifest(
        self,
        path: Path,
        data: Mapping[str, object],
    ) -> Manifest:
        self.no_unknown(
            data,
            {
                "api",
                "revisions",
                "extras",
            },
            "",
        )
        api_data = self.table(data, "api", "")
        self.no_unknown(
            api_data,
            {
                "name",
                "upstream",
                "config",
            },
            "/api",
        )
        api = Api(
            name=self.value(
                api_data,
                "name",
                "/api",
                str,
                _file_name,
            ),
            upstream=self.value(
                api_data,
                "upstream",
                "/api",
                str,
                _url,
            ),
            config=self.value(
                api_data,
                "config",
                "/api",
                str,
                _non_empty,
            ),
        )
        revisions = tuple(
            self.revision(
                item,
                join_pointer("/revisions", i),
            )
            for i, item in enumerate(
                self.tables(
                    data,
                    "revisions",
                    required=True,
                )
            )
        )
        if not revisions:
            raise self.fail(
                "/revisions",
                "the manifest pins no revisions",
            )
        extras = tuple(
            self.extra(
                item,
                join_pointer("/extras", i),
            )
            for i, item in enumerate(
                self.tables(
                    data,
                    "extras",
                    required=False,
                )
            )
        )
        self.check_unique(revisions, extras)
        return Manifest(
            path=path,
            api=api,
            revisions=revisions,
            extras=extras,
        )

    def revision(
        self,
        data: Mapping[str, object],
        pointer: str,
    ) -> Revision:
        keys = {
            "name",
            "number",
            "date",
            "commit",
            "url",
            "sha256",
            "message",
            "source",
        }
        self.no_unknown(data, keys, pointer)
        source = self.optional_str(data, "source", pointer)
        if source is not None and source not in SOURCES:
            raise self.fail(
                join_pointer(pointer, "source"),
                f"'source' must be one of {', '.join(map(repr, SOURCES))}: {source!r}",
            )
        commit: str | None = None
        if "commit" in data or source is None:  # a commit is required unless `source` says why not
            commit = self.value(
                data,
                "commit",
                pointer,
                str,
                _commit,
            )
        name = self.value(
            data,
            "name",
            pointer,
            str,
            _file_name,
        )
        return Revision(
            name=name,
            file=f"{name}.json",
            number=self.value(
                data,
                "number",
                pointer,
                int,
                _positive,
            ),
            date=self.value(
                data,
                "date",
                pointer,
                datetime.date,
                _plain_date,
            ),
            commit=commit,
            url=self.value(
                data,
                "url",
                pointer,
                str,
                _url,
            ),
            sha256=self.value(
                data,
                "sha256",
                pointer,
                str,
                _sha256,
            ),
            message=self.value(
                data,
                "message",
                pointer,
                str,
            ),
            source=source,
        )

    def extra(
        self,
        data: Mapping[str, object],
        pointer: str,
    ) -> Extra:
        self.no_unknown(
            data,
            {
                "name",
                "file",
                "url",
                "sha256",
                "same_as",
            },
            pointer,
        )
        return Extra(
            name=self.value(
                data,
                "name",
                pointer,
                str,
                _file_name,
            ),
            file=self.value(
                data,
                "file",
                pointer,
                str,
                _file_name,
            ),
            url=self.value(
                data,
                "url",
                pointer,
                str,
                _url,
            ),
            sha256=self.value(
                data,
                "sha256",
                pointer,
                str,
                _sha256,
            ),
            same_as=self.optional_str(data, "same_as", pointer),
        )

    def check_unique(
        self,
        revisions: tuple[Revision, ...],
        extras: tuple[Extra, ...],
    ) -> None:
        for i, rev in enumerate(revisions):
            if rev.number != i + 1:
                raise self.fail(
                    join_pointer(
                        "/revisions",
                        i,
                        "number",
                    ),
                    f"revision numbers must count up from 1 in order: expected {i + 1}, got {rev.number}",
                )
        seen: dict[str, str] = {}
        for group, specs in (
            ("/revisions", revisions),
            ("/extras", extras),
        ):
            for i, spec in enumerate(specs):
                for key, value in (
                    ("name", spec.name),
                    ("file", spec.file),
                ):
                    where = join_pointer(
                        group,
                        i,
                        key,
                    )
                    if value in seen and not (
                        key == "file"
                        and seen[value]
                        == join_pointer(
                            group,
                            i,
                            "name",
                        )
                    ):
                        raise self.fail(
                            where,
                            f"{value!r} is used twice (first at {seen[value]})",
                        )
                    seen.setdefault(value, where)
        names = {r.name for r in revisions}
        for i, extra in enumerate(extras):
            if extra.same_as is not None and extra.same_as not in names:
                raise self.fail(
                    join_pointer(
                        "/extras",
                        i,
                        "same_as",
                    ),
                    f"'same_as' names no revision: {extra.same_as!r}",
                )


def _kind_name(kind: type) -> str:
    names = {
        str: "a string",
        int: "an integer",
        datetime.date: "a date (YYYY-MM-DD, unquoted)",
    }
    return names.get(kind, f"a {kind.__name__}")


def _non_empty(
    value: str,
) -> str | None:
    return None if value.strip() else "must not be empty"


def _file_name(
    value: str,
) -> str | None:
    if _NAME_RE.fullmatch(value) and ".." not in value:
        return None
    return "must be a plain file name (letters, digits, '.', '_', '-')"


def _url(value: str) -> str | None:
    return None if value.startswith(("https://", "http://")) else "must be an http(s) URL"


def _sha256(value: str) -> str | None:
    return None if _SHA256_RE.fullmatch(value) else "must be 64 lowercase hex digits"


def _commit(value: str) -> str | None:
    return (
        None if _COMMIT_RE.fullmatch(value) else "must be a full 40-digit lowercase hex commit hash"
    )


def _positive(value: int) -> str | None:
    return None if value > 0 else "must be a positive integer"


def _plain_date(
    value: datetime.date,
) -> str | None:
    return "must be a date without a time" if isinstance(value, datetime.datetime) else None

"""The manifest: loading, checking (errors name the file and key), and resolving revision names."""

from __future__ import annotations

import datetime
import re
from pathlib import Path

import pytest

from generator.diagnostics import (
    GenerationError,
)
from generator.manifest import (
    PROJECT_ROOT,
    Extra,
    Revision,
    find_manifest,
    load_manifest,
    resolve,
    resolve_revision,
    revision_path,
)

from .conftest import COMMITS, FakeApi

GOOD_REVISION = """
[[revisions]]
name = "01-2024-01-01-1111111"
number = 1
date = 2024-01-01
commit = "1111111aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
url = "https://example.invalid/1111111/openapi.json"
sha256 = "{sha}"
message = "first"
""".replace("{sha}", "0" * 64)

API = """
[api]
name = "fake-api"
upstream = "https://example.invalid/main/openapi.json"
config = "sdkgen.toml"
"""


def load_text(tmp_path: Path, text: str) -> GenerationError:
    path = tmp_path / "manifest.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(GenerationError) as info:
        load_manifest(path)
    assert all(d.file == str(path) for d in info.value.diagnostics)
    return info.value


def test_loads_every_field(
    fake_api: FakeApi,
) -> None:
    m = fake_api.manifest
    assert m.api.name == "fake-api"
    assert m.api.config == "sdkgen.toml"
    assert m.config_path == m.directory / "sdkgen.toml"
    assert [r.number for r in m.revisions] == [1, 2, 3]
    first = m.revisions[0]
    assert isinstance(first, Revision)
    assert first.name == "01-2024-01-01-1111111"
    assert first.file == "01-2024-01-01-1111111.json"
    assert first.date == datetime.date(2024, 1, 1)
    assert first.commit == COMMITS[0]
    assert first.short_commit == "1111111"
    assert first.message == "change 1"
    assert first.shared_path == "revisions/01-2024-01-01-1111111.json"
    assert m.latest is m.revisions[-1]
    (extra,) = m.extras
    assert isinstance(extra, Extra)
    assert (
        extra.name,
        extra.file,
        extra.shared_path,
    ) == (
        "fake-yml",
        "openapi.yml",
        "openapi.yml",
    )
    assert extra.same_as == m.latest.name
    assert m.files == (
        *m.revisions,
        extra,
    )
    assert m.revisions_dir == m.directory / "revisions"


@pytest.mark.parametrize(
    ("ref", "expected"),
    [
        (
            "02-2024-01-02-2222222",
            "02-2024-01-02-2222222",
        ),
        (
            "02-2024-01-02-2222222.json",
            "02-2024-01-02-2222222",
        ),
        (
            "revisions/02-2024-01-02-2222222.json",
            "02-2024-01-02-2222222",
        ),
        ("2", "02-2024-01-02-2222222"),
        ("02", "02-2024-01-02-2222222"),
        (
            " 3 ",
            "03-2024-01-03-3333333",
        ),
        (
            "2222222",
            "02-2024-01-02-2222222",
        ),
        (
            "2222222bbb",
            "02-2024-01-02-2222222",
        ),
        (
            COMMITS[0],
            "01-2024-01-01-1111111",
        ),
        (
            "latest",
            "03-2024-01-03-3333333",
        ),
        ("fake-yml", "fake-yml"),
        ("openapi.yml", "fake-yml"),
    ],
)
def test_resolve(
    fake_api: FakeApi,
    ref: str,
    expected: str,
) -> None:
    assert resolve(fake_api.manifest, ref).name == expected
    assert fake_api.manifest.resolve(ref).name == expected


@pytest.mark.parametrize(
    "ref",
    [
        "4",
        "0",
        "222222",
        "9999999",
        "nope",
        "",
        "03-2024-01-03",
    ],
)
def test_resolve_unknown_is_an_error_with_a_hint(fake_api: FakeApi, ref: str) -> None:
    with pytest.raises(GenerationError) as info:
        resolve(fake_api.manifest, ref)
    (d,) = info.value.diagnostics
    assert d.file == str(fake_api.manifest.path)
    assert d.pointer == "/revisions"
    assert f"no revision matches {ref!r}" in d.message
    assert d.hint is not None and "1..3" in d.hint and "fake-yml" in d.hint


def test_resolve_ambiguous_short_commit(
    tmp_path: Path,
) -> None:
    text = (
        API
        + GOOD_REVISION
        + GOOD_REVISION.replace("01-2024", "02-2024")
        .replace("number = 1", "number = 2")
        .replace('aaaaaaaaaa"', 'aaaaaaaaab"')
    )
    path = tmp_path / "manifest.toml"
    path.write_text(text, encoding="utf-8")
    manifest = load_manifest(path)
    with pytest.raises(
        GenerationError,
        match="matches several revisions",
    ):
        resolve(manifest, "1111111")
    assert (
        resolve_revision(
            manifest,
            COMMITS[0][:-1] + "b",
        ).number
        == 2
    )


def test_resolve_revision_refuses_an_extra(
    fake_api: FakeApi,
) -> None:
    assert resolve_revision(fake_api.manifest, "1").number == 1
    assert fake_api.manifest.revision("latest").number == 3
    with pytest.raises(
        GenerationError,
        match="extra file, not a revision",
    ):
        resolve_revision(
            fake_api.manifest,
            "fake-yml",
        )


def test_revision_path(
    fake_api: FakeApi,
) -> None:
    m = fake_api.manifest
    assert revision_path(m, "2") == m.directory / "revisions" / "02-2024-01-02-2222222.json"
    assert revision_path(m, "openapi.yml") == m.directory / "revisions" / "openapi.yml"


def test_missing_manifest(
    tmp_path: Path,
) -> None:
    with pytest.raises(GenerationError) as info:
        load_manifest(tmp_path / "manifest.toml")
    assert info.value.diagnostics[0].file == str(tmp_path / "manifest.toml")
    assert "not found" in str(info.value)
    with pytest.raises(
        GenerationError,
        match="spec manifest not found",
    ):
        find_manifest(tmp_path)


def test_invalid_toml(
    tmp_path: Path,
) -> None:
    err = load_text(tmp_path, "[api\nname = 1\n")
    assert "not valid TOML" in str(err)


@pytest.mark.parametrize(
    ("text", "pointer", "words"),
    [
        (
            GOOD_REVISION,
            "/api",
            "[api] is missing",
        ),
        (
            API,
            "/revisions",
            "[[revisions]] is missing",
        ),
        (
            "revisions = []\n" + API,
            "/revisions",
            "pins no revisions",
        ),
        (
            API.replace(
                'config = "sdkgen.toml"\n',
                "",
            )
            + GOOD_REVISION,
            "/api/config",
            "'config'",
        ),
        (
            API
            + GOOD_REVISION.replace(
                'sha256 = "' + "0" * 64 + '"\n',
                "",
            ),
            "/revisions/0/sha256",
            "required key 'sha256' is missing",
        ),
        (
            API + GOOD_REVISION.replace("0" * 64, "0" * 63),
            "/revisions/0/sha256",
            "64 lowercase hex",
        ),
        (
            API + GOOD_REVISION.replace("0" * 64, "A" * 64),
            "/revisions/0/sha256",
            "64 lowercase hex",
        ),
        (
            API
            + GOOD_REVISION.replace(
                "number = 1",
                'number = "1"',
            ),
            "/revisions/0/number",
            "must be an integer",
        ),
        (
            API
            + GOOD_REVISION.replace(
                "number = 1",
                "number = true",
            ),
            "/revisions/0/number",
            "must be an integer",
        ),
        (
            API
            + GOOD_REVISION.replace(
                "number = 1",
                "number = 2",
            ),
            "/revisions/0/number",
            "count up from 1",
        ),
        (
            API
            + GOOD_REVISION.replace(
                "date = 2024-01-01",
                'date = "2024-01-01"',
            ),
            "/revisions/0/date",
            "must be a date",
        ),
        (
            API
            + GOOD_REVISION.replace(
                "date = 2024-01-01",
                "date = 2024-01-01T00:00:00",
            ),
            "/revisions/0/date",
            "without a time",
        ),
        (
            API
            + GOOD_REVISION.replace(
                'commit = "1111111',
                'commit = "111111',
            ),
            "/revisions/0/commit",
            "40-digit",
        ),
        (
            API
            + GOOD_REVISION.replace(
                'url = "https',
                'url = "ftp',
            ),
            "/revisions/0/url",
            "http(s)",
        ),
        (
            API
            + GOOD_REVISION.replace(
                'name = "01',
                'name = "../01',
            ),
            "/revisions/0/name",
            "plain file name",
        ),
        (
            API + GOOD_REVISION + 'colour = "red"\n',
            "/revisions/0/colour",
            "unknown key 'colour'",
        ),
        (
            API
            + GOOD_REVISION
            + GOOD_REVISION.replace(
                "number = 1",
                "number = 2",
            ),
            "/revisions/1/name",
            "used twice",
        ),
        (
            API
            + GOOD_REVISION
            + '[[extras]]\nname = "x"\nfile = "x.yml"\nurl = "https://e.invalid/x"\n'
            'sha256 = "' + "1" * 64 + '"\nsame_as = "nope"\n',
            "/extras/0/same_as",
            "names no revision",
        ),
        (
            API + GOOD_REVISION + '[[extras]]\nname = "x"\nfile = "01-2024-01-01-1111111.json"\n'
            'url = "https://e.invalid/x"\nsha256 = "' + "1" * 64 + '"\n',
            "/extras/0/file",
            "used twice",
        ),
    ],
)
def test_invalid_manifest_names_file_and_key(
    tmp_path: Path,
    text: str,
    pointer: str,
    words: str,
) -> None:
    err = load_text(tmp_path, text)
    (d,) = err.diagnostics
    assert d.pointer == pointer
    assert words in d.message
    assert str(tmp_path / "manifest.toml") in d.format()


def test_find_manifest_default() -> None:
    path = find_manifest()
    assert path == PROJECT_ROOT / "spec" / "turso-platform-api" / "manifest.toml"
    assert (PROJECT_ROOT / "generator" / "manifest").is_dir()


def test_the_turso_manifest() -> None:
    m = load_manifest()
    assert m.api.name == "turso-platform-api"
    assert m.api.upstream.endswith("/tursodatabase/turso-docs/main/api-reference/openapi.json")
    assert len(m.revisions) == 54
    for r in m.revisions:
        assert r.name == f"{r.number:02d}-{r.date.isoformat()}-{r.short_commit}"
        assert r.url == (
            f"https://raw.githubusercontent.com/tursodatabase/turso-docs/{r.commit}"
            "/api-reference/openapi.json"
        )
    assert m.latest.name == "54-2026-06-10-60947d7"
    assert [e.file for e in m.extras] == ["openapi.yml"]
    assert m.extras[0].same_as == m.latest.name


SOURCES = PROJECT_ROOT.parent / "shared" / "specs" / "turso-platform-api" / "SOURCES.md"


@pytest.mark.skipif(
    not SOURCES.is_file(),
    reason="no shared specs folder beside the project",
)
def test_the_turso_manifest_matches_shared_sources() -> None:
    """Read-only check: the pinned commits, sha256s and messages are those of SOURCES.md."""
    text = SOURCES.read_text(encoding="utf-8")
    rows = re.findall(
        r"^\| revisions/(\S+)\.json \| ([0-9a-f]{40}) \| ([0-9a-f]{64}) \| (.*) \|$",
        text,
        re.MULTILINE,
    )
    m = load_manifest()
    assert [
        (
            r.name,
            r.commit,
            r.sha256,
            r.message,
        )
        for r in m.revisions
    ] == [tuple(row) for row in rows]
    yml = re.search(
        r"Address: (https://\S+) \(sha256 ([0-9a-f]{64})\)",
        text,
    )
    assert yml is not None
    assert (
        m.extras[0].url,
        m.extras[0].sha256,
    ) == (yml.group(1), yml.group(2))

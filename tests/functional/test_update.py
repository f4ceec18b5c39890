"""``sdkgen update`` against a local HTTP server on 127.0.0.1, in temporary copies of the project.

Each test builds a project root in a temporary folder: the Turso manifest (its `upstream` pointed at
the local server) and config, `revisions/` linking this checkout's pinned spec files, a copy of
`generated/`, and the golden folders (empty `tests/golden/`, the current CHANGELOG.md golden), then
runs the command with `--root` there. This checkout's own spec/, generated/ and goldens are never
written.

* the server first serves the newest pinned revision (nothing to do, nothing touched), then that
  revision edited by tests/fixtures/update/edit-54.json (one operation removed, one added): the
  manifest entry, the regenerated client, the golden folder, the CHANGELOG section and the major
  bump are checked against what `generate`, `scripts/update-golden` and
  `scripts/update-golden-changelog` produce from the updated manifest; a second run is a no-op;
* failures (server error, garbage body, a Swagger 2 document, a time-out before the answer and a
  body too slow to finish, an invalid document under --strict, a generation error, a failed
  rename while applying) exit 2 with one clear message and leave the project byte for byte as it
  was;
* another API (`--api`, `--output`), `--dry-run`, and the manifest text edit.
"""

from __future__ import annotations

import contextlib
import datetime
import difflib
import hashlib
import io
import json
import os
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from generator import cli, project
from generator.config import load_config
from generator.diagnostics import GenerationError, error
from generator.diff.changelog import (
    CHANGELOG_FILE,
    build_changelog,
    bump_version,
    compare_revisions,
)
from generator.diff.changes import Bump
from generator.diff.report import markdown
from generator.manifest import Manifest, append_revision, load_manifest, next_revision, sync
from generator.update import stage as stage_module

REPO = project.ROOT
FIXTURES = REPO / "tests" / "fixtures" / "update"
API = "turso-platform-api"
DATE = "2026-11-28"
SPEC_PATH = "/turso-docs/main/api-reference/openapi.json"

Snapshot = dict[str, tuple[str, str]]


# --------------------------------------------------------------------------- the server


@dataclass
class Server:
    """Answers GET requests on 127.0.0.1 as `mode` says: `ok` (200 with `body`), `status` (an error
    `status`), `stall` (nothing until released), `drip` (`body` one byte at a time) or `short`
    (`body`, then the connection closes before the promised length)."""

    base_url: str = ""
    mode: str = "ok"
    body: bytes = b""
    status: int = 200
    requests: list[str] = field(default_factory=list)
    release: threading.Event = field(default_factory=threading.Event)

    @property
    def upstream(self) -> str:
        return self.base_url + SPEC_PATH

    def serve(self, body: bytes) -> None:
        self.mode, self.body = "ok", body


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    state = Server()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            state.requests.append(self.path)
            with contextlib.suppress(OSError):  # the client may have given up already
                self.answer()

        def answer(self) -> None:
            if self.path != SPEC_PATH or state.mode == "status":
                self.send_error(404 if self.path != SPEC_PATH else state.status)
                return
            if state.mode == "stall":
                state.release.wait(10)
                return
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            promised = len(state.body) * (2 if state.mode == "short" else 1)
            self.send_header("Content-Length", str(promised))
            self.end_headers()
            if state.mode == "drip":
                for i in range(len(state.body)):
                    if state.release.wait(0.05):
                        return
                    self.wfile.write(state.body[i : i + 1])
                    self.wfile.flush()
                return
            self.wfile.write(state.body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    state.base_url = f"http://127.0.0.1:{httpd.server_address[1]}"
    try:
        yield state
    finally:
        state.release.set()
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)


@pytest.fixture(autouse=True)
def _reset(server: Server) -> Iterator[None]:
    server.mode, server.status, server.body = "ok", 200, b""
    server.release.clear()
    yield
    server.release.set()


# --------------------------------------------------------------------------- the project copy


@pytest.fixture(scope="module")
def real() -> Manifest:
    """This checkout's manifest, with every pinned file present locally (synced if needed)."""
    manifest = project.manifest()
    try:
        sync(manifest, names=[r.name for r in manifest.revisions])
    except GenerationError as exc:
        pytest.skip(f"the pinned spec revisions are not available: {exc}")
    return manifest


def make_root(base: Path, real: Manifest, upstream: str) -> Path:
    """A temporary project root (see the module docstring)."""
    root = base / "project"
    spec = root / "spec" / API
    (spec / "revisions").mkdir(parents=True)
    text = real.path.read_text(encoding="utf-8")
    assert real.api.upstream in text
    (spec / "manifest.toml").write_text(text.replace(real.api.upstream, upstream), encoding="utf-8")
    shutil.copy2(real.config_path, spec / real.api.config)
    for path in sorted(real.revisions_dir.iterdir()):
        if path.is_file() and not path.name.startswith("."):
            os.symlink(path.resolve(), spec / "revisions" / path.name)
    shutil.copytree(
        REPO / "generated", root / "generated", ignore=shutil.ignore_patterns("__pycache__")
    )
    (root / "tests" / "golden").mkdir(parents=True)
    (root / "tests" / "golden_changelog").mkdir()
    shutil.copy2(
        REPO / "tests" / "golden_changelog" / CHANGELOG_FILE,
        root / "tests" / "golden_changelog" / CHANGELOG_FILE,
    )
    return root


def snapshot(root: Path) -> Snapshot:
    """Every entry under `root`: files by sha256, links by target, folders."""
    found: Snapshot = {}
    for folder, dirs, files in os.walk(root):
        for name in dirs + files:
            path = Path(folder) / name
            rel = path.relative_to(root).as_posix()
            if path.is_symlink():
                found[rel] = ("link", os.readlink(path))
            elif path.is_dir():
                found[rel] = ("dir", "")
            else:
                found[rel] = ("file", hashlib.sha256(path.read_bytes()).hexdigest())
    return found


@dataclass(frozen=True)
class Run:
    code: int
    out: str
    err: str


def update(root: Path, *args: str) -> Run:
    """`sdkgen update --root ROOT ARGS...`, in-process."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli.main(["update", "--root", str(root), "--date", DATE, *args])
    return Run(code, out.getvalue(), err.getvalue())


def edited_spec(real: Manifest) -> bytes:
    """The newest revision with the edit of tests/fixtures/update/edit-54.json applied."""
    data = json.loads((real.revisions_dir / real.latest.file).read_bytes())
    edit = json.loads((FIXTURES / "edit-54.json").read_text(encoding="utf-8"))
    for method, path in edit["remove"]:
        del data["paths"][path][method]
    data["paths"].update(edit["add"])
    return (json.dumps(data, indent=2) + "\n").encode()


# --------------------------------------------------------------------------- the update itself


@dataclass(frozen=True)
class Flow:
    root: Path
    spec: bytes
    unchanged_before: tuple[Snapshot, Snapshot, Run]
    run: Run
    after: Snapshot
    again: tuple[Snapshot, Run]

    @property
    def name(self) -> str:
        return f"55-{DATE}-{hashlib.sha256(self.spec).hexdigest()[:7]}"

    @property
    def manifest(self) -> Manifest:
        return load_manifest(self.root / "spec" / API / "manifest.toml")


@pytest.fixture(scope="module")
def flow(
    tmp_path_factory: pytest.TempPathFactory, server: Server, real: Manifest
) -> Iterator[Flow]:
    """The newest revision served (no change), then the edited one (an update), then again."""
    root = make_root(tmp_path_factory.mktemp("update"), real, server.base_url + SPEC_PATH)
    server.serve((real.revisions_dir / real.latest.file).read_bytes())
    before = snapshot(root)
    same = update(root)
    unchanged = (before, snapshot(root), same)
    spec = edited_spec(real)
    server.serve(spec)
    run = update(root)
    after = snapshot(root)
    again = update(root)
    yield Flow(root, spec, unchanged, run, after, (snapshot(root), again))
    server.serve(b"")


def test_nothing_new_upstream_touches_nothing(flow: Flow, real: Manifest) -> None:
    before, after, run = flow.unchanged_before
    assert run.code == 0, run.err
    assert "up to date" in run.out and real.latest.name in run.out
    assert after == before


def test_a_second_run_finds_nothing_new(flow: Flow) -> None:
    snap, run = flow.again
    assert run.code == 0, run.err
    assert "up to date" in run.out and flow.name in run.out
    assert snap == flow.after


def test_the_manifest_gains_one_entry(flow: Flow, real: Manifest, server: Server) -> None:
    assert flow.run.code == 0, flow.run.err
    manifest = flow.manifest
    assert manifest.revisions[:-1] == real.revisions
    assert manifest.extras == real.extras
    new = manifest.latest
    assert (new.name, new.number, new.date.isoformat()) == (flow.name, 55, DATE)
    assert new.sha256 == hashlib.sha256(flow.spec).hexdigest()
    assert new.url == server.upstream
    assert (new.commit, new.source) == (None, "upstream")
    # every byte of the old file is still there, in order: only the new table was inserted
    old_text = real.path.read_text(encoding="utf-8").replace(real.api.upstream, server.upstream)
    new_text = manifest.path.read_text(encoding="utf-8")
    old_lines, new_lines = old_text.splitlines(True), new_text.splitlines(True)
    ops = difflib.SequenceMatcher(None, old_lines, new_lines, autojunk=False).get_opcodes()
    (insert,) = [op for op in ops if op[0] != "equal"]
    assert insert[0] == "insert"
    block = "".join(new_lines[insert[3] : insert[4]])
    assert "[[revisions]]\n" in block and 'source = "upstream"\n' in block
    assert (manifest.revisions_dir / new.file).read_bytes() == flow.spec


def test_the_client_is_regenerated(flow: Flow) -> None:
    manifest = flow.manifest
    expected = project.generate_pinned(manifest)
    actual = {
        p.relative_to(flow.root / "generated").as_posix(): p.read_bytes()
        for p in sorted((flow.root / "generated").rglob("*"))
        if p.is_file() and p.name != ".sdkgen-manifest.json"
    }
    assert project.diff_trees(expected.files, actual, "generated") == []
    resource = flow.root / "generated" / "turso_platform_api" / "resources" / "databases.py"
    text = resource.read_text(encoding="utf-8")
    assert "def list_branches(" in text
    assert "def get_stats(" not in text


def test_the_golden_folder_is_added(flow: Flow) -> None:
    manifest = flow.manifest
    golden = flow.root / "tests" / "golden" / flow.name
    assert golden.is_dir()
    files = {
        p.relative_to(golden).as_posix(): p.read_bytes() for p in golden.rglob("*") if p.is_file()
    }
    assert project.diff_trees(project.expected_golden(flow.name, pinned=manifest), files, "g") == []
    assert sorted(p.name for p in (flow.root / "tests" / "golden").iterdir()) == [flow.name]


def test_the_changelog_gets_the_section_and_the_version_bumps(flow: Flow, real: Manifest) -> None:
    manifest = flow.manifest
    config = load_config(manifest.config_path)
    changelog, versions = build_changelog(manifest, config)
    assert versions[flow.name] == bump_version(versions[real.latest.name], Bump.MAJOR)
    goldens = flow.root / "tests" / "golden_changelog"
    assert (goldens / CHANGELOG_FILE).read_text(encoding="utf-8") == changelog
    pair = markdown(compare_revisions(manifest, real.latest, manifest.latest, config))
    assert (goldens / "54__55.md").read_text(encoding="utf-8") == pair
    generated = flow.root / "generated"
    assert (generated / CHANGELOG_FILE).read_text(encoding="utf-8") == changelog
    section = changelog.split(f"## {versions[flow.name]} ({DATE})\n", 1)[1].split("\n## ", 1)[0]
    assert f"`{flow.name}`" in section
    assert "removed `databases.get_stats`" in section
    assert "added `databases.list_branches`" in section
    pyproject = (generated / "pyproject.toml").read_text(encoding="utf-8")
    assert f'version = "{versions[flow.name]}"' in pyproject


def test_the_summary(flow: Flow, real: Manifest) -> None:
    out = flow.run.out
    manifest = flow.manifest
    old_version = build_changelog(manifest, load_config(manifest.config_path))[1][real.latest.name]
    assert f"added revision {flow.name}" in out
    assert f"version: {old_version} -> {bump_version(old_version, Bump.MAJOR)} (major" in out
    assert "operations added (1):\n    databases.list_branches (GET " in out
    assert "operations removed (1):\n    databases.get_stats (GET " in out
    assert "operations changed (0)" in out
    for path in (
        f"spec/{API}/manifest.toml",
        f"spec/{API}/revisions/{flow.name}.json (git-ignored)",
        "generated/CHANGELOG.md",
        "generated/pyproject.toml",
        "generated/turso_platform_api/resources/databases.py",
        f"tests/golden/{flow.name}/",
        "tests/golden_changelog/54__55.md (new)",
        "tests/golden_changelog/CHANGELOG.md",
    ):
        assert f"\n    {path}" in out, path
    assert "other machines (CI) need a copy" in out
    assert not any(rel.startswith(".sdkgen-update-") for rel in flow.after)


def test_the_command_line_entry_point(flow: Flow, server: Server) -> None:
    server.serve(flow.spec)
    result = subprocess.run(
        [sys.executable, "-m", "generator", "update", "--root", str(flow.root)],
        check=False,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=REPO,
    )
    assert result.returncode == 0, result.stderr
    assert "up to date" in result.stdout


# --------------------------------------------------------------------------- failures


@pytest.fixture
def pristine(tmp_path: Path, server: Server, real: Manifest) -> Path:
    return make_root(tmp_path, real, server.upstream)


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory, server: Server, real: Manifest) -> Path:
    """One root for the failures found late (after the history is computed, which is cached per
    root): each test checks that it is left untouched, so the next one starts from the same state."""
    return make_root(tmp_path_factory.mktemp("late-failures"), real, server.upstream)


def refused(root: Path, *args: str, words: str) -> Run:
    """Run the update, expecting exit 2 with `words` in the message and the project untouched."""
    before = snapshot(root)
    run = update(root, *args)
    assert run.code == 2, run.out + run.err
    assert words in run.err, run.err
    assert "Traceback" not in run.err and run.out == ""
    assert snapshot(root) == before
    return run


def test_a_server_error(pristine: Path, server: Server) -> None:
    server.mode, server.status = "status", 503
    run = refused(pristine, words="download failed: HTTP 503")
    assert server.upstream in run.err


def test_a_garbage_body(pristine: Path, server: Server) -> None:
    server.serve((FIXTURES / "garbage.html").read_bytes())
    refused(pristine, words="refused: not an OpenAPI 3.x document")


def test_a_swagger_2_document(pristine: Path, server: Server) -> None:
    server.serve((FIXTURES / "swagger-2.json").read_bytes())
    refused(pristine, words="refused: not an OpenAPI 3.x document: Swagger 2.0 document")


def test_a_time_out_before_the_answer(pristine: Path, server: Server) -> None:
    server.mode = "stall"
    started = time.monotonic()
    refused(pristine, "--timeout", "0.5", words="download timed out after 0.5 s")
    assert time.monotonic() - started < 5


def test_a_body_too_slow_to_finish(pristine: Path, server: Server, real: Manifest) -> None:
    server.mode, server.body = "drip", b" " * 1000 + b"{}"
    started = time.monotonic()
    refused(pristine, "--timeout", "0.5", words="download timed out after 0.5 s")
    assert time.monotonic() - started < 5


def test_a_body_cut_short(pristine: Path, server: Server, real: Manifest) -> None:
    server.mode, server.body = "short", edited_spec(real)
    refused(pristine, words="download failed: the connection closed before the whole document")


def test_an_invalid_document_under_strict(pristine: Path, server: Server, real: Manifest) -> None:
    data = json.loads(edited_spec(real))
    del data["paths"]["/v1/locations"]["get"]["responses"]
    server.serve(json.dumps(data).encode())
    refused(pristine, "--strict", words="/paths/~1v1~1locations/get")


def test_a_missing_from_file(pristine: Path) -> None:
    refused(pristine, "--from", str(pristine / "nope.json"), words="file not found")


def test_a_generation_error(
    shared: Path, server: Server, real: Manifest, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fail(*args: object, **kwargs: object) -> None:
        raise error("spec.json", "/paths", "simulated generation error")

    monkeypatch.setattr(project, "generate_pinned", fail)
    server.serve(edited_spec(real))
    refused(shared, words="simulated generation error")


def test_a_failure_while_applying_undoes_everything(
    shared: Path, server: Server, real: Manifest, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The manifest is replaced last: failing there, every other entry is in place and undone."""
    root = shared.resolve()
    moves: list[tuple[Path, Path]] = []
    real_move: Callable[[Path, Path], None] = stage_module._move

    def move(source: Path, target: Path) -> None:
        moves.append((source, target))
        if target.name == "manifest.toml" and "new" in source.relative_to(root).parts:
            raise PermissionError(13, "Permission denied (simulated)", str(target))
        real_move(source, target)

    monkeypatch.setattr(stage_module, "_move", move)
    server.serve(edited_spec(real))
    refused(shared, words="cannot apply the update: Permission denied (simulated)")
    targets = {target.relative_to(root).as_posix() for _, target in moves}
    assert {"generated", f"spec/{API}/manifest.toml", "tests/golden_changelog/54__55.md"} <= targets
    assert any(t.startswith("tests/golden/55-") for t in targets)


def test_a_leftover_stage_folder_stops_the_update(pristine: Path, server: Server) -> None:
    (pristine / ".sdkgen-update-0123456789ab").mkdir()
    server.serve(b'{"openapi": "3.0.3", "info": {"title": "x", "version": "1"}, "paths": {}}')
    refused(pristine, words="a previous `sdkgen update` did not finish")


# --------------------------------------------------------------------------- another API, dry run


@pytest.fixture
def tiny(tmp_path: Path) -> Path:
    root = tmp_path / "tiny-project"
    spec = root / "spec" / "tiny-api"
    (spec / "revisions").mkdir(parents=True)
    for name in ("manifest.toml", "sdkgen.toml"):
        shutil.copy2(FIXTURES / "tiny" / name, spec / name)
    shutil.copy2(FIXTURES / "tiny" / "v1.json", spec / "revisions" / "01-2026-01-01-1111111.json")
    return root


def test_another_api_needs_an_output_folder(tiny: Path) -> None:
    refused(
        tiny, "--api", "tiny-api", "--from", str(FIXTURES / "tiny" / "v2.json"), words="--output"
    )


def test_another_api_with_dry_run_then_for_real(tiny: Path) -> None:
    args = ["--api", "tiny-api", "--from", str(FIXTURES / "tiny" / "v2.json")]
    args += ["--output", str(tiny / "clients" / "tiny"), "--message", 'add "getWidget"']
    before = snapshot(tiny)
    dry = update(tiny, *args, "--dry-run")
    assert dry.code == 0, dry.err
    assert "would add revision 02-" in dry.out and "dry run: nothing was written" in dry.out
    assert snapshot(tiny) == before
    run = update(tiny, *args)
    assert run.code == 0, run.err
    assert "version: 1.0.0 -> 1.1.0 (minor" in run.out
    assert "operations added (1):\n    widgets.get (GET /widgets/{id})" in run.out
    manifest = load_manifest(tiny / "spec" / "tiny-api" / "manifest.toml")
    assert (manifest.latest.number, manifest.latest.source) == (2, "file")
    assert manifest.latest.message == 'add "getWidget"'
    package = tiny / "clients" / "tiny"
    assert 'version = "1.1.0"' in (package / "pyproject.toml").read_text(encoding="utf-8")
    assert "def get(" in (package / "tiny_api" / "resources" / "widgets.py").read_text("utf-8")
    assert not (tiny / "tests").exists()  # the goldens are the default API's only
    assert update(tiny, *args).out.startswith("sdkgen update: tiny-api is up to date")


def test_a_documentation_only_change_keeps_the_version(tiny: Path, tmp_path: Path) -> None:
    output = ["--output", str(tiny / "clients" / "tiny")]
    first = update(tiny, "--api", "tiny-api", "--from", str(FIXTURES / "tiny" / "v1.json"), *output)
    assert "up to date" in first.out  # v1 is pinned already: nothing generated yet either
    assert not (tiny / "clients").exists()
    data = json.loads((FIXTURES / "tiny" / "v1.json").read_text(encoding="utf-8"))
    data["paths"]["/widgets"]["get"]["summary"] = "List every widget"
    docs = tmp_path / "docs-only.json"
    docs.write_text(json.dumps(data), encoding="utf-8")
    run = update(tiny, "--api", "tiny-api", "--from", str(docs), *output)
    assert run.code == 0, run.err
    assert (
        "version: stays 1.0.0 (no change to the client surface; the documentation changed"
        in run.out
    )
    changelog = (tiny / "clients" / "tiny" / CHANGELOG_FILE).read_text(encoding="utf-8")
    assert "## 1.0.0" in changelog and "## 1.0.1" not in changelog
    widgets = tiny / "clients" / "tiny" / "tiny_api" / "resources" / "widgets.py"
    assert "List every widget" in widgets.read_text(encoding="utf-8")


# --------------------------------------------------------------------------- the manifest edit


def test_append_revision_keeps_crlf_and_refuses_an_unknown_layout(tmp_path: Path) -> None:
    text = (FIXTURES / "tiny" / "manifest.toml").read_text(encoding="utf-8")
    path = tmp_path / "manifest.toml"
    path.write_bytes(text.replace("\n", "\r\n").encode())
    manifest = load_manifest(path)
    revision = next_revision(
        manifest,
        date=datetime.date(2026, 2, 3),
        sha256="ab" * 32,
        url=manifest.api.upstream,
        message='quote " backslash \\ tab \t',
        source="upstream",
    )
    edited = append_revision(manifest, path.read_bytes().decode(), revision, "a\ncomment")
    assert "\n" not in edited.replace("\r\n", "")
    assert edited.startswith(text.replace("\n", "\r\n"))
    assert revision.name == "02-2026-02-03-abababa"
    inline = text.replace("[[revisions]]\n", "[[revisions]] # the first\n")
    assert "# the first" in append_revision(manifest, inline, revision)
    with pytest.raises(GenerationError, match="add it by hand"):
        append_revision(manifest, "revisions = []\n", revision)


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (lambda t: t.replace('source = "file"\n', ""), "required key 'commit' is missing"),
        (lambda t: t.replace('source = "file"', 'source = "ftp"'), "'source' must be one of"),
    ],
)
def test_a_revision_without_commit_needs_a_known_source(
    tmp_path: Path, change: Callable[[str], str], words: str
) -> None:
    text = (FIXTURES / "tiny" / "manifest.toml").read_text(encoding="utf-8")
    path = tmp_path / "manifest.toml"
    path.write_text(text, encoding="utf-8")
    manifest = load_manifest(path)
    revision = next_revision(
        manifest,
        date=datetime.date(2026, 2, 3),
        sha256="cd" * 32,
        url=manifest.api.upstream,
        message="m",
        source="file",
    )
    edited = append_revision(manifest, text, revision)
    path.write_text(edited, encoding="utf-8")
    loaded = load_manifest(path).latest
    assert (loaded.commit, loaded.source, loaded.short_commit) == (None, "file", "unknown")
    assert load_manifest(path).resolve("cdcdcdc") == loaded
    path.write_text(change(edited), encoding="utf-8")
    with pytest.raises(GenerationError, match=words):
        load_manifest(path)

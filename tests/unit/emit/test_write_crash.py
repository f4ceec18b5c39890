"""write_tree under SIGKILL: after a kill at any moment and a recovery, ``output`` holds exactly
the old tree or exactly the new one.

A child process runs ``write_tree`` over an existing tree. Either it SIGKILLs itself right
before its N-th file-system call (every interesting N: all renames and their neighbours, plus an
even sample of the rest), or the parent SIGKILLs it after a random delay on a larger tree.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from generator.emit.write import recover, write_tree

from .test_write import Snapshot, siblings, snapshot

REPO = Path(__file__).resolve().parents[3]
PRESERVE = ["keep/**"]
VERSION = "crash-test"

CHILD = """
import json, os, signal, sys
from pathlib import Path

import generator.emit.write as w

mode, staged_file, output = sys.argv[1:4]
kill_at = int(sys.argv[4]) if mode == "kill" else -1
staged = {k: v.encode() for k, v in json.loads(Path(staged_file).read_text()).items()}
ops = []

def wrap(name, real):
    def inner(*args, **kwargs):
        ops.append(name)
        if len(ops) == kill_at:
            os.kill(os.getpid(), signal.SIGKILL)
        return real(*args, **kwargs)
    return inner

if mode != "plain":
    for name in ("rename", "replace", "mkdir", "open", "write", "fsync", "link", "symlink",
                 "unlink", "rmdir", "chmod", "close"):
        setattr(os, name, wrap(name, getattr(os, name)))
w.write_tree(staged, Path(output), preserve=@PRESERVE@, generator_version=@VERSION@)
if mode == "count":
    print(json.dumps(ops))
""".replace("@PRESERVE@", repr(PRESERVE)).replace("@VERSION@", repr(VERSION))


def make_trees(n_files: int, size: int) -> tuple[dict[str, str], dict[str, str]]:
    """An old and a new staged tree that differ in every way write_tree cares about."""
    old, new = {}, {}
    for i in range(n_files):
        path = f"pkg/mod{i % 7}/file{i}.py"
        old[path] = f"# old {i}\n" + "x" * size
        if i % 5 == 0:
            continue  # removed in the new tree
        new[path] = old[path] if i % 3 == 0 else f"# new {i}\n" + "y" * size
    for i in range(n_files // 4):
        new[f"pkg/added{i % 3}/file{i}.py"] = f"# added {i}\n"
    old["keep/hooks.py"] = "# scaffold\n"
    new["keep/hooks.py"] = "# scaffold v2\n"
    return old, new


class Scenario:
    """A pristine old output, the expected new output, and a scratch copy to run on."""

    def __init__(self, root: Path, n_files: int, size: int) -> None:
        old, new = make_trees(n_files, size)
        self.staged_file = root / "new.json"
        self.staged_file.write_text(json.dumps(new))
        self.pristine = root / "pristine" / "sdk"
        write_tree(_encode(old), self.pristine, preserve=PRESERVE, generator_version=VERSION)
        (self.pristine / "USER.md").write_text("hand-written\n")
        (self.pristine / "pkg" / "mod1" / "user_helper.py").write_text("# mine\n")
        (self.pristine / "keep" / "hooks.py").write_text("# edited by hand\n")
        self.old = snapshot(self.pristine)
        expected = root / "expected" / "sdk"
        shutil.copytree(self.pristine, expected, symlinks=True)
        write_tree(_encode(new), expected, preserve=PRESERVE, generator_version=VERSION)
        self.new = snapshot(expected)
        assert self.new != self.old
        self.output = root / "run" / "sdk"

    def reset(self) -> None:
        shutil.rmtree(self.output.parent, ignore_errors=True)
        shutil.copytree(self.pristine, self.output, symlinks=True)

    def child(self, mode: str, *extra: str) -> subprocess.Popen[str]:
        command = [sys.executable, "-c", CHILD, mode, str(self.staged_file), str(self.output)]
        env = {**os.environ, "PYTHONPATH": str(REPO), "PYTHONDONTWRITEBYTECODE": "1"}
        return subprocess.Popen(
            [*command, *extra], cwd=REPO, env=env, stdout=subprocess.PIPE, text=True
        )

    def check_after_crash(self) -> str:
        """Recover, then tell which tree ``output`` holds; fail if neither."""
        recover(self.output)
        assert siblings(self.output) == []
        state = snapshot(self.output)
        if state == self.old:
            return "old"
        if state == self.new:
            return "new"
        pytest.fail(f"output is neither the old nor the new tree: {_diff(state, self)}")


def _encode(tree: dict[str, str]) -> dict[str, bytes]:
    return {k: v.encode() for k, v in tree.items()}


def _diff(state: Snapshot, scenario: Scenario) -> dict[str, Any]:
    keys = set(state) ^ set(scenario.new)
    return {"differs_from_new": sorted(keys)[:10], "n_entries": len(state)}


def _kill_points(ops: list[str], sample: int) -> list[int]:
    """1-based indices of file-system calls to die at: around every rename, plus a sample."""
    points = set()
    for i, name in enumerate(ops, start=1):
        if name in ("rename", "replace"):
            points |= {i - 1, i, i + 1}
    step = max(1, len(ops) // sample)
    points |= set(range(1, len(ops) + 1, step))
    points.add(len(ops))
    return sorted(p for p in points if 1 <= p <= len(ops))


def test_sigkill_before_any_file_system_call(tmp_path: Path) -> None:
    scenario = Scenario(tmp_path, n_files=40, size=200)
    scenario.reset()
    counted = scenario.child("count")
    out, _ = counted.communicate(timeout=120)
    assert counted.returncode == 0
    ops: list[str] = json.loads(out)
    assert scenario.check_after_crash() == "new"
    assert ops.count("rename") >= 3  # output -> old, temp -> output, old -> trash

    outcomes = []
    for point in _kill_points(ops, sample=20):
        scenario.reset()
        child = scenario.child("kill", str(point))
        child.communicate(timeout=120)
        assert child.returncode == -signal.SIGKILL, f"child was not killed at call {point}"
        outcomes.append(scenario.check_after_crash())
    assert {"old", "new"} <= set(outcomes)


@pytest.mark.slow
def test_sigkill_after_random_delays_on_a_large_tree(tmp_path: Path) -> None:
    scenario = Scenario(tmp_path, n_files=1200, size=2000)
    scenario.reset()
    started = time.monotonic()
    plain = scenario.child("plain")
    plain.communicate(timeout=300)
    duration = time.monotonic() - started
    assert plain.returncode == 0
    assert scenario.check_after_crash() == "new"

    rng = random.Random(20240506)
    outcomes = []
    for _ in range(8):
        scenario.reset()
        child = scenario.child("plain")
        time.sleep(rng.uniform(0.0, duration * 1.1))
        child.send_signal(signal.SIGKILL)
        child.communicate(timeout=120)
        outcomes.append(scenario.check_after_crash())
    assert set(outcomes) <= {"old", "new"}

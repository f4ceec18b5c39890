"""Tests for generator.process: sdkgen's own processes tune the collector; a program that calls
`cli.main` keeps its own settings. (Each check runs in a child interpreter.)"""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
from pathlib import Path

from generator import cli
from generator.process import GC_THRESHOLDS

ROOT = Path(__file__).resolve().parents[2]


def _child(code: str) -> object:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-P", "-c", code], capture_output=True, text=True, env=env, check=True
    )
    return json.loads(done.stdout.splitlines()[-1])


def test_the_program_collects_seldom_and_ends_without_a_last_collection() -> None:
    found = _child(
        "import gc, json\n"
        "import generator.cli as cli\n"
        "seen = []\n"
        "cli.main = lambda: seen.append(gc.get_threshold()) or 3\n"
        "code = cli.run()\n"
        "print(json.dumps([code, seen, gc.get_freeze_count() > 0]))"
    )
    assert found == [3, [list(GC_THRESHOLDS)], True]


def test_the_program_ends_quickly_after_a_failure_too() -> None:
    found = _child(
        "import gc, json\n"
        "import generator.cli as cli\n"
        "def fail():\n"
        "    raise KeyError('x')\n"
        "cli.main = fail\n"
        "try:\n"
        "    cli.run()\n"
        "except KeyError:\n"
        "    print(json.dumps(gc.get_freeze_count() > 0))"
    )
    assert found is True


def test_main_leaves_the_callers_collector_alone() -> None:
    before = gc.get_threshold()
    assert cli.main(["templates", "list"]) == 0
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0


def test_the_worker_collects_seldom() -> None:
    found = _child(
        "import gc, io, json, os, sys\n"
        "from generator.load import background\n"
        "sys.stdin = io.TextIOWrapper(io.BytesIO(b''))\n"
        "os._exit = lambda code: print(json.dumps([code, gc.get_threshold()]))\n"
        "background.run()"
    )
    assert found == [0, list(GC_THRESHOLDS)]

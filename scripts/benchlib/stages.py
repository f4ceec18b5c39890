"""Where one `sdkgen generate` run spends its time, stage by stage, in this one process.

Run under the project's .venv:

    python scripts/benchlib/stages.py PROJECT_ROOT SPEC OUTPUT

It runs the real command line (`generator.cli.main(["generate", SPEC, "--output", OUTPUT,
"--package-name", "pkg"])`, with the process settings of `sdkgen`) with the stage functions that `generator.pipeline` calls wrapped in timers,
and prints one JSON object: the import time of the generator, each stage's seconds, and the rest.
Stages that the pipeline no longer calls by these names are simply absent.
"""

from __future__ import annotations

import contextlib
import functools
import io
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

STAGES = (
    "read_document",
    "resolve_external",
    "build_api",
    "assign_names",
    "plan",
    "render_files",
    "format_files",
    "write_tree",
    "_verdict",  # waiting for the validator's verdict (its worker runs beside the stages above)
)


def main() -> int:
    root, spec, output = sys.argv[1:4]
    sys.path.insert(0, root)
    try:  # as `sdkgen` (cli.run) does first in its own process
        from generator.process import tune_gc
    except ImportError:  # a tree from before it
        pass
    else:
        tune_gc()
    started = time.perf_counter()
    from generator.load.background import warm_up

    warm_up(Path(spec))  # as the command line does first, before the imports below
    from generator import cli, pipeline

    imported = time.perf_counter() - started
    spent: dict[str, float] = {}

    def timed(name: str, func: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(func)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            began = time.perf_counter()
            try:
                return func(*args, **kwargs)
            finally:
                spent[name] = spent.get(name, 0.0) + time.perf_counter() - began

        return wrapper

    for name in STAGES:
        if callable(getattr(pipeline, name, None)):
            setattr(pipeline, name, timed(name, getattr(pipeline, name)))
    err = io.StringIO()
    started = time.perf_counter()
    with contextlib.redirect_stderr(err):
        code = cli.main(["generate", spec, "--output", output, "--package-name", "pkg"])
    total = time.perf_counter() - started
    print(
        json.dumps(
            {
                "exit": code,
                "error": err.getvalue().strip().splitlines()[-1]
                if code and err.getvalue().strip()
                else "",
                "import": imported,
                "stages": {name: spent[name] for name in STAGES if name in spent},
                "other": total - sum(spent.values()),
                "total": total,
            }
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

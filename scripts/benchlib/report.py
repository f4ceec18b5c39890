"""docs/benchmarks.md: the figures of one run of scripts/bench, with the targets of the issues."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from benchlib.client_bench import BackendResult
from benchlib.generator_bench import OAG_VERSION, PEER, PEER_VERSION, InputResult
from benchlib.measure import Case

# openapi-generator (Java) takes 17-18 s on the GitHub and Stripe specs (figure from the issue); it cannot
# be installed here, so its lower figure is the reference.
OPENAPI_GENERATOR_S = 17.0
GEN_RATIO_TARGET = 0.25
PEAK_TARGET_MIB = 400
PROFILE_TOP = 20
CLIENT_TARGETS = {"list": 0.75, "small": 1.1, "import": 1.2}


@dataclass
class Report:
    command: str
    quick: bool
    machine: dict[str, str]
    runs_small: int
    runs_large: int
    timeout: float
    client_repeat: int
    client_number: int
    import_rounds: int
    inputs: list[InputResult]
    stages: dict[str, dict[str, Any]]  # "<label>, first run" -> stage figures
    profile: str
    backends: list[BackendResult]
    client_env: str
    load_after: str
    only: str | None = None  # "client": part B alone (scripts/bench --only client)


def mib(kib: int | None) -> str:
    return "–" if kib is None else f"{kib / 1024:.0f} MiB"


def secs(value: float | None) -> str:
    if value is None:
        return "–"
    return f"{value:.2f} s" if value < 100 else f"{value:.0f} s"


def ratio(a: float | None, b: float | None) -> float | None:
    if a is None or b is None or b <= 0 or math.isnan(a) or math.isnan(b):
        return None
    return a / b


def times(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.2f}×"


def mark(ok: bool | None) -> str:
    return "n/a" if ok is None else ("pass" if ok else "**miss**")


def cell(case: Case) -> str:
    if case.note is not None:
        return case.note
    if not case.runs:
        return "–"
    if case.failure is not None:
        return f"{case.failure} (after {secs(case.wall)}, peak {mib(case.peak_kib)})"
    text = f"{secs(case.wall)} (cpu {secs(case.cpu)}), {mib(case.peak_kib)}"
    return text if case.partial is None else f"{text}; {case.partial}"


def ok_wall(case: Case) -> float | None:
    return case.wall if case.ok else None


def ok_cpu(case: Case) -> float | None:
    return case.cpu if case.ok else None


def per_operation(case: Case, operations: int) -> str:
    wall = ok_wall(case)
    return "–" if wall is None or not operations else f"{wall / operations * 1e3:.1f} ms"


def plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def relative(case: Case, peer: Case) -> str:
    wall = ratio(ok_wall(case), ok_wall(peer))
    if wall is None:
        return "n/a"
    return f"{times(wall)} (cpu {times(ratio(ok_cpu(case), ok_cpu(peer)))})"


def generator_section(r: Report) -> list[str]:
    out = [
        "## A. Generator",
        "",
        (
            f"Median wall time of {plural(r.runs_small, 'run')} (newest Turso) or {plural(r.runs_large, 'run')} "
            "(the larger inputs), taken in rounds (one run of every tool on the input, then the next round, so "
            "that a machine whose speed drifts slows them alike), "
            "each a child process (ours byte-compiled, as `pip install` leaves it and left the peers); cpu is the "
            "user + system time of the process and the processes it waited for (ruff, and with an empty cache "
            "the validator's worker); peak is the largest resident set of that process tree (`wait4` rusage). A run that fails is "
            "not repeated: its time is the time to the failure. *Empty cache*: every run starts with an empty "
            "cache (`SDKGEN_CACHE_DIR`: no validator verdict, no compiled template, no formatted file), which is "
            "what a new spec costs on a fresh machine and the fair comparison with the peer, which caches "
            "nothing (in the loop over the 54 revisions the cache fills as it goes, as it does for a user); "
            "*cached*: the same spec again (the validator's verdict is cached by the spec's sha256, each "
            "formatted file by its bytes and settings), as when regenerating or rerunning the golden test."
        ),
        "",
        f"| Input | Operations | Spec | ours, empty cache | ours, cached | {PEER} {PEER_VERSION} | ours/peer, wall (cpu) |",
        "| --- | ---: | ---: | --- | --- | --- | --- |",
    ]
    for res in r.inputs:
        if res.input is None:
            out.append(f"| {res.note} | | | | | | |")
            continue
        item = res.input
        rel = f"{relative(res.cold, res.peer)}; cached {relative(res.warm, res.peer)}"
        out.append(
            f"| {item.label} | {item.operations} | {item.size / 2**20:.2f} MiB | {cell(res.cold)} | "
            f"{cell(res.warm)} | {cell(res.peer)} | {rel} |"
        )
    measured = [res for res in r.inputs if res.input is not None and res.oag is not None]
    if measured:
        out += [
            "",
            (
                f"The issue's other reference, the Java openapi-generator {OAG_VERSION} (`generate -g python`, its PyPI "
                "wrapper with the bundled jar, on this machine's Java), measured here the same way (the issue's 17–18 s "
                "come from another machine):"
            ),
            "",
            "| Input | openapi-generator | ours/openapi-generator, wall (cpu) |",
            "| --- | --- | --- |",
        ]
        for res in measured:
            assert res.oag is not None and res.input is not None
            out.append(
                f"| {res.input.label} | {cell(res.oag)} | {relative(res.cold, res.oag)}; "
                f"cached {relative(res.warm, res.oag)} |"
            )
    out += [
        "",
        "Time per operation (does the cost grow linearly with the size of the API?):",
        "",
        "| Input | Operations | ours, empty cache | ours, cached | peer |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]
    for res in r.inputs:
        if res.input is None:
            continue
        ops = res.input.operations
        cells = " | ".join(per_operation(case, ops) for case in (res.cold, res.warm, res.peer))
        out.append(f"| {res.input.label} | {ops} | {cells} |")
    return out


STAGE_TITLES = {"_verdict": "waiting for the validator"}


def stage_section(r: Report) -> list[str]:
    if not r.stages:
        return []
    labels = list(r.stages)
    names: list[str] = []
    for figures in r.stages.values():
        for name in figures.get("stages", {}):
            if name not in names:
                names.append(name)
    out = [
        "",
        "### Where the generator's time goes",
        "",
        (
            "One in-process run of `sdkgen generate` per column, with the stage functions that "
            "`generator/pipeline.py` calls wrapped in timers (`scripts/benchlib/stages.py`); seconds. "
            "*import* is importing the generator itself (before any stage), *waiting for the validator* the "
            "time the run waited for the validator's verdict once the client was written (without `--strict` "
            "the verdict is awaited last; its worker runs beside the other stages; nothing when the verdict "
            "is cached), *other* the rest of the command "
            "(config, CLI, diagnostics)."
        ),
        "",
        "| Stage | " + " | ".join(labels) + " |",
        "| --- |" + " ---: |" * len(labels),
    ]

    def row(title: str, get: Any) -> str:
        values = []
        for label in labels:
            figures = r.stages[label]
            if "failure" in figures:
                values.append(figures["failure"] if title == "total" else "")
                continue
            value = get(figures)
            values.append("" if value is None else f"{value:.2f}")
        return f"| {title} | " + " | ".join(values) + " |"

    out.append(row("import", lambda f: f.get("import")))
    for name in names:
        title = STAGE_TITLES.get(name, name)
        out.append(row(title, lambda f, n=name: f.get("stages", {}).get(n)))
    out.append(row("other", lambda f: f.get("other")))
    out.append(row("total", lambda f: (f.get("total") or 0) + (f.get("import") or 0)))
    if r.profile:
        out += [
            "",
            (
                f"cProfile of one cached-validation run on the newest Turso revision, top {PROFILE_TOP} by cumulative time "
                "(`python -m cProfile -s cumulative -m generator generate ...`):"
            ),
            "",
            "```",
            r.profile,
            "```",
        ]
    return out


def client_section(r: Report) -> list[str]:
    out = [
        "",
        "## B. Client runtime",
        "",
        (
            "The generated Turso client in one process against raw httpx (`httpx.Client(transport=same)"
            ".get(url).json()`), both on one in-memory `httpx.BaseTransport` that answers every request with "
            "the same canned JSON bytes (no network). *list*: `turso.databases.list()` returning 1,000 databases "
            "(every field of the spec's `Database` schema; one in ten a branch with its `parent`); *small*: "
            f'`turso.databases.get("x")` (one database). Per call: the best of {r.client_repeat} rounds of '
            f"{r.client_number} calls (small: {r.client_number * 5}), client and raw httpx taking turns, garbage "
            f"collector on. *import*: `python -c 'import turso_platform_api'` less `python -c pass`, median of "
            f"{r.import_rounds} fresh interpreters, against the imports the backend needs anyway "
            "(`import httpx, msgspec`; `import httpx, pydantic; pydantic.BaseModel`). The table gives CPU time "
            "(`time.process_time` in process, the child's user + system time for imports): everything measured "
            "here is single-threaded and waits for nothing, so on a quiet machine CPU time is the wall time, "
            "and unlike wall time it is barely disturbed by other work on a shared one; the wall-time figures "
            "follow the table. The msgspec client is the "
            "`generated/turso_platform_api` of the measured tree; the pydantic one is generated from the newest revision "
            'with the Turso config and `[output] models = "pydantic"`. Both run under '
            f"{r.client_env}."
        ),
        "",
        "| Measure | Target | "
        + " | ".join(f"{b.backend}: client / raw | ratio | mark" for b in r.backends)
        + " |",
        "| --- | --- |" + " --- | ---: | --- |" * len(r.backends),
    ]
    rows = [
        ("list", "`databases.list()`, 1,000 databases"),
        ("small", '`databases.get("x")`, one database'),
        ("import", "import the package"),
    ]
    for key, title in rows:
        target = CLIENT_TARGETS[key]
        cells = []
        for b in r.backends:
            if b.failure is not None:
                cells.append(f"{b.failure} | n/a | n/a")
                continue
            if key == "import":
                if b.imports_failure is not None:
                    cells.append(f"{b.imports_failure} | n/a | n/a")
                    continue
                i = b.imports
                value = i["ratio"]
                cells.append(
                    f"{i['package_ms']:.0f} ms / {i['baseline_ms']:.0f} ms | {value:.2f}× | {mark(value <= target)}"
                )
            else:
                if b.calls_failure is not None:
                    cells.append(f"{b.calls_failure} | n/a | n/a")
                    continue
                c = b.calls[key]
                value = c["ratio"]
                cells.append(
                    f"{c['client_ms']:.3f} ms / {c['raw_ms']:.3f} ms | {value:.2f}× | {mark(value <= target)}"
                )
        out.append(f"| {title} | ≤ {target}× | " + " | ".join(cells) + " |")
    walls = []
    for b in r.backends:
        parts = []
        for key in ("list", "small"):
            if b.calls:
                c = b.calls[key]
                parts.append(
                    f"{key} {c['wall_client_ms']:.3f} / {c['wall_raw_ms']:.3f} ms = {c['wall_ratio']:.2f}×"
                )
        if b.imports:
            i = b.imports
            parts.append(
                f"import {i['wall_package_ms']:.0f} / {i['wall_baseline_ms']:.0f} ms = {i['wall_ratio']:.2f}×"
            )
        if parts:
            walls.append(f"{b.backend}: " + ", ".join(parts))
    medians = [
        f"{b.backend}: list {b.calls['list']['client_median_ms']:.3f} / {b.calls['list']['raw_median_ms']:.3f} ms, "
        f"small {b.calls['small']['client_median_ms']:.3f} / {b.calls['small']['raw_median_ms']:.3f} ms"
        for b in r.backends
        if b.calls
    ]
    traced = [
        f"{b.backend} {b.imports['importtime_package_ms']:.0f} / {b.imports['importtime_baseline_ms']:.0f} ms "
        f"= {b.imports['importtime_ratio']:.2f}×"
        for b in r.backends
        if b.imports
    ]
    own = [
        f"{b.backend} {b.imports['package_ms'] - b.imports['baseline_ms']:.0f} ms"
        for b in r.backends
        if b.imports
    ]
    if walls:
        out += [
            "",
            "Wall time (best round; import: median), client / raw httpx: " + "; ".join(walls) + ".",
        ]
    if medians:
        out += [
            "",
            "CPU time of the median (not the best) round, client / raw httpx: "
            + "; ".join(medians)
            + ".",
        ]
    if traced:
        out += [
            "",
            "Import cross-check, the cumulative time `python -X importtime` reports for the same imports "
            "(median), package / baseline: "
            + "; ".join(traced)
            + ". The package's own share of its "
            "import (CPU time beyond the baseline): " + ", ".join(own) + ".",
        ]
    return out


def targets_section(r: Report) -> list[str]:
    out = [
        "",
        "## Targets",
        "",
        (
            f"From the issues. For GitHub and Stripe the reference is openapi-generator's figure in the issue, 17–18 s, "
            f"taken as {OPENAPI_GENERATOR_S:g} s; where openapi-generator could be run here as well (see A), the ratio "
            "to its time on this machine is marked too. "
            "Generator marks are for the empty-cache run (a new spec), then the cached one, on wall time (the "
            "cpu ratio beside it is the figure less disturbed by other work on the machine)."
        ),
        "",
        "| Target | Figure | Mark |",
        "| --- | --- | --- |",
    ]
    if r.only == "client":
        del out[3]  # the paragraph on the generator's references
    by_key = {res.input.key: res for res in r.inputs if res.input is not None}
    for key, title in (
        ()
        if r.only == "client"
        else (
            ("turso-newest", "Newest Turso revision"),
            ("turso-all", "All 54 revisions (golden loop)"),
        )
    ):
        res = by_key.get(key)
        if res is None:
            continue
        cold = ratio(ok_wall(res.cold), ok_wall(res.peer))
        warm = ratio(ok_wall(res.warm), ok_wall(res.peer))
        out.append(
            f"| {title}: ours ≤ {GEN_RATIO_TARGET}× {PEER} | {relative(res.cold, res.peer)}; "
            f"cached {relative(res.warm, res.peer)} | "
            f"{mark(None if cold is None else cold <= GEN_RATIO_TARGET)} / "
            f"{mark(None if warm is None else warm <= GEN_RATIO_TARGET)} |"
        )
    limit = GEN_RATIO_TARGET * OPENAPI_GENERATOR_S
    for key, title in () if r.only == "client" else (("github", "GitHub"), ("stripe", "Stripe")):
        res = by_key.get(key)
        if res is None:
            out.append(
                f"| {title}: ≤ {limit:.2f} s, peak < {PEAK_TARGET_MIB} MiB | not run | n/a |"
            )
            continue
        marks = []
        figures = []
        for case in (res.cold, res.warm):
            wall = ok_wall(case)
            if wall is None:
                marks.append(mark(False) if case.failure else mark(None))
                figures.append("failed" if case.failure else "–")
                continue
            peak = (case.peak_kib or 0) / 1024
            marks.append(mark(wall <= limit and peak < PEAK_TARGET_MIB))
            figures.append(f"{secs(wall)}, {peak:.0f} MiB")
        out.append(
            f"| {title}: ≤ {GEN_RATIO_TARGET} × {OPENAPI_GENERATOR_S:g} s = {limit:.2f} s, peak < {PEAK_TARGET_MIB} MiB | "
            f"{figures[0]} (cached {figures[1]}) | {marks[0]} / {marks[1]} |"
        )
        if res.oag is not None and res.oag.ok:
            cold = ratio(ok_wall(res.cold), ok_wall(res.oag))
            warm = ratio(ok_wall(res.warm), ok_wall(res.oag))
            out.append(
                f"| {title}: ours ≤ {GEN_RATIO_TARGET}× openapi-generator measured here ({secs(res.oag.wall)}) | "
                f"{relative(res.cold, res.oag)}; cached {relative(res.warm, res.oag)} | "
                f"{mark(None if cold is None else cold <= GEN_RATIO_TARGET)} / "
                f"{mark(None if warm is None else warm <= GEN_RATIO_TARGET)} |"
            )
    for key, title in (
        ("list", "Client, 1,000-item list"),
        ("small", "Client, one small object"),
        ("import", "Client import"),
    ):
        figures, marks = [], []
        for b in r.backends:
            if key == "import":
                value = b.imports.get("ratio") if b.imports else None
            else:
                value = b.calls[key]["ratio"] if b.calls else None
            figures.append(f"{b.backend} {times(value)}")
            marks.append(
                f"{b.backend} {mark(None if value is None else value <= CLIENT_TARGETS[key])}"
            )
        against = "importing httpx and the model library" if key == "import" else "raw httpx"
        out.append(
            f"| {title}: ≤ {CLIENT_TARGETS[key]}× {against} | {', '.join(figures)} | {', '.join(marks)} |"
        )
    return out


def render(r: Report) -> str:
    m = r.machine
    lines = [
        "# Benchmarks",
        "",
        (
            "How fast the generator is against openapi-python-client on four inputs, and what the generated client "
            "costs at run time against raw httpx. Written by `scripts/bench` (the full run) or "
            "`scripts/bench --quick` (one run of each generator case, no peer loop over the 54 revisions, fewer "
            "client rounds); `scripts/bench --only client` measures the client alone and prints that part "
            "(it writes no report unless given `--output`). The script reports; it asserts no time. Regenerate "
            "this file with the command below."
        ),
        "",
        f"Command: `{r.command}`" + (" (quick mode)" if r.quick else ""),
        *(
            ["", "Only the client runtime (part B) was measured in this run."]
            if r.only == "client"
            else []
        ),
        "",
        "| Machine | |",
        "| --- | --- |",
        *[f"| {k} | {v} |" for k, v in m.items()],
        f"| load average after | {r.load_after} |",
        "",
        f"Per-run timeout {r.timeout:g} s.",
        "",
    ]
    if r.only != "client":
        lines += generator_section(r)
        lines += stage_section(r)
    lines += client_section(r)
    lines += targets_section(r)
    lines += [
        "",
        "## Notes",
        "",
        (
            "- Timings are of a shared machine: compare figures within one run (ratios), not across runs; the "
            "load averages above show how busy it was. CPU time is less sensitive to that than wall time."
        ),
        (
            f"- The peer runs with its own venv's `bin/` first on `PATH`, so its post-generation hooks "
            f"(`ruff check --fix`, `ruff format`) run, as our generator formats with ruff. It is installed by "
            f"the script into `.cache/bench/opc-venv` ({PEER}=={PEER_VERSION})."
        ),
        (
            "- Our 54-revision figure is one process running `generator.project.expected_golden(name)` for every "
            "pinned revision in turn (what the golden test does); the peer's is 54 invocations in a row."
        ),
        (
            "- A failure is reported as `failed: <first line of its error output>` (for a traceback, its exception "
            "line)."
        ),
    ]
    return "\n".join(lines) + "\n"

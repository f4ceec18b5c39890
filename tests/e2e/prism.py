"""Run the Prism mock server (pinned in scripts/_bootstrap.sh, installed under .cache/prism) on a spec.

Prism 5.16 behaviour the e2e tests rely on (`prism mock SPEC --host 127.0.0.1 --port N --errors`):
- a valid request gets the spec's example (or a schema-generated body) with the first 2xx status;
  security schemes are only checked when the spec declares `security` (Turso's does not);
- an invalid request (e.g. a missing required body) gets, when the operation documents a 400 (or
  422) response, that response's example with status 400/422 and an `sl-violations` header (a JSON
  list of {location, severity, code, message}); when it documents none, a 422
  `application/problem+json` body whose `validation` list holds the violations (no header);
- an unknown path is a 404 problem+json (`NO_PATH_MATCHED_ERROR`);
- `--errors` also turns violations of Prism's own responses against the spec into errors.
"""

from __future__ import annotations

import fcntl
import http.client
import os
import re
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from types import TracebackType
from typing import Self

ROOT = Path(__file__).resolve().parents[2]
BOOTSTRAP = ROOT / "scripts" / "_bootstrap.sh"
PRISM_PREFIX = ROOT / ".cache" / "prism"
PRISM_BIN = PRISM_PREFIX / "node_modules" / ".bin" / "prism"
STARTUP_TIMEOUT = 60.0
_LOG_TAIL = 4000


class PrismError(RuntimeError):
    """Prism could not be installed or started."""


def prism_version() -> str:
    """The pinned Prism version: PRISM_VERSION in scripts/_bootstrap.sh (its single source)."""
    match = re.search(
        r'^PRISM_VERSION="([^"]+)"',
        BOOTSTRAP.read_text(encoding="utf-8"),
        re.MULTILINE,
    )
    if match is None:
        raise PrismError(f"PRISM_VERSION not found in {BOOTSTRAP}")
    return match.group(1)


def install_command() -> str:
    """The exact command that installs the pinned Prism where the tests look for it."""
    return (
        f"npm install --prefix {PRISM_PREFIX} --no-audit --no-fund "
        f"@stoplight/prism-cli@{prism_version()}"
    )


def prism_installed() -> bool:
    package = PRISM_PREFIX / "node_modules" / "@stoplight" / "prism-cli" / "package.json"
    try:
        text = package.read_text(encoding="utf-8")
    except OSError:
        return False
    pinned = re.search(
        r'"version":\s*"' + re.escape(prism_version()) + '"',
        text,
    )
    return os.access(PRISM_BIN, os.X_OK) and pinned is not None


def ensure_prism() -> Path:
    """Install the pinned Prism the way scripts/test does, unless it is there; return its binary."""
    if prism_installed():
        return PRISM_BIN
    if shutil.which("npm") is None:
        raise PrismError(f"Prism is not installed and npm was not found; run: {install_command()}")
    PRISM_PREFIX.parent.mkdir(parents=True, exist_ok=True)
    with (PRISM_PREFIX.parent / "prism.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # one installer at a time (xdist workers start together)
        if prism_installed():
            return PRISM_BIN
        _install()
    return PRISM_BIN


def _install() -> None:
    result = subprocess.run(
        [
            "bash",
            "-c",
            'source "$1" && sdkgen_ensure_prism',
            "e2e",
            str(BOOTSTRAP),
        ],
        check=False,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=600,
    )
    if result.returncode != 0 or not prism_installed():
        raise PrismError(
            f"installing Prism failed (exit {result.returncode}): {result.stderr.strip()[-_LOG_TAIL:]}\n"
            f"run: {install_command()}"
        )


def free_port(
    host: str = "127.0.0.1",
) -> int:
    with socket.socket(
        socket.AF_INET,
        socket.SOCK_STREAM,
    ) as sock:
        sock.bind((host, 0))
        port: int = sock.getsockname()[1]
        return port


class PrismServer:
    """One `prism mock` process on a free loopback port; a context manager yielding itself."""

    def __init__(
        self,
        spec: Path,
        *,
        host: str = "127.0.0.1",
        errors: bool = True,
        dynamic: bool = False,
        startup_timeout: float = STARTUP_TIMEOUT,
        log_dir: Path | None = None,
    ) -> None:
        self.spec = Path(spec)
        self.host = host
        self.errors = errors
        self.dynamic = dynamic
        self.startup_timeout = startup_timeout
        self.log_dir = log_dir
        self.port: int | None = None
        self.log_path: Path | None = None
        self.startup_seconds: float | None = None
        self._process: subprocess.Popen[bytes] | None = None

    @property
    def base_url(self) -> str:
        if self.port is None:
            raise PrismError("Prism is not running")
        return f"http://{self.host}:{self.port}"

    def command(self, port: int) -> list[str]:
        cmd = [
            str(PRISM_BIN),
            "mock",
            str(self.spec),
            "--host",
            self.host,
            "--port",
            str(port),
        ]
        if self.errors:
            cmd.append("--errors")
        if self.dynamic:
            cmd.append("--dynamic")
        return cmd

    def start(self) -> str:
        """Start Prism and wait until it answers HTTP; return the base URL."""
        if not self.spec.is_file():
            raise PrismError(f"spec not found: {self.spec}")
        ensure_prism()
        for attempt in range(3):
            try:
                return self._start_once()
            except _PortTaken:
                if attempt == 2:
                    raise PrismError(f"no free port for Prism after 3 tries:\n{self.log_tail()}")
        raise AssertionError("unreachable")

    def _start_once(self) -> str:
        port = free_port(self.host)
        log_dir = self.log_dir or Path(tempfile.mkdtemp(prefix="prism-"))
        log_dir.mkdir(parents=True, exist_ok=True)
        self.log_path = log_dir / f"prism-{self.spec.stem}-{port}.log"
        started = time.monotonic()
        with self.log_path.open("wb") as log:
            self._process = subprocess.Popen(
                self.command(port),
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                cwd=ROOT,
                start_new_session=True,  # its own process group: stop() ends Prism and its children
            )
        deadline = started + self.startup_timeout
        while time.monotonic() < deadline:
            code = self._process.poll()
            if code is not None:
                text = self.log_tail()
                self._process = None
                if "EADDRINUSE" in text:
                    raise _PortTaken()
                raise PrismError(
                    f"Prism exited with status {code} while starting on {self.spec}:\n{text}"
                )
            if _answers(self.host, port):
                self.port = port
                self.startup_seconds = time.monotonic() - started
                return self.base_url
            time.sleep(0.1)
        self.stop()
        raise PrismError(
            f"Prism did not answer on {self.host}:{port} within {self.startup_timeout:.0f}s "
            f"(spec {self.spec}); its output:\n{self.log_tail()}"
        )

    def stop(self) -> None:
        (
            process,
            self._process,
            self.port,
        ) = self._process, None, None
        if process is None or process.poll() is not None:
            return
        _signal_group(process, signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            _signal_group(process, signal.SIGKILL)
            process.wait(timeout=10)

    def log_tail(self) -> str:
        if self.log_path is None:
            return "(no output)"
        try:
            text = self.log_path.read_text(
                encoding="utf-8",
                errors="replace",
            )
        except OSError:
            return "(no output)"
        return text[-_LOG_TAIL:] or "(no output)"

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


class _PortTaken(Exception):
    pass


def _answers(host: str, port: int) -> bool:
    """Whether an HTTP server answers on host:port (any status counts: Prism 404s unknown paths)."""
    conn = http.client.HTTPConnection(host, port, timeout=2)
    try:
        conn.request("GET", "/__sdkgen_ready__")
        conn.getresponse().read()
        return True
    except OSError:
        return False
    except http.client.HTTPException:
        return False
    finally:
        conn.close()


def _signal_group(
    process: subprocess.Popen[bytes],
    sig: signal.Signals,
) -> None:
    try:
        os.killpg(process.pid, sig)  # the group Popen(start_new_session=True) made for this process
    except ProcessLookupError:
        pass

"""Get the candidate spec of an update: download it (http(s) only, with a time-out) or read a file, then
check that it is an OpenAPI 3.x document before anything is staged.

Every failure is a GenerationError whose diagnostic names the address or file, so the command line
prints one clear line and exits 2.
"""

from __future__ import annotations

import http.client
import json
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from typing import IO

from generator.diagnostics import Diagnostic, GenerationError, Level, error
from generator.load.read import read_document
from generator.load.validate import validate

DEFAULT_TIMEOUT = 30.0
"""Seconds a download may take in total (and the socket time-out of each network operation)."""
MAX_BYTES = 64 * 1024 * 1024
"""The largest document a download accepts."""
_CHUNK = 64 * 1024
_SCHEMES = ("http", "https")
_NOTHING_CHANGED = "nothing was changed"


class _HttpOnlyRedirects(urllib.request.HTTPRedirectHandler):
    """Follow redirects to http(s) addresses only."""

    def redirect_request(
        self,
        req: urllib.request.Request,
        fp: IO[bytes],
        code: int,
        msg: str,
        headers: http.client.HTTPMessage,
        newurl: str,
    ) -> urllib.request.Request | None:
        if urllib.parse.urlsplit(newurl).scheme.lower() not in _SCHEMES:
            raise urllib.error.HTTPError(
                newurl, code, f"redirect to a non-http(s) address refused: {newurl}", headers, fp
            )
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def download(url: str, timeout: float = DEFAULT_TIMEOUT) -> bytes:
    """GET `url`: a 2xx answer's body, read within `timeout` seconds in total; else GenerationError."""
    if urllib.parse.urlsplit(url).scheme.lower() not in _SCHEMES:
        raise error(url, "", "only http(s) addresses can be downloaded", "fix [api].upstream")
    opener = urllib.request.build_opener(_HttpOnlyRedirects())
    request = urllib.request.Request(
        url,
        headers={
            "User-Agent": "sdkgen-update",
            "Accept": "application/json, application/yaml;q=0.9, */*;q=0.5",
        },
    )
    deadline = time.monotonic() + timeout
    try:
        with opener.open(request, timeout=timeout) as response:
            return _read_body(response, url, deadline, timeout)
    except TimeoutError:
        raise _timed_out(url, timeout) from None
    except urllib.error.HTTPError as exc:
        raise _failed(url, f"HTTP {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        if isinstance(exc.reason, TimeoutError):
            raise _timed_out(url, timeout) from None
        raise _failed(url, str(exc.reason)) from None
    except (OSError, ValueError, http.client.HTTPException) as exc:
        raise _failed(url, str(exc) or type(exc).__name__) from None


def _read_body(
    response: http.client.HTTPResponse, url: str, deadline: float, timeout: float
) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while True:
        if time.monotonic() > deadline:
            raise _timed_out(url, timeout)
        chunk = response.read1(_CHUNK)
        if not chunk:
            if response.length:  # fewer bytes than the Content-Length promised
                raise _failed(url, "the connection closed before the whole document arrived")
            return b"".join(chunks)
        size += len(chunk)
        if size > MAX_BYTES:
            raise _failed(url, f"the document is larger than {MAX_BYTES // (1024 * 1024)} MiB")
        chunks.append(chunk)


def read_spec_file(path: Path) -> bytes:
    """The bytes of `--from FILE`."""
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise error(str(path), "", "file not found", "check the path given to --from") from None
    except OSError as exc:
        raise error(str(path), "", f"cannot read the file: {exc.strerror or exc}") from None


def check_document(data: bytes, where: str, *, strict: bool) -> tuple[Diagnostic, ...]:
    """Refuse anything but a JSON OpenAPI 3.0/3.1 document (and, under `strict`, one with a defect);
    return the defects found otherwise (warnings, named after `where`)."""
    with tempfile.TemporaryDirectory(prefix="sdkgen-update-") as scratch:
        path = Path(scratch) / "document.json"  # the revision is pinned as <name>.json
        path.write_bytes(data)
        try:
            document = read_document(path)
        except GenerationError as exc:
            raise GenerationError(
                [
                    _renamed(d, where, "refused: not an OpenAPI 3.x document: ")
                    for d in exc.diagnostics
                ]
            ) from None
        found = [_renamed(d, where) for d in (*document.diagnostics, *validate(document))]
    if not _is_json(data):
        raise error(
            where,
            "",
            "refused: a YAML document; the manifest pins revisions as JSON files (<name>.json)",
            "convert it to JSON and pass the file with --from; " + _NOTHING_CHANGED,
        )
    if strict and found:
        raise GenerationError([_renamed(d, where, level=Level.ERROR) for d in found])
    return tuple(found)


def _is_json(data: bytes) -> bool:
    try:
        json.loads(data)
    except ValueError:
        return False
    return True


def _renamed(d: Diagnostic, where: str, prefix: str = "", level: Level | None = None) -> Diagnostic:
    return Diagnostic(level or d.level, where, d.pointer, prefix + d.message, d.hint)


def _timed_out(url: str, timeout: float) -> GenerationError:
    return error(
        url,
        "",
        f"download timed out after {timeout:g} s",
        f"retry later or raise --timeout; {_NOTHING_CHANGED}",
    )


def _failed(url: str, why: str) -> GenerationError:
    return error(url, "", f"download failed: {why}", f"check the address; {_NOTHING_CHANGED}")

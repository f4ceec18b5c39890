"""``sdkgen update``: add the upstream spec's new revision to the manifest and bring the client, its
version, its CHANGELOG and the goldens along, all staged and applied together (see :mod:`.run`)."""

from generator.update.fetch import DEFAULT_TIMEOUT, check_document, download
from generator.update.layout import Layout, Options, parse_date
from generator.update.report import Outcome, Updated, UpToDate, render
from generator.update.run import run_update

__all__ = [
    "DEFAULT_TIMEOUT",
    "Layout",
    "Options",
    "Outcome",
    "UpToDate",
    "Updated",
    "check_document",
    "download",
    "parse_date",
    "render",
    "run_update",
]

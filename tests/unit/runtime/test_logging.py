"""The package logger's name, and URLs made safe to log."""

import logging

import httpx
import pytest


@pytest.mark.parametrize(
    ("module", "package"),
    [
        ("turso._runtime._logging", "turso"),
        ("acme.sdk._runtime._base_client", "acme.sdk"),
        ("standalone", "standalone"),
    ],
)
def test_package_name(rt, module, package):
    assert rt._logging.package_name(module) == package


def test_logger_is_named_after_the_generated_package(runtimes):
    assert runtimes["msgspec"]._logging.logger is logging.getLogger("sdk_msgspec")
    assert runtimes["pydantic"]._logging.logger is logging.getLogger("sdk_pydantic")


def test_redact_url(rt):
    redact = rt._logging.redact_url
    url = httpx.URL("https://user:pw@api.example.com/v1/x?api_key=s1&page=2&api_key=s2")
    assert (
        redact(url, {"api_key"})
        == "https://api.example.com/v1/x?api_key=REDACTED&page=2&api_key=REDACTED"
    )
    assert redact(httpx.URL("https://h/x?a=1"), {"api_key"}) == "https://h/x?a=1"
    assert redact(httpx.URL("https://h/x?a=1")) == "https://h/x?a=1"


def test_sync_client_default_sleep_is_time_sleep(rt):
    import time

    client = rt.SyncAPIClient(base_url="https://h.example", user_agent="ua")
    assert client._sleep is time.sleep
    client.close()

"""Tests for generator.render.precompiled: the shipped Python of the built-in templates is current,
used for them alone, and renders what Jinja's own compiler renders."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import jinja2
import pytest

from generator.render import env as env_module
from generator.render import precompiled
from generator.render.env import PACKAGE_TEMPLATES, environment, precompiled_contents

UPDATE = "scripts/update-golden"


@pytest.fixture(autouse=True)
def fresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """An empty template cache, new environments, and the shipped file read anew."""
    monkeypatch.setenv("SDKGEN_CACHE_DIR", str(tmp_path / "cache"))
    env_module._environment.cache_clear()
    precompiled._entries.cache_clear()
    yield
    env_module._environment.cache_clear()
    precompiled._entries.cache_clear()


def _plain(shipped: jinja2.Environment) -> jinja2.Environment:
    """A stock Jinja environment configured like ``shipped``."""
    plain = jinja2.Environment(
        loader=shipped.loader,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,
    )
    plain.filters.update(shipped.filters)
    return plain


def test_the_shipped_files_are_current() -> None:
    folder = precompiled.PRECOMPILED_FILE.parent
    expected = precompiled_contents()
    shipped = {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in [precompiled.PRECOMPILED_FILE, *precompiled.COMPILED_DIR.glob("*.py")]
    }
    assert shipped == expected, (
        f"generator/render/precompiled.json or compiled/ is stale (a built-in template, the Jinja "
        f"environment or Jinja changed): run {UPDATE}"
    )


def test_every_built_in_template_is_shipped() -> None:
    data = json.loads(precompiled.PRECOMPILED_FILE.read_bytes())
    names = sorted(
        p.relative_to(PACKAGE_TEMPLATES).as_posix() for p in PACKAGE_TEMPLATES.rglob("*")
    )
    assert sorted(data["templates"]) == [n for n in names if n.endswith(".jinja")]


def test_a_cold_cache_renders_the_built_in_templates_without_jinjas_compiler(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    env = environment()

    def no_parse(*args: object, **kwargs: object) -> None:
        raise AssertionError("Jinja compiled a built-in template")

    monkeypatch.setattr(env, "_parse", no_parse)
    for name in env_module.template_names():
        env.get_template(name)


def test_the_shipped_python_renders_what_jinja_renders() -> None:
    shipped = environment()
    plain = _plain(shipped)
    assert type(plain) is not type(shipped)
    assert precompiled._fingerprint(plain) == precompiled._fingerprint(shipped)
    text = "{{ greeting | pyrepr }}\n{% for x in items %}- {{ x }}\n{% endfor %}"
    # A template known by a built-in name with other text is compiled by Jinja.
    assert precompiled.lookup(shipped, "version.py.jinja", text) is None
    context = {"greeting": "hi", "items": [1, 2]}
    assert shipped.from_string(text).render(context) == plain.from_string(text).render(context)
    source = (PACKAGE_TEMPLATES / "version.py.jinja").read_bytes().decode()
    version = shipped.get_template("version.py.jinja")
    assert version.filename == str(PACKAGE_TEMPLATES / "version.py.jinja")  # tracebacks point here
    assert version.render(version="1.2.3") == plain.from_string(source).render(version="1.2.3")


def test_an_edited_template_is_compiled_as_usual(tmp_path: Path) -> None:
    overlay = tmp_path / "templates"
    overlay.mkdir()
    source = (PACKAGE_TEMPLATES / "version.py.jinja").read_text()
    (overlay / "version.py.jinja").write_text("# edited\n" + source)
    env = environment(overlay)
    assert env.loader is not None
    edited, _, _ = env.loader.get_source(env, "version.py.jinja")
    assert precompiled.lookup(env, "version.py.jinja", edited) is None
    assert env.get_template("version.py.jinja").render(version="9").startswith("# edited\n")


def test_another_environment_or_jinja_gets_nothing_shipped(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    source = (PACKAGE_TEMPLATES / "version.py.jinja").read_bytes().decode()
    env = environment()
    assert precompiled.lookup(env, "version.py.jinja", source) is not None
    other = jinja2.Environment(trim_blocks=True)  # not lstrip_blocks
    assert precompiled.lookup(other, "version.py.jinja", source) is None
    passed_context = _plain(env)  # a filter that takes the context is called differently
    assert precompiled.lookup(passed_context, "version.py.jinja", source) is not None
    passed_context.filters["pyrepr"] = jinja2.pass_context(lambda context, value: repr(value))
    assert precompiled.lookup(passed_context, "version.py.jinja", source) is None
    precompiled._entries.cache_clear()
    monkeypatch.setattr(jinja2, "__version__", "0.0.0")
    assert precompiled.lookup(env, "version.py.jinja", source) is None


def test_a_template_is_loaded_from_its_module() -> None:
    source = (PACKAGE_TEMPLATES / "version.py.jinja").read_bytes().decode()
    code = precompiled.lookup(environment(), "version.py.jinja", source)
    assert code is not None
    assert code.co_filename == str(precompiled.COMPILED_DIR / "version_py.py")
    named = precompiled.lookup(environment(), "version.py.jinja", source, "/t/version.py.jinja")
    assert named is not None
    functions = [c for c in named.co_consts if isinstance(c, type(named))]
    assert functions
    assert {c.co_filename for c in [named, *functions]} == {"/t/version.py.jinja"}


def test_a_missing_or_broken_module_means_compiling_as_usual(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = (PACKAGE_TEMPLATES / "version.py.jinja").read_bytes().decode()
    expected = _plain(environment()).from_string(source).render(version="1")
    monkeypatch.setattr(precompiled, "COMPILED_DIR", tmp_path)
    for contents in (None, b"def (:\n"):
        if contents is not None:
            (tmp_path / "version_py.py").write_bytes(contents)
        env_module._environment.cache_clear()
        env = environment()
        assert precompiled.lookup(env, "version.py.jinja", source) is None
        assert env.get_template("version.py.jinja").render(version="1") == expected


def test_two_templates_never_share_a_module() -> None:
    with pytest.raises(ValueError, match="share the module"):
        precompiled.build(environment(), {"a.b.jinja": "x", "a_b.jinja": "y"})


def test_a_missing_or_broken_file_means_compiling_as_usual(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = (PACKAGE_TEMPLATES / "version.py.jinja").read_bytes().decode()
    for contents in (None, b"{not json", b"[]", b'{"fingerprint": 1}'):
        broken = tmp_path / "precompiled.json"
        if contents is None:
            broken.unlink(missing_ok=True)
        else:
            broken.write_bytes(contents)
        monkeypatch.setattr(precompiled, "PRECOMPILED_FILE", broken)
        precompiled._entries.cache_clear()
        env_module._environment.cache_clear()
        env = environment()
        assert precompiled.lookup(env, "version.py.jinja", source) is None
        expected = _plain(env).from_string(source).render(version="1")
        assert env.get_template("version.py.jinja").render(version="1") == expected

"""Generator configuration: ``sdkgen.toml`` or ``[tool.sdkgen]`` in a ``pyproject.toml``, frozen.

Every key is checked: an unknown key is an error naming it and the closest valid key.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any, Literal

from generator.diagnostics import error


@dataclass(frozen=True)
class PackageConfig:
    """``[package]``: the generated distribution's names, version and metadata."""

    name: str | None = None  # import package; derived from the spec title when None
    distribution: str | None = None  # PyPI name; derived from `name` when None
    version: str = "0.1.0"
    description: str | None = None
    license: str | None = None
    authors: tuple[str, ...] = ()
    urls: tuple[tuple[str, str], ...] = ()
    classifiers: tuple[str, ...] = ()


@dataclass(frozen=True)
class ClientParamConfig:
    """A parameter given once to the client (``organization=``) and overridable per call."""

    wire_names: tuple[str, ...]
    python_name: str
    arg: str
    env: str | None = None
    description: str | None = None


@dataclass(frozen=True)
class SchemeConfig:
    """The constructor argument and environment variable of one security scheme's credential (basic:
    ``arg`` and ``env`` are prefixes of ``_username`` / ``_password`` and ``_USERNAME`` / ``_PASSWORD``)."""

    key: str  # the scheme's name under components/securitySchemes
    arg: str | None = None
    env: str | None = None


@dataclass(frozen=True)
class ClientConfig:
    """``[client]``: the client classes' names and where they take their credential and base URL."""

    sync_name: str | None = None  # derived from the spec title when None
    async_name: str | None = None
    credential_arg: str = "api_key"
    credential_env: str | None = None
    base_url_env: str | None = None
    auth: Literal["bearer", "basic"] | None = None  # when the spec declares no security scheme
    params: tuple[ClientParamConfig, ...] = ()
    schemes: tuple[SchemeConfig, ...] = ()  # names of the credentials of security schemes


@dataclass(frozen=True)
class PaginationConfig:
    """One ``[[pagination]]`` entry: a page-numbered list operation and where its items are."""

    operation: str  # "METHOD /path"
    items: str  # property of the response holding the page's items
    page_param: str = "page"
    size_param: str | None = None
    total_pages: str | None = None  # dotted property path, e.g. "pagination.total_pages"


@dataclass(frozen=True)
class OutputConfig:
    """``[output]``: formatter, line length, model backend and the paths regeneration keeps."""

    formatter: Literal["ruff", "black"] = "ruff"
    line_length: int = 100
    models: Literal["msgspec", "pydantic"] = "msgspec"
    preserve: tuple[str, ...] = ()


@dataclass(frozen=True)
class NamesConfig:
    """``[names]``: names chosen by hand for operations, schemas and fields."""

    operations: tuple[tuple[str, str], ...] = ()  # "METHOD /path" -> "resource.method"
    schemas: tuple[tuple[str, str], ...] = ()  # schema key -> class name
    fields: tuple[tuple[str, str], ...] = ()  # "Schema.wireName" -> attribute name


@dataclass(frozen=True)
class Config:
    """The whole configuration; every table has defaults, so ``Config()`` is a valid one."""

    package: PackageConfig = field(default_factory=PackageConfig)
    client: ClientConfig = field(default_factory=ClientConfig)
    output: OutputConfig = field(default_factory=OutputConfig)
    names: NamesConfig = field(default_factory=NamesConfig)
    pagination: tuple[PaginationConfig, ...] = ()
    source: str | None = None  # the file the config came from

    def with_package_name(self, name: str) -> Config:
        return replace(self, package=replace(self.package, name=name))

    def operation_override(self, method: str, path: str) -> str | None:
        return dict(self.names.operations).get(f"{method.upper()} {path}")


def load_config(path: Path) -> Config:
    """Read a config file: ``sdkgen.toml``, or the ``[tool.sdkgen]`` table of a ``pyproject.toml``."""
    import tomllib  # here: a run with the default config never needs it

    file = str(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise error(file, "", "config file not found", "check the --config path") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise error(file, "", f"cannot read config: {exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise error(file, "", f"invalid TOML: {exc}") from None
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("sdkgen", {})
    return replace(parse_config(data, file), source=file)


def parse_config(data: Mapping[str, Any], file: str = "<config>") -> Config:
    _check_keys(data, ("package", "client", "output", "names", "pagination"), file, "")
    client = dict(_table_of(data, "client", file))
    _check_keys(client, [f.name for f in fields(ClientConfig)], file, "/client")
    params = tuple(
        _build(ClientParamConfig, p, file, f"/client/params/{i}", tuples=("wire_names",))
        for i, p in enumerate(_list_of(client.pop("params", []), file, "/client/params"))
    )
    schemes = tuple(
        _build(SchemeConfig, c, file, f"/client/schemes/{i}")
        for i, c in enumerate(_list_of(client.pop("schemes", []), file, "/client/schemes"))
    )
    names = _table_of(data, "names", file)
    _check_keys(names, [f.name for f in fields(NamesConfig)], file, "/names")
    package = dict(_table_of(data, "package", file))
    _check_keys(package, [f.name for f in fields(PackageConfig)], file, "/package")
    if isinstance(package.get("urls"), Mapping):
        package["urls"] = tuple(sorted((str(k), str(v)) for k, v in package["urls"].items()))
    config = Config(
        package=_build(PackageConfig, package, file, "/package", tuples=("authors", "classifiers")),
        client=replace(
            _build(ClientConfig, client, file, "/client"), params=params, schemes=schemes
        ),
        output=_build(
            OutputConfig, _table_of(data, "output", file), file, "/output", tuples=("preserve",)
        ),
        names=NamesConfig(
            **{k: tuple(sorted(_table(v, file, f"/names/{k}").items())) for k, v in names.items()}
        ),
        pagination=tuple(
            _build(PaginationConfig, p, file, f"/pagination/{i}")
            for i, p in enumerate(_list_of(data.get("pagination", []), file, "/pagination"))
        ),
    )
    if config.client.auth not in (None, "bearer", "basic"):
        raise error(
            file, "/client/auth", f"unknown auth {config.client.auth!r}", "use bearer or basic"
        )
    if config.output.formatter not in ("ruff", "black"):
        raise error(
            file,
            "/output/formatter",
            f"unknown formatter {config.output.formatter!r}",
            "use ruff or black",
        )
    if config.output.models not in ("msgspec", "pydantic"):
        raise error(
            file,
            "/output/models",
            f"unknown model backend {config.output.models!r}",
            "use msgspec or pydantic",
        )
    return config


def _table(value: Any, file: str, pointer: str) -> dict[str, str]:
    if not isinstance(value, Mapping) or not all(isinstance(v, str) for v in value.values()):
        raise error(file, pointer, "must be a table of strings")
    return {str(k): v for k, v in value.items()}


def _check_keys(data: Any, valid: Any, file: str, pointer: str) -> None:
    if not isinstance(data, Mapping):
        raise error(file, pointer or "/", "must be a table")
    valid = list(valid)
    for key in data:
        if key not in valid:
            import difflib  # only to explain a mistake

            close = difflib.get_close_matches(str(key), valid, n=1)
            hint = f"did you mean {close[0]!r}?" if close else f"valid keys: {', '.join(valid)}"
            raise error(file, f"{pointer}/{key}", f"unknown config key {key!r}", hint)


def _table_of(data: Mapping[str, Any], key: str, file: str) -> Mapping[str, Any]:
    value = data.get(key, {})
    if not isinstance(value, Mapping):
        raise error(file, f"/{key}", f"`{key}` must be a table", f"write it as [{key}]")
    return value


def _list_of(value: Any, file: str, pointer: str) -> list[Any]:
    if not isinstance(value, list):
        raise error(file, pointer, "must be an array of tables", "write each entry as [[...]]")
    return value


_EXPECTED: dict[str, tuple[type, ...]] = {
    "str": (str,),
    "str | None": (str, type(None)),
    "int": (int,),
    "tuple[str, ...]": (list, tuple),
    "tuple[tuple[str, str], ...]": (tuple,),
}


def _check_types(cls: Any, values: Mapping[str, Any], file: str, pointer: str) -> None:
    for f in fields(cls):
        if f.name not in values:
            continue
        value = values[f.name]
        annotation = str(f.type)
        expected = _EXPECTED.get(annotation, (str,) if annotation.startswith("Literal") else None)
        if expected is None:
            continue
        if isinstance(value, bool) or not isinstance(value, expected):
            kind = "a list of strings" if list in expected else annotation.replace(" | None", "")
            raise error(file, f"{pointer}/{f.name}", f"`{f.name}` must be {kind}, got {value!r}")
        if (
            isinstance(value, (list, tuple))
            and annotation == "tuple[str, ...]"
            and not all(isinstance(v, str) for v in value)
        ):
            raise error(file, f"{pointer}/{f.name}", f"`{f.name}` must be a list of strings")


def _build(cls: Any, data: Any, file: str, pointer: str, tuples: tuple[str, ...] = ()) -> Any:
    _check_keys(data, [f.name for f in fields(cls)], file, pointer)
    _check_types(cls, data, file, pointer)
    values = {k: tuple(v) if k in tuples and isinstance(v, list) else v for k, v in data.items()}
    try:
        return cls(**values)
    except TypeError as exc:
        raise error(file, pointer, f"incomplete table: {exc}") from None

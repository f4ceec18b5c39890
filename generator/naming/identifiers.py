"""Turn arbitrary spec strings into safe, deterministic Python identifiers.

Two layers:

* ``snake_case`` / ``pascal_case`` produce the *cased word form* of any text. The result is never
  empty and consists only of characters that may appear in an identifier, but it may still start
  with a digit ("2fa") or be a keyword ("class").
* ``safe_identifier`` turns such a word form (or any string) into a usable name: no leading
  digit, no leading/trailing underscore, not a keyword, not in a caller-given reserved set.
  ``snake_identifier`` / ``pascal_identifier`` compose the two.

Rules (all deterministic, independent of the interpreter version and the locale):

Characters
    The text is NFKD-normalized; combining marks are dropped ("é" -> "e") except on non-ASCII
    letters that stay in the name (Devanagari vowel signs); a few Latin letters without a
    decomposition are transliterated ("ß" -> "ss", "ø" -> "o", "æ" -> "ae", "ł" -> "l", ...).
    The result is NFKC-normalized (the form Python itself gives identifiers). Then each
    character is
    - a *word character* if it is an ASCII letter or digit, or a non-ASCII character that Python
      accepts inside an identifier (CJK, Greek, Cyrillic letters are kept: "日本" -> "日本");
    - a *separator* if it is any other ASCII character (space, "-", ".", "_", quotes, backslash,
      NUL, ...) or a non-ASCII space, punctuation or control/unassigned character;
    - otherwise (symbols such as "€" or emoji) it becomes the word ``u{hex}`` ("€" -> "u20ac").
    Runs of separators collapse, leading/trailing separators disappear.

Words
    A run of word characters is split before an uppercase letter that follows a non-uppercase
    character ("organizationSlug" -> organization|Slug) and before the last uppercase letter of
    an uppercase run when a lowercase letter follows ("APIToken" -> API|Token).
    Digits: a digit never starts a new word (it sticks to the word before it), and an uppercase
    letter after a digit starts one: "HTTPServer2Go" -> http|server2|go, "base64Encode" ->
    base64|encode, "S3Bucket" -> s3|bucket, "v2beta" -> v2beta.

Leading characters that cannot start an identifier (digits)
    ``safe_identifier`` prepends a caller-given prefix, verbatim: ``"field_"`` by default for
    attributes/parameters ("2fa" -> "field_2fa"), ``"Model"`` for classes ("2xx" -> "Model2xx").
    A leading underscore is never used, so generated public names never look private.

Keywords and reserved names
    Names in ``PYTHON_KEYWORDS`` or in the caller's ``reserved`` set get a trailing underscore
    (repeated until free): "from" -> "from_", "None" -> "None_", "self" -> "self_" (with
    ``PARAMETER_RESERVED``).

Length
    Names longer than ``MAX_IDENTIFIER_BYTES`` UTF-8 bytes (they may become file names) are cut
    and end in ``_`` plus 8 hex digits of the SHA-256 of the full name, so distinct long names
    stay distinct.
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
from collections.abc import Iterable, Sequence

__all__ = [
    "BUILTINS",
    "MAX_IDENTIFIER_BYTES",
    "MODEL_RESERVED",
    "PARAMETER_RESERVED",
    "PYTHON_KEYWORDS",
    "RESOURCE_MODULE_NAMES",
    "pascal_case",
    "pascal_identifier",
    "safe_identifier",
    "snake_case",
    "snake_identifier",
    "unique_names",
]

#: Hard keywords and soft keywords of Python 3.11 (the oldest supported target). Hard-coded rather
#: than read from ``keyword`` so that the generated code does not depend on the Python version
#: running the generator. Python 3.12's soft keyword ``type`` is deliberately *not* included: it is
#: a perfectly valid name (and a very common field name); put it in ``reserved`` where it matters.
PYTHON_KEYWORDS: frozenset[str] = frozenset(
    [
        "False",
        "None",
        "True",
        "and",
        "as",
        "assert",
        "async",
        "await",
        "break",
        "class",
        "continue",
        "def",
        "del",
        "elif",
        "else",
        "except",
        "finally",
        "for",
        "from",
        "global",
        "if",
        "import",
        "in",
        "is",
        "lambda",
        "nonlocal",
        "not",
        "or",
        "pass",
        "raise",
        "return",
        "try",
        "while",
        "with",
        "yield",
        # soft keywords
        "_",
        "case",
        "match",
    ]
)

#: Every non-dunder name of the ``builtins`` module of Python 3.11 (including the names ``site``
#: adds: ``exit``, ``help`` ...). Hard-coded for the same reason as ``PYTHON_KEYWORDS``. Not applied
#: by default: pass it (or a part of it) in ``reserved`` where shadowing a builtin would break
#: generated code, e.g. for module-level names.
BUILTINS: frozenset[str] = frozenset(
    [
        "ArithmeticError",
        "AssertionError",
        "AttributeError",
        "BaseException",
        "BaseExceptionGroup",
        "BlockingIOError",
        "BrokenPipeError",
        "BufferError",
        "BytesWarning",
        "ChildProcessError",
        "ConnectionAbortedError",
        "ConnectionError",
        "ConnectionRefusedError",
        "ConnectionResetError",
        "DeprecationWarning",
        "EOFError",
        "Ellipsis",
        "EncodingWarning",
        "EnvironmentError",
        "Exception",
        "ExceptionGroup",
        "False",
        "FileExistsError",
        "FileNotFoundError",
        "FloatingPointError",
        "FutureWarning",
        "GeneratorExit",
        "IOError",
        "ImportError",
        "ImportWarning",
        "IndentationError",
        "IndexError",
        "InterruptedError",
        "IsADirectoryError",
        "KeyError",
        "KeyboardInterrupt",
        "LookupError",
        "MemoryError",
        "ModuleNotFoundError",
        "NameError",
        "None",
        "NotADirectoryError",
        "NotImplemented",
        "NotImplementedError",
        "OSError",
        "OverflowError",
        "PendingDeprecationWarning",
        "PermissionError",
        "ProcessLookupError",
        "RecursionError",
        "ReferenceError",
        "ResourceWarning",
        "RuntimeError",
        "RuntimeWarning",
        "StopAsyncIteration",
        "StopIteration",
        "SyntaxError",
        "SyntaxWarning",
        "SystemError",
        "SystemExit",
        "TabError",
        "TimeoutError",
        "True",
        "TypeError",
        "UnboundLocalError",
        "UnicodeDecodeError",
        "UnicodeEncodeError",
        "UnicodeError",
        "UnicodeTranslateError",
        "UnicodeWarning",
        "UserWarning",
        "ValueError",
        "Warning",
        "ZeroDivisionError",
        "abs",
        "aiter",
        "all",
        "anext",
        "any",
        "ascii",
        "bin",
        "bool",
        "breakpoint",
        "bytearray",
        "bytes",
        "callable",
        "chr",
        "classmethod",
        "compile",
        "complex",
        "copyright",
        "credits",
        "delattr",
        "dict",
        "dir",
        "divmod",
        "enumerate",
        "eval",
        "exec",
        "exit",
        "filter",
        "float",
        "format",
        "frozenset",
        "getattr",
        "globals",
        "hasattr",
        "hash",
        "help",
        "hex",
        "id",
        "input",
        "int",
        "isinstance",
        "issubclass",
        "iter",
        "len",
        "license",
        "list",
        "locals",
        "map",
        "max",
        "memoryview",
        "min",
        "next",
        "object",
        "oct",
        "open",
        "ord",
        "pow",
        "print",
        "property",
        "quit",
        "range",
        "repr",
        "reversed",
        "round",
        "set",
        "setattr",
        "slice",
        "sorted",
        "staticmethod",
        "str",
        "sum",
        "super",
        "tuple",
        "type",
        "vars",
        "zip",
    ]
)

#: Names a generated model attribute must not take:
#:
#: * the runtime ``Model`` API and the helpers a model module uses in class bodies
#:   (``to_dict``, ``to_json``, ``field``, ``Model``; see docs/runtime-contract.md);
#: * every public attribute of ``pydantic.BaseModel`` (v2, including the deprecated v1 API:
#:   ``copy``, ``dict``, ``json``, ``schema`` ...); ``msgspec.Struct`` has no public attributes;
#: * builtin type names used in annotations. msgspec and pydantic evaluate a class's annotations
#:   with the class namespace as locals, so a field called ``str`` would change what a later
#:   ``x: str`` means. (``type`` is not listed: generated models must not annotate with ``type[...]``.
#:   Nor are the modules ``datetime`` and ``uuid``: a field takes their name unless its class's
#:   annotations use the module, which only the file plan knows.)
MODEL_RESERVED: frozenset[str] = frozenset(
    [
        "to_dict",
        "to_json",
        "field",
        "Model",
        "construct",
        "copy",
        "dict",
        "from_orm",
        "json",
        "model_computed_fields",
        "model_config",
        "model_construct",
        "model_copy",
        "model_dump",
        "model_dump_json",
        "model_extra",
        "model_fields",
        "model_fields_set",
        "model_json_schema",
        "model_parametrized_name",
        "model_post_init",
        "model_rebuild",
        "model_validate",
        "model_validate_json",
        "model_validate_strings",
        "parse_file",
        "parse_obj",
        "parse_raw",
        "schema",
        "schema_json",
        "update_forward_refs",
        "validate",
        "str",
        "int",
        "float",
        "bool",
        "bytes",
        "list",
        "set",
        "frozenset",
        "tuple",
        "object",
    ]
)

#: Names a generated resource method's parameters must not take: ``self``, the per-call options
#: every method accepts (``make_request_options`` in docs/runtime-contract.md), and the module-level
#: names a method body calls (``make_request_options``, ``warnings.warn`` for deprecated operations,
#: ``styled`` for query parameter styles), which a parameter of the same name would shadow.
PARAMETER_RESERVED: frozenset[str] = frozenset(
    (
        "self",
        "extra_headers",
        "extra_query",
        "extra_body",
        "timeout",
        "max_retries",
        "make_request_options",
        "warnings",
        "styled",
    )
)

#: Every name a generated resource module imports (see templates/package/resource.py.jinja): a
#: resource class, or a model imported into the module, must not be called like one of them
#: (a resource class ``Headers`` would shadow the runtime's ``Headers`` in its own signatures).
RESOURCE_MODULE_NAMES: frozenset[str] = frozenset(
    (
        "NOT_GIVEN",
        "AsyncAPIResource",
        "AsyncPaginator",
        "Body",
        "FileTypes",
        "Headers",
        "NotGiven",
        "PageNumberPagination",
        "Query",
        "SyncAPIResource",
        "SyncPage",
        "Timeout",
        "async_to_raw_response_wrapper",
        "async_to_streamed_response_wrapper",
        "make_request_options",
        "styled",
        "to_raw_response_wrapper",
        "to_streamed_response_wrapper",
        "Any",
        "Literal",
        "cached_property",
        "builtins",
        "datetime",
        "uuid",
        "warnings",
    )
)

#: Longest identifier ``safe_identifier`` returns, in UTF-8 bytes (before a keyword underscore).
MAX_IDENTIFIER_BYTES = 100

# Latin letters that NFKD does not decompose, spelled in ASCII.
_TRANSLITERATIONS: dict[str, str] = {
    "ß": "ss",
    "ẞ": "SS",
    "æ": "ae",
    "Æ": "AE",
    "œ": "oe",
    "Œ": "OE",
    "ø": "o",
    "Ø": "O",
    "đ": "d",
    "Đ": "D",
    "ð": "d",
    "Ð": "D",
    "þ": "th",
    "Þ": "TH",
    "ł": "l",
    "Ł": "L",
    "ı": "i",
    "ħ": "h",
    "Ħ": "H",
    "ŧ": "t",
    "Ŧ": "T",
    "ŋ": "ng",
    "Ŋ": "NG",
}

_HASH_DIGITS = 8


def _transliterate(text: str) -> str:
    """NFKD, drop accents, spell a few Latin letters in ASCII, then NFKC.

    A combining mark survives only on a non-ASCII letter that stays in the name ("हिं" keeps its
    marks); on ASCII letters ("é") or on anything else (separators, symbols, nothing) it is dropped.
    ASCII text is returned as it is (both normalizations leave it unchanged).
    """
    if text.isascii():
        return text
    out: list[str] = []
    keeps_marks = False
    for char in unicodedata.normalize("NFKD", text):
        if unicodedata.category(char) == "Mn":
            if keeps_marks:
                out.append(char)
            continue
        char = _TRANSLITERATIONS.get(char, char)
        keeps_marks = not char.isascii() and _is_word_char(char)
        out.append(char)
    return unicodedata.normalize("NFKC", "".join(out))


def _is_word_char(char: str) -> bool:
    if char.isascii():
        return char.isalnum()
    return ("a" + char).isidentifier()


def _is_separator(char: str) -> bool:
    if char.isascii():
        return not char.isalnum()
    return unicodedata.category(char)[0] in "ZPC"


_ASCII_WORD = re.compile(r"[A-Za-z0-9]+")


@functools.lru_cache(maxsize=65536)
def _chunks(text: str) -> tuple[str, ...]:
    """Split cleaned text into runs of word characters and ``u{hex}`` words for other symbols."""
    if text.isascii():  # every ASCII character is a word character or a separator
        return tuple(_ASCII_WORD.findall(text))
    chunks: list[str] = []
    current: list[str] = []
    for char in _transliterate(text):
        if _is_word_char(char):
            current.append(char)
            continue
        if current:
            chunks.append("".join(current))
            current = []
        if not _is_separator(char):
            chunks.append(f"u{ord(char):04x}")
    if current:
        chunks.append("".join(current))
    return tuple(chunks)


def _split_case(chunk: str) -> list[str]:
    """Split one run of word characters at case boundaries (see the module docstring)."""
    words: list[str] = []
    start = 0
    for i in range(1, len(chunk)):
        char, prev = chunk[i], chunk[i - 1]
        if not char.isupper():
            continue
        next_is_lower = i + 1 < len(chunk) and chunk[i + 1].islower()
        if not prev.isupper() or next_is_lower:
            words.append(chunk[start:i])
            start = i
    words.append(chunk[start:])
    return words


def _words(text: str) -> list[str]:
    """The words of ``text``, case preserved, each made only of identifier characters."""
    return [word for chunk in _chunks(text) for word in _split_case(chunk)]


def _finish(candidate: str, fallback: str) -> str:
    """Re-clean characters a case mapping may have produced; fall back when nothing is left."""
    cleaned = "_".join(_chunks(candidate)) if candidate else ""
    return cleaned or fallback


@functools.lru_cache(maxsize=65536)
def snake_case(text: str, *, fallback: str = "field") -> str:
    """``snake_case`` word form of ``text``: "listAPITokens" -> "list_api_tokens".

    Never empty (``fallback`` when ``text`` has no usable characters). May start with a digit or
    be a keyword: pass the result through ``safe_identifier`` (or use ``snake_identifier``).
    """
    joined = "_".join(word.lower() for word in _words(text))
    return _finish(joined, fallback)


@functools.lru_cache(maxsize=65536)
def pascal_case(text: str, *, fallback: str = "Model") -> str:
    """``PascalCase`` word form of ``text``: "audit-logs" -> "AuditLogs".

    The first letter of every word is uppercased and the rest kept, so names that are already
    Pascal stay as they are ("APIToken" stays "APIToken"). Exception: text without any lowercase
    letter made of several separated parts (SCREAMING_SNAKE) is title-cased per word:
    "HTTP_SERVER" -> "HttpServer", but "API" stays "API". Never empty; may start with a digit or
    be a keyword (see ``safe_identifier``).
    """
    words = _words(text)
    screaming = len(_chunks(text)) > 1 and not any(char.islower() for char in _transliterate(text))
    parts = [word[0].upper() + (word[1:].lower() if screaming else word[1:]) for word in words]
    return _finish("".join(parts), fallback)


def _has_only_identifier_chars(name: str) -> bool:
    return bool(name) and ("a" + name).isidentifier() and name == _transliterate(name)


def _truncate(name: str) -> str:
    """Cut ``name`` to ``MAX_IDENTIFIER_BYTES`` UTF-8 bytes, ending in a hash of the full name."""
    if len(name.encode()) <= MAX_IDENTIFIER_BYTES:
        return name
    digest = hashlib.sha256(name.encode()).hexdigest()[:_HASH_DIGITS]
    budget = MAX_IDENTIFIER_BYTES - _HASH_DIGITS - 1
    head = name
    while len(head.encode()) > budget:
        head = head[:-1]
    return f"{head}_{digest}"


def safe_identifier(
    name: str,
    *,
    reserved: Iterable[str] = frozenset(),
    prefix: str = "field_",
    fallback: str = "field",
) -> str:
    """A usable Python identifier for ``name``, keeping its case.

    Characters that cannot appear in an identifier are cleaned as in ``snake_case`` (words joined
    by ``_``, case kept); leading and trailing underscores are dropped; an empty result becomes
    ``fallback``; a name that cannot start an identifier (leading digit) gets ``prefix`` in front
    verbatim; over-long names are cut (``MAX_IDENTIFIER_BYTES``); a keyword or ``reserved`` name
    gets trailing underscores until it is neither. Idempotent.
    """
    reserved_names = frozenset(reserved)
    if not (prefix + "x").isidentifier() or not fallback.isidentifier():
        raise ValueError(f"bad prefix {prefix!r} or fallback {fallback!r}: not identifiers")
    if not _has_only_identifier_chars(name):
        name = "_".join(_words(name))
    name = name.strip("_") or fallback.strip("_") or "field"
    if not name.isidentifier():
        name = prefix + name
    name = _truncate(name)
    while name in PYTHON_KEYWORDS or name in reserved_names:
        name += "_"
    return name


def snake_identifier(
    text: str,
    *,
    reserved: Iterable[str] = frozenset(),
    prefix: str = "field_",
    fallback: str = "field",
) -> str:
    """``safe_identifier(snake_case(text))``: an attribute, parameter or module name."""
    word_form = snake_case(text, fallback=fallback)
    return safe_identifier(word_form, reserved=reserved, prefix=prefix, fallback=fallback)


def pascal_identifier(
    text: str,
    *,
    reserved: Iterable[str] = frozenset(),
    prefix: str = "Model",
    fallback: str = "Model",
) -> str:
    """``safe_identifier(pascal_case(text))``: a class name."""
    word_form = pascal_case(text, fallback=fallback)
    return safe_identifier(word_form, reserved=reserved, prefix=prefix, fallback=fallback)


def unique_names(
    wanted: Sequence[str],
    *,
    taken: Iterable[str] = (),
    separator: str = "_",
    case_insensitive: bool = False,
) -> list[str]:
    """Make ``wanted`` distinct, deterministically, in input order.

    The first occurrence of a name keeps it; each later one gets ``{name}{separator}{n}`` with the
    smallest ``n >= 2`` that is not used by any name in ``wanted`` (even a later one: ["a", "a",
    "a_2"] -> ["a", "a_3", "a_2"]), in ``taken``, or by an earlier result. A name in ``taken`` is
    renamed even on its first occurrence. With ``case_insensitive`` names equal but for case
    collide (module names on case-insensitive file systems).
    """

    def key(name: str) -> str:
        return name.casefold() if case_insensitive else name

    blocked = {key(name) for name in taken}
    wanted_keys = {key(name) for name in wanted}
    used: set[str] = set()
    result: list[str] = []
    for name in wanted:
        candidate = name
        if key(name) in used or key(name) in blocked:
            n = 2
            while _is_taken(key(f"{name}{separator}{n}"), used, blocked, wanted_keys):
                n += 1
            candidate = f"{name}{separator}{n}"
        used.add(key(candidate))
        result.append(candidate)
    return result


def _is_taken(key: str, *taken_sets: set[str]) -> bool:
    return any(key in taken for taken in taken_sets)

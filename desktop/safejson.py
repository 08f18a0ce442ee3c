"""Parsing received JSON strictly (the I-JSON subset of RFC 7493 that RFC 8785 signs).

The standard library accepts duplicate keys (the last wins, so two readers
may see two different documents), ``NaN`` and ``Infinity``, numbers of any
size (integers, and floats such as ``1e16`` beyond exact reach) and nesting until the stack runs out. Each is refused here with its own
message. Nesting, the number of values and the total length of the strings
are measured before ``json.loads`` runs, so a deep document never reaches the
recursive parser and a document of a million tiny values never becomes a
million Python objects.

The one strict JSON reader of the program, on the ground floor: a received
package (``desktop.signing``) and a value a person types (``desktop.survey``)
are read by it alike. It imports only ``errors`` and ``jsonvalue``.
"""

from __future__ import annotations

import json
import math
import re
from itertools import accumulate

from desktop.errors import UserError
from desktop.i18n import Lang, text, whole_number
from desktop.jsonvalue import JSONValue
from desktop.patterns import Pattern

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without loading typing (start-up time)
if TYPE_CHECKING:
    from typing import Any, Final, NoReturn

MAX_BYTES: Final = 8 << 20
MAX_DEPTH: Final = 64
# A round with every table at its limit (``maxItems`` 1 000) holds about 50 000 values
# (keys included) and at most about 6.7 million characters of text; the caps leave room.
MAX_VALUES: Final = 200_000
MAX_STRING_CHARS: Final = 7 << 20
MAX_SAFE_INTEGER: Final = 2**53 - 1  # I-JSON's safe range; RFC 8785 refuses 2^53
# Longer digit strings are refused before int() converts them (its cost grows quickly).
_MAX_INTEGER_DIGITS: Final = 16
# Strings are removed first so that brackets inside them are not counted.
_STRINGS: Final = Pattern(r'"[^"\\]*+(?:\\.[^"\\]*+)*+"', re.DOTALL)
_NOT_BRACKETS: Final = Pattern(r"[^\[\]{}]++")
_SURROGATE_ESCAPE: Final = Pattern(r"\\u[dD][89a-fA-F]")
_DEPTH_STEP: Final = {"[": 1, "{": 1, "]": -1, "}": -1}


class SafeJsonError(UserError):
    """Received JSON is refused; the message says why, naming what was read (``subject``: a
    file unless told otherwise with ``about``)."""

    subject = "safejson.subject.file"

    def about(self, subject: str) -> SafeJsonError:
        """The same refusal naming another source: ``safejson.subject.stdin`` or ``.value``."""
        told = SafeJsonError(self.key, **self.values)
        told.subject = subject
        return told

    def message(self, lang: Lang) -> str:
        return text(self.key, lang, subject=text(self.subject, lang), **self.values)


class _Refused(Exception):
    """Carries a refusal out of a json hook (json would otherwise wrap some errors)."""

    def __init__(self, error: SafeJsonError) -> None:
        super().__init__(error.key)
        self.error = error


def loads(
    data: bytes,
    *,
    max_bytes: int = MAX_BYTES,
    max_depth: int = MAX_DEPTH,
    max_values: int = MAX_VALUES,
    max_string_chars: int = MAX_STRING_CHARS,
) -> JSONValue:
    """The JSON value in ``data`` (UTF-8), or ``SafeJsonError``."""
    if len(data) > max_bytes:
        raise SafeJsonError(
            "safejson.too_large", size=whole_number(len(data)), limit=whole_number(max_bytes)
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SafeJsonError("safejson.not_utf8", position=exc.start) from exc
    check_shape(text, max_depth, max_values, max_string_chars)
    try:
        value: JSONValue = json.loads(
            text,
            object_pairs_hook=_object,
            parse_constant=_constant,
            parse_int=_integer,
            parse_float=_float,
        )
    except _Refused as refused:
        raise refused.error from None
    except json.JSONDecodeError as exc:
        raise SafeJsonError(
            "safejson.invalid", line=exc.lineno, column=exc.colno, reason=exc.msg
        ) from exc
    # Decoded UTF-8 holds no surrogates: only a \uD800-\uDFFF escape can make one.
    if _SURROGATE_ESCAPE.search(text):
        _check_strings(value)
    return value


def check_shape(
    text: str,
    max_depth: int = MAX_DEPTH,
    max_values: int = MAX_VALUES,
    max_string_chars: int = MAX_STRING_CHARS,
) -> None:
    """Refuse ``text`` beyond the caps, measured without parsing it.

    Each string is replaced by one character: what it removes is the text
    the strings hold (an upper bound: escapes count as written). Every value
    but the first follows a comma or opens an array or object, so commas and
    opening brackets count the values (keys included, as members).
    """
    without_strings = _STRINGS.sub('"', text)
    characters = len(text) - len(without_strings)
    if characters > max_string_chars:
        raise SafeJsonError("safejson.too_much_text", count=characters, limit=max_string_chars)
    values = sum(map(without_strings.count, ",[{:")) + 1
    if values > max_values:
        raise SafeJsonError("safejson.too_many_values", count=values, limit=max_values)
    _check_brackets(without_strings, max_depth)


def check_depth(text: str, max_depth: int = MAX_DEPTH) -> None:
    """Refuse ``text`` if its arrays and objects nest deeper than ``max_depth``."""
    _check_brackets(_STRINGS.sub("", text), max_depth)


def _check_brackets(without_strings: str, max_depth: int) -> None:
    brackets = _NOT_BRACKETS.sub("", without_strings)
    # map/accumulate/max run in C: a few milliseconds for a megabyte.
    if brackets and max(accumulate(map(_DEPTH_STEP.__getitem__, brackets))) > max_depth:
        raise SafeJsonError("safejson.too_deep", limit=max_depth)


def _refuse(message_key: str, **values: object) -> NoReturn:
    raise _Refused(SafeJsonError(message_key, **values))


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            _refuse("safejson.duplicate_key", name=key)
        result[key] = value
    return result


def _constant(name: str) -> NoReturn:
    _refuse("safejson.not_a_number", value=name)


def _integer(text: str) -> int:
    if len(text.lstrip("-")) > _MAX_INTEGER_DIGITS or abs(int(text)) > MAX_SAFE_INTEGER:
        _refuse("safejson.number_too_large", value=_shorten(text))
    return int(text)


def _float(text: str) -> float:
    value = float(text)
    # 1e400 is a valid JSON number that no reader can hold; 1e16 is the integer refused when
    # written in digits, and from 2^53 on a float no longer holds every integer (…993.0 is
    # read as …992.0): the same limit as for integers.
    if not math.isfinite(value) or abs(value) > MAX_SAFE_INTEGER:
        _refuse("safejson.number_too_large", value=_shorten(text))
    return value


def _shorten(text: str) -> str:
    return text if len(text) <= 24 else f"{text[:20]}…"


def _check_strings(value: JSONValue) -> None:
    """Refuse lone surrogates (from ``\\ud800`` escapes), which no UTF-8 writer can keep."""
    stack: list[JSONValue] = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            _check_string(item)
        elif isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, dict):
            for key, child in item.items():
                _check_string(key)
                stack.append(child)


def _check_string(text: str) -> None:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise SafeJsonError("safejson.bad_string", code=ord(text[exc.start])) from None

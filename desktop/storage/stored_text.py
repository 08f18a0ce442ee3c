"""A value as stored: the text ``dump`` writes for it and ``parse`` reads back.

A stored text that cannot be read (a database changed by other means) is told
for its field or row alone (``readable``, ``unreadable``) instead of stopping
the program: the rest of the round reads as ever.
"""

from __future__ import annotations

import json
import math
from json.encoder import c_make_encoder, encode_basestring  # type: ignore[attr-defined]

from desktop.jsonvalue import MISSING, JSONValue, _Missing

# One encoder for every value stored: ``json.dumps`` with options builds a new one per call.
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), allow_nan=False)
# Its C core, made once (``JSONEncoder.encode`` makes one per value, the most of an edit's
# encoding); the same text, without the check for a value inside itself, which JSON read
# from the store or typed by the user cannot be.
_ENCODE = (
    None
    if c_make_encoder is None
    else c_make_encoder(
        None, _ENCODER.default, encode_basestring, None, ":", ",", False, False, False
    )
)


_float_text = float.__repr__  # what the encoder writes for a finite number
_int_text = int.__repr__


def dump(value: JSONValue | _Missing) -> str | None:
    if value is MISSING:
        return None
    kind = type(value)
    # A number or a text alone, as the encoder writes it, without the encoder's machinery.
    if kind is float and math.isfinite(value):  # type: ignore[arg-type]
        return _float_text(value)
    if kind is int:
        return _int_text(value)
    if kind is str:
        return encode_basestring(value)  # type: ignore[arg-type]
    if _ENCODE is None:
        return _ENCODER.encode(value)
    return "".join(_ENCODE(value, 0))


def _finite(text: str) -> float:
    """A JSON number with a fraction or an exponent; ValueError for one no float holds
    (``1e999``): ``dump`` never writes one, a database changed by other means may hold it."""
    number = float(text)
    if not math.isfinite(number):
        raise ValueError(f"a number beyond any float: {text[:40]!r}")
    return number


def _no_constant(text: str) -> float:
    raise ValueError(f"not a JSON number: {text!r}")  # NaN, Infinity: never written by ``dump``


# The decoder, refusing what ``dump`` cannot write back (NaN, Infinity, 1e999); its scanner
# is ``raw_decode`` without its look for spaces before the value.
_DECODER = json.JSONDecoder(parse_float=_finite, parse_constant=_no_constant)
_SCAN = _DECODER.scan_once  # type: ignore[attr-defined]


def parse(text: str) -> JSONValue:
    """``json.loads``, quicker for the text ``dump`` writes (nothing around the value);
    ValueError for a text that is no JSON value ``dump`` could have written."""
    try:
        value: JSONValue
        value, end = _SCAN(text, 0)
    except (StopIteration, json.JSONDecodeError):
        end = -1
    if end != len(text):
        value = _DECODER.decode(text)  # spaces around the value, or the same error as ever
    return value


def readable(text: object) -> JSONValue:
    """A stored value, or where it cannot be read (a database changed by other means) the
    stored text itself: a text where the question expects something else, which the checks
    report as a problem of that question and the official can see and replace."""
    if isinstance(text, str):
        try:
            return parse(text)
        except (ValueError, RecursionError):
            return text
    return repr(text)  # bytes where a JSON text belongs


def unreadable(text: object) -> bool:
    """Whether a stored value cannot be read (``readable`` gives its text instead)."""
    if text is None:
        return False
    if not isinstance(text, str):
        return True
    try:
        parse(text)
    except (ValueError, RecursionError):
        return True
    return False


def load(text: str | None) -> JSONValue | _Missing:
    """A stored value that may be NULL (``MISSING``: nothing stored), as ``readable`` reads it."""
    if text is None:
        return MISSING
    return readable(text)

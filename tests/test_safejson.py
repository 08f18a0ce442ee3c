"""Parsing received JSON: what the standard library lets through is refused, each with its message."""

from __future__ import annotations

import contextlib
import json
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.i18n import LANGS
from desktop.safejson import MAX_DEPTH, SafeJsonError, check_depth, loads


def refusal(data: bytes, **kwargs: int) -> SafeJsonError:
    with pytest.raises(SafeJsonError) as info:
        loads(data, **kwargs)
    for lang in LANGS:
        assert info.value.message(lang)
    return info.value


def test_plain_documents() -> None:
    document = {"a": [1, -2.5, True, None, "kyllä"], "b": {"c": 9007199254740991}}
    assert loads(json.dumps(document, ensure_ascii=False).encode()) == document
    assert loads(b'"\\ud83d\\ude00"') == "\U0001f600"  # a surrogate pair is one character


def test_duplicate_keys() -> None:
    error = refusal(b'{"answers": {"x": 1, "x": 2}}')
    assert error.key == "safejson.duplicate_key"
    assert "'x'" in error.message("fi")


@pytest.mark.parametrize("value", [b"NaN", b"Infinity", b"-Infinity", b"[1, NaN]"])
def test_not_a_number(value: bytes) -> None:
    assert refusal(value).key == "safejson.not_a_number"


@pytest.mark.parametrize(
    "value", [b"9007199254740993", b"-9007199254740993", b"1" * 5000, b"[1e400]", b"-1e999"]
)
def test_numbers_beyond_exact_reach(value: bytes) -> None:
    error = refusal(value)
    assert error.key == "safejson.number_too_large"
    assert len(error.message("en")) < 200  # a 5000-digit number is not repeated in full


def test_limits_of_exact_integers_are_accepted() -> None:
    assert loads(b"[9007199254740991, -9007199254740991]") == [2**53 - 1, -(2**53 - 1)]


@pytest.mark.parametrize(
    "value", [b"1e16", b"9007199254740993.0", b"-9007199254740993.0", b"[1e300]", b"2E53"]
)
def test_numbers_written_with_a_fraction_or_exponent_have_the_same_limit(value: bytes) -> None:
    """1e16 is the same figure as 10000000000000000, refused as digits: so it is written so;
    9007199254740993.0 would be read as …992 (summed inexactly, without a word)."""
    error = refusal(value)
    assert error.key == "safejson.number_too_large"
    assert "too large to be read exactly" in error.message("en")


def test_fractions_and_exponents_within_the_limit_are_accepted() -> None:
    assert loads(b"[1e15, 2.5, -9007199254740991.0, 1e-300]") == [
        1e15,
        2.5,
        -9007199254740991.0,
        1e-300,
    ]


def test_deep_nesting_is_refused_before_parsing() -> None:
    deep = b"[" * 100_000 + b"]" * 100_000  # would exhaust the parser's stack
    assert refusal(deep).key == "safejson.too_deep"
    assert (
        refusal(b'{"a":' * (MAX_DEPTH + 1) + b"1" + b"}" * (MAX_DEPTH + 1)).key
        == "safejson.too_deep"
    )
    at_limit = b"[" * MAX_DEPTH + b"]" * MAX_DEPTH
    loads(at_limit)


def test_brackets_inside_strings_do_not_count() -> None:
    text = json.dumps({"a": "[" * 1000, "b": '\\"[[[[', "c": ["]" * 10]})
    assert loads(text.encode())["a"] == "[" * 1000  # type: ignore[index]
    check_depth(text, 2)


def test_size_cap() -> None:
    assert refusal(b"[" + b"1," * 100 + b"1]", max_bytes=100).key == "safejson.too_large"


@pytest.mark.parametrize("data", [b"\xff\xfe{}", b'{"a": "\xc3"}', b'"\xed\xa0\x80"'])
def test_invalid_utf8(data: bytes) -> None:
    assert refusal(data).key == "safejson.not_utf8"


def test_lone_surrogate_escape() -> None:
    error = refusal(b'{"a": ["\\ud800"]}')
    assert error.key == "safejson.bad_string"
    assert "\\ud800" in error.message("en")
    assert refusal(b'{"\\udfff": 1}').key == "safejson.bad_string"


@pytest.mark.parametrize("data", [b"", b"{", b"[1,]", b"{'a': 1}", b"\xef\xbb\xbf{}", b"1 2"])
def test_invalid_json(data: bytes) -> None:
    error = refusal(data)
    assert error.key == "safejson.invalid"
    assert "rivillä" in error.message("fi")


# -- property tests ----------------------------------------------------------

_json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**53 - 1), 2**53 - 1)
    | st.floats(-(2.0**53), 2.0**53, exclude_min=True, exclude_max=True)
    | st.text(),
    lambda children: (
        st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=8), children, max_size=5)
    ),
    max_leaves=30,
)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=2048))
def test_arbitrary_bytes_only_ever_refused_cleanly(data: bytes) -> None:
    with contextlib.suppress(SafeJsonError):
        loads(data)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet='[]{}",:\\0123456789.eE+-tfnrulsaNIy \n', max_size=400))
def test_json_like_text_only_ever_refused_cleanly(text: str) -> None:
    with contextlib.suppress(SafeJsonError):
        loads(text.encode())


@settings(max_examples=200, deadline=None)
@given(_json_values)
def test_valid_documents_round_trip(value: object) -> None:
    if _has_surrogates(value):
        return
    data = json.dumps(value, ensure_ascii=False).encode("utf-8", errors="surrogatepass")
    try:
        parsed = loads(data)
    except SafeJsonError as error:
        assert error.key in {
            "safejson.too_deep",
            "safejson.bad_string",
            "safejson.not_utf8",
        }
        return
    assert parsed == value


def _has_surrogates(value: object) -> bool:
    return any(0xD800 <= ord(c) <= 0xDFFF for c in json.dumps(value, ensure_ascii=False))


def test_recursion_limit_is_far_above_the_depth_cap() -> None:
    assert sys.getrecursionlimit() > 4 * MAX_DEPTH

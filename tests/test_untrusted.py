"""What a received file controls is shown with its control and bidi characters escaped."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.safejson import SafeJsonError, loads
from desktop.signing.verdict import Check, CheckId
from desktop.untrusted import escape


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("\x1b[2K\x1b[8mhidden", "\\x1b[2K\\x1b[8mhidden"),
        ("line\rover", "line\\x0dover"),
        ("a\nb\tc", "a\\x0ab\\x09c"),
        ("fdp\u202eexe", "fdp\\u202eexe"),
        ("\u2066isolate\u2069", "\\u2066isolate\\u2069"),
        ("zero\u200bwidth\ufeff", "zero\\u200bwidth\\ufeff"),
        ("para\u2029graph", "para\\u2029graph"),
        ("\x9b31m", "\\x9b31m"),  # the one-byte CSI of C1
        ("no\ufffexml\U0001ffff", "no\\ufffexml\\U0001ffff"),  # noncharacters
    ],
)
def test_controls_and_bidi_are_escaped(text: str, shown: str) -> None:
    assert escape(text) == shown


@pytest.mark.parametrize(
    "text", ["Anár – Aanaar – Inari", "1\u00a0250,5", "12\u202f000 €", "Åland 🙂", "C:\\tiedot"]
)
def test_ordinary_text_is_kept(text: str) -> None:
    assert escape(text) == text


@given(st.text())
def test_nothing_escaped_can_move_the_cursor_or_turn_text(text: str) -> None:
    shown = escape(text)
    assert all(ord(c) >= 0x20 and not 0x7F <= ord(c) < 0xA0 for c in shown)
    assert not set(shown) & set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def test_a_check_keeps_its_texts_escaped() -> None:
    check = Check(CheckId.SIGNATURE, False, {"fi": "a\x1bb", "sv": "a\u202eb", "en": "x"})
    assert check.message("fi") == "a\\x1bb" and check.message("sv") == "a\\u202eb"


def test_json_values_and_text_are_counted_before_parsing() -> None:
    assert loads(b'{"a":[1,2,{"b":"c"}]}', max_values=8) == {"a": [1, 2, {"b": "c"}]}
    with pytest.raises(SafeJsonError) as info:
        loads(b'{"a":[1,2,{"b":"c"}]}', max_values=7)
    assert info.value.key == "safejson.too_many_values"
    # Commas and brackets inside strings are text, not values.
    assert loads(b'["[,{,:", "]]]"]', max_values=3, max_depth=1) == ["[,{,:", "]]]"]
    with pytest.raises(SafeJsonError) as info:
        loads(b'["' + b"x" * 100 + b'"]', max_string_chars=50)
    assert info.value.key == "safejson.too_much_text"


def test_every_character_is_escaped_alike_alone_and_among_spaces() -> None:
    """A character is escaped or kept the same whether the text around it needs looking at
    or not: the quick path for all-printable text (with no-break spaces) changes nothing."""
    import unicodedata

    for code in range(0x110000):
        char = chr(code)
        kept = unicodedata.category(char) not in {"Cc", "Cf", "Zl", "Zp", "Cs", "Co"} and not (
            0xFDD0 <= code <= 0xFDEF or code & 0xFFFE == 0xFFFE
        )
        assert (escape(char) == char) is kept, hex(code)
        assert (escape(f"6\u00a0800{char}") == f"6\u00a0800{char}") is kept, hex(code)

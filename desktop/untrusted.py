"""Showing text that a received file controls: control and bidi characters escaped.

A certificate's name, a member's name, an answer or a round id from a
received file can hold a carriage return, a terminal escape (``ESC[2K``
erases the line, ``ESC[8m`` hides what follows) or a right-to-left override
(``U+202E`` shows ``fdp.exe`` as ``exe.pdf``). Wherever such text is shown
(terminal, window, log, PDF), it goes through ``escape`` first: every
control, format and line/paragraph separator character is written as its
escape (``\\x1b``, ``\\u202e``), and so is a noncharacter (``U+FFFE``: no XML,
so no workbook, can hold one); everything else is kept as it is (the Sámi
letters, no-break spaces, emoji).
"""

from __future__ import annotations

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without loading typing (start-up time)
if TYPE_CHECKING:
    from typing import Final
# Control (Cc), format (Cf: bidi overrides, zero-width characters), line and paragraph
# separators, surrogates and private-use characters.
_ESCAPED_CATEGORIES: Final = frozenset({"Cc", "Cf", "Zl", "Zp", "Cs", "Co"})


# The space separators (Zs), which ``str.isprintable`` counts as not printable and which are
# kept: a no-break space groups a number's digits ("6 800 m²"). Read as spaces, a text with
# nothing to escape is known without the Unicode tables (start-up time).
_SPACES: Final = dict.fromkeys(
    [0x00A0, 0x1680, *range(0x2000, 0x200B), 0x202F, 0x205F, 0x3000], " "
)


def _printable(text: str) -> bool:
    return text.isprintable() or text.translate(_SPACES).isprintable()


def escape(text: str) -> str:
    """``text`` with every character that could change how the rest is shown escaped."""
    if _printable(text):
        return text
    return "".join(_escaped(char) for char in text)


def escape_lines(text: str) -> str:
    """``text`` escaped as by ``escape``, but keeping its line breaks and tabs: for a
    terminal, where a multi-line answer is still read as lines."""
    if _printable(text.replace("\n", "").replace("\t", "")):
        return text  # no character to escape: a printable one never is (start-up time)
    return "".join(char if char in "\n\t" else _escaped(char) for char in text)


def _escaped(char: str) -> str:
    import unicodedata  # only for text that is not all printable (start-up time)

    code = ord(char)
    if unicodedata.category(char) not in _ESCAPED_CATEGORIES and not _noncharacter(code):
        return char
    if code < 0x100:
        return f"\\x{code:02x}"
    if code < 0x10000:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"


def _noncharacter(code: int) -> bool:
    """U+FDD0–U+FDEF and the last two code points of every plane (U+FFFE, U+10FFFF)."""
    return 0xFDD0 <= code <= 0xFDEF or code & 0xFFFE == 0xFFFE

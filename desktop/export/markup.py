"""Text made safe for reportlab Paragraphs, and the report's paragraph styles.

A Paragraph parses its text as markup, so an answer such as ``<b>`` or
``<font name=x>`` would change the layout or make rendering fail. Every text
that is not the report's own goes through ``safe`` (or ``para``), which
escapes it; the only markup that reaches a Paragraph is written here. Its
control and bidi characters are escaped first as the terminal and the window
show them (``desktop.untrusted.escape_lines``: ``\\x00``, ``\\u202e``), so the
report neither drops them nor lets a right-to-left override turn the text.
The invisible characters that pasted text brings (zero-width spaces and
joiners, a byte order mark, left-to-right marks) are printed as a word
processor shows them: not at all; a soft hyphen is where a long word may
break. A character the embedded font has no glyph for (an emoji) prints as
its code, "[U+1F44D]", instead of an empty box.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Final
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, TableStyle

from desktop.export.fonts import BOLD, REGULAR, covered, register_fonts
from desktop.untrusted import escape_lines

INK: Final = colors.HexColor("#1B1F24")
MUTED: Final = colors.HexColor("#5A6470")
RULE: Final = colors.HexColor("#C9D1D9")
HEAD_FILL: Final = colors.HexColor("#E9EEF3")
ACCENT: Final = colors.HexColor("#1F4E79")
DRAFT: Final = colors.HexColor("#C0392B")


SOFT_HYPHEN: Final = "\u00ad"
# Invisible in a word processor, and unable to reorder what is shown: dropped from print.
# (The bidi overrides and isolates, U+202A–E and U+2066–9, can, and stay escaped.)
_INVISIBLE: Final = dict.fromkeys(
    [
        0x200B,  # zero-width space
        0x200C,  # zero-width non-joiner
        0x200D,  # zero-width joiner (inside emoji sequences)
        0x200E,  # left-to-right mark
        0x200F,  # right-to-left mark
        0x061C,  # Arabic letter mark
        0x2060,  # word joiner
        0xFEFF,  # byte order mark, zero-width no-break space
        # Variation selectors ask for an emoji or a text look, which the font does not have.
        *range(0xFE00, 0xFE10),
        *range(0xE0100, 0xE01F0),
    ]
)


def clean(text: str) -> str:
    """``text`` as the report prints it: line breaks kept as \\n, a tab as a space, the
    invisible characters of pasted text dropped (a soft hyphen kept, for reportlab to
    break a word at), every other control, format and bidi character (a lone surrogate
    too) escaped as ``escape_lines`` does, and a character the font lacks as its code."""
    text = text.translate(_INVISIBLE)
    if SOFT_HYPHEN in text:
        text = SOFT_HYPHEN.join(escape_lines(part) for part in text.split(SOFT_HYPHEN))
    else:
        text = escape_lines(text)
    text = text.replace("\t", " ")
    return text if text.isascii() else _substituted(text)


def _substituted(text: str) -> str:
    """``text`` with every character that neither face draws written as "[U+1F44D]"."""
    drawn = covered()
    if all(ord(char) in drawn for char in text if char not in "\n\xad"):
        return text
    return "".join(
        char if ord(char) in drawn or char in "\n\xad" else f"[U+{ord(char):04X}]" for char in text
    )


def safe(text: str) -> str:
    """Any text as Paragraph markup that prints it literally, line breaks included."""
    return escape(clean(text)).replace("\n", "<br/>")


def safe_lines(lines: Iterable[str]) -> str:
    """Several texts, each escaped, one per line."""
    return "<br/>".join(safe(line) for line in lines if line)


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    muted: ParagraphStyle
    cell: ParagraphStyle
    cell_right: ParagraphStyle
    cell_head: ParagraphStyle
    cell_head_right: ParagraphStyle
    question: ParagraphStyle
    answer: ParagraphStyle
    unanswered: ParagraphStyle
    label: ParagraphStyle
    kicker: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    table_title: ParagraphStyle
    bullet: ParagraphStyle
    notice: ParagraphStyle
    correction: ParagraphStyle


def make_styles() -> Styles:
    register_fonts()
    body = ParagraphStyle(
        "body",
        fontName=REGULAR,
        bulletFontName=REGULAR,  # the default would reference Helvetica, which is not embedded
        fontSize=9.5,
        leading=12.5,
        textColor=INK,
        splitLongWords=1,
    )

    def derive(name: str, **changes: object) -> ParagraphStyle:
        return ParagraphStyle(name, parent=body, **changes)

    cell = derive("cell", fontSize=8.5, leading=10.5)
    cell_head = derive("cell_head", fontName=BOLD, fontSize=8, leading=9.8)
    return Styles(
        body=body,
        small=derive("small", fontSize=8, leading=10),
        muted=derive("muted", fontSize=8, leading=10, textColor=MUTED),
        cell=cell,
        cell_right=ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT),
        cell_head=cell_head,
        cell_head_right=ParagraphStyle("cell_head_right", parent=cell_head, alignment=TA_RIGHT),
        question=derive("question", fontSize=9, leading=11.5, textColor=MUTED),
        answer=derive("answer", fontSize=9.5, leading=12),
        unanswered=derive("unanswered", fontSize=9, leading=12, textColor=MUTED),
        label=derive("label", fontName=BOLD, fontSize=9, leading=12, textColor=MUTED),
        kicker=derive("kicker", fontSize=11, leading=14, textColor=MUTED, spaceAfter=4),
        title=derive("title", fontName=BOLD, fontSize=20, leading=25, spaceAfter=6),
        subtitle=derive("subtitle", fontSize=12.5, leading=16, textColor=ACCENT, spaceAfter=14),
        h1=derive(
            "h1",
            fontName=BOLD,
            fontSize=13.5,
            leading=17,
            textColor=ACCENT,
            spaceBefore=10,
            spaceAfter=6,
            keepWithNext=1,
        ),
        h2=derive(
            "h2",
            fontName=BOLD,
            fontSize=10.5,
            leading=13.5,
            spaceBefore=8,
            spaceAfter=3,
            keepWithNext=1,
        ),
        table_title=derive(
            "table_title",
            fontSize=9,
            leading=11.5,
            textColor=MUTED,
            spaceBefore=8,
            spaceAfter=3,
            keepWithNext=1,
        ),
        bullet=derive(
            "bullet", fontSize=9, leading=11.5, leftIndent=12, bulletIndent=2, spaceAfter=2.5
        ),
        notice=derive("notice", fontName=BOLD, fontSize=10, leading=13, textColor=DRAFT),
        correction=derive(
            "correction", fontName=BOLD, fontSize=11, leading=14, textColor=ACCENT, spaceAfter=10
        ),
    )


def scaled(style: ParagraphStyle, scale: float) -> ParagraphStyle:
    """``style`` with its type and leading scaled (1.0 gives ``style`` itself)."""
    if scale == 1.0:
        return style
    return ParagraphStyle(
        f"{style.name}@{scale}",
        parent=style,
        fontSize=style.fontSize * scale,
        leading=style.leading * scale,
    )


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A Paragraph that prints ``text`` literally (user, schema or register text)."""
    return Paragraph(safe(text), style)


def markup(trusted: str, style: ParagraphStyle) -> Paragraph:
    """A Paragraph of markup built here from ``safe`` pieces; never pass outside text."""
    return Paragraph(trusted, style)


def table_style(commands: Sequence[tuple[object, ...]]) -> TableStyle:
    """A TableStyle whose plain-string cells use the embedded font (not Helvetica)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR), *commands])

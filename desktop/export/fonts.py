"""The report's embedded font: DejaVu Sans, shipped in ``resources/fonts`` with its licence.

The PDF standard fonts have no glyphs for the Sámi letters (đ ŋ ŧ ʹ …) of
Inari, Utsjoki, Enontekiö and Sodankylä, so a Unicode TrueType font is
embedded (as a subset). It is registered with reportlab once per process.
"""

from __future__ import annotations

import functools
import threading
from pathlib import Path
from typing import Final

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from desktop.errors import UserError
from desktop.paths import resources_dir

REGULAR: Final = "TilannekuvaSans"
BOLD: Final = "TilannekuvaSans-Bold"
BOLD_FILE: Final = "DejaVuSans-Bold.ttf"
_FILES: Final = {REGULAR: "DejaVuSans.ttf", BOLD: BOLD_FILE}
LICENCE_FILE: Final = "LICENSE-DejaVu.txt"

_lock = threading.Lock()
_registered = threading.Event()


class FontError(UserError):
    """A font file of the report is missing or unreadable."""


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def register_fonts() -> None:
    """Register the regular and bold faces (and <b> between them) once; safe from any thread."""
    if _registered.is_set():
        return
    with _lock:
        if _registered.is_set():
            return
        for name, filename in _FILES.items():
            path = fonts_dir() / filename
            try:
                font = TTFont(name, str(path))
            except (OSError, ValueError, TTFError) as exc:
                raise FontError("export.font.missing", file=str(path), error=exc) from exc
            pdfmetrics.registerFont(font)
        # Paragraph markup <b> picks the bold face through this mapping.
        addMapping(REGULAR, 0, 0, REGULAR)
        addMapping(REGULAR, 1, 0, BOLD)
        addMapping(REGULAR, 0, 1, REGULAR)
        addMapping(REGULAR, 1, 1, BOLD)
        _registered.set()


def string_width(text: str, size: float, *, bold: bool = False) -> float:
    register_fonts()
    width: float = pdfmetrics.stringWidth(text, BOLD if bold else REGULAR, size)
    return width


@functools.cache
def covered() -> frozenset[int]:
    """The code points both faces draw: a character outside them prints as an empty box."""
    register_fonts()
    faces = [pdfmetrics.getFont(name).face for name in (REGULAR, BOLD)]
    return frozenset(faces[0].charToGlyph).intersection(*(f.charToGlyph for f in faces[1:]))

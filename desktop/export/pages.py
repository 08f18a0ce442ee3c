"""What every page of the report carries: header, "sivu x / y" footer, draft watermark.

The footer needs the number of pages, which is known only at the end, so the
canvas keeps each finished page's state and draws the decorations on all of
them when the document is saved (one layout pass instead of two).

The diagonal watermark is a picture of the word, not text: text drawn across
the page is extracted with the answers, its letters scattered between them
(copying, searching, a screen reader). The footer says the word as text.
"""

from __future__ import annotations

import functools
import io
import math
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Final

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Frame

from desktop.export.fonts import BOLD, BOLD_FILE, REGULAR, fonts_dir, string_width

PAGE_WIDTH: Final[float] = A4[0]
PAGE_HEIGHT: Final[float] = A4[1]
MARGIN_X: Final[float] = 20 * mm
MARGIN_TOP: Final[float] = 24 * mm
MARGIN_BOTTOM: Final[float] = 20 * mm
_HEADER_Y: Final[float] = PAGE_HEIGHT - 13 * mm
_FOOTER_Y: Final[float] = 11 * mm
_SMALL: Final = 7.5
_GREY: Final = colors.HexColor("#555555")
_RULE: Final = colors.HexColor("#B8C2CC")
_WATERMARK: Final = colors.HexColor("#C0392B")
_WATERMARK_ALPHA: Final = 0.16
_WATERMARK_DPI: Final = 110  # sharp enough on screen and paper for letters this large


@dataclass(frozen=True)
class Decorations:
    """The texts around the page body; ``watermark`` is None for a final report."""

    header_left: str
    header_right: str
    footer_left: str
    page_label: Callable[[int, int], str]
    watermark: str | None = None


def fit(text: str, width: float, size: float, *, bold: bool = False) -> str:
    """``text`` cut with "…" so that it fits in ``width`` points."""
    if string_width(text, size, bold=bold) <= width:
        return text
    while text and string_width(text + "…", size, bold=bold) > width:
        text = text[:-1]
    return text.rstrip() + "…"


class _DecoratedCanvas(Canvas):  # type: ignore[misc]  # reportlab is untyped
    def __init__(
        self,
        *args: Any,
        decorations: Decorations,
        pdf_date: str,
        described: datetime | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        # Creation and modification date as given, so the same input gives the same bytes.
        self.setDateFormatter(lambda *_: pdf_date)
        self._decorations = decorations
        self._described = described
        self._lang: str | None = kwargs.get("lang")
        self._pages: list[dict[str, Any]] = []
        self._outline: list[tuple[str, float]] = []  # (title, top) on the page at hand

    def showPage(self) -> None:  # reportlab's name
        # Keep the finished page; it is emitted in save() once the total is known.
        self._pages.append(dict(self.__dict__))
        self._outline = []
        self._startPage()

    def mark_outline(self, title: str, top: float) -> None:
        """A bookmark to ``top`` (points from the page's foot) of the page at hand."""
        self._outline.append((title, top))

    def save(self) -> None:
        total = len(self._pages)
        marks = 0
        word = self._decorations.watermark
        # One picture for the document: reportlab stores it once and shows it on every page.
        picture = _word_picture(word) if word else None
        for state in self._pages:
            self.__dict__.update(state)
            # Bound here, where reportlab's page count is this page's (not while laid out).
            for title, top in self._outline:
                marks += 1
                key = f"outline{marks}"
                self.bookmarkHorizontalAbsolute(key, top)
                self.addOutlineEntry(title, key, level=0)
            self._decorate(total, picture)
            super().showPage()
        if marks:
            self.showOutline()
        if self._described is not None:
            self._describe_in_xmp(self._described)
        super().save()

    def _describe_in_xmp(self, made: datetime) -> None:
        """What the Info dictionary says of the document also in its XMP, with its language
        and the date ``made``: as signing describes a signed report (a draft is never
        signed)."""
        from reportlab.pdfbase.pdfdoc import XMP

        from desktop.signing.pdfsign import unsigned_xmp

        info = self._doc.info
        packet = unsigned_xmp(
            title=info.title,
            author=info.author,
            subject=info.subject,
            keywords=info.keywords,
            creator=info.creator,
            producer=info.producer,
            created=made,
            lang=self._lang,
        )
        stream = XMP(creator=lambda _doc: packet)
        stream.filters = []  # read as it is, by any reader of XMP
        self._doc.Catalog.Metadata = stream

    def _decorate(self, total: int, picture: _Picture | None) -> None:
        page = self.getPageNumber()
        d = self._decorations
        self.saveState()
        if page > 1:  # the cover says all of it already
            self._header(d)
        x = MARGIN_X
        if d.watermark:
            # The diagonal word is drawn as rotated text, which text extraction
            # scatters; the footer says it once more in plain reading order.
            self.setFont(BOLD, _SMALL)
            self.setFillColor(_WATERMARK)
            self.drawString(x, _FOOTER_Y, d.watermark)
            x += string_width(d.watermark + "  ", _SMALL, bold=True)
        self.setFont(REGULAR, _SMALL)
        self.setFillColor(_GREY)
        self.drawString(x, _FOOTER_Y, fit(d.footer_left, PAGE_WIDTH / 2, _SMALL))
        self.drawRightString(PAGE_WIDTH - MARGIN_X, _FOOTER_Y, d.page_label(page, total))
        if picture is not None:
            self._watermark(picture)
        self.restoreState()

    def _header(self, d: Decorations) -> None:
        right_width = string_width(d.header_right, _SMALL)
        left_width = PAGE_WIDTH - 2 * MARGIN_X - right_width - 6 * mm
        self.setFont(BOLD, _SMALL)
        self.setFillColor(_GREY)
        self.drawString(MARGIN_X, _HEADER_Y, fit(d.header_left, left_width, _SMALL, bold=True))
        self.setFont(REGULAR, _SMALL)
        self.drawRightString(PAGE_WIDTH - MARGIN_X, _HEADER_Y, d.header_right)
        self.setStrokeColor(_RULE)
        self.setLineWidth(0.5)
        self.line(MARGIN_X, _HEADER_Y - 2.5 * mm, PAGE_WIDTH - MARGIN_X, _HEADER_Y - 2.5 * mm)

    def _watermark(self, picture: _Picture) -> None:
        # Across the diagonal, translucent so the answers stay readable under it.
        self.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
        self.rotate(math.degrees(math.atan2(PAGE_HEIGHT, PAGE_WIDTH)))
        width, height = picture.width, picture.height
        self.drawImage(picture.image, -width / 2, -height / 2, width, height, mask="auto")


@dataclass(frozen=True)
class _Picture:
    image: ImageReader
    width: float  # points
    height: float


def _word_picture(word: str) -> _Picture:
    """``word`` in bold, as large as fits the page's diagonal, as a translucent picture."""
    png, width, height = _word_png(word)
    return _Picture(ImageReader(io.BytesIO(png)), width, height)


@functools.cache
def _word_png(word: str) -> tuple[bytes, float, float]:
    from PIL import Image, ImageDraw, ImageFont  # reportlab's own dependency

    diagonal = math.hypot(PAGE_WIDTH, PAGE_HEIGHT)
    size = min(140.0, 0.7 * diagonal / max(string_width(word, 1, bold=True), 0.01))
    scale = _WATERMARK_DPI / 72
    font = ImageFont.truetype(str(fonts_dir() / BOLD_FILE), round(size * scale))
    left, top = (math.floor(v) for v in font.getbbox(word)[:2])
    right, bottom = (math.ceil(v) for v in font.getbbox(word)[2:])
    picture = Image.new("RGBA", (right - left, bottom - top), (0, 0, 0, 0))
    red, green, blue = (round(c * 255) for c in _WATERMARK.rgb())
    fill = (red, green, blue, round(_WATERMARK_ALPHA * 255))
    ImageDraw.Draw(picture).text((-left, -top), word, font=font, fill=fill)
    encoded = io.BytesIO()
    picture.save(encoded, format="PNG")
    return encoded.getvalue(), picture.width / scale, picture.height / scale


class OutlineMark(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """An entry of the PDF's outline (bookmarks) pointing here: put before a heading."""

    def __init__(self, title: str) -> None:
        super().__init__()
        self.title = title
        self.width = self.height = 0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        mark = getattr(self.canv, "mark_outline", None)
        if mark is not None:  # only the report's canvas keeps an outline
            _, top = self.canv.absolutePosition(0, 0)
            mark(self.title, top)


def body_frame() -> Frame:
    """The one text frame of every page, inside the margins the header and footer leave."""
    return Frame(
        MARGIN_X,
        MARGIN_BOTTOM,
        PAGE_WIDTH - 2 * MARGIN_X,
        PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )


def canvas_maker(
    decorations: Decorations, *, pdf_date: str, described: datetime | None = None
) -> Callable[..., Canvas]:
    """A canvasmaker for ``BaseDocTemplate.build`` that draws ``decorations`` on every page.

    ``pdf_date`` ("D:20220210140500+02'00'") becomes the creation and modification date.
    With ``described`` (that moment as a date), the document describes itself in XMP too,
    as a report that is never signed must (signing writes a signed report's).
    """
    return functools.partial(
        _DecoratedCanvas, decorations=decorations, pdf_date=pdf_date, described=described
    )

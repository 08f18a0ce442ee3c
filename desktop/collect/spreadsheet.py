"""The national picture written as an XLSX workbook (openpyxl) and as CSV files.

Every text in these files came from a received package: a text starting
with "=" stays text (never a formula), and in both the workbook and the CSV
files every control, format and bidi character but the line break and the tab
is escaped as the terminal and the window show it (``desktop.untrusted``:
``\x1b``, ``\u202e``), so ``cat`` of a CSV file cannot clear the screen and a
workbook holds nothing it cannot. A text longer than a workbook's cell holds is
cut there visibly, with a note; the CSV files hold it whole. In the CSV files a text that a spreadsheet
program would take for a formula is prefixed with an apostrophe.

In the workbook a time is a date-time cell (``d.m.yyyy hh:mm``) and a figure has its
thousands grouped (``#,##0``; decimals ``#,##0.00``: the spreadsheet program shows them with
the user's own separators); a sheet name too long for a workbook (31 characters) is cut
between words, ending in "…". The CSV files are for programs: a time in ISO 8601, numbers
as Python writes them.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Final

from desktop import oserrors
from desktop.collect.picture import Cell, Sheet
from desktop.errors import UserError
from desktop.i18n import Lang
from desktop.i18n import text as message
from desktop.survey.formatting import format_local_time
from desktop.untrusted import escape_lines

_SHEET_NAME_BAD: Final = re.compile(r"[\[\]:*?/\\]")
_FORMULA_START: Final = ("=", "+", "-", "@", "\t", "\r")
_SHEET_NAME_MAX: Final = 31
_CELL_MAX: Final = 32_767  # the most characters a cell of a workbook holds
_CUT: Final = "…"
_KEPT_ENDING: Final = re.compile(r" \([^()]{1,10}\)$")  # " (rivit)" of a table's rows
_WHOLE_FORMAT: Final = "#,##0"
_DECIMAL_FORMAT: Final = "#,##0.00"
_TIME_FORMAT: Final = "d.m.yyyy hh:mm"
_EARLIEST: Final = 1900  # a workbook holds no date before 1900: such a time stays text


class SpreadsheetError(UserError):
    """The spreadsheet cannot be written."""


def write_xlsx(sheets: Sequence[Sheet], path: Path, lang: Lang = "fi") -> Path:
    _write(path, xlsx_bytes(sheets, lang))
    return path


def xlsx_bytes(sheets: Sequence[Sheet], lang: Lang = "fi") -> bytes:
    """The workbook of ``sheets``, as the bytes of its file (a note on a cut text in ``lang``)."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    book = Workbook(write_only=True)
    bold = Font(bold=True)
    used: set[str] = set()
    for sheet in sheets:
        page = book.create_sheet(_sheet_name(sheet.title, used))
        header = []
        for text in sheet.header:
            item = WriteOnlyCell(page, value=_safe(text))
            item.font = bold
            header.append(item)
        page.append(header)
        for row in sheet.rows:
            cells = []
            for value in row:
                item = WriteOnlyCell(page, value=_fitted(_safe(_in_book(value)), lang))
                if isinstance(item.value, str):
                    item.data_type = "s"  # a text that starts with "=" is not a formula
                elif isinstance(item.value, datetime):
                    item.number_format = _TIME_FORMAT
                elif isinstance(item.value, int):
                    item.number_format = _WHOLE_FORMAT
                elif isinstance(item.value, float):
                    item.number_format = _DECIMAL_FORMAT
                cells.append(item)
            page.append(cells)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def write_csv(sheets: Sequence[Sheet], folder: Path) -> list[Path]:
    """One UTF-8 CSV file per sheet (with a byte-order mark, so spreadsheet programs read it)."""
    written = []
    for name, data in csv_files(sheets).items():
        _write(folder / name, data)
        written.append(folder / name)
    return written


def csv_files(sheets: Sequence[Sheet]) -> dict[str, bytes]:
    """The CSV file of each sheet by its name, as the bytes of the file."""
    files = {}
    for sheet in sheets:
        handle = io.StringIO(newline="")
        writer = csv.writer(handle)
        writer.writerow([_csv_cell(text) for text in sheet.header])
        writer.writerows([_csv_cell(value) for value in row] for row in sheet.rows)
        files[f"{sheet.key}.csv"] = handle.getvalue().encode("utf-8-sig")
    return files


def _write(path: Path, data: bytes) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    except OSError as exc:
        raise SpreadsheetError(
            "collect.sheet.unwritable", path=path, reason=oserrors.reason(exc)
        ) from None


def _safe(value: Cell) -> Cell:
    """A text with its line breaks (a Windows one as one) and tabs kept, every other control,
    format and bidi character escaped; anything else as it is."""
    if isinstance(value, str):
        return escape_lines(value.replace("\r\n", "\n"))
    return value


def _in_book(value: Cell) -> Cell:
    """A time as the computer's clock shows it, with no offset (a workbook holds none); one
    before 1900 (no workbook date) as text, as the coordinator reads a time."""
    if not isinstance(value, datetime):
        return value
    if value.year < _EARLIEST:
        return format_local_time(value)
    return value.replace(tzinfo=None)


def _fitted(value: Cell, lang: Lang) -> Cell:
    """A text longer than a cell holds (escaped, a 4 000-character answer can be ten times as
    long) cut to fit, ending in "…" and a note saying so; the CSV file holds it whole."""
    if not isinstance(value, str) or len(value) <= _CELL_MAX:
        return value
    note = "… " + message("collect.sheet.cut", lang, count=len(value))
    return value[: _CELL_MAX - len(note)] + note


def _csv_cell(value: Cell) -> Cell:
    if isinstance(value, datetime):
        return value.isoformat(timespec="minutes")  # 2022-02-01T11:00+02:00
    safe = _safe(value)
    if isinstance(safe, str) and safe.startswith(_FORMULA_START):
        return "'" + safe
    return safe


def _sheet_name(title: str, used: set[str]) -> str:
    """``title`` as a sheet name: at most 31 characters, cut between words ending in "…"
    and keeping a short ending in brackets ("Kunnan toimitilat,… (rivit)"); one that an
    earlier sheet has is numbered ("… (2)")."""
    whole = " ".join(_SHEET_NAME_BAD.sub(" ", title).split()) or "Sheet"
    kept = _KEPT_ENDING.search(whole) if len(whole) > _SHEET_NAME_MAX else None
    ending = kept.group(0) if kept is not None else ""
    main = whole[: len(whole) - len(ending)]
    name, number = _cut(main, _SHEET_NAME_MAX - len(ending)) + ending, 1
    while name.casefold() in used:
        number += 1
        suffix = f"{ending} ({number})"
        name = _cut(main, _SHEET_NAME_MAX - len(suffix)) + suffix
    used.add(name.casefold())
    return name


def _cut(title: str, most: int) -> str:
    """``title`` if it fits in ``most`` characters, else its words that fit and "…" (a
    word cut only when the first alone is too long)."""
    if len(title) <= most:
        return title
    room = title[: most - len(_CUT) + 1]
    space = room.rfind(" ")
    kept = room[:space] if space > 0 else room[:-1]
    return kept.rstrip(" ,.;:–-") + _CUT

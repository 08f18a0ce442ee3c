"""A table's first column names its rows: at 1024 × 700 it is wide enough to tell them apart,
and the other columns scroll sideways rather than squeeze it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.jsonvalue import JSONValue
from desktop.ui.form.fields import TableEditor
from desktop.ui.form.fields.sheet_view import HEADING_MARGIN
from desktop.ui.shell.main_window import MainWindow
from desktop.workbook import Workbook
from tests.ui.cell_letters import letters_shown

ROWS: list[JSONValue] = [
    {
        "building": "Pargas hälsocentral, Skolgatan 3",
        "floor_area": 2468,
        "ownership": "own",
        "shared": True,
        "use": "health_centre",
    },
    {
        "building": "Brandstationen i Nagu",
        "floor_area": 1250,
        "ownership": "leased",
        "shared": False,
        "use": "fire_station",
    },
]


def test_the_first_column_tells_the_rows_apart_at_1024x700(
    qtbot: QtBot, window: MainWindow, workbook: Workbook
) -> None:
    workbook.set_json("2022-3", "/premises/premises", ROWS, "sv")
    window.set_language("sv")
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: window.width() == 1024)
    window.open_round("2022-3")
    page = window.open_section("premises")
    assert page is not None
    table = page.editor("premises")
    assert isinstance(table, TableEditor)
    qtbot.wait(100)
    view = table.view
    # Sixteen letters of each name at least: enough to tell "Pargas hälsocentral, Skolgatan
    # 3" from "Brandstationen i Nagu" (not "Pargas hä…" and "Brandstat…").
    for row, values in enumerate(ROWS):
        assert isinstance(values, dict)
        name = str(values["building"])
        assert letters_shown(table, row, 0) >= min(len(name), 16), (name, view.columnWidth(0))
    # The other columns keep their headings' words whole; what does not fit scrolls.
    header = view.horizontalHeader()
    widths = [view.columnWidth(c) for c in range(table.model.columnCount())]
    for column, width in enumerate(widths):
        title = str(table.model.headerData(column, Qt.Orientation.Horizontal))
        longest = max(header.fontMetrics().horizontalAdvance(w) for w in title.split())
        assert longest <= width - HEADING_MARGIN, (title, width)
    if sum(widths) > view.viewport().width():
        assert view.horizontalScrollBar().maximum() > 0

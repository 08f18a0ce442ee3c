"""A table of many columns in a small window: whole words in its headings, a scroll bar aside."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.paths import DataPaths
from desktop.ui.form.fields import TableEditor
from desktop.ui.form.fields.sheet_view import HEADING_MARGIN
from desktop.workbook import Workbook
from tests.rounds_support import package_2023, trust
from tests.ui.conftest import WindowFactory
from tests.ui.exporting import Screen, wait_for_box


def test_the_2023_premises_headings_keep_their_words_at_1024x700(
    qtbot: QtBot,
    make_window: WindowFactory,
    workbook: Workbook,
    data_paths: DataPaths,
    screen: Screen,
    tmp_path: Path,
) -> None:
    trust(data_paths)
    package = tmp_path / "2023-1.tkround"
    package.write_bytes(package_2023())
    window = make_window(workbook)
    screen.files.append(package)
    window.menu.add_round.trigger()
    wait_for_box(qtbot, screen)
    window.open_round("2023-1")
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: window.width() == 1024)
    page = window.open_section("premises")
    assert page is not None
    page.reveal_all()
    table = page.editor("premises")
    assert isinstance(table, TableEditor)
    qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    qtbot.wait(100)
    header = table.view.horizontalHeader()
    metrics = header.fontMetrics()
    widths = []
    for column in range(table.model.columnCount()):
        title = str(table.model.headerData(column, Qt.Orientation.Horizontal))
        width = table.view.columnWidth(column)
        widths.append(width)
        longest = max(metrics.horizontalAdvance(w) for w in title.split())
        assert longest <= width - HEADING_MARGIN, (title, width, longest)
    if sum(widths) > table.view.viewport().width():
        bar = table.view.horizontalScrollBar()
        assert bar.maximum() > 0
        assert table.view.horizontalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        # and the table is tall enough that the bar hides no row
        assert table.view.height() >= header.height() + bar.sizeHint().height()

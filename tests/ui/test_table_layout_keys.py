"""A table narrower than its columns, and a cell's previous value, by keyboard at 1024×700."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from desktop.commands.demo import fill_round
from desktop.ui.form.fields import TableEditor
from desktop.workbook import Workbook
from tests.ui.conftest import WindowFactory
from tests.ui.test_previous_tables import ROWS, TABLE, _sent_first_round
from tests.ui.user import User


def test_a_narrow_table_shows_whole_headings_and_the_figures_of_a_cut_column(
    qtbot: QtBot, make_window: WindowFactory, workbook: Workbook
) -> None:
    fill_round(workbook, "2022-3")
    window = make_window(workbook)
    window.resize(1024, 700)
    window.open_round("2022-3")
    page = window.open_section("staff")
    assert page is not None
    table = page.editor("staff_groups")
    assert isinstance(table, TableEditor)
    qtbot.wait(300)  # checked: the panel, if empty, stepped aside
    window.sides.panel_wanted()  # and asked for, beside the form, as it often is
    qtbot.waitUntil(lambda: table.view.viewport().width() < 600)
    qtbot.wait(50)
    view, header = table.view, table.view.horizontalHeader()
    assert view.horizontalScrollBar().maximum() > 0, "the table fits: nothing to try"
    width = view.viewport().width()
    columns = range(table.model.columnCount())
    cut = [
        c
        for c in columns
        if header.sectionViewportPosition(c) < width
        and header.sectionViewportPosition(c) + header.sectionSize(c) > width
    ]
    assert cut, "no column is cut at the right"
    column = cut[0]
    assert table.model.index(0, column).data()  # a figure is there to be seen
    # The figure shows in the part of its cell that can be seen.
    image = view.viewport().grab().toImage()
    rect = view.visualRect(table.model.index(0, column)).intersected(view.viewport().rect())
    text = QColor(view.palette().color(view.palette().ColorRole.Text))
    inked = [
        (x, y)
        for x in range(rect.left() + 2, rect.right() - 2)
        for y in range(rect.top() + 2, rect.bottom() - 2)
        if image.pixelColor(x, y).lightness() < text.lightness() + 80
    ]
    assert inked, "the cut column's figure is not seen"

    # Moved to by keyboard, the last column comes whole into sight, the first one not cut.
    User(qtbot, window).focus(view)
    table.focus_cell(0, 0)
    for _ in columns:
        qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.wait(50)
    offset = header.offset()
    assert any(header.sectionPosition(c) == offset for c in columns), offset
    assert view.viewport().rect().contains(view.visualRect(view.currentIndex()))


def test_a_cells_previous_value_is_told_when_it_has_the_keyboard(
    make_window: WindowFactory, workbook: Workbook, qtbot: QtBot, tmp_path: Path
) -> None:
    _sent_first_round(workbook, tmp_path)
    workbook.set_json("2022-2", TABLE, ROWS)
    window = make_window(workbook)
    window.open_round("2022-2")
    page = window.open_section("premises")
    assert page is not None
    qtbot.waitUntil(lambda: page.findChild(QLabel, "previous_premises") is not None)
    table = page.editor("premises")
    assert isinstance(table, TableEditor)
    user = User(qtbot, window)
    table.focus_cell(0, 0)
    user.focus(table.view)
    for _ in range([c.key for c in table.field.columns].index("floor_area")):
        user.press(Qt.Key.Key_Right)
    said = window.statusBar().currentMessage().replace("\xa0", " ")
    assert "1 450" in said, said  # the previous value, as the tooltip says it
    user.press(Qt.Key.Key_Left)  # the next cell: its problem and its previous value
    said = window.statusBar().currentMessage()
    assert "Täytä tämä sarake" in said and "Kunnan oma" in said, said
    user.press(Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)  # out of the table
    assert window.statusBar().currentMessage() == ""


def test_a_table_given_the_keyboard_tells_its_keys_in_the_status_line(
    qtbot: QtBot, make_window: WindowFactory, workbook: Workbook
) -> None:
    window = make_window(workbook)
    page = window.open_section("premises")
    assert page is not None
    table = page.editor("premises")
    assert isinstance(table, TableEditor)
    user = User(qtbot, window)
    user.focus(table.view)
    said = window.statusBar().currentMessage()
    assert "Insert" in said and "Ctrl+V" in said and "Sarkain" in said, said
    user.press(Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)  # left: the line is cleared
    assert window.statusBar().currentMessage() == ""
    # Not again and again as the keys come back from a cell's editor.
    user.focus(table.view)
    user.press(Qt.Key.Key_Insert)
    window.statusBar().clearMessage()
    user.press(Qt.Key.Key_F2)
    qtbot.keyClicks(QApplication.focusWidget(), "Asema")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table.view)
    assert "Insert" not in window.statusBar().currentMessage()

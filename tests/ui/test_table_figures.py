"""Totals and shares under a table count only the values the table holds as valid."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from desktop.ui.form.fields import TableEditor
from desktop.ui.form.section_page import SectionPage
from desktop.ui.shell.main_window import MainWindow
from desktop.workbook import Workbook
from tests.ui.conftest import ROUND


def _figure(page: SectionPage, key: str, figure: str) -> str:
    return next(shown.text() for item, shown in page.rows[key].computed if item.id == figure)


def _type(qtbot: QtBot, table: TableEditor, row: int, key: str, text: str) -> None:
    table.focus_cell(row, key)
    qtbot.keyClick(table.view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table.view)


def test_a_total_leaves_out_values_out_of_bounds_and_refused_text(
    qtbot: QtBot, window: MainWindow, workbook: Workbook
) -> None:
    page = window.open_section("premises")
    assert page is not None
    table = page.editor("premises")
    assert isinstance(table, TableEditor)
    table.focus_cell(0)
    qtbot.keyClick(table.view, Qt.Key.Key_Insert)
    qtbot.keyClick(table.view, Qt.Key.Key_Insert)
    _type(qtbot, table, 0, "floor_area", "1250,5")
    _type(qtbot, table, 1, "floor_area", "-50")  # stored, but below the least allowed
    qtbot.waitUntil(lambda: workbook.stored(ROUND, "/premises/premises/1/floor_area") == -50)
    total = "premises_floor_area_total"
    qtbot.waitUntil(lambda: "1 250,5" in _figure(page, "premises", total).replace("\xa0", " "))
    _type(qtbot, table, 0, "floor_area", "abc")  # refused: the value still stored counts
    qtbot.waitUntil(lambda: (0, "floor_area") in table.model.typed)
    qtbot.wait(600)  # every pause of typing over
    assert workbook.stored(ROUND, "/premises/premises/0/floor_area") == 1250.5
    assert "1 250,5" in _figure(page, "premises", total).replace("\xa0", " ")


def test_a_share_of_a_table_not_answered_is_a_dash(
    qtbot: QtBot, window: MainWindow, workbook: Workbook
) -> None:
    page = window.open_section("staff")
    assert page is not None
    table = page.editor("staff_groups")
    assert isinstance(table, TableEditor)
    table.focus_cell(0)
    qtbot.keyClick(table.view, Qt.Key.Key_Insert)
    _type(qtbot, table, 0, "headcount", "10")
    qtbot.waitUntil(lambda: workbook.stored(ROUND, "/staff/staff_groups/0/headcount") == 10)
    assert workbook.stored(ROUND, "/staff/support_staff") is None
    assert _figure(page, "support_staff", "support_staff_share").endswith(": –")

"""Tables used like a spreadsheet: typing in a list cell, Tab in and out, pasting a block."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.form.fields import TableEditor
from desktop.ui.shell.main_window import MainWindow
from desktop.workbook import Workbook
from tests.ui.conftest import ROUND
from tests.ui.user import User, type_text

TABLE = "/premises/premises"
# building (text), use (choice), ownership (choice), floor_area (number), shared (yes/no)


def _table(window: MainWindow, key: str = "premises", section: str = "premises") -> TableEditor:
    page = window.open_section(section)
    assert page is not None
    table = page.editor(key)
    assert isinstance(table, TableEditor)
    return table


def _editing(qtbot: QtBot, table: TableEditor) -> QWidget:
    """The editor open in the table, once it has the keyboard."""
    qtbot.waitUntil(lambda: table.view.isAncestorOf(QApplication.focusWidget()))
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _closed(qtbot: QtBot, table: TableEditor) -> None:
    qtbot.waitUntil(lambda: table.view.state() != QAbstractItemView.State.EditingState)
    window = table.window()
    if not window.isActiveWindow():
        # The offscreen platform leaves the window inactive once a list of completions has
        # shown (a screen gives it back): the window is given back the keys, as on a screen.
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table.view)


def _at(table: TableEditor, row: int, key: str) -> None:
    keys = [c.key for c in table.field.columns]
    table.focus_cell(row, keys.index(key))


def test_typing_in_a_list_cell_chooses_only_an_option_that_matches(
    qtbot: QtBot, window: MainWindow, workbook: Workbook
) -> None:
    table = _table(window)
    user = User(qtbot, window)
    user.focus(table.view)
    user.press(Qt.Key.Key_Insert)
    qtbot.waitUntil(lambda: workbook.stored(ROUND, TABLE) == [{}])
    _at(table, 0, "use")

    # Part of an option's name, anywhere in it and in any case, chooses it.
    type_text(qtbot, table.view, "t")
    type_text(qtbot, _editing(qtbot, table), "erveysASEMA")
    qtbot.keyClick(_editing(qtbot, table), Qt.Key.Key_Return)
    _closed(qtbot, table)
    qtbot.waitUntil(lambda: workbook.stored(ROUND, f"{TABLE}/0/use") == "health_centre")

    # Tab takes the option that matches and goes on to the next cell.
    type_text(qtbot, table.view, "p")
    type_text(qtbot, _editing(qtbot, table), "aloas")
    qtbot.keyClick(_editing(qtbot, table), Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: workbook.stored(ROUND, f"{TABLE}/0/use") == "fire_station")
    qtbot.waitUntil(lambda: table.view.currentIndex().column() == 2)
    user.press(Qt.Key.Key_Escape)
    _closed(qtbot, table)

    # Text that is no option's is refused, said so, and nothing is stored.
    _at(table, 0, "use")
    type_text(qtbot, table.view, "T")
    type_text(qtbot, _editing(qtbot, table), "alous- ja henkilöstöhallinto")
    qtbot.keyClick(_editing(qtbot, table), Qt.Key.Key_Return)
    _closed(qtbot, table)
    qtbot.wait(600)
    assert workbook.stored(ROUND, f"{TABLE}/0/use") == "fire_station"
    cell = table.model.index(0, 1)
    assert "ei ole vaihtoehto" in str(cell.data(Qt.ItemDataRole.ToolTipRole))
    assert window.session is not None
    qtbot.waitUntil(lambda: f"{TABLE}/0/use" in window.session.typed_errors)

    # Escape takes an edit back: what is stored stays, whatever was typed or stepped to.
    user.press(Qt.Key.Key_F2)
    editor = _editing(qtbot, table)
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, editor, "Vuodeosasto")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    _closed(qtbot, table)
    user.press(Qt.Key.Key_Right)
    user.press(Qt.Key.Key_F2)
    editor = _editing(qtbot, table)
    qtbot.keyClick(editor, Qt.Key.Key_Down)
    qtbot.keyClick(editor, Qt.Key.Key_Down)
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    _closed(qtbot, table)
    qtbot.wait(600)
    assert workbook.stored(ROUND, f"{TABLE}/0/use") == "fire_station"
    assert workbook.stored(ROUND, f"{TABLE}/0/ownership") is None
    assert not shiboken6.isValid(editor) or not editor.isVisible()

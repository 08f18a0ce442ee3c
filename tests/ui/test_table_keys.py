"""Tables by keyboard alone, as a clerk uses a spreadsheet."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui import dialogs
from desktop.ui.form.fields import TableEditor
from desktop.ui.shell.main_window import MainWindow
from desktop.workbook import Workbook
from tests.ui.conftest import ROUND
from tests.ui.user import User, type_text

TABLE = "/premises/premises"
# building (text), use (choice), ownership (choice), floor_area (number), shared (yes/no)


def _table(window: MainWindow) -> TableEditor:
    page = window.open_section("premises")
    assert page is not None
    table = page.editor("premises")
    assert isinstance(table, TableEditor)
    return table


def _closed(qtbot: QtBot, editor: object) -> None:
    qtbot.waitUntil(lambda: not shiboken6.isValid(editor) or not editor.isVisible())  # type: ignore[attr-defined]


def test_a_row_is_added_filled_and_moved_through_by_keyboard(
    qtbot: QtBot, window: MainWindow, workbook: Workbook
) -> None:
    table = _table(window)
    user = User(qtbot, window)
    user.focus(table.view)
    user.press(Qt.Key.Key_Insert)  # a key adds a row, and the first cell has the focus
    qtbot.waitUntil(lambda: workbook.stored(ROUND, TABLE) == [{}])
    assert table.view.currentIndex() == table.model.index(0, 0)

    # Typing starts editing; Tab stores the cell and goes on to the next one, still editing.
    type_text(qtbot, table.view, "I")
    type_text(qtbot, user.focused(), "valon terveysasema")  # the keys go to the editor opened
    user.tab()
    qtbot.waitUntil(lambda: table.view.currentIndex().column() == 1)
    combo = user.focused()
    assert isinstance(combo, QComboBox)
    assert workbook.stored(ROUND, f"{TABLE}/0/building") == "Ivalon terveysasema"

    # In the drop-down, Down steps through the options without closing; Enter closes it.
    options = [combo.itemData(i) for i in range(combo.count())]
    for _ in range(3):
        qtbot.keyClick(combo, Qt.Key.Key_Down)
        assert combo.isVisible() and QApplication.focusWidget() is combo
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    _closed(qtbot, combo)
    qtbot.waitUntil(lambda: workbook.stored(ROUND, f"{TABLE}/0/use") == options[3])
    assert QApplication.focusWidget() is table.view

    # F4 (or Alt+Down) opens the list; arrows move in it; Enter picks and closes.
    user.press(Qt.Key.Key_Right)
    user.press(Qt.Key.Key_F4)
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QComboBox))
    combo = user.focused()
    assert isinstance(combo, QComboBox)
    qtbot.waitUntil(lambda: combo.view().isVisible())
    ownership = [combo.itemData(i) for i in range(combo.count())]
    popup = combo.view()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    _closed(qtbot, combo)
    qtbot.waitUntil(lambda: workbook.stored(ROUND, f"{TABLE}/0/ownership") == ownership[2])

    # Arrows move; Enter edits the current cell.
    user.press(Qt.Key.Key_Right)
    user.press(Qt.Key.Key_Return)
    line = user.focused()
    assert isinstance(line, QLineEdit)
    type_text(qtbot, line, "640,5")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    _closed(qtbot, line)
    qtbot.waitUntil(lambda: workbook.stored(ROUND, f"{TABLE}/0/floor_area") == 640.5)

    # Tab from the last cell leaves the table (Insert adds a row); Shift+Tab comes back;
    # Ctrl+Tab leaves from any cell.
    user.press(Qt.Key.Key_Right)
    assert table.view.currentIndex() == table.model.index(0, 4)
    user.tab()
    assert user.focused() is table.add_button  # the table's own buttons, then the next question
    assert table.model.rowCount() == 1
    user.press(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert table.view.currentIndex() == table.model.index(0, 4)
    user.press(Qt.Key.Key_Left)
    user.press(Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert user.focused() is table.add_button


def test_ctrl_plus_adds_and_delete_removes_the_chosen_rows_after_asking(
    qtbot: QtBot, window: MainWindow, workbook: Workbook
) -> None:
    table = _table(window)
    user = User(qtbot, window)
    user.focus(table.view)
    user.press(Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    user.press(Qt.Key.Key_Insert)
    qtbot.waitUntil(lambda: workbook.stored(ROUND, TABLE) == [{}, {}])
    asked: list[str] = []
    answer = [QMessageBox.StandardButton.No]

    def reply(dialog: QWidget) -> None:
        if isinstance(dialog, QMessageBox):
            asked.append(dialog.text())
            QTimer.singleShot(0, lambda: dialog.button(answer[0]).click())

    dialogs.opened.append(reply)
    try:
        user.press(Qt.Key.Key_Delete)  # the current row: the second, just added
        qtbot.waitUntil(lambda: len(asked) == 1)
        qtbot.wait(50)
        assert table.model.rowCount() == 2 and workbook.stored(ROUND, TABLE) == [{}, {}]
        answer[0] = QMessageBox.StandardButton.Yes
        window.activateWindow()  # the message box had it
        qtbot.waitUntil(window.isActiveWindow)
        user.focus(table.view)
        user.press(Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: table.model.rowCount() == 1)
    finally:
        dialogs.opened.clear()
    assert "Poistetaanko rivi 2 " in asked[-1]
    assert workbook.stored(ROUND, TABLE) == [{}]


def test_tab_leaves_an_empty_table_and_a_submitted_one_takes_no_keys(
    qtbot: QtBot, window: MainWindow
) -> None:
    table = _table(window)
    user = User(qtbot, window)
    user.focus(table.view)
    user.tab()
    assert not table.view.hasFocus()  # no cells: Tab goes on to the next question
    table.set_locked(True)
    user.focus(table.view)
    user.press(Qt.Key.Key_Insert)
    assert table.model.rowCount() == 0

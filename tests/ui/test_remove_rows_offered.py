""" "Poista valitut rivit" is offered only while there is a row to remove: not on an empty
table, nor with no row chosen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.ui.shell.main_window import MainWindow
from desktop.workbook import Workbook
from tests.ui.conftest import ROUND
from tests.ui.tables import TABLE, table_editor
from tests.ui.user import User


def test_remove_rows_is_offered_only_with_a_row_chosen(
    qtbot: QtBot, window: MainWindow, workbook: Workbook
) -> None:
    table = table_editor(window)
    assert table.model.rowCount() == 0
    assert not table.remove_button.isEnabled()  # an empty table: nothing to remove

    user = User(qtbot, window)
    user.focus(table.view)
    user.press(Qt.Key.Key_Insert)
    qtbot.waitUntil(lambda: workbook.stored(ROUND, TABLE) == [{}])
    assert table.remove_button.isEnabled()  # the new row is the current one

    table.view.selectionModel().clear()
    assert not table.remove_button.isEnabled()  # no row chosen
    table.view.setCurrentIndex(table.model.index(0, 0))
    assert table.remove_button.isEnabled()

    table.remove_rows([0])  # the last row gone: nothing left to remove
    assert not table.remove_button.isEnabled()
    assert table.add_button.hasFocus()

"""The form's tables as the tests reach them: the premises table, with a row to type in."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.ui.form.fields import TableEditor
from desktop.ui.shell.main_window import MainWindow
from desktop.workbook import Workbook
from tests.ui.conftest import ROUND
from tests.ui.user import User

TABLE = "/premises/premises"


def table_editor(
    window: MainWindow, key: str = "premises", section: str = "premises"
) -> TableEditor:
    page = window.open_section(section)
    assert page is not None
    table = page.editor(key)
    assert isinstance(table, TableEditor)
    return table


def one_empty_row(qtbot: QtBot, window: MainWindow, workbook: Workbook) -> tuple[TableEditor, User]:
    """The premises table with one row added by Insert, as a user adds it, and saved."""
    table = table_editor(window)
    user = User(qtbot, window)
    user.focus(table.view)
    user.press(Qt.Key.Key_Insert)
    qtbot.waitUntil(lambda: workbook.stored(ROUND, TABLE) == [{}])
    return table, user

"""The list of matching options under a list cell being typed in: Escape takes the whole
edit back at once, and the list shows the options' names whole."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.form.fields import TableEditor
from desktop.ui.shell.main_window import MainWindow
from desktop.workbook import Workbook
from tests.ui.conftest import ROUND
from tests.ui.tables import TABLE, one_empty_row
from tests.ui.user import type_text


def _keys_go_to() -> QWidget:
    """Where a key pressed now goes, as on a screen: the open list, or the focus."""
    widget = QApplication.activePopupWidget() or QApplication.focusWidget()
    assert widget is not None
    return widget


def _type(qtbot: QtBot, text: str) -> None:
    for char in text:
        type_text(qtbot, _keys_go_to(), char)


def _list_open(qtbot: QtBot) -> QWidget:
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    popup = QApplication.activePopupWidget()
    assert popup is not None
    return popup


def _edit(qtbot: QtBot, window: MainWindow, table: TableEditor, column: int) -> None:
    table.focus_cell(0, column)
    if not window.isActiveWindow():  # the offscreen platform, once a list has shown
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table.view)


def test_one_escape_with_the_options_listed_takes_the_edit_back(
    qtbot: QtBot, window: MainWindow, workbook: Workbook
) -> None:
    table, _user = one_empty_row(qtbot, window, workbook)
    _edit(qtbot, window, table, 1)
    _type(qtbot, "terveysasema")
    qtbot.keyClick(_keys_go_to(), Qt.Key.Key_Return)  # once, the list open: stored
    qtbot.waitUntil(lambda: workbook.stored(ROUND, f"{TABLE}/0/use") == "health_centre")
    qtbot.waitUntil(lambda: table.view.state() != QAbstractItemView.State.EditingState)

    _edit(qtbot, window, table, 1)
    _type(qtbot, "palo")
    popup = _list_open(qtbot)
    qtbot.keyClick(_keys_go_to(), Qt.Key.Key_Escape)  # once

    qtbot.waitUntil(lambda: table.view.state() != QAbstractItemView.State.EditingState)
    assert not popup.isVisible()
    qtbot.wait(600)
    assert workbook.stored(ROUND, f"{TABLE}/0/use") == "health_centre"
    assert table.model.index(0, 1).data() == "Terveyskeskus tai terveysasema"
    assert "ei ole vaihtoehto" not in str(table.model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole))
    assert window.session is not None
    assert f"{TABLE}/0/use" not in window.session.typed_errors


def test_the_list_of_matching_options_shows_their_names_whole(
    qtbot: QtBot, window: MainWindow, workbook: Workbook
) -> None:
    table, _user = one_empty_row(qtbot, window, workbook)
    _edit(qtbot, window, table, 1)
    _type(qtbot, "asema")  # Terveyskeskus tai terveysasema, Paloasema
    popup = _list_open(qtbot)
    assert isinstance(popup, QAbstractItemView)
    qtbot.waitUntil(lambda: popup.model().rowCount() == 2)
    qtbot.wait(50)
    names = popup.sizeHintForColumn(0)  # as wide as the longest name shown needs
    assert table.view.columnWidth(1) < names, "the column is wide enough to tell nothing"
    assert popup.viewport().width() >= names
    screen = popup.screen().availableGeometry()
    assert screen.contains(popup.frameGeometry())
    qtbot.keyClick(_keys_go_to(), Qt.Key.Key_Escape)

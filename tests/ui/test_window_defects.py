"""Defects a new user's trial of the window found: each as the user met it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from desktop.ui.form.fields import TableEditor
from desktop.ui.shell.main_window import MainWindow
from desktop.workbook import Workbook
from tests.ui.conftest import ROUND
from tests.ui.user import User, type_text


def _open_cell(qtbot: QtBot, user: User, table: TableEditor, row: int, column: int) -> QLineEdit:
    table.view.setCurrentIndex(table.model.index(row, column))
    user.focus(table.view)
    qtbot.keyClick(table.view, Qt.Key.Key_F2)
    line = user.focused()
    assert isinstance(line, QLineEdit)
    return line


@pytest.mark.parametrize(("lang", "typed"), [("fi", "noin 500"), ("sv", "ca 200")])
def test_a_refused_cell_over_a_stored_number_is_listed_once_and_stays_still(
    qtbot: QtBot, window: MainWindow, workbook: Workbook, lang: str, typed: str
) -> None:
    workbook.set_json(ROUND, "/premises/premises", [{"floor_area": 1.25}], "fi")
    window.set_language(lang)  # type: ignore[arg-type]
    page = window.open_section("premises")
    assert page is not None and window.session is not None
    table = page.editor("premises")
    assert isinstance(table, TableEditor)
    user = User(qtbot, window)
    line = _open_cell(qtbot, user, table, 0, 3)
    line.selectAll()
    type_text(qtbot, line, typed)
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table.view)
    pointer = "/premises/premises/0/floor_area"
    qtbot.waitUntil(lambda: pointer in window.session.typed_errors)  # type: ignore[union-attr]

    def about_the_cell() -> list[str]:
        return [e.text for e in window.panel.entries if e.pointer == pointer]

    qtbot.waitUntil(lambda: len(about_the_cell()) == 1)
    checks: list[int] = []
    window.session.checked.connect(lambda: checks.append(1))
    qtbot.wait(1500)  # some seconds of the user reading the panel
    (entry,) = about_the_cell()
    assert entry.count(f"”{typed}”") + entry.count(f"“{typed}”") == 1, entry
    assert not checks, "the window keeps checking the round again with nothing changed"
    assert workbook.stored(ROUND, pointer) == 1.25

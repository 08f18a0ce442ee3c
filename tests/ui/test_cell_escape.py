"""Escape in a table cell's editor takes the edit back: the cell shows what it held before and
the stored answer is as it was, even when typing had already been scheduled or saved."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from desktop import cli
from desktop.paths import DataPaths
from desktop.ui.form.fields import TableEditor
from desktop.ui.form.session import MAX_WAIT_MS
from desktop.ui.shell.main_window import MainWindow
from desktop.workbook import Workbook
from tests.ui.conftest import ROUND, WindowFactory
from tests.ui.tables import TABLE, table_editor
from tests.ui.user import User, type_text

BUILDING = f"{TABLE}/0/building"
AREA = f"{TABLE}/0/floor_area"


def _window(make_window: WindowFactory, workbook: Workbook) -> MainWindow:
    workbook.set_json(ROUND, TABLE, [{"building": "Terveysasema", "floor_area": 640}])
    return make_window(workbook)


def _open(qtbot: QtBot, user: User, table: TableEditor, column: int) -> QLineEdit:
    table.focus_cell(0, column)
    user.focus(table.view)
    qtbot.keyClick(table.view, Qt.Key.Key_F2)
    qtbot.keyClick(user.focused(), Qt.Key.Key_End)
    line = user.focused()
    assert isinstance(line, QLineEdit)
    return line


def _escape(qtbot: QtBot, table: TableEditor, line: QLineEdit) -> None:
    qtbot.keyClick(line, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: table.view.state() != QAbstractItemView.State.EditingState)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table.view)


def _stop(window: MainWindow) -> None:
    for session in window.sessions.values():  # no check after the database closes
        session.stop_checking()


def _shown(table: TableEditor, column: int) -> str:
    return str(table.model.index(0, column).data())


def _audited(workbook: Workbook, pointer: str) -> list[object]:
    return [e.new for e in workbook.store.audit_log(ROUND) if e.pointer == pointer]


def test_escape_at_once_shows_the_old_text_and_stores_nothing(
    qtbot: QtBot, make_window: WindowFactory, workbook: Workbook
) -> None:
    window = _window(make_window, workbook)
    table = table_editor(window)
    user = User(qtbot, window)
    before = _audited(workbook, BUILDING)

    line = _open(qtbot, user, table, 0)
    type_text(qtbot, line, "Q")
    _escape(qtbot, table, line)

    assert _shown(table, 0) == "Terveysasema"
    qtbot.wait(MAX_WAIT_MS + 300)  # a save scheduled by the typing would be done by now
    assert workbook.stored(ROUND, BUILDING) == "Terveysasema"
    assert _audited(workbook, BUILDING) == before
    assert window.save_status.label.text() != "Tallennetaan…"

    # A figure too: and a text that would be refused leaves no typing problem behind.
    line = _open(qtbot, user, table, 3)
    type_text(qtbot, line, "x")
    _escape(qtbot, table, line)
    assert _shown(table, 3) == "640"
    qtbot.wait(MAX_WAIT_MS + 300)
    assert workbook.stored(ROUND, AREA) == 640
    assert window.session is not None
    assert AREA not in window.session.typed_errors
    assert "ei kelpaa" not in window.save_status.label.text()
    _stop(window)


def test_escape_after_steady_typing_was_saved_stores_the_old_text_again(
    qtbot: QtBot, make_window: WindowFactory, workbook: Workbook
) -> None:
    window = _window(make_window, workbook)
    table = table_editor(window)
    user = User(qtbot, window)

    line = _open(qtbot, user, table, 0)
    type_text(qtbot, line, "XYZ")
    # The pause saves what was typed while the editor is still open.
    qtbot.waitUntil(lambda: workbook.stored(ROUND, BUILDING) == "TerveysasemaXYZ")
    assert line.isVisible()
    _escape(qtbot, table, line)

    assert _shown(table, 0) == "Terveysasema"
    qtbot.waitUntil(lambda: workbook.stored(ROUND, BUILDING) == "Terveysasema")
    qtbot.wait(MAX_WAIT_MS + 300)
    assert workbook.stored(ROUND, BUILDING) == "Terveysasema"
    qtbot.waitUntil(lambda: window.save_status.label.text().startswith("Tallennettu"))
    _stop(window)


def _history(capsys: pytest.CaptureFixture[str], data_paths: DataPaths) -> str:
    capsys.readouterr()
    assert cli.main(["--data-dir", str(data_paths.root), "history", ROUND]) == 0
    return capsys.readouterr().out


def test_escape_after_a_pause_save_leaves_the_history_as_if_nothing_was_typed(
    qtbot: QtBot,
    make_window: WindowFactory,
    workbook: Workbook,
    data_paths: DataPaths,
    capsys: pytest.CaptureFixture[str],
) -> None:
    window = _window(make_window, workbook)
    table = table_editor(window)
    user = User(qtbot, window)
    before = _history(capsys, data_paths)

    line = _open(qtbot, user, table, 0)
    type_text(qtbot, line, "XYZ")
    qtbot.waitUntil(lambda: workbook.stored(ROUND, BUILDING) == "TerveysasemaXYZ")
    _escape(qtbot, table, line)
    qtbot.waitUntil(lambda: workbook.stored(ROUND, BUILDING) == "Terveysasema")

    # The edit taken back is no line of the history: it reads as before the cell was opened.
    assert _history(capsys, data_paths) == before
    # The audit log keeps all that was stored, the taking back said as such.
    assert _audited(workbook, BUILDING)[:2] == ["Terveysasema", "TerveysasemaXYZ"]
    cancel = next(e for e in workbook.store.audit_log(ROUND) if e.pointer == BUILDING)
    assert cancel.source == "cancel"

    # An edit that stands is told as ever.
    line = _open(qtbot, user, table, 0)
    type_text(qtbot, line, "ABC")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: workbook.stored(ROUND, BUILDING) == "TerveysasemaABC")
    told = _history(capsys, data_paths)
    assert "Terveysasema → TerveysasemaABC" in told
    assert "XYZ" not in told
    _stop(window)

"""A table cell whose typed text was refused: nothing of it is counted, told as stored or lost."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from desktop.ui.form.fields import TableEditor
from desktop.ui.shell.main_window import MainWindow
from desktop.workbook import Workbook
from tests.ui.user import User, type_text

ROUND = "2022-3"


def _type_in_cell(
    qtbot: QtBot, user: User, table: TableEditor, row: int, key: str, text: str
) -> None:
    column = [c.key for c in table.field.columns].index(key)
    table.view.setCurrentIndex(table.model.index(row, column))
    user.focus(table.view)
    qtbot.keyClick(table.view, Qt.Key.Key_F2)
    line = user.focused()
    assert isinstance(line, QLineEdit)
    type_text(qtbot, line, text)
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table.view)


def _refused_premises(qtbot: QtBot, window: MainWindow) -> tuple[TableEditor, list[str]]:
    window.open_round(ROUND)
    page = window.open_section("premises")
    assert page is not None and window.session is not None
    table = page.editor("premises")
    assert isinstance(table, TableEditor)
    user = User(qtbot, window)
    qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    _type_in_cell(qtbot, user, table, 0, "floor_area", "1.250")
    _type_in_cell(qtbot, user, table, 0, "annual_rent", "250.000")
    _type_in_cell(qtbot, user, table, 0, "building", "Kirjasto")  # and goes on
    pointers = ["/premises/premises/0/floor_area", "/premises/premises/0/annual_rent"]
    session = window.session
    qtbot.waitUntil(lambda: all(p in session.typed_errors for p in pointers))
    qtbot.wait(600)  # every pause of typing over
    return table, pointers


def test_refused_cells_are_not_counted_nor_said_to_be_stored(
    qtbot: QtBot, window: MainWindow, workbook: Workbook
) -> None:
    table, pointers = _refused_premises(qtbot, window)
    for pointer in pointers:
        assert workbook.stored(ROUND, pointer) is None
    page = window.current_page()
    assert page is not None
    texts = [label.text() for label in page.findChildren(QLabel) if label.isVisible()]
    totals = [t for t in texts if "(laskettu)" in t]
    assert totals, texts
    assert not any("1,25" in t or "250,00" in t for t in totals), totals
    keys = [c.key for c in table.field.columns]
    for key in ("floor_area", "annual_rent"):
        tip = str(table.model.index(0, keys.index(key)).data(Qt.ItemDataRole.ToolTipRole))
        assert "voi tarkoittaa" in tip
        assert "Tallennettuna" not in tip, tip
    assert window.session is not None
    for pointer in pointers:
        assert "Tallennettuna" not in window.session.typed_errors[pointer]


def test_the_problem_list_tells_why_a_cell_was_refused_once(
    qtbot: QtBot, window: MainWindow
) -> None:
    _table, pointers = _refused_premises(qtbot, window)
    qtbot.wait(300)
    for pointer in pointers:
        about = [e.text for e in window.panel.entries if e.pointer == pointer]
        assert len(about) == 1, about
        assert "voi tarkoittaa" in about[0], about


def test_a_refused_cell_keeps_its_stored_value_in_the_total(
    qtbot: QtBot, window: MainWindow, workbook: Workbook
) -> None:
    rows = [
        {"building": "Terveysasema", "floor_area": 300},
        {"building": "Paja", "floor_area": 50.5},
    ]
    workbook.set_json(ROUND, "/premises/premises", rows)  # type: ignore[arg-type]
    window.open_round(ROUND)
    page = window.open_section("premises")
    assert page is not None
    table = page.editor("premises")
    assert isinstance(table, TableEditor)
    _type_in_cell(qtbot, User(qtbot, window), table, 1, "floor_area", "abc")
    assert window.session is not None
    qtbot.waitUntil(lambda: "/premises/premises/1/floor_area" in window.session.typed_errors)
    qtbot.wait(600)  # every pause of typing over
    assert workbook.stored(ROUND, "/premises/premises/1/floor_area") == 50.5
    texts = [label.text() for label in page.findChildren(QLabel) if label.isVisible()]
    totals = [t for t in texts if "(laskettu)" in t]
    # What would be reported: the refused text left out, the value still stored counted.
    assert any("350,5" in t for t in totals), totals

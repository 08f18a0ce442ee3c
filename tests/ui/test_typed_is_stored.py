"""What the user types is what is stored, and the field shows what was stored."""

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


@pytest.mark.parametrize(
    ("lang", "typed", "stored", "shown"),
    [
        # Money: written back with its cents.
        ("en", "45,5", 45.5, "45.50"),
        ("en", "1,250", 1250, "1,250"),
        ("en", "1 250,5", 1250.5, "1,250.50"),
        ("fi", "1,250.5", 1250.5, "1\u00a0250,50"),
        ("sv", "45.5", 45.5, "45,50"),
    ],
)
def test_a_number_is_stored_as_typed_and_shown_back_as_stored(
    qtbot: QtBot,
    window: MainWindow,
    workbook: Workbook,
    lang: str,
    typed: str,
    stored: float,
    shown: str,
) -> None:
    window.set_language(lang)  # type: ignore[arg-type]
    page = window.open_section("staff")
    assert page is not None
    user = User(qtbot, window)
    line = page.editor("holiday_pay_liability").focus_widget()
    assert isinstance(line, QLineEdit)
    user.focus(line)
    user.type(typed)
    user.tab()
    assert line.text() == shown
    assert workbook.answers(ROUND)["staff"]["holiday_pay_liability"] == stored


def test_a_date_is_shown_back_as_stored(
    qtbot: QtBot, window: MainWindow, workbook: Workbook
) -> None:
    workbook.set_json(ROUND, "/premises/lease_status", "not_started", "fi")
    window.set_language("en")
    page = window.open_section("premises")
    assert page is not None and page.is_shown("lease_planned_date")
    page.reveal_all()
    user = User(qtbot, window)
    line = page.editor("lease_planned_date").focus_widget()
    assert isinstance(line, QLineEdit)
    user.focus(line)
    user.type("01.03.2022")
    user.tab()
    assert line.text() == "1.3.2022"
    assert workbook.answers(ROUND)["premises"]["lease_planned_date"] == "2022-03-01"


def _open_cell(qtbot: QtBot, user: User, table: TableEditor, row: int, column: int) -> QLineEdit:
    table.view.setCurrentIndex(table.model.index(row, column))
    user.focus(table.view)
    qtbot.keyClick(table.view, Qt.Key.Key_F2)
    line = user.focused()
    assert isinstance(line, QLineEdit)
    return line


def test_a_cell_being_typed_is_not_called_saved_until_it_is(
    qtbot: QtBot, window: MainWindow, workbook: Workbook
) -> None:
    page = window.open_section("premises")
    assert page is not None
    table = page.editor("premises")
    assert isinstance(table, TableEditor)
    user = User(qtbot, window)
    qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: workbook.stored(ROUND, "/premises/premises") == [{}])
    status = window.save_status.label
    qtbot.waitUntil(lambda: status.text().startswith("Tallennettu"))

    line = _open_cell(qtbot, user, table, 0, 0)
    type_text(qtbot, line, "Ivalon terveysasema")
    assert status.text() == "Tallennetaan…"  # typed, not yet saved: the status says so
    # The editor stays open; after the same pause as any field the text is saved.
    qtbot.waitUntil(
        lambda: workbook.stored(ROUND, "/premises/premises/0/building") == "Ivalon terveysasema"
    )
    qtbot.waitUntil(lambda: status.text().startswith("Tallennettu"))
    assert line.isVisible() and QApplication.focusWidget() is line

    # A refused figure typed in an open cell is a typing problem like any other.
    qtbot.keyClick(line, Qt.Key.Key_Escape)
    line = _open_cell(qtbot, user, table, 0, 3)
    type_text(qtbot, line, "paljon")
    pointer = "/premises/premises/0/floor_area"
    qtbot.waitUntil(lambda: pointer in window.session.typed_errors)  # type: ignore[union-attr]
    assert workbook.stored(ROUND, pointer) is None


def test_closing_the_window_saves_the_cell_being_typed(
    qtbot: QtBot, window: MainWindow, workbook: Workbook
) -> None:
    page = window.open_section("premises")
    assert page is not None
    table = page.editor("premises")
    assert isinstance(table, TableEditor)
    user = User(qtbot, window)
    qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    line = _open_cell(qtbot, user, table, 0, 3)
    type_text(qtbot, line, "640,5")
    window.flush()  # what closing the window, a logout or a crash rescue do
    assert workbook.stored(ROUND, "/premises/premises/0/floor_area") == 640.5


def test_a_refused_cell_shows_it_is_refused_and_what_is_stored(
    qtbot: QtBot, window: MainWindow, workbook: Workbook
) -> None:
    window.set_language("en")
    page = window.open_section("premises")
    assert page is not None
    table = page.editor("premises")
    assert isinstance(table, TableEditor)
    user = User(qtbot, window)
    qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    pointer = "/premises/premises/0/floor_area"
    for text in ("-5", "abc"):
        line = _open_cell(qtbot, user, table, 0, 3)
        type_text(qtbot, line, text)
        qtbot.keyClick(line, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is table.view)
    assert workbook.stored(ROUND, pointer) == -5
    cell = table.model.index(0, 3)
    assert cell.data() == "abc"
    assert cell.data(Qt.ItemDataRole.FontRole).strikeOut()  # crossed out: not stored
    tip = cell.data(Qt.ItemDataRole.ToolTipRole)
    assert "“abc” is not a number" in tip and "Still stored: -5" in tip

    def about_the_cell() -> list[str]:
        return [e.text for e in window.panel.entries if "row 1, Floor area" in e.text]

    # The panel: one entry for the cell, the typing error, which says what is stored and
    # what is wrong with it.
    qtbot.waitUntil(lambda: any("abc" in t for t in about_the_cell()))
    (entry,) = about_the_cell()
    assert "“abc” is not a number" in entry and "Still stored: -5" in entry
    assert entry.index("Still stored: -5") < entry.index("must be at least 0")

    line = _open_cell(qtbot, user, table, 0, 3)
    type_text(qtbot, line, "640,5")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: workbook.stored(ROUND, pointer) == 640.5)
    qtbot.waitUntil(lambda: not about_the_cell())
    assert cell.data() == "640.5"
    assert not cell.data(Qt.ItemDataRole.FontRole)


def test_a_refused_answer_tells_what_is_still_stored(
    qtbot: QtBot, window: MainWindow, workbook: Workbook
) -> None:
    window.set_language("en")
    page = window.open_section("staff")
    assert page is not None
    user = User(qtbot, window)
    line = page.editor("holiday_pay_liability").focus_widget()
    user.focus(line)
    user.type("45,5")
    user.tab()
    user.focus(line)
    user.type("abc")
    user.tab()
    pointer = "/staff/holiday_pay_liability"
    assert workbook.stored(ROUND, pointer) == 45.5
    told = window.session.typed_errors[pointer]  # type: ignore[union-attr]
    assert "“abc” is not a number" in told and "Still stored: 45.50." in told
    qtbot.waitUntil(lambda: any("Still stored: 45.50." in e.text for e in window.panel.entries))
    window.set_language("sv")
    told = window.session.typed_errors[pointer]  # type: ignore[union-attr]
    assert "är inte ett tal" in told and "Fortfarande sparat: 45,50." in told


def test_control_characters_pasted_into_a_line_are_not_stored(
    qtbot: QtBot, window: MainWindow, workbook: Workbook
) -> None:
    # A name copied from a spreadsheet or a terminal brought its tab, NUL and escape along.
    page = window.open_section("background")
    assert page is not None
    user = User(qtbot, window)
    line = page.editor("respondent_title").focus_widget()
    assert isinstance(line, QLineEdit)
    user.focus(line)
    line.setText("Talous\tjohtaja\x00\x1b\x7f")
    line.textEdited.emit(line.text())
    user.tab()
    window.flush()
    assert workbook.stored(ROUND, "/background/respondent_title") == "Talous johtaja"


def test_control_characters_pasted_into_a_long_answer_are_not_stored(
    qtbot: QtBot, window: MainWindow, workbook: Workbook
) -> None:
    page = window.open_section("premises")
    assert page is not None
    editor = page.editor("lease_not_started_reason")
    editor.edit.setPlainText("Ensin\x00 tämä\x1b.\nSitten\ttuo.")  # type: ignore[attr-defined]
    window.flush()
    stored = workbook.stored(ROUND, "/premises/lease_not_started_reason")
    assert stored == "Ensin tämä.\nSitten\ttuo."
    assert not any(p.pointer == "/premises/lease_not_started_reason" for p in window.panel.entries)

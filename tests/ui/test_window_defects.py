"""Defects a new user's trial of the window found: each as the user met it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.ui import dialogs
from desktop.ui.form.fields import TableEditor
from desktop.ui.shell.main_window import MainWindow
from desktop.workbook import Workbook
from tests.ui.conftest import ROUND, WindowFactory
from tests.ui.exporting import Screen
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


CLOSING = {
    # lang: (a figure typed over a saved one, a cell's text, what the question and buttons say)
    "fi": (
        "noin 600 000",
        "noin 200",
        (
            "2 vastausta ei kelpaa sellaisenaan, joten niitä ei ole tallennettu",
            "Sulje tallentamatta",
            "Palaa lomakkeelle",
        ),
    ),
    "sv": (
        "ca 600 000",
        "ca 200",
        (
            "2 svar godtas inte som de är skrivna och har därför inte sparats",
            "Stäng utan att spara",
            "Tillbaka till formuläret",
        ),
    ),
    "en": (
        "about 600,000",
        "about 200",
        (
            "2 answers are not accepted as typed, so they were not saved",
            "Close without saving",
            "Back to the form",
        ),
    ),
}


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_closing_with_refused_answers_asks_first(
    qtbot: QtBot, window: MainWindow, workbook: Workbook, screen: Screen, lang: str
) -> None:
    workbook.set_json(ROUND, "/staff/holiday_pay_liability", 500000, "fi")
    workbook.set_json(ROUND, "/premises/premises", [{"floor_area": 1.25}], "fi")
    window.set_language(lang)  # type: ignore[arg-type]
    figure, cell_text, (said, close_label, back_label) = CLOSING[lang]
    user = User(qtbot, window)
    page = window.open_section("staff")
    assert page is not None
    line = page.editor("holiday_pay_liability").focus_widget()
    assert isinstance(line, QLineEdit)
    user.focus(line)
    line.selectAll()
    type_text(qtbot, line, figure)
    user.tab()
    page = window.open_section("premises")
    assert page is not None
    table = page.editor("premises")
    assert isinstance(table, TableEditor)
    cell = _open_cell(qtbot, user, table, 0, 3)
    cell.selectAll()
    type_text(qtbot, cell, cell_text)
    qtbot.keyClick(cell, Qt.Key.Key_Return)
    assert window.session is not None
    qtbot.waitUntil(lambda: len(window.session.typed_errors) == 2)  # type: ignore[union-attr]

    buttons: list[list[str]] = []
    dialogs.opened.append(
        lambda box: (
            buttons.append([b.text().replace("&", "") for b in box.buttons()])
            if isinstance(box, QMessageBox)
            else None
        )
    )
    screen.yes = False  # "back to the form"
    window.close()
    qtbot.waitUntil(lambda: bool(screen.questions))
    # The count is said once, in the sentence it belongs to.
    assert screen.questions[0].startswith(said), screen.questions[0]
    assert sorted(buttons[0]) == sorted([close_label, back_label])
    qtbot.wait(50)
    assert window.isVisible()
    assert line.text() == figure  # nothing the user typed is gone

    screen.yes = True  # "close without saving them"
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible())
    assert len(screen.questions) == 2
    assert workbook.stored(ROUND, "/staff/holiday_pay_liability") == 500000


def test_a_confirmed_warning_is_shown_as_settled_and_can_be_confirmed_at_its_question(
    qtbot: QtBot, make_window: WindowFactory, workbook: Workbook
) -> None:
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QInputDialog, QWidget

    from desktop.ui.form.field_row import WARNING_COLOUR

    workbook.set_json("2022-1", "/premises/estimated_annual_rent", 3_100_000, "fi")
    workbook.set_json("2022-2", "/premises/estimated_annual_rent", 5_000_000, "fi")
    window = make_window(workbook)
    window.set_language("sv")
    window.open_round("2022-2")
    pointer = "/premises/estimated_annual_rent"
    panel = window.panel
    qtbot.waitUntil(lambda: any(e.pointer == pointer and e.warning for e in panel.entries))
    assert "kontrollera" in panel.summary.text()
    page = window.open_section("premises")
    assert page is not None
    row = page.rows["estimated_annual_rent"]
    assert row.message is not None and row.message.isVisible()

    def colour() -> object:
        assert row.message is not None
        return row.message.palette().color(QPalette.ColorRole.WindowText)

    assert colour() == WARNING_COLOUR
    # Confirmed at the question itself, with a short explanation.
    button = row.explain_button
    assert button is not None and button.isVisible()

    def answer(dialog: QWidget) -> None:
        if isinstance(dialog, QInputDialog):
            dialog.setTextValue("Nya lokaler hyrs från 2023")
            QTimer.singleShot(0, dialog.accept)

    dialogs.opened.append(answer)
    try:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "Bekräftad: Nya lokaler hyrs från 2023" in row.message.text())  # type: ignore[union-attr]
    finally:
        dialogs.opened.remove(answer)
    # Settled: quiet under the question, and the panel no longer asks to check it.
    assert colour() != WARNING_COLOUR
    qtbot.waitUntil(lambda: "kontrollera" not in panel.summary.text())
    assert "1 anmärkning bekräftad" in panel.summary.text()
    (entry,) = [e for e in panel.entries if e.pointer == pointer]
    assert "Nya lokaler hyrs från 2023" in entry.text
    texts = [panel.view.item(i).text() for i in range(panel.view.count())]
    assert not any(t.startswith("Anmärkningar: kontrollera") for t in texts)
    assert workbook.problems("2022-2") and any(
        p.explanation == "Nya lokaler hyrs från 2023" for p in workbook.problems("2022-2")
    )

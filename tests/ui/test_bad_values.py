"""Values no answer can be, typed or pasted into the window: told plainly, nothing stored."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from desktop.workbook import Workbook
from tests.ui.conftest import ROUND, WindowFactory
from tests.ui.exporting import Screen
from tests.ui.user import User


def test_a_number_of_thousands_of_digits_pasted_is_refused(
    qtbot: QtBot, make_window: WindowFactory, workbook: Workbook, screen: Screen
) -> None:
    window = make_window(workbook)
    page = window.open_section("premises")
    assert page is not None
    line = page.editor("estimated_annual_rent").focus_widget()
    assert isinstance(line, QLineEdit)
    user = User(qtbot, window)
    user.focus(line)
    QApplication.clipboard().setText("9" * 30_000)
    qtbot.keyClick(line, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    user.tab()  # leaving the question saves it
    pointer = "/premises/estimated_annual_rent"
    qtbot.waitUntil(lambda: pointer in window.session.typed_errors)  # type: ignore[union-attr]
    assert "liian suuri luku" in window.session.typed_errors[pointer]  # type: ignore[union-attr]
    assert screen.boxes == []
    assert workbook.stored(ROUND, "/premises/estimated_annual_rent") is None
    assert window.isVisible()


def test_an_answer_refused_as_typed_is_not_said_to_be_saving(
    qtbot: QtBot, make_window: WindowFactory, workbook: Workbook
) -> None:
    window = make_window(workbook)
    page = window.open_section("premises")
    assert page is not None
    line = page.editor("estimated_annual_rent").focus_widget()
    assert isinstance(line, QLineEdit)
    user = User(qtbot, window)
    user.focus(line)
    user.type("abc")
    user.tab()
    pointer = "/premises/estimated_annual_rent"
    qtbot.waitUntil(lambda: pointer in window.session.typed_errors)  # type: ignore[union-attr]
    status = window.save_status.label
    # Not "Tallennetaan…" for ever: what is typed there is not saved until it is corrected.
    qtbot.waitUntil(lambda: status.text() != "Tallennetaan…", timeout=2000)
    assert status.text() == "Tallentamatta, koska ei kelpaa: 1 (katso Korjattavaa)"
    user.focus(line)
    user.type("3 100 000")
    user.tab()
    qtbot.waitUntil(lambda: workbook.stored(ROUND, pointer) == 3_100_000)
    qtbot.waitUntil(lambda: status.text().startswith("Tallennettu "))

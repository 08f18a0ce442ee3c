"""From the Korjattavaa list by keyboard: Enter shows the question, Tab goes on in order."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.commands.demo import fill_round
from desktop.ui.form.problems_panel import POINTER_ROLE
from desktop.ui.shell.main_window import MainWindow
from desktop.workbook import Workbook
from tests.ui.conftest import WindowFactory

ROUND = "2022-3"
WARNED = "staff_lists_planned_date"


def _warned_window(qtbot: QtBot, make_window: WindowFactory, workbook: Workbook) -> MainWindow:
    fill_round(workbook, ROUND)
    workbook.set_json(ROUND, "/staff/staff_lists_confirmed", False, "fi")
    # Before the round opened: a warning to check, far down the staff page.
    workbook.set_json(ROUND, f"/staff/{WARNED}", "2022-08-31", "fi")
    window = make_window(workbook)
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: window.width() == 1024)
    window.open_round(ROUND)
    page = window.open_section("staff")
    assert page is not None
    page.verticalScrollBar().setValue(0)  # the page is read from its top
    window.focus_problems()
    view = window.panel.view
    qtbot.waitUntil(lambda: any(e.warning for e in window.panel.entries))
    for index in range(view.count()):
        if view.item(index).data(POINTER_ROLE) == f"/staff/{WARNED}":
            view.setCurrentRow(index)
    assert view.currentItem() is not None
    assert view.currentItem().data(POINTER_ROLE) == f"/staff/{WARNED}"
    return window


def test_enter_on_a_warning_shows_its_question_on_the_screen(
    qtbot: QtBot, make_window: WindowFactory, workbook: Workbook
) -> None:
    window = _warned_window(qtbot, make_window, workbook)
    qtbot.keyClick(window.panel.view, Qt.Key.Key_Return)
    page = window.current_page()
    assert page is not None
    qtbot.waitUntil(lambda: page.question_of(QApplication.focusWidget()) == WARNED)
    viewport = page.viewport()

    def on_screen() -> tuple[int, int]:
        focused = QApplication.focusWidget()
        top = focused.mapTo(viewport, QPoint(0, 0)).y()
        return top, top + focused.height()

    # The question the focus is in is on the screen once the page is laid out, not below
    # its edge, and stays there.
    qtbot.waitUntil(lambda: on_screen()[0] >= 0 and on_screen()[1] <= viewport.height())
    qtbot.wait(300)
    top, bottom = on_screen()
    assert top >= 0 and bottom <= viewport.height(), (top, bottom, viewport.height())


def test_tab_from_the_list_goes_to_the_confirm_button_under_it(
    qtbot: QtBot, make_window: WindowFactory, workbook: Workbook
) -> None:
    window = _warned_window(qtbot, make_window, workbook)
    button = window.panel.explain_button
    qtbot.waitUntil(lambda: button.isVisible() and button.isEnabled())
    view = window.panel.view
    qtbot.waitUntil(lambda: view.hasFocus())
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is button
    qtbot.keyClick(button, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is view

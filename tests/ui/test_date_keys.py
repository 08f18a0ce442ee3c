"""A date question by keyboard: Alt+Down or F4 opens its calendar, arrows and Enter pick a day;
a two-digit year typed ("15.9.22") is read as 2022 and written out whole."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.ui.form.fields.lines import DateEditor
from desktop.ui.shell.main_window import MainWindow
from desktop.workbook import Workbook
from tests.ui.conftest import ROUND, WindowFactory
from tests.ui.user import User, type_text

POINTER = "/premises/lease_planned_date"
ALT = Qt.KeyboardModifier.AltModifier
NONE = Qt.KeyboardModifier.NoModifier


def _date(
    qtbot: QtBot, make_window: WindowFactory, workbook: Workbook
) -> tuple[MainWindow, DateEditor]:
    workbook.set_json(ROUND, "/premises/lease_status", "not_started")  # asks for the date
    window = make_window(workbook)
    page = window.open_section("premises")
    assert page is not None
    editor = page.editor("lease_planned_date")
    assert isinstance(editor, DateEditor)
    User(qtbot, window).focus(editor.line)
    return window, editor


def _stop(window: MainWindow) -> None:
    for session in window.sessions.values():  # no check after the database closes
        session.stop_checking()


@pytest.mark.parametrize(("key", "modifier"), [(Qt.Key.Key_Down, ALT), (Qt.Key.Key_F4, NONE)])
def test_alt_down_or_f4_opens_the_calendar_and_enter_picks_the_day(
    qtbot: QtBot,
    make_window: WindowFactory,
    workbook: Workbook,
    key: Qt.Key,
    modifier: Qt.KeyboardModifier,
) -> None:
    window, editor = _date(qtbot, make_window, workbook)
    qtbot.keyClick(editor.line, key, modifier)
    qtbot.waitUntil(lambda: editor.calendar is not None and editor.calendar.isVisible())
    calendar = editor.calendar
    assert calendar is not None
    # The keys go to the calendar: it opens on the round's first month.
    qtbot.waitUntil(lambda: calendar.isAncestorOf(QApplication.focusWidget()))
    assert calendar.selectedDate().month() == 1
    focused = QApplication.focusWidget()
    assert focused is not None
    calendar.setSelectedDate(QDate(2022, 1, 17))
    qtbot.keyClick(focused, Qt.Key.Key_Right)
    qtbot.keyClick(focused, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not calendar.isVisible())
    assert editor.line.text() == "18.1.2022"
    qtbot.waitUntil(lambda: workbook.stored(ROUND, POINTER) == "2022-01-18")
    # The keys are back in the line (the window's focus: offscreen, a closed popup leaves
    # the window inactive, where a screen gives it back).
    assert window.focusWidget() is editor.line
    window.activateWindow()
    qtbot.waitUntil(editor.line.hasFocus)

    # Escape closes it, leaving the date as it was.
    qtbot.keyClick(editor.line, key, modifier)
    qtbot.waitUntil(calendar.isVisible)
    qtbot.waitUntil(lambda: calendar.isAncestorOf(QApplication.focusWidget()))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: not calendar.isVisible())
    assert editor.line.text() == "18.1.2022"
    _stop(window)


def test_a_two_digit_year_is_read_as_this_century(
    qtbot: QtBot, make_window: WindowFactory, workbook: Workbook
) -> None:
    window, editor = _date(qtbot, make_window, workbook)
    type_text(qtbot, editor.line, "15.9.22")
    User(qtbot, window).tab()
    qtbot.waitUntil(lambda: workbook.stored(ROUND, POINTER) == "2022-09-15")
    assert editor.line.text() == "15.9.2022"  # written out whole, as it is read
    assert window.session is not None and POINTER not in window.session.typed_errors
    _stop(window)

"""A logout or shutdown (SIGTERM, the session ending) closes the window without waiting on a
question, also while an answer typed does not fit: what can be saved is saved."""

from __future__ import annotations

import signal
import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.ui.shell.app import _CloseOnTerminate
from desktop.ui.shell.main_window import MainWindow
from desktop.workbook import Workbook
from tests.ui.conftest import ROUND, WindowFactory
from tests.ui.user import User, type_text

RENT = "/premises/estimated_annual_rent"
TITLE = "/background/respondent_title"


def _refused_and_typed(qtbot: QtBot, window: MainWindow) -> None:
    """A figure refused as typed, and then a title typed and not yet saved."""
    user = User(qtbot, window)
    page = window.open_section("premises")
    assert page is not None
    rent = page.editor("estimated_annual_rent").focus_widget()
    assert isinstance(rent, QLineEdit)
    user.focus(rent)
    user.type("abc")
    user.tab()
    qtbot.waitUntil(lambda: RENT in window.session.typed_errors)  # type: ignore[union-attr]
    page = window.open_section("background")
    assert page is not None
    title = page.editor("respondent_title").focus_widget()
    assert isinstance(title, QLineEdit)
    user.focus(title)
    type_text(qtbot, title, "Talousjohtaja")


def _questions() -> list[QMessageBox]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.isVisible() and w.objectName() == "questionBox"
    ]


def _terminate(qtbot: QtBot, window: MainWindow) -> None:
    terminating = _CloseOnTerminate(window)
    qtbot.waitUntil(lambda: bool(terminating.previous))  # installed once the window is up
    try:
        signal.raise_signal(signal.SIGTERM)
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=3000)
    finally:
        terminating.end()


@pytest.mark.skipif(sys.platform == "win32", reason="raises SIGTERM in the test's process")
def test_sigterm_with_an_answer_refused_closes_and_saves_the_rest(
    qtbot: QtBot, make_window: WindowFactory, workbook: Workbook
) -> None:
    window = make_window(workbook)
    _refused_and_typed(qtbot, window)
    _terminate(qtbot, window)
    assert _questions() == []
    assert workbook.stored(ROUND, TITLE) == "Talousjohtaja"
    assert workbook.stored(ROUND, RENT) is None  # "abc" is no figure: lost, as was told


@pytest.mark.skipif(sys.platform == "win32", reason="raises SIGTERM in the test's process")
def test_sigterm_while_the_close_question_is_open_closes_all_the_same(
    qtbot: QtBot, make_window: WindowFactory, workbook: Workbook
) -> None:
    window = make_window(workbook)
    _refused_and_typed(qtbot, window)
    window.close()  # the user closes: asked whether to close without the refused answer
    qtbot.waitUntil(lambda: bool(_questions()))
    assert window.isVisible()
    _terminate(qtbot, window)
    qtbot.waitUntil(lambda: _questions() == [])
    assert workbook.stored(ROUND, TITLE) == "Talousjohtaja"


def test_the_session_ending_saves_and_then_closes_without_asking(
    qtbot: QtBot, make_window: WindowFactory, workbook: Workbook
) -> None:
    window = make_window(workbook)
    _refused_and_typed(qtbot, window)
    terminating = _CloseOnTerminate(window)
    try:
        terminating.session_ending()  # the session manager's commitDataRequest
        assert workbook.stored(ROUND, TITLE) == "Talousjohtaja"
        assert window.isVisible()  # a logout may yet be cancelled: the window stays
        window.close()  # the session manager closes the windows as it ends
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=3000)
        assert _questions() == []
    finally:
        terminating.end()


def _no(qtbot: QtBot) -> None:
    box = _questions()[0]
    box.button(QMessageBox.StandardButton.No).click()
    qtbot.waitUntil(lambda: _questions() == [])


def test_a_logout_cancelled_leaves_the_window_asking_once_the_user_is_back(
    qtbot: QtBot, make_window: WindowFactory, workbook: Workbook
) -> None:
    window = make_window(workbook)
    _refused_and_typed(qtbot, window)
    terminating = _CloseOnTerminate(window)
    try:
        terminating.session_ending()  # the logout is then cancelled: no quit follows
        user = User(qtbot, window)
        qtbot.keyClick(user.focused(), Qt.Key.Key_End)  # the user goes on typing
        window.close()  # and later closes, with Ctrl+Q or the menu
        qtbot.waitUntil(lambda: bool(_questions()))
        assert window.isVisible()
        _no(qtbot)
        assert window.isVisible()
        # Another logout, and this one goes through.
        terminating.session_ending()
        window.close()  # the session's end: a quit that closes the windows (not sent here,
        # as it would leave the tests' application quitting)
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=3000)
        assert _questions() == []
    finally:
        terminating.end()


class _WindowSystemClose(QCloseEvent):
    """The title bar's close button, as the window system tells it (not made offscreen)."""

    def spontaneous(self) -> bool:
        return True


def test_a_logout_cancelled_leaves_the_title_bars_close_asking(
    qtbot: QtBot, make_window: WindowFactory, workbook: Workbook
) -> None:
    window = make_window(workbook)
    _refused_and_typed(qtbot, window)
    terminating = _CloseOnTerminate(window)
    try:
        terminating.session_ending()
        event = _WindowSystemClose()
        window.closeEvent(event)
        assert not event.isAccepted()
        qtbot.waitUntil(lambda: bool(_questions()))
        _no(qtbot)
        assert window.isVisible()
    finally:
        terminating.end()
        window.close_unasked()

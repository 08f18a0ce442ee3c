"""A save that fails while the user types is told in a band in the window, not in a box.

The tester typed "Kirjasto levy täynnä" into a table on a full disk: the box
that opened in the pause after "Kirjasto" took the next keys, the space
closed it unread, and the cell got "levy täynnä". The band above the
questions takes no keys and no focus: it says the answers are kept in the
window and saved once there is room, and offers to try again now.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from desktop.storage import StorageError
from desktop.ui.form import session as session_module
from desktop.ui.shell.main_window import MainWindow
from desktop.workbook import Workbook
from tests.ui.conftest import ROUND, WindowFactory
from tests.ui.exporting import Screen
from tests.ui.user import User, type_text


@pytest.fixture
def slow_retry(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(session_module, "RETRY_MS", 60_000)  # only the user's retry


class FullDisk:
    """The data folder's disk, full until ``free``: every write fails as SQLite's would."""

    def __init__(self, workbook: Workbook, monkeypatch: pytest.MonkeyPatch) -> None:
        self.full = True
        store = workbook.store
        folder = str(store.paths.root)
        original = store.set_answer

        def set_answer(*args: object, **kwargs: object) -> object:
            if self.full:
                raise StorageError("storage.database.disk_full", path=folder)
            return original(*args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(store, "set_answer", set_answer)

    def free(self) -> None:
        self.full = False


def _type_where_the_focus_is(qtbot: QtBot, text: str) -> None:
    """As a person types: each key goes to whatever has the focus at that moment."""
    for char in text:
        focused = QApplication.focusWidget()
        assert focused is not None
        type_text(qtbot, focused, char)


def _banner(window: MainWindow) -> QWidget | None:
    found = window.findChild(QWidget, "saveFailureBanner")
    return found if found is not None and found.isVisible() else None


def test_a_full_disk_while_typing_takes_no_keys_and_is_told_in_the_window(
    qtbot: QtBot,
    slow_retry: None,
    make_window: WindowFactory,
    workbook: Workbook,
    screen: Screen,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window(workbook)
    page = window.open_section("background")
    assert page is not None
    line = page.editor("respondent_name").focus_widget()
    assert isinstance(line, QLineEdit)
    User(qtbot, window).focus(line)
    disk = FullDisk(workbook, monkeypatch)

    _type_where_the_focus_is(qtbot, "Kirjasto")
    qtbot.waitUntil(lambda: _banner(window) is not None)  # the pause: saving it failed
    _type_where_the_focus_is(qtbot, " levy täynnä")

    assert line.text() == "Kirjasto levy täynnä"
    assert QApplication.focusWidget() is line
    assert screen.boxes == [], "no box opened over the typing"
    banner = _banner(window)
    assert banner is not None
    text = banner.findChild(QLabel, "saveFailureText")
    assert text is not None
    told = text.text()
    assert "Levy on täynnä" in told
    assert "Vastaukset pysyvät ikkunassa" in told
    # The data folder is named whole: no line may break inside it (word joiners between its
    # characters; Qt would break after each slash).
    folder = str(workbook.store.paths.root)
    joined = "\u2060".join(folder)
    assert f'<span style="white-space:nowrap">{joined}</span>' in told

    disk.free()
    retry = banner.findChild(QPushButton, "retrySaving")
    assert retry is not None
    retry.click()
    assert workbook.stored(ROUND, "/background/respondent_name") == "Kirjasto levy täynnä"
    assert _banner(window) is None
    assert QApplication.focusWidget() is line

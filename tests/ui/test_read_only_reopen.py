"""A data folder opened read-only saves once it may be written to again.

The tester opened a folder that could only be read (the band said so), typed an
answer, gave the folder write access back and pressed "Yritä nyt": it failed
again and again, and closing said the answer would be lost. The read-only
connection was never replaced. Now the retry (the automatic one and "Yritä nyt")
opens the database for writing as a start does, and saves what waits.

Tests run as root, who may write anywhere: the folder is read-only here because
opening it for writing is refused, as it is for a user without the right.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from desktop.paths import DataPaths
from desktop.storage import Profile, StorageError, Store
from desktop.ui.form import session as session_module
from desktop.ui.shell.main_window import MainWindow
from desktop.workbook import Workbook
from tests.ui.conftest import ROUND, WindowFactory
from tests.ui.user import User, type_text

NAME = "/background/respondent_name"


class Permissions:
    """Whether this user may write in the data folder: opening for writing is refused as
    SQLite refuses it in a folder without the right, until ``grant``."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.writable = False
        self.opened_for_writing = 0
        opening = Store._open.__func__  # type: ignore[attr-defined]

        def _open(cls: type[Store], paths: DataPaths, *, backup: bool, wait: bool) -> Store:
            if not self.writable:
                raise StorageError("storage.database.read_only", path=str(paths.root))
            self.opened_for_writing += 1
            return opening(cls, paths, backup=backup, wait=wait)  # type: ignore[no-any-return]

        monkeypatch.setattr(Store, "_open", classmethod(_open))

    def grant(self) -> None:
        self.writable = True


@pytest.fixture
def slow_retry(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(session_module, "RETRY_MS", 60_000)  # only the user's retry


@pytest.fixture
def read_only(
    data_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[Workbook, Permissions, StorageError]]:
    with Store.open(data_paths) as store:
        store.save_profile(Profile("211", contact_name="Anna Mäkelä"))
    permissions = Permissions(monkeypatch)
    with pytest.raises(StorageError) as refused:
        Store.open(data_paths)
    store = Store.open_for_reading(data_paths)  # as the window opens such a folder
    try:
        yield Workbook(store), permissions, refused.value
    finally:
        store.close()


def _band(window: MainWindow) -> str | None:
    found = window.findChild(QWidget, "saveFailureBanner")
    if found is None or not found.isVisible():
        return None
    text = found.findChild(QLabel, "saveFailureText")
    assert text is not None
    return text.text().replace("\u2060", "")


def _type_name(qtbot: QtBot, window: MainWindow, text: str) -> QLineEdit:
    page = window.open_section("background")
    assert page is not None
    line = page.editor("respondent_name").focus_widget()
    assert isinstance(line, QLineEdit)
    User(qtbot, window).focus(line)
    line.clear()
    type_text(qtbot, line, text)
    return line


def test_try_now_saves_once_the_folder_may_be_written_again(
    qtbot: QtBot,
    slow_retry: None,
    make_window: WindowFactory,
    read_only: tuple[Workbook, Permissions, StorageError],
    data_paths: DataPaths,
) -> None:
    workbook, permissions, refused = read_only
    window = make_window(workbook)
    window.save_status.tell_read_only(refused)
    assert "vain luettaviksi" in (_band(window) or "")

    _type_name(qtbot, window, "Maija")
    qtbot.waitUntil(lambda: window.save_status.unsaved_count() == 1)
    told = _band(window) or ""
    # Still read-only: said plainly, with what to do about it.
    assert str(data_paths.root) in told
    assert "vain luku" in told and "kirjoitusoikeus" in told
    assert "tallennetaan, kun kansioon voi taas kirjoittaa" in told
    assert "tallentamattomat vastaukset menetetään" in told

    permissions.grant()
    banner = window.findChild(QWidget, "saveFailureBanner")
    assert banner is not None
    retry = banner.findChild(QPushButton, "retrySaving")
    assert retry is not None and retry.isVisible()
    retry.click()

    assert window.save_status.unsaved_count() == 0
    assert _band(window) is None, "the read-only band goes once the folder can be written"
    assert window.save_status.ask_before_closing(lambda: None), "nothing is lost on closing"
    assert permissions.opened_for_writing == 1, "opened for writing as a start opens it"
    window.close()
    workbook.store.close()
    with Store.open(data_paths) as again:  # saved for good, and the folder's lock let go
        assert again.get_answer(ROUND, NAME) == "Maija"


def test_the_automatic_retry_saves_once_the_folder_may_be_written_again(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    make_window: WindowFactory,
    read_only: tuple[Workbook, Permissions, StorageError],
    data_paths: DataPaths,
) -> None:
    monkeypatch.setattr(session_module, "RETRY_MS", 50)
    workbook, permissions, refused = read_only
    window = make_window(workbook)
    window.save_status.tell_read_only(refused)
    _type_name(qtbot, window, "Maija")
    qtbot.waitUntil(lambda: window.save_status.unsaved_count() == 1)
    qtbot.wait(200)
    assert window.save_status.unsaved_count() == 1, "still read-only: still waiting"

    permissions.grant()
    qtbot.waitUntil(lambda: window.save_status.unsaved_count() == 0)
    assert _band(window) is None
    assert workbook.stored(ROUND, NAME) == "Maija"
    assert QApplication.focusWidget() is not None


def test_a_folder_writable_again_before_any_typing_saves_at_the_first_answer(
    qtbot: QtBot,
    make_window: WindowFactory,
    read_only: tuple[Workbook, Permissions, StorageError],
) -> None:
    workbook, permissions, refused = read_only
    window = make_window(workbook)
    window.save_status.tell_read_only(refused)
    permissions.grant()
    line = _type_name(qtbot, window, "Maija")
    line.clearFocus()  # the answer is saved as the focus leaves
    qtbot.waitUntil(lambda: workbook.stored(ROUND, NAME) == "Maija")
    assert window.save_status.unsaved_count() == 0
    assert _band(window) is None

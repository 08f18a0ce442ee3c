"""Text typed without a pause is saved while the user keeps typing, not only at the end."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from desktop.paths import DataPaths
from desktop.storage import Store
from desktop.ui.form.session import MAX_WAIT_MS
from desktop.ui.shell.main_window import MainWindow
from desktop.workbook import Workbook
from tests.ui.conftest import ROUND
from tests.ui.user import User, type_text

SENTENCE = "Talousjohtaja ja hallintojohtaja"
POINTER = "/background/respondent_title"


def stored_elsewhere(paths: DataPaths) -> object:
    """What another program (or the window started again after a kill) reads."""
    with Store.open_for_reading(paths) as other:
        return Workbook(other).stored(ROUND, POINTER)


def test_steady_typing_is_saved_before_the_typing_stops(
    qtbot: QtBot, window: MainWindow, workbook: Workbook, data_paths: DataPaths
) -> None:
    page = window.open_section("background")
    assert page is not None
    user = User(qtbot, window)
    line = page.editor("respondent_title").focus_widget()
    assert isinstance(line, QLineEdit)
    user.focus(line)
    status = window.save_status.label
    commits: list[object] = []
    assert window.session is not None
    window.session.committed.connect(lambda pointer, value: commits.append(value))

    typed = ""
    saved_while_typing: list[object] = []
    for char in SENTENCE:  # five keys a second, never a pause long enough to save
        type_text(qtbot, line, char)
        typed += char
        # The key just typed is not saved yet: the status never says it is.
        assert status.text() == "Tallennetaan…"
        qtbot.wait(200)
        if len(typed) in (10, 20, 30):
            saved_while_typing.append(stored_elsewhere(data_paths))
    assert line.hasFocus()
    # Each time, what a new connection reads is what was typed up to a moment before:
    # at most the last second and a half of typing is waiting.
    for count, value in zip((10, 20, 30), saved_while_typing, strict=True):
        assert isinstance(value, str) and SENTENCE.startswith(value), value
        assert len(value) >= count - (MAX_WAIT_MS // 200 + 2), (count, value)

    # Once the user pauses, all of it is saved and the status says so.
    qtbot.waitUntil(lambda: stored_elsewhere(data_paths) == SENTENCE)
    qtbot.waitUntil(lambda: status.text().startswith("Tallennettu"))
    # Each save is one entry in the audit log, as any other save.
    audited = [e for e in workbook.store.audit_log(ROUND) if e.pointer == POINTER]
    assert len(audited) == len(commits) >= 4

"""Enter in the key's dialog after a key is made: it must not ask to make another."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.ui.shell.main_window import MainWindow
from desktop.ui.submitting.key_dialogs import KeyDialog, NewKeyDialog
from tests.ui.exporting import WAIT_MS, Screen, wait_for_box


def test_enter_after_a_key_is_made_does_not_make_another(
    qtbot: QtBot, window: MainWindow, screen: Screen
) -> None:
    window.menu.key.trigger()
    dialog = screen.last(KeyDialog)
    assert isinstance(dialog, KeyDialog)
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.create_button.setFocus()
    qtbot.keyClick(dialog.create_button, Qt.Key.Key_Return)
    new = screen.last(NewKeyDialog)
    assert isinstance(new, NewKeyDialog)
    qtbot.keyClick(new.first, Qt.Key.Key_Return)
    assert wait_for_box(qtbot, screen)[0] == "Avain luotu"
    qtbot.waitUntil(lambda: dialog.details.isVisible(), timeout=WAIT_MS)
    # The message closed, the key's dialog is active again: the keyboard goes to the widget
    # it gives the focus to. Enter there must not press the hidden "create" button.
    focused = dialog.focusWidget()
    assert focused is not None and focused.isVisible()
    assert not dialog.create_button.isDefault()
    qtbot.keyClick(focused, Qt.Key.Key_Return)
    qtbot.wait(100)
    assert len([d for d in screen.dialogs if isinstance(d, NewKeyDialog)]) == 1
    assert screen.boxes[1:] == []  # no "a key exists already" either

"""The problems panel is hidden and shown again by keyboard: a checkable item of the View menu
with a shortcut, its Alt letter unique in that menu in every language; F9 still brings the
panel back."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from desktop.ui.shell.main_window import MainWindow

NAMES = {"fi": "Korjattavaa-paneeli", "sv": "Panelen Att rätta", "en": "To fix panel"}


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_the_view_menu_hides_and_shows_the_problems_panel(
    qtbot: QtBot, window: MainWindow, lang: str
) -> None:
    window.set_language(lang)  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: not window.dock.isHidden())  # the round lists what to fix
    menu = window.menu.view_menu
    item = next(a for a in menu.actions() if a.text().replace("&", "") == NAMES[lang])
    assert item.isCheckable() and item.isChecked()
    shortcut = item.shortcut()
    assert not shortcut.isEmpty()
    # Each Alt letter once in the menu.
    letters = [
        m.group(1).lower()
        for a in menu.actions()
        if (m := re.search(r"&([^&])", a.text())) is not None
    ]
    assert len(letters) == len(set(letters)), letters
    # Listed under Help → Shortcuts with its keys.
    keys = shortcut.toString(QKeySequence.SequenceFormat.NativeText)
    assert (keys, NAMES[lang]) in window.menu.shortcut_list()

    qtbot.keyClick(window, shortcut[0].key(), shortcut[0].keyboardModifiers())
    qtbot.waitUntil(lambda: window.dock.isHidden())
    assert not item.isChecked()
    window.session.check()  # type: ignore[union-attr]  # problems told again: it stays hidden
    assert window.dock.isHidden()
    qtbot.keyClick(window, shortcut[0].key(), shortcut[0].keyboardModifiers())
    qtbot.waitUntil(lambda: not window.dock.isHidden())
    assert item.isChecked()

    # Closed with its own ×: the item says so, and F9 brings it back with the keyboard in it.
    window.dock.close()
    assert not item.isChecked()
    qtbot.keyClick(window, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: not window.dock.isHidden())
    assert item.isChecked()
    qtbot.waitUntil(window.panel.view.hasFocus)

"""The File menu as a first-time official reads it: the two package commands tell what each
does, and the coordinator's command is out of the official's way, its shortcut still working."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.i18n import Lang
from desktop.ui.coordinator.window import CoordinatorWindow
from desktop.ui.shell.main_window import MainWindow

WORDS: dict[Lang, tuple[str, str]] = {
    # (what opening a package says, what importing one says)
    "fi": ("mitään ei tallenneta", "tämän koneen lähetykseksi"),
    "sv": ("inget sparas", "inskickning på den här datorn"),
    "en": ("nothing is kept", "submission on this computer"),
}


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_open_and_import_say_what_each_does(window: MainWindow, lang: Lang) -> None:
    window.set_language(lang)
    menu = window.menu
    opened, imported = WORDS[lang]
    for action, said in ((menu.open_package, opened), (menu.import_package, imported)):
        assert said in action.statusTip(), (action.text(), action.statusTip())
        assert action.toolTip() == action.statusTip()  # shown on hovering the menu too
    assert menu.file_menu.toolTipsVisible()


def test_the_coordinator_s_command_is_not_in_the_official_s_file_menu(
    qtbot: QtBot, window: MainWindow
) -> None:
    menu = window.menu
    assert menu.received not in menu.file_menu.actions()
    coordinator = menu.coordinator_menu
    assert menu.received in coordinator.actions()
    assert coordinator.menuAction() in menu.file_menu.actions()
    assert coordinator.title().replace("&", "") == "Koordinaattorille"
    # Its shortcut still opens the coordinator's window.
    qtbot.keyClick(
        window,
        Qt.Key.Key_O,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )

    def opened() -> bool:
        return any(
            isinstance(w, CoordinatorWindow) and w.isVisible()
            for w in QApplication.topLevelWidgets()
        )

    qtbot.waitUntil(opened)
    for made in QApplication.topLevelWidgets():
        if isinstance(made, CoordinatorWindow):
            made.close()

"""Help → Ohje: a short page on what the colours mean, where the files go and how to send."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.i18n import Lang
from desktop.paths import DataPaths
from desktop.ui.shell.main_window import MainWindow
from tests.ui.exporting import Screen, wait_for_box

# What the page says in each language: its title, and words of what it explains.
SAID: dict[Lang, tuple[str, list[str]]] = {
    "fi": ("Ohje", ["Punainen", "Keltainen", "Lisää rivi", "Lähetä"]),
    "sv": ("Hjälp", ["Rött", "Gult", "Lägg till rad", "Skicka"]),
    "en": ("Help", ["Red", "Yellow", "Add row", "Submit"]),
}


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_the_help_page_explains_the_form_and_shows_where_files_go(
    qtbot: QtBot, window: MainWindow, screen: Screen, data_paths: DataPaths, lang: Lang
) -> None:
    sent = data_paths.root / "vienti"
    sent.mkdir(parents=True, exist_ok=True)
    window.preferences.export_folder = sent
    window.set_language(lang)
    assert window.menu.guide in window.menu.help_menu.actions()
    window.menu.guide.trigger()
    title, text = wait_for_box(qtbot, screen)
    heading, words = SAID[lang]
    assert title == heading
    for word in words:
        assert word in text, (word, text)
    # The real folders, as they are on this computer.
    assert str(sent) in text
    assert str(data_paths.backups) in text
    box = screen.last(QMessageBox)
    assert isinstance(box, QMessageBox)
    assert box.textFormat() == Qt.TextFormat.PlainText  # a folder's name is shown as it is

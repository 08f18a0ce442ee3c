"""The About box: version, data folder and the licence of every part, in the user's language."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop import __version__
from desktop.licences import REGISTER, installed_dependencies, libraries
from desktop.ui.shell.about_dialog import AboutDialog
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.translations import Translations


def test_about_lists_version_folder_and_every_licence(window: MainWindow) -> None:
    window.set_language("en")
    dialog = window.show_about()
    assert isinstance(dialog, AboutDialog)
    text = dialog.text.toPlainText()
    assert __version__ in text
    assert str(window.paths.root) in text
    assert "EUPL-1.2" in text
    assert "LGPL-3.0" in text and "may be replaced with your own modified version" in text
    assert "DejaVu Sans" in text
    assert "CC BY 4.0" in text and "Source: Statistics Finland" in text
    for part in libraries():
        if part.name.lower().startswith(("pyside6", "shiboken6")):
            continue
        assert part.name in text and part.licence in text
    dialog.close()


def test_about_is_in_finnish_and_swedish_too(
    qtbot: QtBot, translations: Translations, tmp_path: Path
) -> None:
    for lang, attribution in (("fi", "Lähde: Tilastokeskus"), ("sv", "Källa: Statistikcentralen")):
        translations.install(lang)
        dialog = AboutDialog(tmp_path)
        qtbot.addWidget(dialog)
        assert attribution in dialog.text.toPlainText()


def test_a_data_folder_with_markup_is_shown_as_text(qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / "<b>kansio & co</b>"
    dialog = AboutDialog(folder)
    qtbot.addWidget(dialog)
    assert str(folder) in dialog.text.toPlainText()


def test_the_libraries_come_from_the_installed_metadata() -> None:
    names = {part.name.lower().replace("_", "-") for part in installed_dependencies()}
    assert {"reportlab", "pyhanko", "cryptography", "sqlite-utils"} <= names
    assert "pytest" not in names, "test tools are not part of the program"
    assert REGISTER.licence.startswith("CC-BY-4.0")

"""Every control a screen-reader user can Tab to in the dialogs has a name, in the user's
language: a table or a text box said as just "table" or "edit" tells nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop.collect.desk import Desk
from desktop.i18n import Lang
from desktop.paths import DataPaths
from desktop.ui.coordinator.trust_dialog import TrustDialog
from desktop.ui.coordinator.window import CoordinatorWindow
from desktop.ui.shell.about_dialog import AboutDialog
from desktop.ui.shell.backups_dialog import BackupsDialog
from desktop.ui.translations import Translations
from desktop.workbook import Workbook

NAMES = {
    "fi": {
        "backupsTable": "Varmuuskopiot",
        "trustedKeys": "Luotetut avaimet",
        "receivedMunicipalities": "Kunnat",
        "receivedReason": "Valitun rivin tiedot",
        "aboutText": "Tietoja ohjelmasta",
    },
    "sv": {
        "backupsTable": "Säkerhetskopior",
        "trustedKeys": "Betrodda nycklar",
        "receivedMunicipalities": "Kommuner",
        "receivedReason": "Uppgifterna om den valda raden",
        "aboutText": "Om programmet",
    },
    "en": {
        "backupsTable": "Backups",
        "trustedKeys": "Trusted keys",
        "receivedMunicipalities": "Municipalities",
        "receivedReason": "Details of the chosen row",
        "aboutText": "About",
    },
}


def name(widget: QWidget) -> str:
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)


def unnamed_tab_stops(window: QWidget) -> list[str]:
    return [
        f"{type(widget).__name__} {widget.objectName()}"
        for widget in window.findChildren(QWidget)
        if widget.isVisibleTo(window)
        and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        and widget.focusProxy() is None
        and not name(widget).strip()
    ]


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_every_tab_stop_of_the_dialogs_is_named(
    qtbot: QtBot,
    translations: Translations,
    data_paths: DataPaths,
    workbook: Workbook,
    tmp_path: Path,
    lang: Lang,
) -> None:
    translations.install(lang)
    made: list[QWidget] = [
        AboutDialog(tmp_path),
        BackupsDialog(workbook, data_paths, lang, lambda: None),
        TrustDialog(Desk.open(data_paths), lang),
        CoordinatorWindow(data_paths, lang, workers=1),
    ]
    names: dict[str, str] = {}
    for window in made:
        qtbot.addWidget(window)
        window.show()
        assert unnamed_tab_stops(window) == [], type(window).__name__
        names.update((w.objectName(), name(w)) for w in window.findChildren(QWidget))
    for key, wanted in NAMES[lang].items():
        assert names[key] == wanted, key

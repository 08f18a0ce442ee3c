"""A window left alone stays idle: nothing lays itself out again and again."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QEvent, QObject
from pytestqt.qtbot import QtBot

from desktop.i18n import Lang
from desktop.paths import DataPaths
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.settings import Preferences
from desktop.ui.translations import Translations
from desktop.workbook import Workbook


class _Resizes(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.count += 1
        return False


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
@pytest.mark.parametrize("size", [(1024, 700), (1400, 900)])
def test_the_round_list_settles_when_rounds_are_sent_and_closed(
    qtbot: QtBot,
    translations: Translations,
    workbook: Workbook,
    data_paths: DataPaths,
    lang: Lang,
    size: tuple[int, int],
) -> None:
    for sent in ("2022-1", "2022-2"):  # marked sent on the list
        workbook.store.record_submission(
            sent, package_name=f"{sent}.asice", package=b"-", report=b"-", signer_fingerprint="-"
        )
    translations.install(lang)
    # Long after the rounds closed, as on the day the official looks back at them.
    window = MainWindow(
        workbook, data_paths, translations, Preferences(data_paths), lang, today=date(2026, 12, 1)
    )
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.width() == size[0])
    qtbot.wait(300)
    resizes = _Resizes()
    listing = window.navigation.round_list
    listing.viewport().installEventFilter(resizes)
    qtbot.wait(300)
    assert resizes.count == 0  # laid out once, not again every turn of the event loop
    # Every round is on the list, and the sections below it keep room of their own.
    assert listing.count() == 3
    assert window.navigation.sections.height() >= window.navigation.height() // 3

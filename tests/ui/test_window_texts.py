"""Texts the user reads in the window: whole problem sentences, Qt's own dialogs in the
window's language, who sent a submission."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from desktop.i18n import Lang
from desktop.ui import dialogs
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.translations import Translations
from desktop.workbook import Workbook
from tests.ui.conftest import ROUND


def test_every_problem_sentence_is_shown_whole_at_1024x700(
    qtbot: QtBot, window: MainWindow, workbook: Workbook
) -> None:
    window.resize(1024, 700)
    workbook.set_text(ROUND, "/background/respondent_email", "kaisa(at)kunta")
    assert window.session is not None
    window.session.show_all()  # as when the user asks for the list (F9)
    window.session.check()
    view = window.panel.view
    qtbot.waitUntil(lambda: view.count() > 20)
    qtbot.wait(50)
    metrics = view.fontMetrics()
    clipped = []
    for row in range(view.count()):
        item = view.item(row)
        rect = view.visualItemRect(item)
        needed = metrics.boundingRect(
            QRect(0, 0, rect.width() - 8, 100_000), Qt.TextFlag.TextWordWrap, item.text()
        )
        if rect.height() < needed.height() or rect.width() > view.viewport().width():
            clipped.append(item.text())
    assert clipped == []
    # Rows follow one another without overlapping.
    rects = [view.visualItemRect(view.item(row)) for row in range(view.count())]
    assert all(a.bottom() < b.top() for a, b in itertools.pairwise(rects))


@pytest.mark.parametrize(
    ("lang", "english"),
    [("fi", ("Look in", "Files of type")), ("sv", ("Look in", "Files of type"))],
)
def test_file_and_folder_dialogs_speak_the_window_s_language(
    qtbot: QtBot, translations: Translations, tmp_path: Path, lang: Lang, english: tuple[str, ...]
) -> None:
    translations.install(lang)
    for dialog in (
        dialogs.choose_folder(None, "x", tmp_path, lambda _chosen: None),
        dialogs.open_file(None, "x", tmp_path, "PDF (*.pdf)", lambda _chosen: None),
        dialogs.save_file(None, "x", tmp_path, "PDF (*.pdf)", lambda _chosen: None),
    ):
        qtbot.addWidget(dialog)
        shown = " ".join(label.text().replace("&", "") for label in dialog.findChildren(QLabel))
        for text in english:
            assert text not in shown
        dialog.close()

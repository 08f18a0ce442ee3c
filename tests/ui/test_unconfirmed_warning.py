"""An unconfirmed warning stops the submission: the panel and the submit say so alike."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from desktop.commands.demo import fill_round
from desktop.workbook import Workbook
from tests.ui.conftest import WindowFactory
from tests.ui.exporting import Screen, wait_for_box

ROUND = "2022-3"


def test_an_unconfirmed_warning_is_told_as_stopping_the_submission_in_the_panel_too(
    qtbot: QtBot, make_window: WindowFactory, workbook: Workbook, screen: Screen
) -> None:
    fill_round(workbook, "2022-2")
    fill_round(workbook, ROUND)
    workbook.set_json(ROUND, "/premises/estimated_annual_rent", 5_000_000, "fi")
    problems = workbook.problems(ROUND)
    assert [p.blocking for p in problems] == [False]
    window = make_window(workbook)
    window.resize(1400, 900)
    window.set_language("sv")
    window.open_round(ROUND)
    panel = window.panel
    qtbot.waitUntil(lambda: any(e.warning for e in panel.entries))
    summary = panel.summary.text()
    assert "1 anmärkning att bekräfta eller ändra innan inskickandet" in summary, summary
    assert "hindrar inte" not in summary

    window.menu.submit.trigger()
    title, text = wait_for_box(qtbot, screen)
    assert title == "Omgången kan inte skickas in ännu"
    assert "1 anmärkning" in text and "bekräfta" in text, text
    assert "sak att rätta" not in text and "Rätta den" not in text, text
    assert not any(isinstance(d, QFileDialog) for d in screen.dialogs)
    assert workbook.store.submissions(ROUND) == []

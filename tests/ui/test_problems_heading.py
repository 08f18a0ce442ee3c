"""The heading of the problems panel tells the same numbers as the text under it."""

from __future__ import annotations

import re

from pytestqt.qtbot import QtBot

from desktop.ui.shell.main_window import MainWindow


def test_the_heading_counts_what_the_text_under_it_counts(qtbot: QtBot, window: MainWindow) -> None:
    told = re.compile(r"(\d+) pakollista kysymystä vielä vastaamatta")
    qtbot.waitUntil(lambda: told.search(window.panel.summary.text()) is not None)
    match = told.search(window.panel.summary.text())
    assert match is not None
    title = window.dock.windowTitle()
    to_fix = re.search(r"(\d+) korjattavaa kohtaa", window.panel.summary.text())
    assert title.startswith(f"Korjattavaa ({to_fix.group(1) if to_fix else 0})")
    # The questions not answered yet are in the heading as well, said as such.
    assert f"vastaamatta {match.group(1)}" in title

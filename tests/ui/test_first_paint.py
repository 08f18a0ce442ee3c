"""The window shows its first screen before the round is checked; the problems follow.

Building the validators takes a moment, so the first paint does not wait for
them: the round, its sections with their progress and the first section's
answers are there at once, and the problem list fills in on the event loop's
first turn without anyone asking. The panel does not flicker: a round that had
nothing to fix when last checked opens without it.
"""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop.commands.demo import fill_round
from desktop.paths import DataPaths
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.settings import Preferences
from desktop.ui.translations import Translations
from desktop.workbook import Workbook
from tests.ui.conftest import ROUND, TODAY, WindowFactory


def _built(
    qtbot: QtBot, workbook: Workbook, data_paths: DataPaths, translations: Translations
) -> MainWindow:
    window = MainWindow(
        workbook, data_paths, translations, Preferences(data_paths), "fi", today=TODAY
    )
    qtbot.addWidget(window)
    return window


def test_the_problems_fill_in_after_the_first_screen(
    qtbot: QtBot, workbook: Workbook, data_paths: DataPaths, translations: Translations
) -> None:
    window = _built(qtbot, workbook, data_paths, translations)
    session = window.session
    assert session is not None and session.round_id == ROUND
    # Before the event loop turns: the sections with their progress, the first page.
    expected = {
        s.id: s.progress(workbook.answers(ROUND).get(s.id, {})) for s in session.round.sections
    }
    assert window.navigation.progress == expected
    assert window.current_page() is not None
    assert window.panel.count == 0  # the check has not held up the first screen

    window.show()
    # Nobody asks: the first turn of the loop checks the round and counts what is not
    # answered yet; a round not begun is not told as mistakes (see test_first_start.py).
    qtbot.waitUntil(lambda: session.not_yet_answered > 0)
    assert {p.pointer for p in session.problems} == {
        p.pointer for p in workbook.check(ROUND, workbook.answers(ROUND))
    }
    assert "vastaamatta" in window.panel.summary.text()
    assert not any(window.navigation.problems.values())
    assert window.dock.isVisible()


def test_a_round_with_nothing_to_fix_opens_without_the_panel(
    qtbot: QtBot,
    make_window: WindowFactory,
    workbook: Workbook,
    data_paths: DataPaths,
    translations: Translations,
) -> None:
    fill_round(workbook, ROUND)
    first = make_window(workbook)
    qtbot.waitUntil(lambda: not first.dock.isVisible())  # checked: nothing to fix
    first.close()

    # The next start shows no panel that would step aside a moment later.
    window = _built(qtbot, workbook, data_paths, translations)
    assert window.dock.isHidden()
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.session is not None and bool(window.session.progress))
    qtbot.wait(50)
    assert window.panel.count == 0
    assert window.dock.isHidden()

    # A problem found meanwhile still brings the panel in.
    workbook.remove(ROUND, "/background/respondent_name")
    again = _built(qtbot, workbook, data_paths, translations)
    again.show()
    qtbot.waitUntil(lambda: again.panel.count > 0)
    qtbot.waitUntil(again.dock.isVisible)

"""The first start: questions not answered yet are not told as mistakes before the user begins."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from pytestqt.qtbot import QtBot

from desktop.ui.form.fields.base import PROBLEM_COLOUR
from desktop.ui.form.section_page import SectionPage
from desktop.ui.shell.main_window import MainWindow
from tests.ui.user import User

REQUIRED = "Vastaa tähän kysymykseen"


def _marked(page: SectionPage) -> list[str]:
    """The questions shown in pink or with a message under them."""
    found = []
    for key, row in page.rows.items():
        pink = any(
            w.palette().color(QPalette.ColorRole.Base) == PROBLEM_COLOUR
            for w in row.editor.marked_widgets()
        )
        told = row.message is not None and row.message.isVisible()
        if pink or told:
            found.append(key)
    return found


def test_a_round_not_begun_is_not_a_wall_of_red(qtbot: QtBot, window: MainWindow) -> None:
    session = window.session
    assert session is not None
    qtbot.waitUntil(lambda: len(session.problems) > 20)
    required = [p for p in session.problems if p.kind.startswith("required")]
    assert len(required) == len(session.problems)  # the check itself is unchanged
    panel = window.panel
    qtbot.waitUntil(lambda: "vastaamatta" in panel.summary.text())
    assert f"{len(required)} pakollista kysymystä vielä vastaamatta" in panel.summary.text()
    assert "korjattavaa kohtaa" not in panel.summary.text()
    assert not panel.entries
    texts = [panel.view.item(i).text() for i in range(panel.view.count())]
    assert not any(REQUIRED in t for t in texts)
    page = window.open_section("background")
    assert page is not None
    assert _marked(page) == []

    # A question the user left empty is told at once; the others of the section still wait.
    user = User(qtbot, window)
    user.focus(page.editor("respondent_name").focus_widget())
    user.tab()
    qtbot.waitUntil(lambda: _marked(page) == ["respondent_name"])
    assert [e.pointer for e in panel.entries] == ["/background/respondent_name"]
    assert REQUIRED in panel.entries[0].text

    # Asked for the list of what to fix, the user gets all of it.
    window.menu.show_problems.trigger()
    qtbot.waitUntil(lambda: len(panel.entries) == len(required))
    assert "vastaamatta" not in panel.summary.text()
    qtbot.waitUntil(lambda: "respondent_title" in _marked(page))


def test_a_section_begun_tells_what_it_still_needs(qtbot: QtBot, window: MainWindow) -> None:
    session = window.session
    assert session is not None
    qtbot.waitUntil(lambda: len(session.problems) > 20)
    page = window.open_section("background")
    assert page is not None
    user = User(qtbot, window)
    user.focus(page.editor("respondent_name").focus_widget())
    user.type("Anna Mäkelä")
    window.flush()
    qtbot.waitUntil(lambda: "respondent_title" in _marked(page))
    qtbot.waitUntil(lambda: "respondent_name" not in _marked(page))
    pointers = {e.pointer for e in window.panel.entries}
    assert "/background/respondent_title" in pointers
    assert not any(p.startswith("/staff/") for p in pointers)  # a section not begun waits

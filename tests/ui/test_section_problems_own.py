"""Each page marks only its own section's problems, even where two sections ask the same key."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop.commands.demo import fill_round
from desktop.workbook import Workbook
from tests.ui.conftest import WindowFactory

ROUND = "2022-3"
KEY = "staff_lists_confirmed"  # asked on the staff page and on the readiness page alike


def test_an_answered_question_is_not_marked_with_another_sections_error(
    qtbot: QtBot, make_window: WindowFactory, workbook: Workbook
) -> None:
    fill_round(workbook, ROUND)
    workbook.set_json(ROUND, f"/staff/{KEY}", False, "fi")  # "Ei" ticked on the staff page
    workbook.remove(ROUND, f"/readiness/{KEY}")  # left unanswered on the readiness page
    window = make_window(workbook)
    window.open_round(ROUND)
    readiness = window.open_section("readiness")
    assert readiness is not None
    window.session.show_all()  # type: ignore[union-attr]
    qtbot.waitUntil(
        lambda: (
            readiness.rows[KEY].message is not None
            and readiness.rows[KEY].message.isVisibleTo(readiness)
        )
    )
    staff = window.open_section("staff")
    assert staff is not None
    qtbot.wait(200)
    message = staff.rows[KEY].message
    # The staff page's question was answered: nothing under it to fix.
    assert message is None or not message.isVisibleTo(staff), message.text()
    # Nor does the staff question offer to confirm the other page's problem.
    window.session.show_all()  # type: ignore[union-attr]
    qtbot.wait(200)
    message = staff.rows[KEY].message
    assert message is None or not message.isVisibleTo(staff), message.text()

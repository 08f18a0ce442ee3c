"""Rules in the window: totals update as cells are typed, warnings apart, a table answered "none"."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QCheckBox, QInputDialog, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui import dialogs
from desktop.ui.form.fields.table import TableEditor
from desktop.ui.form.problems_panel import WARNING_ROLE
from desktop.ui.shell.main_window import MainWindow
from desktop.workbook import Workbook
from tests.ui.user import User

ROUND = "2022-3"


def _click(qtbot: QtBot, box: QCheckBox) -> None:
    """A click on the box's tick, where a person clicks."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def _staff_row(headcount: int) -> dict[str, object]:
    return {
        "group": "health_care",
        "headcount": headcount,
        "person_years": 9.5,
        "permanent": 6,
        "fixed_term": 3,
    }


def test_a_column_total_follows_a_cell_as_it_is_typed(
    qtbot: QtBot, window: MainWindow, workbook: Workbook
) -> None:
    workbook.set_json(ROUND, "/staff/staff_groups", [_staff_row(9), _staff_row(9)], "fi")
    window.open_round(ROUND)
    page = window.open_section("staff")
    assert page is not None
    page.reveal_all()
    computed = page.rows["staff_groups"].computed
    shown = next(label for item, label in computed if item.id.endswith("headcount_total"))
    assert shown.text() == "Henkilömäärä yhteensä (laskettu): 18 hlö"
    table = page.editor("staff_groups")
    assert isinstance(table, TableEditor)
    view = table.view
    view.setCurrentIndex(table.model.index(1, 1))
    User(qtbot, window).focus(view)
    qtbot.keyClick(view, Qt.Key.Key_F2)
    cell = User(qtbot, window).focused()
    qtbot.keyClick(cell, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(cell, "12")
    qtbot.keyClick(cell, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: shown.text() == "Henkilömäärä yhteensä (laskettu): 21 hlö")
    # The row no longer adds up: its cell says so, with the numbers, in the panel too.
    qtbot.waitUntil(lambda: (1, "headcount") in table.model.problems)
    message = table.model.problems[(1, "headcount")]
    assert (
        message == "Vakinaiset (6 hlö) + määräaikaiset (3 hlö) = 9, mutta henkilömäärä on 12 hlö."
    )
    assert any(message in e.text for e in window.panel.entries if not e.warning)


def test_warnings_are_listed_apart_from_errors(
    qtbot: QtBot, window: MainWindow, workbook: Workbook
) -> None:
    row = _staff_row(9) | {"person_years": 12.0}
    workbook.set_json(ROUND, "/staff/staff_groups", [row], "fi")
    window.open_round(ROUND)
    page = window.open_section("staff")
    assert page is not None
    qtbot.waitUntil(lambda: any(e.warning for e in window.panel.entries))
    (warning,) = [e for e in window.panel.entries if e.warning]
    assert "Henkilötyövuosia (12 htv) on enemmän kuin henkilöitä (9 hlö)" in warning.text
    texts = [window.panel.view.item(i).text() for i in range(window.panel.view.count())]
    assert any(t.startswith("Huomautukset") for t in texts)
    # Warnings do not count as things to fix.
    assert window.panel.count == len([e for e in window.panel.entries if not e.warning])


def test_a_table_is_answered_none_by_its_own_choice(
    qtbot: QtBot, window: MainWindow, workbook: Workbook
) -> None:
    window.open_round(ROUND)
    page = window.open_section("premises")
    assert page is not None
    row = page.rows["premises"]
    box = row.none_box
    assert box is not None and box.text() == "Ei siirtyviä toimitiloja"
    assert not box.isChecked()
    before = workbook.progress(ROUND)["premises"][0]
    _click(qtbot, box)
    assert workbook.answers(ROUND)["premises"]["premises"] == []
    assert workbook.progress(ROUND)["premises"][0] == before + 1
    qtbot.waitUntil(
        lambda: not any(e.pointer == "/premises/premises" for e in window.panel.entries)
    )
    # A row added takes the "none" back; the choice waits until the table is empty again.
    table = page.editor("premises")
    assert isinstance(table, TableEditor)
    qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not box.isChecked() and not box.isEnabled())
    # Unticked, the question is unanswered again.
    workbook.set_json(ROUND, "/premises/premises", [], "fi")
    page.set_answers(workbook.answers(ROUND)["premises"])
    assert box.isChecked() and box.isEnabled()
    _click(qtbot, box)
    assert "premises" not in workbook.answers(ROUND).get("premises", {})


def test_a_warning_is_confirmed_with_an_explanation_in_the_window(
    qtbot: QtBot, window: MainWindow, workbook: Workbook
) -> None:
    row = _staff_row(9) | {"person_years": 12.0}
    workbook.set_json(ROUND, "/staff/staff_groups", [row], "fi")
    window.open_round(ROUND)
    panel = window.panel
    qtbot.waitUntil(lambda: any(e.warning for e in panel.entries))
    assert panel.explain_button.isVisible() and not panel.explain_button.isEnabled()
    items = [panel.view.item(i) for i in range(panel.view.count())]
    (item,) = [i for i in items if i.data(WARNING_ROLE)]
    panel.view.setCurrentItem(item)
    assert panel.explain_button.isEnabled()
    seen: list[str] = []

    def answer(dialog: QWidget) -> None:
        if isinstance(dialog, QInputDialog):
            seen.append(dialog.labelText())
            dialog.setTextValue("Ylityöt sisältyvät")
            QTimer.singleShot(0, dialog.accept)

    dialogs.opened.append(answer)
    try:
        qtbot.mouseClick(panel.explain_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(
            lambda: any("Vahvistettu: Ylityöt sisältyvät" in e.text for e in panel.entries)
        )
    finally:
        dialogs.opened.clear()
    assert "Henkilötyövuosia (12 htv)" in seen[0]
    (confirmed,) = [p for p in workbook.problems(ROUND) if not p.blocking]
    assert confirmed.explanation == "Ylityöt sisältyvät"


def test_a_required_multiple_choice_can_be_answered_none_of_these(
    qtbot: QtBot, window: MainWindow, workbook: Workbook
) -> None:
    """'If no support is needed, leave them all unticked' — and the question is required:
    the form offers "none of these", stored as an empty list, which answers it."""
    window.open_round("2022-1")
    page = window.open_section("change_support")
    assert page is not None
    row = page.rows["support_needed"]
    box = row.none_box
    assert box is not None and box.text() == "Ei mitään näistä"
    before = workbook.progress("2022-1")["change_support"][0]
    _click(qtbot, box)
    assert workbook.answers("2022-1")["change_support"]["support_needed"] == []
    assert workbook.progress("2022-1")["change_support"][0] == before + 1  # answered
    assert not row.editor.isEnabled()  # "none of these" holds the options off
    qtbot.waitUntil(
        lambda: not any(e.pointer == "/change_support/support_needed" for e in window.panel.entries)
    )
    # An option ticked takes the "none" back.
    workbook.set_json("2022-1", "/change_support/support_needed", ["law"], "fi")
    page.set_answers(workbook.answers("2022-1")["change_support"])
    assert not box.isChecked() and not box.isEnabled() and row.editor.isEnabled()

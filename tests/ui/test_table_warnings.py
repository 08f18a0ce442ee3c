"""A warning confirmed with an explanation is settled in a table's cell as it is elsewhere."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from desktop.commands.demo import fill_round
from desktop.ui.form.fields import TableEditor
from desktop.workbook import Workbook
from tests.ui.conftest import WindowFactory

ROUND = "2022-3"
CELL = "/staff/staff_groups/0/person_years"


def test_a_confirmed_warning_in_a_cell_is_shown_settled_not_to_fix(
    qtbot: QtBot, make_window: WindowFactory, workbook: Workbook
) -> None:
    fill_round(workbook, ROUND)
    headcount = workbook.stored(ROUND, "/staff/staff_groups/0/headcount")
    assert isinstance(headcount, int)
    # More person-years than persons: a warning, confirmed with an explanation.
    workbook.set_json(ROUND, CELL, headcount + 5, "fi")
    workbook.explain(ROUND, CELL, "Uusi yksikkö liitettiin sosiaalihuoltoon")
    assert [p.blocking for p in workbook.problems(ROUND)] == [False]
    window = make_window(workbook)
    window.open_round(ROUND)
    page = window.open_section("staff")
    assert page is not None
    table = page.editor("staff_groups")
    assert isinstance(table, TableEditor)
    qtbot.waitUntil(lambda: any(e.settled for e in window.panel.entries))
    qtbot.wait(200)
    keys = [c.key for c in table.field.columns]
    cell = table.model.index(0, keys.index("person_years"))
    assert cell.data(Qt.ItemDataRole.BackgroundRole) is None  # not marked as a mistake
    tip = str(cell.data(Qt.ItemDataRole.ToolTipRole))
    assert tip.startswith("✓") and "Vahvistettu: Uusi yksikkö" in tip, tip
    row = page.rows["staff_groups"]
    said = row.message.text()
    assert "korjattava" not in said, said
    assert "Vahvistettu: Uusi yksikkö" in said, said
    assert window.panel.count == 0

    # Text refused in that cell is told with the warning still settled, not as one to check.
    table.focus_cell(0, "person_years")
    qtbot.keyClick(table.view, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, "abc")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: any(e.pointer == CELL and not e.settled for e in window.panel.entries))
    told = [e.text for e in window.panel.entries if e.pointer == CELL and not e.settled]
    assert "Vahvistettu: Uusi yksikkö" in told[0], told


def test_the_sections_count_the_problems_the_panel_lists(
    qtbot: QtBot, make_window: WindowFactory, workbook: Workbook
) -> None:
    window = make_window(workbook)
    page = window.open_section("premises")
    assert page is not None
    table = page.editor("premises")
    assert isinstance(table, TableEditor)
    table.focus_cell(0)
    qtbot.keyClick(table.view, Qt.Key.Key_Insert)
    for text in ("-50", "abc"):  # refused text over a stored value that is wrong too
        table.focus_cell(0, "floor_area")
        qtbot.keyClick(table.view, Qt.Key.Key_F2)
        editor = QApplication.focusWidget()
        assert isinstance(editor, QLineEdit)
        qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(editor, text)
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.wait(600)
    pointer = "/premises/premises/0/floor_area"
    assert window.session is not None
    qtbot.waitUntil(lambda: pointer in window.session.typed_errors)
    qtbot.waitUntil(lambda: any(e.pointer == pointer for e in window.panel.entries))
    listed = [e for e in window.panel.entries if e.section_id == "premises" and not e.warning]
    assert window.navigation.problems["premises"] == len(listed)
    assert window.panel.count == sum(window.navigation.problems.values())


def test_a_warning_not_confirmed_in_a_cell_is_to_check_not_to_fix(
    qtbot: QtBot, make_window: WindowFactory, workbook: Workbook
) -> None:
    fill_round(workbook, ROUND)
    headcount = workbook.stored(ROUND, "/staff/staff_groups/0/headcount")
    assert isinstance(headcount, int)
    workbook.set_json(ROUND, CELL, headcount + 5, "fi")
    window = make_window(workbook)
    window.open_round(ROUND)
    page = window.open_section("staff")
    assert page is not None
    qtbot.waitUntil(lambda: any(e.warning for e in window.panel.entries))
    qtbot.wait(200)
    row = page.rows["staff_groups"]
    said = row.message.text()
    assert "korjattava" not in said and "huomautus tarkistettavana" in said, said
    assert window.panel.count == 0
    assert row.explain_button is not None and not row.explain_button.isHidden()

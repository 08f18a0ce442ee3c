"""What a user sees while answering: follow-ups, tables, the problem list, saving."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from desktop.i18n import pick
from desktop.jsonvalue import MISSING, split_pointer
from desktop.ui import dialogs
from desktop.ui.form.fields import TableEditor
from desktop.ui.form.fields.choices import ChoiceEditor
from desktop.ui.form.section_page import SectionPage
from desktop.ui.shell.main_window import MainWindow
from desktop.workbook import Workbook
from tests.ui.conftest import ROUND
from tests.ui.user import User


def premises(window: MainWindow) -> SectionPage:
    page = window.open_section("premises")
    assert page is not None
    return page


def choose(qtbot: QtBot, editor: ChoiceEditor, value: str) -> None:
    """Pick an option with the keyboard, by its place in the list."""
    target = editor.combo.findData(value)
    editor.combo.setFocus()
    while editor.combo.currentIndex() != target:
        key = Qt.Key.Key_Down if editor.combo.currentIndex() < target else Qt.Key.Key_Up
        qtbot.keyClick(editor.combo, key)


def test_a_follow_up_appears_is_required_and_disappears(
    qtbot: QtBot, window: MainWindow, workbook: Workbook
) -> None:
    page = premises(window)
    reason = page.rows["lease_not_started_reason"]
    assert reason.isHidden()

    choose(qtbot, page.editor("lease_status"), "not_started")  # type: ignore[arg-type]
    assert not reason.isHidden()
    assert not page.rows["lease_planned_date"].isHidden()
    assert reason.label.text().endswith(" *")  # required now
    qtbot.waitUntil(
        lambda: "/premises/lease_not_started_reason" in {p.pointer for p in window.session.problems}  # type: ignore[union-attr]
    )

    user = User(qtbot, window)
    user.answer(page, "lease_not_started_reason")
    assert workbook.stored(ROUND, "/premises/lease_not_started_reason")

    choose(qtbot, page.editor("lease_status"), "signed")
    assert reason.isHidden()
    assert page.rows["lease_planned_date"].isHidden()
    # Hidden, its answer is kept but left out of the problems.
    assert workbook.stored(ROUND, "/premises/lease_not_started_reason")
    qtbot.waitUntil(
        lambda: (
            not any(
                p.field_key in ("lease_not_started_reason", "lease_planned_date")
                for p in window.session.problems  # type: ignore[union-attr]
            )
        )
    )


def answer_dialogs(button: QMessageBox.StandardButton) -> list[str]:
    """Answer every message box that opens, as a user would, and keep its text."""
    seen: list[str] = []

    def answer(dialog: QWidget) -> None:
        if isinstance(dialog, QMessageBox):
            seen.append(dialog.text())
            QTimer.singleShot(0, lambda: dialog.button(button).click())

    dialogs.opened.append(answer)
    return seen


def test_a_table_row_is_added_edited_and_removed(
    qtbot: QtBot, window: MainWindow, workbook: Workbook
) -> None:
    page = premises(window)
    table = page.editor("premises")
    assert isinstance(table, TableEditor)
    user = User(qtbot, window)
    user.add_table_row(page, table)
    user.add_table_row(page, table)
    rows = workbook.stored(ROUND, "/premises/premises")
    assert isinstance(rows, list) and len(rows) == 2
    assert rows[0]["building"] == "Sähköinen ä-testi"
    assert rows[0]["floor_area"] == 12.5

    # Edit one cell of the second row by keyboard.
    view = table.view
    view.setCurrentIndex(table.model.index(1, 3))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = user.focused()
    user.type("3 150,25")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: workbook.stored(ROUND, "/premises/premises/1/floor_area") == 3150.25)
    assert table.model.index(1, 3).data() == "3\u00a0150,25"

    # Text that is not a number stays in the cell, marked, and is not stored.
    view.setCurrentIndex(table.model.index(0, 3))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    user.type("paljon")
    qtbot.keyClick(user.focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: (0, "floor_area") in table.model.typed)
    assert workbook.stored(ROUND, "/premises/premises/0/floor_area") == 12.5
    qtbot.waitUntil(lambda: "/premises/premises/0/floor_area" in window.session.typed_errors)  # type: ignore[union-attr]

    answered = answer_dialogs(QMessageBox.StandardButton.Yes)
    try:
        view.setCurrentIndex(table.model.index(0, 0))
        qtbot.mouseClick(table.remove_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: table.model.rowCount() == 1)
    finally:
        dialogs.opened.clear()
    assert answered == [
        "Poistetaanko rivi 1 taulukosta ”Kunnan toimitilat, joita sosiaali- ja terveydenhuolto tai pelastustoimi käyttää”?"
    ]
    rows = workbook.stored(ROUND, "/premises/premises")
    assert isinstance(rows, list) and len(rows) == 1
    assert rows[0]["floor_area"] == 3150.25
    # The refused text went with its row.
    qtbot.waitUntil(lambda: not window.session.typed_errors)  # type: ignore[union-attr]
    removals = [e for e in workbook.store.audit_log(ROUND) if e.pointer == "/premises/premises/0"]
    assert removals and removals[0].new is MISSING  # the audit log keeps what was removed


def test_clicking_a_problem_focuses_its_question(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.panel
    window.menu.show_problems.trigger()  # the user asks for the list of what to fix
    qtbot.waitUntil(lambda: panel.count > 0)
    target = next(
        i
        for i in range(panel.view.count())
        if "respondent_email" in str(panel.view.item(i).data(Qt.ItemDataRole.UserRole + 1))
    )
    item = panel.view.item(target)
    panel.view.scrollToItem(item)
    rect = panel.view.visualItemRect(item)
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    page = window.current_page()
    assert page is not None and page.section.id == "background"
    assert page.editor("respondent_email").focus_widget().hasFocus()


def test_enter_on_a_table_problem_focuses_the_cell(qtbot: QtBot, window: MainWindow) -> None:
    page = premises(window)
    table = page.editor("premises")
    assert isinstance(table, TableEditor)
    qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)
    pointer = "/premises/premises/0/ownership"
    qtbot.waitUntil(lambda: any(e.pointer == pointer for e in window.panel.entries))
    window.open_section("background")
    window.focus_problems()
    panel = window.panel.view
    row = next(
        i
        for i in range(panel.count())
        if panel.item(i).data(Qt.ItemDataRole.UserRole + 1) == pointer
    )
    panel.setCurrentRow(row)
    qtbot.keyClick(panel, Qt.Key.Key_Return)
    assert window.current_page() is page
    assert table.view.hasFocus()
    current = table.view.currentIndex()
    assert (current.row(), table.field.columns[current.column()].key) == (0, "ownership")
    # The cell with a problem is marked.
    assert table.model.index(0, 2).data(Qt.ItemDataRole.BackgroundRole) is not None


def test_problem_counts_follow_typing(qtbot: QtBot, window: MainWindow) -> None:
    window.menu.show_problems.trigger()  # the user asks for the list of what to fix
    qtbot.waitUntil(lambda: window.panel.count > 0)
    before = window.panel.count
    page = window.open_section("background")
    assert page is not None
    user = User(qtbot, window)
    user.focus(page.editor("respondent_name").focus_widget())
    user.type("Anna")
    # Saved after a pause in typing, without leaving the question.
    qtbot.waitUntil(lambda: window.panel.count == before - 1, timeout=3000)
    assert window.save_status.label.text().startswith("Tallennettu ")
    assert page.rows["respondent_name"].editor.error() is None
    email = page.rows["respondent_email"]
    assert email.editor.error() is not None and email.message is not None
    assert not email.message.isHidden()
    counts = window.navigation.sections.item(0).text()
    assert "2 / 5" in counts  # the municipality, from the profile, and the name


def test_every_question_is_named_for_assistive_technology(window: MainWindow) -> None:
    for section in window.workbook.round(ROUND).sections:
        page = window.page(ROUND, section.id)
        assert page is not None
        for key, row in page.rows.items():
            editor = row.editor
            name = pick(editor.field.label, "fi")
            if row.required:
                name += " (pakollinen)"
            assert editor.accessibleName() == name, key
            # The help; a table adds how it is used by keyboard.
            described = editor.accessibleDescription().removeprefix("Pakollinen. ")
            assert described.startswith(pick(editor.field.help, "fi")), key
            assert ("Ctrl+Sarkain" in described) == isinstance(editor, TableEditor), key
            assert row.label.buddy() is editor.focus_widget()


def test_pointers_of_problems_lead_to_questions(window: MainWindow) -> None:
    for entry in window.panel.entries:
        assert window.go_to(entry.pointer), entry.pointer
        section = split_pointer(entry.pointer)[0]
        assert window.current_page().section.id == section  # type: ignore[union-attr]


def test_tab_goes_from_the_sections_through_the_questions_to_the_problems(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = window.open_section("change_support")
    assert page is not None
    user = User(qtbot, window)
    user.focus(window.navigation.sections)
    user.tab()
    first = page.editor("support_needed")
    assert user.focused() is first.focus_widget()
    last = page.last_focus_widget()
    assert last is not None
    user.focus(last)
    user.tab()
    assert user.focused() is window.panel.view


def test_rounds_are_listed_with_their_status(window: MainWindow) -> None:
    texts = [window.navigation.round_list.item(i).text() for i in range(3)]
    assert texts[0].endswith("17.1.2022–15.2.2022 · avoinna")
    assert texts[1].endswith("· tulossa")
    assert texts[2].endswith("· tulossa")
    window.navigation.today = date(2023, 1, 1)
    window.navigation.retranslate()
    assert window.navigation.round_list.item(0).text().endswith("· päättynyt")


def test_another_round_opens_with_its_own_sections(qtbot: QtBot, window: MainWindow) -> None:
    window.navigation.round_list.setCurrentRow(1)
    assert window.session is not None and window.session.round_id == "2022-2"
    titles = [window.navigation.sections.item(i).text().split("\n")[0] for i in range(5)]
    assert "Talous" in " ".join(titles)
    page = window.current_page()
    assert page is not None and page.session.round_id == "2022-2"


def test_the_removal_question_says_row_or_rows_as_many_are_chosen(
    qtbot: QtBot, window: MainWindow, workbook: Workbook
) -> None:
    workbook.set_json(ROUND, "/premises/premises", [{"building": "A"}, {"building": "B"}])
    window.menu.languages["en"].trigger()
    page = premises(window)
    table = page.editor("premises")
    assert isinstance(table, TableEditor)
    table.set_value([{"building": "A"}, {"building": "B"}])
    asked = answer_dialogs(QMessageBox.StandardButton.No)
    try:
        table.view.setCurrentIndex(table.model.index(0, 0))
        qtbot.mouseClick(table.remove_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: len(asked) == 1)
        table.view.selectAll()
        qtbot.mouseClick(table.remove_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: len(asked) == 2)
    finally:
        dialogs.opened.clear()
    label = pick(table.field.label, "en")
    assert asked == [
        f"Remove row 1 from the table “{label}”?",
        f"Remove rows 1, 2 from the table “{label}”?",
    ]
    assert len(workbook.stored(ROUND, "/premises/premises") or []) == 2

"""The previous round in the window: beside each question, copied forward with undo, compared."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from desktop.commands.demo import fill_round
from desktop.i18n import pick
from desktop.signing.keys import Organisation, create_key
from desktop.submission.service import Submissions
from desktop.ui.form.section_page import SectionPage
from desktop.ui.previous.compare_view import CompareDialog
from desktop.ui.shell.main_window import MainWindow
from desktop.workbook import Workbook
from tests.ui.conftest import WindowFactory
from tests.ui.exporting import Screen

RENT = "/premises/estimated_annual_rent"
# The municipality's one key: a submission signed by another would be refused.
KEY = create_key(Organisation("Kangasala", "Kangasala"))


def _sent_first_round(workbook: Workbook, folder: Path) -> None:
    fill_round(workbook, "2022-1")
    Submissions(workbook).export("2022-1", folder, key=KEY, lang="fi", after_closing=True)


def _second_round_open(make_window: WindowFactory, workbook: Workbook, folder: Path) -> MainWindow:
    """2022-1 sent, the rent of 2022-2 typed, and the window open on 2022-2."""
    _sent_first_round(workbook, folder)
    workbook.set_json("2022-2", RENT, 3_300_000)
    window = make_window(workbook)
    window.open_round("2022-2")
    return window


def _premises_with_previous(window: MainWindow, qtbot: QtBot, last: str) -> SectionPage:
    """The premises page, once the previous answer beside question ``last`` has appeared."""
    page = window.open_section("premises")
    assert page is not None
    qtbot.waitUntil(lambda: page.findChild(QLabel, f"previous_{last}") is not None)
    return page


def test_previous_answers_beside_the_questions_copy_forward_and_undo(
    make_window: WindowFactory, workbook: Workbook, screen: Screen, qtbot: QtBot, tmp_path: Path
) -> None:
    window = _second_round_open(make_window, workbook, tmp_path)
    # The previous answers appear right after the page, on the next turns of the loop.
    page = _premises_with_previous(window, qtbot, "lease_status")
    rent = page.findChild(QLabel, "previous_estimated_annual_rent")
    assert rent is not None and rent.isVisible()
    assert rent.text() == "Edellinen 2022-1: 3\u00a0100\u00a0000 € · Kopioi"
    lease = page.findChild(QLabel, "previous_lease_status")
    assert lease is not None and "Ei aloitettu" in lease.text()

    # One question is copied by a click on its previous answer (the typed rent is asked about).
    lease.setFocus()
    qtbot.keyClick(lease, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "lease_status" in workbook.answers("2022-2")["premises"])
    window.previous.undo_copy.trigger()
    qtbot.waitUntil(lambda: "lease_status" not in workbook.answers("2022-2")["premises"])

    # The section is copied; the typed rent is asked about, and kept when the answer is no.
    screen.yes = False
    window.previous.copy_section.trigger()
    qtbot.waitUntil(lambda: "lease_status" in workbook.answers("2022-2")["premises"])
    assert screen.questions and "1 kohtaan on jo vastattu" in screen.questions[0]
    answers = workbook.answers("2022-2")["premises"]
    assert answers["estimated_annual_rent"] == 3_300_000
    assert answers["lease_status"] == "not_started"
    assert page.editor("lease_status").value() == "not_started"
    copied = [e for e in workbook.store.audit_log("2022-2") if e.source == "2022-1#1"]
    assert copied

    # A table cell tells its previous value in its tooltip, found by the row's building.
    table = page.editor("premises")
    model = table.model  # type: ignore[attr-defined]
    area = [c.key for c in model.columns].index("floor_area")
    tip = model.data(model.index(0, area), Qt.ItemDataRole.ToolTipRole)
    assert "Edellinen 2022-1: 6\u00a0800" in tip

    # Undone: the copied answers go, the typed rent stays.
    window.previous.undo_copy.trigger()
    qtbot.waitUntil(lambda: "lease_status" not in workbook.answers("2022-2")["premises"])
    assert workbook.answers("2022-2")["premises"]["estimated_annual_rent"] == 3_300_000
    assert page.editor("lease_status").value() is None


def test_a_missing_row_is_copied_by_its_name(
    make_window: WindowFactory, workbook: Workbook, screen: Screen, qtbot: QtBot, tmp_path: Path
) -> None:
    _sent_first_round(workbook, tmp_path)
    workbook.set_json("2022-2", "/premises/premises", [{"building": "Sahalahden paloasema"}])
    window = make_window(workbook)
    window.open_round("2022-2")
    page = window.open_section("premises")
    assert page is not None
    qtbot.waitUntil(lambda: page.findChild(QLabel, "previous_premises") is not None)
    label = page.findChild(QLabel, "previous_premises")
    assert label is not None
    assert (
        "Edellisellä kierroksella, ei nyt:" in label.text()
        and "Kangasalan paloasema" in label.text()
    )
    names = label.text().split('href="row:')
    index = next(n.split('"')[0] for n in names[1:] if "Kangasalan paloasema<" in n)
    label.linkActivated.emit(f"row:{index}")
    qtbot.waitUntil(lambda: len(workbook.answers("2022-2")["premises"]["premises"]) == 2)
    rows = workbook.answers("2022-2")["premises"]["premises"]
    assert rows[1]["building"] == "Kangasalan paloasema" and rows[1]["floor_area"] == 1450
    assert "Kangasalan paloasema<" not in label.text()  # no longer missing


def test_rows_taken_out_of_an_answered_table_are_asked_about_apart(
    make_window: WindowFactory, workbook: Workbook, screen: Screen, qtbot: QtBot, tmp_path: Path
) -> None:
    """Copying the section keeps the answered table as it is unless the user adds the rows."""
    _sent_first_round(workbook, tmp_path)
    workbook.set_json("2022-2", "/premises/premises", [{"building": "Sahalahden paloasema"}])
    window = make_window(workbook)
    window.open_round("2022-2")
    assert window.open_section("premises") is not None
    screen.yes = False
    window.previous.copy_section.trigger()
    qtbot.waitUntil(lambda: "lease_status" in workbook.answers("2022-2")["premises"])
    assert len(screen.questions) == 1 and "edellisen kierroksen riviä" in screen.questions[0]
    rows = workbook.answers("2022-2")["premises"]["premises"]
    assert [r["building"] for r in rows] == ["Sahalahden paloasema"]

    window.previous.undo_copy.trigger()
    qtbot.waitUntil(lambda: "lease_status" not in workbook.answers("2022-2")["premises"])
    screen.yes = True
    window.previous.copy_section.trigger()
    qtbot.waitUntil(lambda: len(workbook.answers("2022-2")["premises"]["premises"]) > 1)
    buildings = [r["building"] for r in workbook.answers("2022-2")["premises"]["premises"]]
    assert buildings[0] == "Sahalahden paloasema" and "Kangasalan paloasema" in buildings


def test_compare_view_what_changed_and_the_chart(
    make_window: WindowFactory, workbook: Workbook, qtbot: QtBot, tmp_path: Path
) -> None:
    window = _second_round_open(make_window, workbook, tmp_path)
    dialog = window.previous.show_compare()
    assert isinstance(dialog, CompareDialog)
    assert dialog.earlier.currentData() == "2022-1#1" and dialog.later.currentData() == "2022-2"
    said = dialog.comparison.toPlainText().replace("\u00a0", " ")  # Qt gives plain spaces
    assert "3 100 000 € → 3 300 000 € (+200 000 €, +6 %)" in said
    assert "Uusi kysymys" in dialog.changes.toPlainText()
    index = dialog.question.findData(RENT)
    assert index >= 0
    dialog.question.setCurrentIndex(index)
    assert [(p[0], p[1]) for p in dialog.chart.points][:2] == [
        ("2022-1", 3_100_000),
        ("2022-2", 3_300_000),
    ]
    dialog.chart.grab()  # it paints
    dialog.close()


def test_tab_reaches_a_previous_answer_right_after_its_question(
    make_window: WindowFactory, workbook: Workbook, qtbot: QtBot, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QApplication

    from tests.ui.user import User

    window = _second_round_open(make_window, workbook, tmp_path)
    page = _premises_with_previous(window, qtbot, "area_to_give_up")
    rent = page.findChild(QLabel, "previous_estimated_annual_rent")
    assert rent is not None
    user = User(qtbot, window)
    editor = page.editor("estimated_annual_rent")
    user.focus(editor.focusProxy() or editor)
    # Tab from the answer goes to its "Kopioi" under it, then on to the next question:
    # not to the end of the window, where Enter on a hint scrolled out of sight copied.
    user.tab()
    assert QApplication.focusWidget() is rent
    user.tab()
    focused = QApplication.focusWidget()
    assert focused is not None
    assert page.rows["area_to_give_up"].isAncestorOf(focused)


def test_what_changed_names_questions_by_their_wording_not_their_pointer(
    make_window: WindowFactory, workbook: Workbook, qtbot: QtBot, tmp_path: Path
) -> None:
    window = _second_round_open(make_window, workbook, tmp_path)
    dialog = window.previous.show_compare()
    assert isinstance(dialog, CompareDialog)
    said = dialog.changes.toPlainText()
    assert "Uusi kysymys" in said
    assert not re.search(r"/[a-z_]+/[a-z_]+", said), said
    finances = workbook.round("2022-2").section("finances")
    assert finances is not None
    assert f"Uusi kysymys – {pick(finances.title, 'fi')}" in said
    for field in finances.fields:
        assert field.title("fi") in said


def test_a_previous_answer_reached_by_tab_shows_it_has_the_focus(
    make_window: WindowFactory, workbook: Workbook, qtbot: QtBot, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QApplication

    from tests.ui.user import User

    window = _second_round_open(make_window, workbook, tmp_path)
    page = _premises_with_previous(window, qtbot, "area_to_give_up")
    rent = page.findChild(QLabel, "previous_estimated_annual_rent")
    assert rent is not None
    page.ensureWidgetVisible(rent)
    unfocused = rent.grab().toImage()
    user = User(qtbot, window)
    editor = page.editor("estimated_annual_rent")
    user.focus(editor.focusProxy() or editor)
    user.tab()
    assert QApplication.focusWidget() is rent
    assert rent.grab().toImage() != unfocused  # Enter now copies: the user must see where
    user.tab()
    assert rent.grab().toImage() == unfocused


def test_a_changed_text_shows_its_words_struck_out_and_added_not_as_markup(
    make_window: WindowFactory, workbook: Workbook, qtbot: QtBot
) -> None:
    fill_round(workbook, "2022-1")
    fill_round(workbook, "2022-2")
    workbook.set_json("2022-1", "/background/respondent_name", "Anna Mäkelä", "fi")
    workbook.set_json("2022-2", "/background/respondent_name", "Matti <b>Virtanen</b>", "fi")
    window = make_window(workbook)
    window.open_round("2022-2")
    dialog = window.previous.show_compare()
    assert isinstance(dialog, CompareDialog)
    dialog.earlier.setCurrentIndex(dialog.earlier.findData("2022-1"))
    said = dialog.comparison.toPlainText()
    assert "[-" not in said and "{+" not in said
    # Struck out and marked as added, the values shown as typed (they are data, not markup).
    styles: dict[str, tuple[bool, bool]] = {}
    block = dialog.comparison.document().begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            look = fragment.charFormat()
            styles[fragment.text()] = (look.fontStrikeOut(), look.fontUnderline())
            fragments += 1
        block = block.next()
    assert styles["Anna Mäkelä"] == (True, False)
    assert styles["Matti <b>Virtanen</b>"] == (False, True)
    # The same in words, for a screen reader and whoever does not tell the styles apart.
    assert "Poistettu: ”Anna Mäkelä”; lisätty: ”Matti <b>Virtanen</b>”" in said
    dialog.close()


def test_a_submitted_round_offers_no_copy_and_refuses_one_at_once(
    make_window: WindowFactory, workbook: Workbook, screen: Screen, qtbot: QtBot, tmp_path: Path
) -> None:
    """On a submitted round the copy commands are greyed out; a copy asked anyway is refused
    before any question about replacing the answers."""
    _sent_first_round(workbook, tmp_path)
    fill_round(workbook, "2022-2")
    Submissions(workbook).export("2022-2", tmp_path, key=KEY, lang="fi", after_closing=True)
    window = make_window(workbook)
    window.open_round("2022-2")
    actions = window.previous
    for made in (actions.copy_section, actions.copy_round, actions.undo_copy):
        assert not made.isEnabled(), made.objectName()
    assert actions.compare.isEnabled()

    actions.copy("2022-2", None)
    assert not screen.questions
    assert screen.boxes and "lähetetty" in screen.boxes[-1][1]

    window.open_round("2022-1")  # sent too
    assert not actions.copy_round.isEnabled()


def test_a_table_not_yet_answered_shows_its_previous_rows_as_one_copyable_line(
    make_window: WindowFactory, workbook: Workbook, screen: Screen, qtbot: QtBot, tmp_path: Path
) -> None:
    """A row added but nothing typed in it: the previous table is one count, not every row
    as "not now"."""
    _sent_first_round(workbook, tmp_path)
    workbook.set_json("2022-2", "/premises/premises", [{}])
    window = make_window(workbook)
    window.open_round("2022-2")
    page = _premises_with_previous(window, qtbot, "premises")
    label = page.findChild(QLabel, "previous_premises")
    assert label is not None
    assert label.text() == "Edellinen 2022-1: 8 riviä · Kopioi"


def test_tab_reaches_every_copy_link_of_the_contact_and_network_questions(
    make_window: WindowFactory, workbook: Workbook, qtbot: QtBot, tmp_path: Path
) -> None:
    """Name, title, e-mail, phone and the networks: each question's "Kopioi" is the next
    stop after its input (after the last tick box of a set of them)."""
    from PySide6.QtWidgets import QApplication

    from tests.ui.user import User

    window = _second_round_open(make_window, workbook, tmp_path)
    page = window.open_section("background")
    assert page is not None
    qtbot.waitUntil(lambda: page.findChild(QLabel, "previous_networks") is not None)
    hints = {
        key: page.findChild(QLabel, f"previous_{key}")
        for key in ("respondent_name", "respondent_phone", "networks")
    }
    assert all(hint is not None and hint.isVisible() for hint in hints.values()), hints
    user = User(qtbot, window)
    editor = page.editor("respondent_name")
    user.focus(editor.focusProxy() or editor)
    reached = []
    for _ in range(16):
        user.tab()
        reached.append(QApplication.focusWidget())
    for key, hint in hints.items():
        assert hint in reached, key
    networks = page.editor("networks")
    boxes = [w for w in reached if networks.isAncestorOf(w)]
    assert reached.index(hints["networks"]) == reached.index(boxes[-1]) + 1

"""When an answer cannot be saved: the user is told once, nothing typed is lost, it is saved later.

The failures are SQLite's own: a database that may not grow is what a full
disk gives it, and a connection turned query-only answers every write as a
folder turned read-only would.
"""

from __future__ import annotations

import logging
import re
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from desktop.paths import DataPaths
from desktop.signing.keys import OrganisationKey
from desktop.storage import StorageError, Store
from desktop.ui.form import session as session_module
from desktop.ui.form.fields import TableEditor
from desktop.ui.shell.main_window import MainWindow
from desktop.workbook import Workbook
from tests.ui.conftest import ROUND, WindowFactory
from tests.ui.exporting import Screen
from tests.ui.user import User, type_text

SAVED = re.compile(r"Tallennettu \d\d:\d\d:\d\d")


def fill_the_disk(store: Store) -> None:
    pages = store.connection.execute("PRAGMA page_count").fetchone()[0]
    store.connection.execute(f"PRAGMA max_page_count = {pages}")


def free_the_disk(store: Store) -> None:
    store.connection.execute("PRAGMA max_page_count = 1073741823")


def writes_refused(store: Store, refused: bool) -> None:
    store.connection.execute(f"PRAGMA query_only = {'ON' if refused else 'OFF'}")


def answer_background(qtbot: QtBot, window: MainWindow, key: str, text: str) -> QLineEdit:
    """Type ``text`` into a question of the first section and leave it, which saves it."""
    page = window.open_section("background")
    assert page is not None
    line = page.editor(key).focus_widget()
    assert isinstance(line, QLineEdit)
    user = User(qtbot, window)
    user.focus(line)
    type_text(qtbot, line, text)
    user.tab()
    return line


def status(window: MainWindow) -> str:
    return window.save_status.label.text()


def told(window: MainWindow) -> str:
    """What the band above the questions says about saving ("": it is not shown)."""
    banner = window.save_status._banner
    return banner.text.text() if banner is not None and banner.isVisible() else ""


@pytest.fixture
def quick_retry(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(session_module, "RETRY_MS", 50)


def test_a_full_disk_loses_no_pasted_answer_and_saves_it_once_there_is_room(
    qtbot: QtBot,
    quick_retry: None,
    make_window: WindowFactory,
    workbook: Workbook,
    screen: Screen,
) -> None:
    window = make_window(workbook)
    page = window.open_section("change_support")
    assert page is not None
    edit = page.editor("other_needs").focus_widget()
    assert isinstance(edit, QPlainTextEdit)
    text = "Tarvitsemme tukea henkilöstön siirtoon. " * 6000  # a long document pasted in
    fill_the_disk(workbook.store)

    user = User(qtbot, window)
    user.focus(edit)
    QApplication.clipboard().setText(text)
    qtbot.keyClick(edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    user.tab()  # leaving the question saves it

    qtbot.waitUntil(lambda: bool(told(window)))
    message = told(window)
    assert screen.boxes == []  # told in the window's band, not in a box
    assert message.startswith("Levy on täynnä: vastausta ei voitu tallentaa.")
    assert "yritetään uudelleen muutaman sekunnin välein" in message
    assert status(window) == "Tallentamatta olevia vastauksia: 1 (yritetään uudelleen)"
    assert edit.toPlainText() == text.strip() or edit.toPlainText() == text
    assert workbook.stored(ROUND, "/change_support/other_needs") is None

    # Tried again quietly while the disk stays full: no second message.
    qtbot.wait(300)
    assert screen.boxes == []
    assert workbook.stored(ROUND, "/change_support/other_needs") is None

    free_the_disk(workbook.store)
    qtbot.waitUntil(lambda: workbook.stored(ROUND, "/change_support/other_needs") is not None)
    assert workbook.stored(ROUND, "/change_support/other_needs") == text.strip()
    qtbot.waitUntil(lambda: SAVED.fullmatch(status(window)) is not None)
    assert screen.boxes == [] and told(window) == ""


def test_closing_with_an_unsaved_answer_asks_and_saves_it_once_writing_works(
    qtbot: QtBot, make_window: WindowFactory, workbook: Workbook, screen: Screen
) -> None:
    window = make_window(workbook)
    writes_refused(workbook.store, True)
    line = answer_background(qtbot, window, "respondent_name", "Aino Virtanen")
    qtbot.waitUntil(lambda: bool(told(window)))
    assert "ei voi kirjoittaa" in told(window)

    screen.yes = False
    window.close()
    qtbot.waitUntil(lambda: bool(screen.questions))
    question = screen.questions[0]
    assert question.startswith("1 vastausta ei voitu tallentaa. Tietokansioon "), question
    assert "Jos suljet ikkunan nyt, tämä vastaus menetetään." in question
    assert window.isVisible()  # the user said no: the window and the answer stay
    assert line.text() == "Aino Virtanen"

    writes_refused(workbook.store, False)
    window.close()  # closing saves what is waiting, and asks nothing when that works
    qtbot.waitUntil(lambda: not window.isVisible())
    assert len(screen.questions) == 1
    assert workbook.stored(ROUND, "/background/respondent_name") == "Aino Virtanen"


def test_the_user_may_close_anyway_and_is_logged(
    qtbot: QtBot,
    make_window: WindowFactory,
    workbook: Workbook,
    screen: Screen,
    caplog: pytest.LogCaptureFixture,
) -> None:
    window = make_window(workbook)
    writes_refused(workbook.store, True)
    answer_background(qtbot, window, "respondent_title", "Hallintojohtaja")
    qtbot.waitUntil(lambda: bool(told(window)))
    screen.yes = True
    with caplog.at_level(logging.WARNING):
        window.close()
        qtbot.waitUntil(lambda: not window.isVisible())
    assert screen.questions and "Suljetaanko silti?" in screen.questions[0]
    assert "closed with 1 unsaved edits" in caplog.text
    writes_refused(workbook.store, False)
    assert workbook.stored(ROUND, "/background/respondent_title") is None  # as the user chose


def test_table_rows_added_while_writing_fails_are_saved_as_the_form_shows_them(
    qtbot: QtBot,
    quick_retry: None,
    make_window: WindowFactory,
    workbook: Workbook,
    screen: Screen,
) -> None:
    window = make_window(workbook)
    page = window.open_section("premises")
    assert page is not None
    table = page.editor("premises")
    assert isinstance(table, TableEditor)
    user = User(qtbot, window)
    user.add_table_row(page, table)  # saved
    writes_refused(workbook.store, True)
    qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)  # refused
    qtbot.waitUntil(lambda: bool(told(window)))
    window.activateWindow()  # back from the message
    qtbot.waitUntil(window.isActiveWindow)
    for column, question in enumerate(table.field.columns):  # each cell refused, told once
        user.edit_cell(table, 1, column, question)
    assert table.model.rowCount() == 2
    assert len(workbook.stored(ROUND, "/premises/premises")) == 1  # type: ignore[arg-type]
    assert screen.boxes == [] and told(window)
    assert status(window) == "Tallentamatta olevia vastauksia: 1 (yritetään uudelleen)"

    writes_refused(workbook.store, False)
    qtbot.waitUntil(lambda: len(workbook.stored(ROUND, "/premises/premises")) == 2)  # type: ignore[arg-type]
    assert workbook.stored(ROUND, "/premises/premises") == table.rows_value()
    qtbot.waitUntil(lambda: SAVED.fullmatch(status(window)) is not None)


def test_a_cell_saved_while_its_table_waits_is_not_undone_when_the_table_is_saved(
    qtbot: QtBot, make_window: WindowFactory, workbook: Workbook, screen: Screen
) -> None:
    window = make_window(workbook)
    page = window.open_section("premises")
    assert page is not None
    table = page.editor("premises")
    assert isinstance(table, TableEditor)
    user = User(qtbot, window)
    user.add_table_row(page, table)  # saved
    writes_refused(workbook.store, True)
    qtbot.mouseClick(table.add_button, Qt.MouseButton.LeftButton)  # refused: the table waits
    qtbot.waitUntil(lambda: bool(told(window)))
    window.activateWindow()  # back from the message
    qtbot.waitUntil(window.isActiveWindow)
    writes_refused(workbook.store, False)
    # Writing works again, and before the table is tried again a cell of its first row
    # is changed and saved on its own.
    building = table.field.columns[0]
    table.model.setData(table.model.index(0, 0), "Uusi terveysasema")
    assert workbook.stored(ROUND, f"/premises/premises/0/{building.key}") == "Uusi terveysasema"
    window.flush()  # the table is tried again now

    stored = workbook.stored(ROUND, "/premises/premises")
    assert isinstance(stored, list) and len(stored) == 2
    assert stored == table.rows_value()
    assert stored[0][building.key] == "Uusi terveysasema"  # type: ignore[index]
    assert window.save_status.unsaved_count() == 0


def test_a_database_locked_by_another_program_is_saved_to_once_it_lets_go(
    qtbot: QtBot,
    quick_retry: None,
    make_window: WindowFactory,
    workbook: Workbook,
    screen: Screen,
    data_paths: DataPaths,
) -> None:
    window = make_window(workbook)
    other = sqlite3.connect(data_paths.database, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program writing, and not finishing
    try:
        answer_background(qtbot, window, "respondent_email", "aino.virtanen@kangasala.fi")
        qtbot.waitUntil(lambda: bool(told(window)), timeout=10_000)
        assert "Toinen ohjelma pitää tietokantaa" in told(window)
        qtbot.wait(300)  # quiet tries meanwhile
        assert screen.boxes == []
    finally:
        other.execute("ROLLBACK")
        other.close()
    qtbot.waitUntil(
        lambda: (
            workbook.stored(ROUND, "/background/respondent_email") == "aino.virtanen@kangasala.fi"
        )
    )
    qtbot.waitUntil(lambda: SAVED.fullmatch(status(window)) is not None)


def test_answers_that_cannot_be_read_are_reported_as_such_once(
    qtbot: QtBot,
    make_window: WindowFactory,
    workbook: Workbook,
    screen: Screen,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window(workbook)
    session = window.session
    assert session is not None
    database = str(workbook.store.paths.database)

    def unreadable(_round_id: str) -> None:
        raise StorageError("storage.database.io_error", path=database)

    with monkeypatch.context() as patched:
        patched.setattr(workbook, "answers", unreadable)
        session.check()
        session.check()  # the same trouble again: not a second message
        qtbot.waitUntil(lambda: bool(screen.boxes))
        qtbot.wait(50)
    assert screen.boxes == [
        (
            "Vastauksia ei voitu lukea",
            f"Tietokannan {database} lukeminen tai kirjoittaminen epäonnistui (levyvirhe). "
            "Tarkista levy ja yritä uudelleen.",
        )
    ]
    session.check()  # reading works again
    with monkeypatch.context() as patched:
        patched.setattr(workbook, "answers", unreadable)
        session.check()  # a new failure after a good check is news
        qtbot.waitUntil(lambda: len(screen.boxes) == 2)


def test_an_answer_refused_for_good_is_told_and_does_not_wait(
    qtbot: QtBot, make_window: WindowFactory, workbook: Workbook, screen: Screen
) -> None:
    window = make_window(workbook)
    # Another window of the program sent the round meanwhile: the store refuses edits.
    workbook.store.record_submission(
        ROUND, package_name="x.asice", package=b"p", report=b"r", signer_fingerprint="00"
    )
    answer_background(qtbot, window, "respondent_name", "Aino Virtanen")
    qtbot.waitUntil(lambda: bool(screen.boxes))
    title, message = screen.boxes[0]
    assert title == "Vastausta ei tallennettu"
    assert message == (
        "Kierros 2022-1 on lähetetty, eikä sen vastauksia voi enää muuttaa. "
        "Tee korjaus uutena lähetyksenä."
    )
    assert window.save_status.unsaved_count() == 0
    window.close()  # nothing waits: no question
    qtbot.waitUntil(lambda: not window.isVisible())
    assert screen.questions == []


def test_a_round_is_not_submitted_without_the_answers_still_waiting(
    qtbot: QtBot,
    make_window: WindowFactory,
    filled: Workbook,
    key: OrganisationKey,
    screen: Screen,
    tmp_path: Path,
) -> None:
    window = make_window(filled)
    writes_refused(filled.store, True)
    answer_background(qtbot, window, "respondent_title", "Hallintojohtaja")
    qtbot.waitUntil(lambda: bool(told(window)))
    out = tmp_path / "lähetettävät"
    out.mkdir()
    screen.folders.append(out)

    window.menu.submit.trigger()
    qtbot.waitUntil(lambda: len(screen.boxes) == 1)
    title, message = screen.boxes[0]
    assert title == "Kierrosta ei voi vielä lähettää"
    assert message.startswith("Tallentamatta olevia vastauksia: 1. Lähetys tehtäisiin ilman niitä.")
    assert list(out.iterdir()) == [] and screen.folders == [out]  # no folder was even asked
    writes_refused(filled.store, False)
    assert filled.store.submissions(ROUND) == []

"""Exporting from the window: a draft, a signed submission, its record, a correction.

Every dialog is answered as a user would answer it: a folder chosen in the
folder dialog, a question answered. The tests read what the user is shown
(message boxes, the banner, the inputs) and check the files written as their
receiver would. The passphrase and key dialogs met on the way are in
``test_passphrase_and_key_dialogs.py``.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from desktop.i18n import LANGS
from desktop.paths import DataPaths
from desktop.signing.keys import OrganisationKey
from desktop.storage import Store
from desktop.submission.steps import Step
from desktop.ui import dialogs
from desktop.ui.form.fields.table import TableEditor
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.submitting.progress import ExportProgress
from desktop.ui.submitting.submissions_dialog import SubmissionsDialog
from desktop.workbook import Workbook
from tests.ui.conftest import ROUND, WindowFactory
from tests.ui.exporting import WAIT_MS, Screen, steps_seen, verdict_of, wait_for_box
from tests.ui.user import type_text


def test_every_step_of_an_export_is_told_in_each_language_in_its_own_words() -> None:
    for lang in LANGS:
        texts = [step.text(lang) for step in Step]
        assert all(text.strip() for text in texts)
        assert len(set(texts)) == len(Step)
    assert [step.position for step in Step] == list(range(len(Step)))


# -- the final export -----------------------------------------------------------


def test_submitting_a_filled_round_writes_both_files_and_locks_the_form(
    qtbot: QtBot,
    filled: Workbook,
    make_window: WindowFactory,
    key: OrganisationKey,
    screen: Screen,
    tmp_path: Path,
) -> None:
    window = make_window(filled)
    out = tmp_path / "lähetettävät"
    out.mkdir()
    screen.folders.append(out)
    assert window.menu.submit.isEnabled()
    assert not window.banner.isVisible()

    window.menu.submit.trigger()
    title, text = wait_for_box(qtbot, screen)

    package = out / "2022-1_211_kangasala_1.asice"
    report = out / "2022-1_211_kangasala_1.pdf"
    assert sorted(p.name for p in out.iterdir()) == [package.name, report.name]
    assert title == "Lähetys valmis"
    assert text.startswith("Lähetys 1 kierrokselle 2022-1 on valmis, ja kierros on lukittu.")
    assert f"Paketti: {package}" in text and f"Raportti: {report}" in text
    groups = key.fingerprint.split()
    assert f"Avaimen sormenjälki:\n{' '.join(groups[:8])}\n{' '.join(groups[8:])}" in text
    assert verdict_of(package, key)
    assert verdict_of(report, key)
    assert steps_seen(screen) == [
        "Tehdään raporttia…",
        "Allekirjoitetaan…",
        "Kootaan pakettia…",
        "Tarkistetaan pakettia…",
        "Tallennetaan tiedostoja…",
    ]
    assert screen.busy_while_exporting == [True]
    assert window.centralWidget().isEnabled() and window.menuBar().isEnabled()

    # The form now says the round is submitted, and takes no typing.
    assert window.banner.isVisible()
    banner = window.banner.text.text()
    assert banner.startswith("Lähetetty ")
    assert banner.endswith(" (lähetys 1); aloita korjaus muuttaaksesi vastauksia")
    assert window.banner.button.isVisible() and window.banner.button.text() == "&Aloita korjaus"
    assert not window.menu.submit.isEnabled() and window.menu.correct.isEnabled()
    assert "lähetetty" in window.navigation.round_list.currentItem().text()
    page = window.open_section("background")
    assert page is not None
    line = page.editor("respondent_name").focus_widget()
    assert isinstance(line, QLineEdit)
    before = line.text()
    line.setFocus()
    qtbot.keyClicks(line, "xyz")
    qtbot.keyClick(line, Qt.Key.Key_Backspace)
    window.flush()
    assert line.text() == before
    assert filled.stored(ROUND, "/background/respondent_name") == before
    assert len(screen.boxes) == 1  # nothing refused: nothing reached the store
    # What was sent can still be read and copied out of the form.
    clipboard = QApplication.clipboard()
    line.selectAll()
    qtbot.keyClick(line, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert clipboard.text() == before
    networks = page.editor("networks")
    assert not networks.isEnabled()
    premises = window.open_section("premises")
    assert premises is not None
    table = premises.editor("premises")
    assert isinstance(table, TableEditor)
    assert not table.add_button.isEnabled() and not table.remove_button.isEnabled()
    first_cell = table.model.index(0, 0)
    table.focus_cell(0, 0)
    qtbot.keyClicks(table.view, "Uusi")
    qtbot.keyClick(table.view, Qt.Key.Key_F2)
    assert table.view.indexWidget(first_cell) is None and not table.view.isPersistentEditorOpen(
        first_cell
    )
    qtbot.keyClick(table.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert clipboard.text() == table.model.data(first_cell) != "Uusi"


def test_submissions_are_listed_and_their_files_saved_again(
    qtbot: QtBot,
    filled: Workbook,
    make_window: WindowFactory,
    key: OrganisationKey,
    screen: Screen,
    tmp_path: Path,
) -> None:
    window = make_window(filled)
    first, again = tmp_path / "first", tmp_path / "again"
    first.mkdir()
    again.mkdir()
    screen.folders += [first, again]
    window.menu.submit.trigger()
    wait_for_box(qtbot, screen)

    window.menu.submissions.trigger()
    dialog = screen.last(SubmissionsDialog)
    assert isinstance(dialog, SubmissionsDialog)
    (submission,) = filled.store.submissions(ROUND)
    table = dialog.table
    row = [table.item(0, column).text() for column in range(table.columnCount())]
    assert row[0] == "1"
    assert " klo " in row[1]
    # Who sent it: the contact person the signed package names, not the computer account.
    assert row[2] == "Anna Mäkelä, Talousjohtaja" != submission.actor
    assert row[3].replace("\n", " ") == key.fingerprint
    assert row[4] == "2022-1_211_kangasala_1.asice"
    assert dialog.state.text().startswith("Kierros on lukittu")

    qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
    title, text = wait_for_box(qtbot, screen, 2)
    assert title == "Tiedostot tallennettu"
    for name in ("2022-1_211_kangasala_1.asice", "2022-1_211_kangasala_1.pdf"):
        assert (again / name).read_bytes() == (first / name).read_bytes()
        assert str(again / name) in text


def test_a_round_with_problems_is_not_submitted_but_the_list_is_shown(
    qtbot: QtBot, window: MainWindow, workbook: Workbook, key: OrganisationKey, screen: Screen
) -> None:
    count = len(workbook.problems(ROUND))
    assert count > 0
    window.dock.hide()

    window.menu.submit.trigger()
    title, text = wait_for_box(qtbot, screen)
    assert title == "Kierrosta ei voi vielä lähettää"
    assert text.startswith(f"Vastauksissa on {count} korjattavaa kohtaa.")
    assert "Korjattavaa-paneelissa" in text
    assert not any(isinstance(d, QFileDialog) for d in screen.dialogs)
    qtbot.waitUntil(lambda: window.focusWidget() is window.panel.view)
    assert window.dock.isVisible()
    assert workbook.store.submissions(ROUND) == []


def test_a_draft_with_problems_writes_an_unsigned_pdf(
    qtbot: QtBot, window: MainWindow, workbook: Workbook, screen: Screen, tmp_path: Path
) -> None:
    out = tmp_path / "luonnos"
    out.mkdir()
    screen.folders.append(out)
    page = window.open_section("background")
    assert page is not None
    line = page.editor("respondent_name").focus_widget()
    line.setFocus()
    qtbot.waitUntil(line.hasFocus)
    type_text(qtbot, line, "Pekka Virtanen")  # still waiting for its pause when the draft starts
    assert window.session is not None and window.session.has_pending
    count = len(workbook.problems(ROUND)) - 1  # the name typed is one problem fewer

    window.menu.draft.trigger()
    title, text = wait_for_box(qtbot, screen)

    draft = out / "2022-1_211_kangasala_luonnos.pdf"
    assert title == "Luonnos valmis"
    assert text == (
        f"Luonnos on tallennettu (allekirjoittamaton, ei lähetetty):\n{draft}\n\n"
        f"Luonnoksessa on {count} korjattavaa kohtaa; ne on lueteltu raportin lopussa."
    )
    assert draft.read_bytes().startswith(b"%PDF-")
    assert [p.name for p in out.iterdir()] == [draft.name]
    assert steps_seen(screen) == ["Tehdään raporttia…", "Tallennetaan tiedostoja…"]
    assert not workbook.store.is_locked(ROUND)
    assert workbook.store.submissions(ROUND) == []
    assert not window.banner.isVisible()
    if shutil.which("pdftotext"):
        shown = subprocess.run(
            ["pdftotext", "-enc", "UTF-8", str(draft), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        assert "LUONNOS" in shown
        assert "Pekka Virtanen" in shown
    assert workbook.stored(ROUND, "/background/respondent_name") == "Pekka Virtanen"


# -- a correction ---------------------------------------------------------------------


def test_a_correction_reopens_a_submitted_round(
    qtbot: QtBot, filled: Workbook, make_window: WindowFactory, screen: Screen
) -> None:
    filled.store.record_submission(
        ROUND,
        package_name="2022-1_211_kangasala_1.asice",
        package=b"package",
        report=b"report",
        signer_fingerprint="0000",
    )
    window = make_window(filled)
    page = window.open_section("background")
    assert page is not None
    line = page.editor("respondent_name").focus_widget()
    assert isinstance(line, QLineEdit)
    assert window.banner.isVisible() and line.isReadOnly()

    qtbot.mouseClick(window.banner.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(screen.questions))
    assert screen.questions[0].startswith("Avataanko kierros ")
    assert "niistä tulee lähetys 2." in screen.questions[0]
    qtbot.waitUntil(lambda: not line.isReadOnly())

    assert not filled.store.is_locked(ROUND)
    assert window.banner.text.text().startswith("Korjaus käynnissä: lähetys 1 tehtiin ")
    assert window.banner.text.text().endswith("niistä tulee lähetys 2.")
    assert not window.banner.button.isVisible()
    assert window.menu.submit.isEnabled() and not window.menu.correct.isEnabled()
    # Not "sent" any more, but the list still tells it was sent before and is being corrected.
    listed = window.navigation.round_list.currentItem().text()
    assert "lähetetty" not in listed and "korjauksessa, lähetys 1 tehty" in listed
    window.activateWindow()  # the user comes back to the window after the question
    qtbot.waitUntil(window.isActiveWindow)
    line.setFocus()
    qtbot.waitUntil(line.hasFocus)
    qtbot.keyClick(line, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, line, "Korjattu Nimi")
    window.flush()
    assert filled.stored(ROUND, "/background/respondent_name") == "Korjattu Nimi"
    assert screen.boxes == []


def test_a_correction_is_not_started_when_the_user_says_no(
    qtbot: QtBot, filled: Workbook, make_window: WindowFactory, screen: Screen
) -> None:
    filled.store.record_submission(
        ROUND, package_name="p.asice", package=b"p", report=b"r", signer_fingerprint="0000"
    )
    window = make_window(filled)
    screen.yes = False
    window.menu.correct.trigger()
    qtbot.waitUntil(lambda: bool(screen.questions))
    assert filled.store.is_locked(ROUND)
    assert window.banner.text.text().startswith("Lähetetty ")


# -- closing while an export runs -----------------------------------------------------------


def test_the_window_closes_only_after_the_export_has_finished(
    qtbot: QtBot,
    filled: Workbook,
    make_window: WindowFactory,
    key: OrganisationKey,
    screen: Screen,
    tmp_path: Path,
    data_paths: DataPaths,
) -> None:
    window = make_window(filled)
    out = tmp_path / "out"
    out.mkdir()
    screen.folders.append(out)
    closed: list[bool] = []

    def close_at_once(dialog: QWidget) -> None:
        if isinstance(dialog, ExportProgress):
            QTimer.singleShot(0, lambda: closed.append(window.close()))

    dialogs.opened.append(close_at_once)
    window.menu.submit.trigger()
    qtbot.waitUntil(lambda: bool(closed))
    assert closed == [False]
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=WAIT_MS)
    assert (out / "2022-1_211_kangasala_1.asice").exists()
    assert filled.store.is_locked(ROUND)
    QApplication.processEvents()


def test_the_worker_records_the_submission_durably(
    qtbot: QtBot,
    filled: Workbook,
    make_window: WindowFactory,
    key: OrganisationKey,
    screen: Screen,
    tmp_path: Path,
    store: Store,
    data_paths: DataPaths,
) -> None:
    window = make_window(filled)
    (tmp_path / "out").mkdir()
    screen.folders.append(tmp_path / "out")
    window.menu.submit.trigger()
    wait_for_box(qtbot, screen)
    window.close()
    store.close()
    with Store.open(data_paths) as reopened:
        assert reopened.is_locked(ROUND)
        (submission,) = reopened.submissions(ROUND)
        assert submission.signer_fingerprint == key.fingerprint


def test_the_banner_and_the_menu_follow_the_language(
    qtbot: QtBot, filled: Workbook, make_window: WindowFactory
) -> None:
    filled.store.record_submission(
        ROUND, package_name="p.asice", package=b"p", report=b"r", signer_fingerprint="0000"
    )
    window = make_window(filled)
    window.menu.languages["sv"].trigger()
    assert window.menu.submit_menu.title() == "&Inskickning"
    assert window.menu.submit.text() == "&Skicka in…"
    text = window.banner.text.text()
    assert text.startswith("Inskickad ") and " kl. " in text
    assert text.endswith("(inskickning 1); börja en rättelse för att ändra svaren")
    assert window.banner.button.text() == "&Börja en rättelse"
    window.menu.languages["en"].trigger()
    assert window.banner.text.text().endswith(
        "(submission 1); start a correction to change the answers"
    )


def test_files_not_written_after_recording_are_told_with_the_window_s_way_to_save_them(
    qtbot: QtBot, window: MainWindow, screen: Screen
) -> None:
    from desktop.submission.refusals import ExportError

    error = ExportError(
        "submission.refusal.recorded_not_saved",
        number=1,
        round=ROUND,
        folder="/media/usb",
        reason="levy on täynnä",
    )
    window.submitting._export_failed(error, draft=False)
    title, text = wait_for_box(qtbot, screen)
    assert title == "Lähetys ei onnistunut"
    assert "Lähetys 1 on tallennettu" in text and "/media/usb" in text
    assert "Lähetys → Lähetykset… → Tallenna tiedostot uudelleen" in text
    assert "tilannekuva" not in text


def test_the_folder_offered_for_the_files_exists_on_a_laptop_without_documents(
    qtbot: QtBot,
    window: MainWindow,
    screen: Screen,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A fresh Linux account may have no ~/Documents: the dialog must not open on a
    # folder that is not there, with its Choose button greyed out.
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    offered: list[Path] = []

    def seen(dialog: QWidget) -> None:
        if isinstance(dialog, QFileDialog):
            line = dialog.findChild(QLineEdit, "fileNameEdit")
            assert line is not None
            offered.append(Path(dialog.directory().absolutePath()) / line.text())

    dialogs.opened.append(seen)
    window.menu.draft.trigger()
    qtbot.waitUntil(lambda: bool(offered))
    assert offered[0].is_dir(), offered


def test_a_summary_comes_before_the_folder_and_going_back_sends_nothing(
    qtbot: QtBot,
    filled: Workbook,
    make_window: WindowFactory,
    key: OrganisationKey,
    screen: Screen,
    tmp_path: Path,
) -> None:
    filled.remove(ROUND, "/change_support/other_needs")
    window = make_window(filled)
    screen.yes = False  # "Palaa takaisin"
    window.menu.submit.trigger()
    qtbot.waitUntil(lambda: len(screen.questions) == 1, timeout=WAIT_MS)
    summary = screen.questions[0]
    assert summary.startswith("Kierros 2022-1 on valmis lähetettäväksi.")
    assert "Vapaaehtoiset kysymykset, joihin ei ole vastattu (1):\n• Muut tuen tarpeet" in summary
    assert "Vahvistetut huomautukset" not in summary
    qtbot.wait(50)
    assert not any(isinstance(d, QFileDialog) for d in screen.dialogs)
    assert not filled.store.is_locked(ROUND)

    out = tmp_path / "out"
    out.mkdir()
    screen.yes = True  # "Jatka lähettämistä"
    screen.folders.append(out)
    window.menu.submit.trigger()
    title, _ = wait_for_box(qtbot, screen)
    assert title == "Lähetys valmis" and filled.store.is_locked(ROUND)
    assert len(screen.questions) == 2

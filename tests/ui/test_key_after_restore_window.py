"""Moving to a new computer with a backup, in the window: the organisation key is not in it.

The coordinator registers the municipality's key by its fingerprint and refuses a package
signed by another. After a restore the window names the key the restored submissions were
signed with; the key's dialog asks for that key (import first) instead of telling that no
key has been made; and signing with another key asks first.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop.backups import summarise_for
from desktop.paths import DataPaths
from desktop.signing.fingerprints import fingerprint_lines
from desktop.signing.keys import Organisation, OrganisationKey, create_key
from desktop.storage import Profile, Store
from desktop.storage.restore import write_backup
from desktop.submission.service import Submissions
from desktop.ui.shell.backups_dialog import BackupsDialog
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.submitting.key_dialogs import KeyDialog
from desktop.workbook import Workbook
from tests.ui.conftest import ROUND, WindowFactory
from tests.ui.exporting import WAIT_MS, Screen, wait_for_box
from tests.ui.test_backup_safety_window import Screen as StartScreen
from tests.ui.test_backup_safety_window import _run_with

OLD_KEY = create_key(Organisation("Kangasala", locality="Kangasala"))
OLD = OLD_KEY.fingerprint
SHOWN = "\n".join(fingerprint_lines(OLD))  # as the window shows a fingerprint


def _submitted(store: Store, fingerprint: str = OLD) -> None:
    store.record_submission(
        ROUND,
        package_name="2022-1_211_kangasala_1.asice",
        package=b"package",
        report=b"report",
        signer_fingerprint=fingerprint,
    )


# -- the restore says it at once -----------------------------------------------------------


def test_the_first_start_restore_names_the_key_left_on_the_old_computer(
    qapp: QApplication, data_paths: DataPaths, tmp_path: Path
) -> None:
    old = DataPaths(tmp_path / "old-laptop")
    with Store.open(old) as store:
        store.save_profile(Profile("211", contact_name="Anna Mäkelä"))
        _submitted(store)
        on_stick = write_backup(store, tmp_path / "usb")

    def restore_instead(dialog: QWidget) -> None:
        button = dialog.findChild(QPushButton, "restoreFromBackup")
        assert button is not None and button.isVisible()
        button.click()

    def pick_the_file(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        line = dialog.findChild(QLineEdit, "fileNameEdit")
        assert line is not None
        line.setText(str(on_stick))
        dialog.accept()

    screen = StartScreen({"QFileDialog": pick_the_file})
    assert _run_with(data_paths, screen, lambda window: window.close(), restore_instead) == 0
    told = [text for name, text in screen.seen if name == "messageBox"]
    assert len(told) == 1
    assert SHOWN in told[0]
    assert "Kopioi tiedosto organisation-key.p12 vanhalta tietokoneelta tai tuo se" in told[0]
    assert "vastaanottaja hylkää seuraavan lähetyksen" in told[0]


@pytest.mark.parametrize(
    ("lang", "says"),
    [
        ("fi", "vanhalta tietokoneelta"),
        ("sv", "från den gamla datorn"),
        ("en", "from the old computer"),
    ],
)
def test_the_backups_dialog_restore_names_the_key_left_on_the_old_computer(
    qtbot: QtBot,
    make_window: WindowFactory,
    workbook: Workbook,
    screen: Screen,
    lang: str,
    says: str,
) -> None:
    store = workbook.store
    _submitted(store)
    made = write_backup(store)
    window = make_window(workbook)
    window.set_language(lang)  # type: ignore[arg-type]
    dialog = window.show_backups()
    assert isinstance(dialog, BackupsDialog)
    dialog.ask_restore(summarise_for(dialog.paths, made, dialog.catalog))
    _title, text = wait_for_box(qtbot, screen)
    assert "before-restore-" in text
    assert SHOWN in text and "organisation-key.p12" in text and says in text
    dialog.close()


def test_a_restore_says_nothing_of_the_key_when_it_is_here(
    qtbot: QtBot,
    make_window: WindowFactory,
    workbook: Workbook,
    screen: Screen,
    data_paths: DataPaths,
) -> None:
    from desktop.signing.keys import to_pkcs12
    from desktop.signing.keystore import remember_certificate, write_new_file

    write_new_file(data_paths.key_store, to_pkcs12(OLD_KEY, None))
    remember_certificate(data_paths.key_store, OLD_KEY)
    _submitted(workbook.store)
    made = write_backup(workbook.store)
    window = make_window(workbook)
    dialog = window.show_backups()
    assert isinstance(dialog, BackupsDialog)
    dialog.ask_restore(summarise_for(dialog.paths, made, dialog.catalog))
    _title, text = wait_for_box(qtbot, screen)
    assert "before-restore-" in text and "sormenjälki" not in text
    dialog.close()


# -- the key's dialog asks for the earlier key -------------------------------------------------


def test_the_key_dialog_asks_for_the_earlier_key_and_offers_import_first(
    qtbot: QtBot, make_window: WindowFactory, workbook: Workbook, screen: Screen
) -> None:
    _submitted(workbook.store)
    window = make_window(workbook)
    window.menu.key.trigger()
    dialog = screen.last(KeyDialog)
    assert isinstance(dialog, KeyDialog)
    state = dialog.state.text()
    assert "ei ole vielä luotu" not in state
    assert SHOWN in state and "organisation-key.p12" in state
    assert "vastaanottaja hylkää" in state
    assert dialog.import_button.isDefault() and not dialog.create_button.isDefault()
    assert dialog.focusWidget() is dialog.import_button
    qtbot.waitUntil(dialog.import_button.isVisible)
    # Import is the first of the two, left of create.
    assert dialog.import_button.x() < dialog.create_button.x()


def test_the_key_dialog_tells_when_its_key_is_not_the_earlier_submissions_key(
    qtbot: QtBot,
    make_window: WindowFactory,
    workbook: Workbook,
    key: OrganisationKey,
    screen: Screen,
) -> None:
    _submitted(workbook.store)
    window = make_window(workbook)
    window.menu.key.trigger()
    dialog = screen.last(KeyDialog)
    assert isinstance(dialog, KeyDialog)
    qtbot.waitUntil(dialog.details.isVisible, timeout=WAIT_MS)
    assert OLD in dialog.state.text()
    assert "toisella avaimella" in dialog.state.text()


def test_without_earlier_submissions_the_key_dialog_is_as_before(
    qtbot: QtBot, window: MainWindow, screen: Screen
) -> None:
    window.menu.key.trigger()
    dialog = screen.last(KeyDialog)
    assert isinstance(dialog, KeyDialog)
    assert dialog.state.text().startswith("Avainta ei ole vielä luotu.")
    assert dialog.create_button.isDefault()


# -- the question when submitting without a key --------------------------------------------


@pytest.mark.parametrize(
    ("lang", "buttons"),
    [
        ("fi", ["&Luo uusi avain…", "&Tuo avain…", "Peru"]),
        ("sv", ["&Skapa en ny nyckel…", "&Importera en nyckel…", "Avbryt"]),
        ("en", ["Create a &new key…", "&Import a key…", "Cancel"]),
    ],
)
def test_submitting_without_a_key_offers_what_each_button_does(
    qtbot: QtBot,
    filled: Workbook,
    make_window: WindowFactory,
    screen: Screen,
    lang: str,
    buttons: list[str],
) -> None:
    seen: list[QMessageBox] = []
    from desktop.ui import dialogs

    dialogs.opened.insert(0, lambda d: seen.append(d) if isinstance(d, QMessageBox) else None)
    window = make_window(filled)
    window.set_language(lang)  # type: ignore[arg-type]
    window.menu.submit.trigger()
    qtbot.waitUntil(lambda: bool(screen.questions))
    (box,) = seen
    assert sorted(b.text() for b in box.buttons()) == sorted(buttons)
    assert box.defaultButton().objectName() == "createKey"
    assert not any(isinstance(d, KeyDialog) for d in screen.dialogs)  # cancelled


def test_submitting_without_the_earlier_key_names_it_and_offers_import_first(
    qtbot: QtBot, filled: Workbook, make_window: WindowFactory, screen: Screen
) -> None:
    _submitted(filled.store)
    Submissions(filled).start_correction(ROUND)
    seen: list[QMessageBox] = []
    from desktop.ui import dialogs

    dialogs.opened.insert(0, lambda d: seen.append(d) if isinstance(d, QMessageBox) else None)
    window = make_window(filled)
    window.menu.submit.trigger()
    qtbot.waitUntil(lambda: bool(screen.questions))
    (box,) = seen
    assert SHOWN in box.text() and "organisation-key.p12" in box.text()
    assert box.defaultButton().objectName() == "importKey"


# -- signing with another key asks first ----------------------------------------------------


def _submit_with_another_key(
    qtbot: QtBot,
    filled: Workbook,
    make_window: WindowFactory,
    key: OrganisationKey,
    screen: Screen,
    out: Path,
) -> tuple[MainWindow, list[tuple[str, bool, str]]]:
    """Submits a correction of a round submitted with another key; each question as asked:
    its text, whether No is its default, and the text of its Yes."""
    _submitted(filled.store)
    Submissions(filled).start_correction(ROUND)
    seen: list[tuple[str, bool, str]] = []

    def look(box: QWidget) -> None:
        if isinstance(box, QMessageBox) and box.objectName() == "questionBox":
            no = box.button(QMessageBox.StandardButton.No)
            yes = box.button(QMessageBox.StandardButton.Yes)
            seen.append((box.text(), box.defaultButton() is no, yes.text()))

    from desktop.ui import dialogs

    dialogs.opened.insert(0, look)
    window = make_window(filled)
    out.mkdir()
    screen.folders.append(out)
    window.menu.submit.trigger()
    return window, seen


def test_signing_with_another_key_asks_first_and_no_sends_nothing(
    qtbot: QtBot,
    filled: Workbook,
    make_window: WindowFactory,
    key: OrganisationKey,
    screen: Screen,
    tmp_path: Path,
) -> None:
    screen.no_to = "toisella avaimella"
    out = tmp_path / "out"
    window, seen = _submit_with_another_key(qtbot, filled, make_window, key, screen, out)
    qtbot.waitUntil(lambda: any("toisella avaimella" in q for q, _, _ in seen), timeout=WAIT_MS)
    text, no_by_default, yes = next(each for each in seen if "toisella avaimella" in each[0])
    assert SHOWN in text and "\n".join(fingerprint_lines(key.fingerprint)) in text
    assert "rekisteröinyt uuden sormenjäljen" in text
    assert no_by_default
    assert yes == "&Allekirjoita uudella avaimella"
    qtbot.waitUntil(lambda: not window.submitting.busy)
    assert list(out.iterdir()) == []
    assert len(filled.store.submissions(ROUND)) == 1
    assert window.menu.submit.isEnabled()


def test_signing_with_another_key_goes_on_when_the_user_says_so(
    qtbot: QtBot,
    filled: Workbook,
    make_window: WindowFactory,
    key: OrganisationKey,
    screen: Screen,
    tmp_path: Path,
) -> None:
    out = tmp_path / "out"
    _submit_with_another_key(qtbot, filled, make_window, key, screen, out)
    title, _text = wait_for_box(qtbot, screen)
    assert title == "Lähetys valmis"
    assert any("toisella avaimella" in q for q in screen.questions)
    (first, second) = filled.store.submissions(ROUND)
    assert (first.signer_fingerprint, second.signer_fingerprint) == (OLD, key.fingerprint)


def test_the_earlier_key_signs_without_a_question(
    qtbot: QtBot,
    filled: Workbook,
    make_window: WindowFactory,
    key: OrganisationKey,
    screen: Screen,
    tmp_path: Path,
) -> None:
    _submitted(filled.store, key.fingerprint)
    Submissions(filled).start_correction(ROUND)
    window = make_window(filled)
    out = tmp_path / "out"
    out.mkdir()
    screen.folders.append(out)
    window.menu.submit.trigger()
    title, _text = wait_for_box(qtbot, screen)
    assert title == "Lähetys valmis"
    assert not any("toisella avaimella" in q for q in screen.questions)
    qtbot.keyClick(window, Qt.Key.Key_Escape)

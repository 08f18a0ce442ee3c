"""Submitting from the window meets the organisation key: its passphrase, or making one.

The passphrase is typed and OK clicked, a key made in the key's dialogs, as a user
would; the files written are checked as their receiver would.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLineEdit
from pytestqt.qtbot import QtBot

from desktop.paths import DataPaths
from desktop.signing.keystore import create_key_file
from desktop.ui.submitting.key_dialogs import KeyDialog, PassphraseDialog
from desktop.workbook import Workbook
from tests.ui.conftest import ROUND, WindowFactory
from tests.ui.exporting import (
    KANGASALA,
    WAIT_MS,
    Screen,
    gone,
    type_passphrase,
    verdict_of,
    wait_for_box,
)
from tests.ui.user import type_text


def test_a_wrong_passphrase_is_told_and_asked_again(
    qtbot: QtBot,
    filled: Workbook,
    make_window: WindowFactory,
    data_paths: DataPaths,
    screen: Screen,
    tmp_path: Path,
) -> None:
    key = create_key_file(data_paths.key_store, KANGASALA, "oikea tunnuslause")
    window = make_window(filled)
    out = tmp_path / "out"
    out.mkdir()
    screen.folders.append(out)

    window.menu.submit.trigger()
    qtbot.waitUntil(lambda: screen.last(PassphraseDialog) is not None, timeout=WAIT_MS)
    dialog = screen.last(PassphraseDialog)
    assert isinstance(dialog, PassphraseDialog)
    assert dialog.field.echoMode() is QLineEdit.EchoMode.Password
    assert dialog.prompt.text() == (
        "Organisaatioavain on suojattu tunnuslauseella. Anna tunnuslause:"
    )

    type_passphrase(qtbot, dialog, "väärä")
    qtbot.waitUntil(lambda: dialog.field.isEnabled(), timeout=WAIT_MS)
    assert dialog.isVisible()
    assert dialog.message.text() == "Tunnuslause oli väärä. Kirjoita se uudelleen."
    assert dialog.field.text() == ""
    assert list(out.iterdir()) == []
    assert not filled.store.is_locked(ROUND)

    type_passphrase(qtbot, dialog, "oikea tunnuslause")
    title, _text = wait_for_box(qtbot, screen)
    assert title == "Lähetys valmis"
    assert gone(dialog)
    assert verdict_of(out / "2022-1_211_kangasala_1.asice", key)
    assert filled.store.is_locked(ROUND)


def test_cancelling_the_passphrase_or_the_folder_changes_nothing(
    qtbot: QtBot,
    filled: Workbook,
    make_window: WindowFactory,
    data_paths: DataPaths,
    screen: Screen,
    tmp_path: Path,
) -> None:
    create_key_file(data_paths.key_store, KANGASALA, "tunnuslause")
    window = make_window(filled)
    out = tmp_path / "out"
    out.mkdir()

    screen.folders.append(None)  # the folder dialog cancelled
    window.menu.submit.trigger()
    qtbot.waitUntil(lambda: any(isinstance(d, QFileDialog) for d in screen.dialogs))
    qtbot.waitUntil(lambda: gone(screen.dialogs[-1]))
    assert screen.last(PassphraseDialog) is None

    screen.folders.append(out)  # then the passphrase dialog cancelled
    window.menu.submit.trigger()
    qtbot.waitUntil(lambda: screen.last(PassphraseDialog) is not None, timeout=WAIT_MS)
    dialog = screen.last(PassphraseDialog)
    assert isinstance(dialog, PassphraseDialog)
    button = dialog.buttons.button(dialog.buttons.StandardButton.Cancel)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.menuBar().isEnabled())

    assert list(out.iterdir()) == []
    assert screen.boxes == []
    assert not filled.store.is_locked(ROUND)
    assert filled.store.submissions(ROUND) == []
    assert not window.banner.isVisible()
    assert window.menu.submit.isEnabled()
    assert not window.submitting.busy


def test_without_a_key_the_user_is_offered_to_make_one(
    qtbot: QtBot, filled: Workbook, make_window: WindowFactory, screen: Screen
) -> None:
    window = make_window(filled)
    window.menu.submit.trigger()
    qtbot.waitUntil(lambda: bool(screen.questions))
    assert screen.questions == [
        "Lähetys allekirjoitetaan organisaation avaimella, eikä avainta ole vielä luotu. "
        "Luo uusi avain tai tuo kunnan olemassa oleva avain (PKCS#12-tiedosto)."
    ]
    # Cancelled: nothing opens.
    assert not any(isinstance(d, QFileDialog | KeyDialog) for d in screen.dialogs)


def test_a_key_made_when_submitting_goes_on_to_the_submission(
    qtbot: QtBot,
    filled: Workbook,
    make_window: WindowFactory,
    screen: Screen,
    tmp_path: Path,
) -> None:
    from desktop.ui.submitting.key_dialogs import NewKeyDialog

    window = make_window(filled)
    out = tmp_path / "out"
    out.mkdir()
    screen.folders.append(out)
    screen.key_choice = "createKey"  # "Luo uusi avain…" in the question
    window.menu.submit.trigger()
    qtbot.waitUntil(lambda: screen.last(NewKeyDialog) is not None)
    key_dialog = screen.last(KeyDialog)
    assert isinstance(key_dialog, KeyDialog)
    new = screen.last(NewKeyDialog)
    assert isinstance(new, NewKeyDialog)
    type_text(qtbot, new.first, "kunnan avain")
    type_text(qtbot, new.second, "kunnan avain")
    qtbot.mouseClick(new.ok, Qt.MouseButton.LeftButton)
    assert wait_for_box(qtbot, screen)[0] == "Avain luotu"
    # The user reads the fingerprint and closes the key's dialog: the submission the
    # user asked for goes on, to the folder and the passphrase, without asking again.
    close = key_dialog.buttons.button(key_dialog.buttons.StandardButton.Close)
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.last(PassphraseDialog) is not None, timeout=WAIT_MS)
    dialog = screen.last(PassphraseDialog)
    assert isinstance(dialog, PassphraseDialog)
    type_passphrase(qtbot, dialog, "kunnan avain")
    assert wait_for_box(qtbot, screen, 2)[0] == "Lähetys valmis"
    assert filled.store.is_locked(ROUND)
    assert sorted(p.suffix for p in out.iterdir()) == [".asice", ".pdf"]

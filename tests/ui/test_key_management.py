"""The organisation key from the window: made, warned about, unlocked and imported.

Every dialog is answered as a user would answer it (see ``exporting.Screen``).
"""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from desktop.paths import DataPaths
from desktop.signing.keys import create_key, to_pkcs12
from desktop.signing.keystore import create_key_file, load_key
from desktop.ui import dialogs
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.submitting.key_dialogs import KeyDialog, NewKeyDialog, PassphraseDialog
from tests.ui.exporting import (
    KANGASALA,
    WAIT_MS,
    Screen,
    type_passphrase,
    wait_for_box,
)
from tests.ui.user import type_text

# -- the organisation key ----------------------------------------------------------------


def test_a_new_key_is_made_with_its_passphrase_typed_twice(
    qtbot: QtBot, window: MainWindow, data_paths: DataPaths, screen: Screen
) -> None:
    window.menu.key.trigger()
    dialog = screen.last(KeyDialog)
    assert isinstance(dialog, KeyDialog)
    assert dialog.state.text().startswith("Avainta ei ole vielä luotu.")
    assert dialog.create_button.isVisible() and dialog.import_button.isVisible()

    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    new = screen.last(NewKeyDialog)
    assert isinstance(new, NewKeyDialog)
    assert new.intro.text() == "Avain nimetään kunnan mukaan: Kangasala."
    assert new.hint.text().startswith("Ilman tunnuslausetta avainta suojaavat vain tiedoston")
    type_text(qtbot, new.first, "kunnan avain")
    type_text(qtbot, new.second, "kunnan")
    assert new.hint.text() == "Tunnuslauseet eivät ole samat."
    assert not new.ok.isEnabled()
    type_text(qtbot, new.second, " avain")
    assert new.ok.isEnabled()
    qtbot.mouseClick(new.ok, Qt.MouseButton.LeftButton)

    title, text = wait_for_box(qtbot, screen)
    assert title == "Avain luotu"
    assert "Kerro sormenjälki vastaanottajalle muuta kautta" in text
    assert "ei ole tunnuslausetta" not in text
    made = load_key(data_paths.key_store, "kunnan avain")
    shown = dialog.fingerprint.text()
    assert shown.replace("\n", " ") == made.fingerprint
    assert all(len(group) == 4 for group in shown.split())
    assert dialog.name.text() == "Kangasala"
    assert not dialog.create_button.isVisible() and not dialog.import_button.isVisible()


def test_a_key_without_a_passphrase_is_warned_about(
    qtbot: QtBot, window: MainWindow, data_paths: DataPaths, screen: Screen
) -> None:
    window.menu.key.trigger()
    dialog = screen.last(KeyDialog)
    assert isinstance(dialog, KeyDialog)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    new = screen.last(NewKeyDialog)
    assert isinstance(new, NewKeyDialog)
    qtbot.mouseClick(new.ok, Qt.MouseButton.LeftButton)
    title, text = wait_for_box(qtbot, screen)
    assert title == "Avain luotu"
    assert text.endswith(
        "Avaimella ei ole tunnuslausetta; sitä suojaavat vain tiedoston käyttöoikeudet."
    )
    assert load_key(data_paths.key_store, None).fingerprint == dialog.fingerprint.text().replace(
        "\n", " "
    )


def test_a_protected_key_shows_its_details_after_the_passphrase(
    qtbot: QtBot, window: MainWindow, data_paths: DataPaths, screen: Screen
) -> None:
    key = create_key_file(data_paths.key_store, KANGASALA, "salainen")
    window.menu.key.trigger()
    dialog = screen.last(KeyDialog)
    assert isinstance(dialog, KeyDialog)
    qtbot.waitUntil(lambda: dialog.unlock_button.isVisible(), timeout=WAIT_MS)
    assert dialog.state.text().endswith("Se on suojattu tunnuslauseella.")
    assert not dialog.details.isVisible()

    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.last(PassphraseDialog) is not None, timeout=WAIT_MS)
    asked = screen.last(PassphraseDialog)
    assert isinstance(asked, PassphraseDialog)
    type_passphrase(qtbot, asked, "salainen")
    qtbot.waitUntil(lambda: dialog.details.isVisible(), timeout=WAIT_MS)
    assert dialog.fingerprint.text().replace("\n", " ") == key.fingerprint


def test_an_existing_pkcs12_file_is_imported(
    qtbot: QtBot, window: MainWindow, data_paths: DataPaths, screen: Screen, tmp_path: Path
) -> None:
    original = create_key(KANGASALA)
    source = tmp_path / "kunnan avain.p12"
    source.write_bytes(to_pkcs12(original, "vanha"))
    screen.files.append(source)

    window.menu.key.trigger()
    dialog = screen.last(KeyDialog)
    assert isinstance(dialog, KeyDialog)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.last(PassphraseDialog) is not None, timeout=WAIT_MS)
    asked = screen.last(PassphraseDialog)
    assert isinstance(asked, PassphraseDialog)
    assert asked.prompt.text() == (
        f"Tiedosto {source} on suojattu tunnuslauseella. Anna tunnuslause:"
    )
    type_passphrase(qtbot, asked, "vanha")

    title, _text = wait_for_box(qtbot, screen)
    assert title == "Avain tuotu"
    assert dialog.fingerprint.text().replace("\n", " ") == original.fingerprint
    assert load_key(data_paths.key_store, "vanha").fingerprint == original.fingerprint


# -- the fingerprint is readable while the message about the key is up ---------------------


def _messages_with_flags(screen: Screen) -> list[tuple[str, bool]]:
    """Each message box's text and whether its text can be selected (to copy the fingerprint)."""
    seen: list[tuple[str, bool]] = []

    def look(box: QWidget) -> None:
        if isinstance(box, QMessageBox):
            selectable = bool(
                box.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
            )
            seen.append((box.text(), selectable))

    dialogs.opened.insert(0, look)
    return seen


@pytest.mark.parametrize(
    ("lang", "title", "asks"),
    [
        ("fi", "Avain luotu", "Kerro sormenjälki vastaanottajalle muuta kautta"),
        ("sv", "Nyckeln har skapats", "Meddela mottagaren fingeravtrycket på annat sätt"),
        ("en", "Key created", "Tell the receiver this fingerprint by other means"),
    ],
)
def test_the_new_keys_message_shows_the_fingerprint_it_asks_to_tell(
    qtbot: QtBot,
    window: MainWindow,
    data_paths: DataPaths,
    screen: Screen,
    lang: str,
    title: str,
    asks: str,
) -> None:
    """The message lies over the key's dialog: the fingerprint to read out is in it."""
    seen = _messages_with_flags(screen)
    window.set_language(lang)  # type: ignore[arg-type]
    window.menu.key.trigger()
    dialog = screen.last(KeyDialog)
    assert isinstance(dialog, KeyDialog)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    new = screen.last(NewKeyDialog)
    assert isinstance(new, NewKeyDialog)
    qtbot.mouseClick(new.ok, Qt.MouseButton.LeftButton)
    shown_title, text = wait_for_box(qtbot, screen)
    assert shown_title == title
    made = load_key(data_paths.key_store, None)
    assert dialog.fingerprint.text() in text  # the same lines as the dialog shows
    assert text.replace("\n", " ").count(made.fingerprint) == 1
    assert asks in text
    assert seen and seen[0][1], "the fingerprint can be selected and copied"


def test_the_imported_keys_message_shows_its_fingerprint(
    qtbot: QtBot, window: MainWindow, screen: Screen, tmp_path: Path
) -> None:
    seen = _messages_with_flags(screen)
    original = create_key(KANGASALA)
    source = tmp_path / "avain.p12"
    source.write_bytes(to_pkcs12(original, "vanha"))
    screen.files.append(source)
    window.menu.key.trigger()
    dialog = screen.last(KeyDialog)
    assert isinstance(dialog, KeyDialog)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.last(PassphraseDialog) is not None, timeout=WAIT_MS)
    asked = screen.last(PassphraseDialog)
    assert isinstance(asked, PassphraseDialog)
    type_passphrase(qtbot, asked, "vanha")
    title, text = wait_for_box(qtbot, screen)
    assert title == "Avain tuotu"
    assert text.replace("\n", " ").count(original.fingerprint) == 1
    assert "Tarkista, että vastaanottaja tuntee tämän sormenjäljen." in text
    assert seen and seen[0][1]

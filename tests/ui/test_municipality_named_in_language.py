"""The window names the municipality in the user's language: Pargas in Swedish and English."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.paths import DataPaths
from desktop.signing.keystore import load_key
from desktop.storage import Profile, Store
from desktop.ui.coordinator.received import ReceivedView
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.submitting.key_dialogs import KeyDialog, NewKeyDialog
from desktop.workbook import Workbook
from tests.parainen_package import PARAINEN, parainen_key, parainen_package
from tests.ui.conftest import WindowFactory
from tests.ui.exporting import WAIT_MS, Screen, wait_for_box


@pytest.fixture
def pargas(make_window: WindowFactory, store: Store) -> Iterator[MainWindow]:
    store.save_profile(Profile(PARAINEN, contact_name="Åsa Östergård", business_id="0133226-9"))
    made = make_window(Workbook(store))
    yield made
    for session in made.sessions.values():
        session.stop_checking()


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_the_key_is_said_to_be_named_after_the_municipality_in_the_users_language(
    qtbot: QtBot, pargas: MainWindow, data_paths: DataPaths, screen: Screen, lang: str
) -> None:
    pargas.set_language(lang)  # type: ignore[arg-type]
    pargas.menu.key.trigger()
    dialog = screen.last(KeyDialog)
    assert isinstance(dialog, KeyDialog)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    new = screen.last(NewKeyDialog)
    assert isinstance(new, NewKeyDialog)
    assert "Pargas" in new.intro.text() and "Parainen" not in new.intro.text()
    qtbot.mouseClick(new.ok, Qt.MouseButton.LeftButton)
    wait_for_box(qtbot, screen)
    assert dialog.name.text().startswith("Pargas (")
    assert "0133226-9" in dialog.name.text()
    # The certificate keeps the municipality's registered name, whatever the language.
    assert "Parainen" in load_key(data_paths.key_store, None).subject


def test_a_received_package_names_its_municipality_in_the_users_language(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    package = parainen_package(tmp_path / "sender", parainen_key())
    window.set_language("en")
    with qtbot.waitSignal(window.received.shown, timeout=WAIT_MS) as shown:
        window.received.open(package)
    view = shown.args[0]
    assert isinstance(view, ReceivedView)
    page = view.verdict_page.toPlainText()
    assert "Pargas (445)" in page and "Parainen (445)" not in page
    window.set_language("sv")
    view.close()

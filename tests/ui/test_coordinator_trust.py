"""The coordinator's trust register in the window: the keys listed, added, imported, removed,
and a refused file's key registered from the file's line so that collecting again counts it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from desktop.collect import trust
from desktop.collect.desk import Desk
from desktop.collect.overview import FileLine
from desktop.municipalities import Register
from desktop.paths import DataPaths
from desktop.ui import dialogs
from desktop.ui.coordinator.key_form import AddKeyDialog
from desktop.ui.coordinator.trust_dialog import TrustDialog
from desktop.ui.coordinator.window import CoordinatorWindow
from desktop.ui.translations import Translations
from tests.fixtures.received.generate import cached

KEY = "0123 4567 89AB CDEF 0123 4567 89AB CDEF 0123 4567 89AB CDEF 0123 4567 89AB CDEF"


@pytest.fixture(scope="session")
def received(request: pytest.FixtureRequest) -> tuple[Path, dict[str, Any]]:
    return cached(request.config, 30)


@pytest.fixture
def shown() -> Iterator[list[QWidget]]:
    """Every dialog the window opens, in order."""
    seen: list[QWidget] = []
    dialogs.opened.append(seen.append)
    yield seen
    dialogs.opened.remove(seen.append)


def registered(data_paths: DataPaths) -> list[tuple[str, str]]:
    with Desk.open(data_paths).records() as records:
        return [(s.code, s.fingerprint) for s in trust.listing(records, Register.load())]


def trust_dialog(qtbot: QtBot, data_paths: DataPaths) -> TrustDialog:
    dialog = TrustDialog(Desk.open(data_paths), "fi")
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def add(qtbot: QtBot, dialog: TrustDialog, shown: list[QWidget], code: str, key: str) -> None:
    qtbot.mouseClick(dialog.add, Qt.MouseButton.LeftButton)
    form = shown[-1]
    assert isinstance(form, AddKeyDialog)
    qtbot.keyClicks(form.code, code)
    form.fingerprint.setText(key)
    form.ok.click()


def test_a_key_added_in_the_dialog_is_registered_and_listed(
    qtbot: QtBot, data_paths: DataPaths, translations: Translations, shown: list[QWidget]
) -> None:
    dialog = trust_dialog(qtbot, data_paths)
    assert "Yhtään avainta ei ole rekisteröity" in dialog.count.text()
    add(qtbot, dialog, shown, "445", KEY.replace(" ", "").lower())
    assert registered(data_paths) == [("445", KEY)]
    rows = [
        [dialog.keys.data(dialog.keys.index(r, c)) for c in range(3)]
        for r in range(dialog.keys.rowCount())
    ]
    assert rows == [["445", "Parainen", KEY]]  # the fingerprint grouped as the program shows it
    # The same key for a second municipality: registered, with the warning `trust add` gives.
    add(qtbot, dialog, shown, "091", KEY)
    assert ("091", KEY) in registered(data_paths)
    warning = shown[-1]
    assert isinstance(warning, QMessageBox)
    assert "useammalle kuin yhdelle kunnalle" in warning.text()
    assert "Parainen (445)" in warning.text() and "Helsinki (091)" in warning.text()


def test_a_wrong_code_or_fingerprint_is_refused_with_the_command_lines_message(
    qtbot: QtBot, data_paths: DataPaths, translations: Translations, shown: list[QWidget]
) -> None:
    dialog = trust_dialog(qtbot, data_paths)
    add(qtbot, dialog, shown, "445", "0123 4567")
    form = shown[-1]
    assert isinstance(form, AddKeyDialog) and form.isVisible()
    expected = trust.TrustError("collect.trust.bad_fingerprint", value="0123 4567")
    assert form.error.text() == expected.message("fi")
    form.code.setText("998")
    form.fingerprint.setText(KEY)
    form.ok.click()
    assert form.error.text() == trust.TrustError("collect.trust.unknown_code", code="998").message(
        "fi"
    )
    assert registered(data_paths) == []


def test_a_list_saved_by_excel_is_imported_and_a_key_removed_after_asking(
    qtbot: QtBot,
    data_paths: DataPaths,
    translations: Translations,
    shown: list[QWidget],
    tmp_path: Path,
) -> None:
    listed = tmp_path / "avaimet.txt"
    other = KEY.replace("0123", "4567")
    text = f"kunta\tsormenjälki\n445\t{KEY}\n091\t{other}\n"
    listed.write_bytes(text.encode("utf-16"))  # Excel's "Unicode text"
    dialog = trust_dialog(qtbot, data_paths)
    dialog.import_list.click()
    assert shown[-1].objectName() == "" or shown[-1].windowTitle()  # the file dialog
    shown[-1].close()
    dialog.import_file(listed)
    assert sorted(registered(data_paths)) == [("091", other), ("445", KEY)]
    assert dialog.keys.rowCount() == 2
    told = shown[-1]
    assert isinstance(told, QMessageBox)
    assert "Luettu 2 riviä, 2 uutta avainta rekisteröity." in told.text()

    dialog.view.selectRow(1)  # Parainen, after Helsinki
    assert dialog.remove.isEnabled()
    dialog.remove.click()
    ask = shown[-1]
    assert isinstance(ask, QMessageBox)
    assert "Parainen (445)" in ask.text()
    ask.button(QMessageBox.StandardButton.No).click()
    assert len(registered(data_paths)) == 2
    dialog.remove.click()
    shown[-1].button(QMessageBox.StandardButton.Yes).click()  # type: ignore[attr-defined]
    assert registered(data_paths) == [("091", other)]
    assert dialog.keys.rowCount() == 1


def test_a_refused_list_says_which_line_and_registers_nothing(
    qtbot: QtBot,
    data_paths: DataPaths,
    translations: Translations,
    shown: list[QWidget],
    tmp_path: Path,
) -> None:
    listed = tmp_path / "avaimet.csv"
    listed.write_text(f"445;{KEY}\n999;{KEY}\n", "utf-8")
    dialog = trust_dialog(qtbot, data_paths)
    dialog.import_file(listed)
    told = shown[-1]
    assert isinstance(told, QMessageBox)
    with pytest.raises(trust.TrustError) as refused:
        trust.read_csv(listed, Register.load())
    assert told.text() == refused.value.message("fi")
    assert registered(data_paths) == []


def test_a_refused_files_key_is_registered_from_its_line_and_counts_when_collected_again(
    qtbot: QtBot,
    data_paths: DataPaths,
    translations: Translations,
    shown: list[QWidget],
    received: tuple[Path, dict[str, Any]],
) -> None:
    folder, expected = received
    with Desk.open(data_paths).records() as records:
        trust.import_csv(records, folder / "trusted.csv", Register.load())
    window = CoordinatorWindow(data_paths, "fi", workers=1)
    qtbot.addWidget(window)
    window.show()
    window.round.setCurrentIndex(window.round.findData("2022-1"))
    window.set_folder(folder)
    window.collect()
    qtbot.waitUntil(lambda: window.task is None, timeout=120_000)
    code = expected["roles"]["other_key"]
    name = f"2022-1_{code}_1.asice"

    def line() -> tuple[int, FileLine]:
        files = [window.files.item(r) for r in range(window.files.rowCount())]
        found = next(f for f in files if isinstance(f, FileLine) and f.name == name)
        return files.index(found), found

    row, refused = line()
    assert window.files.data(window.files.index(row, 3)) == "Allekirjoittajaa ei vahvistettu"
    window.tabs.setCurrentWidget(window.file_view)
    assert not window.trust.register.isEnabled()
    window.file_view.selectRow(row)
    assert window.trust.register.isEnabled()
    window.trust.register.click()
    form = shown[-1]
    assert isinstance(form, AddKeyDialog)
    fingerprint = form.fingerprint.text()
    assert form.code.text() == code and fingerprint in refused.reason
    readout = form.readout.text().splitlines()  # to be read out and compared, in two lines
    assert " ".join(readout[1:]) == fingerprint and len(readout) == 3
    assert not form.ok.isEnabled()  # not before the coordinator says it matches
    assert form.confirmed is not None
    form.confirmed.setChecked(True)
    form.ok.click()
    assert (code, fingerprint) in registered(data_paths)
    qtbot.waitUntil(lambda: window.task is None, timeout=120_000)
    row, _ = line()
    assert window.files.data(window.files.index(row, 3)) == "Laskettu"


def test_the_coordinator_window_and_the_menu_open_the_trusted_keys(
    qtbot: QtBot,
    data_paths: DataPaths,
    translations: Translations,
    shown: list[QWidget],
    window: Any,
    tmp_path: Path,
) -> None:
    window.menu.trusted_keys.trigger()
    dialog = shown[-1]
    assert isinstance(dialog, TrustDialog)
    assert window.menu.trusted_keys in window.menu.coordinator_menu.actions()
    dialog.close()
    coordinator = CoordinatorWindow(data_paths, "fi", workers=1)
    qtbot.addWidget(coordinator)
    coordinator.show()
    coordinator.trust.keys.click()
    dialog = shown[-1]
    assert isinstance(dialog, TrustDialog)
    add(qtbot, dialog, shown, "445", KEY)
    assert registered(data_paths) == [("445", KEY)]
    # Fits a small screen: the dialog and the add form, looked at.
    dialog.resize(1024, 700)
    dialog.grab().save(str(tmp_path / "trusted-keys.png"))
    form = dialog.open_add("445", KEY, confirm=True)
    form.grab().save(str(tmp_path / "add-key.png"))
    assert form.sizeHint().width() <= 1024 and dialog.minimumSizeHint().height() <= 700
    form.close()
    dialog.close()  # changed: the window shows the register's effect (no folder: as recorded)
    assert coordinator.task is None and "Laskettu 0 kuntaa" in coordinator.counts.text()


def test_a_package_opened_after_its_key_is_registered_shows_its_signer_confirmed(
    qtbot: QtBot,
    data_paths: DataPaths,
    translations: Translations,
    shown: list[QWidget],
    window: Any,
    received: tuple[Path, dict[str, Any]],
) -> None:
    from desktop.ui.coordinator.received import ReceivedView

    folder, expected = received
    code = expected["roles"]["duplicate"]
    package = folder / "packages" / f"2022-1_{code}_1.asice"
    lines = (folder / "trusted.csv").read_text("utf-8").splitlines()
    fingerprint = next(line.split(",")[1] for line in lines if line.startswith(f"{code},"))

    def opened() -> ReceivedView:
        with qtbot.waitSignal(window.received.shown, timeout=60_000) as seen:
            window.received.open(package)
        view = seen.args[0]
        assert isinstance(view, ReceivedView)
        view.close()
        return view

    assert not opened().received.verdict.signer_confirmed
    window.menu.trusted_keys.trigger()
    dialog = shown[-1]
    assert isinstance(dialog, TrustDialog)
    add(qtbot, dialog, shown, code, fingerprint)
    assert (code, fingerprint) in registered(data_paths)
    assert opened().received.verdict.signer_confirmed

"""Forgetting a municipality's received packages in the coordinator's window, as `collect
--forget` forgets a folder's: asked first, naming the municipality, what is forgotten and that
no file is deleted; by the keyboard too; a received file's name shown escaped."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from desktop.collect.overview import Answer, MunicipalityLine
from desktop.paths import DataPaths
from desktop.ui import dialogs
from desktop.ui.coordinator.window import CoordinatorWindow
from desktop.ui.translations import Translations
from tests.fixtures.received.generate import cached


@pytest.fixture(scope="session")
def received(request: pytest.FixtureRequest) -> tuple[Path, dict[str, Any]]:
    return cached(request.config, 30)


@pytest.fixture
def shown() -> Iterator[list[QWidget]]:
    seen: list[QWidget] = []
    dialogs.opened.append(seen.append)
    yield seen
    dialogs.opened.remove(seen.append)


@pytest.fixture
def inbox(tmp_path: Path, received: tuple[Path, dict[str, Any]]) -> tuple[Path, str, str]:
    """A folder with two municipalities' packages: the first with a correction and a copy
    of its correction under a name that hides its ending (a right-to-left override)."""
    folder, expected = received
    outcomes = expected["municipalities"]
    code = next(c for c, o in sorted(outcomes.items()) if o.get("submission") == 2)
    other = next(c for c, o in sorted(outcomes.items()) if o.get("submission") == 1)
    packages = folder / "packages"
    corrected = packages / f"2022-1_{code}_2.asice"
    inbox = tmp_path / "saapuneet"
    inbox.mkdir()
    shutil.copyfile(folder / "trusted.csv", tmp_path / "trusted.csv")
    for path in (
        corrected,
        packages / f"2022-1_{code}_1.asice",
        packages / f"2022-1_{other}_1.asice",
    ):
        shutil.copyfile(path, inbox / path.name)
    shutil.copyfile(corrected, inbox / "kopio\u202eecisa.asice")
    return inbox, code, other


def collected(qtbot: QtBot, data_paths: DataPaths, folder: Path, lang: str = "fi") -> Any:
    """``folder`` collected in the window, every key of the fixture registered."""
    from desktop.collect import trust
    from desktop.collect.records import Records
    from desktop.municipalities import Register

    with Records.open(data_paths.coordinator_database) as records:
        trust.import_csv(records, folder.parent / "trusted.csv", Register.load())
    window = CoordinatorWindow(data_paths, lang, workers=1)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    window.round.setCurrentIndex(window.round.findData("2022-1"))
    window.set_folder(folder)
    window.collect()
    qtbot.waitUntil(lambda: window.task is None, timeout=120_000)
    return window


def row_of(window: CoordinatorWindow, code: str) -> int:
    model = window.municipalities
    return next(
        r
        for r in range(model.rowCount())
        if isinstance(model.item(r), MunicipalityLine) and model.item(r).code == code  # type: ignore[union-attr]
    )


def answer_of(window: CoordinatorWindow, code: str) -> Answer:
    line = window.municipalities.item(row_of(window, code))
    assert isinstance(line, MunicipalityLine)
    return line.answer


def file_names(window: CoordinatorWindow) -> set[str]:
    return {
        str(window.files.data(window.files.index(r, 0))) for r in range(window.files.rowCount())
    }


def test_a_municipalitys_packages_are_forgotten_after_asking_and_no_file_is_deleted(
    qtbot: QtBot,
    data_paths: DataPaths,
    translations: Translations,
    inbox: tuple[Path, str, str],
    shown: list[QWidget],
) -> None:
    folder, code, other = inbox
    window = collected(qtbot, data_paths, folder)
    assert answer_of(window, code) is Answer.COUNTED
    name = window.municipalities.item(row_of(window, code)).name  # type: ignore[union-attr]
    window.municipality_view.setFocus()
    window.municipality_view.selectRow(row_of(window, code))
    action = window.forget
    assert action.isEnabled()
    # In the row's context menu, with its shortcut shown there.
    assert window.municipality_view.contextMenuPolicy() is Qt.ContextMenuPolicy.ActionsContextMenu
    assert action in window.municipality_view.actions()
    assert action.text() == "&Unohda vastaanotetut paketit…"
    assert not action.shortcut().isEmpty() and action.isShortcutVisibleInContextMenu()

    # Asked first: "No" forgets nothing.
    action.trigger()
    box = shown[-1]
    assert isinstance(box, QMessageBox)
    said = box.text()
    assert f"{name} ({code})" in said and "2022-1" in said
    assert "3 tiedostoa" in said  # the first package, its correction and the copy
    assert "kopio\\u202eecisa.asice" in said and "\u202e" not in said  # escaped
    assert box.textFormat() is Qt.TextFormat.PlainText
    assert "Tiedostoja ei poisteta" in said
    assert "puuttuvana" in said
    box.button(QMessageBox.StandardButton.No).click()
    assert answer_of(window, code) is Answer.COUNTED

    action.trigger()
    box = shown[-1]
    assert isinstance(box, QMessageBox)
    assert box.button(QMessageBox.StandardButton.Yes).text() == "Unohda"
    box.button(QMessageBox.StandardButton.Yes).click()
    assert answer_of(window, code) is Answer.MISSING
    assert answer_of(window, other) is Answer.COUNTED
    # The row stays chosen, now missing, and the action is no longer offered for it.
    assert window._current_item() == window.municipalities.item(row_of(window, code))
    assert not action.isEnabled()
    assert not any(f"_{code}_" in n or "kopio" in n for n in file_names(window))
    assert f"{name} ({code})" in window.counts.text()
    assert "Laskettu 1 kunta ·" in window.counts.text()
    assert len(list(folder.iterdir())) == 4  # nothing deleted
    # Remembered: the window opened again shows it missing until the folder is collected.
    again = CoordinatorWindow(data_paths, "fi", workers=1)
    qtbot.addWidget(again)
    assert answer_of(again, code) is Answer.MISSING


def test_forgetting_is_reached_by_the_keyboard_and_not_offered_for_a_missing_municipality(
    qtbot: QtBot,
    data_paths: DataPaths,
    translations: Translations,
    inbox: tuple[Path, str, str],
    shown: list[QWidget],
) -> None:
    folder, code, _ = inbox
    window = collected(qtbot, data_paths, folder)
    view = window.municipality_view
    missing = next(
        r
        for r in range(window.municipalities.rowCount())
        if window.municipalities.item(r).answer is Answer.MISSING  # type: ignore[union-attr]
    )
    view.selectRow(missing)
    assert not window.forget.isEnabled()
    view.selectRow(row_of(window, code))
    assert window.forget.isEnabled()
    window.activateWindow()
    view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view)
    before = len(shown)
    qtbot.keySequence(view, window.forget.shortcut())
    assert len(shown) == before + 1 and isinstance(shown[-1], QMessageBox)
    shown[-1].button(QMessageBox.StandardButton.No).click()  # type: ignore[attr-defined]
    # Files are not a municipality: the action is the municipalities' table's own.
    window.tabs.setCurrentWidget(window.file_view)
    window.file_view.selectRow(0)
    assert not window.forget.isEnabled()


@pytest.mark.parametrize(
    ("lang", "action_text", "words"),
    [
        ("sv", "&Glöm mottagna paket…", ("raderas inte", "saknad")),
        ("en", "&Forget received packages…", ("not deleted", "missing")),
    ],
)
def test_the_action_and_its_question_are_in_each_language(
    qtbot: QtBot,
    data_paths: DataPaths,
    translations: Translations,
    inbox: tuple[Path, str, str],
    shown: list[QWidget],
    lang: str,
    action_text: str,
    words: tuple[str, str],
) -> None:
    translations.install(lang)  # type: ignore[arg-type]
    folder, code, _ = inbox
    window = collected(qtbot, data_paths, folder, lang)
    assert window.forget.text() == action_text
    window.municipality_view.selectRow(row_of(window, code))
    window.forget.trigger()
    box = shown[-1]
    assert isinstance(box, QMessageBox)
    assert all(word in box.text() for word in words), box.text()
    assert "2022-1" in box.text() and f"({code})" in box.text()
    box.button(QMessageBox.StandardButton.No).click()

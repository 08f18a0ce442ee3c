"""A collect under way in the coordinator's window: it can be cancelled, closing the window
asks first, a cancelled collect is said to be unfinished (also when the window opens again),
and what belongs to the previous state cannot be saved or opened meanwhile."""

from __future__ import annotations

import multiprocessing
import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.paths import DataPaths
from desktop.ui.coordinator.window import CoordinatorWindow
from desktop.ui.translations import Translations
from tests.fixtures.received.generate import cached

COPIES = 120


@pytest.fixture(scope="module")
def generated(request: pytest.FixtureRequest) -> tuple[Path, dict[str, Any]]:
    return cached(request.config, 30)


@pytest.fixture(scope="module")
def inbox(generated: tuple[Path, dict[str, Any]], tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder, expected = generated
    code = next(c for c, o in expected["municipalities"].items() if o["status"] == "counted")
    inbox = tmp_path_factory.mktemp("inbox")
    for number in range(COPIES):  # each copy is checked whole: time enough to cancel
        shutil.copyfile(folder / "packages" / f"2022-1_{code}_1.asice", inbox / f"{number}.asice")
    return inbox


@pytest.fixture(autouse=True)
def trusted(data_paths: DataPaths, generated: tuple[Path, dict[str, Any]]) -> None:
    from desktop.collect import trust
    from desktop.collect.records import Records
    from desktop.municipalities import Register

    with Records.open(data_paths.coordinator_database) as records:
        trust.import_csv(records, generated[0] / "trusted.csv", Register.load())


def collecting(qtbot: QtBot, data_paths: DataPaths, inbox: Path) -> CoordinatorWindow:
    window = CoordinatorWindow(data_paths, "fi", workers=2)
    qtbot.addWidget(window)
    window.show()
    window.round.setCurrentIndex(window.round.findData("2022-1"))
    window.set_folder(inbox)
    window.collect()
    qtbot.waitUntil(lambda: window.progress.value() >= 3, timeout=120_000)
    return window


def test_a_collect_can_be_cancelled_and_is_said_unfinished_until_collected_again(
    qtbot: QtBot, data_paths: DataPaths, translations: Translations, inbox: Path
) -> None:
    window = collecting(qtbot, data_paths, inbox)
    assert window.cancel.isVisible() and window.cancel.isEnabled()
    assert not window.save.isEnabled()  # the tables still show the state before this collect
    assert "ennen tätä kokoamista" in window.counts.text()  # and the window says so
    assert not window.open_answers.isEnabled()
    window.cancel.click()
    qtbot.waitUntil(lambda: window.task is None, timeout=60_000)
    assert multiprocessing.active_children() == []
    assert not window.cancel.isVisible()
    said = window.interrupted.text()
    assert window.interrupted.isVisible()
    assert "keskeytyi" in said and f"/ {COPIES} tiedostoa" in said
    assert "uudelleen" in said
    assert not window.save.isEnabled()

    again = CoordinatorWindow(data_paths, "fi", workers=1)
    qtbot.addWidget(again)
    again.show()
    again.round.setCurrentIndex(again.round.findData("2022-1"))
    assert again.interrupted.isVisible() and again.interrupted.text() == said
    assert not again.save.isEnabled()
    assert again.folder == inbox and again.start.isEnabled()  # collect again with one click
    again.collect()
    qtbot.waitUntil(lambda: again.task is None, timeout=120_000)
    assert not again.interrupted.isVisible()
    assert again.save.isEnabled()


def asked(window: CoordinatorWindow) -> QMessageBox:
    shown = [b for b in window.findChildren(QMessageBox, "questionBox") if b.isVisible()]
    assert len(shown) == 1
    return shown[0]


@pytest.mark.parametrize("how", ["escape", "close"])
def test_closing_during_a_collect_asks_and_stops_it(
    qtbot: QtBot, data_paths: DataPaths, translations: Translations, inbox: Path, how: str
) -> None:
    window = collecting(qtbot, data_paths, inbox)
    if how == "escape":
        qtbot.keyClick(window, Qt.Key.Key_Escape)
    else:
        window.close()
    box = asked(window)
    assert "Kokoaminen on kesken" in box.text()
    assert window.isVisible() and window.task is not None
    box.button(QMessageBox.StandardButton.No).click()
    assert window.isVisible() and window.task is not None
    window.close()
    box = asked(window)
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=60_000)
    assert window.task is None
    assert multiprocessing.active_children() == []


def test_quitting_the_program_during_a_collect_stops_its_workers_first(
    qtbot: QtBot, data_paths: DataPaths, translations: Translations, inbox: Path
) -> None:
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication

    window = collecting(qtbot, data_paths, inbox)
    QApplication.instance().aboutToQuit.emit()  # type: ignore[union-attr]
    assert QThreadPool.globalInstance().activeThreadCount() == 0
    assert multiprocessing.active_children() == []
    qtbot.waitUntil(lambda: window.task is None, timeout=10_000)
    again = CoordinatorWindow(data_paths, "fi", workers=1)
    qtbot.addWidget(again)
    again.round.setCurrentIndex(again.round.findData("2022-1"))
    assert "keskeytyi" in again.interrupted.text()

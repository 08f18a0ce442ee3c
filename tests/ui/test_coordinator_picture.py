"""The coordinator window's "Save the national picture…" with valid but extreme answers."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.paths import DataPaths
from desktop.ui.coordinator.window import CoordinatorWindow
from desktop.ui.translations import Translations
from tests.odd_answers import huge, inbox


@pytest.fixture(scope="module")
def huge_inbox(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("huge")
    inbox(root, {"069": huge, "072": huge})
    return root


def collected(qtbot: QtBot, data_paths: DataPaths, huge_inbox: Path) -> CoordinatorWindow:
    from desktop.collect import trust
    from desktop.collect.records import Records
    from desktop.municipalities import Register

    with Records.open(data_paths.coordinator_database) as records:
        trust.import_csv(records, huge_inbox / "trusted.csv", Register.load())
    window = CoordinatorWindow(data_paths, "fi", workers=1)
    qtbot.addWidget(window)
    window.show()
    window.round.setCurrentIndex(window.round.findData("2022-1"))
    window.set_folder(huge_inbox / "inbox")
    window.collect()
    qtbot.waitUntil(lambda: window.task is None, timeout=120_000)
    return window


def saved(qtbot: QtBot, window: CoordinatorWindow, target: Path) -> list[QMessageBox]:
    window.write_picture(target)
    qtbot.waitUntil(lambda: window.task is None, timeout=120_000)
    return [box for box in window.findChildren(QMessageBox) if box.isVisible()]


def test_a_picture_of_the_largest_figures_is_saved_and_told(
    qtbot: QtBot,
    data_paths: DataPaths,
    translations: Translations,
    huge_inbox: Path,
    tmp_path: Path,
) -> None:
    window = collected(qtbot, data_paths, huge_inbox)
    boxes = saved(qtbot, window, tmp_path / "kooste.xlsx")
    assert [box.windowTitle() for box in boxes] == ["Koonti tallennettu"]
    assert str(tmp_path / "kooste.pdf") in boxes[0].text()
    assert (tmp_path / "kooste.pdf").read_bytes().startswith(b"%PDF-")
    for box in boxes:
        box.close()


def test_a_picture_that_cannot_be_saved_is_told_as_not_saved(
    qtbot: QtBot,
    data_paths: DataPaths,
    translations: Translations,
    huge_inbox: Path,
    tmp_path: Path,
) -> None:
    window = collected(qtbot, data_paths, huge_inbox)
    (tmp_path / "kooste-csv").write_text("a file where the CSV folder goes")
    boxes = saved(qtbot, window, tmp_path / "kooste.xlsx")
    assert [box.windowTitle() for box in boxes] == ["Koontia ei tallennettu"]
    assert "Mitään koonnin tiedostoa ei kirjoitettu" in boxes[0].text()
    assert not (tmp_path / "kooste.xlsx").exists()
    assert window.save.isEnabled()
    for box in boxes:
        box.close()

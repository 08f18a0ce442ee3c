"""The window on a data folder that cannot be one, or on a damaged database: a dialog, exit 2."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from desktop.municipalities import Register
from desktop.paths import DataPaths
from desktop.storage import Store
from desktop.storage.limits import PROFILE_MAX
from desktop.ui import dialogs
from desktop.ui.shell.app import run
from desktop.ui.shell.crash import CrashHandler
from desktop.ui.shell.profile_dialog import ProfileDialog
from tests.environment import fill_disk, small_disk


@pytest.fixture
def boxes() -> Iterator[list[tuple[str, str]]]:
    seen: list[tuple[str, str]] = []

    def close(dialog: QWidget) -> None:
        if isinstance(dialog, QMessageBox):
            seen.append((dialog.windowTitle(), dialog.text()))
            QTimer.singleShot(0, dialog.accept)

    dialogs.opened.append(close)
    yield seen
    dialogs.opened.clear()


@pytest.mark.parametrize("where", ["a file", "/dev/null", "/proc/self"])
def test_a_data_folder_that_cannot_be_one_gets_a_dialog(
    qapp: object, tmp_path: Path, boxes: list[tuple[str, str]], where: str
) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("my notes\n")
    root = notes if where == "a file" else Path(where)
    assert run(DataPaths(root), "fi") == 2
    ((title, text),) = boxes
    assert title == "Tietokantaa ei voi avata"
    assert "ei kelpaa" in text
    assert notes.read_text() == "my notes\n"


def test_an_empty_database_file_is_refused_not_set_up(
    qapp: object, data_paths: DataPaths, boxes: list[tuple[str, str]]
) -> None:
    with Store.open(data_paths):
        pass
    data_paths.database.write_bytes(b"")
    assert run(data_paths, "sv") == 2
    ((_title, text),) = boxes
    assert "är skadad" in text
    assert data_paths.database.read_bytes() == b""


def test_the_profile_fields_stop_at_what_can_be_stored(qtbot: QtBot) -> None:
    dialog = ProfileDialog(Register.load(), "fi")
    qtbot.addWidget(dialog)
    dialog.name.setText("A" * 3000)
    dialog.email.setText("a" * 3000)
    assert len(dialog.name.text()) == PROFILE_MAX["contact_name"]
    assert len(dialog.email.text()) == PROFILE_MAX["contact_email"]


def test_a_crash_on_a_full_disk_says_the_log_could_not_be_written(
    qapp: object, tmp_path: Path, boxes: list[tuple[str, str]], qtbot: QtBot
) -> None:
    with small_disk(tmp_path / "small") as disk:
        paths = DataPaths(disk / "data")
        paths.root.mkdir()
        fill_disk(disk)
        handler = CrashHandler(paths)
        try:
            raise ZeroDivisionError("division by zero in a test")
        except ZeroDivisionError:
            kind, error, tb = sys.exc_info()
        assert kind is not None and error is not None
        handler.handle(kind, error, tb)
        qtbot.waitUntil(lambda: handler.box is None)
    ((title, text),) = boxes
    assert title == "Ohjelmavirhe"
    assert "ei voitu kirjoittaa" in text and "levy on täynnä" in text

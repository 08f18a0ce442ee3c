"""A file the file manager (or a second start) hands to the program: a received package or
report is checked, a survey round package is added, and anything else is told why not, in a
box the user sees: never a command-line usage error nobody reads."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop import cli
from desktop.paths import DataPaths
from desktop.ui.shell.main_window import MainWindow
from tests.rounds_support import package_2023, trust
from tests.ui.exporting import WAIT_MS, Screen


def test_a_round_package_opened_from_the_file_manager_is_added(
    qtbot: QtBot, window: MainWindow, data_paths: DataPaths, screen: Screen, tmp_path: Path
) -> None:
    trust(data_paths)
    package = tmp_path / "2023-1.tkround"
    package.write_bytes(package_2023())
    with qtbot.waitSignal(window.round_adding.added, timeout=WAIT_MS):
        window.open_file(package)
    assert "2023-1" in {r.id for r in window.workbook.catalog.listed_rounds()}


@pytest.mark.parametrize(
    ("name", "said"),
    [
        ("poistettu.asice", "ei ole"),  # a recent file moved or deleted since
        ("<b>muistio.docx", "ei osaa avata"),  # not a kind this program opens
    ],
)
def test_a_file_the_program_cannot_open_is_told_in_a_box(
    window: MainWindow, screen: Screen, tmp_path: Path, name: str, said: str
) -> None:
    path = tmp_path / name
    if path.suffix == ".docx":
        path.write_bytes(b"PK\x03\x04")
    window.open_file(path)
    box = screen.last(QMessageBox)
    assert isinstance(box, QMessageBox)
    assert said in box.text() and path.name in box.text()
    assert box.textFormat().name == "PlainText"  # the name is shown as it is, markup and all


def test_only_a_file_alone_is_taken_for_one_to_open() -> None:
    taken = cli._received_file
    assert taken(["/kotona/2023-1.tkround"]) == ([], "/kotona/2023-1.tkround")
    assert taken(["--lang", "sv", "missing.asice"]) == (["--lang", "sv"], "missing.asice")
    assert taken(["--data-dir", "/tmp/tiedot"]) == (["--data-dir", "/tmp/tiedot"], None)
    assert taken(["rounds"]) == (["rounds"], None)
    assert taken(["show", "2022-1"]) == (["show", "2022-1"], None)
    assert taken(["verify", "a.asice"]) == (["verify", "a.asice"], None)


def test_without_a_screen_a_round_package_is_added_and_a_missing_file_told(
    data_paths: DataPaths,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(cli, "has_display", lambda: False)
    trust(data_paths)
    package = tmp_path / "2023-1.tkround"
    package.write_bytes(package_2023())
    base = ["--data-dir", str(data_paths.root), "--lang", "en"]
    assert cli.main([*base, str(package)]) == 0
    assert "2023-1" in capsys.readouterr().out
    assert cli.main([*base, str(tmp_path / "gone.asice")]) == 2
    err = capsys.readouterr().err
    assert "gone.asice" in err and "not found" in err

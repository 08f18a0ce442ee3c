"""A file dialog starts in the folder last used for that kind of file, else in the documents
folder, not in the home folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from desktop.ui.folders import documents_folder
from desktop.ui.previous.compare_view import CompareDialog
from desktop.ui.shell.main_window import MainWindow
from tests.ui.conftest import WindowFactory


def _folder(dialog: QFileDialog) -> Path:
    folder = Path(dialog.directory().absolutePath())
    dialog.reject()
    return folder


def test_import_and_add_round_start_in_the_documents_folder_then_where_last_used(
    qtbot: QtBot, window: MainWindow, make_window: WindowFactory, tmp_path: Path
) -> None:
    assert _folder(window.package_importing.choose()) == documents_folder()
    assert _folder(window.round_adding.choose()) == documents_folder()
    packages = tmp_path / "paketit"
    packages.mkdir()
    window.package_importing.import_file = lambda path: None  # type: ignore[method-assign]
    dialog = window.package_importing.choose()
    dialog.fileSelected.emit(str(packages / "2022-1_211_kangasala_1.asice"))
    dialog.reject()
    assert _folder(window.package_importing.choose()) == packages
    # Each kind of file keeps its own folder, and the next start remembers it.
    assert _folder(window.round_adding.choose()) == documents_folder()
    window.preferences.sync()
    again = make_window(window.workbook)
    assert _folder(again.package_importing.choose()) == packages


def test_the_comparison_is_saved_where_the_last_one_went(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    dialog = window.previous.show_compare()
    assert isinstance(dialog, CompareDialog)
    first = dialog.choose_pdf()
    assert Path(first.directory().absolutePath()) == documents_folder()
    first.reject()
    saved = tmp_path / "vertailut"
    saved.mkdir()
    dialog._save_pdf = lambda path: None  # type: ignore[method-assign]
    chosen = dialog.choose_pdf()
    chosen.fileSelected.emit(str(saved / "vertailu.pdf"))
    chosen.reject()
    assert Path(dialog.choose_pdf().directory().absolutePath()) == saved

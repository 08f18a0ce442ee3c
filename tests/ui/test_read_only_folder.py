"""A data folder the user may only read opens its answers in the window, read-only.

The command line reads such a folder (a colleague's, a copy on a locked
share); the window said only "cannot be written to" and ended. Now it shows
the answers under a band that says why nothing can be saved there.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QLabel, QWidget

from desktop.paths import DataPaths
from desktop.storage import Profile, Store
from desktop.ui.shell.main_window import MainWindow
from tests.environment import file_digest, read_only_directory
from tests.ui.test_backup_safety_window import Screen, _run_with

LEASE = "/premises/lease_status"


def test_a_read_only_data_folder_shows_its_answers_and_says_why_nothing_is_saved(
    qapp: QApplication, data_paths: DataPaths
) -> None:
    with Store.open(data_paths) as store:
        store.save_profile(Profile("211", contact_name="Anna Mäkelä"))
        store.set_answer("2022-1", LEASE, "signed")
    before = file_digest(data_paths.database)
    seen: list[object] = []

    def look_and_close(window: MainWindow) -> None:
        seen.append(window.workbook.stored("2022-1", LEASE))
        band = window.findChild(QWidget, "saveFailureBanner")
        text = band.findChild(QLabel, "saveFailureText") if band is not None else None
        seen.append(text.text() if text is not None and band.isVisible() else None)
        window.close()

    screen = Screen({})
    with read_only_directory(data_paths.root):
        assert _run_with(data_paths, screen, look_and_close) == 0
    assert screen.seen == [], "no box: the window opened"
    answer, told = seen
    assert answer == "signed"
    assert isinstance(told, str)
    assert "vain luettaviksi" in told and str(data_paths.root) in told.replace("\u2060", "")
    assert file_digest(data_paths.database) == before


def test_a_start_on_a_full_disk_ends_with_its_message_not_a_program_error(
    qapp: QApplication, tmp_path: Path
) -> None:
    from tests.environment import fill_disk, small_disk

    with small_disk(tmp_path / "small", 2048) as disk:
        paths = DataPaths(disk / "data")
        with Store.open(paths) as store:
            store.save_profile(Profile("211", contact_name="Anna Mäkelä"))
        fill_disk(disk)
        screen = Screen({})
        # The window cannot start on a full disk; closing its log must not fail after that.
        assert _run_with(paths, screen, lambda window: window.close()) in (0, 2)

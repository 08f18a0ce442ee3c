"""A restored backup's added rounds are offered at once, without starting the program again.

A backup holds the round packages added to the database it was taken of; the
window reads the rounds again after a restore, as after adding a round.
"""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.paths import DataPaths
from desktop.storage import Profile, Store
from desktop.storage.restore import write_backup
from desktop.ui.shell.backups_dialog import BackupsDialog
from desktop.workbook import Workbook
from tests.rounds_support import add, package_2023, trust
from tests.ui.conftest import WindowFactory
from tests.ui.exporting import Screen, wait_for_box


def _backup_with_2023(tmp_path: Path) -> Path:
    other = DataPaths(tmp_path / "elsewhere")
    trust(other)
    add(other, package_2023())
    with Store.open(other, backup=False) as store:
        store.save_profile(Profile("211", contact_name="Anna Mäkelä"))
        return write_backup(store)


def test_a_restored_backups_added_round_is_offered(
    qtbot: QtBot,
    make_window: WindowFactory,
    workbook: Workbook,
    data_paths: DataPaths,
    screen: Screen,
    tmp_path: Path,
) -> None:
    trust(data_paths)
    backup = _backup_with_2023(tmp_path)
    window = make_window(workbook)
    assert "2023-1" not in [r.id for r in window.navigation.rounds]
    dialog = window.show_backups()
    assert isinstance(dialog, BackupsDialog)
    screen.files.append(backup)
    dialog.choose_file()
    wait_for_box(qtbot, screen)
    assert screen.questions, "a restore asks first"
    assert "2023-1" in workbook.catalog.round_ids()
    assert "2023-1" in [r.id for r in window.navigation.rounds]
    assert window.navigation.round_list.count() == len(window.navigation.rounds)
    dialog.close()


def test_a_round_the_restored_backup_lacks_is_no_longer_shown(
    qtbot: QtBot,
    make_window: WindowFactory,
    workbook: Workbook,
    data_paths: DataPaths,
    screen: Screen,
) -> None:
    from desktop.rounds.library import open_package

    backup = write_backup(workbook.store)  # before the round was added
    trust(data_paths)
    workbook.add_round(open_package(package_2023(), data_paths), package_2023())
    window = make_window(workbook)
    window.open_round("2023-1")
    assert window.session is not None and window.session.round_id == "2023-1"
    dialog = window.show_backups()
    assert isinstance(dialog, BackupsDialog)
    screen.files.append(backup)
    dialog.choose_file()
    wait_for_box(qtbot, screen)
    assert "2023-1" not in [r.id for r in window.navigation.rounds]
    assert window.session is not None and window.session.round_id != "2023-1"
    assert window.navigation.round_list.currentRow() >= 0
    page = window.open_section(window.session.round.sections[0].id)
    assert page is not None
    dialog.close()

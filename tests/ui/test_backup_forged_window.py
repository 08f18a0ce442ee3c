"""The window's backups give the verdict a restore would: a backup holding a round package that
does not verify here is listed as one that cannot be restored (not selected on opening, and
"Restore selected" not offered for it), refused before anything is asked,
and never offered as the newest sound backup of a damaged database."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.paths import DataPaths
from desktop.storage import Profile, Store
from desktop.storage.restore import write_backup
from desktop.survey.formatting import format_local_time
from desktop.ui.shell.backups_dialog import BackupsDialog
from desktop.workbook import Workbook
from tests.rounds_support import add, forge_added, package_2023, trust
from tests.ui.conftest import WindowFactory
from tests.ui.exporting import Screen, wait_for_box
from tests.ui.test_backup_safety_window import Screen as StartScreen
from tests.ui.test_backup_safety_window import _click, _damage, _run_with

ADDED = "2023-1"
LEASE = "/premises/lease_status"
SOUND = "manual-20240102T030405000000Z.sqlite"  # the older, sound one
FORGED = "manual-20240203T030405000000Z.sqlite"  # newer, its round package forged


def _backups(paths: DataPaths) -> tuple[Path, Path]:
    """Round 2023-1 added and an answer given; a sound backup, and a newer forged one."""
    trust(paths)
    add(paths, package_2023())
    with Store.open(paths, backup=False) as store:
        store.save_profile(Profile("211", contact_name="Anna Mäkelä"))
        store.set_answer("2022-1", LEASE, "signed")
        made = write_backup(store)
    sound = made.rename(made.with_name(SOUND))
    forged = sound.with_name(FORGED)
    shutil.copyfile(sound, forged)
    forge_added(forged)
    return sound, forged


def test_the_backup_list_tells_a_forged_round_and_restore_asks_nothing(
    qtbot: QtBot, make_window: WindowFactory, data_paths: DataPaths, screen: Screen
) -> None:
    _backups(data_paths)
    with Store.open(data_paths) as store:
        window = make_window(Workbook(store))
        dialog = window.show_backups()
        assert isinstance(dialog, BackupsDialog)
        rows = {
            Path(dialog.table.item(r, 0).toolTip()).name: dialog.table.item(r, 3).text()
            for r in range(dialog.table.rowCount())
        }
        said = rows[FORGED]
        assert said.startswith("ei voi palauttaa") and ADDED in said, said
        assert "kierrospaketti ei läpäise tarkistusta" in said
        assert "palautettu" not in said and "vioittunut" not in said, said
        assert rows[SOUND].startswith("2022-1: "), rows[SOUND]
        # Opened on the newest backup a restore takes, not on the newer one it refuses.
        usable = [r for r, said in enumerate(rows.values()) if not said.startswith("ei voi")]
        assert list(rows).index(FORGED) < list(rows).index(SOUND)
        assert dialog.table.currentRow() == usable[0]
        assert dialog.restore_button.isEnabled()
        dialog.table.selectRow(list(rows).index(FORGED))
        assert not dialog.restore_button.isEnabled(), "Restore selected does not act on it"
        assert not dialog.restore_button.isDefault()
        dialog.restore_selected()
        title, text = wait_for_box(qtbot, screen)
        assert title == "Palautus ei onnistu" and ADDED in text
        assert screen.questions == [], "nothing is asked about a backup that cannot be used"
        assert store.get_answer("2022-1", LEASE) == "signed"
        dialog.close()
        for session in window.sessions.values():
            session.stop_checking()


def test_a_damaged_database_is_offered_the_newest_backup_a_restore_takes(
    qapp: QApplication, data_paths: DataPaths
) -> None:
    from desktop.storage.backup import describe

    sound, _forged = _backups(data_paths)
    for auto in data_paths.backups.glob("auto-*.sqlite"):
        auto.unlink()  # the two above are the only ones
    _damage(data_paths.database)
    screen = StartScreen({"damagedDatabase": _click("restoreNewest")})
    assert _run_with(data_paths, screen, lambda window: window.close()) == 0
    ((name, text), *_) = screen.seen
    assert name == "damagedDatabase"
    assert format_local_time(describe(sound).taken_at) in text, text
    assert "palautus ei onnistu" not in " ".join(t for _, t in screen.seen).lower()


def test_when_no_backup_can_be_restored_none_is_selected(
    make_window: WindowFactory, data_paths: DataPaths
) -> None:
    sound, _forged = _backups(data_paths)
    sound.unlink()
    for auto in data_paths.backups.glob("auto-*.sqlite"):
        auto.unlink()
    with Store.open(data_paths, backup=False) as store:
        window = make_window(Workbook(store))
        dialog = window.show_backups()
        assert isinstance(dialog, BackupsDialog)
        assert dialog.table.rowCount() == 1
        assert not dialog.table.selectionModel().hasSelection()
        assert not dialog.restore_button.isEnabled()
        dialog.close()
        for session in window.sessions.values():
            session.stop_checking()


def test_a_backup_taken_in_the_window_of_a_database_holding_a_forged_round_says_it_cannot_be_restored(
    qtbot: QtBot, make_window: WindowFactory, data_paths: DataPaths, screen: Screen
) -> None:
    from desktop.ui.shell.backups_dialog import back_up_now

    _backups(data_paths)
    forge_added(data_paths.database)
    with Store.open(data_paths, backup=False) as store:
        window = make_window(Workbook(store))
        back_up_now(window, data_paths, "fi")
        title, text = wait_for_box(qtbot, screen)
        assert title == "Varmuuskopio" and "Varmuuskopio tallennettu" in text, text
        assert "ei voi palauttaa" in text and ADDED in text, text
        assert "Lisää kyselykierros" in text, text
        for session in window.sessions.values():
            session.stop_checking()

"""Backups in the window: listed with their progress, restored after a question, refused when damaged."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.storage.restore import write_backup
from desktop.ui.shell.backups_dialog import BackupsDialog
from desktop.workbook import Workbook
from tests.ui.conftest import ROUND, WindowFactory
from tests.ui.exporting import Screen, wait_for_box

LEASE = f"/{'premises'}/lease_status"


def test_restoring_a_listed_backup_brings_its_answers_back_into_the_form(
    qtbot: QtBot, make_window: WindowFactory, workbook: Workbook, screen: Screen
) -> None:
    store = workbook.store
    store.set_answer(ROUND, LEASE, "signed")
    write_backup(store)
    store.set_answer(ROUND, LEASE, "not_started")
    window = make_window(workbook)
    page = window.page(ROUND, "premises")
    assert page is not None and page.rows["lease_status"].editor.value() == "not_started"

    dialog = window.show_backups()
    assert isinstance(dialog, BackupsDialog)
    kinds = [dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())]
    manual = kinds.index("itse otettu")
    assert f"{ROUND}: " in dialog.table.item(manual, 3).text()
    dialog.table.selectRow(manual)
    dialog.restore_selected()
    _title, text = wait_for_box(qtbot, screen)
    assert screen.questions and "Nykyiset vastaukset korvataan" in screen.questions[0]
    assert "before-restore-" in text

    assert store.get_answer(ROUND, LEASE) == "signed"
    assert page.rows["lease_status"].editor.value() == "signed"
    kept = list(store.paths.backups.glob("before-restore-*.sqlite"))
    assert len(kept) == 1
    dialog.close()


def test_a_damaged_backup_is_refused_in_the_window(
    qtbot: QtBot, make_window: WindowFactory, workbook: Workbook, screen: Screen, tmp_path: Path
) -> None:
    store = workbook.store
    store.set_answer(ROUND, LEASE, "not_started")
    damaged = tmp_path / "damaged.sqlite"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    window = make_window(workbook)
    dialog = window.show_backups()
    assert isinstance(dialog, BackupsDialog)
    screen.files.append(damaged)
    dialog.choose_file()
    title, _text = wait_for_box(qtbot, screen)
    assert title == "Palautus ei onnistu"
    assert screen.questions == [], "nothing is asked about a backup that cannot be used"
    assert store.get_answer(ROUND, LEASE) == "not_started"
    assert not list(store.paths.backups.glob("before-restore-*"))
    dialog.close()

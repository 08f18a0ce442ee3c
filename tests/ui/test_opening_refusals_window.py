"""The window on a full disk shows the answers read-only, and on a link to a share that is not
connected says where the answers are, instead of a black screen or an empty database."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from desktop.paths import DataPaths
from desktop.storage import Profile, Store
from desktop.storage import store as store_module
from desktop.ui.shell.main_window import MainWindow
from tests.environment import file_digest
from tests.ui.test_backup_safety_window import Screen, _run_with

LEASE = "/premises/lease_status"


def _answered(paths: DataPaths) -> None:
    with Store.open(paths) as store:
        store.save_profile(Profile("211", contact_name="Anna Mäkelä"))
        store.set_answer("2022-1", LEASE, "signed")


def test_a_start_on_a_full_disk_shows_the_answers_and_says_nothing_can_be_saved(
    qapp: QApplication, data_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    _answered(data_paths)
    before = file_digest(data_paths.database)

    def no_room(_conn: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(store_module, "apply_pragmas", no_room)
    seen: list[object] = []

    def look_and_close(window: MainWindow) -> None:
        seen.append(window.workbook.stored("2022-1", LEASE))
        band = window.findChild(QWidget, "saveFailureBanner")
        text = band.findChild(QLabel, "saveFailureText") if band is not None else None
        seen.append(text.text() if text is not None and band.isVisible() else None)
        window.close()

    screen = Screen({})
    assert _run_with(data_paths, screen, look_and_close) == 0
    assert screen.seen == [], "no box: the window opened"
    answer, told = seen
    assert answer == "signed"
    assert isinstance(told, str)
    assert "Levy on täynnä" in told and "vain luettaviksi" in told, told
    assert str(data_paths.root) in told.replace("\u2060", "")
    assert file_digest(data_paths.database) == before


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_a_link_to_a_share_not_connected_is_told_with_where_the_answers_are(
    qapp: QApplication, tmp_path: Path
) -> None:
    paths = DataPaths(tmp_path / "data")
    paths.root.mkdir()
    target = tmp_path / "share" / "tilannekuva.sqlite"
    paths.database.symlink_to(target)
    screen = Screen({})
    assert _run_with(paths, screen, lambda window: window.close()) == 2
    assert len(screen.seen) == 1, screen.seen
    told = screen.seen[0][1].replace("\u2060", "")
    assert str(target) in told and "Vastaukset ovat siellä" in told, told
    assert paths.database.is_symlink() and not target.exists()

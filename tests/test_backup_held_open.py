"""An old automatic backup another program holds open does not keep the user from working.

Windows refuses to delete a file another program has open (DB Browser for SQLite on a
backup the user double-clicked, an indexer or a virus scanner for a moment). Only Linux runs
here: ``Path.unlink`` of the held file raises the PermissionError Windows gives."""

from __future__ import annotations

import os
import pathlib
import shutil
import time
from pathlib import Path

import pytest

from desktop.paths import DataPaths
from desktop.storage import Profile, Store
from desktop.storage.backup import KEEP_AUTOMATIC, automatic_backups, backup_after_work


def _two_weeks_of_backups(paths: DataPaths) -> Path:
    """Ten automatic backups of earlier days; returns the oldest."""
    with Store.open(paths):
        pass
    (first,) = automatic_backups(paths.backups)
    old = time.time() - 30 * 86400
    for day in range(1, 11):
        copy = paths.backups / f"auto-202611{day:02d}T080000000000Z.sqlite"
        shutil.copy(first, copy)
        os.utime(copy, (old, old))
    first.unlink()
    return automatic_backups(paths.backups)[0]


def _held_open(monkeypatch: pytest.MonkeyPatch, held: Path) -> None:
    real_unlink = pathlib.Path.unlink

    def windows_unlink(self: Path, missing_ok: bool = False) -> None:
        if self == held:
            raise PermissionError(
                13, "The process cannot access the file because it is being used", str(self)
            )
        real_unlink(self, missing_ok=missing_ok)

    monkeypatch.setattr(pathlib.Path, "unlink", windows_unlink)


def test_the_answers_open_for_editing_while_an_old_backup_is_held_open(
    data_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    held = _two_weeks_of_backups(data_paths)
    _held_open(monkeypatch, held)
    with Store.open(data_paths) as store:
        store.save_profile(Profile("211"))
    with Store.open(data_paths, backup=False) as store:
        assert store.profile() == Profile("211")
    # The old backup is left; the others beyond the kept ones went.
    left = automatic_backups(data_paths.backups)
    assert held in left
    assert len(left) == KEEP_AUTOMATIC + 1


def test_the_backup_after_work_is_taken_while_an_old_backup_is_held_open(
    data_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    held = _two_weeks_of_backups(data_paths)
    _held_open(monkeypatch, held)
    with Store.open(data_paths, backup=False) as store:
        store.save_profile(Profile("211"))
        made = backup_after_work(store.connection, data_paths.backups, store.last_commit)
    assert made is not None and made.is_file()
    assert held.is_file()

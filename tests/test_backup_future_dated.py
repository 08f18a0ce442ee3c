"""A backup named as taken in the future (a computer's clock was once ahead) is of unknown age.

It must not stop the day's backups, be offered as the newest to restore, nor
push today's backups out of the rotation.
"""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop import cli
from desktop.backups import after_work
from desktop.paths import DataPaths
from desktop.storage import Profile, Store
from desktop.storage.backup import (
    AUTOMATIC_PREFIX,
    KEEP_AUTOMATIC,
    STAMP_FORMAT,
    SUFFIX,
    latest_sound_backup,
    list_backups,
)
from desktop.storage.restore import inspect_backup, write_backup

LEASE = "/premises/lease_status"


def _lease_in(backup: Path) -> object:
    return inspect_backup(backup).answers.get("2022-1", {}).get("premises", {}).get("lease_status")


def _future_backups(paths: DataPaths, count: int = 1) -> list[Path]:
    """Sound backups named as taken about a year from now, holding an old answer."""
    with Store.open(paths, backup=False) as store:
        store.save_profile(Profile("211"))
        store.set_answer("2022-1", LEASE, "old")
        copy = write_backup(store)
    made = []
    for n in range(count):
        when = datetime.now(UTC) + timedelta(days=365, hours=n)
        name = paths.backups / f"{AUTOMATIC_PREFIX}{when.strftime(STAMP_FORMAT)}{SUFFIX}"
        shutil.copyfile(copy, name)
        made.append(name)
    copy.unlink()
    return made


def _automatic(paths: DataPaths) -> list[Path]:
    return [b.path for b in list_backups(paths.backups) if b.kind == "auto"]


def test_a_future_dated_backup_does_not_stop_the_days_backups(data_paths: DataPaths) -> None:
    (future,) = _future_backups(data_paths)
    with Store.open(data_paths):  # the first start of the day
        pass
    days = [p for p in _automatic(data_paths) if p != future]
    assert len(days) == 1, "the day's backup is taken"
    with Store.open(data_paths) as store:
        store.set_answer("2022-1", LEASE, "signed")
        made = after_work(store)  # the window closes after the work
    assert made is not None and _lease_in(made) == "signed"
    # The newest backup, the one a restore offers, holds today's work, not the old copy.
    assert latest_sound_backup(data_paths.backups) == made
    assert list_backups(data_paths.backups)[0].path == made
    assert future.exists(), "the odd backup is kept, for the user to look at"


def test_the_backup_list_puts_a_future_dated_backup_after_todays(
    data_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    (future,) = _future_backups(data_paths)
    with Store.open(data_paths) as store:
        store.set_answer("2022-1", LEASE, "signed")
        made = after_work(store)
    assert made is not None
    code = cli.main(["--data-dir", str(data_paths.root), "--lang", "en", "backup", "list"])
    out = capsys.readouterr().out
    assert code == 0
    assert out.index(made.name) < out.index(future.name)


def test_rotation_keeps_todays_backups_over_future_dated_ones(data_paths: DataPaths) -> None:
    futures = _future_backups(data_paths, KEEP_AUTOMATIC + 2)
    with Store.open(data_paths) as store:
        store.set_answer("2022-1", LEASE, "signed")
        made = after_work(store)
    assert made is not None and made.exists()
    assert _lease_in(latest_sound_backup(data_paths.backups) or made) == "signed"
    # The future-dated ones are of unknown age: none is taken for the newest, none removed.
    assert all(f.exists() for f in futures)


def test_a_backup_named_with_an_impossible_date_is_listed_by_its_files_time(
    data_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    """A copy renamed by hand to a time no clock shows (month 13) does not stop the program
    opening the folder nor listing its backups: it is listed as another kind, by the file's time."""
    (future,) = _future_backups(data_paths)
    odd = future.with_name(f"{AUTOMATIC_PREFIX}20261399T250000000000Z{SUFFIX}")
    future.rename(odd)
    with Store.open(data_paths) as store:  # the first start of the day: backups are looked at
        store.set_answer("2022-1", LEASE, "signed")
    listed = {b.path: b for b in list_backups(data_paths.backups)}
    assert listed[odd].kind == "other"
    assert abs(listed[odd].taken_at.timestamp() - odd.stat().st_mtime) < 1
    code = cli.main(["--data-dir", str(data_paths.root), "--lang", "en", "backup", "list"])
    assert code == 0
    assert odd.name in capsys.readouterr().out

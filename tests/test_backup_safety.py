"""A day's answers survive a damaged database: a backup holds them, and it can be restored.

The tester's day: the program took its day's backup at the first start,
before anything was typed; the answers of the afternoon and two submissions
went into no backup, and when the database was cut short neither
``backup list`` nor ``backup restore`` would run. Now the day's backup is
taken again after the work, and both commands work on a damaged database.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import cli
from desktop.backups import after_work
from desktop.paths import DataPaths
from desktop.storage import Profile, Store
from desktop.storage.backup import KEEP_AUTOMATIC, list_backups
from desktop.storage.restore import inspect_backup
from tests.conftest import REPO

LEASE = "/premises/lease_status"


@pytest.fixture
def run(data_paths: DataPaths, capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    def invoke(*args: str) -> tuple[int, str, str]:
        code = cli.main(["--data-dir", str(data_paths.root), "--lang", "en", *args])
        out, err = capsys.readouterr()
        return code, out, err

    return invoke


def _lease_in(backup: Path) -> object:
    return inspect_backup(backup).answers.get("2022-1", {}).get("premises", {}).get("lease_status")


def _a_days_work(paths: DataPaths) -> None:
    """The first start of the day (its backup, nothing typed yet), then answers typed."""
    with Store.open(paths):
        pass
    with Store.open(paths) as store:
        store.save_profile(Profile("211"))
        store.set_answer("2022-1", LEASE, "signed")
        assert after_work(store) is not None  # the window closes


def _damage(database: Path) -> int:
    """Cut the database short, as the tester did with ``truncate``; its new size."""
    size = database.stat().st_size // 2 // 4096 * 4096 or 4096
    with database.open("rb+") as handle:
        handle.truncate(size)
    return size


def test_the_days_backup_holds_the_answers_once_the_work_is_done(data_paths: DataPaths) -> None:
    _a_days_work(data_paths)
    autos = [b for b in list_backups(data_paths.backups) if b.kind == "auto"]
    # Still one automatic backup for the day: it now holds the day's answers.
    assert len(autos) == 1
    assert _lease_in(autos[0].path) == "signed"


def test_nothing_changed_since_the_last_backup_takes_none(data_paths: DataPaths) -> None:
    _a_days_work(data_paths)
    before = list_backups(data_paths.backups)
    with Store.open(data_paths) as store:
        store.profile()  # looked, typed nothing
        assert after_work(store) is None
    assert list_backups(data_paths.backups) == before


def test_a_backup_after_work_keeps_the_days_of_earlier_backups(data_paths: DataPaths) -> None:
    from desktop.storage.backup import AUTOMATIC_PREFIX, STAMP_FORMAT, SUFFIX, describe

    _a_days_work(data_paths)
    (today,) = [b for b in list_backups(data_paths.backups) if b.kind == "auto"]
    # Backups of earlier days (copies of today's, named as taken on those days).
    earlier = []
    for days in range(1, KEEP_AUTOMATIC + 3):
        when = today.taken_at.replace(hour=12) - __import__("datetime").timedelta(days=days)
        copy = data_paths.backups / f"{AUTOMATIC_PREFIX}{when.strftime(STAMP_FORMAT)}{SUFFIX}"
        copy.write_bytes(today.path.read_bytes())
        earlier.append(describe(copy))
    with Store.open(data_paths) as store:
        store.set_answer("2022-1", LEASE, "negotiating")
        made = after_work(store)
    assert made is not None and _lease_in(made) == "negotiating"
    autos = [b.path for b in list_backups(data_paths.backups) if b.kind == "auto"]
    assert len(autos) == KEEP_AUTOMATIC
    assert autos[0] == made and today.path not in autos  # the day's backup, taken again
    assert autos[1:] == [b.path for b in earlier[: KEEP_AUTOMATIC - 1]]


def test_a_damaged_database_lists_its_backups_and_restores_one(run, data_paths: DataPaths) -> None:  # type: ignore[no-untyped-def]
    _a_days_work(data_paths)
    cut = _damage(data_paths.database)

    code, out, err = run("backup", "list")
    assert code == 0, err
    ((auto, *_),) = [[b for b in list_backups(data_paths.backups) if b.kind == "auto"]]
    assert auto.path.name in out and "2022-1" in out

    code, out, err = run("backup", "restore", str(auto.path), "--yes")
    assert code == 0, err
    with Store.open(data_paths) as store:  # the program opens again, with the day's answer
        assert store.get_answer("2022-1", LEASE) == "signed"
    # The damaged file was put aside, not deleted, and the message says where.
    (kept,) = data_paths.root.glob("tilannekuva-damaged-*.sqlite")
    assert kept.stat().st_size == cut and str(kept) in out


def test_restoring_over_a_damaged_database_asks_a_script_for_yes(
    run, data_paths: DataPaths
) -> None:  # type: ignore[no-untyped-def]
    _a_days_work(data_paths)
    _damage(data_paths.database)
    before = data_paths.database.read_bytes()
    (auto,) = [b for b in list_backups(data_paths.backups) if b.kind == "auto"]
    code, _out, err = run("backup", "restore", str(auto.path))
    assert code == 2 and "--yes" in err
    assert data_paths.database.read_bytes() == before
    assert not list(data_paths.root.glob("tilannekuva-damaged-*"))


_KILLED_WHILE_BACKING_UP = """
import os, sqlite3, sys
from pathlib import Path
from desktop.storage.backup import take_backup
conn = sqlite3.connect(sys.argv[1])
folder = Path(sys.argv[2])
def kill():
    # Once the backup has begun to be written: killed, as by the user or a power cut.
    if folder.is_dir() and any(f.stat().st_size for f in folder.iterdir()):
        os._exit(9)
    return 0
conn.set_progress_handler(kill, 1)
take_backup(conn, folder, "auto-")
"""


def test_a_program_killed_while_backing_up_leaves_no_half_written_backup(
    data_paths: DataPaths,
) -> None:
    with Store.open(data_paths, backup=False) as store:
        store.save_profile(Profile("211"))
        for n in range(200):
            store.set_answer("2022-1", "/premises/premises", [{"building": f"Talo {n}"}])
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            _KILLED_WHILE_BACKING_UP,
            str(data_paths.database),
            str(data_paths.backups),
        ],
        cwd=REPO,
        check=False,
    )
    assert done.returncode == 9
    # Whatever was written meanwhile is not listed, so never offered as a backup.
    assert list_backups(data_paths.backups) == []


def test_a_submission_is_in_a_backup_as_soon_as_it_is_made(
    ready: DataPaths, tmp_path: Path
) -> None:
    from desktop.backups import summarise_for
    from desktop.survey import shipped_catalog
    from tests.exported_round import ROUND

    code = cli.main(
        ["--data-dir", str(ready.root), "export", ROUND, "--yes", "--out", str(tmp_path)]
    )
    assert code == 0
    (newest, *_) = list_backups(ready.backups)
    assert newest.kind == "auto"
    summary = summarise_for(ready, newest.path, shipped_catalog())
    # The backup holds the round as sent: restored, it is submitted, not to be sent again.
    assert ROUND in summary.submitted and summary.progress[ROUND][0] > 0


def test_the_lock_file_left_after_a_clean_exit_does_not_hold_the_folder(
    data_paths: DataPaths,
) -> None:
    """``tilannekuva.lock`` stays in the folder after the program ends, with the process id
    it was last held by: by design, the operating system's lock on it is what counts, and
    it ends with the program. The next start is not misled by the file."""
    with Store.open(data_paths):
        pass
    assert data_paths.lock.read_text().strip().isdigit()  # left, naming the last holder
    data_paths.lock.write_text("999999\n")  # a process that no longer runs
    with Store.open(data_paths) as store:
        assert store.profile() is None
        assert data_paths.lock.read_text().strip() != "999999"  # now names this one


def test_the_lock_file_names_only_its_holder(data_paths: DataPaths) -> None:
    """Whatever the last holder left there, longer or shorter, the file then names only this
    process (it is written over in place at each start)."""
    data_paths.root.mkdir(parents=True, exist_ok=True)
    for left in ("12345678901234567890 from an older program\n", "7\n", ""):
        data_paths.lock.write_text(left)
        with Store.open(data_paths):
            assert data_paths.lock.read_text().split() == [str(os.getpid())]

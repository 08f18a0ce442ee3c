"""Restoring a backup while another program writes into the database: the restore waits
for it (and says so) before it keeps the current state, so a change the other program
commits meanwhile is in the copy kept; one that holds on too long is named, nothing done."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.paths import DataPaths
from desktop.storage import Profile, Store
from desktop.storage.restore import write_backup

HOLD = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
conn.execute("UPDATE profile SET contact_name = 'LOCKER'")
print("held", flush=True)
time.sleep(float(sys.argv[2]))
conn.execute("COMMIT")
"""


@pytest.fixture
def backup(data_paths: DataPaths, tmp_path: Path) -> Path:
    with Store.open(data_paths) as store:
        store.save_profile(Profile("211", contact_name="Anna Mäkelä"))
        made = write_backup(store, tmp_path / "usb")
    data_paths.lock.unlink(missing_ok=True)
    return made


@pytest.fixture
def holder(data_paths: DataPaths) -> Iterator[object]:
    started: list[subprocess.Popen[str]] = []

    def hold(seconds: float) -> None:
        child = subprocess.Popen(
            [sys.executable, "-c", HOLD, str(data_paths.database), str(seconds)],
            stdout=subprocess.PIPE,
            text=True,
        )
        started.append(child)
        assert child.stdout is not None and child.stdout.readline().strip() == "held"

    yield hold
    for child in started:
        child.wait(timeout=30)
        if child.stdout is not None:
            child.stdout.close()


def _contact(database: Path) -> str:
    conn = sqlite3.connect(database)
    try:
        return str(conn.execute("SELECT contact_name FROM profile").fetchone()[0])
    finally:
        conn.close()


def test_a_change_committed_while_the_restore_waits_is_in_the_copy_kept(
    data_paths: DataPaths,
    backup: Path,
    holder,
    capsys: pytest.CaptureFixture[str],  # type: ignore[no-untyped-def]
) -> None:
    holder(1.0)
    code = main(
        [
            "--data-dir",
            str(data_paths.root),
            "--lang",
            "en",
            "backup",
            "restore",
            str(backup),
            "--yes",
        ]
    )
    _out, err = capsys.readouterr()
    assert code == 0, err
    assert "Waiting for another program" in err
    (kept,) = data_paths.backups.glob("before-restore-*.sqlite")
    assert _contact(kept) == "LOCKER"  # the other program's change was kept
    assert _contact(data_paths.database) == "Anna Mäkelä"


@pytest.mark.parametrize(
    ("lang", "said"),
    [("en", "Another program is holding"), ("fi", "Toinen ohjelma"), ("sv", "Ett annat program")],
)
def test_a_program_holding_the_database_too_long_is_named_and_nothing_is_done(
    data_paths: DataPaths,
    backup: Path,
    holder,  # type: ignore[no-untyped-def]
    capsys: pytest.CaptureFixture[str],
    lang: str,
    said: str,
) -> None:
    holder(6.0)
    code = main(
        [
            "--data-dir",
            str(data_paths.root),
            "--lang",
            lang,
            "backup",
            "restore",
            str(backup),
            "--yes",
        ]
    )
    _out, err = capsys.readouterr()
    assert code == 2, err
    assert said in err
    assert list(data_paths.backups.glob("before-restore-*.sqlite")) == []

"""Backups the user controls: listed, written to a folder, restored only when sound."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from desktop import cli
from desktop.paths import DataPaths
from desktop.storage import SCHEMA_VERSION, Profile, Store
from desktop.storage.backup import KEEP_AUTOMATIC, backup_if_due, list_backups
from desktop.storage.restore import BackupError, restore_backup, write_backup
from tests.conftest import REPO
from tests.environment import file_digest, read_only_directory

LEASE = "/premises/lease_status"


@pytest.fixture
def run(data_paths: DataPaths, capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    def invoke(*args: str) -> tuple[int, str, str]:
        code = cli.main(["--data-dir", str(data_paths.root), *args])
        out, err = capsys.readouterr()
        return code, out, err

    return invoke


def _answered(paths: DataPaths, value: str, code: str = "211") -> None:
    with Store.open(paths, backup=False) as store:
        store.save_profile(Profile(code))
        store.set_answer("2022-1", LEASE, value)


def _answer(paths: DataPaths) -> object:
    with Store.open(paths, backup=False) as store:
        return store.get_answer("2022-1", LEASE)


def test_backup_to_a_folder_and_restore_after_a_mistake(
    run, data_paths: DataPaths, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    _answered(data_paths, "signed")
    stick = tmp_path / "usb"
    code, out, _ = run("backup", "create", "--to", str(stick))
    assert code == 0
    (made,) = stick.glob("tilannekuva-manual-*.sqlite")
    assert str(made) in out
    _answered(data_paths, "negotiating")  # the mistake

    code, out, _ = run("backup", "restore", str(made), "--yes")
    assert code == 0, out
    # After a restart the answer of the backup is there.
    assert _answer(data_paths) == "signed"
    # The state it replaced was kept first, and it holds the mistaken answer.
    (kept,) = data_paths.backups.glob("before-restore-*.sqlite")
    assert str(kept) in out
    conn = sqlite3.connect(kept)
    assert conn.execute("SELECT value FROM answers").fetchall() == [('"negotiating"',)]
    conn.close()


def test_backup_list_shows_time_size_and_progress(run, data_paths: DataPaths) -> None:  # type: ignore[no-untyped-def]
    _answered(data_paths, "signed")
    assert run("backup", "create")[0] == 0
    code, out, _ = run("--lang", "en", "backup", "list")
    assert code == 0
    line = next(line for line in out.splitlines() if "manual" in line)
    assert " kB " in line
    assert "2022-1 2/" in line  # the municipality (from the profile) and the lease status
    assert f"the newest {KEEP_AUTOMATIC} are kept" in out


def test_restore_asks_first_and_a_script_must_say_yes(run, data_paths: DataPaths) -> None:  # type: ignore[no-untyped-def]
    _answered(data_paths, "signed")
    with Store.open(data_paths, backup=False) as store:
        made = write_backup(store)
    _answered(data_paths, "negotiating")
    code, _, err = run("--lang", "en", "backup", "restore", str(made))
    assert code == 2
    assert "--yes" in err and "Nothing was changed" in err
    assert _answer(data_paths) == "negotiating"
    assert not list(data_paths.backups.glob("before-restore-*"))


def test_damaged_backup_is_refused_and_nothing_changes(
    run, data_paths: DataPaths, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    _answered(data_paths, "signed")
    with Store.open(data_paths, backup=False) as store:
        made = write_backup(store)
    _answered(data_paths, "negotiating")
    damaged = tmp_path / "damaged.sqlite"
    conn = sqlite3.connect(made)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'answers'").fetchone()[0]
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = bytearray(made.read_bytes())
    start = (root - 1) * page_size
    data[start : start + 64] = b"\x0d\xff\xff" * 21 + b"\xff"  # the answers' page header broken
    damaged.write_bytes(bytes(data))
    before = file_digest(data_paths.database)

    code, _, err = run("--lang", "en", "backup", "restore", str(damaged), "--yes")
    assert code == 2
    assert "is damaged" in err and "unchanged" in err
    assert file_digest(data_paths.database) == before
    assert _answer(data_paths) == "negotiating"

    garbage = tmp_path / "notes.sqlite"
    garbage.write_bytes(b"not a database at all" * 100)
    code, _, err = run("--lang", "en", "backup", "restore", str(garbage), "--yes")
    assert code == 2 and "damaged" in err
    empty = tmp_path / "empty.sqlite"
    empty.write_bytes(b"")
    code, _, err = run("--lang", "en", "backup", "restore", str(empty), "--yes")
    assert code == 2 and "not a Tilannekuva backup" in err
    assert _answer(data_paths) == "negotiating"


def test_backup_of_a_newer_version_is_refused(run, data_paths: DataPaths, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _answered(data_paths, "signed")
    with Store.open(data_paths, backup=False) as store:
        made = write_backup(store)
    newer = tmp_path / "newer.sqlite"
    shutil.copy(made, newer)
    conn = sqlite3.connect(newer)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    code, _, err = run("--lang", "en", "backup", "restore", str(newer), "--yes")
    assert code == 2
    assert "newer version" in err and "Update the program" in err


def test_backup_of_an_older_version_is_upgraded_when_restored(data_paths: DataPaths) -> None:
    _answered(data_paths, "negotiating")
    with Store.open(data_paths, backup=False) as store:
        restore_backup(store, REPO / "tests" / "fixtures" / "databases" / "v1.sqlite")
        version = store.connection.execute("PRAGMA user_version").fetchone()[0]
        assert version == SCHEMA_VERSION
        assert store.submissions("2022-1") == []  # the table the upgrade adds


def test_another_municipalitys_backup_needs_consent(
    run, data_paths: DataPaths, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    other = DataPaths(tmp_path / "other")
    _answered(other, "signed", code="091")
    with Store.open(other, backup=False) as store:
        theirs = write_backup(store)
    _answered(data_paths, "negotiating", code="211")

    with Store.open(data_paths, backup=False) as store, pytest.raises(BackupError) as refused:
        restore_backup(store, theirs)
    assert refused.value.key == "storage.backup.other_municipality"
    code, _, err = run("--lang", "en", "backup", "restore", str(theirs), "--yes")
    assert code == 2 and "municipality 091" in err and "--other-municipality" in err
    assert _answer(data_paths) == "negotiating"

    code, _, _ = run("backup", "restore", str(theirs), "--yes", "--other-municipality")
    assert code == 0
    assert _answer(data_paths) == "signed"


def test_a_folder_that_cannot_be_written_gets_a_clear_message(
    run, data_paths: DataPaths, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    _answered(data_paths, "signed")
    stick = tmp_path / "write-protected"
    stick.mkdir()
    with read_only_directory(stick):
        code, _, err = run("--lang", "en", "backup", "create", "--to", str(stick))
    assert code == 2
    assert "cannot be written to" in err and "No backup was made" in err
    assert list(stick.iterdir()) == []
    not_a_folder = tmp_path / "file.txt"
    not_a_folder.write_text("x")
    code, _, err = run("--lang", "en", "backup", "create", "--to", str(not_a_folder))
    assert code == 2 and "cannot be written to" in err


def test_restore_is_refused_while_the_window_holds_the_data_folder(
    run, data_paths: DataPaths
) -> None:  # type: ignore[no-untyped-def]
    _answered(data_paths, "signed")
    with Store.open(data_paths, backup=False) as store:
        made = write_backup(store)
        code, _, err = run("--lang", "en", "backup", "restore", str(made), "--yes")
    assert code == 2 and "already running" in err


def test_automatic_backups_rotate(data_paths: DataPaths, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.storage import backup as backup_module

    monkeypatch.setattr(backup_module, "DAILY", backup_module.timedelta(0))
    with Store.open(data_paths, backup=False) as store:
        made = write_backup(store)
        for _ in range(KEEP_AUTOMATIC + 3):
            assert backup_if_due(store.connection, data_paths.backups) is not None
    kinds = [b.kind for b in list_backups(data_paths.backups)]
    assert kinds.count("auto") == KEEP_AUTOMATIC
    assert made.exists(), "a backup the user asked for is never rotated away"

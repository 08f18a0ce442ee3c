"""A database file that is damaged, cut short or not a database is refused and never set up again."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.paths import DataPaths
from desktop.storage import Profile, StorageError, Store, connection
from desktop.storage.backup import take_backup
from tests.environment import file_digest


def _make_database(paths: DataPaths, *, backups: int = 1) -> None:
    with Store.open(paths, backup=False) as store:
        store.set_answer("2022-1", "/premises/lease_status", "signed")
        for _ in range(backups):
            take_backup(store.connection, paths.backups, "auto-")


def _empty(raw: bytes) -> bytes:
    return b""


def _cut_at_a_page(raw: bytes) -> bytes:
    return raw[: len(raw) - 4096]


def _cut_mid_page(raw: bytes) -> bytes:
    return raw[: len(raw) - 100]


def _header_only(raw: bytes) -> bytes:
    return raw[:60]


def _notes(raw: bytes) -> bytes:
    return b"these are my notes, not a database\n" * 100


DAMAGE: dict[str, Callable[[bytes], bytes]] = {
    "zero length": _empty,
    "cut at a page boundary": _cut_at_a_page,
    "cut inside a page": _cut_mid_page,
    "only part of the header": _header_only,
    "not SQLite": _notes,
}


@pytest.mark.parametrize("damage", DAMAGE.values(), ids=DAMAGE.keys())
def test_damaged_file_is_refused_with_the_backup_to_restore(
    data_paths: DataPaths, damage: Callable[[bytes], bytes]
) -> None:
    _make_database(data_paths)
    [backup] = sorted(data_paths.backups.glob("*.sqlite"))
    data_paths.database.write_bytes(damage(data_paths.database.read_bytes()))
    before = file_digest(data_paths.database)
    with pytest.raises(StorageError) as refused:
        Store.open(data_paths)
    assert refused.value.key == "storage.database.corrupt"
    assert "vioittunut" in refused.value.message("fi")
    assert backup.name in refused.value.message("fi")
    assert backup.name in refused.value.message("sv")
    assert file_digest(data_paths.database) == before
    assert not Path(f"{data_paths.database}-wal").exists()


def test_without_a_sound_backup_the_refusal_says_so(data_paths: DataPaths) -> None:
    _make_database(data_paths, backups=0)
    data_paths.backups.mkdir(exist_ok=True)
    (data_paths.backups / "auto-20200101T000000000000Z.sqlite").write_bytes(b"")
    data_paths.database.write_bytes(b"")
    with pytest.raises(StorageError) as refused:
        Store.open(data_paths)
    assert refused.value.key == "storage.database.corrupt_no_backup"
    assert "Ehjää varmuuskopiota ei ole" in refused.value.message("fi")
    assert data_paths.database.read_bytes() == b""


def test_only_a_missing_file_is_a_new_database(data_paths: DataPaths) -> None:
    with Store.open(data_paths) as store:
        assert store.profile() is None
        store.set_answer("2022-1", "/premises/lease_status", "signed")
    assert not data_paths.database.with_name("tilannekuva.sqlite.new").exists()
    with Store.open(data_paths) as store:
        assert store.get_answer("2022-1", "/premises/lease_status") == "signed"


def test_newest_sound_backup_is_named_not_a_damaged_one(data_paths: DataPaths) -> None:
    _make_database(data_paths, backups=2)
    older, newer = sorted(data_paths.backups.glob("*.sqlite"))
    newer.write_bytes(newer.read_bytes()[:4096])
    data_paths.database.write_bytes(b"")
    with pytest.raises(StorageError) as refused:
        Store.open(data_paths)
    assert older.name in refused.value.message("en")
    assert newer.name not in refused.value.message("en")


def test_sqlite_reports_of_damage_name_the_backup_too(data_paths: DataPaths) -> None:
    _make_database(data_paths)
    [backup] = data_paths.backups.glob("*.sqlite")
    raw = bytearray(data_paths.database.read_bytes())
    raw[100:4096] = b"\xff" * (4096 - 100)
    data_paths.database.write_bytes(bytes(raw))
    with pytest.raises(StorageError) as refused:
        Store.open(data_paths)
    assert refused.value.key == "storage.database.corrupt" and backup.name in refused.value.message(
        "fi"
    )


def _break_an_index(paths: DataPaths) -> None:
    """Make the audit log's index describe other columns than it holds: quick_check misses it."""
    conn = sqlite3.connect(paths.database, isolation_level=None)
    conn.execute("PRAGMA writable_schema=ON")
    conn.execute(
        'UPDATE sqlite_master SET sql = replace(sql, \'"round_id", "id"\', \'"actor", "id"\') '
        "WHERE type = 'index' AND tbl_name = 'audit_log'"
    )
    conn.execute("PRAGMA writable_schema=OFF")
    conn.close()
    check = sqlite3.connect(paths.database)
    assert check.execute("PRAGMA quick_check").fetchall() == [("ok",)]
    assert check.execute("PRAGMA integrity_check").fetchall() != [("ok",)]
    check.close()


def test_an_index_that_no_longer_matches_its_table_is_found_at_start(data_paths: DataPaths) -> None:
    _make_database(data_paths)
    [backup] = data_paths.backups.glob("*.sqlite")
    _break_an_index(data_paths)
    before = file_digest(data_paths.database)
    with pytest.raises(StorageError) as refused:
        Store.open(data_paths)
    assert refused.value.key == "storage.database.corrupt"
    assert backup.name in refused.value.message("fi")
    assert file_digest(data_paths.database) == before


def test_a_large_database_is_checked_fully_with_the_daily_backup(
    data_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    _make_database(data_paths, backups=0)
    _break_an_index(data_paths)
    monkeypatch.setattr(connection, "START_BUDGET_MS", 0.0)  # every file counts as large
    before = file_digest(data_paths.database)
    with pytest.raises(StorageError) as refused:
        Store.open(data_paths)  # no automatic backup yet: one is due, and the check with it
    assert refused.value.damaged
    assert file_digest(data_paths.database) == before
    assert list(data_paths.backups.glob("auto-*.sqlite")) == []


def test_once_found_damaged_nothing_more_is_written(data_paths: DataPaths) -> None:
    _make_database(data_paths)
    with Store.open(data_paths) as store:
        store.set_answer("2022-1", "/premises/notes", "before")
        page_size = store.connection.execute("PRAGMA page_size").fetchone()[0]
        root = store.connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'sqlite_autoindex_answers_1'"
        ).fetchone()[0]
        store.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        with data_paths.database.open("r+b") as raw:
            raw.seek((root - 1) * page_size)
            raw.write(b"\xff" * page_size)
        store.connection.execute("PRAGMA shrink_memory")
        with pytest.raises(StorageError) as found:
            store.set_answer("2022-1", "/premises/notes", "after")
        assert found.value.damaged
        # The profile lies elsewhere in the file, but the file is known damaged now.
        with pytest.raises(StorageError) as again:
            store.save_profile(Profile("211", contact_name="Maija"))
        assert again.value.damaged
    assert "Maija" not in data_paths.database.read_bytes().decode("latin-1")

"""The answers database as a user relies on it: nothing entered is lost, bad states refused."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from desktop.jsonvalue import MISSING
from desktop.paths import DataPaths
from desktop.storage import SCHEMA_VERSION, Profile, StorageError, Store
from tests.environment import file_digest, read_only_directory


def test_answer_is_there_after_reopening(data_paths: DataPaths) -> None:
    with Store.open(data_paths) as store:
        store.set_answer("2022-1", "/premises/lease_status", "signed", actor="maija")
        store.set_answer("2022-1", "/premises/buildings/0/name", "Terveysasema")
        store.set_answer("2022-1", "/premises/buildings/1/name", "Paloasema")
    with Store.open(data_paths) as store:
        answers = store.round_answers("2022-1")
    assert answers["premises"]["lease_status"] == "signed"
    assert answers["premises"]["buildings"] == [{"name": "Terveysasema"}, {"name": "Paloasema"}]


def test_every_edit_is_in_the_audit_log(store: Store) -> None:
    store.set_answer("2022-1", "/staff/holiday_pay", 1200, actor="maija")
    store.set_answer("2022-1", "/staff/holiday_pay", 1300.5, actor="pekka")
    store.remove_answer("2022-1", "/staff/holiday_pay", actor="pekka")
    log = store.audit_log("2022-1")
    assert [(e.actor, e.pointer, e.old, e.new) for e in reversed(log)] == [
        ("maija", "/staff/holiday_pay", MISSING, 1200),
        ("pekka", "/staff/holiday_pay", 1200, 1300.5),
        ("pekka", "/staff/holiday_pay", 1300.5, MISSING),
    ]


def test_an_edit_taken_back_is_kept_in_the_log_and_left_out_of_the_history(
    store: Store,
) -> None:
    cell = "/premises/buildings/0/name"
    store.set_answer("2022-1", cell, "A", actor="maija")
    store.set_answer("2022-1", "/premises/shared", True, actor="maija")
    # Typing saved at two pauses, then taken back; another answer changed meanwhile.
    store.set_answer("2022-1", cell, "AB", actor="maija")
    store.set_answer("2022-1", "/staff/holiday_pay", 1200, actor="maija")
    store.set_answer("2022-1", cell, "ABC", actor="maija")
    store.set_answer("2022-1", cell, "A", actor="maija", cancels=True)
    # A text typed in an empty cell and taken back removes the answer again.
    store.set_answer("2022-1", "/premises/buildings/0/area", 5, actor="maija")
    store.remove_answer("2022-1", "/premises/buildings/0/area", actor="maija", cancels=True)

    assert [e.new for e in store.audit_log("2022-1") if e.pointer == cell] == [
        "A",
        "ABC",
        "AB",
        "A",
    ]
    told = [(e.pointer, e.new) for e in store.history("2022-1")]
    assert told == [
        ("/staff/holiday_pay", 1200),
        ("/premises/shared", True),
        (cell, "A"),
    ]
    assert [(e.pointer, e.new) for e in store.history("2022-1", limit=2)] == told[:2]


def test_a_taking_back_the_log_cannot_account_for_is_told_as_a_change(store: Store) -> None:
    cell = "/premises/buildings/0/name"
    store.set_answer("2022-1", cell, "A")
    store.set_answer("2022-1", cell, "B", cancels=True)  # nothing before reads back to "B"
    told = store.history("2022-1")
    assert [(e.old, e.new, e.source) for e in told] == [("A", "B", None), (MISSING, "A", None)]


def test_unchanged_value_is_not_logged_twice(store: Store) -> None:
    assert store.set_answer("2022-1", "/premises/shared", True)
    assert not store.set_answer("2022-1", "/premises/shared", True)
    assert len(store.audit_log("2022-1")) == 1


def test_removing_a_row_closes_the_gap(store: Store) -> None:
    for index, name in enumerate(["A", "B", "C"]):
        store.set_answer("2022-1", f"/premises/buildings/{index}/name", name)
    store.remove_answer("2022-1", "/premises/buildings/1")
    assert store.get_answer("2022-1", "/premises/buildings") == [{"name": "A"}, {"name": "C"}]


def test_profile_is_kept(data_paths: DataPaths) -> None:
    with Store.open(data_paths) as store:
        assert store.profile() is None
        store.save_profile(Profile("211", contact_name="Maija Meikäläinen"))
    with Store.open(data_paths) as store:
        assert store.profile() == Profile("211", contact_name="Maija Meikäläinen")


def test_second_instance_is_refused_with_a_clear_message(data_paths: DataPaths) -> None:
    with Store.open(data_paths), pytest.raises(StorageError) as refused:
        Store.open(data_paths)
    assert refused.value.key == "storage.database.already_running"
    assert "on jo käynnissä" in refused.value.message("fi")
    assert "körs redan" in refused.value.message("sv")


def test_second_process_is_refused(data_paths: DataPaths) -> None:
    holder = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        from desktop.paths import DataPaths
        from desktop.storage import Store
        store = Store.open(DataPaths(Path({str(data_paths.root)!r})))
        print("locked", flush=True)
        sys.stdin.readline()
        """
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", holder], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "locked"
        with pytest.raises(StorageError) as refused:
            Store.open(data_paths)
        assert refused.value.key == "storage.database.already_running"
    finally:
        proc.kill()
        proc.wait()
    # The lock dies with its process: a crash never leaves the folder locked.
    with Store.open(data_paths):
        pass


def _make_database(data_paths: DataPaths) -> None:
    with Store.open(data_paths, backup=False) as store:
        store.set_answer("2022-1", "/premises/lease_status", "signed")


def test_database_from_a_newer_version_is_refused_and_untouched(data_paths: DataPaths) -> None:
    _make_database(data_paths)
    conn = sqlite3.connect(data_paths.database)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.close()
    before = file_digest(data_paths.database)
    with pytest.raises(StorageError) as refused:
        Store.open(data_paths)
    assert refused.value.key == "storage.database.too_new"
    assert "uudemmalla" in refused.value.message("fi")
    assert "nyare version" in refused.value.message("sv")
    assert file_digest(data_paths.database) == before
    assert not Path(f"{data_paths.database}-wal").exists()


def test_corrupt_database_is_refused_and_untouched(data_paths: DataPaths) -> None:
    _make_database(data_paths)
    raw = bytearray(data_paths.database.read_bytes())
    raw[100:4096] = b"\xff" * (4096 - 100)  # the schema page, past the header
    data_paths.database.write_bytes(bytes(raw))
    before = file_digest(data_paths.database)
    with pytest.raises(StorageError) as refused:
        Store.open(data_paths)
    assert refused.value.damaged
    assert "vioittunut" in refused.value.message("fi")
    assert file_digest(data_paths.database) == before


def test_file_that_is_not_a_database_is_refused(data_paths: DataPaths) -> None:
    data_paths.root.mkdir(parents=True)
    data_paths.database.write_text("these are my notes, not a database\n" * 100)
    before = file_digest(data_paths.database)
    with pytest.raises(StorageError) as refused:
        Store.open(data_paths)
    assert refused.value.damaged
    assert file_digest(data_paths.database) == before


def test_database_locked_by_another_program(store: Store, data_paths: DataPaths) -> None:
    store.set_answer("2022-1", "/premises/lease_status", "signed")
    other = sqlite3.connect(data_paths.database, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(StorageError) as refused:
            store.set_answer("2022-1", "/premises/lease_status", "negotiating")
        assert refused.value.key == "storage.database.locked"
        assert "lukittuna" in refused.value.message("fi")
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert store.get_answer("2022-1", "/premises/lease_status") == "signed"
    assert store.set_answer("2022-1", "/premises/lease_status", "negotiating")


def test_a_try_that_may_fail_waits_less_for_another_programs_lock(
    store: Store, data_paths: DataPaths
) -> None:
    def timeout() -> int:
        return int(store.connection.execute("PRAGMA busy_timeout").fetchone()[0])

    usual = timeout()
    assert usual >= 1000  # an edit waits out another program's short write
    other = sqlite3.connect(data_paths.database, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with store.waiting_at_most(20):
            assert timeout() == 20
            with pytest.raises(StorageError) as refused:
                store.set_answer("2022-1", "/premises/lease_status", "signed")
        assert refused.value.key == "storage.database.locked"
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert timeout() == usual
    assert store.set_answer("2022-1", "/premises/lease_status", "signed")


def test_full_disk_keeps_earlier_answers(store: Store) -> None:
    store.set_answer("2022-1", "/premises/lease_status", "signed")
    pages = store.connection.execute("PRAGMA page_count").fetchone()[0]
    # The file may not grow: SQLite reports exactly what a full disk gives it.
    store.connection.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(StorageError) as refused:
        store.set_answer("2022-1", "/premises/notes", "x" * 200_000)
    assert refused.value.key == "storage.database.disk_full"
    assert "Levy on täynnä" in refused.value.message("fi")
    assert "Disken är full" in refused.value.message("sv")
    assert store.get_answer("2022-1", "/premises/lease_status") == "signed"
    assert store.get_answer("2022-1", "/premises/notes") is MISSING


def test_read_only_data_directory(tmp_path: Path) -> None:
    folder = tmp_path / "readonly"
    folder.mkdir()
    with read_only_directory(folder), pytest.raises(StorageError) as refused:
        Store.open(DataPaths(folder / "data"))
    assert refused.value.key == "storage.database.read_only"
    assert "ei voi kirjoittaa" in refused.value.message("fi")


def test_existing_database_in_a_directory_turned_read_only(data_paths: DataPaths) -> None:
    _make_database(data_paths)
    before = file_digest(data_paths.database)
    with (
        read_only_directory(data_paths.root),
        pytest.raises(StorageError) as refused,
        Store.open(data_paths) as store,
    ):
        store.set_answer("2022-1", "/premises/lease_status", "negotiating")
    assert refused.value.key in {"storage.database.read_only", "storage.database.cannot_open"}
    assert file_digest(data_paths.database) == before


def test_automatic_backup_is_a_complete_database(data_paths: DataPaths) -> None:
    _make_database(data_paths)
    with Store.open(data_paths) as store:
        store.set_answer("2022-1", "/premises/lease_status", "negotiating")
    backups = sorted(data_paths.backups.glob("auto-*.sqlite"))
    assert len(backups) == 1
    copy = sqlite3.connect(backups[0])
    assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    values = copy.execute("SELECT value FROM answers").fetchall()
    assert values == [('"signed"',)]


def test_submitted_round_is_locked_until_a_correction(store: Store) -> None:
    store.set_answer("2022-1", "/premises/lease_status", "signed")
    first = store.record_submission(
        "2022-1",
        package_name="211-2022-1-1.asice",
        package=b"package one",
        report=b"report one",
        signer_fingerprint="ABCD 1234",
    )
    assert first.number == 1
    with pytest.raises(StorageError) as refused:
        store.set_answer("2022-1", "/premises/lease_status", "negotiating")
    assert refused.value.key == "storage.database.round_locked"
    assert "on lähetetty" in refused.value.message("fi")
    assert store.get_answer("2022-1", "/premises/lease_status") == "signed"

    assert store.start_correction("2022-1")
    store.set_answer("2022-1", "/premises/lease_status", "negotiating")
    second = store.record_submission(
        "2022-1",
        package_name="211-2022-1-2.asice",
        package=b"package two",
        report=b"report two",
        signer_fingerprint="ABCD 1234",
    )
    assert second.number == 2
    assert [s.number for s in store.submissions("2022-1")] == [1, 2]
    assert store.submission_files("2022-1", 1) == (b"package one", b"report one")
    assert store.is_locked("2022-1")


def test_a_worker_thread_writes_through_its_own_connection_and_the_folder_stays_locked(
    data_paths: DataPaths,
) -> None:
    import threading

    with Store.open(data_paths) as store:
        done: list[int] = []

        def worker() -> None:
            attached = Store.attach(data_paths)
            try:
                submission = attached.record_submission(
                    "2022-1",
                    package_name="p.asice",
                    package=b"package",
                    report=b"report",
                    signer_fingerprint="AB",
                )
                done.append(submission.number)
            finally:
                attached.close()

        thread = threading.Thread(target=worker)
        thread.start()
        thread.join()
        assert done == [1]
        # The window's store sees the submission, and still holds the folder.
        assert store.is_locked("2022-1")
        assert [s.number for s in store.submissions("2022-1")] == [1]
        with pytest.raises(StorageError) as refused:
            Store.open(data_paths)
        assert refused.value.key == "storage.database.already_running"
    with Store.open(data_paths) as reopened:
        assert reopened.submission_files("2022-1", 1) == (b"package", b"report")

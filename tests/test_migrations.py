"""Every released database version upgrades to the current one without losing anything."""

from __future__ import annotations

import re
import shutil
import sqlite3
from pathlib import Path

import pytest

from desktop.paths import DataPaths
from desktop.storage import SCHEMA_VERSION, StorageError, Store, migrations

FIXTURES = Path(__file__).parent / "fixtures" / "databases"
RELEASED = sorted(FIXTURES.glob("v*.sqlite"))


def _version(path: Path) -> int:
    match = re.fullmatch(r"v(\d+)\.sqlite", path.name)
    assert match, path
    return int(match.group(1))


def test_every_released_version_has_a_fixture() -> None:
    assert {_version(p) for p in RELEASED} == set(range(1, SCHEMA_VERSION + 1))


def _open_copy(fixture: Path, tmp_path: Path) -> DataPaths:
    paths = DataPaths(tmp_path / "data")
    paths.root.mkdir()
    shutil.copy(fixture, paths.database)
    return paths


@pytest.mark.parametrize("fixture", RELEASED, ids=lambda p: p.name)
def test_released_database_is_upgraded(fixture: Path, tmp_path: Path) -> None:
    paths = _open_copy(fixture, tmp_path)
    with Store.open(paths, backup=False) as store:
        assert store.connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert store.connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        profile = store.profile()
        assert profile is not None and profile.municipality_code == "211"
        answers = store.round_answers("2022-1")
        assert (
            answers["premises"]["lease_not_started_reason"]
            == "Odotamme mallisopimusta & ohjeita <pian>"
        )
        assert answers["premises"]["premises"][0] == {
            "building": "Terveysasema",
            "floor_area": 1250.5,
        }
        assert store.round_answers("2022-2")["premises"]["lease_status"] == "negotiating"
        assert len(store.audit_log("2022-1")) == 6
        if _version(fixture) >= 2:
            assert [x.number for x in store.submissions("2022-2")] == [1]
            assert store.is_locked("2022-2")
        if _version(fixture) >= 4:
            from desktop.storage.round_packages import round_packages

            assert [p.round_id for p in round_packages(store)] == ["2023-1"]
        # The upgraded database takes new edits.
        store.set_answer("2022-1", "/premises/lease_status", "signed")
    if _version(fixture) < SCHEMA_VERSION:
        backups = list(paths.backups.glob(f"before-v{SCHEMA_VERSION}-*.sqlite"))
        assert len(backups) == 1
        old = sqlite3.connect(backups[0])
        assert old.execute("PRAGMA user_version").fetchone()[0] == _version(fixture)


def test_failed_step_leaves_the_database_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = _open_copy(RELEASED[-1], tmp_path)

    def broken_step(db: object) -> None:
        conn = db.conn  # type: ignore[attr-defined]
        conn.execute("CREATE TABLE half_done (x)")
        conn.execute("INSERT INTO no_such_table VALUES (1)")

    monkeypatch.setattr(migrations, "STEPS", (*migrations.STEPS, broken_step))
    monkeypatch.setattr(migrations, "LATEST", len(migrations.STEPS))
    with pytest.raises(StorageError) as refused:
        Store.open(paths, backup=False)
    assert refused.value.key == "storage.database.migration_failed"
    assert "epäonnistui" in refused.value.message("fi")
    conn = sqlite3.connect(paths.database)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert "half_done" not in tables
    assert list(paths.backups.glob("before-v*.sqlite")), "a backup is taken before upgrading"

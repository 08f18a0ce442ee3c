"""Tables stored row by row: a cell edit touches its row alone, and nothing else changes."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

from desktop.jsonvalue import MISSING
from desktop.paths import DataPaths
from desktop.storage import AuditEntry, Store

FIXTURES = Path(__file__).parent / "fixtures" / "databases"
POINTER = "/premises/premises"


def _rows(n: int) -> list[dict[str, object]]:
    return [{"building": f"Rakennus {i}", "floor_area": 100.0 + i} for i in range(n)]


def _stored_rows(paths: DataPaths) -> list[tuple[int, str]]:
    conn = sqlite3.connect(paths.database)
    try:
        return conn.execute(
            "SELECT position, value FROM answer_rows WHERE field = 'premises' ORDER BY position"
        ).fetchall()
    finally:
        conn.close()


def _leaves(entries: list[AuditEntry]) -> list[tuple[str, object, object]]:
    return [(e.pointer, e.old, e.new) for e in reversed(entries)]


def test_cell_edits_rows_and_removals_survive_a_restart(data_paths: DataPaths) -> None:
    with Store.open(data_paths, backup=False) as store:
        store.set_answer("2022-1", POINTER, _rows(3))  # type: ignore[arg-type]
        assert store.set_answer("2022-1", f"{POINTER}/1/floor_area", 555.5)
        assert not store.set_answer("2022-1", f"{POINTER}/1/floor_area", 555.5)
        assert store.set_answer("2022-1", f"{POINTER}/3/building", "Uusi")  # a new row
        assert store.remove_answer("2022-1", f"{POINTER}/0")  # the others move up
        assert store.remove_answer("2022-1", f"{POINTER}/0/building")
        assert not store.remove_answer("2022-1", f"{POINTER}/7")
        assert store.count_rows("2022-1", "premises", "premises") == 3
    with Store.open(data_paths, backup=False) as store:
        expected = [
            {"floor_area": 555.5},
            {"building": "Rakennus 2", "floor_area": 102.0},
            {"building": "Uusi"},
        ]
        assert store.round_answers("2022-1")["premises"]["premises"] == expected
        assert store.get_answer("2022-1", POINTER) == expected
        assert store.get_answer("2022-1", f"{POINTER}/2/building") == "Uusi"
        # The audit log keeps the exact leaf that changed, with its old and new value.
        assert _leaves(store.audit_log("2022-1"))[1:] == [
            (f"{POINTER}/1/floor_area", 101.0, 555.5),
            (f"{POINTER}/3/building", MISSING, "Uusi"),
            (f"{POINTER}/0", {"building": "Rakennus 0", "floor_area": 100.0}, MISSING),
            (f"{POINTER}/0/building", "Rakennus 1", MISSING),
        ]
    assert [p for p, _ in _stored_rows(data_paths)] == [0, 1, 2]


def test_one_cell_edit_rewrites_one_row(data_paths: DataPaths) -> None:
    with Store.open(data_paths, backup=False) as store:
        store.set_answer("2022-1", POINTER, _rows(1000))  # type: ignore[arg-type]
        before = _stored_rows(data_paths)
        store.set_answer("2022-1", f"{POINTER}/500/floor_area", 1.5)
        after = _stored_rows(data_paths)
    changed = [a for a, b in zip(after, before, strict=True) if a != b]
    assert changed == [
        (500, json.dumps({"building": "Rakennus 500", "floor_area": 1.5}, separators=(",", ":")))
    ]


def test_whole_table_replaced_and_cleared(data_paths: DataPaths) -> None:
    with Store.open(data_paths, backup=False) as store:
        store.set_answer("2022-1", POINTER, _rows(5))  # type: ignore[arg-type]
        store.set_answer("2022-1", POINTER, _rows(2))  # type: ignore[arg-type]
        assert store.get_answer("2022-1", POINTER) == _rows(2)
        store.set_answer("2022-1", POINTER, [])
        assert store.round_answers("2022-1")["premises"]["premises"] == []
        assert store.remove_answer("2022-1", POINTER)
        assert "premises" not in store.round_answers("2022-1")
    assert _stored_rows(data_paths) == []


def test_upgrade_moves_every_stored_table_into_rows(tmp_path: Path) -> None:
    fixture = FIXTURES / "v2.sqlite"
    raw = sqlite3.connect(fixture)
    before = {
        (r, s, f): json.loads(v)
        for r, s, f, v in raw.execute("SELECT round_id, section, field, value FROM answers")
    }
    raw.close()
    assert any(isinstance(v, list) and v for v in before.values()), "the fixture has a table"
    paths = DataPaths(tmp_path / "data")
    paths.root.mkdir()
    shutil.copy(fixture, paths.database)
    with Store.open(paths, backup=False) as store:
        after = {
            (r, s, f): v
            for r in {key[0] for key in before}
            for s, fields in store.round_answers(r).items()
            for f, v in fields.items()
        }
        assert after == before
        tables = {k: v for k, v in before.items() if isinstance(v, list)}
        for (r, s, f), value in tables.items():
            assert store.count_rows(r, s, f) == len(value)
    assert len(_stored_rows(paths)) == len(before[("2022-1", "premises", "premises")])

"""Tables stored row by row: a cell edit touches its row alone, and nothing else changes."""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.jsonvalue import MISSING
from desktop.paths import DataPaths
from desktop.storage import AuditEntry, Profile, Store
from desktop.workbook import AnswerTargetError, Workbook

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
        # The audit log keeps the exact leaf that changed, with its old and new value; the
        # table stored whole first is logged cell by cell.
        leaves = _leaves(store.audit_log("2022-1"))
        assert leaves[:2] == [
            (f"{POINTER}/0/building", MISSING, "Rakennus 0"),
            (f"{POINTER}/0/floor_area", MISSING, 100.0),
        ]
        assert leaves[6:] == [
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


def _workbook(store: Store) -> Workbook:
    store.save_profile(Profile("211"))
    return Workbook(store)


@pytest.mark.parametrize(
    "edit",
    [
        lambda book: book.set_json("2022-1", f"{POINTER}/5/floor_area", 1.5),
        lambda book: book.set_json("2022-1", f"{POINTER}/5/floor_area", "not a number"),
        lambda book: book.set_json("2022-1", f"{POINTER}/5/no_such_column", 1.5),
        lambda book: book.set_json("2022-1", f"{POINTER}/5", {"floor_area": "x"}),
        lambda book: book.set_json("2022-1", f"{POINTER}/5/building", "x" * 2_000_000),
        lambda book: book.set_text("2022-1", f"{POINTER}/5/floor_area", "paljon"),
        lambda book: book.set_text("2022-1", f"{POINTER}/5", "{"),
    ],
)
def test_a_row_past_the_end_is_told_before_anything_else(
    data_paths: DataPaths, edit: Callable[[Workbook], object]
) -> None:
    with Store.open(data_paths, backup=False) as store:
        book = _workbook(store)
        book.set_json("2022-1", POINTER, _rows(3))  # type: ignore[arg-type]
        entries = len(store.audit_log("2022-1"))
        with pytest.raises(AnswerTargetError) as raised:
            edit(book)
        assert raised.value.message("en").startswith("The table ")
        assert "has no row 5 (it has 3 rows; a new row is 3)" in raised.value.message("en")
        assert store.get_answer("2022-1", POINTER) == _rows(3)
        assert len(store.audit_log("2022-1")) == entries


def test_the_new_row_and_a_first_row_are_taken(data_paths: DataPaths) -> None:
    with Store.open(data_paths, backup=False) as store:
        book = _workbook(store)
        book.set_json("2022-1", f"{POINTER}/0/floor_area", 7.5)  # no table yet: row 0 starts it
        book.set_text("2022-1", f"{POINTER}/1/floor_area", "8,5")
        with pytest.raises(AnswerTargetError):
            book.set_json("2022-1", f"{POINTER}/3/floor_area", 1.0)
        assert store.get_answer("2022-1", POINTER) == [{"floor_area": 7.5}, {"floor_area": 8.5}]


def test_one_cell_edit_is_one_transaction_of_a_few_statements(data_paths: DataPaths) -> None:
    """Nothing is read outside the edit's transaction, and as little inside it, at any size."""
    with Store.open(data_paths, backup=False) as store:
        book = _workbook(store)
        counted = []
        for rows in (10, 1000):
            book.set_json("2022-1", POINTER, _rows(rows))  # type: ignore[arg-type]
            statements: list[str] = []
            store.connection.set_trace_callback(statements.append)
            book.set_json("2022-1", f"{POINTER}/{rows // 2}/floor_area", 1.5)
            store.connection.set_trace_callback(None)
            assert statements[0] == "BEGIN IMMEDIATE" and statements[-1] == "COMMIT"
            counted.append(len(statements))
        # BEGIN, one read (the round's lock, the field's record and the row), the row's
        # write, the audit entry, COMMIT: the field's record is not written.
        assert counted[0] == counted[1] == 5
        assert not any(s.startswith("UPDATE answers ") for s in statements)
        assert book.stored("2022-1", f"{POINTER}/500/floor_area") == 1.5


def test_a_list_of_choices_stored_whole_is_one_history_entry(data_paths: DataPaths) -> None:
    pointer = "/change_support/support_needs"
    with Store.open(data_paths, backup=False) as store:
        store.set_answer("2022-1", pointer, ["law"])
        store.set_answer("2022-1", pointer, ["law", "ict_systems"])
        assert _leaves(store.audit_log("2022-1")) == [
            (pointer, MISSING, ["law"]),
            (pointer, ["law"], ["law", "ict_systems"]),
        ]

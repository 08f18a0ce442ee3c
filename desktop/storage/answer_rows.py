"""Answers as stored: one record per field, and the rows of a table as records of their own.

A field whose value is a list (a table of rows) keeps ``value`` NULL and its
number of rows in ``row_count`` in ``answers``; each row is one record of
``answer_rows`` at its position (0, 1, …). An edit of one cell reads and
writes that row alone, so its cost does not grow with the table. Every
other value is the field's JSON in ``answers.value`` as before. Each value
and row is written and read as text by ``stored_text``, which gives a row it
cannot read as its text rather than stopping the program.

``answers.updated_at`` and ``updated_by`` say when and by whom the field's
record itself was last written: its whole value, or its number of rows (a
row added or removed). An edit inside a row leaves the record as it is, so
that it writes one page of the table fewer; when and by whom each cell was
changed is in the audit log, written in the same transaction.

These functions run inside the caller's transaction.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable

from desktop.jsonvalue import (
    MISSING,
    JSONObject,
    JSONValue,
    PointerError,
    _index,
    _Missing,
    get_in,
    is_row_number,
    remove_in,
    set_in,
    split_pointer,
)
from desktop.storage.stored_text import dump, load, readable


def split_answer_pointer(pointer: str) -> tuple[str, str, list[str]]:
    """(section, field, the rest) of an answer's pointer."""
    parts = split_pointer(pointer)
    if len(parts) < 2:
        raise ValueError(f"an answer pointer names a section and a field: {pointer!r}")
    return parts[0], parts[1], parts[2:]


def _record(conn: sqlite3.Connection, key: tuple[str, str, str]) -> tuple[str | None, int] | None:
    """(value, row_count) of a field; row_count -1 when the value is not a list of rows."""
    row = conn.execute(
        "SELECT value, row_count FROM answers WHERE round_id = ? AND section = ? AND field = ?", key
    ).fetchone()
    if row is None:
        return None
    return row[0], -1 if row[1] is None else int(row[1])


# The round's lock, the field's record and one row at once; no row when the round is not
# started (then nothing of it is stored either).
_EDIT_READ = (
    "SELECT d.locked_at, a.round_id IS NOT NULL, a.value, a.row_count, r.value, r.rowid "
    "FROM rounds AS d "
    "LEFT JOIN answers AS a ON a.round_id = ?1 AND a.section = ?2 AND a.field = ?3 "
    "LEFT JOIN answer_rows AS r ON r.round_id = ?1 AND r.section = ?2 AND r.field = ?3 "
    "AND r.position = ?4 WHERE d.round_id = ?1"
)


class Found:
    """What an edit reads before it writes, in one statement (``read_for_edit``)."""

    __slots__ = ("locked_at", "record", "round_started", "row", "row_id")

    def __init__(
        self,
        round_started: bool,
        locked_at: str | None,
        record: tuple[str | None, int] | None,
        row: str | None,
        row_id: int | None,
    ) -> None:
        self.round_started = round_started
        self.locked_at = locked_at
        # (value, row_count) of the field; row_count -1 when the value is not a list of rows.
        self.record = record
        self.row = row  # the row the pointer names, as stored, if it names one
        self.row_id = row_id  # its record's rowid, for writing it without a look-up


def read_for_edit(conn: sqlite3.Connection, key: tuple[str, str, str], rest: list[str]) -> Found:
    """Whether the round is started and its lock, the field's record and the row ``rest``
    names (if it names one that is stored), in one read."""
    position = int(rest[0]) if rest and is_row_number(rest[0]) else None
    read = conn.execute(_EDIT_READ, (*key, position)).fetchone()
    if read is None:
        return Found(False, None, None, None, None)
    locked_at, has_record, value, count, row, row_id = read
    record = (value, -1 if count is None else int(count)) if has_record else None
    return Found(True, locked_at, record, row, row_id)


def _record_and_row(
    conn: sqlite3.Connection, key: tuple[str, str, str], position: int
) -> tuple[str | None, int, str | None] | None:
    """(value, row_count, the row at ``position`` or None) of a field, in one read."""
    row = conn.execute(
        "SELECT a.value, a.row_count, r.value FROM answers AS a LEFT JOIN answer_rows AS r "
        "ON r.round_id = a.round_id AND r.section = a.section AND r.field = a.field "
        "AND r.position = ? WHERE a.round_id = ? AND a.section = ? AND a.field = ?",
        (position, *key),
    ).fetchone()
    if row is None:
        return None
    return row[0], -1 if row[1] is None else int(row[1]), row[2]


def _rows(conn: sqlite3.Connection, key: tuple[str, str, str]) -> list[JSONValue]:
    cursor = conn.execute(
        "SELECT value FROM answer_rows WHERE round_id = ? AND section = ? AND field = ? ORDER BY position",
        key,
    )
    return [readable(r[0]) for r in cursor]


def _row(conn: sqlite3.Connection, key: tuple[str, str, str], position: int) -> JSONValue:
    row = conn.execute(
        "SELECT value FROM answer_rows WHERE round_id = ? AND section = ? AND field = ? AND position = ?",
        (*key, position),
    ).fetchone()
    value: JSONValue = readable(row[0])
    return value


def field_value(conn: sqlite3.Connection, key: tuple[str, str, str]) -> JSONValue | _Missing:
    """The whole value of a field (a table with all its rows)."""
    record = _record(conn, key)
    if record is None:
        return MISSING
    value, count = record
    return _rows(conn, key) if count >= 0 else load(value)


def row_count(conn: sqlite3.Connection, key: tuple[str, str, str]) -> int:
    """How many rows a table has (0 when the field holds no list), without reading them."""
    return _count(_record(conn, key))


def _count(record: tuple[str | None, int] | None) -> int:
    if record is None:
        return 0
    value, count = record
    if count >= 0:
        return count
    stored = load(value)
    return len(stored) if isinstance(stored, list) else 0


class RowBeyondEnd(PointerError):
    """A row past the end of a table: ``count`` rows are stored, and ``count`` is a new one."""

    def __init__(self, row: int, count: int) -> None:
        super().__init__(f"row {row} does not exist")
        self.row = row
        self.count = count


def round_values(conn: sqlite3.Connection, round_id: str) -> dict[str, JSONObject]:
    """Every stored answer of a round, as ``{section: {field: value}}``."""
    result: dict[str, JSONObject] = {}
    tables: dict[tuple[str, str], list[JSONValue]] = {}
    for section, field, value, count in conn.execute(
        "SELECT section, field, value, row_count FROM answers WHERE round_id = ?", (round_id,)
    ):
        if count is None:
            result.setdefault(section, {})[field] = readable(value)
        else:
            rows: list[JSONValue] = []
            tables[(section, field)] = rows
            result.setdefault(section, {})[field] = rows
    if tables:
        for section, field, value in conn.execute(
            "SELECT section, field, value FROM answer_rows WHERE round_id = ? "
            "ORDER BY section, field, position",
            (round_id,),
        ):
            tables[(section, field)].append(readable(value))
    return result


def stored_answers(conn: sqlite3.Connection, round_id: str, version: int) -> dict[str, JSONObject]:
    """A round's answers in a database of any ``version`` (tables had no rows of their own
    before version 3)."""
    if version >= 3:
        return round_values(conn, round_id)
    result: dict[str, JSONObject] = {}
    for section, field, value in conn.execute(
        "SELECT section, field, value FROM answers WHERE round_id = ?", (round_id,)
    ):
        result.setdefault(section, {})[field] = readable(value)
    return result


def leaf(
    conn: sqlite3.Connection, key: tuple[str, str, str], rest: list[str]
) -> JSONValue | _Missing:
    """The value at ``rest`` inside a field; a cell is read from its row alone."""
    record = _record(conn, key)
    if record is None:
        return MISSING
    value, count = record
    if count < 0:
        return get_in(load(value), rest)
    if not rest:
        return _rows(conn, key)
    try:
        position = _index(rest[0], count, allow_append=False)
    except PointerError:
        return MISSING
    return get_in(_row(conn, key, position), rest[1:])


def write_field(
    conn: sqlite3.Connection, key: tuple[str, str, str], value: JSONValue, stamp: str, actor: str
) -> None:
    """Replace a field's whole value (a list is stored as rows)."""
    conn.execute("DELETE FROM answer_rows WHERE round_id = ? AND section = ? AND field = ?", key)
    rows = value if isinstance(value, list) else None
    conn.execute(
        "INSERT INTO answers (round_id, section, field, value, row_count, updated_at, updated_by) "
        "VALUES (?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (round_id, section, field) DO UPDATE SET "
        "value = excluded.value, row_count = excluded.row_count, "
        "updated_at = excluded.updated_at, updated_by = excluded.updated_by",
        (*key, None if rows is not None else dump(value), _len(rows), stamp, actor),
    )
    if rows:
        _insert_rows(conn, key, enumerate(rows))


def _len(rows: list[JSONValue] | None) -> int | None:
    return None if rows is None else len(rows)


def _insert_rows(
    conn: sqlite3.Connection, key: tuple[str, str, str], rows: Iterable[tuple[int, JSONValue]]
) -> None:
    conn.executemany(
        "INSERT INTO answer_rows (round_id, section, field, position, value) "
        "VALUES (?, ?, ?, ?, ?)",
        [(*key, position, dump(row)) for position, row in rows],
    )


def _touch(
    conn: sqlite3.Connection, key: tuple[str, str, str], count: int, stamp: str, actor: str
) -> None:
    conn.execute(
        "UPDATE answers SET row_count = ?, updated_at = ?, updated_by = ? WHERE round_id = ? AND section = ? AND field = ?",
        (count, stamp, actor, *key),
    )


def set_leaf(
    conn: sqlite3.Connection,
    key: tuple[str, str, str],
    rest: list[str],
    value: JSONValue,
    stamp: str,
    actor: str,
    *,
    within_rows: bool = False,
    found: Found | None = None,
) -> tuple[bool, JSONValue | _Missing]:
    """Store ``value`` at ``rest``; (whether it changed, the value it replaced).

    ``within_rows``: a row past the end of the table (``row_count``) is refused with
    ``RowBeyondEnd``, from the same read that finds the row. ``found``: what
    ``read_for_edit`` read for this edit in this transaction, not read again.
    """
    stored_row: str | None = None
    if found is not None:
        record, stored_row = found.record, found.row
    elif rest and is_row_number(rest[0]):
        # A row or a cell: the field's record and that row are read at once.
        both = _record_and_row(conn, key, int(rest[0]))
        record = None if both is None else (both[0], both[1])
        stored_row = None if both is None else both[2]
    else:
        record = _record(conn, key)
    if stored_row is not None and len(rest) == 2:
        # One cell of a stored row, the most common edit: the row alone is written (a stored
        # row is below the row count, so never beyond the end).
        row_read = readable(stored_row)
        if type(row_read) is dict:
            old = row_read.get(rest[1], MISSING)
            if _same(old, value):
                return False, old
            row_read[rest[1]] = value  # a copy of its own, read just now
            if found is not None and found.row_id is not None:
                # Read in this transaction: the record is still there, found by its rowid.
                conn.execute(
                    "UPDATE answer_rows SET value = ? WHERE rowid = ?",
                    (dump(row_read), found.row_id),
                )
            else:
                conn.execute(
                    "UPDATE answer_rows SET value = ? WHERE round_id = ? AND section = ? AND field = ? AND position = ?",
                    (dump(row_read), *key, int(rest[0])),
                )
            return True, old
    if within_rows and rest and is_row_number(rest[0]) and int(rest[0]) > _count(record):
        raise RowBeyondEnd(int(rest[0]), _count(record))
    if record is not None and record[1] >= 0 and rest:
        count = record[1]
        position = _index(rest[0], count, allow_append=True)
        if position < count:
            assert stored_row is not None  # every position below the count has its row
            row: JSONValue = readable(stored_row)
            if rest[1:] and not isinstance(row, dict | list):
                # A row that cannot be read (a database changed by other means) or holds no
                # cells: its text is kept in the audit log, and the cell begins a new row.
                _keep_unreadable(conn, key, position, stored_row, stamp, actor)
                row = {}
            old = get_in(row, rest[1:])
            if _same(old, value):
                return False, old
            # The row alone: the field's record and its row count stay as they are.
            conn.execute(
                "UPDATE answer_rows SET value = ? WHERE round_id = ? AND section = ? AND field = ? AND position = ?",
                (dump(set_in(row, rest[1:], value)), *key, position),
            )
            return True, old
        new_row = set_in({} if rest[1:] else MISSING, rest[1:], value)
        _insert_rows(conn, key, [(position, new_row)])
        _touch(conn, key, count + 1, stamp, actor)
        return True, MISSING
    current = field_value(conn, key)
    old = get_in(current, rest)
    if _same(old, value):
        return False, old
    write_field(conn, key, set_in(current, rest, value), stamp, actor)
    return True, old


def _keep_unreadable(
    conn: sqlite3.Connection,
    key: tuple[str, str, str],
    position: int,
    stored: str,
    stamp: str,
    actor: str,
) -> None:
    # The entry ``audit_rows.write`` makes: the row's text before, nothing after.
    round_id, section, field = key
    names = [name.replace("~", "~0").replace("/", "~1") for name in (section, field)]
    conn.execute(
        "INSERT INTO audit_log (at, actor, round_id, pointer, old_value, new_value) "
        "VALUES (?, ?, ?, ?, ?, NULL)",
        (stamp, actor, round_id, f"/{names[0]}/{names[1]}/{position}", dump(stored)),
    )


def remove_leaf(
    conn: sqlite3.Connection, key: tuple[str, str, str], rest: list[str], stamp: str, actor: str
) -> JSONValue | _Missing:
    """Remove the value at ``rest`` (a row closes the gap); the value removed, or MISSING."""
    record = _record(conn, key)
    if record is not None and record[1] >= 0 and rest:
        count = record[1]
        try:
            position = _index(rest[0], count, allow_append=False)
        except PointerError:
            return MISSING
        row = _row(conn, key, position)
        old = get_in(row, rest[1:])
        if old is MISSING:
            return MISSING
        if rest[1:]:
            left = remove_in(row, rest[1:])
            conn.execute(
                "UPDATE answer_rows SET value = ? WHERE round_id = ? AND section = ? AND field = ? AND position = ?",
                (dump(None if isinstance(left, _Missing) else left), *key, position),
            )
            return old  # the row alone, as ``set_leaf`` writes a cell
        conn.execute(
            "DELETE FROM answer_rows WHERE round_id = ? AND section = ? AND field = ? AND position = ?",
            (*key, position),
        )
        # Two steps, so that no position is taken twice on the way.
        conn.execute(
            "UPDATE answer_rows SET position = -position WHERE round_id = ? AND section = ? AND field = ? AND position > ?",
            (*key, position),
        )
        conn.execute(
            "UPDATE answer_rows SET position = -position - 1 WHERE round_id = ? AND section = ? AND field = ? AND position < 0",
            key,
        )
        _touch(conn, key, count - 1, stamp, actor)
        return old
    current = field_value(conn, key)
    old = get_in(current, rest)
    if old is MISSING:
        return MISSING
    updated = remove_in(current, rest)
    if isinstance(updated, _Missing):
        conn.execute(
            "DELETE FROM answer_rows WHERE round_id = ? AND section = ? AND field = ?", key
        )
        conn.execute("DELETE FROM answers WHERE round_id = ? AND section = ? AND field = ?", key)
    else:
        write_field(conn, key, updated, stamp, actor)
    return old


def _same(old: JSONValue | _Missing, new: JSONValue) -> bool:
    return old is not MISSING and old == new and type(old) is type(new)


def move_tables_to_rows(conn: sqlite3.Connection) -> None:
    """Migration: every list stored whole in ``answers.value`` becomes rows of its own."""
    lists = conn.execute(
        "SELECT round_id, section, field, value FROM answers WHERE substr(value, 1, 1) = '['"
    ).fetchall()
    for round_id, section, field, value in lists:
        rows = json.loads(value)
        key = (round_id, section, field)
        _insert_rows(conn, key, enumerate(rows))
        conn.execute(
            "UPDATE answers SET value = NULL, row_count = ? WHERE round_id = ? AND section = ? AND field = ?",
            (len(rows), *key),
        )

"""Copies of a previous round's answers: written in the caller's transaction, each change
with its own audit entry naming the source, and the latest copy taken back.

The copy is recorded in ``copies`` and its audit entries carry its id, so
``undo`` knows exactly what it wrote; an answer changed by hand since is
left as it is.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence

from desktop.jsonvalue import JSONValue, _Missing, split_pointer
from desktop.storage import answer_rows, stored_text

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without loading typing (start-up time)
if TYPE_CHECKING:
    from desktop.storage.history import Copy

# audit_rows.write: (conn, actor, round, pointer, old, new, source, copy id)
Audit = Callable[
    [
        sqlite3.Connection,
        str | None,
        str | None,
        str,
        "JSONValue | _Missing",
        "JSONValue | _Missing",
        str | None,
        int | None,
    ],
    None,
]


def _key(round_id: str, pointer: str) -> tuple[tuple[str, str, str], list[str]]:
    parts = split_pointer(pointer)
    return (round_id, parts[0], parts[1]), parts[2:]


def write(
    conn: sqlite3.Connection,
    round_id: str,
    edits: Sequence[tuple[str, JSONValue]],
    *,
    source: str,
    who: str,
    stamp: str,
    audit: Audit,
) -> Copy | None:
    """Store every (pointer, value); the copy, or None when nothing changed."""
    copy_id = conn.execute(
        "INSERT INTO copies (round_id, at, actor, source) VALUES (?, ?, ?, ?)",
        (round_id, stamp, who, source),
    ).lastrowid
    assert copy_id is not None
    changed = 0
    for pointer, value in edits:
        key, rest = _key(round_id, pointer)
        done, old = answer_rows.set_leaf(conn, key, rest, value, stamp, who)
        if done:
            changed += 1
            audit(conn, who, round_id, pointer, old, value, source, copy_id)
    if not changed:
        conn.execute("DELETE FROM copies WHERE id = ?", (copy_id,))
        return None
    from desktop.storage.history import Copy

    return Copy(copy_id, round_id, stamp, who, source, changed)


def latest(conn: sqlite3.Connection, round_id: str) -> Copy | None:
    """The latest copy into the round that is not undone."""
    row = conn.execute(
        "SELECT c.id, c.round_id, c.at, c.actor, c.source, "
        "(SELECT count(*) FROM audit_log a WHERE a.copy_id = c.id) "
        "FROM copies c WHERE c.round_id = ? AND c.undone_at IS NULL ORDER BY c.id DESC LIMIT 1",
        (round_id,),
    ).fetchone()
    from desktop.storage.history import Copy

    return Copy(*row) if row is not None else None


def undo(
    conn: sqlite3.Connection, round_id: str, *, who: str, stamp: str, audit: Audit
) -> tuple[Copy, int] | None:
    """Take back the latest copy; (the copy, how many of its answers were changed since and
    so kept), or None when there is none."""
    copy = latest(conn, round_id)
    if copy is None:
        return None
    entries = conn.execute(
        "SELECT pointer, old_value, new_value FROM audit_log WHERE copy_id = ? ORDER BY id DESC",
        (copy.id,),
    ).fetchall()
    kept = 0
    source = f"undo:{copy.source}"
    for pointer, old_text, new_text in entries:
        key, rest = _key(round_id, pointer)
        written, before = stored_text.load(new_text), stored_text.load(old_text)
        if answer_rows.leaf(conn, key, rest) != written:
            kept += 1  # changed by hand since the copy: left as it is
            continue
        if isinstance(before, _Missing):
            answer_rows.remove_leaf(conn, key, rest, stamp, who)
        else:
            answer_rows.set_leaf(conn, key, rest, before, stamp, who)
        audit(conn, who, round_id, pointer, written, before, source, None)
    conn.execute("UPDATE copies SET undone_at = ? WHERE id = ?", (stamp, copy.id))
    return copy, kept

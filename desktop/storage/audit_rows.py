"""The audit log as stored: each change written in the caller's transaction, read back newest first.

An entry says when, who, which round and answer, the value before and after,
and where a copied or filled-in value came from (``source``, and the copy's id).
"""

from __future__ import annotations

import functools
import sqlite3
import time
from datetime import UTC, datetime

from desktop.jsonvalue import MISSING, JSONValue, _Missing
from desktop.storage import answer_rows

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without loading typing (start-up time)
if TYPE_CHECKING:
    from typing import Any

    from desktop.storage.history import AuditEntry

# The second last asked for, as text: every edit asks for the time, a second holds many.
_second: tuple[int, str] = (-1, "")


def now_utc() -> str:
    """Now in UTC to the millisecond, as ``datetime.isoformat``: ``2026-12-01T10:14:30.123+00:00``."""
    return utc_text(time.time_ns())


def utc_text(since_epoch_ns: int) -> str:
    """``now_utc`` of the moment ``time.time_ns`` gave."""
    global _second
    second, nanoseconds = divmod(since_epoch_ns, 1_000_000_000)
    known, text = _second
    if second != known:
        text = datetime.fromtimestamp(second, UTC).isoformat()[:19]
        _second = (second, text)
    return f"{text}.{nanoseconds // 1_000_000:03d}+00:00"


@functools.cache
def default_actor() -> str:
    """Who is editing, as the operating system knows them (asked once: it reads the user
    database)."""
    try:
        import getpass  # only when a change is logged (start-up time)

        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return "?"


def write(
    conn: sqlite3.Connection,
    actor: str | None,
    round_id: str | None,
    pointer: str,
    old: JSONValue | _Missing,
    new: JSONValue | _Missing,
    source: str | None = None,
    copy_id: int | None = None,
    *,
    at: str | None = None,
) -> None:
    """Append one entry; ``at`` is now unless the caller has the edit's time already."""
    entry = (
        at or now_utc(),
        actor or default_actor(),
        round_id,
        pointer,
        answer_rows.dump(old),
        answer_rows.dump(new),
    )
    if source is None and copy_id is None:  # an edit by hand: the two columns stay NULL
        conn.execute(
            "INSERT INTO audit_log (at, actor, round_id, pointer, old_value, new_value) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            entry,
        )
        return
    conn.execute(
        "INSERT INTO audit_log (at, actor, round_id, pointer, old_value, new_value, source, "
        "copy_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (*entry, source, copy_id),
    )


def write_many(
    conn: sqlite3.Connection,
    actor: str | None,
    round_id: str | None,
    changes: list[tuple[str, JSONValue | _Missing, JSONValue | _Missing]],
    *,
    at: str | None = None,
) -> None:
    """Append one entry per (pointer, old, new) of one edit, all at the same time."""
    when, who = at or now_utc(), actor or default_actor()
    conn.executemany(
        "INSERT INTO audit_log (at, actor, round_id, pointer, old_value, new_value) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [
            (when, who, round_id, pointer, answer_rows.dump(old), answer_rows.dump(new))
            for pointer, old, new in changes
        ],
    )


def table_changes(
    pointer: str, old: list[JSONValue], new: list[JSONValue]
) -> list[tuple[str, JSONValue | _Missing, JSONValue | _Missing]]:
    """What replacing a table's rows ``old`` by ``new`` changed, leaf by leaf as a cell edit
    logs it: each cell changed (its old and new value), a row added or removed whole when
    it has no cells to tell."""
    changes: list[tuple[str, JSONValue | _Missing, JSONValue | _Missing]] = []
    for position in range(max(len(old), len(new))):
        at = f"{pointer}/{position}"
        before: JSONValue | _Missing = old[position] if position < len(old) else MISSING
        after: JSONValue | _Missing = new[position] if position < len(new) else MISSING
        if type(after) is dict and (type(before) is dict or (before is MISSING and after)):
            was: dict[str, JSONValue] = before if isinstance(before, dict) else {}
            for column in [*was, *(c for c in after if c not in was)]:
                then, now = was.get(column, MISSING), after.get(column, MISSING)
                if type(then) is not type(now) or then != now:
                    escaped = column.replace("~", "~0").replace("/", "~1")
                    changes.append((f"{at}/{escaped}", then, now))
        elif type(before) is not type(after) or before != after:
            changes.append((at, before, after))
    return changes


def entries(
    conn: sqlite3.Connection, round_id: str | None = None, limit: int | None = None
) -> list[AuditEntry]:
    """The entries, newest first: of one round (or all), at most ``limit`` of them."""
    from desktop.storage.history import AuditEntry

    sql = "SELECT id, at, actor, round_id, pointer, old_value, new_value, source FROM audit_log"
    params: list[Any] = []
    if round_id is not None:
        sql += " WHERE round_id = ?"
        params.append(round_id)
    sql += " ORDER BY id DESC"
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    rows = conn.execute(sql, params).fetchall()
    return [
        AuditEntry(
            r[0],
            readable_time(r[1]),
            r[2] if isinstance(r[2], str) else str(r[2]),
            r[3],
            r[4],
            answer_rows.load(r[5]),
            answer_rows.load(r[6]),
            r[7],
        )
        for r in rows
    ]


def readable_time(stored: object) -> str | None:
    """A stored time as it is, or None where it is no time (a database changed by other
    means): shown as unknown, the rest of the entry as ever."""
    if not isinstance(stored, str):
        return None
    try:
        datetime.fromisoformat(stored)
    except ValueError:
        # A leap second (``23:59:60``, from a received package) is a time all the same.
        if stored[17:19] != "60":
            return None
        try:
            datetime.fromisoformat(f"{stored[:17]}59{stored[19:]}")
        except ValueError:
            return None
    return stored

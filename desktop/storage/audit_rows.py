"""The audit log as stored: each change written in the caller's transaction, read back newest first.

An entry says when, who, which round and answer, the value before and after,
and where a copied or filled-in value came from (``source``, and the copy's id).
An edit taken back as it was typed (Escape in a table's cell, after a pause had saved
what was typed) is logged as any change, its ``source`` saying ``CANCEL``: the log keeps
all that was ever stored, and ``told`` leaves such an edit out of the history shown.
A correction cancelled puts back the answers of the submission it would have replaced,
each logged with ``source`` ``CORRECTION_CANCELLED``, as is the round's locking again:
``told`` leaves out each edit of the correction so put back, with its putting back, and
tells the round's opening and its locking again.
"""

from __future__ import annotations

import functools
import sqlite3
import time
from datetime import UTC, datetime

from desktop.jsonvalue import MISSING, JSONValue, _Missing
from desktop.storage import stored_text

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without loading typing (start-up time)
if TYPE_CHECKING:
    from typing import Any

    from desktop.storage.history import AuditEntry

# The source of an entry that puts back what a cell held before an edit taken back.
CANCEL = "cancel"
# The source of the entries of a correction cancelled: the answers put back as the last
# submission holds them, and the round locked again.
CORRECTION_CANCELLED = "correction-cancelled"
_TAKEN_BACK = (CANCEL, CORRECTION_CANCELLED)
# What ``entries`` and ``told`` read, in this order.
_SELECT = "SELECT id, at, actor, round_id, pointer, old_value, new_value, source FROM audit_log"

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
        stored_text.dump(old),
        stored_text.dump(new),
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
            (when, who, round_id, pointer, stored_text.dump(old), stored_text.dump(new))
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
    sql = _SELECT
    params: list[Any] = []
    if round_id is not None:
        sql += " WHERE round_id = ?"
        params.append(round_id)
    sql += " ORDER BY id DESC"
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    return [_entry(r) for r in conn.execute(sql, params).fetchall()]


class _Cancelled:
    """An edit taken back, read newest first from its ``CANCEL`` (or
    ``CORRECTION_CANCELLED``) entry: the entries of its
    answer before it are the edit's while each stored the value the next one replaced,
    back to the one that replaced the value put back."""

    def __init__(self, put_back: str | None, replaced: str | None) -> None:
        self.put_back = put_back
        self.wanted = replaced  # what the edit's next older entry must have stored
        self.whole = False  # read back to the value put back: the edit is left out


def told(conn: sqlite3.Connection, round_id: str, limit: int | None = None) -> list[AuditEntry]:
    """The round's history as the user is told it, newest first, at most ``limit`` entries:
    the entries with an edit taken back left out, the edit's and the one putting back what
    was there before it. Where the log does not read back to that value (changed by other
    means), every entry is told, the putting back as a change by hand."""
    rows = conn.execute(_SELECT + " WHERE round_id = ? ORDER BY id DESC", (round_id,))
    read: list[tuple[Any, _Cancelled | None]] = []
    open_: dict[str, _Cancelled] = {}  # answer's pointer → its edit taken back, being read
    sure = 0  # entries told whatever is read next
    for row in rows:  # read lazily: a long log is read only as far as it is told
        pointer, old, new, source = row[4], row[5], row[6], row[7]
        edit = open_.pop(pointer, None)
        if edit is not None:
            if new == edit.wanted:
                read.append((row, edit))
                edit.wanted = old
                if old == edit.put_back:
                    edit.whole = True
                else:
                    open_[pointer] = edit
                continue
            sure += sum(1 for _row, e in read if e is edit)  # not read back whole: all told
        if source in _TAKEN_BACK and old != new and pointer != "/locked":
            edit = _Cancelled(new, old)
            open_[pointer] = edit
            read.append((row, edit))
            continue
        read.append((row, None))
        sure += 1
        if limit is not None and sure >= limit and not open_:
            break
    from dataclasses import replace  # with the history only (start-up time)

    shown = [_entry(row) for row, edit in read if edit is None or not edit.whole]
    return [
        replace(entry, source=None) if entry.source == CANCEL else entry for entry in shown[:limit]
    ]


def _entry(r: Any) -> AuditEntry:
    from desktop.storage.history import AuditEntry

    return AuditEntry(
        r[0],
        readable_time(r[1]),
        r[2] if isinstance(r[2], str) else str(r[2]),
        r[3],
        r[4],
        stored_text.load(r[5]),
        stored_text.load(r[6]),
        r[7],
    )


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

"""Submissions as stored: the signed files of each, numbered per round from 1, the round
locked by one and opened again for a correction.

These functions run inside the caller's transaction (or on its connection
for reading); the store decides when to write.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from desktop.digests import sha256_hex
from desktop.jsonvalue import MISSING, JSONValue, _Missing
from desktop.storage import answer_rows, audit_rows
from desktop.storage.records import Submission


def locked_at(conn: sqlite3.Connection, round_id: str) -> str | None:
    """When the round was locked by a submission; None while it can be edited."""
    row = conn.execute("SELECT locked_at FROM rounds WHERE round_id = ?", (round_id,)).fetchone()
    return None if row is None else row[0]


def next_number(conn: sqlite3.Connection, round_id: str) -> int:
    """The number the round's next submission gets: one past the highest, from 1."""
    row = conn.execute(
        "SELECT coalesce(max(number), 0) + 1 FROM submissions WHERE round_id = ?",
        (round_id,),
    ).fetchone()
    return int(row[0])


def insert(
    conn: sqlite3.Connection,
    round_id: str,
    *,
    stamp: str,
    actor: str,
    signer_fingerprint: str,
    package_name: str,
    package: bytes,
    report: bytes,
    number: int | None = None,
) -> Submission:
    """Keep one submission's files under ``number``, by default the round's next."""
    if number is None:
        number = next_number(conn, round_id)
    package_sha = sha256_hex(package)
    report_sha = sha256_hex(report)
    conn.execute(
        "INSERT INTO submissions (round_id, number, submitted_at, actor, "
        "signer_fingerprint, package_name, package, package_sha256, report, report_sha256) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            round_id,
            number,
            stamp,
            actor,
            signer_fingerprint,
            package_name,
            package,
            package_sha,
            report,
            report_sha,
        ),
    )
    return Submission(
        round_id, number, stamp, actor, signer_fingerprint, package_name, package_sha, report_sha
    )


def record(
    conn: sqlite3.Connection,
    round_id: str,
    *,
    stamp: str,
    actor: str,
    signer_fingerprint: str,
    package_name: str,
    package: bytes,
    report: bytes,
    number: int | None = None,
) -> Submission:
    """Keep a submission's files under ``number`` (by default the round's next), lock the
    round and audit it."""
    conn.execute(
        "INSERT OR IGNORE INTO rounds (round_id, started_at) VALUES (?, ?)", (round_id, stamp)
    )
    submission = insert(
        conn,
        round_id,
        stamp=stamp,
        actor=actor,
        signer_fingerprint=signer_fingerprint,
        package_name=package_name,
        package=package,
        report=report,
        number=number,
    )
    conn.execute("UPDATE rounds SET locked_at = ? WHERE round_id = ?", (stamp, round_id))
    pointer = f"/submissions/{submission.number}"
    audit_rows.write(conn, actor, round_id, pointer, MISSING, submission.package_sha256)
    return submission


def reopen(
    conn: sqlite3.Connection,
    round_id: str,
    *,
    fill: Sequence[tuple[str, JSONValue]],
    source: str | None,
    actor: str | None,
    stamp: str,
) -> bool:
    """Unlock a submitted round for a correction, its answers filled in from ``fill`` where
    nothing is saved, each with an audit entry naming ``source``; False when not locked."""
    if locked_at(conn, round_id) is None:
        return False
    conn.execute("UPDATE rounds SET locked_at = NULL WHERE round_id = ?", (round_id,))
    audit_rows.write(conn, actor, round_id, "/locked", True, False)
    who = actor or audit_rows.default_actor()
    for pointer, value in fill:
        section, field, rest = answer_rows.split_answer_pointer(pointer)
        key = (round_id, section, field)
        if answer_rows.leaf(conn, key, rest) is not MISSING:
            continue  # saved here: kept
        answer_rows.set_leaf(conn, key, rest, value, stamp, who)
        audit_rows.write(conn, actor, round_id, pointer, MISSING, value, source)
    return True


def relock(
    conn: sqlite3.Connection,
    round_id: str,
    *,
    restore: Sequence[tuple[str, JSONValue | _Missing]],
    source: str,
    actor: str | None,
    stamp: str,
) -> bool:
    """Lock a round opened for a correction again, as its last submission left it: each
    (pointer, value) of ``restore`` saved (``MISSING``: removed), audited as any edit with
    ``source``, and the round locked as of that submission; False when it is not being
    corrected (locked, or never submitted)."""
    row = conn.execute(
        "SELECT r.locked_at, max(s.number), s.submitted_at FROM rounds r "
        "JOIN submissions s ON s.round_id = r.round_id WHERE r.round_id = ?",
        (round_id,),
    ).fetchone()
    if row is None or row[1] is None or row[0] is not None:
        return False
    who = actor or audit_rows.default_actor()
    for pointer, value in restore:
        section, field, rest = answer_rows.split_answer_pointer(pointer)
        key = (round_id, section, field)
        if isinstance(value, _Missing):
            old = answer_rows.remove_leaf(conn, key, rest, stamp, who)
            if old is not MISSING:
                audit_rows.write(conn, who, round_id, pointer, old, MISSING, source, at=stamp)
            continue
        changed, old = answer_rows.set_leaf(conn, key, rest, value, stamp, who)
        if not changed:
            continue
        was = old if isinstance(old, list) else []
        if (
            not rest
            and isinstance(value, list)
            and isinstance(old, list | _Missing)
            and all(type(r) is dict for r in (*was, *value))
        ):
            # A table's rows put back whole: each cell, as an edit of a table logs it.
            changes = audit_rows.table_changes(pointer, was, value)
        else:
            changes = [(pointer, old, value)]
        for at, before, after in changes:
            audit_rows.write(conn, who, round_id, at, before, after, source, at=stamp)
    # Locked as of the submission it was locked by before the correction began.
    conn.execute("UPDATE rounds SET locked_at = ? WHERE round_id = ?", (row[2] or stamp, round_id))
    audit_rows.write(conn, who, round_id, "/locked", False, True, source, at=stamp)
    return True


def listed(conn: sqlite3.Connection, round_id: str) -> list[Submission]:
    rows = conn.execute(
        "SELECT round_id, number, submitted_at, actor, signer_fingerprint, package_name, "
        "package_sha256, report_sha256 FROM submissions WHERE round_id = ? ORDER BY number",
        (round_id,),
    ).fetchall()
    # A time that is no time (a database changed by other means) is unknown: None.
    return [Submission(r[0], r[1], audit_rows.readable_time(r[2]), *r[3:]) for r in rows]


def files(conn: sqlite3.Connection, round_id: str, number: int) -> tuple[bytes, bytes] | None:
    """The package and the report of a submission, exactly as exported (None: no such one)."""
    row = conn.execute(
        "SELECT package, report FROM submissions WHERE round_id = ? AND number = ?",
        (round_id, number),
    ).fetchone()
    return None if row is None else (bytes(row[0]), bytes(row[1]))

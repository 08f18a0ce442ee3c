"""Submissions as stored: the signed files of each, numbered per round from 1.

These functions run inside the caller's transaction (or on its connection
for reading); the store decides when to write and what to audit.
"""

from __future__ import annotations

import hashlib
import sqlite3

from desktop.storage.records import Submission


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
) -> Submission:
    """Keep one submission's files under the round's next number."""
    number = next_number(conn, round_id)
    package_sha = hashlib.sha256(package).hexdigest()
    report_sha = hashlib.sha256(report).hexdigest()
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


def listed(conn: sqlite3.Connection, round_id: str) -> list[Submission]:
    rows = conn.execute(
        "SELECT round_id, number, submitted_at, actor, signer_fingerprint, package_name, "
        "package_sha256, report_sha256 FROM submissions WHERE round_id = ? ORDER BY number",
        (round_id,),
    ).fetchall()
    return [Submission(*row) for row in rows]


def files(conn: sqlite3.Connection, round_id: str, number: int) -> tuple[bytes, bytes] | None:
    """The package and the report of a submission, exactly as exported (None: no such one)."""
    row = conn.execute(
        "SELECT package, report FROM submissions WHERE round_id = ? AND number = ?",
        (round_id, number),
    ).fetchone()
    return None if row is None else (bytes(row[0]), bytes(row[1]))

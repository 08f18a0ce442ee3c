"""The coordinator's own database: trusted signers and every package received.

Separate from the official's answers (``DataPaths.coordinator_database``), so
a coordinator who also answers for a municipality keeps the two apart. A
file is recorded once by the SHA-256 of its bytes, whatever folder it was
found in; each path seen while collecting a round is recorded too, with the
reason when the file could not be read as a package at all. A file that
passed verification also records its ``content``: what was signed and who
signed it (``desktop.collect.checking.content_id``). Two files with the same
content are the same package, however they were zipped; only different
signed contents can be different packages. Whether a
package counts is not stored: ``desktop.collect.standing`` decides it from
these records and the trusted signers each time, so adding a signer later
or collecting again gives the same answer as a fresh start.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Final

from desktop.i18n import Texts
from desktop.storage.audit_rows import now_utc
from desktop.storage.connection import apply_pragmas, check_integrity, connect, read_user_version
from desktop.storage.errors import StorageError, environment_errors
from desktop.storage.sqlite_uri import database_uri

VERSION: Final = 2
# The ``failed_check`` of a file refused for its signer before its answers were read
# (``desktop.signing.verdict.CheckId.TRUSTED``).
SIGNER_REFUSED: Final = "trusted"

# Each step takes the database from the version before it to its own, in one transaction. A
# released step is never edited: a change is a new step (tests/fixtures/databases keeps a
# database of each released version).
_V1_INITIAL: Final = """
CREATE TABLE trusted (
    code TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    added_at TEXT NOT NULL,
    PRIMARY KEY (code, fingerprint)
);
CREATE TABLE packages (
    sha256 TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    ok INTEGER NOT NULL,
    failed_check TEXT,
    reasons TEXT,
    round_id TEXT,
    code TEXT,
    name TEXT,
    submission INTEGER,
    exported_at TEXT,
    fingerprint TEXT,
    signer TEXT,
    survey TEXT,
    recorded_at TEXT NOT NULL
);
CREATE TABLE received (
    round_id TEXT NOT NULL,
    path TEXT NOT NULL,
    package TEXT NOT NULL,
    sha256 TEXT REFERENCES packages(sha256),
    problem TEXT,
    seen_at TEXT NOT NULL,
    PRIMARY KEY (round_id, path, package)
);
CREATE INDEX received_sha256 ON received(sha256);
"""
# A verified file's signed content (NULL for a refused file, and for a file recorded at
# version 1 until it is collected again: until then it stands for itself, as it did).
_V2_CONTENT: Final = """
ALTER TABLE packages ADD COLUMN content TEXT;
CREATE INDEX packages_content ON packages(content);
"""
_STEPS: Final = {1: _V1_INITIAL, 2: _V2_CONTENT}


@dataclass(frozen=True)
class PackageRecord:
    """What verifying one received package found (the answers only when it passed)."""

    sha256: str
    size: int
    ok: bool
    failed_check: str | None = None
    reasons: Texts | None = None
    round_id: str | None = None
    code: str | None = None
    name: str | None = None
    submission: int | None = None
    exported_at: str | None = None
    fingerprint: str | None = None
    signer: str | None = None
    survey: str | None = None
    # What was signed and by whom (see the module's docstring); None for a refused file.
    content: str | None = None

    @property
    def identity(self) -> str:
        """The package this file is: its signed content, or its bytes when it has none."""
        return self.content or self.sha256


@dataclass(frozen=True)
class Received:
    """One file seen while collecting a round: its package, or why it is none."""

    path: str
    sha256: str | None
    problem: Texts | None


def read_registered(path: Path) -> dict[str, frozenset[str]]:
    """The trust register of the coordinator database at ``path`` (fingerprints by
    municipality code), read without writing anything: ``verify`` and a package opened in
    the window consult it, also while the coordinator's window has the database open."""
    found: dict[str, set[str]] = {}
    with environment_errors(path):
        conn = sqlite3.connect(database_uri(path, mode="ro"), uri=True)
        try:
            if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'trusted'").fetchone():
                for code, fingerprint in conn.execute("SELECT code, fingerprint FROM trusted"):
                    found.setdefault(str(code), set()).add(str(fingerprint))
        finally:
            conn.close()
    return {code: frozenset(prints) for code, prints in found.items()}


class Records:
    """The coordinator's database; open with ``Records.open(path)``."""

    def __init__(self, path: Path, conn: sqlite3.Connection) -> None:
        self.path = path
        self._conn = conn

    @classmethod
    def open(cls, path: Path) -> Records:
        with environment_errors(path, path.parent):
            path.parent.mkdir(parents=True, exist_ok=True)
        conn = connect(path)
        try:
            with environment_errors(path):
                version = read_user_version(conn)
                if version > VERSION:
                    raise StorageError(
                        "storage.database.too_new", path=str(path), found=version, known=VERSION
                    )
                check_integrity(conn, path)
                apply_pragmas(conn)
                for step in range(version + 1, VERSION + 1):
                    conn.execute("BEGIN IMMEDIATE")
                    for statement in filter(str.strip, _STEPS[step].split(";")):
                        conn.execute(statement)
                    conn.execute(f"PRAGMA user_version = {step}")
                    conn.execute("COMMIT")
        except BaseException:
            conn.close()
            raise
        return cls(path, conn)

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self._conn.close()

    def __enter__(self) -> Records:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @contextlib.contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        with environment_errors(self.path):
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    def _read(self, sql: str, params: tuple[object, ...] = ()) -> list[sqlite3.Row]:
        with environment_errors(self.path):
            cursor = self._conn.execute(sql, params)
            cursor.row_factory = sqlite3.Row
            return cursor.fetchall()

    # -- trusted signers -------------------------------------------------------

    def add_trusted(self, pairs: list[tuple[str, str]]) -> int:
        """Register (code, fingerprint) pairs; how many were new."""
        added = 0
        with self._write() as conn:
            for code, fingerprint in pairs:
                cursor = conn.execute(
                    "INSERT OR IGNORE INTO trusted (code, fingerprint, added_at) VALUES (?, ?, ?)",
                    (code, fingerprint, now_utc()),
                )
                added += cursor.rowcount
        return added

    def remove_trusted(self, code: str) -> int:
        with self._write() as conn:
            return conn.execute("DELETE FROM trusted WHERE code = ?", (code,)).rowcount

    def trusted(self) -> list[tuple[str, str, str]]:
        """(code, fingerprint, added_at) by code."""
        rows = self._read("SELECT code, fingerprint, added_at FROM trusted ORDER BY code, added_at")
        return [(row["code"], row["fingerprint"], row["added_at"]) for row in rows]

    def trusted_by_code(self) -> dict[str, set[str]]:
        found: dict[str, set[str]] = {}
        for code, fingerprint, _ in self.trusted():
            found.setdefault(code, set()).add(fingerprint)
        return found

    # -- received packages -----------------------------------------------------

    def record(self, round_id: str, received: Received, package: PackageRecord | None) -> None:
        """One file seen while collecting ``round_id``, and its package (kept once by hash)."""
        with self._write() as conn:
            if package is not None:
                # A file is recorded once, by its bytes, and its record is what checking it
                # last found: a refusal may have been the coordinator's own state (a round not
                # added yet, an older program, a key not registered yet), so collecting again
                # gives what a fresh data folder gives. One thing is kept: a file that passed
                # stays passed when it is now refused for its signer alone (the register
                # decides whether it counts, ``desktop.collect.standing``, without
                # collecting again when the register changes).
                conn.execute(
                    "INSERT INTO packages (sha256, size, ok, failed_check, reasons, "
                    "round_id, code, name, submission, exported_at, fingerprint, signer, survey, "
                    "recorded_at, content) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                    "ON CONFLICT (sha256) DO UPDATE SET ok = excluded.ok, "
                    "failed_check = excluded.failed_check, reasons = excluded.reasons, "
                    "round_id = excluded.round_id, code = excluded.code, name = excluded.name, "
                    "submission = excluded.submission, exported_at = excluded.exported_at, "
                    "fingerprint = excluded.fingerprint, signer = excluded.signer, "
                    "survey = excluded.survey, recorded_at = excluded.recorded_at, "
                    "content = excluded.content "
                    "WHERE NOT (packages.ok = 1 AND excluded.ok = 0 AND excluded.failed_check IS ?)",
                    (
                        package.sha256,
                        package.size,
                        int(package.ok),
                        package.failed_check,
                        _texts(package.reasons),
                        package.round_id,
                        package.code,
                        package.name,
                        package.submission,
                        package.exported_at,
                        package.fingerprint,
                        package.signer,
                        package.survey,
                        now_utc(),
                        package.content,
                        SIGNER_REFUSED,
                    ),
                )
            # Keyed by the package too: a file replaced by another package under the same name
            # leaves the first on record (it was received); a path that now holds a package is
            # no longer "unreadable".
            key = received.sha256 or ""
            path = stored_path(received.path)
            if key:
                conn.execute(
                    "DELETE FROM received WHERE round_id = ? AND path = ? AND package = ''",
                    (round_id, path),
                )
            conn.execute(
                "INSERT INTO received (round_id, path, package, sha256, problem, seen_at) "
                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (round_id, path, package) DO UPDATE SET "
                "problem = excluded.problem, seen_at = excluded.seen_at",
                (
                    round_id,
                    path,
                    key,
                    received.sha256,
                    _texts(received.problem),
                    now_utc(),
                ),
            )

    def received(self, round_id: str) -> list[Received]:
        rows = self._read(
            "SELECT path, sha256, problem FROM received WHERE round_id = ? ORDER BY path, package",
            (round_id,),
        )
        return [Received(row["path"], row["sha256"], _load_texts(row["problem"])) for row in rows]

    def forget(self, round_id: str, paths: list[str]) -> None:
        """Forget the files at ``paths`` (as ``received`` gives them) seen collecting
        ``round_id``: no longer received, they are not listed nor counted."""
        with self._write() as conn:
            conn.executemany(
                "DELETE FROM received WHERE round_id = ? AND path = ?",
                [(round_id, path) for path in paths],
            )

    def last_collected_round(self) -> str | None:
        """The round whose packages were collected last, if any."""
        rows = self._read("SELECT round_id FROM received ORDER BY seen_at DESC LIMIT 1")
        return str(rows[0]["round_id"]) if rows else None

    def packages(self, round_id: str) -> list[PackageRecord]:
        """The packages seen while collecting ``round_id``, without their answers."""
        rows = self._read(
            "SELECT sha256, size, ok, failed_check, reasons, round_id, code, name, submission, "
            "exported_at, fingerprint, signer, content FROM packages WHERE sha256 IN "
            "(SELECT sha256 FROM received WHERE round_id = ?) ORDER BY code, submission, sha256",
            (round_id,),
        )
        return [_package(row) for row in rows]

    def collected_rounds(self) -> list[str]:
        """The rounds whose packages have been collected, each once."""
        rows = self._read("SELECT DISTINCT round_id FROM received ORDER BY round_id")
        return [str(row["round_id"]) for row in rows]

    def survey(self, sha256: str) -> str | None:
        """The ``survey.json`` of a package that passed verification."""
        rows = self._read("SELECT survey FROM packages WHERE sha256 = ?", (sha256,))
        return rows[0]["survey"] if rows else None


def stored_path(path: str) -> str:
    """``path`` as recorded: a name that is not UTF-8 (a byte the file system would not
    decode, kept by Python as a lone surrogate) is written as ``verify`` shows it
    (``\\udce4``); every other name as it is."""
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        return path.encode("utf-8", "backslashreplace").decode("utf-8")
    return path


def _package(row: sqlite3.Row) -> PackageRecord:
    return PackageRecord(
        sha256=row["sha256"],
        size=row["size"],
        ok=bool(row["ok"]),
        failed_check=row["failed_check"],
        reasons=_load_texts(row["reasons"]),
        round_id=row["round_id"],
        code=row["code"],
        name=row["name"],
        submission=row["submission"],
        exported_at=row["exported_at"],
        fingerprint=row["fingerprint"],
        signer=row["signer"],
        content=row["content"],
    )


def _texts(texts: Texts | None) -> str | None:
    return None if texts is None else json.dumps(dict(texts), ensure_ascii=False)


def _load_texts(text: str | None) -> Texts | None:
    if text is None:
        return None
    loaded = json.loads(text)
    return {str(k): str(v) for k, v in loaded.items()} if isinstance(loaded, dict) else None

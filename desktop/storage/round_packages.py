"""Round packages added to this installation, kept in the database as they were received.

The program's folder is never written: a round added by the user lives with
the user's answers (and their backups), so a new version of the program
installed over the old one keeps it.
"""

from __future__ import annotations

from desktop.digests import sha256_hex
from desktop.jsonvalue import MISSING
from desktop.storage import audit_rows
from desktop.storage.audit_rows import default_actor, now_utc
from desktop.storage.errors import environment_errors
from desktop.storage.store import Store

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without loading typing (start-up time)
if TYPE_CHECKING:
    from desktop.storage.stored_round import StoredRoundPackage


def round_packages(store: Store) -> list[StoredRoundPackage]:
    """Every added round package, in the order they were added."""
    with environment_errors(store.paths.database):
        rows = store.connection.execute(
            "SELECT round_id, package, package_sha256, signer_fingerprint, signer_name, "
            "added_at, added_by FROM round_packages ORDER BY added_at, round_id"
        ).fetchall()
    if not rows:
        return []
    from desktop.storage.stored_round import StoredRoundPackage

    # What is shown is read as text; a time that is no time is unknown ("").
    return [
        StoredRoundPackage(
            str(r[0]),
            bytes(r[1]) if isinstance(r[1], bytes) else b"",
            str(r[2]),
            str(r[3]),
            str(r[4]),
            audit_rows.readable_time(r[5]) or "",
            str(r[6]),
        )
        for r in rows
    ]


def keep_round_package(
    store: Store,
    round_id: str,
    package: bytes,
    *,
    sha256: str,
    signer_fingerprint: str,
    signer_name: str,
    actor: str | None = None,
    replacing: bool = False,
) -> bool:
    """Store a checked package of a round not yet added; False (nothing written) if it was.

    ``replacing``: the package kept for the round failed its check (the caller verified
    it), so this one takes its place; the audit log names the digests of both."""
    who = actor or default_actor()
    with store._write() as conn:
        row = conn.execute(
            "SELECT package FROM round_packages WHERE round_id = ?", (round_id,)
        ).fetchone()
        if row is not None and replacing and bytes(row[0]) != package:
            conn.execute(
                "UPDATE round_packages SET package = ?, package_sha256 = ?, "
                "signer_fingerprint = ?, signer_name = ?, added_at = ?, added_by = ? "
                "WHERE round_id = ?",
                (package, sha256, signer_fingerprint, signer_name, now_utc(), who, round_id),
            )
            old = sha256_hex(bytes(row[0]))
            audit_rows.write(conn, who, round_id, "/round_package", old, sha256)
            return True
        if row is not None:
            return False
        conn.execute(
            "INSERT INTO round_packages (round_id, package, package_sha256, signer_fingerprint, "
            "signer_name, added_at, added_by) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (round_id, package, sha256, signer_fingerprint, signer_name, now_utc(), who),
        )
        audit_rows.write(conn, who, round_id, "/round_package", MISSING, sha256)
    return True

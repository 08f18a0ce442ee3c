"""Checking one received file, in a worker process: exactly what ``verify`` does, and a summary.

The file is read as ``verify`` reads it (``signing.received.read_received``:
a regular file only, within the same limit), verified by ``verify_received``
with the shipped survey (and the rounds the coordinator added) and the municipality register, and reduced to what the
coordinator records: its hash, whether it passed and why not, and, when it
passed, the facts of ``survey.json`` and its bytes. Nothing else leaves the
worker, so the collecting process holds one summary at a time.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.collect.records import PackageRecord, Received
from desktop.errors import UserError
from desktop.i18n import LANGS, Texts
from desktop.jsonvalue import JSONObject
from desktop.signing.verdict import CheckId

if TYPE_CHECKING:
    from desktop.collect.desk import Desk


class CheckFailed(UserError):
    """Checking a file broke on a bug; the other files still count."""


@dataclass(frozen=True)
class Outcome:
    """What checking one file found: its record, and its package when it could be read."""

    received: Received
    package: PackageRecord | None


def texts_of(error: UserError) -> Texts:
    return {lang: error.message(lang) for lang in LANGS}


def content_id(members: Mapping[str, bytes], fingerprint: str) -> str:
    """What a verified package is, whatever zip holds it: the SHA-256 of each signed file by
    name (what its manifest lists and its signature covers) and the signer's fingerprint.

    Two files with the same content id are one package (zipped again, with other dates or
    compression, or copied); an attacker holding a copy can change the zip but not this.
    The signature's own bytes are left out: a CMS signature can carry unsigned additions
    (another certificate, an unsigned attribute) and stay valid.
    """
    digest = hashlib.sha256(b"tilannekuva package content 1\n")
    for name in sorted(members):
        digest.update(f"{name}\t{hashlib.sha256(members[name]).hexdigest()}\n".encode())
    digest.update(f"signer\t{fingerprint}\n".encode())
    return digest.hexdigest()


def check_file(path: str) -> Outcome:
    """Read and verify the file at ``path``; never raises for anything the file holds."""
    try:
        return _check(path)
    except Exception as exc:
        # A check that breaks on a file is a bug to fix, but the other packages still count.
        logging.getLogger(__name__).exception("checking %r failed", path)
        error = CheckFailed("collect.check.check_failed", reason=type(exc).__name__)
        return Outcome(Received(path, None, texts_of(error)), None)


_desks: list[Desk] = []
_registered: list[Mapping[str, Collection[str]]] = []


def use_desk(desk: Desk, registered: Mapping[str, Collection[str]] | None = None) -> None:
    """Check this process's packages against ``desk``'s register and rounds (the shipped
    ones and those the coordinator added), and the trust register ``registered`` (a package
    whose signer it does not hold for its municipality is refused before its answers are
    read); set once per worker process before its first file."""
    _desks[:] = [desk]
    _registered[:] = [registered or {}]


def _check(path: str) -> Outcome:
    from desktop.collect.desk import Desk
    from desktop.collect.receiving import verify_received
    from desktop.export.package import SURVEY_NAME
    from desktop.signing.received import ReceivedFileError, read_received

    try:
        data = read_received(path)  # verify's own reading: a regular file, within its limit
    except ReceivedFileError as error:
        return Outcome(Received(path, None, texts_of(error)), None)
    digest = hashlib.sha256(data).hexdigest()
    desk = _desks[0] if _desks else Desk()
    verdict = verify_received(
        data,
        pdf=False,
        catalog=desk.catalog,
        register=desk.register,
        trusted=None,
        registered=_registered[0] if _registered else None,
        registered_only=True,
    )
    failure = verdict.failure
    signed = verdict.package
    survey = signed.members.get(SURVEY_NAME) if signed is not None else None
    document = signed.documents.get(SURVEY_NAME) if signed is not None else None
    if failure is not None or signed is None or survey is None or not isinstance(document, dict):
        # A package refused for its signer alone says whose it claims to be (and for which
        # round): its municipality's line then says why it does not count.
        by_signer = failure is not None and failure.id is CheckId.TRUSTED
        claimed = document if by_signer and isinstance(document, dict) else None
        package = PackageRecord(
            sha256=digest,
            size=len(data),
            ok=False,
            failed_check=failure.id.value if failure is not None else None,
            reasons=failure.texts if failure is not None else None,
            round_id=str(claimed.get("round", ""))[:64] if claimed is not None else None,
            code=_municipality(claimed, "code")[:16] if claimed is not None else None,
            name=_municipality(claimed, "name")[:200] if claimed is not None else None,
            fingerprint=verdict.fingerprint,
        )
        return Outcome(Received(path, digest, None), package)
    package = PackageRecord(
        sha256=digest,
        size=len(data),
        ok=True,
        round_id=str(document["round"]),
        code=_municipality(document, "code"),
        name=_municipality(document, "name"),
        submission=_integer(document.get("submission")),
        exported_at=str(document.get("exported_at", "")),
        fingerprint=verdict.fingerprint,
        survey=survey.decode("utf-8"),
        content=content_id(signed.members, signed.fingerprint),
    )
    return Outcome(Received(path, digest, None), package)


def _municipality(document: JSONObject, key: str) -> str:
    municipality = document.get("municipality")
    return str(municipality.get(key, "")) if isinstance(municipality, dict) else ""


def _integer(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None

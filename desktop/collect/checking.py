"""Checking one received file, in a worker process: exactly what ``verify`` does, and a summary.

The file is read whole but never beyond the limit a package may have
(``safezip.DEFAULT_LIMITS``), verified by ``verify_received`` with the
shipped survey and the municipality register, and reduced to what the
coordinator records: its hash, whether it passed and why not, and, when it
passed, the facts of ``survey.json`` and its bytes. Nothing else leaves the
worker, so the collecting process holds one summary at a time.
"""

from __future__ import annotations

import hashlib
import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from desktop.collect.records import PackageRecord, Received
from desktop.errors import UserError
from desktop.i18n import LANGS, Texts
from desktop.jsonvalue import JSONObject
from desktop.signing.safezip import DEFAULT_LIMITS, SafeZipError

MAX_PACKAGE: Final = DEFAULT_LIMITS.max_input

_CATALOG = {
    "unreadable": {
        "fi": "Tiedostoa ei voi lukea: {reason}",
        "sv": "Filen kan inte läsas: {reason}",
        "en": "The file cannot be read: {reason}",
    },
    "check_failed": {
        "fi": "Tiedoston tarkistus epäonnistui ohjelmavirheeseen ({reason}); ilmoita tästä "
        "ohjelman ylläpitäjälle.",
        "sv": "Kontrollen av filen misslyckades på grund av ett programfel ({reason}); meddela "
        "programmets underhållare.",
        "en": "Checking the file failed on a program error ({reason}); please report this to "
        "the program's maintainers.",
    },
}


class ReceivedFileError(UserError):
    catalog = _CATALOG


@dataclass(frozen=True)
class Outcome:
    """What checking one file found: its record, and its package when it could be read."""

    received: Received
    package: PackageRecord | None


def texts_of(error: UserError) -> Texts:
    return {lang: error.message(lang) for lang in LANGS}


def check_file(path: str) -> Outcome:
    """Read and verify the file at ``path``; never raises for anything the file holds."""
    try:
        return _check(path)
    except Exception as exc:
        # A check that breaks on a file is a bug to fix, but the other packages still count.
        logging.getLogger(__name__).exception("checking %r failed", path)
        error = ReceivedFileError("check_failed", reason=type(exc).__name__)
        return Outcome(Received(path, None, texts_of(error)), None)


def _check(path: str) -> Outcome:
    from desktop.export.package import SURVEY_NAME, verify_received
    from desktop.municipalities import Register
    from desktop.survey import shipped_catalog

    try:
        with Path(path).open("rb") as handle:
            # Told by its size, a file too large is refused without being read.
            size = os.fstat(handle.fileno()).st_size
            data = handle.read(MAX_PACKAGE + 1) if size <= MAX_PACKAGE else b""
    except OSError as exc:
        error = ReceivedFileError("unreadable", reason=exc.strerror or type(exc).__name__)
        return Outcome(Received(path, None, texts_of(error)), None)
    if size > MAX_PACKAGE or len(data) > MAX_PACKAGE:
        too_large = SafeZipError("input_too_large", size=max(size, len(data)), limit=MAX_PACKAGE)
        return Outcome(Received(path, None, texts_of(too_large)), None)
    digest = hashlib.sha256(data).hexdigest()
    verdict = verify_received(
        data, pdf=False, catalog=shipped_catalog(), register=Register.load(), trusted=None
    )
    failure = verdict.failure
    survey = verdict.package.members.get(SURVEY_NAME) if verdict.package is not None else None
    document = verdict.package.documents.get(SURVEY_NAME) if verdict.package is not None else None
    if failure is not None or survey is None or not isinstance(document, dict):
        package = PackageRecord(
            sha256=digest,
            size=len(data),
            ok=False,
            failed_check=failure.id.value if failure is not None else None,
            reasons=failure.texts if failure is not None else None,
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
    )
    return Outcome(Received(path, digest, None), package)


def _municipality(document: JSONObject, key: str) -> str:
    municipality = document.get("municipality")
    return str(municipality.get(key, "")) if isinstance(municipality, dict) else ""


def _integer(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None

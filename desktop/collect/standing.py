"""Which received package counts for each municipality, decided from the records alone.

For a round, every file seen while collecting it is one entry: a file that
could not be read, a package refused by verification, a package of another
round, one signed by a key not registered for its municipality ("signer not
confirmed"), two different packages claiming the same submission number
(neither counts), an earlier submission replaced by a later one, or the
current submission, the one that counts. The same package found twice is
one entry: the same signed content by the same signer, however it was zipped
(``PackageRecord.identity``), so a copy zipped again is a duplicate, never a
second package. Deciding this again from the same records always gives the same
answer, so collecting twice changes nothing.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import PurePath

from desktop.collect.records import SIGNER_REFUSED, PackageRecord, Received, Records
from desktop.errors import UserError
from desktop.i18n import LANGS, InEachLang, Lang, Texts, pick
from desktop.municipalities import Register


class StandingNote(UserError):
    """Why a verified package does not count (not an error of the program or the user)."""


class Status(StrEnum):
    CURRENT = "current"
    REPLACED = "replaced"
    UNCONFIRMED = "unconfirmed"
    CONFLICT = "conflict"
    OTHER_ROUND = "other_round"
    REFUSED = "refused"
    UNREADABLE = "unreadable"
    IGNORED = "ignored"


# The statuses that mean a package was refused (shown with their reasons). A sound package
# of another round is no rejection: one inbox holds the packages of several rounds.
REFUSED_STATUSES = frozenset(
    {Status.UNCONFIRMED, Status.CONFLICT, Status.REFUSED, Status.UNREADABLE}
)


@dataclass(frozen=True)
class Entry:
    """One received file (or one package found at several paths) and what it counts for."""

    paths: tuple[str, ...]
    status: Status
    package: PackageRecord | None
    reasons: Texts | None

    def reason(self, lang: Lang) -> str:
        return pick(self.reasons, lang) if self.reasons else ""

    @property
    def code(self) -> str | None:
        return self.package.code if self.package is not None else None


@dataclass(frozen=True)
class Standing:
    round_id: str
    entries: tuple[Entry, ...]
    # The files forgotten as this standing was made: no longer where they were received
    # (``desktop.collect.collecting``), or forgotten on request.
    gone: tuple[str, ...] = ()

    def current(self) -> dict[str, Entry]:
        """The counted submission of each municipality, by code."""
        return {
            e.package.code: e
            for e in self.entries
            if e.status is Status.CURRENT and e.package is not None and e.package.code
        }

    def counts(self) -> Mapping[Status, int]:
        return Counter(entry.status for entry in self.entries)


def _texts(key: str, **values: object) -> Texts:
    note = StandingNote(f"collect.standing.{key}", **values)
    return {lang: note.message(lang) for lang in LANGS}


def standing(records: Records, round_id: str, register: Register) -> Standing:
    """Every file seen while collecting ``round_id``, with what it counts for."""
    trusted = records.trusted_by_code()
    # One package for each identity: of the files holding the same signed content, the one
    # first by its bytes' hash stands for all (the same whichever was found first).
    files = {p.sha256: p for p in records.packages(round_id)}
    packages: dict[str, PackageRecord] = {}
    for package in sorted(files.values(), key=lambda p: p.sha256):
        packages.setdefault(package.identity, package)
    paths: dict[str, list[str]] = {}
    entries: list[Entry] = []
    for received in records.received(round_id):
        if received.sha256 is not None and received.sha256 in files:
            paths.setdefault(files[received.sha256].identity, []).append(received.path)
        elif received.problem is not None:
            entries.append(Entry((received.path,), Status.UNREADABLE, None, received.problem))
        else:
            entries.append(Entry((received.path,), Status.IGNORED, None, _not_package(received)))

    candidates: dict[tuple[str, int], list[PackageRecord]] = {}
    decided: dict[str, tuple[Status, Texts | None]] = {}
    for identity, package in packages.items():
        if not package.ok and package.failed_check == SIGNER_REFUSED:
            # Refused before its answers were read: a signer not registered for it (a
            # package of another round is said as one).
            if package.round_id and package.round_id != round_id:
                note = _texts("other_round", found=package.round_id, round=round_id)
                decided[identity] = (Status.OTHER_ROUND, note)
            else:
                decided[identity] = (Status.UNCONFIRMED, package.reasons)
        elif not package.ok:
            decided[identity] = (Status.REFUSED, package.reasons)
        elif package.round_id != round_id:
            note = _texts("other_round", found=package.round_id, round=round_id)
            decided[identity] = (Status.OTHER_ROUND, note)
        elif package.fingerprint not in trusted.get(package.code or "", set()):
            name = _name(register, package.code or "", package.name or "")
            key = "other_key" if package.code in trusted else "no_key"
            values = {"name": name, "code": package.code, "fingerprint": package.fingerprint}
            decided[identity] = (Status.UNCONFIRMED, _texts(key, **values))
        else:
            number = package.submission or 0
            candidates.setdefault((package.code or "", number), []).append(package)

    latest: dict[str, int] = {}
    for (code, number), same in candidates.items():
        if len(same) > 1:
            name = _name(register, code, code)
            note = _texts("conflict", name=name, code=code, number=number)
            for package in same:
                decided[package.identity] = (Status.CONFLICT, note)
        else:
            latest[code] = max(latest.get(code, number), number)
    for (code, number), same in candidates.items():
        if len(same) != 1:
            continue
        if number == latest[code]:
            decided[same[0].identity] = (Status.CURRENT, None)
        else:
            note = _texts("replaced", number=latest[code])
            decided[same[0].identity] = (Status.REPLACED, note)

    for identity, found in paths.items():
        status, reasons = decided[identity]
        entries.append(Entry(tuple(sorted(found)), status, packages[identity], reasons))
    entries.sort(key=_order)
    return Standing(round_id, tuple(entries))


def _not_package(received: Received) -> Texts:
    """Why a file was not read: only names ending in .asice are; a name that has .asice in
    it but ends otherwise (a correction saved as ``….asice.zip``, or with a trailing space)
    is said with its ending quoted, so that it can be renamed."""
    name = PurePath(received.path).name
    at = name.casefold().rfind(".asice")
    if at < 0:
        return _texts("not_package")
    return _texts("not_package_named", ending=repr(name[at:]))


def _name(register: Register, code: str, otherwise: str) -> InEachLang | str:
    """The municipality named in each language (Parainen, Pargas), or ``otherwise``."""
    return register.get(code).names() if code in register else otherwise


def _order(entry: Entry) -> tuple[str, int, str]:
    package = entry.package
    if package is None:
        return ("~", 0, entry.paths[0])
    return (package.code or "~", package.submission or 0, entry.paths[0])

"""Trusted signers: the key fingerprint each municipality told the coordinator out of band.

A package counts only when its signer's fingerprint is registered for the
municipality it speaks for; any other signer is "not confirmed". A
municipality may have more than one key registered (a new laptop, a
renewed certificate); ``remove`` forgets all of them.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from desktop.collect.receiving import municipality_of
from desktop.collect.records import Records
from desktop.errors import UserError
from desktop.i18n import InEachLang, Lang, joined, text
from desktop.municipalities import Register, UnknownMunicipality
from desktop.signing.keys import KeyStoreError, normalise_fingerprint
from desktop.signing.verdict import CheckId, Verdict

# A list of 309 lines is a few kilobytes; anything far larger is not such a list.
MAX_IMPORT: Final = 1 << 20


class TrustError(UserError):
    """A trusted signer cannot be registered as given."""


class TrustLineError(TrustError):
    """A line of an imported list is refused; the message names the line and why."""

    def __init__(self, path: Path, line: int, cause: UserError) -> None:
        self.cause = cause
        super().__init__("collect.trust.import_line", path=path, line=line)

    def message(self, lang: Lang) -> str:
        return text(self.key, lang, reason=self.cause.message(lang), **self.values)


@dataclass(frozen=True)
class TrustedSigner:
    code: str
    name: InEachLang | str  # in each language when the register knows the code
    fingerprint: str
    added_at: str


def checked_pair(code: str, fingerprint: str, register: Register) -> tuple[str, str]:
    """(code, fingerprint) in their canonical forms, or ``TrustError``."""
    try:
        municipality = register.get(code)
    except UnknownMunicipality:
        raise TrustError("collect.trust.unknown_code", code=code.strip()[:20]) from None
    try:
        return municipality.code, normalise_fingerprint(fingerprint)
    except KeyStoreError:
        raise TrustError("collect.trust.bad_fingerprint", value=fingerprint.strip()[:80]) from None


def add(records: Records, code: str, fingerprint: str, register: Register) -> tuple[str, str]:
    pair = checked_pair(code, fingerprint, register)
    records.add_trusted([pair])
    return pair


def remove(records: Records, code: str, register: Register) -> int:
    """Forget every key of ``code``; how many there were."""
    try:
        canonical = register.get(code).code
    except UnknownMunicipality:
        raise TrustError("collect.trust.unknown_code", code=code.strip()[:20]) from None
    return records.remove_trusted(canonical)


def listing(records: Records, register: Register) -> list[TrustedSigner]:
    signers = []
    for code, fingerprint, added_at in records.trusted():
        name = register.get(code).names() if code in register else code
        signers.append(TrustedSigner(code, name, fingerprint, added_at))
    return signers


def import_csv(records: Records, path: Path, register: Register) -> tuple[int, int]:
    """Every ``code,fingerprint`` line of ``path``, all or nothing: (lines, new)."""
    pairs = read_csv(path, register)
    return len(pairs), records.add_trusted(pairs)


def shared_keys(
    records: Records, register: Register, fingerprints: Collection[str]
) -> list[tuple[str, InEachLang]]:
    """Each of ``fingerprints`` that the register holds for more than one municipality, with
    them named: (fingerprint, "Name (code), Name (code)"). Such a key lets each of them sign
    for the others, which a joint service may do, but a mistyped line also does."""
    holders: dict[str, set[str]] = {}
    for code, fingerprint, _ in records.trusted():
        if fingerprint in fingerprints:
            holders.setdefault(fingerprint, set()).add(code)
    return [
        (fingerprint, joined(register.named(code) for code in sorted(codes)))
        for fingerprint, codes in sorted(holders.items())
        if len(codes) > 1
    ]


def key_to_register(
    verdict: Verdict, registered: Mapping[str, Collection[str]], register: Register
) -> tuple[str, str] | None:
    """The municipality code and fingerprint of a received package whose files and signature
    hold but whose signer is not registered for the municipality it speaks for: the key the
    coordinator may register, once it matches what the municipality told. None for any other
    file (a damaged one, one of a municipality not in the register, one already confirmed)."""
    fingerprint = verdict.fingerprint
    if verdict.package is None or not fingerprint:
        return None
    if any(not check.ok and check.id is not CheckId.TRUSTED for check in verdict.checks):
        return None  # only the signer may be what fails
    found = municipality_of(verdict)
    if found is None or found[0] not in register:
        return None
    code = found[0]
    if fingerprint in registered.get(code, ()):
        return None
    return code, fingerprint


def read_csv(path: Path, register: Register) -> list[tuple[str, str]]:
    """The ``(code, fingerprint)`` pairs of every line of ``path``, or ``TrustError``."""
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_IMPORT + 1)
    except OSError as exc:
        raise TrustError(
            "collect.trust.import_unreadable", path=path, reason=exc.strerror or type(exc).__name__
        ) from None
    if len(data) > MAX_IMPORT:
        raise TrustError("collect.trust.import_too_large", path=path)
    # Excel's "Unicode text" is UTF-16 with its byte-order mark; anything else is read as UTF-8.
    utf16 = data.startswith((b"\xff\xfe", b"\xfe\xff"))
    text = data.decode("utf-16" if utf16 else "utf-8-sig", errors="replace")
    rows = csv.reader(io.StringIO(text, newline=""), delimiter=_separator(text))
    pairs: list[tuple[str, str]] = []
    for number, row in enumerate(rows, start=1):
        cells = [cell.strip() for cell in row]
        while cells and not cells[-1]:
            cells.pop()  # a column once used further right leaves empty cells at the end
        if not any(cells) or cells[0].startswith("#"):
            continue
        if len(cells) != 2:
            error: UserError = TrustError("collect.trust.import_columns")
        else:
            try:
                pairs.append(checked_pair(cells[0], cells[1], register))
                continue
            except TrustError as exc:
                error = exc
        if number == 1 and len(cells) == 2 and not cells[0].isdigit():
            continue  # a header line, "code,fingerprint"
        raise TrustLineError(path, number, error)
    return pairs


# What separates the columns: a comma; ';' where the comma is the decimal sign (Excel's
# "CSV" in a Finnish or Swedish Windows); a tab (Excel's "Unicode text").
_SEPARATORS = (",", ";", "\t")


def _separator(text: str) -> str:
    """The separator the first line holding anything (a header or a key) uses most."""
    for line in text.splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            return max(_SEPARATORS, key=line.count)  # none: a comma, the first
    return _SEPARATORS[0]

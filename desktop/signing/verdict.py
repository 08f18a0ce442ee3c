"""The outcome of verifying a received file: an ordered list of checks, each told in fi/sv/en."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from desktop.errors import UserError
from desktop.i18n import LANGS, Lang, Texts, message, pick
from desktop.jsonvalue import JSONValue
from desktop.untrusted import escape


class FileKind(StrEnum):
    """What a received file is checked as (by its name: ``.asice`` or ``.pdf``)."""

    PACKAGE = "package"
    REPORT = "report"


class CheckId(StrEnum):
    # the file itself (found, a regular file, not too large)
    FILE = "file"
    # ASiC-E package
    CONTAINER = "container"
    MEMBERS = "members"
    MIMETYPE = "mimetype"
    SIGNATURE = "signature"
    MANIFEST = "manifest"
    JSON = "json"
    REPORT = "report"
    SCHEMAS = "schemas"
    ANSWERS = "answers"
    # PDF report
    PDF_READABLE = "pdf_readable"
    PDF_SIGNATURES = "pdf_signatures"
    PDF_COVERAGE = "pdf_coverage"
    PDF_SIGNATURE = "pdf_signature"
    # both
    FINGERPRINT = "fingerprint"
    TRUSTED = "trusted"


# What each check says when it holds (failures are told by the error that failed it).
PASSED: Mapping[str, Texts] = {
    CheckId.CONTAINER: {
        "fi": "Paketti on luettava zip-tiedosto, jossa on vain sallittuja tiedostoja.",
        "sv": "Paketet är en läsbar zip-fil med enbart tillåtna filer.",
        "en": "The package is a readable zip file holding only allowed files.",
    },
    CheckId.MEMBERS: {
        "fi": "Paketissa ovat kaikki odotetut tiedostot.",
        "sv": "Paketet innehåller alla förväntade filer.",
        "en": "The package holds every expected file.",
    },
    CheckId.MIMETYPE: {
        "fi": "Paketin tyyppi (mimetype) on oikea ja ensimmäisenä pakkaamattomana.",
        "sv": "Paketets typ (mimetype) är rätt och ligger först, okomprimerad.",
        "en": "The package type (mimetype) is correct, first and uncompressed.",
    },
    CheckId.SIGNATURE: {
        "fi": "Allekirjoitus on ehjä ja pätevä tiedostoluettelon (manifestin) yli.",
        "sv": "Underskriften är intakt och giltig över filförteckningen (manifestet).",
        "en": "The signature over the file list (manifest) is intact and valid.",
    },
    CheckId.MANIFEST: {
        "fi": "Tiedostoluettelo kattaa täsmälleen paketin tiedostot, ja tiivisteet täsmäävät.",
        "sv": "Filförteckningen täcker exakt paketets filer och kontrollsummorna stämmer.",
        "en": "The file list covers exactly the package's files and the digests match.",
    },
    CheckId.JSON: {
        "fi": "JSON-tiedostot ovat kelvollisia.",
        "sv": "JSON-filerna är giltiga.",
        "en": "The JSON files are valid.",
    },
    CheckId.REPORT: {
        "fi": "PDF-raportti on allekirjoitettu samalla avaimella kuin paketti.",
        "sv": "PDF-rapporten är undertecknad med samma nyckel som paketet.",
        "en": "The PDF report is signed with the same key as the package.",
    },
    CheckId.SCHEMAS: {
        "fi": "Lomakkeiden kuvaukset (skeemat) tunnetaan ja vastaavat tiivisteitään.",
        "sv": "Formulärbeskrivningarna (scheman) är kända och motsvarar sina kontrollsummor.",
        "en": "The form definitions (schemas) are known and match their digests.",
    },
    CheckId.ANSWERS: {
        "fi": "Vastaukset ovat kelvollisia.",
        "sv": "Svaren är giltiga.",
        "en": "The answers are valid.",
    },
    CheckId.PDF_READABLE: {
        "fi": "PDF-tiedosto on luettava.",
        "sv": "PDF-filen är läsbar.",
        "en": "The PDF file is readable.",
    },
    CheckId.PDF_SIGNATURES: {
        "fi": "PDF-tiedostossa on täsmälleen yksi allekirjoitus.",
        "sv": "PDF-filen har exakt en underskrift.",
        "en": "The PDF file has exactly one signature.",
    },
    CheckId.PDF_COVERAGE: {
        "fi": "Allekirjoitus kattaa koko PDF-tiedoston.",
        "sv": "Underskriften täcker hela PDF-filen.",
        "en": "The signature covers the entire PDF file.",
    },
    CheckId.PDF_SIGNATURE: {
        "fi": "PDF-allekirjoitus on ehjä ja pätevä.",
        "sv": "PDF-underskriften är intakt och giltig.",
        "en": "The PDF signature is intact and valid.",
    },
    CheckId.FINGERPRINT: {
        "fi": "Allekirjoittaja: {subject}, avaimen sormenjälki {fingerprint}.",
        "sv": "Undertecknare: {subject}, nyckelns fingeravtryck {fingerprint}.",
        "en": "Signer: {subject}, key fingerprint {fingerprint}.",
    },
    CheckId.TRUSTED: {
        "fi": "Allekirjoittajan sormenjälki on luotettujen listalla.",
        "sv": "Undertecknarens fingeravtryck finns på listan över betrodda.",
        "en": "The signer's fingerprint is on the trusted list.",
    },
}


@dataclass(frozen=True)
class Check:
    """One check of a verification: its id, whether it holds, and what to tell the user.

    The texts quote what the received file holds (names, certificate fields,
    answers), so they are kept escaped: whoever shows them shows no control
    or bidi character the file put there.
    """

    id: CheckId
    ok: bool
    texts: Texts

    def __post_init__(self) -> None:
        escaped = {lang: escape(text) for lang, text in self.texts.items()}
        object.__setattr__(self, "texts", escaped)

    def message(self, lang: Lang) -> str:
        return pick(self.texts, lang)

    @classmethod
    def passed(cls, check: CheckId, **values: object) -> Check:
        texts: dict[str, str] = {lang: message(PASSED, check, lang, **values) for lang in LANGS}
        return cls(check, True, texts)

    @classmethod
    def failed(cls, check: CheckId, error: UserError, *, prefix: str = "") -> Check:
        """A failed check told by ``error`` (``prefix`` names the member it concerns)."""
        texts: dict[str, str] = {lang: prefix + error.message(lang) for lang in LANGS}
        return cls(check, False, texts)


@dataclass(frozen=True)
class Package:
    """What a verified ASiC-E package holds, for the checks that need the survey model."""

    members: Mapping[str, bytes]
    documents: Mapping[str, JSONValue]
    fingerprint: str


@dataclass(frozen=True)
class Verdict:
    """All checks run, in order; verification stops at the first that fails."""

    checks: tuple[Check, ...]
    fingerprint: str | None = None
    package: Package | None = field(default=None, compare=False)
    kind: FileKind = FileKind.PACKAGE

    @property
    def ok(self) -> bool:
        """Every check that was run holds (whether the signer was confirmed or not)."""
        return bool(self.checks) and all(check.ok for check in self.checks)

    @property
    def signer_confirmed(self) -> bool:
        """The signer's fingerprint was found on a trusted list (none given: not confirmed)."""
        return any(check.id is CheckId.TRUSTED and check.ok for check in self.checks)

    @property
    def failure(self) -> Check | None:
        return next((check for check in self.checks if not check.ok), None)


_FAILED = {
    "untrusted": {
        "fi": "Allekirjoittajan sormenjälki {fingerprint} ei ole luotettujen listalla. Tarkista "
        "sormenjälki allekirjoittajalta muuta kautta (esim. puhelimitse).",
        "sv": "Undertecknarens fingeravtryck {fingerprint} finns inte på listan över betrodda. "
        "Kontrollera fingeravtrycket med undertecknaren på annat sätt (t.ex. per telefon).",
        "en": "The signer's fingerprint {fingerprint} is not on the trusted list. Check the "
        "fingerprint with the signer by other means (e.g. by phone).",
    },
}


class VerifyError(UserError):
    """A check common to packages and PDFs failed."""

    catalog = _FAILED


def signer_checks(fingerprint: str, subject: str, trusted: Collection[str] | None) -> list[Check]:
    """The signer's fingerprint, and whether it is trusted when a trusted list is given."""
    checks = [Check.passed(CheckId.FINGERPRINT, subject=subject, fingerprint=fingerprint)]
    if trusted is not None:
        if fingerprint in trusted:
            checks.append(Check.passed(CheckId.TRUSTED))
        else:
            error = VerifyError("untrusted", fingerprint=fingerprint)
            checks.append(Check.failed(CheckId.TRUSTED, error))
    return checks

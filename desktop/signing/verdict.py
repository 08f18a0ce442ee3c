"""The outcome of verifying a received file: an ordered list of checks, each told in fi/sv/en."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from desktop.errors import UserError
from desktop.i18n import LANGS, Lang, Texts, pick, text
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
        texts: dict[str, str] = {
            lang: text(f"signing.passed.{check.value}", lang, **values) for lang in LANGS
        }
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
    signed_at: datetime | None = None  # the time the signature says it was made


@dataclass(frozen=True)
class Verdict:
    """All checks run, in order; verification stops at the first that fails."""

    checks: tuple[Check, ...]
    fingerprint: str | None = None
    package: Package | None = field(default=None, compare=False)
    kind: FileKind = FileKind.PACKAGE
    # When the signature says it was made (its signed signing-time attribute), for a
    # package that passed every check; None when it does not say.
    signed_at: datetime | None = field(default=None, compare=False)

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


class VerifyError(UserError):
    """A check common to packages and PDFs failed."""


def signer_checks(fingerprint: str, subject: str, trusted: Collection[str] | None) -> list[Check]:
    """The signer's fingerprint, and whether it is trusted when a trusted list is given."""
    checks = [Check.passed(CheckId.FINGERPRINT, subject=subject, fingerprint=fingerprint)]
    if trusted is not None:
        if fingerprint in trusted:
            checks.append(Check.passed(CheckId.TRUSTED))
        else:
            error = VerifyError("signing.verify.untrusted", fingerprint=fingerprint)
            checks.append(Check.failed(CheckId.TRUSTED, error))
    return checks

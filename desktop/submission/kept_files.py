"""A recorded submission's kept files, checked before they are saved again.

Who saves a submission's files again sends what is written: the receiver lost
them, or a correction that changed nothing was refused. The kept package is
checked as ``show`` checks it (``sealed.check_kept``: every check ``verify``
runs) and against the SHA-256 recorded when it was submitted; the kept report
must be the report the signed package holds. Files damaged since (a disk
fault, a damaged copy restored) are refused, naming why; nothing is written.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop.digests import sha256_hex
from desktop.errors import UserError
from desktop.export.package import REPORT_NAME
from desktop.i18n import Lang, text
from desktop.signing.verdict import Verdict
from desktop.storage import Submission
from desktop.workbook import Workbook


class KeptFilesRefused(UserError):
    """A submission's kept files are not what was submitted: they are not saved again."""

    def __init__(
        self, key: str, submission: Submission, verdict: Verdict | None = None, **values: object
    ) -> None:
        self.verdict = verdict
        super().__init__(key, round=submission.round_id, number=submission.number, **values)

    def message(self, lang: Lang) -> str:
        if self.verdict is None:
            return super().message(lang)
        failure = self.verdict.failure
        reason = failure.message(lang) if failure is not None else ""
        return text(self.key, lang, reason=reason, **self.values)


@dataclass(frozen=True)
class KeptFiles:
    """A submission's package and report, checked to be the ones submitted."""

    submission: Submission
    package: bytes
    report: bytes


@dataclass(frozen=True)
class Saved:
    """The files written, each with the SHA-256 of what was written."""

    package: Path
    report: Path
    package_sha256: str
    report_sha256: str


def kept_files(workbook: Workbook, submission: Submission) -> KeptFiles:
    """Submission's kept package and report, checked; ``KeptFilesRefused`` when they are not
    the ones submitted (the package fails a check or is not the one recorded, or the report is
    not the one the package holds)."""
    from desktop.submission.kept import Kept
    from desktop.submission.sealed import check_kept

    package, report = workbook.store.submission_files(submission.round_id, submission.number)
    found = sha256_hex(package)
    recorded = submission.package_sha256
    seal = check_kept(workbook, Kept(submission, package))
    held = seal.verdict.package
    if not seal.intact or held is None:
        # Bytes other than those recorded are damaged; the same bytes failing now, a check.
        key = "package_fails" if found == recorded else "package_damaged"
        raise KeptFilesRefused(f"submission.again.{key}", submission, seal.verdict)
    if found != recorded:
        # A package that verifies, but another one (another submission's, say).
        raise KeptFilesRefused(
            "submission.again.package_changed", submission, found=found, recorded=recorded
        )
    sent = held.members.get(REPORT_NAME)
    if sent is None or report != sent:
        raise KeptFilesRefused(
            "submission.again.report_damaged",
            submission,
            found=sha256_hex(report),
            recorded=sha256_hex(sent) if sent is not None else submission.report_sha256,
        )
    return KeptFiles(submission, package, report)

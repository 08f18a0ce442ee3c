"""A submitted round as it was submitted: the answers of its stored package, and its seal.

A round locked by a submission is shown from the signed package kept for it
(the answers and the schema versions they were given with), not from rows
that may differ; the seal says who signed it, when and with which key, and
whether the stored files still pass every check ``verify`` runs on them.

``kept`` (``desktop.submission.kept``) reads the stored submission from the
database; ``check_kept`` checks its bytes again and reads them, and touches
no database (the window runs it off the UI thread); ``sealed`` is the two in
one (the command line's ``show``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from desktop.digests import sha256_hex
from desktop.export.package import SURVEY_NAME
from desktop.jsonvalue import JSONObject
from desktop.municipalities import Municipality, UnknownMunicipality
from desktop.signing.verdict import Verdict
from desktop.storage import Submission
from desktop.submission.kept import Kept, kept
from desktop.survey import Problem, Round
from desktop.survey.change_checks import change_problems
from desktop.survey.explanations import Explanation, check_of, key_of
from desktop.survey.validation import validate_round
from desktop.workbook import Workbook

__all__ = ["Kept", "Sealed", "check_kept", "explained", "kept", "sealed"]


@dataclass(frozen=True)
class Sealed:
    """The round's submission as its package says, and the verdict on its files now."""

    submission: Submission
    round: Round
    answers: dict[str, JSONObject]  # none unless the files pass every check
    verdict: Verdict
    # The municipality the verified package answers for; None when it does not verify.
    signer: Municipality | None = None
    # The warnings confirmed with a few words, as the package carries them.
    explanations: tuple[JSONObject, ...] = ()

    @property
    def intact(self) -> bool:
        """The stored files pass every check: what they say can be shown as submitted."""
        return self.verdict.ok

    @property
    def signed_at(self) -> datetime | None:
        """When the signature says it was made; None unless the files pass every check (or
        when the signature does not say)."""
        return self.verdict.signed_at if self.intact else None

    @property
    def fingerprint(self) -> str:
        """The signing key's fingerprint: as the files tell it, else as it was recorded."""
        return self.verdict.fingerprint or self.submission.signer_fingerprint


def check_kept(workbook: Workbook, stored: Kept) -> Sealed:
    """Check the stored package again, as ``verify`` does, and read its answers.

    Reads no database: the catalog and the register are only read.
    """
    from desktop.collect.receiving import verify_received
    from desktop.review.previous import read_package

    verdict = verify_received(
        stored.package, pdf=False, catalog=workbook.catalog, register=workbook.register
    )
    submission = stored.submission
    # Named by the bytes read now, not as recorded: altered bytes are read as they are.
    digest = sha256_hex(stored.package)
    found = read_package(workbook.catalog, stored.package, digest) if verdict.ok else None
    if found is None:
        # Files that fail a check give no answers: nothing of them passes for what was sent.
        return Sealed(submission, workbook.round(submission.round_id), {}, verdict)
    signer = _signer(workbook, verdict)
    return Sealed(submission, found.round, found.answers, verdict, signer, found.explanations)


def explained(workbook: Workbook, seal: Sealed) -> list[Problem]:
    """The warnings the submission was sent with, each with the explanation it carries
    (what was sent passed every check: nothing else is left to tell)."""
    if not seal.intact:
        return []
    found = validate_round(seal.round, seal.answers)
    previous = workbook.previous(seal.round.id)
    if previous is not None:
        found.extend(change_problems(seal.round, seal.answers, previous))
    # The package carries each explanation by its check and answer (not the values it named).
    kept = (Explanation.from_json(value) for value in seal.explanations)
    texts = {e.key: e.text for e in kept if e is not None}
    return [
        p.replace(explanation=texts[key_of(check_of(p), p.pointer)])
        for p in found
        if not p.blocking and key_of(check_of(p), p.pointer) in texts
    ]


def sealed(workbook: Workbook, round_id: str) -> Sealed | None:
    """The latest submission of a locked round; None while the round is open (or never sent)."""
    if not workbook.store.is_locked(round_id):
        return None
    stored = kept(workbook, round_id)
    return None if stored is None else check_kept(workbook, stored)


def _signer(workbook: Workbook, verdict: Verdict) -> Municipality | None:
    package = verdict.package
    if not verdict.ok or package is None:
        return None
    document = package.documents.get(SURVEY_NAME)
    municipality = document.get("municipality") if isinstance(document, dict) else None
    code = municipality.get("code") if isinstance(municipality, dict) else None
    try:
        return workbook.register.get(str(code)) if code is not None else None
    except UnknownMunicipality:
        return None

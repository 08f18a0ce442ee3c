"""A submitted round as it was submitted: the answers of its stored package, and its seal.

A round locked by a submission is shown from the signed package kept for it
(the answers and the schema versions they were given with), not from rows
that may differ; the seal says who signed it, when and with which key, and
whether the stored files still pass every check ``verify`` runs on them.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.jsonvalue import JSONObject
from desktop.signing.verdict import Verdict
from desktop.storage import Submission
from desktop.survey import Round
from desktop.workbook import Workbook


@dataclass(frozen=True)
class Sealed:
    """The round's latest submission as its package says, and the verdict on its files now."""

    submission: Submission
    round: Round
    answers: dict[str, JSONObject]
    verdict: Verdict


def sealed(workbook: Workbook, round_id: str) -> Sealed | None:
    """The latest submission of a locked round; None while the round is open (or never sent)."""
    from desktop.collect.receiving import verify_received
    from desktop.review.previous import submitted

    store = workbook.store
    if not store.is_locked(round_id):
        return None
    kept = store.submissions(round_id)
    if not kept:
        return None
    latest = kept[-1]
    package, _report = store.submission_files(round_id, latest.number)
    verdict = verify_received(
        package, pdf=False, catalog=workbook.catalog, register=workbook.register
    )
    found = submitted(store, workbook.catalog, round_id, latest.number)
    if found is None:
        return Sealed(latest, workbook.round(round_id), {}, verdict)
    return Sealed(latest, found.round, found.answers, verdict)

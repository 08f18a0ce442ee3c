"""Where a correction starts, and whether it would change anything.

A correction starts from the answers of the submission it corrects.

A round submitted here keeps its saved answers, which are what was sent, and
a correction starts from them as they are. A round imported from another
computer has no saved answers of its own (only its package holds them), so
starting its correction fills them from its latest stored package, checked
again as ``verify`` checks it (each explanation of a warning stored with the
values the warning names, as one given here is, so that it fits that warning
again); each answer gets an audit entry naming the
submission it came from ("2022-1#1", as copy-forward's do). A package that
fails the check refuses the correction: nothing of it passes for what was sent.

A correction that would sign what the last submission signed is not sent
(``unchanged_since``): the receiver would get a package replacing one with
the same content. It compares what a package carries: the answers as it
holds them (hidden follow-ups left out; the computed values follow from
them), as the summary before a correction lists them
(``desktop.review.compare.changed_since_sent``), and the explanations of the
confirmed warnings.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.errors import UserError
from desktop.i18n import Lang, text
from desktop.jsonvalue import JSONObject, JSONValue, join_pointer
from desktop.signing.verdict import Verdict
from desktop.storage import CONTACT_ANSWERS
from desktop.survey import Kind, Problem
from desktop.survey.explanations import Explanation, check_of, key_of
from desktop.workbook import EXPLANATIONS, Workbook

if TYPE_CHECKING:
    from desktop.submission.sealed import Sealed


class CorrectionRefused(UserError):
    """The stored package a correction would start from fails a check; nothing changed."""

    def __init__(self, round_id: str, number: int, verdict: Verdict) -> None:
        self.verdict = verdict
        super().__init__("submission.correction.package_fails", round=round_id, number=number)

    def message(self, lang: Lang) -> str:
        failure = self.verdict.failure
        reason = failure.message(lang) if failure is not None else ""
        return text(self.key, lang, reason=reason, **self.values)


@dataclass(frozen=True)
class Start:
    """The answers a correction starts with, and the submission they come from."""

    edits: list[tuple[str, JSONValue]]
    source: str  # "2022-1#1", as the audit log names a submission


def correction_start(workbook: Workbook, round_id: str) -> Start | None:
    """The answers to fill before a correction of ``round_id`` starts; None when the round has
    saved answers of its own (it was submitted here) or no stored submission."""
    from desktop.submission.sealed import check_kept, kept

    if _has_own_answers(workbook.store.round_answers(round_id)):
        return None
    stored = kept(workbook, round_id)
    if stored is None:
        return None
    seal = check_kept(workbook, stored)
    number = stored.submission.number
    if not seal.intact:
        raise CorrectionRefused(round_id, number, seal.verdict)
    edits: list[tuple[str, JSONValue]] = []
    for section in seal.round.sections:
        given = seal.answers.get(section.id, {})
        for question in section.fields:
            if question.key in given and question.kind is not Kind.MUNICIPALITY:
                # The municipality is the profile's, filled in whenever answers are read.
                edits.append((join_pointer([section.id, question.key]), given[question.key]))
    # Stored as an explanation given here: with the values its warning names, to fit it.
    warned = explanations_as_stored(workbook, seal)
    for value in seal.explanations:
        explanation = Explanation.from_json(value)
        if explanation is not None:
            as_stored = warned.get(explanation.key, value)
            edits.append((join_pointer([EXPLANATIONS, explanation.key]), as_stored))
    return Start(edits, f"{round_id}#{number}")


def explanations_as_stored(workbook: Workbook, seal: Sealed) -> dict[str, JSONObject]:
    """The explanations ``seal``'s package carries, by key, each as an explanation given here
    is stored: with the values its warning names on the package's answers (the package
    carries only the words), so that it fits that warning again. One whose warning the
    answers no longer raise is left out."""
    from desktop.submission.sealed import explained

    found: dict[str, JSONObject] = {}
    for problem in explained(workbook, seal):
        if problem.explanation is not None:
            check = check_of(problem)
            kept = Explanation(check, problem.pointer, problem.explanation, problem.params)
            found[key_of(check, problem.pointer)] = kept.as_json()
    return found


def _has_own_answers(saved: dict[str, JSONObject]) -> bool:
    """Whether anything is saved beyond the contact answers the profile carries into rounds."""
    carried = set(CONTACT_ANSWERS)
    return any(
        join_pointer([section, key]) not in carried
        for section, values in saved.items()
        for key in values
    )


def unchanged_since(
    workbook: Workbook,
    round_id: str,
    answers: Mapping[str, JSONObject],
    problems: Iterable[Problem],
) -> int | None:
    """The number of the round's last submission when a submission of ``answers`` (with
    ``problems``' explanations) would carry what it carried; None when something differs,
    before the first submission, or when the last one cannot be read (what it carried is
    not known, so nothing holds the correction back)."""
    from desktop.review.compare import changed_since_sent
    from desktop.review.previous import submitted

    since = changed_since_sent(workbook, round_id, answers)
    if since is None or since.changed:
        return None
    sent = submitted(workbook.store, workbook.catalog, round_id, since.number)
    if sent is None:
        return None
    carried = (Explanation.from_json(value) for value in sent.explanations)
    before = {(e.key, e.text) for e in carried if e is not None}
    now = {
        (key_of(check_of(p), p.pointer), p.explanation)
        for p in problems
        if p.explanation is not None
    }
    return since.number if before == now else None

"""Cancelling a correction: the round back as its last submission left it.

A correction started by mistake, or no longer wanted, is cancelled: the round
is locked again and shown from the kept package of the submission it would
have replaced. The saved answers go back to what that package holds (as
``desktop.review.previous.submitted`` reads it), so that a later correction
starts again from what was sent: each answer the package carries and the
explanations of its confirmed warnings. What the package says nothing of is
left as it is: hidden follow-ups stay in storage (flipping their trigger back
shows them, as ever), the municipality is the profile's, and computed values
follow from the answers.

What would be discarded is read first (``discarded``), so that a front end can
tell the official which answers and sections go, and ask; a correction with
nothing changed is cancelled at once. The answers are put back and the round
locked in one transaction, each change audited as a correction cancelled
(``desktop.storage.audit_rows.CORRECTION_CANCELLED``). A kept package that
cannot be read, or no longer passes the check ``verify`` runs, refuses the
cancelling (``CancelRefused``): nothing of the correction is lost.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from desktop.errors import UserError
from desktop.i18n import Lang, text
from desktop.jsonvalue import MISSING, JSONObject, JSONValue, _Missing, join_pointer
from desktop.signing.verdict import Verdict
from desktop.storage.audit_rows import CORRECTION_CANCELLED
from desktop.submission.correcting import explanations_as_stored
from desktop.survey import Kind, Section
from desktop.survey.explanations import Explanation
from desktop.workbook import EXPLANATIONS, Workbook


class CancelRefused(UserError):
    """The kept package of the submission the round would go back to cannot be trusted (it
    cannot be read, or fails a check): the correction stays, nothing changed."""

    def __init__(self, round_id: str, number: int, verdict: Verdict | None = None) -> None:
        self.verdict = verdict
        key = "submission.cancel.unreadable" if verdict is None else "submission.cancel.fails"
        super().__init__(key, round=round_id, number=number)

    def message(self, lang: Lang) -> str:
        failure = self.verdict.failure if self.verdict is not None else None
        reason = failure.message(lang) if failure is not None else ""
        return text(self.key, lang, reason=reason, **self.values)


@dataclass(frozen=True)
class Discarded:
    """What cancelling a round's correction discards, and how the answers are put back."""

    round_id: str
    number: int  # the submission the round goes back to
    # (pointer, value) saved back; ``MISSING``: the saved answer is removed.
    restore: tuple[tuple[str, JSONValue | _Missing], ...]
    answers: tuple[str, ...]  # the questions whose answers go back, as pointers, in order
    sections: tuple[Section, ...]  # the sections they are in, in order
    explanations: int  # explanations of warnings given, changed or taken back

    @property
    def nothing(self) -> bool:
        """Nothing the official would see was changed during the correction: cancelled
        without a question (an explanation's stored values may still be put back)."""
        return not self.answers and not self.explanations


def discarded(workbook: Workbook, round_id: str) -> Discarded | None:
    """What cancelling the correction of ``round_id`` would discard; None when the round is
    not being corrected (locked, or never submitted). ``CancelRefused`` when the kept
    package of its last submission cannot be read or fails the check."""
    from desktop.review.previous import submitted
    from desktop.submission.sealed import check_kept, kept

    store = workbook.store
    if store.is_locked(round_id):
        return None
    stored = kept(workbook, round_id)
    if stored is None:
        return None
    number = stored.submission.number
    seal = check_kept(workbook, stored)
    if not seal.intact:
        raise CancelRefused(round_id, number, seal.verdict)
    # As the window and ``previous`` read it: the bytes recorded when it was sent, read.
    sent = submitted(store, workbook.catalog, round_id, number)
    if sent is None:
        raise CancelRefused(round_id, number)
    saved = store.round_answers(round_id)
    restore: list[tuple[str, JSONValue | _Missing]] = []
    answers: list[str] = []
    sections: list[Section] = []
    for section in sent.round.sections:
        given = sent.answers.get(section.id, {})
        rows = saved.get(section.id, {})
        shown = section.visible_keys(given)  # a follow-up hidden there: not in the package
        for question in section.fields:
            if question.kind is Kind.MUNICIPALITY or question.key not in shown:
                continue
            before, now = given.get(question.key, MISSING), rows.get(question.key, MISSING)
            if _same(before, now):
                continue
            pointer = join_pointer([section.id, question.key])
            restore.append((pointer, before))
            answers.append(pointer)
            if section not in sections:
                sections.append(section)
    explained, told = _explanations(
        sent.explanations, saved.get(EXPLANATIONS, {}), explanations_as_stored(workbook, seal)
    )
    restore.extend(explained)
    return Discarded(round_id, number, tuple(restore), tuple(answers), tuple(sections), told)


def cancel_correction(
    workbook: Workbook, round_id: str, *, actor: str | None = None
) -> Discarded | None:
    """Cancel the correction of ``round_id``: its answers put back as its last submission's
    package holds them and the round locked again; what was discarded, or None when the
    round is not being corrected. ``CancelRefused`` as ``discarded``."""
    found = discarded(workbook, round_id)
    if found is None:
        return None
    store = workbook.store
    if not store.cancel_correction(
        round_id, found.restore, source=CORRECTION_CANCELLED, actor=actor
    ):
        return None
    return found


def _explanations(
    carried: tuple[JSONObject, ...], saved: JSONObject, warned: Mapping[str, JSONObject]
) -> tuple[list[tuple[str, JSONValue | _Missing]], int]:
    """The explanations of warnings put back as the package carries them, and how many of
    them the official would see change (given, taken back, or of other words). ``warned``:
    each explanation as stored when it fits its warning on the package's answers (with the
    values the warning names); one that fits none is put back as the package carries it."""
    sent: dict[str, tuple[str, JSONValue]] = {}
    for value in carried:
        explanation = Explanation.from_json(value)
        if explanation is not None:
            sent[explanation.key] = (explanation.text, warned.get(explanation.key, value))
    back: list[tuple[str, JSONValue | _Missing]] = []
    told = 0
    for key in saved:
        if key not in sent:
            back.append((join_pointer([EXPLANATIONS, key]), MISSING))
            told += 1
    for key, (said, stored) in sent.items():
        now = Explanation.from_json(saved.get(key))
        if now is None or now.text != said:
            told += 1
        elif key not in warned or _same(saved[key], stored):
            continue  # the same words, fitting the same warning: as they are
        back.append((join_pointer([EXPLANATIONS, key]), stored))
    return back, told


def _same(one: JSONValue | _Missing, other: JSONValue | _Missing) -> bool:
    """The same answer: equal as a package holds it (455.0 is written 455; true is no 1)."""
    if isinstance(one, _Missing) or isinstance(other, _Missing):
        return one is other
    if isinstance(one, bool) or isinstance(other, bool):
        return type(one) is type(other) and one == other
    if isinstance(one, int | float) and isinstance(other, int | float):
        return one == other
    if isinstance(one, list) and isinstance(other, list):
        return len(one) == len(other) and all(_same(a, b) for a, b in zip(one, other, strict=True))
    if isinstance(one, dict) and isinstance(other, dict):
        return one.keys() == other.keys() and all(_same(v, other[k]) for k, v in one.items())
    return type(one) is type(other) and one == other

"""Comparing the answers of two rounds, or two submissions of one round.

``A`` and ``B`` are each a round as its answers are now (``2022-2``) or one
of its submissions as it was sent (``2022-1#1``), so a correction is compared
with its original as ``2022-1#1 2022-1#2``. Questions line up by pointer
through the ``changes`` of every round between the two; table rows by key.
Every question answered in either is listed by section with what happened
to it: the same, changed (a number with the difference and per cent, a text
with a word diff, a table row by row), answered only in one of them, or a
question only one of them asks.
"""

from __future__ import annotations

import difflib
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from desktop.errors import UserError
from desktop.i18n import Lang, Texts
from desktop.jsonvalue import JSONObject, JSONValue
from desktop.survey import Catalog, Field, Kind, Round
from desktop.survey.lineage import Lineage, key_text, questions, row_key, targets_of
from desktop.survey.model import NUMERIC_KINDS, is_answered
from desktop.survey.previous_values import PreviousAnswers, Source
from desktop.survey.values import display_value
from desktop.workbook import Workbook


class CompareError(UserError):
    """A comparison of rounds or submissions that cannot be made."""


class Status(StrEnum):
    SAME = "same"
    CHANGED = "changed"
    ADDED = "added"  # answered only in B
    REMOVED = "removed"  # answered only in A
    NEW = "new"  # a question only B asks
    GONE = "gone"  # a question only A asked


@dataclass(frozen=True)
class Answers:
    """One side of a comparison."""

    source: Source
    round: Round
    answers: Mapping[str, JSONObject]


@dataclass(frozen=True)
class Cell:
    column: Field
    before: JSONValue | None
    after: JSONValue | None


@dataclass(frozen=True)
class RowDifference:
    key_column: Field | None
    key: JSONValue | None  # the value of the row's key column
    status: Status
    cells: tuple[Cell, ...]  # changed cells (all cells of an added or removed row)

    def shown_key(self, lang: Lang) -> str:
        """The row's key as the user reads it: the building, or the staff group's label."""
        if self.key is None or self.key_column is None:
            return ""
        return display_value(self.key_column, self.key, lang)


@dataclass(frozen=True)
class Difference:
    pointer: str
    question: Field
    status: Status
    before: JSONValue | None
    after: JSONValue | None
    rows: tuple[RowDifference, ...] = ()

    @property
    def numeric(self) -> bool:
        return (
            self.question.kind in NUMERIC_KINDS
            and _is_number(self.before)
            and _is_number(self.after)
        )

    @property
    def delta(self) -> float | None:
        return difference_of(self.before, self.after) if self.numeric else None

    @property
    def percent(self) -> float | None:
        return per_cent(self.before, self.after) if self.numeric else None

    def words(self) -> list[tuple[str, str]]:
        """A text's word diff: ("=", same), ("-", removed), ("+", added), in order."""
        return word_diff(self.before, self.after)


@dataclass
class SectionComparison:
    id: str
    title: Texts
    differences: list[Difference] = field(default_factory=list)

    @property
    def changed(self) -> list[Difference]:
        return [d for d in self.differences if d.status is not Status.SAME]

    @property
    def same(self) -> int:
        return sum(1 for d in self.differences if d.status is Status.SAME)


@dataclass
class Comparison:
    a: Answers
    b: Answers
    sections: list[SectionComparison]

    @property
    def changed(self) -> list[Difference]:
        return [d for s in self.sections for d in s.changed]


def _is_number(value: JSONValue | None) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def per_cent(before: JSONValue | None, after: JSONValue | None) -> float | None:
    """The change in per cent; None from nothing (``change_checks.change_share``), or
    between other than numbers."""
    from desktop.survey.change_checks import change_share

    if not (_is_number(before) and _is_number(after)):
        return None
    share = change_share(float(before), float(after))  # type: ignore[arg-type]
    return None if share is None else share * 100


def difference_of(before: JSONValue | None, after: JSONValue | None) -> float | None:
    """How much a number changed; None between other than numbers, or when the difference
    is more than a number holds (1.7e308 from −1.7e308)."""
    if not (_is_number(before) and _is_number(after)):
        return None
    delta = float(after) - float(before)  # type: ignore[arg-type]
    return delta if math.isfinite(delta) else None


def word_diff(before: JSONValue | None, after: JSONValue | None) -> list[tuple[str, str]]:
    old = str(before).split() if isinstance(before, str) else []
    new = str(after).split() if isinstance(after, str) else []
    result: list[tuple[str, str]] = []
    matcher = difflib.SequenceMatcher(a=old, b=new, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            result.append(("=", " ".join(old[i1:i2])))
            continue
        if i2 > i1:
            result.append(("-", " ".join(old[i1:i2])))
        if j2 > j1:
            result.append(("+", " ".join(new[j1:j2])))
    return result


# -- which answers -----------------------------------------------------------------


@dataclass(frozen=True)
class Reference:
    """What can be compared: a round's answers now (``number`` None) or a submission."""

    text: str  # "2022-1" or "2022-1#2", as ``answers_for`` takes it
    round_id: str
    number: int | None = None
    submitted_at: str | None = None


def references(workbook: Workbook) -> list[Reference]:
    """Every round's answers now and each of its submissions, in the rounds' order."""
    found: list[Reference] = []
    for rnd in workbook.catalog.ordered_rounds():
        found.append(Reference(rnd.id, rnd.id))
        for sent in workbook.store.submissions(rnd.id):
            found.append(
                Reference(f"{rnd.id}#{sent.number}", rnd.id, sent.number, sent.submitted_at)
            )
    return found


def default_pair(workbook: Workbook, round_id: str) -> tuple[str, str]:
    """The pair a comparison opens on for the round being answered, as ``answers_for`` takes
    them: its answers now against its last submission when they differ from it, else its
    last two submissions (a correction against what it corrected), else against the
    previous round the form's hints show: the latest submission (or the saved answers) of the
    nearest earlier round along the ``previous`` chain that has answers, not one skipped."""
    sent = [f"{round_id}#{s.number}" for s in workbook.store.submissions(round_id)]
    if sent:
        try:
            differ = bool(
                compare(
                    workbook.catalog,
                    answers_for(workbook, sent[-1]),
                    answers_for(workbook, round_id),
                ).changed
            )
        except CompareError:
            differ = True  # the submission cannot be read: what is left to compare is now
        if differ:
            return sent[-1], round_id
        if len(sent) >= 2:
            return sent[-2], sent[-1]
    later = sent[-1] if sent else round_id
    shown = workbook.previous(round_id)
    if shown is not None:
        source = shown.source
        if source.submission is not None:
            return f"{source.round_id}#{source.submission}", later
        return source.round_id, later
    previous = workbook.catalog.round(round_id).previous
    if previous and previous in workbook.catalog.rounds:
        earlier = [r.text for r in references(workbook) if r.round_id == previous]
        return earlier[-1], later
    return later, round_id


@dataclass(frozen=True)
class SinceSent:
    """What changed in a round's answers since its last submission (a correction's)."""

    number: int  # the last submission
    changed: list[Difference]


def changed_since_sent(
    workbook: Workbook, round_id: str, answers: Mapping[str, JSONObject] | None = None
) -> SinceSent | None:
    """The answers changed since the round's last submission (``answers``: the round's answers
    as read, by default now); None when it was never sent, or that submission cannot be read
    (its files fail the check). Both sides are the answers as a package holds them: hidden
    follow-ups left out."""
    sent = workbook.store.submissions(round_id)
    if not sent:
        return None
    number = sent[-1].number
    if answers is None:
        now = answers_for(workbook, round_id)
    else:
        rnd = workbook.catalog.round(round_id)
        now = Answers(Source(round_id, None), rnd, rnd.effective_answers(answers))
    try:
        result = compare(workbook.catalog, answers_for(workbook, f"{round_id}#{number}"), now)
    except CompareError:
        return None
    return SinceSent(number, result.changed)


def parse_reference(given: str) -> tuple[str, int | None]:
    """``2022-1`` → (round, None); ``2022-1#2`` → (round, 2)."""
    round_id, mark, number = given.partition("#")
    if mark and not (number.isascii() and number.isdigit() and len(number) <= 6):
        raise CompareError("review.compare.bad_reference", given=given)
    return round_id, int(number) if mark else None


def answers_for(workbook: Workbook, given: str) -> Answers:
    """A round's answers as they are now, or one of its submissions as it was sent."""
    from desktop.review.previous import submitted

    store, catalog = workbook.store, workbook.catalog
    round_id, number = parse_reference(given)
    rnd = catalog.round(round_id)
    if number is None:
        return Answers(
            Source(round_id, None), rnd, rnd.effective_answers(workbook.answers(round_id))
        )
    listed = store.submissions(round_id)
    found = next((s for s in listed if s.number == number), None)
    if found is None:
        known = ", ".join(f"{round_id}#{s.number}" for s in listed) or "–"
        raise CompareError(
            "review.compare.no_submission", round=round_id, number=number, known=known
        )
    sent = submitted(store, catalog, round_id, number)
    if sent is None:
        raise CompareError("review.compare.unreadable_submission", round=round_id, number=number)
    return Answers(Source(round_id, number, found.submitted_at), sent.round, sent.answers)


def _composed_changes(
    catalog: Catalog, earlier: Round, later: Round
) -> dict[str, str | list[str] | None]:
    """The ``changes`` from ``earlier`` to ``later`` through every round between them."""
    chain: list[Round] = []
    current: Round | None = later
    while current is not None and current.id != earlier.id:
        chain.append(current)
        current = catalog.rounds.get(current.previous) if current.previous else None
    if current is None:
        return {}  # not on one line of rounds: the same pointer is the same question
    composed: dict[str, str | list[str] | None] = {}
    for pointer in questions([*earlier.sections]):
        reached = [pointer]
        for step in reversed(chain):
            reached = [t for p in reached for t in targets_of(step.changes, p)]
        if reached != [pointer]:
            composed[pointer] = (
                None if not reached else reached[0] if len(reached) == 1 else reached
            )
    return composed


def compare(catalog: Catalog, a: Answers, b: Answers) -> Comparison:
    """Every question answered in ``a`` or ``b``, by ``b``'s sections. A question only ``a``
    asked is told in its section of ``b`` when ``b`` has one, else in ``a``'s section, which
    stands where it stood in ``a``: after the section before it there."""
    later = b.round.replace(changes=_composed_changes(catalog, a.round, b.round))
    if a.round.id == b.round.id:
        later = b.round.replace(changes={})
    lineage = Lineage.between(later, a.round)
    old = PreviousAnswers(a.source, lineage, a.answers)
    sections: dict[str, SectionComparison] = {}
    reached: set[str] = set()
    for section in b.round.sections:
        result = sections.setdefault(section.id, SectionComparison(section.id, section.title))
        given = b.answers.get(section.id, {})
        for question in section.fields:
            pointer = f"/{section.id}/{question.key}"
            link = lineage.link(pointer)
            if link is not None:
                reached.update(link.sources)
            found = old.values(pointer)
            before = found[0].value if len(found) == 1 else None
            after = given.get(question.key)
            if not is_answered(before, question) and not is_answered(after, question):
                continue
            if link is None:
                result.differences.append(Difference(pointer, question, Status.NEW, None, after))
            elif question.kind is Kind.TABLE:
                result.differences.append(_table(old, pointer, question, before, after))
            else:
                result.differences.append(_scalar(pointer, question, before, after))
    order = list(sections)
    for index, section in enumerate(a.round.sections):
        if section.id not in sections:
            # Only ``a`` has the section: it goes after the one before it in ``a``.
            earlier = [s.id for s in a.round.sections[:index]]
            place = max((order.index(s) + 1 for s in earlier if s in order), default=0)
            order.insert(place, section.id)
            sections[section.id] = SectionComparison(section.id, section.title)
        for question in section.fields:
            pointer = f"/{section.id}/{question.key}"
            value = a.answers.get(section.id, {}).get(question.key)
            if pointer in reached or not is_answered(value, question):
                continue
            sections[section.id].differences.append(
                Difference(pointer, question, Status.GONE, value, None)
            )
    return Comparison(a, b, [sections[s] for s in order if sections[s].differences])


def _scalar(
    pointer: str, question: Field, before: JSONValue | None, after: JSONValue | None
) -> Difference:
    if not is_answered(before, question):
        status = Status.ADDED
    elif not is_answered(after, question):
        status = Status.REMOVED
    else:
        status = Status.SAME if _same(before, after) else Status.CHANGED
    return Difference(pointer, question, status, before, after)


def _same(before: JSONValue | None, after: JSONValue | None) -> bool:
    if (
        isinstance(before, list)
        and isinstance(after, list)
        and not any(isinstance(v, dict) for v in before)
    ):
        return sorted(map(str, before)) == sorted(map(str, after))  # choices in any order
    return before == after and isinstance(before, bool) == isinstance(after, bool)


def _table(
    old: PreviousAnswers,
    pointer: str,
    table: Field,
    before: JSONValue | None,
    after: JSONValue | None,
) -> Difference:
    base = _scalar(pointer, table, before, after)
    if base.status is not Status.CHANGED and base.status is not Status.SAME:
        return base
    key = row_key(table)
    key_column = table.column(key)
    previous_rows = old.rows(pointer)
    rows: list[RowDifference] = []
    seen: set[str | None] = set()
    for row in after if isinstance(after, list) else []:
        if not isinstance(row, dict):
            continue
        text = key_text(row.get(key))
        seen.add(text)
        shown = row.get(key)
        was = previous_rows.get(text) if text is not None else None
        if was is None:
            cells = tuple(
                Cell(c, None, row[c.key]) for c in table.columns if row.get(c.key) is not None
            )
            rows.append(RowDifference(key_column, shown, Status.ADDED, cells))
            continue
        changed = tuple(
            Cell(c, was.get(c.key), row.get(c.key))
            for c in table.columns
            if c.key != key and not _same(was.get(c.key), row.get(c.key))
        )
        status = Status.CHANGED if changed else Status.SAME
        rows.append(RowDifference(key_column, shown, status, changed))
    for text, was in previous_rows.items():
        if text not in seen:
            cells = tuple(
                Cell(c, was[c.key], None) for c in table.columns if was.get(c.key) is not None
            )
            rows.append(RowDifference(key_column, was.get(key), Status.REMOVED, cells))
    status = Status.SAME if all(r.status is Status.SAME for r in rows) else Status.CHANGED
    return Difference(pointer, table, status, before, after, tuple(rows))

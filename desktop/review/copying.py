"""Copying the previous round's answers forward: one question, one table, a section or a round.

The copy never overwrites a typed answer unless asked to (``overwrite``):
an answer already given is listed as skipped instead. A table's rows line
up by key: a previous row whose key the table has fills only the cells that
are empty; one it does not have is added to an empty table, or when the user
chose it by key. A table already answered keeps its rows as they are: a
previous row it lacks may have been taken out on purpose, so it is listed as
left out unless the user asks for the missing rows (``add_rows``, which
``overwrite`` implies). A value that no longer fits its question (a choice that was
taken away) is skipped and listed too, as is a question that was split or
merged (shown beside, never copied). The whole copy is one transaction,
each answer it changes one audit entry naming the submission it came from,
and the last copy can be undone.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from enum import StrEnum

from desktop.errors import UserError
from desktop.i18n import Lang
from desktop.jsonvalue import JSONObject, JSONValue, PointerError, split_pointer
from desktop.storage import Copy
from desktop.survey import Field, Kind, Round, Section
from desktop.survey.lineage import key_text, row_key
from desktop.survey.model import is_answered
from desktop.survey.previous_values import PreviousAnswers, Source
from desktop.survey.values import check_row, check_type, display_value
from desktop.untrusted import escape
from desktop.workbook import Workbook


class CopyError(UserError):
    """Copying refused: no previous answers, a submitted round, an unknown target."""


class Reason(StrEnum):
    TYPED = "typed"  # an answer is already given: kept
    NOT_FITTING = "not_fitting"  # the value does not fit the question any more
    NOT_COPYABLE = "not_copyable"  # split or merged: shown beside, not copied
    ROWS_LEFT_OUT = "rows_left_out"  # a row the answered table lacks: not added back


@dataclass(frozen=True)
class Skipped:
    pointer: str
    reason: Reason


@dataclass
class Plan:
    """What a copy would write, and what it leaves as it is."""

    source: Source
    edits: list[tuple[str, JSONValue]] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)


@dataclass(frozen=True)
class ChoosableRow:
    """One of last round's rows of a table, to be chosen for copying by its key."""

    key: str  # the key as last round had it (what ``rows`` is given)
    shown: str  # the key as the user reads it
    details: str  # the row's other cells, as read
    present: bool  # the table has a row with this key now


@dataclass(frozen=True)
class Copied:
    plan: Plan
    copy: Copy | None  # None: nothing changed


def previous_or_refuse(workbook: Workbook, round_id: str) -> PreviousAnswers:
    rnd = workbook.round(round_id)
    if rnd.previous is None:
        raise CopyError("review.copy.no_previous_round", round=round_id)
    previous = workbook.previous(round_id)
    if previous is None:
        raise CopyError("review.copy.no_previous_answers", previous=rnd.previous)
    return previous


def plan_copy(
    workbook: Workbook,
    round_id: str,
    target: str | None = None,
    *,
    overwrite: bool = False,
    add_rows: bool = False,
    rows: Collection[str] | None = None,
) -> Plan:
    """What copying into ``target`` (None: the whole round; a section id; a question's
    pointer) would do. ``rows``: for a table, the keys of the previous rows to copy;
    ``add_rows``: add the previous rows an answered table lacks. CopyError for a submitted
    round, before anything is asked about it."""
    rnd = workbook.round(round_id)
    if workbook.store.is_locked(round_id):
        raise CopyError("review.copy.submitted", round=round_id)
    previous = previous_or_refuse(workbook, round_id)
    answers = workbook.answers(round_id)
    plan = Plan(previous.source)
    chosen = None if rows is None else {key_text(k) for k in rows}
    questions = _questions(rnd, target)
    if chosen is not None:
        _check_rows(previous, questions, target, chosen, rows or ())
    for section, question in questions:
        given = answers.get(section.id, {})
        if question.kind is Kind.TABLE:
            current = given.get(question.key)
            adding = add_rows or overwrite
            _plan_table(plan, previous, section, question, current, overwrite, adding, chosen)
        else:
            _plan_field(plan, previous, section, question, given.get(question.key), overwrite)
    return plan


def copy_forward(
    workbook: Workbook,
    round_id: str,
    target: str | None = None,
    *,
    overwrite: bool = False,
    add_rows: bool = False,
    rows: Collection[str] | None = None,
    actor: str | None = None,
) -> Copied:
    """Copy as ``plan_copy`` says, in one transaction."""
    if workbook.store.is_locked(round_id):
        raise CopyError("review.copy.submitted", round=round_id)
    plan = plan_copy(workbook, round_id, target, overwrite=overwrite, add_rows=add_rows, rows=rows)
    copy = None
    if plan.edits:
        copy = workbook.store.copy_answers(
            round_id, plan.edits, source=plan.source.audit_text(), actor=actor
        )
    return Copied(plan, copy)


def undo_last_copy(
    workbook: Workbook, round_id: str, *, actor: str | None = None
) -> tuple[Copy, int]:
    """Take back the latest copy; (the copy, how many of its answers were changed since and
    so kept)."""
    workbook.round(round_id)
    if workbook.store.is_locked(round_id):
        raise CopyError("review.copy.submitted", round=round_id)
    undone = workbook.store.undo_copy(round_id, actor=actor)
    if undone is None:
        raise CopyError("review.copy.nothing_to_undo", round=round_id)
    return undone


def table_rows(
    workbook: Workbook, round_id: str, pointer: str, lang: Lang
) -> tuple[str, str, list[ChoosableRow]] | None:
    """Last round's rows of the table at ``pointer`` to choose from: (the table as shown, where
    the rows come from, the rows in last round's order); None when ``pointer`` is no table or
    last round has no rows for it. CopyError as ``copy_forward`` refuses."""
    if workbook.store.is_locked(round_id):
        raise CopyError("review.copy.submitted", round=round_id)
    previous = previous_or_refuse(workbook, round_id)
    ((section, table),) = _questions(workbook.round(round_id), pointer)
    rows = previous.rows(pointer) if table.kind is Kind.TABLE and table.columns else {}
    if not rows:
        return None
    key = row_key(table)
    key_column = table.column(key)
    if key_column is None:
        return None
    current = workbook.answers(round_id).get(section.id, {}).get(table.key)
    present = {
        key_text(r.get(key))
        for r in (current if isinstance(current, list) else ())
        if isinstance(r, dict)
    }
    found = []
    for text, row in rows.items():
        # Last round's rows may come from a received package: shown escaped (bidi, controls).
        details = "; ".join(
            f"{c.title(lang)}: {escape(display_value(c, row[c.key], lang))}"
            for c in table.columns
            if c.key != key and row.get(c.key) is not None
        )
        shown = escape(display_value(key_column, row[key], lang))
        found.append(ChoosableRow(str(row[key]), shown, details, text in present))
    return table.title(lang), previous.source.label(lang), found


def _questions(rnd: Round, target: str | None) -> list[tuple[Section, Field]]:
    if target is None:
        return [(s, f) for s in rnd.sections for f in s.fields]
    section = rnd.section(target)
    if section is not None:
        return [(section, f) for f in section.fields]
    try:
        parts = split_pointer(target)
    except PointerError:
        parts = []
    section = rnd.section(parts[0]) if len(parts) == 2 else None
    question = section.field(parts[1]) if section is not None else None
    if section is None or question is None:
        raise CopyError(
            "review.copy.unknown_target",
            round=rnd.id,
            target=target,
            known=", ".join(s.id for s in rnd.sections),
        )
    return [(section, question)]


def _check_rows(
    previous: PreviousAnswers,
    questions: list[tuple[Section, Field]],
    target: str | None,
    chosen: set[str | None],
    given: Collection[str],
) -> None:
    """Rows are chosen of one table, by keys its previous rows have."""
    if len(questions) != 1 or questions[0][1].kind is not Kind.TABLE:
        raise CopyError("review.copy.rows_need_table", target=target or "–")
    section, table = questions[0]
    known = previous.rows(f"/{section.id}/{table.key}")
    unknown = [k for k in given if key_text(k) not in known]
    if unknown:
        raise CopyError(
            "review.copy.unknown_rows",
            rows=", ".join(unknown),
            known=", ".join(str(r.get(row_key(table), "")) for r in known.values()) or "–",
        )


def _fits(question: Field, value: JSONValue) -> bool:
    try:
        if question.kind is Kind.TABLE and isinstance(value, dict):
            check_row(question, value, "fi")
            return all(_fits(c, value[c.key]) for c in question.columns if c.key in value)
        check_type(question, value, "fi")
    except UserError:
        return False
    allowed = {o.value for o in question.options}
    if question.kind is Kind.CHOICE and allowed:
        return value in allowed
    if question.kind is Kind.MULTICHOICE and allowed and isinstance(value, list):
        return all(v in allowed for v in value)
    return True


def _plan_field(
    plan: Plan,
    previous: PreviousAnswers,
    section: Section,
    question: Field,
    current: JSONValue | None,
    overwrite: bool,
) -> None:
    if question.read_only:
        return
    pointer = f"/{section.id}/{question.key}"
    found = previous.value(pointer)
    if found is None:
        if previous.values(pointer):
            plan.skipped.append(Skipped(pointer, Reason.NOT_COPYABLE))
        return
    if current == found.value:
        return
    if is_answered(current, question) and not overwrite:
        plan.skipped.append(Skipped(pointer, Reason.TYPED))
    elif not _fits(question, found.value):
        plan.skipped.append(Skipped(pointer, Reason.NOT_FITTING))
    else:
        plan.edits.append((pointer, found.value))


def _plan_table(
    plan: Plan,
    previous: PreviousAnswers,
    section: Section,
    table: Field,
    current: JSONValue | None,
    overwrite: bool,
    add_rows: bool,
    chosen: set[str | None] | None,
) -> None:
    pointer = f"/{section.id}/{table.key}"
    found = previous.value(pointer)
    if found is None:
        if previous.values(pointer):
            plan.skipped.append(Skipped(pointer, Reason.NOT_COPYABLE))
        return
    if current is None:
        # Nothing answered yet: the rows (all, or those chosen; or last time's "none") go in
        # whole, as one answer, so that undoing the copy leaves the table unanswered again
        # rather than answered "none".
        rows: list[JSONValue] = [
            _fitting_cells(table, r)
            for text, r in previous.rows(pointer).items()
            if chosen is None or text in chosen
        ]
        if chosen is None and found.value == []:
            plan.edits.append((pointer, []))
        elif rows:
            plan.edits.append((pointer, rows))
        return
    if current == [] and not overwrite:
        if found.value != []:
            plan.skipped.append(Skipped(pointer, Reason.TYPED))  # answered "none"
        return
    rows_now: list[JSONValue] = list(current) if isinstance(current, list) else []
    key = row_key(table)
    index_of = {
        key_text(row.get(key)): i for i, row in enumerate(rows_now) if isinstance(row, dict)
    }
    added = len(rows_now)
    keep_rows = bool(rows_now) and chosen is None and not add_rows
    for text, old_row in previous.rows(pointer).items():
        if chosen is not None and text not in chosen:
            continue
        cells = _fitting_cells(table, old_row)
        if text not in index_of and keep_rows:
            # The table and the row's key as ``rows`` takes it: the row has no place here.
            plan.skipped.append(Skipped(f"{pointer} [{old_row.get(key)}]", Reason.ROWS_LEFT_OUT))
            continue
        if text not in index_of:
            plan.edits.append((f"{pointer}/{added}", cells))
            added += 1
            continue
        index = index_of[text]
        row = rows_now[index]
        assert isinstance(row, dict)
        for column in table.columns:
            if column.key == key or column.key not in old_row:
                continue
            cell = f"{pointer}/{index}/{column.key}"
            value, now = old_row[column.key], row.get(column.key)
            if now == value:
                continue
            if is_answered(now) and not overwrite:
                plan.skipped.append(Skipped(cell, Reason.TYPED))
            elif column.key not in cells:
                plan.skipped.append(Skipped(cell, Reason.NOT_FITTING))
            else:
                plan.edits.append((cell, value))


def _fitting_cells(table: Field, row: JSONObject) -> JSONObject:
    """The cells of a previous row that fit the current columns (the others are left empty)."""
    return {
        k: v
        for k, v in row.items()
        if (column := table.column(k)) is not None and not column.read_only and _fits(column, v)
    }

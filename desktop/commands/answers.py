"""``rounds``, ``show``, ``set``, ``clear``, ``validate`` and ``history``."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable
from datetime import date

from desktop.commands.output import Console
from desktop.errors import UserError
from desktop.i18n import Lang, pick, text
from desktop.jsonvalue import JSONObject, JSONValue, PointerError, _Missing, split_pointer
from desktop.storage.audit_rows import CORRECTION_CANCELLED
from desktop.survey import Field, Kind, Round, Section
from desktop.survey.formatting import format_date, format_local_time
from desktop.survey.rules import compute, display_computed
from desktop.survey.values import display_value, parse_json
from desktop.untrusted import escape
from desktop.workbook import EXPLANATIONS

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without loading typing (start-up time)
if TYPE_CHECKING:
    import argparse

    from desktop.commands.context import Context
    from desktop.municipalities import Register
    from desktop.submission.sealed import Sealed
    from desktop.survey.previous_values import PreviousAnswers
    from desktop.survey.validation import Problem
    from desktop.workbook import Workbook


class InputError(UserError):
    """What was typed on the command line cannot be used."""


def run_rounds(args: argparse.Namespace, context: Context) -> int:
    workbook, console = context.workbook, context.console
    today = date.today()
    for rnd in workbook.catalog.ordered_rounds():
        progress: Iterable[tuple[int, int]] = workbook.progress(rnd.id).values()
        status = console.text(f"commands.answers.{rnd.status(today).value}")
        sent = workbook.store.submissions(rnd.id)
        if sent:
            latest = sent[-1]
            locked = workbook.is_locked(rnd.id)
            said = console.text(
                "commands.answers.sent" if locked else "commands.answers.sent_correcting",
                when=console.moment(latest.submitted_at),
                number=latest.number,
            )
            status = f"{status}, {said}"
            if locked:  # what was sent counts (an imported package has no saved answers)
                progress = _sent_progress(workbook, rnd.id, latest.number) or progress
        console.say(
            console.text(
                "commands.answers.round_line",
                id=rnd.id,
                title=escape(pick(rnd.title, console.lang)),
                opens=format_date(rnd.opens),
                closes=format_date(rnd.closes),
                status=status,
                answered=sum(a for a, _ in progress),
                required=sum(r for _, r in progress),
            )
        )
        from desktop.commands.rounds import origin_line

        origin = origin_line(rnd, console)
        if origin is not None:
            console.say(origin)
    if workbook.catalog.problems:
        from desktop.rounds.library import told

        for problem in workbook.catalog.problems:
            console.warn(told(problem, console.lang))
    return 0


def _sent_progress(workbook: Workbook, round_id: str, number: int) -> list[tuple[int, int]] | None:
    """Each section's (answered, required) in the package of a submission; None unreadable."""
    from desktop.review.previous import submitted

    found = submitted(workbook.store, workbook.catalog, round_id, number)
    if found is None:
        return None
    answers = found.answers
    return [s.progress(answers.get(s.id, {})) for s in found.round.sections]


def _show_field(
    console: Console,
    section: Section,
    field: Field,
    answers: JSONObject,
    follow_up: bool,
    previous: PreviousAnswers | None = None,
    register: Callable[[], Register] | None = None,
) -> None:
    lang = console.lang
    pointer = f"/{section.id}/{field.key}"
    marker = f" [{console.text('commands.answers.follow_up')}]" if follow_up else ""
    value = answers.get(field.key)
    shown = (
        display_value(field, value, lang)
        if value is not None
        else console.text("commands.answers.unanswered")
    )
    if field.kind is Kind.MUNICIPALITY and isinstance(value, str) and register is not None:
        shown = _municipality(register(), value, lang)  # the register read only here
    title = field.title(lang)
    separator = " " if title.endswith("?") else ": "
    console.say(f"  {pointer}{marker}\n      {title}{separator}{shown}")
    if previous is not None:
        # The previous round's lines are printed only where there is one (start-up time).
        from desktop.commands.previous import print_previous, print_previous_row
    if field.kind is Kind.TABLE and isinstance(value, list):
        for index, row in enumerate(value):
            console.say(f"      [{index}] " + row_text(field, row, lang))
            if previous is not None:
                print_previous_row(console, previous, pointer, field, index, row)
    if previous is not None:
        print_previous(console, previous, section, field, value)


def row_text(table: Field, row: JSONValue, lang: Lang) -> str:
    """A table's row as the command line shows it: "Label: value; Label: value"."""
    cells = []
    for column in table.columns:
        cell = row.get(column.key) if isinstance(row, dict) else None
        if cell is not None:
            cells.append(f"{pick(column.label, lang)}: {display_value(column, cell, lang)}")
    return "; ".join(cells)


def _municipality(register: Register, code: str, lang: Lang) -> str:
    """A municipality answered, named as the form and the report name it: Kuhmo (290)."""
    from desktop.municipalities import UnknownMunicipality

    try:
        return f"{register.get(code).display_name(lang)} ({code})"
    except UnknownMunicipality:
        return code


def _show_computed(console: Console, section: Section, field: Field, answers: JSONObject) -> None:
    lang = console.lang
    for item in section.computed:
        if item.beside == field.key:
            shown = display_computed(item, compute(item, answers), lang)
            mark = text("survey.value.computed", lang)
            console.say(f"  ({mark})\n      {pick(item.label, lang)}: {shown}")


def run_show(args: argparse.Namespace, context: Context) -> int:
    workbook, console = context.workbook, context.console
    lang = console.lang
    rnd = workbook.round(args.round)
    answers = workbook.answers(rnd.id)
    seal = None
    if workbook.is_locked(rnd.id):  # the checks of a seal loaded only for a submitted round
        from desktop.submission.sealed import sealed

        # A submitted round is shown as it was sent: from its signed package, with its seal.
        seal = sealed(workbook, rnd.id)
    if seal is not None:
        rnd, answers = seal.round, seal.answers
    sections = list(rnd.sections)
    if args.section:
        chosen = rnd.section(args.section)
        if chosen is None:
            console.warn(
                console.text(
                    "commands.answers.no_section",
                    round=rnd.id,
                    section=args.section,
                    known=", ".join(s.id for s in rnd.sections),
                )
            )
            return 2
        sections = [chosen]
    console.say(f"{rnd.id}  {pick(rnd.title, lang)}")
    if seal is not None:
        _show_seal(console, seal)
    previous = workbook.previous(rnd.id)
    if previous is not None:
        from desktop.commands.previous import source_line

        console.say(source_line(console, previous.source))
    for section in sections:
        section_answers = answers.get(section.id, {})
        answered, required = section.progress(section_answers)
        console.say(
            console.text(
                "commands.answers.section_head",
                title=pick(section.title, lang),
                answered=answered,
                required=required,
            )
        )
        visible = section.visible_keys(section_answers)
        for field in section.fields:
            if field.key in visible:
                _show_field(
                    console,
                    section,
                    field,
                    section_answers,
                    field.key in section.follow_ups,
                    previous,
                    lambda: workbook.register,
                )
                _show_computed(console, section, field, section_answers)
    return 0


def _show_seal(console: Console, seal: Sealed) -> None:
    from desktop.signing.verdict import CheckId

    submission = seal.submission
    at = console.moment(submission.submitted_at)
    failure = seal.verdict.failure
    if failure is not None:
        # Files that fail the check are not what was signed: only the record is told.
        console.say(
            console.text(
                "commands.answers.seal_unchecked",
                number=submission.number,
                at=at,
                fingerprint=submission.signer_fingerprint,
            )
        )
        console.say(
            console.text("commands.answers.seal_broken", reason=failure.message(console.lang))
        )
        return
    signer = next(
        (c.message(console.lang) for c in seal.verdict.checks if c.id is CheckId.FINGERPRINT), ""
    )
    if seal.signed_at is not None:
        said = console.text(
            "commands.answers.seal",
            number=submission.number,
            signed=format_local_time(seal.signed_at),
            signer=signer,
        )
    else:
        said = console.text(
            "commands.answers.seal_recorded", number=submission.number, at=at, signer=signer
        )
    console.say(said)
    console.say(console.text("commands.answers.seal_intact"))


def read_value(given: str) -> str:
    """The value as given, or read from standard input when given as ``-``."""
    if given != "-":
        return given
    raw = sys.stdin.buffer.read()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError("commands.answers.stdin_not_utf8") from None
    # A final line break is how the value ends on a terminal or from echo, not part of it.
    return text.removesuffix("\n").removesuffix("\r")


def run_set(args: argparse.Namespace, context: Context) -> int:
    workbook, console = context.workbook, context.console
    lang: Lang = console.lang
    value: JSONValue
    given = read_value(args.value)
    if args.json:
        value = parse_json(given, stdin=args.value == "-")
        workbook.set_json(args.round, args.pointer, value, lang)
    else:
        value = workbook.set_text(args.round, args.pointer, given, lang)
    target = workbook.resolve(args.round, args.pointer, lang)
    shown = (
        display_value(target.question, value, lang)
        if target.column is not None or target.row is None
        else row_text(target.field, value, lang)  # a whole row, as show prints it
    )
    console.say(console.text("commands.answers.saved", pointer=target.pointer, value=shown))
    # Saved as on paper, but what is wrong with it is told at once, as the window does.
    for problem in workbook.problems(target.round.id):
        if problem.pointer == target.pointer or problem.pointer.startswith(f"{target.pointer}/"):
            console.warn(
                console.text("commands.answers.saved_with_problem", problem=problem.describe(lang))
            )
    return 0


def run_clear(args: argparse.Namespace, context: Context) -> int:
    workbook, console = context.workbook, context.console
    if workbook.remove(args.round, args.pointer, console.lang):
        console.say(console.text("commands.answers.cleared", pointer=args.pointer))
    else:
        console.say(console.text("commands.answers.nothing_to_clear", pointer=args.pointer))
    return 0


def print_problems(console: Console, rnd: Round, problems: list[Problem]) -> None:
    """The errors, then the warnings apart from them."""
    if not problems:
        console.say(console.text("commands.answers.valid", round=rnd.id))
        return
    errors = [p for p in problems if p.blocking]
    warnings = [p for p in problems if not p.blocking]
    if errors:
        console.say(console.text("commands.answers.problems", round=rnd.id, count=len(errors)))
        _print_list(console, errors)
    else:
        console.say(console.text("commands.answers.no_errors", round=rnd.id))
    if warnings:
        console.say(console.text("commands.answers.warnings", count=len(warnings)))
        _print_list(console, warnings, rnd.id)


def _print_list(console: Console, problems: list[Problem], round_id: str = "") -> None:
    lang = console.lang
    current = None
    for problem in problems:
        if problem.section_id != current:
            current = problem.section_id
            console.say(f"== {pick(problem.section.title, lang)} ==")
        check = f"  [{problem.rule_id}]" if problem.rule_id and not problem.blocking else ""
        console.say(f"  {problem.pointer}{check}\n      {problem.describe(lang)}")
        if problem.blocking:
            continue
        if problem.explanation is not None:
            console.say(console.text("commands.answers.explanation_line", text=problem.explanation))
        else:
            console.say(
                console.text("commands.answers.to_explain", round=round_id, pointer=problem.pointer)
            )


def run_validate(args: argparse.Namespace, context: Context) -> int:
    workbook, console = context.workbook, context.console
    rnd = workbook.round(args.round)
    problems = workbook.problems(rnd.id)
    print_problems(console, rnd, problems)
    return 1 if any(p.blocking or p.explanation is None for p in problems) else 0


def run_explain(args: argparse.Namespace, context: Context) -> int:
    workbook, console = context.workbook, context.console
    rnd = workbook.round(args.round)
    confirmed = workbook.explain(rnd.id, args.pointer, args.text, check=args.check)
    text = " ".join(args.text.split())
    for problem in confirmed:
        said = problem.describe(console.lang)
        if text:
            console.say(console.text("commands.answers.explained", message=said, text=text))
        else:
            console.say(console.text("commands.answers.withdrawn", message=said))
    return 0


def run_history(args: argparse.Namespace, context: Context) -> int:
    workbook, console = context.workbook, context.console
    rnd = workbook.round(args.round)
    lang = console.lang
    for entry in workbook.store.history(rnd.id, limit=args.limit):
        event = _round_event(rnd, entry.pointer, entry.old, entry.new, console, entry.source)
        if event is not None:
            at, actor = console.moment(entry.at), entry.actor
            console.say(console.text("commands.answers.history_event", at=at, actor=actor) + event)
            continue
        question, column = _question_at(rnd, entry.pointer)
        console.say(
            console.text(
                "commands.answers.history_line",
                # Stored in UTC; told as the official's clock showed it.
                at=console.moment(entry.at),
                actor=entry.actor,
                question=_where(question, column, entry.pointer, lang),
                pointer=entry.pointer,
                old=_short(_shown(question, column, entry.old, lang)),
                new=_short(_shown(question, column, entry.new, lang)),
            )
            + _copied(console, entry.source)
        )
    return 0


def _round_event(
    rnd: Round, pointer: str, old: object, new: object, console: Console, source: str | None = None
) -> str | None:
    """The round's own events told in words: a submission, a reopening for a correction, an
    explanation given or taken back; None for an answer's change."""
    try:
        parts = split_pointer(pointer)
    except PointerError:
        return None
    if parts == ["locked"] and source == CORRECTION_CANCELLED:
        return console.text("commands.answers.history_cancelled")
    if parts == ["locked"]:
        return console.text(
            "commands.answers.history_reopened"
            if new is False
            else "commands.answers.history_locked"
        )
    if len(parts) == 2 and parts[0] == "submissions" and parts[1].isdigit():
        return console.text("commands.answers.history_submitted", number=int(parts[1]))
    if len(parts) == 2 and parts[0] == EXPLANATIONS:
        _check, _, answer = parts[1].partition(":")
        question, column = _question_at(rnd, answer)
        where = _where(question, column, answer, console.lang)
        said, before = _explanation_text(new), _explanation_text(old)
        if said is None:
            return console.text("commands.answers.history_unexplained", question=where)
        return console.text(
            "commands.answers.history_explained",
            question=where,
            old="—" if before is None else before,
            text=said,
        )
    return None


def _explanation_text(value: object) -> str | None:
    said = value.get("text") if isinstance(value, dict) else None
    return _short(" ".join(said.split())) if isinstance(said, str) else None


def _copied(console: Console, source: str | None) -> str:
    """Where a copied answer came from: "2022-1#1" is told as "2022-1, lähetys 1"."""
    if not source:
        return ""
    if source == CORRECTION_CANCELLED:  # put back as the last submission holds it
        return console.text("commands.answers.put_back")
    undone = source.startswith("undo:")
    source = source.removeprefix("undo:")
    round_id, _, number = source.partition("#")
    told = (
        console.text("commands.answers.submission_n", round=round_id, number=number)
        if number
        else round_id
    )
    kind = "copy_undone" if undone else "copied_from"
    return console.text(f"commands.answers.{kind}", source=told)


def _question_at(rnd: Round, pointer: str) -> tuple[Field | None, Field | None]:
    """The question a history entry's pointer addresses, and its table column if any."""
    try:
        parts = split_pointer(pointer)
    except PointerError:
        return None, None
    section = rnd.section(parts[0]) if parts else None
    field = section.field(parts[1]) if section is not None and len(parts) > 1 else None
    column = field.column(parts[3]) if field is not None and len(parts) > 3 else None
    if field is not None and len(parts) == 3:
        return field, None  # a whole row
    return field, column


def _where(field: Field | None, column: Field | None, pointer: str, lang: Lang) -> str:
    if field is None:
        return pointer
    parts = [pick(field.label, lang)]
    row = split_pointer(pointer)[2:3]
    if row and row[0].isdigit():
        parts.append(f"{text('commands.answers.row', lang)} {int(row[0]) + 1}")
    if column is not None:
        parts.append(pick(column.label, lang))
    return ", ".join(parts)


def _shown(
    field: Field | None, column: Field | None, value: JSONValue | _Missing, lang: Lang
) -> str:
    """A value as the user chose it: the option's label, kyllä/ei, 15.2.2022, 1 250,5."""
    if isinstance(value, _Missing):
        return "—"
    question = column or field
    if question is None:
        return json.dumps(value, ensure_ascii=False)
    if field is not None and column is None and isinstance(value, dict):  # a whole row
        cells = "; ".join(
            f"{pick(c.label, lang)}: {display_value(c, value[c.key], lang)}"
            for c in field.columns
            if value.get(c.key) is not None
        )
        return cells or text("commands.answers.empty_row", lang)
    return display_value(question, value, lang)


def _short(text: str) -> str:
    return text if len(text) <= 60 else text[:57] + "..."

"""``copy-forward`` and the previous round's answers in ``show``."""

from __future__ import annotations

from desktop.commands.output import Console
from desktop.i18n import Lang, pick
from desktop.jsonvalue import JSONObject, JSONValue
from desktop.survey import Field, Kind, Section
from desktop.survey.values import display_value

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without loading typing (start-up time)
if TYPE_CHECKING:
    import argparse

    from desktop.commands.registry import Context
    from desktop.survey.previous_values import PreviousAnswers, Source


def source_line(console: Console, source: Source) -> str:
    if source.sent:
        return console.text(
            "commands.previous.source_sent",
            round=source.round_id,
            number=source.submission,
            at=console.moment(source.submitted_at),
        )
    if source.unverified:
        return console.text("commands.previous.source_unverified", round=source.round_id)
    return console.text("commands.previous.source_unsent", round=source.round_id)


def print_previous(
    console: Console,
    previous: PreviousAnswers,
    section: Section,
    question: Field,
    value: JSONValue | None,
) -> None:
    """The previous answer under a question of ``show``; a table's by row, and its rows
    that existed last time and are missing now."""
    if question.read_only:
        return  # the municipality: from the profile, never answered by hand
    lang = console.lang
    pointer = f"/{section.id}/{question.key}"
    said = previous.describe(pointer, lang)
    if said is None:
        return
    if question.kind is not Kind.TABLE:
        console.say(console.text("commands.previous.previous", answer=said))
        return
    rows = value if isinstance(value, list) else []
    if not previous.started(pointer, rows):
        # Not answered yet: the previous table as one line, copied whole or row by row.
        console.say(console.text("commands.previous.previous", answer=said))
        return
    for old in previous.missing_rows(pointer, rows):
        console.say(
            console.text(
                "commands.previous.missing_row",
                round=previous.source.label(lang),
                row=_cells(question, old, lang),
            )
        )


def print_previous_row(
    console: Console,
    previous: PreviousAnswers,
    pointer: str,
    table: Field,
    index: int,
    row: JSONValue,
) -> None:
    """Under a row of a table in ``show``: the previous row of the same key, where it differs."""
    from desktop.survey.lineage import row_key  # loaded with previous answers (start-up time)

    old = previous.row_for(pointer, row)
    if old is None or not isinstance(row, dict):
        return
    differs = any(old.get(c.key) != row.get(c.key) for c in table.columns if c.key in old)
    if differs:
        lang = console.lang
        cells = _cells(table, old, lang, skip=row_key(table))
        answer = f"{previous.source.label(lang)}: {cells}"
        console.say(console.text("commands.previous.previous_row", row=index, answer=answer))


def _cells(table: Field, row: JSONObject, lang: Lang, skip: str | None = None) -> str:
    return "; ".join(
        f"{pick(c.label, lang)}: {display_value(c, row[c.key], lang)}"
        for c in table.columns
        if row.get(c.key) is not None and c.key != skip
    )


def run_copy_forward(args: argparse.Namespace, context: Context) -> int:
    # Loaded when answers are copied, not when ``show`` prints the previous ones.
    from desktop.review.copying import Reason, copy_forward, undo_last_copy

    workbook, console = context.workbook, context.console
    rnd = workbook.round(args.round)
    if args.undo:
        copy, kept = undo_last_copy(workbook, rnd.id)
        console.say(
            console.text("commands.previous.undone", source=copy.source, count=copy.count - kept)
        )
        if kept:
            console.say(console.text("commands.previous.undone_kept", count=kept))
        return 0
    done = copy_forward(
        workbook,
        rnd.id,
        args.target,
        overwrite=args.overwrite,
        add_rows=args.add_rows,
        rows=args.row,
    )
    source = done.plan.source
    console.say(source_line(console, source))
    label = source.label(console.lang)
    if done.copy is None:
        console.say(console.text("commands.previous.nothing_copied", round=rnd.id, source=label))
    else:
        console.say(
            console.text(
                "commands.previous.copied", count=done.copy.count, round=rnd.id, source=label
            )
        )
    target = f"{args.target} " if args.target else ""
    for reason in Reason:
        pointers = [s.pointer for s in done.plan.skipped if s.reason is reason]
        if pointers:
            console.say(
                console.text(
                    f"commands.previous.skipped_{reason.value}",
                    count=len(pointers),
                    pointers=", ".join(pointers),
                    round=rnd.id,
                    target=target,
                )
            )
    return 0

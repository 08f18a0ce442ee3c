"""``compare A B``: two rounds, or two submissions of one round, side by side; and
``changes ROUND``: the questions that are new or changed since the previous round."""

from __future__ import annotations

import argparse
import csv
import io
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.commands.output import Console
from desktop.errors import UserError
from desktop.i18n import Lang, pick, text
from desktop.review.compare import Comparison, answers_for, compare
from desktop.review.compare_texts import detail_lines, file_name, shown, status_text, title
from desktop.survey import Round

if TYPE_CHECKING:
    from desktop.commands.registry import Context


class CompareOutputError(UserError):
    """A comparison file that cannot be written."""


def run_compare(args: argparse.Namespace, context: Context) -> int:
    console = context.console
    workbook = context.workbook
    comparison = compare(
        workbook.catalog, answers_for(workbook, args.a), answers_for(workbook, args.b)
    )
    if args.format == "pdf":
        from desktop.review.compare_pdf import render_comparison
        from desktop.review.history import histories

        data = render_comparison(
            comparison,
            lang=console.lang,
            history=histories(workbook, console.lang),
            register=workbook.register,
        )
        path = Path(args.out) if args.out else Path(file_name(args.a, args.b, console.lang))
        _write(path, data)
        console.say(console.text("commands.compare.written", path=path))
        return 0
    if args.format == "csv":
        text = comparison_csv(comparison, console)
        if args.out:
            _write(Path(args.out), text.encode("utf-8-sig"))  # a spreadsheet reads it as UTF-8
            console.say(console.text("commands.compare.written", path=args.out))
        else:
            console.out.write(text)
        return 0
    print_comparison(comparison, console)
    return 0


def _write(path: Path, data: bytes) -> None:
    try:
        path.write_bytes(data)
    except OSError as exc:
        raise CompareOutputError(
            "commands.compare.unwritable", path=str(path), reason=exc.strerror or str(exc)
        ) from exc


def print_comparison(comparison: Comparison, console: Console) -> None:
    lang = console.lang
    console.say(title(comparison, lang))
    for section in comparison.sections:  # one unchanged throughout is told by its count
        console.say(
            console.text(
                "review.compare.section",
                title=pick(section.title, lang),
                changed=len(section.changed),
                same=section.same,
            )
        )
        for difference in section.changed:
            console.say(f"  {difference.pointer}\n      {difference.question.title(lang)}")
            for line in detail_lines(difference, lang):
                console.say(f"      {line}")
    changed = len(comparison.changed)
    if changed:
        console.say(console.text("review.compare.summary", count=changed))
    else:
        console.say(console.text("review.compare.nothing_changed"))


def comparison_csv(comparison: Comparison, console: Console) -> str:
    """One line per changed answer (a table: per changed cell, added or removed row)."""
    lang = console.lang
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(console.text("commands.compare.csv_head").split(","))
    for section in comparison.sections:
        for d in section.changed:
            question = pick(d.question.label, lang)
            if d.rows:
                for row in d.rows:
                    for cell in row.cells:
                        writer.writerow(
                            [
                                section.id,
                                d.pointer,
                                question,
                                row.shown_key(lang),
                                pick(cell.column.label, lang),
                                status_text(row.status, lang),
                                shown(cell.column, cell.before, lang),
                                shown(cell.column, cell.after, lang),
                                *_numbers(cell.before, cell.after),
                            ]
                        )
                continue
            writer.writerow(
                [
                    section.id,
                    d.pointer,
                    question,
                    "",
                    "",
                    status_text(d.status, lang),
                    shown(d.question, d.before, lang),
                    shown(d.question, d.after, lang),
                    *_numbers(d.before, d.after),
                ]
            )
    return out.getvalue()


def _numbers(before: object, after: object) -> list[str]:
    """The difference and the per cent, as numbers a spreadsheet sorts and sums, however
    large (the text columns say a change past a hundredfold in words); either left empty
    when there is none to tell (a change from nothing has no per cent, and no column says
    inf or nan)."""
    from desktop.review.compare import difference_of, per_cent

    if not all(isinstance(v, int | float) and not isinstance(v, bool) for v in (before, after)):
        return ["", ""]
    delta = difference_of(before, after)  # type: ignore[arg-type]
    percent = per_cent(before, after)  # type: ignore[arg-type]
    return ["" if delta is None else f"{delta:g}", "" if percent is None else f"{percent:.1f}"]


def run_changes(args: argparse.Namespace, context: Context) -> int:
    """The questions new, reworded, moved, split, merged or removed since the previous round."""
    from desktop.survey.lineage import round_changes

    console, catalog = context.console, context.workbook.catalog
    lang = console.lang
    rnd = catalog.round(args.round)
    previous = rnd.previous or "–"
    console.say(f"{rnd.id}: " + text("survey.change.title", lang, previous=previous))
    changes = round_changes(rnd, catalog.rounds)
    if not changes:
        console.say(text("survey.change.none", lang, previous=previous))
        return 0
    older = catalog.rounds[rnd.previous] if rnd.previous else rnd
    current_section = None
    for change in changes:
        section_id = change.pointer.split("/")[1]
        if section_id != current_section:
            current_section = section_id
            section = rnd.section(section_id) or older.section(section_id)
            console.say(f"== {pick(section.title, lang) if section else section_id} ==")
        console.say(f"  {text(f'survey.change.{change.kind.value}', lang)}: {change.pointer}")
        for pointer, question in change.old:
            named = f" ({pointer})" if pointer != change.pointer else ""
            was = text("survey.change.was", lang)
            console.say(
                f"      {was}{named}: {_wording(older, pointer, question.title(lang), lang)}"
            )
        if change.new is not None:
            now = text("survey.change.now", lang)
            console.say(
                f"      {now}: {_wording(rnd, change.pointer, change.new.title(lang), lang)}"
            )
    return 0


def _wording(rnd: Round, pointer: str, title: str, lang: Lang) -> str:
    """A column's wording with its table's: "Toimitilat / Vuokra (€)"."""
    parts = pointer.split("/")
    if len(parts) == 4:
        section = rnd.section(parts[1])
        table = section.field(parts[2]) if section else None
        if table is not None:
            return f"{pick(table.label, lang)} / {title}"
    return title

"""``import``: a package exported on another computer kept as a past submission of its round.

The package is checked as ``verify`` checks it, and every check is printed;
a refused package is told with the check it failed and nothing is stored.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.untrusted import escape

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without loading typing (start-up time)
if TYPE_CHECKING:
    from desktop.commands.context import Arguments, Context


def arguments(a: Arguments) -> None:
    a.positional("file", "file", "a_file")
    a.parser.add_argument("--yes", action="store_true", help=a.h("yes"))


def run_import(args: argparse.Namespace, context: Context) -> int:
    from desktop.submission.importing import import_file

    console = context.console
    imported = import_file(context.workbook, Path(args.file), make_profile=bool(args.yes))
    for check in imported.verdict.checks:
        console.say(f"{console.mark(check.ok)} {check.message(console.lang)}")
    submission = imported.submission
    name = escape(Path(args.file).name)
    if imported.already:
        console.say(
            console.text(
                "commands.import.already",
                name=name,
                round=submission.round_id,
                number=submission.number,
            )
        )
        return 0
    if imported.profile_changed:
        municipality = imported.municipality
        shown = f"{municipality.name(console.lang)} ({municipality.code})"
        console.say(console.text("commands.import.profile_changed", municipality=shown))
    console.say(
        console.text(
            "commands.import.imported",
            name=name,
            round=submission.round_id,
            number=submission.number,
            at=console.moment(submission.submitted_at),
            fingerprint=submission.signer_fingerprint,
        )
    )
    if imported.followers:
        rounds = ", ".join(imported.followers)
        console.say(console.text("commands.import.previous_of", rounds=rounds))
    return 0

"""``export``, ``verify``, ``key``, ``submissions`` and ``correct``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.commands.output import Console
from desktop.commands.secrets import new_passphrase, open_with_passphrase
from desktop.errors import UserError
from desktop.i18n import pick
from desktop.paths import DataPaths
from desktop.signing.keys import OrganisationKey
from desktop.signing.keystore import create_key_file, import_pkcs12, load_key
from desktop.submission.readiness import Obstacle
from desktop.submission.service import Submissions
from desktop.survey.formatting import format_date
from desktop.survey.values import YES_WORDS
from desktop.untrusted import escape

if TYPE_CHECKING:
    from desktop.commands.context import Context
    from desktop.review.compare import SinceSent
    from desktop.signing.keys import Organisation
    from desktop.submission.exporting import ExportResult
    from desktop.submission.readiness import Readiness
    from desktop.submission.steps import Step


class SubmitError(UserError):
    """The command cannot do what was asked with this data folder."""


# -- export --------------------------------------------------------------------


def run_export(args: argparse.Namespace, context: Context) -> int:
    console = context.console
    service = Submissions(context.workbook)
    rnd = service.workbook.round(args.round)  # an unknown round is told before any passphrase
    after_closing = bool(args.yes)
    ready = service.readiness(rnd.id)
    closed = ready.closed
    # A round locked, or a correction that would send what was sent: nothing to summarise.
    if not args.draft and ready.first() not in (Obstacle.LOCKED, Obstacle.UNCHANGED):
        from desktop.review.compare import changed_since_sent  # a final export only

        print_summary(ready, console, changed_since_sent(service.workbook, rnd.id))
    if not args.draft:
        # What stops the export (a round already submitted and locked, problems) is told
        # before the late question and the passphrase: a wrong passphrase must not hide it.
        # The closing date waits for the question, a missing key for the key's own message.
        refused = ready.refusal(after_closing=True)
        if refused is not None and ready.first(after_closing=True) is not Obstacle.NO_KEY:
            raise refused
    if not args.draft and closed and not after_closing and _interactive():
        answer = _ask(
            console.text(
                "commands.submit.late_question", round=rnd.id, closes=format_date(rnd.closes)
            )
        )
        if answer.strip().casefold() not in YES_WORDS:
            console.warn(console.text("commands.submit.late_not_sent", round=rnd.id))
            return 2
        after_closing = True
    key = None
    if not args.draft:
        _check_key_here(service, context.paths)
        key = _open_key(context.paths, args.passphrase_file, console)

    def step(current: Step) -> None:
        console.warn(current.text(console.lang))

    result = service.export(
        args.round,
        Path(args.out),
        key=key,
        lang=console.lang,
        draft=args.draft,
        progress=step,
        after_closing=after_closing,
        new_key=bool(args.new_key),
    )
    _report_export(result, args.round, console)
    return 0


# How many items of each list the summary names (the rest are counted).
_SHOWN = 10


def print_summary(ready: Readiness, console: Console, since: SinceSent | None = None) -> None:
    """What a final export would send, before it goes: for a correction (``since``) the
    questions whose answers changed since the last submission, as the window lists them;
    the problems still to fix, the warnings confirmed with their explanations, the unusual
    changes, the optional questions left unanswered."""
    lang = console.lang
    console.say(console.text("commands.submit.summary_title", round=ready.round.id))
    if since is not None and since.changed:
        console.say(
            console.text(
                "commands.submit.summary_since", number=since.number, count=len(since.changed)
            )
        )
        for difference in since.changed[:_SHOWN]:
            console.say(f"  - {difference.question.title(lang)}")
        _more(console, len(since.changed))
    elif since is not None:
        # The same answers and the correction may go: explanations are what changed.
        same = (
            "commands.submit.summary_since_none"
            if ready.unchanged_since is not None
            else "commands.submit.summary_since_explanations"
        )
        console.say(console.text(same, number=since.number))
    lists = (
        ("to_fix", ready.to_fix),
        ("confirmed", ready.confirmed_warnings),
        ("changes", ready.unusual_changes),
    )
    said = False
    for name, problems in lists:
        if not problems:
            continue
        said = True
        console.say(console.text(f"commands.submit.summary_{name}", count=len(problems)))
        for problem in problems[:_SHOWN]:
            console.say(f"  - {problem.pointer}: {problem.message(lang)}")
            if problem.explanation is not None:
                explained = escape(problem.explanation)
                console.say(console.text("commands.submit.summary_explained", text=explained))
        _more(console, len(problems))
    optional = ready.unanswered_optional
    if optional:
        said = True
        console.say(console.text("commands.submit.summary_optional", count=len(optional)))
        for pointer, question in optional[:_SHOWN]:
            console.say(f"  - {pointer}: {question.title(lang)}")
        _more(console, len(optional))
    if not said:
        console.say(console.text("commands.submit.summary_clear"))


def _more(console: Console, count: int) -> None:
    if count > _SHOWN:
        console.say(console.text("commands.submit.summary_more", count=count - _SHOWN))


def _interactive() -> bool:
    """Whether someone at a terminal can answer a question (not a script, not a pipe)."""
    try:
        return sys.stdin is not None and sys.stdin.isatty()
    except (AttributeError, ValueError, OSError):
        return False


def _ask(question: str) -> str:
    try:
        return input(question)
    except EOFError:
        return ""


def _report_export(result: ExportResult, round_id: str, console: Console) -> None:
    if result.submission is None:
        console.say(console.text("commands.submit.draft_done", report=result.report))
        if result.to_fix:
            console.say(console.text("commands.submit.draft_problems", count=len(result.to_fix)))
        return
    console.say(
        console.text(
            "commands.submit.final_done",
            number=result.submission.number,
            round=round_id,
            package=result.package,
            report=result.report,
            fingerprint=result.fingerprint,
        )
    )


# -- key -------------------------------------------------------------------------


def run_key(args: argparse.Namespace, context: Context) -> int:
    store, console, paths = context.store, context.console, context.paths
    target = paths.key_store
    if args.key_command == "show":
        _check_key_here(Submissions(context.workbook), paths)
        key = _open_key(paths, args.passphrase_file, console)
        _tell_other_key(Submissions(context.workbook), key, console)
    elif args.key_command == "create":
        if args.organisation is not None:
            organisation = _named_organisation(args.organisation)
        elif store.profile() is None:
            raise SubmitError("commands.submit.no_profile_for_key")
        else:
            organisation = Submissions(context.workbook).organisation()
        passphrase = new_passphrase(args.passphrase_file, console)
        key = create_key_file(target, organisation, passphrase)
        if passphrase is None:
            console.warn(console.text("commands.submit.no_passphrase"))
        console.say(console.text("commands.submit.key_made"))
        _tell_other_key(Submissions(context.workbook), key, console)
    else:
        source = Path(args.file)
        key = open_with_passphrase(
            lambda phrase: import_pkcs12(source, target, phrase),
            source,
            args.passphrase_file,
            console,
        )
        _tell_other_key(Submissions(context.workbook), key, console)
    _show_key(key, target, console)
    return 0


def _check_key_here(service: Submissions, paths: DataPaths) -> None:
    """Refused, naming the key to bring, when the data folder has no key but its submissions
    were signed with one (a restore on a new computer: the key is not in the backup)."""
    if paths.key_store.exists():
        return
    earlier = service.earlier_key()
    if earlier is not None:
        raise SubmitError(
            "commands.submit.key_not_here",
            path=paths.key_store,
            name=paths.key_store.name,
            fingerprint=earlier.fingerprint,
            round=earlier.round_id,
            number=earlier.number,
        )


def _tell_other_key(service: Submissions, key: OrganisationKey, console: Console) -> None:
    """A key made or imported here that is not the earlier submissions' key: the receiver
    will have to register it."""
    changed = service.key_change(key)
    if changed is not None:
        console.warn(console.text("commands.submit.key_not_earlier", earlier=changed.fingerprint))


def _named_organisation(name: str) -> Organisation:
    """An organisation that is no municipality (the coordinator, an organiser), by its name."""
    from desktop.signing.keys import Organisation

    cleaned = " ".join(name.split())
    if not cleaned or len(cleaned) > _MAX_NAME or not cleaned.isprintable():
        raise SubmitError("commands.submit.bad_organisation", limit=_MAX_NAME)
    return Organisation(name=cleaned)


_MAX_NAME = 200


def _open_key(paths: DataPaths, source: str | None, console: Console) -> OrganisationKey:
    path = paths.key_store
    return open_with_passphrase(lambda phrase: load_key(path, phrase), path, source, console)


def _show_key(key: OrganisationKey, path: Path, console: Console) -> None:
    cert = key.certificate
    console.say(
        console.text(
            "commands.submit.key_show",
            path=path,
            subject=key.subject,
            start=format_date(cert.not_valid_before_utc),
            end=format_date(cert.not_valid_after_utc),
            fingerprint=key.fingerprint,
        )
    )


# -- submissions and corrections -------------------------------------------------


def run_submissions(args: argparse.Namespace, context: Context) -> int:
    console = context.console
    service = Submissions(context.workbook)
    round_id = service.workbook.round(args.round).id
    sent = service.sent(round_id)
    if not sent:
        console.say(console.text("commands.submit.no_submissions", round=round_id))
        return 0
    for each in sent:
        submission = each.submission
        console.say(
            console.text(
                "commands.submit.submission_line",
                number=submission.number,
                at=console.moment(submission.submitted_at),
                actor=each.sender,
                name=submission.package_name,
                package=submission.package_sha256,
                fingerprint=submission.signer_fingerprint,
            )
        )
    if service.store.is_locked(round_id):
        locked = console.text("commands.submit.locked", round=round_id, program=console.program)
        console.say(locked)
    else:
        console.say(
            console.text("commands.submit.correcting", number=service.next_number(round_id))
        )
    if args.out is not None:
        chosen = service.find(round_id, args.number)
        # The kept files are checked first: damaged ones are refused, nothing written.
        saved = service.save_again(chosen, Path(args.out))
        console.say(
            console.text(
                "commands.submit.saved_files",
                number=chosen.number,
                package=saved.package,
                package_sha256=saved.package_sha256,
                report=saved.report,
                report_sha256=saved.report_sha256,
            )
        )
    return 0


def run_correct(args: argparse.Namespace, context: Context) -> int:
    console = context.console
    service = Submissions(context.workbook)
    round_id = service.workbook.round(args.round).id
    if args.cancel:
        return _cancel_correction(service, round_id, console, yes=bool(args.yes))
    number = service.start_correction(round_id)
    if number is None:
        console.say(console.text("commands.submit.not_locked", round=round_id))
        return 0
    console.say(console.text("commands.submit.correction_started", round=round_id, number=number))
    return 0


def _cancel_correction(service: Submissions, round_id: str, console: Console, *, yes: bool) -> int:
    """``correct ROUND --cancel``: the round back as its last submission left it. What the
    correction changed is told first, and discarded only when confirmed (``--yes``, or at a
    terminal); a correction with nothing changed is cancelled at once."""
    found = service.correction_discarded(round_id)  # CancelRefused: exit 2, as any refusal
    if found is None:
        console.say(console.text("commands.submit.not_correcting", round=round_id))
        return 0
    if not found.nothing:
        if found.answers:
            console.say(console.text("commands.submit.cancel_answers", count=len(found.answers)))
            for section in found.sections:
                console.say(f"  - {pick(section.title, console.lang)}")
        if found.explanations:
            count = found.explanations
            console.say(console.text("commands.submit.cancel_explanations", count=count))
        if not yes:
            if not _interactive():
                console.warn(console.text("commands.submit.cancel_needs_yes"))
                return 2
            answer = _ask(console.text("commands.submit.cancel_question", number=found.number))
            if answer.strip().casefold() not in YES_WORDS:
                console.warn(console.text("commands.submit.cancel_declined"))
                return 2
    done = service.cancel_correction(round_id)
    if done is None:  # not being corrected any more (another program locked it)
        console.say(console.text("commands.submit.not_correcting", round=round_id))
        return 0
    console.say(
        console.text("commands.submit.correction_cancelled", round=round_id, number=done.number)
    )
    return 0

"""``export``, ``verify``, ``key``, ``submissions`` and ``correct``."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.commands.output import Console
from desktop.commands.secrets import new_passphrase, open_with_passphrase
from desktop.errors import UserError
from desktop.export.package import sender_of
from desktop.municipalities import Register
from desktop.paths import DataPaths
from desktop.signing.keys import Organisation, OrganisationKey
from desktop.signing.keystore import create_key_file, import_pkcs12, load_key
from desktop.storage import Store
from desktop.survey import RoundStatus
from desktop.survey.formatting import format_date, format_local_time
from desktop.survey.values import YES_WORDS
from desktop.workbook import AnswerTargetError, Workbook

if TYPE_CHECKING:
    from desktop.export.exporter import ExportResult


class SubmitError(UserError):
    pass  # FIXME


# -- export --------------------------------------------------------------------


def run_export(
    args: argparse.Namespace, workbook: Workbook, console: Console, paths: DataPaths
) -> int:
    # The report needs reportlab: loaded here, so `verify` starts without it.
    from desktop.export.exporter import Step, export_round

    rnd = workbook.round(args.round)  # an unknown round is told before any passphrase is asked
    after_closing = bool(args.yes)
    closed = rnd.status(date.today()) is RoundStatus.CLOSED
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
        key = _open_key(paths, args.passphrase_file, console)

    def step(current: Step) -> None:
        console.warn(console.text(f"commands.submit.step.{current}"))

    result = export_round(
        workbook,
        args.round,
        Path(args.out),
        key=key,
        lang=console.lang,
        draft=args.draft,
        progress=step,
        after_closing=after_closing,
    )
    _report_export(result, args.round, console)
    return 0


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
        if result.problems:
            console.say(console.text("commands.submit.draft_problems", count=len(result.problems)))
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


def run_key(args: argparse.Namespace, store: Store, console: Console, paths: DataPaths) -> int:
    target = paths.key_store
    if args.key_command == "show":
        key = _open_key(paths, args.passphrase_file, console)
    elif args.key_command == "create":
        profile = store.profile()
        if profile is None:
            raise SubmitError("commands.submit.no_profile_for_key")
        municipality = Register.load().get(profile.municipality_code)
        organisation = Organisation(
            name=municipality.name_fi,
            locality=municipality.name_fi,
            business_id=profile.business_id or None,
        )
        passphrase = new_passphrase(args.passphrase_file, console)
        key = create_key_file(target, organisation, passphrase)
        if passphrase is None:
            console.warn(console.text("commands.submit.no_passphrase"))
        console.say(console.text("commands.submit.key_made"))
    else:
        source = Path(args.file)
        key = open_with_passphrase(
            lambda phrase: import_pkcs12(source, target, phrase),
            source,
            args.passphrase_file,
            console,
        )
    _show_key(key, target, console)
    return 0


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


def run_submissions(args: argparse.Namespace, workbook: Workbook, console: Console) -> int:
    round_id = workbook.round(args.round).id
    store = workbook.store
    submissions = store.submissions(round_id)
    if not submissions:
        console.say(console.text("commands.submit.no_submissions", round=round_id))
        return 0
    for submission in submissions:
        console.say(
            console.text(
                "commands.submit.submission_line",
                number=submission.number,
                at=format_local_time(submission.submitted_at),
                # The contact person the signed package names; the account without one.
                actor=sender_of(store.submission_files(round_id, submission.number)[0])
                or submission.actor,
                name=submission.package_name,
                package=submission.package_sha256,
                fingerprint=submission.signer_fingerprint,
            )
        )
    if store.is_locked(round_id):
        console.say(console.text("commands.submit.locked", round=round_id))
    else:
        console.say(console.text("commands.submit.correcting", number=len(submissions) + 1))
    if args.out is not None:
        number = args.number or submissions[-1].number
        chosen = next((s for s in submissions if s.number == number), None)
        if chosen is None:
            raise SubmitError("commands.submit.no_submission", round=round_id, number=number)
        from desktop.export.exporter import save_submission

        package, report = save_submission(store, chosen, Path(args.out))
        console.say(
            console.text(
                "commands.submit.saved_files", number=number, package=package, report=report
            )
        )
    return 0


def run_correct(args: argparse.Namespace, workbook: Workbook, console: Console) -> int:
    round_id = workbook.round(args.round).id
    if workbook.profile() is None:
        raise AnswerTargetError("no_profile")
    store = workbook.store
    if not store.start_correction(round_id):
        console.say(console.text("commands.submit.not_locked", round=round_id))
        return 0
    number = len(store.submissions(round_id)) + 1
    console.say(console.text("commands.submit.correction_started", round=round_id, number=number))
    return 0

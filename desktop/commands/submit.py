"""``export``, ``verify``, ``key``, ``submissions`` and ``correct``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.commands.output import Console
from desktop.commands.secrets import new_passphrase, open_with_passphrase
from desktop.errors import UserError
from desktop.paths import DataPaths
from desktop.signing.keys import OrganisationKey
from desktop.signing.keystore import create_key_file, import_pkcs12, load_key
from desktop.submission.service import Submissions
from desktop.survey.formatting import format_date, format_local_time
from desktop.survey.values import YES_WORDS

if TYPE_CHECKING:
    from desktop.commands.registry import Context
    from desktop.submission.exporting import ExportResult
    from desktop.submission.steps import Step

TEXTS = {
    "draft_done": {
        "fi": "Luonnos (allekirjoittamaton, ei lähetetty): {report}",
        "sv": "Utkast (osignerat, inte inskickat): {report}",
        "en": "Draft (unsigned, not submitted): {report}",
    },
    "draft_problems": {
        "fi": "Luonnoksessa on {count} korjattavaa; ne on lueteltu raportin lopussa.",
        "sv": "Utkastet har {count} saker att rätta; de listas i slutet av rapporten.",
        "en": "The draft has {count} things to fix; they are listed at the end of the report.",
    },
    "late_question": {
        "fi": "Kierros {round} päättyi {closes}. Lähetetäänkö vastaukset silti myöhässä? [k/E] ",
        "sv": "Omgången {round} stängdes {closes}. Skickas svaren ändå för sent? [j/N] ",
        "en": "Round {round} closed on {closes}. Submit the answers late anyway? [y/N] ",
    },
    "late_not_sent": {
        "fi": "Kierrosta {round} ei lähetetty.",
        "sv": "Omgången {round} skickades inte in.",
        "en": "Round {round} was not submitted.",
    },
    "draft_problems_one": {
        "fi": "Luonnoksessa on 1 korjattava asia; se on mainittu raportin lopussa.",
        "sv": "Utkastet har 1 sak att rätta; den nämns i slutet av rapporten.",
        "en": "The draft has 1 thing to fix; it is named at the end of the report.",
    },
    "final_done": {
        "fi": "Lähetys {number} kierrokselle {round} on valmis ja kierros on lukittu.\n"
        "  Paketti:  {package}\n  Raportti: {report}\n  Avaimen sormenjälki: {fingerprint}\n"
        "Lähetä molemmat tiedostot ja kerro sormenjälki vastaanottajalle muuta kautta.",
        "sv": "Inskickning {number} för omgången {round} är klar och omgången är låst.\n"
        "  Paket:   {package}\n  Rapport: {report}\n  Nyckelns fingeravtryck: {fingerprint}\n"
        "Skicka båda filerna och meddela mottagaren fingeravtrycket på annat sätt.",
        "en": "Submission {number} of round {round} is ready and the round is locked.\n"
        "  Package: {package}\n  Report:  {report}\n  Key fingerprint: {fingerprint}\n"
        "Send both files and tell the receiver the fingerprint by other means.",
    },
    "key_show": {
        "fi": "Organisaatioavain: {path}\n  Nimi: {subject}\n  Voimassa: {start}–{end}\n"
        "  Sormenjälki: {fingerprint}",
        "sv": "Organisationsnyckel: {path}\n  Namn: {subject}\n  Giltig: {start}–{end}\n"
        "  Fingeravtryck: {fingerprint}",
        "en": "Organisation key: {path}\n  Name: {subject}\n  Valid: {start}–{end}\n"
        "  Fingerprint: {fingerprint}",
    },
    "key_made": {
        "fi": "Uusi avain on luotu. Kerro sormenjälki vastaanottajalle muuta kautta (esim. "
        "puhelimitse tai kirjeellä), jotta se voi luottaa allekirjoitukseesi.",
        "sv": "En ny nyckel har skapats. Meddela mottagaren fingeravtrycket på annat sätt (t.ex. "
        "per telefon eller brev) så att den kan lita på din underskrift.",
        "en": "A new key has been created. Tell the receiver the fingerprint by other means (e.g. "
        "by phone or letter) so that they can trust your signature.",
    },
    "no_passphrase": {
        "fi": "Huom: avaimella ei ole tunnuslausetta; sitä suojaavat vain tiedoston käyttöoikeudet.",
        "sv": "Obs: nyckeln har ingen lösenfras; den skyddas endast av filens behörigheter.",
        "en": "Note: the key has no passphrase; only the file's permissions protect it.",
    },
    "no_submissions": {
        "fi": "Kierrosta {round} ei ole lähetetty.",
        "sv": "Omgången {round} har inte skickats in.",
        "en": "Round {round} has not been submitted.",
    },
    "submission_line": {
        "fi": "{number}. {at}  {actor}  {name}\n   paketti SHA-256 {package}\n   "
        "sormenjälki {fingerprint}",
        "sv": "{number}. {at}  {actor}  {name}\n   paket SHA-256 {package}\n   "
        "fingeravtryck {fingerprint}",
        "en": "{number}. {at}  {actor}  {name}\n   package SHA-256 {package}\n   "
        "fingerprint {fingerprint}",
    },
    "locked": {
        "fi": "Kierros on lukittu; korjaus aloitetaan: tilannekuva correct {round}",
        "sv": "Omgången är låst; en rättelse påbörjas med: tilannekuva correct {round}",
        "en": "The round is locked; start a correction with: tilannekuva correct {round}",
    },
    "correcting": {
        "fi": "Kierros on auki korjausta varten; seuraava lähetys on numero {number}.",
        "sv": "Omgången är öppen för rättelse; nästa inskickning får nummer {number}.",
        "en": "The round is open for a correction; the next submission is number {number}.",
    },
    "saved_files": {
        "fi": "Lähetyksen {number} tiedostot tallennettu:\n  {package}\n  {report}",
        "sv": "Filerna för inskickning {number} har sparats:\n  {package}\n  {report}",
        "en": "The files of submission {number} were saved:\n  {package}\n  {report}",
    },
    "correction_started": {
        "fi": "Kierros {round} on avattu korjausta varten. Aiemmat lähetykset säilyvät. Korjaa "
        "vastaukset ja vie kierros uudelleen; siitä tulee lähetys {number}.",
        "sv": "Omgången {round} har öppnats för rättelse. Tidigare inskickningar bevaras. Rätta "
        "svaren och exportera omgången igen; det blir inskickning {number}.",
        "en": "Round {round} is open for a correction. Earlier submissions are kept. Correct the "
        "answers and export the round again; it becomes submission {number}.",
    },
    "not_locked": {
        "fi": "Kierros {round} ei ole lukittu; sitä voi muokata suoraan.",
        "sv": "Omgången {round} är inte låst; den kan redigeras direkt.",
        "en": "Round {round} is not locked; it can be edited directly.",
    },
}

_ERRORS = {
    "no_profile_for_key": {
        "fi": "Avain nimetään kunnan mukaan: valitse kunta ensin: tilannekuva profile "
        "--municipality KUNTANUMERO",
        "sv": "Nyckeln namnges efter kommunen: välj kommun först: tilannekuva profile "
        "--municipality KOMMUNNUMMER",
        "en": "The key is named after the municipality: choose it first: tilannekuva profile "
        "--municipality CODE",
    },
}


class SubmitError(UserError):
    catalog = _ERRORS


# -- export --------------------------------------------------------------------


def run_export(args: argparse.Namespace, context: Context) -> int:
    console = context.console
    service = Submissions(context.workbook)
    rnd = service.workbook.round(args.round)  # an unknown round is told before any passphrase
    after_closing = bool(args.yes)
    closed = service.readiness(rnd.id).closed
    if not args.draft and closed and not after_closing and _interactive():
        answer = _ask(
            console.text(TEXTS, "late_question", round=rnd.id, closes=format_date(rnd.closes))
        )
        if answer.strip().casefold() not in YES_WORDS:
            console.warn(console.text(TEXTS, "late_not_sent", round=rnd.id))
            return 2
        after_closing = True
    key = None
    if not args.draft:
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
        console.say(console.text(TEXTS, "draft_done", report=result.report))
        if result.problems:
            console.say(console.text(TEXTS, "draft_problems", count=len(result.problems)))
        return
    console.say(
        console.text(
            TEXTS,
            "final_done",
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
        key = _open_key(paths, args.passphrase_file, console)
    elif args.key_command == "create":
        if store.profile() is None:
            raise SubmitError("no_profile_for_key")
        organisation = Submissions(context.workbook).organisation()
        passphrase = new_passphrase(args.passphrase_file, console)
        key = create_key_file(target, organisation, passphrase)
        if passphrase is None:
            console.warn(console.text(TEXTS, "no_passphrase"))
        console.say(console.text(TEXTS, "key_made"))
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
            TEXTS,
            "key_show",
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
        console.say(console.text(TEXTS, "no_submissions", round=round_id))
        return 0
    for each in sent:
        submission = each.submission
        console.say(
            console.text(
                TEXTS,
                "submission_line",
                number=submission.number,
                at=format_local_time(submission.submitted_at),
                actor=each.sender,
                name=submission.package_name,
                package=submission.package_sha256,
                fingerprint=submission.signer_fingerprint,
            )
        )
    if service.store.is_locked(round_id):
        console.say(console.text(TEXTS, "locked", round=round_id))
    else:
        console.say(console.text(TEXTS, "correcting", number=service.next_number(round_id)))
    if args.out is not None:
        chosen = service.find(round_id, args.number)
        package, report = service.save_again(chosen, Path(args.out))
        console.say(
            console.text(TEXTS, "saved_files", number=chosen.number, package=package, report=report)
        )
    return 0


def run_correct(args: argparse.Namespace, context: Context) -> int:
    console = context.console
    service = Submissions(context.workbook)
    round_id = service.workbook.round(args.round).id
    number = service.start_correction(round_id)
    if number is None:
        console.say(console.text(TEXTS, "not_locked", round=round_id))
        return 0
    console.say(console.text(TEXTS, "correction_started", round=round_id, number=number))
    return 0

"""Exporting a round: the draft PDF, or the signed report and package recorded as a submission.

One function does the whole job for the command line and the window alike.
A final export is refused while the round has problems, and while it is
locked by an earlier submission (a correction must be started first). The
package is verified as a receiver would verify it before anything is
written; the files reach the output folder under temporary names, the
submission is recorded (the round locks), and only then do the files take
their names. If anything fails, nothing is recorded and no half-written file
is left behind.
"""

from __future__ import annotations

import errno
import os
import re
import secrets
import tempfile
import unicodedata
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Final, Protocol

from desktop.errors import UserError
from desktop.export.package import (
    REPORT_NAME,
    SURVEY_NAME,
    SurveyChecks,
    encode,
    exported_now,
    survey_document,
)
from desktop.export.report import render_report
from desktop.export.texts import text
from desktop.i18n import Lang
from desktop.jsonvalue import JSONObject
from desktop.municipalities import Municipality, Register
from desktop.signing.keys import OrganisationKey
from desktop.storage import Profile, Store, Submission
from desktop.survey import Catalog, Problem, Round, RoundStatus
from desktop.survey.explanations import Explanation, apply, unexplained
from desktop.survey.formatting import format_date
from desktop.survey.validation import blocking

PACKAGE_SUFFIX: Final = ".asice"
REPORT_SUFFIX: Final = ".pdf"

_CATALOG = {
    "no_profile": {
        "fi": "Kuntaa ei ole valittu. Valitse ensin: tilannekuva profile --municipality KUNTANUMERO",
        "sv": "Ingen kommun är vald. Välj först: tilannekuva profile --municipality KOMMUNNUMMER",
        "en": "No municipality is chosen. Choose first: tilannekuva profile --municipality CODE",
    },
    "unexplained_warnings": {
        "fi": "Kierrosta {round} ei voi lähettää: {count} huomautusta odottaa vahvistusta. Korjaa "
        "vastaus tai kerro lyhyesti, miksi se pitää paikkansa (tilannekuva explain {round} "
        'OSOITE "selitys").',
        "sv": "Omgången {round} kan inte skickas: {count} anmärkningar väntar på bekräftelse. "
        "Rätta svaret eller förklara kort varför det stämmer (tilannekuva explain {round} "
        'ADRESS "förklaring").',
        "en": "Round {round} cannot be submitted: {count} warnings wait for confirmation. Change "
        "the answer or say briefly why it is right (tilannekuva explain {round} POINTER "
        '"explanation").',
    },
    "unexplained_warnings_one": {
        "fi": "Kierrosta {round} ei voi lähettää: 1 huomautus odottaa vahvistusta. Korjaa "
        "vastaus tai kerro lyhyesti, miksi se pitää paikkansa (tilannekuva explain {round} "
        'OSOITE "selitys").',
        "sv": "Omgången {round} kan inte skickas: 1 anmärkning väntar på bekräftelse. "
        "Rätta svaret eller förklara kort varför det stämmer (tilannekuva explain {round} "
        'ADRESS "förklaring").',
        "en": "Round {round} cannot be submitted: 1 warning waits for confirmation. Change "
        "the answer or say briefly why it is right (tilannekuva explain {round} POINTER "
        '"explanation").',
    },
    "has_problems": {
        "fi": "Kierrosta {round} ei voi lähettää: vastauksissa on {count} korjattavaa. Korjaa ne "
        "(tilannekuva validate {round}) tai tee luonnos (--draft).",
        "sv": "Omgången {round} kan inte skickas: svaren har {count} saker att rätta. Rätta dem "
        "(tilannekuva validate {round}) eller gör ett utkast (--draft).",
        "en": "Round {round} cannot be submitted: the answers have {count} things to fix. Fix "
        "them (tilannekuva validate {round}) or make a draft (--draft).",
    },
    "has_problems_one": {
        "fi": "Kierrosta {round} ei voi lähettää: vastauksissa on 1 korjattava asia. Korjaa se "
        "(tilannekuva validate {round}) tai tee luonnos (--draft).",
        "sv": "Omgången {round} kan inte skickas: svaren har 1 sak att rätta. Rätta den "
        "(tilannekuva validate {round}) eller gör ett utkast (--draft).",
        "en": "Round {round} cannot be submitted: the answers have 1 thing to fix. Fix it "
        "(tilannekuva validate {round}) or make a draft (--draft).",
    },
    "closed": {
        "fi": "Kierros {round} päättyi {closes}. Lähetä myöhässä vain, jos vastaanottaja on "
        "luvannut ottaa vastauksen vielä vastaan: tilannekuva export {round} --yes",
        "sv": "Omgången {round} stängdes {closes}. Skicka för sent bara om mottagaren har lovat "
        "att ännu ta emot svaret: tilannekuva export {round} --yes",
        "en": "Round {round} closed on {closes}. Submit late only if the receiver has agreed to "
        "take the answer still: tilannekuva export {round} --yes",
    },
    "already_submitted": {
        "fi": "Kierros {round} on jo lähetetty ({count}. lähetys) ja lukittu. Jos vastauksia on "
        "korjattava, aloita korjaus: tilannekuva correct {round}",
        "sv": "Omgången {round} är redan inskickad (inskickning {count}) och låst. Om svaren ska "
        "rättas, börja en rättelse: tilannekuva correct {round}",
        "en": "Round {round} has already been submitted (submission {count}) and is locked. To "
        "change the answers, start a correction: tilannekuva correct {round}",
    },
    "no_key": {
        "fi": "Lopullinen vienti tarvitsee organisaation avaimen allekirjoitukseen. Luo se: "
        "tilannekuva key create",
        "sv": "Den slutliga exporten behöver organisationens nyckel för underskriften. Skapa den: "
        "tilannekuva key create",
        "en": "The final export needs the organisation key to sign. Create it: "
        "tilannekuva key create",
    },
    "folder_unwritable": {
        "fi": "Kansioon {folder} ei voi kirjoittaa: {reason}. Valitse toinen kansio; mitään ei "
        "viety eikä kierrosta merkitty lähetetyksi.",
        "sv": "Det går inte att skriva i mappen {folder}: {reason}. Välj en annan mapp; inget "
        "exporterades och omgången markerades inte som inskickad.",
        "en": "The folder {folder} cannot be written to: {reason}. Choose another folder; "
        "nothing was exported and the round was not marked as submitted.",
    },
    "folder_full": {
        "fi": "Kansion {folder} levy on täynnä. Vapauta levyltä tilaa tai valitse kansio toiselta "
        "levyltä (esimerkiksi muistitikulta); mitään ei viety eikä kierrosta merkitty lähetetyksi.",
        "sv": "Disken för mappen {folder} är full. Frigör utrymme eller välj en mapp på en annan "
        "disk (till exempel ett USB-minne); inget exporterades och omgången markerades inte som "
        "inskickad.",
        "en": "The disk of the folder {folder} is full. Free some space or choose a folder on "
        "another disk (a USB stick, say); nothing was exported and the round was not marked as "
        "submitted.",
    },
    "recorded_not_saved": {
        "fi": "Lähetys {number} on tallennettu, mutta tiedostoja ei voitu kirjoittaa kansioon "
        "{folder}: {reason}. Tallenna ne toiseen kansioon: tilannekuva submissions {round} "
        "--out KANSIO",
        "sv": "Inskickning {number} är sparad, men filerna kunde inte skrivas i mappen {folder}: "
        "{reason}. Spara dem i en annan mapp: tilannekuva submissions {round} --out MAPP",
        "en": "Submission {number} is recorded, but the files could not be written to the folder "
        "{folder}: {reason}. Save them to another folder: tilannekuva submissions {round} "
        "--out FOLDER",
    },
    "self_check": {
        "fi": "Tehty paketti ei läpäissyt omaa tarkistusta ({reason}). Mitään ei viety. Ilmoita "
        "tästä ohjelman ylläpitäjälle.",
        "sv": "Det skapade paketet klarade inte den egna kontrollen ({reason}). Inget "
        "exporterades. Meddela programmets underhållare.",
        "en": "The package made did not pass its own check ({reason}). Nothing was exported. "
        "Please report this to the program's maintainers.",
    },
}


class ExportError(UserError):
    catalog = _CATALOG


class Answers(Protocol):
    """What an export reads: ``desktop.workbook.Workbook`` (a layer above this one) is one."""

    store: Store
    catalog: Catalog

    def round(self, round_id: str) -> Round: ...
    def profile(self) -> Profile | None: ...
    def answers(self, round_id: str) -> dict[str, JSONObject]: ...
    def explanations(self, round_id: str) -> Mapping[str, Explanation]: ...
    def check(self, round_id: str, answers: dict[str, JSONObject]) -> list[Problem]: ...


class Step(StrEnum):
    """The steps of an export, reported to a progress callback as they start."""

    REPORT = "report"
    SIGN = "sign"
    PACKAGE = "package"
    CHECK = "check"
    SAVE = "save"


@dataclass(frozen=True)
class ExportResult:
    report: Path
    package: Path | None  # None for a draft
    submission: Submission | None  # None for a draft
    problems: tuple[Problem, ...]
    fingerprint: str | None


def export_round(
    workbook: Answers,
    round_id: str,
    folder: Path,
    *,
    key: OrganisationKey | None,
    lang: Lang,
    draft: bool = False,
    register: Register | None = None,
    generator_version: str | None = None,
    now: datetime | None = None,
    progress: Callable[[Step], None] | None = None,
    actor: str | None = None,
    today: date | None = None,
    after_closing: bool = False,
) -> ExportResult:
    """Export ``round_id`` into ``folder`` (created if missing).

    A draft is the report alone, unsigned and watermarked, allowed with
    problems and on a locked round. A final export needs ``key`` and a round
    without problems, and records a submission that locks the round.
    Signing runs pyHanko's own event loop: call this from a worker thread in
    the window.
    """
    from desktop import __version__

    report_step = progress or (lambda step: None)
    rnd = workbook.round(round_id)
    profile = workbook.profile()
    if profile is None:
        raise ExportError("no_profile")
    municipality = (register or Register.load()).get(profile.municipality_code)
    answers = workbook.answers(round_id)
    # On the answers just read, not a new read; warnings carry their explanations.
    problems = tuple(apply(workbook.check(round_id, answers), workbook.explanations(round_id)))
    store = workbook.store
    if not draft:
        if blocking(problems):
            raise ExportError("has_problems", round=round_id, count=len(blocking(problems)))
        waiting = unexplained(problems)
        if waiting:
            raise ExportError("unexplained_warnings", round=round_id, count=len(waiting))
        if store.is_locked(round_id):
            raise ExportError(
                "already_submitted", round=round_id, count=len(store.submissions(round_id))
            )
        # A late answer goes only when the user has said so (``after_closing``).
        if not after_closing and rnd.status(today or date.today()) is RoundStatus.CLOSED:
            raise ExportError("closed", round=round_id, closes=format_date(rnd.closes))
        if key is None:
            raise ExportError("no_key")
    _check_folder(folder)
    when = now or exported_now()
    version = generator_version or __version__
    base = file_stem(round_id, municipality)

    report_step(Step.REPORT)
    report = render_report(
        rnd,
        answers,
        profile,
        municipality,
        lang=lang,
        signer_name=_signer_name(profile, None if draft else key),
        fingerprint=None if draft or key is None else key.fingerprint,
        # Printed as the official's clock shows it; survey.json keeps UTC.
        generated_at=local_time(when),
        draft=draft,
        generator_version=version,
        problems=problems,
    )
    if draft:
        report_step(Step.SAVE)
        name = f"{base}_{text('watermark', lang).lower()}{REPORT_SUFFIX}"
        with _staged(folder, {name: report}) as staged:
            try:
                final = staged.publish(replace=True)
            except OSError as exc:
                raise _unwritable(folder, exc) from exc
        return ExportResult(final[name], None, None, problems, None)

    assert key is not None
    from desktop.signing import asice, pdfsign

    report_step(Step.SIGN)
    signed_report = pdfsign.sign_pdf(report, key)
    report_step(Step.PACKAGE)
    number = len(store.submissions(round_id)) + 1
    document = survey_document(
        rnd,
        answers,
        municipality,
        submission=number,
        generator_version=version,
        exported_at=when,
        problems=problems,
    )
    members = {SURVEY_NAME: encode(document), REPORT_NAME: signed_report}
    package = asice.build(members, key, when=when)

    report_step(Step.CHECK)
    checks = SurveyChecks(workbook.catalog, register)
    verdict = asice.verify(
        package,
        trusted={key.fingerprint},
        check_schemas=checks.schemas,
        check_answers=checks.answers,
    )
    if verdict.failure is not None:
        raise ExportError("self_check", reason=verdict.failure.message("en"))

    report_step(Step.SAVE)
    stem = f"{base}_{number}"
    names = {f"{stem}{PACKAGE_SUFFIX}": package, f"{stem}{REPORT_SUFFIX}": signed_report}
    with _staged(folder, names) as staged:
        submission = store.record_submission(
            round_id,
            package_name=f"{stem}{PACKAGE_SUFFIX}",
            package=package,
            report=signed_report,
            signer_fingerprint=key.fingerprint,
            actor=actor,
        )
        try:
            final = staged.publish(replace=False)
        except OSError as exc:
            raise ExportError(
                "recorded_not_saved",
                round=round_id,
                number=submission.number,
                folder=folder,
                reason=_reason(exc),
            ) from exc
    return ExportResult(
        final[f"{stem}{REPORT_SUFFIX}"],
        final[f"{stem}{PACKAGE_SUFFIX}"],
        submission,
        problems,
        key.fingerprint,
    )


def save_submission(store: Store, submission: Submission, folder: Path) -> tuple[Path, Path]:
    """Write the package and the report of a recorded submission into ``folder`` again."""
    package, report = store.submission_files(submission.round_id, submission.number)
    stem = Path(Path(submission.package_name).name).stem or f"{submission.round_id}"
    names = {f"{stem}{PACKAGE_SUFFIX}": package, f"{stem}{REPORT_SUFFIX}": report}
    _check_folder(folder)
    with _staged(folder, names) as staged:
        try:
            final = staged.publish(replace=False)
        except OSError as exc:
            raise _unwritable(folder, exc) from exc
    return final[f"{stem}{PACKAGE_SUFFIX}"], final[f"{stem}{REPORT_SUFFIX}"]


def local_time(moment: datetime) -> datetime:
    """``moment`` in the computer's own time zone."""
    return moment.astimezone()


def file_stem(round_id: str, municipality: Municipality) -> str:
    """``2022-1_211_kangasala``: round, code and the Finnish name in plain letters."""
    plain = unicodedata.normalize("NFKD", municipality.name_fi).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-") or "kunta"
    return f"{round_id}_{municipality.code}_{slug}"


def _signer_name(profile: Profile, key: OrganisationKey | None) -> str:
    """The contact person who exports; without one, the organisation the key names."""
    parts = [profile.contact_name.strip(), profile.contact_title.strip()]
    person = ", ".join(part for part in parts if part)
    if person or key is None:
        return person
    return key.organisation_name


def _reason(exc: OSError) -> str:
    return exc.strerror or type(exc).__name__


def _unwritable(folder: Path, exc: OSError) -> ExportError:
    """Why nothing could be written to ``folder``: a full disk is told as such."""
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return ExportError("folder_full", folder=folder)
    return ExportError("folder_unwritable", folder=folder, reason=_reason(exc))


def _check_folder(folder: Path) -> None:
    """Fail before the slow work if ``folder`` cannot take new files."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=folder, prefix=".tilannekuva-"):
            pass
    except OSError as exc:
        raise _unwritable(folder, exc) from exc


class _Staged:
    """Files written under temporary names in one folder, waiting to take their names."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.temporary: dict[str, Path] = {}

    def write(self, name: str, data: bytes) -> None:
        # Opened like any new file (not mkstemp's owner-only mode): the user sends these on.
        tmp = self.folder / f".{name}.{secrets.token_hex(6)}.tmp"
        with tmp.open("xb") as handle:
            self.temporary[name] = tmp
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())

    def publish(self, *, replace: bool) -> dict[str, Path]:
        """Give every file its name; an existing file is kept unless ``replace``."""
        final: dict[str, Path] = {}
        for name, tmp in self.temporary.items():
            target = self.folder / name
            if not replace:
                target = _free_name(target)
            tmp.replace(target)
            final[name] = target
        self.temporary.clear()
        return final

    def discard(self) -> None:
        for tmp in self.temporary.values():
            with suppress(OSError):
                tmp.unlink()
        self.temporary.clear()


@contextmanager
def _staged(folder: Path, files: dict[str, bytes]) -> Iterator[_Staged]:
    staged = _Staged(folder)
    try:
        try:
            for name, data in files.items():
                staged.write(name, data)
        except OSError as exc:
            raise _unwritable(folder, exc) from exc
        yield staged
    finally:
        staged.discard()


def _free_name(target: Path) -> Path:
    """``target``, or ``name (2).ext`` and so on when that file exists already."""
    candidate, number = target, 1
    while candidate.exists():
        number += 1
        candidate = target.with_name(f"{target.stem} ({number}){target.suffix}")
    return candidate

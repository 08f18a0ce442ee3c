"""Exporting a round: the draft PDF, or the signed report and package recorded as a submission.

One function does the whole job for the command line and the window alike.
A final export is refused while anything in ``Readiness`` stands in the way.
The package is verified as a receiver would verify it before anything is
written; the files reach the output folder under temporary names, the
submission is recorded (the round locks), and only then do the files take
their names. If anything fails, nothing is recorded and no half-written file
is left behind.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Final, Protocol

from desktop import oserrors
from desktop.collect.receiving import SurveyChecks
from desktop.export.package import REPORT_NAME, SURVEY_NAME, encode, exported_now, survey_document
from desktop.export.report import render_report
from desktop.i18n import Lang, text
from desktop.municipalities import Municipality
from desktop.storage import Profile, Submission
from desktop.storage.backup import backup_after_work
from desktop.submission import folder as files
from desktop.submission.refusals import ExportError
from desktop.submission.steps import Step
from desktop.survey import Catalog, Problem, Round
from desktop.survey.formatting import local
from desktop.survey.lineage import Change, round_changes

if TYPE_CHECKING:
    from desktop.jsonvalue import JSONObject
    from desktop.municipalities import Register
    from desktop.signing.keys import OrganisationKey
    from desktop.submission.kept_files import KeptFiles, Saved
    from desktop.submission.readiness import Readiness
    from desktop.workbook import Workbook

PACKAGE_SUFFIX: Final = ".asice"
REPORT_SUFFIX: Final = ".pdf"


class Submitter(Protocol):
    """What an export needs of the submission service (``service.Submissions``), named
    here so that the service, which calls this module, is not imported by it."""

    @property
    def workbook(self) -> Workbook: ...

    @property
    def register(self) -> Register: ...

    def profile(self) -> Profile: ...

    def municipality(self) -> Municipality: ...

    def readiness(
        self,
        round_id: str,
        *,
        today: date | None = None,
        answers: Mapping[str, JSONObject] | None = None,
        key: OrganisationKey | None = None,
    ) -> Readiness: ...


@dataclass(frozen=True)
class ExportResult:
    report: Path
    package: Path | None  # None for a draft
    submission: Submission | None  # None for a draft
    problems: tuple[Problem, ...]
    fingerprint: str | None

    @property
    def to_fix(self) -> tuple[Problem, ...]:
        """The problems that block a submission: warnings are to check, not to fix."""
        return tuple(p for p in self.problems if p.blocking)


def export_round(
    service: Submitter,
    round_id: str,
    folder: Path,
    *,
    key: OrganisationKey | None,
    lang: Lang,
    draft: bool = False,
    generator_version: str | None = None,
    now: datetime | None = None,
    progress: Callable[[Step], None] | None = None,
    actor: str | None = None,
    today: date | None = None,
    after_closing: bool = False,
    new_key: bool = False,
) -> ExportResult:
    """Export ``round_id`` into ``folder`` (created if missing); see ``Submissions.export``."""
    from desktop import __version__

    report_step = progress or (lambda step: None)
    workbook = service.workbook
    profile = service.profile()
    municipality = service.municipality()
    rnd = workbook.round(round_id)
    answers = workbook.answers(round_id)
    # On the answers just read, not a new read; warnings carry their explanations.
    readiness = service.readiness(round_id, today=today, answers=answers, key=key)
    problems = readiness.problems
    if not draft:
        refused = readiness.refusal(after_closing=after_closing)
        if refused is not None:
            raise refused
        if key is not None and not new_key:
            _check_same_key(workbook, round_id, key)
    files.check_folder(folder, files.DRAFT if draft else files.EXPORT)
    when = now or exported_now()
    version = generator_version or __version__
    base = file_stem(round_id, municipality)

    # A draft made during a correction (reopened after a submission) names the submission it
    # is the draft of; a first draft, or one of a sent round's answers, names none.
    correcting = readiness.next_number > 1 and not workbook.is_locked(round_id)
    number = readiness.next_number if not draft or correcting else None
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
        generated_at=local(when),
        draft=draft,
        generator_version=version,
        problems=problems,
        register=service.register,
        changes=_changes(workbook.catalog, rnd) if draft else None,
        submission=number,
    )
    if draft:
        report_step(Step.SAVE)
        name = f"{base}_{text('export.report.watermark', lang).lower()}{REPORT_SUFFIX}"
        final = files.write_all(folder, {name: report}, replace=True, saving=files.DRAFT)
        return ExportResult(final[name], None, None, problems, None)

    assert key is not None
    from desktop.signing import asice, pdfsign

    report_step(Step.SIGN)
    signed_report = pdfsign.sign_pdf(report, key)
    report_step(Step.PACKAGE)
    assert number is not None
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
    checks = SurveyChecks(workbook.catalog, service.register)
    verdict = asice.verify(
        package,
        trusted={key.fingerprint},
        check_schemas=checks.schemas,
        check_answers=checks.answers,
    )
    if verdict.failure is not None:
        raise ExportError("submission.refusal.self_check", reason=verdict.failure.message("en"))

    report_step(Step.SAVE)
    stem = f"{base}_{number}"
    names = {f"{stem}{PACKAGE_SUFFIX}": package, f"{stem}{REPORT_SUFFIX}": signed_report}
    with files.staged(folder, names) as staged:
        submission = workbook.store.record_submission(
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
                "submission.refusal.recorded_not_saved",
                round=round_id,
                number=submission.number,
                folder=folder,
                reason=oserrors.reason(exc),
            ) from exc
    # The day's backup taken again: it holds the submission from now on.
    store = workbook.store
    backup_after_work(store.connection, store.paths.backups, store.last_commit)
    return ExportResult(
        final[f"{stem}{REPORT_SUFFIX}"],
        final[f"{stem}{PACKAGE_SUFFIX}"],
        submission,
        problems,
        key.fingerprint,
    )


def _check_same_key(workbook: Workbook, round_id: str, key: OrganisationKey) -> None:
    """Refused when ``key`` is not the key the earlier submissions were signed with: the
    coordinator refuses a package signed by a key not registered for the municipality."""
    from desktop.submission.signers import key_change

    changed = key_change(workbook.store, key.fingerprint)
    if changed is not None:
        raise ExportError(
            "submission.refusal.new_key",
            round=round_id,
            fingerprint=key.fingerprint,
            earlier=changed.fingerprint,
            earlier_round=changed.round_id,
            earlier_number=changed.number,
        )


def save_files(kept: KeptFiles, folder: Path, municipality: Municipality) -> Saved:
    """Write the package and the report of a recorded submission into ``folder`` again: the
    kept files checked to be the ones submitted (``kept_files.kept_files``).

    They are named as the export names them, not after the stored package name: that may
    come from elsewhere (a received package's file) and be no file name on Windows. Each is
    told by the SHA-256 of the bytes written.
    """
    from desktop.digests import sha256_hex
    from desktop.submission.kept_files import Saved

    submission = kept.submission
    stem = f"{file_stem(submission.round_id, municipality)}_{submission.number}"
    package, report = f"{stem}{PACKAGE_SUFFIX}", f"{stem}{REPORT_SUFFIX}"
    names = {package: kept.package, report: kept.report}
    final = files.write_all(
        folder, names, replace=False, saving=files.saved_again(submission.number)
    )
    return Saved(
        final[package], final[report], sha256_hex(names[package]), sha256_hex(names[report])
    )


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


def _changes(catalog: Catalog, rnd: Round) -> tuple[Round, list[Change]] | None:
    """What a draft prints of what changed since the previous round (None without one)."""
    previous = catalog.rounds.get(rnd.previous) if rnd.previous else None
    if previous is None:
        return None
    return previous, round_changes(rnd, catalog.rounds)

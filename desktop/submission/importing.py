"""Importing a package exported on another computer as a past submission of its round.

The package is hostile until proven otherwise: it is checked exactly as
``tilannekuva verify`` checks a received package (``verify_received``), and
only a package that passes every check is kept. It must be this profile's
municipality's, unless the user confirms making its municipality the
profile's. It is then kept like a submission made here (the package and its
signed report, exactly as received), which locks its round and makes it the
"previous" answers of the round after it.

The same package imported again changes nothing. A round that already has a
submission here refuses another package: what was sent from here (or
imported before) stays the round's record, and a package that disagrees with
it is not silently made the "previous" answers; a correction of the round is
made and submitted here instead.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC
from pathlib import Path

from desktop.errors import UserError
from desktop.export.package import SURVEY_NAME
from desktop.i18n import Lang, text
from desktop.jsonvalue import JSONObject
from desktop.municipalities import Municipality
from desktop.signing.verdict import Verdict
from desktop.storage import Profile, Submission
from desktop.workbook import Workbook

REPORT_NAME = "report.pdf"


class ImportRefused(UserError):
    """A package that is not imported; nothing was stored."""


class PackageRefused(ImportRefused):
    """A package that fails a check of ``verify``: the first failed check is told."""

    def __init__(self, name: str, verdict: Verdict) -> None:
        self.verdict = verdict
        super().__init__("submission.import.refused", name=name)

    def message(self, lang: Lang) -> str:
        failure = self.verdict.failure
        reason = failure.message(lang).rstrip() if failure is not None else ""
        if reason and not reason.endswith((".", "!", "?", "…")):
            reason += "."  # a whole sentence before the one that follows it
        return text(self.key, lang, reason=reason, **self.values)


class OtherMunicipality(ImportRefused):
    """The package is another municipality's than the profile's (or there is no profile)."""

    def __init__(self, package: Municipality, profile: Municipality | None) -> None:
        self.package = package
        self.profile = profile
        key = "submission.import.no_profile" if profile is None else "submission.import.other"
        super().__init__(key, code=package.code)

    def message(self, lang: Lang) -> str:
        values = {"package": f"{self.package.name(lang)} ({self.package.code})"}
        if self.profile is not None:
            values["profile"] = f"{self.profile.name(lang)} ({self.profile.code})"
        return text(self.key, lang, **values)


@dataclass(frozen=True)
class Imported:
    """A package kept as a submission of its round (or found kept already)."""

    submission: Submission
    verdict: Verdict
    municipality: Municipality
    already: bool = False  # the same package was kept before: nothing changed
    profile_changed: bool = False
    # The rounds that read this round as their previous one.
    followers: tuple[str, ...] = ()


def import_file(
    workbook: Workbook,
    path: str | Path,
    *,
    make_profile: bool = False,
    actor: str | None = None,
) -> Imported:
    """Import the package at ``path``; ``ImportRefused`` (or a file error) and nothing stored."""
    from desktop.signing.received import read_received

    data = read_received(path)  # read once: what is checked is what is kept
    return import_package(workbook, data, Path(path).name, make_profile=make_profile, actor=actor)


def import_package(
    workbook: Workbook,
    data: bytes,
    name: str,
    *,
    make_profile: bool = False,
    actor: str | None = None,
) -> Imported:
    """Import the package ``data`` (its file name ``name``) as a past submission of its round.

    ``make_profile`` makes the package's municipality the profile's when it is
    not (the user confirmed it).
    """
    verdict = check_package(workbook, data, name)
    return keep_package(workbook, data, name, verdict, make_profile=make_profile, actor=actor)


def check_package(workbook: Workbook, data: bytes, name: str) -> Verdict:
    """Every check ``verify`` runs on a received package; ``PackageRefused`` at the first that
    fails. Reads no database: the window runs it off the UI thread."""
    from desktop.collect.receiving import verify_received

    verdict = verify_received(data, pdf=False, catalog=workbook.catalog, register=workbook.register)
    if not verdict.ok or verdict.package is None or verdict.fingerprint is None:
        raise PackageRefused(name, verdict)
    return verdict


def keep_package(
    workbook: Workbook,
    data: bytes,
    name: str,
    verdict: Verdict,
    *,
    make_profile: bool = False,
    actor: str | None = None,
) -> Imported:
    """Keep a package ``check_package`` accepted as a past submission of its round."""
    package = verdict.package
    assert package is not None and verdict.fingerprint is not None
    document = package.documents[SURVEY_NAME]
    assert isinstance(document, dict)  # the survey checks vouched for its shape
    round_id = str(document["round"])
    municipality = workbook.register.get(_code(document))
    store = workbook.store
    followers = tuple(
        rnd.id for rnd in workbook.catalog.ordered_rounds() if rnd.previous == round_id
    )

    digest = hashlib.sha256(data).hexdigest()
    kept = store.submissions(round_id)
    for submission in kept:
        if submission.package_sha256 == digest:
            return Imported(submission, verdict, municipality, already=True, followers=followers)

    profile = workbook.profile()
    changed = profile is None or profile.municipality_code != municipality.code
    if changed and not make_profile:
        current = None if profile is None else workbook.register.get(profile.municipality_code)
        raise OtherMunicipality(municipality, current)
    if kept:
        # The latest one kept is the round's answer: named by its number, as is the package's.
        raise ImportRefused(
            "submission.import.round_submitted",
            round=round_id,
            number=max(submission.number for submission in kept),
            package_number=document.get("submission"),
        )
    if changed:
        new = (
            Profile(municipality.code)
            if profile is None
            else profile.replace(municipality_code=municipality.code)
        )
        workbook.save_profile(new, actor=actor)
    submission = store.record_submission(
        round_id,
        package_name=name,
        package=data,
        report=package.members[REPORT_NAME],
        signer_fingerprint=verdict.fingerprint,
        actor=actor,
        submitted_at=_exported_at(document),
        # Its own number: a correction made here then follows it, as the coordinator ranks them.
        number=_number(document),
    )
    return Imported(submission, verdict, municipality, profile_changed=changed, followers=followers)


def _number(document: JSONObject) -> int | None:
    number = document.get("submission")
    return number if type(number) is int and number >= 1 else None


def _code(document: JSONObject) -> str:
    municipality = document["municipality"]
    assert isinstance(municipality, dict)
    return str(municipality["code"])


def _exported_at(document: JSONObject) -> str | None:
    """When the package was made, as the store writes times; None when it does not say, or
    says a time the store cannot hold (after the year 9999 in UTC): the import's own time."""
    from desktop.survey.formatting import read_moment

    try:
        moment = read_moment(str(document.get("exported_at", "")))
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        return moment.astimezone(UTC).isoformat(timespec="milliseconds")
    except (ValueError, OverflowError):
        return None

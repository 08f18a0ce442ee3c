"""A round's standing as lines to show: each municipality, each file, each county.

The window and the command line present these; what a status means is
decided here (and in ``desktop.collect.standing``), never in a view.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path

from desktop.collect.missing import Contact
from desktop.collect.printable import printable
from desktop.collect.records import Records
from desktop.collect.standing import REFUSED_STATUSES, Entry, Standing, Status
from desktop.errors import UserError
from desktop.i18n import Lang
from desktop.jsonvalue import JSONObject
from desktop.municipalities import Register


class Answer(StrEnum):
    """A municipality's state in the round."""

    COUNTED = "counted"
    REFUSED = "refused"  # only refused packages so far
    MISSING = "missing"


@dataclass(frozen=True)
class MunicipalityLine:
    code: str
    name: str
    county: str
    answer: Answer
    submission: int | None
    reason: str
    sha256: str | None  # the counted package, to open its answers
    contact: str = ""  # of a municipality that has not answered, from its last round


@dataclass(frozen=True)
class FileLine:
    path: str
    name: str
    code: str
    submission: int | None
    status: Status
    reason: str
    sha256: str | None  # a verified package, to open its answers
    # Another file holding the same package (whose line comes first): counted once, there.
    duplicate: bool = False


@dataclass(frozen=True)
class Summary:
    """The counts of a collected round, as the command line and the window both say them.

    Each package counts once, however many files hold it: the other files are
    ``duplicates``, so that ``files`` is the sum of the rest. ``counted`` is the
    municipalities whose answer counts, ``missing`` the others of the reform.
    """

    files: int
    counted: int
    missing: int
    replaced: int
    refused: int
    ignored: int
    other_round: int
    duplicates: int
    # The files recorded before that are no longer where they were (forgotten as collected).
    gone: int = 0


class _Duplicate(UserError):
    """A file holding a package already listed."""


def municipality_lines(
    result: Standing,
    register: Register,
    lang: Lang,
    contacts: Mapping[str, Contact] | None = None,
) -> list[MunicipalityLine]:
    """Every municipality of the reform (Åland left out), by county and name.

    ``contacts`` (``desktop.collect.missing``) gives whom to call where a
    municipality has not answered.
    """
    current = result.current()
    contacts = contacts or {}
    refused: dict[str, Entry] = {}
    for entry in result.entries:
        if entry.status in REFUSED_STATUSES and entry.code:
            refused[entry.code] = entry
    lines = []
    for m in sorted(register, key=lambda m: (m.wellbeing_area.code, m.name_fi)):
        if m.outside_reform:
            continue
        county = m.wellbeing_area.name(lang)
        if m.code in current and current[m.code].package is not None:
            package = current[m.code].package
            assert package is not None
            lines.append(
                MunicipalityLine(
                    m.code,
                    m.name(lang),
                    county,
                    Answer.COUNTED,
                    package.submission,
                    "",
                    package.sha256,
                )
            )
        elif m.code in refused:
            entry = refused[m.code]
            submission = entry.package.submission if entry.package else None
            reason = printable(entry.reason(lang))
            line = MunicipalityLine(
                m.code, m.name(lang), county, Answer.REFUSED, submission, reason, None
            )
            lines.append(line)
        else:
            lines.append(
                MunicipalityLine(m.code, m.name(lang), county, Answer.MISSING, None, "", None)
            )
    return [
        replace(line, contact=_contact_text(contacts[line.code]))
        if line.answer is not Answer.COUNTED and line.code in contacts
        else line
        for line in lines
    ]


def _contact_text(contact: Contact) -> str:
    parts = (contact.name, contact.title, contact.email, contact.phone)
    return printable(f"{', '.join(part for part in parts if part)} ({contact.round_id})")


def file_lines(result: Standing, lang: Lang) -> list[FileLine]:
    """A line for each file: the first file of a package with its status, each other file
    holding the same package as a duplicate of it."""
    lines = []
    for entry in result.entries:
        package = entry.package
        openable = package.sha256 if package is not None and package.ok else None
        first = printable(Path(entry.paths[0]).name)
        for index, path in enumerate(entry.paths):
            reason = entry.reason(lang)
            if index:
                reason = _Duplicate("collect.overview.duplicate", name=first).message(lang)
            lines.append(
                FileLine(
                    printable(path),
                    printable(Path(path).name),
                    printable(entry.code or ""),
                    package.submission if package is not None else None,
                    entry.status,
                    printable(reason, limit=2000),
                    openable,
                    duplicate=index > 0,
                )
            )
    return lines


def summarise(result: Standing, register: Register) -> Summary:
    """The counts of ``result``: each package once (see ``Summary``)."""
    counts = result.counts()
    current = result.current()
    return Summary(
        files=sum(len(entry.paths) for entry in result.entries),
        counted=counts.get(Status.CURRENT, 0),
        missing=sum(1 for m in register if not m.outside_reform and m.code not in current),
        replaced=counts.get(Status.REPLACED, 0),
        refused=sum(counts.get(status, 0) for status in REFUSED_STATUSES),
        ignored=counts.get(Status.IGNORED, 0),
        other_round=counts.get(Status.OTHER_ROUND, 0),
        duplicates=sum(len(entry.paths) - 1 for entry in result.entries),
        gone=len(result.gone),
    )


def package_answers(records: Records, sha256: str) -> tuple[str, str, JSONObject] | None:
    """(round, municipality code, answers) of a verified package, for reading."""
    text = records.survey(sha256)
    if text is None:
        return None
    document = json.loads(text)
    answers = document.get("answers")
    municipality = document.get("municipality", {})
    code = municipality.get("code", "") if isinstance(municipality, dict) else ""
    return str(document.get("round", "")), str(code), answers if isinstance(answers, dict) else {}

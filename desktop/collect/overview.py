"""A round's standing as lines to show: each municipality, each file, each county.

The window and the command line present these; what a status means is
decided here (and in ``desktop.collect.standing``), never in a view.
"""

from __future__ import annotations

import json
import re
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
    # Refused, known only by the name of a received file (the package did not tell whose).
    by_file_name: bool = False


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
    # Of the ``missing``, those whose received package was refused (``refused_municipalities``).
    refused_municipalities: int = 0


class _Duplicate(UserError):
    """A file holding a package already listed."""


class _RefusedByName(UserError):
    """A received file refused before its package told whose it is, named by its file name."""


# A municipality code in a file's name as the program writes it: 2022-1_211_kangasala_1.asice.
_NAMED_CODE = re.compile(r"(?:^|[_\-\s])(\d{3})(?=[_\-\s.]|$)")


def named_code(name: str, register: Register) -> str | None:
    """The municipality a received file's ``name`` names (``2022-1_837_tampere_1.asice``), when
    the register has it: a hint only, for a file whose package did not tell (a damaged zip)."""
    for found in _NAMED_CODE.finditer(name):
        if found.group(1) in register:
            return found.group(1)
    return None


@dataclass(frozen=True)
class RefusedFile:
    """A municipality's refused file: its entry, the file told (the one whose name names the
    municipality, when only a name tells whose), and whether only that name tells."""

    entry: Entry
    path: str
    by_file_name: bool


def refused_municipalities(result: Standing, register: Register) -> dict[str, RefusedFile]:
    """The municipalities with no counted package whose received file was refused, by code: a
    refused package that told its municipality, or else a refused file whose name names one
    (``named_code``). A hint of a name never outweighs what a package told."""
    current = result.current()
    refused: dict[str, RefusedFile] = {}
    for entry in result.entries:
        if entry.status in REFUSED_STATUSES and entry.code and entry.code not in current:
            refused[entry.code] = RefusedFile(entry, entry.paths[0], by_file_name=False)
    for entry in result.entries:
        if entry.status not in REFUSED_STATUSES or entry.code:
            continue
        for path in entry.paths:
            code = named_code(Path(path).name, register)
            if code is None or code in current or code in refused:
                continue
            if not register.get(code).outside_reform:
                refused[code] = RefusedFile(entry, path, by_file_name=True)
    return refused


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
    refused = refused_municipalities(result, register)
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
            entry, by_file_name = refused[m.code].entry, refused[m.code].by_file_name
            submission = entry.package.submission if entry.package else None
            reason = entry.reason(lang)
            if by_file_name:
                name = Path(refused[m.code].path).name
                told = _RefusedByName("collect.overview.refused_by_name", name=name)
                reason = f"{told.message(lang)} {reason}"
            line = MunicipalityLine(
                m.code,
                m.name(lang),
                county,
                Answer.REFUSED,
                submission,
                printable(reason, limit=2000),
                None,
                by_file_name=by_file_name,
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
    refused = refused_municipalities(result, register)
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
        refused_municipalities=sum(1 for code in refused if code in register),
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

"""The survey checks of a received package, and checking a received file as a whole.

A received package is first checked as a container by
``desktop.signing.asice.verify``; the two hooks of ``SurveyChecks`` then say
whether its ``survey.json`` (``desktop.export.package``) has the shape of one,
names schemas this program knows and holds valid answers. ``verify_file`` is
what ``tilannekuva verify``, ``collect`` and the window run on a file; the
export runs the same checks on a package it has just made.
"""

from __future__ import annotations

import dataclasses
import functools
import io
import json
import os
import zipfile
from collections.abc import Collection, Mapping, Sequence
from pathlib import Path
from typing import Any, Final

from desktop.collect.made_time import ReceivedPackageError, check_made
from desktop.export.package import SURVEY_NAME
from desktop.i18n import LANGS, InEachLang, Lang, Texts, joined, text
from desktop.jsonvalue import JSONObject, JSONValue
from desktop.municipalities import Register, UnknownMunicipality
from desktop.paths import schemas_dir
from desktop.signing.verdict import Check, CheckId, FileKind, Package, Verdict
from desktop.survey import (
    Catalog,
    Kind,
    Problem,
    Round,
    UnknownRound,
    shipped_catalog,
    validate_round,
)
from desktop.survey.validation import blocking

# How many problems a refused package names (the rest are counted), how many answers one
# problem names, and how long each named problem may be (a pointer names a received key).
_EXAMPLES: Final = 3
_NAMES: Final = 5
_EXAMPLE_LENGTH: Final = 300


class AnswersInvalid(ReceivedPackageError):
    """A received package's answers break their schemas; the first few are named."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__("collect.received.answers_invalid", count=len(problems))

    def message(self, lang: Lang) -> str:
        examples = "; ".join(
            _cut(f"{p.pointer}: {_few_named(p, lang).message(lang)}")
            for p in self.problems[:_EXAMPLES]
        )
        return text(self.key, lang, examples=examples, **self.values)


def _few_named(problem: Problem, lang: Lang) -> Problem:
    """``problem`` naming at most a few of the answers it is about, the rest counted (an
    answer to 60 000 questions the form does not have would name them all)."""
    names = problem.params.get("name")
    if not isinstance(names, str):
        return problem
    listed = names.split(", ")
    if len(listed) <= _NAMES:
        return problem
    shown = ReceivedPackageError(
        "collect.received.and_more", names=", ".join(listed[:_NAMES]), count=len(listed) - _NAMES
    ).message(lang)
    return problem.replace(params={**problem.params, "name": shown})


def _cut(example: str) -> str:
    return example if len(example) <= _EXAMPLE_LENGTH else example[:_EXAMPLE_LENGTH] + "…"


def sender_of(package: bytes) -> str:
    """The contact person a package we exported names (Background's respondent, with the
    title): who sent it, as the receiver reads it. Empty when it names none."""
    from desktop.storage import CONTACT_ANSWERS  # (the answers database: when asked)

    try:
        with zipfile.ZipFile(io.BytesIO(package)) as archive:
            document = json.loads(archive.read(SURVEY_NAME))
        answers = document["answers"]
    except (OSError, KeyError, ValueError, TypeError, zipfile.BadZipFile):
        return ""
    parts = []
    for pointer in list(CONTACT_ANSWERS)[:2]:  # the name and the title
        _, section, key = pointer.split("/")
        value = answers.get(section, {}).get(key) if isinstance(answers, dict) else None
        if isinstance(value, str) and value.strip():
            parts.append(value.strip())
    return ", ".join(parts)


@functools.cache
def _format_validator() -> Any:
    from desktop.survey.schema_engine import jsonschema_rs

    schema = json.loads((schemas_dir() / "meta" / "package.schema.json").read_text("utf-8"))
    return jsonschema_rs.validator_for(schema, validate_formats=True)


def check_format(document: JSONValue) -> JSONObject:
    """``document`` if it has the shape of ``survey.json``; the first deviation otherwise."""
    for error in _format_validator().iter_errors(document):
        pointer = "/" + "/".join(str(part) for part in error.instance_path)
        reason = error.message[:300].rstrip().rstrip(".")  # the message ends the sentence
        raise ReceivedPackageError("collect.received.format", pointer=pointer, reason=reason)
    assert isinstance(document, dict)
    return document


class SurveyChecks:
    """The survey checks of a received package, as hooks for ``asice.verify``.

    ``schemas`` must run before ``answers`` (``asice.verify`` runs them in
    that order and stops at the first failure).
    """

    def __init__(self, catalog: Catalog, register: Register | None = None) -> None:
        self.catalog = catalog
        self.register = register

    def schemas(self, package: Package) -> None:
        document = check_format(package.documents.get(SURVEY_NAME))
        rnd = self._round(document)
        check_made(str(document["exported_at"]), rnd, package.signed_at)
        listed = {(str(e["section"]), str(e["id"])): str(e["sha256"]) for e in _entries(document)}
        for (_, schema_id), digest in listed.items():
            section = self.catalog.sections.get(schema_id)
            if section is None:
                raise ReceivedPackageError("collect.received.unknown_schema", id=schema_id)
            if section.sha256 != digest:
                raise ReceivedPackageError(
                    "collect.received.schema_changed",
                    id=schema_id,
                    given=digest[:12],
                    known=section.sha256[:12],
                )
        expected = {(section.id, section.schema_id) for section in rnd.sections}
        given = rnd.as_given(dict(listed.keys()))  # an earlier published version is fine too
        if given is not None:
            expected = {(section.id, section.schema_id) for section in given.sections}
        if set(listed) != expected or len(listed) != len(_entries(document)):
            raise ReceivedPackageError(
                "collect.received.schemas_differ",
                round=rnd.id,
                missing=", ".join(sorted(s for _, s in expected - set(listed))) or "–",
                extra=", ".join(sorted(s for _, s in set(listed) - expected)) or "–",
            )

    def answers(self, package: Package) -> None:
        document = check_format(package.documents.get(SURVEY_NAME))
        rnd = self._round(document)
        # Checked with the schemas the answers were given with (``schemas`` vouched for them).
        listed = {str(e["section"]): str(e["id"]) for e in _entries(document)}
        rnd = rnd.as_given(listed) or rnd
        answers: dict[str, JSONObject] = {}
        raw = document["answers"]
        assert isinstance(raw, dict)
        for key, value in raw.items():
            if rnd.section(key) is None:
                raise ReceivedPackageError(
                    "collect.received.unknown_section", section=key, round=rnd.id
                )
            assert isinstance(value, dict)
            answers[key] = value
        # What travels beside the answers belongs to the round's own sections too.
        named = list(_as_dict(document.get("computed")))
        for entry in _as_list(document.get("explanations")):
            if isinstance(entry, dict):
                named.append(str(entry.get("pointer", "")).split("/")[1])
        for section_id in named:
            if rnd.section(section_id) is None:
                raise ReceivedPackageError(
                    "collect.received.unknown_section", section=section_id, round=rnd.id
                )
        # And each explanation is about a question of the round (a warning's pointer: a
        # question, or a table's cell), or it would be listed about nothing.
        for entry in _as_list(document.get("explanations")):
            pointer = str(entry.get("pointer", "")) if isinstance(entry, dict) else ""
            if not _names_question(rnd, pointer):
                raise ReceivedPackageError(
                    "collect.received.explanation_pointer", pointer=pointer, round=rnd.id
                )
        municipality = document["municipality"]
        assert isinstance(municipality, dict)
        code, name = str(municipality["code"]), str(municipality["name"])
        self._check_municipality(code, name)
        for section in rnd.sections:
            for field in section.fields:
                answered = answers.get(section.id, {}).get(field.key)
                if field.kind is Kind.MUNICIPALITY and answered is not None and answered != code:
                    raise ReceivedPackageError(
                        "collect.received.municipality_mismatch", code=code, answered=answered
                    )
            # The report leaves out what the form hides; signed data that holds it would say
            # more than the signed report does.
            given = answers.get(section.id, {})
            hidden = sorted((set(given) & section.follow_ups) - section.visible_keys(given))
            if hidden:
                raise ReceivedPackageError(
                    "collect.received.hidden_answer", pointer=f"/{section.id}/{hidden[0]}"
                )
        problems = blocking(validate_round(rnd, answers))  # warnings travel, explained or not
        if problems:
            raise AnswersInvalid(problems)

    def _round(self, document: JSONObject) -> Round:
        round_id = str(document["round"])
        try:
            return self.catalog.round(round_id)
        except UnknownRound:
            raise ReceivedPackageError("collect.received.unknown_round", round=round_id) from None

    def _check_municipality(self, code: str, name: str) -> None:
        if self.register is None:
            return
        try:
            known = self.register.get(code)
        except UnknownMunicipality:
            raise ReceivedPackageError("collect.received.unknown_municipality", code=code) from None
        names = {known.name_fi, known.name_sv, *known.names_sami.values()}
        if name not in names:
            raise ReceivedPackageError(
                "collect.received.municipality_name", code=code, name=name, known=known.names()
            )


def _names_question(rnd: Round, pointer: str) -> bool:
    """Whether ``pointer`` names a question of ``rnd`` (``/section/question``) or a cell of
    one of its tables (``/section/table/row/column``), as a warning's pointer does."""
    from desktop.jsonvalue import PointerError, split_pointer

    try:
        parts = split_pointer(pointer)
    except PointerError:
        return False
    section = rnd.section(parts[0]) if len(parts) in (2, 4) else None
    field = section.field(parts[1]) if section is not None else None
    if field is None:
        return False
    if len(parts) == 2:
        return True
    row, column = parts[2], parts[3]
    canonical = row.isdigit() and row.isascii() and (row == "0" or not row.startswith("0"))
    return canonical and field.column(column) is not None


def verify_received(
    data: bytes,
    *,
    pdf: bool,
    catalog: Catalog,
    register: Register | None = None,
    trusted: Collection[str] | None = None,
    registered: Mapping[str, Collection[str]] | None = None,
    registered_only: bool = False,
) -> Verdict:
    """Every check of a received package (or, with ``pdf``, of a signed report alone).

    ``trusted`` is a list of fingerprints given for this check: a signer not on it fails.
    A package is also compared with ``registered``, the coordinator's trust register
    (fingerprints by municipality code), when the municipality it speaks for has a key
    registered there: another key fails, on the list or not, and so does a key the register
    holds for another municipality only; such a package fails before its answers are
    checked. With ``registered_only`` (collecting, with a register in use), a signer not
    registered for the package's municipality fails so too, whether the municipality has
    a key registered or not: such a package cannot count, and its answers are never read.
    """
    from desktop.signing import asice, pdfsign

    if pdf:
        return pdfsign.verify_pdf(data, trusted=trusted)
    checks = SurveyChecks(catalog, register)
    signer = None
    if registered:
        signer = functools.partial(
            _signer_registered,
            registered=registered,
            register=register,
            only=registered_only,
            on_list=trusted is not None,
        )
    verdict = asice.verify(
        data,
        trusted=trusted,
        check_schemas=checks.schemas,
        check_answers=checks.answers,
        check_signer=signer,
    )
    if registered:  # a list given adds a condition; it never overrides the register
        verdict = against_register(verdict, registered, register)
    return verdict


def municipality_of(verdict: Verdict) -> tuple[str, str] | None:
    """The code and the name of the municipality a verified package speaks for."""
    return _municipality_in(verdict.package) if verdict.package else None


def _municipality_in(package: Package) -> tuple[str, str] | None:
    document = package.documents.get(SURVEY_NAME)
    municipality = document.get("municipality") if isinstance(document, dict) else None
    if not isinstance(municipality, dict):
        return None
    return str(municipality.get("code", "")), str(municipality.get("name", ""))


def _signer_registered(
    package: Package,
    *,
    registered: Mapping[str, Collection[str]],
    register: Register | None,
    only: bool,
    on_list: bool,
) -> Check | None:
    """The failed check of a package whose signer the register does not hold for its
    municipality (with ``only``: also when the register knows neither), said before its
    answers are read; None to go on. ``on_list``: a trusted list was given, so the signer
    is on it (or the package would have failed already)."""
    found = _municipality_in(package)
    if found is None:
        return None  # not the shape of survey.json: the format check says so, cheaply
    code, name = found
    if register is not None and code not in register:
        return None  # the answers check says so, before reading the answers
    fingerprint = package.fingerprint
    check = _register_check(fingerprint, on_list, code, name, registered, register)
    if check is not None and check.ok:
        return None
    if only:
        # Collecting: said as a package that does not count is said ("Signer not confirmed").
        said: InEachLang | str = register.get(code).names() if register is not None else name
        held = _holders(fingerprint, registered, register)
        values = {"name": said, "code": code, "fingerprint": fingerprint}
        if registered.get(code) or not held:
            key = "other_key" if registered.get(code) else "no_key"
            error = ReceivedPackageError(f"collect.standing.{key}", **values)
        else:
            error = ReceivedPackageError(
                "collect.received.key_of_another", name=said, code=code, held=joined(held)
            )
        told: Texts = {lang: error.message(lang) for lang in LANGS}
    elif check is not None:
        told = check.texts
    else:
        return None  # verify: a municipality the register knows nothing of is "not confirmed"
    note = ReceivedPackageError("collect.received.answers_not_checked")
    return Check(
        CheckId.TRUSTED, False, {lang: f"{told[lang]} {note.message(lang)}" for lang in LANGS}
    )


def against_register(
    verdict: Verdict, registered: Mapping[str, Collection[str]], register: Register | None
) -> Verdict:
    """``verdict`` with the signer compared with the register: the key registered for its
    municipality, and the municipalities the signer's key is registered for (a key confirms
    only those). Unchanged when the package failed a check, or when the register knows
    neither its municipality nor its key."""
    found = municipality_of(verdict) if verdict.ok else None
    if found is None:
        return verdict
    code, name = found
    on_list = verdict.signer_confirmed
    check = _register_check(verdict.fingerprint, on_list, code, name, registered, register)
    if check is None:
        return verdict
    return dataclasses.replace(verdict, checks=(*verdict.checks, check))


def _register_check(
    fingerprint: str | None,
    on_list: bool,
    code: str,
    name: InEachLang | str,
    registered: Mapping[str, Collection[str]],
    register: Register | None,
) -> Check | None:
    """The register's word on a package of ``code`` signed by ``fingerprint``; None when
    the register knows neither the municipality nor the key."""
    keys = registered.get(code)
    held = _holders(fingerprint, registered, register)
    if not keys and not held:
        return None
    if register is not None and code in register:
        name = register.get(code).names()
    if keys and fingerprint in keys:
        note = ReceivedPackageError("collect.received.registered_key", name=name, code=code)
        return Check(CheckId.TRUSTED, True, {lang: note.message(lang) for lang in LANGS})
    if keys:
        return _other_key(fingerprint, on_list, code, name, registered, held)
    error = ReceivedPackageError(
        "collect.received.key_of_another", name=name, code=code, held=joined(held)
    )
    return Check.failed(CheckId.TRUSTED, error)


def _holders(
    fingerprint: str | None, registered: Mapping[str, Collection[str]], register: Register | None
) -> list[InEachLang | str]:
    """The municipalities the register holds ``fingerprint`` for, as "Name (code)"."""
    return [
        register.named(code) if register is not None else f"{code} ({code})"
        for code, keys in sorted(registered.items())
        if fingerprint in keys
    ]


def _other_key(
    fingerprint: str | None,
    on_list: bool,
    code: str,
    name: InEachLang | str,
    registered: Mapping[str, Collection[str]],
    held: list[InEachLang | str],
) -> Check:
    """The failed check of a package signed by a key other than its municipality's: said
    plainly when a trusted list given vouched for the signer, and naming the municipalities
    the register holds this key for."""
    error = ReceivedPackageError(
        "collect.received.trusted_other_key" if on_list else "collect.received.other_key",
        name=name,
        code=code,
        fingerprint=fingerprint,
        registered=", ".join(sorted(registered[code])),
    )
    note = ReceivedPackageError("collect.received.key_held_for", held=joined(held))
    texts: dict[str, str] = {
        lang: error.message(lang) + (" " + note.message(lang) if held else "") for lang in LANGS
    }
    return Check(CheckId.TRUSTED, False, texts)


def kind_by_name(path: str | os.PathLike[str]) -> FileKind | None:
    """What a received file's name says it is: a package, a report, or nothing known."""
    suffix = Path(path).suffix.lower()
    return {".asice": FileKind.PACKAGE, ".pdf": FileKind.REPORT}.get(suffix)


def verify_file(
    path: str | os.PathLike[str],
    *,
    trusted: Collection[str] | None = None,
    catalog: Catalog | None = None,
    register: Register | None = None,
    registered: Mapping[str, Collection[str]] | None = None,
) -> Verdict:
    """Every check of the received file at ``path``, as what its name says it is.

    A ``.asice`` file is checked as a package and a ``.pdf`` file as a signed
    report, whatever it holds (a PDF named ``.asice`` is refused as "a
    report, not a package"); a file with another name is checked as what it
    starts with. Never raises for anything the file holds or is: a missing
    file, a folder or a pipe is a verdict too. The arguments pickle, so a
    process pool can call it; the shipped survey and the register (of a
    ``Desk`` with no added rounds) are loaded once per process when not given.
    """
    from desktop.collect.desk import Desk
    from desktop.signing.received import ReceivedFileError, read_received

    kind = kind_by_name(path)
    try:
        data = read_received(path)
    except ReceivedFileError as error:
        return Verdict((Check.failed(CheckId.FILE, error),), kind=kind or FileKind.PACKAGE)
    if kind is None:
        kind = FileKind.REPORT if data.startswith(b"%PDF-") else FileKind.PACKAGE
    return verify_received(
        data,
        pdf=kind is FileKind.REPORT,
        catalog=catalog if catalog is not None else shipped_catalog(),
        register=register if register is not None else Desk().register,
        trusted=trusted,
        registered=registered,
    )


def _as_dict(value: JSONValue | None) -> JSONObject:
    return value if isinstance(value, dict) else {}


def _as_list(value: JSONValue | None) -> list[JSONValue]:
    return value if isinstance(value, list) else []


def _entries(document: JSONObject) -> list[Mapping[str, JSONValue]]:
    entries = document["schemas"]
    assert isinstance(entries, list)
    return [entry for entry in entries if isinstance(entry, dict)]

"""The survey checks of a received package: soundly signed, but not the survey it claims to be."""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import UTC, datetime

import pytest

from desktop.collect.receiving import verify_received
from desktop.export.package import encode, survey_document
from desktop.export.report import render_report
from desktop.jsonvalue import JSONObject
from desktop.municipalities import Register
from desktop.signing import asice, pdfsign
from desktop.signing.keys import Organisation, OrganisationKey, create_key
from desktop.signing.verdict import CheckId
from desktop.storage import Profile
from desktop.survey import shipped_catalog
from tests.test_export import ROUND

WHEN = datetime(2022, 2, 1, 9, 30, tzinfo=UTC)
Change = Callable[[JSONObject], None]


@pytest.fixture(scope="module")
def key() -> OrganisationKey:
    return create_key(Organisation("Kangasala"))


@pytest.fixture(scope="module")
def document() -> JSONObject:
    from desktop.commands.demo import demo_answers

    rnd = shipped_catalog().round(ROUND)
    answers = demo_answers(ROUND)["answers"]
    answers["background"]["municipality"] = "211"
    return survey_document(
        rnd,
        answers,
        Register.load().get("211"),
        submission=1,
        generator_version="test",
        exported_at=WHEN,
    )


@pytest.fixture(scope="module")
def signed_report(key: OrganisationKey, document: JSONObject) -> bytes:
    rnd = shipped_catalog().round(ROUND)
    answers = document["answers"]
    assert isinstance(answers, dict)
    pdf = render_report(
        rnd,
        answers,  # type: ignore[arg-type]
        Profile("211"),
        Register.load().get("211"),
        lang="fi",
        signer_name="Testaaja",
        fingerprint=key.fingerprint,
        generated_at=WHEN,
        draft=False,
        generator_version="test",
    )
    return pdfsign.sign_pdf(pdf, key)


def _verify(
    key: OrganisationKey, report: bytes, document: JSONObject, change: Change | None = None
) -> tuple[CheckId | None, str]:
    changed = copy.deepcopy(document)
    if change is not None:
        change(changed)
    package = asice.build({"survey.json": encode(changed), "report.pdf": report}, key, when=WHEN)
    verdict = verify_received(
        package, pdf=False, catalog=shipped_catalog(), register=Register.load()
    )
    failure = verdict.failure
    if failure is None:
        return None, ""
    return failure.id, failure.message("fi") + " | " + failure.message("en")


def _set(path: str, value: object) -> Change:
    def change(document: JSONObject) -> None:
        *parents, last = path.split("/")
        target: object = document
        for part in parents:
            target = target[int(part)] if isinstance(target, list) else target[part]  # type: ignore[index]
        if isinstance(target, list):
            target[int(last)] = value
        else:
            assert isinstance(target, dict)
            target[last] = value

    return change


def _listed(schema_id: str) -> JSONObject:
    section = shipped_catalog().sections[schema_id]
    return {"section": section.id, "id": schema_id, "sha256": section.sha256}


def test_the_untouched_document_passes(
    key: OrganisationKey, signed_report: bytes, document: JSONObject
) -> None:
    assert _verify(key, signed_report, document) == (None, "")


CASES: list[tuple[str, Change, CheckId, str]] = [
    ("not the format", _set("format", "something else"), CheckId.SCHEMAS, "package format"),
    ("unknown field", _set("extra", 1), CheckId.SCHEMAS, "package format"),
    ("unknown round", _set("round", "2031-1"), CheckId.SCHEMAS, "round 2031-1"),
    (
        "unknown schema",
        _set("schemas/0/id", "urn:tilannekuva:section:background:9"),
        CheckId.SCHEMAS,
        "background:9 is unknown",
    ),
    (
        "changed schema",
        _set("schemas/1/sha256", "0" * 64),
        CheckId.SCHEMAS,
        "given in a changed form",
    ),
    (
        "a schema of another round",
        lambda d: d["schemas"].__setitem__(1, _listed("urn:tilannekuva:section:premises:2")),  # type: ignore[union-attr]
        CheckId.SCHEMAS,
        "extra: urn:tilannekuva:section:premises:2",
    ),
    ("section left out", lambda d: d["schemas"].pop(), CheckId.SCHEMAS, "missing"),  # type: ignore[union-attr]
    (
        "answers for a section the round lacks",
        _set("answers/wellbeing", {}),
        CheckId.ANSWERS,
        "section wellbeing",
    ),
    (
        "an invalid answer",
        _set("answers/premises/estimated_annual_rent", -5),
        CheckId.ANSWERS,
        "/premises/estimated_annual_rent",
    ),
    (
        "a required answer removed",
        lambda d: d["answers"]["background"].pop("respondent_email"),  # type: ignore[index,union-attr]
        CheckId.ANSWERS,
        "/background/respondent_email",
    ),
    (
        "an answer to a question that is not shown",
        _set("answers/premises/lease_status", "signed"),
        CheckId.ANSWERS,
        "/premises/lease_not_started_reason",
    ),
    ("unknown municipality", _set("municipality/code", "999"), CheckId.ANSWERS, "999"),
    ("another name", _set("municipality/name", "Tampere"), CheckId.ANSWERS, "'Tampere'"),
    (
        "answers of another municipality",
        _set("answers/background/municipality", "837"),
        CheckId.ANSWERS,
        "give 837",
    ),
]


@pytest.mark.parametrize(
    ("change", "check", "says"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_a_signed_package_that_is_not_a_sound_survey_is_refused(
    key: OrganisationKey,
    signed_report: bytes,
    document: JSONObject,
    change: Change,
    check: CheckId,
    says: str,
) -> None:
    failed, message = _verify(key, signed_report, document, change)
    assert failed == check, message
    assert says in message

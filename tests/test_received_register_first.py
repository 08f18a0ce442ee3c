"""A package from a key the register does not hold for its municipality is refused before
its answers are read, and no refusal grows with what a package holds."""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from desktop.cli import main
from desktop.collect import trust
from desktop.collect.collecting import collect
from desktop.collect.overview import Answer, municipality_lines
from desktop.collect.records import Records
from desktop.collect.standing import Status
from desktop.export.package import REPORT_NAME, SURVEY_NAME, encode, survey_document
from desktop.export.report import render_report
from desktop.municipalities import Register
from desktop.signing import asice
from desktop.signing.keys import Organisation, OrganisationKey, create_key
from desktop.signing.pdfsign import sign_pdf
from desktop.storage import Profile
from desktop.survey import shipped_catalog
from tests.fixtures.received.generate import answers_for

CODE = "098"  # Hollola
OTHER = "091"  # Helsinki
WHEN = datetime(2022, 2, 1, 9, 0, tzinfo=UTC)


def signed_package(
    key: OrganisationKey, edit: Callable[[dict[str, Any]], None] | None = None
) -> bytes:
    """A package of CODE for 2022-1, signed by ``key``; ``edit`` changes its survey.json
    after the report is made (the package is signed as changed)."""
    rnd = shipped_catalog().round("2022-1")
    m = Register.load().get(CODE)
    answers = answers_for(rnd, m, random.Random(1))
    profile = Profile(m.code, contact_name=str(answers["background"]["respondent_name"]))
    report = render_report(
        rnd,
        answers,
        profile,
        m,
        lang=m.survey_lang,
        signer_name=profile.contact_name,
        fingerprint=key.fingerprint,
        generated_at=WHEN,
        draft=False,
        generator_version="test",
        problems=(),
    )
    document = survey_document(
        rnd, answers, m, submission=1, generator_version="test", exported_at=WHEN
    )
    survey = encode(document)
    if edit is not None:
        loaded = json.loads(survey)
        edit(loaded)
        survey = json.dumps(loaded, separators=(",", ":")).encode()
    return asice.build({SURVEY_NAME: survey, REPORT_NAME: sign_pdf(report, key)}, key, when=WHEN)


def _many_rows(document: dict[str, Any]) -> None:
    """Every row wrong, far over the table's 1 000 rows."""
    rows = [{"building": n, "floor_area": "x"} for n in range(18_000)]
    document["answers"]["premises"]["premises"] = rows


def _many_keys(document: dict[str, Any]) -> None:
    """60 000 answers to questions the form does not have."""
    document["answers"]["premises"].update({f"k{n}": 1 for n in range(60_000)})


@pytest.fixture(scope="module")
def keys() -> tuple[OrganisationKey, OrganisationKey]:
    return create_key(Organisation("Hollola", "Hollola")), create_key(Organisation("X", "X"))


@pytest.fixture(scope="module")
def many_rows(keys: tuple[OrganisationKey, OrganisationKey]) -> bytes:
    return signed_package(keys[1], _many_rows)


def _records(tmp_path: Path, pairs: list[tuple[str, str]]) -> Records:
    records = Records.open(tmp_path / "d" / "coordinator.sqlite")
    records.add_trusted(pairs)
    return records


def _no_answers_read(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the answers were checked")

    monkeypatch.setattr("desktop.collect.receiving.validate_round", refuse)


@pytest.mark.parametrize("registered", ["other key for it", "only another municipality"])
def test_collect_refuses_an_unregistered_signer_before_the_answers(
    keys: tuple[OrganisationKey, OrganisationKey],
    many_rows: bytes,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    registered: str,
) -> None:
    owner, _ = keys
    pairs = (
        [(CODE, owner.fingerprint)] if registered == "other key for it" else [(OTHER, "AB" * 32)]
    )
    inbox = tmp_path / "in"
    inbox.mkdir()
    (inbox / "2022-1_098_1.asice").write_bytes(many_rows)
    _no_answers_read(monkeypatch)
    with _records(tmp_path, pairs) as records:
        result = collect(records, "2022-1", [inbox], workers=1)
    (entry,) = result.entries
    assert entry.status is Status.UNCONFIRMED
    # The municipality is named: its line says refused, with the reason.
    lines = municipality_lines(result, Register.load(), "en")
    (line,) = [line for line in lines if line.code == CODE]
    assert line.answer is Answer.REFUSED and "answers were not checked" in line.reason
    reason = entry.reason("en")
    assert reason.startswith("Signer not confirmed") and "answers were not checked" in reason
    assert "problems" not in reason
    assert "vastauksia ei tarkistettu" in entry.reason("fi")
    assert "svar kontrollerades inte" in entry.reason("sv")


def test_a_key_registered_later_counts_when_collected_again(
    keys: tuple[OrganisationKey, OrganisationKey], tmp_path: Path
) -> None:
    _, stranger = keys
    inbox = tmp_path / "in"
    inbox.mkdir()
    (inbox / "2022-1_098_1.asice").write_bytes(signed_package(stranger))
    with _records(tmp_path, [(OTHER, "AB" * 32)]) as records:
        first = collect(records, "2022-1", [inbox], workers=1)
        assert first.current() == {}
        trust.add(records, CODE, stranger.fingerprint, Register.load())
        again = collect(records, "2022-1", [inbox], workers=1)
    assert list(again.current()) == [CODE]


def test_verify_refuses_another_key_before_the_answers(
    keys: tuple[OrganisationKey, OrganisationKey],
    many_rows: bytes,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    owner, _ = keys
    target = tmp_path / "2022-1_098_1.asice"
    target.write_bytes(many_rows)
    data = ["--data-dir", str(tmp_path / "d"), "--lang", "en"]
    assert main([*data, "trust", "add", CODE, owner.fingerprint]) == 0
    capsys.readouterr()
    _no_answers_read(monkeypatch)
    assert main([*data, "verify", str(target)]) == 1
    out = capsys.readouterr().out
    assert "is not the one registered for" in out
    assert "form definitions" not in out and "problems" not in out
    assert "Hollola (098)" in out


@pytest.mark.parametrize(
    ("lang", "more"), [("fi", "ja 59995 muuta"), ("sv", "och 59995 till"), ("en", "and 59995 more")]
)
def test_a_refusal_names_a_few_unknown_answers_and_counts_the_rest(
    keys: tuple[OrganisationKey, OrganisationKey],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    lang: str,
    more: str,
) -> None:
    target = tmp_path / "2022-1_098_1.asice"
    target.write_bytes(signed_package(keys[1], _many_keys))
    assert main(["--data-dir", str(tmp_path / "d"), "--lang", lang, "verify", str(target)]) == 1
    (line,) = [x for x in capsys.readouterr().out.splitlines() if x.startswith("✗")]
    assert more in line and "k0, k1" in line and len(line) < 1000, line[:2000]


def test_the_records_name_the_signer_check_as_verification_does() -> None:
    from desktop.collect.records import SIGNER_REFUSED
    from desktop.signing.verdict import CheckId

    assert CheckId(SIGNER_REFUSED) is CheckId.TRUSTED

"""A warning confirmed with an explanation: kept, asked again when the answer changes, signed and printed."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from desktop import cli
from desktop.collect.receiving import verify_received
from desktop.commands.demo import fill_round
from desktop.paths import DataPaths, schemas_dir
from desktop.signing.keys import Organisation, OrganisationKey, create_key, to_pkcs12
from desktop.signing.keystore import write_new_file
from desktop.storage import Profile, Store
from desktop.submission.service import Submissions
from desktop.survey import load_catalog, shipped_catalog
from desktop.workbook import AnswerTargetError, Workbook

ROUND = "2022-3"
ROW = "/staff/staff_groups/0"
WHY = "Ylityöt on laskettu henkilötyövuosiin & <sijaisuudet>"


def _overtime(workbook: Workbook) -> None:
    """The first staff group has more person-years than persons: a warning, not an error."""
    workbook.set_json(ROUND, f"{ROW}/person_years", 330.0)


@pytest.fixture
def workbook(store: Store) -> Workbook:
    store.save_profile(Profile("049", contact_name="Anna Mäkelä", contact_title="Johtaja"))
    book = Workbook(store)
    fill_round(book, ROUND)
    return book


def _warnings(workbook: Workbook) -> list[object]:
    return [p for p in workbook.problems(ROUND) if not p.blocking]


def test_a_warning_is_kept_confirmed_until_its_values_change(workbook: Workbook) -> None:
    _overtime(workbook)
    (warning,) = workbook.problems(ROUND)
    assert not warning.blocking and warning.explanation is None
    assert workbook.blocking_problems(ROUND) == [warning]  # unexplained, it stops the export
    workbook.explain(ROUND, f"{ROW}/person_years", WHY)
    (confirmed,) = workbook.problems(ROUND)
    assert confirmed.explanation == WHY
    assert workbook.blocking_problems(ROUND) == []
    # The explanation is not an answer: the section's answers are as they were.
    assert "_explanations" not in workbook.answers(ROUND)
    # Another value makes another warning: it asks again.
    workbook.set_json(ROUND, f"{ROW}/person_years", 331.0)
    (again,) = workbook.problems(ROUND)
    assert again.explanation is None
    # Back to the value explained, the explanation holds again.
    _overtime(workbook)
    assert workbook.problems(ROUND)[0].explanation == WHY
    # An empty explanation takes the confirmation back.
    workbook.explain(ROUND, f"{ROW}/person_years", "  ")
    assert workbook.problems(ROUND)[0].explanation is None


def test_only_a_warning_can_be_explained(workbook: Workbook) -> None:
    workbook.set_json(ROUND, f"{ROW}/headcount", 1)  # an error: the row does not add up
    with pytest.raises(AnswerTargetError) as raised:
        workbook.explain(ROUND, f"{ROW}/headcount", "Näin on")
    assert "ei ole huomautusta" in raised.value.message("fi")
    assert "ingen anmärkning" in raised.value.message("sv")
    assert not any(p.explanation for p in workbook.problems(ROUND))


def test_validate_shows_warnings_apart_and_explain_confirms_them(
    data_paths: DataPaths, workbook: Workbook, capsys: pytest.CaptureFixture[str]
) -> None:
    _overtime(workbook)
    workbook.store.close()

    def run(*args: str) -> tuple[int, str]:
        code = cli.main(["--data-dir", str(data_paths.root), *args])
        return code, capsys.readouterr().out

    code, out = run("validate", ROUND)
    assert code == 1
    assert "Kierroksella 2022-3 ei ole korjattavaa." in out
    assert "1 huomautus: tarkista" in out and "[staff_group_person_years]" in out
    assert "Henkilötyövuosia (330 htv) on enemmän kuin henkilöitä (316 hlö)" in out
    code, out = run("--lang", "sv", "explain", ROUND, f"{ROW}/person_years", WHY)
    assert code == 0 and "Förklaring: " + WHY in out
    code, out = run("validate", ROUND)
    assert code == 0 and "Vahvistettu, selitys: " + WHY in out


@pytest.fixture(scope="module")
def organisation_key() -> OrganisationKey:
    return create_key(Organisation("Espoo", "Esbo", "0101263-6"))


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_an_explained_warning_is_signed_in_the_package_and_printed_in_the_report(
    data_paths: DataPaths,
    workbook: Workbook,
    organisation_key: OrganisationKey,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _overtime(workbook)
    workbook.store.close()
    write_new_file(data_paths.key_store, to_pkcs12(organisation_key, None))
    out = tmp_path / "out"

    def run(*args: str) -> int:
        return cli.main(["--data-dir", str(data_paths.root), *args])

    assert run("export", ROUND, "--out", str(out)) != 0
    assert "1 huomautus odottaa vahvistusta" in capsys.readouterr().err
    assert run("explain", ROUND, f"{ROW}/person_years", WHY) == 0
    capsys.readouterr()
    assert run("export", ROUND, "--yes", "--out", str(out)) == 0
    # Before it goes, what is sent beside the answers: the confirmed warning, explained.
    said = capsys.readouterr().out
    assert "Ennen lähettämistä – kierros 2022-3:" in said
    assert "Vahvistetut huomautukset (1):" in said
    assert f"  - {ROW}/person_years: " in said
    assert "    Selitys: " + WHY in said
    (package,) = out.glob("*.asice")
    with zipfile.ZipFile(io.BytesIO(package.read_bytes())) as archive:
        survey = json.loads(archive.read("survey.json"))
        report = archive.read("report.pdf")
    assert survey["explanations"] == [
        {"check": "staff_group_person_years", "pointer": f"{ROW}/person_years", "text": WHY}
    ]
    assert survey["computed"]["staff"]["staff_groups_headcount_total"] == 909
    (tmp_path / "report.pdf").write_bytes(report)
    text = subprocess.run(
        ["pdftotext", "-layout", str(tmp_path / "report.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    flat = " ".join(text.split())
    assert "Vahvistettu huomautus" in flat
    assert WHY in flat
    assert "Henkilömäärä yhteensä (laskettu)" in flat
    capsys.readouterr()
    assert run("verify", str(package), "--trusted", organisation_key.fingerprint) == 0


def test_a_package_sent_before_the_round_had_rules_still_verifies(
    data_paths: DataPaths,
    workbook: Workbook,
    organisation_key: OrganisationKey,
    tmp_path: Path,
) -> None:
    # The round as first published: its sections without rules (staff-3, premises-3, ...).
    old = tmp_path / "schemas"
    shutil.copytree(schemas_dir(), old)
    manifest = json.loads((old / "rounds" / f"{ROUND}.json").read_text("utf-8"))
    published = {
        "background": "urn:tilannekuva:section:background:1",
        "premises": "urn:tilannekuva:section:premises:3",
        "staff": "urn:tilannekuva:section:staff:3",
        "interfaces": "urn:tilannekuva:section:interfaces:2",
    }
    for entry in manifest["sections"]:
        entry.pop("earlier", None)
        entry["schema"] = published.get(entry["id"], entry["schema"])
    (old / "rounds" / f"{ROUND}.json").write_text(json.dumps(manifest), "utf-8")
    then = Workbook(workbook.store, load_catalog(old))
    then.set_json(ROUND, "/staff/staff_groups/0/headcount", 999)  # no rule said otherwise then
    result = Submissions(then).export(
        ROUND, tmp_path / "out", key=organisation_key, lang="fi", after_closing=True
    )
    assert result.package is not None
    verdict = verify_received(
        result.package.read_bytes(),
        pdf=False,
        catalog=shipped_catalog(),
        trusted={organisation_key.fingerprint},
    )
    assert verdict.ok, verdict.failure
    # Today's answers of the round are checked with today's rules.
    assert any(p.rule_id == "staff_group_total" for p in workbook.problems(ROUND))


def test_the_summary_before_submitting_lists_optional_questions_left_empty(
    data_paths: DataPaths,
    workbook: Workbook,
    organisation_key: OrganisationKey,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    workbook.remove(ROUND, "/readiness/readiness_notes")
    ready = Submissions(workbook).readiness(ROUND)
    assert [pointer for pointer, _ in ready.unanswered_optional] == ["/readiness/readiness_notes"]
    assert ready.to_fix == () and ready.confirmed_warnings == ()
    workbook.store.close()
    write_new_file(data_paths.key_store, to_pkcs12(organisation_key, None))
    code = cli.main(
        ["--data-dir", str(data_paths.root), "--lang", "en", "export", ROUND, "--yes",
         "--out", str(tmp_path / "out")]
    )  # fmt: skip
    assert code == 0
    said = capsys.readouterr().out
    assert "Optional questions left unanswered (1):" in said
    assert "  - /readiness/readiness_notes: Other remarks on readiness" in said
    assert "Confirmed warnings" not in said

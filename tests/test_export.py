"""Exporting a round as the official does it, and checking what comes out as a receiver would.

The package, its signed report and its record; the refusals that leave nothing behind;
drafts; what the report prints.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import rfc8785

from desktop.paths import DataPaths, schemas_dir
from desktop.signing.keys import OrganisationKey
from desktop.storage import Profile, Store
from desktop.survey import shipped_catalog
from desktop.workbook import Workbook
from tests.environment import read_only_directory
from tests.exported_round import (
    INARI,
    PASSPHRASE,
    ROUND,
    Run,
    fill,
    install_key,
    outputs,
    package_members,
)

# -- the final export ----------------------------------------------------------------------


def test_exported_round_verifies_with_openssl_and_tilannekuva(
    run: Run, ready: DataPaths, tmp_path: Path, organisation_key: OrganisationKey
) -> None:
    out = tmp_path / "lähetys"
    code, stdout, _ = run("export", ROUND, "--yes", "--out", str(out))
    assert code == 0, stdout
    assert outputs(out) == ["2022-1_148_inari_1.asice", "2022-1_148_inari_1.pdf"]
    package = out / "2022-1_148_inari_1.asice"
    assert organisation_key.fingerprint in stdout

    # The CMS signature over the manifest, checked by openssl alone.
    openssl = shutil.which("openssl")
    assert openssl is not None, "the test needs the openssl binary"
    members = package_members(package.read_bytes())
    (tmp_path / "signature001.p7s").write_bytes(members["META-INF/signature001.p7s"])
    (tmp_path / "ASiCManifest.xml").write_bytes(members["META-INF/ASiCManifest.xml"])
    command = [openssl, "cms", "-verify", "-binary", "-inform", "der", "-noverify"]
    command += ["-in", str(tmp_path / "signature001.p7s")]
    command += ["-content", str(tmp_path / "ASiCManifest.xml"), "-out", str(tmp_path / "checked")]
    result = subprocess.run(
        command,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "Verification successful" in result.stderr
    # The manifest openssl vouches for names the digest of the data the package carries.
    manifest = (tmp_path / "checked").read_text("utf-8")
    for name in ("survey.json", "report.pdf"):
        digest = base64.b64encode(hashlib.sha256(members[name]).digest()).decode()
        assert f'URI="{name}"' in manifest and digest in manifest

    code, stdout, _ = run("verify", str(package), "--trusted", organisation_key.fingerprint)
    assert code == 0, stdout
    assert "Tulos: tiedosto on kunnossa, ja sen allekirjoittaja on luotettujen listalla." in stdout
    assert "Vastaukset ovat kelvollisia." in stdout
    assert "Lomakkeiden kuvaukset (skeemat) tunnetaan" in stdout
    assert "luotettujen listalla" in stdout

    code, stdout, _ = run("--lang", "en", "verify", str(out / "2022-1_148_inari_1.pdf"))
    assert code == 0 and "The signature covers the entire PDF file." in stdout


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_report_prints_the_sami_name_and_the_fingerprint(
    run: Run, ready: DataPaths, tmp_path: Path, organisation_key: OrganisationKey
) -> None:
    assert run("export", ROUND, "--yes", "--out", str(tmp_path))[0] == 0
    text = subprocess.run(
        ["pdftotext", "-layout", str(tmp_path / "2022-1_148_inari_1.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "Anár" in text and "Aanaar" in text
    assert "Ánde Saamelainen" in text
    groups = organisation_key.fingerprint.split()
    # Printed in groups of four, possibly over two lines.
    assert all(group in text for group in groups)
    assert " ".join(groups[:8]) in text
    # The same signed report travels inside the package.
    package = package_members((tmp_path / "2022-1_148_inari_1.asice").read_bytes())
    assert package["report.pdf"] == (tmp_path / "2022-1_148_inari_1.pdf").read_bytes()


def test_survey_json_is_canonical_and_names_every_schema_with_its_digest(
    run: Run, ready: DataPaths, tmp_path: Path
) -> None:
    assert run("export", ROUND, "--yes", "--out", str(tmp_path))[0] == 0
    raw = package_members((tmp_path / "2022-1_148_inari_1.asice").read_bytes())["survey.json"]
    document = json.loads(raw)
    assert rfc8785.dumps(document) == raw
    assert document["round"] == ROUND
    assert document["municipality"] == {"code": INARI, "name": "Inari"}
    assert document["submission"] == 1
    assert document["generator"]["name"] == "Tilannekuva"
    assert document["exported_at"].endswith("Z")
    for entry in document["schemas"]:
        section, version = entry["id"].rsplit(":", 2)[1:]
        file = schemas_dir() / "sections" / f"{section}-{version}.json"
        assert hashlib.sha256(file.read_bytes()).hexdigest() == entry["sha256"]
    rnd = shipped_catalog().round(ROUND)
    assert [e["section"] for e in document["schemas"]] == [s.id for s in rnd.sections]
    assert document["answers"]["background"]["municipality"] == INARI
    with Store.open(ready) as store:
        stored = Workbook(store).answers(ROUND)
    assert document["answers"] == {k: v for k, v in stored.items() if v}


def test_submission_is_recorded_and_the_round_locked_after_a_restart(
    run: Run, ready: DataPaths, tmp_path: Path
) -> None:
    assert run("export", ROUND, "--yes", "--out", str(tmp_path))[0] == 0
    package = (tmp_path / "2022-1_148_inari_1.asice").read_bytes()
    report = (tmp_path / "2022-1_148_inari_1.pdf").read_bytes()
    with Store.open(ready) as store:
        assert store.is_locked(ROUND)
        (submission,) = store.submissions(ROUND)
        assert submission.package_sha256 == hashlib.sha256(package).hexdigest()
        assert store.submission_files(ROUND, 1) == (package, report)

    code, _, err = run("set", ROUND, "/background/respondent_name", "Joku muu")
    assert code == 2 and "on lähetetty" in err and "voi enää muuttaa" in err
    code, out, _ = run("submissions", ROUND)
    assert code == 0 and "2022-1_148_inari_1.asice" in out
    assert f"tilannekuva --data-dir {ready.root} correct 2022-1" in out
    # Sent by the contact person the signed package names, not by the computer account.
    assert "Anna Mäkelä, Talousjohtaja" in out and f"  {submission.actor}  " not in out

    # A second final export of a locked round is refused and points to the correction.
    code, _, err = run("export", ROUND, "--yes", "--out", str(tmp_path / "again"))
    assert code == 2 and f"tilannekuva --data-dir {ready.root} correct 2022-1" in err
    assert outputs(tmp_path / "again") == []


def test_a_correction_is_the_next_numbered_submission_and_both_stay(
    run: Run, ready: DataPaths, tmp_path: Path
) -> None:
    assert run("export", ROUND, "--yes", "--out", str(tmp_path))[0] == 0
    code, out, _ = run("correct", ROUND)
    assert code == 0 and "lähetys 2" in out
    assert run("set", ROUND, "/background/respondent_name", "Máret Korjaaja")[0] == 0
    code, out, _ = run("export", ROUND, "--yes", "--out", str(tmp_path))
    assert code == 0, out
    second = (tmp_path / "2022-1_148_inari_2.asice").read_bytes()
    document = json.loads(package_members(second)["survey.json"])
    assert document["submission"] == 2
    assert document["answers"]["background"]["respondent_name"] == "Máret Korjaaja"
    with Store.open(ready) as store:
        assert [s.number for s in store.submissions(ROUND)] == [1, 2]
        first_package, _ = store.submission_files(ROUND, 1)
    first = json.loads(package_members(first_package)["survey.json"])
    assert first["answers"]["background"]["respondent_name"] != "Máret Korjaaja"
    for name in ("2022-1_148_inari_1.asice", "2022-1_148_inari_2.asice"):
        assert run("verify", str(tmp_path / name))[0] == 0


def test_a_corrections_summary_lists_the_questions_changed_since_the_last_submission(
    run: Run, ready: DataPaths, tmp_path: Path
) -> None:
    from desktop.survey import shipped_catalog

    assert run("export", ROUND, "--yes", "--out", str(tmp_path))[0] == 0
    assert run("correct", ROUND)[0] == 0
    code, out, _ = run("--lang", "en", "export", ROUND, "--draft", "--out", str(tmp_path / "d"))
    assert code == 0 and "Changed since submission" not in out  # a draft asks nothing
    assert run("set", ROUND, "/background/respondent_name", "Máret Korjaaja")[0] == 0
    code, out, _ = run("--lang", "en", "export", ROUND, "--yes", "--out", str(tmp_path))
    assert code == 0, out
    (background,) = [s for s in shipped_catalog().round(ROUND).sections if s.id == "background"]
    (name,) = [f for f in background.fields if f.key == "respondent_name"]
    lines = out.splitlines()
    at = lines.index("Changed since submission 1 (1):")
    assert lines[at + 1] == f"  - {name.title('en')}"
    assert at < next(i for i, line in enumerate(lines) if "2022-1_148_inari_2.asice" in line)


def test_submission_files_can_be_saved_again(run: Run, ready: DataPaths, tmp_path: Path) -> None:
    assert run("export", ROUND, "--yes", "--out", str(tmp_path / "first"))[0] == 0
    code, out, _ = run("submissions", ROUND, "--out", str(tmp_path / "copy"))
    assert code == 0, out
    assert outputs(tmp_path / "copy") == outputs(tmp_path / "first")
    for name in outputs(tmp_path / "first"):
        assert (tmp_path / "copy" / name).read_bytes() == (tmp_path / "first" / name).read_bytes()
    code, _, err = run("submissions", ROUND, "--out", str(tmp_path / "copy"), "--number", "7")
    assert code == 2 and "lähetystä 7" in err


# -- refused, and nothing lost ---------------------------------------------------------------


def test_final_export_with_problems_is_refused_and_a_draft_is_allowed(
    run: Run, data_paths: DataPaths, organisation_key: OrganisationKey, tmp_path: Path
) -> None:
    fill(data_paths, complete=False)
    install_key(data_paths, organisation_key)
    code, out, err = run("export", ROUND, "--yes", "--out", str(tmp_path / "final"))
    assert code == 2
    assert "1 korjattava asia" in err and "--draft" in err
    assert outputs(tmp_path / "final") == []

    code, out, _ = run("export", ROUND, "--draft", "--out", str(tmp_path / "draft"))
    assert code == 0, out
    assert outputs(tmp_path / "draft") == ["2022-1_148_inari_luonnos.pdf"]
    draft = (tmp_path / "draft" / "2022-1_148_inari_luonnos.pdf").read_bytes()
    assert b"/ByteRange" not in draft  # never signed
    with Store.open(data_paths) as store:
        assert store.submissions(ROUND) == [] and not store.is_locked(ROUND)
    code, out, _ = run("verify", str(tmp_path / "draft" / "2022-1_148_inari_luonnos.pdf"))
    assert code == 1 and "allekirjoit" in out.lower()


def test_draft_needs_no_key(run: Run, data_paths: DataPaths, tmp_path: Path) -> None:
    fill(data_paths)
    out = tmp_path / "out"
    code, stdout, _ = run("--lang", "sv", "export", ROUND, "--draft", "--out", str(out))
    assert code == 0 and "Utkast" in stdout
    assert outputs(out) == ["2022-1_148_inari_utkast.pdf"]


def test_final_export_without_a_key_says_how_to_make_one(
    run: Run, data_paths: DataPaths, tmp_path: Path
) -> None:
    fill(data_paths)
    code, _, err = run("export", ROUND, "--yes", "--out", str(tmp_path / "out"))
    assert code == 2 and "Organisaatioavainta ei ole vielä luotu" in err
    assert outputs(tmp_path / "out") == []


def test_unwritable_folder_is_told_and_nothing_is_recorded(
    run: Run, ready: DataPaths, tmp_path: Path
) -> None:
    folder = tmp_path / "read-only"
    folder.mkdir()
    with read_only_directory(folder):
        code, _, err = run("export", ROUND, "--yes", "--out", str(folder))
    assert code == 2
    assert "Kansioon" in err and "ei voi kirjoittaa" in err and "mitään ei viety" in err
    assert outputs(folder) == []
    with Store.open(ready) as store:
        assert store.submissions(ROUND) == [] and not store.is_locked(ROUND)


def test_wrong_passphrase_is_told_and_the_right_one_signs(
    run: Run, data_paths: DataPaths, organisation_key: OrganisationKey, tmp_path: Path
) -> None:
    fill(data_paths)
    install_key(data_paths, organisation_key, PASSPHRASE)
    wrong, right = tmp_path / "wrong.txt", tmp_path / "right.txt"
    wrong.write_text("ruska-aika 2022\n", "utf-8")
    right.write_text(PASSPHRASE + "\n", "utf-8")
    out = tmp_path / "out"
    code, _, err = run("export", ROUND, "--yes", "--out", str(out), "--passphrase-file", str(wrong))
    assert code == 2 and "Väärä tunnuslause" in err
    assert outputs(out) == []
    code, _, err = run(
        "export", ROUND, "--yes", "--out", str(out)
    )  # not a terminal: nothing to ask
    assert code == 2 and "suojattu tunnuslauseella" in err
    code, stdout, _ = run(
        "export", ROUND, "--yes", "--out", str(out), "--passphrase-file", str(right)
    )
    assert code == 0, stdout
    assert len(outputs(out)) == 2


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_without_a_contact_person_the_report_names_the_key_s_organisation_as_signer(
    run: Run, ready: DataPaths, tmp_path: Path
) -> None:
    with Store.open(ready) as store:
        store.save_profile(Profile(INARI))
    assert run("export", ROUND, "--yes", "--out", str(tmp_path))[0] == 0
    text = subprocess.run(
        ["pdftotext", "-layout", str(tmp_path / "2022-1_148_inari_1.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    signer = next(line for line in text.splitlines() if "Allekirjoittaja" in line)
    assert signer.split("Allekirjoittaja", 1)[1].strip() == "Inari"


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_the_report_prints_the_official_s_local_time_and_survey_json_keeps_utc(
    ready: DataPaths,
    tmp_path: Path,
    organisation_key: OrganisationKey,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from datetime import UTC, datetime, timedelta, timezone

    from desktop.submission import exporting
    from desktop.submission.service import Submissions

    finnish_winter = timezone(timedelta(hours=2))
    monkeypatch.setattr(exporting, "local", lambda moment: moment.astimezone(finnish_winter))
    with Store.open(ready) as store:
        result = Submissions(Workbook(store)).export(
            ROUND,
            tmp_path,
            key=organisation_key,
            lang="fi",
            now=datetime(2026, 11, 23, 8, 21, 5, tzinfo=UTC),
            after_closing=True,
        )
    assert result.package is not None
    text = subprocess.run(
        ["pdftotext", "-layout", str(result.report), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "23.11.2026 10:21" in text and "08:21" not in text
    document = json.loads(package_members(result.package.read_bytes())["survey.json"])
    assert document["exported_at"] == "2026-11-23T08:21:05Z"


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_a_draft_counts_what_to_fix_as_its_report_does(
    run: Run, data_paths: DataPaths, tmp_path: Path
) -> None:
    # A warning (a large change from the previous round) is to check, not to fix: the
    # command line must not count it among what to fix while the report does not.
    fill(data_paths, complete=False)
    run("set", "2022-1", "/premises/estimated_annual_rent", "3 100 000")
    run("set", "2022-2", "/premises/estimated_annual_rent", "5 000 000")
    code, out, _ = run("export", "2022-2", "--draft", "--out", str(tmp_path))
    assert code == 0, out
    (draft,) = tmp_path.glob("2022-2_*_luonnos.pdf")
    shown = subprocess.run(
        ["pdftotext", str(draft), "-"], capture_output=True, text=True, check=True
    ).stdout
    found = re.search(r"Vastauksista löytyi (\d+) puutetta", shown)
    assert found is not None, shown
    assert f"Luonnoksessa on {found.group(1)} korjattavaa" in out


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_a_draft_does_not_claim_to_be_signed_by_anyone(
    run: Run, data_paths: DataPaths, tmp_path: Path
) -> None:
    """The draft's cover says it is not signed: the signer's line says who will sign it."""
    fill(data_paths)
    code, out, _ = run("export", ROUND, "--draft", "--out", str(tmp_path))
    assert code == 0, out
    (draft,) = tmp_path.glob("*_luonnos.pdf")
    shown = subprocess.run(
        ["pdftotext", str(draft), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "tätä raporttia ei ole allekirjoitettu" in shown
    assert "Allekirjoittaja\n" not in shown and "Allekirjoittaa lähetettäessä" in shown


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_none_of_these_is_printed_in_the_report(
    run: Run, data_paths: DataPaths, tmp_path: Path
) -> None:
    assert run("profile", "--municipality", "211")[0] == 0
    assert run("set", ROUND, "/change_support/support_needed", "Ei mitään näistä")[0] == 0
    code, out, _ = run("show", ROUND, "change_support")
    assert code == 0 and "Ei mitään näistä" in out and "(1/2 pakollista vastattu)" in out
    assert run("export", ROUND, "--draft", "--out", str(tmp_path))[0] == 0
    (draft,) = tmp_path.glob("*_luonnos.pdf")
    shown = subprocess.run(
        ["pdftotext", "-layout", str(draft), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Ei mitään näistä" in shown

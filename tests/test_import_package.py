"""``import``: a package exported in another data folder becomes the previous round here.

2022-1 is filled in and submitted in one data folder (as on another computer);
its package is imported into a second data folder of the same municipality,
where 2022-2 then shows 2022-1's answers as the previous ones.
"""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop import cli
from desktop.commands.demo import fill_round
from desktop.paths import DataPaths
from desktop.signing.keys import OrganisationKey
from desktop.storage import Profile, Store
from desktop.submission.service import Submissions
from desktop.survey.formatting import format_local_time
from desktop.workbook import Workbook
from tests import sent_elsewhere
from tests.package_times import MADE_ON_SHOWN, january_package, signing_time

ROUND = "2022-1"
Run = Callable[..., tuple[int, str, str]]


# Kangasala's key and its 2022-1 as exported on another computer.
key = sent_elsewhere.key
package = sent_elsewhere.package


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str], data_paths: DataPaths) -> Run:
    def invoke(*args: str) -> tuple[int, str, str]:
        code = cli.main(["--data-dir", str(data_paths.root), *args])
        out, err = capsys.readouterr()
        return code, out, err

    return invoke


def profile(paths: DataPaths, code: str | None) -> None:
    with Store.open(paths) as store:
        if code is not None:
            store.save_profile(Profile(code, contact_name="Anna Mäkelä"))


def kept(paths: DataPaths) -> tuple[list[object], int, Profile | None]:
    """The submissions of 2022-1, the length of the audit log and the profile."""
    with Store.open_for_reading(paths) as store:
        return list(store.submissions(ROUND)), len(store.audit_log()), store.profile()


def _tamper_stored(paths: DataPaths, package: Path) -> None:
    with Store.open(paths) as store:
        sent_elsewhere.tamper_stored(store, package)


def _sent_here(paths: DataPaths, key: OrganisationKey, folder: Path) -> None:
    """2022-1 filled in and submitted in this data folder."""
    with Store.open(paths) as store:
        store.save_profile(Profile("211"))
        workbook = Workbook(store)
        fill_round(workbook, ROUND)
        Submissions(workbook).export(ROUND, folder, key=key, lang="fi", after_closing=True)


def test_an_imported_package_becomes_the_previous_round(
    run: Run, data_paths: DataPaths, package: Path
) -> None:
    profile(data_paths, "211")
    code, out, err = run("import", str(package))
    assert code == 0, err
    assert f"Paketti {package.name} tuotiin kierroksen 2022-1 lähetykseksi 1" in out
    assert "Sen vastaukset näytetään nyt edellisinä vastauksina kierroksella 2022-2." in out
    assert "✓" in out and "✗" not in out

    code, out, err = run("show", "2022-2", "premises")
    assert code == 0, err
    assert "Edelliset vastaukset: kierroksen 2022-1 lähetys 1" in out
    assert "      Edellinen 2022-1: 3\u00a0100\u00a0000 €" in out

    with Store.open_for_reading(data_paths) as store:
        [submission] = store.submissions(ROUND)
        stored, report = store.submission_files(ROUND, 1)
        assert store.is_locked(ROUND)
    assert stored == package.read_bytes()  # kept exactly as received
    with zipfile.ZipFile(io.BytesIO(stored)) as archive:
        assert report == archive.read("report.pdf")
        made = json.loads(archive.read("survey.json"))["exported_at"]
    # When it was made over there, not when it was imported here.
    assert submission.submitted_at.startswith(made.removesuffix("Z"))


def test_importing_the_same_package_twice_changes_nothing(
    run: Run, data_paths: DataPaths, package: Path
) -> None:
    profile(data_paths, "211")
    assert run("import", str(package))[0] == 0
    before = kept(data_paths)
    code, out, err = run("--lang", "sv", "import", str(package))
    assert code == 0, err
    assert f"Paketet {package.name} finns redan sparat: omgångens 2022-1 inskickning 1." in out
    assert "Inget ändrades." in out
    assert kept(data_paths) == before


def _refused(run: Run, paths: DataPaths, file: Path, *expected: str) -> str:
    before = kept(paths)
    code, out, err = run("--lang", "en", "import", str(file))
    assert code == 2, out
    assert "Traceback" not in err
    for said in expected:
        assert said in err
    assert kept(paths) == before
    assert before[0] == []
    return err


def test_a_tampered_package_is_refused_and_nothing_is_stored(
    run: Run, data_paths: DataPaths, package: Path, tmp_path: Path
) -> None:
    profile(data_paths, "211")
    tampered = tmp_path / "tampered.asice"
    tampered.write_bytes(sent_elsewhere.tampered(package))
    _refused(
        run,
        data_paths,
        tampered,
        "The package tampered.asice was not imported because it failed a check:",
        "Nothing was stored.",
    )


def test_a_file_that_is_no_package_is_refused(
    run: Run, data_paths: DataPaths, tmp_path: Path
) -> None:
    profile(data_paths, "211")
    text = tmp_path / "notes.asice"
    text.write_text("not a zip file at all\n", "utf-8")
    _refused(run, data_paths, text, "The package notes.asice was not imported")
    code, _, err = run("--lang", "en", "import", str(tmp_path / "missing.asice"))
    assert code == 2 and "Traceback" not in err


def test_another_municipality_s_package_is_refused_naming_both(
    run: Run, data_paths: DataPaths, package: Path
) -> None:
    profile(data_paths, "837")
    _refused(
        run,
        data_paths,
        package,
        "The package is the answer of Kangasala (211), but this profile's municipality is "
        "Tampere (837). Nothing was imported.",
        "--yes",
    )


def test_with_yes_the_package_s_municipality_becomes_the_profile_s(
    run: Run, data_paths: DataPaths, package: Path
) -> None:
    profile(data_paths, "837")
    code, out, err = run("--lang", "en", "import", str(package), "--yes")
    assert code == 0, err
    assert "The profile's municipality was changed to Kangasala (211)." in out
    submissions, _, changed = kept(data_paths)
    assert len(submissions) == 1
    assert changed is not None and changed.municipality_code == "211"
    assert changed.contact_name == "Anna Mäkelä"  # the rest of the profile is kept


def test_without_a_profile_the_package_is_refused_unless_confirmed(
    run: Run, data_paths: DataPaths, package: Path
) -> None:
    profile(data_paths, None)
    _refused(
        run,
        data_paths,
        package,
        "The package is the answer of Kangasala (211), but no municipality has been chosen",
    )
    assert run("import", str(package), "--yes")[0] == 0
    assert kept(data_paths)[2] == Profile("211")


def test_a_round_submitted_here_refuses_another_package(
    run: Run, data_paths: DataPaths, package: Path, key: OrganisationKey, tmp_path: Path
) -> None:
    _sent_here(data_paths, key, tmp_path / "here")
    before = kept(data_paths)
    code, _, err = run("--lang", "en", "import", str(package))
    assert code == 2
    assert "Round 2022-1 already has submission 1 kept here" in err
    assert kept(data_paths) == before


def test_the_refusal_names_the_submission_kept_as_the_rounds_answer(
    run: Run, data_paths: DataPaths, package: Path, key: OrganisationKey, tmp_path: Path
) -> None:
    # Sent here, then corrected: the kept answer is submission 2; the package is number 1.
    _sent_here(data_paths, key, tmp_path / "here")
    with Store.open(data_paths) as store:
        service = Submissions(Workbook(store))
        assert service.start_correction(ROUND) == 2
        service.workbook.set_json(ROUND, "/premises/estimated_annual_rent", 3_250_000)
        service.export(ROUND, tmp_path / "again", key=key, lang="fi", after_closing=True)
    code, _, err = run("--lang", "sv", "import", str(package))
    assert code == 2
    assert (
        "Omgången 2022-1 har redan inskickning 2 sparad här, och det här paketet "
        "(inskickning 1) skiljer sig från den." in err
    ), err
    assert "inskickningar:" not in err
    code, _, err = run("--lang", "en", "import", str(package))
    assert "already has submission 2 kept here, and this package (submission 1) differs" in err
    code, _, err = run("import", str(package))
    assert "on jo täällä tallessa lähetys 2, ja tämä paketti (lähetys 1) on eri kuin se" in err


def test_a_submitted_round_shows_its_package_with_a_seal_that_is_checked_again(
    run: Run, data_paths: DataPaths, package: Path
) -> None:
    profile(data_paths, "211")
    assert run("import", str(package))[0] == 0
    code, out, err = run("show", "2022-1", "premises")
    assert code == 0, err
    # Nothing was typed here: the answers are the imported package's, as it was signed.
    assert "Lähetetty: lähetys 1, allekirjoitettu " in out and "Allekirjoittaja: Kangasala" in out
    assert "Tallessa olevat tiedostot tarkistettiin nyt: ne ovat ehjät." in out
    assert "3\u00a0100\u00a0000 €" in out

    _tamper_stored(data_paths, package)
    code, out, _ = run("--lang", "en", "show", "2022-1", "premises")
    assert "The stored files do NOT pass the check:" in out
    # Nothing of files that fail the check is shown as if it were what was sent.
    assert "The package's answers are not shown." in out
    assert "Not started" not in out and "Kangasalan terveyskeskus" not in out


def test_a_seal_whose_files_fail_the_check_does_not_claim_them_as_signed(
    run: Run, data_paths: DataPaths, package: Path
) -> None:
    profile(data_paths, "211")
    assert run("import", str(package))[0] == 0
    _tamper_stored(data_paths, package)
    for lang, signed in (("en", "as it was signed"), ("fi", "allekirjoitettiin")):
        code, out, err = run("--lang", lang, "show", "2022-1", "premises")
        assert code == 0, err
        head = out.splitlines()[1]
        assert signed not in head
    assert "Lähetetty: lähetys 1 (kirjattu " in out


@pytest.fixture(scope="module")
def package_of_january(tmp_path_factory: pytest.TempPathFactory, key: OrganisationKey) -> Path:
    """A package whose survey.json says it was made on 25.1.2022, though signed today."""
    return january_package(tmp_path_factory.mktemp("january"), key)


def test_the_seal_shows_the_signature_s_own_signing_time(
    run: Run, data_paths: DataPaths, package_of_january: Path
) -> None:
    profile(data_paths, "211")
    assert run("import", str(package_of_january))[0] == 0
    signed = format_local_time(signing_time(package_of_january.read_bytes()))
    code, out, err = run("show", "2022-1", "premises")
    assert code == 0, err
    assert f"allekirjoitettu {signed} (allekirjoituksen oma aika)" in out
    assert MADE_ON_SHOWN not in out.splitlines()[1]
    code, out, err = run("--lang", "sv", "show", "2022-1", "premises")
    assert f"undertecknad {signed} (signaturens egen tid)" in out


def test_a_correction_of_an_imported_round_starts_from_its_package_s_answers(
    run: Run, data_paths: DataPaths, package: Path
) -> None:
    profile(data_paths, "211")
    assert run("import", str(package))[0] == 0
    code, out, err = run("correct", "2022-1")
    assert code == 0, err
    assert "lähetys 2" in out
    # After the command, in a new process as it were: the answers are saved ones now.
    with Store.open_for_reading(data_paths) as store:
        assert not store.is_locked(ROUND)
        saved = store.round_answers(ROUND)
        entries = [e for e in store.audit_log(ROUND) if e.source is not None]
    assert saved["premises"]["estimated_annual_rent"] == 3_100_000
    assert entries and {e.source for e in entries} == {"2022-1#1"}
    assert "/premises/estimated_annual_rent" in {e.pointer for e in entries}
    code, out, err = run("show", "2022-1", "premises")
    assert "3\u00a0100\u00a0000 €" in out
    # A typed change is a change of that answer alone.
    assert run("set", "2022-1", "/premises/estimated_annual_rent", "3200000")[0] == 0


def test_a_correction_of_a_round_sent_here_keeps_its_saved_answers(
    run: Run, data_paths: DataPaths, key: OrganisationKey, tmp_path: Path
) -> None:
    _sent_here(data_paths, key, tmp_path / "here")
    with Store.open_for_reading(data_paths) as store:
        before = store.round_answers(ROUND)
    assert run("correct", "2022-1")[0] == 0
    with Store.open_for_reading(data_paths) as store:
        assert store.round_answers(ROUND) == before
        assert not [e for e in store.audit_log(ROUND) if e.source is not None]


def test_a_correction_of_an_imported_round_whose_package_fails_the_check_is_refused(
    run: Run, data_paths: DataPaths, package: Path
) -> None:
    profile(data_paths, "211")
    assert run("import", str(package))[0] == 0
    _tamper_stored(data_paths, package)
    before = kept(data_paths)
    code, out, err = run("--lang", "sv", "correct", "2022-1")
    assert code == 2, out
    assert "Traceback" not in err
    assert "Rättelsen av omgången 2022-1 påbörjades inte" in err
    with Store.open_for_reading(data_paths) as store:
        assert store.is_locked(ROUND)
        assert "premises" not in store.round_answers(ROUND)
    assert kept(data_paths) == before


def test_a_correction_keeps_the_contact_the_profile_carried_and_fills_the_rest(
    data_paths: DataPaths, package: Path
) -> None:
    from desktop.submission.importing import import_file

    with Store.open(data_paths) as store:
        workbook = Workbook(store)
        # Another municipality's profile: importing with its consent carries the new
        # profile's contact into the round before the round is locked.
        workbook.save_profile(Profile("091", contact_name="Pekka Virtanen"))
        import_file(workbook, package, make_profile=True)
        assert store.round_answers(ROUND)["background"] == {"respondent_name": "Pekka Virtanen"}
        assert Submissions(workbook).start_correction(ROUND) == 2
        saved = store.round_answers(ROUND)
        entries = [e for e in store.audit_log(ROUND) if e.source == "2022-1#1"]
    assert saved["background"]["respondent_name"] == "Pekka Virtanen"  # the profile's, kept
    assert saved["background"]["respondent_title"] == "Talousjohtaja"
    assert saved["premises"]["estimated_annual_rent"] == 3_100_000
    # One audit entry per answer filled, each naming the submission it came from.
    filled = {(section, key) for section, values in saved.items() for key in values}
    assert len(entries) == len(filled) - 1
    assert "/background/respondent_name" not in {e.pointer for e in entries}


def test_an_imported_package_keeps_its_own_number_so_a_correction_here_follows_it(
    run: Run, data_paths: DataPaths, key: OrganisationKey, tmp_path: Path
) -> None:
    """Sent twice from the old laptop, the second package imported on the new one: the
    correction made here is the third, never a second "2" the coordinator cannot rank."""
    elsewhere = DataPaths(tmp_path / "old-laptop")
    with Store.open(elsewhere) as store:
        store.save_profile(Profile("211", contact_name="Anna Mäkelä"))
        workbook = Workbook(store)
        fill_round(workbook, ROUND)
        service = Submissions(workbook)
        service.export(ROUND, tmp_path / "out", key=key, lang="fi", after_closing=True)
        service.start_correction(ROUND)
        workbook.set_json(ROUND, "/premises/estimated_annual_rent", 3_250_000)
        second = service.export(ROUND, tmp_path / "out", key=key, lang="fi", after_closing=True)
    assert second.package is not None and second.package.name.endswith("_2.asice")

    profile(data_paths, "211")
    code, out, err = run("import", str(second.package))
    assert code == 0, err
    assert "lähetykseksi 2" in out
    with Store.open_for_reading(data_paths) as store:
        assert [s.number for s in store.submissions(ROUND)] == [2]
    assert run("correct", ROUND)[0] == 0
    with Store.open(data_paths) as store:
        workbook = Workbook(store)
        workbook.set_json(ROUND, "/premises/estimated_annual_rent", 3_300_000)
        result = Submissions(workbook).export(
            ROUND, tmp_path / "new", key=key, lang="fi", after_closing=True
        )
    assert result.package is not None and result.package.name.endswith("_3.asice")
    document = json.loads(zipfile.ZipFile(result.package).read("survey.json"))
    assert document["submission"] == 3


def test_rounds_counts_a_sent_round_by_its_package_and_says_it_was_sent(
    run: Run, data_paths: DataPaths, package: Path
) -> None:
    profile(data_paths, "211")
    assert run("import", str(package))[0] == 0
    code, out, err = run("rounds")
    assert code == 0, err
    (line,) = [line for line in out.splitlines() if line.startswith("2022-1 ")]
    with Store.open_for_reading(data_paths) as store:
        [submission] = store.submissions(ROUND)
    import re

    # The package's answers, every required one, not the few saved here.
    assert re.search(r"vastattu (\d\d)/\1", line), line
    assert f"lähetetty {format_local_time(submission.submitted_at)} (lähetys 1)" in line
    (line,) = [line for line in out.splitlines() if line.startswith("2022-2 ")]
    assert "lähetetty" not in line
    code, out, _ = run("--lang", "en", "rounds")
    assert "sent " in out and "(submission 1)" in out

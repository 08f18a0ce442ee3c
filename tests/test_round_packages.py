"""A survey round published as a signed package: built, added, offered, answered and verified."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop import cli
from desktop.collect.collecting import collect
from desktop.collect.desk import Desk
from desktop.collect.receiving import verify_file
from desktop.collect.records import Records
from desktop.collect.standing import Status
from desktop.collect.trust import add as trust_municipality
from desktop.i18n import LANGS
from desktop.municipalities import Register
from desktop.paths import DataPaths
from desktop.rounds.draft import sample_answers
from desktop.rounds.library import added_in, catalog_with
from desktop.rounds.package import MIMETYPE
from desktop.storage import Profile, Store
from desktop.storage.round_packages import round_packages
from desktop.submission.exporting import export_round
from desktop.submission.service import Submissions
from desktop.workbook import Workbook
from tests.rounds_support import (
    ROUND_FOLDER,
    add,
    coordinator_key,
    package_2023,
    round_ids,
    trust,
)

SHIPPED = ["2022-1", "2022-2", "2022-3"]


def test_the_2023_round_is_not_compiled_into_the_catalog() -> None:
    from desktop.survey import load_catalog

    assert load_catalog().round_ids() == SHIPPED
    assert (ROUND_FOLDER / "2023-1.json").is_file()


def test_package_is_an_asic_container_of_its_own_type_with_every_schema() -> None:
    import zipfile
    from io import BytesIO

    with zipfile.ZipFile(BytesIO(package_2023())) as archive:
        names = archive.namelist()
        assert archive.read("mimetype") == MIMETYPE
    assert names[0] == "mimetype"
    assert "rounds/2023-1.json" in names
    # Every schema the manifest names, the shipped background-2 too.
    assert {"sections/background-2.json", "sections/premises-7.json"} <= set(names)
    assert names[-2:] == ["META-INF/ASiCManifest.xml", "META-INF/signature001.p7s"]


def test_acceptance_build_add_fill_submit_verify_collect(tmp_path: Path) -> None:
    """From resources' 2023-1 to a counted answer on the coordinator's side."""
    official = DataPaths(tmp_path / "official")
    trust(official)
    assert (
        cli.main(["--data-dir", str(official.root), "round", "add", str(_written(tmp_path))]) == 0
    )
    assert round_ids(official) == [*SHIPPED, "2023-1"]

    key = coordinator_key()  # the official's own key does not matter here; any key signs
    with Store.open(official) as store:
        workbook = Workbook(store)
        workbook.save_profile(
            Profile("049", "Maija Meikäläinen", "talousjohtaja", "maija@espoo.fi", "+358 9 81621")
        )
        rnd = workbook.round("2023-1")
        assert rnd.origin is not None and rnd.origin.signer_fingerprint == key.fingerprint
        for section_id, answers in sample_answers(rnd, "fi").items():
            for name, value in answers.items():
                if section_id == "background" and name != "networks":
                    continue  # the contact comes from the profile, the municipality too
                workbook.set_json("2023-1", f"/{section_id}/{name}", value)
        workbook.set_json("2023-1", "/staff/staff_groups/0/headcount", 2)
        assert workbook.problems("2023-1") == []
        result = export_round(
            Submissions(workbook),
            "2023-1",
            tmp_path / "sent",
            key=key,
            lang="fi",
            after_closing=True,
        )
    assert result.package is not None

    coordinator = DataPaths(tmp_path / "coordinator")
    # Without its own copy of the package, the coordinator does not know the round.
    refused = verify_file(result.package)
    assert not refused.ok and "2023-1" in (refused.failure.message("en") if refused.failure else "")
    trust(coordinator)
    add(coordinator, package_2023())
    catalog = catalog_with(added_in(coordinator))
    verdict = verify_file(result.package, catalog=catalog, trusted={key.fingerprint})
    assert verdict.ok, [c.message("en") for c in verdict.checks]

    register = Register.load()
    with Records.open(coordinator.coordinator_database) as records:
        trust_municipality(records, "049", key.fingerprint, register)
        standing = collect(
            records, "2023-1", [tmp_path / "sent"], workers=1, desk=Desk.open(coordinator)
        )
    counted = [e for e in standing.entries if e.status is Status.CURRENT]
    assert [e.code for e in counted] == ["049"]


def _written(tmp_path: Path) -> Path:
    target = tmp_path / "2023-1.tkround"
    target.write_bytes(package_2023())
    return target


def test_round_build_check_and_add_on_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop.signing.keys import to_pkcs12

    key_file = tmp_path / "coordinator.p12"
    key_file.write_bytes(to_pkcs12(coordinator_key(), None))
    out = tmp_path / "2023-1.tkround"
    base = ["--data-dir", str(tmp_path / "coordinator"), "--lang", "en", "round"]
    build = [*base, "build", str(ROUND_FOLDER), "--out", str(out), "--key", str(key_file)]
    assert cli.main(build) == 0
    said = capsys.readouterr().out
    assert "Round package" in said and "6 files" in said and coordinator_key().fingerprint in said

    assert cli.main([*base, "check", str(ROUND_FOLDER), "--out", str(tmp_path)]) == 0
    assert "is sound" in capsys.readouterr().out
    for name in ("2023-1-draft-empty.pdf", "2023-1-draft-filled.pdf"):
        assert (tmp_path / name).read_bytes().startswith(b"%PDF-")

    official = DataPaths(tmp_path / "official")
    trust(official)
    add_command = ["--data-dir", str(official.root), "--lang", "sv", "round", "add", str(out)]
    assert cli.main(add_command) == 0
    assert "Omgången 2023-1 har lagts till" in capsys.readouterr().out
    assert cli.main(["--data-dir", str(official.root), "--lang", "en", "rounds"]) == 0
    listing = capsys.readouterr().out
    assert "2023-1  Follow-up survey" in listing
    assert "added from a round package" in listing and coordinator_key().fingerprint in listing


def test_the_drafts_show_the_questions(tmp_path: Path) -> None:
    import subprocess

    assert (
        cli.main(["--lang", "en", "round", "check", str(ROUND_FOLDER), "--out", str(tmp_path)]) == 0
    )
    text = subprocess.run(
        ["pdftotext", str(tmp_path / "2023-1-draft-filled.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "Rent invoiced in total" in text and "Premises leased to the county" in text
    assert "DRAFT" in text


def test_adding_twice_changes_nothing(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "data")
    trust(paths)
    first = add(paths, package_2023())
    assert first.stored
    with Store.open(paths) as store:
        before = (round_packages(store), len(store.audit_log()))
    again = add(paths, package_2023())
    assert not again.stored and again.round.id == "2023-1"
    with Store.open(paths) as store:
        assert (round_packages(store), len(store.audit_log())) == before


def test_added_round_is_stored_in_the_database_not_the_program(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "data")
    trust(paths)
    add(paths, package_2023())
    # A restart: a new process reads the round from the database alone.
    with Store.open(paths) as store:
        stored = round_packages(store)
    assert [p.round_id for p in stored] == ["2023-1"]
    assert stored[0].package == package_2023()
    assert not list(Path(cli.__file__).parent.rglob("*.tkround"))


def test_the_shipped_organisers_key_is_trusted_without_a_setting(tmp_path: Path) -> None:
    from desktop.rounds.signers import trusted_signers

    shipped = trusted_signers(DataPaths(tmp_path / "fresh"))
    assert len(shipped) == 1
    trust(DataPaths(tmp_path / "fresh"))
    assert trusted_signers(DataPaths(tmp_path / "fresh")) == {coordinator_key().fingerprint}


def test_every_round_message_exists_in_every_language() -> None:
    from desktop.commands.messages import MESSAGES as COMMANDS
    from desktop.rounds.messages import MESSAGES as ROUNDS
    from desktop.survey.messages import MESSAGES as SURVEY

    ours = {
        **ROUNDS,
        **{k: v for k, v in SURVEY.items() if k.startswith("survey.round_definition.")},
        **{
            k: v
            for k, v in COMMANDS.items()
            if k.startswith(("commands.round.", "commands.demo.round_"))
        },
    }
    assert len(ours) > 40
    for key, texts in ours.items():
        assert set(texts) == set(LANGS), key


def test_round_folder_names_every_schema_it_uses() -> None:
    manifest = json.loads((ROUND_FOLDER / "2023-1.json").read_text("utf-8"))
    assert manifest["previous"] == "2022-3"
    assert manifest["changes"]["/premises/area_to_give_up"] == "/premises/area_expected_back"


def test_previous_round_review_carries_2022_3_into_the_added_round(tmp_path: Path) -> None:
    from desktop.review.previous import previous_answers

    paths = DataPaths(tmp_path / "data")
    trust(paths)
    add(paths, package_2023())
    with Store.open(paths) as store:
        workbook = Workbook(store)
        workbook.set_json("2022-3", "/premises/area_to_give_up", 120)
        workbook.set_json(
            "2022-3", "/premises/premises", [{"building": "Terveysasema", "floor_area": 800}]
        )
        found = previous_answers(store, workbook.catalog, "2023-1")
    assert found is not None and found.source.round_id == "2022-3"
    renamed = found.value("/premises/area_expected_back")  # area_to_give_up, renamed
    assert renamed is not None and renamed.value == 120
    assert "terveysasema" in found.rows("/premises/premises")


def test_a_coordinator_without_a_municipality_publishes_and_adds_their_own_copy(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The coordinator makes a key in the organisation's own name (no municipality profile),
    builds the round with it, and adds the package they built to their own folder."""
    base = ["--data-dir", str(tmp_path / "coordinator"), "--lang", "fi"]
    phrase = tmp_path / "phrase"
    phrase.write_text("")
    assert cli.main([*base, "key", "create", "--organisation", "Kuntaliitto",
                     "--passphrase-file", str(phrase)]) == 0  # fmt: skip
    said = capsys.readouterr().out
    assert "Kuntaliitto" in said and "Helsinki" not in said
    out = tmp_path / "2023-1.tkround"
    build = [*base, "round", "build", str(ROUND_FOLDER), "--out", str(out)]
    assert cli.main([*build, "--passphrase-file", str(phrase)]) == 0
    said = capsys.readouterr().out
    assert "allekirjoittaja Kuntaliitto" in said
    assert "round add" in said  # it says the folder now trusts its own key for its copy
    assert cli.main([*base, "round", "add", str(out)]) == 0, capsys.readouterr()
    assert "Kierros 2023-1 lisätty" in capsys.readouterr().out
    # The organisers' key is still trusted there.
    from desktop.rounds.signers import read_signers, shipped_setting, trusted_signers

    assert read_signers(shipped_setting()) <= trusted_signers(DataPaths(tmp_path / "coordinator"))


def test_drafts_go_into_a_folder_made_for_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    drafts = tmp_path / "drafts" / "new"
    assert cli.main(["round", "check", str(ROUND_FOLDER), "--out", str(drafts)]) == 0, (
        capsys.readouterr()
    )
    assert (drafts / "2023-1-draft-empty.pdf").read_bytes().startswith(b"%PDF-")


def test_an_organisation_name_must_be_a_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["key", "create", "--organisation", "  "]) == 2
    assert "organisaation nimi" in capsys.readouterr().err.lower()

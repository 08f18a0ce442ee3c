"""A correction with nothing changed since the last submission is not signed or exported.

"Changed" is what the package would carry: the answers as it holds them (hidden follow-ups
left out, computed values following from the answers) and the explanations of the confirmed
warnings. A draft is still made; the kept submission's files can be saved again instead.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from desktop.commands.demo import fill_round
from desktop.i18n import Lang
from desktop.paths import DataPaths
from desktop.signing.keys import Organisation, OrganisationKey, create_key
from desktop.storage import Profile, Store
from desktop.submission.readiness import Obstacle
from desktop.submission.refusals import ExportError
from desktop.submission.service import Submissions
from desktop.workbook import Workbook
from tests.exported_round import INARI, ROUND, Run, install_key, outputs

DURING = date(2022, 2, 1)  # 2022-1 is open
NAME = "/background/respondent_name"


@pytest.fixture(scope="module")
def key() -> OrganisationKey:
    return create_key(Organisation("Kangasala", "Kangasala"))


def _service(store: Store) -> Submissions:
    workbook = Workbook(store)
    workbook.save_profile(Profile("211", contact_name="Anna Mäkelä", contact_title="Johtaja"))
    return Submissions(workbook)


def _sent_and_reopened(
    service: Submissions, key: OrganisationKey, folder: Path, round_id: str = ROUND
) -> None:
    """``round_id`` filled, submitted once (submission 1) and opened for a correction."""
    fill_round(service.workbook, round_id)
    service.export(round_id, folder, key=key, lang="fi", after_closing=True)
    assert service.start_correction(round_id) == 2


def test_a_correction_with_nothing_changed_is_refused_and_nothing_is_written(
    store: Store, key: OrganisationKey, tmp_path: Path
) -> None:
    service = _service(store)
    _sent_and_reopened(service, key, tmp_path / "first")
    ready = service.readiness(ROUND, today=DURING, key=key)
    assert ready.first() is Obstacle.UNCHANGED
    assert ready.unchanged_since == 1

    out = tmp_path / "again"
    with pytest.raises(ExportError) as refused:
        service.export(ROUND, out, key=key, lang="fi", today=DURING)
    assert refused.value.key == "submission.refusal.unchanged"
    assert outputs(out) == []
    assert [s.number for s in store.submissions(ROUND)] == [1]
    assert not store.is_locked(ROUND)  # still open for the correction

    # A draft of the correction is still made.
    draft = service.export(ROUND, tmp_path / "draft", key=None, lang="fi", draft=True)
    assert draft.submission is None and draft.report.exists()


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("fi", "vastauksia tai huomautusten selityksiä ei ole muutettu lähetyksen 1 jälkeen"),
        ("sv", "varken svaren eller anmärkningarnas förklaringar har ändrats efter inskickning 1"),
        (
            "en",
            "neither the answers nor the explanations of warnings have changed since submission 1",
        ),
    ],
)
def test_the_refusal_says_since_which_submission_in_each_language(
    store: Store, key: OrganisationKey, tmp_path: Path, lang: Lang, said: str
) -> None:
    service = _service(store)
    _sent_and_reopened(service, key, tmp_path)
    refused = service.readiness(ROUND, today=DURING, key=key).refusal()
    assert refused is not None
    assert said in refused.message(lang), refused.message(lang)


def test_an_answer_changed_and_changed_back_is_no_change_and_a_real_change_goes(
    store: Store, key: OrganisationKey, tmp_path: Path
) -> None:
    service = _service(store)
    _sent_and_reopened(service, key, tmp_path / "first")
    workbook = service.workbook
    before = workbook.stored(ROUND, NAME)
    workbook.set_json(ROUND, NAME, "Korjattu Nimi")
    assert service.readiness(ROUND, today=DURING, key=key).first() is None
    workbook.set_json(ROUND, NAME, before)
    assert service.readiness(ROUND, today=DURING, key=key).first() is Obstacle.UNCHANGED

    workbook.set_json(ROUND, NAME, "Korjattu Nimi")
    result = service.export(ROUND, tmp_path / "second", key=key, lang="fi", today=DURING)
    assert result.submission is not None and result.submission.number == 2


def test_a_hidden_follow_up_changed_is_no_change_until_it_is_shown(
    store: Store, key: OrganisationKey, tmp_path: Path
) -> None:
    # 2022-2 asks for the staff lists' planned date only while the lists are not confirmed.
    service = _service(store)
    workbook = service.workbook
    fill_round(workbook, "2022-2")
    workbook.set_json("2022-2", "/staff/staff_lists_confirmed", True)  # the date is hidden
    service.export("2022-2", tmp_path, key=key, lang="fi", after_closing=True)
    assert service.start_correction("2022-2") == 2
    workbook.set_json("2022-2", "/staff/staff_lists_planned_date", "2022-11-30")
    ready = service.readiness("2022-2", key=key)
    assert ready.first(after_closing=True) is Obstacle.UNCHANGED  # never signed: no change

    workbook.set_json("2022-2", "/staff/staff_lists_confirmed", False)
    shown = service.readiness("2022-2", key=key)
    assert Obstacle.UNCHANGED not in shown.obstacles


def test_an_explanation_changed_is_a_change(
    store: Store, key: OrganisationKey, tmp_path: Path
) -> None:
    # 2022-3: the first staff group has more person-years than persons, a warning confirmed.
    round_id, pointer = "2022-3", "/staff/staff_groups/0/person_years"
    service = _service(store)
    workbook = service.workbook
    fill_round(workbook, round_id)
    workbook.set_json(round_id, pointer, 330.0)
    workbook.explain(round_id, pointer, "Ylityöt on laskettu mukaan")
    service.export(round_id, tmp_path, key=key, lang="fi", after_closing=True)
    service.start_correction(round_id)
    assert service.readiness(round_id, key=key).unchanged_since == 1

    workbook.explain(round_id, pointer, "Ylityöt ja sijaisuudet on laskettu mukaan")
    assert service.readiness(round_id, key=key).unchanged_since is None
    workbook.explain(round_id, pointer, "Ylityöt on laskettu mukaan")
    assert service.readiness(round_id, key=key).unchanged_since == 1


def test_a_correction_of_an_unreadable_submission_is_not_refused_as_unchanged(
    store: Store, key: OrganisationKey
) -> None:
    service = _service(store)
    fill_round(service.workbook, ROUND)
    store.record_submission(
        ROUND, package_name="p.asice", package=b"p", report=b"r", signer_fingerprint="0000"
    )
    assert service.start_correction(ROUND) == 2
    # What was sent cannot be read: nothing tells that the correction would repeat it.
    ready = service.readiness(ROUND, today=DURING, key=key)
    assert ready.unchanged_since is None and ready.first() is None


# -- the command line -----------------------------------------------------------------------


def test_the_command_line_refuses_an_unchanged_correction_and_tells_how_to_save_it_again(
    run: Run, ready: DataPaths, tmp_path: Path
) -> None:
    data = f"--data-dir {ready.root}"  # the data folder it was given (``run`` gives it)
    assert run("export", ROUND, "--yes", "--out", str(tmp_path / "first"))[0] == 0
    assert run("correct", ROUND)[0] == 0

    code, out, err = run("export", ROUND, "--yes", "--out", str(tmp_path / "same"))
    assert code == 2, (out, err)
    assert "vastauksia tai huomautusten selityksiä ei ole muutettu lähetyksen 1 jälkeen" in err
    assert f"tilannekuva {data} submissions {ROUND} --number 1 --out KANSIO" in err
    assert "Ennen lähettämistä" not in out  # nothing would be sent: no summary of it
    assert outputs(tmp_path / "same") == []

    code, out, err = run("--lang", "en", "export", ROUND, "--yes", "--out", str(tmp_path / "s"))
    assert code == 2
    assert "neither the answers nor the explanations" in err
    assert f"tilannekuva {data} --lang en submissions {ROUND} --number 1 --out FOLDER" in err

    # A draft of the correction is made all the same.
    code, out, _ = run("export", ROUND, "--draft", "--out", str(tmp_path / "draft"))
    assert code == 0, out
    assert outputs(tmp_path / "draft") == ["2022-1_148_inari_luonnos.pdf"]
    # The step the refusal names gives the kept files again.
    code, out, _ = run("submissions", ROUND, "--number", "1", "--out", str(tmp_path / "copy"))
    assert code == 0, out
    assert outputs(tmp_path / "copy") == outputs(tmp_path / "first")


def test_a_correction_of_an_explanation_alone_goes_and_its_summary_says_so(
    run: Run, data_paths: DataPaths, organisation_key: OrganisationKey, tmp_path: Path
) -> None:
    round_id, pointer = "2022-3", "/staff/staff_groups/0/person_years"
    with Store.open(data_paths) as store:
        store.save_profile(Profile(INARI, contact_name="Ánde Saamelainen"))
        workbook = Workbook(store)
        fill_round(workbook, round_id)
        workbook.set_json(round_id, pointer, 330.0)
        workbook.explain(round_id, pointer, "Ylityöt on laskettu mukaan")
    install_key(data_paths, organisation_key)
    assert run("export", round_id, "--yes", "--out", str(tmp_path))[0] == 0
    assert run("correct", round_id)[0] == 0
    assert run("explain", round_id, pointer, "Ylityöt ja sijaisuudet")[0] == 0

    code, out, err = run("export", round_id, "--yes", "--out", str(tmp_path))
    assert code == 0, err
    said = "Vastauksia ei ole muutettu lähetyksen 1 jälkeen; huomautusten selityksiä on muutettu."
    assert said in out
    assert "Selitys: Ylityöt ja sijaisuudet" in out


def test_a_correction_of_a_round_imported_from_another_computer_is_no_change_as_it_starts(
    run: Run, data_paths: DataPaths, key: OrganisationKey, tmp_path: Path
) -> None:
    from tests.sent_elsewhere import exported_elsewhere

    package = exported_elsewhere(tmp_path / "elsewhere", key)
    with Store.open(data_paths) as store:
        store.save_profile(Profile("211", contact_name="Anna Mäkelä"))
    install_key(data_paths, key)
    assert run("import", str(package))[0] == 0
    assert run("correct", ROUND)[0] == 0  # its answers filled from the package

    code, _, err = run("export", ROUND, "--yes", "--out", str(tmp_path / "same"))
    assert code == 2 and "ei ole muutettu lähetyksen 1 jälkeen" in err, err
    assert run("set", ROUND, "/premises/estimated_annual_rent", "3200000")[0] == 0
    code, _, err = run("export", ROUND, "--yes", "--out", str(tmp_path / "changed"))
    assert code == 0, err
    assert outputs(tmp_path / "changed") == [
        "2022-1_211_kangasala_2.asice",
        "2022-1_211_kangasala_2.pdf",
    ]

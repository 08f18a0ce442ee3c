"""A correction started by mistake, or no longer wanted, is cancelled: the round is back as
its last submission left it, locked and shown from its kept package.

The saved answers go back to what that package holds, written as edits the audit log
records with their source (a correction cancelled); the history leaves out each edit so
put back. A kept package that cannot be read or fails the check refuses the cancelling,
and nothing of the correction is lost.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.commands.demo import fill_round
from desktop.i18n import Lang
from desktop.jsonvalue import MISSING
from desktop.paths import DataPaths
from desktop.signing.keys import Organisation, OrganisationKey, create_key
from desktop.storage import Profile, Store
from desktop.storage.audit_rows import CORRECTION_CANCELLED
from desktop.submission.cancelling import CancelRefused
from desktop.submission.readiness import Obstacle
from desktop.submission.service import Submissions
from desktop.workbook import EXPLANATIONS, Workbook
from tests.exported_round import ROUND, Run

NAME = "/background/respondent_name"
RENT = "/premises/estimated_annual_rent"
SHARE = "/premises/joint_authorities/1/share"


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
    fill_round(service.workbook, round_id)
    service.export(round_id, folder, key=key, lang="fi", after_closing=True)
    assert service.start_correction(round_id) == 2


def test_a_correction_with_nothing_changed_is_cancelled_at_once(
    store: Store, key: OrganisationKey, tmp_path: Path
) -> None:
    service = _service(store)
    _sent_and_reopened(service, key, tmp_path)
    before = store.round_answers(ROUND)
    found = service.correction_discarded(ROUND)
    assert found is not None and found.nothing and found.number == 1
    assert found.answers == () and found.explanations == 0

    assert service.cancel_correction(ROUND) is not None
    assert store.is_locked(ROUND)
    assert [s.number for s in store.submissions(ROUND)] == [1]
    assert store.round_answers(ROUND) == before
    # Not being corrected any more: nothing to cancel, and a correction starts again.
    assert service.correction_discarded(ROUND) is None
    assert service.cancel_correction(ROUND) is None
    assert service.start_correction(ROUND) == 2


def test_the_answers_changed_go_back_as_the_submission_holds_them(
    store: Store, key: OrganisationKey, tmp_path: Path
) -> None:
    service = _service(store)
    _sent_and_reopened(service, key, tmp_path)
    workbook = service.workbook
    sent = store.round_answers(ROUND)
    workbook.set_json(ROUND, NAME, "Korjattu Nimi")
    workbook.set_json(ROUND, RENT, 1)
    workbook.set_json(ROUND, SHARE, 9.9)
    workbook.remove(ROUND, "/premises/area_to_give_up")

    found = service.correction_discarded(ROUND)
    assert found is not None and not found.nothing
    assert sorted(found.answers) == sorted(
        [NAME, "/premises/area_to_give_up", RENT, "/premises/joint_authorities"]
    )
    assert [s.id for s in found.sections] == ["background", "premises"]
    assert not store.is_locked(ROUND)  # only read: nothing changed yet

    service.cancel_correction(ROUND, actor="maija")
    assert store.is_locked(ROUND)
    assert store.round_answers(ROUND) == sent
    # A correction started again has nothing changed since submission 1.
    service.start_correction(ROUND)
    ready = service.readiness(ROUND, key=key)
    assert ready.first(after_closing=True) is Obstacle.UNCHANGED


def test_the_audit_log_keeps_every_change_and_the_history_tells_the_cancelling(
    store: Store, key: OrganisationKey, tmp_path: Path
) -> None:
    service = _service(store)
    _sent_and_reopened(service, key, tmp_path)
    workbook = service.workbook
    workbook.set_json(ROUND, NAME, "Korjattu")
    workbook.set_json(ROUND, NAME, "Korjattu Nimi")
    workbook.set_json(ROUND, SHARE, 9.9)
    service.cancel_correction(ROUND, actor="maija")

    log = store.audit_log(ROUND)
    put_back = [e for e in log if e.source == CORRECTION_CANCELLED]
    assert [(e.pointer, e.old, e.new) for e in put_back] == [
        ("/locked", False, True),
        (SHARE, 9.9, 6.2),
        (NAME, "Korjattu Nimi", "Anna Mäkelä"),
    ]
    assert {e.actor for e in put_back} == {"maija"}
    # The edits are in the log still; the history leaves them out with their putting back.
    assert [e.new for e in log if e.pointer == NAME][1:3] == ["Korjattu Nimi", "Korjattu"]
    told = store.history(ROUND)
    assert [(e.pointer, e.new) for e in told[:2]] == [("/locked", True), ("/locked", False)]
    assert told[0].source == CORRECTION_CANCELLED
    assert all(e.pointer not in (NAME, SHARE) for e in told[:3])


def test_a_hidden_follow_up_saved_before_the_submission_is_no_change_and_is_kept(
    store: Store, key: OrganisationKey, tmp_path: Path
) -> None:
    # 2022-2 asks for the staff lists' planned date only while the lists are not confirmed.
    round_id, planned = "2022-2", "/staff/staff_lists_planned_date"
    service = _service(store)
    workbook = service.workbook
    fill_round(workbook, round_id)
    workbook.set_json(round_id, planned, "2022-11-30")
    workbook.set_json(round_id, "/staff/staff_lists_confirmed", True)  # the date is hidden
    service.export(round_id, tmp_path, key=key, lang="fi", after_closing=True)
    service.start_correction(round_id)
    found = service.correction_discarded(round_id)
    assert found is not None and found.nothing

    service.cancel_correction(round_id)
    assert workbook.stored(round_id, planned) == "2022-11-30"  # kept in storage, as ever


def test_an_explanation_changed_is_put_back_fitting_its_warning_again(
    store: Store, key: OrganisationKey, tmp_path: Path
) -> None:
    round_id, pointer = "2022-3", "/staff/staff_groups/0/person_years"
    service = _service(store)
    workbook = service.workbook
    fill_round(workbook, round_id)
    workbook.set_json(round_id, pointer, 330.0)
    workbook.explain(round_id, pointer, "Ylityöt on laskettu mukaan")
    given = store.round_answers(round_id)[EXPLANATIONS]
    service.export(round_id, tmp_path, key=key, lang="fi", after_closing=True)
    service.start_correction(round_id)
    # The package carries the words, not the values the warning named: no change.
    found = service.correction_discarded(round_id)
    assert found is not None and found.nothing

    workbook.set_json(round_id, pointer, 340.0)
    workbook.explain(round_id, pointer, "Ylityöt ja sijaisuudet")
    found = service.correction_discarded(round_id)
    assert found is not None and found.answers == ("/staff/staff_groups",)
    assert found.explanations == 1
    service.cancel_correction(round_id)
    assert store.round_answers(round_id)[EXPLANATIONS] == given
    # Started again, the warning is explained as it was sent: the correction is unchanged.
    service.start_correction(round_id)
    assert service.readiness(round_id, key=key).unchanged_since == 1


def test_an_explanation_given_in_the_correction_is_taken_back(
    store: Store, key: OrganisationKey, tmp_path: Path
) -> None:
    round_id, pointer = "2022-3", "/staff/staff_groups/0/person_years"
    service = _service(store)
    workbook = service.workbook
    fill_round(workbook, round_id)
    service.export(round_id, tmp_path, key=key, lang="fi", after_closing=True)
    service.start_correction(round_id)
    workbook.set_json(round_id, pointer, 330.0)
    workbook.explain(round_id, pointer, "Ylityöt on laskettu mukaan")

    found = service.correction_discarded(round_id)
    assert found is not None and found.explanations == 1
    service.cancel_correction(round_id)
    assert workbook.explanations(round_id) == {}


@pytest.mark.parametrize(
    ("package", "said"),
    [
        (b"not a package", "cannot be read"),
        (None, "does not pass the check"),
    ],
)
def test_a_kept_package_that_fails_refuses_the_cancelling_and_nothing_is_lost(
    store: Store, key: OrganisationKey, tmp_path: Path, package: bytes | None, said: str
) -> None:
    from tests.sent_elsewhere import tampered

    service = _service(store)
    _sent_and_reopened(service, key, tmp_path)
    service.workbook.set_json(ROUND, NAME, "Korjattu Nimi")
    if package is None:
        (kept,) = tmp_path.glob("*.asice")
        package = tampered(kept)
    store.connection.execute("UPDATE submissions SET package = ?", (package,))
    if package == b"not a package":
        # Recorded as such: only the reading fails, not the check of what was recorded.
        from desktop.digests import sha256_hex

        store.connection.execute(
            "UPDATE submissions SET package_sha256 = ?", (sha256_hex(package),)
        )

    with pytest.raises(CancelRefused) as refused:
        service.cancel_correction(ROUND)
    message = refused.value.message("en")
    assert "not cancelled" in message and "submission 1" in message
    assert said in message or "does not pass the check" in message, message
    assert not store.is_locked(ROUND)
    assert service.workbook.stored(ROUND, NAME) == "Korjattu Nimi"
    with pytest.raises(CancelRefused):
        service.correction_discarded(ROUND)


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("fi", "Kierroksen 2022-1 korjausta ei peruttu"),
        ("sv", "Rättelsen av omgången 2022-1 avbröts inte"),
        ("en", "The correction of round 2022-1 was not cancelled"),
    ],
)
def test_the_refusal_is_told_in_each_language(lang: Lang, said: str) -> None:
    assert said in CancelRefused(ROUND, 1).message(lang)


def test_the_storage_refuses_a_round_not_being_corrected(store: Store) -> None:
    assert not store.cancel_correction(ROUND, [(NAME, MISSING)], source=CORRECTION_CANCELLED)
    assert store.round_answers(ROUND) == {}


# -- the command line -----------------------------------------------------------------------


def test_the_command_line_cancels_a_correction_with_nothing_changed_at_once(
    run: Run, ready: DataPaths, tmp_path: Path
) -> None:
    assert run("export", ROUND, "--yes", "--out", str(tmp_path))[0] == 0
    code, out, err = run("correct", ROUND, "--cancel")
    assert code == 0 and "ei ole avattu korjausta varten" in out, (out, err)
    assert run("correct", ROUND)[0] == 0

    code, out, err = run("correct", ROUND, "--cancel")
    assert code == 0, err
    assert "Kierroksen 2022-1 korjaus on peruttu" in out and "lähetys 1" in out
    assert "Perutaanko" not in out  # nothing to discard: nothing asked
    with Store.open(ready) as store:
        assert store.is_locked(ROUND)
    code, out, _ = run("submissions", ROUND)
    assert code == 0 and "lukittu" in out.lower()


def test_the_command_line_tells_what_is_discarded_and_wants_a_yes(
    run: Run, ready: DataPaths, tmp_path: Path
) -> None:
    assert run("export", ROUND, "--yes", "--out", str(tmp_path))[0] == 0
    assert run("correct", ROUND)[0] == 0
    assert run("set", ROUND, RENT, "1")[0] == 0

    code, out, err = run("correct", ROUND, "--cancel")  # no terminal to ask at
    assert code == 2, (out, err)
    assert "Korjauksessa muutettuja vastauksia: 1, osioissa:" in out
    assert "--yes" in err and "korjaus jatkuu" in err
    with Store.open(ready) as store:
        assert not store.is_locked(ROUND)
        assert store.get_answer(ROUND, RENT) == 1

    code, out, err = run("--lang", "en", "correct", ROUND, "--cancel", "--yes")
    assert code == 0, err
    assert "Answers changed in the correction: 1, in the sections:" in out
    assert "The correction of round 2022-1 is cancelled" in out
    with Store.open(ready) as store:
        assert store.is_locked(ROUND)
        assert store.get_answer(ROUND, RENT) != 1


@pytest.mark.parametrize(("answer", "code"), [("k", 0), ("", 2)])
def test_at_a_terminal_the_command_line_asks_and_the_default_keeps_the_correction(
    run: Run,
    ready: DataPaths,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    answer: str,
    code: int,
) -> None:
    from desktop.commands import submit

    assert run("export", ROUND, "--yes", "--out", str(tmp_path))[0] == 0
    assert run("correct", ROUND)[0] == 0
    assert run("set", ROUND, RENT, "1")[0] == 0
    asked: list[str] = []
    monkeypatch.setattr(submit, "_interactive", lambda: True)
    monkeypatch.setattr(submit, "_ask", lambda q: asked.append(q) or answer)

    got, out, err = run("--lang", "sv", "correct", ROUND, "--cancel")
    assert got == code, (out, err)
    assert asked and "Avbryta rättelsen?" in asked[0] and "[j/N]" in asked[0]
    with Store.open(ready) as store:
        assert store.is_locked(ROUND) is (code == 0)
    if code:
        assert "Rättelsen avbröts inte; ändringarna finns kvar." in err


def test_the_command_line_refuses_when_the_kept_package_fails(
    run: Run, ready: DataPaths, tmp_path: Path
) -> None:
    from tests.sent_elsewhere import tampered

    assert run("export", ROUND, "--yes", "--out", str(tmp_path))[0] == 0
    assert run("correct", ROUND)[0] == 0
    assert run("set", ROUND, RENT, "1")[0] == 0
    (package,) = tmp_path.glob("*.asice")
    with Store.open(ready) as store:
        store.connection.execute("UPDATE submissions SET package = ?", (tampered(package),))

    code, out, err = run("--lang", "en", "correct", ROUND, "--cancel", "--yes")
    assert code == 2, (out, err)
    assert "was not cancelled" in err and "the correction goes on" in err
    with Store.open(ready) as store:
        assert not store.is_locked(ROUND)
        assert store.get_answer(ROUND, RENT) == 1


def test_the_history_tells_the_correction_opened_and_cancelled_without_its_edits(
    run: Run, ready: DataPaths, tmp_path: Path
) -> None:
    assert run("export", ROUND, "--yes", "--out", str(tmp_path))[0] == 0
    assert run("correct", ROUND)[0] == 0
    assert run("set", ROUND, RENT, "1")[0] == 0
    assert run("correct", ROUND, "--cancel", "--yes")[0] == 0

    code, out, err = run("history", ROUND)
    assert code == 0, err
    lines = out.splitlines()
    assert "Korjaus peruttiin" in lines[0]
    assert "Kierros avattiin korjausta varten" in lines[1]
    assert "Lähetys 1" in lines[2]  # the edit and its putting back are left out
    with Store.open(ready) as store:  # the audit log keeps both
        assert [e.new for e in store.audit_log(ROUND) if e.pointer == RENT][:2] == [3100000, 1]

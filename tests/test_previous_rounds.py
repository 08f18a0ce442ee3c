"""The previous round's answer beside each question, and copying it forward.

The demo municipality's 2022-1 is filled and submitted; 2022-2 is opened.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop import cli
from desktop.commands.demo import fill_round
from desktop.paths import DataPaths, resources_dir, schemas_dir
from desktop.review.copying import CopyError, Reason, copy_forward, plan_copy, undo_last_copy
from desktop.signing.keys import Organisation, OrganisationKey, create_key
from desktop.storage import Profile, Store
from desktop.submission.service import Submissions
from desktop.survey import load_catalog, shipped_catalog
from desktop.survey.lineage import Lineage
from desktop.workbook import Workbook

RENT = "/premises/estimated_annual_rent"


@pytest.fixture(scope="module")
def organisation_key() -> OrganisationKey:
    return create_key(Organisation("Kangasala", "Kangasala"))


def submit(workbook: Workbook, round_id: str, key: OrganisationKey, folder: Path) -> None:
    Submissions(workbook).export(round_id, folder, key=key, lang="fi", after_closing=True)


@pytest.fixture
def workbook(store: Store, organisation_key: OrganisationKey, tmp_path: Path) -> Workbook:
    """2022-1 answered and submitted; nothing typed in 2022-2 yet."""
    store.save_profile(Profile("211", contact_name="Anna Mäkelä"))
    book = Workbook(store)
    fill_round(book, "2022-1")
    submit(book, "2022-1", organisation_key, tmp_path / "sent")
    return book


def run(paths: DataPaths, *args: str) -> tuple[int, str]:
    import contextlib
    import io

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = cli.main(["--data-dir", str(paths.root), *args])
    return code, out.getvalue()


def test_every_repeated_question_shows_the_previous_answer(workbook: Workbook) -> None:
    previous = workbook.previous("2022-2")
    assert previous is not None and previous.source.submission == 1
    answered = json.loads((resources_dir() / "demo" / "answers-2022-1.json").read_text("utf-8"))
    rnd = workbook.round("2022-2")
    repeated = [
        f"/{s.id}/{f.key}"
        for s in rnd.sections
        for f in s.fields
        if f.key in answered["answers"].get(s.id, {})
    ]
    assert len(repeated) > 15
    for pointer in repeated:
        assert previous.describe(pointer, "fi") is not None, pointer
    assert previous.describe(RENT, "fi") == "2022-1: 3\u00a0100\u00a0000 €"
    assert previous.describe("/premises/lease_status", "sv") == "2022-1: Inte inlett"


def test_show_prints_the_previous_answer_beside_each_question(
    workbook: Workbook, data_paths: DataPaths
) -> None:
    workbook.set_json(
        "2022-2", "/premises/premises", [{"building": "Sahalahden paloasema", "floor_area": 500}]
    )
    workbook.store.close()
    code, out = run(data_paths, "show", "2022-2", "premises")
    assert code == 0
    assert "Edelliset vastaukset: kierroksen 2022-1 lähetys 1" in out
    assert "      Edellinen 2022-1: 3\u00a0100\u00a0000 €" in out
    # The row lines up by its building, not by its position.
    assert (
        "[0] edellinen 2022-1: Käyttötarkoitus: Paloasema; Omistus: Kunnan oma; Pinta-ala: 420 m²"
        in out
    )
    assert "Edellisellä kierroksella 2022-1, ei nyt: Rakennus tai tila: Kangasalan paloasema" in out
    code, out = run(data_paths, "--lang", "sv", "show", "2022-2", "premises")
    assert "      Föregående 2022-1: 3\u00a0100\u00a0000 €" in out


def test_an_unanswered_table_shows_the_previous_one_as_one_line(
    workbook: Workbook, data_paths: DataPaths
) -> None:
    """Nobody has started the table: its previous rows are one count, not each "not now"."""
    workbook.store.close()
    code, out = run(data_paths, "show", "2022-2", "premises")
    assert code == 0
    assert "      Edellinen 2022-1: 8 riviä" in out
    assert "ei nyt" not in out
    code, out = run(data_paths, "--lang", "en", "show", "2022-2", "premises")
    assert "not now" not in out
    # A row added but nothing typed in it yet is no answer either.
    with Store.open(data_paths) as store:
        Workbook(store).set_json("2022-2", "/premises/premises", [{}])
    code, out = run(data_paths, "show", "2022-2", "premises")
    assert "      Edellinen 2022-1: 8 riviä" in out and "ei nyt" not in out


def test_an_unsent_previous_round_is_read_from_its_saved_answers_marked_as_such(
    store: Store,
) -> None:
    store.save_profile(Profile("211"))
    book = Workbook(store)
    fill_round(book, "2022-1")
    previous = book.previous("2022-2")
    assert previous is not None and not previous.source.sent
    assert previous.describe(RENT, "fi") == "2022-1 (lähettämätön): 3\u00a0100\u00a0000 €"
    assert previous.describe(RENT, "sv") == "2022-1 (ej inskickad): 3\u00a0100\u00a0000 €"


def test_previous_is_what_was_sent_not_rows_edited_since(workbook: Workbook) -> None:
    workbook.store.start_correction("2022-1")
    workbook.set_json("2022-1", RENT, 1)
    previous = workbook.previous("2022-2")
    assert previous is not None and previous.describe(RENT, "fi") == "2022-1: 3\u00a0100\u00a0000 €"


def test_copy_section_fills_the_answers_keeps_what_was_typed_and_audits_the_source(
    workbook: Workbook,
) -> None:
    workbook.set_json("2022-2", "/staff/holiday_pay_liability", 1_500_000)
    workbook.set_json("2022-2", "/staff/staff_groups", [{"group": "health_care", "headcount": 500}])
    done = copy_forward(workbook, "2022-2", "staff", add_rows=True)
    assert done.copy is not None
    staff = workbook.answers("2022-2")["staff"]
    assert staff["holiday_pay_liability"] == 1_500_000  # typed: kept
    assert staff["under_half_staff_bought"] == 35
    rows = {row["group"]: row for row in staff["staff_groups"]}
    assert rows["health_care"]["headcount"] == 500  # typed cell kept
    assert rows["health_care"]["person_years"] == 455  # empty cell filled from its row's key
    assert rows["social_care"]["headcount"] == 310  # missing row added, as asked
    skipped = {(s.pointer, s.reason) for s in done.plan.skipped}
    assert ("/staff/holiday_pay_liability", Reason.TYPED) in skipped
    assert ("/staff/staff_groups/0/headcount", Reason.TYPED) in skipped
    copied = [e for e in workbook.store.audit_log("2022-2") if e.source]
    assert len(copied) == done.copy.count
    assert {e.source for e in copied} == {"2022-1#1"}
    assert "/staff/under_half_staff_bought" in {e.pointer for e in copied}
    # Undone: back to what was typed.
    copy, kept = undo_last_copy(workbook, "2022-2")
    assert copy.id == done.copy.id and kept == 0
    assert workbook.answers("2022-2")["staff"] == {
        "holiday_pay_liability": 1_500_000,
        "staff_groups": [{"group": "health_care", "headcount": 500}],
    }
    with pytest.raises(CopyError) as nothing:
        undo_last_copy(workbook, "2022-2")
    assert "ei ole kopioitu mitään" in nothing.value.message("fi")


def test_copy_forward_on_the_command_line(workbook: Workbook, data_paths: DataPaths) -> None:
    workbook.set_json("2022-2", RENT, 3_300_000)
    workbook.store.close()
    code, out = run(data_paths, "copy-forward", "2022-2", "premises")
    assert code == 0
    assert "Kopioitu 10 vastausta kierrokselta 2022-1 kierrokselle 2022-2." in out
    assert "Ohitettu, koska vastaus on jo annettu (1): /premises/estimated_annual_rent" in out
    assert "copy-forward 2022-2 premises --overwrite" in out
    code, out = run(data_paths, "history", "2022-2", "--limit", "1")
    assert "[kopioitu: 2022-1, lähetys 1]" in out
    code, out = run(data_paths, "copy-forward", "2022-2", RENT, "--overwrite")
    assert "Kopioitu 1 vastaus" in out
    code, out = run(data_paths, "--lang", "sv", "copy-forward", "2022-2", "--undo")
    assert code == 0 and "ångrades (1 svar)" in out
    with Store.open(data_paths) as store:
        assert Workbook(store).answers("2022-2")["premises"]["estimated_annual_rent"] == 3_300_000


def test_copy_into_a_submitted_round_is_refused_and_changes_nothing(
    workbook: Workbook, organisation_key: OrganisationKey, tmp_path: Path, data_paths: DataPaths
) -> None:
    fill_round(workbook, "2022-2")
    submit(workbook, "2022-2", organisation_key, tmp_path / "sent2")
    before = workbook.store.audit_log("2022-2")
    with pytest.raises(CopyError) as refused:
        copy_forward(workbook, "2022-2")
    assert "on jo lähetetty" in refused.value.message("fi")
    with pytest.raises(CopyError):  # the plan too: nothing is asked before the refusal
        plan_copy(workbook, "2022-2", overwrite=True)
    assert workbook.store.audit_log("2022-2") == before
    workbook.store.close()
    code, _ = run(data_paths, "copy-forward", "2022-2", "/premises/nothing")
    assert code == 2


def test_a_round_without_previous_answers_says_so(store: Store, data_paths: DataPaths) -> None:
    store.save_profile(Profile("211"))
    store.close()
    code, _ = run(data_paths, "copy-forward", "2022-1")
    assert code == 2
    code, _ = run(data_paths, "copy-forward", "2022-2")
    assert code == 2


def _copy_schemas(tmp_path: Path) -> Path:
    import shutil

    root = tmp_path / "schemas"
    shutil.copytree(schemas_dir(), root)
    return root


def test_a_changes_mapping_naming_no_question_stops_the_round_with_file_and_pointer(
    tmp_path: Path,
) -> None:
    root = _copy_schemas(tmp_path)
    path = root / "rounds" / "2022-3.json"
    manifest = json.loads(path.read_text("utf-8"))
    manifest["changes"]["/premises/no_such_question"] = "/premises/estimated_annual_rent"
    manifest["changes"]["/staff/holiday_pay_liability"] = [
        "/staff/nothing",
        "/staff/holiday_pay_liability",
    ]
    path.write_text(json.dumps(manifest), "utf-8")
    catalog = load_catalog(root)
    assert "2022-3" not in catalog.rounds and "2022-2" in catalog.rounds
    (problem,) = catalog.problems
    assert problem.file == "rounds/2022-3.json"
    assert "/premises/no_such_question" in problem.reason
    assert "/staff/nothing" in problem.reason


def test_renamed_split_and_removed_questions_line_up() -> None:
    catalog = shipped_catalog()
    rnd = catalog.round("2022-3")
    moved = rnd.replace(
        changes={
            "/premises/model_lease_used": None,
            "/premises/area_to_give_up": "/premises/leased_area_share",
            "/staff/holiday_pay_liability": [
                "/staff/employees_notified",
                "/staff/employees_notified_planned_date",
            ],
        },
    )
    lineage = Lineage.between(moved, catalog.round("2022-2"))
    link = lineage.link("/premises/leased_area_share")
    assert link is not None and "/premises/area_to_give_up" in link.sources
    assert not link.copyable  # merged with its own earlier answer
    split = lineage.link("/staff/employees_notified")
    assert split is not None and split.split and not split.copyable
    assert lineage.link("/premises/model_lease_used") is None
    kinds = {(c.kind.value, c.pointer) for c in lineage.changes()}
    assert ("removed", "/premises/model_lease_used") in kinds
    assert ("split", "/staff/employees_notified") in kinds
    assert ("merged", "/premises/leased_area_share") in kinds
    assert ("new", "/premises/premises/annual_rent") in kinds


def test_demo_tells_the_whole_story(data_paths: DataPaths) -> None:
    code, out = run(data_paths, "demo")
    assert code == 0
    assert "Seuraava kierros 2022-2: edellisen kierroksen vastaukset pohjaksi." in out
    assert "23 vastausta kopioitu kierrokselta 2022-1" in out
    assert "Suuri muutos vahvistettu selityksellä" in out
    assert "Vertailu: 2022-1, lähetys 1 → 2022-2, lähetys 1" in out
    assert "3\u00a0100\u00a0000 € → 5\u00a0200\u00a0000 € (+2\u00a0100\u00a0000 €, +68 %)" in out
    assert "~ Sosiaalihuolto: Henkilömäärä 310 hlö → 314 hlö" in out
    with Store.open(data_paths) as store:
        previous = Workbook(store).previous("2022-2")
        assert [s.number for s in store.submissions("2022-2")] == [1]
        copied = [e for e in store.audit_log("2022-2") if e.source == "2022-1#1"]
        assert len(copied) == 23 and {e.actor for e in copied} == {"demo"}
    assert previous is not None


def test_a_table_copies_only_the_rows_chosen_by_key(
    workbook: Workbook, data_paths: DataPaths
) -> None:
    workbook.set_json(
        "2022-2", "/premises/premises", [{"building": "Sahalahden paloasema", "floor_area": 500}]
    )
    workbook.store.close()
    table = "/premises/premises"
    code, out = run(data_paths, "copy-forward", "2022-2", table, "--row", "kangasalan paloasema")
    assert code == 0 and "Kopioitu 1 vastaus" in out
    code, _ = run(data_paths, "copy-forward", "2022-2", "premises", "--row", "x")
    assert code == 2  # rows are chosen of one table
    code, _ = run(data_paths, "copy-forward", "2022-2", table, "--row", "Ei tällaista")
    assert code == 2
    with Store.open(data_paths) as store:
        rows = Workbook(store).answers("2022-2")["premises"]["premises"]
    assert [r["building"] for r in rows] == ["Sahalahden paloasema", "Kangasalan paloasema"]
    assert rows[0]["floor_area"] == 500 and rows[1]["floor_area"] == 1450


def test_undo_keeps_an_answer_changed_by_hand_since_the_copy(workbook: Workbook) -> None:
    done = copy_forward(workbook, "2022-2", "staff")
    assert done.copy is not None
    workbook.set_json("2022-2", "/staff/under_half_staff_bought", 40)
    copy, kept = undo_last_copy(workbook, "2022-2")
    assert kept == 1 and copy.count == done.copy.count
    assert workbook.answers("2022-2")["staff"] == {"under_half_staff_bought": 40}
    undone = [e for e in workbook.store.audit_log("2022-2") if e.source == "undo:2022-1#1"]
    assert len(undone) == done.copy.count - 1


def test_the_rows_to_choose_from_are_named_by_their_key_as_the_user_reads_it(
    workbook: Workbook,
) -> None:
    from desktop.review.copying import copy_forward, table_rows

    workbook.set_json("2022-2", "/staff/staff_groups", [{"group": "health_care", "headcount": 1}])
    found = table_rows(workbook, "2022-2", "/staff/staff_groups", "sv")
    assert found is not None
    _title, source, rows = found
    assert source == "2022-1"
    health = next(r for r in rows if r.key == "health_care")
    assert health.present and not health.shown.startswith("health")  # the option's label
    chosen = [r.key for r in rows if not r.present][:2]
    copy_forward(workbook, "2022-2", "/staff/staff_groups", rows=chosen)
    groups = [r["group"] for r in workbook.answers("2022-2")["staff"]["staff_groups"]]
    assert groups == ["health_care", *chosen]
    assert table_rows(workbook, "2022-2", "/premises/lease_status", "fi") is None  # no table


def test_rows_taken_out_of_an_answered_table_stay_out_when_the_round_is_copied(
    workbook: Workbook, data_paths: DataPaths
) -> None:
    """The user copied last round's buildings but one, and later copies the whole round
    keeping what is typed: the building left out is not brought back, and it is said."""
    table = "/premises/premises"
    previous = [r["building"] for r in workbook.answers("2022-1")["premises"]["premises"]]
    left_out = previous[-1]
    copy_forward(workbook, "2022-2", table, rows=[b.casefold() for b in previous[:-1]])
    done = copy_forward(workbook, "2022-2", None)
    rows = workbook.answers("2022-2")["premises"]["premises"]
    assert [r["building"] for r in rows] == previous[:-1]
    assert [(s.pointer, s.reason) for s in done.plan.skipped if s.pointer.startswith(table)] == [
        (f"{table} [{left_out}]", Reason.ROWS_LEFT_OUT)
    ]

    # The same on the command line, after a row is cleared: the message names the row.
    workbook.store.close()
    assert run(data_paths, "clear", "2022-2", f"{table}/0")[0] == 0
    code, out = run(data_paths, "copy-forward", "2022-2", "premises")
    assert code == 0 and previous[0] in out and "--add-rows" in out
    with Store.open(data_paths) as store:
        rows = Workbook(store).answers("2022-2")["premises"]["premises"]
    assert [r["building"] for r in rows] == previous[1:-1]

    # Asked for, last round's missing rows come back.
    code, out = run(data_paths, "copy-forward", "2022-2", "premises", "--add-rows")
    with Store.open(data_paths) as store:
        rows = Workbook(store).answers("2022-2")["premises"]["premises"]
    assert sorted(r["building"] for r in rows) == sorted(previous)


def test_a_first_start_shows_no_previous_answers_from_the_profile(
    store: Store, data_paths: DataPaths
) -> None:
    """The contact typed into the profile fills every open round; it is nobody's previous
    answer, so a new user sees no "Edellinen 2022-1 (lähettämätön)" under each contact field."""
    book = Workbook(store)
    book.save_profile(
        Profile("211", contact_name="Anna Mäkelä", contact_email="anna@kangasala.example")
    )
    assert book.previous("2022-2") is None
    store.close()
    code, out = run(data_paths, "show", "2022-2", "background")
    assert code == 0
    assert "Anna Mäkelä" in out  # the answer itself, from the profile
    assert "Edellinen" not in out and "Edelliset vastaukset" not in out


def test_a_contact_typed_by_hand_in_an_unsent_round_is_a_previous_answer(store: Store) -> None:
    book = Workbook(store)
    book.save_profile(Profile("211", contact_name="Anna Mäkelä"))
    book.set_json("2022-1", "/background/respondent_name", "Pekka Virtanen")
    previous = book.previous("2022-2")
    assert previous is not None
    assert previous.describe("/background/respondent_name", "fi") == (
        "2022-1 (lähettämätön): Pekka Virtanen"
    )


def test_a_skipped_round_leads_back_to_the_latest_round_answered(
    workbook: Workbook, data_paths: DataPaths
) -> None:
    """2022-1 was sent, 2022-2 never answered (only the profile's contact in it): 2022-3
    shows 2022-1's answers, through both rounds' changes, and names 2022-1."""
    previous = workbook.previous("2022-3")
    assert previous is not None
    assert previous.source.round_id == "2022-1" and previous.source.submission == 1
    assert previous.describe(RENT, "fi") == "2022-1: 3\u00a0100\u00a0000 €"
    assert previous.describe("/premises/model_lease_used", "fi") is None  # removed in 2022-3
    workbook.store.close()
    code, out = run(data_paths, "show", "2022-3", "premises")
    assert code == 0
    assert "Edelliset vastaukset: kierroksen 2022-1 lähetys 1" in out
    assert "      Edellinen 2022-1: 3\u00a0100\u00a0000 €" in out


def test_undoing_rows_copied_into_an_unanswered_table_leaves_it_unanswered(
    workbook: Workbook,
) -> None:
    """Not "no rows": an empty table would be the answer "none", signed and sent as such."""
    table = "/premises/premises"
    keys = [r["building"] for r in workbook.answers("2022-1")["premises"]["premises"]][:2]
    done = copy_forward(workbook, "2022-2", table, rows=keys)
    assert done.copy is not None and done.copy.count == 1  # the table, as one answer
    assert len(workbook.answers("2022-2")["premises"]["premises"]) == 2
    undo_last_copy(workbook, "2022-2")
    assert "premises" not in workbook.answers("2022-2").get("premises", {})


def test_show_says_a_sent_round_s_previous_answers_are_the_local_copy_when_its_files_fail(
    workbook: Workbook, data_paths: DataPaths
) -> None:
    with workbook.store.connection:
        workbook.store.connection.execute("UPDATE submissions SET package = x'00'")
    workbook.store.close()
    code, out = run(data_paths, "--lang", "sv", "show", "2022-2", "premises")
    assert code == 0
    assert "inte inskickade" not in out and "ej inskickad" not in out
    assert "Föregående svar: omgångens 2022-1 sparade svar (osignerad lokal kopia" in out

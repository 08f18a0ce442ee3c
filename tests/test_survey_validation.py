"""Validation as the official sees it: every problem, at its question, in her language."""

from __future__ import annotations

import json
from typing import Any

import pytest

from desktop.i18n import LANGS, in_lang, whole_number
from desktop.paths import resources_dir
from desktop.survey import Kind, shipped_catalog, validate_round, validate_section
from desktop.survey.formatting import format_number, parse_date, parse_number
from desktop.survey.values import AnswerError, display_value, parse_answer


def _demo(round_id: str) -> dict[str, Any]:
    data = json.loads((resources_dir() / "demo" / f"answers-{round_id}.json").read_text("utf-8"))
    answers: dict[str, Any] = data["answers"]
    answers.setdefault("background", {})["municipality"] = data["municipality"]
    return answers


@pytest.mark.parametrize("round_id", ["2022-1", "2022-2", "2022-3"])
def test_demo_answers_are_complete_and_valid(round_id: str) -> None:
    assert validate_round(shipped_catalog().round(round_id), _demo(round_id)) == []


def test_empty_round_lists_every_required_question() -> None:
    rnd = shipped_catalog().round("2022-1")
    problems = validate_round(rnd, {})
    required = {f"/{s.id}/{k}" for s in rnd.sections for k in s.required}
    assert {p.pointer for p in problems} == required
    assert all(p.kind.startswith("required") for p in problems)
    assert problems[0].section_id == "background"  # in the order of the form


@pytest.mark.parametrize(
    ("lang", "choice"),
    [("fi", "Ei mitään näistä"), ("sv", "Inget av dessa"), ("en", "None of these")],
)
def test_an_unanswered_choice_that_may_be_none_says_how_to_answer_none(
    lang: str, choice: str
) -> None:
    # The help of 2022-1's support question says to leave all unticked when no support is
    # needed; nothing ticked is no answer, so the problem says what to tick instead.
    rnd = shipped_catalog().round("2022-1")
    answers = _demo("2022-1")
    del answers["change_support"]["support_needed"]
    problems = validate_round(rnd, answers)
    (problem,) = [p for p in problems if p.pointer == "/change_support/support_needed"]
    assert choice in problem.message(lang)  # type: ignore[arg-type]


def test_all_problems_are_returned_with_pointers_and_messages() -> None:
    rnd = shipped_catalog().round("2022-1")
    answers = _demo("2022-1")
    answers["background"]["respondent_email"] = "maija.kangasala.fi"
    answers["premises"]["premises"][1]["floor_area"] = -5
    del answers["premises"]["premises"][2]["building"]
    answers["premises"]["estimated_annual_rent"] = "paljon"
    problems = {p.pointer: p for p in validate_round(rnd, answers)}
    assert set(problems) == {
        "/background/respondent_email",
        "/premises/premises/1/floor_area",
        "/premises/premises/2/building",
        "/premises/estimated_annual_rent",
    }
    email = problems["/background/respondent_email"]
    assert "@" in email.message("fi") and "E-postadressen" in email.message("sv")
    area = problems["/premises/premises/1/floor_area"]
    assert area.row == 1 and area.column is not None
    assert "vähintään 0" in area.message("fi") and "minst 0" in area.message("sv")
    assert "rivi 2" in area.where("fi") and "rad 2" in area.where("sv")
    missing = problems["/premises/premises/2/building"]
    assert missing.message("fi") == "Täytä tämä sarake riville 3."
    assert problems["/premises/estimated_annual_rent"].message("fi").startswith("Anna luku")
    for problem in problems.values():
        for lang in ("fi", "sv", "en"):
            text = problem.message(lang)
            assert text
            for phrase in ("required property", "is less than", "is not one of"):
                assert phrase not in text, "the validator's own English must not show"


def test_follow_up_is_shown_and_required_only_when_triggered() -> None:
    section = shipped_catalog().round("2022-1").section("premises")
    assert section is not None
    follow_up = "lease_not_started_reason"
    assert follow_up in section.follow_ups
    assert section.triggers_of(follow_up) == ("lease_status",)

    started = {"lease_status": "signed", follow_up: "vanha perustelu"}
    assert follow_up not in section.visible_keys(started)
    assert follow_up not in section.required_keys(started)
    # The hidden value is kept but left out of validation, even when it is invalid.
    started[follow_up] = 12345
    assert not [p for p in validate_section(section, started) if p.field_key == follow_up]

    not_started: dict[str, Any] = {"lease_status": "not_started"}
    assert follow_up in section.visible_keys(not_started)
    assert follow_up in section.required_keys(not_started)
    problems = [p for p in validate_section(section, not_started) if p.field_key == follow_up]
    assert [p.kind for p in problems] == ["required"]


def test_progress_counts_the_required_questions_of_the_moment() -> None:
    section = shipped_catalog().round("2022-1").section("premises")
    assert section is not None
    answered, required = section.progress({"lease_status": "not_started"})
    answered_after, required_after = section.progress({"lease_status": "signed"})
    assert answered == answered_after == 1
    assert required == required_after + 2  # why + planned date while not started


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("1 250,5", "fi", "1250.5"),
        ("1250.5", "fi", "1250.5"),
        ("1,250.5", "en", "1250.5"),
        ("\u22123", "sv", "-3"),
        ("12\u00a0000", "fi", "12000"),
    ],
)
def test_numbers_are_read_as_people_write_them(text: str, lang: Any, expected: str) -> None:
    assert str(parse_number(text, lang)) == expected


@pytest.mark.parametrize("text", ["", "abc", "1,2,3", "1.2,3", "--1", "1e5"])
def test_what_is_not_a_number_is_refused(text: str) -> None:
    with pytest.raises(ValueError):
        parse_number(text, "fi")


def test_numbers_and_dates_are_shown_the_finnish_way() -> None:
    assert format_number(1250.5, "fi") == "1\u00a0250,5"
    assert format_number(1250.5, "en") == "1,250.5"
    assert str(parse_date("1.3.2022")) == "2022-03-01"
    with pytest.raises(ValueError):
        parse_date("31.2.2022")


@pytest.mark.parametrize("value", [0, 7, 1250, 67_108_865, -1250])
def test_a_size_in_a_message_is_written_as_the_form_writes_numbers(value: int) -> None:
    for lang in LANGS:
        assert in_lang(whole_number(value), lang) == format_number(value, lang)
    assert in_lang(whole_number(67_108_865), "sv") == "67\u00a0108\u00a0865"


def test_answers_are_typed_by_their_question() -> None:
    section = shipped_catalog().round("2022-1").section("premises")
    assert section is not None
    rent = section.field("estimated_annual_rent")
    status = section.field("lease_status")
    table = section.field("premises")
    assert rent is not None and status is not None and table is not None
    assert rent.kind is Kind.MONEY
    assert parse_answer(rent, "3 100 000", "fi") == 3100000
    assert parse_answer(status, "Ei aloitettu", "fi") == "not_started"
    assert parse_answer(status, "not_started", "sv") == "not_started"
    area = table.column("floor_area")
    assert area is not None and parse_answer(area, "640,5", "fi") == 640.5
    assert display_value(area, 640.5, "fi") == "640,5 m²"
    with pytest.raises(AnswerError) as refused:
        parse_answer(status, "ehkä", "fi")
    assert "ei ole vaihtoehto" in refused.value.message("fi")
    # The options by the names the user sees, each of which is taken as typed.
    said = refused.value.message("fi")
    assert "Ei aloitettu" in said and "not_started" not in said
    with pytest.raises(AnswerError) as refused:
        parse_answer(rent, "kolme miljoonaa", "sv")
    assert "är inte ett tal" in refused.value.message("sv")


def test_typed_text_keeps_no_control_characters() -> None:
    from desktop.survey import shipped_catalog
    from desktop.survey.values import parse_answer

    background = shipped_catalog().round("2022-1").section("background")
    premises = shipped_catalog().round("2022-1").section("premises")
    assert background is not None and premises is not None
    name = background.field("respondent_name")
    reason = premises.field("lease_not_started_reason")
    assert name is not None and reason is not None
    assert parse_answer(name, "Anna\r\nMäkelä\x00\x1b[2J\x7f", "fi") == "Anna Mäkelä[2J"
    # A long answer keeps its lines and tabs.
    assert parse_answer(reason, "Yksi\r\nkaksi\tkolme\x0c\x00", "fi") == "Yksi\nkaksi\tkolme"

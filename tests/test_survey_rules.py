"""Rules between answers: the shipped rounds' checks, their messages, and rules that are refused."""

from __future__ import annotations

import json
import shutil
import string
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.i18n import REQUIRED_LANGS
from desktop.paths import schemas_dir
from desktop.survey import Field, Kind, load_catalog, shipped_catalog, validate_round
from desktop.survey.rules import compute, display_computed
from desktop.survey.validation import Problem, blocking

ROUND = "2022-3"


def _rule_problems(answers: dict[str, Any], round_id: str = ROUND) -> list[Problem]:
    return [p for p in validate_round(shipped_catalog().round(round_id), answers) if p.rule]


def _staff_row(**cells: Any) -> dict[str, Any]:
    row = {"group": "health_care", "headcount": 10, "person_years": 9.5}
    row.update(permanent=6, fixed_term=3)
    row.update(cells)
    return row


def test_a_staff_row_that_does_not_add_up_is_an_error_with_its_numbers() -> None:
    answers = {"staff": {"staff_groups": [_staff_row(headcount=9), _staff_row()]}}
    (problem,) = [p for p in _rule_problems(answers) if p.rule_id == "staff_group_total"]
    assert problem.pointer == "/staff/staff_groups/1/headcount"
    assert problem.blocking and problem.row == 1
    assert problem.message("fi") == (
        "Vakinaiset (6 hlö) + määräaikaiset (3 hlö) = 9, mutta henkilömäärä on 10 hlö."
    )
    assert problem.message("sv") == (
        "Antalet personer är 10 pers., men tillsvidareanställda (6 pers.) + visstidsanställda "
        "(3 pers.) = 9."
    )
    assert "rivi 2" in problem.describe("fi")


def test_a_row_that_adds_up_passes_and_a_missing_cell_is_left_to_the_required_check() -> None:
    row = _staff_row(headcount=9)
    del row["fixed_term"]
    answers = {"staff": {"staff_groups": [_staff_row(headcount=9), row]}}
    problems = validate_round(shipped_catalog().round(ROUND), answers)
    assert not [p for p in problems if p.rule_id == "staff_group_total"]
    assert any(p.pointer == "/staff/staff_groups/1/fixed_term" for p in problems)


def test_none_of_these_networks_cannot_go_with_a_network() -> None:
    answers = {"background": {"networks": ["regional_towns", "none"]}}
    (problem,) = _rule_problems(answers)
    assert problem.pointer == "/background/networks" and problem.blocking
    assert "Seutukaupunkiverkosto" in problem.message("fi")
    assert "Inget av dessa" in problem.message("sv")
    assert not _rule_problems({"background": {"networks": ["none"]}})
    assert not _rule_problems(
        {"background": {"networks": ["regional_towns", "frame_municipalities"]}}
    )


def test_a_lease_signed_after_the_round_closes_is_refused() -> None:
    answers = {"premises": {"lease_status": "signed", "lease_signed_date": "2030-03-01"}}
    (problem,) = [p for p in _rule_problems(answers) if p.field_key == "lease_signed_date"]
    assert problem.blocking
    assert "1.3.2030" in problem.message("fi") and "7.10.2022" in problem.message("fi")
    early = {"premises": {"lease_status": "signed", "lease_signed_date": "2019-03-01"}}
    (warning,) = [p for p in _rule_problems(early) if p.field_key == "lease_signed_date"]
    assert warning.severity == "warning" and not warning.blocking
    assert blocking([warning]) == []


def test_a_hidden_follow_up_is_not_checked() -> None:
    answers = {"premises": {"lease_status": "not_started", "lease_signed_date": "2030-03-01"}}
    assert not [p for p in _rule_problems(answers) if p.field_key == "lease_signed_date"]


def test_an_other_interface_row_needs_its_notes() -> None:
    row = {"interface": "other", "status": "agreed", "process_owner": "A", "contact_person": "B"}
    (problem,) = _rule_problems({"interfaces": {"interface_areas": [row]}})
    assert problem.pointer == "/interfaces/interface_areas/0/notes"
    assert not _rule_problems({"interfaces": {"interface_areas": [{**row, "notes": "Kirjasto"}]}})


@pytest.mark.parametrize("round_id", ["2022-1", "2022-2"])
def test_earlier_rounds_check_the_staff_totals_too(round_id: str) -> None:
    answers = {"staff": {"staff_groups": [_staff_row(headcount=99)]}}
    (problem,) = _rule_problems(answers, round_id)
    assert problem.rule_id == "staff_group_total"
    # The schema a round was first published with stays known, for its sent packages.
    rnd = shipped_catalog().round(round_id)
    assert all(rnd.earlier.get(s.id) for s in rnd.sections if s.rules)


def test_totals_are_computed_from_the_table() -> None:
    staff = shipped_catalog().round(ROUND).section("staff")
    assert staff is not None
    items = {c.id: c for c in staff.computed}
    answers = {
        "staff_groups": [_staff_row(), _staff_row(headcount=5)],
        "support_staff": [{"kind": "ict", "headcount": 5, "person_years": 5}],
    }
    assert compute(items["staff_groups_headcount_total"], answers) == 15
    assert compute(items["support_staff_share"], answers) == 25
    assert compute(items["support_staff_share"], {}) is None  # nothing to divide by


def test_an_empty_table_is_the_answer_none_and_counts_as_answered() -> None:
    premises = shipped_catalog().round(ROUND).section("premises")
    assert premises is not None
    table = premises.field("premises")
    assert table is not None and table.none_label["fi"] == "Ei siirtyviä toimitiloja"
    before, _ = premises.progress({})
    after, _ = premises.progress({"premises": []})
    assert after == before + 1


# -- every rule of every shipped schema -------------------------------------------------


def _every_rule() -> list[Any]:
    return [
        (section.source, rule)
        for section in shipped_catalog().sections.values()
        for rule in section.rules
    ]


def test_the_current_round_has_rules() -> None:
    used = {s.source for s in shipped_catalog().round(ROUND).sections if s.rules}
    assert used >= {"staff-4.json", "premises-4.json", "background-2.json", "interfaces-3.json"}


@pytest.mark.parametrize(("source", "rule"), _every_rule(), ids=lambda v: getattr(v, "id", v))
def test_every_rule_speaks_finnish_and_swedish_with_placeholders_it_fills(
    source: str, rule: Any
) -> None:
    for lang in REQUIRED_LANGS:
        assert rule.message.get(lang), f"{source}: {rule.id} has no {lang} message"
    names = [{n for _, n, _, _ in string.Formatter().parse(t) if n} for t in rule.message.values()]
    assert all(n == names[0] for n in names), f"{source}: {rule.id}: placeholders differ"
    fillable = {n for n in rule.inputs if n.isidentifier()} | set(rule.values)
    assert names[0] <= fillable


# -- bad rules are refused when the catalog loads -----------------------------------------


@pytest.fixture
def schema_copy(tmp_path: Path) -> Path:
    target = tmp_path / "schemas"
    shutil.copytree(schemas_dir(), target)
    return target


def _with_rule(root: Path, **changes: Any) -> dict[str, str]:
    path = root / "sections" / "staff-4.json"
    schema = json.loads(path.read_text("utf-8"))
    schema["x-rules"][0].update(changes)
    path.write_text(json.dumps(schema), "utf-8")
    return {p.file: p.reason for p in load_catalog(root).problems}


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"check": {"eval": ["1"]}}, "the operation 'eval' is not allowed"),
        ({"check": {"log": [1]}}, "the operation 'log' is not allowed"),
        ({"check": {"==": [{"var": "head_count"}, 1]}}, "'head_count' is not a field here"),
        ({"concerns": ["nothing"]}, "'nothing' is not a field here"),
        ({"check": {"var": [{"cat": ["a", "b"]}]}}, "var must name a field in plain text"),
        ({"message": {"fi": "{typo}", "sv": "{typo}"}}, "the fi message uses ['typo']"),
        ({"check": {"==": [{"var": "@round.weather"}, 1]}}, "the round offers"),
        ({"table": "under_half_staff_bought"}, "is not a table of this section"),
    ],
)
def test_a_bad_rule_is_refused_with_file_rule_and_reason(
    schema_copy: Path, change: dict[str, Any], reason: str
) -> None:
    reasons = _with_rule(schema_copy, **change)
    assert "x-rules/staff_group_total" in reasons["sections/staff-4.json"]
    assert reason in reasons["sections/staff-4.json"]
    assert "2022-3" not in load_catalog(schema_copy).rounds
    assert "2022-2" in load_catalog(schema_copy).rounds


def test_a_pointer_to_a_question_the_round_lacks_is_refused(schema_copy: Path) -> None:
    reasons = _with_rule(schema_copy, check={"==": [{"var": "/finances/change_costs_2022"}, 1]})
    assert "x-rules/staff_group_total" in reasons["rounds/2022-3.json"]
    assert (
        "/finances/change_costs_2022 is not a question of this round"
        in reasons["rounds/2022-3.json"]
    )


def test_a_rule_that_fails_while_running_is_reported_as_its_own_problem(
    schema_copy: Path,
) -> None:
    assert not _with_rule(schema_copy, check={"/": [{"var": "permanent"}, {"var": "fixed_term"}]})
    rnd = load_catalog(schema_copy).round(ROUND)
    answers = {"staff": {"staff_groups": [_staff_row(fixed_term=0)]}}
    (problem,) = [p for p in validate_round(rnd, answers) if p.rule]
    assert problem.kind == "rule.failed" and problem.blocking
    assert "staff_group_total" in problem.message("fi")
    assert "ZeroDivisionError" in problem.message("sv")


# -- evaluating rules never raises ------------------------------------------------------

_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=5),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=3), inner),
    max_leaves=6,
)


def _value(field: Field) -> st.SearchStrategy[Any]:
    by_kind: dict[Kind, st.SearchStrategy[Any]] = {
        Kind.INTEGER: st.integers(-(2**53 - 1), 2**53 - 1),
        Kind.NUMBER: st.integers(-(10**9), 10**9) | st.floats(-1e12, 1e12),
        Kind.MONEY: st.floats(-1e12, 1e12) | st.integers(0, 10**9),
        Kind.YESNO: st.booleans(),
        Kind.DATE: st.dates().map(lambda d: d.isoformat()) | st.text(max_size=12),
        Kind.MULTICHOICE: st.lists(st.sampled_from([o.value for o in field.options] or ["x"])),
    }
    if field.kind is Kind.TABLE:
        row = st.fixed_dictionaries({}, optional={c.key: _value(c) for c in field.columns})
        return st.lists(row, max_size=4)
    if field.kind is Kind.CHOICE:
        return st.sampled_from([o.value for o in field.options]) | st.text(max_size=4)
    return by_kind.get(field.kind, st.text(max_size=8)) | _JSON


def _answers() -> st.SearchStrategy[dict[str, Any]]:
    rnd = shipped_catalog().round(ROUND)
    return st.fixed_dictionaries(
        {
            s.id: st.fixed_dictionaries({}, optional={f.key: _value(f) for f in s.fields})
            for s in rnd.sections
        }
    )


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_answers())
def test_evaluating_rules_never_raises(answers: dict[str, Any]) -> None:
    rnd = shipped_catalog().round(ROUND)
    for problem in validate_round(rnd, answers):
        for lang in ("fi", "sv", "en"):
            assert problem.describe(lang)
    for section in rnd.sections:
        for item in section.computed:
            compute(item, answers[section.id])


def test_a_total_of_decimals_shows_the_decimals_it_is_made_of() -> None:
    premises = shipped_catalog().round(ROUND).section("premises")
    assert premises is not None
    (area, _rent) = premises.computed
    rows = [{"floor_area": 0.1}, {"floor_area": 0.2}, {"floor_area": 1000}]
    assert compute(area, {"premises": rows}) == 1000.3
    assert display_computed(area, compute(area, {"premises": rows}), "fi") == "1\u00a0000,3 m²"


def test_a_total_of_nothing_answered_is_a_dash_and_of_none_is_zero() -> None:
    premises = shipped_catalog().round("2022-3").section("premises")
    assert premises is not None
    rent = next(c for c in premises.computed if c.id == "premises_annual_rent_total")
    assert display_computed(rent, compute(rent, {}), "fi") == "–"
    unpriced = [{"building": "Paloasema", "floor_area": 100}]
    assert display_computed(rent, compute(rent, {"premises": unpriced}), "fi") == "–"
    assert display_computed(rent, compute(rent, {"premises": []}), "fi") == "0,00 €"

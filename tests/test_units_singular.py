"""One of a unit reads as one in English ("1 person", not "1 persons"); the shipped schemas,
whose texts are pinned by their digests, keep their plural units."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.i18n import Lang
from desktop.survey import Field, shipped_catalog
from desktop.survey.values import display_value
from tests.test_report import demo_answers, flat, pdf_text, render


def _field(section_id: str, key: str) -> Field:
    section = shipped_catalog().round("2022-1").section(section_id)
    assert section is not None
    field = section.field(key)
    assert field is not None
    return field


@pytest.mark.parametrize(
    ("lang", "value", "shown"),
    [
        ("en", 1, "1 person"),
        ("en", 2, "2 persons"),
        ("en", 0, "0 persons"),
        ("fi", 1, "1 hlö"),
        ("sv", 1, "1 pers."),
    ],
)
def test_one_person_is_a_person(lang: Lang, value: int, shown: str) -> None:
    assert display_value(_field("staff", "interface_staff_unclear"), value, lang) == shown


def test_one_piece_and_one_person_year() -> None:
    assert display_value(_field("contracts", "contracts_to_split"), 1, "en") == "1 pc"
    assert display_value(_field("contracts", "contracts_to_split"), 3, "en") == "3 pcs"
    staff = _field("staff", "staff_groups")
    (years,) = [c for c in staff.columns if c.key == "person_years"]
    assert display_value(years, 1, "en") == "1 person-year"
    assert display_value(years, 1.5, "en") == "1.5 person-years"
    assert display_value(years, 1, "fi") == "1 htv"


def test_the_english_report_says_one_person(tmp_path: Path) -> None:
    answers = demo_answers("2022-1", "148")
    answers["staff"]["interface_staff_unclear"] = 1
    answers["contracts"]["contracts_to_split"] = 1
    text = flat(pdf_text(render(answers, lang="en"), tmp_path))
    assert " 1 persons" not in text and " 1 pcs" not in text
    assert " 1 person " in text and " 1 pc " in text

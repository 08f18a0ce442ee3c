"""A date with a two-digit year, as Finnish officials write them ("15.9.22"), is read as in
this century up to 68 and the last from 69 on (as POSIX reads them: "1.1.99" is 1999, not a
date 73 years ahead) by the form and by ``set`` alike."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.survey import shipped_catalog
from desktop.survey.formatting import parse_date
from desktop.survey.values import AnswerError, parse_answer


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("15.9.22", date(2022, 9, 15)),
        ("1.1.00", date(2000, 1, 1)),
        ("31.12.99", date(1999, 12, 31)),
        ("31.12.68", date(2068, 12, 31)),
        ("1.1.69", date(1969, 1, 1)),
        ("05.03.23", date(2023, 3, 5)),
        ("15.9.2022", date(2022, 9, 15)),
        ("2022-09-15", date(2022, 9, 15)),
    ],
)
def test_a_two_digit_year_is_read_in_this_century(typed: str, read: date) -> None:
    assert parse_date(typed) == read


@pytest.mark.parametrize("typed", ["15.9.2", "15.9.022", "31.2.22", "15.9.", "15.9"])
def test_other_short_years_and_days_no_calendar_has_are_still_refused(typed: str) -> None:
    with pytest.raises(ValueError):
        parse_date(typed)


def test_the_answer_of_a_date_question_takes_a_two_digit_year() -> None:
    section = shipped_catalog().round("2022-1").section("premises")
    assert section is not None
    question = section.field("lease_planned_date")
    assert question is not None
    assert parse_answer(question, "15.9.22", "fi") == "2022-09-15"
    with pytest.raises(AnswerError):
        parse_answer(question, "15.9.2", "fi")

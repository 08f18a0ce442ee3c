"""Numbers and dates read as the user meant them, in every language, and written back the same."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop import cli
from desktop.i18n import LANGS
from desktop.paths import DataPaths
from desktop.storage import Store
from desktop.survey import Field, Kind, shipped_catalog
from desktop.survey.formatting import parse_number
from desktop.survey.model import NUMERIC_KINDS
from desktop.survey.values import AnswerError, answer_text, parse_answer


def test_the_english_question_about_a_point_does_not_ask_for_a_decimal_comma() -> None:
    """English writes decimals with a point: the English text may not tell the
    reader to write them with a comma, as the Finnish and Swedish ones do."""
    with pytest.raises(AnswerError) as refused:
        parse_answer(_question(Kind.MONEY), "250.000", "fi")
    message = refused.value.message("en")
    assert "250.000" in message and "comma" not in message


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # The decimal comma, which officials type in every language.
        ("45,5", "en", "45.5"),
        ("45,5", "fi", "45.5"),
        ("-0,25", "en", "-0.25"),
        ("0,250", "en", "0.250"),  # grouping never starts with a lone zero
        ("1234,567", "en", "1234.567"),  # nor with four digits
        ("12,5678", "en", "12.5678"),  # nor ends with four
        # Thousands grouped, in the reader's way or the other's.
        ("1,250.5", "en", "1250.5"),
        ("1,250.5", "fi", "1250.5"),
        ("1 250,5", "en", "1250.5"),
        ("1 250,5", "sv", "1250.5"),
        ("1.250,5", "fi", "1250.5"),
        ("12,345,678", "en", "12345678"),
        # The one ambiguous reading, decided by the language (and shown back at once).
        ("1,250", "en", "1250"),
        ("1,250", "fi", "1.250"),
        ("1,250", "sv", "1.250"),
    ],
)
def test_a_comma_is_read_by_where_it_stands(text: str, lang: Any, expected: str) -> None:
    assert str(parse_number(text, lang)) == expected


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("text", ["1,2,3", "12,50.5", "1,250.5.5", "1.2.3", "1,2.5", ",", "1,,5"])
def test_a_comma_that_fits_no_reading_is_refused(text: str, lang: Any) -> None:
    with pytest.raises(ValueError):
        parse_number(text, lang)


def test_several_thousands_commas_are_refused_where_the_comma_is_a_decimal() -> None:
    with pytest.raises(ValueError):
        parse_number("1,250,000", "fi")


@pytest.mark.parametrize("lang", ["fi", "sv"])
@pytest.mark.parametrize(
    ("text", "grouped", "decimal"),
    [("250.000", "250\u00a0000", "250"), ("1.250", "1\u00a0250", "1,25")],
)
def test_a_point_that_may_group_thousands_is_asked_about_in_finnish_and_swedish(
    text: str, grouped: str, decimal: str, lang: Any
) -> None:
    """Written where a point is no decimal mark, 250.000 is as likely 250 000 as 250:
    neither is stored; the message names both."""
    with pytest.raises(AnswerError) as refused:
        parse_answer(_question(Kind.MONEY), text, lang)
    message = refused.value.message(lang)
    assert grouped in message and decimal in message and text in message


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("3.100.000", "fi", "3100000"),  # several points can only group thousands
        ("3.100.000", "sv", "3100000"),
        ("1.250", "en", "1.250"),  # the English decimal point
        ("250.5", "fi", "250.5"),  # a point where grouping never stands is a decimal point
        ("0.250", "fi", "0.250"),
        ("1234.567", "sv", "1234.567"),
    ],
)
def test_a_point_is_read_by_where_it_stands(text: str, lang: Any, expected: str) -> None:
    assert str(parse_number(text, lang)) == expected


def test_points_that_group_no_thousands_are_refused() -> None:
    for text in ("3.10.000", "1.2.3", "03.100.000"):
        for lang in LANGS:
            with pytest.raises(ValueError):
                parse_number(text, lang)


def _question(kind: Kind) -> Field:
    for section in shipped_catalog().sections.values():
        for field in section.fields:
            for question in (field, *field.columns):
                if question.kind is kind:
                    return question
    raise AssertionError(f"no {kind} question in the surveys")


_CENTS = st.integers(min_value=-(10**12), max_value=10**12)
_VALUES: dict[Kind, st.SearchStrategy[Any]] = {
    Kind.INTEGER: st.integers(min_value=-(10**15), max_value=10**15),
    Kind.NUMBER: st.one_of(
        st.integers(min_value=-(10**15), max_value=10**15),
        st.floats(min_value=-1e12, max_value=1e12, allow_nan=False).filter(
            lambda x: abs(x) >= 1e-4 or x == 0
        ),
    ),
    Kind.MONEY: st.one_of(_CENTS, _CENTS.map(lambda c: float(Decimal(c) / 100))),
    Kind.DATE: st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)).map(
        date.isoformat
    ),
}
_KINDS = list(_VALUES)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("kind", _KINDS)
@given(data=st.data())
def test_what_is_shown_reads_back_as_what_is_stored(kind: Kind, lang: Any, data: Any) -> None:
    question = _question(kind)
    value = data.draw(_VALUES[kind])
    text = answer_text(question, value, lang)
    assert parse_answer(question, text, lang) == value
    # ... and the text, read and written back, is the same text.
    assert answer_text(question, parse_answer(question, text, lang), lang) == text


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("kind", [Kind.NUMBER, Kind.MONEY, Kind.INTEGER])
@given(whole=st.integers(min_value=0, max_value=10**9), cents=st.integers(0, 99))
def test_numbers_typed_any_usual_way_mean_the_same(
    kind: Kind, lang: Any, whole: int, cents: int
) -> None:
    question = _question(kind)
    if kind is Kind.INTEGER:
        cents = 0
    expected = parse_answer(question, f"{whole}.{cents:02d}", lang)
    grouped = f"{whole:,}".replace(",", " ")
    for typed in (f"{whole},{cents:02d}", f"{grouped},{cents:02d}", f"{whole}.{cents:02d}"):
        assert parse_answer(question, typed, lang) == expected, typed
    # Whatever was typed, the text written back reads as the same value.
    shown = answer_text(question, expected, lang)
    assert parse_answer(question, shown, lang) == expected


def test_a_number_the_language_cannot_read_is_told_not_guessed() -> None:
    question = _question(Kind.NUMBER)
    with pytest.raises(AnswerError) as refused:
        parse_answer(question, "1,2,3", "en")
    assert "is not a number" in refused.value.message("en")


def test_the_command_line_stores_the_decimal_comma_in_english(
    data_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    def run(*args: str) -> int:
        return cli.main(["--data-dir", str(data_paths.root), *args])

    assert run("profile", "--municipality", "211") == 0
    pointer = "/staff/holiday_pay_liability"
    assert run("--lang", "en", "set", "2022-1", pointer, "45,5") == 0
    assert "45.50" in capsys.readouterr().out
    assert run("--lang", "en", "set", "2022-1", pointer, "1,2,3") != 0
    assert "is not a number" in capsys.readouterr().err
    with Store.open(data_paths) as store:
        assert store.round_answers("2022-1")["staff"]["holiday_pay_liability"] == 45.5


def test_a_sum_typed_finer_than_cents_is_shown_as_stored_not_rounded() -> None:
    money = _question(Kind.MONEY)
    assert parse_answer(money, "12,345", "fi") == 12.345
    assert answer_text(money, 12.345, "fi") == "12,345"
    assert answer_text(money, 12.5, "fi") == "12,50"


def _with_unit(unit: str) -> Field:
    for section in shipped_catalog().sections.values():
        for field in section.fields:
            for question in (field, *field.columns):
                if question.kind in NUMERIC_KINDS and question.unit.get("fi") == unit:
                    return question
    raise AssertionError(f"no question in {unit}")


@pytest.mark.parametrize(
    ("unit", "text", "lang", "stored"),
    [
        ("€", "250 000 €", "fi", 250000),
        ("€", "250 000€", "sv", 250000),
        ("%", "12,5 %", "fi", 12.5),
        ("%", "12.5%", "en", 12.5),
        ("m²", "1 200 m²", "fi", 1200),
        ("m²", "1 200 m2", "fi", 1200),
        ("hlö", "12 hlö", "fi", 12),
        ("hlö", "12 pers.", "sv", 12),
        ("hlö", "12 persons", "en", 12),
    ],
)
def test_the_question_s_own_unit_typed_with_the_number_is_read(
    unit: str, text: str, lang: Any, stored: float
) -> None:
    """The unit printed beside the field, typed after the number, is the number."""
    assert parse_answer(_with_unit(unit), text, lang) == stored


def test_another_unit_typed_with_the_number_is_refused() -> None:
    with pytest.raises(AnswerError):
        parse_answer(_with_unit("€"), "250 000 m²", "fi")
    with pytest.raises(AnswerError):
        parse_answer(_with_unit("€"), "€", "fi")


def _support_needed() -> Field:
    section = shipped_catalog().sections["urn:tilannekuva:section:change_support:1"]
    field = section.field("support_needed")
    assert field is not None
    return field


@pytest.mark.parametrize(
    ("text", "lang"), [("Ei mitään näistä", "fi"), ("inget av dessa", "sv"), ("none", "en")]
)
def test_none_of_these_is_typed_as_it_is_shown(text: str, lang: Any) -> None:
    """The command line takes the answer "none of these" as it prints it."""
    assert parse_answer(_support_needed(), text, lang) == []


def test_none_of_these_answers_a_required_multiple_choice() -> None:
    from desktop.survey.model import is_answered

    assert is_answered([], _support_needed())
    assert not is_answered(None, _support_needed())

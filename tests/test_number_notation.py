"""Very small and very large numbers are written out as their readers write numbers: no
exponent ("1e-06") on the command line, in the window or in the report."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.i18n import Lang
from desktop.survey.formatting import format_number, parse_number
from tests.test_report import demo_answers, flat, pdf_text, render


@pytest.mark.parametrize(
    ("value", "fi", "en"),
    [
        (0.000001, "0,000001", "0.000001"),
        (1e-07, "0,0000001", "0.0000001"),
        (-2.5e-05, "-0,000025", "-0.000025"),
        (1.5e-10, "0,00000000015", "0.00000000015"),
        (0.0001, "0,0001", "0.0001"),
        # Ordinary numbers are written as before.
        (1250.5, "1\u00a0250,5", "1,250.5"),
        (0.005, "0,005", "0.005"),
        (123456789.25, "123\u00a0456\u00a0789,25", "123,456,789.25"),
        (1e16, "10\u00a0000\u00a0000\u00a0000\u00a0000\u00a0000", "10,000,000,000,000,000"),
        (-0.5, "-0,5", "-0.5"),
        (3, "3", "3"),
    ],
)
def test_numbers_are_written_without_an_exponent(value: float, fi: str, en: str) -> None:
    assert format_number(value, "fi") == fi
    assert format_number(value, "sv") == fi
    assert format_number(value, "en") == en


@given(st.floats(min_value=-1e15, max_value=1e15, allow_nan=False))
def test_a_written_number_reads_back_as_the_same_number(value: float) -> None:
    for lang in ("fi", "en"):
        written = format_number(value, lang)
        assert "e" not in written
        assert float(parse_number(written, lang)) == value


@pytest.mark.parametrize(("lang", "shown"), [("fi", "0,000001 €"), ("en", "0.000001 €")])
def test_the_report_prints_a_tiny_amount_in_full(lang: Lang, shown: str, tmp_path: Path) -> None:
    answers = demo_answers("2022-1", "148")
    answers["premises"]["estimated_annual_rent"] = 0.000001
    text = flat(pdf_text(render(answers, lang=lang), tmp_path))
    assert shown in text
    assert "e-06" not in text


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_a_table_of_very_small_numbers_is_laid_out_with_its_headers_whole(
    lang: Lang, tmp_path: Path
) -> None:
    """A number written out in full may be hundreds of digits long (1e-300, from a received
    package or typed as JSON): it wraps within its column instead of taking the whole table
    from the other columns (headers one letter a line) or leaving them no width at all."""
    answers = demo_answers("2022-3", "148")
    for row in answers["premises"]["premises"]:
        row["floor_area"] = 1e-300
        row["annual_rent"] = 1e-300
    for row in answers["staff"]["staff_groups"]:
        row["person_years"] = 1e-300
    text = pdf_text(render(answers, lang=lang, round_id="2022-3"), tmp_path)
    building = {"fi": "Rakennus", "sv": "Byggnad", "en": "Building"}[lang]
    assert building in text.split()  # the header word whole on its line
    assert "e-300" not in text

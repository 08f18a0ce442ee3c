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

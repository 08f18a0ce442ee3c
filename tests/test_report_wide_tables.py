"""A wide table keeps its numbers and the words of its headers and choices whole: the width
they need is taken from the free-text column, which can wrap anywhere."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from desktop.i18n import Lang
from tests.test_report import demo_answers, render

ROW = {
    "building": "Hälsocentralen, se https://www.narpes.fi/social-och-halsovard/"
    "halsocentralen-och-baddavdelningen",
    "use": "health_centre",
    "ownership": "property_company",
    "floor_area": 123456789.25,
    "shared": True,
    "annual_rent": 99999999999.99,
}


def layout_text(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "wide.pdf"
    path.write_bytes(pdf)
    command = ["pdftotext", "-enc", "UTF-8", "-layout", "-f", "2", "-l", "2", str(path), "-"]
    printed = subprocess.run(command, capture_output=True, check=True, text=True).stdout
    return printed.replace("\u00a0", " ")


@pytest.mark.parametrize(
    ("lang", "area", "rent", "words"),
    [
        (
            "sv",
            "123 456 789,25",
            "99 999 999 999,99",
            ["Hälsovårdscentral", "fastighetsbolag", "kommunens", "Användning"],
        ),
        (
            "fi",
            "123 456 789,25",
            "99 999 999 999,99",
            ["Käyttötarkoitus", "Yhteiskäytössä", "Kiinteistöyhtiön", "Terveyskeskus"],
        ),
        ("en", "123,456,789.25", "99,999,999,999.99", ["Ownership", "property"]),
    ],
)
def test_numbers_and_words_stay_whole_beside_a_long_url(
    lang: Lang, area: str, rent: str, words: list[str], tmp_path: Path
) -> None:
    answers = demo_answers("2022-3", "148")
    answers["premises"]["premises"] = [dict(ROW)] * 3
    text = layout_text(render(answers, round_id="2022-3", lang=lang), tmp_path)
    assert text.count(area) == 3, text
    assert text.count(rent) == 3, text
    for word in words:
        assert word in text, word
    # The URL itself wraps, within its column.
    assert "https://www.na" in text

"""A submission's signed report names its number, and a correction says that it is one and
which submission it replaces: on the cover, in every page header and in the PDF's metadata."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.i18n import Lang
from desktop.paths import DataPaths
from tests.exported_round import ROUND, Run
from tests.test_report import demo_answers, flat, pdf_info, pdf_text, render


def test_a_corrections_signed_report_says_it_replaces_the_first(
    run: Run, ready: DataPaths, tmp_path: Path
) -> None:
    assert run("export", ROUND, "--yes", "--out", str(tmp_path))[0] == 0
    first = (tmp_path / "2022-1_148_inari_1.pdf").read_bytes()
    assert run("correct", ROUND)[0] == 0
    assert run("set", ROUND, "/background/respondent_name", "Máret Korjaaja")[0] == 0
    # A draft made during the correction says which submission it is the draft of.
    drafts = tmp_path / "drafts"
    assert run("export", ROUND, "--draft", "--out", str(drafts))[0] == 0
    (draft,) = drafts.glob("*.pdf")
    assert "Lähetys 2 – korjaus, korvaa lähetyksen 1" in flat(
        pdf_text(draft.read_bytes(), tmp_path)
    )
    assert run("export", ROUND, "--yes", "--out", str(tmp_path))[0] == 0
    second = (tmp_path / "2022-1_148_inari_2.pdf").read_bytes()

    cover = flat(pdf_text(second, tmp_path, page=1))
    assert "Lähetys 2 – korjaus, korvaa lähetyksen 1" in cover
    assert "2022-1 · lähetys 2 · Inari" in flat(pdf_text(second, tmp_path, page=2))
    info = pdf_info(second, tmp_path)
    assert "lähetys 2 – korjaus, korvaa lähetyksen 1" in info["Subject"]
    assert "lähetys 2" in info["Keywords"] and "korjaus" in info["Keywords"]

    # The first submission names its number but says nothing of a correction; nor does a
    # draft of a round never sent.
    text = flat(pdf_text(first, tmp_path))
    assert "korjaus" not in text and "korvaa" not in text
    assert "2022-1 · lähetys 1 · Inari" in flat(pdf_text(first, tmp_path, page=2))
    assert "lähetys 1" in pdf_info(first, tmp_path)["Keywords"]
    assert run("verify", str(tmp_path / "2022-1_148_inari_2.asice"))[0] == 0


@pytest.mark.parametrize(
    ("lang", "cover", "header"),
    [
        ("sv", "Inlämning 3 – rättelse, ersätter inlämning 2", "2022-1 · inlämning 3 · Enare"),
        ("en", "Submission 3 – correction, replaces submission 2", "2022-1 · submission 3 · Inari"),
    ],
)
def test_a_correction_is_named_in_swedish_and_english(
    lang: Lang, cover: str, header: str, tmp_path: Path
) -> None:
    pdf = render(demo_answers(ROUND, "148"), lang=lang, submission=3)
    assert cover in flat(pdf_text(pdf, tmp_path, page=1))
    assert header in flat(pdf_text(pdf, tmp_path, page=2))
    assert cover.lower() in pdf_info(pdf, tmp_path)["Subject"].lower()

"""A section that opens with a long table starts right after the one before it, its heading
kept with the table's header and first rows, not on a page of its own."""

from __future__ import annotations

from pathlib import Path

from tests.test_report import demo_answers, flat, pdf_text, render


def test_a_long_table_starts_on_the_page_it_follows(tmp_path: Path) -> None:
    answers = demo_answers("2022-3", "148")
    rows = answers["premises"]["premises"]
    answers["premises"]["premises"] = [
        {**rows[i % len(rows)], "building": f"Rakennus numero {i}"} for i in range(1, 31)
    ]
    pdf = render(answers, round_id="2022-3")
    second = flat(pdf_text(pdf, tmp_path, page=2))
    assert "1. Taustatiedot" in second
    assert "2. Toimitilat ja omaisuus" in second
    # The heading comes with the table's header and its first rows.
    assert "Rakennus tai tila" in second
    assert "Rakennus numero 1 " in second and "Rakennus numero 5 " in second


def test_a_heading_is_never_the_last_line_of_a_page(tmp_path: Path) -> None:
    answers = demo_answers("2022-3", "148")
    pdf = render(answers, round_id="2022-3")
    pages = [page for page in pdf_text(pdf, tmp_path).split("\f") if page.strip()]
    for page in pages:
        lines = [line for line in page.splitlines() if line.strip()]
        body = [line for line in lines if not line.startswith(("sivu ", "Tilannekuva "))]
        assert body, page
        last = body[-1]
        assert not (last[0].isdigit() and ". " in last[:4]), last

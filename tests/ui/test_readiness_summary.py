"""The summary before a final export is told in the window's language."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.commands.demo import fill_round
from desktop.signing.keys import OrganisationKey
from desktop.submission.service import Submissions
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.submitting.readiness_summary import ReadinessSummary
from desktop.workbook import Workbook


@pytest.mark.parametrize(
    ("lang", "ready", "go_on"),
    [
        ("fi", "Kierros 2022-1 on valmis lähetettäväksi.", "Jatka lähettämistä"),
        ("sv", "Omgången 2022-1 är klar att skickas in.", "Fortsätt inskickningen"),
        ("en", "Round 2022-1 is ready to submit.", "Continue submitting"),
    ],
)
def test_the_summary_speaks_the_window_s_language(
    window: MainWindow, workbook: Workbook, lang: str, ready: str, go_on: str
) -> None:
    fill_round(workbook, "2022-1")
    window.set_language(lang)  # type: ignore[arg-type]
    readiness = Submissions(workbook).readiness("2022-1")
    said = ReadinessSummary(window).text(readiness, window.lang)
    assert said.startswith(ready), said
    assert go_on in said, said


@pytest.mark.parametrize(
    ("lang", "heading", "none_changed"),
    [
        (
            "fi",
            "Muutettu lähetyksen 1 jälkeen (2):",
            "Vastauksia ei ole muutettu lähetyksen 1 jälkeen.",
        ),
        ("sv", "Ändrat efter inskickning 1 (2):", "Svaren har inte ändrats efter inskickning 1."),
        ("en", "Changed since submission 1 (2):", "No answer has changed since submission 1."),
    ],
)
def test_a_correction_s_summary_lists_the_answers_changed_since_the_last_submission(
    window: MainWindow,
    workbook: Workbook,
    key: OrganisationKey,
    tmp_path: Path,
    lang: str,
    heading: str,
    none_changed: str,
) -> None:
    from desktop.review.compare import changed_since_sent

    fill_round(workbook, "2022-1")
    service = Submissions(workbook)
    service.export("2022-1", tmp_path, key=key, lang="fi", after_closing=True)
    service.start_correction("2022-1")
    window.set_language(lang)  # type: ignore[arg-type]
    summary = ReadinessSummary(window)

    unchanged = summary.text(
        service.readiness("2022-1"), window.lang, changed_since_sent(workbook, "2022-1")
    )
    assert none_changed in unchanged, unchanged

    workbook.set_json("2022-1", "/premises/estimated_annual_rent", 3_250_000)
    workbook.set_json("2022-1", "/premises/premises/1/floor_area", 3300)
    said = summary.text(
        service.readiness("2022-1"), window.lang, changed_since_sent(workbook, "2022-1")
    )
    premises = workbook.round("2022-1").section("premises")
    assert premises is not None
    rent, table = (premises.field(k) for k in ("estimated_annual_rent", "premises"))
    assert rent is not None and table is not None
    assert heading in said, said
    listed = said.split(heading)[1].split("\n\n")[0]
    assert f"• {rent.title(lang)}" in listed  # type: ignore[arg-type]
    assert f"• {table.title(lang)}" in listed  # type: ignore[arg-type]
    assert none_changed not in said

"""The summary before a final export is told in the window's language."""

from __future__ import annotations

import pytest

from desktop.commands.demo import fill_round
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

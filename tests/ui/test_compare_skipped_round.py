"""The comparison opens on the round the form's hints call "previous": the latest submission
of the nearest earlier round that has answers, not an earlier round never answered."""

from __future__ import annotations

from pathlib import Path

from desktop.commands.demo import fill_round
from desktop.signing.keys import OrganisationKey
from desktop.submission.service import Submissions
from desktop.ui.previous.compare_view import CompareDialog
from desktop.workbook import Workbook
from tests.ui.conftest import ROUND, WindowFactory

RENT = "/premises/estimated_annual_rent"


def test_a_round_after_a_skipped_one_is_compared_with_the_last_round_answered(
    make_window: WindowFactory, workbook: Workbook, key: OrganisationKey, tmp_path: Path
) -> None:
    fill_round(workbook, ROUND)
    Submissions(workbook).export(ROUND, tmp_path, key=key, lang="fi", after_closing=True)
    # 2022-2 was never answered; 2022-3 is being answered now.
    workbook.set_json("2022-3", RENT, 3_300_000)
    window = make_window(workbook)
    window.open_round("2022-3")
    page = window.open_section("premises")
    assert page is not None
    hint = page.findChild(object, "previous_estimated_annual_rent")  # type: ignore[arg-type]
    assert hint is not None and "Edellinen 2022-1" in hint.text()  # type: ignore[attr-defined]

    dialog = window.previous.show_compare()
    assert isinstance(dialog, CompareDialog)
    assert dialog.earlier.currentData() == "2022-1#1"
    assert dialog.later.currentData() == "2022-3"
    assert dialog.earlier.currentText().startswith("2022-1, lähetys 1")
    said = dialog.comparison.toPlainText().replace("\u00a0", " ")
    assert "3 100 000 € → 3 300 000 €" in said
    dialog.close()
    for session in window.sessions.values():  # no check after the database closes
        session.stop_checking()

"""The comparison opens on the pair of answers that tells the user something."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.commands.demo import fill_round
from desktop.signing.keys import OrganisationKey
from desktop.submission.service import Submissions
from desktop.ui.previous.compare_view import CompareDialog
from desktop.workbook import Workbook
from tests.ui.conftest import ROUND, WindowFactory

RENT = "/premises/estimated_annual_rent"


def _corrected(workbook: Workbook, key: OrganisationKey, folder: Path) -> Submissions:
    """The round sent, corrected in its rent and sent again."""
    fill_round(workbook, ROUND)
    service = Submissions(workbook)
    service.export(ROUND, folder / "1", key=key, lang="fi", after_closing=True)
    service.start_correction(ROUND)
    workbook.set_json(ROUND, RENT, 3_250_000)
    service.export(ROUND, folder / "2", key=key, lang="fi", after_closing=True)
    return service


def _opened(make_window: WindowFactory, workbook: Workbook) -> CompareDialog:
    window = make_window(workbook)
    window.open_round(ROUND)
    dialog = window.previous.show_compare()
    assert isinstance(dialog, CompareDialog)
    return dialog


def test_after_a_correction_the_comparison_opens_on_the_first_submission_against_the_second(
    make_window: WindowFactory, workbook: Workbook, key: OrganisationKey, tmp_path: Path
) -> None:
    # It opened on "2022-1, answers now" against itself: "the answers do not differ".
    _corrected(workbook, key, tmp_path)
    dialog = _opened(make_window, workbook)
    assert dialog.earlier.currentText().startswith("2022-1, lähetys 1 ")
    assert dialog.later.currentText().startswith("2022-1, lähetys 2 ")
    said = dialog.comparison.toPlainText().replace("\u00a0", " ")
    assert "Vastauksissa ei ole eroja" not in said
    assert "3 100 000 € → 3 250 000 €" in said
    dialog.close()


def test_answers_changed_since_the_last_submission_are_compared_with_it(
    make_window: WindowFactory, workbook: Workbook, key: OrganisationKey, tmp_path: Path
) -> None:
    service = _corrected(workbook, key, tmp_path)
    service.start_correction(ROUND)
    workbook.set_json(ROUND, RENT, 3_275_000)
    dialog = _opened(make_window, workbook)
    assert dialog.earlier.currentText().startswith("2022-1, lähetys 2 ")
    assert dialog.later.currentText() == "2022-1, vastaukset nyt"
    said = dialog.comparison.toPlainText().replace("\u00a0", " ")
    assert "3 250 000 € → 3 275 000 €" in said
    dialog.close()


def test_a_round_never_sent_is_compared_with_the_previous_round_as_sent(
    make_window: WindowFactory, workbook: Workbook, key: OrganisationKey, tmp_path: Path
) -> None:
    fill_round(workbook, ROUND)
    Submissions(workbook).export(ROUND, tmp_path, key=key, lang="fi", after_closing=True)
    workbook.set_json("2022-2", RENT, 3_300_000)
    window = make_window(workbook)
    window.open_round("2022-2")
    dialog = window.previous.show_compare()
    assert isinstance(dialog, CompareDialog)
    assert dialog.earlier.currentData() == "2022-1#1" and dialog.later.currentData() == "2022-2"
    dialog.close()


def test_the_window_s_chart_of_a_count_has_whole_numbers_on_its_axis(qtbot: QtBot) -> None:
    from desktop.ui.previous.chart import RoundsChart

    chart = RoundsChart()
    qtbot.addWidget(chart)
    chart.set_points([("2022-1", 0.0, "0 hlö", True), ("2022-2", 1.0, "1 hlö", False)])
    assert [value for value, _label in chart.ticks()] == [0.0, 1.0]
    chart.set_points([("2022-1", 0.5, "0,5", True), ("2022-2", 1.0, "1", False)])
    assert 0.2 in [value for value, _label in chart.ticks()]  # not a count: steps of 0,2


def test_every_section_is_named_with_its_counts_even_where_nothing_changed(
    make_window: WindowFactory, workbook: Workbook, key: OrganisationKey, tmp_path: Path
) -> None:
    # Only the rent changed: the other sections are still told, as unchanged, as the command
    # line and the PDF tell them.
    _corrected(workbook, key, tmp_path)
    dialog = _opened(make_window, workbook)
    said = dialog.comparison.toPlainText()
    assert "Toimitilat ja omaisuus (1 muuttunut" in said
    assert "Henkilöstö (0 muuttunut" in said
    dialog.close()

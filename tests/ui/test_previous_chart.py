"""The window's chart over the rounds draws the series the core makes of the manifests'
``changes``: a question renamed between rounds is one line."""

from __future__ import annotations

import itertools

import pytest
from pytestqt.qtbot import QtBot

from desktop.commands.demo import fill_round
from desktop.i18n import Lang
from desktop.storage import Store
from desktop.ui.previous.compare_view import CompareDialog
from desktop.workbook import Workbook
from tests.test_rounds_history import NEW, OLD, renamed_catalog
from tests.ui.conftest import WindowFactory

RENT = "/premises/estimated_annual_rent"


def test_the_chart_follows_a_renamed_question_over_the_rounds(
    make_window: WindowFactory, store: Store, qtbot: QtBot
) -> None:
    from desktop.storage import Profile

    store.save_profile(Profile("211", contact_name="Anna Mäkelä"))
    workbook = Workbook(store, renamed_catalog())
    workbook.set_json("2022-1", OLD, 3_100_000)
    workbook.set_json("2022-2", NEW, 3_300_000)
    workbook.set_json("2022-3", NEW, 3_500_000)
    window = make_window(workbook)
    window.open_round("2022-3")
    dialog = window.previous.show_compare()
    assert isinstance(dialog, CompareDialog)
    assert dialog.question.findData(OLD) < 0  # not a line of its own
    index = dialog.question.findData(NEW)
    assert index >= 0
    dialog.question.setCurrentIndex(index)
    assert [(p[0], p[1]) for p in dialog.chart.points] == [
        ("2022-1", 3_100_000),
        ("2022-2", 3_300_000),
        ("2022-3", 3_500_000),
    ]
    assert "2022-1: 3\u00a0100\u00a0000 €" in dialog.chart.accessibleDescription()
    dialog.close()


@pytest.mark.parametrize(
    ("lang", "sent", "unsent"),
    [
        ("fi", "lähetetty", "ei lähetetty"),
        ("sv", "inskickad", "inte inskickad"),
        ("en", "submitted", "not submitted"),
    ],
)
def test_the_chart_has_a_value_axis_and_says_what_its_dots_mean(
    make_window: WindowFactory, workbook: Workbook, qtbot: QtBot, lang: Lang, sent: str, unsent: str
) -> None:
    fill_round(workbook, "2022-1")
    fill_round(workbook, "2022-2")
    workbook.set_json("2022-1", RENT, 3_100_000)
    workbook.set_json("2022-2", RENT, 3_240_000)
    window = make_window(workbook)
    window.set_language(lang)
    window.open_round("2022-2")
    dialog = window.previous.show_compare()
    assert isinstance(dialog, CompareDialog)
    dialog.question.setCurrentIndex(dialog.question.findData(RENT))
    dialog.tabs.setCurrentIndex(2)
    dialog.resize(800, 500)
    qtbot.waitExposed(dialog)
    chart = dialog.chart
    ticks = chart.ticks()
    values = [t for t, _label in ticks]
    # Round steps from zero over every value, each labelled as the answers are written.
    assert values[0] == 0 and values[-1] >= 3_240_000 and 3 <= len(values) <= 8
    steps = {b - a for a, b in itertools.pairwise(values)}
    assert len(steps) == 1
    (step,) = steps
    assert str(int(step)).rstrip("0") in ("1", "2", "5", "25")
    assert all(label.endswith("€") for _t, label in ticks)
    # 3,1 M is drawn well above where zero is.
    zero, first = chart.y_of(0), chart.y_of(3_100_000)
    assert first < zero - chart.height() / 3
    # The dots explained: filled is a submission, hollow the answers as they are now.
    filled, hollow = chart.legend()
    assert filled.startswith(sent) and hollow.startswith(unsent)
    assert unsent in chart.accessibleDescription()
    chart.grab()  # it paints
    dialog.close()

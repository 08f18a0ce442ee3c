"""The window's chart over the rounds draws the series the core makes of the manifests'
``changes``: a question renamed between rounds is one line."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop.storage import Store
from desktop.ui.previous.compare_view import CompareDialog
from desktop.workbook import Workbook
from tests.test_rounds_history import NEW, OLD, renamed_catalog
from tests.ui.conftest import WindowFactory


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

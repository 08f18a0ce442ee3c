"""At 1024×700 the form column gets the width; a table's columns fit their content."""

from __future__ import annotations

import contextlib

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.commands.demo import fill_round
from desktop.i18n import Lang
from desktop.survey import Kind
from desktop.survey.model import NUMERIC_KINDS
from desktop.ui.form.fields import TableEditor
from desktop.ui.form.fields.sheet_view import HEADING_MARGIN
from desktop.ui.shell.main_window import MainWindow
from desktop.workbook import Workbook
from tests.ui.cell_letters import letters_shown
from tests.ui.conftest import ROUND, WindowFactory


def _small(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: window.width() == 1024)
    qtbot.wait(50)


def test_the_form_gets_the_width_and_an_empty_problem_list_steps_aside(
    qtbot: QtBot, make_window: WindowFactory, workbook: Workbook
) -> None:
    fill_round(workbook, ROUND)
    window = make_window(workbook)
    _small(qtbot, window)
    page = window.open_section("background")
    assert page is not None
    qtbot.waitUntil(lambda: window.panel.count == 0)
    assert not window.dock.isVisible()  # nothing to fix: no empty panel taking 250 px
    qtbot.waitUntil(lambda: page.viewport().width() >= 0.7 * window.width())
    assert page.horizontalScrollBar().maximum() == 0

    # A problem brings the panel back, in a quarter of the width at most.
    workbook.remove(ROUND, "/background/respondent_name")
    window.session.check()  # type: ignore[union-attr]
    qtbot.waitUntil(window.dock.isVisible)
    qtbot.waitUntil(lambda: window.dock.width() <= 0.27 * window.width())
    assert page.viewport().width() >= 0.45 * window.width()
    assert page.horizontalScrollBar().maximum() == 0


def test_a_closed_panel_stays_closed_until_asked_for(
    qtbot: QtBot, window: MainWindow, workbook: Workbook
) -> None:
    _small(qtbot, window)
    qtbot.waitUntil(lambda: window.session.not_yet_answered > 0)  # type: ignore[union-attr]
    assert window.dock.isVisible()
    window.dock.close()  # the user closed it
    workbook.remove(ROUND, "/background/respondent_name")
    window.session.check()  # type: ignore[union-attr]
    qtbot.wait(50)
    assert not window.dock.isVisible()
    window.menu.show_problems.trigger()
    assert window.dock.isVisible()


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_table_columns_fit_their_content_and_a_cut_cell_shows_it_on_hover(
    qtbot: QtBot, make_window: WindowFactory, workbook: Workbook, lang: Lang
) -> None:
    fill_round(workbook, ROUND)
    workbook.remove(ROUND, "/background/respondent_email")  # the problems panel takes its part
    window = make_window(workbook)
    window.set_language(lang)
    _small(qtbot, window)
    qtbot.waitUntil(window.dock.isVisible)
    page = window.open_section("premises")
    assert page is not None
    table = page.editor("premises")
    assert isinstance(table, TableEditor)
    qtbot.waitUntil(lambda: table.model.rowCount() > 0)
    qtbot.wait(50)
    view = table.view
    qtbot.waitUntil(lambda: view.horizontalScrollBar().maximum() == 0)  # within the width
    # Figures, dates and yes/no show whole; a text or a choice may be cut, but its rows stay
    # told apart: some fourteen letters of the first column, which names the rows, and
    # eight of the others ("Terveyskeskus ta…", "Kunnan o…"), even at a pinch.
    widths = [view.columnWidth(c) for c in range(table.model.columnCount())]
    for column, field in enumerate(table.field.columns):
        for row in range(table.model.rowCount()):
            text = str(table.model.index(row, column).data() or "")
            shown = letters_shown(table, row, column)
            if field.kind in NUMERIC_KINDS or field.kind is Kind.YESNO:
                assert shown == len(text), (field.key, text, widths)
            else:
                assert shown >= min(len(text), 14 if column == 0 else 8), (text, widths)
    for row in range(table.model.rowCount()):
        for column in range(table.model.columnCount()):
            cell = table.model.index(row, column)
            if cell.data():  # hovering shows the cell's whole text, not the question's help
                assert cell.data(Qt.ItemDataRole.ToolTipRole) == cell.data()


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_figures_in_a_table_show_whole_on_a_small_laptop(
    qtbot: QtBot, make_window: WindowFactory, workbook: Workbook, lang: Lang
) -> None:
    from PySide6.QtWidgets import QStyleOptionViewItem

    fill_round(workbook, "2022-3")  # the premises table with the rent, eight columns
    rows = workbook.stored("2022-3", "/premises/premises")
    assert isinstance(rows, list) and isinstance(rows[0], dict)
    rows[0]["annual_rent"] = 3_100_000.55
    workbook.set_json("2022-3", "/premises/premises", rows, "fi")
    workbook.remove("2022-3", "/background/respondent_email")  # the problems panel takes its part
    window = make_window(workbook)
    window.set_language(lang)
    window.open_round("2022-3")
    _small(qtbot, window)
    qtbot.waitUntil(window.dock.isVisible)
    page = window.open_section("premises")
    assert page is not None
    table = page.editor("premises")
    assert isinstance(table, TableEditor)
    qtbot.waitUntil(lambda: table.model.rowCount() > 0)
    view = table.view
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)

    def cut() -> list[tuple[str, object]]:
        """The figures narrower than they need, as (column, value)."""
        found = []
        for column, field in enumerate(table.field.columns):
            if field.kind not in NUMERIC_KINDS:
                continue
            for row in range(table.model.rowCount()):
                cell = table.model.index(row, column)
                needed = view.itemDelegateForIndex(cell).sizeHint(option, cell).width()
                if view.columnWidth(column) < needed:
                    found.append((field.key, cell.data()))
        return found

    # The columns take their widths once the view has laid out (a turn or more of the loop).
    with contextlib.suppress(AssertionError):  # told below with the figures that are cut
        qtbot.waitUntil(lambda: not cut(), timeout=3000)
    assert cut() == []
    # Rather than break a heading's words, the eight columns scroll sideways when they must.
    header = view.horizontalHeader()
    for column, field in enumerate(table.field.columns):
        longest = max(header.fontMetrics().horizontalAdvance(w) for w in field.title(lang).split())
        assert longest <= view.columnWidth(column) - HEADING_MARGIN, field.key


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_table_headings_show_every_word_whole_on_a_small_laptop(
    qtbot: QtBot, make_window: WindowFactory, workbook: Workbook, lang: Lang
) -> None:
    from PySide6.QtWidgets import QStyleOptionHeader

    fill_round(workbook, "2022-3")  # eight columns, with long words in their headings
    workbook.remove("2022-3", "/background/respondent_email")  # the problems panel takes its part
    window = make_window(workbook)
    window.set_language(lang)
    window.open_round("2022-3")
    _small(qtbot, window)
    qtbot.waitUntil(window.dock.isVisible)
    page = window.open_section("premises")
    assert page is not None
    table = page.editor("premises")
    assert isinstance(table, TableEditor)
    qtbot.waitUntil(lambda: table.model.rowCount() > 0)
    qtbot.wait(50)
    header = table.view.horizontalHeader()
    metrics = header.fontMetrics()
    for column in range(table.model.columnCount()):
        option = QStyleOptionHeader()
        header.initStyleOption(option)
        header.initStyleOptionForIndex(option, column)  # the heading as it is drawn
        room = header.sectionSize(column) - 8
        for word in option.text.split():
            assert metrics.horizontalAdvance(word) <= room, (word, room)  # not "Käyttötarkoitu"
        box = metrics.boundingRect(0, 0, room, 1000, Qt.TextFlag.TextWordWrap, option.text)
        assert box.height() <= header.height(), option.text  # and every line of it shows

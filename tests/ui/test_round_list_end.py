"""The chosen round's entry at the end of a scrolled round list comes whole into view: its last
line ("päättynyt · lisätty 1.12.2026") is not cut at the list's bottom edge, in any language."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from desktop.paths import DataPaths
from desktop.rounds.library import add_package
from desktop.workbook import Workbook
from tests.rounds_support import package_2023, trust
from tests.ui.conftest import WindowFactory
from tests.ui.user import User


def _text_fits(listing: object, row: int) -> tuple[int, int]:
    """The height the entry's text takes as the list draws it, and the height it has."""
    from PySide6.QtWidgets import QListWidget

    assert isinstance(listing, QListWidget)
    item = listing.item(row)
    rect = listing.visualItemRect(item)
    option = QStyleOptionViewItem()
    option.initFrom(listing)
    option.rect = rect
    option.text = item.text()
    option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasDisplay
    style = listing.style()
    text = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, listing)
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, listing) + 1
    room = QRect(0, 0, text.width() - 2 * margin, 1_000_000)
    needed = listing.fontMetrics().boundingRect(room, Qt.TextFlag.TextWordWrap, item.text())
    lines = item.text().count("\n") + 1
    return needed.height() + lines * listing.fontMetrics().leading(), rect.height()


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_the_last_round_scrolled_to_is_seen_whole(
    qtbot: QtBot,
    make_window: WindowFactory,
    workbook: Workbook,
    data_paths: DataPaths,
    lang: str,
) -> None:
    trust(data_paths)
    add_package(workbook.store, package_2023(), data_paths)
    window = make_window(Workbook(workbook.store))
    window.resize(1024, 700)
    window.set_language(lang)  # type: ignore[arg-type]
    navigation = window.navigation
    navigation.today = date(2026, 12, 1)  # every round closed
    listing = navigation.round_list
    assert listing.count() == 4
    listing.setCurrentRow(3)
    qtbot.waitUntil(lambda: window.session is not None and window.session.round.id == "2023-1")
    navigation.set_submitted("2023-1", False, 1)  # a correction: its longest entry
    qtbot.wait(100)
    user = User(qtbot, window)
    user.focus(listing)
    user.press(Qt.Key.Key_End)
    qtbot.wait(100)
    viewport = listing.viewport()
    last = listing.visualItemRect(listing.item(3))
    assert last.top() >= 0 and last.bottom() < viewport.height(), (last, viewport.height())
    for row in range(listing.count()):
        needed, has = _text_fits(listing, row)
        assert needed <= has, (row, needed, has, listing.item(row).text())
    for session in window.sessions.values():  # no check after the database closes
        session.stop_checking()

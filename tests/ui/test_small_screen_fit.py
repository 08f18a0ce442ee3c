"""At 1024 × 700 nothing is cut: the profile's labels whole, the round list's entries whole."""

from __future__ import annotations

from datetime import date
from itertools import pairwise

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from desktop.ui.shell.main_window import MainWindow


def _ink_end(label: QLabel) -> int:
    """The rightmost column the label's text is drawn in."""
    image = label.grab().toImage()
    background = image.pixelColor(image.width() - 1, image.height() - 1)
    return max(
        x
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y) != background
    )


def test_the_profile_dialogs_labels_are_not_cut(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(1024, 700)
    for lang in ("fi", "sv", "en"):
        window.set_language(lang)  # type: ignore[arg-type]
        dialog = window.edit_profile()
        qtbot.waitExposed(dialog)
        for label in dialog.labels:
            # The same text with room to spare: where its last letter really ends.
            whole = QLabel(label.text())
            qtbot.addWidget(whole)
            whole.setFont(label.font())
            whole.setBuddy(label.buddy())
            whole.resize(label.width() + 40, label.height())
            assert _ink_end(whole) < label.width(), (lang, label.text())  # "Tehtävänimike"
        dialog.close()


def test_the_round_lists_entries_are_whole_and_evenly_spaced(
    qtbot: QtBot, window: MainWindow
) -> None:
    # Three rounds, all closed, the first one submitted: its second line is the longest.
    window.resize(1024, 700)
    window.set_language("en")
    navigation = window.navigation
    navigation.today = date(2026, 12, 1)
    navigation.set_submitted("2022-1", True)
    listing = navigation.round_list
    qtbot.waitUntil(lambda: "closed · submitted" in listing.item(0).text())
    qtbot.wait(100)
    room = listing.viewport().width()
    rects = [listing.visualItemRect(listing.item(i)) for i in range(listing.count())]
    for rect in rects:
        assert rect.left() >= 0 and rect.right() < room, (rect, room)  # not cut at the side
    steps = {b.top() - a.bottom() for a, b in pairwise(rects)}
    assert len(steps) == 1, rects  # no blank gap below an entry drawn shorter than its room
    assert rects[-1].bottom() < listing.viewport().height()  # the last one seen whole

"""The keyboard's place is seen: a list that takes the focus looks so."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.shell.main_window import MainWindow


def _look(qtbot: QtBot, widget: QWidget) -> QImage:
    qtbot.wait(30)
    return widget.grab().toImage()


def _seen(a: QImage, b: QImage) -> bool:
    """Whether the frame round the widget looks otherwise in the two: a dotted line round
    one item, in the colour of its selection, is not seen from across the desk."""
    assert a.size() == b.size()
    width, height = a.width(), a.height()
    ring = [(x, y) for x in range(width) for y in (0, height - 1)]
    ring += [(x, y) for y in range(height) for x in (0, width - 1)]
    differ = sum(1 for x, y in ring if a.pixelColor(x, y) != b.pixelColor(x, y))
    return differ >= 0.8 * len(ring)


def test_the_first_tab_shows_where_the_keyboard_went(qtbot: QtBot, window: MainWindow) -> None:
    sections = window.navigation.sections
    rounds = window.navigation.round_list
    rounds.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(rounds.hasFocus)
    before = _look(qtbot, sections)
    focused_rounds = _look(qtbot, rounds)
    qtbot.keyClick(rounds, Qt.Key.Key_Tab)
    qtbot.waitUntil(sections.hasFocus)
    assert QApplication.focusWidget() is sections
    assert _seen(_look(qtbot, sections), before), "the section list looks the same with the focus"
    assert _seen(_look(qtbot, rounds), focused_rounds), "the round list looks focused still"
    window.focus_problems()
    panel = window.panel.view
    qtbot.waitUntil(panel.hasFocus)
    shown = _look(qtbot, panel)
    sections.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(sections.hasFocus)
    assert _seen(_look(qtbot, panel), shown), "the problem list looks the same without the focus"

"""The keyboard's place is seen on a yes/no question left unanswered (its pink background
hid the radio button's faint focus mark), and a set of tick boxes too."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop.ui.shell.main_window import MainWindow


def _ring_differs(a: QImage, b: QImage) -> bool:
    """Whether a frame round the whole question looks otherwise: most of its edge pixels."""
    assert a.size() == b.size()
    width, height = a.width(), a.height()
    ring = [(x, y) for x in range(width) for y in (0, height - 1)]
    ring += [(x, y) for y in range(height) for x in (0, width - 1)]
    differ = sum(1 for x, y in ring if a.pixelColor(x, y) != b.pixelColor(x, y))
    return differ >= 0.8 * len(ring)


@pytest.mark.parametrize(
    ("section", "key"), [("premises", "model_lease_used"), ("background", "networks")]
)
def test_the_focus_on_an_unanswered_choice_is_seen(
    qtbot: QtBot, window: MainWindow, section: str, key: str
) -> None:
    page = window.open_section(section)
    assert page is not None
    editor = page.editor(key)
    editor.set_value(None)
    editor.set_error("Vastaa tähän kysymykseen.")  # as the check marks it: pink
    page.ensureWidgetVisible(editor)
    outside: QWidget = page.editor("lease_status" if section == "premises" else "respondent_phone")
    (outside.focusProxy() or outside).setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.wait(30)
    unfocused = editor.grab().toImage()
    first = editor.focus_widget()
    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(first.hasFocus)
    qtbot.wait(30)
    assert _ring_differs(editor.grab().toImage(), unfocused), "the focus is not seen"
    (outside.focusProxy() or outside).setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: not first.hasFocus())
    qtbot.wait(30)
    assert editor.grab().toImage() == unfocused  # and it goes with the focus

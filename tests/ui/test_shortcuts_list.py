"""Help → Shortcuts lists every shortcut the window has, each with its keys."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from desktop.ui.shell.main_window import MainWindow
from tests.ui.exporting import Screen, wait_for_box


def _rows(text: str) -> list[tuple[str, str]]:
    return re.findall(r"<tr><td><b>(.*?)</b></td><td>(.*?)</td></tr>", text)


def test_every_listed_command_has_its_keys_and_copying_is_among_them(
    qtbot: QtBot, window: MainWindow, screen: Screen
) -> None:
    window.menu.shortcuts.trigger()
    _title, text = wait_for_box(qtbot, screen)
    rows = _rows(text)
    assert rows
    assert all(keys.strip() for keys, _what in rows), rows  # no command without its keys
    copy = window.previous.copy_section
    shown = copy.shortcut().toString(copy.shortcut().SequenceFormat.NativeText)
    assert (shown, copy.text().replace("&", "")) in rows


def test_the_list_fits_a_small_screen_in_every_language(qtbot: QtBot, window: MainWindow) -> None:
    """At 1024×700, with a title bar and a panel, the box with its OK button stays on the
    screen in Finnish too, the language of the longest descriptions."""
    for lang in ("fi", "sv", "en"):
        window.set_language(lang)  # type: ignore[arg-type]
        box = window.show_shortcuts()
        label = box.findChild(QLabel, "qt_msgbox_label")
        assert label is not None
        # The list as laid out at the width it is given: each shortcut a line, not wrapped.
        width = label.minimumWidth()
        assert 600 <= width <= 1024 - 140, (lang, width)
        assert label.heightForWidth(width) <= 560, (lang, label.heightForWidth(width))
        box.close()

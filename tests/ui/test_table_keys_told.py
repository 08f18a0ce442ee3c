"""The table's keys are told where they can be read: a status-bar hint that fits a 1024 × 700
window beside the longest word on saving, and the whole list under Help → Shortcuts (F1)."""

from __future__ import annotations

import re

import pytest
from pytestqt.qtbot import QtBot

from desktop.ui.form.fields import TableEditor
from desktop.ui.shell.main_window import MainWindow
from tests.ui.exporting import Screen, wait_for_box
from tests.ui.user import User


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_the_tables_hint_fits_beside_the_save_status(
    qtbot: QtBot, window: MainWindow, lang: str
) -> None:
    window.resize(1024, 700)
    window.set_language(lang)  # type: ignore[arg-type]
    page = window.open_section("premises")
    assert page is not None and window.session is not None
    # The save status at its longest: a text refused as typed ("Inte sparat, eftersom...").
    window.session.set_typed_error("/premises/premises/0/floor_area", "x")
    window.save_status.show()
    table = page.editor("premises")
    assert isinstance(table, TableEditor)
    User(qtbot, window).focus(table.view)
    bar = window.statusBar()
    qtbot.waitUntil(lambda: "Insert" in bar.currentMessage())
    hint = bar.currentMessage()
    label = window.save_status.label
    hint_width = bar.fontMetrics().horizontalAdvance(hint)
    label_width = label.fontMetrics().horizontalAdvance(label.text())
    # With room to spare for a wider font (Windows' Segoe UI, a larger text size).
    assert hint_width + label_width <= 0.8 * bar.width(), (hint, label.text(), bar.width())
    assert "F1" in hint  # where the rest of the keys are


KEYS = {
    "fi": ["Insert", "Delete", "F4", "Ctrl+V", "Ctrl+C", "Sarkain"],
    "sv": ["Insert", "Delete", "F4", "Ctrl+V", "Ctrl+C", "Tabb"],
    "en": ["Insert", "Delete", "F4", "Ctrl+V", "Ctrl+C", "Tab"],
}
SAID = {
    "fi": ["lisää rivin", "poistaa", "avaa", "liittää", "kopioi", "viimeisestä solusta"],
    "sv": ["lägger till en rad", "tar bort", "öppnar", "klistrar in", "kopierar", "sista cellen"],
    "en": ["adds a row", "removes", "opens", "pastes", "copies", "last cell"],
}


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_the_shortcut_list_has_the_tables_keys(
    qtbot: QtBot, window: MainWindow, screen: Screen, lang: str
) -> None:
    window.set_language(lang)  # type: ignore[arg-type]
    window.menu.shortcuts.trigger()
    _title, text = wait_for_box(qtbot, screen)
    rows = re.findall(r"<tr><td><b>(.*?)</b></td><td>(.*?)</td></tr>", text)
    table_rows = " | ".join(f"{keys}: {what}" for keys, what in rows)
    for keys, said in zip(KEYS[lang], SAID[lang], strict=True):
        assert any(keys in k and said in w for k, w in rows), (keys, said, table_rows)

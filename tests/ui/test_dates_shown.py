"""Dates in the window read as everywhere else in the program: 5.1.2022, not 05.01.2022."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop.storage import Submission
from desktop.ui.form.lock_banner import LockBanner
from desktop.ui.translations import Translations


def _sent(at: str) -> Submission:
    return Submission("2022-1", 1, at, "anna", "AB12", "2022-1_211_kangasala_1.asice", "0", "0")


def test_the_sent_banner_writes_the_day_as_the_round_list_does(
    qtbot: QtBot, translations: Translations
) -> None:
    banner = LockBanner()
    qtbot.addWidget(banner)
    banner.show_state(True, _sent("2022-01-05T10:00:00+00:00"), 2)
    text = banner.text.text()
    assert text.startswith("Lähetetty 5.1.2022 klo "), text
    banner.show_state(False, _sent("2022-02-07T10:00:00+00:00"), 2)
    assert "lähetys 1 tehtiin 7.2.2022 klo " in banner.text.text()

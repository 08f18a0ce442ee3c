"""A received package whose time the computer's clock cannot show opens in the window."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop.signing.keys import OrganisationKey
from desktop.ui.coordinator.received import ReceivedView
from desktop.ui.shell.main_window import MainWindow
from tests import sent_elsewhere
from tests.odd_times import FAR_FUTURE, LEAP_SECOND, exported_at
from tests.ui.exporting import WAIT_MS

key = sent_elsewhere.key
package = sent_elsewhere.package


@pytest.mark.parametrize(
    ("moment", "shown"),
    [(LEAP_SECOND, ".2022 klo ")],
    ids=["leap-second"],
)
def test_a_package_with_an_unusual_time_opens_and_tells_it(
    moment: str,
    shown: str,
    qtbot: QtBot,
    window: MainWindow,
    package: Path,
    key: OrganisationKey,
    tmp_path: Path,
) -> None:
    odd = exported_at(package, key, moment, tmp_path / "outo.asice")
    with qtbot.waitSignal(window.received.shown, timeout=WAIT_MS) as opened:
        window.received.open(odd)
    view = opened.args[0]
    assert isinstance(view, ReceivedView)
    page = view.verdict_page.toPlainText()
    assert "Tiedosto" in page and shown in page
    assert moment not in page
    view.close()


def test_a_package_said_to_be_made_after_the_year_9999_is_refused_naming_the_time(
    qtbot: QtBot, window: MainWindow, package: Path, key: OrganisationKey, tmp_path: Path
) -> None:
    odd = exported_at(package, key, FAR_FUTURE, tmp_path / "outo.asice")
    with qtbot.waitSignal(window.received.shown, timeout=WAIT_MS) as opened:
        window.received.open(odd)
    view = opened.args[0]
    assert isinstance(view, ReceivedView)
    page = view.verdict_page.toPlainText()
    assert "Tiedostoa ei hyväksytty" in page
    assert "Paketin mukaan se on tehty 31.12.9999 23:59 UTC\u221223:59" in page, page
    assert FAR_FUTURE not in page
    view.close()

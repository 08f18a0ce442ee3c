"""A sent round whose stored signed files fail the check is never called "not sent" where a
later round shows its answers, nor are its altered answers shown as what was sent."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from desktop.commands.demo import fill_round
from desktop.review.previous import previous_answers
from desktop.signing.keys import OrganisationKey
from desktop.submission.service import Submissions
from desktop.workbook import Workbook
from tests import sent_elsewhere
from tests.ui.conftest import WindowFactory

RENT = "/premises/estimated_annual_rent"


def _sent(workbook: Workbook, key: OrganisationKey, folder: Path) -> Path:
    fill_round(workbook, "2022-1")
    result = Submissions(workbook).export("2022-1", folder, key=key, lang="fi", after_closing=True)
    assert result.package is not None
    return result.package


def _flipped(workbook: Workbook, package: Path) -> None:
    data = bytearray(package.read_bytes())
    for at in range(len(data) // 3, len(data) // 3 + 64):
        data[at] ^= 0xFF
    with workbook.store.connection:
        workbook.store.connection.execute("UPDATE submissions SET package = ?", (bytes(data),))


@pytest.mark.parametrize("damage", ["flipped", "altered"])
def test_a_later_round_says_its_previous_answers_come_from_the_local_copy(
    make_window: WindowFactory,
    workbook: Workbook,
    key: OrganisationKey,
    qtbot: QtBot,
    tmp_path: Path,
    damage: str,
) -> None:
    package = _sent(workbook, key, tmp_path)
    if damage == "flipped":
        _flipped(workbook, package)  # bytes flipped: the package cannot be read at all
    else:
        sent_elsewhere.tamper_stored(workbook.store, package)  # the rent changed to 1 €
    window = make_window(workbook)
    window.open_round("2022-2")
    page = window.open_section("premises")
    assert page is not None
    qtbot.waitUntil(lambda: page.findChild(QLabel, "previous_estimated_annual_rent") is not None)
    rent = page.findChild(QLabel, "previous_estimated_annual_rent")
    assert rent is not None
    said = rent.text().replace("\u00a0", " ")
    assert "lähettämätön" not in said  # it was sent
    assert "3 100 000 €" in said  # the answers kept here, not the altered package's 1 €
    assert "allekirjoitetut tiedostot eivät läpäise tarkistusta" in said, said


def test_the_local_copy_is_told_apart_in_every_language(
    workbook: Workbook, key: OrganisationKey, tmp_path: Path
) -> None:
    _flipped(workbook, _sent(workbook, key, tmp_path))
    found = previous_answers(workbook.store, workbook.catalog, "2022-2")
    assert found is not None
    assert "ej inskickad" not in found.source.label("sv")
    assert "klarar inte kontrollen" in found.source.label("sv")
    assert "fail the check" in found.source.label("en")

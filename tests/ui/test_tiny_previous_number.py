"""A round after a received package that says a tiny number (5e-324 person-years) opens on
its page, the change told as one from nothing, with no program error."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.signing.keys import OrganisationKey
from desktop.submission.importing import import_file
from desktop.workbook import Workbook
from tests import sent_elsewhere
from tests.test_tiny_previous_numbers import tiny_package
from tests.ui.conftest import WindowFactory

key = sent_elsewhere.key
package = sent_elsewhere.package
CELL = "/staff/staff_groups/0/person_years"


def test_the_next_round_opens_and_tells_the_change_from_nothing(
    qtbot: QtBot,
    make_window: WindowFactory,
    workbook: Workbook,
    package: Path,
    key: OrganisationKey,
    tmp_path: Path,
) -> None:
    tiny = tiny_package(package, key, tmp_path / "pieni.asice", 5e-324)
    import_file(workbook, tiny)
    with zipfile.ZipFile(tiny) as archive:
        row = json.loads(archive.read("survey.json"))["answers"]["staff"]["staff_groups"][0]
    workbook.set_json("2022-2", "/staff/staff_groups", [{**row, "person_years": 296}], "fi")
    window = make_window(workbook)
    window.open_round("2022-2", check_later=True)
    page = window.open_section("staff")
    assert page is not None
    qtbot.waitUntil(lambda: any(e.pointer == CELL for e in window.panel.entries))
    told = [e.text for e in window.panel.entries if e.pointer == CELL]
    assert "Edellisellä kierroksella (2022-1) vastaus oli" in told[0], told
    assert "%" not in told[0], told

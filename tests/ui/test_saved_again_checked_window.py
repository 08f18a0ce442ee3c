"""The window checks a submission's kept files before it saves them again: a damaged package or
report is refused in the window's language before any folder is asked, and nothing is written.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from desktop.signing.keys import OrganisationKey
from desktop.submission.service import Submissions
from desktop.ui.submitting.submissions_dialog import SubmissionsDialog
from desktop.workbook import Workbook
from tests.ui.conftest import ROUND, WindowFactory
from tests.ui.exporting import Screen, wait_for_box

NOT_SAVED = {
    "fi": "Tiedostoja ei tallennettu",
    "sv": "Filerna sparades inte",
    "en": "The files were not saved",
}
PACKAGE_DAMAGED = {
    "fi": "Kierroksen 2022-1 lähetyksen 1 tallessa oleva paketti on vahingoittunut",
    "sv": "Det sparade paketet för inskickning 1 av omgången 2022-1 är skadat",
    "en": "The kept package of submission 1 of round 2022-1 is damaged",
}


def _sent(workbook: Workbook, key: OrganisationKey, folder: Path) -> None:
    Submissions(workbook).export(ROUND, folder, key=key, lang="fi", after_closing=True)


def _flip_middle_byte(workbook: Workbook, column: str) -> None:
    connection = workbook.store.connection
    (data,) = connection.execute(f"SELECT {column} FROM submissions").fetchone()
    damaged = bytearray(data)
    damaged[len(damaged) // 2] ^= 1
    with connection:
        connection.execute(f"UPDATE submissions SET {column} = ?", (bytes(damaged),))


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_a_damaged_package_is_not_saved_again_from_the_submissions_list(
    qtbot: QtBot,
    filled: Workbook,
    make_window: WindowFactory,
    key: OrganisationKey,
    screen: Screen,
    tmp_path: Path,
    lang: str,
) -> None:
    _sent(filled, key, tmp_path / "first")
    _flip_middle_byte(filled, "package")
    again = tmp_path / "again"
    again.mkdir()
    screen.folders.append(again)
    window = make_window(filled)
    window.set_language(lang)  # type: ignore[arg-type]

    window.menu.submissions.trigger()
    dialog = screen.last(SubmissionsDialog)
    assert isinstance(dialog, SubmissionsDialog)
    qtbot.mouseClick(dialog.save, Qt.MouseButton.LeftButton)
    title, text = wait_for_box(qtbot, screen)
    assert title == NOT_SAVED[lang]
    assert text.startswith(PACKAGE_DAMAGED[lang]), text
    assert "CRC" in text
    # Refused before a folder was asked: nothing chosen, nothing written.
    assert not any(isinstance(d, QFileDialog) for d in screen.dialogs)
    assert list(again.iterdir()) == []


def test_a_damaged_report_is_not_saved_again_when_an_unchanged_correction_offers_it(
    qtbot: QtBot,
    filled: Workbook,
    make_window: WindowFactory,
    key: OrganisationKey,
    screen: Screen,
    tmp_path: Path,
) -> None:
    _sent(filled, key, tmp_path / "first")
    assert Submissions(filled).start_correction(ROUND) == 2
    _flip_middle_byte(filled, "report")  # the package is whole: the correction is unchanged
    again = tmp_path / "again"
    again.mkdir()
    screen.folders.append(again)
    window = make_window(filled)
    screen.yes = True  # "Tallenna lähetyksen 1 tiedostot…"

    window.menu.submit.trigger()
    title, text = wait_for_box(qtbot, screen)
    assert "lähetyksen 1" in screen.questions[0]
    assert title == "Tiedostoja ei tallennettu"
    assert text.startswith(
        "Kierroksen 2022-1 lähetyksen 1 tallessa oleva raportti on vahingoittunut"
    ), text
    assert not any(isinstance(d, QFileDialog) for d in screen.dialogs)
    assert list(again.iterdir()) == []
    assert [s.number for s in filled.store.submissions(ROUND)] == [1]

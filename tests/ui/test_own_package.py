"""A package signed with this computer's own organisation key says so when opened, instead of
"signer not confirmed"; anyone else's key is still not confirmed."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.commands.demo import fill_round
from desktop.paths import DataPaths
from desktop.signing.keys import Organisation, OrganisationKey, create_key, to_pkcs12
from desktop.signing.keystore import create_key_file, load_key, write_new_file
from desktop.submission.service import Submissions
from desktop.ui.coordinator.received import ReceivedView
from desktop.ui.shell.main_window import MainWindow
from desktop.workbook import Workbook
from tests.ui.conftest import ROUND
from tests.ui.exporting import KANGASALA, WAIT_MS

OWN = "allekirjoitettu tämän tietokoneen organisaatioavaimella"


def _exported(workbook: Workbook, key: OrganisationKey, folder: Path) -> Path:
    fill_round(workbook, ROUND)
    result = Submissions(workbook).export(ROUND, folder, key=key, lang="fi", after_closing=True)
    assert result.package is not None
    return result.package


def _page(qtbot: QtBot, window: MainWindow, path: Path) -> str:
    with qtbot.waitSignal(window.received.shown, timeout=WAIT_MS) as shown:
        window.received.open(path)
    view = shown.args[0]
    assert isinstance(view, ReceivedView)
    page = view.verdict_page.toPlainText()
    view.close()
    return page


def test_one_s_own_package_says_it_is_signed_with_this_computer_s_key(
    qtbot: QtBot, window: MainWindow, workbook: Workbook, data_paths: DataPaths, tmp_path: Path
) -> None:
    key = create_key_file(data_paths.key_store, KANGASALA, "pitkä tunnuslause 123")
    page = _page(qtbot, window, _exported(workbook, key, tmp_path))
    assert OWN in page, page
    assert "allekirjoittajaa ei ole vahvistettu" not in page
    assert "ei ole verrattu luotettuun sormenjälkeen" not in page


def test_a_key_made_by_an_earlier_version_is_known_once_it_has_been_opened(
    qtbot: QtBot, window: MainWindow, workbook: Workbook, data_paths: DataPaths, tmp_path: Path
) -> None:
    # An earlier version kept only the key file, locked by its passphrase.
    key = create_key(KANGASALA)
    write_new_file(data_paths.key_store, to_pkcs12(key, "pitkä tunnuslause 123"))
    load_key(data_paths.key_store, "pitkä tunnuslause 123")  # unlocked once, e.g. to sign
    page = _page(qtbot, window, _exported(workbook, key, tmp_path))
    assert OWN in page, page


def test_another_key_is_still_not_confirmed(
    qtbot: QtBot, window: MainWindow, workbook: Workbook, data_paths: DataPaths, tmp_path: Path
) -> None:
    create_key_file(data_paths.key_store, KANGASALA, None)
    other = create_key(Organisation("Kangasala", "Kangasala"))  # same name, another key
    page = _page(qtbot, window, _exported(workbook, other, tmp_path))
    assert OWN not in page
    assert "allekirjoittajaa ei ole vahvistettu" in page

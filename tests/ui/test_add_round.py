"""File → Add survey round… in the window: the round is listed at once, a bad one refused."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.paths import DataPaths
from desktop.workbook import Workbook
from tests.rounds_support import folder_copy, package_2023, signed, stranger_key, trust
from tests.ui.conftest import WindowFactory
from tests.ui.exporting import Screen, wait_for_box


def _round_texts(window: object) -> list[str]:
    listing = window.navigation.round_list  # type: ignore[attr-defined]
    return [listing.item(row).text() for row in range(listing.count())]


def test_an_added_round_is_listed_without_a_restart(
    qtbot: QtBot,
    make_window: WindowFactory,
    workbook: Workbook,
    data_paths: DataPaths,
    screen: Screen,
    tmp_path: Path,
) -> None:
    trust(data_paths)
    package = tmp_path / "2023-1.tkround"
    package.write_bytes(package_2023())
    window = make_window(workbook)
    assert len(_round_texts(window)) == 3
    screen.files.append(package)
    window.menu.add_round.trigger()
    title, text = wait_for_box(qtbot, screen)
    assert title == "Kyselykierros lisätty"
    assert "2023-1" in text and "Sote-uudistuksen toimeenpanon seurantakysely 1/2023" in text
    texts = _round_texts(window)
    assert len(texts) == 4
    assert "seurantakysely 1/2023" in texts[3] and "lisätty" in texts[3]
    window.navigation.round_list.setCurrentRow(3)
    qtbot.waitUntil(lambda: window.session is not None and window.session.round.id == "2023-1")
    sections = window.navigation.sections
    titles = [sections.item(row).text() for row in range(sections.count())]
    assert any(title.startswith("Talous") for title in titles)  # finances, new in 2023-1


def test_a_package_of_an_unknown_signer_is_refused_in_the_users_language(
    qtbot: QtBot,
    make_window: WindowFactory,
    workbook: Workbook,
    data_paths: DataPaths,
    screen: Screen,
    tmp_path: Path,
) -> None:
    trust(data_paths)
    package = tmp_path / "stranger.tkround"
    package.write_bytes(signed(_files(tmp_path), stranger_key()))
    window = make_window(workbook)
    screen.files.append(package)
    window.menu.add_round.trigger()
    title, text = wait_for_box(qtbot, screen)
    assert title == "Kyselykierrosta ei lisätty"
    assert stranger_key().fingerprint in text and "ei luota" in text
    assert len(_round_texts(window)) == 3


def _files(tmp_path: Path) -> dict[str, bytes]:
    from tests.rounds_support import files_of

    return files_of(folder_copy(tmp_path))


def test_the_coordinator_window_offers_the_rounds_added_to_its_data_folder(
    qtbot: QtBot, data_paths: DataPaths, translations: object
) -> None:
    from desktop.ui.coordinator.window import CoordinatorWindow
    from tests.rounds_support import add

    trust(data_paths)
    add(data_paths, package_2023())
    window = CoordinatorWindow(data_paths, "fi", workers=1)
    qtbot.addWidget(window)
    offered = [window.round.itemData(i) for i in range(window.round.count())]
    assert offered == ["2022-1", "2022-2", "2022-3", "2023-1"]
    assert window.catalog.round("2023-1").origin is not None


def test_an_answer_to_an_added_round_opens_in_the_window(
    qtbot: QtBot,
    make_window: WindowFactory,
    workbook: Workbook,
    data_paths: DataPaths,
    screen: Screen,
    tmp_path: Path,
) -> None:
    from desktop.ui.coordinator.received import ReceivedView
    from tests.rounds_support import answered_2023

    sent = answered_2023(DataPaths(tmp_path / "official"), tmp_path / "sent")
    trust(data_paths)
    package = tmp_path / "2023-1.tkround"
    package.write_bytes(package_2023())
    window = make_window(workbook)
    screen.files.append(package)
    window.menu.add_round.trigger()
    wait_for_box(qtbot, screen)
    with qtbot.waitSignal(window.received.shown, timeout=20_000) as shown:
        window.received.open(sent)
    view = shown.args[0]
    assert isinstance(view, ReceivedView)
    page = view.verdict_page.toPlainText()
    assert "seurantakysely 1/2023" in page and "ei tunne" not in page

"""The coordinator's window counts what the folder holds now."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from desktop.paths import DataPaths
from desktop.ui.coordinator.window import CoordinatorWindow
from desktop.ui.translations import Translations
from tests.fixtures.received.generate import cached


@pytest.fixture(scope="session")
def received(request: pytest.FixtureRequest) -> tuple[Path, dict[str, Any]]:
    return cached(request.config, 30)


def test_a_package_deleted_from_the_folder_is_said_gone_and_not_counted(
    qtbot: QtBot,
    data_paths: DataPaths,
    translations: Translations,
    received: tuple[Path, dict[str, Any]],
    tmp_path: Path,
) -> None:
    from desktop.collect import trust
    from desktop.collect.records import Records
    from desktop.municipalities import Register

    folder, expected = received
    codes = [c for c, o in expected["municipalities"].items() if o["status"] == "counted"][:2]
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for code in codes:
        shutil.copyfile(folder / "packages" / f"2022-1_{code}_1.asice", inbox / f"{code}.asice")
    with Records.open(data_paths.coordinator_database) as records:
        trust.import_csv(records, folder / "trusted.csv", Register.load())
    window = CoordinatorWindow(data_paths, "fi", workers=1)
    qtbot.addWidget(window)
    window.round.setCurrentIndex(window.round.findData("2022-1"))
    window.set_folder(inbox)
    window.collect()
    qtbot.waitUntil(lambda: window.task is None, timeout=120_000)
    assert "Laskettu 2 kuntaa" in window.counts.text()
    (inbox / f"{codes[0]}.asice").unlink()
    window.collect()
    qtbot.waitUntil(lambda: window.task is None, timeout=120_000)
    assert "Laskettu 1 kunta" in window.counts.text()
    assert "1 tiedosto ei enää kansiossa" in window.counts.text()
    assert window.files.rowCount() == 1


def test_a_received_file_name_is_shown_escaped_in_the_window_title(
    qtbot: QtBot, translations: Translations, tmp_path: Path
) -> None:
    from desktop.municipalities import Register
    from desktop.survey import shipped_catalog
    from desktop.ui.coordinator.received import ReceivedView, check_received

    path = tmp_path / "2022-1_091_1\u202egnp.\x1b[2Jasice"
    path.write_bytes(b"not a package")
    register = Register.load()
    view = ReceivedView(check_received(path, shipped_catalog(), register), "en", register)
    qtbot.addWidget(view)
    title = view.windowTitle()
    assert "\u202e" not in title and "\x1b" not in title
    assert "\\u202e" in title and "\\x1b[2J" in title


def test_a_folder_name_is_shown_as_it_is_not_as_rich_text(
    qtbot: QtBot, data_paths: DataPaths, translations: Translations, tmp_path: Path
) -> None:
    from PySide6.QtCore import Qt

    folder = tmp_path / "<b>x<" / "b>"  # shown as …/<b>x</b>
    folder.mkdir(parents=True)
    window = CoordinatorWindow(data_paths, "fi", workers=1)
    qtbot.addWidget(window)
    window.set_folder(folder)
    assert window.folder_label.textFormat() is Qt.TextFormat.PlainText
    assert window.folder_label.text().endswith("<b>x</b>")


def test_the_window_never_names_a_refused_impostor_as_whom_to_call(
    qtbot: QtBot, data_paths: DataPaths, translations: Translations, tmp_path: Path
) -> None:
    import random
    from datetime import UTC, datetime

    from desktop.collect.overview import Answer, MunicipalityLine
    from desktop.municipalities import Register
    from desktop.signing.keys import Organisation, create_key
    from desktop.survey import shipped_catalog
    from tests.fixtures.received.generate import answers_for, package

    register = Register.load()
    m = register.get("091")
    rnd = shipped_catalog().round("2022-2")
    answers = answers_for(rnd, m, random.Random(1))
    answers["background"]["respondent_name"] = "Matti Huijari"  # type: ignore[index]
    impostor = create_key(Organisation("Helsinki", "Helsinki"))
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    when = datetime(2022, 2, 1, 9, 0, tzinfo=UTC)
    (inbox / "2022-2_091_1.asice").write_bytes(
        package(rnd, answers, m, impostor, number=1, when=when)
    )
    window = CoordinatorWindow(data_paths, "fi", workers=1)
    qtbot.addWidget(window)
    window.round.setCurrentIndex(window.round.findData("2022-2"))
    window.set_folder(inbox)
    window.collect()  # collected before any key was registered
    qtbot.waitUntil(lambda: window.task is None, timeout=120_000)
    window.round.setCurrentIndex(window.round.findData("2022-3"))
    lines = [window.municipalities.item(r) for r in range(window.municipalities.rowCount())]
    line = next(x for x in lines if isinstance(x, MunicipalityLine) and x.code == "091")
    assert line.answer is Answer.MISSING and "Huijari" not in line.contact

"""The coordinator's view: a folder of received packages collected, who is missing, one opened."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.collect.overview import Answer, FileLine, MunicipalityLine, Summary
from desktop.paths import DataPaths
from desktop.ui.coordinator.answers_dialog import AnswersDialog
from desktop.ui.coordinator.window import CoordinatorWindow
from desktop.ui.translations import Translations
from tests.fixtures.received.generate import cached


@pytest.fixture(scope="session")
def received(request: pytest.FixtureRequest) -> tuple[Path, dict[str, Any]]:
    return cached(request.config, 30)


def collected(qtbot: QtBot, data_paths: DataPaths, folder: Path) -> CoordinatorWindow:
    from desktop.collect import trust
    from desktop.collect.records import Records
    from desktop.municipalities import Register

    with Records.open(data_paths.coordinator_database) as records:
        trust.import_csv(records, folder / "trusted.csv", Register.load())
    window = CoordinatorWindow(data_paths, "fi", workers=1)
    qtbot.addWidget(window)
    window.show()
    window.round.setCurrentIndex(window.round.findData("2022-1"))
    window.set_folder(folder)
    window.collect()
    qtbot.waitUntil(lambda: window.task is None, timeout=120_000)
    return window


def test_the_window_shows_every_municipality_and_file_with_its_state(
    qtbot: QtBot,
    data_paths: DataPaths,
    translations: Translations,
    received: tuple[Path, dict[str, Any]],
) -> None:
    folder, expected = received
    window = collected(qtbot, data_paths, folder)
    counted = {c for c, o in expected["municipalities"].items() if o["status"] == "counted"}
    lines = [window.municipalities.item(r) for r in range(window.municipalities.rowCount())]
    assert all(isinstance(line, MunicipalityLine) for line in lines)
    shown = {
        line.code
        for line in lines
        if isinstance(line, MunicipalityLine) and line.answer is Answer.COUNTED
    }
    assert shown == counted
    assert len(lines) == 309 - 16  # the register without Åland's municipalities
    assert f"Laskettu {len(counted)} kuntaa" in window.counts.text()
    assert window.progress.value() == window.progress.maximum() > 0
    files = [window.files.item(r) for r in range(window.files.rowCount())]
    bomb = next(f for f in files if isinstance(f, FileLine) and f.name == "pommi.asice")
    row = files.index(bomb)
    assert window.files.data(window.files.index(row, 3)) == "Hylätty"
    window.tabs.setCurrentWidget(window.file_view)
    window.file_view.selectRow(row)
    assert "zip-pommi" in window.reason.toPlainText()
    assert not window.open_answers.isEnabled()
    counties = window.counties.rowCount()
    assert counties == 22  # 21 wellbeing services counties and Helsinki


def test_a_counted_package_opens_read_only(
    qtbot: QtBot,
    data_paths: DataPaths,
    translations: Translations,
    received: tuple[Path, dict[str, Any]],
) -> None:
    folder, _ = received
    window = collected(qtbot, data_paths, folder)
    lines = [window.municipalities.item(r) for r in range(window.municipalities.rowCount())]
    row = next(
        i
        for i, line in enumerate(lines)
        if isinstance(line, MunicipalityLine) and line.answer is Answer.COUNTED
    )
    window.municipality_view.selectRow(row)
    assert window.open_answers.isEnabled()
    window.open_answers.click()
    dialog = window.findChild(AnswersDialog)
    assert dialog is not None and dialog.isVisible()
    title = dialog.sections["background"].rows["respondent_title"].editor
    assert title.value() == "Talousjohtaja"
    dialog.close()


def test_collected_rounds_are_shown_again_when_the_view_opens(
    qtbot: QtBot,
    data_paths: DataPaths,
    translations: Translations,
    received: tuple[Path, dict[str, Any]],
) -> None:
    folder, _ = received
    first = collected(qtbot, data_paths, folder)
    again = CoordinatorWindow(data_paths, "fi", workers=1)
    qtbot.addWidget(again)
    again.round.setCurrentIndex(again.round.findData("2022-1"))
    assert again.counts.text() == first.counts.text()


def test_a_missing_municipality_shows_whom_to_call_from_its_last_round(
    qtbot: QtBot,
    data_paths: DataPaths,
    translations: Translations,
    received: tuple[Path, dict[str, Any]],
) -> None:
    folder, expected = received
    first = collected(qtbot, data_paths, folder)
    first.round.setCurrentIndex(first.round.findData("2022-2"))
    first.set_folder(folder / "other")
    first.collect()
    qtbot.waitUntil(lambda: first.task is None, timeout=120_000)
    first.round.setCurrentIndex(first.round.findData("2022-3"))
    code = expected["roles"]["other_round"]
    lines = [first.municipalities.item(r) for r in range(first.municipalities.rowCount())]
    line = next(x for x in lines if isinstance(x, MunicipalityLine) and x.code == code)
    assert line.answer is Answer.MISSING
    assert ".example" in line.contact and "(2022-2)" in line.contact


def test_the_national_picture_is_saved_from_the_window(
    qtbot: QtBot,
    data_paths: DataPaths,
    translations: Translations,
    received: tuple[Path, dict[str, Any]],
    tmp_path: Path,
) -> None:
    folder, _ = received
    window = collected(qtbot, data_paths, folder)
    assert window.save.isEnabled()
    window.write_picture(tmp_path / "kooste.xlsx")
    qtbot.waitUntil(lambda: window.task is None, timeout=120_000)
    assert (tmp_path / "kooste.xlsx").stat().st_size > 0
    assert (tmp_path / "kooste.pdf").read_bytes().startswith(b"%PDF-")
    for box in window.findChildren(QMessageBox):
        box.close()


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_each_alt_letter_of_the_window_does_one_thing(
    qtbot: QtBot, data_paths: DataPaths, translations: Translations, lang: str
) -> None:
    # Two buttons or tabs on one Alt letter only take turns at the focus: Alt+T moved
    # to "Tarkista ja kirjaa" but never ran the check.
    from PySide6.QtWidgets import QAbstractButton, QLabel

    translations.install(lang)  # type: ignore[arg-type]
    window = CoordinatorWindow(data_paths, lang, workers=1)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    texts = [b.text() for b in window.findChildren(QAbstractButton)]
    texts += [label.text() for label in window.findChildren(QLabel) if label.buddy() is not None]
    texts += [window.tabs.tabText(i) for i in range(window.tabs.count())]
    letters = [
        t[t.index("&") + 1].lower() for t in texts if "&" in t.replace("&&", "") and t[-1] != "&"
    ]
    assert len(letters) >= 8, texts
    assert sorted(letters) == sorted(set(letters)), texts
    # Every button and tab has one (English once had none on "Files" and on saving).
    assert [t for t in texts if t and "&" not in t.replace("&&", "")] == []


@pytest.mark.parametrize(
    ("lang", "one", "two"),
    [
        (
            "fi",
            "Laskettu 1 kunta · puuttuu 1 · 1 hylätty tiedosto · 1 korvattu lähetys"
            " · 1 muu tiedosto",
            "Laskettu 2 kuntaa · puuttuu 2 · 2 hylättyä tiedostoa · 2 korvattua lähetystä"
            " · 2 muuta tiedostoa",
        ),
        (
            "sv",
            "1 kommun räknad · 1 saknas · 1 avvisad fil · 1 ersatt inskickning · 1 annan fil",
            "2 kommuner räknade · 2 saknas · 2 avvisade filer · 2 ersatta inskickningar"
            " · 2 andra filer",
        ),
        (
            "en",
            "1 municipality counted · 1 missing · 1 refused file · 1 replaced submission"
            " · 1 other file",
            "2 municipalities counted · 2 missing · 2 refused files · 2 replaced submissions"
            " · 2 other files",
        ),
    ],
)
def test_the_counts_say_one_in_the_singular(
    qtbot: QtBot, data_paths: DataPaths, translations: Translations, lang: str, one: str, two: str
) -> None:
    # "Laskettu 1 kuntaa" read wrong in every language.
    translations.install(lang)  # type: ignore[arg-type]
    window = CoordinatorWindow(data_paths, lang, workers=1)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    names = ("counted", "missing", "refused", "replaced", "ignored")
    none = {"files": 0, "other_round": 0, "duplicates": 0}
    assert window.counts_text(Summary(**dict.fromkeys(names, 1), **none)) == one
    assert window.counts_text(Summary(**dict.fromkeys(names, 2), **none)) == two


@pytest.mark.parametrize(
    ("lang", "by_name", "unknown"),
    [
        ("fi", "(tiedostonimen mukaan)", "tuntematon"),
        ("sv", "(enligt filnamnet)", "okänd"),
        ("en", "(by the file name)", "unknown"),
    ],
)
def test_a_refused_file_shows_the_municipality_its_name_gives_or_unknown(
    qtbot: QtBot,
    data_paths: DataPaths,
    translations: Translations,
    received: tuple[Path, dict[str, Any]],
    tmp_path: Path,
    lang: str,
    by_name: str,
    unknown: str,
) -> None:
    import shutil

    folder, _ = received
    tampered = next(folder.rglob("*_muutettu.asice"))
    code = tampered.name.split("_")[1]
    here = tmp_path / "in"
    here.mkdir()
    shutil.copyfile(tampered, here / tampered.name)
    shutil.copyfile(next(folder.rglob("pommi.asice")), here / "pommi.asice")
    shutil.copyfile(folder / "trusted.csv", here / "trusted.csv")
    translations.install(lang)  # type: ignore[arg-type]
    window = collected(qtbot, data_paths, here)
    shown = {
        str(window.files.data(window.files.index(r, 0))): str(
            window.files.data(window.files.index(r, 1))
        )
        for r in range(window.files.rowCount())
    }
    assert shown[tampered.name] == f"{code} {by_name}"
    assert shown["pommi.asice"] == unknown


def test_a_file_name_that_is_not_utf8_is_listed_escaped(
    qtbot: QtBot,
    data_paths: DataPaths,
    translations: Translations,
    received: tuple[Path, dict[str, Any]],
    tmp_path: Path,
) -> None:
    import os
    import shutil

    folder, expected = received
    code = expected["roles"]["duplicate"]
    inbox = tmp_path / "in"
    inbox.mkdir()
    shutil.copyfile(folder / "trusted.csv", inbox / "trusted.csv")
    name = os.fsdecode(b"2022-1_H\xe4meenlinna.asice")
    shutil.copyfile(folder / "packages" / f"2022-1_{code}_1.asice", inbox / name)
    window = collected(qtbot, data_paths, inbox)
    assert window.findChild(QMessageBox) is None
    names = [window.files.data(window.files.index(r, 0)) for r in range(window.files.rowCount())]
    assert "2022-1_H\\udce4meenlinna.asice" in names
    assert window.counts.text().startswith("Laskettu 1 kunta ·")


def test_the_window_counts_and_lists_files_as_the_command_line_does(
    qtbot: QtBot,
    data_paths: DataPaths,
    translations: Translations,
    received: tuple[Path, dict[str, Any]],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Three copies of one package, a broken file twice, a correction saved under a name
    that is no package's (…asice.zip, …asice with a trailing space)."""
    import shutil

    from desktop.cli import main
    from desktop.collect import trust
    from desktop.collect.records import Records
    from desktop.municipalities import Register

    folder, expected = received
    code = expected["roles"]["duplicate"]
    inbox = tmp_path / "in"
    inbox.mkdir()
    for name in ("a.asice", "a kopio.asice", "a toinen kopio.asice"):
        shutil.copyfile(folder / "packages" / f"2022-1_{code}_1.asice", inbox / name)
    for name in ("rikki.asice", "rikki2.asice"):
        shutil.copyfile(folder / "other" / "rikki.asice", inbox / name)
    for name in (f"2022-1_{code}_2.asice.zip", f"2022-1_{code}_2.asice "):
        shutil.copyfile(folder / "packages" / f"2022-1_{code}_1.asice", inbox / name)

    data = ["--data-dir", str(tmp_path / "cli"), "--lang", "fi"]
    assert main([*data, "trust", "import", str(folder / "trusted.csv")]) == 0
    capsys.readouterr()
    assert main([*data, "collect", "2022-1", str(inbox)]) == 1
    out = capsys.readouterr().out
    assert (
        "7 tiedostoa, 1 kunta laskettu, 0 korvattua lähetystä, 1 hylätty, 2 muuta tiedostoa, "
        "3 kaksoiskappaletta" in out
    )
    assert f"2022-1_{code}_2.asice.zip" in out and "'.asice '" in out and "'.asice.zip'" in out

    with Records.open(data_paths.coordinator_database) as records:
        trust.import_csv(records, folder / "trusted.csv", Register.load())
    window = CoordinatorWindow(data_paths, "fi", workers=1)
    qtbot.addWidget(window)
    window.show()
    window.round.setCurrentIndex(window.round.findData("2022-1"))
    window.set_folder(inbox)
    window.collect()
    qtbot.waitUntil(lambda: window.task is None, timeout=120_000)
    counts = window.counts.text()
    assert "Laskettu 1 kunta ·" in counts and "1 hylätty tiedosto ·" in counts
    assert "2 muuta tiedostoa" in counts and "3 kaksoiskappaletta" in counts
    rows = [
        [str(window.files.data(window.files.index(r, c))) for c in range(5)]
        for r in range(window.files.rowCount())
    ]
    statuses = sorted(row[3] for row in rows)
    assert statuses == sorted(
        ["Laskettu", "Hylätty", "Ei paketti", "Ei paketti"] + ["Kaksoiskappale"] * 3
    )
    first = next(row for row in rows if row[3] == "Laskettu")[0]
    assert any(row[3] == "Kaksoiskappale" and first in row[4] for row in rows)
    reasons = " ".join(row[4] for row in rows if row[3] == "Ei paketti")
    assert "'.asice '" in reasons and "'.asice.zip'" in reasons


@pytest.mark.parametrize(
    ("lang", "one", "two"),
    [
        ("fi", "1 toisen kierroksen paketti · 1 kaksoiskappale", "2 kaksoiskappaletta"),
        ("sv", "1 paket från en annan omgång · 1 dubblett", "2 dubbletter"),
        ("en", "1 package of another round · 1 duplicate", "2 duplicates"),
    ],
)
def test_the_counts_say_duplicates_and_other_rounds_when_there_are_any(
    qtbot: QtBot, data_paths: DataPaths, translations: Translations, lang: str, one: str, two: str
) -> None:
    translations.install(lang)  # type: ignore[arg-type]
    window = CoordinatorWindow(data_paths, lang, workers=1)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    names = ("files", "counted", "missing", "refused", "replaced", "ignored")
    plain = Summary(**dict.fromkeys(names, 1), other_round=0, duplicates=0)
    assert "·" in window.counts_text(plain) and one not in window.counts_text(plain)
    assert window.counts_text(Summary(**dict.fromkeys(names, 1), other_round=1, duplicates=1))
    assert window.counts_text(
        Summary(**dict.fromkeys(names, 1), other_round=1, duplicates=1)
    ).endswith(one)
    assert window.counts_text(
        Summary(**dict.fromkeys(names, 1), other_round=0, duplicates=2)
    ).endswith(two)

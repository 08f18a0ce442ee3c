"""The window does not sign a correction with nothing changed since the last submission; it
says so in the window's language and offers the kept files of that submission instead."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.commands.demo import fill_round
from desktop.signing.keys import OrganisationKey
from desktop.submission.service import Submissions
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.submitting.readiness_summary import ReadinessSummary
from desktop.workbook import Workbook
from tests.ui.conftest import ROUND, WindowFactory
from tests.ui.exporting import Screen, wait_for_box


def _sent_and_reopened(workbook: Workbook, key: OrganisationKey, folder: Path) -> None:
    service = Submissions(workbook)
    service.export(ROUND, folder, key=key, lang="fi", after_closing=True)
    assert service.start_correction(ROUND) == 2


def _refusal(screen: Screen) -> QMessageBox:
    (box,) = [d for d in screen.dialogs if isinstance(d, QMessageBox)]
    return box


def test_an_unchanged_correction_is_not_signed_and_its_kept_files_are_offered(
    qtbot: QtBot,
    filled: Workbook,
    make_window: WindowFactory,
    key: OrganisationKey,
    screen: Screen,
    tmp_path: Path,
) -> None:
    first = tmp_path / "first"
    _sent_and_reopened(filled, key, first)
    window = make_window(filled)
    screen.yes = False  # back to the form

    window.menu.submit.trigger()
    qtbot.waitUntil(lambda: bool(screen.questions))
    box = _refusal(screen)
    text = screen.questions[0]
    assert box.windowTitle() == "Korjauksessa ei ole muutoksia"
    assert text.startswith(
        "Kierroksen 2022-1 korjausta ei lähetetty: vastauksia tai huomautusten selityksiä ei "
        "ole muutettu lähetyksen 1 jälkeen"
    ), text
    assert "lähetyksen 1 allekirjoitetut tiedostot (paketti ja raportti)" in text
    save = box.button(QMessageBox.StandardButton.Yes)
    back = box.button(QMessageBox.StandardButton.No)
    assert save.text() == "&Tallenna lähetyksen 1 tiedostot…"
    assert back.text() == "&Palaa lomakkeeseen"
    assert box.defaultButton() is back  # Enter by habit sends nothing and saves nothing
    # Nothing asked of a folder or a passphrase, nothing recorded; still open for the correction.
    assert not any(isinstance(d, QFileDialog) for d in screen.dialogs)
    assert [s.number for s in filled.store.submissions(ROUND)] == [1]
    assert not filled.store.is_locked(ROUND)
    assert screen.boxes == []

    # Who needs the package again saves the kept files.
    again = tmp_path / "again"
    again.mkdir()
    screen.yes = True
    screen.folders.append(again)
    window.menu.submit.trigger()
    title, said = wait_for_box(qtbot, screen)
    assert title == "Tiedostot tallennettu"
    names = sorted(p.name for p in first.iterdir())
    assert names == ["2022-1_211_kangasala_1.asice", "2022-1_211_kangasala_1.pdf"]
    for name in names:
        assert (again / name).read_bytes() == (first / name).read_bytes()
        assert str(again / name) in said
    assert [s.number for s in filled.store.submissions(ROUND)] == [1]


@pytest.mark.parametrize(
    ("lang", "title", "said", "save"),
    [
        (
            "sv",
            "Rättelsen innehåller inga ändringar",
            "varken svaren eller anmärkningarnas förklaringar har ändrats efter inskickning 1",
            "&Spara filerna för inskickning 1…",
        ),
        (
            "en",
            "The correction changes nothing",
            "neither the answers nor the explanations of warnings have changed since submission 1",
            "&Save the files of submission 1…",
        ),
    ],
)
def test_the_refusal_speaks_the_window_s_language(
    qtbot: QtBot,
    filled: Workbook,
    make_window: WindowFactory,
    key: OrganisationKey,
    screen: Screen,
    tmp_path: Path,
    lang: str,
    title: str,
    said: str,
    save: str,
) -> None:
    _sent_and_reopened(filled, key, tmp_path)
    window = make_window(filled)
    window.set_language(lang)  # type: ignore[arg-type]
    screen.yes = False

    window.menu.submit.trigger()
    qtbot.waitUntil(lambda: bool(screen.questions))
    box = _refusal(screen)
    assert box.windowTitle() == title
    assert said in screen.questions[0]
    assert box.button(QMessageBox.StandardButton.Yes).text() == save


def test_a_changed_correction_goes_on_to_the_summary(
    qtbot: QtBot,
    filled: Workbook,
    make_window: WindowFactory,
    key: OrganisationKey,
    screen: Screen,
    tmp_path: Path,
) -> None:
    _sent_and_reopened(filled, key, tmp_path)
    filled.set_json(ROUND, "/premises/estimated_annual_rent", 3_250_000)
    window = make_window(filled)
    screen.yes = False  # back from the summary

    window.menu.submit.trigger()
    qtbot.waitUntil(lambda: bool(screen.questions))
    assert screen.questions[0].startswith("Kierros 2022-1 on valmis lähetettäväksi.")
    assert "Muutettu lähetyksen 1 jälkeen (1):" in screen.questions[0]


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "fi",
            "Vastauksia ei ole muutettu lähetyksen 1 jälkeen; huomautusten selityksiä on muutettu.",
        ),
        (
            "sv",
            "Svaren har inte ändrats efter inskickning 1; anmärkningarnas förklaringar har ändrats.",
        ),
        ("en", "No answer has changed since submission 1; explanations of warnings have."),
    ],
)
def test_a_correction_of_an_explanation_alone_is_summarised_as_one(
    window: MainWindow,
    workbook: Workbook,
    key: OrganisationKey,
    tmp_path: Path,
    lang: str,
    said: str,
) -> None:
    from desktop.review.compare import changed_since_sent

    round_id, pointer = "2022-3", "/staff/staff_groups/0/person_years"
    fill_round(workbook, round_id)
    workbook.set_json(round_id, pointer, 330.0)
    workbook.explain(round_id, pointer, "Ylityöt on laskettu mukaan")
    service = Submissions(workbook)
    service.export(round_id, tmp_path, key=key, lang="fi", after_closing=True)
    service.start_correction(round_id)
    workbook.explain(round_id, pointer, "Ylityöt ja sijaisuudet")
    window.set_language(lang)  # type: ignore[arg-type]

    ready = service.readiness(round_id)
    assert ready.first(after_closing=True) is None
    text = ReadinessSummary(window).text(ready, window.lang, changed_since_sent(workbook, round_id))
    assert said in text, text

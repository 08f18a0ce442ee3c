"""The window cancels a correction from its banner and its Lähetys menu: at once when nothing
was changed, after a question (keeping the correction the default) when something was, and
never when the kept package of the last submission fails; then the round is shown locked."""

from __future__ import annotations

from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.signing.keys import OrganisationKey
from desktop.submission.service import Submissions
from desktop.ui.shell.main_window import MainWindow
from desktop.workbook import Workbook
from tests.ui.conftest import ROUND, WindowFactory
from tests.ui.exporting import Screen

RENT = "/premises/estimated_annual_rent"


def _sent_and_reopened(workbook: Workbook, key: OrganisationKey, folder: Path) -> None:
    service = Submissions(workbook)
    service.export(ROUND, folder, key=key, lang="fi", after_closing=True)
    assert service.start_correction(ROUND) == 2


def _question(screen: Screen) -> QMessageBox:
    (box,) = [
        d for d in screen.dialogs if isinstance(d, QMessageBox) and d.objectName() == "questionBox"
    ]
    return box


def _shown_locked(qtbot: QtBot, window: MainWindow) -> None:
    session = window.session
    assert session is not None
    qtbot.waitUntil(lambda: session.seal is not None)  # shown from the kept package
    banner = window.banner
    assert banner.button.isVisible() and not banner.cancel_button.isVisible()
    assert banner.text.text().startswith("Lähetetty ")
    assert window.menu.correct.isEnabled()
    assert not window.menu.cancel_correction.isEnabled()


def test_the_banner_and_the_menu_offer_to_cancel_a_correction_by_name(
    filled: Workbook, make_window: WindowFactory, key: OrganisationKey, tmp_path: Path
) -> None:
    _sent_and_reopened(filled, key, tmp_path)
    window = make_window(filled)
    button = window.banner.cancel_button
    assert button.isVisible() and button.isEnabled()
    assert button.text() == "&Peru korjaus"
    assert button.accessibleName() == "Peru korjaus"
    assert "lähetyksen 1 mukaiseksi" in button.accessibleDescription()
    assert button.focusPolicy() & Qt.FocusPolicy.TabFocus  # reached with Tab
    assert not window.banner.button.isVisible()  # "Aloita korjaus" is not offered meanwhile
    action = window.menu.cancel_correction
    assert action.isEnabled() and action.text() == "&Peru korjaus"
    assert action in window.menu.submit_menu.actions()
    assert not window.menu.correct.isEnabled()


def test_a_correction_with_nothing_changed_is_cancelled_without_a_question(
    qtbot: QtBot,
    filled: Workbook,
    make_window: WindowFactory,
    key: OrganisationKey,
    screen: Screen,
    tmp_path: Path,
) -> None:
    _sent_and_reopened(filled, key, tmp_path)
    window = make_window(filled)
    window.banner.cancel_button.click()
    assert screen.questions == [] and screen.boxes == []
    assert filled.store.is_locked(ROUND)
    assert [s.number for s in filled.store.submissions(ROUND)] == [1]
    _shown_locked(qtbot, window)
    said = window.statusBar().currentMessage()
    assert said == "Korjaus peruttu: kierros on lukittu, ja sen vastaus on lähetys 1."


def test_changes_are_told_and_kept_unless_the_official_confirms(
    qtbot: QtBot,
    filled: Workbook,
    make_window: WindowFactory,
    key: OrganisationKey,
    screen: Screen,
    tmp_path: Path,
) -> None:
    _sent_and_reopened(filled, key, tmp_path)
    sent = filled.stored(ROUND, RENT)
    filled.set_json(ROUND, RENT, 1)
    window = make_window(filled)
    screen.yes = False

    window.banner.cancel_button.click()
    qtbot.waitUntil(lambda: bool(screen.questions))
    box = _question(screen)
    assert box.windowTitle() == "Peru korjaus"
    text = screen.questions[0]
    assert text.startswith("Perutaanko kierroksen ”"), text
    assert "” korjaus? Kierros palautetaan lähetyksen 1 mukaiseksi ja lukitaan" in text, text
    assert "• muutettuja vastauksia: 1 (Toimitilat ja omaisuus)" in text
    keep = box.button(QMessageBox.StandardButton.No)
    assert keep.text() == "&Jatka korjausta"
    assert box.defaultButton() is keep  # Enter by habit keeps the correction
    assert box.button(QMessageBox.StandardButton.Yes).text() == (
        "&Peru korjaus ja hylkää muutokset"
    )
    assert box.textFormat() is Qt.TextFormat.PlainText
    qtbot.waitUntil(lambda: not shiboken6.isValid(box))  # answered: closed
    assert not filled.store.is_locked(ROUND)
    assert filled.stored(ROUND, RENT) == 1
    assert window.banner.cancel_button.isVisible()

    screen.yes = True
    window.menu.cancel_correction.trigger()
    qtbot.waitUntil(lambda: filled.store.is_locked(ROUND))
    assert filled.stored(ROUND, RENT) == sent
    _shown_locked(qtbot, window)


def test_a_kept_package_that_fails_refuses_and_the_correction_stays(
    qtbot: QtBot,
    filled: Workbook,
    make_window: WindowFactory,
    key: OrganisationKey,
    screen: Screen,
    tmp_path: Path,
) -> None:
    from tests.sent_elsewhere import tampered

    _sent_and_reopened(filled, key, tmp_path)
    filled.set_json(ROUND, RENT, 1)
    (package,) = tmp_path.glob("*.asice")
    filled.store.connection.execute("UPDATE submissions SET package = ?", (tampered(package),))
    window = make_window(filled)

    window.menu.cancel_correction.trigger()
    qtbot.waitUntil(lambda: bool(screen.boxes))
    title, said = screen.boxes[0]
    assert title == "Korjausta ei peruttu"
    assert "Kierroksen 2022-1 korjausta ei peruttu" in said and "korjaus jatkuu" in said
    assert screen.questions == []
    assert not filled.store.is_locked(ROUND)
    assert filled.stored(ROUND, RENT) == 1
    assert window.banner.cancel_button.isVisible()


@pytest.mark.parametrize(
    ("lang", "button", "keep"),
    [
        ("sv", "Avbry&t rättelsen", "&Fortsätt rättelsen"),
        ("en", "Ca&ncel the correction", "&Keep correcting"),
    ],
)
def test_the_cancelling_speaks_the_window_s_language(
    qtbot: QtBot,
    filled: Workbook,
    make_window: WindowFactory,
    key: OrganisationKey,
    screen: Screen,
    tmp_path: Path,
    lang: str,
    button: str,
    keep: str,
) -> None:
    _sent_and_reopened(filled, key, tmp_path)
    filled.set_json(ROUND, RENT, 1)
    window = make_window(filled)
    window.set_language(lang)  # type: ignore[arg-type]
    assert window.banner.cancel_button.text() == button
    assert window.menu.cancel_correction.text() == button
    assert window.banner.cancel_button.accessibleName() == button.replace("&", "")
    screen.yes = False
    window.banner.cancel_button.click()
    qtbot.waitUntil(lambda: bool(screen.questions))
    assert _question(screen).button(QMessageBox.StandardButton.No).text() == keep


def test_alt_p_reaches_the_banner_s_cancel_by_the_keyboard(
    qtbot: QtBot,
    filled: Workbook,
    make_window: WindowFactory,
    key: OrganisationKey,
    screen: Screen,
    tmp_path: Path,
) -> None:
    _sent_and_reopened(filled, key, tmp_path)
    filled.set_json(ROUND, RENT, 1)
    window = make_window(filled)
    screen.yes = False
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: bool(screen.questions))
    assert "• muutettuja vastauksia: 1" in screen.questions[0]
    assert not filled.store.is_locked(ROUND)


def test_an_answer_still_being_typed_is_counted_and_discarded_with_the_rest(
    qtbot: QtBot,
    filled: Workbook,
    make_window: WindowFactory,
    key: OrganisationKey,
    screen: Screen,
    tmp_path: Path,
) -> None:
    from PySide6.QtWidgets import QLineEdit

    title = "/background/respondent_title"
    _sent_and_reopened(filled, key, tmp_path)
    sent = filled.stored(ROUND, title)
    window = make_window(filled)
    page = window.current_page()
    assert page is not None
    editor = page.editor("respondent_title")
    line = editor if isinstance(editor, QLineEdit) else editor.findChild(QLineEdit)
    assert line is not None
    line.setFocus()
    qtbot.keyClicks(line, " ja hallintojohtaja")
    assert window.session is not None and window.session.has_pending  # not saved yet
    screen.yes = False

    window.menu.cancel_correction.trigger()
    qtbot.waitUntil(lambda: bool(screen.questions))
    assert "• muutettuja vastauksia: 1 (Taustatiedot)" in screen.questions[0]
    assert filled.stored(ROUND, title) == f"{sent} ja hallintojohtaja"  # kept: not confirmed

    screen.yes = True
    window.menu.cancel_correction.trigger()
    qtbot.waitUntil(lambda: filled.store.is_locked(ROUND))
    assert filled.stored(ROUND, title) == sent
    _shown_locked(qtbot, window)
    assert line.text() == sent  # the form shows what was sent


def test_nothing_is_offered_to_cancel_in_a_round_never_sent_or_locked(
    qtbot: QtBot,
    filled: Workbook,
    make_window: WindowFactory,
    key: OrganisationKey,
    tmp_path: Path,
) -> None:
    window = make_window(filled)
    assert not window.menu.cancel_correction.isEnabled()  # never sent
    assert window.banner.isHidden()
    Submissions(filled).export(ROUND, tmp_path, key=key, lang="fi", after_closing=True)
    window.refresh_lock()
    _shown_locked(qtbot, window)  # sent and locked: a correction is offered, not its cancelling
    assert window.submitting.cancel_correction() is None
    assert filled.store.is_locked(ROUND)

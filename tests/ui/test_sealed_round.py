"""A submitted round opens in the window exactly as it was submitted, with its seal.

The answers shown are the stored package's (not the rows, which may differ,
and which an imported round does not have), and the banner says who signed
it, when, with which key, and whether the stored files still pass the check.
"""

from __future__ import annotations

import json
from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.commands.demo import fill_round
from desktop.paths import DataPaths
from desktop.signing.fingerprints import fingerprint_lines
from desktop.signing.keys import OrganisationKey
from desktop.storage import Profile, Store
from desktop.submission.service import Submissions
from desktop.survey.formatting import local_stamp
from desktop.ui.form.lock_banner import BROKEN_COLOUR
from desktop.ui.shell.main_window import MainWindow
from desktop.workbook import Workbook
from tests import sent_elsewhere
from tests.package_times import MADE_ON_SHOWN, january_package, signing_time
from tests.ui.conftest import ROUND, WindowFactory
from tests.ui.exporting import WAIT_MS, Screen, wait_for_box
from tests.ui.read_only import changeable

RENT = 3_100_000  # the demo's 2022-1 answer to the premises' estimated annual rent
RENT_SHOWN = "3\u00a0100\u00a0000"


# Kangasala's key and its 2022-1 as exported on another computer.
key = sent_elsewhere.key
package = sent_elsewhere.package


def _rent(window: MainWindow) -> str:
    page = window.open_section("premises")
    assert page is not None
    line = page.editor("estimated_annual_rent").line  # type: ignore[attr-defined]
    return str(line.text())


def _sealed(qtbot: QtBot, window: MainWindow, says: str) -> str:
    """The seal's text once the stored files have been checked again."""
    qtbot.waitUntil(lambda: says in window.banner.seal.text, timeout=WAIT_MS)
    return window.banner.seal.text


def test_a_submitted_round_shows_its_signed_answers_and_seal_not_the_rows(
    qtbot: QtBot,
    make_window: WindowFactory,
    workbook: Workbook,
    key: OrganisationKey,
    screen: Screen,
    tmp_path: Path,
) -> None:
    fill_round(workbook, ROUND)
    Submissions(workbook).export(ROUND, tmp_path, key=key, lang="fi", after_closing=True)
    # The rows are changed behind the program's back: the window shows what was signed.
    with workbook.store.connection as conn:
        conn.execute(
            "UPDATE answers SET value = '1' WHERE round_id = ? AND field = ?",
            (ROUND, "estimated_annual_rent"),
        )
    window = make_window(workbook)
    seal = _sealed(qtbot, window, "ne ovat ehjät")
    assert "Lähetys 1: allekirjoittanut Kangasala (211), " in seal
    for line in fingerprint_lines(key.fingerprint):
        assert line in seal
    assert RENT_SHOWN in _rent(window)
    page = window.open_section("premises")
    assert page is not None and page.editor("estimated_annual_rent").line.isReadOnly()  # type: ignore[attr-defined]
    for section in window.session.round.sections:  # type: ignore[union-attr]
        shown = window.open_section(section.id)
        assert shown is not None
        shown.reveal_all()
        assert changeable(shown.widget()) == [], section.id  # type: ignore[arg-type]

    window.set_language("sv")
    assert "Inskickning 1: undertecknad av Kangas" in window.banner.seal.text

    # A correction starts from the round's saved answers, and the seal goes.
    window.set_language("fi")
    window.banner.button.click()
    qtbot.waitUntil(lambda: not workbook.is_locked(ROUND), timeout=WAIT_MS)
    assert screen.questions and screen.questions[0].startswith("Avataanko kierros ")
    qtbot.waitUntil(lambda: window.banner.seal.isHidden())
    assert _rent(window) == "1"


def test_an_imported_package_opens_with_its_answers_and_seal(
    qtbot: QtBot,
    make_window: WindowFactory,
    workbook: Workbook,
    screen: Screen,
    package: Path,
    key: OrganisationKey,
) -> None:
    window = make_window(workbook)
    assert _rent(window) == ""
    screen.files.append(package)
    window.menu.import_package.trigger()
    title, _ = wait_for_box(qtbot, screen)
    assert title == "Paketti tuotu"
    # Nothing is typed here, yet a submitted round lists nothing to fix, even while it is checked.
    assert window.panel.count == 0
    seal = _sealed(qtbot, window, "ne ovat ehjät")
    assert "allekirjoittanut Kangasala (211)" in seal
    assert fingerprint_lines(key.fingerprint)[0] in seal
    assert window.panel.count == 0
    assert RENT_SHOWN in _rent(window)
    assert workbook.answers(ROUND) == {} or "premises" not in workbook.answers(ROUND)


def test_a_stored_package_altered_in_the_database_says_so_and_shows_nothing(
    qtbot: QtBot, make_window: WindowFactory, workbook: Workbook, package: Path
) -> None:
    from desktop.submission.importing import import_file

    import_file(workbook, package)
    sent_elsewhere.tamper_stored(workbook.store, package)
    window = make_window(workbook)
    seal = _sealed(qtbot, window, "EIVÄT läpäise tarkistusta")
    assert "Paketin vastauksia ei näytetä" in seal
    # Files that fail the check tell no signing time: the time shown is the record's.
    assert "allekirjoit" not in seal.splitlines()[0] and "Lähetys 1: kirjattu " in seal
    assert _rent(window) == ""
    assert window.banner.palette().color(window.banner.backgroundRole()) == BROKEN_COLOUR
    assert window.banner.seal.status.isVisible()
    assert window.banner.seal.status.textFormat() is Qt.TextFormat.PlainText


def test_an_earlier_submission_picked_in_the_list_opens_with_its_own_answers_and_seal(
    qtbot: QtBot,
    make_window: WindowFactory,
    workbook: Workbook,
    key: OrganisationKey,
    screen: Screen,
    tmp_path: Path,
) -> None:
    from desktop.ui.submitting.submissions_dialog import SubmissionsDialog

    fill_round(workbook, ROUND)
    service = Submissions(workbook)
    service.export(ROUND, tmp_path / "1", key=key, lang="fi", after_closing=True)
    service.start_correction(ROUND)
    workbook.set_json(ROUND, "/premises/estimated_annual_rent", 3_250_000)
    service.export(ROUND, tmp_path / "2", key=key, lang="fi", after_closing=True)
    window = make_window(workbook)
    assert "Lähetys 2: allekirjoittanut" in _sealed(qtbot, window, "ne ovat ehjät")
    assert "3\u00a0250\u00a0000" in _rent(window)

    window.menu.submissions.trigger()
    dialog = screen.last(SubmissionsDialog)
    assert isinstance(dialog, SubmissionsDialog)
    dialog.table.selectRow(0)
    assert dialog.show_in_window.isEnabled()
    dialog.show_in_window.click()
    qtbot.waitUntil(lambda: "Lähetys 1: allekirjoittanut" in window.banner.seal.text)
    _sealed(qtbot, window, "ne ovat ehjät")
    assert RENT_SHOWN in _rent(window)
    assert not shiboken6.isValid(dialog) or not dialog.isVisible()  # the window shows it now

    # A correction starts from the saved answers, and what it sends is shown once sent.
    window.banner.button.click()
    qtbot.waitUntil(lambda: not workbook.is_locked(ROUND), timeout=WAIT_MS)
    assert "3\u00a0250\u00a0000" in _rent(window)


def test_a_package_answered_on_an_earlier_form_is_laid_out_with_that_form(
    qtbot: QtBot,
    make_window: WindowFactory,
    workbook: Workbook,
    key: OrganisationKey,
    screen: Screen,
    tmp_path: Path,
) -> None:
    import shutil

    from PySide6.QtWidgets import QCheckBox, QLabel

    from desktop.paths import schemas_dir
    from desktop.submission.importing import import_file
    from desktop.survey import load_catalog

    # Another computer still had the round as first published: premises on its first form,
    # which asks to leave the table empty instead of offering "no premises to transfer".
    old = tmp_path / "schemas"
    shutil.copytree(schemas_dir(), old)
    manifest = json.loads((old / "rounds" / f"{ROUND}.json").read_text("utf-8"))
    for entry in manifest["sections"]:
        if entry["id"] == "premises":
            entry.pop("earlier", None)
            entry["schema"] = "urn:tilannekuva:section:premises:1"
    (old / "rounds" / f"{ROUND}.json").write_text(json.dumps(manifest), "utf-8")
    with Store.open(DataPaths(tmp_path / "elsewhere")) as store:
        store.save_profile(Profile("211", contact_name="Anna Mäkelä"))
        then = Workbook(store, load_catalog(old))
        fill_round(then, ROUND)
        sent = (
            Submissions(then)
            .export(ROUND, tmp_path / "out", key=key, lang="fi", after_closing=True)
            .package
        )
    assert sent is not None
    import_file(workbook, sent)

    window = make_window(workbook)
    _sealed(qtbot, window, "ne ovat ehjät")
    page = window.open_section("premises")
    assert page is not None
    texts = " ".join(label.text() for label in page.findChildren(QLabel))
    assert "Jätä taulukko tyhjäksi, jos tällaisia tiloja ei ole." in texts
    assert not any("Ei siirtyviä" in box.text() for box in page.findChildren(QCheckBox))
    assert RENT_SHOWN in _rent(window)

    # Opened for a correction, the round is answered on today's form.
    window.banner.button.click()
    qtbot.waitUntil(lambda: not workbook.is_locked(ROUND), timeout=WAIT_MS)
    page = window.open_section("premises")
    assert page is not None
    assert any("Ei siirtyviä" in box.text() for box in page.findChildren(QCheckBox))


def test_a_submitted_round_shows_the_explanations_it_was_sent_with(
    qtbot: QtBot,
    make_window: WindowFactory,
    workbook: Workbook,
    key: OrganisationKey,
    tmp_path: Path,
) -> None:
    why = "Vuokra laskettiin uudelleen asetuksen mukaan."
    fill_round(workbook, ROUND)
    service = Submissions(workbook)
    service.export(ROUND, tmp_path / "1", key=key, lang="fi", after_closing=True)
    fill_round(workbook, "2022-2")
    workbook.set_json("2022-2", "/premises/estimated_annual_rent", 5_200_000)
    assert workbook.explain("2022-2", "/premises/estimated_annual_rent", why)
    service.export("2022-2", tmp_path / "2", key=key, lang="fi", after_closing=True)
    window = make_window(workbook)
    window.open_round("2022-2")
    _sealed(qtbot, window, "ne ovat ehjät")
    page = window.open_section("premises")
    assert page is not None
    message = page.rows["estimated_annual_rent"].message
    assert message is not None and message.isVisible()
    assert message.text().endswith(f"Vahvistettu: {why}")
    # What was sent had nothing left to fix.
    assert window.panel.count == 0


def test_the_seal_shows_when_the_signature_was_made_not_when_the_package_says(
    qtbot: QtBot,
    make_window: WindowFactory,
    workbook: Workbook,
    key: OrganisationKey,
    tmp_path: Path,
) -> None:
    from desktop.submission.importing import import_file

    package = january_package(tmp_path / "elsewhere", key)
    import_file(workbook, package)
    day, time = local_stamp(signing_time(package.read_bytes()))
    window = make_window(workbook)
    seal = _sealed(qtbot, window, "ne ovat ehjät")
    first = seal.splitlines()[0]
    assert f"allekirjoittanut Kangasala (211), {day} klo {time} (allekirjoituksen oma aika)" in (
        first
    )
    assert MADE_ON_SHOWN not in first
    window.set_language("sv")
    assert f"{day} kl. {time} (signaturens egen tid)" in window.banner.seal.text


def test_a_correction_of_an_imported_round_starts_from_its_package_s_answers(
    qtbot: QtBot,
    make_window: WindowFactory,
    workbook: Workbook,
    store: Store,
    data_paths: DataPaths,
    screen: Screen,
    package: Path,
) -> None:
    from desktop.submission.importing import import_file

    import_file(workbook, package)
    window = make_window(workbook)
    _sealed(qtbot, window, "ne ovat ehjät")
    window.banner.button.click()
    qtbot.waitUntil(lambda: not workbook.is_locked(ROUND), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: window.banner.seal.isHidden())
    # The imported answers are there to correct, not an empty form.
    assert RENT_SHOWN in _rent(window)
    page = window.open_section("premises")
    assert page is not None and not page.editor("estimated_annual_rent").line.isReadOnly()  # type: ignore[attr-defined]
    sources = {e.source for e in store.audit_log(ROUND) if e.source is not None}
    assert sources == {"2022-1#1"}

    window.close()
    store.close()
    with Store.open(data_paths) as reopened:
        again = Workbook(reopened)
        assert again.answers(ROUND)["premises"]["estimated_annual_rent"] == RENT
        second = make_window(again)
        assert RENT_SHOWN in _rent(second)
        second.close()


def test_a_correction_of_an_imported_round_whose_package_fails_is_refused_in_the_window(
    qtbot: QtBot, make_window: WindowFactory, workbook: Workbook, screen: Screen, package: Path
) -> None:
    from desktop.submission.importing import import_file

    import_file(workbook, package)
    sent_elsewhere.tamper_stored(workbook.store, package)
    window = make_window(workbook)
    _sealed(qtbot, window, "EIVÄT läpäise tarkistusta")
    window.set_language("sv")
    window.banner.button.click()
    title, text = wait_for_box(qtbot, screen)
    assert title == "Rättelsen påbörjades inte"
    assert "Rättelsen av omgången 2022-1 påbörjades inte" in text
    assert workbook.is_locked(ROUND)
    assert "premises" not in workbook.answers(ROUND)


def test_a_submitted_answer_is_shown_with_its_bidi_and_control_characters_escaped(
    qtbot: QtBot,
    make_window: WindowFactory,
    workbook: Workbook,
    key: OrganisationKey,
    tmp_path: Path,
) -> None:
    # U+202E shows "Talousjohtaja‮fdp.exe" as "Talousjohtajaexe.pdf" from the right.
    fill_round(workbook, ROUND)
    workbook.set_text(ROUND, "/background/respondent_title", "Talousjohtaja\u202efdp.exe")
    Submissions(workbook).export(ROUND, tmp_path, key=key, lang="fi", after_closing=True)
    window = make_window(workbook)
    _sealed(qtbot, window, "ne ovat ehjät")
    page = window.open_section("background")
    assert page is not None
    line = page.editor("respondent_title").line  # type: ignore[attr-defined]
    assert line.text() == "Talousjohtaja\\u202efdp.exe"

"""A received package opened in the window: its verdict as a page, its answers read-only."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop import cli
from desktop.commands.demo import demo_answers
from desktop.ui.coordinator.received import ReceivedView
from desktop.ui.shell.main_window import MainWindow
from tests.ui.exporting import WAIT_MS, Screen
from tests.ui.read_only import changeable


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A package exported by the demo, as a municipality would send it."""
    folder = tmp_path_factory.mktemp("sender")
    assert cli.main(["--data-dir", str(folder), "demo"]) == 0
    (made,) = (folder / "vienti").glob("2022-1_*.asice")  # the demo sends 2022-2 after it
    return made


def _opened(qtbot: QtBot, window: MainWindow, path: Path) -> ReceivedView:
    with qtbot.waitSignal(window.received.shown, timeout=WAIT_MS) as shown:
        window.received.open(path)
    view = shown.args[0]
    assert isinstance(view, ReceivedView)
    return view


def test_a_received_package_shows_its_verdict_and_answers(
    qtbot: QtBot, window: MainWindow, package: Path
) -> None:
    window.set_language("en")
    view = _opened(qtbot, window, package)
    page = view.verdict_page.toPlainText()
    # Nothing says whose key signed it: intact, but not "in order".
    assert "in order" not in page
    assert "The files are intact, but the signer is not confirmed" in page
    checks = [line for line in page.splitlines() if line.startswith(("✓", "✗"))]
    assert len(checks) >= 10 and all(line.startswith("✓") for line in checks)
    assert "The signature over the file list (manifest) is intact and valid." in page
    assert "Kangasala (211)" in page and "2022-1" in page
    assert view.received.verdict.fingerprint and view.received.verdict.fingerprint in page
    assert "not been compared with a trusted fingerprint" in page
    # The answers, read-only, in the form's own inputs.
    lease = demo_answers("2022-1")["answers"]["premises"]["lease_status"]
    row = view.sections["premises"].rows["lease_status"]
    assert row.editor.value() == lease
    assert not row.editor.focus_widget().isEnabled() or row.editor.focus_widget().property(
        "readOnly"
    )
    assert view.tabs.count() == 1 + len(view.sections)
    view.close()


def test_a_tampered_package_is_refused_and_its_answers_not_shown(
    qtbot: QtBot, window: MainWindow, package: Path, tmp_path: Path
) -> None:
    window.set_language("en")
    data = bytearray(package.read_bytes())
    index = data.index(b"survey.json", 40) + 200  # inside the compressed answers
    data[index] ^= 0xFF
    tampered = tmp_path / "<b>tampered &amp; co.asice"
    tampered.write_bytes(bytes(data))
    view = _opened(qtbot, window, tampered)
    page = view.verdict_page.toPlainText()
    assert "✗ The file was not accepted" in page
    assert "<b>tampered &amp; co.asice" in page, "a name from outside is shown as text"
    assert "The answers are not shown" in page
    assert view.tabs.count() == 1
    view.close()


def test_file_open_package_in_the_menu(
    qtbot: QtBot, window: MainWindow, package: Path, screen: Screen
) -> None:
    screen.files.append(package)
    with qtbot.waitSignal(window.received.shown, timeout=WAIT_MS):
        window.menu.open_package.trigger()
    view = screen.last(ReceivedView)
    assert isinstance(view, ReceivedView) and view.received.verdict.ok
    view.close()


def test_a_file_on_the_command_line_without_a_screen_is_verified(
    package: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cli, "has_display", lambda: False)
    assert cli.main(["--lang", "en", str(package)]) == 0
    out = capsys.readouterr().out
    assert "✓ The package is a readable zip file" in out


def test_a_package_opened_while_the_window_is_open_is_shown_on_its_own(
    package: Path, tmp_path: Path
) -> None:
    """The file manager starts a second copy; the first holds the data folder."""
    import os
    import subprocess
    import sys

    from desktop.paths import DataPaths
    from desktop.storage import Store

    env = {k: v for k, v in os.environ.items() if not k.startswith("TILANNEKUVA_")}
    env.update(QT_QPA_PLATFORM="offscreen", TILANNEKUVA_EXIT_WHEN_SHOWN="1")
    paths = DataPaths(tmp_path / "data")
    with Store.open(paths, backup=False):
        result = subprocess.run(
            [sys.executable, "-m", "desktop", "--data-dir", str(paths.root), str(package)],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
            check=False,
        )
    assert result.returncode == 0, result.stderr
    assert "READY" in result.stdout
    # With no municipality chosen (someone who only receives packages) nothing is asked first.
    fresh = DataPaths(tmp_path / "fresh")
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "--data-dir", str(fresh.root), str(package)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "READY" in result.stdout


def test_a_package_opened_without_a_municipality_stays_on_screen_until_closed(
    qtbot: QtBot, package: Path
) -> None:
    """Double-clicked on the coordinator's computer (no municipality chosen): the verdict
    and the answers stay up until the user closes them, and then the program ends."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.ui.shell.app import _show_received_only

    looks: list[str] = []

    def look() -> None:
        views = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, ReceivedView) and w.isVisible()
        ]
        if views:
            looks.append(views[0].windowTitle())
            if len(looks) == 5:  # seen on several turns of the loop: the user closes it
                views[0].close()

    eyes = QTimer()
    eyes.timeout.connect(look)
    eyes.start(50)
    patience = QTimer()  # a view gone for good would leave the program waiting
    patience.setSingleShot(True)
    patience.timeout.connect(lambda: QApplication.exit(1))
    patience.start(WAIT_MS)
    try:
        status = _show_received_only(package, "fi")
    finally:
        eyes.stop()
        patience.stop()  # never to fire into a later test
    assert len(looks) >= 5, looks
    assert status == 0


def test_a_known_municipality_signed_by_another_key_is_flagged(
    qtbot: QtBot, package: Path, tmp_path: Path
) -> None:
    """The coordinator's folder has Kangasala registered with another key: the package
    opened on its own (a double-click) is refused as the command line and collect refuse it."""
    from desktop.collect.desk import Desk
    from desktop.paths import DataPaths
    from desktop.ui.coordinator.received import ReceivedOpener

    paths = DataPaths(tmp_path / "coordinator")
    other = " ".join(["CC66"] * 16)
    assert cli.main(["--data-dir", str(paths.root), "trust", "add", "211", other]) == 0
    desk = Desk.open(paths)
    opener = ReceivedOpener(None, "fi", desk, registered=lambda: desk.registered)
    with qtbot.waitSignal(opener.shown, timeout=WAIT_MS) as shown:
        opener.open(package)
    view = shown.args[0]
    page = view.verdict_page.toPlainText()
    assert "✗ Tiedostoa ei hyväksytty" in page
    assert "✗ Allekirjoittajan avain ei ole kunnalle Kangasala (211) rekisteröity avain" in page
    assert view.tabs.count() == 1
    view.close()
    # Its own key registered: confirmed, and only then "in order".
    fingerprint = view.received.verdict.fingerprint
    assert cli.main(["--data-dir", str(paths.root), "trust", "remove", "211"]) == 0
    assert cli.main(["--data-dir", str(paths.root), "trust", "add", "211", fingerprint]) == 0
    desk = Desk.open(paths)
    opener = ReceivedOpener(None, "fi", desk, registered=lambda: desk.registered)
    with qtbot.waitSignal(opener.shown, timeout=WAIT_MS) as shown:
        opener.open(package)
    page = shown.args[0].verdict_page.toPlainText()
    assert "✓ Tiedosto on kunnossa, ja sen allekirjoittaja on vahvistettu" in page
    assert "ei ole vahvistettu" not in page
    shown.args[0].close()


def test_no_input_of_a_received_package_can_be_changed(
    qtbot: QtBot, window: MainWindow, package: Path
) -> None:
    view = _opened(qtbot, window, package)
    premises = view.sections["premises"].rows["premises"]
    assert premises.none_box is not None and premises.editor.value()  # rows listed beside it
    for section in view.sections.values():
        assert changeable(section.widget()) == [], section.objectName()  # type: ignore[arg-type]
    premises.none_box.click()
    assert not premises.none_box.isChecked()
    view.close()


def test_the_verdict_page_tells_the_export_time_locally_and_the_signer_once(
    qtbot: QtBot, window: MainWindow, package: Path
) -> None:
    from desktop.survey.formatting import local_stamp

    view = _opened(qtbot, window, package)
    document = view.received.document
    assert document is not None
    exported = str(document["exported_at"])
    page = view.verdict_page.toPlainText()
    assert exported not in page  # not 2026-12-01T10:26:34Z
    day, clock = local_stamp(exported)
    assert f"{day} klo {clock}" in page
    assert page.count("Allekirjoittaja") == 1
    view.close()

"""A received package opened on its own (File → Open package…, or a double-click on the
coordinator's computer) signed by a key not registered for its municipality offers
"Register this key…", as the coordinator's window does for such a file: the same form,
filled in from the file and confirmed by the coordinator, and the file is checked again."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop import cli
from desktop.collect import trust
from desktop.collect.desk import Desk
from desktop.paths import DataPaths
from desktop.ui import dialogs
from desktop.ui.coordinator.key_form import AddKeyDialog
from desktop.ui.coordinator.received import ReceivedOpener, ReceivedView
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.translations import Translations
from tests.ui.exporting import WAIT_MS


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A package exported by the demo, as Kangasala (211) would send it."""
    folder = tmp_path_factory.mktemp("sender")
    assert cli.main(["--data-dir", str(folder), "demo"]) == 0
    (made,) = (folder / "vienti").glob("2022-1_*.asice")
    return made


@pytest.fixture
def shown() -> Iterator[list[QWidget]]:
    seen: list[QWidget] = []
    dialogs.opened.append(seen.append)
    yield seen
    dialogs.opened.remove(seen.append)


def _opened(qtbot: QtBot, opener: ReceivedOpener, path: Path) -> ReceivedView:
    with qtbot.waitSignal(opener.shown, timeout=WAIT_MS) as seen:
        opener.open(path)
    view = seen.args[0]
    assert isinstance(view, ReceivedView)
    qtbot.addWidget(view)
    return view


def _coordinator(paths: DataPaths) -> ReceivedOpener:
    """As a double-click opens a file on the coordinator's computer."""
    return ReceivedOpener(
        None,
        "fi",
        Desk.open(paths),
        registered=lambda: Desk.open(paths).registered,
        desk=lambda: Desk.open(paths),
    )


def _registered(paths: DataPaths) -> list[tuple[str, str]]:
    desk = Desk.open(paths)
    with desk.records() as records:
        return [(s.code, s.fingerprint) for s in trust.listing(records, desk.register)]


def test_a_package_of_a_key_not_registered_can_have_its_key_registered_from_its_view(
    qtbot: QtBot, package: Path, tmp_path: Path, shown: list[QWidget]
) -> None:
    paths = DataPaths(tmp_path / "coordinator")
    opener = _coordinator(paths)
    view = _opened(qtbot, opener, package)
    fingerprint = view.received.verdict.fingerprint
    assert fingerprint
    assert "allekirjoittajaa ei ole vahvistettu" in view.verdict_page.toPlainText()
    assert view.register_key.isVisible() and view.register_key.isEnabled()
    assert view.register_key.text() == "Rek&isteröi tämä avain…"

    view.register_key.click()
    form = shown[-1]
    assert isinstance(form, AddKeyDialog)
    # The same form as in the coordinator's window: filled in from the file, and registered
    # only once the coordinator says it is what the municipality told.
    assert form.code.text() == "211"
    assert form.named.text().startswith("Kangasala")
    assert " ".join(form.fingerprint.text().split()) == fingerprint
    assert form.confirmed is not None and not form.ok.isEnabled()
    form.confirmed.setChecked(True)
    with qtbot.waitSignal(opener.checked_again, timeout=WAIT_MS):
        form.ok.click()
    assert _registered(paths) == [("211", fingerprint)]
    # Checked again in the same view: now confirmed, and nothing more to register.
    page = view.verdict_page.toPlainText()
    assert "✓ Tiedosto on kunnossa, ja sen allekirjoittaja on vahvistettu" in page
    assert not view.register_key.isVisible()
    assert view.tabs.count() > 1  # the answers are shown


def test_a_municipality_registered_with_another_key_is_offered_its_new_key(
    qtbot: QtBot, package: Path, tmp_path: Path, shown: list[QWidget]
) -> None:
    paths = DataPaths(tmp_path / "coordinator")
    other = " ".join(["CC66"] * 16)
    assert cli.main(["--data-dir", str(paths.root), "trust", "add", "211", other]) == 0
    view = _opened(qtbot, _coordinator(paths), package)
    assert "✗ Tiedostoa ei hyväksytty" in view.verdict_page.toPlainText()
    assert view.register_key.isVisible()
    view.register_key.click()
    form = shown[-1]
    assert isinstance(form, AddKeyDialog) and form.code.text() == "211"


def test_a_tampered_package_offers_no_key_to_register(
    qtbot: QtBot, package: Path, tmp_path: Path
) -> None:
    data = bytearray(package.read_bytes())
    index = data.index(b"survey.json", 40) + 200  # inside the compressed answers
    data[index] ^= 0xFF
    tampered = tmp_path / "tampered.asice"
    tampered.write_bytes(bytes(data))
    view = _opened(qtbot, _coordinator(DataPaths(tmp_path / "coordinator")), tampered)
    assert "✗ Tiedostoa ei hyväksytty" in view.verdict_page.toPlainText()
    assert not view.register_key.isVisible()


def test_a_package_of_a_registered_key_offers_nothing_to_register(
    qtbot: QtBot, package: Path, tmp_path: Path
) -> None:
    paths = DataPaths(tmp_path / "coordinator")
    first = _opened(qtbot, _coordinator(paths), package)
    fingerprint = first.received.verdict.fingerprint
    assert fingerprint
    assert cli.main(["--data-dir", str(paths.root), "trust", "add", "211", fingerprint]) == 0
    view = _opened(qtbot, _coordinator(paths), package)
    assert not view.register_key.isVisible()


@pytest.mark.parametrize(
    ("lang", "said"), [("sv", "Re&gistrera nyckeln…"), ("en", "Re&gister this key…")]
)
def test_the_action_reads_as_in_the_coordinators_window_in_each_language(
    qtbot: QtBot,
    window: MainWindow,
    package: Path,
    translations: Translations,
    lang: str,
    said: str,
) -> None:
    """The official's window opens a file with File → Open package… and offers it too."""
    window.set_language(lang)  # type: ignore[arg-type]
    with qtbot.waitSignal(window.received.shown, timeout=WAIT_MS) as seen:
        window.received.open(package)
    view = seen.args[0]
    assert isinstance(view, ReceivedView)
    assert view.register_key.isVisible() and view.register_key.text() == said
    view.close()

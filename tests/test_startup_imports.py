"""What starting the window and the command line loads: what the first screen needs, no more.

Each module left out here is loaded when the user first asks for what it
does (exporting and submitting, the key, a round added from a package,
evaluating a rule), so it costs nothing at start-up. The figures are in ``benchmarks/ui_startup.py``
and ``benchmarks/cli_startup.py``; this keeps a stray import from undoing them.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

LATER = (
    "desktop.ui.submitting.submitting",
    "desktop.ui.submitting.key_dialogs",
    "desktop.ui.submitting.submissions_dialog",
    "desktop.survey.added",
    "desktop.signing.safezip",
    "json_logic",
    "desktop.submission.service",
)


def _loaded(code: str, **env: str) -> set[str]:
    done = subprocess.run(
        [sys.executable, "-c", f"{code}\nimport sys\nprint('\\n'.join(sys.modules))"],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, **env},
    )
    return set(done.stdout.split())


def test_the_window_loads_no_export_key_or_round_package_modules() -> None:
    loaded = _loaded("import desktop.ui.shell.app\nimport desktop.workbook")
    assert "desktop.ui.shell.main_window" in loaded
    assert not loaded & set(LATER)


def test_opening_the_workbook_reads_no_round_package() -> None:
    loaded = _loaded("import desktop.workbook\nimport desktop.commands.answers")
    assert "desktop.workbook" in loaded
    assert not loaded & set(LATER)


def test_opening_the_window_builds_no_argument_parser(tmp_path: Path) -> None:
    # The window is replaced by one that records what it was asked to open.
    code = f"""
import desktop.ui.shell.app as app
opened = []
app.run = lambda paths, lang, received=None: opened.append((paths.root, lang)) or 0
from desktop.cli import main
assert main(["--data-dir", {str(tmp_path)!r}, "--lang", "sv"]) == 0
assert opened == [(__import__("pathlib").Path({str(tmp_path)!r}).resolve(), "sv")], opened
"""
    loaded = _loaded(code, QT_QPA_PLATFORM="offscreen")
    assert "desktop.cli" in loaded
    # (argparse itself is loaded by PySide6.)
    commands = {
        "desktop.commands.arguments",
        "desktop.commands.registry",
        "desktop.commands.output",
    }
    assert not loaded & commands


# PySide6 makes each Qt class, with its enum types, the first time it is touched. A
# Python event filter (or ``changeEvent``) makes it build every event class to find the
# event's own, and a C++-made widget handed to Python (``viewport()``) every widget
# class; dialogs no one has opened need not be built either.
NOT_ON_THE_FIRST_SCREEN = (
    "QGraphicsSceneWheelEvent",  # the event classes, built to find an event's own
    "QTabletEvent",
    "QWizard",  # the widget classes, built to find a widget's own
    "QMdiArea",
    "QCalendarWidget",
    "QDialog",  # no dialog is open: their classes wait for the first one
    "QMessageBox",
    "QFileDialog",
    "QInputDialog",
    "QComboBox",  # questions the first section does not have
    "QRadioButton",
    "QPlainTextEdit",
    "QKeyEvent",  # no key has been pressed
    "QCloseEvent",  # nor the window closed
    "QStyleOptionViewItem",  # no problem listed yet: the problems come once the window is up
    "QEventLoop",  # a loop of its own is for a dialog or another window
    "QDate",  # no calendar opened
    "QStandardPaths",  # nor any file dialog
    "QEvent",  # sizes are followed by layouts, not by event handlers written in Python
    "QResizeEvent",
    "QPainter",  # every section answered: no open circle to draw
    "QToolButton",  # no date question on the first page
)


# What the window loads when the user first copies answers or opens a submitted round.
FIRST_USE = (
    "desktop.review.copying",
    "desktop.submission.sealed",
    "desktop.signing.verdict",
    "desktop.ui.previous.rows_dialog",
    "desktop.municipalities",  # the register: once the window is up
    "desktop.survey.explanations",  # the problems: checked once the window is up
    "desktop.survey.change_checks",
    "desktop.review.previous",  # the previous round's answers: a round that has one
    "desktop.survey.previous_values",
    "desktop.survey.lineage",
    "desktop.ui.previous.hints",
    "desktop.survey.validation",
    "desktop.ui.form.seal_panel",  # a submitted round's seal: the first such round shown
    "desktop.ui.tasks",  # the thread pool: the first work off the UI thread
    "decimal",  # reading a typed number: the first number typed
    "desktop.storage.history",  # the audit log's and the copies' records
    "desktop.storage.stored_round",  # a round added from a package: none in this folder
    "jsonpointer",  # an escaped pointer read, or a pointer written
    # Listening for a second start on the folder: once the window is up.
    "desktop.ui.shell.single_instance",
    "PySide6.QtNetwork",
    "_hashlib",  # OpenSSL: a stored package's hash needs none (desktop.digests)
    "signal",  # SIGTERM and Ctrl+C close the window once it is shown
)


def test_the_first_screen_loads_only_what_it_shows(tmp_path: Path) -> None:
    from desktop.commands.demo import DEMO_ROUND, fill_round
    from desktop.paths import DataPaths
    from desktop.storage import Profile, Store
    from desktop.survey import load_catalog
    from desktop.workbook import Workbook

    paths = DataPaths(tmp_path / "data")
    with Store.open(paths) as store:
        store.save_profile(Profile("211", contact_name="Anna Mäkelä"))
        fill_round(Workbook(store), DEMO_ROUND)
    load_catalog(checks=paths.schema_checks)  # an earlier start checked the definitions
    # ... and compiled the window's translations, which a changed .ts file makes it do again
    # (with subprocess, and signal with it).
    from desktop.ui.translations import compiled_dir

    compiled_dir(paths.root / "cache")
    # As the window opens: the first turn of the event loop lists the classes built.
    code = f"""
import os
import sys
from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
lazy = "QWizard" not in vars(QtWidgets)
app = QApplication([])

def first_turn():
    built = set(vars(QtCore)) | set(vars(QtGui)) | set(vars(QtWidgets))
    shown = [w for w in app.topLevelWidgets() if w.isVisible() and w.objectName() == "mainWindow"]
    print("SHOWN" if shown else "NOT SHOWN", "LAZY" if lazy else "EAGER", *sorted(built))
    print(*sys.modules, flush=True)
    os._exit(0)

# Posted before the window posts anything, so it runs first in the first turn.
QTimer.singleShot(0, app, first_turn)
from desktop.cli import main
main(["--data-dir", {str(paths.root)!r}])
"""
    seen = _loaded(code, QT_QPA_PLATFORM="offscreen")
    assert "SHOWN" in seen and "QMainWindow" in seen
    assert not seen & set(FIRST_USE), sorted(seen & set(FIRST_USE))
    if "LAZY" not in seen:
        pytest.skip("this PySide6 builds every class at import")
    assert not seen & set(NOT_ON_THE_FIRST_SCREEN), sorted(seen & set(NOT_ON_THE_FIRST_SCREEN))


def test_no_module_of_the_program_uses_a_pyside_feature_switch() -> None:
    """desktop.ui.feature_checks answers PySide6 without reading sources: true only while so."""
    package = Path(__file__).resolve().parents[1] / "desktop"
    switch = re.compile(r"^\s*(from|import)\s+__feature__", re.MULTILINE)
    using = [p for p in package.rglob("*.py") if switch.search(p.read_text("utf-8"))]
    assert using == []


def test_pyside6_reads_no_source_of_the_program_or_of_python() -> None:
    code = """
import sys
import desktop.ui
import desktop.workbook, desktop.ui.dialogs, json, pytestqt
feature = sys.modules.get("shibokensupport.feature")
if feature is None or not hasattr(feature, "_mod_uses_pyside"):
    print("NO-FEATURES")
    raise SystemExit
import inspect
read = []
real = inspect.getsource
inspect.getsource = lambda module: read.append(module.__name__) or real(module)
check = feature._mod_uses_pyside
print("ANSWERS", check(sys.modules["desktop.workbook"]), check(sys.modules["desktop.ui.dialogs"]),
      check(sys.modules["json"]), check(sys.modules["pytestqt"]), "READ", *read)
"""
    seen = " ".join(
        subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        ).stdout.split()
    )
    if "NO-FEATURES" in seen:
        pytest.skip("this PySide6 has no __feature__ checks")
    # The window's modules use PySide6, the rest do not; any other module is read as before.
    assert "ANSWERS False True False" in seen
    assert seen.endswith("READ pytestqt")


# What a command about the answers must not load: the window, signing, reports and
# spreadsheets, the modules of copying and submitting, and what the command does not use (the
# schema validator, rules, the register); a round never submitted has no seal to check.
NOT_FOR_ANY = (
    "PySide6",
    "pyhanko",
    "reportlab",
    "openpyxl",
    "desktop.review.copying",
    "desktop.submission",
    "desktop.signing",
    "desktop.export",
    "shutil",  # argparse's help formatter would load it (and its compression modules) for the width
    # dataclasses compiles every class's methods at start and loads inspect and ast with it.
    "dataclasses",
    # hashlib loads OpenSSL; the definitions' hashes are taken without it (desktop.digests).
    "hashlib",
    "_hashlib",
    # A command given as simply as these needs no parser built (desktop.cli.simple_arguments).
    "argparse",
    "gettext",
    "desktop.commands.arguments",
    # The register is read from the rows kept with its passed check, not parsed as CSV.
    "csv",
    # A backup's time is read from its name by its fixed places, not with strptime and the
    # locale machinery; text is looked up in the Unicode tables only when not all printable.
    "_strptime",
    "locale",
    "unicodedata",
    # jsonschema-rs loads with a stand-in for the mail-header parser it keeps a reference to
    # (desktop.survey.schema_engine); the real one would bring sockets and calendars with it.
    "email.utils",
    "socket",
    "calendar",
    "random",
)
NOT_FOR = {
    # copy (with weakref) and string wait for an answer copied and a rule's definition checked;
    # typing for the type checker (``TYPE_CHECKING = False``: show and validate load it with
    # json_logic and jsonschema_rs).
    "rounds": (
        *NOT_FOR_ANY,
        "jsonschema_rs",
        "json_logic",
        "desktop.municipalities",
        "copy",
        "string",
        "typing",
        "desktop.survey.validation",  # nothing is validated
    ),
    "show": (*NOT_FOR_ANY, "jsonschema_rs"),
    "validate": (*NOT_FOR_ANY, "desktop.municipalities"),
}


@pytest.mark.parametrize("command", sorted(NOT_FOR))
def test_a_command_about_the_answers_loads_no_heavy_module(tmp_path: Path, command: str) -> None:
    from desktop.commands.demo import DEMO_ROUND, fill_round
    from desktop.paths import DataPaths
    from desktop.storage import Profile, Store
    from desktop.workbook import Workbook

    paths = DataPaths(tmp_path / "data")
    with Store.open(paths) as store:
        store.save_profile(Profile("211"))
        fill_round(Workbook(store), DEMO_ROUND)
    argv = [command] if command == "rounds" else [command, DEMO_ROUND]
    code = f"""
import contextlib, io
from desktop.cli import main
with contextlib.redirect_stdout(io.StringIO()) as said:
    assert main(["--data-dir", {str(paths.root)!r}, *{argv!r}]) == 0
assert {DEMO_ROUND!r} in said.getvalue()
"""
    _loaded(code)  # the first start checks the shipped schemas, and records that they passed
    loaded = _loaded(code)
    assert "desktop.commands.answers" in loaded
    heavy = {m for m in loaded if any(m == h or m.startswith(f"{h}.") for h in NOT_FOR[command])}
    assert not heavy, sorted(heavy)


def test_a_submitted_round_first_shown_is_checked_once_the_window_is_up(tmp_path: Path) -> None:
    """The window opening with a submitted round shows it at once, its banner saying that
    the stored files are being checked; the check (and the signature libraries it loads)
    begins at the event loop's next turn, off the UI thread."""
    from desktop.cli import main

    root = tmp_path / "data"
    assert main(["--data-dir", str(root), "--lang", "fi", "demo"]) == 0
    code = f"""
import os
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])

def first_turn():
    (window,) = [w for w in app.topLevelWidgets() if w.objectName() == "mainWindow"]
    seal = window.banner.seal
    print("LOCKED" if window.workbook.is_locked(window.session.round_id) else "OPEN")
    print("CHECKING" if seal.submission is not None and seal.seal is None else "NOT CHECKING")
    print(*sys.modules, flush=True)
    os._exit(0)

QTimer.singleShot(0, app, first_turn)
from desktop.cli import main
main(["--data-dir", {str(root)!r}])
"""
    seen = _loaded(code, QT_QPA_PLATFORM="offscreen")
    assert {"LOCKED", "CHECKING"} <= seen, "the demo's first round shown is a submitted one"
    later = ("desktop.submission.sealed", "desktop.submission.service", "asn1crypto")
    assert not seen & set(later), sorted(seen & set(later))

"""From process start to a usable window, against a bare PySide6 window (target ratio ≤ 1.5).

Both are new Python processes started the same way, taking turns in the
same run. The bare one shows an empty QMainWindow; ours runs ``tilannekuva``
(the real command line, with no subcommand, importing it first as the
installed script does) on a data folder whose first round holds the demo
answers. Each reports when its event loop runs with the window shown: ours
then has the round, its sections, the first section's questions with their
answers, and the validation panel.

A third process, the floor, shows the same layout written by hand in plain
PySide6 with no data at all: a menu bar and tool bar, the round and section
lists, the first section's six questions, the problems dock and the status
bar. It is what any PySide6 window of this shape costs before a single
answer or schema is read, so ``floor / bare`` is the least ratio this stack
allows, and ``ours / floor`` is the part the application itself adds.

On a shared machine the wall clock varies more than the versions differ.
``--instructions`` also counts, under valgrind's callgrind when it is
installed, the instructions of ours and of the floor from process start to
the first turn of the event loop: the same on every run to about 0.1 %.

    python benchmarks/ui_startup.py [--instructions]
"""

from __future__ import annotations

import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from desktop.commands.demo import DEMO_ROUND, fill_round
from desktop.paths import DataPaths
from desktop.storage import Profile, Store
from desktop.workbook import Workbook

REPEAT = 11
TARGET = 1.5

# Both scripts print READY from the first turn of their event loop.
BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 800)
window.show()
QTimer.singleShot(0, lambda: (print("READY", flush=True), app.quit()))
app.exec()
"""

OURS = """
import sys
from desktop.cli import main
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])

def ready():
    windows = [w for w in app.topLevelWidgets() if w.isVisible() and w.objectName() == "mainWindow"]
    print("READY" if windows else "NO WINDOW", flush=True)
    app.quit()

QTimer.singleShot(0, ready)
sys.exit(main(["--data-dir", sys.argv[1]]))
"""

# The same layout by hand, with nothing read: menus, tool bar, the two lists,
# six questions (a read-only one, four lines, four check boxes), the dock.
FLOOR = """
import sys
from PySide6.QtCore import QTimer, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication, QCheckBox, QDockWidget, QFormLayout, QLabel, QLineEdit, QListView,
    QListWidget, QMainWindow, QScrollArea, QSplitter, QStackedWidget, QStyle, QToolBar,
    QVBoxLayout, QWidget,
)
app = QApplication(sys.argv[:1])
window = QMainWindow()
tools = QToolBar(window)
window.addToolBar(tools)
for m in range(4):
    menu = window.menuBar().addMenu(f"Menu {m}")
    for a in range(4):
        action = QAction(f"Action {m}.{a}", window)
        action.setShortcut(QKeySequence(f"Ctrl+Shift+{m}{a}"))
        menu.addAction(action)
    icon = window.style().standardIcon(QStyle.StandardPixmap.SP_DialogSaveButton)
    action.setIcon(icon)
    tools.addAction(action)
left = QWidget()
left_layout = QVBoxLayout(left)
rounds = QListWidget()
rounds.addItems([f"Round {i}" for i in range(5)])
sections = QListWidget()
sections.addItems([f"Section {i}  3/5" for i in range(5)])
left_layout.addWidget(rounds)
left_layout.addWidget(sections)
page = QWidget()
form = QFormLayout(page)
form.addRow(QLabel("Municipality"), QLabel("211 Kangasala"))
for i in range(4):
    edit = QLineEdit(f"Answer {i}")
    edit.setAccessibleName(f"Question {i}")
    form.addRow(QLabel(f"Question {i}"), edit)
choices = QWidget()
choices_layout = QVBoxLayout(choices)
for i in range(4):
    choices_layout.addWidget(QCheckBox(f"Option {i}"))
form.addRow(QLabel("Question 5"), choices)
scroll = QScrollArea()
scroll.setWidgetResizable(True)
scroll.setWidget(page)
stack = QStackedWidget()
stack.addWidget(scroll)
splitter = QSplitter(window)
splitter.addWidget(left)
splitter.addWidget(stack)
splitter.setSizes([300, 900])
window.setCentralWidget(splitter)
panel = QWidget()
panel_layout = QVBoxLayout(panel)
panel_layout.addWidget(QLabel("Problems: 0"))
panel_layout.addWidget(QListView())
dock = QDockWidget(window)
dock.setWidget(panel)
window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
window.statusBar().addPermanentWidget(QLabel("Saved 12:00:00"))
window.resize(1280, 800)
window.show()
QTimer.singleShot(0, lambda: (print("READY", flush=True), app.quit()))
app.exec()
"""

# For the breakdown: the headless core alone (what the command line imports), no Qt.
CORE = """
import desktop.cli
print("READY", flush=True)
"""


def prepare(folder: Path) -> Path:
    paths = DataPaths(folder / "data")
    with Store.open(paths) as store:
        store.save_profile(Profile("211", contact_name="Anna Mäkelä"))
        fill_round(Workbook(store), DEMO_ROUND)
    return paths.root


def time_to_ready(script: str, *args: str) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    # As installed programs run: from compiled bytecode, which the warm-up run writes.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    start = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", script, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    elapsed = time.perf_counter() - start
    process.wait(timeout=60)
    assert line.strip() == "READY", line
    return elapsed


def first_turn_only(script: str) -> str:
    """``script`` ending the process at the first turn of its event loop, without shutting down."""
    ended = script.replace("app.quit()", "os._exit(0)")
    assert ended != script
    return "import os\n" + ended


def instructions(script: str, *args: str) -> int:
    """Instructions from process start to the first turn of the event loop (callgrind)."""
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONHASHSEED"] = "0"  # the same sets and dicts on every run
    with tempfile.TemporaryDirectory() as out:
        done = subprocess.run(
            [
                "valgrind",
                "--tool=callgrind",
                f"--callgrind-out-file={Path(out) / 'callgrind.out'}",
                sys.executable,
                "-c",
                first_turn_only(script),
                *args,
            ],
            capture_output=True,
            text=True,
            env=env,
            check=False,
        )
    assert "READY" in done.stdout, done.stderr[-2000:]
    found = re.search(r"Collected : (\d+)", done.stderr)
    assert found is not None, done.stderr[-2000:]
    return int(found.group(1))


def main() -> int:
    counting = "--instructions" in sys.argv[1:]
    if counting and shutil.which("valgrind") is None:
        print("--instructions needs valgrind")
        return 2
    with tempfile.TemporaryDirectory() as folder:
        data = prepare(Path(folder))
        # The first starts compile translations and bytecode and take the day's backup.
        time_to_ready(BARE)
        time_to_ready(OURS, str(data))
        time_to_ready(FLOOR)
        bare: list[float] = []
        ours: list[float] = []
        floor: list[float] = []
        core: list[float] = []
        for _ in range(REPEAT):
            bare.append(time_to_ready(BARE))
            ours.append(time_to_ready(OURS, str(data)))
            floor.append(time_to_ready(FLOOR))
            core.append(time_to_ready(CORE))
        if counting:
            counted = {"ours": instructions(OURS, str(data)), "floor": instructions(FLOOR)}
    median_bare = statistics.median(bare)
    ratio = statistics.median(ours) / median_bare
    print(f"bare PySide6 window: median {median_bare * 1000:.0f} ms")
    print(f"tilannekuva window:  median {statistics.median(ours) * 1000:.0f} ms")
    print(f"ratio {ratio:.2f} (target ≤ {TARGET})")
    print(
        f"  the floor, the same layout by hand with no data: median "
        f"{statistics.median(floor) * 1000:.0f} ms, ratio {statistics.median(floor) / median_bare:.2f}; "
        f"ours / floor {statistics.median(ours) / statistics.median(floor):.2f}"
    )
    print(
        f"  the headless core alone, process start to imported (no Qt): "
        f"median {statistics.median(core) * 1000:.0f} ms"
    )
    spread = {
        name: f"{min(v) * 1000:.0f}–{max(v) * 1000:.0f} ms"
        for name, v in (("bare", bare), ("ours", ours), ("floor", floor))
    }
    print(f"  min–max of the {REPEAT} samples: {spread}")
    if counting:
        ratio_counted = counted["ours"] / counted["floor"]
        print(
            f"  in instructions (callgrind), process start to the event loop's first turn: "
            f"ours {counted['ours'] / 1e6:.0f} M, floor {counted['floor'] / 1e6:.0f} M, "
            f"ours / floor {ratio_counted:.3f}"
        )
        print(f"GOAL window start-up / floor in instructions {ratio_counted:.3f} 1.3")
    # For run_all.py: each goal with its figure and limit.
    print(
        f"GOAL window start-up / floor {statistics.median(ours) / statistics.median(floor):.3f} 1.3"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

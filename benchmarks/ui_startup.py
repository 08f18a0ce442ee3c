"""From process start to a usable window, against a bare PySide6 window (target ratio ≤ 1.5).

Both are new Python processes started the same way, taking turns in the
same run. The bare one shows an empty QMainWindow; ours runs ``tilannekuva``
(the real command line, with no subcommand) on a data folder whose first
round holds the demo answers. Each reports when its event loop runs with
the window shown: ours then has the round, its sections, the first
section's questions with their answers, and the validation panel.

    python benchmarks/ui_startup.py
"""

from __future__ import annotations

import os
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

REPEAT = 7
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
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])

def ready():
    windows = [w for w in app.topLevelWidgets() if w.isVisible() and w.objectName() == "mainWindow"]
    print("READY" if windows else "NO WINDOW", flush=True)
    app.quit()

QTimer.singleShot(0, ready)
from desktop.cli import main
sys.exit(main(["--data-dir", sys.argv[1]]))
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


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        data = prepare(Path(folder))
        # The first starts compile translations and bytecode and take the day's backup.
        time_to_ready(BARE)
        time_to_ready(OURS, str(data))
        bare: list[float] = []
        ours: list[float] = []
        core: list[float] = []
        for _ in range(REPEAT):
            bare.append(time_to_ready(BARE))
            ours.append(time_to_ready(OURS, str(data)))
            core.append(time_to_ready(CORE))
    ratio = statistics.median(ours) / statistics.median(bare)
    print(f"bare PySide6 window: median {statistics.median(bare) * 1000:.0f} ms")
    print(f"tilannekuva window:  median {statistics.median(ours) * 1000:.0f} ms")
    print(f"ratio {ratio:.2f} (target ≤ {TARGET})")
    print(
        f"  the headless core alone, process start to imported (no Qt): "
        f"median {statistics.median(core) * 1000:.0f} ms"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Take the README's screenshot: the real window on a virtual X screen, with demo answers.

    python packaging/screenshot.py [OUT.png]

Without a display it starts itself again under ``xvfb-run`` (Debian's
``xvfb``; Qt's X plugin also needs ``libxcb-cursor0``). The data folder is a
new temporary one: the demo municipality's first round, with a few answers
left wrong so the validation panel has something to show, and the window
open on the premises section with its table. The picture is taken from the
screen, as a user would see it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_OUT = REPO / "resources" / "screenshots" / "form.png"
SCREEN = "1024x700x24"
WINDOW = (1024, 700)


def _under_xvfb(out: Path) -> int:
    xvfb = shutil.which("xvfb-run")
    if xvfb is None:
        sys.stderr.write("No display and no xvfb-run: apt-get install xvfb libxcb-cursor0\n")
        return 2
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    command = [xvfb, "-a", "-s", f"-screen 0 {SCREEN}", sys.executable, __file__, str(out)]
    return subprocess.run(command, env=env, check=False).returncode


def _prepare(root: Path) -> None:
    from desktop.commands.demo import DEMO_ROUND, demo_answers, fill_round
    from desktop.paths import DataPaths
    from desktop.storage import Profile, Store
    from desktop.workbook import Workbook

    data = demo_answers(DEMO_ROUND)
    with Store.open(DataPaths(root)) as store:
        store.save_profile(Profile(data["municipality"], contact_name=data.get("contact_name", "")))
        workbook = Workbook(store)
        fill_round(workbook, DEMO_ROUND)
        # A few slips, as in a real afternoon: a figure left out, a share over 100 %,
        # a missing e-mail address.
        workbook.remove(DEMO_ROUND, "/premises/premises/2/floor_area")
        workbook.set_json(DEMO_ROUND, "/premises/joint_authorities/0/share", 140)
        workbook.remove(DEMO_ROUND, "/background/respondent_email")


def _shoot(out: Path) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.paths import DataPaths
    from desktop.ui.shell.app import run
    from desktop.ui.shell.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "data"
        _prepare(root)

        def arrange() -> None:
            window = next(w for w in app.topLevelWidgets() if isinstance(w, MainWindow))
            window.resize(*WINDOW)
            window.move(0, 0)
            window.go_to("/premises/premises/2/floor_area")
            QTimer.singleShot(1500, lambda: take(window))

        def take(window: MainWindow) -> None:
            screen = window.screen()
            picture = screen.grabWindow(window.winId())
            out.parent.mkdir(parents=True, exist_ok=True)
            picture.save(str(out))
            print(f"{out} {picture.width()}x{picture.height()}")
            window.close()

        QTimer.singleShot(300, arrange)
        return run(DataPaths(root), "fi")


def main() -> int:
    out = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else DEFAULT_OUT
    if not os.environ.get("DISPLAY") and sys.platform.startswith("linux"):
        return _under_xvfb(out)
    return _shoot(out)


if __name__ == "__main__":
    sys.exit(main())

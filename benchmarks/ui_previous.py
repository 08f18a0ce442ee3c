"""Opening a section of 500 questions with the previous round's answers under them, against
the same section without any previous answers, in the same run (goal: ≤ 1.2×).

Two data folders with the generated 500-question section (``ui_schema``) in
two rounds: in one, only the second round is answered; in the other, the
first round is answered and submitted too, so every question of the second
shows its previous answer. "Open" runs from asking the window for the
section until its first screen is laid out and painted; the rest of the
questions are laid out a screenful at a time after it, each with its
previous answer, and the time until every one is shown is printed too.

The machine may be shared: the goal is reckoned in the process's CPU time
(``time.process_time``), which other programs' load disturbs far less than
the clock on the wall; both are printed. The two folders are opened in
turns, the garbage collected before each sample, so both meet the same
conditions.

    python benchmarks/ui_previous.py [--quick]
"""

from __future__ import annotations

import gc
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from previous_rounds import NEXT_ROUND, fill, two_rounds
from PySide6.QtWidgets import QApplication
from report_goals import Goal, spread
from ui_schema import ROUND_ID, SECTION_ID

from desktop.paths import DataPaths
from desktop.signing.keys import Organisation, create_key
from desktop.storage import Profile, Store
from desktop.submission.service import Submissions
from desktop.survey import Catalog
from desktop.ui.previous.hints import PreviousHints
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.settings import Preferences
from desktop.ui.translations import Translations, compiled_dir
from desktop.workbook import Workbook

LIMIT = 1.2


def _workbook(store: Store, catalog: Catalog, paths: DataPaths, *, previous: bool) -> Workbook:
    store.save_profile(Profile("211"))
    workbook = Workbook(store, catalog)
    if previous:
        fill(workbook)
        key = create_key(Organisation("Kangasala", "Kangasala"))
        Submissions(workbook).export(
            ROUND_ID, paths.root / "out", key=key, lang="fi", after_closing=True
        )
    fill(workbook, NEXT_ROUND)
    assert (workbook.previous(NEXT_ROUND) is not None) is previous
    return workbook


def _open_once(
    app: QApplication, workbook: Workbook, paths: DataPaths, translations: Translations
) -> tuple[float, float, float]:
    """CPU seconds until the page is on screen; wall seconds until then, and until every
    question shows its previous answer."""
    window = MainWindow(workbook, paths, translations, Preferences(paths), "fi")
    window.resize(1280, 800)
    window.show()
    window.open_round(NEXT_ROUND)
    app.processEvents()
    window.stack.setCurrentIndex(-1)
    window.pages.clear()
    gc.collect()
    start, cpu = time.perf_counter(), time.process_time()
    page = window.open_section(SECTION_ID)
    # Laid out and painted, as the event loop's next turn does; not the questions that
    # follow a screenful at a time (a single processEvents runs anywhere from two to eight
    # of those batches, which measured the machine's timing more than the page).
    app.sendPostedEvents()
    window.repaint()
    opened, cpu = time.perf_counter() - start, time.process_time() - cpu
    assert page is not None
    hints = page.findChild(PreviousHints)
    while not page.complete or (hints is not None and not hints.settled):
        app.processEvents()
    app.processEvents()
    complete = time.perf_counter() - start
    window.close()
    window.deleteLater()
    app.processEvents()
    return cpu, opened, complete


def run(quick: bool = False) -> list[Goal]:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    repeat = 5 if quick else 15
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        catalog = two_rounds(root / "schemas")
        without_paths, with_paths = DataPaths(root / "without"), DataPaths(root / "with")
        translations = Translations(compiled_dir(without_paths.translations_cache))
        translations.install("fi")
        without_cpu: list[float] = []
        without: list[float] = []
        without_all: list[float] = []
        with_cpu: list[float] = []
        with_previous: list[float] = []
        with_all: list[float] = []
        with (
            Store.open(without_paths, backup=False) as plain,
            Store.open(with_paths, backup=False) as carried,
        ):
            alone = _workbook(plain, catalog, without_paths, previous=False)
            beside = _workbook(carried, catalog, with_paths, previous=True)
            # Taken in turns, so a busy machine slows both alike.
            _open_once(app, alone, without_paths, translations)  # the first of each warms up
            _open_once(app, beside, with_paths, translations)
            for _ in range(repeat):
                cpu, opened, complete = _open_once(app, alone, without_paths, translations)
                without_cpu.append(cpu)
                without.append(opened)
                without_all.append(complete)
                cpu, opened, complete = _open_once(app, beside, with_paths, translations)
                with_cpu.append(cpu)
                with_previous.append(opened)
                with_all.append(complete)
    print(f"section of 500 questions, no previous answers, CPU: {spread(without_cpu)}")
    print(f"the same with the previous round's answer under each, CPU: {spread(with_cpu)}")
    print(f"  on the wall clock: {spread(without)} and {spread(with_previous)}")
    wall = statistics.median(with_previous) / statistics.median(without)
    print(f"  ratio on the wall clock {wall:.2f} (not the goal: other programs' load shows)")
    # The previous answers appear a screenful at a time after the page, as its questions do.
    print(f"every question laid out, no previous answers: {spread(without_all)}")
    print(f"every question laid out with its previous answer: {spread(with_all)}")
    every = statistics.median(with_all) / statistics.median(without_all)
    print(f"  ratio {every:.2f} (not a goal: the window takes input between the steps)")
    ratio = statistics.median(with_cpu) / statistics.median(without_cpu)
    return [Goal("open with previous answers / without (CPU time)", ratio, LIMIT)]


def main() -> int:
    goals = run("--quick" in sys.argv)
    for goal in goals:
        print(goal)
    return 0 if all(goal.holds for goal in goals) else 1


if __name__ == "__main__":
    sys.exit(main())

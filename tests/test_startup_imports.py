"""What starting the window and the command line loads: what the first screen needs, no more.

Each module left out here is loaded when the user first asks for what it
does (exporting and submitting, the key, a round added from a package,
evaluating a rule), so it costs nothing at start-up. The figures are in ``benchmarks/ui_startup.py``
and ``benchmarks/cli_startup.py``; this keeps a stray import from undoing them.
"""

from __future__ import annotations

import subprocess
import sys

LATER = (
    "desktop.ui.submitting.submitting",
    "desktop.ui.submitting.key_dialogs",
    "desktop.ui.submitting.submissions_dialog",
    "desktop.survey.added",
    "desktop.signing.safezip",
    "json_logic",
)


def _loaded(code: str) -> set[str]:
    done = subprocess.run(
        [sys.executable, "-c", f"{code}\nimport sys\nprint('\\n'.join(sys.modules))"],
        capture_output=True,
        text=True,
        check=True,
    )
    return set(done.stdout.split())


def test_the_window_loads_no_export_key_or_round_package_modules() -> None:
    loaded = _loaded("import desktop.ui.shell.app\nimport desktop.workbook")
    assert "desktop.ui.shell.main_window" in loaded
    assert not loaded & set(LATER)


def test_opening_the_workbook_reads_no_round_package() -> None:
    loaded = _loaded("import desktop.commands.answers")
    assert "desktop.workbook" in loaded
    assert not loaded & set(LATER)

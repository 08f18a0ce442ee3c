"""Build step: the Qt Linguist translations compiled into the wheel.

``resources/translations/*.ts`` are compiled with the ``lrelease`` that
PySide6 ships (PySide6-Essentials is a build requirement) and the ``.qm``
files are put into the wheel under ``desktop/_data/resources/translations``,
where the program looks first; the ``.ts`` sources stay out of the wheel.

An editable install compiles them next to the ``.ts`` files instead (the
program finds them there in a source tree). If that cannot be done the
window compiles them on its first start, so an editable install never fails
for it; a wheel without its translations does fail the build.
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

SOURCES = Path("resources") / "translations"
TARGET = "desktop/_data/resources/translations"
PATTERN = "tilannekuva_*.ts"


def find_lrelease() -> str | None:
    """PySide6's own lrelease (found without importing Qt), or one on PATH."""
    name = "lrelease.exe" if sys.platform == "win32" else "lrelease"
    spec = importlib.util.find_spec("PySide6")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        bundled = Path(folder) / name
        if bundled.is_file():
            return str(bundled)
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def compile_translations(tool: str, sources: list[Path], target: Path) -> list[Path]:
    """Compile each ``.ts`` into ``target``; raises with lrelease's message on a failure."""
    target.mkdir(parents=True, exist_ok=True)
    made: list[Path] = []
    for ts in sources:
        qm = target / f"{ts.stem}.qm"
        result = subprocess.run(
            [tool, "-silent", str(ts), "-qm", str(qm)],
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0 or not qm.is_file():
            raise RuntimeError(f"lrelease could not compile {ts.name}: {result.stderr.strip()}")
        made.append(qm)
    return made


class TranslationsHook(BuildHookInterface):  # type: ignore[type-arg]
    """Compiles the ``.ts`` files for the wheel (``version`` ``standard`` or ``editable``)."""

    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel":
            return
        root = Path(self.root)
        sources = sorted((root / SOURCES).glob(PATTERN))
        if not sources:
            raise RuntimeError(f"no {PATTERN} in {root / SOURCES}")
        tool = find_lrelease()
        if version == "editable":
            self._compile_in_place(tool, sources, root / SOURCES)
            return
        if tool is None:
            raise RuntimeError(
                "lrelease not found: the build needs PySide6-Essentials (pyside6-lrelease)"
            )
        self._temporary = tempfile.TemporaryDirectory(prefix="tilannekuva-qm-")
        for qm in compile_translations(tool, sources, Path(self._temporary.name)):
            build_data["force_include"][str(qm)] = f"{TARGET}/{qm.name}"
        self.app.display_info(f"compiled {len(sources)} translations into the wheel")

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        temporary = getattr(self, "_temporary", None)
        if temporary is not None:
            temporary.cleanup()
            self._temporary = None

    def _compile_in_place(self, tool: str | None, sources: list[Path], folder: Path) -> None:
        if tool is None:
            self.app.display_warning("lrelease not found; translations compile on first start")
            return
        try:
            compile_translations(tool, sources, folder)
        except (OSError, RuntimeError) as exc:
            self.app.display_warning(f"{exc}; translations compile on first start")

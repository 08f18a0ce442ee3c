"""Bring the Qt Linguist sources up to date with the window's ``self.tr()`` texts.

    python packaging/update_translations.py [FOLDER]

Runs PySide6's ``lupdate`` over every module of ``desktop/ui`` into
``resources/translations/tilannekuva_{fi,sv,en}.ts`` (or the copies in
FOLDER): new texts are added untranslated, texts no longer in the code are
dropped, and no source locations are written, so a change in the code moves
no line of the files. Finnish is the source language: its file holds only
the plural forms. Translate the new texts with ``pyside6-linguist`` or by
hand; the build compiles the files (``hatch_build.py``).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SOURCES = REPO / "resources" / "translations"
LANGS = ("fi", "sv", "en")


def lupdate() -> str:
    folder = Path(sys.executable).parent
    for name in ("pyside6-lupdate", "pyside6-lupdate.exe"):
        if (folder / name).is_file():
            return str(folder / name)
    found = shutil.which("pyside6-lupdate")
    if found is None:
        sys.exit("pyside6-lupdate not found: install PySide6-Essentials")
    return found


def update(folder: Path = SOURCES) -> list[Path]:
    """Run lupdate over the window's modules into the ``.ts`` files in ``folder``."""
    modules = sorted(str(p.relative_to(REPO)) for p in (REPO / "desktop" / "ui").rglob("*.py"))
    updated = []
    for lang in LANGS:
        target = folder / f"tilannekuva_{lang}.ts"
        options = ["-silent", "-locations", "none", "-no-obsolete"]
        if lang == "fi":
            options.append("-pluralonly")
        subprocess.run([lupdate(), *options, *modules, "-ts", str(target)], cwd=REPO, check=True)
        updated.append(target)
    return updated


if __name__ == "__main__":
    for path in update(Path(sys.argv[1]) if len(sys.argv) > 1 else SOURCES):
        print(path)

"""The window's own texts in Finnish, Swedish and English, from Qt Linguist files.

Finnish is the source language: the texts in ``self.tr()`` are Finnish, and
``tilannekuva_fi.ts`` holds only the plural forms. The ``.ts`` files live in
``resources/translations``; their compiled ``.qm`` files are not kept in git.
The build compiles them with PySide6's ``lrelease`` (``hatch_build.py``): a
wheel carries only the ``.qm`` files, and an editable install gets them next
to the ``.ts`` files. When they are missing or older than their ``.ts`` (a
plain source checkout, an edited translation), the first start compiles
them, next to the ``.ts`` files when that folder is writable and otherwise
into the data folder's cache.
"""

from __future__ import annotations

import logging
import re
import sys
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.i18n import Lang
from desktop.paths import resources_dir

log = logging.getLogger(__name__)

PREFIX = "tilannekuva_"
PLACEHOLDER = re.compile(r"%(?:\d+|n|L\d+)|\{[A-Za-z_][A-Za-z0-9_]*\}")
_LOCALES = {"fi": "fi_FI", "sv": "sv_FI", "en": "en_GB"}


def fill(text: str, *values: object) -> str:
    """Qt's ``%1``, ``%2``… placeholders filled in, as ``QString.arg`` does."""
    for index in range(len(values), 0, -1):  # %10 before %1
        text = text.replace(f"%{index}", str(values[index - 1]))
    return text


def source_dir() -> Path:
    return resources_dir() / "translations"


def lrelease() -> str | None:
    """The Linguist compiler that PySide6 ships, or one on PATH."""
    import shutil

    name = "lrelease.exe" if sys.platform == "win32" else "lrelease"
    bundled = Path(PySide6.__file__).resolve().parent / name
    if bundled.is_file():
        return str(bundled)
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def compile_all(sources: Path, target: Path) -> list[Path]:
    """Compile every ``.ts`` in ``sources`` whose ``.qm`` in ``target`` is missing or older."""
    import subprocess  # compiling is the exception: a wheel ships the compiled files

    tool = lrelease()
    made: list[Path] = []
    if tool is None:
        log.warning("pyside6-lrelease not found; the window stays in Finnish")
        return made
    target.mkdir(parents=True, exist_ok=True)
    for ts in sorted(sources.glob(f"{PREFIX}*.ts")):
        qm = target / (ts.stem + ".qm")
        if qm.is_file() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        result = subprocess.run(
            [tool, "-silent", str(ts), "-qm", str(qm)], capture_output=True, text=True, check=False
        )
        if result.returncode != 0:
            log.warning("lrelease failed on %s: %s", ts.name, result.stderr.strip())
            continue
        made.append(qm)
    return made


def _up_to_date(directory: Path, sources: Path) -> bool:
    for ts in sources.glob(f"{PREFIX}*.ts"):
        qm = directory / (ts.stem + ".qm")
        if not qm.is_file() or qm.stat().st_mtime < ts.stat().st_mtime:
            return False
    return True


def compiled_dir(cache: Path) -> Path:
    """Where the ``.qm`` files are, compiling them first when needed."""
    sources = source_dir()
    if not any(sources.glob(f"{PREFIX}*.ts")):
        # A wheel ships only the compiled files.
        return sources
    for candidate in (sources, cache):
        if _up_to_date(candidate, sources):
            return candidate
    try:
        compile_all(sources, sources)
        if _up_to_date(sources, sources):
            return sources
    except OSError:
        log.info("translations folder not writable; compiling into %s", cache)
    compile_all(sources, cache)
    return cache


# Qt's own translations leave a few texts of its file dialog in English (qtbase_fi lacks
# "&Look in:" with its shortcut); they are filled in here, after Qt's own are searched.
_QT_GAPS: dict[str, dict[tuple[str, str], str]] = {
    "fi": {
        ("QFileDialog", "&Look in:"): "&Sijainti:",
        ("QFileDialog", "Files of &type:"): "&Tiedostotyyppi:",
        ("QFileDialog", "Computer"): "Tietokone",
    },
    "sv": {
        ("QFileDialog", "Look in:"): "Titta i:",
        ("QFileDialog", "Files of type:"): "Filer av typ:",
        ("QFileDialog", "My Computer"): "Den här datorn",
        ("QFileDialog", "Computer"): "Dator",
    },
}


class _QtGaps(QTranslator):
    """The texts of ``_QT_GAPS`` in one language."""

    def __init__(self, lang: Lang, parent: QCoreApplication) -> None:
        super().__init__(parent)
        self.texts = _QT_GAPS.get(lang, {})

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        # None, not "": an empty text would count as a translation and blank the window.
        return self.texts.get((context, source))

    def isEmpty(self) -> bool:
        return not self.texts


class Translations:
    """The translators installed in the application, swapped when the language changes."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self._installed: list[QTranslator] = []
        self.lang: Lang = "fi"

    def uninstall(self) -> None:
        app = QCoreApplication.instance()
        if app is not None:
            for translator in self._installed:
                app.removeTranslator(translator)
        self._installed = []

    def install(self, lang: Lang) -> None:
        app = QCoreApplication.instance()
        assert app is not None, "a QApplication must exist before translations are installed"
        self.uninstall()
        ours = QTranslator(app)
        if ours.load(f"{PREFIX}{lang}", str(self.directory)):
            self._installed.append(ours)
        elif lang != "fi":
            log.warning("no translation %s%s.qm in %s", PREFIX, lang, self.directory)
        # Installed first, so searched last: Qt's own translation wins where it has one.
        self._installed.insert(0, _QtGaps(lang, app))
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt_own = QTranslator(app)
        # Qt's own texts (OK, Cancel, the file dialog) in the same language.
        if qt_own.load(f"qtbase_{lang}", qt_dir):
            self._installed.append(qt_own)
        for translator in self._installed:
            app.installTranslator(translator)
        QLocale.setDefault(QLocale(_LOCALES[lang]))
        self.lang = lang

"""The window's preferences, kept in the data folder beside the answers they belong to."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings

from desktop.i18n import LANGS, Lang, as_lang
from desktop.paths import DataPaths
from desktop.survey import RoundStatus
from desktop.ui.folders import documents_folder

if TYPE_CHECKING:
    from desktop.survey.model import RoundListing


class Preferences:
    """Language, last round and section, the export folder and the folders last used for
    each kind of file, window geometry."""

    def __init__(self, paths: DataPaths) -> None:
        self._settings = QSettings(str(paths.settings), QSettings.Format.IniFormat)

    def _text(self, key: str) -> str | None:
        value = self._settings.value(key)
        return value if isinstance(value, str) and value else None

    @property
    def lang(self) -> Lang | None:
        value = self._text("lang")
        return as_lang(value) if value in LANGS else None

    @lang.setter
    def lang(self, value: Lang) -> None:
        self._settings.setValue("lang", value)

    @property
    def round_id(self) -> str | None:
        return self._text("round")

    @round_id.setter
    def round_id(self, value: str) -> None:
        self._settings.setValue("round", value)

    def first_round(
        self, rounds: Sequence[RoundListing], today: date, started: Callable[[], Iterable[str]]
    ) -> str:
        """The round the window opens with: the one last shown, else the open one, else the
        latest of the rounds ``started`` (or the latest of all)."""
        remembered = self.round_id
        if remembered in {r.id for r in rounds}:
            return str(remembered)
        open_now = [r for r in rounds if r.status(today) is RoundStatus.OPEN]
        if open_now:
            return open_now[0].id
        begun = set(started())
        answered = [r for r in rounds if r.id in begun]
        return (answered or rounds)[-1].id

    def section(self, round_id: str) -> str | None:
        return self._text(f"section/{round_id}")

    def set_section(self, round_id: str, section_id: str) -> None:
        self._settings.setValue(f"section/{round_id}", section_id)

    def problems_counted(self, round_id: str) -> int | None:
        """How many problems the round's list held when last checked (None: never checked)."""
        value = self._settings.value(f"problems/{round_id}")
        try:
            return int(value) if isinstance(value, int | str) else None
        except ValueError:
            return None

    def set_problems_counted(self, round_id: str, count: int) -> None:
        self._settings.setValue(f"problems/{round_id}", count)

    @property
    def export_folder(self) -> Path | None:
        """Where the last export or saved submission went; offered first the next time."""
        value = self._text("export/folder")
        return Path(value) if value else None

    @export_folder.setter
    def export_folder(self, value: Path) -> None:
        self._settings.setValue("export/folder", str(value))

    def folder(self, kind: str) -> Path:
        """Where a file dialog for ``kind`` of file starts: where the last one was picked
        from or saved to, else the documents folder (``desktop.ui.folders``)."""
        value = self._text(f"folders/{kind}")
        if value and Path(value).is_dir():
            return Path(value)
        return documents_folder()

    def remember_folder(self, kind: str, folder: Path) -> None:
        self._settings.setValue(f"folders/{kind}", str(folder))

    @property
    def geometry(self) -> QByteArray | None:
        value = self._settings.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def save_window(self, geometry: QByteArray, state: QByteArray) -> None:
        self._settings.setValue("window/geometry", geometry)
        self._settings.setValue("window/state", state)

    @property
    def state(self) -> QByteArray | None:
        value = self._settings.value("window/state")
        return value if isinstance(value, QByteArray) else None

    def sync(self) -> None:
        self._settings.sync()

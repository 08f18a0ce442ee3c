"""The window's preferences, kept in the data folder beside the answers they belong to."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from desktop.i18n import LANGS, Lang, as_lang
from desktop.paths import DataPaths


class Preferences:
    """Language, last round and section, the export folder, window geometry."""

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

"""The window previous rounds are shown in, as this room sees it.

The main window is one (``desktop.ui.shell.main_window``); naming what is
needed of it here lets this room type it without importing the shell.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenuBar, QStatusBar, QWidget

    from desktop.i18n import Lang
    from desktop.ui.folders import Folders
    from desktop.ui.form.save_status import SaveStatus
    from desktop.ui.form.section_page import SectionPage
    from desktop.ui.form.session import FormSession
    from desktop.workbook import Workbook


class PreviousWindow(Protocol):
    """A main window with rounds being answered; the shell's window is one."""

    workbook: Workbook
    lang: Lang
    session: FormSession | None  # the round being answered, None before one is opened
    pages: dict[tuple[str, str], SectionPage]
    save_status: SaveStatus

    @property
    def preferences(self) -> Folders: ...  # where file dialogs start

    def session_for(self, round_id: str) -> FormSession: ...

    def current_page(self) -> SectionPage | None: ...

    def menuBar(self) -> QMenuBar: ...  # Qt's name

    def statusBar(self) -> QStatusBar: ...  # Qt's name

    def window(self) -> QWidget: ...  # Qt's name: the window itself, as a parent of dialogs

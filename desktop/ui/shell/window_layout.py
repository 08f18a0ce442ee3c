"""How the window shares its width: the form column first, the side panels only what they need.

On a small laptop screen (1024×700) the sections list and the problems panel
took half the width and the form scrolled sideways. Now the sections list
takes about a fifth of the window (within limits), the problems panel about a
quarter while it lists something, and the panel steps aside entirely while
there is nothing to fix; it comes back by itself when a problem appears, unless
the user closed it (its ×, or View → the panel's item, Ctrl+F9; F9 opens it again). Once the user drags the divider, the
window keeps the width chosen.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSize, Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QSplitter, QVBoxLayout, QWidget

from desktop.ui.size_watch import SizeWatchingLayout

NAVIGATION_SHARE = 0.2
NAVIGATION_MIN, NAVIGATION_MAX = 190, 300
PANEL_SHARE = 0.24
PANEL_MIN, PANEL_MAX = 210, 340


def _within(value: float, low: int, high: int) -> int:
    return max(low, min(high, int(value)))


def lay_out(
    window: QMainWindow, navigation: QWidget, banner: QWidget, pages: QWidget, panel: QWidget
) -> SideLayout:
    """The sections list on the left, the banner over the pages in the middle, the problems
    panel docked on the right; the layout that sizes them to the window."""
    form = QWidget(window)
    form_layout = QVBoxLayout(form)
    form_layout.setContentsMargins(0, 0, 0, 0)
    form_layout.setSpacing(0)
    form_layout.addWidget(banner)
    form_layout.addWidget(pages, 1)
    splitter = QSplitter(window)
    splitter.addWidget(navigation)
    splitter.addWidget(form)
    splitter.setStretchFactor(1, 1)
    splitter.setSizes([NAVIGATION_MAX, 900])
    splitter.setChildrenCollapsible(False)
    # The splitter in a frame whose layout says when the window's size changes.
    central = QWidget(window)
    central.setObjectName("central")
    central_layout = SizeWatchingLayout(central)
    central_layout.setContentsMargins(0, 0, 0, 0)
    central_layout.addWidget(splitter)
    window.setCentralWidget(central)
    dock = QDockWidget(window)
    dock.setObjectName("problemsDock")
    dock.setWidget(panel)
    dock.setFeatures(
        QDockWidget.DockWidgetFeature.DockWidgetMovable
        | QDockWidget.DockWidgetFeature.DockWidgetClosable
    )
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    sides = SideLayout(window, splitter, dock, form_layout)
    central_layout.resized = lambda _size, _old: sides.window_resized()
    return sides


class SideLayout(QObject):
    """Sizes the sections list (left of the splitter) and the problems dock to the window.

    ``fit`` follows each change of the window's size, told by the layout of the window's
    central area (``window_resized``): a ``resizeEvent`` or an event filter written in
    Python would make PySide6 build the event classes at start-up."""

    def __init__(
        self, window: QMainWindow, splitter: QSplitter, dock: QDockWidget, form: QVBoxLayout
    ) -> None:
        super().__init__(window)
        self.window = window
        self.splitter = splitter
        self.dock = dock
        self._form = form
        self._dragged = False  # the user chose the sections list's width
        self._stepped_aside = False  # the panel was hidden because it was empty
        self._window_size = QSize()  # the window's size when last fitted
        splitter.splitterMoved.connect(self._moved)

    def add_notice(self, notice: QWidget) -> None:
        """``notice`` at the top of the form column, above the banner: the whole width of
        the questions, where it is read before them (made when there is one to tell)."""
        self._form.insertWidget(0, notice)

    def _moved(self, _position: int, _index: int) -> None:
        self._dragged = True

    def window_resized(self) -> None:
        """The central area was laid out anew: fit the sides if the window's size changed
        (and not when only the problems panel's width did)."""
        size = self.window.size()
        if size != self._window_size:
            self._window_size = size
            self.fit()

    def fit(self) -> None:
        width = self.window.width()
        if not self._dragged:
            total = sum(self.splitter.sizes()) or width
            navigation = _within(width * NAVIGATION_SHARE, NAVIGATION_MIN, NAVIGATION_MAX)
            self.splitter.setSizes([navigation, max(total - navigation, 0)])
        if not self.dock.isHidden():
            self._fit_panel()

    def _fit_panel(self) -> None:
        panel = _within(self.window.width() * PANEL_SHARE, PANEL_MIN, PANEL_MAX)
        self.window.resizeDocks([self.dock], [panel], Qt.Orientation.Horizontal)

    def problems_counted(self, count: int) -> None:
        """Step the problems panel aside while it is empty; bring it back with the first problem."""
        # isHidden, not isVisible: the first check comes before the window is shown.
        if count == 0 and not self.dock.isHidden():
            self._stepped_aside = True
            self.dock.hide()
        elif count > 0 and self._stepped_aside:
            self._stepped_aside = False
            self.dock.show()
            self._fit_panel()

    def set_panel_shown(self, shown: bool) -> None:
        """The user showed or hid the panel (the View menu): it stays as chosen, shown even
        empty, hidden even when a problem appears (F9 shows it again)."""
        if shown:
            self.panel_wanted()
        else:
            self._stepped_aside = False
            self.dock.hide()

    def panel_wanted(self) -> None:
        """The user asked for the panel (F9, a refused submission): it stays, even empty."""
        self._stepped_aside = False
        if self.dock.isHidden():
            self.dock.show()
            self._fit_panel()

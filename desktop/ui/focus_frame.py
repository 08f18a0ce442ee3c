"""A list's frame in the selection's colour while the list has the keyboard focus.

Fusion tells a focused list only by a faint dotted line round its current item, in the
colour of the item's selection: after a Tab the user could not see where the keys went.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView

# The same width focused or not, so nothing inside moves when the focus comes or goes.
FOCUS_FRAME = (
    "QAbstractItemView { border: 2px solid palette(mid); }"
    " QAbstractItemView:focus { border: 2px solid palette(highlight); }"
)


def frame_focus(view: QAbstractItemView) -> None:
    """Draw ``view``'s frame in the selection's colour while it has the focus."""
    view.setStyleSheet(FOCUS_FRAME)

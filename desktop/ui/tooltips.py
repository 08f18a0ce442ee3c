"""Tooltips that show text a received file controls.

Qt reads a tooltip as rich text when it looks like markup ("<b>…", "<img …>"),
so a value from a received package is given as rich text whose every
character is escaped: what it holds is shown, never obeyed.
"""

from __future__ import annotations

from html import escape


def data_tip(text: str) -> str:
    """``text`` (already escaped of controls: ``desktop.untrusted``) as a tooltip shown as it
    is, markup and all; empty stays empty (no tooltip)."""
    if not text:
        return ""
    return f"<p style='white-space:pre-wrap'>{escape(text)}</p>"

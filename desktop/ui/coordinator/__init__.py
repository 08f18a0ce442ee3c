"""Received packages: opening one in the official's window (``received``) and
the coordinator's room over a whole round (packages, who is missing, the
national picture).

May import the core, the form's read-only section rows and the ground floor
of the window (``desktop.ui.translations``, ``dialogs``, ``tasks``).
"""

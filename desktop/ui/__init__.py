"""The Qt user interface: the only package that imports Qt."""

from desktop.ui.refcount_guard import guard

# Before any window exists: see refcount_guard for the PySide6 release it protects against.
REFCOUNT_GUARDED = guard()

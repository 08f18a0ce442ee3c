"""The Qt user interface: the only package that imports Qt.

The window is divided into rooms, one per thing a developer comes to change:

- ``shell``: the application around the form: start, crash hook, Qt's log,
  preferences, the main window with its menus and layout, and the small
  dialogs of the menus (about, backups, profile).
- ``form``: filling in a round: the session that saves each answer, the
  section page, navigation, problems, save status, the lock banner and the
  inputs of each kind of question (``form.fields``).
- ``submitting``: export, signing key and the list of submissions.
- ``coordinator``: received packages, in the official's window and the
  coordinator's.

The modules at this level (``translations``, ``dialogs``, ``tasks``) are the
ground floor that every room may import; they import no room. A room may
import the ground floor and the rooms below it: ``shell`` over
``submitting`` and ``coordinator``, which are over ``form``. An
import-linter contract in ``pyproject.toml`` holds this order, and
``tests/test_import_cycles.py`` finds any two modules importing each other.
"""

from desktop.ui.feature_checks import skip_known_sources
from desktop.ui.shell.refcount_guard import guard

# Before any window exists: see refcount_guard for the PySide6 release it protects against.
REFCOUNT_GUARDED = guard()
# Before the window's modules load: see feature_checks.
SOURCES_SKIPPED = skip_known_sources()

"""The application shell: start-up, crash hook, Qt's log, preferences, the
main window with its menus and layout, and the dialogs of its menus (about,
backups, profile).

Owns how the program starts and what surrounds the form. May import every
other room of the window and the ground floor (``desktop.ui.translations``,
``dialogs``, ``tasks``); no other room imports it, except that the window
type is named for type checking.
"""

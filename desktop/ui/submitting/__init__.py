"""Submitting: export of the signed report and package, the organisation's
signing key, and the list of earlier submissions.

May import the core, the ground floor of the window
(``desktop.ui.translations``, ``dialogs``, ``tasks``) and ``export_job``; it
presents what the core decides and writes no rule of its own.
"""

"""Submitting: export of the signed report and package, the organisation's
signing key, and the list of earlier submissions.

May import the core (the submission service ``desktop.submission`` decides
whether a round can go, exports it on a worker thread and records it), the
form (for the session and save status of the round being submitted) and the
ground floor of the window (``desktop.ui.translations``, ``dialogs``,
``tasks``); it presents what the service decides and writes no rule of its
own. It never imports the shell: what it needs of the main window is named
in ``host.SubmittingWindow``, which the main window fills in.
"""

"""Submitting: export of the signed report and package, the organisation's
signing key, and the list of earlier submissions.

May import the core (the submission service ``desktop.submission`` decides
whether a round can go, exports it on a worker thread and records it) and
the ground floor of the window (``desktop.ui.translations``, ``dialogs``,
``tasks``); it presents what the service decides and writes no rule of its
own.
"""

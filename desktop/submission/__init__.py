"""Submitting a round: the workflow beside ``desktop.workbook``, for the window and the CLI alike.

Owns: whether a round can be submitted (``readiness``: lock, unsaved answers,
problems, unconfirmed warnings, the key, the closing date, the next
submission number), exporting a draft or a signed submission and recording
it (``exporting``, files written all or nothing by ``folder``), the
submissions kept and corrections, the organisation a key is made for
(``service.Submissions``), and the export a window runs on a worker thread
(``job``). Qt-free.

May import: the workbook, ``desktop.export`` (the pure builders of the report
and the package), signing, storage, survey, municipalities and the ground
floor. Never the command line or the window.
"""

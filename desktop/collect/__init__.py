"""The receiving side: checking received packages, and the coordinator's national picture.

Owns: the coordinator's desk (``desk``: the one loader of the municipality
register on this side, with the rounds packages are checked against), the
survey checks of a received package and checking a received file as a whole
(``receiving``: what ``tilannekuva verify``, the window's received view and
the export's own check of a package it made all run), the
coordinator's database of trusted signers and recorded packages
(``records``, ``trust``), checking many packages in a process pool
(``collecting``, ``checking``), who is missing, and the aggregates with the
XLSX, CSV and PDF outputs. Qt-free.

May import: ``desktop.export`` (the package format it checks, the report's
building blocks), signing, storage, survey, municipalities and the ground
floor. Never the workbook, the submission service or a front end.
"""

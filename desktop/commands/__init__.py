"""The subcommands of ``tilannekuva``, one module per group; Qt-free.

Owns: each command's handler (what it prints, its exit status) and, in
``registry``, the table of every command (its arguments, how it opens the
answers database, its handler). May import everything below it: the
workbook and the submission service, export, collect, signing, storage,
survey and the ground floor; never the window (``desktop.ui``).
"""

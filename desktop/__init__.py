"""Tilannekuva: answer the sote reform situational-picture surveys offline."""

# The one place the version is written: the build reads it from here (pyproject.toml,
# [tool.hatch.version]), so starting the program needs no package-metadata lookup.
__version__ = "0.1.0"

APP_NAME = "Tilannekuva"


def run() -> None:
    """The ``tilannekuva`` command as installed: its console script, ``python -m desktop``
    and the bundle start here, and the process ends with the command's exit status.

    The cyclic garbage collector waits while the command line's modules load:
    ``desktop.cli.main`` turns it on again for the window and for every command
    but one that only reads (start-up time).
    """
    import gc
    import sys

    gc.disable()
    from desktop.cli import main

    sys.exit(main(exiting=True))

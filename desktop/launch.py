"""Where the installed program starts: its console script, ``python -m desktop`` and the bundle."""


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

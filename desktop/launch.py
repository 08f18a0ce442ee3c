"""Where the installed program starts: its console script, ``python -m desktop`` and the bundle."""


def run() -> None:
    """The ``tilannekuva`` command as installed: its console script, ``python -m desktop``
    and the bundle start here, and the process ends with the command's exit status.

    The cyclic garbage collector waits while the command line's modules load:
    ``desktop.cli.main`` turns it on again for the window and for every command
    but one that only reads (start-up time).

    A command that only reads (the collector still off when it returns) has
    closed its database and written what it had to say; the process then ends
    without the interpreter's teardown, which would free every module and
    object one by one (a third of the time ``validate`` takes once its
    answer is printed). Every other command and the window exit as any
    program does: their exit handlers run.
    """
    import gc
    import sys

    gc.disable()
    from desktop.cli import main

    status = main(exiting=True)
    if not gc.isenabled():
        _end_now(status)
    sys.exit(status)


def _end_now(status: int) -> None:
    """End the process with ``status`` once the standard streams are written out.

    Where a stream cannot be written (the reader of a pipe has gone), the usual
    exit follows instead, which reports that as Python always does.
    """
    import os
    import sys

    for stream in (sys.stdout, sys.stderr):
        if stream is None:  # a windowed bundle has no console
            continue
        try:
            stream.flush()
        except (OSError, ValueError):
            return
    os._exit(status)

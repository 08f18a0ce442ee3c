"""The bundle's entry point: the same ``tilannekuva`` command as the installed script."""

import multiprocessing
import sys

from desktop.cli import main

if __name__ == "__main__":
    # Worker processes of a frozen program start through this script too.
    multiprocessing.freeze_support()
    sys.exit(main())

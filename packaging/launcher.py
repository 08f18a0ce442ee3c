"""The bundle's entry point: the same ``tilannekuva`` command as the installed script."""

import multiprocessing

from desktop.launch import run

if __name__ == "__main__":
    # Worker processes of a frozen program start through this script too.
    multiprocessing.freeze_support()
    run()

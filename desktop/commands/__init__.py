"""The subcommands of ``tilannekuva``, one module per group; Qt-free."""

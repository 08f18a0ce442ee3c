"""Tilannekuva: answer the sote reform situational-picture surveys offline."""

# The one place the version is written: the build reads it from here (pyproject.toml,
# [tool.hatch.version]), so starting the program needs no package-metadata lookup.
__version__ = "0.1.0"

APP_NAME = "Tilannekuva"

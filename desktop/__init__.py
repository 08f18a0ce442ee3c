"""Tilannekuva: answer the sote reform situational-picture surveys offline."""

from importlib import metadata

try:
    __version__ = metadata.version("tilannekuva")
except metadata.PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0+source"

APP_NAME = "Tilannekuva"

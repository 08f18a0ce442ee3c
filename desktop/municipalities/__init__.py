"""The municipality register: the 309 municipalities of 2022 and their networks.

The register is read from ``resources/municipalities`` (a CSV from Statistics
Finland and a JSON file of networks the coordinator keeps) once per process.
A broken file is the user's to fix, so every problem in it is a
``RegisterError`` naming the file and the line or the reason.

``register``: the register by code and its search, loaded once per process;
``files``: reading and checking its files, and the record of their passed check;
``model``: a municipality, its classes, a network, and the errors.
"""

from __future__ import annotations

from desktop.municipalities.files import CSV_NAME, NETWORKS_NAME
from desktop.municipalities.model import (
    ALAND_AREA,
    HELSINKI_AREA,
    Category,
    Municipality,
    Network,
    RegisterError,
    UnknownMunicipality,
)
from desktop.municipalities.register import Register

__all__ = [
    "ALAND_AREA",
    "CSV_NAME",
    "HELSINKI_AREA",
    "NETWORKS_NAME",
    "Category",
    "Municipality",
    "Network",
    "Register",
    "RegisterError",
    "UnknownMunicipality",
]

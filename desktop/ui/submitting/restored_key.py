"""After a restore: the key the restored submissions were signed with, when it is not here.

The key file is not in a backup. On a new computer the submissions come back without
their key, and a key made there signs packages the receiver refuses until they have
registered its fingerprint. Both restores in the window (the first start's and the
backups dialog's) say so at once, naming the fingerprint (``signers.missing_key``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop.signing.fingerprints import fingerprint_lines
from desktop.ui.translations import fill

if TYPE_CHECKING:
    from desktop.storage import Store


def restored_key_warning(store: Store) -> tuple[str, str] | None:
    """The title and text telling that the restored submissions' key is not in the data
    folder; None when it is (or nothing was submitted)."""
    from desktop.submission.signers import missing_key

    missing = missing_key(store)
    if missing is None:
        return None
    earlier = "\n".join(fingerprint_lines(missing.fingerprint))
    if missing.here is None:
        return QCoreApplication.translate("RestoredKey", "Organisaatioavain puuttuu"), fill(
            QCoreApplication.translate(
                "RestoredKey",
                "Palautetut lähetykset on allekirjoitettu organisaatioavaimella, jonka "
                "sormenjälki on:\n\n%1\n\nAvain ei kuulu varmuuskopioon, eikä sitä ole tässä "
                "tietokansiossa. Kopioi tiedosto %2 vanhalta tietokoneelta tai tuo se (Lähetys → "
                "Organisaatioavain… → Tuo PKCS#12-tiedosto…). Muuten vastaanottaja hylkää "
                "seuraavan lähetyksen.",
            ),
            earlier,
            store.paths.key_store.name,
        )
    return QCoreApplication.translate("RestoredKey", "Eri organisaatioavain"), fill(
        QCoreApplication.translate(
            "RestoredKey",
            "Palautetut lähetykset on allekirjoitettu organisaatioavaimella, jonka sormenjälki "
            "on:\n\n%1\n\nTämän tietokansion avain on toinen:\n\n%2\n\nVastaanottaja hylkää "
            "tällä avaimella allekirjoitetun lähetyksen, kunnes se on rekisteröinyt sen "
            "sormenjäljen. Jos aiempi avain on tallessa, käytä sitä.",
        ),
        earlier,
        "\n".join(fingerprint_lines(missing.here)),
    )

"""What ``tilannekuva import`` says, and its help, in fi/sv/en."""

from __future__ import annotations

from desktop.i18n import Catalogue

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without loading typing (start-up time)
if TYPE_CHECKING:
    from typing import Final

MESSAGES: Final[Catalogue] = {
    "commands.import.import": {
        "fi": "tuo toisella tietokoneella viety paketti (.asice) kierroksen aiemmaksi lähetykseksi",
        "sv": "importera ett paket (.asice) som exporterats på en annan dator som omgångens tidigare inskickning",
        "en": "import a package (.asice) exported on another computer as a past submission of its round",
    },
    "commands.import.a_file": {
        "fi": "tuotava paketti (.asice)",
        "sv": "paketet (.asice) som importeras",
        "en": "the package (.asice) to import",
    },
    "commands.import.yes": {
        "fi": "jos paketti on toisen kunnan kuin profiilin, tee sen kunnasta profiilin kunta",
        "sv": "om paketet gäller en annan kommun än profilens, gör dess kommun till profilens kommun",
        "en": "if the package is another municipality's than the profile's, make its municipality the profile's",
    },
    "commands.import.imported": {
        "fi": "Paketti {name} tuotiin kierroksen {round} lähetykseksi {number} (tehty {at}, allekirjoittajan avaimen sormenjälki {fingerprint}).",
        "sv": "Paketet {name} importerades som omgångens {round} inskickning {number} (gjord {at}, undertecknarens nyckels fingeravtryck {fingerprint}).",
        "en": "The package {name} was imported as round {round}'s submission {number} (made {at}, signer's key fingerprint {fingerprint}).",
    },
    "commands.import.previous_of": {
        "fi": "Sen vastaukset näytetään nyt edellisinä vastauksina kierroksella {rounds}.",
        "sv": "Dess svar visas nu som föregående svar i omgången {rounds}.",
        "en": "Its answers are now shown as the previous answers in round {rounds}.",
    },
    "commands.import.already": {
        "fi": "Paketti {name} on jo tallessa: kierroksen {round} lähetys {number}. Mitään ei muutettu.",
        "sv": "Paketet {name} finns redan sparat: omgångens {round} inskickning {number}. Inget ändrades.",
        "en": "The package {name} is already kept: round {round}'s submission {number}. Nothing was changed.",
    },
    "commands.import.profile_changed": {
        "fi": "Profiilin kunnaksi vaihdettiin {municipality}.",
        "sv": "Profilens kommun ändrades till {municipality}.",
        "en": "The profile's municipality was changed to {municipality}.",
    },
}

"""The messages of round packages, in fi/sv/en (looked up with ``desktop.i18n.text``)."""

from __future__ import annotations

from typing import Final

from desktop.i18n import Catalogue

MESSAGES: Final[Catalogue] = {
    "rounds.package.unknown_signer": {
        "fi": "Kierrospaketin on allekirjoittanut avain, johon tämä ohjelma ei luota: {name}, sormenjälki {fingerprint}. Kierrokset julkaisee kyselyn järjestäjä; jos tämä avain on oikea, IT-tuki voi lisätä sen sormenjäljen tiedostoon {setting}.",
        "sv": "Omgångspaketet är undertecknat med en nyckel som detta program inte litar på: {name}, fingeravtryck {fingerprint}. Omgångarna publiceras av enkätens arrangör; om nyckeln är rätt kan IT-stödet lägga till dess fingeravtryck i filen {setting}.",
        "en": "The round package is signed by a key this program does not trust: {name}, fingerprint {fingerprint}. Rounds are published by the survey's organisers; if this key is right, IT support can add its fingerprint to the file {setting}.",
    },
    "rounds.package.member_json": {
        "fi": "{name}: ei luettavaa JSONia.",
        "sv": "{name}: inte läsbar JSON.",
        "en": "{name}: not readable JSON.",
    },
    "rounds.package.answer_package": {
        "fi": "Tämä on vastauspaketti (.asice), ei kyselykierros (.tkround).",
        "sv": "Detta är ett svarspaket (.asice), inte en enkätomgång (.tkround).",
        "en": "This is an answer package (.asice), not a survey round (.tkround).",
    },
    "rounds.library.unavailable": {
        "fi": "Kierros {round} ei ole käytettävissä: sen tietokantaan tallennetun "
        "kierrospaketin allekirjoitus ei kelpaa. {reason} Mitään ei poistettu. Kun lisäät "
        "kierroksen paketin uudelleen (Lisää kyselykierros), se korvaa tallennetun.",
        "sv": "Omgången {round} är inte tillgänglig: signaturen på dess omgångspaket som sparats "
        "i databasen godtas inte. {reason} Inget togs bort. Lägg till omgångens paket på nytt "
        "(Lägg till enkätomgång), så ersätter det det sparade.",
        "en": "Round {round} is unavailable: the signature of its round package kept in the "
        "database is not accepted. {reason} Nothing was deleted. Adding the round's package "
        "again (Add survey round) replaces the kept one.",
    },
    "rounds.library.unusable": {
        "fi": "Kierros {round} ei ole käytettävissä: sen tietokantaan tallennettua "
        "kierrospakettia ei voi käyttää tässä ohjelman versiossa. {reason} Mitään ei poistettu.",
        "sv": "Omgången {round} är inte tillgänglig: dess omgångspaket som sparats i databasen "
        "kan inte användas i den här versionen av programmet. {reason} Inget togs bort.",
        "en": "Round {round} is unavailable: its round package kept in the database cannot be "
        "used with this version of the program. {reason} Nothing was deleted.",
    },
    "rounds.library.previous_missing": {
        "fi": "Kierros {round} ei ole käytettävissä, koska kierros {previous}, jonka varaan se "
        "rakentuu, ei ole. Mitään ei poistettu: {round} on taas käytettävissä, kun {previous} "
        "on (lisää sen kierrospaketti).",
        "sv": "Omgången {round} är inte tillgänglig eftersom omgången {previous}, som den bygger "
        "på, inte är det. Inget togs bort: {round} är tillgänglig igen när {previous} är det "
        "(lägg till dess omgångspaket).",
        "en": "Round {round} is unavailable because round {previous}, which it builds on, is "
        "not. Nothing was deleted: {round} is available again once {previous} is (add its "
        "round package).",
    },
    "rounds.library.refused": {
        "fi": "Kyselykierrosta ei lisätty, koska sen määrittelyssä on virheitä:",
        "sv": "Enkätomgången lades inte till eftersom dess definition innehåller fel:",
        "en": "The survey round was not added because its definition has errors:",
    },
    "rounds.library.not_built": {
        "fi": "Kierrospakettia ei tehty, koska määrittelyssä on virheitä:",
        "sv": "Omgångspaketet skapades inte eftersom definitionen innehåller fel:",
        "en": "The round package was not made because the definition has errors:",
    },
    "rounds.library.no_folder": {
        "fi": "Kansiota {path} ei ole tai sitä ei voi lukea.",
        "sv": "Mappen {path} finns inte eller kan inte läsas.",
        "en": "The folder {path} does not exist or cannot be read.",
    },
    "rounds.library.folder_file": {
        "fi": "Tiedostoa {path} ei voi lukea: {reason}",
        "sv": "Filen {path} kan inte läsas: {reason}",
        "en": "The file {path} cannot be read: {reason}",
    },
    "rounds.library.folder_too_many": {
        "fi": "Kansiossa {path} on liikaa JSON-tiedostoja (enintään {limit}).",
        "sv": "Mappen {path} innehåller för många JSON-filer (högst {limit}).",
        "en": "The folder {path} holds too many JSON files (at most {limit}).",
    },
    "rounds.signers.unreadable": {
        "fi": "Luotettujen kierrosten allekirjoittajien tiedostoa {path} ei voi lukea: {reason}",
        "sv": "Filen över betrodda undertecknare av omgångar {path} kan inte läsas: {reason}",
        "en": "The file of trusted round signers {path} cannot be read: {reason}",
    },
    "rounds.signers.not_a_file": {
        "fi": "Luotettujen kierrosten allekirjoittajien tiedoston {path} paikalla on kansio tai "
        "muu kuin tavallinen tiedosto, joten siitä ei voi lukea, kenen kierrospaketit "
        "hyväksytään. IT-tuki: siirrä se muualle ja kirjoita samannimiseen tiedostoon "
        "hyväksyttyjen avainten sormenjäljet. Mitään ei lisätty.",
        "sv": "På platsen för filen över betrodda undertecknare av omgångar {path} finns en mapp "
        "eller något annat än en vanlig fil, så det går inte att läsa vems omgångspaket som "
        "godtas. IT-stödet: flytta den och skriv de godtagna nycklarnas fingeravtryck i en fil "
        "med samma namn. Inget lades till.",
        "en": "The file of trusted round signers {path} is a folder or something else that is "
        "not an ordinary file, so whose round packages to accept cannot be read from it. IT "
        "support: move it aside and write the fingerprints of the accepted keys in a file of "
        "that name. Nothing was added.",
    },
    "rounds.signers.unwritable": {
        "fi": "Omien kierrosallekirjoittajien tiedostoa {path} ei voi kirjoittaa: {reason}",
        "sv": "Filen med egna omgångsundertecknare {path} kan inte skrivas: {reason}",
        "en": "The file of this folder's own round signers {path} cannot be written: {reason}",
    },
    "rounds.signers.bad_line": {
        "fi": "Tiedoston {path} rivi {line} ei ole avaimen sormenjälki (64 heksadesimaalimerkkiä).",
        "sv": "Rad {line} i filen {path} är inget fingeravtryck för en nyckel (64 hexadecimala tecken).",
        "en": "Line {line} of the file {path} is not a key fingerprint (64 hexadecimal digits).",
    },
    "rounds.draft.example": {"fi": "Esimerkki", "sv": "Exempel", "en": "Example"},
}

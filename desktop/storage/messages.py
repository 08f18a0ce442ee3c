"""The storage package's messages, in fi/sv/en (looked up with ``desktop.i18n.text``)."""

from __future__ import annotations

from typing import Final

from desktop.i18n import Catalogue

MESSAGES: Final[Catalogue] = {
    "storage.database.already_running": {
        "fi": "Tilannekuva on jo käynnissä tällä tietokansiolla ({path}): toisessa ikkunassa tai "
        "komennossa, joka ei ole vielä päättynyt. Sulje toinen ikkuna tai yritä uudelleen, kun "
        "komento on päättynyt.",
        "sv": "Tilannekuva körs redan med den här datamappen ({path}): i ett annat fönster eller "
        "i ett kommando som inte har avslutats. Stäng det andra fönstret eller försök igen när "
        "kommandot har avslutats.",
        "en": "Tilannekuva is already running with this data folder ({path}): in another window, "
        "or in a command that has not finished. Close the other window, or try again once the "
        "command has finished.",
    },
    "storage.database.too_new": {
        "fi": "Tietokanta {path} on tehty uudemmalla Tilannekuvan versiolla (tietokantaversio {found}, "
        "tämä ohjelma tuntee version {known}). Päivitä ohjelma. Tiedostoon ei koskettu.",
        "sv": "Databasen {path} har skapats med en nyare version av Tilannekuva (databasversion {found}, "
        "det här programmet känner till version {known}). Uppdatera programmet. Filen lämnades orörd.",
        "en": "The database {path} was made by a newer version of Tilannekuva (database version {found}, "
        "this program knows version {known}). Update the program. The file was not touched.",
    },
    "storage.database.corrupt": {
        "fi": "Tietokanta {path} on vioittunut eikä sitä voi käyttää. Palauta se viimeisimmästä "
        "ehjästä varmuuskopiosta: {latest} (kansiossa {backups}). Tiedostoon ei koskettu.",
        "sv": "Databasen {path} är skadad och kan inte användas. Återställ den från den senaste "
        "hela säkerhetskopian: {latest} (i mappen {backups}). Filen lämnades orörd.",
        "en": "The database {path} is damaged and cannot be used. Restore it from the latest "
        "sound backup: {latest} (in the folder {backups}). The file was not touched.",
    },
    "storage.database.corrupt_no_backup": {
        "fi": "Tietokanta {path} on vioittunut eikä sitä voi käyttää. Ehjää varmuuskopiota ei ole "
        "(kansio {backups}). Tiedostoon ei koskettu; ota yhteyttä tukeen ennen kuin poistat sen.",
        "sv": "Databasen {path} är skadad och kan inte användas. Det finns ingen hel "
        "säkerhetskopia (mappen {backups}). Filen lämnades orörd; kontakta supporten innan du "
        "tar bort den.",
        "en": "The database {path} is damaged and cannot be used. There is no sound backup "
        "(folder {backups}). The file was not touched; contact support before removing it.",
    },
    "storage.database.not_a_folder": {
        "fi": "Tietokansioksi annettu {path} ei kelpaa: se ei ole kansio, johon voi tallentaa ({reason}). Valitse tavallinen kansio.",
        "sv": "{path} duger inte som datamapp: det är inte en mapp där något kan sparas ({reason}). Välj en vanlig mapp.",
        "en": "{path} cannot be the data folder: it is not a folder that files can be saved in ({reason}). Choose an ordinary folder.",
    },
    "storage.database.link_unreachable": {
        "fi": "{path} on linkki kohteeseen {target}, jota ei nyt tavoiteta (esimerkiksi verkkolevy, "
        "jota ei ole yhdistetty). Vastaukset ovat siellä: yhdistä levy tai pyydä apua IT-tuelta, ja "
        "käynnistä ohjelma uudelleen. Mitään ei luotu eikä muutettu.",
        "sv": "{path} är en länk till {target}, som inte kan nås nu (till exempel en nätverksenhet "
        "som inte är ansluten). Svaren finns där: anslut enheten eller be IT-stödet om hjälp, och "
        "starta programmet igen. Inget skapades eller ändrades.",
        "en": "{path} is a link to {target}, which cannot be reached now (for example a network "
        "drive that is not connected). The answers are there: connect the drive, or ask IT "
        "support, and start the program again. Nothing was created or changed.",
    },
    "storage.database.is_folder": {
        "fi": "Vastausten tietokannan {path} paikalla on kansio, ei tiedosto, joten sitä ei voi "
        "avata. Siirrä kansio muualle tai valitse toinen tietokansio. Mitään ei muutettu.",
        "sv": "På svarsdatabasens plats {path} finns en mapp, inte en fil, så den kan inte "
        "öppnas. Flytta mappen eller välj en annan datamapp. Inget ändrades.",
        "en": "The answers database {path} is a folder, not a file, so it cannot be opened. Move "
        "the folder aside or choose another data folder. Nothing was changed.",
    },
    "storage.database.not_a_file": {
        "fi": "Vastausten tietokanta {path} ei ole tavallinen tiedosto (vaan esimerkiksi laite tai "
        "nimetty putki), joten sitä ei voi avata. Siirrä se muualle tai valitse toinen "
        "tietokansio. Mitään ei muutettu.",
        "sv": "Svarsdatabasen {path} är ingen vanlig fil (utan till exempel en enhet eller ett "
        "namngivet rör), så den kan inte öppnas. Flytta den eller välj en annan datamapp. Inget "
        "ändrades.",
        "en": "The answers database {path} is not an ordinary file (a device or a named pipe, for "
        "example), so it cannot be opened. Move it aside or choose another data folder. Nothing "
        "was changed.",
    },
    "storage.database.lock_not_a_file": {
        "fi": "Lukitustiedoston {path} paikalla on kansio tai muu kuin tavallinen tiedosto. "
        "Tilannekuva pitää tietokansiossa tämännimistä pientä tiedostoa ollessaan käynnissä: "
        "siirrä kansio muualle ja käynnistä ohjelma uudelleen. Vastauksiin ei koskettu.",
        "sv": "På låsfilens plats {path} finns en mapp eller något annat än en vanlig fil. "
        "Tilannekuva håller en liten fil med det namnet i datamappen medan programmet körs: "
        "flytta mappen och starta programmet igen. Svaren lämnades orörda.",
        "en": "The lock file {path} is a folder or something else that is not an ordinary file. "
        "Tilannekuva keeps a small file of this name in the data folder while it runs: move the "
        "folder aside and start the program again. The answers were not touched.",
    },
    "storage.database.disk_full": {
        "fi": "Levy on täynnä: vastausta ei voitu tallentaa. Vapauta levyltä tilaa ({path}), "
        "esimerkiksi tyhjentämällä roskakori tai poistamalla suuria tiedostoja, ja yritä "
        "uudelleen. Aiemmin tallennetut vastaukset ovat tallessa.",
        "sv": "Disken är full: svaret kunde inte sparas. Frigör utrymme på disken ({path}), till "
        "exempel genom att tömma papperskorgen eller ta bort stora filer, och försök igen. "
        "Tidigare sparade svar finns kvar.",
        "en": "The disk is full: the answer could not be saved. Free some space on the disk "
        "({path}), for example by emptying the recycle bin or removing large files, and try "
        "again. Answers saved earlier are safe.",
    },
    "storage.database.disk_full_open": {
        "fi": "Levy on täynnä: Tilannekuvaa ei voi avata tietokansiolla {path}. Vapauta levyltä "
        "tilaa, esimerkiksi tyhjentämällä roskakori tai poistamalla suuria tiedostoja, ja "
        "käynnistä ohjelma uudelleen. Aiemmin tallennetut vastaukset ovat tallessa.",
        "sv": "Disken är full: Tilannekuva kan inte öppnas med datamappen {path}. Frigör "
        "utrymme på disken, till exempel genom att tömma papperskorgen eller ta bort stora "
        "filer, och starta programmet igen. Tidigare sparade svar finns kvar.",
        "en": "The disk is full: Tilannekuva cannot open the data folder {path}. Free some "
        "space on the disk, for example by emptying the recycle bin or removing large files, "
        "and start the program again. Answers saved earlier are safe.",
    },
    "storage.database.disk_full_reading": {
        "fi": "Levy on täynnä: tietokansion {path} vastaukset avattiin vain luettaviksi. Mitään ei "
        "voi tallentaa, ennen kuin levyltä vapautetaan tilaa (esimerkiksi tyhjentämällä roskakori "
        "tai poistamalla suuria tiedostoja). Aiemmin tallennetut vastaukset ovat tallessa.",
        "sv": "Disken är full: svaren i datamappen {path} öppnades endast för läsning. Inget kan "
        "sparas förrän utrymme har frigjorts på disken (till exempel genom att tömma "
        "papperskorgen eller ta bort stora filer). Tidigare sparade svar finns kvar.",
        "en": "The disk is full: the answers in the data folder {path} were opened for reading "
        "only. Nothing can be saved until space is freed on the disk (for example by emptying "
        "the recycle bin or removing large files). Answers saved earlier are safe.",
    },
    "storage.database.backup_disk_full": {
        "fi": "Levy on täynnä: varmuuskopiota ei voitu kirjoittaa kansioon {path}. Vapauta levyltä "
        "tilaa tai valitse kansio toiselta levyltä. Vastauksiin ei koskettu.",
        "sv": "Disken är full: säkerhetskopian kunde inte skrivas i mappen {path}. Frigör utrymme "
        "på disken eller välj en mapp på en annan disk. Svaren lämnades orörda.",
        "en": "The disk is full: the backup could not be written to the folder {path}. Free some "
        "space on the disk or choose a folder on another disk. The answers were not touched.",
    },
    "storage.database.read_only": {
        "fi": "Tietokansioon {path} ei voi kirjoittaa (vain luku). Valitse kansio, johon sinulla on "
        "kirjoitusoikeus, tai korjaa kansion oikeudet.",
        "sv": "Det går inte att skriva i datamappen {path} (skrivskyddad). Välj en mapp där du har "
        "skrivrätt eller rätta mappens behörigheter.",
        "en": "The data folder {path} cannot be written to (read-only). Choose a folder you can write "
        "to, or fix the folder's permissions.",
    },
    "storage.database.locked": {
        "fi": "Toinen ohjelma pitää tietokantaa {path} lukittuna. Sulje se ja yritä uudelleen. "
        "Mitään ei muutettu.",
        "sv": "Ett annat program håller databasen {path} låst. Stäng det och försök igen. "
        "Inget ändrades.",
        "en": "Another program is holding the database {path} locked. Close it and try again. "
        "Nothing was changed.",
    },
    "storage.database.in_use": {
        "fi": "Toinen ohjelma pitää tiedostoa kansiossa {path} auki. Sulje se ja yritä uudelleen. "
        "Mitään ei muutettu.",
        "sv": "Ett annat program håller en fil i mappen {path} öppen. Stäng det och försök igen. "
        "Inget ändrades.",
        "en": "Another program holds a file in the folder {path} open. Close it and try again. "
        "Nothing was changed.",
    },
    "storage.database.cannot_open": {
        "fi": "Tietokantaa {path} ei voitu avata: {reason}.",
        "sv": "Databasen {path} kunde inte öppnas: {reason}.",
        "en": "The database {path} could not be opened: {reason}.",
    },
    "storage.database.io_error": {
        "fi": "Tietokannan {path} lukeminen tai kirjoittaminen epäonnistui (levyvirhe). "
        "Tarkista levy ja yritä uudelleen.",
        "sv": "Läsning eller skrivning av databasen {path} misslyckades (diskfel). "
        "Kontrollera disken och försök igen.",
        "en": "Reading or writing the database {path} failed (disk error). Check the disk and try again.",
    },
    "storage.database.migration_failed": {
        "fi": "Tietokannan päivitys versioon {version} epäonnistui: {reason}. Tietokanta jätettiin "
        "ennalleen; varmuuskopio on tiedostossa {backup}.",
        "sv": "Uppdateringen av databasen till version {version} misslyckades: {reason}. Databasen "
        "lämnades oförändrad; säkerhetskopian finns i filen {backup}.",
        "en": "Upgrading the database to version {version} failed: {reason}. The database was left "
        "as it was; the backup is in the file {backup}.",
    },
    "storage.database.round_locked": {
        "fi": "Kierros {round} on lähetetty, eikä sen vastauksia voi enää muuttaa. Tee korjaus "
        "uutena lähetyksenä.",
        "sv": "Omgången {round} har skickats in och dess svar kan inte längre ändras. Gör en "
        "rättelse som en ny inlämning.",
        "en": "Round {round} has been submitted and its answers can no longer be changed. Make a "
        "correction as a new submission.",
    },
    "storage.backup.missing": {
        "fi": "Varmuuskopiota {path} ei löydy.",
        "sv": "Säkerhetskopian {path} hittades inte.",
        "en": "The backup {path} was not found.",
    },
    "storage.backup.damaged": {
        "fi": "Varmuuskopio {path} on vioittunut ({reason}), eikä sitä palautettu. Nykyiset "
        "vastaukset ovat ennallaan. Valitse toinen varmuuskopio.",
        "sv": "Säkerhetskopian {path} är skadad ({reason}) och återställdes inte. De nuvarande "
        "svaren är oförändrade. Välj en annan säkerhetskopia.",
        "en": "The backup {path} is damaged ({reason}) and was not restored. The current "
        "answers are unchanged. Choose another backup.",
    },
    "storage.backup.unreadable_rows": {
        "fi": "Varmuuskopio {path} on vioittunut: ohjelma ei voi lukea sen rivejä ({rows}), "
        "eikä sitä palautettu. Nykyiset vastaukset ovat ennallaan. Valitse toinen varmuuskopio.",
        "sv": "Säkerhetskopian {path} är skadad: programmet kan inte läsa dess rader ({rows}) "
        "och den återställdes inte. De nuvarande svaren är oförändrade. Välj en annan "
        "säkerhetskopia.",
        "en": "The backup {path} is damaged: the program cannot read its rows ({rows}), and it "
        "was not restored. The current answers are unchanged. Choose another backup.",
    },
    "storage.backup.untrusted_round": {
        "fi": "Varmuuskopiota {path} ei palautettu: sen kierroksen {round} kierrospaketin "
        "allekirjoitus ei kelpaa. {reason} Nykyiset vastaukset ovat ennallaan. Valitse toinen "
        "varmuuskopio.",
        "sv": "Säkerhetskopian {path} återställdes inte: signaturen på omgångspaketet för "
        "omgång {round} i den godtas inte. {reason} De nuvarande svaren är oförändrade. Välj en "
        "annan säkerhetskopia.",
        "en": "The backup {path} was not restored: the signature of the package of round "
        "{round} in it is not accepted. {reason} The current answers are unchanged. Choose "
        "another backup.",
    },
    "storage.backup.unreadable_row": {
        "fi": "taulu {table}, kierros {round}, sarake {column}",
        "sv": "tabell {table}, omgång {round}, kolumn {column}",
        "en": "table {table}, round {round}, column {column}",
    },
    "storage.backup.waiting": {
        "fi": "Odotetaan, että toinen ohjelma vapauttaa tietokannan {path}…",
        "sv": "Väntar på att ett annat program ska släppa databasen {path}…",
        "en": "Waiting for another program to let go of the database {path}…",
    },
    "storage.time_unknown": {
        "fi": "aika ei tiedossa",
        "sv": "okänd tid",
        "en": "time unknown",
    },
    "storage.backup.not_ours": {
        "fi": "Tiedosto {path} ei ole Tilannekuvan varmuuskopio, eikä sitä palautettu.",
        "sv": "Filen {path} är inte en säkerhetskopia av Tilannekuva och återställdes inte.",
        "en": "The file {path} is not a Tilannekuva backup and was not restored.",
    },
    "storage.backup.too_new": {
        "fi": "Varmuuskopio {path} on tehty uudemmalla Tilannekuvan versiolla (tietokantaversio "
        "{found}, tämä ohjelma tuntee version {known}). Päivitä ohjelma ja palauta sitten. "
        "Mitään ei muutettu.",
        "sv": "Säkerhetskopian {path} har gjorts med en nyare version av Tilannekuva "
        "(databasversion {found}, det här programmet känner till version {known}). Uppdatera "
        "programmet och återställ sedan. Inget ändrades.",
        "en": "The backup {path} was made by a newer version of Tilannekuva (database version "
        "{found}, this program knows version {known}). Update the program, then restore. "
        "Nothing was changed.",
    },
    "storage.backup.other_municipality": {
        "fi": "Varmuuskopio {path} on kunnan {theirs} vastauksista, mutta tämän asennuksen kunta "
        "on {ours}. Palautus korvaa kunnan {ours} vastaukset.",
        "sv": "Säkerhetskopian {path} innehåller kommunen {theirs}s svar, men den här "
        "installationens kommun är {ours}. Återställningen ersätter kommunen {ours}s svar.",
        "en": "The backup {path} holds the answers of municipality {theirs}, but this "
        "installation's municipality is {ours}. Restoring replaces municipality {ours}'s answers.",
    },
    "storage.backup.same_file": {
        "fi": "Varmuuskopio {path} on ohjelman oma tietokanta; valitse varmuuskopiotiedosto.",
        "sv": "Säkerhetskopian {path} är programmets egen databas; välj en säkerhetskopia.",
        "en": "{path} is the program's own database; choose a backup file.",
    },
    "storage.backup.folder_not_writable": {
        "fi": "Kansioon {folder} ei voi kirjoittaa ({reason}). Valitse kansio, johon sinulla on "
        "kirjoitusoikeus (esim. muistitikku, joka ei ole kirjoitussuojattu). Varmuuskopiota ei "
        "tehty.",
        "sv": "Det går inte att skriva i mappen {folder} ({reason}). Välj en mapp där du har "
        "skrivrätt (t.ex. ett USB-minne som inte är skrivskyddat). Ingen säkerhetskopia gjordes.",
        "en": "The folder {folder} cannot be written to ({reason}). Choose a folder you can "
        "write to (e.g. a USB stick that is not write-protected). No backup was made.",
    },
    "storage.limit.too_long": {
        "fi": "{what} on liian pitkä: {length} merkkiä, enintään {limit}.",
        "sv": "{what} är för lång: {length} tecken, högst {limit}.",
        "en": "{what} is too long: {length} characters, at most {limit}.",
    },
    "storage.limit.too_many": {
        "fi": "{what} sisältää liian monta riviä tai valintaa: {count}, enintään {limit}.",
        "sv": "{what} innehåller för många rader eller val: {count}, högst {limit}.",
        "en": "{what} holds too many rows or choices: {count}, at most {limit}.",
    },
    "storage.limit.not_text": {
        "fi": "{what} sisältää merkkejä, jotka eivät ole tekstiä (tavuja, jotka eivät ole "
        "UTF-8:aa). Kirjoita arvo uudelleen tai tarkista päätteen merkistö.",
        "sv": "{what} innehåller tecken som inte är text (byte som inte är UTF-8). Skriv värdet "
        "på nytt eller kontrollera terminalens teckenkodning.",
        "en": "{what} holds characters that are not text (bytes that are not UTF-8). Type the "
        "value again or check the terminal's character encoding.",
    },
    "storage.limit.number_too_large": {
        "fi": "{what}: luku on liian suuri (suurin sallittu on {limit}).",
        "sv": "{what}: talet är för stort (det största tillåtna är {limit}).",
        "en": "{what}: the number is too large (the largest allowed is {limit}).",
    },
    # The names of the values a limit is told about.
    "storage.limit.the_answer": {"fi": "Vastaus", "sv": "Svaret", "en": "The answer"},
    "storage.limit.name.municipality_code": {
        "fi": "Kuntanumero",
        "sv": "Kommunnumret",
        "en": "The municipality code",
    },
    "storage.limit.name.contact_name": {
        "fi": "Yhteyshenkilö",
        "sv": "Kontaktpersonen",
        "en": "The contact person",
    },
    "storage.limit.name.contact_title": {
        "fi": "Tehtävänimike",
        "sv": "Befattningen",
        "en": "The job title",
    },
    "storage.limit.name.contact_email": {
        "fi": "Sähköposti",
        "sv": "E-postadressen",
        "en": "The e-mail address",
    },
    "storage.limit.name.contact_phone": {
        "fi": "Puhelinnumero",
        "sv": "Telefonnumret",
        "en": "The phone number",
    },
    "storage.limit.name.business_id": {
        "fi": "Y-tunnus",
        "sv": "FO-numret",
        "en": "The business ID",
    },
}

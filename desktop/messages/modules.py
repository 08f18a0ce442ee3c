"""The messages of the modules directly in ``desktop``: the workbook, the contact details, the
municipality register, reading received JSON and why a file could not be written, in fi/sv/en."""

from __future__ import annotations

from desktop.i18n import Catalogue

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without loading typing (start-up time)
if TYPE_CHECKING:
    from typing import Final

MESSAGES: Final[Catalogue] = {
    # A backup that cannot be restored, as the list of backups tells it (nobody tried yet).
    "backups.unusable.round": {
        "fi": "ei voi palauttaa: sen kierroksen {round} kierrospaketti ei läpäise tarkistusta "
        "tässä. {reason}",
        "sv": "kan inte återställas: omgångspaketet för omgång {round} i den klarar inte "
        "kontrollen här. {reason}",
        "en": "cannot be restored: the package of round {round} in it does not verify here. "
        "{reason}",
    },
    "backups.unusable.damaged": {
        "fi": "ei voi palauttaa: tiedosto on vioittunut ({reason})",
        "sv": "kan inte återställas: filen är skadad ({reason})",
        "en": "cannot be restored: the file is damaged ({reason})",
    },
    "backups.unusable.unreadable_rows": {
        "fi": "ei voi palauttaa: ohjelma ei voi lukea sen rivejä ({rows})",
        "sv": "kan inte återställas: programmet kan inte läsa dess rader ({rows})",
        "en": "cannot be restored: the program cannot read its rows ({rows})",
    },
    "backups.unusable.too_new": {
        "fi": "ei voi palauttaa tällä versiolla: tehty uudemmalla Tilannekuvalla "
        "(tietokantaversio {found}, tämä ohjelma tuntee version {known})",
        "sv": "kan inte återställas med den här versionen: gjord med en nyare Tilannekuva "
        "(databasversion {found}, det här programmet känner till version {known})",
        "en": "cannot be restored by this version: made by a newer Tilannekuva (database "
        "version {found}, this program knows version {known})",
    },
    "backups.unusable.not_ours": {
        "fi": "ei voi palauttaa: ei ole Tilannekuvan varmuuskopio",
        "sv": "kan inte återställas: är inte en säkerhetskopia av Tilannekuva",
        "en": "cannot be restored: not a Tilannekuva backup",
    },
    "backups.unusable.missing": {
        "fi": "ei voi palauttaa: tiedostoa ei enää ole",
        "sv": "kan inte återställas: filen finns inte längre",
        "en": "cannot be restored: the file is no longer there",
    },
    "backups.unusable.other": {
        "fi": "ei voi palauttaa: {reason}",
        "sv": "kan inte återställas: {reason}",
        "en": "cannot be restored: {reason}",
    },
    # The municipality register.
    "municipalities.unknown_code": {
        "fi": "Kuntanumeroa {code} ei ole kuntarekisterissä.",
        "sv": "Kommunnumret {code} finns inte i kommunregistret.",
        "en": "Municipality code {code} is not in the municipality register.",
    },
    "municipalities.outside_reform": {
        "fi": "{name} ({code}) on Ahvenanmaalla, joka ei ole mukana sote-uudistuksessa: "
        "tähän kyselyyn ei vastata sen puolesta.",
        "sv": "{name} ({code}) ligger på Åland, som inte omfattas av vårdreformen: enkäten "
        "besvaras inte för den.",
        "en": "{name} ({code}) is in Åland, which is outside the sote reform: this survey is "
        "not answered for it.",
    },
    "municipalities.unreadable": {
        "fi": "Kuntarekisterin tiedostoa {file} ei voi lukea: {error}",
        "sv": "Kommunregistrets fil {file} kan inte läsas: {error}",
        "en": "The municipality register file {file} cannot be read: {error}",
    },
    "municipalities.encoding": {
        "fi": "Kuntarekisterin tiedosto {file} ei ole UTF-8-merkistössä.",
        "sv": "Kommunregistrets fil {file} är inte i teckenkodningen UTF-8.",
        "en": "The municipality register file {file} is not encoded in UTF-8.",
    },
    "municipalities.columns": {
        "fi": "Tiedoston {file} otsikkoriviltä puuttuu sarakkeita: {columns}.",
        "sv": "Rubrikraden i filen {file} saknar kolumner: {columns}.",
        "en": "The header row of {file} lacks columns: {columns}.",
    },
    "municipalities.syntax": {
        "fi": "Tiedosto {file} on virheellinen rivillä {line}: {error}",
        "sv": "Filen {file} är felaktig på rad {line}: {error}",
        "en": "The file {file} is malformed on line {line}: {error}",
    },
    "municipalities.field_count": {
        "fi": "Tiedoston {file} rivillä {line} on {found} saraketta, pitäisi olla {expected}.",
        "sv": "Rad {line} i filen {file} har {found} kolumner, den borde ha {expected}.",
        "en": "{file}, line {line}: {found} columns where there should be {expected}.",
    },
    "municipalities.bad_value": {
        "fi": "Tiedoston {file} rivillä {line} sarakkeen {column} arvo ”{value}” ei kelpaa.",
        "sv": "Värdet ”{value}” i kolumnen {column} på rad {line} i filen {file} duger inte.",
        "en": "{file}, line {line}: the value “{value}” in column {column} is not valid.",
    },
    "municipalities.duplicate_code": {
        "fi": "Tiedoston {file} rivillä {line} kuntanumero {code} on jo aiemmin.",
        "sv": "På rad {line} i filen {file} förekommer kommunnumret {code} redan tidigare.",
        "en": "{file}, line {line}: municipality code {code} appears a second time.",
    },
    "municipalities.network_field": {
        "fi": "Verkostotiedostossa {file} verkoston {network} kenttä {field} "
        "puuttuu tai on väärää muotoa.",
        "sv": "I nätverksfilen {file} saknas fältet {field} i nätverket {network} "
        "eller har fel form.",
        "en": "In the network file {file}, the field {field} of network {network} "
        "is missing or malformed.",
    },
    "municipalities.network_member": {
        "fi": "Verkostotiedostossa {file} verkoston {network} jäsenen kuntanumeroa "
        "{code} ei ole kuntarekisterissä.",
        "sv": "I nätverksfilen {file} finns kommunnumret {code} i nätverket {network} "
        "inte i kommunregistret.",
        "en": "In the network file {file}, member code {code} of network {network} "
        "is not in the municipality register.",
    },
    "municipalities.network_member_name": {
        "fi": "Verkostotiedostossa {file} verkoston {network} jäsen {code} on nimetty "
        "”{given}”, mutta kuntanumero {code} on {actual}.",
        "sv": "I nätverksfilen {file} har medlemmen {code} i nätverket {network} namnet "
        "”{given}”, men kommunnumret {code} är {actual}.",
        "en": "In the network file {file}, member {code} of network {network} is named "
        "“{given}”, but code {code} is {actual}.",
    },
    "contact.invalid": {
        "fi": "Profiilia ei tallennettu: {problems}",
        "sv": "Profilen sparades inte: {problems}",
        "en": "The profile was not saved: {problems}",
    },
    "contact.business_id": {
        "fi": "Y-tunnus ”{value}” ei kelpaa: muoto on 1234567-8 ja viimeinen numero on "
        "tarkistusnumero. Tarkista numerot.",
        "sv": "FO-numret ”{value}” duger inte: formen är 1234567-8 och den sista siffran är en "
        "kontrollsiffra. Kontrollera siffrorna.",
        "en": "The business ID “{value}” is not valid: the form is 1234567-8 and the last digit "
        "is a check digit. Check the digits.",
    },
    "contact.business_id_check": {
        "fi": "Y-tunnuksen ”{value}” tarkistusnumero ei täsmää: jokin numeroista on väärin. "
        "Tarkista numerot.",
        "sv": "FO-numrets ”{value}” kontrollsiffra stämmer inte: någon av siffrorna är fel. "
        "Kontrollera siffrorna.",
        "en": "The check digit of the business ID “{value}” does not match: one of the digits "
        "is wrong. Check the digits.",
    },
    "contact.email_domain": {
        "fi": "Sähköpostiosoitteesta ”{value}” puuttuu verkkotunnuksen pääte (esim. "
        "nimi@kunta.fi).",
        "sv": "E-postadressen ”{value}” saknar domänens ändelse (t.ex. namn@kommun.fi).",
        "en": "The e-mail address “{value}” lacks the ending of its domain (e.g. "
        "name@municipality.fi).",
    },
    "workbook.unknown_pointer": {
        "fi": "Kierroksella {round} ei ole kysymystä {pointer}.",
        "sv": "Omgången {round} har ingen fråga {pointer}.",
        "en": "Round {round} has no question {pointer}.",
    },
    "workbook.no_row": {
        "fi": "Taulukossa {question} ei ole riviä {row} (rivejä on {count}; uusi rivi on {count}).",
        "sv": "Tabellen {question} har ingen rad {row} (den har {count} rader; en ny rad är {count}).",
        "en": "The table {question} has no row {row} (it has {count} rows; a new row is {count}).",
    },
    "workbook.no_row_one": {
        "fi": "Taulukossa {question} ei ole riviä {row} (siinä on 1 rivi; uusi rivi on 1).",
        "sv": "Tabellen {question} har ingen rad {row} (den har 1 rad; en ny rad är 1).",
        "en": "The table {question} has no row {row} (it has 1 row; a new row is 1).",
    },
    "workbook.read_only": {
        "fi": "Kysymykseen {question} ei vastata käsin: se tulee profiilista.",
        "sv": "Frågan {question} besvaras inte för hand: den hämtas från profilen.",
        "en": "{question} is not answered by hand: it comes from the profile.",
    },
    "workbook.no_warning": {
        "fi": "Kohdassa {pointer} ei ole huomautusta, jonka voisi vahvistaa.",
        "sv": "Vid {pointer} finns ingen anmärkning att bekräfta.",
        "en": "There is no warning to confirm at {pointer}.",
    },
    "workbook.explanation_long": {
        "fi": "Selitys on liian pitkä: enintään {limit} merkkiä.",
        "sv": "Förklaringen är för lång: högst {limit} tecken.",
        "en": "The explanation is too long: at most {limit} characters.",
    },
    "workbook.no_profile": {
        "fi": "Kuntaa ei ole valittu.",
        "sv": "Ingen kommun är vald.",
        "en": "No municipality is chosen.",
    },
    # Received JSON refused (desktop.safejson). {subject} names what was read, at the start
    # of the sentence: safejson.subject.file, .stdin or .value.
    "safejson.subject.file": {"fi": "JSON-tiedosto", "sv": "JSON-filen", "en": "The JSON file"},
    "safejson.subject.stdin": {"fi": "Vakiosyöte", "sv": "Standard in", "en": "Standard input"},
    "safejson.subject.value": {"fi": "Arvo", "sv": "Värdet", "en": "The value"},
    "safejson.too_large": {
        "fi": "{subject} on liian suuri ({size} tavua, enintään {limit}).",
        "sv": "{subject} har för många byte ({size} byte, högst {limit}).",
        "en": "{subject} is too large ({size} bytes, at most {limit}).",
    },
    "safejson.not_utf8": {
        "fi": "{subject} ei ole kelvollista UTF-8-tekstiä (tavu {position}).",
        "sv": "{subject} är inte giltig UTF-8-text (byte {position}).",
        "en": "{subject} is not valid UTF-8 text (byte {position}).",
    },
    "safejson.invalid": {
        "fi": "{subject} on virheellinen rivillä {line}, sarakkeessa {column}. "
        "Tekninen tieto (englanniksi): {reason}.",
        "sv": "{subject} har ett fel på rad {line}, kolumn {column}. Teknisk uppgift (på engelska): {reason}.",
        "en": "{subject} is invalid at line {line}, column {column}. Technical detail: {reason}.",
    },
    "safejson.duplicate_key": {
        "fi": "{subject} sisältää saman avaimen {name!r} kahdesti samassa objektissa.",
        "sv": "{subject} har samma nyckel {name!r} två gånger i samma objekt.",
        "en": "{subject} has the key {name!r} twice in the same object.",
    },
    "safejson.not_a_number": {
        "fi": "{subject} sisältää arvon {value}, joka ei ole luku (NaN/Infinity eivät kelpaa).",
        "sv": "{subject} innehåller värdet {value}, som inte är ett tal (NaN/Infinity godtas inte).",
        "en": "{subject} holds the value {value}, which is not a number (NaN/Infinity are "
        "not accepted).",
    },
    "safejson.number_too_large": {
        "fi": "{subject} sisältää luvun {value}, joka on liian suuri luettavaksi tarkasti "
        "(enintään ±(2^53 − 1)).",
        "sv": "{subject} innehåller talet {value}, som är för stort för att läsas exakt "
        "(högst ±(2^53 − 1)).",
        "en": "{subject} holds the number {value}, too large to be read exactly "
        "(at most ±(2^53 − 1)).",
    },
    "safejson.too_deep": {
        "fi": "{subject} on sisäkkäinen liian monella tasolla (enintään {limit}).",
        "sv": "{subject} har för många nivåer inuti varandra (högst {limit}).",
        "en": "{subject} is nested too deeply (at most {limit} levels).",
    },
    "safejson.too_many_values": {
        "fi": "{subject} sisältää liikaa arvoja (noin {count}, enintään {limit}).",
        "sv": "{subject} innehåller för många värden (cirka {count}, högst {limit}).",
        "en": "{subject} holds too many values (about {count}, at most {limit}).",
    },
    "safejson.too_much_text": {
        "fi": "{subject} sisältää merkkijonoissaan liikaa tekstiä yhteensä ({count} merkkiä, "
        "enintään {limit}).",
        "sv": "{subject} har för lång text i sina strängar sammanlagt ({count} tecken, högst "
        "{limit}).",
        "en": "{subject} holds too much text in its strings in total ({count} characters, at "
        "most {limit}).",
    },
    "safejson.bad_string": {
        "fi": "{subject} sisältää merkkijonon, jossa on pariton UTF-16-korvausmerkki "
        "(\\u{code:04x}).",
        "sv": "{subject} innehåller en sträng med ett oparat UTF-16-surrogat (\\u{code:04x}).",
        "en": "{subject} holds a string with an unpaired UTF-16 surrogate (\\u{code:04x}).",
    },
    # Why a file could not be written or read (desktop.oserrors), as a placeholder's value.
    "oserrors.read_only": {
        "fi": "levy tai kansio on vain luettavissa",
        "sv": "disken eller mappen är skrivskyddad",
        "en": "the disk or folder is read-only",
    },
    "oserrors.no_right": {
        "fi": "sinulla ei ole oikeutta kirjoittaa sinne",
        "sv": "du har inte rätt att skriva där",
        "en": "you have no permission to write there",
    },
    "oserrors.disk_full": {
        "fi": "levy on täynnä",
        "sv": "disken är full",
        "en": "the disk is full",
    },
    "oserrors.no_folder": {
        "fi": "kansiota ei ole",
        "sv": "mappen finns inte",
        "en": "the folder does not exist",
    },
    "oserrors.not_a_folder": {
        "fi": "osa polusta on tiedosto eikä kansio",
        "sv": "en del av sökvägen är en fil och inte en mapp",
        "en": "part of the path is a file, not a folder",
    },
    "oserrors.is_a_folder": {
        "fi": "samanniminen kansio on tiellä",
        "sv": "en mapp med samma namn är i vägen",
        "en": "a folder of that name is in the way",
    },
    "oserrors.in_use": {
        "fi": "tiedosto on toisen ohjelman käytössä",
        "sv": "filen används av ett annat program",
        "en": "the file is in use by another program",
    },
    "oserrors.name_too_long": {
        "fi": "nimi on liian pitkä",
        "sv": "namnet är för långt",
        "en": "the name is too long",
    },
    "oserrors.device_gone": {
        "fi": "levyä tai laitetta ei enää ole kytkettynä",
        "sv": "disken eller enheten är inte längre ansluten",
        "en": "the disk or device is no longer connected",
    },
    "oserrors.io_error": {
        "fi": "levyä ei voitu lukea tai kirjoittaa",
        "sv": "disken kunde inte läsas eller skrivas",
        "en": "the disk could not be read or written",
    },
    "oserrors.other": {
        "fi": "käyttöjärjestelmän virhe (englanniksi: {detail})",
        "sv": "operativsystemets fel (på engelska: {detail})",
        "en": "the operating system's error: {detail}",
    },
}

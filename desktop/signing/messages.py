"""The signing package's messages, in fi/sv/en (looked up with ``desktop.i18n.text``)."""

from __future__ import annotations

from typing import Final

from desktop.i18n import Catalogue

MESSAGES: Final[Catalogue] = {
    "signing.package.missing_member": {
        "fi": "Paketista puuttuu tiedosto {name!r}.",
        "sv": "Filen {name!r} saknas i paketet.",
        "en": "The file {name!r} is missing from the package.",
    },
    "signing.package.pdf_not_package": {
        "fi": "Tämä on PDF-raportti, ei paketti (.asice): tarkista se .pdf-päätteisenä.",
        "sv": "Detta är en PDF-rapport, inte ett paket (.asice): kontrollera den med "
        "ändelsen .pdf.",
        "en": "This is a PDF report, not a package (.asice): check it under a .pdf name.",
    },
    "signing.package.mimetype_not_first": {
        "fi": "Paketin ensimmäinen tiedosto ei ole mimetype (vaan {name!r}).",
        "sv": "Paketets första fil är inte mimetype (utan {name!r}).",
        "en": "The package's first file is not mimetype (but {name!r}).",
    },
    "signing.package.mimetype_compressed": {
        "fi": "Paketin mimetype-tiedosto on pakattu; sen pitää olla pakkaamaton.",
        "sv": "Paketets mimetype-fil är komprimerad; den ska vara okomprimerad.",
        "en": "The package's mimetype file is compressed; it must be stored uncompressed.",
    },
    "signing.package.mimetype_wrong": {
        "fi": "Paketin tyyppi on {value!r}, ei {expected!r}: tämä ei ole ASiC-E-paketti.",
        "sv": "Paketets typ är {value!r}, inte {expected!r}: detta är inget ASiC-E-paket.",
        "en": "The package type is {value!r}, not {expected!r}: this is not an ASiC-E package.",
    },
    "signing.package.report_other_signer": {
        "fi": "PDF-raportin {name!r} on allekirjoittanut eri avain ({fingerprint}) kuin paketin.",
        "sv": "PDF-rapporten {name!r} är undertecknad med en annan nyckel ({fingerprint}) än "
        "paketet.",
        "en": "The PDF report {name!r} was signed by another key ({fingerprint}) than the package.",
    },
    "signing.signature.unreadable": {
        "fi": "Allekirjoitustiedosto on vioittunut tai se ei ole CMS-allekirjoitus ({reason}).",
        "sv": "Signaturfilen är skadad eller inte en CMS-signatur ({reason}).",
        "en": "The signature file is damaged or not a CMS signature ({reason}).",
    },
    "signing.signature.not_intact": {
        "fi": "Allekirjoitus ei täsmää allekirjoitettuun sisältöön: sisältöä on muutettu "
        "allekirjoittamisen jälkeen.",
        "sv": "Underskriften stämmer inte med det undertecknade innehållet: innehållet har "
        "ändrats efter underskriften.",
        "en": "The signature does not match the signed content: the content was changed after "
        "signing.",
    },
    "signing.signature.invalid": {
        "fi": "Allekirjoitus on pätemätön (allekirjoitusarvo ei vastaa allekirjoittajan avainta).",
        "sv": "Underskriften är ogiltig (signaturvärdet motsvarar inte undertecknarens nyckel).",
        "en": "The signature is invalid (its value does not match the signer's key).",
    },
    "signing.signature.weak_algorithm": {
        "fi": "Allekirjoituksessa käytetään hyväksymätöntä algoritmia ({algorithm}).",
        "sv": "Underskriften använder en otillåten algoritm ({algorithm}).",
        "en": "The signature uses an algorithm that is not accepted ({algorithm}).",
    },
    "signing.key.no_key": {
        "fi": "Organisaatioavainta ei ole vielä luotu ({path}). Luo uusi avain tai tuo olemassa "
        "oleva PKCS#12-tiedosto.",
        "sv": "Organisationsnyckeln har inte skapats ännu ({path}). Skapa en ny nyckel eller "
        "importera en befintlig PKCS#12-fil.",
        "en": "The organisation key has not been created yet ({path}). Create a new key or import "
        "an existing PKCS#12 file.",
    },
    "signing.key.key_exists": {
        "fi": "Organisaatioavain on jo olemassa ({path}). Sitä ei korvattu. Poista tai siirrä "
        "vanha avain ensin, jos haluat todella vaihtaa sen.",
        "sv": "Organisationsnyckeln finns redan ({path}). Den ersattes inte. Ta bort eller flytta "
        "den gamla nyckeln först om du verkligen vill byta den.",
        "en": "An organisation key already exists ({path}). It was not replaced. Remove or move "
        "the old key first if you really want to change it.",
    },
    "signing.key.wrong_passphrase": {
        "fi": "Väärä tunnuslause tiedostolle {path}.",
        "sv": "Fel lösenfras för filen {path}.",
        "en": "Wrong passphrase for the file {path}.",
    },
    "signing.key.passphrase_required": {
        "fi": "Tiedosto {path} on suojattu tunnuslauseella. Anna tunnuslause.",
        "sv": "Filen {path} är skyddad med en lösenfras. Ange lösenfrasen.",
        "en": "The file {path} is protected by a passphrase. Enter the passphrase.",
    },
    "signing.key.not_pkcs12": {
        "fi": "Tiedosto {path} ei ole PKCS#12-tiedosto (.p12 tai .pfx).",
        "sv": "Filen {path} är inte en PKCS#12-fil (.p12 eller .pfx).",
        "en": "The file {path} is not a PKCS#12 file (.p12 or .pfx).",
    },
    "signing.key.no_private_key": {
        "fi": "PKCS#12-tiedostossa {path} ei ole yksityistä avainta, joten sillä ei voi "
        "allekirjoittaa. Vie varmenne uudelleen yksityisen avaimen kanssa.",
        "sv": "PKCS#12-filen {path} innehåller ingen privat nyckel och kan inte användas för "
        "underskrift. Exportera certifikatet på nytt tillsammans med den privata nyckeln.",
        "en": "The PKCS#12 file {path} holds no private key, so it cannot sign. Export the "
        "certificate again together with its private key.",
    },
    "signing.key.no_certificate": {
        "fi": "PKCS#12-tiedostossa {path} ei ole varmennetta.",
        "sv": "PKCS#12-filen {path} innehåller inget certifikat.",
        "en": "The PKCS#12 file {path} holds no certificate.",
    },
    "signing.key.key_certificate_mismatch": {
        "fi": "PKCS#12-tiedoston {path} varmenne ei kuulu sen yksityiselle avaimelle.",
        "sv": "Certifikatet i PKCS#12-filen {path} hör inte till dess privata nyckel.",
        "en": "The certificate in the PKCS#12 file {path} does not belong to its private key.",
    },
    "signing.key.unsupported_key": {
        "fi": "PKCS#12-tiedoston {path} avaintyyppiä ({kind}) ei voi käyttää allekirjoittamiseen. "
        "Käytä ECDSA-avainta (P-256, P-384 tai P-521) tai vähintään 2048-bittistä RSA-avainta.",
        "sv": "Nyckeltypen ({kind}) i PKCS#12-filen {path} kan inte användas för underskrift. "
        "Använd en ECDSA-nyckel (P-256, P-384 eller P-521) eller en RSA-nyckel på minst "
        "2048 bitar.",
        "en": "The key type ({kind}) in the PKCS#12 file {path} cannot be used for signing. Use "
        "an ECDSA key (P-256, P-384 or P-521) or an RSA key of at least 2048 bits.",
    },
    "signing.key.not_for_signing": {
        "fi": "PKCS#12-tiedoston {path} varmennetta ei ole tarkoitettu allekirjoittamiseen "
        "(avaimen käyttötarkoitus).",
        "sv": "Certifikatet i PKCS#12-filen {path} är inte avsett för underskrift "
        "(nyckelanvändning).",
        "en": "The certificate in the PKCS#12 file {path} is not meant for signing (key usage).",
    },
    "signing.key.certificate_expired": {
        "fi": "PKCS#12-tiedoston {path} varmenne ei ole voimassa (voimassa {start}–{end}).",
        "sv": "Certifikatet i PKCS#12-filen {path} är inte giltigt (giltigt {start}–{end}).",
        "en": "The certificate in the PKCS#12 file {path} is not valid (valid {start}–{end}).",
    },
    "signing.key.unreadable": {
        "fi": "Tiedostoa {path} ei voitu lukea: {reason}.",
        "sv": "Filen {path} kunde inte läsas: {reason}.",
        "en": "The file {path} could not be read: {reason}.",
    },
    "signing.key.unwritable": {
        "fi": "Avaintiedostoa {path} ei voitu kirjoittaa: {reason}. Mitään ei tallennettu.",
        "sv": "Nyckelfilen {path} kunde inte skrivas: {reason}. Inget sparades.",
        "en": "The key file {path} could not be written: {reason}. Nothing was saved.",
    },
    "signing.key.invalid_name": {
        "fi": "Organisaation nimi puuttuu tai on liian pitkä (enintään {max} merkkiä).",
        "sv": "Organisationens namn saknas eller är för långt (högst {max} tecken).",
        "en": "The organisation's name is missing or too long (at most {max} characters).",
    },
    "signing.key.invalid_business_id": {
        "fi": "Y-tunnus {value} ei kelpaa (muoto 1234567-8, tarkistusnumero oikein).",
        "sv": "FO-numret {value} är ogiltigt (formen 1234567-8 med rätt kontrollsiffra).",
        "en": "The business ID {value} is not valid (form 1234567-8 with a correct check digit).",
    },
    "signing.key.invalid_fingerprint": {
        "fi": "{value!r} ei ole sormenjälki (64 heksadesimaalimerkkiä, esim. 3F2A 9C01 …).",
        "sv": "{value!r} är inget fingeravtryck (64 hexadecimala tecken, t.ex. 3F2A 9C01 …).",
        "en": "{value!r} is not a fingerprint (64 hexadecimal digits, e.g. 3F2A 9C01 …).",
    },
    "signing.manifest.unsafe": {
        "fi": "Tiedostoluettelo (manifesti) sisältää kiellettyjä XML-rakenteita ({what}).",
        "sv": "Filförteckningen (manifestet) innehåller förbjudna XML-konstruktioner ({what}).",
        "en": "The file list (manifest) contains forbidden XML constructs ({what}).",
    },
    "signing.manifest.malformed": {
        "fi": "Tiedostoluettelo (manifesti) on virheellinen: {reason}.",
        "sv": "Filförteckningen (manifestet) är felaktig: {reason}.",
        "en": "The file list (manifest) is malformed: {reason}.",
    },
    "signing.manifest.missing_file": {
        "fi": "Tiedostoluettelossa mainittu tiedosto {name!r} puuttuu paketista.",
        "sv": "Filen {name!r} som nämns i filförteckningen saknas i paketet.",
        "en": "The file {name!r} listed in the manifest is missing from the package.",
    },
    "signing.manifest.uncovered": {
        "fi": "Paketin tiedosto {name!r} puuttuu tiedostoluettelosta, joten allekirjoitus ei "
        "kata sitä.",
        "sv": "Filen {name!r} i paketet saknas i filförteckningen, så underskriften täcker "
        "den inte.",
        "en": "The file {name!r} in the package is not in the manifest, so the signature does "
        "not cover it.",
    },
    "signing.manifest.digest_mismatch": {
        "fi": "Tiedostoa {name!r} on muutettu allekirjoittamisen jälkeen (tiiviste ei täsmää).",
        "sv": "Filen {name!r} har ändrats efter underskriften (kontrollsumman stämmer inte).",
        "en": "The file {name!r} was changed after signing (its digest does not match).",
    },
    "signing.pdf.too_large": {
        "fi": "PDF-tiedosto on liian suuri ({size} tavua, enintään {limit}).",
        "sv": "PDF-filen är för stor ({size} byte, högst {limit}).",
        "en": "The PDF file is too large ({size} bytes, at most {limit}).",
    },
    "signing.pdf.unreadable": {
        "fi": "Tiedosto ei ole luettava PDF ({reason}).",
        "sv": "Filen är ingen läsbar PDF ({reason}).",
        "en": "The file is not a readable PDF ({reason}).",
    },
    "signing.pdf.package_not_pdf": {
        "fi": "Tämä on paketti (ASiC-E-zip), ei PDF-raportti: tarkista se .asice-päätteisenä.",
        "sv": "Detta är ett paket (ASiC-E-zip), inte en PDF-rapport: kontrollera det med "
        "ändelsen .asice.",
        "en": "This is a package (an ASiC-E zip), not a PDF report: check it under an .asice name.",
    },
    "signing.pdf.unsigned": {
        "fi": "PDF-tiedostoa ei ole allekirjoitettu.",
        "sv": "PDF-filen är inte undertecknad.",
        "en": "The PDF file is not signed.",
    },
    "signing.pdf.several_signatures": {
        "fi": "PDF-tiedostossa on {count} allekirjoitusta; hyväksytään vain yksi.",
        "sv": "PDF-filen har {count} underskrifter; endast en godtas.",
        "en": "The PDF file has {count} signatures; only one is accepted.",
    },
    "signing.pdf.not_entire_file": {
        "fi": "PDF-tiedostoon on lisätty tai muutettu jotain allekirjoittamisen jälkeen "
        "(allekirjoitus ei kata koko tiedostoa).",
        "sv": "Något har lagts till eller ändrats i PDF-filen efter underskriften "
        "(underskriften täcker inte hela filen).",
        "en": "Something was added to or changed in the PDF file after signing (the signature "
        "does not cover the entire file).",
    },
    "signing.received.missing": {
        "fi": "Tiedostoa {path} ei ole.",
        "sv": "Filen {path} finns inte.",
        "en": "The file {path} does not exist.",
    },
    "signing.received.directory": {
        "fi": "{path} on kansio, ei tiedosto.",
        "sv": "{path} är en mapp, inte en fil.",
        "en": "{path} is a folder, not a file.",
    },
    "signing.received.pipe": {
        "fi": "{path} on nimetty putki, ei tavallinen tiedosto; sitä ei lueta.",
        "sv": "{path} är ett namngivet rör, inte en vanlig fil; det läses inte.",
        "en": "{path} is a named pipe, not a regular file; it is not read.",
    },
    "signing.received.device": {
        "fi": "{path} on laite, ei tavallinen tiedosto; sitä ei lueta.",
        "sv": "{path} är en enhet, inte en vanlig fil; den läses inte.",
        "en": "{path} is a device, not a regular file; it is not read.",
    },
    "signing.received.socket": {
        "fi": "{path} on pistoke (socket), ei tavallinen tiedosto; sitä ei lueta.",
        "sv": "{path} är en socket, inte en vanlig fil; den läses inte.",
        "en": "{path} is a socket, not a regular file; it is not read.",
    },
    "signing.received.not_regular": {
        "fi": "{path} ei ole tavallinen tiedosto; sitä ei lueta.",
        "sv": "{path} är inte en vanlig fil; den läses inte.",
        "en": "{path} is not a regular file; it is not read.",
    },
    "signing.received.unreadable": {
        "fi": "Tiedostoa {path} ei voitu lukea: {reason}.",
        "sv": "Filen {path} kunde inte läsas: {reason}.",
        "en": "The file {path} could not be read: {reason}.",
    },
    "signing.received.too_large": {
        "fi": "Tiedosto {path} on liian suuri tarkistettavaksi (yli {limit} Mt).",
        "sv": "Filen {path} är för stor för att kontrolleras (över {limit} MB).",
        "en": "The file {path} is too large to check (over {limit} MB).",
    },
    "signing.json.too_large": {
        "fi": "JSON-tiedosto on liian suuri ({size} tavua, enintään {limit}).",
        "sv": "JSON-filen är för stor ({size} byte, högst {limit}).",
        "en": "The JSON file is too large ({size} bytes, at most {limit}).",
    },
    "signing.json.not_utf8": {
        "fi": "JSON-tiedosto ei ole kelvollista UTF-8-tekstiä (tavu {position}).",
        "sv": "JSON-filen är inte giltig UTF-8-text (byte {position}).",
        "en": "The JSON file is not valid UTF-8 text (byte {position}).",
    },
    "signing.json.invalid": {
        "fi": "JSON-tiedosto on virheellinen rivillä {line}, sarakkeessa {column}: {reason}.",
        "sv": "JSON-filen är felaktig på rad {line}, kolumn {column}: {reason}.",
        "en": "The JSON file is invalid at line {line}, column {column}: {reason}.",
    },
    "signing.json.duplicate_key": {
        "fi": "JSON-tiedostossa on sama avain {name!r} kahdesti samassa objektissa.",
        "sv": "JSON-filen har samma nyckel {name!r} två gånger i samma objekt.",
        "en": "The JSON file has the key {name!r} twice in the same object.",
    },
    "signing.json.not_a_number": {
        "fi": "JSON-tiedostossa on arvo {value}, joka ei ole luku (NaN/Infinity eivät kelpaa).",
        "sv": "JSON-filen innehåller värdet {value}, som inte är ett tal (NaN/Infinity godtas inte).",
        "en": "The JSON file holds the value {value}, which is not a number (NaN/Infinity are "
        "not accepted).",
    },
    "signing.json.number_too_large": {
        "fi": "JSON-tiedostossa on luku {value}, joka on liian suuri luettavaksi tarkasti "
        "(enintään ±2^53).",
        "sv": "JSON-filen innehåller talet {value}, som är för stort för att läsas exakt "
        "(högst ±2^53).",
        "en": "The JSON file holds the number {value}, too large to be read exactly "
        "(at most ±2^53).",
    },
    "signing.json.too_deep": {
        "fi": "JSON-tiedosto on sisäkkäinen liian monella tasolla (enintään {limit}).",
        "sv": "JSON-filen är nästlad i för många nivåer (högst {limit}).",
        "en": "The JSON file is nested too deeply (at most {limit} levels).",
    },
    "signing.json.too_many_values": {
        "fi": "JSON-tiedostossa on liikaa arvoja (noin {count}, enintään {limit}).",
        "sv": "JSON-filen innehåller för många värden (cirka {count}, högst {limit}).",
        "en": "The JSON file holds too many values (about {count}, at most {limit}).",
    },
    "signing.json.too_much_text": {
        "fi": "JSON-tiedoston merkkijonot ovat yhteensä liian pitkiä ({count} merkkiä, "
        "enintään {limit}).",
        "sv": "Strängarna i JSON-filen är sammanlagt för långa ({count} tecken, högst {limit}).",
        "en": "The strings of the JSON file are too long in total ({count} characters, at most "
        "{limit}).",
    },
    "signing.json.bad_string": {
        "fi": "JSON-tiedoston merkkijonossa on pariton UTF-16-korvausmerkki (\\u{code:04x}).",
        "sv": "En sträng i JSON-filen innehåller ett oparat UTF-16-surrogat (\\u{code:04x}).",
        "en": "A string in the JSON file holds an unpaired UTF-16 surrogate (\\u{code:04x}).",
    },
    "signing.zip.input_too_large": {
        "fi": "Tiedosto on liian suuri ({size} tavua, enintään {limit}).",
        "sv": "Filen är för stor ({size} byte, högst {limit}).",
        "en": "The file is too large ({size} bytes, at most {limit}).",
    },
    "signing.zip.not_zip": {
        "fi": "Tiedosto ei ole luettava zip-paketti ({reason}).",
        "sv": "Filen är inte ett läsbart zip-paket ({reason}).",
        "en": "The file is not a readable zip package ({reason}).",
    },
    "signing.zip.prefixed": {
        "fi": "Paketin alussa on ylimääräistä dataa ennen ensimmäistä tiedostoa.",
        "sv": "I början av paketet finns extra data före den första filen.",
        "en": "The package has extra data before its first file.",
    },
    "signing.zip.too_many_members": {
        "fi": "Paketissa on liikaa tiedostoja ({count}, enintään {limit}).",
        "sv": "Paketet innehåller för många filer ({count}, högst {limit}).",
        "en": "The package holds too many files ({count}, at most {limit}).",
    },
    "signing.zip.name_traversal": {
        "fi": "Paketin tiedostonimi {name!r} osoittaa paketin ulkopuolelle tai on tyhjä polun osa "
        "(.., . tai //).",
        "sv": "Filnamnet {name!r} i paketet pekar utanför paketet eller har en tom sökvägsdel "
        "(.., . eller //).",
        "en": "The file name {name!r} in the package points outside the package or has an empty "
        "path part (.., . or //).",
    },
    "signing.zip.name_absolute": {
        "fi": "Paketin tiedostonimi {name!r} on absoluuttinen polku.",
        "sv": "Filnamnet {name!r} i paketet är en absolut sökväg.",
        "en": "The file name {name!r} in the package is an absolute path.",
    },
    "signing.zip.name_backslash": {
        "fi": "Paketin tiedostonimessä {name!r} on kenoviiva (\\).",
        "sv": "Filnamnet {name!r} i paketet innehåller ett omvänt snedstreck (\\).",
        "en": "The file name {name!r} in the package contains a backslash (\\).",
    },
    "signing.zip.name_drive": {
        "fi": "Paketin tiedostonimi {name!r} alkaa levyasematunnuksella.",
        "sv": "Filnamnet {name!r} i paketet börjar med en enhetsbokstav.",
        "en": "The file name {name!r} in the package starts with a drive letter.",
    },
    "signing.zip.name_character": {
        "fi": "Paketin tiedostonimessä {name!r} on kielletty merkki (ohjausmerkki tai kaksoispiste).",
        "sv": "Filnamnet {name!r} i paketet innehåller ett förbjudet tecken (styrtecken eller kolon).",
        "en": "The file name {name!r} in the package contains a forbidden character (a control "
        "character or a colon).",
    },
    "signing.zip.duplicate": {
        "fi": "Paketissa on kaksi tiedostoa samalla nimellä: {name!r} ja {other!r}.",
        "sv": "Paketet innehåller två filer med samma namn: {name!r} och {other!r}.",
        "en": "The package holds two files with the same name: {name!r} and {other!r}.",
    },
    "signing.zip.not_allowed": {
        "fi": "Paketissa on ylimääräinen tiedosto {name!r}, jota siihen ei kuulu.",
        "sv": "Paketet innehåller en extra fil {name!r} som inte hör dit.",
        "en": "The package holds an extra file {name!r} that does not belong there.",
    },
    "signing.zip.special_file": {
        "fi": "Paketin jäsen {name!r} ei ole tavallinen tiedosto (esim. symbolinen linkki).",
        "sv": "Medlemmen {name!r} i paketet är ingen vanlig fil (t.ex. en symbolisk länk).",
        "en": "The package member {name!r} is not a regular file (e.g. a symbolic link).",
    },
    "signing.zip.encrypted": {
        "fi": "Paketin tiedosto {name!r} on salattu; salattuja tiedostoja ei hyväksytä.",
        "sv": "Filen {name!r} i paketet är krypterad; krypterade filer godtas inte.",
        "en": "The file {name!r} in the package is encrypted; encrypted files are not accepted.",
    },
    "signing.zip.version_needed": {
        "fi": "Paketin tiedosto {name!r} vaatii purkuohjelman version {version}; "
        "hyväksytään vain versio 20 tai vanhempi.",
        "sv": "Filen {name!r} i paketet kräver uppackningsversion {version}; "
        "endast version 20 eller äldre godtas.",
        "en": "The file {name!r} in the package needs extractor version {version}; "
        "only version 20 or older is accepted.",
    },
    "signing.zip.unsupported_method": {
        "fi": "Paketin tiedosto {name!r} on pakattu tuntemattomalla tavalla ({method}).",
        "sv": "Filen {name!r} i paketet är komprimerad på ett okänt sätt ({method}).",
        "en": "The file {name!r} in the package uses an unknown compression ({method}).",
    },
    "signing.zip.member_too_large": {
        "fi": "Paketin tiedosto {name!r} on liian suuri ({size} tavua, enintään {limit}).",
        "sv": "Filen {name!r} i paketet är för stor ({size} byte, högst {limit}).",
        "en": "The file {name!r} in the package is too large ({size} bytes, at most {limit}).",
    },
    "signing.zip.total_too_large": {
        "fi": "Paketin tiedostot ovat purettuina liian suuria (yli {limit} tavua, "
        "viimeisenä {name!r}).",
        "sv": "Paketets filer är för stora uppackade (över {limit} byte, senast {name!r}).",
        "en": "The package's files are too large when unpacked (over {limit} bytes, "
        "last {name!r}).",
    },
    "signing.zip.ratio": {
        "fi": "Paketin tiedosto {name!r} purkautuu epäilyttävän suureksi (pakkaussuhde "
        "{ratio}:1, enintään {limit}:1) – mahdollinen zip-pommi.",
        "sv": "Filen {name!r} i paketet packas upp misstänkt stor (komprimeringsgrad "
        "{ratio}:1, högst {limit}:1) – möjlig zip-bomb.",
        "en": "The file {name!r} in the package unpacks suspiciously large (compression ratio "
        "{ratio}:1, at most {limit}:1) – a possible zip bomb.",
    },
    "signing.zip.overlap": {
        "fi": "Paketin tiedostot {name!r} ja {other!r} käyttävät samoja tavuja (päällekkäiset "
        "tiedostot) – mahdollinen zip-pommi.",
        "sv": "Filerna {name!r} och {other!r} i paketet använder samma byte (överlappande filer) "
        "– möjlig zip-bomb.",
        "en": "The files {name!r} and {other!r} in the package share bytes (overlapping "
        "entries) – a possible zip bomb.",
    },
    "signing.zip.header_mismatch": {
        "fi": "Paketin tiedoston {name!r} otsaketiedot eivät täsmää keskenään ({field}).",
        "sv": "Rubrikuppgifterna för filen {name!r} i paketet stämmer inte överens ({field}).",
        "en": "The headers of the file {name!r} in the package do not agree ({field}).",
    },
    "signing.zip.gap": {
        "fi": "Paketissa on tavuja, jotka eivät kuulu mihinkään tiedostoon ({where}): muut "
        "ohjelmat voisivat lukea niistä eri sisällön.",
        "sv": "Paketet innehåller byte som inte hör till någon fil ({where}): andra program "
        "kunde läsa ett annat innehåll ur dem.",
        "en": "The package holds bytes that belong to no file ({where}): other programs could "
        "read other content from them.",
    },
    "signing.zip.extra_field": {
        "fi": "Paketin tiedostolla {name!r} on lisäkenttä ({field}), joka voi muuttaa sitä, "
        "miten muut ohjelmat sen lukevat; paketissa ei ole lisäkenttiä.",
        "sv": "Filen {name!r} i paketet har ett extrafält ({field}) som kan ändra hur andra "
        "program läser den; ett paket har inga extrafält.",
        "en": "The file {name!r} in the package carries an extra field ({field}) that can "
        "change how other programs read it; a package carries none.",
    },
    "signing.zip.comment": {
        "fi": "Paketissa on kommentti ({where}); paketissa ei ole kommentteja.",
        "sv": "Paketet har en kommentar ({where}); ett paket har inga kommentarer.",
        "en": "The package carries a comment ({where}); a package carries none.",
    },
    "signing.zip.trailing": {
        "fi": "Paketin lopun jälkeen on ylimääräistä dataa.",
        "sv": "Efter paketets slut finns extra data.",
        "en": "The package has extra data after its end.",
    },
    "signing.zip.flags": {
        "fi": "Paketin tiedosto {name!r} käyttää zip-ominaisuuksia, joita paketissa ei ole "
        "(liput {flags}).",
        "sv": "Filen {name!r} i paketet använder zip-funktioner som ett paket inte har "
        "(flaggor {flags}).",
        "en": "The file {name!r} in the package uses zip features a package never has "
        "(flags {flags}).",
    },
    "signing.zip.name_encoding": {
        "fi": "Paketin tiedostonimen {name!r} merkistö on epäselvä (ei merkitty UTF-8:ksi tai "
        "ei kelvollista UTF-8:aa).",
        "sv": "Teckenkodningen för filnamnet {name!r} i paketet är oklar (inte märkt som UTF-8 "
        "eller ogiltig UTF-8).",
        "en": "The file name {name!r} in the package has an unclear encoding (not marked as "
        "UTF-8, or not valid UTF-8).",
    },
    "signing.zip.corrupt_member": {
        "fi": "Paketin tiedostoa {name!r} ei voitu purkaa: se on vioittunut tai muutettu "
        "({reason}).",
        "sv": "Filen {name!r} i paketet kunde inte packas upp: den är skadad eller ändrad "
        "({reason}).",
        "en": "The file {name!r} in the package could not be unpacked: it is damaged or was "
        "changed ({reason}).",
    },
    "signing.verify.untrusted": {
        "fi": "Allekirjoittajan sormenjälki {fingerprint} ei ole luotettujen listalla. Tarkista "
        "sormenjälki allekirjoittajalta muuta kautta (esim. puhelimitse).",
        "sv": "Undertecknarens fingeravtryck {fingerprint} finns inte på listan över betrodda. "
        "Kontrollera fingeravtrycket med undertecknaren på annat sätt (t.ex. per telefon).",
        "en": "The signer's fingerprint {fingerprint} is not on the trusted list. Check the "
        "fingerprint with the signer by other means (e.g. by phone).",
    },
    # What each check says when it holds (failures are told by the error that failed it).
    "signing.passed.container": {
        "fi": "Paketti on luettava zip-tiedosto, jossa on vain sallittuja tiedostoja.",
        "sv": "Paketet är en läsbar zip-fil med enbart tillåtna filer.",
        "en": "The package is a readable zip file holding only allowed files.",
    },
    "signing.passed.members": {
        "fi": "Paketissa ovat kaikki odotetut tiedostot.",
        "sv": "Paketet innehåller alla förväntade filer.",
        "en": "The package holds every expected file.",
    },
    "signing.passed.mimetype": {
        "fi": "Paketin tyyppi (mimetype) on oikea ja ensimmäisenä pakkaamattomana.",
        "sv": "Paketets typ (mimetype) är rätt och ligger först, okomprimerad.",
        "en": "The package type (mimetype) is correct, first and uncompressed.",
    },
    "signing.passed.signature": {
        "fi": "Allekirjoitus on ehjä ja pätevä tiedostoluettelon (manifestin) yli.",
        "sv": "Underskriften är intakt och giltig över filförteckningen (manifestet).",
        "en": "The signature over the file list (manifest) is intact and valid.",
    },
    "signing.passed.manifest": {
        "fi": "Tiedostoluettelo kattaa täsmälleen paketin tiedostot, ja tiivisteet täsmäävät.",
        "sv": "Filförteckningen täcker exakt paketets filer och kontrollsummorna stämmer.",
        "en": "The file list covers exactly the package's files and the digests match.",
    },
    "signing.passed.json": {
        "fi": "JSON-tiedostot ovat kelvollisia.",
        "sv": "JSON-filerna är giltiga.",
        "en": "The JSON files are valid.",
    },
    "signing.passed.report": {
        "fi": "PDF-raportti on allekirjoitettu samalla avaimella kuin paketti.",
        "sv": "PDF-rapporten är undertecknad med samma nyckel som paketet.",
        "en": "The PDF report is signed with the same key as the package.",
    },
    "signing.passed.schemas": {
        "fi": "Lomakkeiden kuvaukset (skeemat) tunnetaan ja vastaavat tiivisteitään.",
        "sv": "Formulärbeskrivningarna (scheman) är kända och motsvarar sina kontrollsummor.",
        "en": "The form definitions (schemas) are known and match their digests.",
    },
    "signing.passed.answers": {
        "fi": "Vastaukset ovat kelvollisia.",
        "sv": "Svaren är giltiga.",
        "en": "The answers are valid.",
    },
    "signing.passed.pdf_readable": {
        "fi": "PDF-tiedosto on luettava.",
        "sv": "PDF-filen är läsbar.",
        "en": "The PDF file is readable.",
    },
    "signing.passed.pdf_signatures": {
        "fi": "PDF-tiedostossa on täsmälleen yksi allekirjoitus.",
        "sv": "PDF-filen har exakt en underskrift.",
        "en": "The PDF file has exactly one signature.",
    },
    "signing.passed.pdf_coverage": {
        "fi": "Allekirjoitus kattaa koko PDF-tiedoston.",
        "sv": "Underskriften täcker hela PDF-filen.",
        "en": "The signature covers the entire PDF file.",
    },
    "signing.passed.pdf_signature": {
        "fi": "PDF-allekirjoitus on ehjä ja pätevä.",
        "sv": "PDF-underskriften är intakt och giltig.",
        "en": "The PDF signature is intact and valid.",
    },
    "signing.passed.fingerprint": {
        "fi": "Allekirjoittaja: {subject}, avaimen sormenjälki {fingerprint}.",
        "sv": "Undertecknare: {subject}, nyckelns fingeravtryck {fingerprint}.",
        "en": "Signer: {subject}, key fingerprint {fingerprint}.",
    },
    "signing.passed.trusted": {
        "fi": "Allekirjoittajan sormenjälki on luotettujen listalla.",
        "sv": "Undertecknarens fingeravtryck finns på listan över betrodda.",
        "en": "The signer's fingerprint is on the trusted list.",
    },
}

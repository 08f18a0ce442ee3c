"""The signing package's messages about received packages and their checks, in fi/sv/en."""

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
    "signing.package.mimetype_other": {
        "fi": "Tiedoston tyyppi on {value!r}, ei {expected!r}.",
        "sv": "Filens typ är {value!r}, inte {expected!r}.",
        "en": "The file's type is {value!r}, not {expected!r}.",
    },
    "signing.package.report_other_signer": {
        "fi": "PDF-raportin {name!r} on allekirjoittanut eri avain ({fingerprint}) kuin paketin.",
        "sv": "PDF-rapporten {name!r} är undertecknad med en annan nyckel ({fingerprint}) än "
        "paketet.",
        "en": "The PDF report {name!r} was signed by another key ({fingerprint}) than the package.",
    },
    "signing.manifest.unsafe": {
        "fi": "Tiedostoluettelo (manifesti) sisältää kiellettyjä XML-rakenteita. Tekninen tieto (englanniksi): {what}.",
        "sv": "Filförteckningen (manifestet) innehåller förbjudna XML-konstruktioner. "
        "Teknisk uppgift (på engelska): {what}.",
        "en": "The file list (manifest) contains forbidden XML constructs. Technical detail: {what}.",
    },
    "signing.manifest.malformed": {
        "fi": "Tiedostoluettelo (manifesti) on virheellinen. Tekninen tieto (englanniksi): {reason}.",
        "sv": "Filförteckningen (manifestet) är felaktig. Teknisk uppgift (på engelska): {reason}.",
        "en": "The file list (manifest) is malformed. Technical detail: {reason}.",
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
        "fi": "Tiedostoa {path} ei voitu lukea. Tekninen tieto (englanniksi): {reason}.",
        "sv": "Filen {path} kunde inte läsas. Teknisk uppgift (på engelska): {reason}.",
        "en": "The file {path} could not be read. Technical detail: {reason}.",
    },
    "signing.received.too_large": {
        "fi": "Tiedosto {path} on liian suuri tarkistettavaksi (yli {limit} Mt).",
        "sv": "Filen {path} är för stor för att kontrolleras (över {limit} MB).",
        "en": "The file {path} is too large to check (over {limit} MB).",
    },
    "signing.zip.input_too_large": {
        "fi": "Tiedosto on liian suuri ({size} tavua, enintään {limit}).",
        "sv": "Filen är för stor ({size} byte, högst {limit}).",
        "en": "The file is too large ({size} bytes, at most {limit}).",
    },
    "signing.zip.not_zip": {
        "fi": "Tiedosto ei ole luettava zip-paketti. Tekninen tieto (englanniksi): {reason}.",
        "sv": "Filen är inte ett läsbart zip-paket. Teknisk uppgift (på engelska): {reason}.",
        "en": "The file is not a readable zip package. Technical detail: {reason}.",
    },
    "signing.zip.cut_short": {
        "fi": "Tiedosto on katkennut tai vajaa: zip-paketin loppu puuttuu.",
        "sv": "Filen är avbruten eller ofullständig: slutet av zip-paketet saknas.",
        "en": "The file is cut short: the end of the zip package is missing.",
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
    "signing.zip.directory": {
        "fi": "Paketissa on kansio {name!r}; paketissa ei saa olla kansioita (saman niminen "
        "kansio voi peittää tiedoston, jolloin unzip ei pura sitä).",
        "sv": "Paketet innehåller en mapp {name!r}; ett paket får inte innehålla mappar (en "
        "mapp med samma namn kan dölja en fil så att unzip inte packar upp den).",
        "en": "{name!r} is a folder in the package; a package may hold no folders (a folder "
        "named as a file hides the file from unzip).",
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
        "fi": "Paketin tiedoston {name!r} otsaketiedot eivät täsmää keskenään. Tekninen tieto (englanniksi): {field}.",
        "sv": "Rubrikuppgifterna för filen {name!r} i paketet stämmer inte överens. "
        "Teknisk uppgift (på engelska): {field}.",
        "en": "The headers of the file {name!r} in the package do not agree. Technical detail: {field}.",
    },
    "signing.zip.gap": {
        "fi": "Paketissa on tavuja, jotka eivät kuulu mihinkään tiedostoon: muut ohjelmat "
        "voisivat lukea niistä eri sisällön. Tekninen tieto (englanniksi): {where}.",
        "sv": "Paketet innehåller byte som inte hör till någon fil: andra program kunde läsa "
        "ett annat innehåll ur dem. Teknisk uppgift (på engelska): {where}.",
        "en": "The package holds bytes that belong to no file: other programs could read "
        "other content from them. Technical detail: {where}.",
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
        "fi": "Paketissa on kommentti; paketissa ei ole kommentteja. Tekninen tieto (englanniksi): {where}.",
        "sv": "Paketet har en kommentar; ett paket har inga kommentarer. Teknisk uppgift (på engelska): {where}.",
        "en": "The package carries a comment; a package carries none. Technical detail: {where}.",
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
        "fi": "Paketin tiedostoa {name!r} ei voitu purkaa: se on vioittunut tai muutettu. "
        "Tekninen tieto (englanniksi): {reason}.",
        "sv": "Filen {name!r} i paketet kunde inte packas upp: den är skadad eller ändrad. "
        "Teknisk uppgift (på engelska): {reason}.",
        "en": "The file {name!r} in the package could not be unpacked: it is damaged or was "
        "changed. Technical detail: {reason}.",
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

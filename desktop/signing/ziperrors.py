"""The messages of a refused zip, shared by its layout check and its reader."""

from __future__ import annotations

from desktop.errors import UserError

CATALOG = {
    "input_too_large": {
        "fi": "Tiedosto on liian suuri ({size} tavua, enintään {limit}).",
        "sv": "Filen är för stor ({size} byte, högst {limit}).",
        "en": "The file is too large ({size} bytes, at most {limit}).",
    },
    "not_zip": {
        "fi": "Tiedosto ei ole luettava zip-paketti ({reason}).",
        "sv": "Filen är inte ett läsbart zip-paket ({reason}).",
        "en": "The file is not a readable zip package ({reason}).",
    },
    "prefixed": {
        "fi": "Paketin alussa on ylimääräistä dataa ennen ensimmäistä tiedostoa.",
        "sv": "I början av paketet finns extra data före den första filen.",
        "en": "The package has extra data before its first file.",
    },
    "too_many_members": {
        "fi": "Paketissa on liikaa tiedostoja ({count}, enintään {limit}).",
        "sv": "Paketet innehåller för många filer ({count}, högst {limit}).",
        "en": "The package holds too many files ({count}, at most {limit}).",
    },
    "name_traversal": {
        "fi": "Paketin tiedostonimi {name!r} osoittaa paketin ulkopuolelle tai on tyhjä polun osa "
        "(.., . tai //).",
        "sv": "Filnamnet {name!r} i paketet pekar utanför paketet eller har en tom sökvägsdel "
        "(.., . eller //).",
        "en": "The file name {name!r} in the package points outside the package or has an empty "
        "path part (.., . or //).",
    },
    "name_absolute": {
        "fi": "Paketin tiedostonimi {name!r} on absoluuttinen polku.",
        "sv": "Filnamnet {name!r} i paketet är en absolut sökväg.",
        "en": "The file name {name!r} in the package is an absolute path.",
    },
    "name_backslash": {
        "fi": "Paketin tiedostonimessä {name!r} on kenoviiva (\\).",
        "sv": "Filnamnet {name!r} i paketet innehåller ett omvänt snedstreck (\\).",
        "en": "The file name {name!r} in the package contains a backslash (\\).",
    },
    "name_drive": {
        "fi": "Paketin tiedostonimi {name!r} alkaa levyasematunnuksella.",
        "sv": "Filnamnet {name!r} i paketet börjar med en enhetsbokstav.",
        "en": "The file name {name!r} in the package starts with a drive letter.",
    },
    "name_character": {
        "fi": "Paketin tiedostonimessä {name!r} on kielletty merkki (ohjausmerkki tai kaksoispiste).",
        "sv": "Filnamnet {name!r} i paketet innehåller ett förbjudet tecken (styrtecken eller kolon).",
        "en": "The file name {name!r} in the package contains a forbidden character (a control "
        "character or a colon).",
    },
    "duplicate": {
        "fi": "Paketissa on kaksi tiedostoa samalla nimellä: {name!r} ja {other!r}.",
        "sv": "Paketet innehåller två filer med samma namn: {name!r} och {other!r}.",
        "en": "The package holds two files with the same name: {name!r} and {other!r}.",
    },
    "not_allowed": {
        "fi": "Paketissa on ylimääräinen tiedosto {name!r}, jota siihen ei kuulu.",
        "sv": "Paketet innehåller en extra fil {name!r} som inte hör dit.",
        "en": "The package holds an extra file {name!r} that does not belong there.",
    },
    "special_file": {
        "fi": "Paketin jäsen {name!r} ei ole tavallinen tiedosto (esim. symbolinen linkki).",
        "sv": "Medlemmen {name!r} i paketet är ingen vanlig fil (t.ex. en symbolisk länk).",
        "en": "The package member {name!r} is not a regular file (e.g. a symbolic link).",
    },
    "encrypted": {
        "fi": "Paketin tiedosto {name!r} on salattu; salattuja tiedostoja ei hyväksytä.",
        "sv": "Filen {name!r} i paketet är krypterad; krypterade filer godtas inte.",
        "en": "The file {name!r} in the package is encrypted; encrypted files are not accepted.",
    },
    "version_needed": {
        "fi": "Paketin tiedosto {name!r} vaatii purkuohjelman version {version}; "
        "hyväksytään vain versio 20 tai vanhempi.",
        "sv": "Filen {name!r} i paketet kräver uppackningsversion {version}; "
        "endast version 20 eller äldre godtas.",
        "en": "The file {name!r} in the package needs extractor version {version}; "
        "only version 20 or older is accepted.",
    },
    "unsupported_method": {
        "fi": "Paketin tiedosto {name!r} on pakattu tuntemattomalla tavalla ({method}).",
        "sv": "Filen {name!r} i paketet är komprimerad på ett okänt sätt ({method}).",
        "en": "The file {name!r} in the package uses an unknown compression ({method}).",
    },
    "member_too_large": {
        "fi": "Paketin tiedosto {name!r} on liian suuri ({size} tavua, enintään {limit}).",
        "sv": "Filen {name!r} i paketet är för stor ({size} byte, högst {limit}).",
        "en": "The file {name!r} in the package is too large ({size} bytes, at most {limit}).",
    },
    "total_too_large": {
        "fi": "Paketin tiedostot ovat purettuina liian suuria (yli {limit} tavua, "
        "viimeisenä {name!r}).",
        "sv": "Paketets filer är för stora uppackade (över {limit} byte, senast {name!r}).",
        "en": "The package's files are too large when unpacked (over {limit} bytes, "
        "last {name!r}).",
    },
    "ratio": {
        "fi": "Paketin tiedosto {name!r} purkautuu epäilyttävän suureksi (pakkaussuhde "
        "{ratio}:1, enintään {limit}:1) – mahdollinen zip-pommi.",
        "sv": "Filen {name!r} i paketet packas upp misstänkt stor (komprimeringsgrad "
        "{ratio}:1, högst {limit}:1) – möjlig zip-bomb.",
        "en": "The file {name!r} in the package unpacks suspiciously large (compression ratio "
        "{ratio}:1, at most {limit}:1) – a possible zip bomb.",
    },
    "overlap": {
        "fi": "Paketin tiedostot {name!r} ja {other!r} käyttävät samoja tavuja (päällekkäiset "
        "tiedostot) – mahdollinen zip-pommi.",
        "sv": "Filerna {name!r} och {other!r} i paketet använder samma byte (överlappande filer) "
        "– möjlig zip-bomb.",
        "en": "The files {name!r} and {other!r} in the package share bytes (overlapping "
        "entries) – a possible zip bomb.",
    },
    "header_mismatch": {
        "fi": "Paketin tiedoston {name!r} otsaketiedot eivät täsmää keskenään ({field}).",
        "sv": "Rubrikuppgifterna för filen {name!r} i paketet stämmer inte överens ({field}).",
        "en": "The headers of the file {name!r} in the package do not agree ({field}).",
    },
    "gap": {
        "fi": "Paketissa on tavuja, jotka eivät kuulu mihinkään tiedostoon ({where}): muut "
        "ohjelmat voisivat lukea niistä eri sisällön.",
        "sv": "Paketet innehåller byte som inte hör till någon fil ({where}): andra program "
        "kunde läsa ett annat innehåll ur dem.",
        "en": "The package holds bytes that belong to no file ({where}): other programs could "
        "read other content from them.",
    },
    "extra_field": {
        "fi": "Paketin tiedostolla {name!r} on lisäkenttä ({field}), joka voi muuttaa sitä, "
        "miten muut ohjelmat sen lukevat; paketissa ei ole lisäkenttiä.",
        "sv": "Filen {name!r} i paketet har ett extrafält ({field}) som kan ändra hur andra "
        "program läser den; ett paket har inga extrafält.",
        "en": "The file {name!r} in the package carries an extra field ({field}) that can "
        "change how other programs read it; a package carries none.",
    },
    "comment": {
        "fi": "Paketissa on kommentti ({where}); paketissa ei ole kommentteja.",
        "sv": "Paketet har en kommentar ({where}); ett paket har inga kommentarer.",
        "en": "The package carries a comment ({where}); a package carries none.",
    },
    "trailing": {
        "fi": "Paketin lopun jälkeen on ylimääräistä dataa.",
        "sv": "Efter paketets slut finns extra data.",
        "en": "The package has extra data after its end.",
    },
    "flags": {
        "fi": "Paketin tiedosto {name!r} käyttää zip-ominaisuuksia, joita paketissa ei ole "
        "(liput {flags}).",
        "sv": "Filen {name!r} i paketet använder zip-funktioner som ett paket inte har "
        "(flaggor {flags}).",
        "en": "The file {name!r} in the package uses zip features a package never has "
        "(flags {flags}).",
    },
    "name_encoding": {
        "fi": "Paketin tiedostonimen {name!r} merkistö on epäselvä (ei merkitty UTF-8:ksi tai "
        "ei kelvollista UTF-8:aa).",
        "sv": "Teckenkodningen för filnamnet {name!r} i paketet är oklar (inte märkt som UTF-8 "
        "eller ogiltig UTF-8).",
        "en": "The file name {name!r} in the package has an unclear encoding (not marked as "
        "UTF-8, or not valid UTF-8).",
    },
    "corrupt_member": {
        "fi": "Paketin tiedostoa {name!r} ei voitu purkaa: se on vioittunut tai muutettu "
        "({reason}).",
        "sv": "Filen {name!r} i paketet kunde inte packas upp: den är skadad eller ändrad "
        "({reason}).",
        "en": "The file {name!r} in the package could not be unpacked: it is damaged or was "
        "changed ({reason}).",
    },
}


class SafeZipError(UserError):
    """A received zip is refused; the message names the member and the reason."""

    catalog = CATALOG

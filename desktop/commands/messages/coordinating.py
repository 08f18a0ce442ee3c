"""What the command line says to the survey's organiser and its coordinator: round packages and
collecting the answers, in fi/sv/en."""

from __future__ import annotations

from desktop.i18n import Catalogue

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without loading typing (start-up time)
if TYPE_CHECKING:
    from typing import Final

MESSAGES: Final[Catalogue] = {
    "commands.collect.trust": {
        "fi": "luotetut allekirjoittajat (kuntien avainten sormenjäljet): add, list, remove, import",
        "sv": "betrodda undertecknare (kommunernas fingeravtryck): add, list, remove, import",
        "en": "trusted signers (the municipalities' key fingerprints): add, list, remove, import",
    },
    "commands.collect.trust_add": {
        "fi": "rekisteröi kunnan avaimen sormenjälki",
        "sv": "registrera fingeravtrycket för kommunens nyckel",
        "en": "register a municipality's key fingerprint",
    },
    "commands.collect.trust_list": {
        "fi": "luettele rekisteröidyt avaimet",
        "sv": "lista de registrerade nycklarna",
        "en": "list the registered keys",
    },
    "commands.collect.trust_remove": {
        "fi": "poista kunnan kaikki avaimet",
        "sv": "ta bort alla nycklar för en kommun",
        "en": "remove every key of a municipality",
    },
    "commands.collect.trust_import": {
        "fi": "tuo CSV-tiedosto, jossa rivi kohden kuntanumero,sormenjälki (tai ; tai sarkain)",
        "sv": "importera en CSV-fil med kommunnummer,fingeravtryck per rad (eller ; eller tabb)",
        "en": "import a CSV file with code,fingerprint per line (or ; or a tab)",
    },
    "commands.collect.collect": {
        "fi": "tarkista ja kirjaa kierroksen vastaanotetut paketit kansioista",
        "sv": "kontrollera och registrera omgångens mottagna paket från mappar",
        "en": "verify and record a round's received packages from folders",
    },
    "commands.collect.missing": {
        "fi": "kunnat, joilta kierroksen hyväksytty vastaus puuttuu, hyvinvointialueittain",
        "sv": "kommuner som saknar ett godkänt svar för omgången, per välfärdsområde",
        "en": "municipalities with no accepted answer for the round, by wellbeing services county",
    },
    "commands.collect.out": {
        "fi": "kirjoita koonti: FILE.xlsx, CSV-tiedostot kansioon FILE-csv ja tiivistelmä FILE.pdf",
        "sv": "skriv sammanställningen: FILE.xlsx, CSV-filer i mappen FILE-csv och sammandraget "
        "FILE.pdf",
        "en": "write the national picture: FILE.xlsx, CSV files in FILE-csv and the summary FILE.pdf",
    },
    "commands.collect.workers": {
        "fi": "rinnakkaisten tarkistusprosessien määrä (oletus: ytimien määrä)",
        "sv": "antal parallella kontrollprocesser (standard: antalet kärnor)",
        "en": "number of parallel checking processes (default: the number of cores)",
    },
    "commands.collect.forget": {
        "fi": "unohda kierroksen tiedostot, jotka on kirjattu näistä kansioista (väärä kansio "
        "tai kansio, jota ei enää käytetä); mitään ei tarkisteta",
        "sv": "glöm omgångens filer som registrerats från dessa mappar (fel mapp eller en mapp "
        "som inte längre används); ingenting kontrolleras",
        "en": "forget the round's files recorded from these folders (a wrong folder, or one no "
        "longer used); nothing is checked",
    },
    "commands.collect.a_trust_command": {
        "fi": "mitä luotettujen allekirjoittajien luettelolle tehdään",
        "sv": "vad som görs med listan över betrodda undertecknare",
        "en": "what to do with the list of trusted signers",
    },
    "commands.collect.a_code": {
        "fi": "kunnan kuntanumero, esim. 211",
        "sv": "kommunens kommunnummer, t.ex. 211",
        "en": "the municipality's code, e.g. 211",
    },
    "commands.collect.a_fingerprint": {
        "fi": "kunnan avaimen sormenjälki (64 heksadesimaalimerkkiä, välit sallittuja)",
        "sv": "kommunens nyckels fingeravtryck (64 hexadecimala tecken, mellanslag tillåtna)",
        "en": "the municipality key's fingerprint (64 hex digits, spaces allowed)",
    },
    "commands.collect.a_trust_file": {
        "fi": "CSV-tiedosto: kuntanumero ja sormenjälki riveittäin",
        "sv": "CSV-fil: kommunnummer och fingeravtryck per rad",
        "en": "a CSV file: a municipality code and a fingerprint on each line",
    },
    "commands.collect.a_round": {
        "fi": "kierroksen tunnus, esim. 2022-1",
        "sv": "omgångens beteckning, t.ex. 2022-1",
        "en": "the round's id, e.g. 2022-1",
    },
    "commands.collect.a_folders": {
        "fi": "kansiot, joista vastaanotetut paketit (.asice) luetaan",
        "sv": "mapparna som de mottagna paketen (.asice) läses från",
        "en": "the folders the received packages (.asice) are read from",
    },
    "commands.collect.added": {
        "fi": "Rekisteröity: {code} {name}  {fingerprint}",
        "sv": "Registrerad: {code} {name}  {fingerprint}",
        "en": "Registered: {code} {name}  {fingerprint}",
    },
    "commands.collect.shared_key": {
        "fi": "Varoitus: avain {fingerprint} on rekisteröity useammalle kuin yhdelle kunnalle: "
        "{held}. Kukin niistä voi allekirjoittaa toisten puolesta. Varmista kunnilta, että "
        "avain on todella yhteinen, tai poista väärä: tilannekuva trust remove KUNTANUMERO.",
        "sv": "Varning: nyckeln {fingerprint} är registrerad för mer än en kommun: {held}. "
        "Var och en av dem kan underteckna för de andra. Kontrollera med kommunerna att "
        "nyckeln verkligen är gemensam, eller ta bort den felaktiga: tilannekuva trust remove "
        "KOMMUNNUMMER.",
        "en": "Warning: the key {fingerprint} is registered for more than one municipality: "
        "{held}. Each of them can sign for the others. Check with the municipalities that the "
        "key really is shared, or remove the wrong one: tilannekuva trust remove CODE.",
    },
    "commands.collect.removed": {
        "fi": "Poistettu {count} avainta kunnalta {code}.",
        "sv": "{count} nycklar borttagna för kommunen {code}.",
        "en": "Removed {count} keys of municipality {code}.",
    },
    "commands.collect.removed_one": {
        "fi": "Poistettu 1 avain kunnalta {code}.",
        "sv": "1 nyckel borttagen för kommunen {code}.",
        "en": "Removed 1 key of municipality {code}.",
    },
    # {lines} and {new} from the two messages below, in the singular or plural they need.
    "commands.collect.imported": {
        "fi": "Luettu {lines}, {new} rekisteröity.",
        "sv": "{lines}, {new}.",
        "en": "Read {lines}, registered {new}.",
    },
    "commands.collect.imported_lines": {
        "fi": "{count} riviä",
        "sv": "{count} rader lästa",
        "en": "{count} lines",
    },
    "commands.collect.imported_lines_one": {"fi": "1 rivi", "sv": "1 rad läst", "en": "1 line"},
    "commands.collect.imported_new": {
        "fi": "{count} uutta avainta",
        "sv": "{count} nya nycklar registrerade",
        "en": "{count} new keys",
    },
    "commands.collect.imported_new_one": {
        "fi": "1 uusi avain",
        "sv": "1 ny nyckel registrerad",
        "en": "1 new key",
    },
    "commands.collect.none_trusted": {
        "fi": "Yhtään avainta ei ole rekisteröity. Lisää: tilannekuva trust add KUNTANUMERO "
        "SORMENJÄLKI",
        "sv": "Inga nycklar är registrerade. Lägg till: tilannekuva trust add KOMMUNNUMMER "
        "FINGERAVTRYCK",
        "en": "No keys are registered. Add one: tilannekuva trust add CODE FINGERPRINT",
    },
    # The counts are filled in from the commands.collect.count_ messages, each in the
    # singular or plural its number needs.
    "commands.collect.summary": {
        "fi": "Kierros {round}: {files}, {counted}, {replaced}, {refused}, {ignored}{other_round}{duplicates}.",
        "sv": "Omgång {round}: {files}, {counted}, {replaced}, {refused}, {ignored}{other_round}{duplicates}.",
        "en": "Round {round}: {files}, {counted}, {replaced}, {refused}, {ignored}{other_round}{duplicates}.",
    },
    # The {other_round} of commands.collect.summary, when there are any.
    "commands.collect.count_other_round": {
        "fi": "{count} toisen kierroksen pakettia",
        "sv": "{count} paket från en annan omgång",
        "en": "{count} packages of another round",
    },
    "commands.collect.count_other_round_one": {
        "fi": "1 toisen kierroksen paketti",
        "sv": "1 paket från en annan omgång",
        "en": "1 package of another round",
    },
    # The {duplicates} of commands.collect.summary, when there are any.
    "commands.collect.count_duplicates": {
        "fi": "{count} kaksoiskappaletta (sama paketti uudelleen)",
        "sv": "{count} dubbletter (samma paket en gång till)",
        "en": "{count} duplicates (the same package once more)",
    },
    "commands.collect.count_duplicates_one": {
        "fi": "1 kaksoiskappale (sama paketti uudelleen)",
        "sv": "1 dubblett (samma paket en gång till)",
        "en": "1 duplicate (the same package once more)",
    },
    "commands.collect.count_files": {
        "fi": "{count} tiedostoa",
        "sv": "{count} filer",
        "en": "{count} files",
    },
    "commands.collect.count_files_one": {"fi": "1 tiedosto", "sv": "1 fil", "en": "1 file"},
    "commands.collect.count_counted": {
        "fi": "{count} kuntaa laskettu",
        "sv": "{count} kommuner räknade",
        "en": "{count} municipalities counted",
    },
    "commands.collect.count_counted_one": {
        "fi": "1 kunta laskettu",
        "sv": "1 kommun räknad",
        "en": "1 municipality counted",
    },
    "commands.collect.count_replaced": {
        "fi": "{count} korvattua lähetystä",
        "sv": "{count} ersatta inskickningar",
        "en": "{count} replaced submissions",
    },
    "commands.collect.count_replaced_one": {
        "fi": "1 korvattu lähetys",
        "sv": "1 ersatt inskickning",
        "en": "1 replaced submission",
    },
    "commands.collect.count_refused": {
        "fi": "{count} hylättyä",
        "sv": "{count} avvisade",
        "en": "{count} refused",
    },
    "commands.collect.count_refused_one": {"fi": "1 hylätty", "sv": "1 avvisad", "en": "1 refused"},
    "commands.collect.count_ignored": {
        "fi": "{count} muuta tiedostoa",
        "sv": "{count} andra filer",
        "en": "{count} other files",
    },
    "commands.collect.count_ignored_one": {
        "fi": "1 muu tiedosto",
        "sv": "1 annan fil",
        "en": "1 other file",
    },
    # {mark}: ✗, or X where the console cannot show it.
    "commands.collect.refused_line": {
        "fi": "{mark} {path}\n    {reason}",
        "sv": "{mark} {path}\n    {reason}",
        "en": "{mark} {path}\n    {reason}",
    },
    # A file recorded before under a folder collected again, no longer there.
    "commands.collect.gone_line": {
        "fi": "– {path}\n    Tiedostoa ei enää ole kansiossa: sitä ei lasketa.",
        "sv": "– {path}\n    Filen finns inte längre i mappen: den räknas inte.",
        "en": "– {path}\n    The file is no longer in the folder: it is not counted.",
    },
    # A file forgotten with collect --forget.
    "commands.collect.forgotten_line": {
        "fi": "– {path}\n    Unohdettu: tiedostoa ei enää lasketa eikä luetella.",
        "sv": "– {path}\n    Glömd: filen räknas och listas inte längre.",
        "en": "– {path}\n    Forgotten: the file is no longer counted or listed.",
    },
    # A sound package of another round: not refused, collected with that round.
    "commands.collect.other_round_line": {
        "fi": "– {path}\n    {reason}",
        "sv": "– {path}\n    {reason}",
        "en": "– {path}\n    {reason}",
    },
    "commands.collect.missing_hint": {
        "fi": "Vastaus puuttuu {count} kunnalta: tilannekuva missing {round}",
        "sv": "Svar saknas från {count} kommuner: tilannekuva missing {round}",
        "en": "{count} municipalities have not answered: tilannekuva missing {round}",
    },
    "commands.collect.missing_hint_one": {
        "fi": "Vastaus puuttuu 1 kunnalta: tilannekuva missing {round}",
        "sv": "Svar saknas från 1 kommun: tilannekuva missing {round}",
        "en": "1 municipality has not answered: tilannekuva missing {round}",
    },
    "commands.collect.written": {
        "fi": "Koonti kirjoitettu:\n  {files}",
        "sv": "Sammanställningen skriven:\n  {files}",
        "en": "The national picture written:\n  {files}",
    },
    "commands.collect.missing_none": {
        "fi": "Kaikki kunnat ovat vastanneet kierrokseen {round}.",
        "sv": "Alla kommuner har svarat på omgången {round}.",
        "en": "Every municipality has answered round {round}.",
    },
    "commands.collect.missing_count": {
        "fi": "Kierroksen {round} vastaus puuttuu {count} kunnalta.",
        "sv": "Svar för omgången {round} saknas från {count} kommuner.",
        "en": "{count} municipalities have not answered round {round}.",
    },
    "commands.collect.missing_count_one": {
        "fi": "Kierroksen {round} vastaus puuttuu 1 kunnalta.",
        "sv": "Svar för omgången {round} saknas från 1 kommun.",
        "en": "1 municipality has not answered round {round}.",
    },
    "commands.collect.contact": {
        "fi": "yhteyshenkilö ({round}): {person}",
        "sv": "kontaktperson ({round}): {person}",
        "en": "contact ({round}): {person}",
    },
    "commands.collect.refused_package": {
        "fi": "paketti hylättiin ({name})",
        "sv": "paketet avvisades ({name})",
        "en": "the package was refused ({name})",
    },
    "commands.collect.no_contact": {
        "fi": "ei yhteystietoja aiemmilta kierroksilta",
        "sv": "inga kontaktuppgifter från tidigare omgångar",
        "en": "no contact details from earlier rounds",
    },
    "commands.round.round": {
        "fi": "kyselykierrokset kierrospaketteina (.tkround): build, check, add",
        "sv": "enkätomgångar som omgångspaket (.tkround): build, check, add",
        "en": "survey rounds as round packages (.tkround): build, check, add",
    },
    "commands.round.a_round_command": {
        "fi": "build tekee paketin kansiosta, check tarkistaa kansion, add lisää paketin",
        "sv": "build skapar ett paket av en mapp, check kontrollerar en mapp, add lägger till ett paket",
        "en": "build makes a package from a folder, check checks a folder, add adds a package",
    },
    "commands.round.round_build": {
        "fi": "tarkista kierroksen kansio ja tee siitä allekirjoitettu kierrospaketti",
        "sv": "kontrollera omgångens mapp och skapa ett undertecknat omgångspaket av den",
        "en": "check a round's folder and make a signed round package of it",
    },
    "commands.round.round_check": {
        "fi": "näytä kierroksen kansion kaikki virheet ja tee lomakkeesta luonnos-PDF:t",
        "sv": "visa alla fel i omgångens mapp och skapa utkast-PDF:er av formuläret",
        "en": "show every problem of a round's folder and make draft PDFs of the form",
    },
    "commands.round.round_add": {
        "fi": "lisää kierrospaketti tähän ohjelmaan (allekirjoitus ja määrittely tarkistetaan)",
        "sv": "lägg till ett omgångspaket i programmet (underskrift och definition kontrolleras)",
        "en": "add a round package to this program (its signature and definition are checked)",
    },
    "commands.round.a_folder": {
        "fi": "kansio, jossa on kierroksen manifesti (VVVV-N.json) ja uudet lomakkeet",
        "sv": "mapp med omgångens manifest (ÅÅÅÅ-N.json) och de nya formulären",
        "en": "folder with the round's manifest (YYYY-N.json) and its new forms",
    },
    "commands.round.a_package": {
        "fi": "kierrospaketti (.tkround)",
        "sv": "omgångspaket (.tkround)",
        "en": "round package (.tkround)",
    },
    "commands.round.round_out": {
        "fi": "kirjoitettava kierrospaketti (.tkround)",
        "sv": "omgångspaketet som skrivs (.tkround)",
        "en": "the round package to write (.tkround)",
    },
    "commands.round.round_key": {
        "fi": "allekirjoittava avain (PKCS#12); oletus tietokansion organisaatioavain",
        "sv": "nyckeln som undertecknar (PKCS#12); standard är datamappens organisationsnyckel",
        "en": "the signing key (PKCS#12); by default the data folder's organisation key",
    },
    "commands.round.passphrase_file": {
        "fi": "lue avaimen tunnuslause tiedostosta (- = vakiosyöte)",
        "sv": "läs nyckelns lösenfras från en fil (- = standardinmatning)",
        "en": "read the key's passphrase from a file (- = standard input)",
    },
    "commands.round.drafts": {
        "fi": "kansio, johon luonnos-PDF:t kirjoitetaan (oletus nykyinen kansio)",
        "sv": "mapp där utkast-PDF:erna skrivs (standard är den aktuella mappen)",
        "en": "folder the draft PDFs are written to (by default the current folder)",
    },
    "commands.round.built": {
        "fi": "Kierrospaketti {path} tehty: kierros {round} ({title}), {count} tiedostoa, allekirjoittaja {signer}, sormenjälki {fingerprint}.",
        "sv": "Omgångspaketet {path} har skapats: omgång {round} ({title}), {count} filer, undertecknare {signer}, fingeravtryck {fingerprint}.",
        "en": "Round package {path} made: round {round} ({title}), {count} files, signed by {signer}, fingerprint {fingerprint}.",
    },
    "commands.round.checked": {
        "fi": "Kierroksen {round} määrittely on kunnossa ({count} tiedostoa).",
        "sv": "Definitionen av omgången {round} är i ordning ({count} filer).",
        "en": "The definition of round {round} is sound ({count} files).",
    },
    "commands.round.problems": {
        "fi": "Määrittelyssä on {count} virhettä:",
        "sv": "Definitionen innehåller {count} fel:",
        "en": "The definition has {count} problems:",
    },
    "commands.round.problems_one": {
        "fi": "Määrittelyssä on 1 virhe:",
        "sv": "Definitionen innehåller 1 fel:",
        "en": "The definition has 1 problem:",
    },
    "commands.round.drafts_written": {
        "fi": "Luonnokset: {empty} (tyhjä) ja {filled} (esimerkkivastauksin)",
        "sv": "Utkast: {empty} (tomt) och {filled} (med exempelsvar)",
        "en": "Drafts: {empty} (empty) and {filled} (with example answers)",
    },
    "commands.round.added": {
        "fi": "Kierros {round} lisätty: {title}. Allekirjoittaja {signer}, sormenjälki {fingerprint}.",
        "sv": "Omgången {round} har lagts till: {title}. Undertecknare {signer}, fingeravtryck {fingerprint}.",
        "en": "Round {round} added: {title}. Signed by {signer}, fingerprint {fingerprint}.",
    },
    "commands.round.already": {
        "fi": "Kierros {round} on jo ohjelmassa samanlaisena; mitään ei muutettu.",
        "sv": "Omgången {round} finns redan i programmet med samma innehåll; inget ändrades.",
        "en": "Round {round} is already in the program as it is; nothing was changed.",
    },
    "commands.round.own_key_trusted": {
        "fi": "Tämä datakansio luottaa nyt kierroksiin, jotka on allekirjoitettu tällä avaimella, "
        "joten oman kopion voi lisätä: tilannekuva round add {path}",
        "sv": "Den här datamappen litar nu på omgångar som undertecknats med den här nyckeln, så "
        "den egna kopian kan läggas till: tilannekuva round add {path}",
        "en": "This data folder now trusts rounds signed with this key, so your own copy can be "
        "added: tilannekuva round add {path}",
    },
    "commands.round.no_folder": {
        "fi": "Kansiota {path} ei ole eikä sitä voi luoda. Valitse toinen kansio (--out).",
        "sv": "Mappen {path} finns inte och kan inte skapas. Välj en annan mapp (--out).",
        "en": "The folder {path} does not exist and cannot be made. Choose another (--out).",
    },
    "commands.round.unwritable": {
        "fi": "Tiedostoa {path} ei voi kirjoittaa: {reason}",
        "sv": "Filen {path} kan inte skrivas: {reason}",
        "en": "The file {path} cannot be written: {reason}",
    },
    "commands.round.from_package": {
        "fi": "    lisätty kierrospaketista {when}; allekirjoittaja {signer} ({fingerprint})",
        "sv": "    tillagd från ett omgångspaket {when}; undertecknare {signer} ({fingerprint})",
        "en": "    added from a round package {when}; signed by {signer} ({fingerprint})",
    },
}

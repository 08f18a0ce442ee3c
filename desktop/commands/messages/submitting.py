"""What the command line says about submitting, keys, checking packages and collecting them, in
fi/sv/en, and the step it adds after a core message."""

from __future__ import annotations

from typing import Final

from desktop.i18n import Catalogue

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
        "fi": "tuo CSV-tiedosto, jossa rivi kohden kuntanumero,sormenjälki",
        "sv": "importera en CSV-fil med kommunnummer,fingeravtryck per rad",
        "en": "import a CSV file with code,fingerprint per line",
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
    "commands.collect.removed": {
        "fi": "Poistettu {count} avainta kunnalta {code}.",
        "sv": "{count} nycklar borttagna för kommunen {code}.",
        "en": "Removed {count} keys of municipality {code}.",
    },
    "commands.collect.imported": {
        "fi": "Luettu {lines} riviä, {new} uutta avainta rekisteröity.",
        "sv": "{lines} rader lästa, {new} nya nycklar registrerade.",
        "en": "Read {lines} lines, registered {new} new keys.",
    },
    "commands.collect.none_trusted": {
        "fi": "Yhtään avainta ei ole rekisteröity. Lisää: tilannekuva trust add KUNTANUMERO "
        "SORMENJÄLKI",
        "sv": "Inga nycklar är registrerade. Lägg till: tilannekuva trust add KOMMUNNUMMER "
        "FINGERAVTRYCK",
        "en": "No keys are registered. Add one: tilannekuva trust add CODE FINGERPRINT",
    },
    "commands.collect.summary": {
        "fi": "Kierros {round}: {files} tiedostoa, {counted} kuntaa laskettu, {replaced} korvattua "
        "lähetystä, {refused} hylättyä, {ignored} muuta tiedostoa.",
        "sv": "Omgång {round}: {files} filer, {counted} kommuner räknade, {replaced} ersatta "
        "inskickningar, {refused} avvisade, {ignored} andra filer.",
        "en": "Round {round}: {files} files, {counted} municipalities counted, {replaced} "
        "replaced submissions, {refused} refused, {ignored} other files.",
    },
    "commands.collect.refused_line": {
        "fi": "✗ {path}\n    {reason}",
        "sv": "✗ {path}\n    {reason}",
        "en": "✗ {path}\n    {reason}",
    },
    "commands.collect.missing_hint": {
        "fi": "Vastaus puuttuu {count} kunnalta: tilannekuva missing {round}",
        "sv": "Svar saknas från {count} kommuner: tilannekuva missing {round}",
        "en": "{count} municipalities have not answered: tilannekuva missing {round}",
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
    "commands.collect.contact": {
        "fi": "yhteyshenkilö ({round}): {person}",
        "sv": "kontaktperson ({round}): {person}",
        "en": "contact ({round}): {person}",
    },
    "commands.collect.no_contact": {
        "fi": "ei yhteystietoja aiemmilta kierroksilta",
        "sv": "inga kontaktuppgifter från tidigare omgångar",
        "en": "no contact details from earlier rounds",
    },
    "commands.secrets.prompt": {
        "fi": "Avaimen {path} tunnuslause: ",
        "sv": "Lösenfras för nyckeln {path}: ",
        "en": "Passphrase of the key {path}: ",
    },
    "commands.secrets.prompt_new": {
        "fi": "Uuden avaimen tunnuslause (tyhjä = ei tunnuslausetta): ",
        "sv": "Lösenfras för den nya nyckeln (tom = ingen lösenfras): ",
        "en": "Passphrase for the new key (empty = no passphrase): ",
    },
    "commands.secrets.prompt_again": {
        "fi": "Sama tunnuslause uudelleen: ",
        "sv": "Samma lösenfras igen: ",
        "en": "The same passphrase again: ",
    },
    "commands.secrets.mismatch": {
        "fi": "Tunnuslauseet eivät olleet samat. Mitään ei tallennettu.",
        "sv": "Lösenfraserna var inte samma. Inget sparades.",
        "en": "The passphrases were not the same. Nothing was saved.",
    },
    "commands.secrets.unreadable": {
        "fi": "Tunnuslausetiedostoa {path} ei voitu lukea: {reason}.",
        "sv": "Lösenfrasfilen {path} kunde inte läsas: {reason}.",
        "en": "The passphrase file {path} could not be read: {reason}.",
    },
    "commands.submit.draft_done": {
        "fi": "Luonnos (allekirjoittamaton, ei lähetetty): {report}",
        "sv": "Utkast (osignerat, inte inskickat): {report}",
        "en": "Draft (unsigned, not submitted): {report}",
    },
    "commands.submit.draft_problems": {
        "fi": "Luonnoksessa on {count} korjattavaa; ne on lueteltu raportin lopussa.",
        "sv": "Utkastet har {count} saker att rätta; de listas i slutet av rapporten.",
        "en": "The draft has {count} things to fix; they are listed at the end of the report.",
    },
    "commands.submit.late_question": {
        "fi": "Kierros {round} päättyi {closes}. Lähetetäänkö vastaukset silti myöhässä? [k/E] ",
        "sv": "Omgången {round} stängdes {closes}. Skickas svaren ändå för sent? [j/N] ",
        "en": "Round {round} closed on {closes}. Submit the answers late anyway? [y/N] ",
    },
    "commands.submit.late_not_sent": {
        "fi": "Kierrosta {round} ei lähetetty.",
        "sv": "Omgången {round} skickades inte in.",
        "en": "Round {round} was not submitted.",
    },
    "commands.submit.draft_problems_one": {
        "fi": "Luonnoksessa on 1 korjattava asia; se on mainittu raportin lopussa.",
        "sv": "Utkastet har 1 sak att rätta; den nämns i slutet av rapporten.",
        "en": "The draft has 1 thing to fix; it is named at the end of the report.",
    },
    "commands.submit.final_done": {
        "fi": "Lähetys {number} kierrokselle {round} on valmis ja kierros on lukittu.\n"
        "  Paketti:  {package}\n  Raportti: {report}\n  Avaimen sormenjälki: {fingerprint}\n"
        "Lähetä molemmat tiedostot ja kerro sormenjälki vastaanottajalle muuta kautta.",
        "sv": "Inskickning {number} för omgången {round} är klar och omgången är låst.\n"
        "  Paket:   {package}\n  Rapport: {report}\n  Nyckelns fingeravtryck: {fingerprint}\n"
        "Skicka båda filerna och meddela mottagaren fingeravtrycket på annat sätt.",
        "en": "Submission {number} of round {round} is ready and the round is locked.\n"
        "  Package: {package}\n  Report:  {report}\n  Key fingerprint: {fingerprint}\n"
        "Send both files and tell the receiver the fingerprint by other means.",
    },
    "commands.submit.key_show": {
        "fi": "Organisaatioavain: {path}\n  Nimi: {subject}\n  Voimassa: {start}–{end}\n"
        "  Sormenjälki: {fingerprint}",
        "sv": "Organisationsnyckel: {path}\n  Namn: {subject}\n  Giltig: {start}–{end}\n"
        "  Fingeravtryck: {fingerprint}",
        "en": "Organisation key: {path}\n  Name: {subject}\n  Valid: {start}–{end}\n"
        "  Fingerprint: {fingerprint}",
    },
    "commands.submit.key_made": {
        "fi": "Uusi avain on luotu. Kerro sormenjälki vastaanottajalle muuta kautta (esim. "
        "puhelimitse tai kirjeellä), jotta se voi luottaa allekirjoitukseesi.",
        "sv": "En ny nyckel har skapats. Meddela mottagaren fingeravtrycket på annat sätt (t.ex. "
        "per telefon eller brev) så att den kan lita på din underskrift.",
        "en": "A new key has been created. Tell the receiver the fingerprint by other means (e.g. "
        "by phone or letter) so that they can trust your signature.",
    },
    "commands.submit.no_passphrase": {
        "fi": "Huom: avaimella ei ole tunnuslausetta; sitä suojaavat vain tiedoston käyttöoikeudet.",
        "sv": "Obs: nyckeln har ingen lösenfras; den skyddas endast av filens behörigheter.",
        "en": "Note: the key has no passphrase; only the file's permissions protect it.",
    },
    "commands.submit.no_submissions": {
        "fi": "Kierrosta {round} ei ole lähetetty.",
        "sv": "Omgången {round} har inte skickats in.",
        "en": "Round {round} has not been submitted.",
    },
    "commands.submit.submission_line": {
        "fi": "{number}. {at}  {actor}  {name}\n   paketti SHA-256 {package}\n   "
        "sormenjälki {fingerprint}",
        "sv": "{number}. {at}  {actor}  {name}\n   paket SHA-256 {package}\n   "
        "fingeravtryck {fingerprint}",
        "en": "{number}. {at}  {actor}  {name}\n   package SHA-256 {package}\n   "
        "fingerprint {fingerprint}",
    },
    "commands.submit.locked": {
        "fi": "Kierros on lukittu; korjaus aloitetaan: tilannekuva correct {round}",
        "sv": "Omgången är låst; en rättelse påbörjas med: tilannekuva correct {round}",
        "en": "The round is locked; start a correction with: tilannekuva correct {round}",
    },
    "commands.submit.correcting": {
        "fi": "Kierros on auki korjausta varten; seuraava lähetys on numero {number}.",
        "sv": "Omgången är öppen för rättelse; nästa inskickning får nummer {number}.",
        "en": "The round is open for a correction; the next submission is number {number}.",
    },
    "commands.submit.saved_files": {
        "fi": "Lähetyksen {number} tiedostot tallennettu:\n  {package}\n  {report}",
        "sv": "Filerna för inskickning {number} har sparats:\n  {package}\n  {report}",
        "en": "The files of submission {number} were saved:\n  {package}\n  {report}",
    },
    "commands.submit.correction_started": {
        "fi": "Kierros {round} on avattu korjausta varten. Aiemmat lähetykset säilyvät. Korjaa "
        "vastaukset ja vie kierros uudelleen; siitä tulee lähetys {number}.",
        "sv": "Omgången {round} har öppnats för rättelse. Tidigare inskickningar bevaras. Rätta "
        "svaren och exportera omgången igen; det blir inskickning {number}.",
        "en": "Round {round} is open for a correction. Earlier submissions are kept. Correct the "
        "answers and export the round again; it becomes submission {number}.",
    },
    "commands.submit.not_locked": {
        "fi": "Kierros {round} ei ole lukittu; sitä voi muokata suoraan.",
        "sv": "Omgången {round} är inte låst; den kan redigeras direkt.",
        "en": "Round {round} is not locked; it can be edited directly.",
    },
    "commands.submit.no_profile_for_key": {
        "fi": "Avain nimetään kunnan mukaan: valitse kunta ensin: tilannekuva profile "
        "--municipality KUNTANUMERO",
        "sv": "Nyckeln namnges efter kommunen: välj kommun först: tilannekuva profile "
        "--municipality KOMMUNNUMMER",
        "en": "The key is named after the municipality: choose it first: tilannekuva profile "
        "--municipality CODE",
    },
    "commands.verify.file": {"fi": "== {path} ==", "sv": "== {path} ==", "en": "== {path} =="},
    "commands.verify.verdict_ok": {
        "fi": "Tulos: tiedosto on kunnossa, ja sen allekirjoittaja on luotettujen listalla.",
        "sv": "Resultat: filen är i ordning och dess undertecknare finns på listan över betrodda.",
        "en": "Result: the file is sound, and its signer is on the trusted list.",
    },
    "commands.verify.verdict_unconfirmed": {
        "fi": "Tulos: allekirjoitus on ehjä eikä tiedostoa ole muutettu allekirjoittamisen "
        "jälkeen, MUTTA allekirjoittajaa ei ole vahvistettu: luotettuja sormenjälkiä ei "
        "annettu. Vahvista sormenjälki {fingerprint} allekirjoittajalta muuta kautta "
        "(puhelimitse tai kirjeellä) ja tarkista uudelleen: tilannekuva verify TIEDOSTO "
        '--trusted "{fingerprint}"',
        "sv": "Resultat: underskriften är intakt och filen har inte ändrats efter "
        "underskriften, MEN undertecknaren är inte bekräftad: inga betrodda fingeravtryck "
        "angavs. Bekräfta fingeravtrycket {fingerprint} med undertecknaren på annat sätt "
        "(per telefon eller brev) och kontrollera igen: tilannekuva verify FIL "
        '--trusted "{fingerprint}"',
        "en": "Result: the signature is intact and the file is unchanged since signing, BUT "
        "the signer is not confirmed: no trusted fingerprints were given. Confirm the "
        "fingerprint {fingerprint} with the signer by other means (by phone or letter) and "
        'check again: tilannekuva verify FILE --trusted "{fingerprint}"',
    },
    "commands.verify.verdict_refused": {
        "fi": "Tulos: tiedostoa EI hyväksytä.",
        "sv": "Resultat: filen godkänns INTE.",
        "en": "Result: the file is NOT accepted.",
    },
    "commands.verify.nothing_in_folder": {
        "fi": "Kansiossa {path} ei ole paketteja (.asice) eikä raportteja (.pdf).",
        "sv": "Mappen {path} innehåller inga paket (.asice) eller rapporter (.pdf).",
        "en": "The folder {path} holds no packages (.asice) or reports (.pdf).",
    },
    "commands.verify.summary": {
        "fi": "Yhteensä {count} tiedostoa: {sound} kunnossa (joista {unconfirmed} ilman "
        "vahvistettua allekirjoittajaa), {refused} hylätty.",
        "sv": "Totalt {count} filer: {sound} i ordning (varav {unconfirmed} utan bekräftad "
        "undertecknare), {refused} underkända.",
        "en": "In all {count} files: {sound} sound ({unconfirmed} of them with the signer "
        "unconfirmed), {refused} refused.",
    },
    "commands.verify.summary_refused": {
        "fi": "Hylätty: {path}",
        "sv": "Underkänd: {path}",
        "en": "Refused: {path}",
    },
    # What to do next, added by the command line to a core message of the same id.
    "commands.next.survey.answer.table_as_text": {
        "fi": "Koko arvon voi antaa myös JSONina (--json).",
        "sv": "Hela värdet kan också ges som JSON (--json).",
        "en": "The whole value can also be given as JSON (--json).",
    },
    "commands.next.storage.database.not_a_folder": {
        "fi": "Anna kansio valinnalla --data-dir.",
        "sv": "Ange mappen med --data-dir.",
        "en": "Give the folder with --data-dir.",
    },
    "commands.next.submission.refusal.unexplained_warnings": {
        "fi": 'Huomautukset: tilannekuva validate {round}; vahvistus: tilannekuva explain {round} OSOITE "selitys".',
        "sv": 'Anmärkningarna: tilannekuva validate {round}; bekräftelse: tilannekuva explain {round} ADRESS "förklaring".',
        "en": 'The warnings: tilannekuva validate {round}; a confirmation: tilannekuva explain {round} POINTER "explanation".',
    },
    "commands.next.submission.refusal.has_problems": {
        "fi": "Korjattavat: tilannekuva validate {round}; luonnos: tilannekuva export {round} --draft",
        "sv": "Det som ska rättas: tilannekuva validate {round}; utkast: tilannekuva export {round} --draft",
        "en": "What to fix: tilannekuva validate {round}; a draft: tilannekuva export {round} --draft",
    },
    "commands.next.submission.refusal.closed": {
        "fi": "Myöhässä: tilannekuva export {round} --yes",
        "sv": "För sent: tilannekuva export {round} --yes",
        "en": "Late: tilannekuva export {round} --yes",
    },
    "commands.next.submission.refusal.already_submitted": {
        "fi": "Korjaus: tilannekuva correct {round}",
        "sv": "Rättelse: tilannekuva correct {round}",
        "en": "A correction: tilannekuva correct {round}",
    },
    "commands.next.submission.refusal.no_key": {
        "fi": "Luo se: tilannekuva key create",
        "sv": "Skapa den: tilannekuva key create",
        "en": "Create it: tilannekuva key create",
    },
    "commands.next.submission.refusal.recorded_not_saved": {
        "fi": "Tallenna ne toiseen kansioon: tilannekuva submissions {round} --out KANSIO",
        "sv": "Spara dem i en annan mapp: tilannekuva submissions {round} --out MAPP",
        "en": "Save them to another folder: tilannekuva submissions {round} --out FOLDER",
    },
    "commands.next.workbook.unknown_pointer": {
        "fi": "Kysymysten osoitteet: tilannekuva show {round}",
        "sv": "Frågornas adresser: tilannekuva show {round}",
        "en": "The questions' addresses: tilannekuva show {round}",
    },
    "commands.next.workbook.read_only": {
        "fi": "Muuta profiilia: tilannekuva profile",
        "sv": "Ändra profilen: tilannekuva profile",
        "en": "Change the profile: tilannekuva profile",
    },
    "commands.next.workbook.no_warning": {
        "fi": "Huomautukset: tilannekuva validate {round}",
        "sv": "Anmärkningarna: tilannekuva validate {round}",
        "en": "The warnings: tilannekuva validate {round}",
    },
    "commands.next.workbook.no_profile": {
        "fi": "Valitse ensin: tilannekuva profile --municipality KUNTANUMERO",
        "sv": "Välj först: tilannekuva profile --municipality KOMMUNNUMMER",
        "en": "Choose first: tilannekuva profile --municipality CODE",
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
    "commands.demo.round_published": {
        "fi": "Koordinaattori julkaisi kierroksen {round} kierrospakettina {path} (demon koordinaattoriavain, sormenjälki {fingerprint}).",
        "sv": "Koordinatorn publicerade omgången {round} som omgångspaketet {path} (demons koordinatornyckel, fingeravtryck {fingerprint}).",
        "en": "The coordinator published round {round} as the round package {path} (the demo's coordinator key, fingerprint {fingerprint}).",
    },
    "commands.demo.round_added": {
        "fi": "Kierros lisätty ohjelmaan: {round} {title}",
        "sv": "Omgången har lagts till i programmet: {round} {title}",
        "en": "The round was added to the program: {round} {title}",
    },
    "commands.demo.round_already": {
        "fi": "Kierros {round} oli jo lisätty aiemmassa demossa.",
        "sv": "Omgången {round} lades redan till i en tidigare demo.",
        "en": "Round {round} was already added in an earlier demo.",
    },
}

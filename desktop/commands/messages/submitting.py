"""What the command line says about submitting, keys and checking packages, in
fi/sv/en, and the step it adds after a core message."""

from __future__ import annotations

from desktop.i18n import Catalogue

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without loading typing (start-up time)
if TYPE_CHECKING:
    from typing import Final

MESSAGES: Final[Catalogue] = {
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
    "commands.secrets.not_utf8": {
        "fi": "Tunnuslausetiedosto {path} ei ole UTF-8-tekstiä. Tallenna se UTF-8-muodossa"
        " (Muistiossa: Tallenna nimellä → Koodaus: UTF-8) tai kirjoita tunnuslause kysyttäessä.",
        "sv": "Lösenfrasfilen {path} är inte UTF-8-text. Spara den i UTF-8-format"
        " (i Anteckningar: Spara som → Kodning: UTF-8) eller skriv lösenfrasen när den efterfrågas.",
        "en": "The passphrase file {path} is not UTF-8 text. Save it as UTF-8"
        " (in Notepad: Save as → Encoding: UTF-8) or type the passphrase when asked.",
    },
    "commands.secrets.stdin_not_utf8": {
        "fi": "Vakiosyötteestä luettu tunnuslause ei ole UTF-8-tekstiä. Anna se UTF-8-muotoisessa"
        " tiedostossa (--passphrase-file TIEDOSTO) tai kirjoita se kysyttäessä.",
        "sv": "Lösenfrasen som lästes från standardinmatningen är inte UTF-8-text. Ge den i en fil"
        " i UTF-8-format (--passphrase-file FIL) eller skriv den när den efterfrågas.",
        "en": "The passphrase read from standard input is not UTF-8 text. Give it in a UTF-8"
        " file (--passphrase-file FILE) or type it when asked.",
    },
    "commands.secrets.no_stdin": {
        "fi": "Tunnuslausetta ei voi lukea vakiosyötteestä, koska ohjelmalla ei ole sitä."
        " Anna tunnuslause tiedostossa (--passphrase-file TIEDOSTO).",
        "sv": "Lösenfrasen kan inte läsas från standardinmatningen, eftersom programmet inte har"
        " någon. Ge lösenfrasen i en fil (--passphrase-file FIL).",
        "en": "The passphrase cannot be read from standard input: the program has none."
        " Give the passphrase in a file (--passphrase-file FILE).",
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
    "commands.submit.key_not_here": {
        "fi": "Organisaatioavainta ei ole tässä tietokansiossa ({path}), mutta tietokansion "
        "lähetykset on allekirjoitettu avaimella, jonka sormenjälki on {fingerprint} (viimeksi "
        "kierroksen {round} lähetys {number}). Kopioi {name} vanhalta tietokoneelta tähän "
        "tietokansioon tai tuo se: tilannekuva key import TIEDOSTO. Uudella avaimella "
        "allekirjoitetun lähetyksen vastaanottaja hylkää, kunnes se on rekisteröinyt uuden "
        "sormenjäljen.",
        "sv": "Organisationsnyckeln finns inte i den här datamappen ({path}), men datamappens "
        "inskickningar har undertecknats med nyckeln med fingeravtrycket {fingerprint} (senast "
        "omgången {round}, inskickning {number}). Kopiera {name} från den gamla datorn till den "
        "här datamappen eller importera den: tilannekuva key import FIL. En inskickning som "
        "undertecknats med en ny nyckel underkänns av mottagaren tills den har registrerat det "
        "nya fingeravtrycket.",
        "en": "The organisation key is not in this data folder ({path}), but the data folder's "
        "submissions were signed with the key whose fingerprint is {fingerprint} (last round "
        "{round}, submission {number}). Copy {name} from the old computer into this data "
        "folder or import it: tilannekuva key import FILE. The receiver refuses a submission "
        "signed with a new key until they have registered its fingerprint.",
    },
    "commands.submit.key_not_earlier": {
        "fi": "Huom: tämän tietokansion aiemmat lähetykset on allekirjoitettu toisella avaimella "
        "(sormenjälki {earlier}). Vastaanottaja hyväksyy uudella avaimella allekirjoitetun "
        "lähetyksen vasta, kun se on rekisteröinyt uuden sormenjäljen; lähetys tällä avaimella "
        "tarvitsee valinnan --new-key.",
        "sv": "Obs: den här datamappens tidigare inskickningar har undertecknats med en annan "
        "nyckel (fingeravtryck {earlier}). Mottagaren godkänner en inskickning som undertecknats "
        "med den nya nyckeln först när den har registrerat det nya fingeravtrycket; en "
        "inskickning med den här nyckeln kräver flaggan --new-key.",
        "en": "Note: this data folder's earlier submissions were signed with another key "
        "(fingerprint {earlier}). The receiver accepts a submission signed with the new key "
        "only once they have registered the new fingerprint; submitting with this key needs "
        "the option --new-key.",
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
        "fi": "Kierros on lukittu; korjaus aloitetaan: {program} correct {round}",
        "sv": "Omgången är låst; en rättelse påbörjas med: {program} correct {round}",
        "en": "The round is locked; start a correction with: {program} correct {round}",
    },
    "commands.submit.correcting": {
        "fi": "Kierros on auki korjausta varten; seuraava lähetys on numero {number}.",
        "sv": "Omgången är öppen för rättelse; nästa inskickning får nummer {number}.",
        "en": "The round is open for a correction; the next submission is number {number}.",
    },
    "commands.submit.saved_files": {
        "fi": "Lähetyksen {number} tiedostot tallennettu:\n  {package}\n    SHA-256 "
        "{package_sha256}\n  {report}\n    SHA-256 {report_sha256}",
        "sv": "Filerna för inskickning {number} har sparats:\n  {package}\n    SHA-256 "
        "{package_sha256}\n  {report}\n    SHA-256 {report_sha256}",
        "en": "The files of submission {number} were saved:\n  {package}\n    SHA-256 "
        "{package_sha256}\n  {report}\n    SHA-256 {report_sha256}",
    },
    "commands.submit.correction_started": {
        "fi": "Kierros {round} on avattu korjausta varten. Aiemmat lähetykset säilyvät. Korjaa "
        "vastaukset ja vie kierros uudelleen; siitä tulee lähetys {number}.",
        "sv": "Omgången {round} har öppnats för rättelse. Tidigare inskickningar bevaras. Rätta "
        "svaren och exportera omgången igen; det blir inskickning {number}.",
        "en": "Round {round} is open for a correction. Earlier submissions are kept. Correct the "
        "answers and export the round again; it becomes submission {number}.",
    },
    "commands.submit.not_correcting": {
        "fi": "Kierrosta {round} ei ole avattu korjausta varten; peruttavaa korjausta ei ole.",
        "sv": "Omgången {round} är inte öppnad för rättelse; det finns ingen rättelse att avbryta.",
        "en": "Round {round} is not open for a correction; there is no correction to cancel.",
    },
    "commands.submit.cancel_answers": {
        "fi": "Korjauksessa muutettuja vastauksia: {count}, osioissa:",
        "sv": "Svar ändrade i rättelsen: {count}, i avsnitten:",
        "en": "Answers changed in the correction: {count}, in the sections:",
    },
    "commands.submit.cancel_explanations": {
        "fi": "Korjauksessa muutettuja huomautusten selityksiä: {count}",
        "sv": "Förklaringar till anmärkningar ändrade i rättelsen: {count}",
        "en": "Explanations of warnings changed in the correction: {count}",
    },
    "commands.submit.cancel_question": {
        "fi": "Perutaanko korjaus? Nämä muutokset hylätään, ja kierros palautetaan lähetyksen "
        "{number} mukaiseksi. [k/E] ",
        "sv": "Avbryta rättelsen? Dessa ändringar förkastas, och omgången återställs enligt "
        "inskickning {number}. [j/N] ",
        "en": "Cancel the correction? These changes are discarded, and the round is put back as "
        "submission {number} left it. [y/N] ",
    },
    "commands.submit.cancel_needs_yes": {
        "fi": "Korjauksen peruminen hylkää nämä muutokset. Vahvista lisäämällä --yes. Mitään ei "
        "muutettu; korjaus jatkuu.",
        "sv": "Att avbryta rättelsen förkastar dessa ändringar. Bekräfta med --yes. Inget "
        "ändrades; rättelsen fortsätter.",
        "en": "Cancelling the correction discards these changes. Confirm with --yes. Nothing was "
        "changed; the correction goes on.",
    },
    "commands.submit.cancel_declined": {
        "fi": "Korjausta ei peruttu; muutokset säilyvät.",
        "sv": "Rättelsen avbröts inte; ändringarna finns kvar.",
        "en": "The correction was not cancelled; the changes are kept.",
    },
    "commands.submit.correction_cancelled": {
        "fi": "Kierroksen {round} korjaus on peruttu. Kierros on taas lukittu, ja sen vastaus on "
        "lähetys {number}.",
        "sv": "Rättelsen av omgången {round} har avbrutits. Omgången är låst igen, och dess svar "
        "är inskickning {number}.",
        "en": "The correction of round {round} is cancelled. The round is locked again, and its "
        "answer is submission {number}.",
    },
    "commands.submit.not_locked": {
        "fi": "Kierros {round} ei ole lukittu; sitä voi muokata suoraan.",
        "sv": "Omgången {round} är inte låst; den kan redigeras direkt.",
        "en": "Round {round} is not locked; it can be edited directly.",
    },
    "commands.submit.no_profile_for_key": {
        "fi": "Avain nimetään kunnan mukaan: valitse kunta ensin: tilannekuva profile "
        "--municipality KUNTANUMERO. Organisaatio, joka ei ole kunta (esim. kokoaja), tekee "
        'avaimensa omiin nimiinsä: tilannekuva key create --organisation "NIMI"',
        "sv": "Nyckeln namnges efter kommunen: välj kommun först: tilannekuva profile "
        "--municipality KOMMUNNUMMER. En organisation som inte är en kommun (t.ex. den som "
        'sammanställer) skapar nyckeln i sitt eget namn: tilannekuva key create --organisation "NAMN"',
        "en": "The key is named after the municipality: choose it first: tilannekuva profile "
        "--municipality CODE. An organisation that is not a municipality (the coordinator, "
        'say) makes its key in its own name: tilannekuva key create --organisation "NAME"',
    },
    "commands.submit.bad_organisation": {
        "fi": "Anna organisaation nimi (1–{limit} merkkiä, ei ohjausmerkkejä).",
        "sv": "Ange organisationens namn (1–{limit} tecken, inga styrtecken).",
        "en": "Give the organisation's name (1–{limit} characters, no control characters).",
    },
    "commands.submit.summary_title": {
        "fi": "Ennen lähettämistä – kierros {round}:",
        "sv": "Före inskickningen – omgång {round}:",
        "en": "Before submitting – round {round}:",
    },
    "commands.submit.summary_since": {
        "fi": "Muutettu lähetyksen {number} jälkeen ({count}):",
        "sv": "Ändrat efter inskickning {number} ({count}):",
        "en": "Changed since submission {number} ({count}):",
    },
    "commands.submit.summary_since_none": {
        "fi": "Vastauksia ei ole muutettu lähetyksen {number} jälkeen.",
        "sv": "Svaren har inte ändrats efter inskickning {number}.",
        "en": "No answer has changed since submission {number}.",
    },
    "commands.submit.summary_since_explanations": {
        "fi": "Vastauksia ei ole muutettu lähetyksen {number} jälkeen; huomautusten selityksiä on "
        "muutettu.",
        "sv": "Svaren har inte ändrats efter inskickning {number}; anmärkningarnas förklaringar "
        "har ändrats.",
        "en": "No answer has changed since submission {number}; explanations of warnings have.",
    },
    "commands.submit.summary_to_fix": {
        "fi": "Korjattavaa ({count}), estää lähettämisen:",
        "sv": "Att rätta ({count}), hindrar inskickningen:",
        "en": "To fix ({count}), stops the submission:",
    },
    "commands.submit.summary_confirmed": {
        "fi": "Vahvistetut huomautukset ({count}):",
        "sv": "Bekräftade anmärkningar ({count}):",
        "en": "Confirmed warnings ({count}):",
    },
    "commands.submit.summary_changes": {
        "fi": "Poikkeukselliset muutokset edelliseen kierrokseen, vahvistettu ({count}):",
        "sv": "Ovanliga ändringar sedan föregående omgång, bekräftade ({count}):",
        "en": "Unusual changes since the previous round, confirmed ({count}):",
    },
    "commands.submit.summary_explained": {
        "fi": "    Selitys: {text}",
        "sv": "    Förklaring: {text}",
        "en": "    Explanation: {text}",
    },
    "commands.submit.summary_optional": {
        "fi": "Vapaaehtoiset kysymykset, joihin ei ole vastattu ({count}):",
        "sv": "Frivilliga frågor som inte har besvarats ({count}):",
        "en": "Optional questions left unanswered ({count}):",
    },
    "commands.submit.summary_more": {
        "fi": "  … ja {count} muuta",
        "sv": "  … och {count} till",
        "en": "  … and {count} more",
    },
    "commands.submit.summary_clear": {
        "fi": "Kaikkiin kysymyksiin on vastattu, eikä huomautuksia ole.",
        "sv": "Alla frågor är besvarade och det finns inga anmärkningar.",
        "en": "Every question is answered, and there are no warnings.",
    },
    "commands.verify.file": {"fi": "== {path} ==", "sv": "== {path} ==", "en": "== {path} =="},
    "commands.verify.verdict_ok": {
        "fi": "Tulos: tiedosto on kunnossa, ja sen allekirjoittaja on luotettujen listalla.",
        "sv": "Resultat: filen är i ordning och dess undertecknare finns på listan över betrodda.",
        "en": "Result: the file is sound, and its signer is on the trusted list.",
    },
    "commands.verify.verdict_own": {
        "fi": "Tulos: tiedosto on kunnossa, ja se on allekirjoitettu tämän tietokoneen "
        "organisaatioavaimella ({fingerprint}).",
        "sv": "Resultat: filen är i ordning och den är signerad med den här datorns "
        "organisationsnyckel ({fingerprint}).",
        "en": "Result: the file is sound, and it is signed with this computer's organisation "
        "key ({fingerprint}).",
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
    # No list given and the data folder's trust register still empty: registering the key
    # (what later checks and collect use) comes first, a list for one check second.
    "commands.verify.verdict_no_register": {
        "fi": "Tulos: allekirjoitus on ehjä eikä tiedostoa ole muutettu allekirjoittamisen "
        "jälkeen, MUTTA allekirjoittajaa ei ole vahvistettu: tämän kansion luotettujen "
        "allekirjoittajien rekisterissä ei ole vielä avaimia, eikä luotettuja sormenjälkiä "
        "annettu. Vahvista sormenjälki {fingerprint} kunnalta {name} ({code}) puhelimitse tai "
        "kirjeellä ja rekisteröi se, niin myöhemmät tarkistukset ja collect tunnistavat sen: "
        'tilannekuva trust add {code} "{fingerprint}". Yhden tiedoston voi tarkistaa myös '
        'rekisteröimättä: tilannekuva verify TIEDOSTO --trusted "{fingerprint}"',
        "sv": "Resultat: underskriften är intakt och filen har inte ändrats efter "
        "underskriften, MEN undertecknaren är inte bekräftad: den här mappens register över "
        "betrodda undertecknare har ännu inga nycklar, och inga betrodda fingeravtryck "
        "angavs. Bekräfta fingeravtrycket {fingerprint} med {name} ({code}) per telefon eller "
        "brev och registrera det, så att senare kontroller och collect känner igen det: "
        'tilannekuva trust add {code} "{fingerprint}". En enskild fil kan också kontrolleras '
        'utan registrering: tilannekuva verify FIL --trusted "{fingerprint}"',
        "en": "Result: the signature is intact and the file is unchanged since signing, BUT "
        "the signer is not confirmed: this folder's trust register has no keys yet, and no "
        "trusted fingerprints were given. Confirm the fingerprint {fingerprint} with {name} "
        "({code}) by phone or letter and register it, so that later checks and collect know "
        'it: tilannekuva trust add {code} "{fingerprint}". One file can also be checked '
        'without registering: tilannekuva verify FILE --trusted "{fingerprint}"',
    },
    "commands.verify.verdict_registered": {
        "fi": "Tulos: tiedosto on kunnossa, ja allekirjoittaja on vahvistettu: avain on "
        "luotettujen allekirjoittajien rekisterissä.",
        "sv": "Resultat: filen är i ordning och undertecknaren är bekräftad: nyckeln finns i "
        "registret över betrodda undertecknare.",
        "en": "Result: the file is sound, and its signer is confirmed: the key is in the "
        "register of trusted signers.",
    },
    "commands.verify.verdict_unregistered": {
        "fi": "Tulos: allekirjoitus on ehjä eikä tiedostoa ole muutettu allekirjoittamisen "
        "jälkeen, MUTTA allekirjoittajaa ei ole vahvistettu: kunnalle {name} ({code}) ei ole "
        "rekisteröity avainta tämän kansion luotettujen allekirjoittajien rekisterissä. "
        "Vahvista sormenjälki {fingerprint} kunnalta puhelimitse tai kirjeellä ja rekisteröi "
        'se: tilannekuva trust add {code} "{fingerprint}"',
        "sv": "Resultat: underskriften är intakt och filen har inte ändrats efter "
        "underskriften, MEN undertecknaren är inte bekräftad: ingen nyckel är registrerad för "
        "{name} ({code}) i den här mappens register över betrodda undertecknare. Bekräfta "
        "fingeravtrycket {fingerprint} med kommunen per telefon eller brev och registrera det: "
        'tilannekuva trust add {code} "{fingerprint}"',
        "en": "Result: the signature is intact and the file is unchanged since signing, BUT "
        "the signer is not confirmed: no key is registered for {name} ({code}) in this "
        "folder's trust register. Confirm the fingerprint {fingerprint} with the "
        'municipality by phone or letter and register it: tilannekuva trust add {code} "'
        '{fingerprint}"',
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
        "vahvistettua allekirjoittajaa), {refused}.",
        "sv": "Totalt {count} filer: {sound} i ordning (varav {unconfirmed} utan bekräftad "
        "undertecknare), {refused}.",
        "en": "In all {count} files: {sound} sound ({unconfirmed} of them with the signer "
        "unconfirmed), {refused}.",
    },
    # The {refused} of commands.verify.summary, in the singular or plural it needs.
    "commands.verify.refused_count": {
        "fi": "{count} hylättyä",
        "sv": "{count} underkända",
        "en": "{count} refused",
    },
    "commands.verify.refused_count_one": {
        "fi": "1 hylätty",
        "sv": "1 underkänd",
        "en": "1 refused",
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
        "fi": 'Huomautukset: {program} validate {round}; vahvistus: {program} explain {round} OSOITE "selitys".',
        "sv": 'Anmärkningarna: {program} validate {round}; bekräftelse: {program} explain {round} ADRESS "förklaring".',
        "en": 'The warnings: {program} validate {round}; a confirmation: {program} explain {round} POINTER "explanation".',
    },
    "commands.next.submission.refusal.has_problems": {
        "fi": "Korjattavat: {program} validate {round}; luonnos: {program} export {round} --draft",
        "sv": "Det som ska rättas: {program} validate {round}; utkast: {program} export {round} --draft",
        "en": "What to fix: {program} validate {round}; a draft: {program} export {round} --draft",
    },
    "commands.next.submission.refusal.closed": {
        "fi": "Myöhässä: {program} export {round} --yes",
        "sv": "För sent: {program} export {round} --yes",
        "en": "Late: {program} export {round} --yes",
    },
    "commands.next.submission.refusal.already_submitted": {
        "fi": "Korjaus: {program} correct {round}",
        "sv": "Rättelse: {program} correct {round}",
        "en": "A correction: {program} correct {round}",
    },
    "commands.next.submission.refusal.unchanged": {
        "fi": "Jos tarvitset lähetyksen {number} tiedostot uudelleen: {program} submissions "
        "{round} --number {number} --out KANSIO",
        "sv": "Om du behöver filerna för inskickning {number} igen: {program} submissions "
        "{round} --number {number} --out MAPP",
        "en": "If you need the files of submission {number} again: {program} submissions "
        "{round} --number {number} --out FOLDER",
    },
    "commands.next.submission.refusal.no_key": {
        "fi": "Luo se: {program} key create",
        "sv": "Skapa den: {program} key create",
        "en": "Create it: {program} key create",
    },
    "commands.next.submission.refusal.new_key": {
        "fi": "Jos aiempi avain on tallessa, kopioi se tähän tietokansioon tai tuo se ({program} "
        "key import TIEDOSTO). Jos avain on tarkoituksella uusi, kerro sen sormenjälki "
        "vastaanottajalle ja lähetä: {program} export {round} --new-key",
        "sv": "Om den tidigare nyckeln finns kvar, kopiera den till den här datamappen eller "
        "importera den ({program} key import FIL). Om nyckeln med avsikt är ny, meddela "
        "mottagaren dess fingeravtryck och skicka: {program} export {round} --new-key",
        "en": "If the earlier key is kept somewhere, copy it into this data folder or import it "
        "({program} key import FILE). If the key is new on purpose, tell the receiver its "
        "fingerprint and submit: {program} export {round} --new-key",
    },
    "commands.next.submission.refusal.recorded_not_saved": {
        "fi": "Tallenna ne toiseen kansioon: {program} submissions {round} --out KANSIO",
        "sv": "Spara dem i en annan mapp: {program} submissions {round} --out MAPP",
        "en": "Save them to another folder: {program} submissions {round} --out FOLDER",
    },
    "commands.next.workbook.unknown_pointer": {
        "fi": "Kysymysten osoitteet: {program} show {round}",
        "sv": "Frågornas adresser: {program} show {round}",
        "en": "The questions' addresses: {program} show {round}",
    },
    "commands.next.workbook.read_only": {
        "fi": "Muuta profiilia: {program} profile",
        "sv": "Ändra profilen: {program} profile",
        "en": "Change the profile: {program} profile",
    },
    "commands.next.workbook.no_warning": {
        "fi": "Huomautukset: {program} validate {round}",
        "sv": "Anmärkningarna: {program} validate {round}",
        "en": "The warnings: {program} validate {round}",
    },
    "commands.next.workbook.no_profile": {
        "fi": "Valitse ensin: {program} profile --municipality KUNTANUMERO",
        "sv": "Välj först: {program} profile --municipality KOMMUNNUMMER",
        "en": "Choose first: {program} profile --municipality CODE",
    },
    "commands.next.submission.import.other": {
        "fi": "Jos paketti on kuitenkin tämän profiilin vastaus, tee sen kunnasta profiilin kunta lisäämällä komentoon --yes.",
        "sv": "Om paketet ändå är den här profilens svar, gör dess kommun till profilens kommun genom att lägga till --yes i kommandot.",
        "en": "If the package is this profile's answer all the same, make its municipality the profile's by adding --yes to the command.",
    },
    "commands.next.submission.import.no_profile": {
        "fi": "Valitse kunta ({program} profile --municipality KOODI) tai tee paketin kunnasta profiilin kunta lisäämällä komentoon --yes.",
        "sv": "Välj kommun ({program} profile --municipality KOD) eller gör paketets kommun till profilens kommun genom att lägga till --yes i kommandot.",
        "en": "Choose the municipality ({program} profile --municipality CODE) or make the package's municipality the profile's by adding --yes to the command.",
    },
}

"""The submission service's messages, in fi/sv/en (looked up with ``desktop.i18n.text``)."""

from __future__ import annotations

from typing import Final

from desktop.i18n import Catalogue

MESSAGES: Final[Catalogue] = {
    "submission.correction.package_fails": {
        "fi": "Kierroksen {round} korjausta ei aloitettu: sen tallessa oleva lähetys {number} ei "
        "läpäise tarkistusta: {reason} Korjaus alkaisi sen vastauksista, eikä niitä voi "
        "varmistaa lähetetyiksi. Mitään ei muutettu.",
        "sv": "Rättelsen av omgången {round} påbörjades inte: dess sparade inskickning {number} "
        "klarar inte kontrollen: {reason} Rättelsen skulle utgå från dess svar, och de kan inte "
        "bekräftas vara de inskickade. Inget ändrades.",
        "en": "The correction of round {round} was not started: its stored submission {number} "
        "does not pass the check: {reason} The correction would start from its answers, which "
        "cannot be confirmed as the ones sent. Nothing was changed.",
    },
    "submission.cancel.fails": {
        "fi": "Kierroksen {round} korjausta ei peruttu: sen tallessa oleva lähetys {number} ei "
        "läpäise tarkistusta: {reason} Vastauksia ei voi palauttaa sen mukaisiksi. Mitään ei "
        "muutettu; korjaus jatkuu.",
        "sv": "Rättelsen av omgången {round} avbröts inte: dess sparade inskickning {number} "
        "klarar inte kontrollen: {reason} Svaren kan inte återställas enligt den. Inget "
        "ändrades; rättelsen fortsätter.",
        "en": "The correction of round {round} was not cancelled: its stored submission {number} "
        "does not pass the check: {reason} The answers cannot be put back as it holds them. "
        "Nothing was changed; the correction goes on.",
    },
    "submission.cancel.unreadable": {
        "fi": "Kierroksen {round} korjausta ei peruttu: sen tallessa olevaa lähetystä {number} "
        "ei voi lukea, joten vastauksia ei voi palauttaa sen mukaisiksi. Mitään ei muutettu; "
        "korjaus jatkuu.",
        "sv": "Rättelsen av omgången {round} avbröts inte: dess sparade inskickning {number} "
        "kan inte läsas, så svaren kan inte återställas enligt den. Inget ändrades; rättelsen "
        "fortsätter.",
        "en": "The correction of round {round} was not cancelled: its stored submission {number} "
        "cannot be read, so the answers cannot be put back as it holds them. Nothing was "
        "changed; the correction goes on.",
    },
    "submission.refusal.new_key": {
        "fi": "Kierrosta {round} ei lähetetty: avain, jolla se allekirjoitettaisiin (sormenjälki "
        "{fingerprint}), ei ole sama kuin aiempien lähetysten avain (kierroksen {earlier_round} "
        "lähetys {earlier_number}, sormenjälki {earlier}). Vastaanottaja hylkää uudella avaimella "
        "allekirjoitetun paketin, kunnes se on rekisteröinyt uuden sormenjäljen. Mitään ei viety.",
        "sv": "Omgången {round} skickades inte: nyckeln som den skulle undertecknas med "
        "(fingeravtryck {fingerprint}) är inte samma som de tidigare inskickningarnas nyckel "
        "(omgången {earlier_round}, inskickning {earlier_number}, fingeravtryck {earlier}). "
        "Mottagaren underkänner ett paket som undertecknats med den nya nyckeln tills den har "
        "registrerat det nya fingeravtrycket. Inget exporterades.",
        "en": "Round {round} was not submitted: the key it would be signed with (fingerprint "
        "{fingerprint}) is not the key of the earlier submissions (round {earlier_round}, "
        "submission {earlier_number}, fingerprint {earlier}). The receiver refuses a package "
        "signed with the new key until they have registered its fingerprint. Nothing was "
        "exported.",
    },
    "submission.refusal.unchanged": {
        "fi": "Kierroksen {round} korjausta ei lähetetty: vastauksia tai huomautusten selityksiä "
        "ei ole muutettu lähetyksen {number} jälkeen, joten korjaus olisi sama kuin jo lähetetty. "
        "Mitään ei allekirjoitettu eikä viety; lähetys {number} on edelleen kierroksen vastaus.",
        "sv": "Rättelsen av omgången {round} skickades inte: varken svaren eller anmärkningarnas "
        "förklaringar har ändrats efter inskickning {number}, så rättelsen skulle vara densamma "
        "som den redan inskickade. Inget undertecknades eller exporterades; inskickning {number} "
        "är fortfarande omgångens svar.",
        "en": "The correction of round {round} was not sent: neither the answers nor the "
        "explanations of warnings have changed since submission {number}, so the correction "
        "would be the same as what was already sent. Nothing was signed or exported; submission "
        "{number} is still the round's answer.",
    },
    "submission.refusal.unsaved": {
        "fi": "Kierrosta {round} ei voi lähettää: {count} vastausta odottaa tallennusta.",
        "sv": "Omgången {round} kan inte skickas: {count} svar väntar på att sparas.",
        "en": "Round {round} cannot be submitted: {count} answers wait to be saved.",
    },
    "submission.refusal.unsaved_one": {
        "fi": "Kierrosta {round} ei voi lähettää: 1 vastaus odottaa tallennusta.",
        "sv": "Omgången {round} kan inte skickas: 1 svar väntar på att sparas.",
        "en": "Round {round} cannot be submitted: 1 answer waits to be saved.",
    },
    "submission.refusal.unexplained_warnings": {
        "fi": "Kierrosta {round} ei voi lähettää: {count} huomautusta odottaa vahvistusta. Korjaa vastaus tai kerro lyhyesti, miksi se pitää paikkansa.",
        "sv": "Omgången {round} kan inte skickas: {count} anmärkningar väntar på bekräftelse. Rätta svaret eller förklara kort varför det stämmer.",
        "en": "Round {round} cannot be submitted: {count} warnings wait for confirmation. Change the answer or say briefly why it is right.",
    },
    "submission.refusal.unexplained_warnings_one": {
        "fi": "Kierrosta {round} ei voi lähettää: 1 huomautus odottaa vahvistusta. Korjaa vastaus tai kerro lyhyesti, miksi se pitää paikkansa.",
        "sv": "Omgången {round} kan inte skickas: 1 anmärkning väntar på bekräftelse. Rätta svaret eller förklara kort varför det stämmer.",
        "en": "Round {round} cannot be submitted: 1 warning waits for confirmation. Change the answer or say briefly why it is right.",
    },
    "submission.refusal.has_problems": {
        "fi": "Kierrosta {round} ei voi lähettää: vastauksissa on {count} korjattavaa. Korjaa ne tai tee luonnos.",
        "sv": "Omgången {round} kan inte skickas: svaren har {count} saker att rätta. Rätta dem eller gör ett utkast.",
        "en": "Round {round} cannot be submitted: the answers have {count} things to fix. Fix them or make a draft.",
    },
    "submission.refusal.has_problems_one": {
        "fi": "Kierrosta {round} ei voi lähettää: vastauksissa on 1 korjattava asia. Korjaa se tai tee luonnos.",
        "sv": "Omgången {round} kan inte skickas: svaren har 1 sak att rätta. Rätta den eller gör ett utkast.",
        "en": "Round {round} cannot be submitted: the answers have 1 thing to fix. Fix it or make a draft.",
    },
    "submission.refusal.closed": {
        "fi": "Kierros {round} päättyi {closes}. Lähetä myöhässä vain, jos vastaanottaja on luvannut ottaa vastauksen vielä vastaan.",
        "sv": "Omgången {round} stängdes {closes}. Skicka för sent bara om mottagaren har lovat att ännu ta emot svaret.",
        "en": "Round {round} closed on {closes}. Submit late only if the receiver has agreed to take the answer still.",
    },
    "submission.refusal.already_submitted": {
        "fi": "Kierros {round} on jo lähetetty ({count}. lähetys) ja lukittu. Jos vastauksia on korjattava, aloita korjaus.",
        "sv": "Omgången {round} är redan inskickad (inskickning {count}) och låst. Om svaren ska rättas, börja en rättelse.",
        "en": "Round {round} has already been submitted (submission {count}) and is locked. To change the answers, start a correction.",
    },
    "submission.refusal.no_key": {
        "fi": "Lopullinen vienti tarvitsee organisaation avaimen allekirjoitukseen.",
        "sv": "Den slutliga exporten behöver organisationens nyckel för underskriften.",
        "en": "The final export needs the organisation key to sign.",
    },
    "submission.refusal.folder_unwritable": {
        "fi": "Kansioon {folder} ei voi kirjoittaa: {reason}. Valitse toinen kansio; mitään ei "
        "viety eikä kierrosta merkitty lähetetyksi.",
        "sv": "Det går inte att skriva i mappen {folder}: {reason}. Välj en annan mapp; inget "
        "exporterades och omgången markerades inte som inskickad.",
        "en": "The folder {folder} cannot be written to: {reason}. Choose another folder; "
        "nothing was exported and the round was not marked as submitted.",
    },
    "submission.refusal.folder_full": {
        "fi": "Kansion {folder} levy on täynnä. Vapauta levyltä tilaa tai valitse kansio toiselta "
        "levyltä (esimerkiksi muistitikulta); mitään ei viety eikä kierrosta merkitty lähetetyksi.",
        "sv": "Disken för mappen {folder} är full. Frigör utrymme eller välj en mapp på en annan "
        "disk (till exempel ett USB-minne); inget exporterades och omgången markerades inte som "
        "inskickad.",
        "en": "The disk of the folder {folder} is full. Free some space or choose a folder on "
        "another disk (a USB stick, say); nothing was exported and the round was not marked as "
        "submitted.",
    },
    "submission.refusal.draft_folder_unwritable": {
        "fi": "Kansioon {folder} ei voi kirjoittaa: {reason}. Valitse toinen kansio; luonnosta "
        "ei tallennettu.",
        "sv": "Det går inte att skriva i mappen {folder}: {reason}. Välj en annan mapp; utkastet "
        "sparades inte.",
        "en": "The folder {folder} cannot be written to: {reason}. Choose another folder; the "
        "draft was not saved.",
    },
    "submission.refusal.draft_folder_full": {
        "fi": "Kansion {folder} levy on täynnä. Vapauta levyltä tilaa tai valitse kansio toiselta "
        "levyltä (esimerkiksi muistitikulta); luonnosta ei tallennettu.",
        "sv": "Disken för mappen {folder} är full. Frigör utrymme eller välj en mapp på en annan "
        "disk (till exempel ett USB-minne); utkastet sparades inte.",
        "en": "The disk of the folder {folder} is full. Free some space or choose a folder on "
        "another disk (a USB stick, say); the draft was not saved.",
    },
    "submission.refusal.again_folder_unwritable": {
        "fi": "Kansioon {folder} ei voi kirjoittaa: {reason}. Lähetyksen {number} tiedostoja ei "
        "tallennettu uudelleen; lähetys on tallessa ennallaan. Valitse toinen kansio.",
        "sv": "Det går inte att skriva i mappen {folder}: {reason}. Filerna för inskickning "
        "{number} sparades inte på nytt; inskickningen finns kvar som den var. Välj en annan "
        "mapp.",
        "en": "The folder {folder} cannot be written to: {reason}. The files of submission "
        "{number} were not saved again; the submission is kept as it was. Choose another "
        "folder.",
    },
    "submission.refusal.again_folder_full": {
        "fi": "Kansion {folder} levy on täynnä. Lähetyksen {number} tiedostoja ei tallennettu "
        "uudelleen; lähetys on tallessa ennallaan. Vapauta levyltä tilaa tai valitse kansio "
        "toiselta levyltä (esimerkiksi muistitikulta).",
        "sv": "Disken för mappen {folder} är full. Filerna för inskickning {number} sparades inte "
        "på nytt; inskickningen finns kvar som den var. Frigör utrymme eller välj en mapp på "
        "en annan disk (till exempel ett USB-minne).",
        "en": "The disk of the folder {folder} is full. The files of submission {number} were "
        "not saved again; the submission is kept as it was. Free some space or choose a folder "
        "on another disk (a USB stick, say).",
    },
    "submission.refusal.recorded_not_saved": {
        "fi": "Lähetys {number} on tallennettu ja kierros lukittu, mutta tiedostoja ei voitu kirjoittaa kansioon {folder}: {reason}.",
        "sv": "Inskickning {number} är sparad och omgången låst, men filerna kunde inte skrivas i mappen {folder}: {reason}.",
        "en": "Submission {number} is recorded and the round locked, but the files could not be written to the folder {folder}: {reason}.",
    },
    "submission.refusal.self_check": {
        "fi": "Tehty paketti ei läpäissyt omaa tarkistusta ({reason}). Mitään ei viety. Ilmoita "
        "tästä ohjelman ylläpitäjälle.",
        "sv": "Det skapade paketet klarade inte den egna kontrollen ({reason}). Inget "
        "exporterades. Meddela programmets underhållare.",
        "en": "The package made did not pass its own check ({reason}). Nothing was exported. "
        "Please report this to the program's maintainers.",
    },
    "submission.refusal.no_submission": {
        "fi": "Kierroksella {round} ei ole lähetystä {number}.",
        "sv": "Omgången {round} har ingen inskickning {number}.",
        "en": "Round {round} has no submission {number}.",
    },
    "submission.again.package_damaged": {
        "fi": "Kierroksen {round} lähetyksen {number} tallessa oleva paketti on vahingoittunut, "
        "joten tiedostoja ei tallennettu: {reason} Mitään ei kirjoitettu. Jos lähetettäessä "
        "tallennetut tiedostot ovat vielä tallessa, lähetä ne.",
        "sv": "Det sparade paketet för inskickning {number} av omgången {round} är skadat, så "
        "filerna sparades inte: {reason} Inget skrevs. Om filerna som sparades när den skickades "
        "in finns kvar, skicka dem.",
        "en": "The kept package of submission {number} of round {round} is damaged, so the files "
        "were not saved: {reason} Nothing was written. If you still have the files saved when it "
        "was submitted, send those.",
    },
    "submission.again.package_fails": {
        "fi": "Kierroksen {round} lähetyksen {number} tallessa oleva paketti ei nyt läpäise "
        "tarkistusta, joten tiedostoja ei tallennettu: {reason} Mitään ei kirjoitettu.",
        "sv": "Det sparade paketet för inskickning {number} av omgången {round} klarar inte "
        "kontrollen nu, så filerna sparades inte: {reason} Inget skrevs.",
        "en": "The kept package of submission {number} of round {round} does not pass the check "
        "now, so the files were not saved: {reason} Nothing was written.",
    },
    "submission.again.package_changed": {
        "fi": "Kierroksen {round} lähetyksen {number} tallessa oleva paketti ei ole se, joka "
        "lähetettiin, joten tiedostoja ei tallennettu: sen SHA-256-tiiviste on nyt {found}, "
        "mutta lähetetyn paketin {recorded}. Mitään ei kirjoitettu. Jos lähetettäessä "
        "tallennetut tiedostot ovat vielä tallessa, lähetä ne.",
        "sv": "Det sparade paketet för inskickning {number} av omgången {round} är inte det som "
        "skickades in, så filerna sparades inte: dess SHA-256 är nu {found}, men det inskickade "
        "paketets {recorded}. Inget skrevs. Om filerna som sparades när den skickades in finns "
        "kvar, skicka dem.",
        "en": "The kept package of submission {number} of round {round} is not the one submitted, "
        "so the files were not saved: its SHA-256 is now {found}, but the submitted package's "
        "was {recorded}. Nothing was written. If you still have the files saved when it was "
        "submitted, send those.",
    },
    "submission.again.report_damaged": {
        "fi": "Kierroksen {round} lähetyksen {number} tallessa oleva raportti on vahingoittunut, "
        "joten tiedostoja ei tallennettu: se ei ole allekirjoitetun paketin raportti (sen "
        "SHA-256-tiiviste on nyt {found}, mutta lähetetyn raportin {recorded}). Mitään ei "
        "kirjoitettu. Jos lähetettäessä tallennetut tiedostot ovat vielä tallessa, lähetä ne.",
        "sv": "Den sparade rapporten för inskickning {number} av omgången {round} är skadad, så "
        "filerna sparades inte: den är inte rapporten i det undertecknade paketet (dess SHA-256 "
        "är nu {found}, men den inskickade rapportens {recorded}). Inget skrevs. Om filerna som "
        "sparades när den skickades in finns kvar, skicka dem.",
        "en": "The kept report of submission {number} of round {round} is damaged, so the files "
        "were not saved: it is not the report of the signed package (its SHA-256 is now "
        "{found}, but the submitted report's was {recorded}). Nothing was written. If you still "
        "have the files saved when it was submitted, send those.",
    },
    "submission.step.report": {
        "fi": "Tehdään raporttia…",
        "sv": "Rapporten görs…",
        "en": "Making the report…",
    },
    "submission.step.sign": {"fi": "Allekirjoitetaan…", "sv": "Signeras…", "en": "Signing…"},
    "submission.step.package": {
        "fi": "Kootaan pakettia…",
        "sv": "Paketet sätts ihop…",
        "en": "Putting the package together…",
    },
    "submission.step.check": {
        "fi": "Tarkistetaan pakettia…",
        "sv": "Paketet kontrolleras…",
        "en": "Checking the package…",
    },
    "submission.step.save": {
        "fi": "Tallennetaan tiedostoja…",
        "sv": "Filerna sparas…",
        "en": "Saving the files…",
    },
    "submission.import.refused": {
        "fi": "Pakettia {name} ei tuotu, koska se ei läpäissyt tarkistusta: {reason} Mitään ei tallennettu.",
        "sv": "Paketet {name} importerades inte eftersom det inte klarade kontrollen: {reason} Inget sparades.",
        "en": "The package {name} was not imported because it failed a check: {reason} Nothing was stored.",
    },
    "submission.import.other": {
        "fi": "Paketti on kunnan {package} vastaus, mutta tämän profiilin kunta on {profile}. Mitään ei tuotu.",
        "sv": "Paketet är svaret från {package}, men den här profilens kommun är {profile}. Inget importerades.",
        "en": "The package is the answer of {package}, but this profile's municipality is {profile}. Nothing was imported.",
    },
    "submission.import.no_profile": {
        "fi": "Paketti on kunnan {package} vastaus, mutta profiilin kuntaa ei ole vielä valittu. Mitään ei tuotu.",
        "sv": "Paketet är svaret från {package}, men profilens kommun har inte valts ännu. Inget importerades.",
        "en": "The package is the answer of {package}, but no municipality has been chosen for the profile yet. Nothing was imported.",
    },
    "submission.import.round_submitted": {
        "fi": "Kierroksella {round} on jo täällä tallessa lähetys {number}, ja tämä paketti (lähetys {package_number}) on eri kuin se. Tallessa oleva lähetys on kierroksen vastaus, joten pakettia ei tuotu. Jos vastauksia on korjattava, aloita kierroksen korjaus täällä.",
        "sv": "Omgången {round} har redan inskickning {number} sparad här, och det här paketet (inskickning {package_number}) skiljer sig från den. Den sparade inskickningen är omgångens svar, så paketet importerades inte. Om svaren ska rättas, börja en rättelse av omgången här.",
        "en": "Round {round} already has submission {number} kept here, and this package (submission {package_number}) differs from it. The kept submission is the round's answer, so the package was not imported. To change the answers, start a correction of the round here.",
    },
}

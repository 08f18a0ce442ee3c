<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="fi">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Tietoja ohjelmasta</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Sote-uudistuksen tilannekuvakyselyjen vastaaminen ilman verkkoyhteyttä.</source>
        <translation>Answering the sote reform situational-picture surveys offline.</translation>
    </message>
    <message>
        <source>Tietokansio: %1</source>
        <translation>Data folder: %1</translation>
    </message>
    <message>
        <source>Ohjelman lisenssi: %1 (Euroopan unionin yleinen lisenssi).</source>
        <translation>The program&apos;s licence: %1 (European Union Public Licence).</translation>
    </message>
    <message>
        <source>Ohjelma käyttää Qt:ta (versio %1) ja PySide6:ta LGPL-3.0-lisenssillä. Ne ovat ohjelman kansiossa erillisinä jaettuina kirjastoina (%2), ja ne saa korvata omalla, muokatulla versiollaan. Lähdekoodi: %3 ja %4. Lisenssin teksti: %5.</source>
        <translation>The program uses Qt (version %1) and PySide6 under the LGPL-3.0 licence. They are in the program&apos;s folder as separate shared libraries (%2) and may be replaced with your own modified version. Source code: %3 and %4. The licence text: %5.</translation>
    </message>
    <message>
        <source>Raportin fontti %1 %2: %3.</source>
        <translation>The report&apos;s font %1 %2: %3.</translation>
    </message>
    <message>
        <source>Kuntarekisteri: Tilastokeskuksen luokitukset 2022, lisenssi CC BY 4.0. Lähde: Tilastokeskus. %1</source>
        <translation>Municipality register: Statistics Finland&apos;s classifications 2022, licence CC BY 4.0. Source: Statistics Finland. %1</translation>
    </message>
    <message>
        <source>Mukana olevat kirjastot</source>
        <translation>Libraries included</translation>
    </message>
    <message>
        <source>Nimi</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Versio</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Lisenssi</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Lähde</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>AddKeyDialog</name>
    <message>
        <source>Lisää luotettu avain</source>
        <translation>Add a trusted key</translation>
    </message>
    <message>
        <source>esim. 091</source>
        <translation>e.g. 091</translation>
    </message>
    <message>
        <source>64 merkkiä 0–9 ja A–F, välilyönnit sallittu</source>
        <translation>64 characters 0–9 and A–F, spaces allowed</translation>
    </message>
    <message>
        <source>Kirjoita kunnan numero ja sen avaimen sormenjälki sellaisena kuin kunta sen kertoi puhelimitse tai kirjeellä.</source>
        <translation>Type the municipality&apos;s code and its key&apos;s fingerprint as the municipality told it by phone or letter.</translation>
    </message>
    <message>
        <source>&amp;Kuntanumero:</source>
        <translation>Municipality &amp;code:</translation>
    </message>
    <message>
        <source>&amp;Sormenjälki:</source>
        <translation>&amp;Fingerprint:</translation>
    </message>
    <message>
        <source>Tämä sormenjälki on vastaanotetusta tiedostosta. Rekisteröi se vain, jos se on sama kuin kunnan puhelimitse tai kirjeellä kertoma: lue se ääneen ryhmä kerrallaan ja vertaa.</source>
        <translation>This fingerprint comes from the received file. Register it only if it is the same as the one the municipality told by phone or letter: read it out group by group and compare.</translation>
    </message>
    <message>
        <source>&amp;Vahvistan: sormenjälki on sama kuin kunnan kertoma</source>
        <translation>&amp;I confirm: the fingerprint is the one the municipality told</translation>
    </message>
    <message>
        <source>&amp;Rekisteröi</source>
        <translation>&amp;Register</translation>
    </message>
    <message>
        <source>Peruuta</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Luettavaksi: %1</source>
        <translation>To read out: %1</translation>
    </message>
</context>
<context>
    <name>AnswersDialog</name>
    <message>
        <source>Vastaukset – %1</source>
        <translation>Answers – %1</translation>
    </message>
    <message>
        <source>Vastaanotetun paketin vastaukset, vain luettavissa.</source>
        <translation>The received package&apos;s answers, read-only.</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Varmuuskopiot</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Ohjelma ottaa varmuuskopion kerran päivässä ja säilyttää %1 uusinta; itse otettuja ei poisteta. Palautus korvaa nykyiset vastaukset, ja niistä otetaan ensin varmuuskopio.</source>
        <translation>The program takes a backup once a day and keeps the newest %1; those you take yourself are never removed. Restoring replaces the current answers, and a backup of them is taken first.</translation>
    </message>
    <message>
        <source>Aika</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Laji</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Koko</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Kierrosten tilanne</source>
        <translation>Progress of the rounds</translation>
    </message>
    <message>
        <source>&amp;Palauta valittu…</source>
        <translation>&amp;Restore selected…</translation>
    </message>
    <message>
        <source>Palauta &amp;tiedostosta…</source>
        <translation>Restore from &amp;file…</translation>
    </message>
    <message>
        <source>Tee varmuuskopio &amp;kansioon…</source>
        <translation>Back up to a &amp;folder…</translation>
    </message>
    <message>
        <source>automaattinen</source>
        <translation>automatic</translation>
    </message>
    <message>
        <source>itse otettu</source>
        <translation>manual</translation>
    </message>
    <message>
        <source>ennen palautusta</source>
        <translation>before a restore</translation>
    </message>
    <message>
        <source>ennen päivitystä</source>
        <translation>before an upgrade</translation>
    </message>
    <message>
        <source>muu</source>
        <translation>other</translation>
    </message>
    <message>
        <source>ei vastauksia</source>
        <translation>no answers</translation>
    </message>
    <message>
        <source>%1: %2/%3</source>
        <translation>%1: %2/%3</translation>
    </message>
    <message>
        <source>(lähetetty)</source>
        <translation>(submitted)</translation>
    </message>
    <message>
        <source>Kansio varmuuskopiolle</source>
        <translation>Folder for the backup</translation>
    </message>
    <message>
        <source>Varmuuskopio</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Varmuuskopio tallennettu: %1</source>
        <translation>Backup saved: %1</translation>
    </message>
    <message>
        <source>Tätä varmuuskopiota ei voi palauttaa, koska sen kierroksen %1 kierrospaketti ei läpäise tarkistusta. %2 Lisää kierroksen %1 paketti uudelleen (Lisää kyselykierros): se korvaa tallennetun. Ota sitten uusi varmuuskopio.</source>
        <translation>This backup cannot be restored, because the package of round %1 in it does not verify. %2 Add round %1&apos;s package again (Add survey round): it replaces the kept one. Then take a new backup.</translation>
    </message>
    <message>
        <source>Varmuuskopio epäonnistui</source>
        <translation>The backup failed</translation>
    </message>
    <message>
        <source>Palautettava varmuuskopio</source>
        <translation>Backup to restore</translation>
    </message>
    <message>
        <source>Varmuuskopiot (*.sqlite);;Kaikki tiedostot (*)</source>
        <translation>Backups (*.sqlite);;All files (*)</translation>
    </message>
    <message>
        <source>Palautus ei onnistu</source>
        <translation>The restore cannot be done</translation>
    </message>
    <message>
        <source>Palautetaanko varmuuskopio %1 (%2) vioittuneen tietokannan tilalle? Vioittunut tiedosto jää talteen tietokansioon uudella nimellä.</source>
        <translation>Restore the backup %1 (%2) in place of the damaged database? The damaged file is kept in the data folder under a new name.</translation>
    </message>
    <message>
        <source>Palautetaanko varmuuskopio %1 (%2)? Nykyiset vastaukset korvataan; niistä otetaan ensin varmuuskopio.</source>
        <translation>Restore the backup of %1 (%2)? The current answers are replaced; a backup of them is taken first.</translation>
    </message>
    <message>
        <source>Palauta varmuuskopio</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Toisen kunnan varmuuskopio</source>
        <translation>Another municipality&apos;s backup</translation>
    </message>
    <message>
        <source>Palautetaanko silti?</source>
        <translation>Restore anyway?</translation>
    </message>
    <message>
        <source>Varmuuskopio palautettu</source>
        <translation>Backup restored</translation>
    </message>
    <message>
        <source>Vastaukset palautettiin. Aiemmat vastaukset ovat tallessa: %1</source>
        <translation>The answers were restored. The previous answers are kept in: %1</translation>
    </message>
    <message>
        <source>Tehdään varmuuskopiota…</source>
        <translation>Making a backup…</translation>
    </message>
</context>
<context>
    <name>CellDelegate</name>
    <message>
        <source>– valitse –</source>
        <translation>– choose –</translation>
    </message>
    <message>
        <source>Kyllä</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Ei</source>
        <translation>No</translation>
    </message>
    <message>
        <source>p.k.vvvv</source>
        <translation>d.m.yyyy</translation>
    </message>
</context>
<context>
    <name>ChoiceEditor</name>
    <message>
        <source>– valitse –</source>
        <translation>– choose –</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Vertaa kierroksia</source>
        <translation>Compare rounds</translation>
    </message>
    <message>
        <source>Vertailu</source>
        <translation>Comparison</translation>
    </message>
    <message>
        <source>Mikä muuttui</source>
        <translation>What changed</translation>
    </message>
    <message>
        <source>Kehitys kierroksittain</source>
        <translation>Over the rounds</translation>
    </message>
    <message>
        <source>&amp;Aiempi:</source>
        <translation>&amp;Earlier:</translation>
    </message>
    <message>
        <source>&amp;Myöhempi:</source>
        <translation>&amp;Later:</translation>
    </message>
    <message>
        <source>Tallenna PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <source>%1, vastaukset nyt</source>
        <translation>%1, answers now</translation>
    </message>
    <message>
        <source>%1, lähetys %2 (%3)</source>
        <translation>%1, submission %2 (%3)</translation>
    </message>
    <message>
        <source>poistettu: ”%1”</source>
        <translation>removed: “%1”</translation>
    </message>
    <message>
        <source>lisätty: ”%1”</source>
        <translation>added: “%1”</translation>
    </message>
    <message>
        <source>Tallenna vertailu</source>
        <translation>Save the comparison</translation>
    </message>
    <message>
        <source>Vertailua ei tallennettu</source>
        <translation>The comparison was not saved</translation>
    </message>
</context>
<context>
    <name>CoordinatorWindow</name>
    <message>
        <source>Vastaanotetut paketit</source>
        <translation>Received packages</translation>
    </message>
    <message>
        <source>&amp;Kierros:</source>
        <translation>&amp;Round:</translation>
    </message>
    <message>
        <source>Kansiota ei ole valittu.</source>
        <translation>No folder chosen.</translation>
    </message>
    <message>
        <source>&amp;Valitse kansio…</source>
        <translation>&amp;Choose folder…</translation>
    </message>
    <message>
        <source>&amp;Tarkista ja kirjaa</source>
        <translation>C&amp;heck and record</translation>
    </message>
    <message>
        <source>%v / %m tiedostoa</source>
        <translation>%v / %m files</translation>
    </message>
    <message>
        <source>Kesk&amp;eytä</source>
        <translation>&amp;Stop</translation>
    </message>
    <message>
        <source>Kuntanumero</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Kunta</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Hyvinvointialue</source>
        <translation>Wellbeing services county</translation>
    </message>
    <message>
        <source>Tila</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Lähetys</source>
        <translation>Submission</translation>
    </message>
    <message>
        <source>Syy</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Yhteystiedot (edellinen kierros)</source>
        <translation>Contact (previous round)</translation>
    </message>
    <message>
        <source>Tiedosto</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Kuntia</source>
        <translation>Municipalities</translation>
    </message>
    <message>
        <source>Vastanneet</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Puuttuu</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>K&amp;unnat</source>
        <translation>&amp;Municipalities</translation>
    </message>
    <message>
        <source>Tiedost&amp;ot</source>
        <translation>&amp;Files</translation>
    </message>
    <message>
        <source>Luettelot</source>
        <translation>Lists</translation>
    </message>
    <message>
        <source>Valitun rivin tiedot</source>
        <translation>Details of the chosen row</translation>
    </message>
    <message>
        <source>Tallenna koo&amp;nti…</source>
        <translation>Save the national &amp;picture…</translation>
    </message>
    <message>
        <source>Tarkistetaan… Taulukot näyttävät tilanteen ennen tätä kokoamista; ne päivittyvät, kun kokoaminen on valmis.</source>
        <translation>Checking… The tables show the state before this collect; they are updated when it is done.</translation>
    </message>
    <message>
        <source>Keskeytetään…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <source>Kokoaminen on kesken</source>
        <translation>Collecting is under way</translation>
    </message>
    <message>
        <source>Kokoaminen on kesken. Keskeytetäänkö? Jo tarkistetut tiedostot jäävät kirjatuiksi, ja kokoamalla kansion uudelleen saat sen valmiiksi.</source>
        <translation>Collecting is under way. Stop it? The files already checked stay recorded, and collecting the folder again finishes it.</translation>
    </message>
    <message>
        <source>Keskeytä ja sulje</source>
        <translation>Stop and close</translation>
    </message>
    <message>
        <source>Jatka kokoamista</source>
        <translation>Go on collecting</translation>
    </message>
    <message>
        <source>Edellinen kokoaminen keskeytyi, kun %1 / %2 tiedostoa oli tarkistettu. Luvut ovat siihen asti kirjatut. Kokoa kansio uudelleen, niin kokoaminen valmistuu.</source>
        <translation>The last collect was interrupted after %1 / %2 files had been checked. The counts are those recorded until then. Collect the folder again to finish it.</translation>
    </message>
    <message>
        <source>Kaksoiskappale</source>
        <translation>Duplicate</translation>
    </message>
    <message numerus="yes">
        <source>Laskettu %n kuntaa</source>
        <translation>
            <numerusform>%n municipality counted</numerusform>
            <numerusform>%n municipalities counted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>puuttuu %n</source>
        <translation>
            <numerusform>%n missing</numerusform>
            <numerusform>%n missing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>puuttuvista %n lähetti hylätyn paketin</source>
        <translation>
            <numerusform>%n of the missing sent a refused package</numerusform>
            <numerusform>%n of the missing sent refused packages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hylättyä tiedostoa</source>
        <translation>
            <numerusform>%n refused file</numerusform>
            <numerusform>%n refused files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n korvattua lähetystä</source>
        <translation>
            <numerusform>%n replaced submission</numerusform>
            <numerusform>%n replaced submissions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n muuta tiedostoa</source>
        <translation>
            <numerusform>%n other file</numerusform>
            <numerusform>%n other files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n toisen kierroksen pakettia</source>
        <translation>
            <numerusform>%n package of another round</numerusform>
            <numerusform>%n packages of another round</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kaksoiskappaletta</source>
        <translation>
            <numerusform>%n duplicate</numerusform>
            <numerusform>%n duplicates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tiedostoa ei enää kansiossa</source>
        <translation>
            <numerusform>%n file no longer in the folder</numerusform>
            <numerusform>%n files no longer in the folder</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: ei yhteystietoja edelliseltä kierrokselta</source>
        <translation>%1: no contact details from the previous round</translation>
    </message>
    <message>
        <source>%1: ei pakettia</source>
        <translation>%1: no package</translation>
    </message>
    <message>
        <source>%1: laskettu, ei huomautettavaa</source>
        <translation>%1: counted, nothing to note</translation>
    </message>
    <message>
        <source>%1: paketti laskettu, yhteystietoja ei näytetä</source>
        <translation>%1: package counted, no contact details shown</translation>
    </message>
    <message>
        <source>%1: paketti hylättiin, katso tiedostot</source>
        <translation>%1: the package was refused, see the files</translation>
    </message>
    <message>
        <source>%1: hylätystä paketista ei selviä lähetyksen numero</source>
        <translation>%1: the refused package does not tell its submission number</translation>
    </message>
    <message>
        <source>%1: tiedostosta ei selviä lähetyksen numero</source>
        <translation>%1: the file does not tell a submission number</translation>
    </message>
    <message>
        <source>%1: ei huomautettavaa</source>
        <translation>%1: nothing to note</translation>
    </message>
    <message>
        <source>Koontia ei tallennettu</source>
        <translation>The national picture was not saved</translation>
    </message>
    <message>
        <source>&amp;Hyvinvointialueittain</source>
        <translation>By co&amp;unty</translation>
    </message>
    <message>
        <source>Valitun rivin tiedot näkyvät tässä.</source>
        <translation>The details of the chosen row are shown here.</translation>
    </message>
    <message>
        <source>&amp;Avaa vastaukset…</source>
        <translation>&amp;Open answers…</translation>
    </message>
    <message>
        <source>&amp;Sulje</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <source>Vastaanotettujen pakettien kansio</source>
        <translation>Folder of received packages</translation>
    </message>
    <message>
        <source>Paketteja ei voitu tarkistaa</source>
        <translation>The packages could not be checked</translation>
    </message>
    <message>
        <source>%1 (tiedostonimen mukaan)</source>
        <translation>%1 (by the file name)</translation>
    </message>
    <message>
        <source>tuntematon</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Laskettu</source>
        <translation>Counted</translation>
    </message>
    <message>
        <source>Hylätty</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Korvattu</source>
        <translation>Replaced</translation>
    </message>
    <message>
        <source>Allekirjoittajaa ei vahvistettu</source>
        <translation>Signer not confirmed</translation>
    </message>
    <message>
        <source>Ristiriita</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>Eri kierros</source>
        <translation>Other round</translation>
    </message>
    <message>
        <source>Ei luettavissa</source>
        <translation>Unreadable</translation>
    </message>
    <message>
        <source>Ei paketti</source>
        <translation>Not a package</translation>
    </message>
    <message>
        <source>Tallenna koonti</source>
        <translation>Save the national picture</translation>
    </message>
    <message>
        <source>Excel-työkirja (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Koonti tallennettu</source>
        <translation>National picture saved</translation>
    </message>
</context>
<context>
    <name>CorrectionCancelling</name>
    <message>
        <source>Peru korjaus</source>
        <translation>Cancel the correction</translation>
    </message>
    <message>
        <source>&amp;Peru korjaus ja hylkää muutokset</source>
        <translation>&amp;Cancel the correction and discard the changes</translation>
    </message>
    <message>
        <source>&amp;Jatka korjausta</source>
        <translation>&amp;Keep correcting</translation>
    </message>
    <message>
        <source>Perutaanko kierroksen ”%1” korjaus? Kierros palautetaan lähetyksen %2 mukaiseksi ja lukitaan, ja korjauksessa tehdyt muutokset hylätään:</source>
        <translation>Cancel the correction of the round “%1”? The round is put back as submission %2 left it and locked, and the changes made in the correction are discarded:</translation>
    </message>
    <message>
        <source>• muutettuja vastauksia: %1 (%2)</source>
        <translation>• answers changed: %1 (%2)</translation>
    </message>
    <message>
        <source>• muutettuja huomautusten selityksiä: %1</source>
        <translation>• explanations of warnings changed: %1</translation>
    </message>
    <message>
        <source>• tallentamattomia muutoksia: %1</source>
        <translation>• changes not saved: %1</translation>
    </message>
    <message>
        <source>Korjausta ei peruttu</source>
        <translation>The correction was not cancelled</translation>
    </message>
    <message>
        <source>Korjaus peruttu: kierros on lukittu, ja sen vastaus on lähetys %1.</source>
        <translation>Correction cancelled: the round is locked, and its answer is submission %1.</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <source>Ohjelmassa tapahtui virhe: %1.

Tallennetut vastauksesi ovat tallessa. Tiedot virheestä on kirjoitettu tiedostoon %2. Voit jatkaa työtä; jos virhe toistuu, käynnistä ohjelma uudelleen ja lähetä tiedosto tukeen.</source>
        <translation>The program ran into an error: %1.

Your saved answers are safe. Details of the error were written to the file %2. You can go on working; if the error happens again, restart the program and send the file to support.</translation>
    </message>
    <message>
        <source>Ohjelmassa tapahtui virhe: %1.

Tallennetut vastauksesi ovat tallessa. Tietoja virheestä ei voitu kirjoittaa tiedostoon %2 (%3): ne ovat alla kohdassa Näytä tiedot. Kopioi ne talteen ja lähetä tukeen, jos virhe toistuu.</source>
        <translation>An error occurred in the program: %1.

Your saved answers are safe. The details of the error could not be written to the file %2 (%3): they are below under Show Details. Copy them and send them to support if the error happens again.</translation>
    </message>
    <message>
        <source>Ohjelmavirhe</source>
        <translation>Program error</translation>
    </message>
    <message>
        <source>levy on täynnä</source>
        <translation>the disk is full</translation>
    </message>
</context>
<context>
    <name>DamagedDatabase</name>
    <message>
        <source>Tietokantaa ei voi avata</source>
        <translation>The database cannot be opened</translation>
    </message>
    <message>
        <source>Uusin ehjä varmuuskopio on ajalta %1, ja siinä on vastauksia: %2. Palautettaessa vioittunut tiedosto jää talteen tietokansioon uudella nimellä; mitään ei poisteta.</source>
        <translation>The newest sound backup is from %1, and it holds answers: %2. When it is restored, the damaged file is kept in the data folder under a new name; nothing is deleted.</translation>
    </message>
    <message>
        <source>Varmuuskopion voi palauttaa myös tiedostosta, esimerkiksi USB-tikulta: valitse Näytä varmuuskopiot.</source>
        <translation>A backup can also be restored from a file, for example from a USB stick: choose Show backups.</translation>
    </message>
    <message>
        <source>Tietokanta on vioittunut</source>
        <translation>The database is damaged</translation>
    </message>
    <message>
        <source>&amp;Palauta uusin varmuuskopio</source>
        <translation>&amp;Restore the newest backup</translation>
    </message>
    <message>
        <source>&amp;Näytä varmuuskopiot…</source>
        <translation>&amp;Show backups…</translation>
    </message>
    <message>
        <source>&amp;Sulje ohjelma</source>
        <translation>&amp;Close the program</translation>
    </message>
    <message>
        <source>Palautus ei onnistu</source>
        <translation>The restore cannot be done</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <source>p.k.vvvv</source>
        <translation>d.m.yyyy</translation>
    </message>
    <message>
        <source>Valitse kalenterista</source>
        <translation>Pick from the calendar</translation>
    </message>
</context>
<context>
    <name>Explaining</name>
    <message>
        <source>Vahvistus ei onnistunut</source>
        <translation>The confirmation failed</translation>
    </message>
    <message>
        <source>%1

Jos vastaus pitää paikkansa, kerro lyhyesti miksi (tyhjä teksti peruu vahvistuksen). Selitys lähetetään vastausten mukana ja tulostetaan raporttiin.</source>
        <translation>%1

If the answer is right, say briefly why (an empty text takes the confirmation back). The explanation is sent with the answers and printed in the report.</translation>
    </message>
    <message>
        <source>Vahvista huomautus</source>
        <translation>Confirm the warning</translation>
    </message>
</context>
<context>
    <name>ExportProgress</name>
    <message>
        <source>Valmistellaan…</source>
        <translation>Preparing…</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <source>%1 (pakollinen)</source>
        <translation>%1 (required)</translation>
    </message>
    <message>
        <source>Pakollinen.</source>
        <translation>Required.</translation>
    </message>
</context>
<context>
    <name>FieldRow</name>
    <message>
        <source>Muuta selitystä…</source>
        <translation>Change the explanation…</translation>
    </message>
    <message>
        <source>Vahvista huomautus…</source>
        <translation>Confirm the warning…</translation>
    </message>
    <message>
        <source>Jos vastaus pitää paikkansa, kerro lyhyesti miksi. Selitys tallennetaan ja lähetetään vastausten mukana.</source>
        <translation>If the answer is right, say briefly why. The explanation is saved and sent with the answers.</translation>
    </message>
</context>
<context>
    <name>ForgetMunicipality</name>
    <message>
        <source>&amp;Unohda vastaanotetut paketit…</source>
        <translation>&amp;Forget received packages…</translation>
    </message>
    <message numerus="yes">
        <source>…ja %n muuta</source>
        <translation>
            <numerusform>…and %n more</numerusform>
            <numerusform>…and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unohdetaanko kunnan %1 (%2) kierroksella %3 vastaanotetut paketit? Kokoamisen muistista unohdetaan nämä %n tiedostoa:

%4

Kunta näkyy sen jälkeen puuttuvana, eikä sen paketteja lasketa. Tiedostoja ei poisteta: jos ne ovat yhä kokoamassasi kansiossa, seuraava kokoaminen kirjaa ne uudelleen.</source>
        <translation>
            <numerusform>Forget the packages received from %1 (%2) in round %3? The collection forgets this %n file:

%4

The municipality is then shown as missing, and its packages are not counted. The file is not deleted: if it is still in the folder you collect, the next collect records it again.</numerusform>
            <numerusform>Forget the packages received from %1 (%2) in round %3? The collection forgets these %n files:

%4

The municipality is then shown as missing, and its packages are not counted. The files are not deleted: if they are still in the folder you collect, the next collect records them again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unohda vastaanotetut paketit</source>
        <translation>Forget received packages</translation>
    </message>
    <message>
        <source>Unohda</source>
        <translation>Forget</translation>
    </message>
    <message>
        <source>Peruuta</source>
        <translation>Cancel</translation>
    </message>
    <message numerus="yes">
        <source>Kunnan %1 (%2) vastaanotetut paketit unohdettiin (%n tiedostoa).</source>
        <translation>
            <numerusform>The received packages of %1 (%2) were forgotten (%n file).</numerusform>
            <numerusform>The received packages of %1 (%2) were forgotten (%n files).</numerusform>
        </translation>
    </message>
    <message>
        <source>Paketteja ei unohdettu</source>
        <translation>The packages were not forgotten</translation>
    </message>
</context>
<context>
    <name>FormSession</name>
    <message>
        <source>Tallennettuna on yhä %1.</source>
        <translation>Still stored: %1.</translation>
    </message>
</context>
<context>
    <name>KeyDialog</name>
    <message>
        <source>Organisaatioavain</source>
        <translation>Organisation key</translation>
    </message>
    <message>
        <source>Lopullinen lähetys allekirjoitetaan organisaation avaimella. Vastaanottaja tunnistaa avaimen sen sormenjäljestä, joka kerrotaan hänelle muuta kautta (esimerkiksi puhelimitse).</source>
        <translation>The final submission is signed with the organisation key. The receiver recognises the key by its fingerprint, which they are told by other means (for example by phone).</translation>
    </message>
    <message>
        <source>Nimi:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Voimassa:</source>
        <translation>Valid:</translation>
    </message>
    <message>
        <source>Sormenjälki:</source>
        <translation>Fingerprint:</translation>
    </message>
    <message>
        <source>Tiedosto:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>&amp;Näytä tiedot…</source>
        <translation>&amp;Show the details…</translation>
    </message>
    <message>
        <source>&amp;Luo uusi avain…</source>
        <translation>Create a &amp;new key…</translation>
    </message>
    <message>
        <source>&amp;Tuo PKCS#12-tiedosto…</source>
        <translation>&amp;Import a PKCS#12 file…</translation>
    </message>
    <message>
        <source>Luetaan avainta…</source>
        <translation>Reading the key…</translation>
    </message>
    <message>
        <source>Avainta ei ole vielä luotu. Luo uusi avain tai tuo kunnan olemassa oleva PKCS#12-tiedosto (.p12 tai .pfx).</source>
        <translation>The key has not been created yet. Create a new key or import the municipality&apos;s existing PKCS#12 file (.p12 or .pfx).</translation>
    </message>
    <message>
        <source>Tässä tietokansiossa ei ole organisaatioavainta, mutta sen aiemmat lähetykset on allekirjoitettu avaimella, jonka sormenjälki on:

%1

Kopioi tiedosto %2 vanhalta tietokoneelta tai tuo se (Tuo PKCS#12-tiedosto…). Jos luot uuden avaimen, vastaanottaja hylkää sillä allekirjoitetut lähetykset, kunnes se on rekisteröinyt uuden sormenjäljen.</source>
        <translation>This data folder has no organisation key, but its earlier submissions were signed with the key whose fingerprint is:

%1

Copy the file %2 from the old computer or import it (Import a PKCS#12 file…). If you create a new key, the receiver refuses the submissions signed with it until they have registered the new fingerprint.</translation>
    </message>
    <message>
        <source>Avain on tiedostossa %1. Se on suojattu tunnuslauseella.</source>
        <translation>The key is in the file %1. It is protected by a passphrase.</translation>
    </message>
    <message>
        <source>(Y-tunnus %1)</source>
        <translation>(business ID %1)</translation>
    </message>
    <message>
        <source>Avain on käytössä. Vain yksi avain on kerrallaan käytössä; sitä ei korvata tästä ikkunasta.</source>
        <translation>The key is in use. Only one key is used at a time; it is not replaced from this window.</translation>
    </message>
    <message>
        <source>Tämän tietokansion aiemmat lähetykset on allekirjoitettu toisella avaimella (sormenjälki %1). Vastaanottaja hyväksyy tällä avaimella allekirjoitetut lähetykset vasta, kun se on rekisteröinyt tämän avaimen sormenjäljen.</source>
        <translation>This data folder&apos;s earlier submissions were signed with another key (fingerprint %1). The receiver accepts submissions signed with this key only once they have registered this key&apos;s fingerprint.</translation>
    </message>
</context>
<context>
    <name>KeyManagement</name>
    <message>
        <source>Organisaatioavain on suojattu tunnuslauseella. Anna tunnuslause:</source>
        <translation>The organisation key is protected by a passphrase. Enter the passphrase:</translation>
    </message>
    <message>
        <source>Tiedosto %1 on suojattu tunnuslauseella. Anna tunnuslause:</source>
        <translation>The file %1 is protected by a passphrase. Enter the passphrase:</translation>
    </message>
    <message>
        <source>Tuo PKCS#12-tiedosto</source>
        <translation>Import a PKCS#12 file</translation>
    </message>
    <message>
        <source>PKCS#12-tiedostot (*.p12 *.pfx);;Kaikki tiedostot (*)</source>
        <translation>PKCS#12 files (*.p12 *.pfx);;All files (*)</translation>
    </message>
    <message>
        <source>Uusi avain on luotu. Sen sormenjälki on:

%1

Kerro sormenjälki vastaanottajalle muuta kautta (esimerkiksi puhelimitse tai kirjeellä), jotta hän voi luottaa allekirjoitukseesi.</source>
        <translation>A new key has been created. Its fingerprint is:

%1

Tell the receiver this fingerprint by other means (for example by phone or letter) so that they can trust your signature.</translation>
    </message>
    <message>
        <source>Avain on tuotu ja tallennettu ohjelman tietokansioon. Sen sormenjälki on:

%1

Tarkista, että vastaanottaja tuntee tämän sormenjäljen.</source>
        <translation>The key has been imported and stored in the program&apos;s data folder. Its fingerprint is:

%1

Check that the receiver knows this fingerprint.</translation>
    </message>
    <message>
        <source>Huom: tämän tietokansion aiemmat lähetykset on allekirjoitettu toisella avaimella:

%1

Vastaanottaja hyväksyy tällä avaimella allekirjoitetut lähetykset vasta, kun se on rekisteröinyt uuden sormenjäljen.</source>
        <translation>Note: this data folder&apos;s earlier submissions were signed with another key:

%1

The receiver accepts submissions signed with this key only once they have registered the new fingerprint.</translation>
    </message>
    <message>
        <source>Avaimella ei ole tunnuslausetta; sitä suojaavat vain tiedoston käyttöoikeudet.</source>
        <translation>The key has no passphrase; only the file&apos;s permissions protect it.</translation>
    </message>
    <message>
        <source>Avain luotu</source>
        <translation>Key created</translation>
    </message>
    <message>
        <source>Avain tuotu</source>
        <translation>Key imported</translation>
    </message>
</context>
<context>
    <name>KeyRequest</name>
    <message>
        <source>Tunnuslause oli väärä. Kirjoita se uudelleen.</source>
        <translation>The passphrase was wrong. Type it again.</translation>
    </message>
</context>
<context>
    <name>LinesModel</name>
    <message>
        <source>%1, %2: tyhjä</source>
        <translation>%1, %2: empty</translation>
    </message>
</context>
<context>
    <name>LockBanner</name>
    <message>
        <source>Lähetetty %1 klo %2 (lähetys %3); aloita korjaus muuttaaksesi vastauksia</source>
        <translation>Submitted %1 at %2 (submission %3); start a correction to change the answers</translation>
    </message>
    <message>
        <source>Korjaus käynnissä: lähetys %1 tehtiin %2 klo %3. Kun lähetät korjatut vastaukset, niistä tulee lähetys %4.</source>
        <translation>Correction in progress: submission %1 was made on %2 at %3. When you submit the corrected answers, they become submission %4.</translation>
    </message>
    <message>
        <source>&amp;Aloita korjaus</source>
        <translation>Start a &amp;correction</translation>
    </message>
    <message>
        <source>Aloita korjaus</source>
        <translation>Start a correction</translation>
    </message>
    <message>
        <source>&amp;Peru korjaus</source>
        <translation>Ca&amp;ncel the correction</translation>
    </message>
    <message>
        <source>Peru korjaus</source>
        <translation>Cancel the correction</translation>
    </message>
    <message>
        <source>Palauttaa kierroksen lähetyksen %1 mukaiseksi ja lukitsee sen</source>
        <translation>Puts the round back as submission %1 left it, and locks it</translation>
    </message>
</context>
<context>
    <name>MainMenu</name>
    <message>
        <source>&amp;Tiedosto</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Lähetys</source>
        <translation>&amp;Submission</translation>
    </message>
    <message>
        <source>Lähetys</source>
        <translation>Submission</translation>
    </message>
    <message>
        <source>&amp;Tee luonnos (PDF)…</source>
        <translation>Make a &amp;draft (PDF)…</translation>
    </message>
    <message>
        <source>Allekirjoittamaton LUONNOS-raportti tarkastettavaksi; keskeneräiset vastaukset sallitaan, eikä mitään lähetetä.</source>
        <translation>An unsigned DRAFT report to review; unfinished answers are allowed and nothing is submitted.</translation>
    </message>
    <message>
        <source>&amp;Lähetä…</source>
        <translation>&amp;Submit…</translation>
    </message>
    <message>
        <source>Allekirjoitettu raportti ja paketti valittuun kansioon; lähetys kirjataan ja kierros lukitaan.</source>
        <translation>A signed report and package in the chosen folder; the submission is recorded and the round locked.</translation>
    </message>
    <message>
        <source>Lähety&amp;kset…</source>
        <translation>S&amp;ubmissions…</translation>
    </message>
    <message>
        <source>&amp;Aloita korjaus</source>
        <translation>Start a &amp;correction</translation>
    </message>
    <message>
        <source>&amp;Peru korjaus</source>
        <translation>Ca&amp;ncel the correction</translation>
    </message>
    <message>
        <source>Hylkää korjauksen muutokset: kierros palautetaan viimeisimmän lähetyksen mukaiseksi ja lukitaan.</source>
        <translation>Discards the correction&apos;s changes: the round is put back as its last submission left it, and locked.</translation>
    </message>
    <message>
        <source>&amp;Organisaatioavain…</source>
        <translation>&amp;Organisation key…</translation>
    </message>
    <message>
        <source>&amp;Näytä</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Kieli</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Ohje</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Tallenna nyt</source>
        <translation>&amp;Save now</translation>
    </message>
    <message>
        <source>&amp;Kunta ja yhteyshenkilö…</source>
        <translation>&amp;Municipality and contact person…</translation>
    </message>
    <message>
        <source>&amp;Avaa paketti…</source>
        <translation>&amp;Open package…</translation>
    </message>
    <message>
        <source>Tarkistaa paketin ja näyttää sen vastaukset vain luettavina; mitään ei tallenneta tähän ohjelmaan.</source>
        <translation>Checks a package and shows its answers read-only; nothing is kept in the program.</translation>
    </message>
    <message>
        <source>Lisää k&amp;yselykierros…</source>
        <translation>Add survey ro&amp;und…</translation>
    </message>
    <message>
        <source>T&amp;uo toisella koneella viety paketti…</source>
        <translation>&amp;Import a package from another computer…</translation>
    </message>
    <message>
        <source>Ottaa oman kunnan toisella koneella viedyn paketin tämän koneen lähetykseksi (esimerkiksi uudelle koneelle siirryttäessä).</source>
        <translation>Takes your own municipality&apos;s package, exported on another computer, as a submission on this computer (for example when moving to a new laptop).</translation>
    </message>
    <message>
        <source>Koo&amp;rdinaattorille</source>
        <translation>For the &amp;coordinator</translation>
    </message>
    <message>
        <source>Tee &amp;varmuuskopio</source>
        <translation>Make a &amp;backup</translation>
    </message>
    <message>
        <source>K&amp;okoa vastaanotetut paketit…</source>
        <translation>Co&amp;llect received packages…</translation>
    </message>
    <message>
        <source>&amp;Luotetut avaimet…</source>
        <translation>&amp;Trusted keys…</translation>
    </message>
    <message>
        <source>Kuntien avainten sormenjäljet: lisää, tuo luettelo tai poista.</source>
        <translation>The fingerprints of the municipalities&apos; keys: add, import a list or remove.</translation>
    </message>
    <message>
        <source>&amp;Lopeta</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Seuraava osio</source>
        <translation>&amp;Next section</translation>
    </message>
    <message>
        <source>&amp;Edellinen osio</source>
        <translation>&amp;Previous section</translation>
    </message>
    <message>
        <source>Seuraava &amp;korjattava</source>
        <translation>Next thing to &amp;fix</translation>
    </message>
    <message>
        <source>Siirry korjattavien &amp;listaan</source>
        <translation>Go to the &amp;list of things to fix</translation>
    </message>
    <message>
        <source>Siirry &amp;osioluetteloon</source>
        <translation>Go to the &amp;sections</translation>
    </message>
    <message>
        <source>Korjattavaa-&amp;paneeli</source>
        <translation>&amp;To fix panel</translation>
    </message>
    <message>
        <source>&amp;Ohje…</source>
        <translation>&amp;Help…</translation>
    </message>
    <message>
        <source>&amp;Pikanäppäimet</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>&amp;Tietoja ohjelmasta</source>
        <translation>&amp;About the program</translation>
    </message>
    <message>
        <source>Varmuuskopiot ja &amp;palautus…</source>
        <translation>Backups and &amp;restore…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Tilannekuva – sote-uudistuksen tilannekuvakysely</source>
        <translation>Tilannekuva – situational-picture survey of the health and social services reform</translation>
    </message>
    <message>
        <source>Punainen: virhe, joka on korjattava ennen lähettämistä.</source>
        <translation>Red: a mistake to fix before submitting.</translation>
    </message>
    <message>
        <source>Keltainen: huomautus. Tarkista vastaus; jos se pitää paikkansa, vahvista se lyhyellä selityksellä (%1).</source>
        <translation>Yellow: a warning. Check the answer; if it is right, confirm it with a short explanation (%1).</translation>
    </message>
    <message>
        <source>Korjattavaa-luettelo (%1) kokoaa molemmat; Enter vie kysymykseen.</source>
        <translation>The To fix list (%1) gathers both; Enter takes you to the question.</translation>
    </message>
    <message>
        <source>Taulukkoon lisätään rivi sen alla olevalla Lisää rivi -painikkeella tai Insert-näppäimellä.</source>
        <translation>A row is added to a table with the Add row button under it, or with the Insert key.</translation>
    </message>
    <message>
        <source>Lähettäminen: %1 → %2 tekee allekirjoitetun raportin ja paketin valitsemaasi kansioon, kirjaa lähetyksen ja lukitsee kierroksen. Luonnoksen voi tehdä ensin: %1 → %3.</source>
        <translation>Submitting: %1 → %2 makes a signed report and package in the folder you choose, records the submission and locks the round. A draft can be made first: %1 → %3.</translation>
    </message>
    <message>
        <source>Lähetetyt tiedostot: viimeksi valittu kansio %1</source>
        <translation>Submitted files: the folder chosen last, %1</translation>
    </message>
    <message>
        <source>Lähetetyt tiedostot: valitsemasi kansio (aluksi %1)</source>
        <translation>Submitted files: the folder you choose (at first %1)</translation>
    </message>
    <message>
        <source>Varmuuskopiot: %1</source>
        <translation>Backups: %1</translation>
    </message>
    <message>
        <source>Kaikki pikanäppäimet: %1.</source>
        <translation>All keyboard shortcuts: %1.</translation>
    </message>
    <message>
        <source>Ohje</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Sarkain siirtyy kysymyksestä toiseen. Taulukossa nuolinäppäimet liikkuvat soluissa ja Enter tai F2 aloittaa muokkauksen. Kyllä/ei-kysymyksen vastauksen voi poistaa Delete-näppäimellä.</source>
        <translation>Tab moves from question to question. In a table the arrow keys move between cells, and Enter or F2 starts editing. The answer to a yes/no question can be removed with Delete.</translation>
    </message>
    <message>
        <source>Pikanäppäimet</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Insert, Ctrl++</source>
        <translation>Insert, Ctrl++</translation>
    </message>
    <message>
        <source>Taulukossa: lisää rivin taulukon loppuun</source>
        <translation>In a table: adds a row at the end of the table</translation>
    </message>
    <message>
        <source>Delete, Ctrl+-</source>
        <translation>Delete, Ctrl+-</translation>
    </message>
    <message>
        <source>Taulukossa: poistaa valitut rivit (kysyy ensin)</source>
        <translation>In a table: removes the selected rows (asks first)</translation>
    </message>
    <message>
        <source>F4, Alt+Alas</source>
        <translation>F4, Alt+Down</translation>
    </message>
    <message>
        <source>Taulukon solussa, jossa on vaihtoehdot: avaa vaihtoehtojen luettelon</source>
        <translation>In a table cell with options: opens the list of options</translation>
    </message>
    <message>
        <source>Enter, F2</source>
        <translation>Enter, F2</translation>
    </message>
    <message>
        <source>Taulukossa: aloittaa solun muokkauksen; Enter tallentaa solun</source>
        <translation>In a table: starts editing the cell; Enter stores the cell</translation>
    </message>
    <message>
        <source>Taulukon solua muokattaessa: peruu muokkauksen</source>
        <translation>While editing a table cell: takes the edit back</translation>
    </message>
    <message>
        <source>Vaihto+Enter, Ctrl+Enter</source>
        <translation>Shift+Enter, Ctrl+Enter</translation>
    </message>
    <message>
        <source>Taulukon pitkän tekstin solussa: rivinvaihto</source>
        <translation>In a table&apos;s long-text cell: a line break</translation>
    </message>
    <message>
        <source>Päivämääräkysymyksessä: avaa kalenterin</source>
        <translation>In a date question: opens the calendar</translation>
    </message>
    <message>
        <source>Taulukossa: kopioi valitut solut</source>
        <translation>In a table: copies the selected cells</translation>
    </message>
    <message>
        <source>Taulukossa: liittää taulukkolaskennasta kopioidut solut</source>
        <translation>In a table: pastes cells copied from a spreadsheet</translation>
    </message>
    <message>
        <source>Sarkain</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Taulukossa: siirtyy seuraavaan soluun ja viimeisestä solusta pois taulukosta</source>
        <translation>In a table: goes to the next cell, and from the last cell out of the table</translation>
    </message>
    <message>
        <source>Ctrl+Sarkain</source>
        <translation>Ctrl+Tab</translation>
    </message>
    <message>
        <source>Taulukossa: siirtyy pois taulukosta mistä tahansa solusta</source>
        <translation>In a table: goes out of the table from any cell</translation>
    </message>
</context>
<context>
    <name>MenuDialogs</name>
    <message>
        <source>Tiedostoa %1 ei ole: se on ehkä siirretty tai poistettu.</source>
        <translation>The file %1 was not found: it may have been moved or deleted.</translation>
    </message>
    <message>
        <source>Tilannekuva ei osaa avata tiedostoa %1: se ei ole vastaanotettu paketti (.asice), raportti (.pdf) eikä kyselykierros (.tkround).</source>
        <translation>Tilannekuva cannot open the file %1: it is not a received package (.asice), a report (.pdf) or a survey round (.tkround).</translation>
    </message>
    <message>
        <source>Tiedostoa ei voi avata</source>
        <translation>The file cannot be opened</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>%1 / %2 vastattu</source>
        <translation>%1 / %2 answered</translation>
    </message>
    <message numerus="yes">
        <source>%n korjattavaa</source>
        <translation>
            <numerusform>%n to fix</numerusform>
            <numerusform>%n to fix</numerusform>
        </translation>
    </message>
    <message>
        <source>avoinna</source>
        <translation>open</translation>
    </message>
    <message>
        <source>tulossa</source>
        <translation>upcoming</translation>
    </message>
    <message>
        <source>päättynyt</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>lähetetty</source>
        <translation>submitted</translation>
    </message>
    <message>
        <source>korjauksessa, lähetys %1 tehty</source>
        <translation>being corrected, submission %1 made</translation>
    </message>
    <message>
        <source>lisätty %1</source>
        <translation>added %1</translation>
    </message>
    <message>
        <source>Lisätty kierrospaketista %1; allekirjoittaja %2, sormenjälki %3</source>
        <translation>Added from a round package %1; signed by %2, fingerprint %3</translation>
    </message>
    <message>
        <source>Kyselykie&amp;rros</source>
        <translation>Survey &amp;round</translation>
    </message>
    <message>
        <source>O&amp;siot</source>
        <translation>S&amp;ections</translation>
    </message>
</context>
<context>
    <name>NewKeyDialog</name>
    <message>
        <source>Uusi organisaatioavain</source>
        <translation>New organisation key</translation>
    </message>
    <message>
        <source>Avain nimetään kunnan mukaan: %1.</source>
        <translation>The key is named after the municipality: %1.</translation>
    </message>
    <message>
        <source>Y-tunnus: %1.</source>
        <translation>Business ID: %1.</translation>
    </message>
    <message>
        <source>&amp;Tunnuslause</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <source>Tunnuslause &amp;uudelleen</source>
        <translation>Passphrase &amp;again</translation>
    </message>
    <message>
        <source>&amp;Luo avain</source>
        <translation>Create &amp;key</translation>
    </message>
    <message>
        <source>Tunnuslauseet eivät ole samat.</source>
        <translation>The passphrases are not the same.</translation>
    </message>
    <message>
        <source>Ilman tunnuslausetta avainta suojaavat vain tiedoston käyttöoikeudet: kuka tahansa, joka pääsee tiedostoon käsiksi, voi allekirjoittaa kunnan nimissä.</source>
        <translation>Without a passphrase only the file&apos;s permissions protect the key: anyone who can get to the file can sign in the municipality&apos;s name.</translation>
    </message>
    <message>
        <source>Tunnuslause kysytään aina, kun lähetys allekirjoitetaan. Sitä ei voi palauttaa, jos se unohtuu.</source>
        <translation>The passphrase is asked every time a submission is signed. It cannot be recovered if it is forgotten.</translation>
    </message>
</context>
<context>
    <name>PackageImporting</name>
    <message>
        <source>Tuo paketti</source>
        <translation>Import package</translation>
    </message>
    <message>
        <source>Paketit (*.asice);;Kaikki tiedostot (*)</source>
        <translation>Packages (*.asice);;All files (*)</translation>
    </message>
    <message>
        <source>%1

Tehdäänkö paketin kunnasta profiilin kunta ja tuodaanko paketti?</source>
        <translation>%1

Make the package&apos;s municipality the profile&apos;s and import the package?</translation>
    </message>
    <message>
        <source>Toisen kunnan paketti</source>
        <translation>Another municipality&apos;s package</translation>
    </message>
    <message>
        <source>Paketti %1 on jo tallessa: kierroksen %2 lähetys %3. Mitään ei muutettu.</source>
        <translation>The package %1 is already kept: round %2&apos;s submission %3. Nothing was changed.</translation>
    </message>
    <message>
        <source>Paketti %1 tuotiin kierroksen %2 lähetykseksi %3.

Sormenjälki: %4</source>
        <translation>The package %1 was imported as round %2&apos;s submission %3.

Fingerprint: %4</translation>
    </message>
    <message>
        <source>Paketti tuotu</source>
        <translation>Package imported</translation>
    </message>
    <message>
        <source>Pakettia ei tuotu</source>
        <translation>Package not imported</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Tunnuslause</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>&amp;Avaa</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Avataan avainta…</source>
        <translation>Opening the key…</translation>
    </message>
</context>
<context>
    <name>PreviousHints</name>
    <message>
        <source>Edellinen %1</source>
        <translation>Previous %1</translation>
    </message>
    <message>
        <source>Kopioi edellinen vastaus tähän</source>
        <translation>Copy the previous answer here</translation>
    </message>
    <message>
        <source>%1 – Enter kopioi sen tähän</source>
        <translation>%1 – Enter copies it here</translation>
    </message>
    <message>
        <source>Edellisellä kierroksella, ei nyt: %1</source>
        <translation>In the previous round, not now: %1</translation>
    </message>
    <message>
        <source>◥ = arvo eroaa kierroksen %1 vastauksesta (edellinen arvo näkyy, kun osoitin on solun päällä)</source>
        <translation>◥ = the value differs from the answer of round %1 (the previous value shows when the pointer is over the cell)</translation>
    </message>
    <message>
        <source>Kopioi</source>
        <translation>Copy</translation>
    </message>
</context>
<context>
    <name>PreviousRounds</name>
    <message>
        <source>&amp;Edelliset kierrokset</source>
        <translation>&amp;Previous rounds</translation>
    </message>
    <message>
        <source>Kopioi edelliset vastaukset tähän &amp;osioon</source>
        <translation>&amp;Copy the previous answers into this section</translation>
    </message>
    <message>
        <source>Kopioi edelliset vastaukset &amp;koko kierrokseen</source>
        <translation>Copy the previous answers into the &amp;whole round</translation>
    </message>
    <message>
        <source>&amp;Peru viimeisin kopiointi</source>
        <translation>&amp;Undo the latest copy</translation>
    </message>
    <message>
        <source>&amp;Vertaa kierroksia…</source>
        <translation>Co&amp;mpare rounds…</translation>
    </message>
    <message>
        <source>Ei kopioitu</source>
        <translation>Nothing copied</translation>
    </message>
    <message>
        <source>Ei kopioitavaa</source>
        <translation>Nothing to copy</translation>
    </message>
    <message>
        <source>Kaikki edellisen kierroksen vastaukset, jotka voi kopioida, ovat jo tässä.</source>
        <translation>Every answer of the previous round that can be copied is already here.</translation>
    </message>
    <message numerus="yes">
        <source>Taulukoista, joihin on jo vastattu, puuttuu %n edellisen kierroksen riviä. Lisätäänkö ne? Jos et lisää, taulukot pysyvät sellaisina kuin ne ovat.</source>
        <translation>
            <numerusform>%n row of the previous round is missing from tables already answered. Add it? If not, the tables stay as they are.</numerusform>
            <numerusform>%n rows of the previous round are missing from tables already answered. Add them? If not, the tables stay as they are.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lisätäänkö puuttuvat rivit?</source>
        <translation>Add the missing rows?</translation>
    </message>
    <message numerus="yes">
        <source>%n kohtaan on jo vastattu tällä kierroksella. Korvataanko ne edellisen kierroksen vastauksilla? Jos et korvaa, vain tyhjät kohdat täytetään.</source>
        <translation>
            <numerusform>%n answer is already given in this round. Replace it with the previous round&apos;s answer? If not, only the empty questions are filled in.</numerusform>
            <numerusform>%n answers are already given in this round. Replace them with the previous round&apos;s answers? If not, only the empty questions are filled in.</numerusform>
        </translation>
    </message>
    <message>
        <source>Korvataanko annetut vastaukset?</source>
        <translation>Replace the answers given?</translation>
    </message>
    <message numerus="yes">
        <source>Kopioitu %n vastausta kierrokselta %1.</source>
        <translation>
            <numerusform>Copied %n answer from round %1.</numerusform>
            <numerusform>Copied %n answers from round %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ei peruttu</source>
        <translation>Nothing undone</translation>
    </message>
    <message numerus="yes">
        <source>Kopiointi peruttu: %n vastausta palautettiin ennalleen.</source>
        <translation>
            <numerusform>Copy undone: %n answer restored.</numerusform>
            <numerusform>Copy undone: %n answers restored.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message numerus="yes">
        <source>… ja %n muuta</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n korjattavaa kohtaa. Valitse kohta ja paina Enter, niin pääset kysymykseen.</source>
        <translation>
            <numerusform>%n thing to fix. Choose it and press Enter to go to the question.</numerusform>
            <numerusform>%n things to fix. Choose one and press Enter to go to the question.</numerusform>
        </translation>
    </message>
    <message>
        <source>Vahvista valittu huomautus…</source>
        <translation>Confirm the chosen warning…</translation>
    </message>
    <message>
        <source>Jos vastaus pitää paikkansa, kerro lyhyesti miksi. Selitys tallennetaan ja lähetetään vastausten mukana.</source>
        <translation>If the answer is right, say briefly why. The explanation is saved and sent with the answers.</translation>
    </message>
    <message>
        <source>Korjattavaa (%1) · vastaamatta %2</source>
        <translation>To fix (%1) · %2 not answered</translation>
    </message>
    <message>
        <source>Korjattavaa (%1)</source>
        <translation>To fix (%1)</translation>
    </message>
    <message numerus="yes">
        <source>Huomautukset: tarkista nämä (%n)</source>
        <translation>
            <numerusform>Warnings: check this (%n)</numerusform>
            <numerusform>Warnings: check these (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Vahvistetut huomautukset (%n)</source>
        <translation>
            <numerusform>Confirmed warning (%n)</numerusform>
            <numerusform>Confirmed warnings (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Ei korjattavaa.</source>
        <translation>Nothing to fix.</translation>
    </message>
    <message>
        <source>Ei korjattavaa. Kaikki vastaukset ovat kunnossa.</source>
        <translation>Nothing to fix. All answers are in order.</translation>
    </message>
    <message numerus="yes">
        <source>%n pakollista kysymystä vielä vastaamatta.</source>
        <translation>
            <numerusform>%n required question not answered yet.</numerusform>
            <numerusform>%n required questions not answered yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n huomautusta vahvistettavana tai muutettavana ennen lähettämistä: tarkista ne ja vahvista selityksellä, jos vastaus pitää paikkansa.</source>
        <translation>
            <numerusform>%n warning to confirm or change before submitting: check it, and confirm it with an explanation if the answer is right.</numerusform>
            <numerusform>%n warnings to confirm or change before submitting: check them, and confirm them with an explanation if the answers are right.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n huomautusta vahvistettu selityksellä.</source>
        <translation>
            <numerusform>%n warning confirmed with an explanation.</numerusform>
            <numerusform>%n warnings confirmed with an explanation.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Vahvistettu: %2</source>
        <translation>%1
Confirmed: %2</translation>
    </message>
    <message>
        <source>rivi %1</source>
        <translation>row %1</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Kirjoita kunnan nimi tai numero ja valitse listasta.</source>
        <translation>Type the municipality&apos;s name or code and choose from the list.</translation>
    </message>
    <message>
        <source>Valittu: %1, %2</source>
        <translation>Chosen: %1, %2</translation>
    </message>
    <message>
        <source>Kunta ja yhteyshenkilö</source>
        <translation>Municipality and contact person</translation>
    </message>
    <message>
        <source>Valitse kunta, jonka puolesta vastaat, ja kerro yhteyshenkilö. Tiedot tallennetaan tälle koneelle ja liitetään vastauksiin.</source>
        <translation>Choose the municipality you answer for and name a contact person. The details are kept on this computer and attached to the answers.</translation>
    </message>
    <message>
        <source>&amp;Kunta</source>
        <translation>&amp;Municipality</translation>
    </message>
    <message>
        <source>&amp;Yhteyshenkilö</source>
        <translation>&amp;Contact person</translation>
    </message>
    <message>
        <source>&amp;Tehtävänimike</source>
        <translation>&amp;Job title</translation>
    </message>
    <message>
        <source>&amp;Sähköposti</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Puhelin</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>Y-tu&amp;nnus</source>
        <translation>&amp;Business ID</translation>
    </message>
    <message>
        <source>esim. Kangasala tai 211</source>
        <translation>e.g. Kangasala or 211</translation>
    </message>
    <message>
        <source>Palauta &amp;varmuuskopiosta…</source>
        <translation>&amp;Restore from a backup…</translation>
    </message>
    <message>
        <source>Uudella koneella: palauta vastaukset ja kunnan tiedot varmuuskopiosta, esimerkiksi USB-tikulta.</source>
        <translation>On a new computer: restore the answers and the municipality&apos;s details from a backup, for example from a USB stick.</translation>
    </message>
    <message>
        <source>Olen koo&amp;rdinaattori</source>
        <translation>I &amp;am the coordinator</translation>
    </message>
    <message>
        <source>Kokoat kuntien lähettämät paketit etkä vastaa minkään kunnan puolesta: avaa vastaanotettujen pakettien ikkuna.</source>
        <translation>You collect the packages the municipalities send and answer for no municipality: open the received packages&apos; window.</translation>
    </message>
    <message>
        <source>Palautettava varmuuskopio</source>
        <translation>Backup to restore</translation>
    </message>
    <message>
        <source>Varmuuskopiot (*.sqlite);;Kaikki tiedostot (*)</source>
        <translation>Backups (*.sqlite);;All files (*)</translation>
    </message>
    <message>
        <source>Palautus ei onnistu</source>
        <translation>The restore cannot be done</translation>
    </message>
    <message>
        <source>Varmuuskopio palautettu</source>
        <translation>Backup restored</translation>
    </message>
    <message>
        <source>Profiilia ei tallennettu</source>
        <translation>The profile was not saved</translation>
    </message>
</context>
<context>
    <name>ReadinessSummary</name>
    <message>
        <source>Tarkista ennen lähettämistä</source>
        <translation>Check before submitting</translation>
    </message>
    <message>
        <source>&amp;Jatka lähettämistä</source>
        <translation>&amp;Continue submitting</translation>
    </message>
    <message>
        <source>&amp;Palaa takaisin</source>
        <translation>&amp;Go back</translation>
    </message>
    <message>
        <source>Kierros %1 on valmis lähetettäväksi.</source>
        <translation>Round %1 is ready to submit.</translation>
    </message>
    <message>
        <source>Muutettu lähetyksen %1 jälkeen (%2):</source>
        <translation>Changed since submission %1 (%2):</translation>
    </message>
    <message>
        <source>Vastauksia ei ole muutettu lähetyksen %1 jälkeen; huomautusten selityksiä on muutettu.</source>
        <translation>No answer has changed since submission %1; explanations of warnings have.</translation>
    </message>
    <message>
        <source>Vastauksia ei ole muutettu lähetyksen %1 jälkeen.</source>
        <translation>No answer has changed since submission %1.</translation>
    </message>
    <message>
        <source>Vahvistetut huomautukset (%1):</source>
        <translation>Confirmed warnings (%1):</translation>
    </message>
    <message>
        <source>Poikkeukselliset muutokset edelliseen kierrokseen, vahvistettu (%1):</source>
        <translation>Unusual changes since the previous round, confirmed (%1):</translation>
    </message>
    <message>
        <source>Selitys: %1</source>
        <translation>Explanation: %1</translation>
    </message>
    <message>
        <source>… ja %1 muuta</source>
        <translation>… and %1 more</translation>
    </message>
    <message>
        <source>Vapaaehtoiset kysymykset, joihin ei ole vastattu (%1):</source>
        <translation>Optional questions left unanswered (%1):</translation>
    </message>
    <message>
        <source>Kaikkiin kysymyksiin on vastattu, eikä huomautuksia ole.</source>
        <translation>Every question is answered, and there are no warnings.</translation>
    </message>
    <message>
        <source>Jatka lähettämistä, niin seuraavaksi valitaan kansio ja vastaukset allekirjoitetaan. Palaa takaisin, jos haluat vielä muuttaa vastauksia.</source>
        <translation>Continue submitting, and the folder is chosen next and the answers signed. Go back if you still want to change answers.</translation>
    </message>
</context>
<context>
    <name>ReceivedOpener</name>
    <message>
        <source>Avaa vastaanotettu paketti</source>
        <translation>Open a received package</translation>
    </message>
    <message>
        <source>Paketit ja raportit (*.asice *.pdf);;Kaikki tiedostot (*)</source>
        <translation>Packages and reports (*.asice *.pdf);;All files (*)</translation>
    </message>
    <message>
        <source>Tiedostoa ei voitu avata</source>
        <translation>The file could not be opened</translation>
    </message>
</context>
<context>
    <name>ReceivedView</name>
    <message>
        <source>Vastaanotettu tiedosto – %1</source>
        <translation>Received file – %1</translation>
    </message>
    <message>
        <source>Tarkistus</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Rek&amp;isteröi tämä avain…</source>
        <translation>Re&amp;gister this key…</translation>
    </message>
    <message>
        <source>%1 klo %2</source>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <source>Tiedosto on kunnossa, ja sen allekirjoittaja on vahvistettu: kaikki tarkistukset täsmäävät.</source>
        <translation>The file is in order, and its signer is confirmed: every check holds.</translation>
    </message>
    <message>
        <source>Tiedostot ovat ehjät, ja ne on allekirjoitettu tämän tietokoneen organisaatioavaimella.</source>
        <translation>The files are intact and signed with this computer&apos;s organisation key.</translation>
    </message>
    <message>
        <source>Tiedostot ovat ehjät, mutta allekirjoittajaa ei ole vahvistettu.</source>
        <translation>The files are intact, but the signer is not confirmed.</translation>
    </message>
    <message>
        <source>Tiedostoa ei hyväksytty: tarkistus epäonnistui.</source>
        <translation>The file was not accepted: a check failed.</translation>
    </message>
    <message>
        <source>Kunta</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Kierros</source>
        <translation>Round</translation>
    </message>
    <message>
        <source>Lähetys</source>
        <translation>Submission</translation>
    </message>
    <message>
        <source>Viety</source>
        <translation>Exported</translation>
    </message>
    <message>
        <source>Sormenjälki</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <source>Sormenjälki on sama kuin tämän ohjelman tietokansion organisaatioavaimen: paketti on tehty tällä avaimella. Toisen avaimen allekirjoittamaa pakettia ei näin vahvisteta.</source>
        <translation>The fingerprint is that of the organisation key in this program&apos;s data folder: the package was made with this key. A package signed with any other key is not confirmed this way.</translation>
    </message>
    <message>
        <source>Allekirjoitus on ehjä, mutta allekirjoittajaa ei ole verrattu luotettuun sormenjälkeen. Varmista sormenjälki kunnalta puhelimitse tai kirjeellä.</source>
        <translation>The signature is intact, but the signer has not been compared with a trusted fingerprint. Confirm the fingerprint with the municipality by phone or letter.</translation>
    </message>
    <message>
        <source>Vastauksia ei näytetä, koska tiedosto ei läpäissyt tarkistuksia.</source>
        <translation>The answers are not shown because the file did not pass the checks.</translation>
    </message>
</context>
<context>
    <name>RestoredKey</name>
    <message>
        <source>Organisaatioavain puuttuu</source>
        <translation>The organisation key is missing</translation>
    </message>
    <message>
        <source>Palautetut lähetykset on allekirjoitettu organisaatioavaimella, jonka sormenjälki on:

%1

Avain ei kuulu varmuuskopioon, eikä sitä ole tässä tietokansiossa. Kopioi tiedosto %2 vanhalta tietokoneelta tai tuo se (Lähetys → Organisaatioavain… → Tuo PKCS#12-tiedosto…). Muuten vastaanottaja hylkää seuraavan lähetyksen.</source>
        <translation>The restored submissions were signed with the organisation key whose fingerprint is:

%1

The key is not part of a backup, and it is not in this data folder. Copy the file %2 from the old computer or import it (Submission → Organisation key… → Import a PKCS#12 file…). Otherwise the receiver refuses the next submission.</translation>
    </message>
    <message>
        <source>Eri organisaatioavain</source>
        <translation>A different organisation key</translation>
    </message>
    <message>
        <source>Palautetut lähetykset on allekirjoitettu organisaatioavaimella, jonka sormenjälki on:

%1

Tämän tietokansion avain on toinen:

%2

Vastaanottaja hylkää tällä avaimella allekirjoitetun lähetyksen, kunnes se on rekisteröinyt sen sormenjäljen. Jos aiempi avain on tallessa, käytä sitä.</source>
        <translation>The restored submissions were signed with the organisation key whose fingerprint is:

%1

The key in this data folder is another one:

%2

The receiver refuses a submission signed with this key until they have registered its fingerprint. If the earlier key is kept somewhere, use it.</translation>
    </message>
</context>
<context>
    <name>RoundAdding</name>
    <message>
        <source>Lisää kyselykierros</source>
        <translation>Add survey round</translation>
    </message>
    <message>
        <source>Kyselykierrokset (*.tkround);;Kaikki tiedostot (*)</source>
        <translation>Survey rounds (*.tkround);;All files (*)</translation>
    </message>
    <message>
        <source>Kierros %1 on jo ohjelmassa samanlaisena; mitään ei muutettu.</source>
        <translation>Round %1 is already in the program as it is; nothing was changed.</translation>
    </message>
    <message>
        <source>Kierros %1 lisättiin: %2

Allekirjoittaja: %3
Sormenjälki: %4</source>
        <translation>Round %1 was added: %2

Signed by: %3
Fingerprint: %4</translation>
    </message>
    <message>
        <source>Kyselykierros lisätty</source>
        <translation>Survey round added</translation>
    </message>
    <message>
        <source>Kyselykierrosta ei lisätty</source>
        <translation>Survey round not added</translation>
    </message>
</context>
<context>
    <name>RoundsChart</name>
    <message>
        <source>lähetetty</source>
        <translation>submitted</translation>
    </message>
    <message>
        <source>ei lähetetty (vastaukset nyt)</source>
        <translation>not submitted (the answers now)</translation>
    </message>
</context>
<context>
    <name>RowsDialog</name>
    <message>
        <source>Kopioi rivejä kierrokselta %1</source>
        <translation>Copy rows from round %1</translation>
    </message>
    <message>
        <source>Taulukko %1: valitse kopioitavat rivit. Rivin, joka on jo taulukossa, tyhjät solut täytetään; annetuista vastauksista kysytään ensin.</source>
        <translation>Table %1: choose the rows to copy. A row already in the table has its empty cells filled; answers already given are asked about first.</translation>
    </message>
    <message>
        <source>Edellisen kierroksen rivit</source>
        <translation>The previous round&apos;s rows</translation>
    </message>
    <message>
        <source>%1 (on jo taulukossa)</source>
        <translation>%1 (already in the table)</translation>
    </message>
    <message>
        <source>&amp;Rivit</source>
        <translation>&amp;Rows</translation>
    </message>
    <message>
        <source>Valitse &amp;kaikki</source>
        <translation>Select &amp;all</translation>
    </message>
    <message>
        <source>&amp;Tyhjennä valinnat</source>
        <translation>&amp;Clear the choices</translation>
    </message>
    <message>
        <source>K&amp;opioi valitut</source>
        <translation>C&amp;opy the chosen</translation>
    </message>
</context>
<context>
    <name>RowsModel</name>
    <message>
        <source>Tallennettuna on yhä %1.</source>
        <translation>Still stored: %1.</translation>
    </message>
</context>
<context>
    <name>SaveFailureBanner</name>
    <message>
        <source>Vastaukset pysyvät ikkunassa, ja ne tallennetaan, kun levyllä on taas tilaa; tallentamista yritetään uudelleen muutaman sekunnin välein.</source>
        <translation>The answers stay in the window and are saved once there is room on the disk again; saving is tried again every few seconds.</translation>
    </message>
    <message>
        <source>Vastaukset pysyvät ikkunassa, ja ne tallennetaan, kun kansioon voi taas kirjoittaa; sitä yritetään uudelleen muutaman sekunnin välein. Jos suljet ohjelman ennen sitä, tallentamattomat vastaukset menetetään.</source>
        <translation>The answers stay in the window and are saved once the folder can be written to again; it is tried again every few seconds. If you close the program before that, the unsaved answers are lost.</translation>
    </message>
    <message>
        <source>Vastaukset pysyvät ikkunassa, ja ne tallennetaan, kun tallentaminen taas onnistuu; sitä yritetään uudelleen muutaman sekunnin välein.</source>
        <translation>The answers stay in the window and are saved once saving works again; it is tried again every few seconds.</translation>
    </message>
    <message>
        <source>&amp;Yritä nyt</source>
        <translation>&amp;Try now</translation>
    </message>
    <message>
        <source>Levy on täynnä, joten tietokansion %1 vastaukset avattiin vain luettaviksi: mitään ei voi tallentaa, ennen kuin levyltä vapautetaan tilaa. Tyhjennä roskakori tai poista suuria tiedostoja; aiemmin tallennetut vastaukset ovat tallessa.</source>
        <translation>The disk is full, so the answers in the data folder %1 were opened for reading only: nothing can be saved until space is freed on the disk. Empty the recycle bin or remove large files; answers saved earlier are safe.</translation>
    </message>
    <message>
        <source>Tietokansioon %1 ei voi kirjoittaa, joten vastaukset avattiin vain luettaviksi: mitään ei tallenneta, ennen kuin kansioon voi kirjoittaa. Pyydä kansioon kirjoitusoikeus, tai avaa ohjelma kansiossa, johon voit kirjoittaa.</source>
        <translation>The data folder %1 cannot be written to, so the answers were opened read-only: nothing is saved until the folder can be written to. Ask for the right to write to this folder, or open the program on a folder you can write to.</translation>
    </message>
</context>
<context>
    <name>SaveStatus</name>
    <message>
        <source>Tallentamatta olevia vastauksia: %1 (yritetään uudelleen)</source>
        <translation>Answers not saved: %1 (trying again)</translation>
    </message>
    <message>
        <source>Tallentamatta, koska ei kelpaa: %1 (katso Korjattavaa)</source>
        <translation>Not saved, not a valid answer: %1 (see To fix)</translation>
    </message>
    <message>
        <source>Kaikki vastaukset tallessa</source>
        <translation>All answers saved</translation>
    </message>
    <message>
        <source>Tallennettu %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Tallennetaan…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Vastausta ei tallennettu</source>
        <translation>The answer was not saved</translation>
    </message>
    <message>
        <source>Vastauksia ei voitu lukea</source>
        <translation>The answers could not be read</translation>
    </message>
    <message numerus="yes">
        <source>%n vastausta ei voitu tallentaa.</source>
        <translation>
            <numerusform>%n answer could not be saved.</numerusform>
            <numerusform>%n answers could not be saved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vastausta ei kelpaa sellaisenaan, joten niitä ei ole tallennettu (ne on lueteltu kohdassa Korjattavaa).</source>
        <translation>
            <numerusform>%n answer is not accepted as typed, so it was not saved (it is listed under To fix).</numerusform>
            <numerusform>%n answers are not accepted as typed, so they were not saved (they are listed under To fix).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Jos suljet ikkunan nyt, nämä vastaukset menetetään. Muut vastaukset ovat tallessa. Suljetaanko silti?</source>
        <translation>
            <numerusform>If you close the window now, this answer is lost. All other answers are saved. Close anyway?</numerusform>
            <numerusform>If you close the window now, these answers are lost. All other answers are saved. Close anyway?</numerusform>
        </translation>
    </message>
    <message>
        <source>Vastauksia tallentamatta</source>
        <translation>Answers not saved</translation>
    </message>
    <message>
        <source>&amp;Sulje tallentamatta</source>
        <translation>&amp;Close without saving</translation>
    </message>
    <message>
        <source>&amp;Palaa lomakkeelle</source>
        <translation>&amp;Back to the form</translation>
    </message>
</context>
<context>
    <name>SealPanel</name>
    <message>
        <source>Lähetys %1: allekirjoittanut %2, %3 klo %4 (allekirjoituksen oma aika). Avaimen sormenjälki:</source>
        <translation>Submission %1: signed by %2 on %3 at %4 (the signature&apos;s own time). Key fingerprint:</translation>
    </message>
    <message>
        <source>Lähetys %1: allekirjoitettu %2 klo %3 (allekirjoituksen oma aika). Avaimen sormenjälki:</source>
        <translation>Submission %1: signed on %2 at %3 (the signature&apos;s own time). Key fingerprint:</translation>
    </message>
    <message>
        <source>Lähetys %1: allekirjoittanut %2; kirjattu %3 klo %4 (allekirjoitus ei kerro aikaansa). Avaimen sormenjälki:</source>
        <translation>Submission %1: signed by %2; recorded on %3 at %4 (the signature does not tell its time). Key fingerprint:</translation>
    </message>
    <message>
        <source>Lähetys %1: kirjattu %2 klo %3. Avaimen sormenjälki:</source>
        <translation>Submission %1: recorded on %2 at %3. Key fingerprint:</translation>
    </message>
    <message>
        <source>Tallessa olevaa pakettia tarkistetaan…</source>
        <translation>Checking the stored package…</translation>
    </message>
    <message>
        <source>Tallessa olevat tiedostot tarkistettiin klo %1: ne ovat ehjät. Vastaukset näytetään allekirjoitetusta paketista.</source>
        <translation>The stored files were checked at %1: they are intact. The answers are shown from the signed package.</translation>
    </message>
    <message>
        <source>Tallessa olevat tiedostot EIVÄT läpäise tarkistusta (klo %1): %2 Paketin vastauksia ei näytetä, koska ei voi varmistaa, että ne ovat lähetetyt.</source>
        <translation>The stored files do NOT pass the check (at %1): %2 The package&apos;s answers are not shown, because it cannot be confirmed that they are the ones submitted.</translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message numerus="yes">
        <source>Poistetaanko rivit %1 taulukosta ”%2”?</source>
        <translation>
            <numerusform>Remove row %1 from the table “%2”?</numerusform>
            <numerusform>Remove rows %1 from the table “%2”?</numerusform>
        </translation>
    </message>
    <message>
        <source>Poista rivejä</source>
        <translation>Remove rows</translation>
    </message>
    <message numerus="yes">
        <source>Taulukossa on %n huomautus tarkistettavana: tarkista vastaus tai vahvista se selityksellä.</source>
        <translation>
            <numerusform>The table has %n warning to check: check the answer or confirm it with an explanation.</numerusform>
            <numerusform>The table has %n warnings to check: check the answers or confirm them with an explanation.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Vahvistettu: %2</source>
        <translation>%1 Confirmed: %2</translation>
    </message>
    <message numerus="yes">
        <source>Taulukossa on %n korjattavaa kohtaa.</source>
        <translation>
            <numerusform>The table has %n thing to fix.</numerusform>
            <numerusform>The table has %n things to fix.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SharedKeys</name>
    <message>
        <source>Avain %1 on rekisteröity useammalle kuin yhdelle kunnalle: %2. Kukin niistä voi allekirjoittaa toisten puolesta. Varmista kunnilta, että avain on todella yhteinen, tai poista väärä.</source>
        <translation>The key %1 is registered for more than one municipality: %2. Each of them can sign for the others. Check with the municipalities that the key really is shared, or remove the wrong one.</translation>
    </message>
    <message>
        <source>Sama avain usealla kunnalla</source>
        <translation>The same key for several municipalities</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Tilannekuva on jo käynnissä</source>
        <translation>Tilannekuva is already running</translation>
    </message>
    <message>
        <source>Tietokanta on uudemmasta versiosta</source>
        <translation>The database is from a newer version</translation>
    </message>
    <message>
        <source>Tietokantaa ei voi avata</source>
        <translation>The database cannot be opened</translation>
    </message>
    <message>
        <source>Tilannekuva suljetaan</source>
        <translation>Tilannekuva closes</translation>
    </message>
    <message>
        <source>Kuntaa ei valittu, joten ohjelma suljetaan. Tilannekuva tarvitsee kunnan, jonka puolesta vastaat, ennen kuin kyselyyn voi vastata. Kunta kysytään uudelleen, kun avaat ohjelman seuraavan kerran. Mitään ei tallennettu.</source>
        <translation>No municipality was chosen, so the program closes. Tilannekuva needs the municipality you answer for before the survey can be answered. It is asked again when you next open the program. Nothing was saved.</translation>
    </message>
</context>
<context>
    <name>SubmissionsDialog</name>
    <message>
        <source>Lähetykset – %1</source>
        <translation>Submissions – %1</translation>
    </message>
    <message>
        <source>Nro</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Aika</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Lähettäjä</source>
        <translation>Sender</translation>
    </message>
    <message>
        <source>Avaimen sormenjälki</source>
        <translation>Key fingerprint</translation>
    </message>
    <message>
        <source>Paketti</source>
        <translation>Package</translation>
    </message>
    <message>
        <source>%1 klo %2</source>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <source>&amp;Tallenna tiedostot uudelleen…</source>
        <translation>&amp;Save the files again…</translation>
    </message>
    <message>
        <source>&amp;Näytä ikkunassa</source>
        <translation>Show in the &amp;window</translation>
    </message>
    <message>
        <source>Näytä lähetyksen vastaukset ikkunassa sellaisina kuin ne allekirjoitettiin.</source>
        <translation>Show the submission&apos;s answers in the window as they were signed.</translation>
    </message>
    <message>
        <source>Kierrosta ei ole lähetetty.</source>
        <translation>The round has not been submitted.</translation>
    </message>
    <message>
        <source>Kierros on lukittu viimeisimmän lähetyksen jälkeen. Jos vastauksia on muutettava, aloita korjaus; aiemmat lähetykset säilyvät.</source>
        <translation>The round has been locked since the latest submission. If the answers must change, start a correction; earlier submissions are kept.</translation>
    </message>
    <message>
        <source>Kierros on auki korjausta varten; seuraava lähetys on numero %1.</source>
        <translation>The round is open for a correction; the next submission is number %1.</translation>
    </message>
</context>
<context>
    <name>Submitting</name>
    <message>
        <source>Ohjelmassa tapahtui virhe (%1). Tiedot virheestä on kirjoitettu lokiin tietokansion logs-kansioon.</source>
        <translation>An error occurred in the program (%1). Details have been written to the log in the data folder&apos;s logs folder.</translation>
    </message>
    <message>
        <source>Tallenna ne toiseen kansioon: Lähetys → Lähetykset… → Tallenna tiedostot uudelleen.</source>
        <translation>Save them to another folder: Submission → Submissions… → Save the files again.</translation>
    </message>
    <message>
        <source>Luo tai tuo avain: Lähetys → Organisaatioavain…</source>
        <translation>Create or import the key: Submission → Organisation key…</translation>
    </message>
    <message>
        <source>Tuo aiempi avain: Lähetys → Organisaatioavain… → Tuo PKCS#12-tiedosto…</source>
        <translation>Import the earlier key: Submission → Organisation key… → Import a PKCS#12 file…</translation>
    </message>
    <message>
        <source>Korjaus aloitetaan valikosta Lähetys → Aloita korjaus.</source>
        <translation>A correction is started from the menu Submission → Start a correction.</translation>
    </message>
    <message>
        <source>Valitse kunta: Tiedosto → Kunta ja yhteyshenkilö…</source>
        <translation>Choose the municipality: File → Municipality and contact person…</translation>
    </message>
    <message>
        <source>Avainta ei voitu avata</source>
        <translation>The key could not be opened</translation>
    </message>
    <message>
        <source>Tee luonnos – valitse kansio</source>
        <translation>Make a draft – choose a folder</translation>
    </message>
    <message>
        <source>Kierros on jo lähetetty</source>
        <translation>The round has already been submitted</translation>
    </message>
    <message>
        <source>Kierros on jo lähetetty (lähetys %1) ja lukittu. Jos vastauksia on muutettava, aloita korjaus (Lähetys → Aloita korjaus).</source>
        <translation>The round has already been submitted (submission %1) and is locked. If the answers must change, start a correction (Submission → Start a correction).</translation>
    </message>
    <message>
        <source>Kierrosta ei voi vielä lähettää</source>
        <translation>The round cannot be submitted yet</translation>
    </message>
    <message>
        <source>Tallentamatta olevia vastauksia: %1. Lähetys tehtäisiin ilman niitä. Odota, kunnes ne on tallennettu (tilarivillä lukee silloin ”Tallennettu”), ja lähetä sitten.</source>
        <translation>Answers not saved: %1. The submission would be made without them. Wait until they are saved (the status bar then says “Saved”), then submit.</translation>
    </message>
    <message numerus="yes">
        <source>Vastauksissa on %n korjattavaa kohtaa. Ne on lueteltu oikealla Korjattavaa-paneelissa (F8 vie seuraavaan). Korjaa ne ennen lähettämistä, tai tee luonnos (PDF), jossa keskeneräiset vastaukset sallitaan.</source>
        <translation>
            <numerusform>The answers have %n thing to fix. It is listed in the To fix panel on the right (F8 goes there). Fix it before submitting, or make a draft (PDF), which allows unfinished answers.</numerusform>
            <numerusform>The answers have %n things to fix. They are listed in the To fix panel on the right (F8 goes to the next). Fix them before submitting, or make a draft (PDF), which allows unfinished answers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lisäksi %n huomautusta on vahvistettava tai vastausta muutettava.</source>
        <translation>
            <numerusform>Also, %n warning must be confirmed or its answer changed.</numerusform>
            <numerusform>Also, %n warnings must be confirmed or their answers changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Vastauksissa on %n huomautusta, jota kukaan ei ole vahvistanut. Tarkista se Korjattavaa-paneelissa: jos vastaus pitää paikkansa, vahvista se lyhyellä selityksellä (Vahvista valittu huomautus…), muuten muuta vastausta. Sitten voit lähettää.</source>
        <translation>
            <numerusform>The answers have %n warning nobody has confirmed. Check it in the To fix panel: if the answer is right, confirm it with a short explanation (Confirm the chosen warning…); otherwise change the answer. Then you can submit.</numerusform>
            <numerusform>The answers have %n warnings nobody has confirmed. Check them in the To fix panel: if an answer is right, confirm it with a short explanation (Confirm the chosen warning…); otherwise change the answer. Then you can submit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Organisaatioavain puuttuu</source>
        <translation>The organisation key is missing</translation>
    </message>
    <message>
        <source>Kierros on jo päättynyt</source>
        <translation>The round has already closed</translation>
    </message>
    <message>
        <source>Jos tarvitset lähetyksen tiedostot uudelleen: Lähetys → Lähetykset… → Tallenna tiedostot uudelleen.</source>
        <translation>If you need the files of the submission again: Submission → Submissions… → Save the files again.</translation>
    </message>
    <message>
        <source>Kierros päättyi %1. Lähetetäänkö vastaukset silti myöhässä? Lähetä vain, jos vastaanottaja on luvannut ottaa ne vielä vastaan.</source>
        <translation>The round closed on %1. Submit the answers late anyway? Submit only if the receiver has agreed to take them still.</translation>
    </message>
    <message>
        <source>Muuta vastauksia, jos niissä on korjattavaa. Jos tarvitset lähetyksen %1 allekirjoitetut tiedostot (paketti ja raportti) uudelleen, tallenna ne kansioon.</source>
        <translation>Change the answers if something is to be corrected. If you need the signed files of submission %1 (the package and the report) again, save them to a folder.</translation>
    </message>
    <message>
        <source>Korjauksessa ei ole muutoksia</source>
        <translation>The correction changes nothing</translation>
    </message>
    <message>
        <source>&amp;Tallenna lähetyksen %1 tiedostot…</source>
        <translation>&amp;Save the files of submission %1…</translation>
    </message>
    <message>
        <source>&amp;Palaa lomakkeeseen</source>
        <translation>&amp;Back to the form</translation>
    </message>
    <message>
        <source>Lähetys allekirjoitetaan organisaation avaimella, eikä avainta ole vielä luotu. Luo uusi avain tai tuo kunnan olemassa oleva avain (PKCS#12-tiedosto).</source>
        <translation>The submission is signed with the organisation key, and the key has not been created yet. Create a new key or import the municipality&apos;s existing key (a PKCS#12 file).</translation>
    </message>
    <message>
        <source>Lähetys allekirjoitetaan organisaation avaimella, eikä sitä ole tässä tietokansiossa. Aiemmat lähetykset on allekirjoitettu avaimella, jonka sormenjälki on:

%1

Tuo se: kopioi tiedosto %2 vanhalta tietokoneelta. Uudella avaimella allekirjoitetun lähetyksen vastaanottaja hylkää, kunnes se on rekisteröinyt uuden sormenjäljen.</source>
        <translation>The submission is signed with the organisation key, and it is not in this data folder. The earlier submissions were signed with the key whose fingerprint is:

%1

Import it: copy the file %2 from the old computer. The receiver refuses a submission signed with a new key until they have registered its fingerprint.</translation>
    </message>
    <message>
        <source>&amp;Luo uusi avain…</source>
        <translation>Create a &amp;new key…</translation>
    </message>
    <message>
        <source>&amp;Tuo avain…</source>
        <translation>&amp;Import a key…</translation>
    </message>
    <message>
        <source>Peru</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Lähetä – valitse kansio lähetettäville tiedostoille</source>
        <translation>Submit – choose a folder for the files to send</translation>
    </message>
    <message>
        <source>Organisaatioavain on suojattu tunnuslauseella. Anna tunnuslause:</source>
        <translation>The organisation key is protected by a passphrase. Enter the passphrase:</translation>
    </message>
    <message>
        <source>Eri avain kuin aiemmissa lähetyksissä</source>
        <translation>Not the key of the earlier submissions</translation>
    </message>
    <message>
        <source>Lähetys allekirjoitettaisiin avaimella, jonka sormenjälki on:

%1

Aiemmat lähetykset (viimeksi kierroksen %3 lähetys %4) on allekirjoitettu toisella avaimella:

%2

Vastaanottaja hylkää uudella avaimella allekirjoitetun lähetyksen, kunnes se on rekisteröinyt uuden sormenjäljen: kerro se vastaanottajalle muuta kautta ennen lähettämistä. Jos aiempi avain on tallessa, tuo se ja lähetä sillä.

Allekirjoitetaanko silti uudella avaimella?</source>
        <translation>The submission would be signed with the key whose fingerprint is:

%1

The earlier submissions (last round %3, submission %4) were signed with another key:

%2

The receiver refuses a submission signed with the new key until they have registered the new fingerprint: tell it to the receiver by other means before submitting. If the earlier key is kept somewhere, import it and submit with it.

Sign with the new key all the same?</translation>
    </message>
    <message>
        <source>&amp;Allekirjoita uudella avaimella</source>
        <translation>&amp;Sign with the new key</translation>
    </message>
    <message>
        <source>Tehdään luonnosta</source>
        <translation>Making the draft</translation>
    </message>
    <message>
        <source>Lähetetään</source>
        <translation>Submitting</translation>
    </message>
    <message>
        <source>Luonnos on tallennettu (allekirjoittamaton, ei lähetetty):
%1</source>
        <translation>The draft has been saved (unsigned, not submitted):
%1</translation>
    </message>
    <message numerus="yes">
        <source>Luonnoksessa on %n korjattavaa kohtaa; ne on lueteltu raportin lopussa.</source>
        <translation>
            <numerusform>The draft has %n thing to fix; it is named at the end of the report.</numerusform>
            <numerusform>The draft has %n things to fix; they are listed at the end of the report.</numerusform>
        </translation>
    </message>
    <message>
        <source>Luonnos valmis</source>
        <translation>Draft ready</translation>
    </message>
    <message>
        <source>Lähetys %1 kierrokselle %2 on valmis, ja kierros on lukittu.

Paketti: %3
Raportti: %4

Avaimen sormenjälki:
%5

Lähetä molemmat tiedostot ja kerro sormenjälki vastaanottajalle muuta kautta.</source>
        <translation>Submission %1 of round %2 is ready, and the round is locked.

Package: %3
Report: %4

Key fingerprint:
%5

Send both files and tell the receiver the fingerprint by other means.</translation>
    </message>
    <message>
        <source>Lähetys valmis</source>
        <translation>Submission ready</translation>
    </message>
    <message>
        <source>Luonnosta ei tehty</source>
        <translation>The draft was not made</translation>
    </message>
    <message>
        <source>Lähetys ei onnistunut</source>
        <translation>The submission failed</translation>
    </message>
    <message>
        <source>Tiedostoja ei tallennettu</source>
        <translation>The files were not saved</translation>
    </message>
    <message>
        <source>Tiedostot tallennettu</source>
        <translation>Files saved</translation>
    </message>
    <message>
        <source>Lähetyksen %1 tiedostot on tallennettu:
%2
%3</source>
        <translation>The files of submission %1 have been saved:
%2
%3</translation>
    </message>
    <message>
        <source>Tallenna lähetyksen %1 tiedostot – valitse kansio</source>
        <translation>Save the files of submission %1 – choose a folder</translation>
    </message>
    <message>
        <source>Korjausta ei aloitettu</source>
        <translation>The correction was not started</translation>
    </message>
    <message>
        <source>Kierros on avattu korjausta varten (tuleva lähetys %1).</source>
        <translation>The round is open for a correction (next submission %1).</translation>
    </message>
    <message>
        <source>Aloita korjaus</source>
        <translation>Start a correction</translation>
    </message>
    <message>
        <source>Avataanko kierros ”%1” korjausta varten? Aiemmat lähetykset säilyvät ennallaan. Kun lähetät korjatut vastaukset, niistä tulee lähetys %2.</source>
        <translation>Open the round “%1” for a correction? Earlier submissions are kept as they are. When you submit the corrected answers, they become submission %2.</translation>
    </message>
</context>
<context>
    <name>TableEditor</name>
    <message>
        <source>Lisää rivi</source>
        <translation>Add row</translation>
    </message>
    <message>
        <source>Lisää rivi taulukon loppuun (Insert tai Ctrl++)</source>
        <translation>Add a row at the end of the table (Insert or Ctrl++)</translation>
    </message>
    <message>
        <source>Poista valitut rivit</source>
        <translation>Remove selected rows</translation>
    </message>
    <message>
        <source>Poista valitut rivit (Delete tai Ctrl+-)</source>
        <translation>Remove the chosen rows (Delete or Ctrl+-)</translation>
    </message>
    <message>
        <source>Nuolinäppäimet siirtävät solusta toiseen, Enter tai F2 muokkaa, Sarkain siirtyy seuraavaan soluun ja viimeisestä solusta (Ctrl+Sarkain mistä tahansa) pois taulukosta, Insert lisää rivin. Ctrl+V liittää taulukkolaskennasta kopioidut solut.</source>
        <translation>The arrow keys move from cell to cell, Enter or F2 edits, Tab goes to the next cell and from the last cell (Ctrl+Tab from any) out of the table, Insert adds a row. Ctrl+V pastes cells copied from a spreadsheet.</translation>
    </message>
    <message>
        <source>Insert lisää rivin, Ctrl+V liittää, Ctrl+Sarkain vie pois. Kaikki näppäimet: F1.</source>
        <translation>Insert adds a row, Ctrl+V pastes, Ctrl+Tab leaves the table. All keys: F1.</translation>
    </message>
    <message numerus="yes">
        <source>Liitetty %n riviä.</source>
        <translation>
            <numerusform>%n row pasted.</numerusform>
            <numerusform>%n rows pasted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n arvoa ei sopinut sarakkeeseensa eikä sitä tallennettu (yliviivattu).</source>
        <translation>
            <numerusform>%n value did not fit its column and was not saved (struck through).</numerusform>
            <numerusform>%n values did not fit their columns and were not saved (struck through).</numerusform>
        </translation>
    </message>
    <message>
        <source>Taulukkoon mahtuu enintään %1 riviä: %2 riviä jäi liittämättä.</source>
        <translation>The table holds at most %1 rows: %2 rows were not pasted.</translation>
    </message>
    <message numerus="yes">
        <source>%n arvoa jäi taulukon viimeisen sarakkeen yli eikä sitä liitetty.</source>
        <translation>
            <numerusform>%n value lay beyond the table&apos;s last column and was not pasted.</numerusform>
            <numerusform>%n values lay beyond the table&apos;s last column and were not pasted.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rivi %1, %2:</source>
        <translation>Row %1, %2:</translation>
    </message>
</context>
<context>
    <name>TrustActions</name>
    <message>
        <source>&amp;Luotetut avaimet…</source>
        <translation>&amp;Trusted keys…</translation>
    </message>
    <message>
        <source>Rek&amp;isteröi tämä avain…</source>
        <translation>Re&amp;gister this key…</translation>
    </message>
</context>
<context>
    <name>TrustDialog</name>
    <message>
        <source>Luotetut avaimet</source>
        <translation>Trusted keys</translation>
    </message>
    <message>
        <source>Kunnan paketti lasketaan vain, kun sen allekirjoittaneen avaimen sormenjälki on rekisteröity kunnalle. Kunta kertoo sormenjäljen puhelimitse tai kirjeellä.</source>
        <translation>A municipality&apos;s package counts only when the fingerprint of the key that signed it is registered for the municipality. The municipality tells the fingerprint by phone or letter.</translation>
    </message>
    <message>
        <source>Kuntanumero</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Kunta</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Sormenjälki</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <source>Lisätty</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>&amp;Lisää…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>&amp;Tuo luettelo…</source>
        <translation>&amp;Import a list…</translation>
    </message>
    <message>
        <source>&amp;Poista…</source>
        <translation>&amp;Remove…</translation>
    </message>
    <message>
        <source>&amp;Sulje</source>
        <translation>&amp;Close</translation>
    </message>
    <message numerus="yes">
        <source>%n avainta</source>
        <translation>
            <numerusform>%n key</numerusform>
            <numerusform>%n keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kuntaa</source>
        <translation>
            <numerusform>%n municipality</numerusform>
            <numerusform>%n municipalities</numerusform>
        </translation>
    </message>
    <message>
        <source>Yhtään avainta ei ole rekisteröity.</source>
        <translation>No keys are registered.</translation>
    </message>
    <message>
        <source>Tuo luotettujen avainten luettelo</source>
        <translation>Import a list of trusted keys</translation>
    </message>
    <message>
        <source>Luettelot (*.csv *.txt *.tsv);;Kaikki tiedostot (*)</source>
        <translation>Lists (*.csv *.txt *.tsv);;All files (*)</translation>
    </message>
    <message>
        <source>Luetteloa ei tuotu</source>
        <translation>The list was not imported</translation>
    </message>
    <message numerus="yes">
        <source>Luettu %n riviä</source>
        <translation>
            <numerusform>Read %n line</numerusform>
            <numerusform>Read %n lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n uutta avainta rekisteröity.</source>
        <translation>
            <numerusform>%n new key registered.</numerusform>
            <numerusform>%n new keys registered.</numerusform>
        </translation>
    </message>
    <message>
        <source>Luettelo tuotu</source>
        <translation>List imported</translation>
    </message>
    <message>
        <source>Poista avaimet</source>
        <translation>Remove the keys</translation>
    </message>
    <message>
        <source>Poistetaanko kunnan %1 (%2) kaikki rekisteröidyt avaimet (%3)? Kunnan paketteja ei sen jälkeen lasketa, ennen kuin sen avain rekisteröidään uudelleen.</source>
        <translation>Remove all the registered keys (%3) of the municipality %1 (%2)? Its packages then do not count until its key is registered again.</translation>
    </message>
    <message>
        <source>Poista</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Peruuta</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Avainta ei poistettu</source>
        <translation>The key was not removed</translation>
    </message>
</context>
<context>
    <name>UnavailableRounds</name>
    <message>
        <source>Piilota</source>
        <translation>Hide</translation>
    </message>
    <message>
        <source>Piilottaa ilmoituksen ohjelman seuraavaan käynnistykseen asti</source>
        <translation>Hides the notice until the program is next started</translation>
    </message>
</context>
<context>
    <name>YesNoEditor</name>
    <message>
        <source>Kyllä</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Ei</source>
        <translation>No</translation>
    </message>
</context>
</TS>

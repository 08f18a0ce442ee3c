<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="fi">
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
    <name>CrashHandler</name>
    <message>
        <source>Ohjelmassa tapahtui virhe: %1.

Tallennetut vastauksesi ovat tallessa. Tiedot virheestä on kirjoitettu tiedostoon %2. Voit jatkaa työtä; jos virhe toistuu, käynnistä ohjelma uudelleen ja lähetä tiedosto tukeen.</source>
        <translation>The program ran into an error: %1.

Your saved answers are safe. Details of the error were written to the file %2. You can go on working; if the error happens again, restart the program and send the file to support.</translation>
    </message>
    <message>
        <source>Ohjelmavirhe</source>
        <translation>Program error</translation>
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
    <name>MainMenu</name>
    <message>
        <source>&amp;Tiedosto</source>
        <translation>&amp;File</translation>
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
        <source>Tee &amp;varmuuskopio</source>
        <translation>Make a &amp;backup</translation>
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
        <source>&amp;Pikanäppäimet</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>&amp;Tietoja ohjelmasta</source>
        <translation>&amp;About the program</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Tallennetaan…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Tallennettu %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Tallennus epäonnistui</source>
        <translation>Saving failed</translation>
    </message>
    <message>
        <source>Vastausta ei tallennettu</source>
        <translation>The answer was not saved</translation>
    </message>
    <message>
        <source>Tilannekuva – sote-uudistuksen tilannekuvakysely</source>
        <translation>Tilannekuva – situational-picture survey of the health and social services reform</translation>
    </message>
    <message>
        <source>Kaikki vastaukset tallessa</source>
        <translation>All answers saved</translation>
    </message>
    <message>
        <source>Korjattavaa (%1)</source>
        <translation>To fix (%1)</translation>
    </message>
    <message>
        <source>Tehdään varmuuskopiota…</source>
        <translation>Making a backup…</translation>
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
        <source>Varmuuskopio epäonnistui</source>
        <translation>The backup failed</translation>
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
        <source>%1 %2

Sote-uudistuksen tilannekuvakyselyjen vastaaminen ilman verkkoyhteyttä.

Tietokansio: %3</source>
        <translation>%1 %2

Answer the situational-picture surveys of the health and social services reform offline.

Data folder: %3</translation>
    </message>
    <message>
        <source>Tietoja ohjelmasta</source>
        <translation>About the program</translation>
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
        <source>Kyselykie&amp;rros</source>
        <translation>Survey &amp;round</translation>
    </message>
    <message>
        <source>O&amp;siot</source>
        <translation>&amp;Sections</translation>
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
        <source>Ei korjattavaa. Kaikki vastaukset ovat kunnossa.</source>
        <translation>Nothing to fix. All answers are in order.</translation>
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
</context>
<context>
    <name>SectionPage</name>
    <message>
        <source>Poistetaanko rivit %1 taulukosta ”%2”?</source>
        <translation>Remove rows %1 from the table “%2”?</translation>
    </message>
    <message>
        <source>Poista rivejä</source>
        <translation>Remove rows</translation>
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
</context>
<context>
    <name>TableEditor</name>
    <message>
        <source>Lisää rivi</source>
        <translation>Add row</translation>
    </message>
    <message>
        <source>Poista valitut rivit</source>
        <translation>Remove selected rows</translation>
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

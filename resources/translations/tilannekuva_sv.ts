<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="fi">
<context>
    <name>CellDelegate</name>
    <message>
        <source>– valitse –</source>
        <translation>– välj –</translation>
    </message>
    <message>
        <source>Kyllä</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Ei</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>p.k.vvvv</source>
        <translation>d.m.åååå</translation>
    </message>
</context>
<context>
    <name>ChoiceEditor</name>
    <message>
        <source>– valitse –</source>
        <translation>– välj –</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <source>Ohjelmassa tapahtui virhe: %1.

Tallennetut vastauksesi ovat tallessa. Tiedot virheestä on kirjoitettu tiedostoon %2. Voit jatkaa työtä; jos virhe toistuu, käynnistä ohjelma uudelleen ja lähetä tiedosto tukeen.</source>
        <translation>Ett fel inträffade i programmet: %1.

Dina sparade svar finns kvar. Uppgifter om felet har skrivits i filen %2. Du kan fortsätta arbeta; om felet upprepas, starta om programmet och skicka filen till supporten.</translation>
    </message>
    <message>
        <source>Ohjelmavirhe</source>
        <translation>Programfel</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <source>p.k.vvvv</source>
        <translation>d.m.åååå</translation>
    </message>
    <message>
        <source>Valitse kalenterista</source>
        <translation>Välj i kalendern</translation>
    </message>
</context>
<context>
    <name>MainMenu</name>
    <message>
        <source>&amp;Tiedosto</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Näytä</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;Kieli</source>
        <translation>S&amp;pråk</translation>
    </message>
    <message>
        <source>&amp;Ohje</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;Tallenna nyt</source>
        <translation>&amp;Spara nu</translation>
    </message>
    <message>
        <source>&amp;Kunta ja yhteyshenkilö…</source>
        <translation>&amp;Kommun och kontaktperson…</translation>
    </message>
    <message>
        <source>Tee &amp;varmuuskopio</source>
        <translation>Gör en säkerhets&amp;kopia</translation>
    </message>
    <message>
        <source>&amp;Lopeta</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;Seuraava osio</source>
        <translation>&amp;Nästa del</translation>
    </message>
    <message>
        <source>&amp;Edellinen osio</source>
        <translation>&amp;Föregående del</translation>
    </message>
    <message>
        <source>Seuraava &amp;korjattava</source>
        <translation>Nästa sak att &amp;rätta</translation>
    </message>
    <message>
        <source>Siirry korjattavien &amp;listaan</source>
        <translation>Gå till &amp;listan över det som ska rättas</translation>
    </message>
    <message>
        <source>Siirry &amp;osioluetteloon</source>
        <translation>Gå till &amp;delarna</translation>
    </message>
    <message>
        <source>&amp;Pikanäppäimet</source>
        <translation>&amp;Kortkommandon</translation>
    </message>
    <message>
        <source>&amp;Tietoja ohjelmasta</source>
        <translation>&amp;Om programmet</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Tallennetaan…</source>
        <translation>Sparar…</translation>
    </message>
    <message>
        <source>Tallennettu %1</source>
        <translation>Sparat %1</translation>
    </message>
    <message>
        <source>Tallennus epäonnistui</source>
        <translation>Sparandet misslyckades</translation>
    </message>
    <message>
        <source>Vastausta ei tallennettu</source>
        <translation>Svaret sparades inte</translation>
    </message>
    <message>
        <source>Tilannekuva – sote-uudistuksen tilannekuvakysely</source>
        <translation>Tilannekuva – lägesbildsenkät om vårdreformen</translation>
    </message>
    <message>
        <source>Kaikki vastaukset tallessa</source>
        <translation>Alla svar sparade</translation>
    </message>
    <message>
        <source>Korjattavaa (%1)</source>
        <translation>Att rätta (%1)</translation>
    </message>
    <message>
        <source>Tehdään varmuuskopiota…</source>
        <translation>Säkerhetskopierar…</translation>
    </message>
    <message>
        <source>Varmuuskopio</source>
        <translation>Säkerhetskopia</translation>
    </message>
    <message>
        <source>Varmuuskopio tallennettu: %1</source>
        <translation>Säkerhetskopian sparades: %1</translation>
    </message>
    <message>
        <source>Varmuuskopio epäonnistui</source>
        <translation>Säkerhetskopieringen misslyckades</translation>
    </message>
    <message>
        <source>Sarkain siirtyy kysymyksestä toiseen. Taulukossa nuolinäppäimet liikkuvat soluissa ja Enter tai F2 aloittaa muokkauksen. Kyllä/ei-kysymyksen vastauksen voi poistaa Delete-näppäimellä.</source>
        <translation>Tabb flyttar från fråga till fråga. I en tabell flyttar piltangenterna mellan cellerna och Enter eller F2 börjar redigeringen. Svaret på en ja/nej-fråga kan tas bort med Delete.</translation>
    </message>
    <message>
        <source>Pikanäppäimet</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <source>%1 %2

Sote-uudistuksen tilannekuvakyselyjen vastaaminen ilman verkkoyhteyttä.

Tietokansio: %3</source>
        <translation>%1 %2

Besvara lägesbildsenkäterna om vårdreformen utan nätförbindelse.

Datamapp: %3</translation>
    </message>
    <message>
        <source>Tietoja ohjelmasta</source>
        <translation>Om programmet</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>%1 / %2 vastattu</source>
        <translation>%1 / %2 besvarade</translation>
    </message>
    <message numerus="yes">
        <source>%n korjattavaa</source>
        <translation>
            <numerusform>%n att rätta</numerusform>
            <numerusform>%n att rätta</numerusform>
        </translation>
    </message>
    <message>
        <source>avoinna</source>
        <translation>öppen</translation>
    </message>
    <message>
        <source>tulossa</source>
        <translation>kommande</translation>
    </message>
    <message>
        <source>päättynyt</source>
        <translation>avslutad</translation>
    </message>
    <message>
        <source>Kyselykie&amp;rros</source>
        <translation>Enkät&amp;omgång</translation>
    </message>
    <message>
        <source>O&amp;siot</source>
        <translation>&amp;Delar</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message numerus="yes">
        <source>… ja %n muuta</source>
        <translation>
            <numerusform>… och %n till</numerusform>
            <numerusform>… och %n till</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n korjattavaa kohtaa. Valitse kohta ja paina Enter, niin pääset kysymykseen.</source>
        <translation>
            <numerusform>%n sak att rätta. Välj den och tryck Enter för att gå till frågan.</numerusform>
            <numerusform>%n saker att rätta. Välj en och tryck Enter för att gå till frågan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ei korjattavaa. Kaikki vastaukset ovat kunnossa.</source>
        <translation>Inget att rätta. Alla svar är i ordning.</translation>
    </message>
    <message>
        <source>rivi %1</source>
        <translation>rad %1</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <source>Kirjoita kunnan nimi tai numero ja valitse listasta.</source>
        <translation>Skriv kommunens namn eller nummer och välj i listan.</translation>
    </message>
    <message>
        <source>Valittu: %1, %2</source>
        <translation>Vald: %1, %2</translation>
    </message>
    <message>
        <source>Kunta ja yhteyshenkilö</source>
        <translation>Kommun och kontaktperson</translation>
    </message>
    <message>
        <source>Valitse kunta, jonka puolesta vastaat, ja kerro yhteyshenkilö. Tiedot tallennetaan tälle koneelle ja liitetään vastauksiin.</source>
        <translation>Välj den kommun som du svarar för och ange en kontaktperson. Uppgifterna sparas på den här datorn och fogas till svaren.</translation>
    </message>
    <message>
        <source>&amp;Kunta</source>
        <translation>&amp;Kommun</translation>
    </message>
    <message>
        <source>&amp;Yhteyshenkilö</source>
        <translation>K&amp;ontaktperson</translation>
    </message>
    <message>
        <source>&amp;Tehtävänimike</source>
        <translation>T&amp;itel</translation>
    </message>
    <message>
        <source>&amp;Sähköposti</source>
        <translation>&amp;E-post</translation>
    </message>
    <message>
        <source>&amp;Puhelin</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>Y-tu&amp;nnus</source>
        <translation>&amp;FO-nummer</translation>
    </message>
    <message>
        <source>esim. Kangasala tai 211</source>
        <translation>t.ex. Kangasala eller 211</translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <source>Poistetaanko rivit %1 taulukosta ”%2”?</source>
        <translation>Ta bort raderna %1 ur tabellen ”%2”?</translation>
    </message>
    <message>
        <source>Poista rivejä</source>
        <translation>Ta bort rader</translation>
    </message>
    <message numerus="yes">
        <source>Taulukossa on %n korjattavaa kohtaa.</source>
        <translation>
            <numerusform>Tabellen har %n sak att rätta.</numerusform>
            <numerusform>Tabellen har %n saker att rätta.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Tilannekuva on jo käynnissä</source>
        <translation>Tilannekuva körs redan</translation>
    </message>
    <message>
        <source>Tietokanta on uudemmasta versiosta</source>
        <translation>Databasen är från en nyare version</translation>
    </message>
    <message>
        <source>Tietokantaa ei voi avata</source>
        <translation>Databasen kan inte öppnas</translation>
    </message>
</context>
<context>
    <name>TableEditor</name>
    <message>
        <source>Lisää rivi</source>
        <translation>Lägg till rad</translation>
    </message>
    <message>
        <source>Poista valitut rivit</source>
        <translation>Ta bort valda rader</translation>
    </message>
</context>
<context>
    <name>YesNoEditor</name>
    <message>
        <source>Kyllä</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Ei</source>
        <translation>Nej</translation>
    </message>
</context>
</TS>

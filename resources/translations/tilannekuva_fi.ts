<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="fi">
<context>
    <name>CoordinatorWindow</name>
    <message numerus="yes">
        <source>Laskettu %n kuntaa</source>
        <translation>
            <numerusform>Laskettu %n kunta</numerusform>
            <numerusform>Laskettu %n kuntaa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>puuttuu %n</source>
        <translation>
            <numerusform>puuttuu %n</numerusform>
            <numerusform>puuttuu %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>puuttuvista %n lähetti hylätyn paketin</source>
        <translation>
            <numerusform>puuttuvista %n lähetti hylätyn paketin</numerusform>
            <numerusform>puuttuvista %n lähetti hylätyn paketin</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hylättyä tiedostoa</source>
        <translation>
            <numerusform>%n hylätty tiedosto</numerusform>
            <numerusform>%n hylättyä tiedostoa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n korvattua lähetystä</source>
        <translation>
            <numerusform>%n korvattu lähetys</numerusform>
            <numerusform>%n korvattua lähetystä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n muuta tiedostoa</source>
        <translation>
            <numerusform>%n muu tiedosto</numerusform>
            <numerusform>%n muuta tiedostoa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n toisen kierroksen pakettia</source>
        <translation>
            <numerusform>%n toisen kierroksen paketti</numerusform>
            <numerusform>%n toisen kierroksen pakettia</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kaksoiskappaletta</source>
        <translation>
            <numerusform>%n kaksoiskappale</numerusform>
            <numerusform>%n kaksoiskappaletta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tiedostoa ei enää kansiossa</source>
        <translation>
            <numerusform>%n tiedosto ei enää kansiossa</numerusform>
            <numerusform>%n tiedostoa ei enää kansiossa</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ForgetMunicipality</name>
    <message numerus="yes">
        <source>…ja %n muuta</source>
        <translation>
            <numerusform>…ja %n muu</numerusform>
            <numerusform>…ja %n muuta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unohdetaanko kunnan %1 (%2) kierroksella %3 vastaanotetut paketit? Kokoamisen muistista unohdetaan nämä %n tiedostoa:

%4

Kunta näkyy sen jälkeen puuttuvana, eikä sen paketteja lasketa. Tiedostoja ei poisteta: jos ne ovat yhä kokoamassasi kansiossa, seuraava kokoaminen kirjaa ne uudelleen.</source>
        <translation>
            <numerusform>Unohdetaanko kunnan %1 (%2) kierroksella %3 vastaanotetut paketit? Kokoamisen muistista unohdetaan tämä %n tiedosto:

%4

Kunta näkyy sen jälkeen puuttuvana, eikä sen paketteja lasketa. Tiedostoa ei poisteta: jos se on yhä kokoamassasi kansiossa, seuraava kokoaminen kirjaa sen uudelleen.</numerusform>
            <numerusform>Unohdetaanko kunnan %1 (%2) kierroksella %3 vastaanotetut paketit? Kokoamisen muistista unohdetaan nämä %n tiedostoa:

%4

Kunta näkyy sen jälkeen puuttuvana, eikä sen paketteja lasketa. Tiedostoja ei poisteta: jos ne ovat yhä kokoamassasi kansiossa, seuraava kokoaminen kirjaa ne uudelleen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kunnan %1 (%2) vastaanotetut paketit unohdettiin (%n tiedostoa).</source>
        <translation>
            <numerusform>Kunnan %1 (%2) vastaanotetut paketit unohdettiin (%n tiedosto).</numerusform>
            <numerusform>Kunnan %1 (%2) vastaanotetut paketit unohdettiin (%n tiedostoa).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message numerus="yes">
        <source>%n korjattavaa</source>
        <translation>
            <numerusform>%n korjattava</numerusform>
            <numerusform>%n korjattavaa</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviousRounds</name>
    <message numerus="yes">
        <source>Taulukoista, joihin on jo vastattu, puuttuu %n edellisen kierroksen riviä. Lisätäänkö ne? Jos et lisää, taulukot pysyvät sellaisina kuin ne ovat.</source>
        <translation>
            <numerusform>Taulukoista, joihin on jo vastattu, puuttuu %n edellisen kierroksen rivi. Lisätäänkö se? Jos et lisää, taulukot pysyvät sellaisina kuin ne ovat.</numerusform>
            <numerusform>Taulukoista, joihin on jo vastattu, puuttuu %n edellisen kierroksen riviä. Lisätäänkö ne? Jos et lisää, taulukot pysyvät sellaisina kuin ne ovat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kohtaan on jo vastattu tällä kierroksella. Korvataanko ne edellisen kierroksen vastauksilla? Jos et korvaa, vain tyhjät kohdat täytetään.</source>
        <translation>
            <numerusform>%n kohtaan on jo vastattu tällä kierroksella. Korvataanko se edellisen kierroksen vastauksella? Jos et korvaa, vain tyhjät kohdat täytetään.</numerusform>
            <numerusform>%n kohtaan on jo vastattu tällä kierroksella. Korvataanko ne edellisen kierroksen vastauksilla? Jos et korvaa, vain tyhjät kohdat täytetään.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kopioitu %n vastausta kierrokselta %1.</source>
        <translation>
            <numerusform>Kopioitu %n vastaus kierrokselta %1.</numerusform>
            <numerusform>Kopioitu %n vastausta kierrokselta %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kopiointi peruttu: %n vastausta palautettiin ennalleen.</source>
        <translation>
            <numerusform>Kopiointi peruttu: %n vastaus palautettiin ennalleen.</numerusform>
            <numerusform>Kopiointi peruttu: %n vastausta palautettiin ennalleen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message numerus="yes">
        <source>Huomautukset: tarkista nämä (%n)</source>
        <translation>
            <numerusform>Huomautukset: tarkista tämä (%n)</numerusform>
            <numerusform>Huomautukset: tarkista nämä (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Vahvistetut huomautukset (%n)</source>
        <translation>
            <numerusform>Vahvistettu huomautus (%n)</numerusform>
            <numerusform>Vahvistetut huomautukset (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pakollista kysymystä vielä vastaamatta.</source>
        <translation>
            <numerusform>%n pakollinen kysymys vielä vastaamatta.</numerusform>
            <numerusform>%n pakollista kysymystä vielä vastaamatta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n huomautusta vahvistettavana tai muutettavana ennen lähettämistä: tarkista ne ja vahvista selityksellä, jos vastaus pitää paikkansa.</source>
        <translation>
            <numerusform>%n huomautus vahvistettavana tai muutettavana ennen lähettämistä: tarkista se ja vahvista selityksellä, jos vastaus pitää paikkansa.</numerusform>
            <numerusform>%n huomautusta vahvistettavana tai muutettavana ennen lähettämistä: tarkista ne ja vahvista selityksellä, jos vastaus pitää paikkansa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n huomautusta vahvistettu selityksellä.</source>
        <translation>
            <numerusform>%n huomautus vahvistettu selityksellä.</numerusform>
            <numerusform>%n huomautusta vahvistettu selityksellä.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… ja %n muuta</source>
        <translation>
            <numerusform>… ja %n muu</numerusform>
            <numerusform>… ja %n muuta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n korjattavaa kohtaa. Valitse kohta ja paina Enter, niin pääset kysymykseen.</source>
        <translation>
            <numerusform>%n korjattava kohta. Valitse kohta ja paina Enter, niin pääset kysymykseen.</numerusform>
            <numerusform>%n korjattavaa kohtaa. Valitse kohta ja paina Enter, niin pääset kysymykseen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SaveStatus</name>
    <message numerus="yes">
        <source>%n vastausta ei voitu tallentaa.</source>
        <translation>
            <numerusform>%n vastausta ei voitu tallentaa.</numerusform>
            <numerusform>%n vastausta ei voitu tallentaa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vastausta ei kelpaa sellaisenaan, joten niitä ei ole tallennettu (ne on lueteltu kohdassa Korjattavaa).</source>
        <translation>
            <numerusform>%n vastaus ei kelpaa sellaisenaan, joten sitä ei ole tallennettu (se on lueteltu kohdassa Korjattavaa).</numerusform>
            <numerusform>%n vastausta ei kelpaa sellaisenaan, joten niitä ei ole tallennettu (ne on lueteltu kohdassa Korjattavaa).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Jos suljet ikkunan nyt, nämä vastaukset menetetään. Muut vastaukset ovat tallessa. Suljetaanko silti?</source>
        <translation>
            <numerusform>Jos suljet ikkunan nyt, tämä vastaus menetetään. Muut vastaukset ovat tallessa. Suljetaanko silti?</numerusform>
            <numerusform>Jos suljet ikkunan nyt, nämä vastaukset menetetään. Muut vastaukset ovat tallessa. Suljetaanko silti?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message numerus="yes">
        <source>Poistetaanko rivit %1 taulukosta ”%2”?</source>
        <translation>
            <numerusform>Poistetaanko rivi %1 taulukosta ”%2”?</numerusform>
            <numerusform>Poistetaanko rivit %1 taulukosta ”%2”?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Taulukossa on %n korjattavaa kohtaa.</source>
        <translation>
            <numerusform>Taulukossa on %n korjattava kohta.</numerusform>
            <numerusform>Taulukossa on %n korjattavaa kohtaa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Taulukossa on %n huomautus tarkistettavana: tarkista vastaus tai vahvista se selityksellä.</source>
        <translation>
            <numerusform>Taulukossa on %n huomautus tarkistettavana: tarkista vastaus tai vahvista se selityksellä.</numerusform>
            <numerusform>Taulukossa on %n huomautusta tarkistettavana: tarkista vastaukset tai vahvista ne selityksellä.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Submitting</name>
    <message numerus="yes">
        <source>Vastauksissa on %n korjattavaa kohtaa. Ne on lueteltu oikealla Korjattavaa-paneelissa (F8 vie seuraavaan). Korjaa ne ennen lähettämistä, tai tee luonnos (PDF), jossa keskeneräiset vastaukset sallitaan.</source>
        <translation>
            <numerusform>Vastauksissa on %n korjattava kohta. Se on lueteltu oikealla Korjattavaa-paneelissa (F8 vie siihen). Korjaa se ennen lähettämistä, tai tee luonnos (PDF), jossa keskeneräiset vastaukset sallitaan.</numerusform>
            <numerusform>Vastauksissa on %n korjattavaa kohtaa. Ne on lueteltu oikealla Korjattavaa-paneelissa (F8 vie seuraavaan). Korjaa ne ennen lähettämistä, tai tee luonnos (PDF), jossa keskeneräiset vastaukset sallitaan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lisäksi %n huomautusta on vahvistettava tai vastausta muutettava.</source>
        <translation>
            <numerusform>Lisäksi %n huomautus on vahvistettava tai vastausta muutettava.</numerusform>
            <numerusform>Lisäksi %n huomautusta on vahvistettava tai vastausta muutettava.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Vastauksissa on %n huomautusta, jota kukaan ei ole vahvistanut. Tarkista se Korjattavaa-paneelissa: jos vastaus pitää paikkansa, vahvista se lyhyellä selityksellä (Vahvista valittu huomautus…), muuten muuta vastausta. Sitten voit lähettää.</source>
        <translation>
            <numerusform>Vastauksissa on %n huomautus, jota kukaan ei ole vahvistanut. Tarkista se Korjattavaa-paneelissa: jos vastaus pitää paikkansa, vahvista se lyhyellä selityksellä (Vahvista valittu huomautus…), muuten muuta vastausta. Sitten voit lähettää.</numerusform>
            <numerusform>Vastauksissa on %n huomautusta, joita kukaan ei ole vahvistanut. Tarkista ne Korjattavaa-paneelissa: jos vastaus pitää paikkansa, vahvista se lyhyellä selityksellä (Vahvista valittu huomautus…), muuten muuta vastausta. Sitten voit lähettää.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Luonnoksessa on %n korjattavaa kohtaa; ne on lueteltu raportin lopussa.</source>
        <translation>
            <numerusform>Luonnoksessa on %n korjattava kohta; se on mainittu raportin lopussa.</numerusform>
            <numerusform>Luonnoksessa on %n korjattavaa kohtaa; ne on lueteltu raportin lopussa.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TableEditor</name>
    <message numerus="yes">
        <source>Liitetty %n riviä.</source>
        <translation>
            <numerusform>Liitetty %n rivi.</numerusform>
            <numerusform>Liitetty %n riviä.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n arvoa ei sopinut sarakkeeseensa eikä sitä tallennettu (yliviivattu).</source>
        <translation>
            <numerusform>%n arvo ei sopinut sarakkeeseensa eikä sitä tallennettu (yliviivattu).</numerusform>
            <numerusform>%n arvoa ei sopinut sarakkeeseensa eikä niitä tallennettu (yliviivattu).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n arvoa jäi taulukon viimeisen sarakkeen yli eikä sitä liitetty.</source>
        <translation>
            <numerusform>%n arvo jäi taulukon viimeisen sarakkeen yli eikä sitä liitetty.</numerusform>
            <numerusform>%n arvoa jäi taulukon viimeisen sarakkeen yli eikä niitä liitetty.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrustDialog</name>
    <message numerus="yes">
        <source>%n avainta</source>
        <translation>
            <numerusform>%n avain</numerusform>
            <numerusform>%n avainta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kuntaa</source>
        <translation>
            <numerusform>%n kunta</numerusform>
            <numerusform>%n kuntaa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Luettu %n riviä</source>
        <translation>
            <numerusform>Luettu %n rivi</numerusform>
            <numerusform>Luettu %n riviä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n uutta avainta rekisteröity.</source>
        <translation>
            <numerusform>%n uusi avain rekisteröity.</numerusform>
            <numerusform>%n uutta avainta rekisteröity.</numerusform>
        </translation>
    </message>
</context>
</TS>

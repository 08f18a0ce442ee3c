<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="fi">
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
    <name>ProblemsPanel</name>
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
    <name>SectionPage</name>
    <message numerus="yes">
        <source>Taulukossa on %n korjattavaa kohtaa.</source>
        <translation>
            <numerusform>Taulukossa on %n korjattava kohta.</numerusform>
            <numerusform>Taulukossa on %n korjattavaa kohtaa.</numerusform>
        </translation>
    </message>
</context>
</TS>

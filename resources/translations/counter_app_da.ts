<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>DeskWindow</name>
    <message>
        <location filename="../../counter_app/ui/desk_window.py" line="50"/>
        <source>Counter · %1 · %2</source>
        <translation>Skranke · %1 · %2</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/desk_window.py" line="92"/>
        <source>Choose at least one queue to call from.</source>
        <translation>Vælg mindst én kø at kalde fra.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/desk_window.py" line="105"/>
        <source>Nobody is waiting in your queues.</source>
        <translation>Ingen borgere venter i dine køer.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/desk_window.py" line="113"/>
        <source>No connection to the server. Calling the next citizen needs the server, so that two desks never call the same person. Try again shortly.</source>
        <translation>Ingen forbindelse til serveren. Kald næste kræver serveren, så to skranker aldrig kalder den samme borger. Prøv igen om lidt.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/desk_window.py" line="119"/>
        <source>Call next failed: %1</source>
        <translation>Kald næste mislykkedes: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../counter_app/ui/desk_window.py" line="124"/>
        <source>The server refused %n change(s) (%1).</source>
        <translation>
            <numerusform>Serveren afviste %n ændring (%1).</numerusform>
            <numerusform>Serveren afviste %n ændringer (%1).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/desk_window.py" line="133"/>
        <source>%1 was called to your desk after all.</source>
        <translation>%1 blev alligevel kaldt til din skranke.</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../../counter_app/ui/queue_panel.py" line="37"/>
        <source>Waiting citizens</source>
        <translation>Ventende borgere</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/queue_panel.py" line="41"/>
        <source>Waiting tickets</source>
        <translation>Ventende kønumre</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/queue_panel.py" line="67"/>
        <source>Call next takes tickets from this queue</source>
        <translation>Kald næste tager kønumre fra denne kø</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/queue_panel.py" line="70"/>
        <source>New ticket: %1</source>
        <translation>Nyt kønummer: %1</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/queue_panel.py" line="71"/>
        <source>Issue a ticket in %1</source>
        <translation>Udskriv et kønummer i %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../counter_app/ui/queue_panel.py" line="75"/>
        <source>%1 (%n waiting)</source>
        <translation>
            <numerusform>%1 (%n venter)</numerusform>
            <numerusform>%1 (%n venter)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServingPanel</name>
    <message>
        <location filename="../../counter_app/ui/serving_panel.py" line="25"/>
        <source>At your desk</source>
        <translation>Ved din skranke</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/serving_panel.py" line="26"/>
        <source>Called to your desk</source>
        <translation>Kaldt til din skranke</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/serving_panel.py" line="30"/>
        <source>Called ticket</source>
        <translation>Kaldt kønummer</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/serving_panel.py" line="31"/>
        <source>Call next (%1)</source>
        <translation>Kald næste (%1)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/serving_panel.py" line="34"/>
        <source>Call next</source>
        <translation>Kald næste</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/serving_panel.py" line="40"/>
        <source>Message</source>
        <translation>Besked</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/serving_panel.py" line="51"/>
        <source>Nobody called</source>
        <translation>Ingen kaldt</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../counter_app/ui/desk_screens.py" line="61"/>
        <source>The counter program could not start</source>
        <translation>Skrankeprogrammet kunne ikke starte</translation>
    </message>
</context>
<context>
    <name>TicketTableModel</name>
    <message>
        <location filename="../../counter_app/ui/ticket_table_model.py" line="68"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/ticket_table_model.py" line="68"/>
        <source>Queue</source>
        <translation>Kø</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/ticket_table_model.py" line="68"/>
        <source>Waited</source>
        <translation>Ventetid</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/ticket_table_model.py" line="85"/>
        <source>Waiting for the server to give this ticket its number</source>
        <translation>Venter på at serveren giver kønummeret et nummer</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../../counter_app/ui/top_bar.py" line="27"/>
        <source>Branch and desk</source>
        <translation>Afdeling og skranke</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/top_bar.py" line="30"/>
        <source>Connection</source>
        <translation>Forbindelse</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/top_bar.py" line="33"/>
        <source>Time</source>
        <translation>Klokken</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/top_bar.py" line="51"/>
        <source>Online</source>
        <translation>Forbundet</translation>
    </message>
    <message numerus="yes">
        <location filename="../../counter_app/ui/top_bar.py" line="53"/>
        <source>Online · sending %n change(s)</source>
        <translation>
            <numerusform>Forbundet · sender %n ændring</numerusform>
            <numerusform>Forbundet · sender %n ændringer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../counter_app/ui/top_bar.py" line="56"/>
        <source>Offline · %n change(s) waiting to be sent</source>
        <translation>
            <numerusform>Ingen forbindelse · %n ændring venter på at blive sendt</numerusform>
            <numerusform>Ingen forbindelse · %n ændringer venter på at blive sendt</numerusform>
        </translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>BoardWindow</name>
    <message>
        <location filename="../../counter_app/ui/board_window.py" line="71"/>
        <source>Display board · %1</source>
        <translation>Infoskærm · %1</translation>
    </message>
</context>
<context>
    <name>CallsPanel</name>
    <message>
        <location filename="../../counter_app/ui/board_widgets.py" line="123"/>
        <source>Earlier calls</source>
        <translation>Tidligere kald</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/board_widgets.py" line="151"/>
        <source>Now calling</source>
        <translation>Nu kaldes</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/board_widgets.py" line="155"/>
        <source>Welcome</source>
        <translation>Velkommen</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/board_widgets.py" line="156"/>
        <source>Take a ticket</source>
        <translation>Træk et nummer</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/board_widgets.py" line="157"/>
        <source>Your number is shown here</source>
        <translation>Dit nummer vises her</translation>
    </message>
</context>
<context>
    <name>DeskWindow</name>
    <message>
        <location filename="../../counter_app/ui/desk_window.py" line="59"/>
        <source>Counter · %1 · %2</source>
        <translation>Skranke · %1 · %2</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/desk_window.py" line="68"/>
        <source>Kiosk warning</source>
        <translation>Advarsel fra kiosken</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/desk_window.py" line="71"/>
        <source>No connection to the server. You can still issue numbers, finish, set aside and transfer citizens; calling waits for the connection.</source>
        <translation>Ingen forbindelse til serveren. Du kan stadig udstede numre, afslutte, parkere og overføre borgere; kald venter på forbindelsen.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/desk_window.py" line="77"/>
        <source>Offline</source>
        <translation>Uden forbindelse</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/desk_window.py" line="128"/>
        <source>%1 cannot print tickets (%2): citizens must remember their number.</source>
        <translation>%1 kan ikke printe numre (%2): borgerne skal huske deres nummer.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/desk_window.py" line="164"/>
        <source>Issued %1.</source>
        <translation>Udstedt %1.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/desk_window.py" line="166"/>
        <source>Numbered by this desk: the server could not be reached.</source>
        <translation>Nummereret af denne skranke: serveren kunne ikke nås.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/desk_window.py" line="173"/>
        <source>No number could be given: %1</source>
        <translation>Der kunne ikke gives et nummer: %1</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/desk_window.py" line="182"/>
        <source>Choose at least one queue to call from.</source>
        <translation>Vælg mindst én kø at kalde fra.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/desk_window.py" line="203"/>
        <source>Nobody is waiting in your queues.</source>
        <translation>Ingen borgere venter i dine køer.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/desk_window.py" line="206"/>
        <source>Not called: %1</source>
        <translation>Ikke kaldt: %1</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/desk_window.py" line="215"/>
        <source>No connection to the server. Calling the next citizen needs the server, so that two desks never call the same person. Try again shortly.</source>
        <translation>Ingen forbindelse til serveren. Kald næste kræver serveren, så to skranker aldrig kalder den samme borger. Prøv igen om lidt.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/desk_window.py" line="221"/>
        <source>Call next failed: %1</source>
        <translation>Kald næste mislykkedes: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../counter_app/ui/desk_window.py" line="281"/>
        <source>The server refused %n change(s): %1</source>
        <translation>
            <numerusform>Serveren afviste %n ændring: %1</numerusform>
            <numerusform>Serveren afviste %n ændringer: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/desk_window.py" line="288"/>
        <source>%1 was called to your desk after all.</source>
        <translation>%1 blev alligevel kaldt til din skranke.</translation>
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <location filename="../../counter_app/ui/kiosk_pages.py" line="41"/>
        <source>No wait</source>
        <translation>Ingen ventetid</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/kiosk_pages.py" line="42"/>
        <source>Expected wait about %1 min</source>
        <translation>Forventet ventetid ca. %1 min.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/kiosk_pages.py" line="53"/>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/kiosk_pages.py" line="54"/>
        <source>about %1 min</source>
        <translation>ca. %1 min.</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../counter_app/ui/kiosk_window.py" line="116"/>
        <source>Take a number · %1</source>
        <translation>Træk et nummer · %1</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/kiosk_window.py" line="182"/>
        <source>One moment…</source>
        <translation>Et øjeblik …</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/kiosk_window.py" line="222"/>
        <source>Sorry, no number could be given. Please ask at the desk.</source>
        <translation>Beklager, der kunne ikke gives et nummer. Spørg venligst ved skranken.</translation>
    </message>
</context>
<context>
    <name>MessagePage</name>
    <message>
        <location filename="../../counter_app/ui/kiosk_pages.py" line="321"/>
        <source>Message</source>
        <translation>Besked</translation>
    </message>
</context>
<context>
    <name>QueueCard</name>
    <message numerus="yes">
        <location filename="../../counter_app/ui/board_widgets.py" line="226"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n venter</numerusform>
            <numerusform>%n venter</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/board_widgets.py" line="228"/>
        <source>nobody waiting</source>
        <translation>ingen venter</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/board_widgets.py" line="237"/>
        <source>no wait</source>
        <translation>ingen ventetid</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/board_widgets.py" line="238"/>
        <source>about %1 min</source>
        <translation>ca. %1 min.</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../../counter_app/ui/queue_panel.py" line="53"/>
        <source>Waiting citizens</source>
        <translation>Ventende borgere</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/queue_panel.py" line="57"/>
        <source>Waiting tickets</source>
        <translation>Ventende kønumre</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/queue_panel.py" line="65"/>
        <source>Call the chosen one (%1)</source>
        <translation>Kald den valgte (%1)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/queue_panel.py" line="67"/>
        <source>Call the chosen ticket</source>
        <translation>Kald det valgte nummer</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/queue_panel.py" line="91"/>
        <source>Call next takes tickets from this queue</source>
        <translation>Kald næste tager kønumre fra denne kø</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/queue_panel.py" line="95"/>
        <source>New ticket: %1</source>
        <translation>Nyt kønummer: %1</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/queue_panel.py" line="96"/>
        <source>Issue a ticket in %1</source>
        <translation>Udskriv et kønummer i %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../counter_app/ui/queue_panel.py" line="100"/>
        <source>%1 (%n waiting)</source>
        <translation>
            <numerusform>%1 (%n venter)</numerusform>
            <numerusform>%1 (%n venter)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/queue_panel.py" line="102"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>QueuesPanel</name>
    <message>
        <location filename="../../counter_app/ui/board_widgets.py" line="257"/>
        <source>Expected wait</source>
        <translation>Forventet ventetid</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <location filename="../../counter_app/ui/receipt.py" line="87"/>
        <source>%1 at %2</source>
        <extracomment>%1 is the date (23.11.2026), %2 the time (09.15); in Danish &quot;%1 kl. %2&quot;</extracomment>
        <translation>%1 kl. %2</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/receipt.py" line="93"/>
        <source>Expected wait: %1</source>
        <translation>Forventet ventetid: %1</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/receipt.py" line="98"/>
        <source>Number issued without connection</source>
        <translation>Nummer udstedt uden forbindelse</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/receipt.py" line="101"/>
        <source>Your number</source>
        <translation>Dit nummer</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/receipt.py" line="107"/>
        <source>Please wait until your number is called</source>
        <translation>Vent venligst, til dit nummer bliver kaldt</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/qt_receipt_printer.py" line="94"/>
        <source>Ticket receipt</source>
        <translation>Kønummer</translation>
    </message>
</context>
<context>
    <name>ReceiptPage</name>
    <message>
        <location filename="../../counter_app/ui/kiosk_pages.py" line="249"/>
        <location filename="../../counter_app/ui/kiosk_pages.py" line="251"/>
        <source>Your number</source>
        <translation>Dit nummer</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/kiosk_pages.py" line="255"/>
        <source>What to do now</source>
        <translation>Hvad gør du nu</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/kiosk_pages.py" line="257"/>
        <source>Done</source>
        <translation>Færdig</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/kiosk_pages.py" line="259"/>
        <source>Done, back to the start</source>
        <translation>Færdig, tilbage til start</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/kiosk_pages.py" line="280"/>
        <source>Issued without connection. Your number is valid.</source>
        <translation>Udstedt uden forbindelse. Dit nummer gælder.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/kiosk_pages.py" line="283"/>
        <source>Printing your ticket…</source>
        <translation>Dit nummer bliver printet …</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/kiosk_pages.py" line="287"/>
        <source>Please take your ticket</source>
        <translation>Tag venligst din seddel</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/kiosk_pages.py" line="292"/>
        <source>The printer is not working. Please remember your number: %1</source>
        <translation>Printeren virker ikke. Husk venligst dit nummer: %1</translation>
    </message>
</context>
<context>
    <name>ServingPanel</name>
    <message>
        <location filename="../../counter_app/ui/serving_panel.py" line="65"/>
        <source>At your desk</source>
        <translation>Ved din skranke</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/serving_panel.py" line="66"/>
        <location filename="../../counter_app/ui/serving_panel.py" line="151"/>
        <source>Called to your desk</source>
        <translation>Kaldt til din skranke</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/serving_panel.py" line="70"/>
        <source>Called ticket</source>
        <translation>Kaldt kønummer</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/serving_panel.py" line="75"/>
        <source>About the called ticket</source>
        <translation>Om det kaldte nummer</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/serving_panel.py" line="76"/>
        <source>Call next (%1)</source>
        <translation>Kald næste (%1)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/serving_panel.py" line="79"/>
        <source>Call next</source>
        <translation>Kald næste</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/serving_panel.py" line="80"/>
        <source>Ends the citizen at your desk and calls the next one</source>
        <translation>Afslutter borgeren ved din skranke og kalder den næste</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/serving_panel.py" line="129"/>
        <source>Set aside</source>
        <translation>Parkér</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/serving_panel.py" line="87"/>
        <source>Citizens set aside</source>
        <translation>Parkerede borgere</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/serving_panel.py" line="85"/>
        <source>Set aside for now</source>
        <translation>Parkerede lige nu</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/serving_panel.py" line="90"/>
        <source>Call back the one set aside</source>
        <translation>Kald den parkerede tilbage</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/serving_panel.py" line="96"/>
        <source>Message</source>
        <translation>Besked</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/serving_panel.py" line="124"/>
        <source>Call again</source>
        <translation>Kald igen</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/serving_panel.py" line="125"/>
        <source>Start serving</source>
        <translation>Start betjening</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/serving_panel.py" line="126"/>
        <source>Finish</source>
        <translation>Afslut</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/serving_panel.py" line="127"/>
        <source>Did not come</source>
        <translation>Udeblevet</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/serving_panel.py" line="128"/>
        <source>Transfer…</source>
        <translation>Overfør …</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/serving_panel.py" line="142"/>
        <source>Nobody called</source>
        <translation>Ingen kaldt</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/serving_panel.py" line="151"/>
        <source>Being served at your desk</source>
        <translation>Betjenes ved din skranke</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/serving_panel.py" line="161"/>
        <source>%1 · serving since %2</source>
        <translation>%1 · betjenes siden %2</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/serving_panel.py" line="165"/>
        <source>%1 · called %2</source>
        <translation>%1 · kaldt %2</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/serving_panel.py" line="172"/>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../counter_app/ui/kiosk_pages.py" line="159"/>
        <source>Take a number</source>
        <translation>Træk et nummer</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/kiosk_pages.py" line="161"/>
        <source>What do you need help with?</source>
        <translation>Hvad skal du have hjælp til?</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/kiosk_pages.py" line="163"/>
        <source>Message</source>
        <translation>Besked</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/kiosk_pages.py" line="197"/>
        <source>No numbers can be drawn here right now. Please ask at the desk.</source>
        <translation>Der kan ikke trækkes numre her lige nu. Spørg venligst ved skranken.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/kiosk_pages.py" line="199"/>
        <source>Nobody is serving right now. Please ask at the desk.</source>
        <translation>Der er ingen betjening lige nu. Spørg venligst ved skranken.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../counter_app/ui/screens.py" line="89"/>
        <source>The counter program could not start</source>
        <translation>Skrankeprogrammet kunne ikke starte</translation>
    </message>
</context>
<context>
    <name>TicketTableModel</name>
    <message>
        <location filename="../../counter_app/ui/ticket_table_model.py" line="67"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/ticket_table_model.py" line="67"/>
        <source>Waited</source>
        <translation>Ventetid</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/ticket_table_model.py" line="67"/>
        <source>Need</source>
        <translation>Behov</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/ticket_table_model.py" line="82"/>
        <source>%1 · sent to you</source>
        <translation>%1 · sendt til dig</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/ticket_table_model.py" line="87"/>
        <source>Waiting for the server to give this ticket its number</source>
        <translation>Venter på at serveren giver kønummeret et nummer</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/ticket_table_model.py" line="89"/>
        <source>Numbered by a desk without connection; the number is valid</source>
        <translation>Nummereret af en skranke uden forbindelse; nummeret gælder</translation>
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
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../counter_app/ui/transfer_dialog.py" line="39"/>
        <source>Transfer %1</source>
        <translation>Overfør %1</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/transfer_dialog.py" line="41"/>
        <source>Queue</source>
        <translation>Kø</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/transfer_dialog.py" line="45"/>
        <source>Desk</source>
        <translation>Skranke</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/transfer_dialog.py" line="46"/>
        <source>Any desk of the queue</source>
        <translation>Enhver skranke i køen</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/transfer_dialog.py" line="50"/>
        <location filename="../../counter_app/ui/transfer_dialog.py" line="67"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/transfer_dialog.py" line="52"/>
        <source>e.g. needs help with a passport form</source>
        <translation>fx skal have hjælp til en pasansøgning</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/transfer_dialog.py" line="57"/>
        <location filename="../../counter_app/ui/transfer_dialog.py" line="58"/>
        <source>Transfer</source>
        <translation>Overfør</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/transfer_dialog.py" line="60"/>
        <location filename="../../counter_app/ui/transfer_dialog.py" line="61"/>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/transfer_dialog.py" line="65"/>
        <source>To queue</source>
        <translation>Til kø</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/transfer_dialog.py" line="66"/>
        <source>For desk</source>
        <translation>Til skranke</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ContactBar</name>
    <message numerus="yes">
        <location filename="../../counter_app/ui/contact_bar.py" line="66"/>
        <source>%n quick question(s) today</source>
        <translation>
            <numerusform>%n quick question today</numerusform>
            <numerusform>%n quick questions today</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueCard</name>
    <message numerus="yes">
        <location filename="../../counter_app/ui/board_widgets.py" line="226"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message numerus="yes">
        <location filename="../../counter_app/ui/queue_panel.py" line="107"/>
        <source>%1 (%n waiting)</source>
        <translation>
            <numerusform>%1 (%n waiting)</numerusform>
            <numerusform>%1 (%n waiting)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RefusedBookingsBar</name>
    <message numerus="yes">
        <location filename="../../counter_app/ui/refused_bookings.py" line="71"/>
        <source>%n more like it.</source>
        <translation>
            <numerusform>%n more like it.</numerusform>
            <numerusform>%n more like it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScreenQueuePanel</name>
    <message numerus="yes">
        <location filename="../../counter_app/ui/screen_queue_panel.py" line="182"/>
        <source>Screen inquiries from the libraries (%n waiting)</source>
        <translation>
            <numerusform>Screen inquiries from the libraries (%n waiting)</numerusform>
            <numerusform>Screen inquiries from the libraries (%n waiting)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SlotList</name>
    <message numerus="yes">
        <location filename="../../counter_app/ui/slot_list.py" line="52"/>
        <source>%n free</source>
        <translation>
            <numerusform>%n free</numerusform>
            <numerusform>%n free</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SummonsBar</name>
    <message numerus="yes">
        <location filename="../../counter_app/ui/summons_bar.py" line="73"/>
        <source>%n more waiting.</source>
        <translation>
            <numerusform>%n more waiting.</numerusform>
            <numerusform>%n more waiting.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncBacklogBar</name>
    <message numerus="yes">
        <location filename="../../counter_app/ui/sync_backlog_bar.py" line="78"/>
        <source>Sending %n change(s)…</source>
        <translation>
            <numerusform>Sending %n change…</numerusform>
            <numerusform>Sending %n changes…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../counter_app/ui/sync_backlog_bar.py" line="98"/>
        <source>%n registration(s)</source>
        <translation>
            <numerusform>%n registration</numerusform>
            <numerusform>%n registrations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../counter_app/ui/sync_backlog_bar.py" line="99"/>
        <source>%n booking(s) (not yet confirmed)</source>
        <translation>
            <numerusform>%n booking (not yet confirmed)</numerusform>
            <numerusform>%n bookings (not yet confirmed)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../counter_app/ui/sync_backlog_bar.py" line="100"/>
        <source>%n appointment change(s)</source>
        <translation>
            <numerusform>%n appointment change</numerusform>
            <numerusform>%n appointment changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../counter_app/ui/sync_backlog_bar.py" line="101"/>
        <source>%n ticket change(s)</source>
        <translation>
            <numerusform>%n ticket change</numerusform>
            <numerusform>%n ticket changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../counter_app/ui/sync_backlog_bar.py" line="102"/>
        <source>%n other change(s)</source>
        <translation>
            <numerusform>%n other change</numerusform>
            <numerusform>%n other changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message numerus="yes">
        <location filename="../../counter_app/ui/top_bar.py" line="62"/>
        <source>Online · sending %n change(s)</source>
        <translation>
            <numerusform>Online · sending %n change</numerusform>
            <numerusform>Online · sending %n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../counter_app/ui/top_bar.py" line="66"/>
        <source>Not accepted by the server: tell IT · %n change(s) waiting</source>
        <translation>
            <numerusform>Not accepted by the server: tell IT · %n change waiting</numerusform>
            <numerusform>Not accepted by the server: tell IT · %n changes waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../counter_app/ui/top_bar.py" line="70"/>
        <source>Offline · %n change(s) waiting to be sent</source>
        <translation>
            <numerusform>Offline · %n change waiting to be sent</numerusform>
            <numerusform>Offline · %n changes waiting to be sent</numerusform>
        </translation>
    </message>
</context>
</TS>

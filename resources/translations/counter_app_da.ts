<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>AppointmentText</name>
    <message>
        <location filename="../../counter_app/ui/checklist_panel.py" line="55"/>
        <source>citizen service, %1 minutes</source>
        <translation>borgerservice, %1 minutter</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/checklist_panel.py" line="57"/>
        <source>a librarian, %1 minutes</source>
        <translation>en bibliotekar, %1 minutter</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/checklist_panel.py" line="59"/>
        <source>an appointment, %1 minutes</source>
        <translation>en tid, %1 minutter</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../counter_app/ui/statistics_charts.py" line="87"/>
        <source>Nothing to show for this choice.</source>
        <translation>Intet at vise for dette valg.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_charts.py" line="161"/>
        <source>Other</source>
        <translation>Andre</translation>
    </message>
</context>
<context>
    <name>BoardWindow</name>
    <message>
        <location filename="../../counter_app/ui/board_window.py" line="71"/>
        <source>Display board · %1</source>
        <translation>Infoskærm · %1</translation>
    </message>
</context>
<context>
    <name>BookingChoices</name>
    <message>
        <location filename="../../counter_app/ui/booking_choices.py" line="45"/>
        <source>With</source>
        <translation>Hos</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/booking_choices.py" line="47"/>
        <source>Length</source>
        <translation>Længde</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/booking_choices.py" line="58"/>
        <source>%1 minutes</source>
        <translation>%1 minutter</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/booking_choices.py" line="78"/>
        <source>Librarian</source>
        <translation>Bibliotekar</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/booking_choices.py" line="79"/>
        <source>Citizen service</source>
        <translation>Borgerservice</translation>
    </message>
</context>
<context>
    <name>BookingConfirmationPage</name>
    <message>
        <location filename="../../counter_app/ui/booking_confirmation_page.py" line="30"/>
        <source>Appointment booked</source>
        <translation>Tiden er booket</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/booking_confirmation_page.py" line="30"/>
        <source>Booked</source>
        <translation>Booket</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/booking_confirmation_page.py" line="32"/>
        <source>Booking code (the citizen shows it or types it at the kiosk):</source>
        <translation>Bookingkode (borgeren viser den eller taster den i billetautomaten):</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/booking_confirmation_page.py" line="34"/>
        <source>About the booking code</source>
        <translation>Om bookingkoden</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/booking_confirmation_page.py" line="36"/>
        <source>Booking code</source>
        <translation>Bookingkode</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/booking_confirmation_page.py" line="38"/>
        <location filename="../../counter_app/ui/booking_confirmation_page.py" line="52"/>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/booking_confirmation_page.py" line="39"/>
        <location filename="../../counter_app/ui/booking_confirmation_page.py" line="53"/>
        <source>With</source>
        <translation>Hos</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/booking_confirmation_page.py" line="40"/>
        <location filename="../../counter_app/ui/booking_confirmation_page.py" line="54"/>
        <source>Citizen</source>
        <translation>Borger</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/booking_confirmation_page.py" line="41"/>
        <location filename="../../counter_app/ui/booking_confirmation_page.py" line="55"/>
        <source>Topic</source>
        <translation>Emne</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/booking_confirmation_page.py" line="44"/>
        <source>Not yet confirmed by the server: the booking is sent when the connection is back.</source>
        <translation>Endnu ikke bekræftet af serveren: bookingen sendes, når forbindelsen er tilbage.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/booking_confirmation_page.py" line="47"/>
        <source>Not yet confirmed</source>
        <translation>Endnu ikke bekræftet</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/booking_confirmation_page.py" line="60"/>
        <source>Print slip (Ctrl+P)</source>
        <translation>Udskriv seddel (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/booking_confirmation_page.py" line="60"/>
        <source>Print slip</source>
        <translation>Udskriv seddel</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/booking_confirmation_page.py" line="62"/>
        <source>Calendar file (Ctrl+S)</source>
        <translation>Kalenderfil (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/booking_confirmation_page.py" line="62"/>
        <source>Calendar file</source>
        <translation>Kalenderfil</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/booking_confirmation_page.py" line="64"/>
        <source>Done (Enter)</source>
        <translation>Færdig (Enter)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/booking_confirmation_page.py" line="64"/>
        <source>Done</source>
        <translation>Færdig</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/booking_confirmation_page.py" line="88"/>
        <source>%1, %2–%3</source>
        <translation>%1, %2–%3</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <location filename="../../counter_app/ui/booking_dialog.py" line="107"/>
        <source>Move the appointment of %1</source>
        <translation>Flyt tiden for %1</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/booking_dialog.py" line="109"/>
        <source>Book an appointment for %1</source>
        <translation>Book en tid til %1</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/booking_dialog.py" line="111"/>
        <source>Book an appointment</source>
        <translation>Book en tid</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/booking_dialog.py" line="115"/>
        <source>Booking</source>
        <translation>Booking</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/booking_dialog.py" line="136"/>
        <source>Booking for</source>
        <translation>Booking til</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/booking_dialog.py" line="137"/>
        <source>Appointment</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/booking_dialog.py" line="142"/>
        <source>Free times (Up/Down choose)</source>
        <translation>Ledige tider (op/ned vælger)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/booking_dialog.py" line="144"/>
        <source>Error</source>
        <translation>Fejl</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/booking_dialog.py" line="147"/>
        <source>Enter books the chosen time · Up/Down choose another time · Esc closes without booking · never ask for a CPR number</source>
        <translation>Enter booker den valgte tid · op/ned vælger en anden tid · Esc lukker uden at booke · spørg aldrig om CPR-nummer</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/booking_dialog.py" line="151"/>
        <source>Keys</source>
        <translation>Taster</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/booking_dialog.py" line="153"/>
        <source>Book (Enter)</source>
        <translation>Book (Enter)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/booking_dialog.py" line="153"/>
        <source>Book</source>
        <translation>Book</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/booking_dialog.py" line="155"/>
        <source>Cancel (Esc)</source>
        <translation>Annullér (Esc)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/booking_dialog.py" line="155"/>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/booking_dialog.py" line="190"/>
        <source>Phone (8 digits) or e-mail</source>
        <translation>Telefon (8 cifre) eller e-mail</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/booking_dialog.py" line="191"/>
        <source>What the citizen wants help with (optional)</source>
        <translation>Hvad borgeren vil have hjælp til (valgfrit)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/booking_dialog.py" line="293"/>
        <source>There is no free time to book.</source>
        <translation>Der er ingen ledig tid at booke.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/booking_dialog.py" line="314"/>
        <source>That slot was just taken. The nearest free ones are shown.</source>
        <translation>Den tid blev netop taget. De nærmeste ledige vises.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/booking_dialog.py" line="316"/>
        <source>That slot was just taken, and no other time is free.</source>
        <translation>Den tid blev netop taget, og ingen anden tid er ledig.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/booking_dialog.py" line="327"/>
        <source>That looks like a CPR number. Appointments never need one: leave it out.</source>
        <translation>Det ligner et CPR-nummer. En tid kræver aldrig et: udelad det.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/booking_dialog.py" line="329"/>
        <source>Write the citizen&apos;s name.</source>
        <translation>Skriv borgerens navn.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/booking_dialog.py" line="330"/>
        <source>The name is too long.</source>
        <translation>Navnet er for langt.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/booking_dialog.py" line="331"/>
        <source>Write a Danish phone number (8 digits) or an e-mail address.</source>
        <translation>Skriv et dansk telefonnummer (8 cifre) eller en e-mailadresse.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/booking_dialog.py" line="369"/>
        <source>Appointment booked</source>
        <translation>Tiden er booket</translation>
    </message>
</context>
<context>
    <name>BookingFlow</name>
    <message>
        <location filename="../../counter_app/ui/booking_flow.py" line="119"/>
        <source>This branch has no times for that. Booking at %1 needs a connection to the server: try again shortly.</source>
        <translation>Denne afdeling har ingen tider til det. At booke på %1 kræver forbindelse til serveren: prøv igen om lidt.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/booking_flow.py" line="144"/>
        <source>Booked: code %1.</source>
        <translation>Booket: kode %1.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/booking_flow.py" line="152"/>
        <source>Moved: the new code is %1; the old time is free again.</source>
        <translation>Flyttet: den nye kode er %1; den gamle tid er ledig igen.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/booking_flow.py" line="165"/>
        <source>The slip is printed.</source>
        <translation>Sedlen er udskrevet.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/booking_flow.py" line="177"/>
        <source>The slip could not be printed: give the citizen the booking code, or the calendar file.</source>
        <translation>Sedlen kunne ikke udskrives: giv borgeren bookingkoden eller kalenderfilen.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/booking_flow.py" line="195"/>
        <source>The calendar file could not be saved.</source>
        <translation>Kalenderfilen kunne ikke gemmes.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/booking_flow.py" line="197"/>
        <source>Calendar file saved: %1</source>
        <translation>Kalenderfilen er gemt: %1</translation>
    </message>
</context>
<context>
    <name>BookingSlip</name>
    <message>
        <location filename="../../counter_app/ui/booking_confirmation.py" line="35"/>
        <source>Check in at the kiosk with your booking code, or at KVIK.</source>
        <translation>Meld din ankomst i billetautomaten med din bookingkode eller i KVIK.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/booking_confirmation.py" line="47"/>
        <source>%1 %2</source>
        <extracomment>%1 is the weekday (Monday), %2 the date (26.10.2026)</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/booking_confirmation.py" line="53"/>
        <source>%1–%2</source>
        <extracomment>%1 is when the appointment starts (10:00), %2 when it ends (10:15)</extracomment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/booking_confirmation.py" line="58"/>
        <source>A librarian</source>
        <translation>En bibliotekar</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/booking_confirmation.py" line="60"/>
        <source>Citizen service</source>
        <translation>Borgerservice</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/booking_confirmation.py" line="64"/>
        <source>Your appointment</source>
        <translation>Din tid</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/booking_confirmation.py" line="74"/>
        <source>Booked for %1</source>
        <translation>Booket til %1</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/booking_confirmation.py" line="77"/>
        <source>Not confirmed yet: we will contact you if the time cannot be kept.</source>
        <translation>Endnu ikke bekræftet: vi kontakter dig, hvis tiden ikke kan holdes.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/booking_confirmation.py" line="85"/>
        <location filename="../../counter_app/ui/booking_confirmation.py" line="107"/>
        <source>Cancel or move: call the municipality&apos;s contact centre.</source>
        <translation>Aflys eller flyt: ring til kommunens kontaktcenter.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/booking_confirmation.py" line="91"/>
        <source>Booking slip</source>
        <translation>Bookingseddel</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/booking_confirmation.py" line="97"/>
        <source>Appointment with a librarian</source>
        <translation>Tid hos en bibliotekar</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/booking_confirmation.py" line="99"/>
        <source>Appointment with citizen service</source>
        <translation>Tid hos borgerservice</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/booking_confirmation.py" line="102"/>
        <source>Booking code: %1</source>
        <translation>Bookingkode: %1</translation>
    </message>
</context>
<context>
    <name>CallbackForm</name>
    <message>
        <location filename="../../counter_app/ui/callback_form.py" line="57"/>
        <source>Group that calls back</source>
        <translation>Gruppe, der ringer tilbage</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/callback_form.py" line="61"/>
        <location filename="../../counter_app/ui/callback_form.py" line="85"/>
        <source>Call back by</source>
        <translation>Ring tilbage senest</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/callback_form.py" line="70"/>
        <location filename="../../counter_app/ui/callback_form.py" line="86"/>
        <source>Citizen&apos;s name</source>
        <translation>Borgerens navn</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/callback_form.py" line="73"/>
        <source>Citizen&apos;s phone or e-mail</source>
        <translation>Borgerens telefon eller e-mail</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/callback_form.py" line="75"/>
        <source>Phone (8 digits) or e-mail</source>
        <translation>Telefon (8 cifre) eller e-mail</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/callback_form.py" line="77"/>
        <location filename="../../counter_app/ui/callback_form.py" line="88"/>
        <source>Question</source>
        <translation>Spørgsmål</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/callback_form.py" line="79"/>
        <source>What the citizen needs an answer to</source>
        <translation>Hvad borgeren skal have svar på</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/callback_form.py" line="84"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/callback_form.py" line="87"/>
        <source>Phone or e-mail</source>
        <translation>Telefon eller e-mail</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/callback_form.py" line="109"/>
        <source>Choose the group that calls back</source>
        <translation>Vælg gruppen, der ringer tilbage</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/callback_form.py" line="112"/>
        <source>Write the citizen&apos;s name</source>
        <translation>Skriv borgerens navn</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/callback_form.py" line="115"/>
        <source>Write the citizen&apos;s phone number or e-mail address</source>
        <translation>Skriv borgerens telefonnummer eller e-mailadresse</translation>
    </message>
</context>
<context>
    <name>CallbacksPanel</name>
    <message>
        <location filename="../../counter_app/ui/callbacks_panel.py" line="53"/>
        <source>Open callbacks</source>
        <translation>Åbne tilbagemeldinger</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/callbacks_panel.py" line="60"/>
        <location filename="../../counter_app/ui/callbacks_panel.py" line="64"/>
        <source>No open callbacks</source>
        <translation>Ingen åbne tilbagemeldinger</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/callbacks_panel.py" line="66"/>
        <source>Mark as called back (%1)</source>
        <translation>Markér som ringet op (%1)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/callbacks_panel.py" line="68"/>
        <source>Mark as called back</source>
        <translation>Markér som ringet op</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/callbacks_panel.py" line="69"/>
        <source>The chosen citizen has been called back</source>
        <translation>Den valgte borger er ringet op</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/callbacks_panel.py" line="97"/>
        <source>Callbacks (%1, %2 overdue)</source>
        <translation>Tilbagemeldinger (%1, %2 overskredet)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/callbacks_panel.py" line="99"/>
        <source>Callbacks (%1)</source>
        <translation>Tilbagemeldinger (%1)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/callbacks_panel.py" line="109"/>
        <source>Overdue</source>
        <translation>Overskredet</translation>
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
    <name>CatalogueDialog</name>
    <message>
        <location filename="../../counter_app/ui/catalogue_dialog.py" line="56"/>
        <source>Service catalogue</source>
        <translation>Ydelseskatalog</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/catalogue_dialog.py" line="64"/>
        <source>Signed in as manager</source>
        <translation>Logget ind som leder</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/catalogue_dialog.py" line="77"/>
        <source>Signed in as manager:</source>
        <translation>Logget ind som leder:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/catalogue_dialog.py" line="86"/>
        <source>Catalogue</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/catalogue_dialog.py" line="87"/>
        <source>Services</source>
        <translation>Ydelser</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/catalogue_dialog.py" line="88"/>
        <source>Time limits</source>
        <translation>Tidsgrænser</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/catalogue_dialog.py" line="92"/>
        <location filename="../../counter_app/ui/catalogue_dialog.py" line="93"/>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/catalogue_dialog.py" line="154"/>
        <source>Librarian</source>
        <translation>Bibliotekar</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/catalogue_dialog.py" line="152"/>
        <source>KVIK</source>
        <translation>KVIK</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/catalogue_dialog.py" line="67"/>
        <source>Only a manager can change the catalogue. Sign in as a manager (Desk → Sign in…, Ctrl+L) and open the catalogue again.</source>
        <translation>Kun en leder kan ændre kataloget. Log ind som leder (Skranke → Log ind…, Ctrl+L), og åbn kataloget igen.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/catalogue_dialog.py" line="73"/>
        <source>No manager signed in</source>
        <translation>Ingen leder logget ind</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/catalogue_dialog.py" line="153"/>
        <source>Caseworker</source>
        <translation>Sagsbehandler</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/catalogue_dialog.py" line="155"/>
        <source>Branch library</source>
        <translation>Lokalbibliotek</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/catalogue_dialog.py" line="156"/>
        <source>Contact centre</source>
        <translation>Kontaktcenter</translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <location filename="../../counter_app/ui/check_in_dialog.py" line="69"/>
        <source>Check in an appointment</source>
        <translation>Tjek en tid ind</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/check_in_dialog.py" line="72"/>
        <source>&amp;Booking code or phone number</source>
        <translation>&amp;Bookingkode eller telefonnummer</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/check_in_dialog.py" line="76"/>
        <source>Booking code or phone number</source>
        <translation>Bookingkode eller telefonnummer</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/check_in_dialog.py" line="77"/>
        <source>For example ACD347 or 12 34 56 78</source>
        <translation>For eksempel ACD347 eller 12 34 56 78</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/check_in_dialog.py" line="79"/>
        <location filename="../../counter_app/ui/check_in_dialog.py" line="130"/>
        <source>Press Enter to find today&apos;s appointment.</source>
        <translation>Tryk Enter for at finde dagens tid.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/check_in_dialog.py" line="82"/>
        <source>What to do</source>
        <translation>Hvad du skal gøre</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/check_in_dialog.py" line="83"/>
        <source>Not found</source>
        <translation>Ikke fundet</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/check_in_dialog.py" line="86"/>
        <source>Today&apos;s appointments found</source>
        <translation>Dagens fundne tider</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/check_in_dialog.py" line="91"/>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/check_in_dialog.py" line="91"/>
        <source>Find the appointment</source>
        <translation>Find tiden</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/check_in_dialog.py" line="94"/>
        <source>Check in</source>
        <translation>Tjek ind</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/check_in_dialog.py" line="94"/>
        <source>Check in the chosen appointment</source>
        <translation>Tjek den valgte tid ind</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/check_in_dialog.py" line="98"/>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/check_in_dialog.py" line="98"/>
        <source>Close without checking in</source>
        <translation>Luk uden at tjekke ind</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/check_in_dialog.py" line="124"/>
        <source>No booked appointment today with this booking code or phone number. Check the code on the citizen&apos;s slip or text message.</source>
        <translation>Ingen booket tid i dag med denne bookingkode eller dette telefonnummer. Tjek koden på borgerens seddel eller sms.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/check_in_dialog.py" line="128"/>
        <source>Type the booking code or the phone number first.</source>
        <translation>Skriv først bookingkoden eller telefonnummeret.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/check_in_dialog.py" line="135"/>
        <source>Choose the appointment and press Enter to check in.</source>
        <translation>Vælg tiden, og tryk Enter for at tjekke ind.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/check_in_dialog.py" line="151"/>
        <source>with a librarian</source>
        <translation>hos en bibliotekar</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/check_in_dialog.py" line="153"/>
        <source>with citizen service</source>
        <translation>hos borgerservice</translation>
    </message>
</context>
<context>
    <name>CheckInFlow</name>
    <message>
        <location filename="../../counter_app/ui/check_in_flow.py" line="64"/>
        <source>Checked in: %1 for %2.</source>
        <translation>Tjekket ind: %1 til kl. %2.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/check_in_flow.py" line="66"/>
        <source>Numbered by this desk: the server could not be reached.</source>
        <translation>Nummereret af denne skranke: serveren kunne ikke nås.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/check_in_flow.py" line="73"/>
        <source>The citizen could not be checked in: %1</source>
        <translation>Borgeren kunne ikke tjekkes ind: %1</translation>
    </message>
</context>
<context>
    <name>CheckInPage</name>
    <message>
        <location filename="../../counter_app/ui/kiosk_check_in.py" line="82"/>
        <source>Check in for your appointment</source>
        <translation>Tjek ind til din tid</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/kiosk_check_in.py" line="84"/>
        <source>Type your booking code or your phone number</source>
        <translation>Skriv din bookingkode eller dit telefonnummer</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/kiosk_check_in.py" line="87"/>
        <source>Booking code or phone number</source>
        <translation>Bookingkode eller telefonnummer</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/kiosk_check_in.py" line="96"/>
        <source>Message</source>
        <translation>Besked</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/kiosk_check_in.py" line="98"/>
        <source>Back</source>
        <translation>Tilbage</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/kiosk_check_in.py" line="98"/>
        <source>Back to the start</source>
        <translation>Tilbage til start</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/kiosk_check_in.py" line="101"/>
        <source>Check in</source>
        <translation>Tjek ind</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/kiosk_check_in.py" line="101"/>
        <source>Check in for my appointment</source>
        <translation>Tjek ind til min tid</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/kiosk_check_in.py" line="138"/>
        <source>One moment…</source>
        <translation>Et øjeblik …</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/kiosk_check_in.py" line="144"/>
        <source>We cannot find an appointment today with that number. Please ask at KVIK.</source>
        <translation>Vi kan ikke finde en tid i dag med det nummer. Spørg i KVIK.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/kiosk_check_in.py" line="156"/>
        <source>We cannot look up phone numbers right now. Please type the booking code from your confirmation, or ask at KVIK.</source>
        <translation>Vi kan ikke slå telefonnumre op lige nu. Skriv bookingkoden fra din bekræftelse, eller spørg i KVIK.</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <location filename="../../counter_app/ui/checklist_panel.py" line="82"/>
        <source>Service and checklist</source>
        <translation>Ydelse og tjekliste</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/checklist_panel.py" line="85"/>
        <source>Find the service (Ctrl+K)</source>
        <translation>Find ydelsen (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/checklist_panel.py" line="86"/>
        <source>Find the service</source>
        <translation>Find ydelsen</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/checklist_panel.py" line="98"/>
        <source>Search hint</source>
        <translation>Søgetip</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/checklist_panel.py" line="99"/>
        <source>Chosen service</source>
        <translation>Valgt ydelse</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/checklist_panel.py" line="100"/>
        <source>Not allowed at this desk</source>
        <translation>Ikke tilladt ved denne skranke</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/checklist_panel.py" line="101"/>
        <source>Appointment</source>
        <translation>Tidsbestilling</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/checklist_panel.py" line="103"/>
        <source>Forward by screen… (Ctrl+Shift+S)</source>
        <translation>Send til skærm … (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/checklist_panel.py" line="104"/>
        <source>Forward by screen to citizen service</source>
        <translation>Send til borgerservice via skærm</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/checklist_panel.py" line="107"/>
        <source>On the spot</source>
        <translation>Med det samme</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/checklist_panel.py" line="108"/>
        <source>Checklist</source>
        <translation>Tjekliste</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/checklist_panel.py" line="128"/>
        <source>The service&apos;s checklist</source>
        <translation>Ydelsens tjekliste</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/checklist_panel.py" line="145"/>
        <source>Matching services</source>
        <translation>Ydelser, der passer</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/checklist_panel.py" line="231"/>
        <source>No service matches “%1”.</source>
        <translation>Ingen ydelse passer til “%1”.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/checklist_panel.py" line="250"/>
        <source>No service chosen yet.</source>
        <translation>Ingen ydelse valgt endnu.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/checklist_panel.py" line="264"/>
        <source>KVIK answers this on the spot (within the limit).</source>
        <translation>KVIK klarer den med det samme (inden for grænsen).</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/checklist_panel.py" line="277"/>
        <source>This desk may not do this: it is an authority task for citizen service.</source>
        <translation>Denne skranke må ikke udføre den: det er en myndighedsopgave for borgerservice.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/checklist_panel.py" line="279"/>
        <source>This desk&apos;s role may not do this service.</source>
        <translation>Denne skranketype må ikke udføre ydelsen.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/checklist_panel.py" line="282"/>
        <source>Book %1.</source>
        <translation>Book %1.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/checklist_panel.py" line="284"/>
        <source>Or forward the citizen by screen to citizen service.</source>
        <translation>Eller send borgeren videre til borgerservice via skærm.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/checklist_panel.py" line="291"/>
        <source>Always by appointment.</source>
        <translation>Altid ved tidsbestilling.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/checklist_panel.py" line="292"/>
        <source>Always by appointment: %1.</source>
        <translation>Altid ved tidsbestilling: %1.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/checklist_panel.py" line="300"/>
        <source>The citizen brings:</source>
        <translation>Borgeren medbringer:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/checklist_panel.py" line="304"/>
        <source>Steps:</source>
        <translation>Trin:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/checklist_panel.py" line="307"/>
        <source>This service has no checklist.</source>
        <translation>Ydelsen har ingen tjekliste.</translation>
    </message>
</context>
<context>
    <name>ChecklistsDialog</name>
    <message>
        <location filename="../../counter_app/ui/checklists_dialog.py" line="40"/>
        <source>Service checklists</source>
        <translation>Tjeklister til ydelserne</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/checklists_dialog.py" line="43"/>
        <source>&amp;Find the service:</source>
        <translation>&amp;Find ydelsen:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/checklists_dialog.py" line="46"/>
        <source>Find the service</source>
        <translation>Find ydelsen</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/checklists_dialog.py" line="47"/>
        <source>Type part of the name…</source>
        <translation>Skriv en del af navnet…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/checklists_dialog.py" line="54"/>
        <source>Services</source>
        <translation>Ydelser</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/checklists_dialog.py" line="56"/>
        <source>No service matches what you typed.</source>
        <translation>Ingen ydelse passer til det, du har skrevet.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/checklists_dialog.py" line="62"/>
        <source>&amp;Close</source>
        <translation>&amp;Luk</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/checklists_dialog.py" line="63"/>
        <source>Close the checklists</source>
        <translation>Luk tjeklisterne</translation>
    </message>
</context>
<context>
    <name>CitizenFields</name>
    <message>
        <location filename="../../counter_app/ui/citizen_fields.py" line="35"/>
        <location filename="../../counter_app/ui/citizen_fields.py" line="61"/>
        <source>Citizen&apos;s name</source>
        <translation>Borgerens navn</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/citizen_fields.py" line="38"/>
        <source>Citizen&apos;s phone or e-mail</source>
        <translation>Borgerens telefon eller e-mail</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/citizen_fields.py" line="42"/>
        <location filename="../../counter_app/ui/citizen_fields.py" line="63"/>
        <source>Topic</source>
        <translation>Emne</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/citizen_fields.py" line="47"/>
        <source>Noted in advance, e.g. the subject of an assignment, so the appointment can be prepared. Never a CPR number.</source>
        <translation>Noteres på forhånd, f.eks. emnet for en opgave, så tiden kan forberedes. Aldrig et CPR-nummer.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/citizen_fields.py" line="51"/>
        <source>About the topic</source>
        <translation>Om emnet</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/citizen_fields.py" line="62"/>
        <source>Phone or e-mail</source>
        <translation>Telefon eller e-mail</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../counter_app/ui/connect_dialog.py" line="57"/>
        <source>Connect to the municipality&apos;s server</source>
        <translation>Forbind til kommunens server</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/connect_dialog.py" line="62"/>
        <source>Type the server&apos;s address and the one-time code that IT made for this desk. The program connects with them the next time it starts.</source>
        <translation>Skriv serverens adresse og den engangskode, som IT har lavet til denne skranke. Programmet forbinder med dem, næste gang det starter.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/connect_dialog.py" line="68"/>
        <source>Server address</source>
        <translation>Serverens adresse</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/connect_dialog.py" line="71"/>
        <source>One-time code</source>
        <translation>Engangskode</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/connect_dialog.py" line="73"/>
        <source>CA file</source>
        <translation>CA-fil</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/connect_dialog.py" line="74"/>
        <source>&amp;Browse…</source>
        <translation>Gennem&amp;se…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/connect_dialog.py" line="75"/>
        <location filename="../../counter_app/ui/connect_dialog.py" line="127"/>
        <source>Choose the CA file</source>
        <translation>Vælg CA-filen</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/connect_dialog.py" line="78"/>
        <source>What is wrong</source>
        <translation>Hvad der er galt</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/connect_dialog.py" line="79"/>
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/connect_dialog.py" line="80"/>
        <source>Save the connection</source>
        <translation>Gem forbindelsen</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/connect_dialog.py" line="83"/>
        <location filename="../../counter_app/ui/connect_dialog.py" line="84"/>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/connect_dialog.py" line="111"/>
        <source>Server &amp;address:</source>
        <translation>Serverens &amp;adresse:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/connect_dialog.py" line="112"/>
        <source>One-time &amp;code:</source>
        <translation>&amp;Engangskode:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/connect_dialog.py" line="116"/>
        <source>CA &amp;file:</source>
        <translation>&amp;CA-fil:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/connect_dialog.py" line="87"/>
        <source>Only if IT gave you one (a .pem file); most desks need none.</source>
        <translation>Kun hvis IT har givet dig en (en .pem-fil); de fleste skranker skal ikke bruge den.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/connect_dialog.py" line="128"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certifikater (*.pem *.crt *.cer);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/connect_dialog.py" line="142"/>
        <source>Type the one-time code from IT.</source>
        <translation>Skriv engangskoden fra IT.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/connect_dialog.py" line="150"/>
        <source>A one-time code has 12 letters and digits, like ACDE-FGHJ-KMNP. Check what was typed, or ask IT for a new code.</source>
        <translation>En engangskode har 12 bogstaver og tal, fx ACDE-FGHJ-KMNP. Tjek det, der er skrevet, eller bed IT om en ny kode.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/connect_dialog.py" line="164"/>
        <source>The CA file cannot be read or holds no certificate. Check the file with IT, or leave the field empty.</source>
        <translation>CA-filen kan ikke læses eller indeholder intet certifikat. Tjek filen med IT, eller lad feltet være tomt.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/connect_dialog.py" line="174"/>
        <source>The connection could not be saved: %1. Tell IT.</source>
        <extracomment>%1 is the reason from the operating system</extracomment>
        <translation>Forbindelsen kunne ikke gemmes: %1. Sig det til IT.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/connect_dialog.py" line="182"/>
        <source>Type the server&apos;s address, e.g. https://koe.kommune.dk.</source>
        <translation>Skriv serverens adresse, fx https://koe.kommune.dk.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/connect_dialog.py" line="184"/>
        <source>The address cannot contain spaces. Check what was typed or pasted.</source>
        <translation>Adressen må ikke indeholde mellemrum. Tjek det, der er skrevet eller indsat.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/connect_dialog.py" line="187"/>
        <source>A desk connects to a server on another machine only with https://, so nobody on the network can read what is sent. Ask IT for the https:// address.</source>
        <translation>En skranke forbinder kun til en server på en anden computer med https://, så ingen på netværket kan læse det, der sendes. Bed IT om https://-adressen.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/connect_dialog.py" line="191"/>
        <source>Type the whole address, beginning with https://, e.g. https://koe.kommune.dk.</source>
        <translation>Skriv hele adressen, så den begynder med https://, fx https://koe.kommune.dk.</translation>
    </message>
</context>
<context>
    <name>ContactBar</name>
    <message>
        <location filename="../../counter_app/ui/contact_bar.py" line="27"/>
        <source>Contacts without a ticket</source>
        <translation>Henvendelser uden kønummer</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/contact_bar.py" line="29"/>
        <source>Register a contact (%1)</source>
        <translation>Registrér en henvendelse (%1)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/contact_bar.py" line="31"/>
        <source>Register a contact</source>
        <translation>Registrér en henvendelse</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/contact_bar.py" line="33"/>
        <source>A phone call, a mail or a message without a ticket</source>
        <translation>Et opkald, en mail eller en besked uden kønummer</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/contact_bar.py" line="37"/>
        <source>Quick question in passing (%1)</source>
        <translation>Hurtigt spørgsmål i forbifarten (%1)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/contact_bar.py" line="39"/>
        <source>Count a quick question in passing</source>
        <translation>Tæl et hurtigt spørgsmål i forbifarten</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/contact_bar.py" line="40"/>
        <source>Counts one quick question; nothing to fill in</source>
        <translation>Tæller ét hurtigt spørgsmål; intet at udfylde</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/contact_bar.py" line="45"/>
        <source>Quick questions today</source>
        <translation>Hurtige spørgsmål i dag</translation>
    </message>
    <message numerus="yes">
        <location filename="../../counter_app/ui/contact_bar.py" line="66"/>
        <source>%n quick question(s) today</source>
        <translation>
            <numerusform>%n hurtigt spørgsmål i dag</numerusform>
            <numerusform>%n hurtige spørgsmål i dag</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DayListPanel</name>
    <message>
        <location filename="../../counter_app/ui/day_list_panel.py" line="79"/>
        <source>Today&apos;s appointments</source>
        <translation>Dagens tider</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/day_list_panel.py" line="87"/>
        <location filename="../../counter_app/ui/day_list_panel.py" line="91"/>
        <source>No appointments today</source>
        <translation>Ingen tider i dag</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/day_list_panel.py" line="93"/>
        <source>Call (Enter)</source>
        <translation>Kald (Enter)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/day_list_panel.py" line="94"/>
        <source>Call the arrived citizen</source>
        <translation>Kald den fremmødte borger</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/day_list_panel.py" line="95"/>
        <source>Call the chosen citizen, who has checked in, to this desk</source>
        <translation>Kald den valgte borger, der har tjekket ind, til denne skranke</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/day_list_panel.py" line="99"/>
        <source>Did not come (%1)</source>
        <translation>Udeblevet (%1)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/day_list_panel.py" line="100"/>
        <source>Mark as not come</source>
        <translation>Markér som udeblevet</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/day_list_panel.py" line="101"/>
        <source>The chosen citizen is late and did not come</source>
        <translation>Den valgte borger er forsinket og kom ikke</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/day_list_panel.py" line="105"/>
        <source>Cancel (%1)</source>
        <translation>Aflys (%1)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/day_list_panel.py" line="106"/>
        <source>Cancel the appointment</source>
        <translation>Aflys tiden</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/day_list_panel.py" line="107"/>
        <source>Cancel the chosen appointment; its time is free again</source>
        <translation>Aflys den valgte tid; tiden bliver ledig igen</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/day_list_panel.py" line="111"/>
        <source>Move (%1)</source>
        <translation>Flyt (%1)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/day_list_panel.py" line="112"/>
        <source>Move the appointment</source>
        <translation>Flyt tiden</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/day_list_panel.py" line="113"/>
        <source>Book the chosen citizen another time; the old one is then free</source>
        <translation>Book den valgte borger en anden tid; den gamle bliver så ledig</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/day_list_panel.py" line="153"/>
        <source>Today&apos;s appointments (%1, %2 arrived)</source>
        <translation>Dagens tider (%1, %2 fremmødt)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/day_list_panel.py" line="165"/>
        <source>late — may be marked as not come</source>
        <translation>forsinket – kan markeres som udeblevet</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/day_list_panel.py" line="167"/>
        <source>arrived · %1</source>
        <translation>fremmødt · %1</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/day_list_panel.py" line="169"/>
        <source>booked</source>
        <translation>booket</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/day_list_panel.py" line="170"/>
        <source>at a desk</source>
        <translation>ved en skranke</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/day_list_panel.py" line="171"/>
        <source>done</source>
        <translation>færdig</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/day_list_panel.py" line="172"/>
        <source>did not come</source>
        <translation>udeblevet</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/day_list_panel.py" line="174"/>
        <source>cancelled</source>
        <translation>aflyst</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/day_list_panel.py" line="179"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/day_list_panel.py" line="183"/>
        <source>not confirmed by the server yet</source>
        <translation>endnu ikke bekræftet af serveren</translation>
    </message>
</context>
<context>
    <name>DeskWindow</name>
    <message>
        <location filename="../../counter_app/ui/desk_window.py" line="113"/>
        <source>Counter · %1 · %2</source>
        <translation>Skranke · %1 · %2</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/desk_window.py" line="122"/>
        <source>Kiosk warning</source>
        <translation>Advarsel fra kiosken</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/desk_window.py" line="125"/>
        <source>No connection to the server. You can still issue numbers, finish, set aside and transfer citizens; calling waits for the connection.</source>
        <translation>Ingen forbindelse til serveren. Du kan stadig udstede numre, afslutte, parkere og overføre borgere; kald venter på forbindelsen.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/desk_window.py" line="131"/>
        <source>Offline</source>
        <translation>Uden forbindelse</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/desk_window.py" line="198"/>
        <source>Time with this citizen</source>
        <translation>Tid med denne borger</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/desk_window.py" line="226"/>
        <source>&amp;Desk</source>
        <translation>&amp;Skranke</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/desk_window.py" line="227"/>
        <source>Service catalogue…</source>
        <translation>Ydelseskatalog …</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/desk_window.py" line="231"/>
        <source>Statistics…</source>
        <translation>Statistik…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/desk_window.py" line="235"/>
        <source>Ask a librarian to take the citizen now</source>
        <translation>Bed en bibliotekar tage borgeren nu</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/desk_window.py" line="239"/>
        <source>Book an appointment…</source>
        <translation>Book en tid …</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/desk_window.py" line="243"/>
        <source>Register a contact</source>
        <translation>Registrér en henvendelse</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/desk_window.py" line="246"/>
        <source>Check in an appointment…</source>
        <translation>Tjek en tid ind …</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/desk_window.py" line="284"/>
        <source>Call the citizen to your desk first.</source>
        <translation>Kald først borgeren til din skranke.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/desk_window.py" line="291"/>
        <source>No librarian is free now: book one instead (Ctrl+Shift+B).</source>
        <translation>Ingen bibliotekar er ledig nu: book en i stedet (Ctrl+Shift+B).</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/desk_window.py" line="295"/>
        <source>Here and now from %1</source>
        <translation>Her og nu fra %1</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/desk_window.py" line="304"/>
        <source>%1 is asked to take %2 now; the citizen waits for the answer.</source>
        <translation>%1 er bedt om at tage %2 nu; borgeren venter på svar.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/desk_window.py" line="315"/>
        <source>That request is no longer waiting.</source>
        <translation>Den forespørgsel venter ikke længere.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/desk_window.py" line="389"/>
        <source>The appointment could not be changed: %1</source>
        <translation>Tiden kunne ikke ændres: %1</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/desk_window.py" line="448"/>
        <source>%1 cannot print tickets (%2): citizens must remember their number.</source>
        <translation>%1 kan ikke printe numre (%2): borgerne skal huske deres nummer.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/desk_window.py" line="492"/>
        <source>Issued %1.</source>
        <translation>Udstedt %1.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/desk_window.py" line="494"/>
        <source>Numbered by this desk: the server could not be reached.</source>
        <translation>Nummereret af denne skranke: serveren kunne ikke nås.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/desk_window.py" line="501"/>
        <source>No number could be given: %1</source>
        <translation>Der kunne ikke gives et nummer: %1</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/desk_window.py" line="510"/>
        <source>Choose at least one queue to call from.</source>
        <translation>Vælg mindst én kø at kalde fra.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/desk_window.py" line="537"/>
        <source>Nobody is waiting in your queues.</source>
        <translation>Ingen borgere venter i dine køer.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/desk_window.py" line="540"/>
        <source>Not called: %1</source>
        <translation>Ikke kaldt: %1</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/desk_window.py" line="550"/>
        <source>No connection to the server. Calling the next citizen needs the server, so that two desks never call the same person. Try again shortly.</source>
        <translation>Ingen forbindelse til serveren. Kald næste kræver serveren, så to skranker aldrig kalder den samme borger. Prøv igen om lidt.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/desk_window.py" line="556"/>
        <source>Call next failed: %1</source>
        <translation>Kald næste mislykkedes: %1</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/desk_window.py" line="624"/>
        <source>%1 was called to your desk after all.</source>
        <translation>%1 blev alligevel kaldt til din skranke.</translation>
    </message>
</context>
<context>
    <name>FirstStartNotice</name>
    <message>
        <location filename="../../counter_app/ui/first_start_notice.py" line="28"/>
        <source>The demo on this computer</source>
        <translation>Demoen på denne computer</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/first_start_notice.py" line="31"/>
        <source>Welcome to the counter program</source>
        <translation>Velkommen til skrankeprogrammet</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/first_start_notice.py" line="35"/>
        <source>This is a demo that runs only on this computer, with a made-up municipality: nothing you do here leaves the computer. To connect the desk to your municipality&apos;s server, choose Connect to a server… and type the address and the one-time code you got from IT.</source>
        <translation>Dette er en demo, der kun kører på denne computer, med en opdigtet kommune: intet af det, du gør her, forlader computeren. Vil du forbinde skranken til kommunens server, så vælg Forbind til en server… og skriv adressen og den engangskode, du har fået af IT.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/first_start_notice.py" line="43"/>
        <source>About the demo</source>
        <translation>Om demoen</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/first_start_notice.py" line="44"/>
        <source>&amp;Connect to a server…</source>
        <translation>&amp;Forbind til en server…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/first_start_notice.py" line="45"/>
        <source>Connect to a server</source>
        <translation>Forbind til en server</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/first_start_notice.py" line="48"/>
        <source>Continue with the &amp;demo</source>
        <translation>Fortsæt med &amp;demoen</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/first_start_notice.py" line="49"/>
        <source>Continue with the demo</source>
        <translation>Fortsæt med demoen</translation>
    </message>
</context>
<context>
    <name>FiveMinutePrompt</name>
    <message>
        <location filename="../../counter_app/ui/five_minute_prompt.py" line="65"/>
        <source>Five-minute rule</source>
        <translation>Femminutters-reglen</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/five_minute_prompt.py" line="69"/>
        <source>Time limit reached</source>
        <translation>Tidsgrænsen er nået</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/five_minute_prompt.py" line="73"/>
        <source>Appointment to book</source>
        <translation>Tid, der skal bookes</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/five_minute_prompt.py" line="75"/>
        <source>Hand off to appointment (%1)</source>
        <translation>Giv videre til en tid (%1)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/five_minute_prompt.py" line="78"/>
        <source>Hand off to appointment</source>
        <translation>Giv videre til en tid</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/five_minute_prompt.py" line="81"/>
        <source>Or continue, because:</source>
        <translation>Eller fortsæt, fordi:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/five_minute_prompt.py" line="113"/>
        <source>Almost done</source>
        <translation>Næsten færdig</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/five_minute_prompt.py" line="114"/>
        <source>Citizen cannot come back</source>
        <translation>Borgeren kan ikke komme igen</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/five_minute_prompt.py" line="115"/>
        <source>No suitable time</source>
        <translation>Ingen passende tid</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/five_minute_prompt.py" line="116"/>
        <source>Other reason</source>
        <translation>Anden grund</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/five_minute_prompt.py" line="129"/>
        <source>%1 has passed. Hand off to an appointment, or say why you continue.</source>
        <translation>%1 er gået. Giv borgeren en tid, eller sig hvorfor du fortsætter.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/five_minute_prompt.py" line="138"/>
        <source>Choose the service (Ctrl+K) to see which appointment it needs.</source>
        <translation>Vælg ydelsen (Ctrl+K) for at se, hvilken tid den kræver.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/five_minute_prompt.py" line="140"/>
        <source>This service has no appointment kind in the catalogue.</source>
        <translation>Ydelsen har ingen tidstype i kataloget.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/five_minute_prompt.py" line="141"/>
        <source>Book: %1 (%2)</source>
        <translation>Book: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../../counter_app/ui/help_menu.py" line="66"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/help_menu.py" line="67"/>
        <source>Help</source>
        <translation>Hjælp</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/help_menu.py" line="68"/>
        <source>Service &amp;checklists…</source>
        <translation>&amp;Tjeklister til ydelserne…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/help_menu.py" line="75"/>
        <source>&amp;About the demo…</source>
        <translation>&amp;Om demoen…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/help_menu.py" line="76"/>
        <source>Connect to a &amp;server…</source>
        <translation>Forbind til en &amp;server…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/help_menu.py" line="134"/>
        <source>The desk connects to %1 with the one-time code the next time the program starts; until then it runs the demo. Close the program and start it again when you are ready.</source>
        <extracomment>%1 is the server&apos;s address</extracomment>
        <translation>Skranken forbinder til %1 med engangskoden, næste gang programmet starter; indtil da kører den demoen. Luk programmet, og start det igen, når det passer dig.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/help_menu.py" line="141"/>
        <source>The desk connects to %1 with the one-time code the next time the program starts; until then it stays connected to %2. Close the program and start it again when you are ready.</source>
        <extracomment>%1 is the new server&apos;s address, %2 the one the desk uses now</extracomment>
        <translation>Skranken forbinder til %1 med engangskoden, næste gang programmet starter; indtil da er den stadig forbundet til %2. Luk programmet, og start det igen, når det passer dig.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/help_menu.py" line="147"/>
        <source>The connection is saved</source>
        <translation>Forbindelsen er gemt</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/help_menu.py" line="151"/>
        <source>&amp;Close the program</source>
        <translation>&amp;Luk programmet</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/help_menu.py" line="152"/>
        <source>Close the program now</source>
        <translation>Luk programmet nu</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/help_menu.py" line="153"/>
        <source>&amp;Later</source>
        <translation>&amp;Senere</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/help_menu.py" line="154"/>
        <source>Later</source>
        <translation>Senere</translation>
    </message>
</context>
<context>
    <name>Kiosk</name>
    <message>
        <location filename="../../counter_app/ui/kiosk_pages.py" line="44"/>
        <source>No wait</source>
        <translation>Ingen ventetid</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/kiosk_pages.py" line="45"/>
        <source>Expected wait about %1 min</source>
        <translation>Forventet ventetid ca. %1 min.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/kiosk_pages.py" line="56"/>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/kiosk_pages.py" line="57"/>
        <source>about %1 min</source>
        <translation>ca. %1 min.</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../counter_app/ui/kiosk_window.py" line="123"/>
        <source>Take a number · %1</source>
        <translation>Træk et nummer · %1</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/kiosk_window.py" line="204"/>
        <source>One moment…</source>
        <translation>Et øjeblik …</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/kiosk_window.py" line="249"/>
        <source>Sorry, no number could be given. Please ask at the desk.</source>
        <translation>Beklager, der kunne ikke gives et nummer. Spørg venligst ved skranken.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/kiosk_window.py" line="314"/>
        <source>%1 · appointment at %2</source>
        <extracomment>%1 is the queue (Borgerservice), %2 the time of the appointment (10:00)</extracomment>
        <translation>%1 · tid kl. %2</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/kiosk_window.py" line="319"/>
        <source>You are checked in</source>
        <translation>Du er tjekket ind</translation>
    </message>
</context>
<context>
    <name>MessagePage</name>
    <message>
        <location filename="../../counter_app/ui/kiosk_pages.py" line="374"/>
        <location filename="../../counter_app/ui/kiosk_pages.py" line="377"/>
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
        <location filename="../../counter_app/ui/queue_panel.py" line="55"/>
        <source>Waiting citizens</source>
        <translation>Ventende borgere</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/queue_panel.py" line="59"/>
        <source>Waiting tickets</source>
        <translation>Ventende kønumre</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/queue_panel.py" line="67"/>
        <source>Call the chosen one (%1)</source>
        <translation>Kald den valgte (%1)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/queue_panel.py" line="69"/>
        <source>Call the chosen ticket</source>
        <translation>Kald det valgte nummer</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/queue_panel.py" line="79"/>
        <source>New ticket:</source>
        <translation>Nyt kønummer:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/queue_panel.py" line="98"/>
        <source>Call next takes tickets from this queue</source>
        <translation>Kald næste tager kønumre fra denne kø</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/queue_panel.py" line="103"/>
        <source>Issue a ticket in %1</source>
        <translation>Udskriv et kønummer i %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../counter_app/ui/queue_panel.py" line="107"/>
        <source>%1 (%n waiting)</source>
        <translation>
            <numerusform>%1 (%n venter)</numerusform>
            <numerusform>%1 (%n venter)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/queue_panel.py" line="109"/>
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
        <location filename="../../counter_app/ui/receipt.py" line="133"/>
        <source>%1 at %2</source>
        <extracomment>%1 is the date (23.11.2026), %2 the time (09.15); in Danish &quot;%1 kl. %2&quot;</extracomment>
        <translation>%1 kl. %2</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/receipt.py" line="146"/>
        <source>Expected wait: %1</source>
        <translation>Forventet ventetid: %1</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/receipt.py" line="150"/>
        <source>Number issued without connection</source>
        <translation>Nummer udstedt uden forbindelse</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/receipt.py" line="140"/>
        <source>Your number</source>
        <translation>Dit nummer</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/receipt.py" line="152"/>
        <source>Please wait until your number is called</source>
        <translation>Vent venligst, til dit nummer bliver kaldt</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/receipt.py" line="154"/>
        <source>Ticket receipt</source>
        <translation>Kønummer</translation>
    </message>
</context>
<context>
    <name>ReceiptPage</name>
    <message>
        <location filename="../../counter_app/ui/kiosk_pages.py" line="301"/>
        <location filename="../../counter_app/ui/kiosk_pages.py" line="304"/>
        <location filename="../../counter_app/ui/kiosk_pages.py" line="306"/>
        <source>Your number</source>
        <translation>Dit nummer</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/kiosk_pages.py" line="310"/>
        <source>What to do now</source>
        <translation>Hvad gør du nu</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/kiosk_pages.py" line="312"/>
        <source>Done</source>
        <translation>Færdig</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/kiosk_pages.py" line="314"/>
        <source>Done, back to the start</source>
        <translation>Færdig, tilbage til start</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/kiosk_pages.py" line="335"/>
        <source>Issued without connection. Your number is valid.</source>
        <translation>Udstedt uden forbindelse. Dit nummer gælder.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/kiosk_pages.py" line="338"/>
        <source>Printing your ticket…</source>
        <translation>Dit nummer bliver printet …</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/kiosk_pages.py" line="342"/>
        <source>Please take your ticket</source>
        <translation>Tag venligst din seddel</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/kiosk_pages.py" line="347"/>
        <source>The printer is not working. Please remember your number: %1</source>
        <translation>Printeren virker ikke. Husk venligst dit nummer: %1</translation>
    </message>
</context>
<context>
    <name>RefusedBookingsBar</name>
    <message>
        <location filename="../../counter_app/ui/refused_bookings.py" line="35"/>
        <source>Bookings that could not be made</source>
        <translation>Bookinger, der ikke kunne laves</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/refused_bookings.py" line="36"/>
        <source>Dealt with (%1)</source>
        <translation>Klaret (%1)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/refused_bookings.py" line="37"/>
        <source>The citizen has been told or booked again</source>
        <translation>Borgeren har fået besked eller er booket igen</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/refused_bookings.py" line="59"/>
        <source>none in the next two weeks</source>
        <translation>ingen de næste to uger</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/refused_bookings.py" line="62"/>
        <source>The appointment for %1 (%2) at %3 could not be booked: the slot went while this desk was offline. Contact the citizen. Nearest free: %4.</source>
        <translation>Tiden til %1 (%2) %3 kunne ikke bookes: den blev taget, mens skranken var offline. Kontakt borgeren. Nærmeste ledige: %4.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../counter_app/ui/refused_bookings.py" line="71"/>
        <source>%n more like it.</source>
        <translation>
            <numerusform>%n mere af samme slags.</numerusform>
            <numerusform>%n flere af samme slags.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RefusedChangesBar</name>
    <message>
        <location filename="../../counter_app/ui/refused_changes_bar.py" line="25"/>
        <source>An inquiry you registered</source>
        <translation>En henvendelse, du registrerede</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/refused_changes_bar.py" line="28"/>
        <source>A callback you closed</source>
        <translation>En tilbagemelding, du lukkede</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/refused_changes_bar.py" line="29"/>
        <source>An appointment you cancelled</source>
        <translation>En aftale, du aflyste</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/refused_changes_bar.py" line="32"/>
        <source>A no-show you marked</source>
        <translation>En udeblivelse, du registrerede</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/refused_changes_bar.py" line="35"/>
        <source>A ticket you issued</source>
        <translation>Et kønummer, du udstedte</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/refused_changes_bar.py" line="36"/>
        <source>A ticket you transferred</source>
        <translation>Et kønummer, du sendte videre</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/refused_changes_bar.py" line="39"/>
        <source>The desk&apos;s open or closed state</source>
        <translation>Skrankens åben/lukket-status</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/refused_changes_bar.py" line="44"/>
        <source>A ticket you moved</source>
        <translation>En ændring, du lavede på et kønummer</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/refused_changes_bar.py" line="45"/>
        <source>A screen inquiry you moved</source>
        <translation>En ændring, du lavede på en skærmhenvendelse</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/refused_changes_bar.py" line="46"/>
        <source>A change to the catalogue</source>
        <translation>En ændring i kataloget</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/refused_changes_bar.py" line="51"/>
        <source>A change</source>
        <translation>En ændring</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/refused_changes_bar.py" line="57"/>
        <source>another desk got there first. Your screen now shows how things stand: carry on from there.</source>
        <translation>en anden skranke kom først. Din skærm viser nu, hvordan det står: fortsæt derfra.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/refused_changes_bar.py" line="62"/>
        <source>what it was about no longer exists (changed at another desk or by a manager). Your screen is up to date: do it again if it still matters.</source>
        <translation>det, den gjaldt, findes ikke længere (ændret ved en anden skranke eller af en leder). Din skærm er opdateret: gør det igen, hvis det stadig er nødvendigt.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/refused_changes_bar.py" line="67"/>
        <source>it had been recorded already. There is nothing more to do.</source>
        <translation>den var allerede registreret. Du skal ikke gøre mere.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/refused_changes_bar.py" line="70"/>
        <source>you or this desk may not do that. Sign in as someone who may, or ask your manager.</source>
        <translation>du eller denne skranke må ikke gøre det. Log ind som en, der må, eller spørg din leder.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/refused_changes_bar.py" line="74"/>
        <source>the server could not take it as it was. Do it again; if it is refused again, tell IT.</source>
        <translation>serveren kunne ikke tage imod den, som den var. Gør det igen; bliver den afvist igen, så kontakt IT.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/refused_changes_bar.py" line="85"/>
        <source>%1 at %2 was refused: %3</source>
        <translation>%1 (kl. %2) blev afvist: %3</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/refused_changes_bar.py" line="109"/>
        <source>A change the server refused</source>
        <translation>En ændring, serveren afviste</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/refused_changes_bar.py" line="110"/>
        <source>Seen (%1)</source>
        <translation>Set (%1)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/refused_changes_bar.py" line="111"/>
        <source>I have read why the change was refused</source>
        <translation>Jeg har læst, hvorfor ændringen blev afvist</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/refused_changes_bar.py" line="130"/>
        <source>(The server said: %1)</source>
        <translation>(Serveren skrev: %1)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/refused_changes_bar.py" line="132"/>
        <source>%1 more refused.</source>
        <translation>%1 mere afvist.</translation>
    </message>
</context>
<context>
    <name>RegistrationDialog</name>
    <message>
        <location filename="../../counter_app/ui/registration_dialog.py" line="139"/>
        <source>Register %1</source>
        <translation>Registrér %1</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/registration_dialog.py" line="141"/>
        <source>Register a contact</source>
        <translation>Registrér en henvendelse</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/registration_dialog.py" line="187"/>
        <source>Registering</source>
        <translation>Registrerer</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/registration_dialog.py" line="190"/>
        <source>Time spent</source>
        <translation>Tidsforbrug</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/registration_dialog.py" line="200"/>
        <source>Enter registers · 1-9 chooses a service · + adds another service · Esc closes without registering</source>
        <translation>Enter registrerer · 1-9 vælger en ydelse · + tilføjer en ydelse · Esc lukker uden at registrere</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/registration_dialog.py" line="206"/>
        <source>Keys</source>
        <translation>Taster</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/registration_dialog.py" line="223"/>
        <source>Authority referred to</source>
        <translation>Henvist til myndighed</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/registration_dialog.py" line="229"/>
        <source>Referred to</source>
        <translation>Henvist til</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/registration_dialog.py" line="231"/>
        <source>Outcome</source>
        <translation>Udfald</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/registration_dialog.py" line="243"/>
        <source>How did the citizen reach you?</source>
        <translation>Hvordan kontaktede borgeren jer?</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/registration_dialog.py" line="258"/>
        <location filename="../../counter_app/ui/registration_dialog.py" line="271"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/registration_dialog.py" line="260"/>
        <source>Optional; never a CPR number</source>
        <translation>Valgfri; aldrig et CPR-nummer</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/registration_dialog.py" line="261"/>
        <source>Error</source>
        <translation>Fejl</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/registration_dialog.py" line="262"/>
        <source>Register (Enter)</source>
        <translation>Registrér (Enter)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/registration_dialog.py" line="263"/>
        <source>Register</source>
        <translation>Registrér</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/registration_dialog.py" line="266"/>
        <source>Cancel (Esc)</source>
        <translation>Annullér (Esc)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/registration_dialog.py" line="267"/>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/registration_dialog.py" line="313"/>
        <source>Resolved</source>
        <translation>Løst</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/registration_dialog.py" line="314"/>
        <source>Appointment booked</source>
        <translation>Tid booket</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/registration_dialog.py" line="315"/>
        <source>Referred to another authority</source>
        <translation>Henvist til anden myndighed</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/registration_dialog.py" line="316"/>
        <source>Forwarded to citizen service</source>
        <translation>Sendt videre til borgerservice</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/registration_dialog.py" line="317"/>
        <source>Callback</source>
        <translation>Ring tilbage</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/registration_dialog.py" line="323"/>
        <source>Counter</source>
        <translation>Skranke</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/registration_dialog.py" line="324"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/registration_dialog.py" line="325"/>
        <source>Mail</source>
        <translation>Mail</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/registration_dialog.py" line="326"/>
        <source>Social media</source>
        <translation>Sociale medier</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/registration_dialog.py" line="327"/>
        <source>In passing</source>
        <translation>I forbifarten</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/registration_dialog.py" line="328"/>
        <source>Screen</source>
        <translation>Skærm</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/registration_dialog.py" line="392"/>
        <source>Time spent %1</source>
        <translation>Tidsforbrug %1</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/registration_dialog.py" line="397"/>
        <source>Choose a service</source>
        <translation>Vælg en ydelse</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/registration_dialog.py" line="402"/>
        <source>Choose the authority</source>
        <translation>Vælg myndigheden</translation>
    </message>
</context>
<context>
    <name>RegistrationFlow</name>
    <message>
        <location filename="../../counter_app/ui/registration_flow.py" line="248"/>
        <source>%1 is not registered yet: press F10 to register it.</source>
        <translation>%1 er ikke registreret endnu: tryk F10 for at registrere.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/registration_flow.py" line="286"/>
        <source>Registered %1.</source>
        <translation>%1 er registreret.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/registration_flow.py" line="288"/>
        <source>Contact registered.</source>
        <translation>Henvendelsen er registreret.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/registration_flow.py" line="295"/>
        <source>That looks like a CPR number. The counter never stores CPR numbers: leave it out.</source>
        <translation>Det ligner et CPR-nummer. Skranken gemmer aldrig CPR-numre: udelad det.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/registration_flow.py" line="297"/>
        <source>Write the citizen&apos;s name.</source>
        <translation>Skriv borgerens navn.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/registration_flow.py" line="298"/>
        <source>The name is too long.</source>
        <translation>Navnet er for langt.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/registration_flow.py" line="300"/>
        <source>Write a Danish phone number (8 digits) or an e-mail address, e.g. navn@eksempel.dk.</source>
        <translation>Skriv et dansk telefonnummer (8 cifre) eller en e-mailadresse, f.eks. navn@eksempel.dk.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/registration_flow.py" line="308"/>
        <source>Choose the authority the citizen was referred to.</source>
        <translation>Vælg den myndighed, borgeren blev henvist til.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/registration_flow.py" line="310"/>
        <source>The desk&apos;s clock seems wrong: the contact ends before it starts.</source>
        <translation>Skrankens ur ser forkert ud: henvendelsen slutter, før den begynder.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/registration_flow.py" line="311"/>
        <source>This registration cannot be saved; check the outcome and the times.</source>
        <translation>Registreringen kan ikke gemmes; tjek udfaldet og tiderne.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/registration_flow.py" line="317"/>
        <source>Quick question counted.</source>
        <translation>Hurtigt spørgsmål talt med.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/registration_flow.py" line="328"/>
        <source>That callback is gone: another desk closed it.</source>
        <translation>Tilbagemeldingen er væk: en anden skranke har lukket den.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/registration_flow.py" line="330"/>
        <source>Callback closed and registered.</source>
        <translation>Tilbagemeldingen er lukket og registreret.</translation>
    </message>
</context>
<context>
    <name>ScreenFlow</name>
    <message>
        <location filename="../../counter_app/ui/screen_flow.py" line="123"/>
        <source>%1 is ready at %2: the video opens.</source>
        <translation>%1 er klar ved %2: videoen åbnes.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/screen_flow.py" line="145"/>
        <source>This screen has no video link: ask IT to set one up, or call as usual.</source>
        <translation>Skærmen har intet videolink: bed IT om at sætte et op, eller ring som sædvanlig.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/screen_flow.py" line="151"/>
        <source>The video link could not be opened: %1</source>
        <translation>Videolinket kunne ikke åbnes: %1</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/screen_flow.py" line="158"/>
        <source>This library has no screen for citizen service.</source>
        <translation>Biblioteket har ingen skærm til borgerservice.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/screen_flow.py" line="201"/>
        <source>Sent to citizen service: the citizen waits at the screen.</source>
        <translation>Sendt til borgerservice: borgeren venter ved skærmen.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/screen_flow.py" line="209"/>
        <source>Write only a first name, and never a CPR number.</source>
        <translation>Skriv kun et fornavn, og aldrig et CPR-nummer.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/screen_flow.py" line="211"/>
        <source>The first name is too long.</source>
        <translation>Fornavnet er for langt.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/screen_flow.py" line="217"/>
        <source>The screen inquiry was not sent: %1</source>
        <translation>Skærmhenvendelsen blev ikke sendt: %1</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/screen_flow.py" line="243"/>
        <source>Booking at %1 needs a connection to the server. Try again shortly, or give the citizen the phone number of citizen service.</source>
        <translation>At booke på %1 kræver forbindelse til serveren. Prøv igen om lidt, eller giv borgeren borgerservices telefonnummer.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/screen_flow.py" line="274"/>
        <source>Yours: %1 at %2. Start the call with Ctrl+Shift+T.</source>
        <translation>Din: %1 på %2. Start samtalen med Ctrl+Shift+T.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/screen_flow.py" line="281"/>
        <source>%1 was faster: that citizen is taken.</source>
        <translation>%1 var hurtigere: borgeren er taget.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/screen_flow.py" line="282"/>
        <source>Another desk</source>
        <translation>En anden skranke</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/screen_flow.py" line="286"/>
        <source>The library cancelled: the citizen has left.</source>
        <translation>Biblioteket har annulleret: borgeren er gået.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/screen_flow.py" line="288"/>
        <location filename="../../counter_app/ui/screen_flow.py" line="303"/>
        <source>Not accepted: %1</source>
        <translation>Ikke taget imod: %1</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/screen_flow.py" line="297"/>
        <source>No connection to the server. Accepting needs the server, so that two caseworkers never take the same citizen. Try again shortly.</source>
        <translation>Ingen forbindelse til serveren. At tage imod kræver serveren, så to sagsbehandlere aldrig tager den samme borger. Prøv igen om lidt.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/screen_flow.py" line="318"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/screen_flow.py" line="326"/>
        <source>Screen inquiry cancelled.</source>
        <translation>Skærmhenvendelsen er annulleret.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/screen_flow.py" line="335"/>
        <source>That is no longer possible: the screen inquiry has moved on.</source>
        <translation>Det kan ikke længere lade sig gøre: skærmhenvendelsen er gået videre.</translation>
    </message>
</context>
<context>
    <name>ScreenForwardDialog</name>
    <message>
        <location filename="../../counter_app/ui/screen_forward_dialog.py" line="109"/>
        <source>Forward to citizen service by screen</source>
        <translation>Send til borgerservice via skærm</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/screen_forward_dialog.py" line="113"/>
        <source>To: %1 – citizen service</source>
        <extracomment>%1 is the branch with citizen service (Hovedbiblioteket)</extracomment>
        <translation>Til: %1 – borgerservice</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/screen_forward_dialog.py" line="133"/>
        <source>&amp;Service</source>
        <translation>&amp;Ydelse</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/screen_forward_dialog.py" line="136"/>
        <source>Filter services</source>
        <translation>Filtrér ydelser</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/screen_forward_dialog.py" line="137"/>
        <source>Type to find a service…</source>
        <translation>Skriv for at finde en ydelse …</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/screen_forward_dialog.py" line="144"/>
        <source>Services</source>
        <translation>Ydelser</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/screen_forward_dialog.py" line="161"/>
        <source>&amp;First name</source>
        <translation>&amp;Fornavn</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/screen_forward_dialog.py" line="165"/>
        <source>First name (optional)</source>
        <translation>Fornavn (valgfrit)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/screen_forward_dialog.py" line="167"/>
        <source>Optional, so the caseworker can greet the citizen. Never a CPR number.</source>
        <translation>Valgfrit, så sagsbehandleren kan hilse på borgeren. Aldrig et CPR-nummer.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/screen_forward_dialog.py" line="171"/>
        <source>Screen the citizen sits at</source>
        <translation>Skærmen borgeren sidder ved</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/screen_forward_dialog.py" line="181"/>
        <source>%1 (%2)</source>
        <extracomment>%1 is the screen&apos;s name (Skærm 1), %2 its key (Alt+1)</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/screen_forward_dialog.py" line="196"/>
        <source>This library has no screen set up. Ask IT to add one, or book an appointment instead.</source>
        <translation>Biblioteket har ingen skærm sat op. Bed IT om at tilføje en, eller book en tid i stedet.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/screen_forward_dialog.py" line="200"/>
        <source>No connection to the server. Forwarding to a screen needs a connection so that a caseworker sees the citizen at once. Book an appointment instead, or try again when the connection is back.</source>
        <translation>Ingen forbindelse til serveren. At sende til en skærm kræver forbindelse, så en sagsbehandler ser borgeren med det samme. Book en tid i stedet, eller prøv igen, når forbindelsen er tilbage.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/screen_forward_dialog.py" line="205"/>
        <source>Why it was not sent</source>
        <translation>Hvorfor den ikke blev sendt</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/screen_forward_dialog.py" line="208"/>
        <location filename="../../counter_app/ui/screen_forward_dialog.py" line="209"/>
        <location filename="../../counter_app/ui/screen_forward_dialog.py" line="359"/>
        <source>Send to screen</source>
        <translation>Send til skærm</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/screen_forward_dialog.py" line="212"/>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/screen_forward_dialog.py" line="213"/>
        <source>Cancel without forwarding</source>
        <translation>Annullér uden at sende</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/screen_forward_dialog.py" line="217"/>
        <source>Book an appointment instead (%1)</source>
        <extracomment>%1 is the key (Ctrl+B)</extracomment>
        <translation>Book en tid i stedet (%1)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/screen_forward_dialog.py" line="219"/>
        <source>Book an appointment instead</source>
        <translation>Book en tid i stedet</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/screen_forward_dialog.py" line="301"/>
        <source>No caseworker is on shift in the next two weeks. Book an appointment instead?</source>
        <translation>Ingen sagsbehandler er på vagt de næste to uger. Book en tid i stedet?</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/screen_forward_dialog.py" line="306"/>
        <source>No caseworker is available until %1. Book an appointment instead?</source>
        <extracomment>%1 is when a caseworker is back (10:00, or Tuesday 24/11 at 10:00)</extracomment>
        <translation>Ingen sagsbehandler er ledig før %1. Book en tid i stedet?</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/screen_forward_dialog.py" line="310"/>
        <source>The screen inquiry was not sent: %1</source>
        <extracomment>%1 is the server&apos;s reason</extracomment>
        <translation>Skærmhenvendelsen blev ikke sendt: %1</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/screen_forward_dialog.py" line="342"/>
        <source>%1 %2 at %3</source>
        <extracomment>%1 is the weekday (Tuesday), %2 the day and month (24/11), %3 the time (10:00)</extracomment>
        <translation>%1 %2 kl. %3</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/screen_forward_dialog.py" line="359"/>
        <source>Sending…</source>
        <translation>Sender …</translation>
    </message>
</context>
<context>
    <name>ScreenQueuePanel</name>
    <message>
        <location filename="../../counter_app/ui/screen_queue_panel.py" line="94"/>
        <source>Citizens at the libraries&apos; screens</source>
        <translation>Borgere ved bibliotekernes skærme</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/screen_queue_panel.py" line="95"/>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/screen_queue_panel.py" line="95"/>
        <source>Service</source>
        <translation>Ydelse</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/screen_queue_panel.py" line="95"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/screen_queue_panel.py" line="95"/>
        <source>Screen</source>
        <translation>Skærm</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/screen_queue_panel.py" line="96"/>
        <source>Waited</source>
        <translation>Ventet</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/screen_queue_panel.py" line="96"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/screen_queue_panel.py" line="109"/>
        <location filename="../../counter_app/ui/screen_queue_panel.py" line="113"/>
        <source>No citizen is waiting at a library&apos;s screen.</source>
        <translation>Ingen borger venter ved en biblioteksskærm.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/screen_queue_panel.py" line="115"/>
        <source>Accept (%1)</source>
        <translation>Tag imod (%1)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/screen_queue_panel.py" line="115"/>
        <source>Accept the waiting citizen</source>
        <translation>Tag imod den ventende borger</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/screen_queue_panel.py" line="118"/>
        <source>Start call (%1)</source>
        <translation>Start samtale (%1)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/screen_queue_panel.py" line="118"/>
        <source>Start the call</source>
        <translation>Start samtalen</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/screen_queue_panel.py" line="121"/>
        <source>End and register (%1)</source>
        <translation>Afslut og registrér (%1)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/screen_queue_panel.py" line="123"/>
        <source>End the call and register it</source>
        <translation>Afslut samtalen og registrér den</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/screen_queue_panel.py" line="126"/>
        <source>Open video again (%1)</source>
        <translation>Åbn video igen (%1)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/screen_queue_panel.py" line="126"/>
        <source>Open the video again</source>
        <translation>Åbn videoen igen</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/screen_queue_panel.py" line="129"/>
        <source>Cancel (%1)</source>
        <translation>Annullér (%1)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/screen_queue_panel.py" line="129"/>
        <source>Cancel the screen inquiry</source>
        <translation>Annullér skærmhenvendelsen</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/screen_queue_panel.py" line="134"/>
        <source>About the screen inquiries</source>
        <translation>Om skærmhenvendelserne</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/screen_queue_panel.py" line="180"/>
        <source>Screen inquiries from the libraries</source>
        <translation>Skærmhenvendelser fra bibliotekerne</translation>
    </message>
    <message numerus="yes">
        <location filename="../../counter_app/ui/screen_queue_panel.py" line="182"/>
        <source>Screen inquiries from the libraries (%n waiting)</source>
        <translation>
            <numerusform>Skærmhenvendelser fra bibliotekerne (%n venter)</numerusform>
            <numerusform>Skærmhenvendelser fra bibliotekerne (%n venter)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/screen_queue_panel.py" line="191"/>
        <source>Waiting</source>
        <translation>Venter</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/screen_queue_panel.py" line="193"/>
        <source>Yours: open the video</source>
        <translation>Din: åbn videoen</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/screen_queue_panel.py" line="195"/>
        <source>Yours: in call</source>
        <translation>Din: i samtale</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/screen_queue_panel.py" line="196"/>
        <source>Taken by %1</source>
        <translation>Taget af %1</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/screen_queue_panel.py" line="201"/>
        <source>%1 min</source>
        <translation>%1 min.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/screen_queue_panel.py" line="201"/>
        <source>&lt;1 min</source>
        <translation>&lt;1 min.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/screen_queue_panel.py" line="215"/>
        <source>Forwarded at %1</source>
        <translation>Sendt kl. %1</translation>
    </message>
</context>
<context>
    <name>ScreenStatusPanel</name>
    <message>
        <location filename="../../counter_app/ui/screen_status_panel.py" line="75"/>
        <source>Today&apos;s screen inquiries</source>
        <translation>Dagens skærmhenvendelser</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/screen_status_panel.py" line="85"/>
        <source>No screen inquiries today. %1 forwards a citizen to citizen service.</source>
        <extracomment>%1 is the key (Ctrl+Shift+S)</extracomment>
        <translation>Ingen skærmhenvendelser i dag. %1 sender en borger til borgerservice.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/screen_status_panel.py" line="93"/>
        <source>Open video (%1)</source>
        <translation>Åbn video (%1)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/screen_status_panel.py" line="94"/>
        <source>Open video</source>
        <translation>Åbn video</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/screen_status_panel.py" line="95"/>
        <source>Open the video call of the chosen screen inquiry</source>
        <translation>Åbn videosamtalen for den valgte skærmhenvendelse</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/screen_status_panel.py" line="99"/>
        <source>Cancel, citizen left (%1)</source>
        <translation>Annullér, borgeren gik (%1)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/screen_status_panel.py" line="100"/>
        <source>Cancel (citizen left)</source>
        <translation>Annullér (borgeren gik)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/screen_status_panel.py" line="101"/>
        <source>The citizen left before the call: take the inquiry off the queue</source>
        <translation>Borgeren gik før samtalen: tag henvendelsen ud af køen</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/screen_status_panel.py" line="105"/>
        <source>Forward a citizen… (%1)</source>
        <translation>Send en borger … (%1)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/screen_status_panel.py" line="106"/>
        <source>Forward a citizen</source>
        <translation>Send en borger</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/screen_status_panel.py" line="107"/>
        <source>Forward a citizen at a screen to citizen service</source>
        <translation>Send en borger ved en skærm til borgerservice</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/screen_status_panel.py" line="138"/>
        <source>Screen inquiries (%1 ready)</source>
        <extracomment>%1 is how many caseworkers are ready on the video</extracomment>
        <translation>Skærmhenvendelser (%1 klar)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/screen_status_panel.py" line="140"/>
        <source>Screen inquiries</source>
        <translation>Skærmhenvendelser</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/screen_status_panel.py" line="155"/>
        <source>%1 at %2</source>
        <extracomment>%1 is the citizen&apos;s first name, %2 the screen (Skærm 1)</extracomment>
        <translation>%1 ved %2</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/screen_status_panel.py" line="158"/>
        <source>%1 · %2 · waiting %3 min</source>
        <extracomment>%1 who and where (Ida at Skærm 1), %2 the service, %3 whole minutes</extracomment>
        <translation>%1 · %2 · venter %3 min.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/screen_status_panel.py" line="165"/>
        <source>%1 is ready at %2</source>
        <extracomment>%1 is the caseworker, %2 the screen</extracomment>
        <translation>%1 er klar ved %2</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/screen_status_panel.py" line="169"/>
        <source>In call: %1 with %2</source>
        <extracomment>%1 is the screen, %2 the caseworker</extracomment>
        <translation>I samtale: %1 med %2</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/screen_status_panel.py" line="173"/>
        <source>Done: %1 · %2</source>
        <extracomment>%1 is the screen, %2 the service</extracomment>
        <translation>Afsluttet: %1 · %2</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/screen_status_panel.py" line="176"/>
        <source>Cancelled: %1 · %2</source>
        <extracomment>%1 is the screen, %2 the service</extracomment>
        <translation>Annulleret: %1 · %2</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/screen_status_panel.py" line="187"/>
        <source>Forwarded at %1</source>
        <extracomment>%1 is the time the citizen was forwarded (10:05)</extracomment>
        <translation>Sendt kl. %1</translation>
    </message>
</context>
<context>
    <name>ServiceEditor</name>
    <message>
        <location filename="../../counter_app/ui/service_editor.py" line="98"/>
        <source>Filter services</source>
        <translation>Filtrér ydelser</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/service_editor.py" line="99"/>
        <source>Filter by name or code</source>
        <translation>Filtrér på navn eller kode</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/service_editor.py" line="103"/>
        <source>Services</source>
        <translation>Ydelser</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/service_editor.py" line="108"/>
        <source>New service</source>
        <translation>Ny ydelse</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/service_editor.py" line="115"/>
        <source>Error</source>
        <translation>Fejl</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/service_editor.py" line="117"/>
        <source>Saved</source>
        <translation>Gemt</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/service_editor.py" line="118"/>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/service_editor.py" line="118"/>
        <source>Save service</source>
        <translation>Gem ydelse</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/service_editor.py" line="119"/>
        <source>Save the service (Ctrl+S)</source>
        <translation>Gem ydelsen (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/service_editor.py" line="133"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/service_editor.py" line="134"/>
        <source>e.g. passport_renewal</source>
        <translation>f.eks. pas_fornyelse</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/service_editor.py" line="135"/>
        <source>Danish name</source>
        <translation>Dansk navn</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/service_editor.py" line="136"/>
        <source>English name</source>
        <translation>Engelsk navn</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/service_editor.py" line="138"/>
        <location filename="../../counter_app/ui/service_editor.py" line="194"/>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/service_editor.py" line="139"/>
        <source>Library</source>
        <translation>Bibliotek</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/service_editor.py" line="140"/>
        <location filename="../../counter_app/ui/service_editor.py" line="221"/>
        <source>Citizen service</source>
        <translation>Borgerservice</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/service_editor.py" line="144"/>
        <source>Desk role: %1</source>
        <translation>Skranketype: %1</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/service_editor.py" line="152"/>
        <source>Authority task</source>
        <translation>Myndighedsopgave</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/service_editor.py" line="154"/>
        <source>KVIK within five minutes</source>
        <translation>KVIK inden for fem minutter</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/service_editor.py" line="154"/>
        <source>KVIK answers it within five minutes</source>
        <translation>KVIK klarer den inden for fem minutter</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/service_editor.py" line="156"/>
        <source>Appointment only</source>
        <translation>Kun ved tidsbestilling</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/service_editor.py" line="165"/>
        <source>Authority tasks belong to citizen service. KVIK answers a five-minute service on the spot; an appointment-only service (a passport) is never done at the counter.</source>
        <translation>Myndighedsopgaver hører til borgerservice. KVIK klarer en femminutters-ydelse med det samme; en ydelse kun ved tidsbestilling (et pas) klares aldrig ved skranken.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/service_editor.py" line="173"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/service_editor.py" line="174"/>
        <source>Seasonal</source>
        <translation>Sæsonbestemt</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/service_editor.py" line="181"/>
        <source>The desks only offer active services. A seasonal service (postal vote) is switched on around elections.</source>
        <translation>Skrankerne viser kun aktive ydelser. En sæsonbestemt ydelse (brevstemme) slås til omkring valg.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/service_editor.py" line="191"/>
        <source>Code (never changes)</source>
        <translation>Kode (ændres aldrig)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/service_editor.py" line="192"/>
        <source>Name in Danish</source>
        <translation>Navn på dansk</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/service_editor.py" line="193"/>
        <source>Name in English</source>
        <translation>Navn på engelsk</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/service_editor.py" line="196"/>
        <source>Desk roles that may do it</source>
        <translation>Skranketyper, der må udføre den</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/service_editor.py" line="199"/>
        <source>Rules</source>
        <translation>Regler</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/service_editor.py" line="201"/>
        <source>Appointment</source>
        <translation>Tidsbestilling</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/service_editor.py" line="204"/>
        <source>Availability</source>
        <translation>Tilgængelighed</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/service_editor.py" line="205"/>
        <source>What to bring, one per line</source>
        <translation>Hvad borgeren skal medbringe, én pr. linje</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/service_editor.py" line="210"/>
        <source>The service&apos;s details</source>
        <translation>Ydelsens oplysninger</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/service_editor.py" line="219"/>
        <source>Appointment with</source>
        <translation>Tid hos</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/service_editor.py" line="220"/>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/service_editor.py" line="222"/>
        <source>Librarian</source>
        <translation>Bibliotekar</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/service_editor.py" line="225"/>
        <source>Appointment length</source>
        <translation>Tidens længde</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/service_editor.py" line="228"/>
        <source>%1 minutes</source>
        <translation>%1 minutter</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/service_editor.py" line="233"/>
        <source>What to bring, Danish</source>
        <translation>Medbring, dansk</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/service_editor.py" line="234"/>
        <source>What to bring, English</source>
        <translation>Medbring, engelsk</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/service_editor.py" line="235"/>
        <source>Steps, Danish</source>
        <translation>Trin, dansk</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/service_editor.py" line="236"/>
        <source>Steps, English</source>
        <translation>Trin, engelsk</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/service_editor.py" line="239"/>
        <source>Danish</source>
        <translation>Dansk</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/service_editor.py" line="239"/>
        <source>English</source>
        <translation>Engelsk</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/service_editor.py" line="243"/>
        <source>Steps, one per line:</source>
        <translation>Trin, ét pr. linje:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/service_editor.py" line="251"/>
        <source>One item per line</source>
        <translation>Ét punkt pr. linje</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/service_editor.py" line="295"/>
        <source>%1 (inactive)</source>
        <translation>%1 (inaktiv)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/service_editor.py" line="346"/>
        <source>The service no longer exists.</source>
        <translation>Ydelsen findes ikke længere.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/service_editor.py" line="382"/>
        <source>The code never changes: the statistics use it.</source>
        <translation>Koden ændres aldrig: statistikken bruger den.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/service_editor.py" line="445"/>
        <source>Enter a code for the service.</source>
        <translation>Skriv en kode for ydelsen.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/service_editor.py" line="450"/>
        <source>The code may only hold the letters a-z, digits and _ (no spaces, no æ, ø or å).</source>
        <translation>Koden må kun indeholde bogstaverne a-z, tal og _ (ingen mellemrum, ingen æ, ø eller å).</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/service_editor.py" line="459"/>
        <source>Another service already has the code %1.</source>
        <translation>En anden ydelse har allerede koden %1.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/service_editor.py" line="464"/>
        <source>Enter the Danish name.</source>
        <translation>Skriv det danske navn.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/service_editor.py" line="466"/>
        <source>Enter the English name.</source>
        <translation>Skriv det engelske navn.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/service_editor.py" line="470"/>
        <source>Tick at least one desk role that may do the service.</source>
        <translation>Sæt flueben ved mindst én skranketype, der må udføre ydelsen.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/service_editor.py" line="477"/>
        <source>An appointment-only service needs an appointment: choose with whom.</source>
        <translation>En ydelse kun ved tidsbestilling skal have en tid: vælg hos hvem.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/service_editor.py" line="485"/>
        <source>“KVIK answers it within five minutes” needs the KVIK desk role.</source>
        <translation>“KVIK klarer den inden for fem minutter” kræver skranketypen KVIK.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/service_editor.py" line="493"/>
        <source>A service cannot be appointment only and answered at KVIK within five minutes.</source>
        <translation>En ydelse kan ikke både være kun ved tidsbestilling og klares i KVIK inden for fem minutter.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/service_editor.py" line="504"/>
        <source>%1: at most %2 lines of %3 characters each.</source>
        <translation>%1: højst %2 linjer på hver %3 tegn.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/service_editor.py" line="540"/>
        <source>Saved. The change reaches every desk of the municipality.</source>
        <translation>Gemt. Ændringen når ud til alle kommunens skranker.</translation>
    </message>
</context>
<context>
    <name>ServicePicker</name>
    <message>
        <location filename="../../counter_app/ui/service_picker.py" line="42"/>
        <source>Filter services</source>
        <translation>Filtrér ydelser</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/service_picker.py" line="44"/>
        <source>Type to filter; 1-9 chooses a numbered service; + adds another service</source>
        <translation>Skriv for at filtrere; 1-9 vælger en nummereret ydelse; + tilføjer endnu en ydelse</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/service_picker.py" line="46"/>
        <source>Type to find a service…</source>
        <translation>Skriv for at finde en ydelse …</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/service_picker.py" line="51"/>
        <source>Services</source>
        <translation>Ydelser</translation>
    </message>
</context>
<context>
    <name>ServingLimitsEditor</name>
    <message>
        <location filename="../../counter_app/ui/serving_limits_editor.py" line="82"/>
        <source>Amber from</source>
        <translation>Gul fra</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/serving_limits_editor.py" line="89"/>
        <source>A desk&apos;s timer turns amber from the amber minute and red at the limit, when the desk is asked to hand the citizen on or give a reason. Without a limit the timer stays calm.</source>
        <translation>Skrankens ur bliver gult fra det gule minut og rødt ved grænsen, hvor skranken bliver bedt om at give borgeren videre eller give en begrundelse. Uden grænse forbliver uret roligt.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/serving_limits_editor.py" line="95"/>
        <source>Error</source>
        <translation>Fejl</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/serving_limits_editor.py" line="96"/>
        <source>Saved</source>
        <translation>Gemt</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/serving_limits_editor.py" line="97"/>
        <source>Save limits</source>
        <translation>Gem grænser</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/serving_limits_editor.py" line="98"/>
        <source>Save the limits (Ctrl+S)</source>
        <translation>Gem grænserne (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/serving_limits_editor.py" line="109"/>
        <source>Limit</source>
        <translation>Grænse</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/serving_limits_editor.py" line="109"/>
        <source>%1: limit</source>
        <translation>%1: grænse</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/serving_limits_editor.py" line="112"/>
        <location filename="../../counter_app/ui/serving_limits_editor.py" line="116"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/serving_limits_editor.py" line="113"/>
        <source>%1: limit in minutes</source>
        <translation>%1: grænse i minutter</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/serving_limits_editor.py" line="117"/>
        <source>%1: amber from minute</source>
        <translation>%1: gul fra minut</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/serving_limits_editor.py" line="152"/>
        <source>%1: amber must start after at least one minute.</source>
        <translation>%1: gul skal begynde efter mindst ét minut.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/serving_limits_editor.py" line="158"/>
        <source>%1: amber must start before the limit (%2 minutes).</source>
        <translation>%1: gul skal begynde før grænsen (%2 minutter).</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/serving_limits_editor.py" line="195"/>
        <source>Saved. The change reaches every desk of the municipality.</source>
        <translation>Gemt. Ændringen når ud til alle kommunens skranker.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/serving_limits_editor.py" line="197"/>
        <source>Nothing to save: no limit was changed.</source>
        <translation>Intet at gemme: ingen grænse er ændret.</translation>
    </message>
</context>
<context>
    <name>ServingPanel</name>
    <message>
        <location filename="../../counter_app/ui/serving_panel.py" line="66"/>
        <source>At your desk</source>
        <translation>Ved din skranke</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/serving_panel.py" line="67"/>
        <location filename="../../counter_app/ui/serving_panel.py" line="158"/>
        <source>Called to your desk</source>
        <translation>Kaldt til din skranke</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/serving_panel.py" line="71"/>
        <source>Called ticket</source>
        <translation>Kaldt kønummer</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/serving_panel.py" line="76"/>
        <source>About the called ticket</source>
        <translation>Om det kaldte nummer</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/serving_panel.py" line="77"/>
        <source>Call next (%1)</source>
        <translation>Kald næste (%1)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/serving_panel.py" line="80"/>
        <source>Call next</source>
        <translation>Kald næste</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/serving_panel.py" line="81"/>
        <source>Ends the citizen at your desk and calls the next one</source>
        <translation>Afslutter borgeren ved din skranke og kalder den næste</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/serving_panel.py" line="130"/>
        <source>Set aside</source>
        <translation>Parkér</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/serving_panel.py" line="88"/>
        <source>Citizens set aside</source>
        <translation>Parkerede borgere</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/serving_panel.py" line="86"/>
        <source>Set aside for now</source>
        <translation>Parkerede lige nu</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/serving_panel.py" line="91"/>
        <source>Call back the one set aside</source>
        <translation>Kald den parkerede tilbage</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/serving_panel.py" line="97"/>
        <source>Message</source>
        <translation>Besked</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/serving_panel.py" line="125"/>
        <source>Call again</source>
        <translation>Kald igen</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/serving_panel.py" line="126"/>
        <source>Start serving</source>
        <translation>Start betjening</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/serving_panel.py" line="127"/>
        <source>Finish</source>
        <translation>Afslut</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/serving_panel.py" line="128"/>
        <source>Did not come</source>
        <translation>Udeblevet</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/serving_panel.py" line="129"/>
        <source>Transfer…</source>
        <translation>Overfør …</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/serving_panel.py" line="149"/>
        <source>Nobody called</source>
        <translation>Ingen kaldt</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/serving_panel.py" line="158"/>
        <source>Being served at your desk</source>
        <translation>Betjenes ved din skranke</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/serving_panel.py" line="168"/>
        <source>%1 called to your desk (%2)</source>
        <translation>%1 kaldt til din skranke (%2)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/serving_panel.py" line="175"/>
        <source>%1 · serving since %2</source>
        <translation>%1 · betjenes siden %2</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/serving_panel.py" line="179"/>
        <source>%1 · called %2</source>
        <translation>%1 · kaldt %2</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/serving_panel.py" line="186"/>
        <source>Note: %1</source>
        <translation>Note: %1</translation>
    </message>
</context>
<context>
    <name>ServingTimer</name>
    <message>
        <location filename="../../counter_app/ui/serving_timer.py" line="57"/>
        <source>Serving time</source>
        <translation>Betjeningstid</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/serving_timer.py" line="129"/>
        <source>%1, over the limit</source>
        <translation>%1, over grænsen</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/serving_timer.py" line="131"/>
        <source>%1, near the limit</source>
        <translation>%1, nær grænsen</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../counter_app/ui/sign_in.py" line="40"/>
        <location filename="../../counter_app/ui/sign_in.py" line="56"/>
        <location filename="../../counter_app/ui/sign_in.py" line="57"/>
        <source>Sign in</source>
        <translation>Log ind</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/sign_in.py" line="42"/>
        <source>Initials</source>
        <translation>Initialer</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/sign_in.py" line="45"/>
        <source>Personal code</source>
        <translation>Personlig kode</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/sign_in.py" line="48"/>
        <source>Sign-in error</source>
        <translation>Fejl ved login</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/sign_in.py" line="50"/>
        <source>&amp;Initials:</source>
        <translation>&amp;Initialer:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/sign_in.py" line="51"/>
        <source>Personal &amp;code:</source>
        <translation>Personlig &amp;kode:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/sign_in.py" line="59"/>
        <location filename="../../counter_app/ui/sign_in.py" line="60"/>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/sign_in.py" line="73"/>
        <source>Type your initials and your personal code.</source>
        <translation>Skriv dine initialer og din personlige kode.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/sign_in.py" line="93"/>
        <source>Signing in needs the server, and it cannot be reached. Try again later.</source>
        <translation>Login kræver forbindelse til serveren, og den kan ikke nås. Prøv igen senere.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/sign_in.py" line="97"/>
        <source>Too many wrong codes. Wait 15 minutes, or ask a colleague to sign in.</source>
        <translation>For mange forkerte koder. Vent 15 minutter, eller bed en kollega logge ind.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/sign_in.py" line="100"/>
        <source>You can sign in only at the desks of your own branch.</source>
        <translation>Du kan kun logge ind ved skrankerne i din egen afdeling.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/sign_in.py" line="102"/>
        <source>Wrong initials or personal code.</source>
        <translation>Forkerte initialer eller personlig kode.</translation>
    </message>
</context>
<context>
    <name>SlotList</name>
    <message>
        <location filename="../../counter_app/ui/slot_list.py" line="25"/>
        <source>Free times</source>
        <translation>Ledige tider</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/slot_list.py" line="40"/>
        <source>No free slots in the next %1 days</source>
        <translation>Ingen ledige tider de næste %1 dage</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/slot_list.py" line="49"/>
        <source>%1 at %2 · %3</source>
        <translation>%1 kl. %2 · %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../counter_app/ui/slot_list.py" line="52"/>
        <source>%n free</source>
        <translation>
            <numerusform>%n ledig</numerusform>
            <numerusform>%n ledige</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffSignIn</name>
    <message>
        <location filename="../../counter_app/ui/sign_in.py" line="128"/>
        <source>Sign in…</source>
        <translation>Log ind…</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/sign_in.py" line="131"/>
        <source>Sign out</source>
        <translation>Log ud</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/sign_in.py" line="162"/>
        <source>KVIK</source>
        <translation>KVIK</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/sign_in.py" line="163"/>
        <source>caseworker</source>
        <translation>sagsbehandler</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/sign_in.py" line="164"/>
        <source>librarian</source>
        <translation>bibliotekar</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/sign_in.py" line="165"/>
        <source>branch library</source>
        <translation>filial</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/sign_in.py" line="166"/>
        <source>contact centre</source>
        <translation>kontaktcenter</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/sign_in.py" line="167"/>
        <source>manager</source>
        <translation>leder</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/sign_in.py" line="168"/>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/sign_in.py" line="180"/>
        <source>Nobody signed in (Ctrl+L)</source>
        <translation>Ingen logget ind (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/sign_in.py" line="183"/>
        <source>Signed in: %1 (%2)</source>
        <translation>Logget ind: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../counter_app/ui/kiosk_pages.py" line="188"/>
        <location filename="../../counter_app/ui/kiosk_pages.py" line="195"/>
        <source>Take a number</source>
        <translation>Træk et nummer</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/kiosk_pages.py" line="197"/>
        <source>What do you need help with?</source>
        <translation>Hvad skal du have hjælp til?</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/kiosk_pages.py" line="199"/>
        <source>Message</source>
        <translation>Besked</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/kiosk_pages.py" line="221"/>
        <source>I have an appointment</source>
        <translation>Jeg har en tid</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/kiosk_pages.py" line="222"/>
        <source>Check in with your booking code or phone number</source>
        <translation>Tjek ind med din bookingkode eller dit telefonnummer</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/kiosk_pages.py" line="248"/>
        <source>No numbers can be drawn here right now. Please ask at the desk.</source>
        <translation>Der kan ikke trækkes numre her lige nu. Spørg venligst ved skranken.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/kiosk_pages.py" line="250"/>
        <source>Nobody is serving right now. Please ask at the desk.</source>
        <translation>Der er ingen betjening lige nu. Spørg venligst ved skranken.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../counter_app/ui/screens.py" line="112"/>
        <source>The counter program could not start</source>
        <translation>Skrankeprogrammet kunne ikke starte</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/screens.py" line="131"/>
        <source>The desk could not connect to the server</source>
        <translation>Skranken kunne ikke forbinde til serveren</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/screens.py" line="135"/>
        <source>The address and the one-time code were typed in under Help &gt; Connect to a server. You can use the demo on this computer now; the saved address is then removed, and you connect again when IT has checked the address and the code.</source>
        <translation>Adressen og engangskoden blev skrevet ind under Hjælp &gt; Forbind til en server. Du kan bruge demoen på denne computer nu; den gemte adresse bliver så fjernet, og du forbinder igen, når IT har tjekket adressen og koden.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/screens.py" line="143"/>
        <source>Use the &amp;demo</source>
        <translation>Brug &amp;demoen</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/screens.py" line="145"/>
        <source>Use the demo</source>
        <translation>Brug demoen</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/screens.py" line="147"/>
        <source>&amp;Close</source>
        <translation>&amp;Luk</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/screens.py" line="149"/>
        <source>Close the program</source>
        <translation>Luk programmet</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/screens.py" line="168"/>
        <source>This desk&apos;s local database was damaged. It was moved to %1 and the desk fetches everything again from the server. Changes not yet sent that were kept and will be sent: %2. Tell IT: the disk may be failing.</source>
        <extracomment>%1 is the damaged file&apos;s new name, %2 how many changes were kept</extracomment>
        <translation>Skrankens lokale database var beskadiget. Den er flyttet til %1, og skranken henter alt igen fra serveren. Ændringer, der ikke var sendt, er gemt og bliver sendt: %2. Sig det til IT: disken kan være ved at gå i stykker.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/screens.py" line="179"/>
        <source>The local database was rebuilt</source>
        <translation>Den lokale database er bygget op igen</translation>
    </message>
</context>
<context>
    <name>StatisticsDocument</name>
    <message>
        <location filename="../../counter_app/ui/statistics_document.py" line="51"/>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_document.py" line="57"/>
        <source>Computed %1 at %2</source>
        <translation>Beregnet %1 kl. %2</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_document.py" line="94"/>
        <source>the PDF could not be written</source>
        <translation>PDF-filen kunne ikke skrives</translation>
    </message>
</context>
<context>
    <name>StatisticsFilters</name>
    <message>
        <location filename="../../counter_app/ui/statistics_filters.py" line="43"/>
        <source>Signed in as manager:</source>
        <translation>Logget ind som leder:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_filters.py" line="46"/>
        <source>Period:</source>
        <translation>Periode:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_filters.py" line="51"/>
        <source>to</source>
        <translation>til</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_filters.py" line="57"/>
        <source>Branch:</source>
        <translation>Afdeling:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_filters.py" line="60"/>
        <source>Desk kind:</source>
        <translation>Skranketype:</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_filters.py" line="77"/>
        <source>Signed in as manager</source>
        <translation>Logget ind som leder</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_filters.py" line="169"/>
        <source>No manager: this branch today</source>
        <translation>Ingen leder: denne afdeling i dag</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_filters.py" line="86"/>
        <source>Without a manager</source>
        <translation>Uden en leder</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_filters.py" line="80"/>
        <source>Without a manager you see this branch today. A manager sees every branch and any period: sign in as a manager (Ctrl+L).</source>
        <translation>Uden en leder ser du denne afdeling i dag. En leder ser alle afdelinger og enhver periode: log ind som leder (Ctrl+L).</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_filters.py" line="90"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_filters.py" line="92"/>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_filters.py" line="93"/>
        <source>Week</source>
        <translation>Uge</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_filters.py" line="94"/>
        <source>Month</source>
        <translation>Måned</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_filters.py" line="95"/>
        <source>Custom period</source>
        <translation>Valgfri periode</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_filters.py" line="100"/>
        <source>◀ Previous</source>
        <translation>◀ Forrige</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_filters.py" line="101"/>
        <source>Previous period</source>
        <translation>Forrige periode</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_filters.py" line="102"/>
        <source>The period before (%1)</source>
        <translation>Perioden før (%1)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_filters.py" line="106"/>
        <source>Next ▶</source>
        <translation>Næste ▶</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_filters.py" line="107"/>
        <source>Next period</source>
        <translation>Næste periode</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_filters.py" line="108"/>
        <source>The period after (%1)</source>
        <translation>Perioden efter (%1)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_filters.py" line="113"/>
        <source>First day</source>
        <translation>Første dag</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_filters.py" line="114"/>
        <source>Last day</source>
        <translation>Sidste dag</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_filters.py" line="119"/>
        <source>Branch</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_filters.py" line="126"/>
        <source>Desk kind</source>
        <translation>Skranketype</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_filters.py" line="135"/>
        <source>Update (%1)</source>
        <translation>Opdatér (%1)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_filters.py" line="136"/>
        <source>Update</source>
        <translation>Opdatér</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_filters.py" line="137"/>
        <source>Ask the server for the statistics of this choice</source>
        <translation>Hent statistikken for dette valg fra serveren</translation>
    </message>
</context>
<context>
    <name>StatisticsTables</name>
    <message>
        <location filename="../../counter_app/ui/statistics_tables.py" line="85"/>
        <source>Inquiries by channel</source>
        <translation>Henvendelser pr. kanal</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tables.py" line="86"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tables.py" line="92"/>
        <source>Inquiries by outcome</source>
        <translation>Henvendelser pr. udfald</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tables.py" line="93"/>
        <source>Outcome</source>
        <translation>Udfald</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_labels.py" line="80"/>
        <location filename="../../counter_app/ui/statistics_labels.py" line="95"/>
        <source>KVIK</source>
        <translation>KVIK</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_labels.py" line="81"/>
        <source>Caseworker</source>
        <translation>Sagsbehandler</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_labels.py" line="82"/>
        <location filename="../../counter_app/ui/statistics_labels.py" line="97"/>
        <source>Librarian</source>
        <translation>Bibliotekar</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_labels.py" line="83"/>
        <source>Branch library</source>
        <translation>Lokalbibliotek</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_labels.py" line="84"/>
        <location filename="../../counter_app/ui/statistics_labels.py" line="98"/>
        <source>Contact centre</source>
        <translation>Kontaktcenter</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_labels.py" line="85"/>
        <source>Ticket kiosk</source>
        <translation>Billetautomat</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_labels.py" line="86"/>
        <source>Display board</source>
        <translation>Infoskærm</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_labels.py" line="94"/>
        <source>Building</source>
        <translation>Bygning</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_labels.py" line="96"/>
        <location filename="../../counter_app/ui/statistics_labels.py" line="131"/>
        <location filename="../../counter_app/ui/statistics_tables.py" line="223"/>
        <source>Borgerservice</source>
        <translation>Borgerservice</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_labels.py" line="106"/>
        <source>At the counter</source>
        <translation>Ved skranken</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_labels.py" line="107"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_labels.py" line="108"/>
        <source>E-mail or letter</source>
        <translation>E-mail eller brev</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_labels.py" line="109"/>
        <source>Video screen</source>
        <translation>Videoskærm</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_labels.py" line="110"/>
        <source>Social media</source>
        <translation>Sociale medier</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_labels.py" line="111"/>
        <source>Quick question in passing</source>
        <translation>Hurtigt spørgsmål i forbifarten</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_labels.py" line="119"/>
        <source>Resolved</source>
        <translation>Løst</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_labels.py" line="120"/>
        <source>Appointment booked</source>
        <translation>Tid booket</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_labels.py" line="121"/>
        <source>Referred to another authority</source>
        <translation>Henvist til anden myndighed</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_labels.py" line="122"/>
        <location filename="../../counter_app/ui/statistics_tables.py" line="506"/>
        <source>Forwarded</source>
        <translation>Sendt videre</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_labels.py" line="123"/>
        <source>Callback promised</source>
        <translation>Lovet tilbagemelding</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_labels.py" line="132"/>
        <location filename="../../counter_app/ui/statistics_tables.py" line="224"/>
        <location filename="../../counter_app/ui/statistics_tables.py" line="505"/>
        <source>Library</source>
        <translation>Bibliotek</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_labels.py" line="133"/>
        <source>No service registered</source>
        <translation>Ingen ydelse registreret</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_labels.py" line="141"/>
        <source>Almost done</source>
        <translation>Næsten færdig</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_labels.py" line="142"/>
        <source>The citizen cannot come back</source>
        <translation>Borgeren kan ikke komme igen</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_labels.py" line="145"/>
        <source>No suitable appointment time</source>
        <translation>Ingen passende tid</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_labels.py" line="148"/>
        <source>Other reason</source>
        <translation>Anden grund</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_labels.py" line="156"/>
        <source>Monday</source>
        <translation>Mandag</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_labels.py" line="157"/>
        <source>Tuesday</source>
        <translation>Tirsdag</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_labels.py" line="158"/>
        <source>Wednesday</source>
        <translation>Onsdag</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_labels.py" line="159"/>
        <source>Thursday</source>
        <translation>Torsdag</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_labels.py" line="160"/>
        <source>Friday</source>
        <translation>Fredag</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_labels.py" line="161"/>
        <source>Saturday</source>
        <translation>Lørdag</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_labels.py" line="162"/>
        <source>Sunday</source>
        <translation>Søndag</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_labels.py" line="169"/>
        <source>No service chosen</source>
        <translation>Ingen ydelse valgt</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_labels.py" line="175"/>
        <source>Whole municipality</source>
        <translation>Hele kommunen</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_labels.py" line="180"/>
        <source>All desk kinds</source>
        <translation>Alle skranketyper</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tables.py" line="120"/>
        <location filename="../../counter_app/ui/statistics_tables.py" line="222"/>
        <location filename="../../counter_app/ui/statistics_tables.py" line="242"/>
        <location filename="../../counter_app/ui/statistics_tables.py" line="255"/>
        <location filename="../../counter_app/ui/statistics_tables.py" line="270"/>
        <location filename="../../counter_app/ui/statistics_tables.py" line="279"/>
        <location filename="../../counter_app/ui/statistics_tables.py" line="287"/>
        <location filename="../../counter_app/ui/statistics_tables.py" line="376"/>
        <location filename="../../counter_app/ui/statistics_tables.py" line="390"/>
        <source>Inquiries</source>
        <translation>Henvendelser</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tables.py" line="121"/>
        <source>Borgerservice inquiries</source>
        <translation>Borgerservicehenvendelser</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tables.py" line="123"/>
        <location filename="../../counter_app/ui/statistics_tables.py" line="226"/>
        <source>Borgerservice share (%)</source>
        <translation>Andel borgerservice (%)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tables.py" line="127"/>
        <source>Library inquiries</source>
        <translation>Bibliotekshenvendelser</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tables.py" line="130"/>
        <location filename="../../counter_app/ui/statistics_tables.py" line="225"/>
        <source>Authority tasks</source>
        <translation>Myndighedsopgaver</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tables.py" line="131"/>
        <source>Tickets issued</source>
        <translation>Udstedte numre</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tables.py" line="132"/>
        <source>Tickets served</source>
        <translation>Betjente numre</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tables.py" line="133"/>
        <source>Tickets transferred</source>
        <translation>Overflyttede numre</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tables.py" line="134"/>
        <source>Left before being called</source>
        <translation>Gået før kald</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tables.py" line="135"/>
        <source>Did not come when called</source>
        <translation>Kom ikke, da de blev kaldt</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tables.py" line="136"/>
        <source>Mean wait (min)</source>
        <translation>Gennemsnitlig ventetid (min)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tables.py" line="137"/>
        <source>Median wait (min)</source>
        <translation>Median ventetid (min)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tables.py" line="139"/>
        <source>Wait, 90th percentile (min)</source>
        <translation>Ventetid, 90. percentil (min)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tables.py" line="143"/>
        <source>Mean service time (min)</source>
        <translation>Gennemsnitlig betjeningstid (min)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tables.py" line="147"/>
        <source>Median service time (min)</source>
        <translation>Median betjeningstid (min)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tables.py" line="150"/>
        <source>Served under a time limit</source>
        <translation>Betjent med tidsgrænse</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tables.py" line="152"/>
        <source>Within the time limit (%)</source>
        <translation>Inden for tidsgrænsen (%)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tables.py" line="156"/>
        <location filename="../../counter_app/ui/statistics_tables.py" line="401"/>
        <source>Inquiries ending in a booked appointment</source>
        <translation>Henvendelser, der endte med en booket tid</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tables.py" line="159"/>
        <source>Appointments booked</source>
        <translation>Bookede tider</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tables.py" line="161"/>
        <source>Appointment no-show rate (%)</source>
        <translation>Udeblivelser fra tider (%)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tables.py" line="165"/>
        <source>Appointment cancellation rate (%)</source>
        <translation>Aflysninger af tider (%)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tables.py" line="169"/>
        <source>Utilisation of appointment time (%)</source>
        <translation>Udnyttelse af tidsbestillingstid (%)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tables.py" line="172"/>
        <source>Screen inquiries forwarded</source>
        <translation>Skærmhenvendelser sendt</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tables.py" line="173"/>
        <source>Screen inquiries answered</source>
        <translation>Skærmhenvendelser besvaret</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tables.py" line="175"/>
        <source>Median wait at the screen (min)</source>
        <translation>Median ventetid ved skærmen (min)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tables.py" line="178"/>
        <source>Callbacks opened</source>
        <translation>Tilbagemeldinger oprettet</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tables.py" line="179"/>
        <source>Callbacks overdue</source>
        <translation>Tilbagemeldinger overskredet</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tables.py" line="182"/>
        <source>Key figures</source>
        <translation>Nøgletal</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tables.py" line="183"/>
        <source>Figure</source>
        <translation>Nøgletal</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tables.py" line="183"/>
        <source>Value</source>
        <translation>Værdi</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tables.py" line="210"/>
        <source>All branches</source>
        <translation>Alle afdelinger</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tables.py" line="219"/>
        <source>Inquiries per branch</source>
        <translation>Henvendelser pr. afdeling</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tables.py" line="221"/>
        <location filename="../../counter_app/ui/statistics_tables.py" line="339"/>
        <location filename="../../counter_app/ui/statistics_tables.py" line="462"/>
        <source>Branch</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tables.py" line="233"/>
        <source>Share of inquiries (%)</source>
        <translation>Andel af henvendelser (%)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tables.py" line="239"/>
        <source>Inquiries by area</source>
        <translation>Henvendelser pr. område</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tables.py" line="241"/>
        <source>Area</source>
        <translation>Område</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tables.py" line="252"/>
        <source>Inquiries by service</source>
        <translation>Henvendelser pr. ydelse</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tables.py" line="254"/>
        <location filename="../../counter_app/ui/statistics_tables.py" line="349"/>
        <source>Service</source>
        <translation>Ydelse</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tables.py" line="278"/>
        <source>Inquiries by hour</source>
        <translation>Henvendelser pr. time</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tables.py" line="279"/>
        <source>Hour</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tables.py" line="286"/>
        <source>Inquiries by weekday</source>
        <translation>Henvendelser pr. ugedag</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tables.py" line="287"/>
        <source>Weekday</source>
        <translation>Ugedag</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tables.py" line="297"/>
        <source>Issued</source>
        <translation>Udstedt</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tables.py" line="298"/>
        <source>Served</source>
        <translation>Betjent</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tables.py" line="299"/>
        <source>Left before call</source>
        <translation>Gået før kald</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tables.py" line="300"/>
        <location filename="../../counter_app/ui/statistics_tables.py" line="466"/>
        <source>No-show</source>
        <translation>Udeblevet</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tables.py" line="301"/>
        <location filename="../../counter_app/ui/statistics_tables.py" line="510"/>
        <source>Wait, mean (min)</source>
        <translation>Ventetid, gns. (min)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tables.py" line="302"/>
        <location filename="../../counter_app/ui/statistics_tables.py" line="511"/>
        <source>Wait, median (min)</source>
        <translation>Ventetid, median (min)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tables.py" line="303"/>
        <location filename="../../counter_app/ui/statistics_tables.py" line="512"/>
        <source>Wait, 90th pct. (min)</source>
        <translation>Ventetid, 90. pct. (min)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tables.py" line="304"/>
        <source>Service, mean (min)</source>
        <translation>Betjening, gns. (min)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tables.py" line="305"/>
        <source>Service, median (min)</source>
        <translation>Betjening, median (min)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tables.py" line="306"/>
        <source>Service, 90th pct. (min)</source>
        <translation>Betjening, 90. pct. (min)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tables.py" line="333"/>
        <source>All queues</source>
        <translation>Alle køer</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tables.py" line="336"/>
        <source>Waiting and service time per queue</source>
        <translation>Vente- og betjeningstid pr. kø</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tables.py" line="338"/>
        <source>Queue</source>
        <translation>Kø</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tables.py" line="348"/>
        <source>Waiting and service time per service</source>
        <translation>Vente- og betjeningstid pr. ydelse</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tables.py" line="360"/>
        <source>Within the limit</source>
        <translation>Inden for grænsen</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tables.py" line="362"/>
        <source>Over the limit, handed off to an appointment</source>
        <translation>Over grænsen, givet videre til en tid</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tables.py" line="365"/>
        <source>Over the limit with a reason</source>
        <translation>Over grænsen med begrundelse</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tables.py" line="367"/>
        <source>Over the limit without a reason</source>
        <translation>Over grænsen uden begrundelse</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tables.py" line="370"/>
        <source>Served under a time limit, in all</source>
        <translation>Betjent med tidsgrænse i alt</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tables.py" line="373"/>
        <source>Five-minute rule</source>
        <translation>Femminutters-reglen</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tables.py" line="375"/>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tables.py" line="377"/>
        <source>Share of those served (%)</source>
        <translation>Andel af betjente (%)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tables.py" line="387"/>
        <source>Reasons for going on past the limit</source>
        <translation>Grunde til at fortsætte over grænsen</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tables.py" line="389"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tables.py" line="391"/>
        <source>Share (%)</source>
        <translation>Andel (%)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tables.py" line="405"/>
        <source>– of these at %1</source>
        <translation>– heraf ved %1</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tables.py" line="410"/>
        <source>Appointments booked for a citizen at a counter</source>
        <translation>Tider booket til en borger ved en skranke</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tables.py" line="415"/>
        <source>Handoffs to appointments</source>
        <translation>Videregivet til en tid</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tables.py" line="416"/>
        <source>Handoff</source>
        <translation>Videregivelse</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tables.py" line="416"/>
        <source>Number</source>
        <translation>Antal</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tables.py" line="446"/>
        <source>All</source>
        <translation>I alt</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tables.py" line="460"/>
        <source>Appointments per branch and kind</source>
        <translation>Tider pr. afdeling og type</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tables.py" line="463"/>
        <source>Appointment with</source>
        <translation>Tid hos</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tables.py" line="464"/>
        <source>Booked</source>
        <translation>Booket</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tables.py" line="465"/>
        <location filename="../../counter_app/ui/statistics_tables.py" line="547"/>
        <source>Done</source>
        <translation>Gennemført</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tables.py" line="467"/>
        <location filename="../../counter_app/ui/statistics_tables.py" line="508"/>
        <source>Cancelled</source>
        <translation>Aflyst</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tables.py" line="468"/>
        <source>Pending</source>
        <translation>Venter</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tables.py" line="469"/>
        <source>No-show rate (%)</source>
        <translation>Udeblivelser (%)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tables.py" line="470"/>
        <source>Hours booked</source>
        <translation>Timer booket</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tables.py" line="471"/>
        <source>Hours staffed</source>
        <translation>Timer bemandet</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tables.py" line="472"/>
        <source>Utilisation (%)</source>
        <translation>Udnyttelse (%)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tables.py" line="494"/>
        <source>All libraries</source>
        <translation>Alle biblioteker</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tables.py" line="503"/>
        <source>Screen inquiries per library</source>
        <translation>Skærmhenvendelser pr. bibliotek</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tables.py" line="507"/>
        <source>Answered</source>
        <translation>Besvaret</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tables.py" line="509"/>
        <location filename="../../counter_app/ui/statistics_tables.py" line="549"/>
        <source>Still open</source>
        <translation>Stadig åbne</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tables.py" line="534"/>
        <source>All groups</source>
        <translation>Alle grupper</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tables.py" line="543"/>
        <source>Callbacks per group</source>
        <translation>Tilbagemeldinger pr. gruppe</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tables.py" line="545"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tables.py" line="546"/>
        <source>Opened</source>
        <translation>Oprettet</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tables.py" line="548"/>
        <source>Done late</source>
        <translation>Gennemført for sent</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tables.py" line="550"/>
        <source>Overdue</source>
        <translation>Overskredet</translation>
    </message>
</context>
<context>
    <name>StatisticsTabs</name>
    <message>
        <location filename="../../counter_app/ui/statistics_tabs.py" line="47"/>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tabs.py" line="49"/>
        <source>Overview</source>
        <translation>Overblik</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tabs.py" line="50"/>
        <location filename="../../counter_app/ui/statistics_tabs.py" line="90"/>
        <source>Inquiries</source>
        <translation>Henvendelser</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tabs.py" line="51"/>
        <source>Waiting times</source>
        <translation>Ventetider</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tabs.py" line="52"/>
        <source>Five minutes</source>
        <translation>Fem minutter</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tabs.py" line="53"/>
        <source>Appointments</source>
        <translation>Tider</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tabs.py" line="54"/>
        <location filename="../../counter_app/ui/statistics_tabs.py" line="97"/>
        <source>Screen inquiries</source>
        <translation>Skærmhenvendelser</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tabs.py" line="55"/>
        <source>Callbacks</source>
        <translation>Tilbagemeldinger</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tabs.py" line="91"/>
        <source>Borgerservice share</source>
        <translation>Andel borgerservice</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tabs.py" line="92"/>
        <source>Tickets served</source>
        <translation>Betjente numre</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tabs.py" line="93"/>
        <source>Median wait</source>
        <translation>Median ventetid</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tabs.py" line="94"/>
        <source>Served within the time limit</source>
        <translation>Betjent inden for tidsgrænsen</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tabs.py" line="95"/>
        <source>Appointment no-shows</source>
        <translation>Udeblivelser fra tider</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tabs.py" line="96"/>
        <location filename="../../counter_app/ui/statistics_tabs.py" line="177"/>
        <source>Appointment time used</source>
        <translation>Udnyttet tidsbestillingstid</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tabs.py" line="98"/>
        <source>Overdue callbacks</source>
        <translation>Overskredne tilbagemeldinger</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tabs.py" line="106"/>
        <location filename="../../counter_app/ui/statistics_tabs.py" line="120"/>
        <source>Inquiries by hour</source>
        <translation>Henvendelser pr. time</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tabs.py" line="121"/>
        <source>Inquiries by weekday</source>
        <translation>Henvendelser pr. ugedag</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tabs.py" line="123"/>
        <source>Inquiries by channel</source>
        <translation>Henvendelser pr. kanal</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tabs.py" line="128"/>
        <source>Inquiries by service</source>
        <translation>Henvendelser pr. ydelse</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tabs.py" line="155"/>
        <source>Served under a time limit</source>
        <translation>Betjent med tidsgrænse</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tabs.py" line="156"/>
        <source>Within the limit</source>
        <translation>Inden for grænsen</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tabs.py" line="157"/>
        <source>Handed off to an appointment</source>
        <translation>Givet videre til en tid</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tabs.py" line="158"/>
        <source>Over the limit without a reason</source>
        <translation>Over grænsen uden begrundelse</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tabs.py" line="167"/>
        <source>Reasons for going on past the limit</source>
        <translation>Grunde til at fortsætte over grænsen</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tabs.py" line="174"/>
        <source>Appointments booked</source>
        <translation>Bookede tider</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tabs.py" line="175"/>
        <source>No-show rate</source>
        <translation>Udeblivelser</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tabs.py" line="176"/>
        <source>Cancellation rate</source>
        <translation>Aflysninger</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tabs.py" line="178"/>
        <source>Handed off from a counter</source>
        <translation>Givet videre fra en skranke</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tabs.py" line="184"/>
        <source>Forwarded</source>
        <translation>Sendt</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tabs.py" line="185"/>
        <source>Answered</source>
        <translation>Besvaret</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tabs.py" line="186"/>
        <source>Cancelled</source>
        <translation>Annulleret</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tabs.py" line="187"/>
        <source>Median wait at the screen</source>
        <translation>Median ventetid ved skærmen</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tabs.py" line="193"/>
        <source>Opened</source>
        <translation>Oprettet</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tabs.py" line="194"/>
        <source>Done</source>
        <translation>Gennemført</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tabs.py" line="195"/>
        <source>Done late</source>
        <translation>Gennemført for sent</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tabs.py" line="196"/>
        <source>Still open</source>
        <translation>Stadig åbne</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tabs.py" line="197"/>
        <source>Overdue</source>
        <translation>Overskredet</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_tabs.py" line="259"/>
        <source>min</source>
        <translation>min</translation>
    </message>
</context>
<context>
    <name>StatisticsWindow</name>
    <message>
        <location filename="../../counter_app/ui/statistics_window.py" line="90"/>
        <location filename="../../counter_app/ui/statistics_window.py" line="455"/>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_window.py" line="117"/>
        <source>No statistics shown yet.</source>
        <translation>Ingen statistik vist endnu.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_window.py" line="120"/>
        <source>What the statistics cover</source>
        <translation>Hvad statistikken dækker</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_window.py" line="124"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_window.py" line="200"/>
        <source>The choice has changed: press Update (F5).</source>
        <translation>Valget er ændret: tryk Opdatér (F5).</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_window.py" line="220"/>
        <source>Export CSV…</source>
        <translation>Eksportér CSV …</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_window.py" line="220"/>
        <source>Export CSV</source>
        <translation>Eksportér CSV</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_window.py" line="223"/>
        <source>Export Excel…</source>
        <translation>Eksportér Excel …</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_window.py" line="223"/>
        <source>Export Excel</source>
        <translation>Eksportér Excel</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_window.py" line="226"/>
        <source>Print… (%1)</source>
        <translation>Udskriv … (%1)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_window.py" line="227"/>
        <source>Print</source>
        <translation>Udskriv</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_window.py" line="231"/>
        <source>Save as PDF…</source>
        <translation>Gem som PDF …</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_window.py" line="231"/>
        <source>Save as PDF</source>
        <translation>Gem som PDF</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_window.py" line="233"/>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_window.py" line="286"/>
        <source>Computing the statistics…</source>
        <translation>Beregner statistikken …</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_window.py" line="306"/>
        <source>No connection to the server: statistics are computed there. Try again when the desk is online.</source>
        <translation>Ingen forbindelse til serveren: statistikken beregnes dér. Prøv igen, når skranken er online.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_window.py" line="313"/>
        <source>Not shown: %1</source>
        <translation>Ikke vist: %1</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_window.py" line="324"/>
        <source>The statistics could not be shown: %1</source>
        <translation>Statistikken kunne ikke vises: %1</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_window.py" line="330"/>
        <source>The period ends before it begins: check the two days.</source>
        <translation>Perioden slutter, før den begynder: tjek de to dage.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_window.py" line="332"/>
        <source>A report covers at most %1 days: choose a shorter period.</source>
        <translation>En rapport dækker højst %1 dage: vælg en kortere periode.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_window.py" line="357"/>
        <source>Computed at %1</source>
        <translation>Beregnet kl. %1</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_window.py" line="394"/>
        <source>Print the statistics</source>
        <translation>Udskriv statistikken</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_window.py" line="401"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_window.py" line="405"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-projektmapper (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_window.py" line="409"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_window.py" line="417"/>
        <source>Save the statistics</source>
        <translation>Gem statistikken</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_window.py" line="429"/>
        <source>Update first: there are no statistics to save.</source>
        <translation>Opdatér først: der er ingen statistik at gemme.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_window.py" line="437"/>
        <source>Could not save %1: %2. Is the file open in another program?</source>
        <translation>Kunne ikke gemme %1: %2. Er filen åben i et andet program?</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/statistics_window.py" line="443"/>
        <source>Saved %1</source>
        <translation>Gemt: %1</translation>
    </message>
</context>
<context>
    <name>SummonsBar</name>
    <message>
        <location filename="../../counter_app/ui/summons_bar.py" line="42"/>
        <source>Asked to take a citizen now</source>
        <translation>Bedt om at tage en borger nu</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/summons_bar.py" line="43"/>
        <source>Take them now (%1)</source>
        <translation>Tag borgeren nu (%1)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/summons_bar.py" line="44"/>
        <source>Take the citizen now</source>
        <translation>Tag borgeren nu</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/summons_bar.py" line="46"/>
        <source>Not now (%1)</source>
        <translation>Ikke nu (%1)</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/summons_bar.py" line="47"/>
        <source>Cannot take the citizen now</source>
        <translation>Kan ikke tage borgeren nu</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/summons_bar.py" line="67"/>
        <source>%1 asks you to take %2 now (%3).</source>
        <translation>%1 beder dig tage %2 nu (%3).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../counter_app/ui/summons_bar.py" line="73"/>
        <source>%n more waiting.</source>
        <translation>
            <numerusform>%n mere venter.</numerusform>
            <numerusform>%n flere venter.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncBacklogBar</name>
    <message>
        <location filename="../../counter_app/ui/sync_backlog_bar.py" line="38"/>
        <location filename="../../counter_app/ui/sync_backlog_bar.py" line="44"/>
        <source>Changes waiting to be sent</source>
        <translation>Ændringer der venter på at blive sendt</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/sync_backlog_bar.py" line="47"/>
        <source>Works without connection: registrations, callbacks, looking up today&apos;s appointments, provisional bookings. Needs a connection: screen inquiries and calling numbers.</source>
        <translation>Virker uden forbindelse: registreringer, tilbagekald, opslag i dagens aftaler, foreløbige bookinger. Kræver forbindelse: skærmhenvendelser og kald af numre.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/sync_backlog_bar.py" line="54"/>
        <source>What works without connection</source>
        <translation>Hvad der virker uden forbindelse</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/sync_backlog_bar.py" line="76"/>
        <source>Book bus connected.</source>
        <translation>Bogbussen har forbindelse.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../counter_app/ui/sync_backlog_bar.py" line="78"/>
        <source>Sending %n change(s)…</source>
        <translation>
            <numerusform>Sender %n ændring …</numerusform>
            <numerusform>Sender %n ændringer …</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/sync_backlog_bar.py" line="80"/>
        <source>Everything is sent.</source>
        <translation>Alt er sendt.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/sync_backlog_bar.py" line="83"/>
        <source>Book bus without connection.</source>
        <translation>Bogbussen er uden forbindelse.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/sync_backlog_bar.py" line="85"/>
        <source>No connection to the server.</source>
        <translation>Ingen forbindelse til serveren.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/sync_backlog_bar.py" line="88"/>
        <source>Waiting to be sent: %1.</source>
        <translation>Venter på at blive sendt: %1.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/sync_backlog_bar.py" line="89"/>
        <source>Everything is kept and sent when the connection is back.</source>
        <translation>Alt gemmes og sendes, når forbindelsen er tilbage.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/sync_backlog_bar.py" line="91"/>
        <source>Nothing is waiting to be sent.</source>
        <translation>Intet venter på at blive sendt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../counter_app/ui/sync_backlog_bar.py" line="98"/>
        <source>%n registration(s)</source>
        <translation>
            <numerusform>%n registrering</numerusform>
            <numerusform>%n registreringer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../counter_app/ui/sync_backlog_bar.py" line="99"/>
        <source>%n booking(s) (not yet confirmed)</source>
        <translation>
            <numerusform>%n booking (ikke bekræftet endnu)</numerusform>
            <numerusform>%n bookinger (ikke bekræftet endnu)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../counter_app/ui/sync_backlog_bar.py" line="100"/>
        <source>%n appointment change(s)</source>
        <translation>
            <numerusform>%n ændring af en aftale</numerusform>
            <numerusform>%n ændringer af aftaler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../counter_app/ui/sync_backlog_bar.py" line="101"/>
        <source>%n ticket change(s)</source>
        <translation>
            <numerusform>%n ændring af et nummer</numerusform>
            <numerusform>%n ændringer af numre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../counter_app/ui/sync_backlog_bar.py" line="102"/>
        <source>%n other change(s)</source>
        <translation>
            <numerusform>%n anden ændring</numerusform>
            <numerusform>%n andre ændringer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/sync_backlog_bar.py" line="114"/>
        <source>Never connected yet.</source>
        <translation>Har endnu ikke haft forbindelse.</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/sync_backlog_bar.py" line="122"/>
        <source>Last connected %1.</source>
        <translation>Sidst forbundet %1.</translation>
    </message>
</context>
<context>
    <name>TableSection</name>
    <message>
        <location filename="../../counter_app/ui/statistics_widgets.py" line="158"/>
        <source>None in this period.</source>
        <translation>Ingen i perioden.</translation>
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
        <source>Signed in</source>
        <translation>Logget ind</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/top_bar.py" line="33"/>
        <source>Connection</source>
        <translation>Forbindelse</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/top_bar.py" line="36"/>
        <source>Time</source>
        <translation>Klokken</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/top_bar.py" line="60"/>
        <source>Online</source>
        <translation>Forbundet</translation>
    </message>
    <message numerus="yes">
        <location filename="../../counter_app/ui/top_bar.py" line="62"/>
        <source>Online · sending %n change(s)</source>
        <translation>
            <numerusform>Forbundet · sender %n ændring</numerusform>
            <numerusform>Forbundet · sender %n ændringer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../counter_app/ui/top_bar.py" line="66"/>
        <source>Not accepted by the server: tell IT · %n change(s) waiting</source>
        <translation>
            <numerusform>Ikke godkendt af serveren: kontakt IT · %n ændring venter</numerusform>
            <numerusform>Ikke godkendt af serveren: kontakt IT · %n ændringer venter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../counter_app/ui/top_bar.py" line="70"/>
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
        <location filename="../../counter_app/ui/transfer_dialog.py" line="42"/>
        <source>Transfer %1</source>
        <translation>Overfør %1</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/transfer_dialog.py" line="44"/>
        <source>Queue</source>
        <translation>Kø</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/transfer_dialog.py" line="48"/>
        <source>Desk</source>
        <translation>Skranke</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/transfer_dialog.py" line="49"/>
        <source>Any desk of the queue</source>
        <translation>Enhver skranke i køen</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/transfer_dialog.py" line="53"/>
        <location filename="../../counter_app/ui/transfer_dialog.py" line="72"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/transfer_dialog.py" line="55"/>
        <source>e.g. needs help with a passport form</source>
        <translation>fx skal have hjælp til en pasansøgning</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/transfer_dialog.py" line="56"/>
        <source>Error</source>
        <translation>Fejl</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/transfer_dialog.py" line="62"/>
        <location filename="../../counter_app/ui/transfer_dialog.py" line="63"/>
        <source>Transfer</source>
        <translation>Overfør</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/transfer_dialog.py" line="65"/>
        <location filename="../../counter_app/ui/transfer_dialog.py" line="66"/>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/transfer_dialog.py" line="70"/>
        <source>To queue</source>
        <translation>Til kø</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/transfer_dialog.py" line="71"/>
        <source>For desk</source>
        <translation>Til skranke</translation>
    </message>
    <message>
        <location filename="../../counter_app/ui/transfer_dialog.py" line="89"/>
        <source>That looks like a CPR number. The counter never stores CPR numbers: leave it out.</source>
        <translation>Det ligner et CPR-nummer. Skranken gemmer aldrig CPR-numre: udelad det.</translation>
    </message>
</context>
</TS>

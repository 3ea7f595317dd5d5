<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="pl_PL">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../pim_desktop/ui/about_dialog.py" line="24"/>
        <location filename="../../pim_desktop/ui/about_dialog.py" line="25"/>
        <source>O programie</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/about_dialog.py" line="33"/>
        <source>Wnioski do Partnerskiej Inicjatywy Miast, Lokalne Partnerstwo i plan działań miasta. Program działa bez internetu i nigdzie nie wysyła danych.</source>
        <translation>Applications to the Cities Partnership Initiative, the Local Partnership and the city&apos;s action plan. The program works offline and never sends data anywhere.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/about_dialog.py" line="41"/>
        <source>Wersja</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/about_dialog.py" line="42"/>
        <source>Folder danych</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/about_dialog.py" line="43"/>
        <source>Plik bazy danych</source>
        <translation>Database file</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/about_dialog.py" line="44"/>
        <source>Folder kopii zapasowych</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/about_dialog.py" line="45"/>
        <source>Folder dziennika</source>
        <translation>Log folder</translation>
    </message>
</context>
<context>
    <name>ApplicationEditor</name>
    <message>
        <location filename="../../pim_desktop/ui/application_editor.py" line="85"/>
        <source>Edytor wniosku</source>
        <translation>Application editor</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/application_editor.py" line="101"/>
        <source>Sekcje wniosku</source>
        <translation>Application sections</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/application_editor.py" line="124"/>
        <source>← &amp;Lista wniosków</source>
        <translation>← &amp;Application list</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/application_editor.py" line="126"/>
        <source>Wróć do listy wniosków</source>
        <translation>Back to the application list</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/application_editor.py" line="134"/>
        <source>wersja {number}</source>
        <translation>version {number}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/application_editor.py" line="139"/>
        <source>&amp;Sprawdź wniosek</source>
        <translation>&amp;Check application</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/application_editor.py" line="141"/>
        <location filename="../../pim_desktop/ui/application_editor.py" line="205"/>
        <source>Sprawdź wniosek</source>
        <translation>Check application</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/application_editor.py" line="147"/>
        <source>Stan zapisu wniosku</source>
        <translation>Application save status</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/application_editor.py" line="154"/>
        <source>Ten wniosek jest podpisany lub wysłany i zamrożony. Aby coś zmienić, utwórz nową wersję na liście wniosków.</source>
        <translation>This application has been signed or sent and is frozen. To change anything, create a new version in the application list.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/application_editor.py" line="169"/>
        <source>Problemy we wniosku</source>
        <translation>Problems in the application</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/application_editor.py" line="201"/>
        <source>Cofnij</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/application_editor.py" line="203"/>
        <source>Ponów</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/application_editor.py" line="208"/>
        <source>Zapisz teraz</source>
        <translation>Save now</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/application_editor.py" line="251"/>
        <source>Zapisywanie…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/application_editor.py" line="283"/>
        <source>Zapisano o {time}.</source>
        <translation>Saved at {time}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/application_editor.py" line="312"/>
        <source>sekcja kompletna</source>
        <translation>section complete</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/application_editor.py" line="313"/>
        <source>sekcja ma problemy</source>
        <translation>section has problems</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/application_editor.py" line="314"/>
        <source>sekcja nierozpoczęta</source>
        <translation>section not started</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/application_editor.py" line="334"/>
        <source>Problemy do poprawienia: {count}. Wybierz problem, aby przejść do pola.</source>
        <translation>Problems to fix: {count}. Select a problem to go to its field.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/application_editor.py" line="338"/>
        <source>Wniosek nie ma problemów.</source>
        <translation>The application has no problems.</translation>
    </message>
</context>
<context>
    <name>ApplicationPrinting</name>
    <message>
        <location filename="../../pim_desktop/ui/application_printing.py" line="63"/>
        <source>Przygotowanie podglądu</source>
        <translation>Preparing the preview</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/application_printing.py" line="69"/>
        <source>Podgląd wniosku nr {id} – {kind}</source>
        <translation>Preview of application no. {id} – {kind}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/application_printing.py" line="73"/>
        <source>Wniosek nr {id}, wersja {version} · {kind} · suma kontrolna {checksum}</source>
        <translation>Application no. {id}, version {version} · {kind} · checksum {checksum}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/application_printing.py" line="102"/>
        <source>Przygotowanie wydruku</source>
        <translation>Preparing the printout</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/application_printing.py" line="106"/>
        <source>PIM – wniosek nr {id}</source>
        <translation>PIM – application no. {id}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/application_printing.py" line="108"/>
        <source>Drukowanie wniosku</source>
        <translation>Printing the application</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/application_printing.py" line="117"/>
        <source>Drukowanie…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/application_printing.py" line="117"/>
        <source>Przerwij</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/application_printing.py" line="119"/>
        <source>Postęp drukowania</source>
        <translation>Printing progress</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/application_printing.py" line="133"/>
        <source>Drukowanie przerwano.</source>
        <translation>Printing was stopped.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/application_printing.py" line="139"/>
        <source>Wysłano do drukarki wersję roboczą, stron: {pages}.</source>
        <translation>Draft sent to the printer, pages: {pages}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/application_printing.py" line="147"/>
        <source>Wysłano do drukarki wersję ostateczną, stron: {pages}; wydruk zapisano przy wniosku.</source>
        <translation>Final version sent to the printer, pages: {pages}; the print is recorded with the application.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/application_printing.py" line="151"/>
        <source>Zapis wydruku przy wniosku</source>
        <translation>Recording the print with the application</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/application_printing.py" line="160"/>
        <location filename="../../pim_desktop/ui/application_printing.py" line="162"/>
        <source>Zapisz wniosek jako PDF</source>
        <translation>Save the application as PDF</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/application_printing.py" line="164"/>
        <source>Dokument PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/application_printing.py" line="175"/>
        <source>Zapisywanie PDF</source>
        <translation>Saving the PDF</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/application_printing.py" line="183"/>
        <source>Zapisano PDF ({kind}): {name} – {size}, stron: {pages}. Urzędy ograniczają rozmiar załączników (ePUAP), więc sprawdź limit odbiorcy.</source>
        <translation>PDF saved ({kind}): {name} – {size}, pages: {pages}. Offices limit the size of attachments (ePUAP), so check the recipient’s limit.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/application_printing.py" line="217"/>
        <source>Wniosek ma problemy do poprawienia ({count}), więc wersja ostateczna nie powstała. Popraw je albo zaznacz „Wersja robocza”.</source>
        <translation>The application has problems to fix ({count}), so no final version was made. Fix them or tick “Draft copy”.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/application_printing.py" line="225"/>
        <source>wersja robocza</source>
        <translation>draft copy</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/application_printing.py" line="225"/>
        <source>wersja ostateczna</source>
        <translation>final version</translation>
    </message>
</context>
<context>
    <name>ApplicationTableModel</name>
    <message>
        <location filename="../../pim_desktop/ui/models/application_table_model.py" line="26"/>
        <source>Nabór</source>
        <translation>Call</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/models/application_table_model.py" line="27"/>
        <source>Rola</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/models/application_table_model.py" line="28"/>
        <source>Sieć</source>
        <translation>Network</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/models/application_table_model.py" line="29"/>
        <source>Wersja</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/models/application_table_model.py" line="30"/>
        <source>Stan</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/models/application_table_model.py" line="31"/>
        <source>Ostatnia zmiana</source>
        <translation>Last changed</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/models/application_table_model.py" line="32"/>
        <source>Kompletność</source>
        <translation>Completeness</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/models/application_table_model.py" line="33"/>
        <source>Termin</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/models/application_table_model.py" line="95"/>
        <source>{date} (po terminie)</source>
        <translation>{date} (past the deadline)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/models/application_table_model.py" line="96"/>
        <source>{date} (zostało dni: {days})</source>
        <translation>{date} (days left: {days})</translation>
    </message>
</context>
<context>
    <name>ApplicationsPage</name>
    <message>
        <location filename="../../pim_desktop/ui/pages/applications_page.py" line="58"/>
        <location filename="../../pim_desktop/ui/pages/applications_page.py" line="69"/>
        <location filename="../../pim_desktop/ui/pages/applications_page.py" line="272"/>
        <source>Wnioski</source>
        <translation>Applications</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/applications_page.py" line="76"/>
        <source>Lista wniosków</source>
        <translation>Application list</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/applications_page.py" line="92"/>
        <source>&amp;Nowy wniosek…</source>
        <translation>&amp;New application…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/applications_page.py" line="94"/>
        <source>&amp;Otwórz</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/applications_page.py" line="96"/>
        <source>Oznacz jako &amp;gotowy</source>
        <translation>Mark as &amp;ready</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/applications_page.py" line="99"/>
        <source>Oznacz jako &amp;wysłany…</source>
        <translation>Mark as &amp;sent…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/applications_page.py" line="101"/>
        <source>Nowa w&amp;ersja</source>
        <translation>New &amp;version</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/applications_page.py" line="103"/>
        <source>Sprawdź zgodność wy&amp;druku…</source>
        <translation>Check a &amp;printout…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/applications_page.py" line="219"/>
        <source>Wniosek ma problemy do poprawienia ({count}): pokazano je w edytorze.</source>
        <translation>The application has problems to fix ({count}): they are shown in the editor.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/applications_page.py" line="225"/>
        <source>Wniosek sprawdzony i gotowy do wydruku oraz podpisu.</source>
        <translation>Application checked and ready for printing and signing.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/applications_page.py" line="233"/>
        <source>Najpierw sprawdź wniosek i oznacz go jako gotowy.</source>
        <translation>First check the application and mark it as ready.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/applications_page.py" line="241"/>
        <source>Zapisano wysłanie wniosku; wniosek jest zamrożony.</source>
        <translation>The sending of the application has been recorded; the application is frozen.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/applications_page.py" line="250"/>
        <source>Utworzono wersję {number} jako nowy wniosek roboczy.</source>
        <translation>Version {number} has been created as a new draft application.</translation>
    </message>
</context>
<context>
    <name>AttachmentField</name>
    <message>
        <location filename="../../pim_desktop/ui/form_fields/attachment_field.py" line="44"/>
        <source>Dodaj &amp;plik…</source>
        <translation>Add &amp;file…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/form_fields/attachment_field.py" line="46"/>
        <source>Dodaj plik: {label}</source>
        <translation>Add file: {label}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/form_fields/attachment_field.py" line="48"/>
        <source>Usuń plik</source>
        <translation>Remove file</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/form_fields/attachment_field.py" line="51"/>
        <source>Usuń plik: {label}</source>
        <translation>Remove file: {label}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/form_fields/attachment_field.py" line="60"/>
        <source>Wybierz plik: {label}</source>
        <translation>Choose file: {label}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/form_fields/attachment_field.py" line="66"/>
        <source>Dozwolone pliki ({patterns})</source>
        <translation>Allowed files ({patterns})</translation>
    </message>
</context>
<context>
    <name>CityProfilePage</name>
    <message>
        <location filename="../../pim_desktop/ui/pages/city_profile_page.py" line="74"/>
        <source>Dane miasta</source>
        <translation>City data</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/city_profile_page.py" line="82"/>
        <source>Dane miasta (wnioskodawcy)</source>
        <translation>City data (applicant)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/city_profile_page.py" line="87"/>
        <source>Stan zapisu</source>
        <translation>Save status</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/city_profile_page.py" line="114"/>
        <source>Jednostka</source>
        <translation>Local authority</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/city_profile_page.py" line="116"/>
        <source>Oficjalna nazwa</source>
        <translation>Official name</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/city_profile_page.py" line="117"/>
        <source>Rodzaj jednostki</source>
        <translation>Type of authority</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/city_profile_page.py" line="118"/>
        <source>Województwo</source>
        <translation>Voivodeship</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/city_profile_page.py" line="119"/>
        <source>Powiat</source>
        <translation>County (powiat)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/city_profile_page.py" line="120"/>
        <source>Kod TERYT gminy</source>
        <translation>TERYT code of the gmina</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/city_profile_page.py" line="121"/>
        <source>REGON</source>
        <translation>REGON</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/city_profile_page.py" line="122"/>
        <source>NIP</source>
        <translation>NIP (tax number)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/city_profile_page.py" line="126"/>
        <source>Adres i skrzynki elektroniczne</source>
        <translation>Address and electronic mailboxes</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/city_profile_page.py" line="128"/>
        <source>Ulica i numer</source>
        <translation>Street and number</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/city_profile_page.py" line="129"/>
        <source>Kod pocztowy</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/city_profile_page.py" line="130"/>
        <source>Miejscowość</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/city_profile_page.py" line="131"/>
        <source>Adres skrzynki ePUAP</source>
        <translation>ePUAP mailbox address</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/city_profile_page.py" line="132"/>
        <source>Adres do e-Doręczeń</source>
        <translation>e-Delivery address</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/city_profile_page.py" line="136"/>
        <location filename="../../pim_desktop/ui/pages/city_profile_page.py" line="138"/>
        <source>Liczba mieszkańców</source>
        <translation>Population</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/city_profile_page.py" line="139"/>
        <source>Według stanu na rok</source>
        <translation>As of year</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/city_profile_page.py" line="143"/>
        <source>Osoba podpisująca wnioski</source>
        <translation>Person signing the applications</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/city_profile_page.py" line="145"/>
        <location filename="../../pim_desktop/ui/pages/city_profile_page.py" line="155"/>
        <source>Imię i nazwisko</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/city_profile_page.py" line="146"/>
        <source>Funkcja</source>
        <translation>Function</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/city_profile_page.py" line="149"/>
        <source>Koordynator PIM</source>
        <translation>PIM coordinator</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/city_profile_page.py" line="150"/>
        <source>Zastępca koordynatora PIM</source>
        <translation>Deputy PIM coordinator</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/city_profile_page.py" line="156"/>
        <source>Stanowisko</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/city_profile_page.py" line="157"/>
        <source>Wydział / komórka</source>
        <translation>Department / unit</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/city_profile_page.py" line="158"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/city_profile_page.py" line="159"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/city_profile_page.py" line="194"/>
        <source>— nie wybrano —</source>
        <translation>— not chosen —</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/city_profile_page.py" line="201"/>
        <source>nie podano</source>
        <translation>not given</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/city_profile_page.py" line="283"/>
        <source>Tryb tylko do odczytu: zmiany nie są zapisywane.</source>
        <translation>Read-only mode: changes are not saved.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/city_profile_page.py" line="285"/>
        <source>Zmiany zapisują się same chwilę po wpisaniu.</source>
        <translation>Changes save themselves a moment after you type.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/city_profile_page.py" line="293"/>
        <source>Zapisywanie…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/city_profile_page.py" line="316"/>
        <source>Zapisano o {time}, z wyjątkiem pól z błędami: {fields}.</source>
        <translation>Saved at {time}, except the fields with errors: {fields}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/city_profile_page.py" line="322"/>
        <source>Wszystkie zmiany zapisane o {time}.</source>
        <translation>All changes saved at {time}.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../pim_desktop/ui/pages/dashboard_page.py" line="48"/>
        <source>Pulpit</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/dashboard_page.py" line="54"/>
        <source>Dane wnioskodawcy</source>
        <translation>Applicant data</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/dashboard_page.py" line="64"/>
        <source>&amp;Edytuj dane miasta…</source>
        <translation>&amp;Edit city data…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/dashboard_page.py" line="66"/>
        <source>Edytuj dane miasta</source>
        <translation>Edit city data</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/dashboard_page.py" line="71"/>
        <source>Wnioski: terminy i postęp</source>
        <translation>Applications: deadlines and progress</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/dashboard_page.py" line="87"/>
        <source>Nazwa</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/dashboard_page.py" line="88"/>
        <source>Rodzaj jednostki</source>
        <translation>Type of authority</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/dashboard_page.py" line="89"/>
        <source>Województwo i powiat</source>
        <translation>Voivodeship and county</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/dashboard_page.py" line="90"/>
        <source>TERYT / REGON / NIP</source>
        <translation>TERYT / REGON / NIP</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/dashboard_page.py" line="91"/>
        <source>Liczba mieszkańców</source>
        <translation>Population</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/dashboard_page.py" line="92"/>
        <source>Podpisuje</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/dashboard_page.py" line="93"/>
        <source>Koordynator PIM</source>
        <translation>PIM coordinator</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/dashboard_page.py" line="103"/>
        <source>Witaj w programie PIM Desktop</source>
        <translation>Welcome to PIM Desktop</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/dashboard_page.py" line="104"/>
        <source>Zacznij od wpisania danych miasta: trafią do każdego wniosku.</source>
        <translation>Start with the city&apos;s data: it goes into every application.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/dashboard_page.py" line="114"/>
        <source>Nie ma jeszcze wniosków. Utwórz pierwszy na stronie „Wnioski”.</source>
        <translation>There are no applications yet. Create the first one on the “Applications” page.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/dashboard_page.py" line="121"/>
        <source>termin nieznany</source>
        <translation>deadline unknown</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/dashboard_page.py" line="123"/>
        <source>termin {date} minął</source>
        <translation>deadline {date} has passed</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/dashboard_page.py" line="125"/>
        <source>termin {date}, zostało dni: {days}</source>
        <translation>deadline {date}, days left: {days}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/dashboard_page.py" line="133"/>
        <source>wersja {number}</source>
        <translation>version {number}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/dashboard_page.py" line="135"/>
        <source>kompletność {percent} %</source>
        <translation>{percent} % complete</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/dashboard_page.py" line="138"/>
        <source>stan: {status}</source>
        <translation>status: {status}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/dashboard_page.py" line="151"/>
        <source>(dane z {year} r.)</source>
        <translation>(data of {year})</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/dashboard_page.py" line="155"/>
        <source>powiat {name}</source>
        <translation>{name} county</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../pim_desktop/ui/form_fields/value_fields.py" line="84"/>
        <source>nie podano</source>
        <translation>not given</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/form_fields/value_fields.py" line="87"/>
        <source>Wyczyść</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/form_fields/value_fields.py" line="88"/>
        <source>Wyczyść datę: {label}</source>
        <translation>Clear date: {label}</translation>
    </message>
</context>
<context>
    <name>DeclarationField</name>
    <message>
        <location filename="../../pim_desktop/ui/form_fields/value_fields.py" line="178"/>
        <source>Składam to oświadczenie</source>
        <translation>I make this declaration</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../pim_desktop/ui/error_dialog.py" line="38"/>
        <source>Nieoczekiwany błąd</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/error_dialog.py" line="39"/>
        <source>W programie wystąpił nieoczekiwany błąd. Dane zapisane do tej pory są bezpieczne. Jeśli błąd się powtórzy, przekaż osobie pomagającej plik dziennika:
{log_file}</source>
        <translation>An unexpected error occurred. The data saved so far is safe. If the error happens again, give the person helping you the log file:
{log_file}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/error_dialog.py" line="54"/>
        <source>Nie można otworzyć danych</source>
        <translation>Cannot open the data</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/error_dialog.py" line="55"/>
        <source>Nie można otworzyć danych programu. Plik bazy danych pozostał nietknięty; kopia sprzed zmian jest w folderze {folder}.</source>
        <translation>The program&apos;s data cannot be opened. The database file was left untouched; a copy taken before any change is in the folder {folder}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/error_dialog.py" line="67"/>
        <source>Nie można przejąć danych</source>
        <translation>Cannot take over the data</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/error_dialog.py" line="68"/>
        <source>Nie udało się przejąć danych od innej kopii programu. Zamknij ją albo usuń plik blokady {lock_file}, gdy na pewno żadna kopia nie działa.</source>
        <translation>The data could not be taken over from the other copy of the program. Close it, or delete the lock file {lock_file} once you are sure no copy is running.</translation>
    </message>
</context>
<context>
    <name>FieldWidget</name>
    <message>
        <location filename="../../pim_desktop/ui/form_fields/field_widget.py" line="82"/>
        <source>wymagane</source>
        <translation>required</translation>
    </message>
</context>
<context>
    <name>InstanceLockDialog</name>
    <message>
        <location filename="../../pim_desktop/ui/instance_lock_dialog.py" line="24"/>
        <source>przez program (proces {pid}) na komputerze „{host}”</source>
        <translation>by the program (process {pid}) on the computer “{host}”</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/instance_lock_dialog.py" line="28"/>
        <source>przez inny program</source>
        <translation>by another program</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/instance_lock_dialog.py" line="32"/>
        <location filename="../../pim_desktop/ui/instance_lock_dialog.py" line="33"/>
        <source>Dane są już otwarte</source>
        <translation>The data is already open</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/instance_lock_dialog.py" line="35"/>
        <source>Dane w folderze {folder} są otwarte {who}. Zapisywać może tylko jedna kopia programu naraz.</source>
        <translation>The data in the folder {folder} is open {who}. Only one copy of the program may write at a time.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/instance_lock_dialog.py" line="42"/>
        <source>Możesz otworzyć dane tylko do odczytu. Przejmij je tylko wtedy, gdy tamten program na pewno już nie działa (np. komputer został wyłączony bez zamknięcia programu).</source>
        <translation>You can open the data read-only. Take it over only when the other program is certainly no longer running (e.g. the computer was switched off without closing the program).</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/instance_lock_dialog.py" line="49"/>
        <source>Otwórz tylko do &amp;odczytu</source>
        <translation>Open &amp;read-only</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/instance_lock_dialog.py" line="53"/>
        <source>&amp;Przejmij dane</source>
        <translation>&amp;Take over the data</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/instance_lock_dialog.py" line="57"/>
        <source>&amp;Zakończ</source>
        <translation>&amp;Quit</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../pim_desktop/ui/main_window.py" line="52"/>
        <source>tylko do odczytu</source>
        <translation>read-only</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/main_window.py" line="59"/>
        <source>Nawigacja</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/main_window.py" line="93"/>
        <source>Pulpit</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/main_window.py" line="94"/>
        <source>Dane miasta</source>
        <translation>City data</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/main_window.py" line="95"/>
        <source>Wnioski</source>
        <translation>Applications</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/main_window.py" line="98"/>
        <location filename="../../pim_desktop/ui/main_window.py" line="104"/>
        <source>Lokalne Partnerstwo</source>
        <translation>Local Partnership</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/main_window.py" line="100"/>
        <source>Rejestr członków Lokalnego Partnerstwa: instytucje, organizacje, firmy, szkoły i mieszkańcy, ich zgody (RODO) i udział w pracach.</source>
        <translation>The register of Local Partnership members: institutions, organisations, businesses, schools and residents, their consents (GDPR) and their part in the work.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/main_window.py" line="109"/>
        <location filename="../../pim_desktop/ui/main_window.py" line="115"/>
        <source>Spotkania</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/main_window.py" line="111"/>
        <source>Spotkania, warsztaty i konsultacje: porządek obrad, lista obecności, protokół, decyzje i zadania.</source>
        <translation>Meetings, workshops and consultations: agenda, attendance list, minutes, decisions and tasks.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/main_window.py" line="120"/>
        <location filename="../../pim_desktop/ui/main_window.py" line="126"/>
        <source>Plan działań (MID)</source>
        <translation>Action plan (MID)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/main_window.py" line="122"/>
        <source>Miejska Inicjatywa Działań: cele, tabela działań z kosztami i źródłami finansowania, harmonogram.</source>
        <translation>The Urban Action Initiative: objectives, the action table with costs and funding sources, the schedule.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/main_window.py" line="131"/>
        <source>Ustawienia</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/main_window.py" line="145"/>
        <source>&amp;Plik</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/main_window.py" line="146"/>
        <source>&amp;Zakończ</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/main_window.py" line="151"/>
        <source>P&amp;rzejdź</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/main_window.py" line="159"/>
        <source>Pomo&amp;c</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/main_window.py" line="160"/>
        <source>&amp;O programie</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/main_window.py" line="172"/>
        <source>Trwa praca w tle</source>
        <translation>Working in the background</translation>
    </message>
</context>
<context>
    <name>NewApplicationDialog</name>
    <message>
        <location filename="../../pim_desktop/ui/new_application_dialog.py" line="38"/>
        <location filename="../../pim_desktop/ui/new_application_dialog.py" line="39"/>
        <source>Nowy wniosek</source>
        <translation>New application</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/new_application_dialog.py" line="42"/>
        <source>Nabór</source>
        <translation>Call</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/new_application_dialog.py" line="43"/>
        <source>Rola miasta</source>
        <translation>City&apos;s role</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/new_application_dialog.py" line="44"/>
        <source>Sieć tematyczna</source>
        <translation>Thematic network</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/new_application_dialog.py" line="45"/>
        <source>&amp;Nabór:</source>
        <translation>&amp;Call:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/new_application_dialog.py" line="46"/>
        <source>&amp;Rola miasta:</source>
        <translation>City&apos;s &amp;role:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/new_application_dialog.py" line="47"/>
        <source>&amp;Sieć tematyczna:</source>
        <translation>&amp;Thematic network:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/new_application_dialog.py" line="56"/>
        <source>Utwórz wniosek</source>
        <translation>Create application</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/new_application_dialog.py" line="64"/>
        <source>{title} (termin: {date})</source>
        <translation>{title} (deadline: {date})</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/new_application_dialog.py" line="97"/>
        <source>W tym naborze miasto zgłasza się tylko do jednej sieci.</source>
        <translation>In this call a city applies to one network only.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/new_application_dialog.py" line="99"/>
        <source>Miasto ma już wniosek w tym naborze, więc sieć jest ustalona.</source>
        <translation>The city already has an application in this call, so the network is fixed.</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../pim_desktop/ui/pdf_preview_dialog.py" line="33"/>
        <source>Podgląd wydruku</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pdf_preview_dialog.py" line="39"/>
        <source>Strony dokumentu</source>
        <translation>Document pages</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pdf_preview_dialog.py" line="57"/>
        <source>Stron: {count}</source>
        <translation>Pages: {count}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pdf_preview_dialog.py" line="62"/>
        <source>Pomniejsz</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pdf_preview_dialog.py" line="63"/>
        <source>Powiększ</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pdf_preview_dialog.py" line="64"/>
        <source>&amp;Drukuj…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pdf_preview_dialog.py" line="65"/>
        <source>&amp;Zapisz PDF…</source>
        <translation>&amp;Save PDF…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pdf_preview_dialog.py" line="66"/>
        <source>Zam&amp;knij</source>
        <translation>Clos&amp;e</translation>
    </message>
</context>
<context>
    <name>PrintBar</name>
    <message>
        <location filename="../../pim_desktop/ui/print_bar.py" line="34"/>
        <source>Wydruk wniosku</source>
        <translation>Printing the application</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/print_bar.py" line="37"/>
        <source>&amp;Wersja robocza (znak wodny)</source>
        <translation>&amp;Draft copy (watermark)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/print_bar.py" line="39"/>
        <source>Wersja robocza ze znakiem wodnym</source>
        <translation>Draft copy with a watermark</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/print_bar.py" line="42"/>
        <source>Wersję roboczą można wydrukować zawsze. Wersja ostateczna wymaga wniosku bez problemów i zostaje zapisana przy wniosku z sumą kontrolną.</source>
        <translation>A draft copy can always be printed. The final version needs an application without problems and is recorded with the application and its checksum.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/print_bar.py" line="52"/>
        <source>Po&amp;dgląd</source>
        <translation>Pre&amp;view</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/print_bar.py" line="55"/>
        <source>Dru&amp;kuj…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/print_bar.py" line="58"/>
        <source>Zapisz PD&amp;F…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/print_bar.py" line="64"/>
        <source>Wynik wydruku</source>
        <translation>Printing result</translation>
    </message>
</context>
<context>
    <name>PrintMatchDialog</name>
    <message>
        <location filename="../../pim_desktop/ui/print_match_dialog.py" line="36"/>
        <location filename="../../pim_desktop/ui/print_match_dialog.py" line="37"/>
        <source>Sprawdź zgodność wydruku</source>
        <translation>Check a printout</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/print_match_dialog.py" line="42"/>
        <source>Wybierz plik PDF wniosku albo przepisz sumę kontrolną ze stopki wydruku. Program powie, do którego wniosku i której wersji należy wydruk.</source>
        <translation>Choose the application’s PDF file or type the checksum from the printout’s footer. The program tells which application and version the printout belongs to.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/print_match_dialog.py" line="50"/>
        <source>&amp;Wybierz plik PDF…</source>
        <translation>Choose PDF &amp;file…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/print_match_dialog.py" line="52"/>
        <location filename="../../pim_desktop/ui/print_match_dialog.py" line="87"/>
        <source>Wybierz plik PDF wydruku</source>
        <translation>Choose the printout’s PDF file</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/print_match_dialog.py" line="56"/>
        <source>Plik:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/print_match_dialog.py" line="60"/>
        <source>Suma kontrolna z wydruku</source>
        <translation>Checksum from the printout</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/print_match_dialog.py" line="63"/>
        <source>&amp;Sprawdź</source>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/print_match_dialog.py" line="65"/>
        <source>Sprawdź wpisaną sumę kontrolną</source>
        <translation>Check the typed checksum</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/print_match_dialog.py" line="69"/>
        <source>Suma &amp;kontrolna:</source>
        <translation>Check&amp;sum:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/print_match_dialog.py" line="75"/>
        <source>Wynik sprawdzenia</source>
        <translation>Result of the check</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/print_match_dialog.py" line="87"/>
        <source>Dokument PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/print_match_dialog.py" line="100"/>
        <source>Nie można odczytać pliku: {reason}</source>
        <translation>The file cannot be read: {reason}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/print_match_dialog.py" line="110"/>
        <source>W pliku {name} nie znaleziono sumy kontrolnej wniosku.</source>
        <translation>No application checksum was found in the file {name}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/print_match_dialog.py" line="130"/>
        <source>To nie jest suma kontrolna: ma ona 64 znaki 0–9 i A–F, w stopce wydruku zapisane w grupach po cztery.</source>
        <translation>This is not a checksum: it has 64 characters 0–9 and A–F, printed in the footer in groups of four.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/print_match_dialog.py" line="139"/>
        <source>Plik: {name}</source>
        <translation>File: {name}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/print_match_dialog.py" line="141"/>
        <source>Suma kontrolna: {checksum}</source>
        <translation>Checksum: {checksum}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/print_match_dialog.py" line="146"/>
        <source>Wydruk nie pasuje do żadnego wniosku ani zapisanego wydruku.</source>
        <translation>The printout matches no application and no recorded print.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/print_match_dialog.py" line="152"/>
        <source>Wniosek nr {id}, wersja {version} ({edition}, {role}, {network})</source>
        <translation>Application no. {id}, version {version} ({edition}, {role}, {network})</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/print_match_dialog.py" line="161"/>
        <source>zgodny z obecnymi danymi wniosku</source>
        <translation>matches the application’s current data</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/print_match_dialog.py" line="164"/>
        <source>zgodny z danymi z chwili wydruku; od tego czasu wniosek zmieniono</source>
        <translation>matches the data at the time of printing; the application has changed since</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/print_match_dialog.py" line="169"/>
        <source>wydrukowano na drukarce</source>
        <translation>printed on a printer</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/print_match_dialog.py" line="170"/>
        <source>wydruk ostateczny z {when}: {place}</source>
        <translation>final print of {when}: {place}</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../pim_desktop/ui/pages/settings_page.py" line="20"/>
        <location filename="../../pim_desktop/ui/pages/settings_page.py" line="22"/>
        <source>Ustawienia</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/settings_page.py" line="24"/>
        <source>Język</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/settings_page.py" line="28"/>
        <source>Język interfejsu</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/settings_page.py" line="33"/>
        <source>&amp;Język interfejsu:</source>
        <translation>Interface &amp;language:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/settings_page.py" line="49"/>
        <source>Język zmieni się po ponownym uruchomieniu programu. The language changes when the program is started again.</source>
        <translation>Język zmieni się po ponownym uruchomieniu programu. The language changes when the program is started again.</translation>
    </message>
</context>
<context>
    <name>SingleChoiceField</name>
    <message>
        <location filename="../../pim_desktop/ui/form_fields/value_fields.py" line="116"/>
        <source>— wybierz —</source>
        <translation>— choose —</translation>
    </message>
</context>
<context>
    <name>SubmissionDialog</name>
    <message>
        <location filename="../../pim_desktop/ui/submission_dialog.py" line="34"/>
        <location filename="../../pim_desktop/ui/submission_dialog.py" line="35"/>
        <source>Wniosek wysłany</source>
        <translation>Application sent</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/submission_dialog.py" line="40"/>
        <source>Po wysłaniu wniosek zostanie zamrożony. Zmiany będą możliwe tylko w nowej wersji.</source>
        <translation>Once sent, the application will be frozen. Changes will only be possible in a new version.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/submission_dialog.py" line="49"/>
        <source>Data wysłania</source>
        <translation>Date sent</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/submission_dialog.py" line="54"/>
        <source>Kanał wysyłki</source>
        <translation>Sending channel</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/submission_dialog.py" line="58"/>
        <source>nie dodano</source>
        <translation>not added</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/submission_dialog.py" line="60"/>
        <source>Dodaj &amp;UPO…</source>
        <translation>Add &amp;UPO…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/submission_dialog.py" line="61"/>
        <source>Dodaj urzędowe poświadczenie odbioru (UPO)</source>
        <translation>Add the official acknowledgement of receipt (UPO)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/submission_dialog.py" line="65"/>
        <source>Data wysłania:</source>
        <translation>Date sent:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/submission_dialog.py" line="66"/>
        <source>Kanał:</source>
        <translation>Channel:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/submission_dialog.py" line="67"/>
        <source>UPO:</source>
        <translation>UPO:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/submission_dialog.py" line="78"/>
        <source>Wybierz plik UPO</source>
        <translation>Choose the UPO file</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/submission_dialog.py" line="78"/>
        <source>UPO (*.xml *.pdf);;Wszystkie pliki (*)</source>
        <translation>UPO (*.xml *.pdf);;All files (*)</translation>
    </message>
</context>
<context>
    <name>TableField</name>
    <message>
        <location filename="../../pim_desktop/ui/form_fields/compound_fields.py" line="111"/>
        <source>&amp;Dodaj wiersz</source>
        <translation>&amp;Add row</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/form_fields/compound_fields.py" line="112"/>
        <source>&amp;Usuń wiersz</source>
        <translation>&amp;Remove row</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/form_fields/compound_fields.py" line="113"/>
        <source>W &amp;górę</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/form_fields/compound_fields.py" line="114"/>
        <source>W d&amp;ół</source>
        <translation>Move &amp;down</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/form_fields/compound_fields.py" line="164"/>
        <source>— wybierz —</source>
        <translation>— choose —</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../pim_desktop/ui/task_runner.py" line="132"/>
        <source>Nie udało się zapisać ani odczytać pliku: {reason}</source>
        <translation>The file could not be written or read: {reason}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/task_runner.py" line="137"/>
        <source>Nie udało się wykonać zadania. Szczegóły zapisano w dzienniku programu.</source>
        <translation>The task could not be done. The details are in the program log.</translation>
    </message>
</context>
<context>
    <name>_CountedText</name>
    <message>
        <location filename="../../pim_desktop/ui/form_fields/text_fields.py" line="45"/>
        <source>Liczba znaków: {count}</source>
        <translation>Characters: {count}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/form_fields/text_fields.py" line="47"/>
        <source>{count} / {limit} znaków</source>
        <translation>{count} / {limit} characters</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/form_fields/text_fields.py" line="51"/>
        <source>przekroczono limit o {over}</source>
        <translation>limit exceeded by {over}</translation>
    </message>
</context>
<context>
    <name>domain</name>
    <message>
        <location filename="../../pim_desktop/domain/city.py" line="26"/>
        <source>miasto na prawach powiatu</source>
        <translation>city with county rights</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/city.py" line="27"/>
        <source>gmina miejska</source>
        <translation>urban gmina</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/city.py" line="28"/>
        <source>gmina miejsko-wiejska</source>
        <translation>urban-rural gmina</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/city.py" line="29"/>
        <source>związek / porozumienie obszaru funkcjonalnego</source>
        <translation>union / agreement of a functional urban area</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/city.py" line="32"/>
        <source>jednostka miejska</source>
        <translation>city unit</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/city.py" line="86"/>
        <source>prezydent miasta</source>
        <translation>city president (mayor)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/city.py" line="87"/>
        <source>burmistrz</source>
        <translation>burmistrz (mayor)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/city.py" line="88"/>
        <source>wójt</source>
        <translation>wójt (head of gmina)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/city.py" line="89"/>
        <source>osoba upoważniona</source>
        <translation>authorised person</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/city.py" line="155"/>
        <source>NIP „{value}” jest błędny: musi mieć 10 cyfr i poprawną cyfrę kontrolną.</source>
        <translation>NIP “{value}” is wrong: it must have 10 digits and a correct check digit.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/city.py" line="167"/>
        <source>REGON „{value}” jest błędny: musi mieć 9 lub 14 cyfr i poprawną cyfrę kontrolną.</source>
        <translation>REGON “{value}” is wrong: it must have 9 or 14 digits and a correct check digit.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/city.py" line="184"/>
        <source>Kod TERYT „{value}” jest błędny: gmina ma kod z 7 cyfr (województwo, powiat, gmina, rodzaj gminy).</source>
        <translation>TERYT code “{value}” is wrong: a gmina has a 7-digit code (voivodeship, county, gmina, type of gmina).</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/city.py" line="192"/>
        <source>Kod TERYT „{value}” należy do innego województwa niż wybrane ({voivodeship}).</source>
        <translation>TERYT code “{value}” belongs to another voivodeship than the one chosen ({voivodeship}).</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/city.py" line="204"/>
        <source>Kod pocztowy „{value}” ma mieć postać 00-000.</source>
        <translation>Postal code “{value}” must look like 00-000.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/city.py" line="210"/>
        <source>Adres do e-Doręczeń „{value}” ma mieć postać AE:PL-12345-67890-ABCDE-12.</source>
        <translation>e-Delivery address “{value}” must look like AE:PL-12345-67890-ABCDE-12.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/city.py" line="228"/>
        <source>Adres e-mail „{value}” jest niepoprawny.</source>
        <translation>E-mail address “{value}” is not valid.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/city.py" line="231"/>
        <source>Numer telefonu „{value}” jest niepoprawny: podaj co najmniej 9 cyfr.</source>
        <translation>Phone number “{value}” is not valid: give at least 9 digits.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/city.py" line="241"/>
        <source>Liczba mieszkańców musi być większa od zera.</source>
        <translation>The population must be greater than zero.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/city.py" line="245"/>
        <source>Rok danych o liczbie mieszkańców musi być z lat 1990–{year}.</source>
        <translation>The year of the population figure must be between 1990 and {year}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/errors.py" line="38"/>
        <source>Nie udało się zapisać: na dysku zabrakło miejsca. Zwolnij miejsce, a zapis zostanie ponowiony; to, co wpisano, zostaje w oknie.</source>
        <translation>Could not save: the disk is full. Free some space and saving will be retried; what you typed stays in the window.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/errors.py" line="44"/>
        <source>Nie udało się zapisać: dane są otwarte tylko do odczytu albo folder danych nie pozwala na zapis.</source>
        <translation>Could not save: the data is open read-only or the data folder does not allow writing.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/errors.py" line="50"/>
        <source>Nie udało się zapisać: baza danych jest zajęta przez inny program. Spróbuj za chwilę.</source>
        <translation>Could not save: the database is busy in another program. Try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/errors.py" line="54"/>
        <source>Nie udało się odczytać lub zapisać danych. Szczegóły zapisano w dzienniku programu.</source>
        <translation>The data could not be read or written. Details were written to the program&apos;s log.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/application.py" line="25"/>
        <source>roboczy</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/application.py" line="26"/>
        <source>gotowy</source>
        <translation>ready</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/application.py" line="27"/>
        <source>podpisany</source>
        <translation>signed</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/application.py" line="28"/>
        <source>wysłany</source>
        <translation>sent</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/application.py" line="109"/>
        <source>Ten wniosek jest podpisany lub wysłany i nie może się zmienić. Aby coś poprawić, utwórz nową wersję.</source>
        <translation>This application is signed or sent and cannot change. To correct something, create a new version.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_check.py" line="75"/>
        <source>To pole jest wymagane.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_check.py" line="76"/>
        <source>Tekst jest za długi – liczba znaków ze spacjami: {count}, limit: {limit}.</source>
        <translation>The text is too long – characters with spaces: {count}, limit: {limit}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_check.py" line="79"/>
        <source>Nieprawidłowa data „{value}” – oczekiwano daty w postaci RRRR-MM-DD.</source>
        <translation>Invalid date “{value}” – expected a date in the form YYYY-MM-DD.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_check.py" line="82"/>
        <source>Nieprawidłowy zapis liczby „{value}” – oczekiwano samych cyfr, z kropką oddzielającą część ułamkową, bez spacji.</source>
        <translation>Invalid number “{value}” – expected digits only, with a dot separating the decimal part, and no spaces.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_check.py" line="87"/>
        <source>Wartość musi być liczbą całkowitą.</source>
        <translation>The value must be a whole number.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_check.py" line="88"/>
        <source>Za dużo cyfr po przecinku – dozwolona liczba cyfr: {decimals}.</source>
        <translation>Too many digits after the decimal point – digits allowed: {decimals}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_check.py" line="91"/>
        <source>Kwotę podaje się z dokładnością do grosza – najwyżej dwie cyfry po przecinku.</source>
        <translation>Amounts are given to the nearest grosz – at most two digits after the decimal point.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_check.py" line="94"/>
        <source>Wartość nie może być mniejsza niż {min}.</source>
        <translation>The value cannot be less than {min}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_check.py" line="95"/>
        <source>Wartość nie może być większa niż {max}.</source>
        <translation>The value cannot be greater than {max}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_check.py" line="96"/>
        <source>Data nie może być wcześniejsza niż {min}.</source>
        <translation>The date cannot be earlier than {min}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_check.py" line="97"/>
        <source>Data nie może być późniejsza niż {max}.</source>
        <translation>The date cannot be later than {max}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_check.py" line="98"/>
        <source>Wartość „{value}” nie należy do listy dostępnych odpowiedzi.</source>
        <translation>The value “{value}” is not one of the available options.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_check.py" line="101"/>
        <source>Zaznaczonych odpowiedzi: {count}, dozwolone najwyżej: {max}.</source>
        <translation>Options selected: {count}, maximum allowed: {max}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_check.py" line="104"/>
        <source>Zaznacz to oświadczenie – bez niego zgłoszenia nie można złożyć.</source>
        <translation>Tick this declaration – without it the application cannot be submitted.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_check.py" line="107"/>
        <source>Wypełnionych wierszy: {count}, wymagane co najmniej: {min}.</source>
        <translation>Rows filled in: {count}, minimum required: {min}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_check.py" line="110"/>
        <source>Wypełnionych wierszy: {count}, dozwolone najwyżej: {max}.</source>
        <translation>Rows filled in: {count}, maximum allowed: {max}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_check.py" line="113"/>
        <source>Nieprawidłowy adres e-mail „{value}”.</source>
        <translation>Invalid e-mail address “{value}”.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_check.py" line="114"/>
        <source>Nieprawidłowy numer telefonu „{value}” – podaj co najmniej 9 cyfr, np. +48 22 123 45 67.</source>
        <translation>Invalid phone number “{value}” – give at least 9 digits, e.g. +48 22 123 45 67.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_check.py" line="118"/>
        <source>Nieprawidłowy NIP „{value}” – numer ma 10 cyfr, z których ostatnia jest kontrolna.</source>
        <translation>Invalid NIP “{value}” – the number has 10 digits, the last of which is a check digit.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_check.py" line="121"/>
        <source>Nieprawidłowy REGON „{value}” – numer ma 9 albo 14 cyfr, z których ostatnia jest kontrolna.</source>
        <translation>Invalid REGON “{value}” – the number has 9 or 14 digits, the last of which is a check digit.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_check.py" line="125"/>
        <source>Nieprawidłowy kod TERYT „{value}” – identyfikator gminy ma 7 cyfr, np. 1465011.</source>
        <translation>Invalid TERYT code “{value}” – the gmina identifier has 7 digits, e.g. 1465011.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_check.py" line="128"/>
        <source>Nieprawidłowy adres skrytki ePUAP „{value}” – oczekiwano postaci /nazwa-urzedu/skrytka, np. /UMPrzykladowo/SkrytkaESP.</source>
        <translation>Invalid ePUAP mailbox address “{value}” – expected the form /office-name/mailbox, e.g. /UMPrzykladowo/SkrytkaESP.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_check.py" line="133"/>
        <source>Nieprawidłowy adres do doręczeń elektronicznych „{value}” – oczekiwano postaci AE:PL-00000-00000-ABCDE-00.</source>
        <translation>Invalid e-Delivery address “{value}” – expected the form AE:PL-00000-00000-ABCDE-00.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_check.py" line="138"/>
        <source>Dane załącznika są niekompletne – dodaj plik ponownie.</source>
        <translation>The attachment data is incomplete – add the file again.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_check.py" line="141"/>
        <source>Plik „{file_name}” ma niedozwolony rodzaj – dozwolone: {accept}.</source>
        <translation>The file “{file_name}” is of a type that is not allowed – allowed: {accept}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_check.py" line="144"/>
        <source>Zapisana wartość pola ma nieprawidłową postać – wprowadź ją ponownie.</source>
        <translation>The saved value of the field is in an invalid form – enter it again.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_check.py" line="147"/>
        <source>Data nie może być wcześniejsza niż data w polu „{start_label}” ({start}).</source>
        <translation>The date cannot be earlier than the date in the field “{start_label}” ({start}).</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_check.py" line="150"/>
        <source>Data musi być późniejsza niż data w polu „{start_label}” ({start}).</source>
        <translation>The date must be later than the date in the field “{start_label}” ({start}).</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_check.py" line="153"/>
        <source>Data nie może być późniejsza niż dzisiejsza ({today}).</source>
        <translation>The date cannot be later than today ({today}).</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_check.py" line="156"/>
        <source>Rok nie może być późniejszy niż bieżący ({year}).</source>
        <translation>The year cannot be later than the current year ({year}).</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_check.py" line="157"/>
        <source>wiersz {number}</source>
        <translation>row {number}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_check.py" line="158"/>
        <source>plik {number}</source>
        <translation>file {number}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_definition.py" line="108"/>
        <source>imię i nazwisko</source>
        <translation>full name</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_definition.py" line="109"/>
        <source>stanowisko</source>
        <translation>position</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_definition.py" line="110"/>
        <source>komórka organizacyjna</source>
        <translation>organisational unit</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_definition.py" line="111"/>
        <source>telefon</source>
        <translation>phone</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_definition.py" line="112"/>
        <source>adres e-mail</source>
        <translation>e-mail address</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="53"/>
        <source>nie można odczytać pliku: {error}</source>
        <translation>cannot read the file: {error}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="54"/>
        <source>plik nie jest zapisany w kodowaniu UTF-8</source>
        <translation>the file is not saved in UTF-8 encoding</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="55"/>
        <source>niepoprawny JSON w wierszu {line}, kolumnie {column}: {detail}</source>
        <translation>invalid JSON at line {line}, column {column}: {detail}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="58"/>
        <source>klucz &quot;{key}&quot; powtarza się w jednym obiekcie</source>
        <translation>the key &quot;{key}&quot; appears more than once in the same object</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="59"/>
        <source>oczekiwano obiektu JSON ({{…}})</source>
        <translation>a JSON object ({{…}}) was expected</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="60"/>
        <source>nieznany klucz &quot;{key}&quot;</source>
        <translation>unknown key &quot;{key}&quot;</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="61"/>
        <source> (czy chodziło o &quot;{suggestion}&quot;?)</source>
        <translation> (did you mean &quot;{suggestion}&quot;?)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="62"/>
        <source>brak wymaganego klucza &quot;{key}&quot;</source>
        <translation>the required key &quot;{key}&quot; is missing</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="63"/>
        <source>klucz &quot;{key}&quot; musi być tekstem</source>
        <translation>the key &quot;{key}&quot; must be text</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="64"/>
        <source>klucz &quot;{key}&quot; nie może być pusty</source>
        <translation>the key &quot;{key}&quot; cannot be empty</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="65"/>
        <source>klucz &quot;{key}&quot; musi mieć wartość true albo false</source>
        <translation>the key &quot;{key}&quot; must be true or false</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="66"/>
        <source>klucz &quot;{key}&quot; musi być liczbą całkowitą</source>
        <translation>the key &quot;{key}&quot; must be an integer</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="67"/>
        <source>klucz &quot;{key}&quot; musi wynosić co najmniej {minimum}</source>
        <translation>the key &quot;{key}&quot; must be at least {minimum}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="68"/>
        <source>klucz &quot;{key}&quot; musi być liczbą</source>
        <translation>the key &quot;{key}&quot; must be a number</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="69"/>
        <source>klucz &quot;{key}&quot; musi być listą</source>
        <translation>the key &quot;{key}&quot; must be a list</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="70"/>
        <source>lista &quot;{key}&quot; nie może być pusta</source>
        <translation>the list &quot;{key}&quot; cannot be empty</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="71"/>
        <source>klucz &quot;{key}&quot;: niepoprawna data &quot;{value}&quot; (oczekiwany format RRRR-MM-DD)</source>
        <translation>key &quot;{key}&quot;: invalid date &quot;{value}&quot; (expected format YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="74"/>
        <source>nieobsługiwana wersja formatu {value} (obsługiwana: {supported})</source>
        <translation>unsupported format version {value} (supported: {supported})</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="77"/>
        <source>identyfikator formularza &quot;{value}&quot; może zawierać tylko małe litery, cyfry, - i _</source>
        <translation>the form identifier &quot;{value}&quot; may only contain lower-case letters, digits, - and _</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="80"/>
        <source>wersja &quot;{value}&quot; musi składać się z liczb rozdzielonych kropkami, np. &quot;1.0&quot;</source>
        <translation>the version &quot;{value}&quot; must consist of numbers separated by dots, e.g. &quot;1.0&quot;</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="83"/>
        <source>identyfikator &quot;{value}&quot; musi być zapisany w stylu snake_case (małe litery, cyfry i _)</source>
        <translation>the identifier &quot;{value}&quot; must be written in snake_case (lower-case letters, digits and _)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="87"/>
        <source>klucz &quot;years&quot; musi być parą lat [pierwszy, ostatni], np. [2021, 2023]</source>
        <translation>the key &quot;years&quot; must be a pair of years [first, last], e.g. [2021, 2023]</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="90"/>
        <source>data &quot;{later}&quot; nie może być wcześniejsza niż data &quot;{earlier}&quot;</source>
        <translation>the date &quot;{later}&quot; cannot be earlier than the date &quot;{earlier}&quot;</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="93"/>
        <source>nieznana rola &quot;{role}&quot; (dozwolone: {allowed})</source>
        <translation>unknown role &quot;{role}&quot; (allowed: {allowed})</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="94"/>
        <source>identyfikator &quot;{value}&quot; powtarza się na liście</source>
        <translation>the identifier &quot;{value}&quot; appears more than once in the list</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="95"/>
        <source>rola &quot;{role}&quot; nie należy do ról formularza ({allowed})</source>
        <translation>the role &quot;{role}&quot; is not one of the form&apos;s roles ({allowed})</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="98"/>
        <source>rola &quot;{role}&quot; nie należy do ról sekcji ({allowed})</source>
        <translation>the role &quot;{role}&quot; is not one of the section&apos;s roles ({allowed})</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="101"/>
        <source>pole nie byłoby widoczne dla żadnej roli (jego role wykluczają role pola &quot;{field}&quot;)</source>
        <translation>the field would not be visible to any role (its roles have none in common with the roles of the field &quot;{field}&quot;)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="104"/>
        <source>sekcja o identyfikatorze lub numerze &quot;{value}&quot; występuje więcej niż raz</source>
        <translation>a section with the identifier or number &quot;{value}&quot; appears more than once</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="107"/>
        <source>pole &quot;{field}&quot; występuje w formularzu więcej niż raz (także w sekcji &quot;{other}&quot;)</source>
        <translation>the field &quot;{field}&quot; appears more than once in the form (also in the section &quot;{other}&quot;)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="110"/>
        <source>kolumna &quot;{column}&quot; występuje w tabeli więcej niż raz</source>
        <translation>the column &quot;{column}&quot; appears more than once in the table</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="113"/>
        <source>nieznany typ pola &quot;{value}&quot;</source>
        <translation>unknown field type &quot;{value}&quot;</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="114"/>
        <source>klucz &quot;{key}&quot; nie dotyczy pól typu &quot;{type}&quot; (dotyczy typów: {types})</source>
        <translation>the key &quot;{key}&quot; does not apply to fields of type &quot;{type}&quot; (it applies to the types: {types})</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="117"/>
        <source>typ &quot;{type}&quot; nie może być kolumną tabeli (dozwolone: {allowed})</source>
        <translation>the type &quot;{type}&quot; cannot be a table column (allowed: {allowed})</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="120"/>
        <source>nieznany format tekstu &quot;{value}&quot; (dozwolone: {allowed})</source>
        <translation>unknown text format &quot;{value}&quot; (allowed: {allowed})</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="123"/>
        <source>wartość &quot;min&quot; ({minimum}) jest większa niż &quot;max&quot; ({maximum})</source>
        <translation>the value &quot;min&quot; ({minimum}) is greater than &quot;max&quot; ({maximum})</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="126"/>
        <source>klucz &quot;decimals&quot; musi być liczbą całkowitą od 0 do {maximum}</source>
        <translation>the key &quot;decimals&quot; must be an integer from 0 to {maximum}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="129"/>
        <source>pole typu &quot;{type}&quot; wymaga listy &quot;choices&quot; albo klucza &quot;choices_from&quot;</source>
        <translation>a field of type &quot;{type}&quot; needs a &quot;choices&quot; list or a &quot;choices_from&quot; key</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="132"/>
        <source>podaj albo listę &quot;choices&quot;, albo klucz &quot;choices_from&quot;, nie oba naraz</source>
        <translation>give either a &quot;choices&quot; list or a &quot;choices_from&quot; key, not both</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="135"/>
        <source>nieznane źródło odpowiedzi &quot;{value}&quot; (dozwolone: {allowed})</source>
        <translation>unknown source of options &quot;{value}&quot; (allowed: {allowed})</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="138"/>
        <source>wartość odpowiedzi &quot;{value}&quot; powtarza się na liście &quot;choices&quot;</source>
        <translation>the option value &quot;{value}&quot; appears more than once in the &quot;choices&quot; list</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="141"/>
        <source>formularz ma &quot;one_network_per_city&quot;: true, więc wybór sieci musi być polem typu &quot;single_choice&quot;</source>
        <translation>the form has &quot;one_network_per_city&quot;: true, so the network choice must be a field of type &quot;single_choice&quot;</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="146"/>
        <source>klucz &quot;max_selected&quot; ({value}) przekracza liczbę odpowiedzi ({count})</source>
        <translation>the key &quot;max_selected&quot; ({value}) exceeds the number of options ({count})</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="149"/>
        <source>klucz &quot;max_rows&quot; ({maximum}) jest mniejszy niż &quot;min_rows&quot; ({minimum})</source>
        <translation>the key &quot;max_rows&quot; ({maximum}) is smaller than &quot;min_rows&quot; ({minimum})</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="152"/>
        <source>rozszerzenie &quot;{value}&quot; na liście &quot;accept&quot; musi zaczynać się od kropki, np. &quot;.pdf&quot;</source>
        <translation>the extension &quot;{value}&quot; in the &quot;accept&quot; list must start with a dot, e.g. &quot;.pdf&quot;</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="155"/>
        <source>nieznany klucz prefill &quot;{value}&quot; (dozwolone: {allowed})</source>
        <translation>unknown prefill key &quot;{value}&quot; (allowed: {allowed})</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="158"/>
        <source>klucz prefill &quot;{value}&quot; nie pasuje do pola typu &quot;{type}&quot; (pasuje do: {types})</source>
        <translation>the prefill key &quot;{value}&quot; does not fit a field of type &quot;{type}&quot; (it fits: {types})</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="161"/>
        <source>nieznana szerokość &quot;{value}&quot; (dozwolone: {allowed})</source>
        <translation>unknown width &quot;{value}&quot; (allowed: {allowed})</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="164"/>
        <source>visible_when musi mieć klucz &quot;field&quot; i dokładnie jeden z kluczy &quot;equals&quot; albo &quot;in&quot;</source>
        <translation>visible_when must have the key &quot;field&quot; and exactly one of the keys &quot;equals&quot; or &quot;in&quot;</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="167"/>
        <source>visible_when: wartości warunku muszą być tekstem albo true/false</source>
        <translation>visible_when: the condition values must be text or true/false</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="170"/>
        <source>visible_when wskazuje nieznane pole &quot;{field}&quot;</source>
        <translation>visible_when refers to an unknown field &quot;{field}&quot;</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="171"/>
        <source>visible_when wskazuje pole &quot;{field}&quot;, które nie występuje wcześniej w formularzu (pole sterujące musi poprzedzać pole zależne)</source>
        <translation>visible_when refers to the field &quot;{field}&quot;, which does not appear earlier in the form (the controlling field must come before the dependent field)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="176"/>
        <source>visible_when może wskazywać tylko pole wyboru albo oświadczenie, a pole &quot;{field}&quot; ma typ &quot;{type}&quot;</source>
        <translation>visible_when can only refer to a choice field or a declaration, but the field &quot;{field}&quot; is of type &quot;{type}&quot;</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="181"/>
        <source>visible_when: wartość &quot;{value}&quot; nie należy do odpowiedzi pola &quot;{field}&quot;</source>
        <translation>visible_when: the value &quot;{value}&quot; is not one of the options of the field &quot;{field}&quot;</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="184"/>
        <source>visible_when: pole &quot;{field}&quot; jest oświadczeniem, więc warunek musi być true albo false</source>
        <translation>visible_when: the field &quot;{field}&quot; is a declaration, so the condition must be true or false</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="188"/>
        <source>nieznany typ reguły &quot;{value}&quot; (dozwolone: {allowed})</source>
        <translation>unknown rule type &quot;{value}&quot; (allowed: {allowed})</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="189"/>
        <source>reguła wskazuje nieznane pole &quot;{field}&quot;</source>
        <translation>the rule refers to an unknown field &quot;{field}&quot;</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="190"/>
        <source>pole &quot;{field}&quot; wskazane jako &quot;table&quot; nie jest tabelą</source>
        <translation>the field &quot;{field}&quot; given as &quot;table&quot; is not a table</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="191"/>
        <source>pole &quot;{field}&quot; ma typ &quot;{type}&quot;, a reguła &quot;{rule}&quot; wymaga: {expected}</source>
        <translation>the field &quot;{field}&quot; is of type &quot;{type}&quot;, but the rule &quot;{rule}&quot; requires: {expected}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="196"/>
        <source>brakuje przecinka</source>
        <translation>missing comma</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="197"/>
        <source>brakuje dwukropka</source>
        <translation>missing colon</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="198"/>
        <source>oczekiwano wartości</source>
        <translation>a value was expected</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="199"/>
        <source>oczekiwano nazwy klucza w cudzysłowie (może zbędny przecinek na końcu listy?)</source>
        <translation>a key name in quotation marks was expected (perhaps a stray comma at the end of a list?)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="202"/>
        <source>niezamknięty cudzysłów</source>
        <translation>unclosed quotation mark</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="203"/>
        <source>nadmiarowe dane po zakończeniu dokumentu</source>
        <translation>extra data after the end of the document</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="204"/>
        <source>niedozwolony znak sterujący w tekście (nowy wiersz zapisz jako \n)</source>
        <translation>control character not allowed in text (write a new line as \n)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="209"/>
        <source>klucz &quot;{key}&quot;</source>
        <translation>key &quot;{key}&quot;</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="210"/>
        <source>{parent}, pozycja {number}</source>
        <translation>{parent}, item {number}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="211"/>
        <source>sekcja &quot;{section}&quot;</source>
        <translation>section &quot;{section}&quot;</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="212"/>
        <source>{parent}, pole &quot;{field}&quot;</source>
        <translation>{parent}, field &quot;{field}&quot;</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="213"/>
        <source>{parent}, kolumna &quot;{column}&quot;</source>
        <translation>{parent}, column &quot;{column}&quot;</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="214"/>
        <source>reguła nr {number}</source>
        <translation>rule no. {number}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_catalog.py" line="88"/>
        <source>formularz &quot;{id}&quot; w wersji &quot;{version}&quot; jest już zdefiniowany w pliku {other}</source>
        <translation>the form &quot;{id}&quot;, version &quot;{version}&quot;, is already defined in the file {other}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_catalog.py" line="91"/>
        <source>folder definicji formularzy nie istnieje</source>
        <translation>the form definitions folder does not exist</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="898"/>
        <source>pola typu &quot;date&quot;</source>
        <translation>a field of type &quot;date&quot;</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="899"/>
        <source>pola typu &quot;date&quot; albo &quot;number&quot; bez miejsc po przecinku (rok)</source>
        <translation>a field of type &quot;date&quot; or &quot;number&quot; with no decimal places (year)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/application_service.py" line="216"/>
        <source>W naborze „{edition}” miasto może zgłosić się tylko do jednej sieci, a ma już wniosek do innej.</source>
        <translation>In the call “{edition}” a city may apply to one network only, and it already has an application to another.</translation>
    </message>
</context>
</TS>

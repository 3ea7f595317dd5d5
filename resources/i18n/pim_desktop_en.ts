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
    <name>AttachmentList</name>
    <message>
        <location filename="../../pim_desktop/ui/widgets/attachment_list.py" line="32"/>
        <source>Załączniki spotkania</source>
        <translation>Meeting attachments</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/widgets/attachment_list.py" line="38"/>
        <source>Rodzaj dołączanego pliku</source>
        <translation>Kind of file to attach</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/widgets/attachment_list.py" line="41"/>
        <source>&amp;Dołącz plik…</source>
        <translation>&amp;Attach file…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/widgets/attachment_list.py" line="46"/>
        <source>Otwórz</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/widgets/attachment_list.py" line="49"/>
        <source>Usuń plik</source>
        <translation>Remove file</translation>
    </message>
</context>
<context>
    <name>AttendanceEditor</name>
    <message>
        <location filename="../../pim_desktop/ui/widgets/attendance_editor.py" line="54"/>
        <source>Obecność zaproszonych członków</source>
        <translation>Attendance of invited members</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/widgets/attendance_editor.py" line="56"/>
        <source>Członek</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/widgets/attendance_editor.py" line="56"/>
        <source>Osoba</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/widgets/attendance_editor.py" line="56"/>
        <source>Obecność</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/widgets/attendance_editor.py" line="56"/>
        <source>Kto zastępował</source>
        <translation>Stood in</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/widgets/attendance_editor.py" line="69"/>
        <source>Wszyscy nieodnotowani o&amp;becni</source>
        <translation>Mark everyone unrecorded as pr&amp;esent</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/widgets/attendance_editor.py" line="72"/>
        <source>Oznacz wszystkich nieodnotowanych jako obecnych</source>
        <translation>Mark everyone unrecorded as present</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/widgets/attendance_editor.py" line="79"/>
        <source>Goście spoza Partnerstwa:</source>
        <translation>Guests from outside the Partnership:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/widgets/attendance_editor.py" line="83"/>
        <source>Goście spoza Partnerstwa</source>
        <translation>Guests from outside the Partnership</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/widgets/attendance_editor.py" line="91"/>
        <source>imię i nazwisko gościa</source>
        <translation>guest&apos;s full name</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/widgets/attendance_editor.py" line="92"/>
        <source>Imię i nazwisko gościa</source>
        <translation>Guest&apos;s full name</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/widgets/attendance_editor.py" line="95"/>
        <source>instytucja (nieobowiązkowo)</source>
        <translation>organisation (optional)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/widgets/attendance_editor.py" line="96"/>
        <source>Instytucja gościa</source>
        <translation>Guest&apos;s organisation</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/widgets/attendance_editor.py" line="97"/>
        <source>Dodaj &amp;gościa</source>
        <translation>Add &amp;guest</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/widgets/attendance_editor.py" line="101"/>
        <source>Usuń gościa</source>
        <translation>Remove guest</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/widgets/attendance_editor.py" line="120"/>
        <source>Na to spotkanie nie zaproszono nikogo z rejestru.</source>
        <translation>No one from the register was invited to this meeting.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/widgets/attendance_editor.py" line="123"/>
        <source>Zmiany obecności zapisują się od razu. Zastępstwo wymaga nazwiska.</source>
        <translation>Attendance changes are saved at once. A substitution needs the name of who stood in.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/widgets/attendance_editor.py" line="133"/>
        <source>Obecność: {name}</source>
        <translation>Attendance: {name}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/widgets/attendance_editor.py" line="144"/>
        <source>Kto zastępował: {name}</source>
        <translation>Stood in for {name}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/widgets/attendance_editor.py" line="172"/>
        <source>Wpisz, kto zastępował: {name}.</source>
        <translation>Type who stood in for {name}.</translation>
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
        <location filename="../../pim_desktop/ui/pages/dashboard_page.py" line="44"/>
        <source>Pulpit</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/dashboard_page.py" line="50"/>
        <source>Dane wnioskodawcy</source>
        <translation>Applicant data</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/dashboard_page.py" line="60"/>
        <source>&amp;Edytuj dane miasta…</source>
        <translation>&amp;Edit city data…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/dashboard_page.py" line="62"/>
        <source>Edytuj dane miasta</source>
        <translation>Edit city data</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/dashboard_page.py" line="69"/>
        <source>Terminy i postęp</source>
        <translation>Deadlines and progress</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/dashboard_page.py" line="73"/>
        <source>Tu pojawią się terminy naborów z liczbą dni do końca, kompletność i stan wniosków, spotkania Lokalnego Partnerstwa i zadania do wykonania.</source>
        <translation>Here you will see call deadlines with the days left, the completeness and status of applications, Local Partnership meetings and tasks to do.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/dashboard_page.py" line="98"/>
        <source>Nazwa</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/dashboard_page.py" line="99"/>
        <source>Rodzaj jednostki</source>
        <translation>Type of authority</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/dashboard_page.py" line="100"/>
        <source>Województwo i powiat</source>
        <translation>Voivodeship and county</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/dashboard_page.py" line="101"/>
        <source>TERYT / REGON / NIP</source>
        <translation>TERYT / REGON / NIP</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/dashboard_page.py" line="102"/>
        <source>Liczba mieszkańców</source>
        <translation>Population</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/dashboard_page.py" line="103"/>
        <source>Podpisuje</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/dashboard_page.py" line="104"/>
        <source>Koordynator PIM</source>
        <translation>PIM coordinator</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/dashboard_page.py" line="114"/>
        <source>Witaj w programie PIM Desktop</source>
        <translation>Welcome to PIM Desktop</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/dashboard_page.py" line="115"/>
        <source>Zacznij od wpisania danych miasta: trafią do każdego wniosku.</source>
        <translation>Start with the city&apos;s data: it goes into every application.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/dashboard_page.py" line="127"/>
        <source>(dane z {year} r.)</source>
        <translation>(data of {year})</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/dashboard_page.py" line="131"/>
        <source>powiat {name}</source>
        <translation>{name} county</translation>
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
    <name>FiguresView</name>
    <message>
        <location filename="../../pim_desktop/ui/widgets/figures_view.py" line="31"/>
        <source>{quarter} kw. {year}</source>
        <translation>{quarter} quarter {year}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/widgets/figures_view.py" line="49"/>
        <source>Kwartał</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/widgets/figures_view.py" line="49"/>
        <source>Spotkania</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/widgets/figures_view.py" line="50"/>
        <source>Sektor</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/widgets/figures_view.py" line="50"/>
        <location filename="../../pim_desktop/ui/widgets/figures_view.py" line="51"/>
        <source>Obecność</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/widgets/figures_view.py" line="51"/>
        <source>Członek</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/widgets/figures_view.py" line="54"/>
        <source>Zadanie</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/widgets/figures_view.py" line="54"/>
        <source>Odpowiada</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/widgets/figures_view.py" line="54"/>
        <source>Termin</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/widgets/figures_view.py" line="54"/>
        <source>Stan</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/widgets/figures_view.py" line="56"/>
        <source>Spotkania w kwartałach</source>
        <translation>Meetings per quarter</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/widgets/figures_view.py" line="57"/>
        <source>Obecność według sektorów</source>
        <translation>Attendance by sector</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/widgets/figures_view.py" line="58"/>
        <source>Obecność członków</source>
        <translation>Attendance of members</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/widgets/figures_view.py" line="59"/>
        <source>Otwarte zadania</source>
        <translation>Open tasks</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/widgets/figures_view.py" line="90"/>
        <source>Aktywnych członków: {active} (byłych: {left}). Spotkań: {meetings}. Obecność na spotkaniach: {rate}. Otwartych zadań: {open}, w tym po terminie: {overdue}.</source>
        <translation>Active members: {active} (former: {left}). Meetings: {meetings}. Attendance at meetings: {rate}. Open tasks: {open}, of which overdue: {overdue}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/widgets/figures_view.py" line="116"/>
        <location filename="../../pim_desktop/ui/widgets/figures_view.py" line="120"/>
        <source>PO TERMINIE</source>
        <translation>OVERDUE</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/widgets/figures_view.py" line="116"/>
        <source>otwarte</source>
        <translation>open</translation>
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
        <location filename="../../pim_desktop/ui/main_window.py" line="47"/>
        <source>tylko do odczytu</source>
        <translation>read-only</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/main_window.py" line="54"/>
        <source>Nawigacja</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/main_window.py" line="88"/>
        <source>Pulpit</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/main_window.py" line="89"/>
        <source>Dane miasta</source>
        <translation>City data</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/main_window.py" line="92"/>
        <location filename="../../pim_desktop/ui/main_window.py" line="98"/>
        <source>Wnioski</source>
        <translation>Applications</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/main_window.py" line="94"/>
        <source>Wnioski miasta do naborów PIM (Lider lub Partner): wersje robocze, sprawdzanie, wydruk PDF i podpis elektroniczny.</source>
        <translation>The city&apos;s applications to PIM calls (Leader or Partner): drafts, checks, PDF printout and electronic signature.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/main_window.py" line="101"/>
        <source>Lokalne Partnerstwo</source>
        <translation>Local Partnership</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/main_window.py" line="102"/>
        <source>Spotkania</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/main_window.py" line="105"/>
        <location filename="../../pim_desktop/ui/main_window.py" line="111"/>
        <source>Plan działań (MID)</source>
        <translation>Action plan (MID)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/main_window.py" line="107"/>
        <source>Miejska Inicjatywa Działań: cele, tabela działań z kosztami i źródłami finansowania, harmonogram.</source>
        <translation>The Urban Action Initiative: objectives, the action table with costs and funding sources, the schedule.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/main_window.py" line="116"/>
        <source>Ustawienia</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/main_window.py" line="130"/>
        <source>&amp;Plik</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/main_window.py" line="131"/>
        <source>&amp;Zakończ</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/main_window.py" line="136"/>
        <source>P&amp;rzejdź</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/main_window.py" line="144"/>
        <source>Pomo&amp;c</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/main_window.py" line="145"/>
        <source>&amp;O programie</source>
        <translation>&amp;About</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../pim_desktop/ui/meeting_dialog.py" line="49"/>
        <source>Nowe spotkanie</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meeting_dialog.py" line="49"/>
        <source>Szczegóły spotkania</source>
        <translation>Meeting details</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meeting_dialog.py" line="62"/>
        <source>Zaproszeni członkowie Partnerstwa:</source>
        <translation>Invited members of the Partnership:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meeting_dialog.py" line="70"/>
        <source>&amp;Zapisz</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meeting_dialog.py" line="72"/>
        <source>Anuluj</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meeting_dialog.py" line="97"/>
        <source>Każdy punkt w osobnym wierszu</source>
        <translation>Each item on its own line</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meeting_dialog.py" line="100"/>
        <source>do</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meeting_dialog.py" line="104"/>
        <source>&amp;Rodzaj:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meeting_dialog.py" line="105"/>
        <source>&amp;Tytuł:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meeting_dialog.py" line="106"/>
        <source>&amp;Data:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meeting_dialog.py" line="107"/>
        <source>&amp;Godzina:</source>
        <translation>T&amp;ime:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meeting_dialog.py" line="108"/>
        <source>&amp;Miejsce:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meeting_dialog.py" line="109"/>
        <source>&amp;Link do spotkania online:</source>
        <translation>On&amp;line meeting link:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meeting_dialog.py" line="110"/>
        <source>&amp;Porządek obrad:</source>
        <translation>&amp;Agenda:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meeting_dialog.py" line="118"/>
        <source>Godzina zakończenia</source>
        <translation>End time</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meeting_dialog.py" line="119"/>
        <source>Godzina rozpoczęcia</source>
        <translation>Start time</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meeting_dialog.py" line="126"/>
        <source>Zaproszeni członkowie Partnerstwa</source>
        <translation>Invited members of the Partnership</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meeting_dialog.py" line="145"/>
        <source>Zaznacz &amp;wszystkich</source>
        <translation>Select &amp;all</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meeting_dialog.py" line="146"/>
        <source>&amp;Odznacz wszystkich</source>
        <translation>&amp;Deselect all</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <location filename="../../pim_desktop/ui/meeting_editor.py" line="72"/>
        <source>Obecność</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meeting_editor.py" line="73"/>
        <source>Protokół i ustalenia</source>
        <translation>Minutes and decisions</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meeting_editor.py" line="74"/>
        <source>Zadania</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meeting_editor.py" line="75"/>
        <source>Załączniki</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meeting_editor.py" line="101"/>
        <source>Wybierz spotkanie z listy albo dodaj nowe.</source>
        <translation>Choose a meeting from the list or add a new one.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meeting_editor.py" line="125"/>
        <source>Porządek obrad:</source>
        <translation>Agenda:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meeting_editor.py" line="145"/>
        <location filename="../../pim_desktop/ui/meeting_editor.py" line="148"/>
        <location filename="../../pim_desktop/ui/meeting_editor.py" line="150"/>
        <source>Nie zapisano</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meeting_editor.py" line="224"/>
        <source>Usunąć zadanie?</source>
        <translation>Remove the task?</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meeting_editor.py" line="225"/>
        <source>Usunąć zadanie „{task}”?</source>
        <translation>Remove the task “{task}”?</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meeting_editor.py" line="234"/>
        <source>Dołącz plik do spotkania</source>
        <translation>Attach a file to the meeting</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meeting_editor.py" line="234"/>
        <source>Wszystkie pliki (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meeting_editor.py" line="259"/>
        <source>Usunąć plik?</source>
        <translation>Remove the file?</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meeting_editor.py" line="260"/>
        <source>Usunąć plik „{name}” ze spotkania?</source>
        <translation>Remove the file “{name}” from the meeting?</translation>
    </message>
</context>
<context>
    <name>MeetingTableModel</name>
    <message>
        <location filename="../../pim_desktop/ui/models/meeting_table_model.py" line="46"/>
        <source>Data</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/models/meeting_table_model.py" line="47"/>
        <source>Rodzaj</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/models/meeting_table_model.py" line="48"/>
        <source>Tytuł</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/models/meeting_table_model.py" line="49"/>
        <source>Obecni</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/models/meeting_table_model.py" line="50"/>
        <source>Otwarte zadania</source>
        <translation>Open tasks</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/models/meeting_table_model.py" line="77"/>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <location filename="../../pim_desktop/ui/pages/meetings_page.py" line="64"/>
        <location filename="../../pim_desktop/ui/pages/meetings_page.py" line="66"/>
        <source>Spotkania</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/meetings_page.py" line="78"/>
        <source>Spotkania i ich przebieg</source>
        <translation>Meetings and their record</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/meetings_page.py" line="79"/>
        <source>Podsumowanie</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/meetings_page.py" line="92"/>
        <source>&amp;Nowe spotkanie…</source>
        <translation>&amp;New meeting…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/meetings_page.py" line="93"/>
        <source>&amp;Edytuj szczegóły…</source>
        <translation>&amp;Edit details…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/meetings_page.py" line="94"/>
        <source>&amp;Usuń spotkanie…</source>
        <translation>&amp;Remove meeting…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/meetings_page.py" line="96"/>
        <source>Lista &amp;obecności (PDF)…</source>
        <translation>Attendance &amp;list (PDF)…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/meetings_page.py" line="101"/>
        <source>Pro&amp;tokół (PDF)…</source>
        <translation>&amp;Minutes (PDF)…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/meetings_page.py" line="121"/>
        <source>Lista spotkań</source>
        <translation>List of meetings</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/meetings_page.py" line="224"/>
        <source>Dodano spotkanie: {title}.</source>
        <translation>Meeting added: {title}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/meetings_page.py" line="242"/>
        <source>Zapisano szczegóły spotkania: {title}.</source>
        <translation>Meeting details saved: {title}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/meetings_page.py" line="254"/>
        <location filename="../../pim_desktop/ui/pages/meetings_page.py" line="258"/>
        <source>Nie zapisano spotkania</source>
        <translation>Meeting not saved</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/meetings_page.py" line="268"/>
        <source>Usunąć spotkanie?</source>
        <translation>Remove the meeting?</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/meetings_page.py" line="270"/>
        <source>Usunąć spotkanie „{title}” razem z listą obecności, protokołem, zadaniami i załącznikami?</source>
        <translation>Remove the meeting “{title}” together with its attendance list, minutes, tasks and attachments?</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/meetings_page.py" line="280"/>
        <source>Nie usunięto spotkania</source>
        <translation>Meeting not removed</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/meetings_page.py" line="282"/>
        <source>Usunięto spotkanie: {title}.</source>
        <translation>Meeting removed: {title}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/meetings_page.py" line="301"/>
        <source>Zapisz PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/meetings_page.py" line="301"/>
        <source>Dokument PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/meetings_page.py" line="307"/>
        <source>Listę obecności</source>
        <translation>The attendance list</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/meetings_page.py" line="311"/>
        <source>Protokół</source>
        <translation>The minutes</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/meetings_page.py" line="321"/>
        <source>Nie zapisano pliku PDF</source>
        <translation>PDF file not saved</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/meetings_page.py" line="325"/>
        <source>{what} zapisano w pliku {file} (stron: {pages}).</source>
        <translation>{what} saved to {file} (pages: {pages}).</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/meetings_page.py" line="329"/>
        <source>Otwórz plik</source>
        <translation>Open the file</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../pim_desktop/ui/member_dialog.py" line="61"/>
        <source>Nowy członek Partnerstwa</source>
        <translation>New member of the Partnership</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/member_dialog.py" line="61"/>
        <source>Członek Partnerstwa</source>
        <translation>Member of the Partnership</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/member_dialog.py" line="71"/>
        <source>&amp;Członek</source>
        <translation>&amp;Member</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/member_dialog.py" line="72"/>
        <source>przedstawiciel</source>
        <translation>representative</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/member_dialog.py" line="73"/>
        <source>zastępca</source>
        <translation>substitute</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/member_dialog.py" line="74"/>
        <location filename="../../pim_desktop/ui/member_dialog.py" line="239"/>
        <source>&amp;Przedstawiciel</source>
        <translation>&amp;Representative</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/member_dialog.py" line="75"/>
        <source>Z&amp;astępca</source>
        <translation>S&amp;ubstitute</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/member_dialog.py" line="80"/>
        <source>&amp;Zapisz</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/member_dialog.py" line="82"/>
        <source>Anuluj</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/member_dialog.py" line="94"/>
        <source>&amp;instytucja lub organizacja</source>
        <translation>&amp;institution or organisation</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/member_dialog.py" line="95"/>
        <source>osoba prywatna (&amp;mieszkaniec)</source>
        <translation>private person (&amp;resident)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/member_dialog.py" line="100"/>
        <source>Rodzaj członka</source>
        <translation>Kind of member</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/member_dialog.py" line="105"/>
        <source>Rodzaj członka:</source>
        <translation>Kind of member:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/member_dialog.py" line="108"/>
        <source>&amp;Nazwa:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/member_dialog.py" line="110"/>
        <source>&amp;Sektor:</source>
        <translation>&amp;Sector:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/member_dialog.py" line="113"/>
        <source>&amp;Rola:</source>
        <translation>R&amp;ole:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/member_dialog.py" line="116"/>
        <source>Adr&amp;es:</source>
        <translation>Addre&amp;ss:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/member_dialog.py" line="117"/>
        <source>podano</source>
        <translation>given</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/member_dialog.py" line="117"/>
        <source>Data przystąpienia</source>
        <translation>Date joined</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/member_dialog.py" line="118"/>
        <source>Data przystąpienia:</source>
        <translation>Date joined:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/member_dialog.py" line="119"/>
        <source>wystąpił(a)</source>
        <translation>has left</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/member_dialog.py" line="119"/>
        <source>Data wystąpienia</source>
        <translation>Date left</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/member_dialog.py" line="120"/>
        <source>Data wystąpienia:</source>
        <translation>Date left:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/member_dialog.py" line="121"/>
        <source>&amp;Ważność dla wyzwania (1–5):</source>
        <translation>Im&amp;portance for the challenge (1–5):</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/member_dialog.py" line="122"/>
        <source>Wpł&amp;yw (1–5):</source>
        <translation>In&amp;fluence (1–5):</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/member_dialog.py" line="123"/>
        <source>List intencyjny:</source>
        <translation>Letter of intent:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/member_dialog.py" line="124"/>
        <source>&amp;Uwagi:</source>
        <translation>No&amp;tes:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/member_dialog.py" line="149"/>
        <source>&amp;Dołącz plik…</source>
        <translation>&amp;Attach file…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/member_dialog.py" line="150"/>
        <source>Dołącz list intencyjny</source>
        <translation>Attach the letter of intent</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/member_dialog.py" line="152"/>
        <source>Usuń plik</source>
        <translation>Remove file</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/member_dialog.py" line="153"/>
        <source>Usuń list intencyjny</source>
        <translation>Remove the letter of intent</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/member_dialog.py" line="215"/>
        <source>{name} (zostanie dołączony przy zapisie)</source>
        <translation>{name} (will be attached on saving)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/member_dialog.py" line="221"/>
        <source>nie dołączono</source>
        <translation>not attached</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/member_dialog.py" line="228"/>
        <source>List intencyjny</source>
        <translation>Letter of intent</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/member_dialog.py" line="230"/>
        <source>Dokumenty (*.pdf *.jpg *.jpeg *.png *.doc *.docx *.odt);;Wszystkie pliki (*)</source>
        <translation>Documents (*.pdf *.jpg *.jpeg *.png *.doc *.docx *.odt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/member_dialog.py" line="239"/>
        <source>&amp;Osoba</source>
        <translation>&amp;Person</translation>
    </message>
</context>
<context>
    <name>MemberImportDialog</name>
    <message>
        <location filename="../../pim_desktop/ui/member_import_dialog.py" line="29"/>
        <source>Import członków z pliku CSV</source>
        <translation>Import members from a CSV file</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/member_import_dialog.py" line="34"/>
        <source>Plik {file} (kodowanie {encoding}): {accepted} wierszy można dopisać, {rejected} odrzucono. Nic nie zostało jeszcze zapisane.</source>
        <translation>File {file} (encoding {encoding}): {accepted} rows can be added, {rejected} were refused. Nothing has been saved yet.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/member_import_dialog.py" line="49"/>
        <source>Pominięte kolumny (nieznane nagłówki): {columns}</source>
        <translation>Columns skipped (unknown headers): {columns}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/member_import_dialog.py" line="63"/>
        <location filename="../../pim_desktop/ui/member_import_dialog.py" line="68"/>
        <source>Wiersz</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/member_import_dialog.py" line="63"/>
        <source>Powód odrzucenia</source>
        <translation>Reason for refusal</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/member_import_dialog.py" line="63"/>
        <source>Treść wiersza</source>
        <translation>Row as read</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/member_import_dialog.py" line="68"/>
        <source>Członek</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/member_import_dialog.py" line="68"/>
        <source>Sektor</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/member_import_dialog.py" line="68"/>
        <source>Rola</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/member_import_dialog.py" line="80"/>
        <source>&amp;Odrzucone ({count})</source>
        <translation>&amp;Refused ({count})</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/member_import_dialog.py" line="83"/>
        <source>&amp;Do dopisania ({count})</source>
        <translation>To &amp;add ({count})</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/member_import_dialog.py" line="91"/>
        <source>&amp;Dopisz {count} członków</source>
        <translation>&amp;Add {count} members</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/member_import_dialog.py" line="96"/>
        <source>Anuluj</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>MemberRegister</name>
    <message>
        <location filename="../../pim_desktop/ui/widgets/member_register.py" line="63"/>
        <source>nazwa, osoba, e-mail…</source>
        <translation>name, person, e-mail…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/widgets/member_register.py" line="64"/>
        <source>Szukaj członków</source>
        <translation>Search members</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/widgets/member_register.py" line="67"/>
        <source>Wyczyść wyszukiwanie</source>
        <translation>Clear the search</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/widgets/member_register.py" line="69"/>
        <source>&amp;Szukaj:</source>
        <translation>Sear&amp;ch:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/widgets/member_register.py" line="73"/>
        <source>Filtr sektora</source>
        <translation>Sector filter</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/widgets/member_register.py" line="74"/>
        <source>wszystkie sektory</source>
        <translation>all sectors</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/widgets/member_register.py" line="79"/>
        <source>Filtr roli</source>
        <translation>Role filter</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/widgets/member_register.py" line="80"/>
        <source>wszystkie role</source>
        <translation>all roles</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/widgets/member_register.py" line="83"/>
        <source>pokaż &amp;byłych członków</source>
        <translation>show &amp;former members</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/widgets/member_register.py" line="112"/>
        <source>Rejestr członków Lokalnego Partnerstwa</source>
        <translation>Register of Local Partnership members</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/widgets/member_register.py" line="151"/>
        <source>widocznych: {shown} z {total}</source>
        <translation>shown: {shown} of {total}</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <location filename="../../pim_desktop/ui/models/member_table_model.py" line="104"/>
        <source>Członek</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/models/member_table_model.py" line="105"/>
        <source>Przedstawiciel</source>
        <translation>Representative</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/models/member_table_model.py" line="106"/>
        <source>Sektor</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/models/member_table_model.py" line="107"/>
        <source>Rola</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/models/member_table_model.py" line="108"/>
        <source>Członek od</source>
        <translation>Member since</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/models/member_table_model.py" line="109"/>
        <source>Stan</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/models/member_table_model.py" line="110"/>
        <source>Ważność</source>
        <translation>Importance</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/models/member_table_model.py" line="111"/>
        <source>Wpływ</source>
        <translation>Influence</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/models/member_table_model.py" line="112"/>
        <source>Obecność</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/models/member_table_model.py" line="128"/>
        <source>Obecność na spotkaniach z odnotowaną listą (obecny lub zastępstwo)</source>
        <translation>Attendance at meetings with recorded attendance (present or substituted)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/models/member_table_model.py" line="197"/>
        <source>aktywny</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/models/member_table_model.py" line="198"/>
        <source>wystąpił {date}</source>
        <translation>left {date}</translation>
    </message>
</context>
<context>
    <name>MinutesEditor</name>
    <message>
        <location filename="../../pim_desktop/ui/widgets/minutes_editor.py" line="33"/>
        <source>Stan zapisu protokołu</source>
        <translation>Saving state of the minutes</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/widgets/minutes_editor.py" line="37"/>
        <source>Protokół: przebieg spotkania</source>
        <translation>Minutes: course of the meeting</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/widgets/minutes_editor.py" line="39"/>
        <source>Przebieg spotkania: kto prowadził, co omówiono, jakie padły wnioski…</source>
        <translation>Course of the meeting: who chaired it, what was discussed, what was concluded…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/widgets/minutes_editor.py" line="47"/>
        <source>Ustalenia, każde w osobnym wierszu</source>
        <translation>Decisions, each on its own line</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/widgets/minutes_editor.py" line="43"/>
        <source>Przebie&amp;g spotkania (akapity oddzielaj pustym wierszem):</source>
        <translation>&amp;Course of the meeting (separate paragraphs with an empty line):</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/widgets/minutes_editor.py" line="50"/>
        <source>Usta&amp;lenia (każde w osobnym wierszu):</source>
        <translation>Deci&amp;sions (each on its own line):</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/widgets/minutes_editor.py" line="69"/>
        <source>Tryb tylko do odczytu.</source>
        <translation>Read-only mode.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/widgets/minutes_editor.py" line="71"/>
        <source>Protokół zapisuje się sam chwilę po wpisaniu.</source>
        <translation>The minutes save themselves a moment after typing.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/widgets/minutes_editor.py" line="81"/>
        <source>Zapisywanie…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/widgets/minutes_editor.py" line="94"/>
        <source>Protokół zapisany o {time}.</source>
        <translation>Minutes saved at {time}.</translation>
    </message>
</context>
<context>
    <name>PartnershipPage</name>
    <message>
        <location filename="../../pim_desktop/ui/pages/partnership_page.py" line="57"/>
        <location filename="../../pim_desktop/ui/pages/partnership_page.py" line="62"/>
        <source>Lokalne Partnerstwo</source>
        <translation>Local Partnership</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/partnership_page.py" line="71"/>
        <source>Wynik ostatniej czynności</source>
        <translation>Result of the last action</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/partnership_page.py" line="78"/>
        <source>Rejestr członków</source>
        <translation>Member register</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/partnership_page.py" line="79"/>
        <source>Sektory</source>
        <translation>Sectors</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/partnership_page.py" line="80"/>
        <source>Macierz ważności i wpływu</source>
        <translation>Importance and influence matrix</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/partnership_page.py" line="103"/>
        <source>&amp;Dodaj członka…</source>
        <translation>&amp;Add member…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/partnership_page.py" line="104"/>
        <source>&amp;Edytuj…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/partnership_page.py" line="105"/>
        <source>&amp;Usuń…</source>
        <translation>&amp;Remove…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/partnership_page.py" line="107"/>
        <source>&amp;Importuj z CSV…</source>
        <translation>&amp;Import from CSV…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/partnership_page.py" line="110"/>
        <source>Eksportuj do CS&amp;V…</source>
        <translation>Export to CS&amp;V…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/partnership_page.py" line="116"/>
        <source>Usuń dane os&amp;oby…</source>
        <translation>Erase a pers&amp;on&apos;s data…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/partnership_page.py" line="113"/>
        <source>E&amp;ksportuj dane osoby…</source>
        <translation>E&amp;xport a person&apos;s data…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/partnership_page.py" line="140"/>
        <source>Zapisz wykres jako PN&amp;G…</source>
        <translation>Save chart as PN&amp;G…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/partnership_page.py" line="151"/>
        <source>Zapisz macierz jako P&amp;NG…</source>
        <translation>Save matrix as P&amp;NG…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/partnership_page.py" line="170"/>
        <source>Członków w rejestrze: {total}, w tym aktywnych: {active}; sektorów: {sectors} z {all}.</source>
        <translation>Members in the register: {total}, of which active: {active}; sectors: {sectors} of {all}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/partnership_page.py" line="181"/>
        <source>Aktywni członkowie Lokalnego Partnerstwa według sektorów</source>
        <translation>Active members of the Local Partnership by sector</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/partnership_page.py" line="205"/>
        <source>Dodano: {name}.</source>
        <translation>Added: {name}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/partnership_page.py" line="220"/>
        <source>Zapisano zmiany: {name}.</source>
        <translation>Changes saved: {name}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/partnership_page.py" line="229"/>
        <location filename="../../pim_desktop/ui/pages/partnership_page.py" line="234"/>
        <source>Nie zapisano członka</source>
        <translation>Member not saved</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/partnership_page.py" line="243"/>
        <source>Usunąć członka?</source>
        <translation>Remove the member?</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/partnership_page.py" line="245"/>
        <source>Usunąć „{name}” z rejestru Lokalnego Partnerstwa?

Członek, który był na spotkaniach, nie zniknie z list: zostanie oznaczony jako ten, który wystąpił z Partnerstwa, a liczby obecności zostaną zachowane.</source>
        <translation>Remove “{name}” from the Local Partnership register?

A member who came to meetings does not vanish from the lists: they are marked as having left the Partnership and their attendance counts are kept.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/partnership_page.py" line="255"/>
        <source>Nie usunięto członka</source>
        <translation>Member not removed</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/partnership_page.py" line="258"/>
        <source>Usunięto z rejestru: {name}.</source>
        <translation>Removed from the register: {name}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/partnership_page.py" line="260"/>
        <source>„{name}” był(a) na spotkaniach: oznaczono jako byłego członka.</source>
        <translation>“{name}” came to meetings: marked as a former member.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/partnership_page.py" line="268"/>
        <source>Import członków z CSV</source>
        <translation>Import members from CSV</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/partnership_page.py" line="268"/>
        <source>Pliki CSV (*.csv *.txt)</source>
        <translation>CSV files (*.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/partnership_page.py" line="278"/>
        <location filename="../../pim_desktop/ui/pages/partnership_page.py" line="281"/>
        <source>Nie można zaimportować pliku</source>
        <translation>The file cannot be imported</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/partnership_page.py" line="285"/>
        <source>Import anulowano; niczego nie zapisano.</source>
        <translation>Import cancelled; nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/partnership_page.py" line="290"/>
        <source>Nie zapisano członków</source>
        <translation>Members not saved</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/partnership_page.py" line="293"/>
        <source>Dopisano {added} członków; odrzuconych wierszy: {rejected}.</source>
        <translation>Added {added} members; rows refused: {rejected}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/partnership_page.py" line="303"/>
        <source>Eksport członków do CSV</source>
        <translation>Export members to CSV</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/partnership_page.py" line="305"/>
        <source>Pliki CSV (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/partnership_page.py" line="314"/>
        <source>Nie zapisano pliku</source>
        <translation>File not saved</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/partnership_page.py" line="317"/>
        <source>Zapisano {count} członków w pliku {file}.</source>
        <translation>Saved {count} members to {file}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/partnership_page.py" line="328"/>
        <source>Zapisz obraz</source>
        <translation>Save image</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/partnership_page.py" line="328"/>
        <source>Obraz PNG (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/partnership_page.py" line="333"/>
        <source>Zapisano obraz {file}.</source>
        <translation>Image saved: {file}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/partnership_page.py" line="335"/>
        <source>Nie zapisano obrazu</source>
        <translation>Image not saved</translation>
    </message>
</context>
<context>
    <name>PartnershipSummary</name>
    <message>
        <location filename="../../pim_desktop/ui/widgets/partnership_summary.py" line="16"/>
        <location filename="../../pim_desktop/ui/widgets/partnership_summary.py" line="17"/>
        <source>Lokalne Partnerstwo</source>
        <translation>Local Partnership</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/widgets/partnership_summary.py" line="21"/>
        <source>Członkowie</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/widgets/partnership_summary.py" line="22"/>
        <source>Spotkania w kwartałach</source>
        <translation>Meetings per quarter</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/widgets/partnership_summary.py" line="23"/>
        <source>Obecność na spotkaniach</source>
        <translation>Attendance at meetings</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/widgets/partnership_summary.py" line="24"/>
        <source>Otwarte zadania</source>
        <translation>Open tasks</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/widgets/partnership_summary.py" line="35"/>
        <source>{active} aktywnych (byłych: {left})</source>
        <translation>{active} active (former: {left})</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/widgets/partnership_summary.py" line="42"/>
        <source>jeszcze nie było spotkań</source>
        <translation>no meetings yet</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/widgets/partnership_summary.py" line="45"/>
        <source>{open} otwartych</source>
        <translation>{open} open</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/widgets/partnership_summary.py" line="47"/>
        <source>w tym PO TERMINIE: {count}</source>
        <translation>of which OVERDUE: {count}</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <location filename="../../pim_desktop/ui/widgets/person_editor.py" line="34"/>
        <source>Dane tej osoby usunięto na jej żądanie; zostały tylko liczby obecności.</source>
        <translation>This person&apos;s data was erased at their request; only the attendance counts remain.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/widgets/person_editor.py" line="41"/>
        <source>&amp;Imię i nazwisko:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/widgets/person_editor.py" line="42"/>
        <source>&amp;Stanowisko:</source>
        <translation>P&amp;osition:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/widgets/person_editor.py" line="43"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/widgets/person_editor.py" line="44"/>
        <source>&amp;Telefon:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/widgets/person_editor.py" line="47"/>
        <source>Dane osobowe (RODO)</source>
        <translation>Personal data (GDPR)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/widgets/person_editor.py" line="51"/>
        <source>Podstawa przetwarzania danych</source>
        <translation>Legal basis of processing</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/widgets/person_editor.py" line="52"/>
        <source>— nie podano —</source>
        <translation>— not given —</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/widgets/person_editor.py" line="55"/>
        <source>Podsta&amp;wa przetwarzania:</source>
        <translation>Legal &amp;basis of processing:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/widgets/person_editor.py" line="63"/>
        <source>zgoda na pu&amp;blikację imienia i nazwiska w dokumentach</source>
        <translation>consent to pu&amp;blication of the name in documents</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/widgets/person_editor.py" line="65"/>
        <source>zgoda na zd&amp;jęcia</source>
        <translation>consent to p&amp;hotos</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/widgets/person_editor.py" line="58"/>
        <source>podano</source>
        <translation>given</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/widgets/person_editor.py" line="58"/>
        <source>Data zgody</source>
        <translation>Date of consent</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/widgets/person_editor.py" line="60"/>
        <source>Data zgody:</source>
        <translation>Date of consent:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/widgets/person_editor.py" line="61"/>
        <source>zgoda na &amp;kontakt (e-mail, telefon)</source>
        <translation>consent to be &amp;contacted (e-mail, phone)</translation>
    </message>
</context>
<context>
    <name>PersonalDataActions</name>
    <message>
        <location filename="../../pim_desktop/ui/personal_data_actions.py" line="36"/>
        <source>Brak danych osobowych</source>
        <translation>No personal data</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/personal_data_actions.py" line="37"/>
        <source>Ten członek nie ma zapisanych danych żadnej osoby.</source>
        <translation>This member holds no data of any person.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/personal_data_actions.py" line="44"/>
        <location filename="../../pim_desktop/ui/personal_data_actions.py" line="49"/>
        <source>Której osoby?</source>
        <translation>Which person?</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/personal_data_actions.py" line="56"/>
        <source>Anuluj</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/personal_data_actions.py" line="61"/>
        <source>Czyje dane wyeksportować?</source>
        <translation>Whose data should be exported?</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/personal_data_actions.py" line="67"/>
        <source>Eksport danych osoby</source>
        <translation>Export of a person&apos;s data</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/personal_data_actions.py" line="69"/>
        <source>Plik JSON (*.json)</source>
        <translation>JSON file (*.json)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/personal_data_actions.py" line="76"/>
        <source>Nie zapisano pliku</source>
        <translation>File not saved</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/personal_data_actions.py" line="79"/>
        <source>Dane osoby {name} zapisano w pliku {file}.</source>
        <translation>The data of {name} was saved to {file}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/personal_data_actions.py" line="83"/>
        <source>Czyje dane usunąć?</source>
        <translation>Whose data should be erased?</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/personal_data_actions.py" line="89"/>
        <source>Usunąć dane osoby?</source>
        <translation>Erase the person&apos;s data?</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/personal_data_actions.py" line="91"/>
        <source>Usunąć dane osobowe: {name}?

Imię i nazwisko, e-mail, telefon i zgody zostaną zastąpione napisem „Osoba usunięta”. Liczby spotkań i obecności zostaną zachowane. Tego nie można cofnąć.</source>
        <translation>Erase the personal data of {name}?

The name, e-mail, phone and consents will be replaced with “Osoba usunięta” (person erased). The counts of meetings and attendance are kept. This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/personal_data_actions.py" line="103"/>
        <source>Nie usunięto danych</source>
        <translation>Data not erased</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/personal_data_actions.py" line="105"/>
        <source>Usunięto dane osobowe: {name}.</source>
        <translation>Personal data erased: {name}.</translation>
    </message>
</context>
<context>
    <name>SectorChart</name>
    <message>
        <location filename="../../pim_desktop/ui/widgets/sector_chart.py" line="38"/>
        <source>Wykres: członkowie Partnerstwa według sektorów</source>
        <translation>Chart: Partnership members by sector</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/widgets/sector_chart.py" line="47"/>
        <source>razem: {total}</source>
        <translation>total: {total}</translation>
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
    <name>StakeholderMatrix</name>
    <message>
        <location filename="../../pim_desktop/ui/widgets/stakeholder_matrix.py" line="62"/>
        <source>Macierz interesariuszy: ważność i wpływ</source>
        <translation>Stakeholder matrix: importance and influence</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/widgets/stakeholder_matrix.py" line="166"/>
        <source>… i jeszcze {count}</source>
        <translation>… and {count} more</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/widgets/stakeholder_matrix.py" line="245"/>
        <source>Wpływ na sprawy miasta (1 — mały, 5 — duży)</source>
        <translation>Influence on city matters (1 — low, 5 — high)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/widgets/stakeholder_matrix.py" line="253"/>
        <source>Ważność dla wyzwania (1 — mała, 5 — duża)</source>
        <translation>Importance for the challenge (1 — low, 5 — high)</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <location filename="../../pim_desktop/ui/task_dialog.py" line="32"/>
        <source>Nowe zadanie</source>
        <translation>New task</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/task_dialog.py" line="32"/>
        <source>Zadanie</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/task_dialog.py" line="47"/>
        <source>— ktoś spoza rejestru (wpisz niżej) —</source>
        <translation>— someone outside the register (type below) —</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/task_dialog.py" line="53"/>
        <source>podano</source>
        <translation>given</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/task_dialog.py" line="53"/>
        <source>Termin zadania</source>
        <translation>Task due date</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/task_dialog.py" line="55"/>
        <source>wykonane</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/task_dialog.py" line="55"/>
        <source>Data wykonania zadania</source>
        <translation>Date the task was done</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/task_dialog.py" line="58"/>
        <source>Zad&amp;anie:</source>
        <translation>&amp;Task:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/task_dialog.py" line="59"/>
        <source>&amp;Odpowiada:</source>
        <translation>&amp;Responsible:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/task_dialog.py" line="60"/>
        <source>&amp;Inna osoba:</source>
        <translation>&amp;Other person:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/task_dialog.py" line="66"/>
        <source>Termin:</source>
        <translation>Due:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/task_dialog.py" line="67"/>
        <source>Wykonano:</source>
        <translation>Done:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/task_dialog.py" line="73"/>
        <source>&amp;Zapisz</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/task_dialog.py" line="74"/>
        <source>Anuluj</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>TaskList</name>
    <message>
        <location filename="../../pim_desktop/ui/widgets/task_list.py" line="35"/>
        <source>Zadania ze spotkania</source>
        <translation>Tasks from the meeting</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/widgets/task_list.py" line="37"/>
        <source>Zadanie</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/widgets/task_list.py" line="37"/>
        <source>Odpowiada</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/widgets/task_list.py" line="37"/>
        <source>Termin</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/widgets/task_list.py" line="37"/>
        <source>Stan</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/widgets/task_list.py" line="54"/>
        <source>Dodaj &amp;zadanie…</source>
        <translation>Add &amp;task…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/widgets/task_list.py" line="56"/>
        <source>Edytuj zadanie…</source>
        <translation>Edit task…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/widgets/task_list.py" line="61"/>
        <source>Oznacz jako &amp;wykonane</source>
        <translation>Mark as &amp;done</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/widgets/task_list.py" line="66"/>
        <source>Usuń zadanie</source>
        <translation>Remove task</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/widgets/task_list.py" line="86"/>
        <source>wykonane {date}</source>
        <translation>done {date}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/widgets/task_list.py" line="88"/>
        <source>PO TERMINIE</source>
        <translation>OVERDUE</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/widgets/task_list.py" line="90"/>
        <source>otwarte</source>
        <translation>open</translation>
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
        <location filename="../../pim_desktop/domain/partnership.py" line="249"/>
        <source>Adres e-mail „{value}” jest niepoprawny.</source>
        <translation>E-mail address “{value}” is not valid.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/city.py" line="231"/>
        <location filename="../../pim_desktop/domain/partnership.py" line="252"/>
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
        <location filename="../../pim_desktop/domain/application.py" line="93"/>
        <source>Ten wniosek jest podpisany lub wysłany i nie może się zmienić. Aby coś poprawić, utwórz nową wersję.</source>
        <translation>This application is signed or sent and cannot change. To correct something, create a new version.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/meeting.py" line="29"/>
        <source>spotkanie LP</source>
        <translation>LP meeting</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/meeting.py" line="30"/>
        <source>warsztat</source>
        <translation>workshop</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/meeting.py" line="31"/>
        <source>konsultacje</source>
        <translation>consultation</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/meeting.py" line="32"/>
        <source>wizyta studyjna</source>
        <translation>study visit</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/meeting.py" line="33"/>
        <source>spotkanie sieci</source>
        <translation>network meeting</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/meeting.py" line="34"/>
        <source>wizyta eksperta</source>
        <translation>expert visit</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/meeting.py" line="39"/>
        <source>Spotkanie Lokalnego Partnerstwa</source>
        <translation>Local Partnership meeting</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/meeting.py" line="40"/>
        <source>Warsztat Lokalnego Partnerstwa</source>
        <translation>Local Partnership workshop</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/meeting.py" line="41"/>
        <source>Konsultacje społeczne</source>
        <translation>Public consultation</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/meeting.py" line="42"/>
        <source>Wizyta studyjna</source>
        <translation>Study visit</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/meeting.py" line="43"/>
        <source>Spotkanie sieci tematycznej</source>
        <translation>Thematic network meeting</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/meeting.py" line="44"/>
        <source>Wizyta eksperta tematycznego</source>
        <translation>Thematic expert visit</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/meeting.py" line="56"/>
        <source>obecny</source>
        <translation>present</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/meeting.py" line="57"/>
        <source>usprawiedliwiony</source>
        <translation>excused</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/meeting.py" line="58"/>
        <source>nieobecny</source>
        <translation>absent</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/meeting.py" line="59"/>
        <source>zastępstwo</source>
        <translation>substituted</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/meeting.py" line="61"/>
        <source>nie odnotowano</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/meeting.py" line="75"/>
        <source>zdjęcie</source>
        <translation>photo</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/meeting.py" line="76"/>
        <source>podpisana lista obecności (skan)</source>
        <translation>signed attendance list (scan)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/meeting.py" line="79"/>
        <source>prezentacja</source>
        <translation>presentation</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/meeting.py" line="80"/>
        <source>inny dokument</source>
        <translation>other document</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/meeting.py" line="212"/>
        <source>Podaj tytuł spotkania.</source>
        <translation>Give the meeting a title.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/meeting.py" line="217"/>
        <source>Spotkanie musi kończyć się później, niż się zaczyna.</source>
        <translation>A meeting must end later than it starts.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/meeting.py" line="226"/>
        <source>Przy zastępstwie podaj, kto zastępował.</source>
        <translation>For a substitution, give the name of who stood in.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/meeting.py" line="233"/>
        <source>Opisz zadanie.</source>
        <translation>Describe the task.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/partnership.py" line="30"/>
        <source>instytucja / organizacja</source>
        <translation>institution / organisation</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/partnership.py" line="31"/>
        <source>osoba (mieszkaniec)</source>
        <translation>person (resident)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/partnership.py" line="52"/>
        <source>urząd miasta / wydział</source>
        <translation>city office / department</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/partnership.py" line="53"/>
        <source>jednostka lub spółka miejska</source>
        <translation>municipal unit or company</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/partnership.py" line="54"/>
        <source>urząd marszałkowski</source>
        <translation>regional marshal&apos;s office</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/partnership.py" line="55"/>
        <source>powiat</source>
        <translation>county</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/partnership.py" line="56"/>
        <source>sąsiednia gmina</source>
        <translation>neighbouring municipality</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/partnership.py" line="57"/>
        <source>administracja rządowa</source>
        <translation>government administration</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/partnership.py" line="58"/>
        <source>organizacja pozarządowa</source>
        <translation>non-governmental organisation</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/partnership.py" line="59"/>
        <source>przedsiębiorca / organizacja biznesu</source>
        <translation>business / business association</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/partnership.py" line="60"/>
        <source>uczelnia / instytut</source>
        <translation>university / institute</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/partnership.py" line="61"/>
        <source>szkoła</source>
        <translation>school</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/partnership.py" line="62"/>
        <source>media</source>
        <translation>media</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/partnership.py" line="63"/>
        <source>mieszkańcy / grupa nieformalna</source>
        <translation>residents / informal group</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/partnership.py" line="64"/>
        <source>inne</source>
        <translation>other</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/partnership.py" line="77"/>
        <source>koordynator</source>
        <translation>coordinator</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/partnership.py" line="78"/>
        <source>członek</source>
        <translation>member</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/partnership.py" line="79"/>
        <source>członek doradczy</source>
        <translation>advisory member</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/partnership.py" line="80"/>
        <source>obserwator</source>
        <translation>observer</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/partnership.py" line="81"/>
        <source>ekspert</source>
        <translation>expert</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/partnership.py" line="95"/>
        <source>zgoda osoby (art. 6 ust. 1 lit. a RODO)</source>
        <translation>the person&apos;s consent (GDPR art. 6(1)(a))</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/partnership.py" line="96"/>
        <source>zadanie w interesie publicznym (art. 6 ust. 1 lit. e RODO)</source>
        <translation>task in the public interest (GDPR art. 6(1)(e))</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/partnership.py" line="99"/>
        <source>obowiązek prawny (art. 6 ust. 1 lit. c RODO)</source>
        <translation>legal obligation (GDPR art. 6(1)(c))</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/partnership.py" line="102"/>
        <source>umowa (art. 6 ust. 1 lit. b RODO)</source>
        <translation>contract (GDPR art. 6(1)(b))</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/partnership.py" line="112"/>
        <source>przedstawiciel</source>
        <translation>representative</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/partnership.py" line="113"/>
        <source>zastępca</source>
        <translation>substitute</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/partnership.py" line="224"/>
        <source>Podaj nazwę instytucji lub organizacji.</source>
        <translation>Give the name of the institution or organisation.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/partnership.py" line="227"/>
        <source>Podaj imię i nazwisko osoby.</source>
        <translation>Give the person&apos;s full name.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/partnership.py" line="231"/>
        <source>Ocena musi być liczbą od 1 do 5.</source>
        <translation>A score must be a number from 1 to 5.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/partnership.py" line="234"/>
        <source>Data wystąpienia nie może być wcześniejsza niż data przystąpienia.</source>
        <translation>The date left cannot be earlier than the date joined.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/partnership.py" line="258"/>
        <source>Dane są przetwarzane na podstawie zgody: podaj datę jej wyrażenia.</source>
        <translation>The data is processed on the basis of consent: give the date it was given.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/partnership.py" line="263"/>
        <source>Data zgody nie może być z przyszłości.</source>
        <translation>The date of consent cannot be in the future.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/partnership.py" line="278"/>
        <source>kluczowi partnerzy: angażować na co dzień</source>
        <translation>key partners: manage closely</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/partnership.py" line="281"/>
        <source>wpływowi: konsultować i dbać o poparcie</source>
        <translation>influential: consult and keep satisfied</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/partnership.py" line="284"/>
        <source>zainteresowani: informować i wspierać</source>
        <translation>interested: keep informed and support</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/partnership.py" line="287"/>
        <source>pozostali: obserwować</source>
        <translation>others: monitor</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/member_csv.py" line="186"/>
        <source>Pliku nie da się odczytać: nie jest zapisany w UTF-8 ani w Windows-1250.</source>
        <translation>The file cannot be read: it is neither UTF-8 nor Windows-1250.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/member_csv.py" line="203"/>
        <source>W pierwszym wierszu pliku nie ma kolumny z nazwą członka („Nazwa instytucji / organizacji” albo „Przedstawiciel: imię i nazwisko”).</source>
        <translation>The first row of the file has no column with the member&apos;s name (“Nazwa instytucji / organizacji” or “Przedstawiciel: imię i nazwisko”).</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/member_csv.py" line="240"/>
        <source>Taki członek jest już w rejestrze.</source>
        <translation>This member is already in the register.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/member_csv.py" line="242"/>
        <source>Ten sam członek jest już w wierszu {line} pliku.</source>
        <translation>The same member is already in row {line} of the file.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/member_csv.py" line="255"/>
        <source>Wiersz ma więcej wartości, niż plik ma kolumn.</source>
        <translation>The row has more values than the file has columns.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/member_row_parser.py" line="111"/>
        <source>Kolumna „{column}”: nieznana wartość „{value}”.</source>
        <translation>Column “{column}”: unknown value “{value}”.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/member_row_parser.py" line="124"/>
        <source>Kolumna „{column}”: „{value}” nie jest datą (RRRR-MM-DD albo DD.MM.RRRR).</source>
        <translation>Column “{column}”: “{value}” is not a date (YYYY-MM-DD or DD.MM.YYYY).</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/member_row_parser.py" line="136"/>
        <source>Kolumna „{column}”: „{value}” nie jest oceną od 1 do 5.</source>
        <translation>Column “{column}”: “{value}” is not a score from 1 to 5.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/member_row_parser.py" line="147"/>
        <source>Kolumna „{column}”: wpisz „tak” albo „nie” zamiast „{value}”.</source>
        <translation>Column “{column}”: write “tak” (yes) or “nie” (no) instead of “{value}”.</translation>
    </message>
</context>
</TS>

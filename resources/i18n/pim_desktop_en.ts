<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="pl_PL">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../pim_desktop/ui/about_dialog.py" line="24" />
        <location filename="../../pim_desktop/ui/about_dialog.py" line="25" />
        <source>O programie</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/about_dialog.py" line="33" />
        <source>Wnioski do Partnerskiej Inicjatywy Miast, Lokalne Partnerstwo i plan działań miasta. Program działa bez internetu i nigdzie nie wysyła danych.</source>
        <translation>Applications to the Cities Partnership Initiative, the Local Partnership and the city's action plan. The program works offline and never sends data anywhere.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/about_dialog.py" line="41" />
        <source>Wersja</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/about_dialog.py" line="42" />
        <source>Folder danych</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/about_dialog.py" line="43" />
        <source>Plik bazy danych</source>
        <translation>Database file</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/about_dialog.py" line="44" />
        <source>Folder kopii zapasowych</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/about_dialog.py" line="45" />
        <source>Folder dziennika</source>
        <translation>Log folder</translation>
    </message>
</context>
<context>
    <name>CityProfilePage</name>
    <message>
        <location filename="../../pim_desktop/ui/pages/city_profile_page.py" line="74" />
        <source>Dane miasta</source>
        <translation>City data</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/city_profile_page.py" line="82" />
        <source>Dane miasta (wnioskodawcy)</source>
        <translation>City data (applicant)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/city_profile_page.py" line="87" />
        <source>Stan zapisu</source>
        <translation>Save status</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/city_profile_page.py" line="114" />
        <source>Jednostka</source>
        <translation>Local authority</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/city_profile_page.py" line="116" />
        <source>Oficjalna nazwa</source>
        <translation>Official name</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/city_profile_page.py" line="117" />
        <source>Rodzaj jednostki</source>
        <translation>Type of authority</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/city_profile_page.py" line="118" />
        <source>Województwo</source>
        <translation>Voivodeship</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/city_profile_page.py" line="119" />
        <source>Powiat</source>
        <translation>County (powiat)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/city_profile_page.py" line="120" />
        <source>Kod TERYT gminy</source>
        <translation>TERYT code of the gmina</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/city_profile_page.py" line="121" />
        <source>REGON</source>
        <translation>REGON</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/city_profile_page.py" line="122" />
        <source>NIP</source>
        <translation>NIP (tax number)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/city_profile_page.py" line="126" />
        <source>Adres i skrzynki elektroniczne</source>
        <translation>Address and electronic mailboxes</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/city_profile_page.py" line="128" />
        <source>Ulica i numer</source>
        <translation>Street and number</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/city_profile_page.py" line="129" />
        <source>Kod pocztowy</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/city_profile_page.py" line="130" />
        <source>Miejscowość</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/city_profile_page.py" line="131" />
        <source>Adres skrzynki ePUAP</source>
        <translation>ePUAP mailbox address</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/city_profile_page.py" line="132" />
        <source>Adres do e-Doręczeń</source>
        <translation>e-Delivery address</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/city_profile_page.py" line="136" />
        <location filename="../../pim_desktop/ui/pages/city_profile_page.py" line="138" />
        <source>Liczba mieszkańców</source>
        <translation>Population</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/city_profile_page.py" line="139" />
        <source>Według stanu na rok</source>
        <translation>As of year</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/city_profile_page.py" line="143" />
        <source>Osoba podpisująca wnioski</source>
        <translation>Person signing the applications</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/city_profile_page.py" line="145" />
        <location filename="../../pim_desktop/ui/pages/city_profile_page.py" line="155" />
        <source>Imię i nazwisko</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/city_profile_page.py" line="146" />
        <source>Funkcja</source>
        <translation>Function</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/city_profile_page.py" line="149" />
        <source>Koordynator PIM</source>
        <translation>PIM coordinator</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/city_profile_page.py" line="150" />
        <source>Zastępca koordynatora PIM</source>
        <translation>Deputy PIM coordinator</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/city_profile_page.py" line="156" />
        <source>Stanowisko</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/city_profile_page.py" line="157" />
        <source>Wydział / komórka</source>
        <translation>Department / unit</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/city_profile_page.py" line="158" />
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/city_profile_page.py" line="159" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/city_profile_page.py" line="194" />
        <source>— nie wybrano —</source>
        <translation>— not chosen —</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/city_profile_page.py" line="201" />
        <source>nie podano</source>
        <translation>not given</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/city_profile_page.py" line="283" />
        <source>Tryb tylko do odczytu: zmiany nie są zapisywane.</source>
        <translation>Read-only mode: changes are not saved.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/city_profile_page.py" line="285" />
        <source>Zmiany zapisują się same chwilę po wpisaniu.</source>
        <translation>Changes save themselves a moment after you type.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/city_profile_page.py" line="293" />
        <source>Zapisywanie…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/city_profile_page.py" line="316" />
        <source>Zapisano o {time}, z wyjątkiem pól z błędami: {fields}.</source>
        <translation>Saved at {time}, except the fields with errors: {fields}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/city_profile_page.py" line="322" />
        <source>Wszystkie zmiany zapisane o {time}.</source>
        <translation>All changes saved at {time}.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../pim_desktop/ui/pages/dashboard_page.py" line="37" />
        <source>Pulpit</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/dashboard_page.py" line="43" />
        <source>Dane wnioskodawcy</source>
        <translation>Applicant data</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/dashboard_page.py" line="53" />
        <source>&amp;Edytuj dane miasta…</source>
        <translation>&amp;Edit city data…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/dashboard_page.py" line="55" />
        <source>Edytuj dane miasta</source>
        <translation>Edit city data</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/dashboard_page.py" line="60" />
        <source>Terminy i postęp</source>
        <translation>Deadlines and progress</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/dashboard_page.py" line="64" />
        <source>Tu pojawią się terminy naborów z liczbą dni do końca, kompletność i stan wniosków, spotkania Lokalnego Partnerstwa i zadania do wykonania.</source>
        <translation>Here you will see call deadlines with the days left, the completeness and status of applications, Local Partnership meetings and tasks to do.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/dashboard_page.py" line="78" />
        <source>Nazwa</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/dashboard_page.py" line="79" />
        <source>Rodzaj jednostki</source>
        <translation>Type of authority</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/dashboard_page.py" line="80" />
        <source>Województwo i powiat</source>
        <translation>Voivodeship and county</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/dashboard_page.py" line="81" />
        <source>TERYT / REGON / NIP</source>
        <translation>TERYT / REGON / NIP</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/dashboard_page.py" line="82" />
        <source>Liczba mieszkańców</source>
        <translation>Population</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/dashboard_page.py" line="83" />
        <source>Podpisuje</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/dashboard_page.py" line="84" />
        <source>Koordynator PIM</source>
        <translation>PIM coordinator</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/dashboard_page.py" line="94" />
        <source>Witaj w programie PIM Desktop</source>
        <translation>Welcome to PIM Desktop</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/dashboard_page.py" line="95" />
        <source>Zacznij od wpisania danych miasta: trafią do każdego wniosku.</source>
        <translation>Start with the city's data: it goes into every application.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/dashboard_page.py" line="107" />
        <source>(dane z {year} r.)</source>
        <translation>(data of {year})</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/dashboard_page.py" line="111" />
        <source>powiat {name}</source>
        <translation>{name} county</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../pim_desktop/ui/error_dialog.py" line="38" />
        <source>Nieoczekiwany błąd</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/error_dialog.py" line="39" />
        <source>W programie wystąpił nieoczekiwany błąd. Dane zapisane do tej pory są bezpieczne. Jeśli błąd się powtórzy, przekaż osobie pomagającej plik dziennika:
{log_file}</source>
        <translation>An unexpected error occurred. The data saved so far is safe. If the error happens again, give the person helping you the log file:
{log_file}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/error_dialog.py" line="54" />
        <source>Nie można otworzyć danych</source>
        <translation>Cannot open the data</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/error_dialog.py" line="55" />
        <source>Nie można otworzyć danych programu. Plik bazy danych pozostał nietknięty; kopia sprzed zmian jest w folderze {folder}.</source>
        <translation>The program's data cannot be opened. The database file was left untouched; a copy taken before any change is in the folder {folder}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/error_dialog.py" line="67" />
        <source>Nie można przejąć danych</source>
        <translation>Cannot take over the data</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/error_dialog.py" line="68" />
        <source>Nie udało się przejąć danych od innej kopii programu. Zamknij ją albo usuń plik blokady {lock_file}, gdy na pewno żadna kopia nie działa.</source>
        <translation>The data could not be taken over from the other copy of the program. Close it, or delete the lock file {lock_file} once you are sure no copy is running.</translation>
    </message>
</context>
<context>
    <name>InstanceLockDialog</name>
    <message>
        <location filename="../../pim_desktop/ui/instance_lock_dialog.py" line="24" />
        <source>przez program (proces {pid}) na komputerze „{host}”</source>
        <translation>by the program (process {pid}) on the computer “{host}”</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/instance_lock_dialog.py" line="28" />
        <source>przez inny program</source>
        <translation>by another program</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/instance_lock_dialog.py" line="32" />
        <location filename="../../pim_desktop/ui/instance_lock_dialog.py" line="33" />
        <source>Dane są już otwarte</source>
        <translation>The data is already open</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/instance_lock_dialog.py" line="35" />
        <source>Dane w folderze {folder} są otwarte {who}. Zapisywać może tylko jedna kopia programu naraz.</source>
        <translation>The data in the folder {folder} is open {who}. Only one copy of the program may write at a time.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/instance_lock_dialog.py" line="42" />
        <source>Możesz otworzyć dane tylko do odczytu. Przejmij je tylko wtedy, gdy tamten program na pewno już nie działa (np. komputer został wyłączony bez zamknięcia programu).</source>
        <translation>You can open the data read-only. Take it over only when the other program is certainly no longer running (e.g. the computer was switched off without closing the program).</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/instance_lock_dialog.py" line="49" />
        <source>Otwórz tylko do &amp;odczytu</source>
        <translation>Open &amp;read-only</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/instance_lock_dialog.py" line="53" />
        <source>&amp;Przejmij dane</source>
        <translation>&amp;Take over the data</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/instance_lock_dialog.py" line="57" />
        <source>&amp;Zakończ</source>
        <translation>&amp;Quit</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../pim_desktop/ui/main_window.py" line="45" />
        <source>tylko do odczytu</source>
        <translation>read-only</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/main_window.py" line="52" />
        <source>Nawigacja</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/main_window.py" line="78" />
        <source>Pulpit</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/main_window.py" line="79" />
        <source>Dane miasta</source>
        <translation>City data</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/main_window.py" line="82" />
        <location filename="../../pim_desktop/ui/main_window.py" line="88" />
        <source>Wnioski</source>
        <translation>Applications</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/main_window.py" line="84" />
        <source>Wnioski miasta do naborów PIM (Lider lub Partner): wersje robocze, sprawdzanie, wydruk PDF i podpis elektroniczny.</source>
        <translation>The city's applications to PIM calls (Leader or Partner): drafts, checks, PDF printout and electronic signature.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/main_window.py" line="93" />
        <location filename="../../pim_desktop/ui/main_window.py" line="99" />
        <source>Lokalne Partnerstwo</source>
        <translation>Local Partnership</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/main_window.py" line="95" />
        <source>Rejestr członków Lokalnego Partnerstwa: instytucje, organizacje, firmy, szkoły i mieszkańcy, ich zgody (RODO) i udział w pracach.</source>
        <translation>The register of Local Partnership members: institutions, organisations, businesses, schools and residents, their consents (GDPR) and their part in the work.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/main_window.py" line="104" />
        <location filename="../../pim_desktop/ui/main_window.py" line="110" />
        <source>Spotkania</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/main_window.py" line="106" />
        <source>Spotkania, warsztaty i konsultacje: porządek obrad, lista obecności, protokół, decyzje i zadania.</source>
        <translation>Meetings, workshops and consultations: agenda, attendance list, minutes, decisions and tasks.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/main_window.py" line="115" />
        <location filename="../../pim_desktop/ui/main_window.py" line="121" />
        <source>Plan działań (MID)</source>
        <translation>Action plan (MID)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/main_window.py" line="117" />
        <source>Miejska Inicjatywa Działań: cele, tabela działań z kosztami i źródłami finansowania, harmonogram.</source>
        <translation>The Urban Action Initiative: objectives, the action table with costs and funding sources, the schedule.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/main_window.py" line="126" />
        <source>Ustawienia</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/main_window.py" line="140" />
        <source>&amp;Plik</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/main_window.py" line="141" />
        <source>&amp;Zakończ</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/main_window.py" line="146" />
        <source>P&amp;rzejdź</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/main_window.py" line="154" />
        <source>Pomo&amp;c</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/main_window.py" line="155" />
        <source>&amp;O programie</source>
        <translation>&amp;About</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../pim_desktop/ui/pages/settings_page.py" line="20" />
        <location filename="../../pim_desktop/ui/pages/settings_page.py" line="22" />
        <source>Ustawienia</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/settings_page.py" line="24" />
        <source>Język</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/settings_page.py" line="28" />
        <source>Język interfejsu</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/settings_page.py" line="33" />
        <source>&amp;Język interfejsu:</source>
        <translation>Interface &amp;language:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/settings_page.py" line="49" />
        <source>Język zmieni się po ponownym uruchomieniu programu. The language changes when the program is started again.</source>
        <translation>Język zmieni się po ponownym uruchomieniu programu. The language changes when the program is started again.</translation>
    </message>
</context>
<context>
    <name>domain</name>
    <message>
        <location filename="../../pim_desktop/domain/city.py" line="26" />
        <source>miasto na prawach powiatu</source>
        <translation>city with county rights</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/city.py" line="27" />
        <source>gmina miejska</source>
        <translation>urban gmina</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/city.py" line="28" />
        <source>gmina miejsko-wiejska</source>
        <translation>urban-rural gmina</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/city.py" line="29" />
        <source>związek / porozumienie obszaru funkcjonalnego</source>
        <translation>union / agreement of a functional urban area</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/city.py" line="32" />
        <source>jednostka miejska</source>
        <translation>city unit</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/city.py" line="86" />
        <source>prezydent miasta</source>
        <translation>city president (mayor)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/city.py" line="87" />
        <source>burmistrz</source>
        <translation>burmistrz (mayor)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/city.py" line="88" />
        <source>wójt</source>
        <translation>wójt (head of gmina)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/city.py" line="89" />
        <source>osoba upoważniona</source>
        <translation>authorised person</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/city.py" line="155" />
        <source>NIP „{value}” jest błędny: musi mieć 10 cyfr i poprawną cyfrę kontrolną.</source>
        <translation>NIP “{value}” is wrong: it must have 10 digits and a correct check digit.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/city.py" line="167" />
        <source>REGON „{value}” jest błędny: musi mieć 9 lub 14 cyfr i poprawną cyfrę kontrolną.</source>
        <translation>REGON “{value}” is wrong: it must have 9 or 14 digits and a correct check digit.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/city.py" line="184" />
        <source>Kod TERYT „{value}” jest błędny: gmina ma kod z 7 cyfr (województwo, powiat, gmina, rodzaj gminy).</source>
        <translation>TERYT code “{value}” is wrong: a gmina has a 7-digit code (voivodeship, county, gmina, type of gmina).</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/city.py" line="192" />
        <source>Kod TERYT „{value}” należy do innego województwa niż wybrane ({voivodeship}).</source>
        <translation>TERYT code “{value}” belongs to another voivodeship than the one chosen ({voivodeship}).</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/city.py" line="204" />
        <source>Kod pocztowy „{value}” ma mieć postać 00-000.</source>
        <translation>Postal code “{value}” must look like 00-000.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/city.py" line="210" />
        <source>Adres do e-Doręczeń „{value}” ma mieć postać AE:PL-12345-67890-ABCDE-12.</source>
        <translation>e-Delivery address “{value}” must look like AE:PL-12345-67890-ABCDE-12.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/city.py" line="228" />
        <source>Adres e-mail „{value}” jest niepoprawny.</source>
        <translation>E-mail address “{value}” is not valid.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/city.py" line="231" />
        <source>Numer telefonu „{value}” jest niepoprawny: podaj co najmniej 9 cyfr.</source>
        <translation>Phone number “{value}” is not valid: give at least 9 digits.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/city.py" line="241" />
        <source>Liczba mieszkańców musi być większa od zera.</source>
        <translation>The population must be greater than zero.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/city.py" line="245" />
        <source>Rok danych o liczbie mieszkańców musi być z lat 1990–{year}.</source>
        <translation>The year of the population figure must be between 1990 and {year}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/errors.py" line="38" />
        <source>Nie udało się zapisać: na dysku zabrakło miejsca. Zwolnij miejsce, a zapis zostanie ponowiony; to, co wpisano, zostaje w oknie.</source>
        <translation>Could not save: the disk is full. Free some space and saving will be retried; what you typed stays in the window.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/errors.py" line="44" />
        <source>Nie udało się zapisać: dane są otwarte tylko do odczytu albo folder danych nie pozwala na zapis.</source>
        <translation>Could not save: the data is open read-only or the data folder does not allow writing.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/errors.py" line="50" />
        <source>Nie udało się zapisać: baza danych jest zajęta przez inny program. Spróbuj za chwilę.</source>
        <translation>Could not save: the database is busy in another program. Try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/errors.py" line="54" />
        <source>Nie udało się odczytać lub zapisać danych. Szczegóły zapisano w dzienniku programu.</source>
        <translation>The data could not be read or written. Details were written to the program's log.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/application.py" line="25" />
        <source>roboczy</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/application.py" line="26" />
        <source>gotowy</source>
        <translation>ready</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/application.py" line="27" />
        <source>podpisany</source>
        <translation>signed</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/application.py" line="28" />
        <source>wysłany</source>
        <translation>sent</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/application.py" line="93" />
        <source>Ten wniosek jest podpisany lub wysłany i nie może się zmienić. Aby coś poprawić, utwórz nową wersję.</source>
        <translation>This application is signed or sent and cannot change. To correct something, create a new version.</translation>
    </message>
</context>
</TS>
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
    <name>ActionDialog</name>
    <message>
        <location filename="../../pim_desktop/ui/action_dialog.py" line="72"/>
        <source>Działanie {code}</source>
        <translation>Action {code}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_dialog.py" line="74"/>
        <source>Nowe działanie</source>
        <translation>New action</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_dialog.py" line="80"/>
        <source>Części działania</source>
        <translation>Parts of the action</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_dialog.py" line="82"/>
        <source>&amp;Podstawowe</source>
        <translation>&amp;Basics</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_dialog.py" line="83"/>
        <source>&amp;Finansowanie</source>
        <translation>&amp;Funding</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_dialog.py" line="85"/>
        <source>&amp;Wskaźniki</source>
        <translation>&amp;Indicators</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_dialog.py" line="87"/>
        <source>&amp;Ryzyka</source>
        <translation>&amp;Risks</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_dialog.py" line="88"/>
        <source>Partnerzy i &amp;spotkania</source>
        <translation>Partners and &amp;meetings</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_dialog.py" line="93"/>
        <source>Błędy w działaniu</source>
        <translation>Faults in the action</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_dialog.py" line="100"/>
        <source>Zapisz</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_dialog.py" line="102"/>
        <source>Anuluj</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_dialog.py" line="129"/>
        <source>— bez celu —</source>
        <translation>— no objective —</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_dialog.py" line="143"/>
        <source>Kod</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_dialog.py" line="144"/>
        <source>Tytuł</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_dialog.py" line="145"/>
        <source>Opis</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_dialog.py" line="146"/>
        <source>Cel, któremu służy</source>
        <translation>Objective it serves</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_dialog.py" line="147"/>
        <source>Rodzaj działania</source>
        <translation>Type of action</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_dialog.py" line="148"/>
        <source>Jednostka odpowiedzialna</source>
        <translation>Responsible unit</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_dialog.py" line="149"/>
        <source>Początek (miesiąc)</source>
        <translation>Start (month)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_dialog.py" line="150"/>
        <source>Koniec (miesiąc)</source>
        <translation>End (month)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_dialog.py" line="151"/>
        <source>Koszt w zł</source>
        <translation>Cost in PLN</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_dialog.py" line="152"/>
        <source>Priorytet</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_dialog.py" line="153"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_dialog.py" line="182"/>
        <source>Bilans finansowania</source>
        <translation>Funding balance</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_dialog.py" line="194"/>
        <source>Partnerzy z Lokalnego Partnerstwa</source>
        <translation>Partners from the Local Partnership</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_dialog.py" line="200"/>
        <source>Spotkania, na których pracowano nad działaniem</source>
        <translation>Meetings where the action was worked on</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_dialog.py" line="205"/>
        <source>Partnerzy z &amp;Lokalnego Partnerstwa:</source>
        <translation>Partners from the &amp;Local Partnership:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_dialog.py" line="206"/>
        <source>Spotkania, na których pracowano nad działanie&amp;m:</source>
        <translation>Meetings where the action was &amp;worked on:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_dialog.py" line="216"/>
        <source> (wystąpił z Partnerstwa)</source>
        <translation> (left the Partnership)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_dialog.py" line="228"/>
        <source>Źródła finansowania: {funded} z kosztu {cost}.</source>
        <translation>Funding sources: {funded} of the cost of {cost}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_dialog.py" line="236"/>
        <source>Różnica: {difference}.</source>
        <translation>Difference: {difference}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_dialog.py" line="242"/>
        <source>Początek</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_dialog.py" line="243"/>
        <source>Koniec</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_dialog.py" line="254"/>
        <source>Koszt</source>
        <translation>Cost</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_dialog.py" line="270"/>
        <source>{what}: podaj miesiąc (MM.RRRR).</source>
        <translation>{what}: enter the month (MM.YYYY).</translation>
    </message>
</context>
<context>
    <name>ActionPlanPage</name>
    <message>
        <location filename="../../pim_desktop/ui/pages/action_plan_page.py" line="60"/>
        <source>Plan działań (MID)</source>
        <translation>Action plan (MID)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/action_plan_page.py" line="63"/>
        <source>Miejska Inicjatywa Działań</source>
        <translation>Urban Action Initiative (MID)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/action_plan_page.py" line="64"/>
        <source>Zapisz &amp;PDF…</source>
        <translation>Save as &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/action_plan_page.py" line="66"/>
        <source>Tabela działań do &amp;CSV…</source>
        <translation>Action table to &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/action_plan_page.py" line="70"/>
        <source>Części planu</source>
        <translation>Parts of the plan</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/action_plan_page.py" line="74"/>
        <source>&amp;Dokument</source>
        <translation>&amp;Document</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/action_plan_page.py" line="75"/>
        <source>Dzi&amp;ałania</source>
        <translation>&amp;Actions</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/action_plan_page.py" line="78"/>
        <source>&amp;Harmonogram</source>
        <translation>&amp;Schedule</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/action_plan_page.py" line="99"/>
        <source>Działania i budżet</source>
        <translation>Actions and budget</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/action_plan_page.py" line="105"/>
        <source>Kod</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/action_plan_page.py" line="106"/>
        <source>Działanie</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/action_plan_page.py" line="107"/>
        <source>Cel</source>
        <translation>Objective</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/action_plan_page.py" line="108"/>
        <source>Termin</source>
        <translation>Timing</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/action_plan_page.py" line="109"/>
        <source>Koszt</source>
        <translation>Cost</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/action_plan_page.py" line="110"/>
        <source>Finansowanie</source>
        <translation>Funding</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/action_plan_page.py" line="111"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/action_plan_page.py" line="113"/>
        <source>Tabela działań</source>
        <translation>Action table</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/action_plan_page.py" line="121"/>
        <source>Dodaj &amp;nowe działanie…</source>
        <translation>Add &amp;new action…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/action_plan_page.py" line="130"/>
        <source>&amp;W dół</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/action_plan_page.py" line="124"/>
        <source>&amp;Edytuj…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/action_plan_page.py" line="127"/>
        <source>&amp;Usuń</source>
        <translation>De&amp;lete</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/action_plan_page.py" line="129"/>
        <source>W &amp;górę</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/action_plan_page.py" line="233"/>
        <source>Usuń działanie</source>
        <translation>Delete action</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/action_plan_page.py" line="234"/>
        <source>Usunąć działanie {code} „{title}” z planu?</source>
        <translation>Delete action {code} “{title}” from the plan?</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/action_plan_page.py" line="251"/>
        <source>Nie zapisano</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/action_plan_page.py" line="258"/>
        <source>Zapisz MID jako PDF</source>
        <translation>Save the MID as PDF</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/action_plan_page.py" line="258"/>
        <source>Dokument PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/action_plan_page.py" line="270"/>
        <location filename="../../pim_desktop/ui/pages/action_plan_page.py" line="291"/>
        <source>Nie można zapisać pliku: {reason}</source>
        <translation>The file cannot be saved: {reason}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/action_plan_page.py" line="275"/>
        <source>Zapisano MID ({pages} str.): {file}</source>
        <translation>MID saved ({pages} pages): {file}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/action_plan_page.py" line="281"/>
        <source>Zapisz tabelę działań</source>
        <translation>Save the action table</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/action_plan_page.py" line="281"/>
        <source>Plik CSV (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/action_plan_page.py" line="295"/>
        <source>Zapisano {count} działań: {file}</source>
        <translation>{count} actions saved: {file}</translation>
    </message>
</context>
<context>
    <name>ActionRows</name>
    <message>
        <location filename="../../pim_desktop/ui/action_rows.py" line="40"/>
        <source>Źródło</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_rows.py" line="46"/>
        <source>Nazwa programu</source>
        <translation>Programme name</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_rows.py" line="49"/>
        <source>Kwota w zł</source>
        <translation>Amount in PLN</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_rows.py" line="53"/>
        <source>Stan</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_rows.py" line="59"/>
        <source>źródło finansowania</source>
        <translation>funding source</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_rows.py" line="60"/>
        <source>&amp;Dodaj źródło finansowania</source>
        <translation>&amp;Add funding source</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_rows.py" line="82"/>
        <source>Rodzaj</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_rows.py" line="86"/>
        <source>Wskaźnik</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_rows.py" line="87"/>
        <source>Jednostka</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_rows.py" line="88"/>
        <source>Wartość bazowa</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_rows.py" line="89"/>
        <source>Rok bazowy</source>
        <translation>Baseline year</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_rows.py" line="90"/>
        <source>Wartość docelowa</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_rows.py" line="91"/>
        <source>Rok docelowy</source>
        <translation>Target year</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_rows.py" line="93"/>
        <source>Źródło danych</source>
        <translation>Data source</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_rows.py" line="96"/>
        <source>wskaźnik</source>
        <translation>indicator</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_rows.py" line="97"/>
        <source>&amp;Dodaj wskaźnik</source>
        <translation>&amp;Add indicator</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_rows.py" line="122"/>
        <source>Ryzyko</source>
        <translation>Risk</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_rows.py" line="125"/>
        <source>Prawdopodobieństwo</source>
        <translation>Likelihood</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_rows.py" line="129"/>
        <source>Wpływ</source>
        <translation>Impact</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_rows.py" line="132"/>
        <source>Działania zaradcze</source>
        <translation>Mitigation</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_rows.py" line="135"/>
        <source>Kto odpowiada</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_rows.py" line="137"/>
        <source>ryzyko</source>
        <translation>risk</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_rows.py" line="138"/>
        <source>&amp;Dodaj ryzyko</source>
        <translation>&amp;Add risk</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_rows.py" line="179"/>
        <source>Źródło finansowania nr {n}</source>
        <translation>Funding source {n}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_rows.py" line="189"/>
        <source>Wskaźnik nr {n}</source>
        <translation>Indicator {n}</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <location filename="../../pim_desktop/ui/widgets/checklist.py" line="27"/>
        <source>(brak pozycji do wyboru)</source>
        <translation>(nothing to choose from)</translation>
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
    <name>ContributionPreviewDialog</name>
    <message>
        <location filename="../../pim_desktop/ui/recommendation_dialog.py" line="117"/>
        <source>Wkład miasta partnerskiego</source>
        <translation>Partner city&apos;s contribution</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/recommendation_dialog.py" line="153"/>
        <source>Plik: {file}</source>
        <translation>File: {file}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/recommendation_dialog.py" line="154"/>
        <source>Miasto: {city}</source>
        <translation>City: {city}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/recommendation_dialog.py" line="155"/>
        <source>Zapisany: {when} (PIM Desktop {version})</source>
        <translation>Written: {when} (PIM Desktop {version})</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/recommendation_dialog.py" line="160"/>
        <source>Miasta nie ma jeszcze w sieci: zostanie dopisane.</source>
        <translation>The city is not yet in the network: it will be added.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/recommendation_dialog.py" line="163"/>
        <source>Zastąpi {count} rekomendacji z poprzedniego wkładu tego miasta.</source>
        <translation>Replaces {count} recommendations from this city&apos;s earlier contribution.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/recommendation_dialog.py" line="169"/>
        <source>MID: {title} ({status}); działań: {actions}, koszt: {cost}</source>
        <translation>MID: {title} ({status}); actions: {actions}, cost: {cost}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/recommendation_dialog.py" line="178"/>
        <source>Miasta spoza sieci w rekomendacjach: {names}</source>
        <translation>Cities outside the network named in recommendations: {names}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/recommendation_dialog.py" line="126"/>
        <source>Podsumowanie pliku</source>
        <translation>Summary of the file</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/recommendation_dialog.py" line="130"/>
        <source>Rekomendacje w pliku</source>
        <translation>Recommendations in the file</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/recommendation_dialog.py" line="136"/>
        <source>Rekomendacje ({count}):</source>
        <translation>Recommendations ({count}):</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/recommendation_dialog.py" line="143"/>
        <source>Dołącz do sieci</source>
        <translation>Take into the network</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/recommendation_dialog.py" line="145"/>
        <source>Anuluj</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../pim_desktop/ui/pages/dashboard_page.py" line="37"/>
        <source>Pulpit</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/dashboard_page.py" line="43"/>
        <source>Dane wnioskodawcy</source>
        <translation>Applicant data</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/dashboard_page.py" line="53"/>
        <source>&amp;Edytuj dane miasta…</source>
        <translation>&amp;Edit city data…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/dashboard_page.py" line="55"/>
        <source>Edytuj dane miasta</source>
        <translation>Edit city data</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/dashboard_page.py" line="60"/>
        <source>Terminy i postęp</source>
        <translation>Deadlines and progress</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/dashboard_page.py" line="64"/>
        <source>Tu pojawią się terminy naborów z liczbą dni do końca, kompletność i stan wniosków, spotkania Lokalnego Partnerstwa i zadania do wykonania.</source>
        <translation>Here you will see call deadlines with the days left, the completeness and status of applications, Local Partnership meetings and tasks to do.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/dashboard_page.py" line="78"/>
        <source>Nazwa</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/dashboard_page.py" line="79"/>
        <source>Rodzaj jednostki</source>
        <translation>Type of authority</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/dashboard_page.py" line="80"/>
        <source>Województwo i powiat</source>
        <translation>Voivodeship and county</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/dashboard_page.py" line="81"/>
        <source>TERYT / REGON / NIP</source>
        <translation>TERYT / REGON / NIP</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/dashboard_page.py" line="82"/>
        <source>Liczba mieszkańców</source>
        <translation>Population</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/dashboard_page.py" line="83"/>
        <source>Podpisuje</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/dashboard_page.py" line="84"/>
        <source>Koordynator PIM</source>
        <translation>PIM coordinator</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/dashboard_page.py" line="94"/>
        <source>Witaj w programie PIM Desktop</source>
        <translation>Welcome to PIM Desktop</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/dashboard_page.py" line="95"/>
        <source>Zacznij od wpisania danych miasta: trafią do każdego wniosku.</source>
        <translation>Start with the city&apos;s data: it goes into every application.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/dashboard_page.py" line="107"/>
        <source>(dane z {year} r.)</source>
        <translation>(data of {year})</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/dashboard_page.py" line="111"/>
        <source>powiat {name}</source>
        <translation>{name} county</translation>
    </message>
</context>
<context>
    <name>DateTextEdit</name>
    <message>
        <location filename="../../pim_desktop/ui/widgets/date_fields.py" line="18"/>
        <source>MM.RRRR</source>
        <translation>MM.YYYY</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/widgets/date_fields.py" line="18"/>
        <source>DD.MM.RRRR</source>
        <translation>DD.MM.YYYY</translation>
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
    <name>FormDialog</name>
    <message>
        <location filename="../../pim_desktop/ui/network_dialogs.py" line="68"/>
        <source>Zapisz</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network_dialogs.py" line="70"/>
        <source>Anuluj</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>GanttChart</name>
    <message>
        <location filename="../../pim_desktop/ui/widgets/gantt_chart.py" line="52"/>
        <source>Harmonogram działań</source>
        <translation>Schedule of actions</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/widgets/gantt_chart.py" line="68"/>
        <source>Brak działań w harmonogramie.</source>
        <translation>No actions in the schedule.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/widgets/gantt_chart.py" line="110"/>
        <source>Działanie</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/widgets/gantt_chart.py" line="115"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/widgets/gantt_chart.py" line="192"/>
        <source>Legenda:</source>
        <translation>Legend:</translation>
    </message>
</context>
<context>
    <name>ImprovementPlanTab</name>
    <message>
        <location filename="../../pim_desktop/ui/improvement_plan_tab.py" line="45"/>
        <location filename="../../pim_desktop/ui/improvement_plan_tab.py" line="225"/>
        <source>Plan Ulepszeń</source>
        <translation>Improvement Plan</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/improvement_plan_tab.py" line="49"/>
        <source>Nr</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/improvement_plan_tab.py" line="50"/>
        <source>Rekomendacja</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/improvement_plan_tab.py" line="51"/>
        <source>Rodzaj</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/improvement_plan_tab.py" line="52"/>
        <source>Priorytet</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/improvement_plan_tab.py" line="53"/>
        <source>Adresat</source>
        <translation>Addressee</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/improvement_plan_tab.py" line="54"/>
        <source>Miasta popierające</source>
        <translation>Supporting cities</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/improvement_plan_tab.py" line="55"/>
        <source>Zgłoszona przez</source>
        <translation>Submitted by</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/improvement_plan_tab.py" line="57"/>
        <source>Rekomendacje Planu Ulepszeń</source>
        <translation>Recommendations of the Improvement Plan</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/improvement_plan_tab.py" line="70"/>
        <source>Dodaj &amp;rekomendację…</source>
        <translation>Add &amp;recommendation…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/improvement_plan_tab.py" line="72"/>
        <source>&amp;Edytuj…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/improvement_plan_tab.py" line="73"/>
        <source>&amp;Usuń</source>
        <translation>De&amp;lete</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/improvement_plan_tab.py" line="75"/>
        <source>Plan Ulepszeń do PD&amp;F…</source>
        <translation>Improvement Plan to PD&amp;F…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/improvement_plan_tab.py" line="79"/>
        <source>Zapisz &amp;wkład miasta…</source>
        <translation>Save this city&apos;s &amp;contribution…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/improvement_plan_tab.py" line="83"/>
        <source>&amp;Dołącz wkład miasta partnerskiego…</source>
        <translation>&amp;Take in a partner city&apos;s contribution…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/improvement_plan_tab.py" line="114"/>
        <source>(to miasto)</source>
        <translation>(this city)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/improvement_plan_tab.py" line="152"/>
        <source>Usuń rekomendację</source>
        <translation>Delete recommendation</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/improvement_plan_tab.py" line="152"/>
        <source>Usunąć wybraną rekomendację?</source>
        <translation>Delete the selected recommendation?</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/improvement_plan_tab.py" line="161"/>
        <source>Zapisz Plan Ulepszeń</source>
        <translation>Save the Improvement Plan</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/improvement_plan_tab.py" line="163"/>
        <source>Dokument PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/improvement_plan_tab.py" line="173"/>
        <source>Nie można zapisać pliku: {reason}</source>
        <translation>The file cannot be saved: {reason}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/improvement_plan_tab.py" line="180"/>
        <source>Zapisz wkład miasta dla Miasta Lidera</source>
        <translation>Save the city&apos;s contribution for the Leader city</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/improvement_plan_tab.py" line="182"/>
        <location filename="../../pim_desktop/ui/improvement_plan_tab.py" line="199"/>
        <source>Wkład miasta do sieci (*{ext})</source>
        <translation>City contribution to the network (*{ext})</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/improvement_plan_tab.py" line="197"/>
        <source>Wybierz wkład miasta partnerskiego</source>
        <translation>Choose a partner city&apos;s contribution</translation>
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
        <location filename="../../pim_desktop/ui/main_window.py" line="84"/>
        <source>Pulpit</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/main_window.py" line="85"/>
        <source>Dane miasta</source>
        <translation>City data</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/main_window.py" line="88"/>
        <location filename="../../pim_desktop/ui/main_window.py" line="94"/>
        <source>Wnioski</source>
        <translation>Applications</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/main_window.py" line="90"/>
        <source>Wnioski miasta do naborów PIM (Lider lub Partner): wersje robocze, sprawdzanie, wydruk PDF i podpis elektroniczny.</source>
        <translation>The city&apos;s applications to PIM calls (Leader or Partner): drafts, checks, PDF printout and electronic signature.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/main_window.py" line="99"/>
        <location filename="../../pim_desktop/ui/main_window.py" line="105"/>
        <source>Lokalne Partnerstwo</source>
        <translation>Local Partnership</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/main_window.py" line="101"/>
        <source>Rejestr członków Lokalnego Partnerstwa: instytucje, organizacje, firmy, szkoły i mieszkańcy, ich zgody (RODO) i udział w pracach.</source>
        <translation>The register of Local Partnership members: institutions, organisations, businesses, schools and residents, their consents (GDPR) and their part in the work.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/main_window.py" line="110"/>
        <location filename="../../pim_desktop/ui/main_window.py" line="116"/>
        <source>Spotkania</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/main_window.py" line="112"/>
        <source>Spotkania, warsztaty i konsultacje: porządek obrad, lista obecności, protokół, decyzje i zadania.</source>
        <translation>Meetings, workshops and consultations: agenda, attendance list, minutes, decisions and tasks.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/main_window.py" line="119"/>
        <source>Plan działań (MID)</source>
        <translation>Action plan (MID)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/main_window.py" line="120"/>
        <source>Sieć</source>
        <translation>Network</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/main_window.py" line="123"/>
        <source>Ustawienia</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/main_window.py" line="137"/>
        <source>&amp;Plik</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/main_window.py" line="138"/>
        <source>&amp;Zakończ</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/main_window.py" line="143"/>
        <source>P&amp;rzejdź</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/main_window.py" line="151"/>
        <source>Pomo&amp;c</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/main_window.py" line="152"/>
        <source>&amp;O programie</source>
        <translation>&amp;About</translation>
    </message>
</context>
<context>
    <name>NetworkCityDialog</name>
    <message>
        <location filename="../../pim_desktop/ui/network_dialogs.py" line="90"/>
        <source>Miasto sieci</source>
        <translation>City of the network</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network_dialogs.py" line="90"/>
        <source>Nowe miasto sieci</source>
        <translation>New city of the network</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network_dialogs.py" line="94"/>
        <source>— nie wybrano —</source>
        <translation>— not chosen —</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network_dialogs.py" line="103"/>
        <source>Nazwa miasta</source>
        <translation>City name</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network_dialogs.py" line="104"/>
        <source>Województwo</source>
        <translation>Voivodeship</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network_dialogs.py" line="105"/>
        <source>Rola w sieci</source>
        <translation>Role in the network</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network_dialogs.py" line="106"/>
        <source>Osoba kontaktowa</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network_dialogs.py" line="107"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network_dialogs.py" line="108"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network_dialogs.py" line="109"/>
        <source>List intencyjny</source>
        <translation>Letter of intent</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network_dialogs.py" line="128"/>
        <source>Podaj nazwę miasta.</source>
        <translation>Enter the name of the city.</translation>
    </message>
</context>
<context>
    <name>NetworkMeetingDialog</name>
    <message>
        <location filename="../../pim_desktop/ui/network_dialogs.py" line="141"/>
        <source>Spotkanie sieci</source>
        <translation>Network meeting</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network_dialogs.py" line="151"/>
        <location filename="../../pim_desktop/ui/network_dialogs.py" line="160"/>
        <source>Miasta obecne</source>
        <translation>Cities present</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network_dialogs.py" line="155"/>
        <source>Rodzaj</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network_dialogs.py" line="156"/>
        <source>Tytuł</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network_dialogs.py" line="157"/>
        <source>Początek</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network_dialogs.py" line="158"/>
        <source>Koniec</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network_dialogs.py" line="159"/>
        <source>Miejsce</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network_dialogs.py" line="189"/>
        <source>Podaj tytuł spotkania.</source>
        <translation>Enter the title of the meeting.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network_dialogs.py" line="192"/>
        <source>Spotkanie musi kończyć się później, niż się zaczyna.</source>
        <translation>A meeting must end later than it starts.</translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <location filename="../../pim_desktop/ui/pages/network_page.py" line="63"/>
        <location filename="../../pim_desktop/ui/pages/network_page.py" line="97"/>
        <source>Sieć</source>
        <translation>Network</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/network_page.py" line="69"/>
        <source>Sieć tematyczna</source>
        <translation>Thematic network</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/network_page.py" line="71"/>
        <source>Części strony sieci</source>
        <translation>Parts of the network page</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/network_page.py" line="73"/>
        <source>&amp;Sieć i miasta</source>
        <translation>&amp;Network and cities</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/network_page.py" line="74"/>
        <source>Spo&amp;tkania sieci</source>
        <translation>Network mee&amp;tings</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/network_page.py" line="78"/>
        <source>&amp;Plan Ulepszeń</source>
        <translation>&amp;Improvement Plan</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/network_page.py" line="112"/>
        <source>Stan zapisu sieci</source>
        <translation>Saving state of the network</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/network_page.py" line="117"/>
        <source>Miasto</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/network_page.py" line="118"/>
        <source>Województwo</source>
        <translation>Voivodeship</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/network_page.py" line="119"/>
        <source>Rola</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/network_page.py" line="120"/>
        <source>Osoba kontaktowa</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/network_page.py" line="121"/>
        <source>List intencyjny</source>
        <translation>Letter of intent</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/network_page.py" line="122"/>
        <source>Wkład</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/network_page.py" line="124"/>
        <source>Miasta sieci</source>
        <translation>Cities of the network</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/network_page.py" line="130"/>
        <source>Dodaj &amp;miasto…</source>
        <translation>Add &amp;city…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/network_page.py" line="131"/>
        <source>&amp;Edytuj miasto…</source>
        <translation>&amp;Edit city…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/network_page.py" line="132"/>
        <source>&amp;Usuń miasto</source>
        <translation>De&amp;lete city</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/network_page.py" line="138"/>
        <source>Zasady programu</source>
        <translation>Programme&apos;s rules</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/network_page.py" line="144"/>
        <source>Nazwa sieci</source>
        <translation>Network name</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/network_page.py" line="145"/>
        <source>Temat</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/network_page.py" line="146"/>
        <source>Edycja PIM</source>
        <translation>PIM edition</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/network_page.py" line="147"/>
        <source>Ekspert tematyczny</source>
        <translation>Thematic expert</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/network_page.py" line="148"/>
        <source>Kontakt do eksperta</source>
        <translation>Expert&apos;s contact</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/network_page.py" line="149"/>
        <source>Opiekun z Sekretariatu PIM</source>
        <translation>Tutor from the PIM Secretariat</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/network_page.py" line="150"/>
        <source>Kontakt do opiekuna</source>
        <translation>Tutor&apos;s contact</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/network_page.py" line="158"/>
        <source>Data</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/network_page.py" line="159"/>
        <source>Rodzaj</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/network_page.py" line="160"/>
        <source>Tytuł</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/network_page.py" line="161"/>
        <source>Miejsce</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/network_page.py" line="162"/>
        <source>Miasta obecne</source>
        <translation>Cities present</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/network_page.py" line="164"/>
        <source>Spotkania i wizyty studyjne sieci</source>
        <translation>Network meetings and study visits</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/network_page.py" line="170"/>
        <source>Dodaj spotka&amp;nie sieci…</source>
        <translation>Add network meeti&amp;ng…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/network_page.py" line="171"/>
        <source>&amp;Edytuj spotkanie…</source>
        <translation>&amp;Edit meeting…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/network_page.py" line="172"/>
        <source>&amp;Usuń spotkanie</source>
        <translation>De&amp;lete meeting</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/network_page.py" line="191"/>
        <source>Sieć spełnia zasady programu: jest Miasto Lider, miast partnerskich: {partners}, województw: {spread}.</source>
        <translation>The network follows the programme&apos;s rules: it has a Leader city, partner cities: {partners}, voivodeships: {spread}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/network_page.py" line="239"/>
        <source>Zmiany zapisują się same chwilę po wpisaniu.</source>
        <translation>Changes save themselves a moment after typing.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/network_page.py" line="247"/>
        <source>Zapisywanie…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/network_page.py" line="272"/>
        <source>Zapisano o {time}.</source>
        <translation>Saved at {time}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/network_page.py" line="314"/>
        <source>Usuń miasto</source>
        <translation>Delete city</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/network_page.py" line="314"/>
        <source>Usunąć wybrane miasto z sieci?</source>
        <translation>Remove the selected city from the network?</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/network_page.py" line="360"/>
        <source>Usuń spotkanie</source>
        <translation>Delete meeting</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/network_page.py" line="361"/>
        <source>Usunąć wybrane spotkanie sieci wraz z jego zapisami?</source>
        <translation>Delete the selected network meeting with its records?</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/network_page.py" line="372"/>
        <source>Nie zapisano</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>PlanDocumentEditor</name>
    <message>
        <location filename="../../pim_desktop/ui/plan_document_editor.py" line="63"/>
        <source>Stan zapisu planu</source>
        <translation>Saving state of the plan</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/plan_document_editor.py" line="79"/>
        <source>Metryka planu</source>
        <translation>About the plan</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/plan_document_editor.py" line="87"/>
        <source>np. Uchwała nr XII/123/2026 Rady Miasta</source>
        <translation>e.g. Resolution No. XII/123/2026 of the City Council</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/plan_document_editor.py" line="92"/>
        <source>Tytuł planu</source>
        <translation>Title of the plan</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/plan_document_editor.py" line="93"/>
        <source>Wersja</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/plan_document_editor.py" line="94"/>
        <source>Status planu</source>
        <translation>Status of the plan</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/plan_document_editor.py" line="95"/>
        <source>Akt przyjęcia (numer)</source>
        <translation>Adopting act (number)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/plan_document_editor.py" line="96"/>
        <source>Data przyjęcia</source>
        <translation>Date of adoption</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/plan_document_editor.py" line="97"/>
        <source>Horyzont: pierwszy miesiąc</source>
        <translation>Horizon: first month</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/plan_document_editor.py" line="98"/>
        <source>Horyzont: ostatni miesiąc</source>
        <translation>Horizon: last month</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/plan_document_editor.py" line="130"/>
        <source>Licznik znaków: {part}</source>
        <translation>Character count: {part}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/plan_document_editor.py" line="138"/>
        <source>Cele (ogólne i szczegółowe)</source>
        <translation>Objectives (general and specific)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/plan_document_editor.py" line="143"/>
        <source>Rodzaj</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/plan_document_editor.py" line="144"/>
        <source>Kod</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/plan_document_editor.py" line="145"/>
        <source>Treść celu</source>
        <translation>Objective</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/plan_document_editor.py" line="147"/>
        <source>cel</source>
        <translation>objective</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/plan_document_editor.py" line="148"/>
        <source>Dodaj c&amp;el</source>
        <translation>Add obj&amp;ective</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/plan_document_editor.py" line="158"/>
        <source>{length} z {limit} znaków (ze spacjami)</source>
        <translation>{length} of {limit} characters (with spaces)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/plan_document_editor.py" line="165"/>
        <source>przekroczono limit o {over}; tekst jest zapisany w całości, skróć go przed przyjęciem planu.</source>
        <translation>over the limit by {over}; the text is saved whole, shorten it before the plan is adopted.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/plan_document_editor.py" line="198"/>
        <source>Zmiany zapisują się same chwilę po wpisaniu.</source>
        <translation>Changes save themselves a moment after typing.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/plan_document_editor.py" line="227"/>
        <source>Zapisywanie…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/plan_document_editor.py" line="268"/>
        <source>Zapisano o {time}, z wyjątkiem: {notes}</source>
        <translation>Saved at {time}, except: {notes}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/plan_document_editor.py" line="274"/>
        <source>Wszystkie zmiany zapisane o {time}.</source>
        <translation>All changes saved at {time}.</translation>
    </message>
</context>
<context>
    <name>PlanTotalsView</name>
    <message>
        <location filename="../../pim_desktop/ui/plan_totals_view.py" line="30"/>
        <source>Budżet planu (bez działań zaniechanych)</source>
        <translation>Budget of the plan (abandoned actions left out)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/plan_totals_view.py" line="34"/>
        <source>Koszt całkowity</source>
        <translation>Total cost</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/plan_totals_view.py" line="35"/>
        <source>Wskazane źródła</source>
        <translation>Sources named</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/plan_totals_view.py" line="36"/>
        <source>Finansowanie zapewnione</source>
        <translation>Funding secured</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/plan_totals_view.py" line="37"/>
        <source>Udział zapewnionego</source>
        <translation>Share secured</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/plan_totals_view.py" line="38"/>
        <source>Koszt bez źródła</source>
        <translation>Cost without a source</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/plan_totals_view.py" line="39"/>
        <source>Według stanu</source>
        <translation>By state</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/plan_totals_view.py" line="40"/>
        <source>Według źródeł</source>
        <translation>By source</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/plan_totals_view.py" line="41"/>
        <source>Według lat</source>
        <translation>By year</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/plan_totals_view.py" line="50"/>
        <source>Uwagi</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/plan_totals_view.py" line="54"/>
        <source>Uwagi do planu</source>
        <translation>Remarks on the plan</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/plan_totals_view.py" line="87"/>
        <source>✓ Brak uwag: finansowanie i terminy się zgadzają.</source>
        <translation>✓ No remarks: funding and dates agree.</translation>
    </message>
</context>
<context>
    <name>RecommendationDialog</name>
    <message>
        <location filename="../../pim_desktop/ui/recommendation_dialog.py" line="42"/>
        <location filename="../../pim_desktop/ui/recommendation_dialog.py" line="76"/>
        <source>Rekomendacja</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/recommendation_dialog.py" line="42"/>
        <source>Nowa rekomendacja</source>
        <translation>New recommendation</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/recommendation_dialog.py" line="57"/>
        <location filename="../../pim_desktop/ui/recommendation_dialog.py" line="75"/>
        <source>Miasta, których dotyczą dowody</source>
        <translation>Cities the evidence concerns</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/recommendation_dialog.py" line="64"/>
        <location filename="../../pim_desktop/ui/recommendation_dialog.py" line="77"/>
        <source>Miasta popierające</source>
        <translation>Supporting cities</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/recommendation_dialog.py" line="69"/>
        <source>Tytuł</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/recommendation_dialog.py" line="70"/>
        <source>Rodzaj</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/recommendation_dialog.py" line="71"/>
        <source>Priorytet</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/recommendation_dialog.py" line="72"/>
        <source>Adresat</source>
        <translation>Addressee</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/recommendation_dialog.py" line="73"/>
        <source>Bariera</source>
        <translation>Barrier</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/recommendation_dialog.py" line="74"/>
        <source>Dowody (dane)</source>
        <translation>Evidence (data)</translation>
    </message>
</context>
<context>
    <name>RowsEditor</name>
    <message>
        <location filename="../../pim_desktop/ui/widgets/rows_editor.py" line="63"/>
        <source>(brak pozycji)</source>
        <translation>(no entries)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/widgets/rows_editor.py" line="130"/>
        <source>{column}, {item} nr {number}</source>
        <translation>{column}, {item} {number}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/widgets/rows_editor.py" line="136"/>
        <source>Usuń</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/widgets/rows_editor.py" line="139"/>
        <source>Usuń: {item} nr {number}</source>
        <translation>Delete: {item} {number}</translation>
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
        <location filename="../../pim_desktop/domain/action_plan.py" line="26"/>
        <location filename="../../pim_desktop/domain/application.py" line="25"/>
        <source>roboczy</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/action_plan.py" line="27"/>
        <source>konsultowany</source>
        <translation>under consultation</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/action_plan.py" line="28"/>
        <source>przyjęty</source>
        <translation>adopted</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/action_plan.py" line="43"/>
        <source>Streszczenie</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/action_plan.py" line="44"/>
        <source>Kontekst i diagnoza</source>
        <translation>Context and diagnosis</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/action_plan.py" line="45"/>
        <source>Interesariusze i udział Lokalnego Partnerstwa</source>
        <translation>Stakeholders and the Local Partnership&apos;s part</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/action_plan.py" line="48"/>
        <source>Wizja i cele</source>
        <translation>Vision and objectives</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/action_plan.py" line="49"/>
        <source>Wnioski z pracy w sieci</source>
        <translation>Lessons from the network</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/action_plan.py" line="69"/>
        <source>cel ogólny</source>
        <translation>general objective</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/action_plan.py" line="70"/>
        <source>cel szczegółowy</source>
        <translation>specific objective</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/action_plan.py" line="82"/>
        <source>inwestycyjne</source>
        <translation>investment</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/action_plan.py" line="83"/>
        <source>miękkie / organizacyjne</source>
        <translation>soft / organisational</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/action_plan.py" line="84"/>
        <source>regulacyjne</source>
        <translation>regulatory</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/action_plan.py" line="85"/>
        <source>pilotażowe</source>
        <translation>pilot</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/action_plan.py" line="97"/>
        <location filename="../../pim_desktop/domain/action_plan.py" line="145"/>
        <source>planowane</source>
        <translation>planned</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/action_plan.py" line="98"/>
        <source>w realizacji</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/action_plan.py" line="99"/>
        <source>zakończone</source>
        <translation>completed</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/action_plan.py" line="100"/>
        <source>zaniechane</source>
        <translation>abandoned</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/action_plan.py" line="113"/>
        <source>niski</source>
        <translation>low</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/action_plan.py" line="114"/>
        <source>średni</source>
        <translation>medium</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/action_plan.py" line="115"/>
        <source>wysoki</source>
        <translation>high</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/action_plan.py" line="128"/>
        <source>budżet miasta</source>
        <translation>city budget</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/action_plan.py" line="129"/>
        <source>program UE</source>
        <translation>EU programme</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/action_plan.py" line="130"/>
        <source>program krajowy</source>
        <translation>national programme</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/action_plan.py" line="131"/>
        <source>partner prywatny / PPP</source>
        <translation>private partner / PPP</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/action_plan.py" line="132"/>
        <location filename="../../pim_desktop/domain/partnership.py" line="64"/>
        <source>inne</source>
        <translation>other</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/action_plan.py" line="146"/>
        <source>złożony wniosek</source>
        <translation>application submitted</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/action_plan.py" line="147"/>
        <source>zapewnione</source>
        <translation>secured</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/action_plan.py" line="157"/>
        <source>produktu</source>
        <translation>output</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/action_plan.py" line="158"/>
        <source>rezultatu</source>
        <translation>result</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/action_plan.py" line="288"/>
        <source>Podaj kod działania (np. D1).</source>
        <translation>Enter the code of the action (e.g. D1).</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/action_plan.py" line="291"/>
        <source>Podaj tytuł działania.</source>
        <translation>Enter the title of the action.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/action_plan.py" line="294"/>
        <source>Działanie nie może kończyć się przed miesiącem rozpoczęcia.</source>
        <translation>An action cannot end before the month it starts.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/action_plan.py" line="299"/>
        <source>Koszt nie może być ujemny.</source>
        <translation>The cost cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/action_plan.py" line="303"/>
        <source>Źródło finansowania nr {number}: podaj nazwę programu.</source>
        <translation>Funding source {number}: enter the name of the programme.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/action_plan.py" line="308"/>
        <source>Źródło finansowania nr {number}: kwota nie może być ujemna.</source>
        <translation>Funding source {number}: the amount cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/action_plan.py" line="314"/>
        <source>Wskaźnik nr {number}: podaj jego nazwę.</source>
        <translation>Indicator {number}: enter its name.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/action_plan.py" line="318"/>
        <source>Ryzyko nr {number}: opisz je.</source>
        <translation>Risk {number}: describe it.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/action_plan.py" line="327"/>
        <source>Horyzont planu musi kończyć się nie wcześniej, niż się zaczyna.</source>
        <translation>The plan&apos;s horizon cannot end before it starts.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/action_plan.py" line="340"/>
        <source>Cel {code}: wpisz jego treść.</source>
        <translation>Objective {code}: enter its text.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/action_plan.py" line="344"/>
        <source>Kod celu {code} powtarza się.</source>
        <translation>The objective code {code} is used twice.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/action_plan.py" line="372"/>
        <source>Wpisz miesiąc jako MM.RRRR, np. 03.2026.</source>
        <translation>Enter the month as MM.YYYY, e.g. 03.2026.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/action_plan.py" line="387"/>
        <source>Wpisz datę jako DD.MM.RRRR, np. 12.03.2026.</source>
        <translation>Enter the date as DD.MM.YYYY, e.g. 12.03.2026.</translation>
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
        <location filename="../../pim_desktop/domain/action_plan_figures.py" line="116"/>
        <source>Działanie {code}: źródła finansowania dają {funded}, a koszt wynosi {cost} (różnica {difference}).</source>
        <translation>Action {code}: the funding sources give {funded}, but the cost is {cost} (difference {difference}).</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/action_plan_figures.py" line="133"/>
        <source>Działanie {code}: termin {start}–{end} wykracza poza horyzont planu ({plan_start}–{plan_end}).</source>
        <translation>Action {code}: its timing {start}–{end} falls outside the plan&apos;s horizon ({plan_start}–{plan_end}).</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/action_plan_figures.py" line="155"/>
        <source>Część „{part}” ma {length} znaków, a limit to {limit}.</source>
        <translation>The part “{part}” has {length} characters; the limit is {limit}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/action_plan_figures.py" line="161"/>
        <source>Plan jest przyjęty: podaj numer i datę aktu, którym go przyjęto.</source>
        <translation>The plan is adopted: enter the number and date of the act that adopted it.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/action_plan_figures.py" line="166"/>
        <source>Podaj horyzont planu (pierwszy i ostatni miesiąc).</source>
        <translation>Enter the plan&apos;s horizon (first and last month).</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/improvement_plan.py" line="29"/>
        <source>prawna</source>
        <translation>legal</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/improvement_plan.py" line="30"/>
        <source>finansowa</source>
        <translation>financial</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/improvement_plan.py" line="31"/>
        <source>organizacyjna</source>
        <translation>organisational</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/improvement_plan.py" line="32"/>
        <source>inna</source>
        <translation>other</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/improvement_plan.py" line="54"/>
        <source>Podaj krótki tytuł rekomendacji.</source>
        <translation>Enter a short title for the recommendation.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/improvement_plan.py" line="57"/>
        <source>Opisz barierę, której dotyczy rekomendacja.</source>
        <translation>Describe the barrier the recommendation addresses.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/improvement_plan.py" line="60"/>
        <source>Wpisz treść rekomendacji: co należy zmienić.</source>
        <translation>Enter the recommendation: what should change.</translation>
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
        <translation>Visit of the thematic expert</translation>
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
        <translation>Enter the title of the meeting.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/meeting.py" line="217"/>
        <source>Spotkanie musi kończyć się później, niż się zaczyna.</source>
        <translation>A meeting must end later than it starts.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/meeting.py" line="226"/>
        <source>Przy zastępstwie podaj, kto zastępował.</source>
        <translation>For a substitution, enter who stood in.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/meeting.py" line="233"/>
        <source>Opisz zadanie.</source>
        <translation>Describe the task.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/money.py" line="37"/>
        <source>Liczba może mieć tylko jeden przecinek dziesiętny.</source>
        <translation>A number can have only one decimal comma.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/money.py" line="44"/>
        <location filename="../../pim_desktop/domain/money.py" line="55"/>
        <source>Wpisz liczbę, np. 1 234 567,89.</source>
        <translation>Enter a number, e.g. 1 234 567,89.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/money.py" line="59"/>
        <source>Za dużo cyfr po przecinku.</source>
        <translation>Too many digits after the decimal comma.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/money.py" line="69"/>
        <source>Kwota nie może być ujemna.</source>
        <translation>The amount cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/network.py" line="32"/>
        <source>Miasto Lider</source>
        <translation>Leader city</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/network.py" line="33"/>
        <source>miasto partnerskie</source>
        <translation>partner city</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/network.py" line="47"/>
        <source>nie wysłano prośby</source>
        <translation>not requested</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/network.py" line="48"/>
        <source>czekamy na list</source>
        <translation>awaiting the letter</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/network.py" line="49"/>
        <source>list podpisany</source>
        <translation>letter signed</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/network.py" line="50"/>
        <source>miasto wycofało się</source>
        <translation>the city withdrew</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/network.py" line="131"/>
        <source>Sieć musi mieć dokładnie jedno Miasto Lider (jest: {count}).</source>
        <translation>A network must have exactly one Leader city (it has: {count}).</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/network.py" line="136"/>
        <source>Miast partnerskich w sieci: {count}; zasady programu wymagają co najmniej {minimum}.</source>
        <translation>Partner cities in the network: {count}; the programme&apos;s rules require at least {minimum}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/network.py" line="143"/>
        <source>Miast partnerskich w sieci: {count}; program przewiduje najwyżej {maximum}.</source>
        <translation>Partner cities in the network: {count}; the programme provides for at most {maximum}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/network.py" line="150"/>
        <source>Województw, w których leżą miasta sieci: {count}; zasady programu wymagają co najmniej {minimum}.</source>
        <translation>Voivodeships of the network&apos;s cities: {count}; the programme&apos;s rules require at least {minimum}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/network.py" line="159"/>
        <source>Nie podano województwa miast: {names}.</source>
        <translation>No voivodeship given for: {names}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/network.py" line="169"/>
        <source>Podaj nazwę miasta.</source>
        <translation>Enter the name of the city.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/network.py" line="172"/>
        <source>Miasto „{name}” jest już w sieci.</source>
        <translation>The city “{name}” is already in the network.</translation>
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
        <translation>marshal&apos;s office</translation>
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
        <translation>business / business organisation</translation>
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
        <translation>Enter the name of the institution or organisation.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/partnership.py" line="227"/>
        <source>Podaj imię i nazwisko osoby.</source>
        <translation>Enter the person&apos;s name.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/partnership.py" line="231"/>
        <source>Ocena musi być liczbą od 1 do 5.</source>
        <translation>A score must be a number from 1 to 5.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/partnership.py" line="234"/>
        <source>Data wystąpienia nie może być wcześniejsza niż data przystąpienia.</source>
        <translation>The date of leaving cannot be earlier than the date of joining.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/partnership.py" line="258"/>
        <source>Dane są przetwarzane na podstawie zgody: podaj datę jej wyrażenia.</source>
        <translation>The data are processed on the basis of consent: enter the date it was given.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/partnership.py" line="263"/>
        <source>Data zgody nie może być z przyszłości.</source>
        <translation>The date of consent cannot be in the future.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/partnership.py" line="278"/>
        <source>kluczowi partnerzy: angażować na co dzień</source>
        <translation>key partners: involve every day</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/partnership.py" line="281"/>
        <source>wpływowi: konsultować i dbać o poparcie</source>
        <translation>influential: consult and keep their support</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/partnership.py" line="284"/>
        <source>zainteresowani: informować i wspierać</source>
        <translation>interested: inform and support</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/partnership.py" line="287"/>
        <source>pozostali: obserwować</source>
        <translation>others: monitor</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/action_plan_service.py" line="179"/>
        <source>Działanie o kodzie {code} już jest w planie.</source>
        <translation>An action with the code {code} is already in the plan.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/contribution_data.py" line="155"/>
        <source>Plik wkładu ma błędne dane w polu „{field}”; nic nie zaimportowano.</source>
        <translation>The contribution file has wrong data in the field “{field}”; nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/improvement_plan_service.py" line="117"/>
        <source>Najpierw wpisz oficjalną nazwę miasta w „Dane miasta”: plik wkładu ją podaje.</source>
        <translation>First enter the official name of the city in “City data”: the contribution file gives it.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/member_csv.py" line="186"/>
        <source>Pliku nie da się odczytać: nie jest zapisany w UTF-8 ani w Windows-1250.</source>
        <translation>The file cannot be read: it is neither in UTF-8 nor in Windows-1250.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/member_csv.py" line="203"/>
        <source>W pierwszym wierszu pliku nie ma kolumny z nazwą członka („Nazwa instytucji / organizacji” albo „Przedstawiciel: imię i nazwisko”).</source>
        <translation>The file&apos;s first row has no column with the member&apos;s name (“Nazwa instytucji / organizacji” or “Przedstawiciel: imię i nazwisko”).</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/member_csv.py" line="240"/>
        <source>Taki członek jest już w rejestrze.</source>
        <translation>Such a member is already in the register.</translation>
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
        <translation>Column “{column}”: enter “tak” or “nie” instead of “{value}”.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/network_contribution.py" line="109"/>
        <source>Plik ma {size} MB; wkład miasta może mieć najwyżej {limit} MB.</source>
        <translation>The file has {size} MB; a city&apos;s contribution can have at most {limit} MB.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/network_contribution.py" line="120"/>
        <source>To nie jest plik wkładu miasta: plik jest uszkodzony albo jest innego rodzaju.</source>
        <translation>This is not a city contribution file: the file is damaged or of another kind.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/network_contribution.py" line="136"/>
        <source>Suma kontrolna części {part} się nie zgadza: plik został zmieniony albo uszkodzony po zapisaniu. Poproś miasto o ponowne przesłanie pliku.</source>
        <translation>The checksum of the part {part} does not match: the file was changed or damaged after it was written. Ask the city to send the file again.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/network_contribution.py" line="153"/>
        <source>Plik zawiera niedozwoloną ścieżkę „{name}” i został odrzucony.</source>
        <translation>The file holds a forbidden path “{name}” and was refused.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/network_contribution.py" line="160"/>
        <source>Plik zawiera nieoczekiwaną część „{name}” i został odrzucony.</source>
        <translation>The file holds an unexpected part “{name}” and was refused.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/network_contribution.py" line="167"/>
        <source>Plik jest zaszyfrowany; wkład miasta nie może być.</source>
        <translation>The file is encrypted; a city contribution cannot be.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/network_contribution.py" line="174"/>
        <source>W pliku brakuje części „{name}”.</source>
        <translation>The part “{name}” is missing from the file.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/network_contribution.py" line="181"/>
        <source>Część „{name}” po rozpakowaniu byłaby za duża; plik odrzucono jako niebezpieczny.</source>
        <translation>The part “{name}” would be too large when unpacked; the file was refused as unsafe.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/network_contribution.py" line="197"/>
        <source>Części „{name}” nie da się odczytać: plik jest uszkodzony.</source>
        <translation>The part “{name}” cannot be read: the file is damaged.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/network_contribution.py" line="212"/>
        <source>Część „{name}” nie jest poprawnym plikiem JSON.</source>
        <translation>The part “{name}” is not valid JSON.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/network_contribution.py" line="217"/>
        <location filename="../../pim_desktop/services/network_contribution.py" line="233"/>
        <location filename="../../pim_desktop/services/network_contribution.py" line="247"/>
        <source>Część „{name}” ma niewłaściwą budowę.</source>
        <translation>The part “{name}” has the wrong structure.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/network_contribution.py" line="225"/>
        <source>To nie jest wkład miasta do sieci PIM (format „{format}”).</source>
        <translation>This is not a city contribution to a PIM network (format “{format}”).</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/network_contribution.py" line="237"/>
        <source>Plik zapisano w nowszej wersji formatu ({version}); zaktualizuj program PIM Desktop.</source>
        <translation>The file was written in a newer version of the format ({version}); update PIM Desktop.</translation>
    </message>
</context>
</TS>

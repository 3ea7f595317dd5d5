<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="pl_PL">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../pim_desktop/ui/help/about_dialog.py" line="24"/>
        <location filename="../../pim_desktop/ui/help/about_dialog.py" line="25"/>
        <source>O programie</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/help/about_dialog.py" line="33"/>
        <source>Wnioski do Partnerskiej Inicjatywy Miast, Lokalne Partnerstwo i plan działań miasta. Program działa bez internetu i nigdzie nie wysyła danych.</source>
        <translation>Applications to the Cities Partnership Initiative, the Local Partnership and the city&apos;s action plan. The program works offline and never sends data anywhere.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/help/about_dialog.py" line="41"/>
        <source>Wersja</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/help/about_dialog.py" line="42"/>
        <source>Folder danych</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/help/about_dialog.py" line="43"/>
        <source>Plik bazy danych</source>
        <translation>Database file</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/help/about_dialog.py" line="44"/>
        <source>Folder kopii zapasowych</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/help/about_dialog.py" line="45"/>
        <source>Folder dziennika</source>
        <translation>Log folder</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/action_dialog.py" line="74"/>
        <source>Działanie {code}</source>
        <translation>Action {code}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/action_dialog.py" line="76"/>
        <source>Nowe działanie</source>
        <translation>New action</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/action_dialog.py" line="82"/>
        <source>Części działania</source>
        <translation>Parts of the action</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/action_dialog.py" line="84"/>
        <source>&amp;Podstawowe</source>
        <translation>&amp;Basics</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/action_dialog.py" line="85"/>
        <source>&amp;Finansowanie</source>
        <translation>&amp;Funding</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/action_dialog.py" line="87"/>
        <source>&amp;Wskaźniki</source>
        <translation>&amp;Indicators</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/action_dialog.py" line="89"/>
        <source>&amp;Ryzyka</source>
        <translation>&amp;Risks</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/action_dialog.py" line="90"/>
        <source>Partnerzy i &amp;spotkania</source>
        <translation>Partners and &amp;meetings</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/action_dialog.py" line="95"/>
        <source>Błędy w działaniu</source>
        <translation>Faults in the action</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/action_dialog.py" line="98"/>
        <source>Zapisz</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/action_dialog.py" line="123"/>
        <source>— bez celu —</source>
        <translation>— no objective —</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/action_dialog.py" line="137"/>
        <source>Kod</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/action_dialog.py" line="138"/>
        <source>Tytuł</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/action_dialog.py" line="139"/>
        <source>Opis</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/action_dialog.py" line="140"/>
        <source>Cel, któremu służy</source>
        <translation>Objective it serves</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/action_dialog.py" line="141"/>
        <source>Rodzaj działania</source>
        <translation>Type of action</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/action_dialog.py" line="142"/>
        <source>Jednostka odpowiedzialna</source>
        <translation>Responsible unit</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/action_dialog.py" line="143"/>
        <source>Początek (miesiąc)</source>
        <translation>Start (month)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/action_dialog.py" line="144"/>
        <source>Koniec (miesiąc)</source>
        <translation>End (month)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/action_dialog.py" line="145"/>
        <source>Koszt w zł</source>
        <translation>Cost in PLN</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/action_dialog.py" line="146"/>
        <source>Priorytet</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/action_dialog.py" line="147"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/action_dialog.py" line="176"/>
        <source>Bilans finansowania</source>
        <translation>Funding balance</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/action_dialog.py" line="188"/>
        <source>Partnerzy z Lokalnego Partnerstwa</source>
        <translation>Partners from the Local Partnership</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/action_dialog.py" line="194"/>
        <source>Spotkania, na których pracowano nad działaniem</source>
        <translation>Meetings where the action was worked on</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/action_dialog.py" line="199"/>
        <source>Partnerzy z &amp;Lokalnego Partnerstwa:</source>
        <translation>Partners from the &amp;Local Partnership:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/action_dialog.py" line="200"/>
        <source>Spotkania, na których pracowano nad działanie&amp;m:</source>
        <translation>Meetings where the action was &amp;worked on:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/action_dialog.py" line="210"/>
        <source> (wystąpił z Partnerstwa)</source>
        <translation> (left the Partnership)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/action_dialog.py" line="222"/>
        <source>Źródła finansowania: {funded} z kosztu {cost}.</source>
        <translation>Funding sources: {funded} of the cost of {cost}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/action_dialog.py" line="230"/>
        <source>Różnica: {difference}.</source>
        <translation>Difference: {difference}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/action_dialog.py" line="236"/>
        <source>Początek</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/action_dialog.py" line="237"/>
        <source>Koniec</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/action_dialog.py" line="249"/>
        <source>Koszt</source>
        <translation>Cost</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/action_dialog.py" line="265"/>
        <source>{what}: podaj miesiąc (MM.RRRR).</source>
        <translation>{what}: enter the month (MM.YYYY).</translation>
    </message>
</context>
<context>
    <name>ActionPlanPage</name>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/action_plan_page.py" line="84"/>
        <source>Plan działań (MID)</source>
        <translation>Action plan (MID)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/action_plan_page.py" line="87"/>
        <source>Miejska Inicjatywa Działań</source>
        <translation>Urban Action Initiative (MID)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/action_plan_page.py" line="94"/>
        <source>Części planu</source>
        <translation>Parts of the plan</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/action_plan_page.py" line="98"/>
        <source>&amp;Dokument</source>
        <translation>&amp;Document</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/action_plan_page.py" line="99"/>
        <source>Dzi&amp;ałania</source>
        <translation>&amp;Actions</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/action_plan_page.py" line="102"/>
        <source>&amp;Harmonogram</source>
        <translation>&amp;Schedule</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/action_plan_page.py" line="121"/>
        <source>Działania i budżet</source>
        <translation>Actions and budget</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/action_plan_page.py" line="127"/>
        <source>Kod</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/action_plan_page.py" line="128"/>
        <source>Działanie</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/action_plan_page.py" line="129"/>
        <source>Cel</source>
        <translation>Objective</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/action_plan_page.py" line="130"/>
        <source>Termin</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/action_plan_page.py" line="131"/>
        <source>Koszt</source>
        <translation>Cost</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/action_plan_page.py" line="132"/>
        <source>Finansowanie</source>
        <translation>Funding</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/action_plan_page.py" line="133"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/action_plan_page.py" line="135"/>
        <source>Tabela działań</source>
        <translation>Action table</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/action_plan_page.py" line="143"/>
        <source>Dodaj &amp;nowe działanie…</source>
        <translation>Add &amp;new action…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/action_plan_page.py" line="146"/>
        <source>&amp;Edytuj…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/action_plan_page.py" line="149"/>
        <source>&amp;Usuń</source>
        <translation>De&amp;lete</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/action_plan_page.py" line="151"/>
        <source>W &amp;górę</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/action_plan_page.py" line="152"/>
        <source>&amp;W dół</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/action_plan_page.py" line="305"/>
        <source>Usuń działanie</source>
        <translation>Delete action</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/action_plan_page.py" line="306"/>
        <source>Usunąć działanie {code} „{title}” z planu?</source>
        <translation>Delete action {code} “{title}” from the plan?</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/action_plan_page.py" line="329"/>
        <source>Nowe działanie</source>
        <translation>New action</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/action_plan_page.py" line="336"/>
        <source>Nie zapisano</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/action_plan_page.py" line="342"/>
        <source>Zapisz MID jako PDF</source>
        <translation>Save the MID as PDF</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/action_plan_page.py" line="354"/>
        <source>Zapisano MID ({pages} str.): {file}</source>
        <translation>MID saved ({pages} pages): {file}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/action_plan_page.py" line="361"/>
        <source>Zapisz tabelę działań</source>
        <translation>Save the action table</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/action_plan_page.py" line="363"/>
        <source>Plik CSV (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/action_plan_page.py" line="373"/>
        <source>Zapisywanie tabeli działań</source>
        <translation>Saving the action table</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/action_plan_page.py" line="379"/>
        <source>Zapisano {count} działań: {file}</source>
        <translation>{count} actions saved: {file}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/action_plan_page.py" line="88"/>
        <source>Zapisz P&amp;DF…</source>
        <translation>Save as &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/action_plan_page.py" line="90"/>
        <source>Tabela działań do C&amp;SV…</source>
        <translation>Action table to &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/action_plan_page.py" line="348"/>
        <source>Zapisywanie MID</source>
        <translation>Saving the MID</translation>
    </message>
</context>
<context>
    <name>ActionRows</name>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/action_rows.py" line="40"/>
        <source>Źródło</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/action_rows.py" line="46"/>
        <source>Nazwa programu</source>
        <translation>Programme name</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/action_rows.py" line="49"/>
        <source>Kwota w zł</source>
        <translation>Amount in PLN</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/action_rows.py" line="53"/>
        <source>Stan</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/action_rows.py" line="59"/>
        <source>źródło finansowania</source>
        <translation>funding source</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/action_rows.py" line="60"/>
        <source>&amp;Dodaj źródło finansowania</source>
        <translation>&amp;Add funding source</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/action_rows.py" line="82"/>
        <source>Rodzaj</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/action_rows.py" line="86"/>
        <source>Wskaźnik</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/action_rows.py" line="87"/>
        <source>Jednostka</source>
        <translation>Local authority</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/action_rows.py" line="88"/>
        <source>Wartość bazowa</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/action_rows.py" line="89"/>
        <source>Rok bazowy</source>
        <translation>Baseline year</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/action_rows.py" line="90"/>
        <source>Wartość docelowa</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/action_rows.py" line="91"/>
        <source>Rok docelowy</source>
        <translation>Target year</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/action_rows.py" line="93"/>
        <source>Źródło danych</source>
        <translation>Data source</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/action_rows.py" line="96"/>
        <source>wskaźnik</source>
        <translation>indicator</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/action_rows.py" line="97"/>
        <source>&amp;Dodaj wskaźnik</source>
        <translation>&amp;Add indicator</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/action_rows.py" line="122"/>
        <source>Ryzyko</source>
        <translation>Risk</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/action_rows.py" line="125"/>
        <source>Prawdopodobieństwo</source>
        <translation>Likelihood</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/action_rows.py" line="129"/>
        <source>Wpływ</source>
        <translation>Influence</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/action_rows.py" line="132"/>
        <source>Działania zaradcze</source>
        <translation>Mitigation</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/action_rows.py" line="135"/>
        <source>Kto odpowiada</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/action_rows.py" line="137"/>
        <source>ryzyko</source>
        <translation>risk</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/action_rows.py" line="138"/>
        <source>&amp;Dodaj ryzyko</source>
        <translation>&amp;Add risk</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/action_rows.py" line="179"/>
        <source>Źródło finansowania nr {n}</source>
        <translation>Funding source {n}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/action_rows.py" line="189"/>
        <source>Wskaźnik nr {n}</source>
        <translation>Indicator {n}</translation>
    </message>
</context>
<context>
    <name>ActivitiesTab</name>
    <message>
        <location filename="../../pim_desktop/ui/network/activities_tab.py" line="68"/>
        <source>Działania i wydatki sieci</source>
        <translation>Network activities and spending</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/activities_tab.py" line="71"/>
        <source>Daty</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/activities_tab.py" line="71"/>
        <source>Rodzaj</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/activities_tab.py" line="71"/>
        <source>Działanie</source>
        <translation>Activity</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/activities_tab.py" line="71"/>
        <source>Gospodarz</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/activities_tab.py" line="72"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/activities_tab.py" line="72"/>
        <source>Zaplanowano</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/activities_tab.py" line="72"/>
        <source>Wydano</source>
        <translation>Spent</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/activities_tab.py" line="72"/>
        <source>Dokumenty</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/activities_tab.py" line="73"/>
        <source>Uwagi</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/activities_tab.py" line="74"/>
        <location filename="../../pim_desktop/ui/network/activities_tab.py" line="270"/>
        <source>Działania sieci</source>
        <translation>Network activities</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/activities_tab.py" line="83"/>
        <source>Razem</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/activities_tab.py" line="88"/>
        <source>Uwagi do działań</source>
        <translation>Warnings on activities</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/activities_tab.py" line="97"/>
        <source>Dodaj &amp;działanie…</source>
        <translation>Add &amp;activity…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/activities_tab.py" line="98"/>
        <source>&amp;Edytuj…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/activities_tab.py" line="99"/>
        <source>&amp;Usuń</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/activities_tab.py" line="101"/>
        <source>Sprawozdanie do PD&amp;F…</source>
        <translation>Report to PD&amp;F…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/activities_tab.py" line="102"/>
        <source>Tabela do CS&amp;V…</source>
        <translation>Table to &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/activities_tab.py" line="107"/>
        <source>Rodzaj dokumentu</source>
        <translation>Document kind</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/activities_tab.py" line="111"/>
        <source>Dokument rozliczający:</source>
        <translation>Settling document:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/activities_tab.py" line="113"/>
        <source>Dołącz pl&amp;ik…</source>
        <translation>Attach &amp;file…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/activities_tab.py" line="146"/>
        <source>Razem: zaplanowano {planned}, wydano {spent} ({count} działań).</source>
        <translation>Total: planned {planned}, spent {spent} ({count} activities).</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/activities_tab.py" line="200"/>
        <source>Usuń działanie</source>
        <translation>Delete activity</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/activities_tab.py" line="201"/>
        <source>Usunąć działanie „{title}”?</source>
        <translation>Delete the activity “{title}”?</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/activities_tab.py" line="209"/>
        <source>Najpierw wybierz działanie na liście.</source>
        <translation>First choose an activity in the list.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/activities_tab.py" line="211"/>
        <source>Wybierz dokument rozliczający</source>
        <translation>Choose a settling document</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/activities_tab.py" line="211"/>
        <source>Pliki (*)</source>
        <translation>Files (*)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/activities_tab.py" line="235"/>
        <source>Pliku „{name}” nie ma w folderze danych na tym komputerze: lista zna tylko jego nazwę i sumę kontrolną. Dołącz plik ponownie, aby go otworzyć.</source>
        <translation>The file “{name}” is not in the data folder on this computer: the list knows only its name and checksum. Attach the file again to open it.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/activities_tab.py" line="248"/>
        <source>Zapisz sprawozdanie sieci</source>
        <translation>Save the network report</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/activities_tab.py" line="254"/>
        <source>Zapisywanie sprawozdania sieci</source>
        <translation>Saving the network&apos;s report</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/activities_tab.py" line="263"/>
        <source>Zapisywanie tabeli</source>
        <translation>Saving the table</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/activities_tab.py" line="259"/>
        <source>Zapisz tabelę działań</source>
        <translation>Save the activities table</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/activities_tab.py" line="260"/>
        <source>Plik CSV dla Excela (*.csv)</source>
        <translation>CSV file for Excel (*.csv)</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <location filename="../../pim_desktop/ui/network/activity_dialog.py" line="46"/>
        <source>Działanie sieci</source>
        <translation>Network activity</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/activity_dialog.py" line="46"/>
        <source>Nowe działanie sieci</source>
        <translation>New network activity</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/activity_dialog.py" line="51"/>
        <source>— brak —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/activity_dialog.py" line="82"/>
        <source>Dokumenty rozliczające</source>
        <translation>Settling documents</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/activity_dialog.py" line="90"/>
        <source>Miasto</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/activity_dialog.py" line="91"/>
        <source>Osób</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/activity_dialog.py" line="93"/>
        <source>uczestnicy</source>
        <translation>participants</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/activity_dialog.py" line="94"/>
        <source>Dodaj &amp;miasto</source>
        <translation>Add &amp;city</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/activity_dialog.py" line="100"/>
        <source>Kategoria</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/activity_dialog.py" line="102"/>
        <source>Płaci</source>
        <translation>Paid by</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/activity_dialog.py" line="103"/>
        <source>Miasto (budżet własny)</source>
        <translation>City (own budget)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/activity_dialog.py" line="104"/>
        <source>Zaplanowano (zł)</source>
        <translation>Planned (PLN)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/activity_dialog.py" line="105"/>
        <source>Wydano (zł)</source>
        <translation>Spent (PLN)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/activity_dialog.py" line="107"/>
        <source>koszt</source>
        <translation>cost</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/activity_dialog.py" line="108"/>
        <source>Dodaj &amp;koszt</source>
        <translation>Add c&amp;ost</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/activity_dialog.py" line="73"/>
        <source>Rodzaj</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/activity_dialog.py" line="74"/>
        <source>Nazwa</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/activity_dialog.py" line="75"/>
        <source>Początek (DD.MM.RRRR)</source>
        <translation>Start (DD.MM.YYYY)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/activity_dialog.py" line="76"/>
        <source>Koniec (DD.MM.RRRR)</source>
        <translation>End (DD.MM.YYYY)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/activity_dialog.py" line="77"/>
        <source>Miasto gospodarz</source>
        <translation>Host city</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/activity_dialog.py" line="78"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/activity_dialog.py" line="79"/>
        <source>Spotkanie sieci (uczestnicy z listy)</source>
        <translation>Network meeting (participants from its record)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/activity_dialog.py" line="80"/>
        <source>Uczestnicy z miast</source>
        <translation>Participants from the cities</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/activity_dialog.py" line="81"/>
        <source>Koszty</source>
        <translation>Costs</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/activity_dialog.py" line="115"/>
        <source>Podaj datę początku działania.</source>
        <translation>Enter the start date of the activity.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/activity_dialog.py" line="149"/>
        <source>Liczba osób musi być liczbą całkowitą.</source>
        <translation>The number of people must be a whole number.</translation>
    </message>
</context>
<context>
    <name>ApplicationEditor</name>
    <message>
        <location filename="../../pim_desktop/ui/applications/application_editor.py" line="125"/>
        <source>Edytor wniosku</source>
        <translation>Application editor</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/application_editor.py" line="172"/>
        <source>wersja {number}</source>
        <translation>version {number}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/application_editor.py" line="207"/>
        <source>Sprawdź wniosek</source>
        <translation>Check application</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/application_editor.py" line="213"/>
        <source>Historia zmian</source>
        <translation>Change history</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/application_editor.py" line="187"/>
        <source>Ten wniosek jest podpisany lub wysłany i zamrożony. Aby coś zmienić, utwórz nową wersję na liście wniosków.</source>
        <translation>This application has been signed or sent and is frozen. To change anything, create a new version in the application list.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/application_editor.py" line="203"/>
        <source>Cofnij</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/application_editor.py" line="205"/>
        <source>Ponów</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/application_editor.py" line="210"/>
        <source>Zapisz teraz</source>
        <translation>Save now</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/application_editor.py" line="329"/>
        <source>Zapisano. Wczytano zmiany, które wprowadził(a) {who}: {fields}.</source>
        <translation>Saved. Loaded the changes made by {who}: {fields}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/application_editor.py" line="355"/>
        <source>Zapisano na tym komputerze o {time}; do bazy zespołu trafi, gdy serwer wróci.</source>
        <translation>Saved on this computer at {time}; it goes to the team database when the server is back.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/application_editor.py" line="396"/>
        <source>Wniosek zmienił(a) {officer} — zmiany zostaną połączone przy zapisie</source>
        <translation>{officer} changed this application — the changes will be merged when you save</translation>
    </message>
</context>
<context>
    <name>ApplicationPrinting</name>
    <message>
        <location filename="../../pim_desktop/ui/applications/application_printing.py" line="62"/>
        <source>Przygotowanie podglądu</source>
        <translation>Preparing the preview</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/application_printing.py" line="68"/>
        <source>Podgląd wniosku nr {id} – {kind}</source>
        <translation>Preview of application no. {id} – {kind}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/application_printing.py" line="72"/>
        <source>Wniosek nr {id}, wersja {version} · {kind} · suma kontrolna {checksum}</source>
        <translation>Application no. {id}, version {version} · {kind} · checksum {checksum}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/application_printing.py" line="101"/>
        <source>Przygotowanie wydruku</source>
        <translation>Preparing the printout</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/application_printing.py" line="105"/>
        <source>PIM – wniosek nr {id}</source>
        <translation>PIM – application no. {id}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/application_printing.py" line="107"/>
        <source>Drukowanie wniosku</source>
        <translation>Printing the application</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/application_printing.py" line="116"/>
        <source>Drukowanie…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/application_printing.py" line="116"/>
        <source>Przerwij</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/application_printing.py" line="118"/>
        <source>Postęp drukowania</source>
        <translation>Printing progress</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/application_printing.py" line="132"/>
        <source>Drukowanie przerwano.</source>
        <translation>Printing was stopped.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/application_printing.py" line="138"/>
        <source>Wysłano do drukarki wersję roboczą, stron: {pages}.</source>
        <translation>Draft sent to the printer, pages: {pages}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/application_printing.py" line="146"/>
        <source>Wysłano do drukarki wersję ostateczną, stron: {pages}; wydruk zapisano przy wniosku.</source>
        <translation>Final version sent to the printer, pages: {pages}; the print is recorded with the application.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/application_printing.py" line="150"/>
        <source>Zapis wydruku przy wniosku</source>
        <translation>Recording the print with the application</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/application_printing.py" line="161"/>
        <source>Zapisz wniosek jako PDF</source>
        <translation>Save the application as PDF</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/application_printing.py" line="163"/>
        <source>Dokument PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/application_printing.py" line="171"/>
        <source>Zapisywanie PDF</source>
        <translation>Saving the PDF</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/application_printing.py" line="179"/>
        <source>Zapisano PDF ({kind}): {name} – {size}, stron: {pages}. Urzędy ograniczają rozmiar załączników (ePUAP), więc sprawdź limit odbiorcy.</source>
        <translation>PDF saved ({kind}): {name} – {size}, pages: {pages}. Offices limit the size of attachments (ePUAP), so check the recipient’s limit.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/application_printing.py" line="213"/>
        <source>Wniosek ma problemy do poprawienia ({count}), więc wersja ostateczna nie powstała. Popraw je albo zaznacz „Wersja robocza”.</source>
        <translation>The application has problems to fix ({count}), so no final version was made. Fix them or tick “Draft copy”.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/application_printing.py" line="221"/>
        <source>wersja robocza</source>
        <translation>draft copy</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/application_printing.py" line="221"/>
        <source>wersja ostateczna</source>
        <translation>final version</translation>
    </message>
</context>
<context>
    <name>ApplicationTableModel</name>
    <message>
        <location filename="../../pim_desktop/ui/applications/application_table_model.py" line="28"/>
        <source>Nabór</source>
        <translation>Call</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/application_table_model.py" line="29"/>
        <source>Rola</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/application_table_model.py" line="30"/>
        <source>Sieć</source>
        <translation>Network</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/application_table_model.py" line="32"/>
        <source>Wersja</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/application_table_model.py" line="36"/>
        <source>Stan</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/application_table_model.py" line="37"/>
        <source>Ostatnia zmiana</source>
        <translation>Last changed</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/application_table_model.py" line="39"/>
        <source>Kompletność</source>
        <translation>Completeness</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/application_table_model.py" line="43"/>
        <source>Termin</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/application_table_model.py" line="58"/>
        <source>{date} (po terminie)</source>
        <translation>{date} (past the deadline)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/application_table_model.py" line="59"/>
        <source>{date} (zostało dni: {days})</source>
        <translation>{date} (days left: {days})</translation>
    </message>
</context>
<context>
    <name>ApplicationsPage</name>
    <message>
        <location filename="../../pim_desktop/ui/applications/applications_page.py" line="118"/>
        <location filename="../../pim_desktop/ui/applications/applications_page.py" line="130"/>
        <location filename="../../pim_desktop/ui/applications/applications_page.py" line="451"/>
        <source>Wnioski</source>
        <translation>Applications</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/applications_page.py" line="169"/>
        <source>Lista wniosków</source>
        <translation>Application list</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/applications_page.py" line="189"/>
        <source>&amp;Nowy wniosek…</source>
        <translation>&amp;New application…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/applications_page.py" line="191"/>
        <source>&amp;Otwórz</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/applications_page.py" line="193"/>
        <source>Oznacz jako &amp;gotowy</source>
        <translation>Mark as &amp;ready</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/applications_page.py" line="196"/>
        <source>Oznacz jako &amp;wysłany…</source>
        <translation>Mark as &amp;sent…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/applications_page.py" line="198"/>
        <source>Nowa w&amp;ersja</source>
        <translation>New &amp;version</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/applications_page.py" line="203"/>
        <source>Sprawdź zgodność wydr&amp;uku…</source>
        <translation>Check a &amp;printout…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/applications_page.py" line="206"/>
        <source>E&amp;ksportuj…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/applications_page.py" line="209"/>
        <source>&amp;Importuj…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/applications_page.py" line="212"/>
        <source>Zapisz wybrany wniosek ze wszystkimi wersjami w pliku .pim</source>
        <translation>Save the selected application with all its versions in a .pim file</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/applications_page.py" line="368"/>
        <source>Wybierz wniosek do eksportu.</source>
        <translation>Select an application to export.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/applications_page.py" line="386"/>
        <source>Wniosek ma problemy do poprawienia ({count}): pokazano je w edytorze.</source>
        <translation>The application has problems to fix ({count}): they are shown in the editor.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/applications_page.py" line="392"/>
        <source>Wniosek sprawdzony i gotowy do wydruku oraz podpisu.</source>
        <translation>Application checked and ready for printing and signing.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/applications_page.py" line="400"/>
        <source>Najpierw sprawdź wniosek i oznacz go jako gotowy.</source>
        <translation>First check the application and mark it as ready.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/applications_page.py" line="408"/>
        <source>Zapisano wysłanie wniosku; wniosek jest zamrożony.</source>
        <translation>The sending of the application has been recorded; the application is frozen.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/applications_page.py" line="417"/>
        <source>Utworzono wersję {number} jako nowy wniosek roboczy.</source>
        <translation>Version {number} has been created as a new draft application.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/applications_page.py" line="200"/>
        <source>Zapisz PDF os&amp;tateczny…</source>
        <translation>Save the &amp;final PDF…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/applications_page.py" line="214"/>
        <source>Sprawdza wniosek; bez problemów staje się gotowy</source>
        <translation>Checks the application; without problems it becomes ready</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/applications_page.py" line="273"/>
        <source>Wniosek nr {id}, wersja {version}</source>
        <translation>Application no. {id}, version {version}</translation>
    </message>
</context>
<context>
    <name>AttachmentField</name>
    <message>
        <location filename="../../pim_desktop/ui/applications/form_fields/attachment_field.py" line="44"/>
        <source>Dodaj &amp;plik…</source>
        <translation>Add &amp;file…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/form_fields/attachment_field.py" line="46"/>
        <source>Dodaj plik: {label}</source>
        <translation>Add file: {label}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/form_fields/attachment_field.py" line="48"/>
        <source>Usuń plik</source>
        <translation>Remove file</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/form_fields/attachment_field.py" line="51"/>
        <source>Usuń plik: {label}</source>
        <translation>Remove file: {label}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/form_fields/attachment_field.py" line="67"/>
        <source>Wybierz plik: {label}</source>
        <translation>Choose file: {label}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/form_fields/attachment_field.py" line="62"/>
        <source>Dozwolone pliki ({patterns})</source>
        <translation>Allowed files ({patterns})</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/form_fields/attachment_field.py" line="64"/>
        <source>Wszystkie pliki (*)</source>
        <translation>All files (*)</translation>
    </message>
</context>
<context>
    <name>AttachmentList</name>
    <message>
        <location filename="../../pim_desktop/ui/meetings/attachment_list.py" line="32"/>
        <source>Załączniki spotkania</source>
        <translation>Meeting attachments</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meetings/attachment_list.py" line="38"/>
        <source>Rodzaj dołączanego pliku</source>
        <translation>Kind of file to attach</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meetings/attachment_list.py" line="41"/>
        <source>&amp;Dołącz plik…</source>
        <translation>&amp;Attach file…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meetings/attachment_list.py" line="46"/>
        <source>Otwórz</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meetings/attachment_list.py" line="49"/>
        <source>Usuń plik</source>
        <translation>Remove file</translation>
    </message>
</context>
<context>
    <name>AttendanceEditor</name>
    <message>
        <location filename="../../pim_desktop/ui/meetings/attendance_editor.py" line="56"/>
        <source>Obecność zaproszonych członków</source>
        <translation>Attendance of invited members</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meetings/attendance_editor.py" line="58"/>
        <source>Członek</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meetings/attendance_editor.py" line="58"/>
        <source>Osoba</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meetings/attendance_editor.py" line="58"/>
        <source>Obecność</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meetings/attendance_editor.py" line="58"/>
        <source>Kto zastępował</source>
        <translation>Stood in</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meetings/attendance_editor.py" line="73"/>
        <source>Wszyscy nieodnotowani o&amp;becni</source>
        <translation>Mark everyone unrecorded as pr&amp;esent</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meetings/attendance_editor.py" line="76"/>
        <source>Oznacz wszystkich nieodnotowanych jako obecnych</source>
        <translation>Mark everyone unrecorded as present</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meetings/attendance_editor.py" line="84"/>
        <source>Goście spoza Partnerstwa:</source>
        <translation>Guests from outside the Partnership:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meetings/attendance_editor.py" line="88"/>
        <source>Goście spoza Partnerstwa</source>
        <translation>Guests from outside the Partnership</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meetings/attendance_editor.py" line="96"/>
        <source>imię i nazwisko gościa</source>
        <translation>guest&apos;s full name</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meetings/attendance_editor.py" line="97"/>
        <source>Imię i nazwisko gościa</source>
        <translation>Guest&apos;s full name</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meetings/attendance_editor.py" line="100"/>
        <source>instytucja (nieobowiązkowo)</source>
        <translation>organisation (optional)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meetings/attendance_editor.py" line="101"/>
        <source>Instytucja gościa</source>
        <translation>Guest&apos;s organisation</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meetings/attendance_editor.py" line="102"/>
        <source>Dodaj &amp;gościa</source>
        <translation>Add &amp;guest</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meetings/attendance_editor.py" line="106"/>
        <source>Usuń gościa</source>
        <translation>Remove guest</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meetings/attendance_editor.py" line="125"/>
        <source>Na to spotkanie nie zaproszono nikogo z rejestru.</source>
        <translation>No one from the register was invited to this meeting.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meetings/attendance_editor.py" line="128"/>
        <source>Zmiany obecności zapisują się od razu. Zastępstwo wymaga nazwiska.</source>
        <translation>Attendance changes are saved at once. A substitution needs the name of who stood in.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meetings/attendance_editor.py" line="138"/>
        <source>Obecność: {name}</source>
        <translation>Attendance: {name}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meetings/attendance_editor.py" line="149"/>
        <source>Kto zastępował: {name}</source>
        <translation>Stood in for {name}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meetings/attendance_editor.py" line="177"/>
        <source>Wpisz, kto zastępował: {name}.</source>
        <translation>Type who stood in for {name}.</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <location filename="../../pim_desktop/ui/common/autosave.py" line="199"/>
        <source>Zapisywanie…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/common/autosave.py" line="203"/>
        <source>Zapisano o {time}.</source>
        <translation>Saved at {time}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/common/autosave.py" line="207"/>
        <source>Zmiany są w oknie; ponowię zapis za {seconds} s.</source>
        <translation>Your changes stay in the window; saving again in {seconds} s.</translation>
    </message>
</context>
<context>
    <name>BackupScheduler</name>
    <message>
        <location filename="../../pim_desktop/ui/safety/backup_scheduler.py" line="65"/>
        <source>Kopia zapasowa</source>
        <translation>Backup</translation>
    </message>
</context>
<context>
    <name>BackupTableModel</name>
    <message>
        <location filename="../../pim_desktop/ui/safety/backup_table_model.py" line="29"/>
        <source>Data utworzenia</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/backup_table_model.py" line="34"/>
        <source>Rozmiar</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/backup_table_model.py" line="39"/>
        <source>Plik</source>
        <translation>File</translation>
    </message>
</context>
<context>
    <name>BackupsBox</name>
    <message>
        <location filename="../../pim_desktop/ui/safety/backups_box.py" line="55"/>
        <location filename="../../pim_desktop/ui/safety/backups_box.py" line="56"/>
        <source>Kopie zapasowe</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/backups_box.py" line="64"/>
        <source>Program sam tworzy kopię bazy danych przy uruchomieniu, przy zamknięciu i co godzinę pracy, gdy coś się zmieniło. Zachowuje 10 ostatnich kopii i po jednej z każdego dnia z ostatnich 30 dni. Załączniki są przechowywane osobno i nie są usuwane, więc przywrócona kopia je odnajdzie.</source>
        <translation>The program backs up its database by itself at start, on exit and every hour of work when something has changed. It keeps the last 10 backups and one from each of the last 30 days. Attachments are kept separately and never deleted, so a restored backup finds them.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/backups_box.py" line="75"/>
        <source>Lista kopii zapasowych</source>
        <translation>List of backups</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/backups_box.py" line="87"/>
        <source>Stan kopii zapasowych</source>
        <translation>Backup status</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/backups_box.py" line="92"/>
        <source>&amp;Utwórz kopię teraz</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/backups_box.py" line="98"/>
        <source>Otwórz &amp;folder kopii</source>
        <translation>Open the backup &amp;folder</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/backups_box.py" line="117"/>
        <source>Nie ma jeszcze żadnej kopii zapasowej.</source>
        <translation>There is no backup yet.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/backups_box.py" line="141"/>
        <source>Utworzono i sprawdzono kopię z {when} ({size}).</source>
        <translation>Backup of {when} created and checked ({size}).</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/backups_box.py" line="154"/>
        <source>Nie udało się zapisać bieżących zmian, więc kopii nie przywrócono. Sprawdź komunikat w oknie edycji.</source>
        <translation>The current changes could not be saved, so the backup was not restored. See the message in the editor.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/backups_box.py" line="169"/>
        <source>Przywrócono dane z kopii z {when}.</source>
        <translation>Data restored from the backup of {when}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/backups_box.py" line="172"/>
        <source>Stan sprzed przywrócenia zapisano jako kopię z {when}; można do niego wrócić.</source>
        <translation>The state before restoring was saved as the backup of {when}; you can go back to it.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/backups_box.py" line="181"/>
        <source>Przywrócić kopię zapasową?</source>
        <translation>Restore a backup?</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/backups_box.py" line="182"/>
        <source>Przywrócić dane z kopii z {when}?</source>
        <translation>Restore the data from the backup of {when}?</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/backups_box.py" line="184"/>
        <source>Obecne dane zostaną najpierw zapisane jako nowa kopia zapasowa, więc przywrócenie można cofnąć. Otwarty wniosek zostanie zapisany i zamknięty.</source>
        <translation>The current data will first be saved as a new backup, so the restore can be undone. The open application will be saved and closed.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/backups_box.py" line="188"/>
        <source>&amp;Przywróć</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/backups_box.py" line="189"/>
        <source>&amp;Anuluj</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/backups_box.py" line="95"/>
        <source>Przy&amp;wróć wybraną kopię…</source>
        <translation>&amp;Restore the selected backup…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/backups_box.py" line="132"/>
        <source>Kopia zapasowa</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/backups_box.py" line="162"/>
        <source>Przywracanie kopii zapasowej</source>
        <translation>Restoring a backup</translation>
    </message>
</context>
<context>
    <name>CapacityTab</name>
    <message>
        <location filename="../../pim_desktop/ui/network/capacity_tab.py" line="59"/>
        <location filename="../../pim_desktop/ui/network/capacity_tab.py" line="181"/>
        <location filename="../../pim_desktop/ui/network/capacity_tab.py" line="200"/>
        <source>Potencjał miast</source>
        <translation>Cities’ capacity</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/capacity_tab.py" line="65"/>
        <source>Samoocena wybranego miasta w kolejnych turach</source>
        <translation>Self-assessment of the chosen city over the rounds</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/capacity_tab.py" line="68"/>
        <source>Obszar</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/capacity_tab.py" line="69"/>
        <source>Rozpiętość sieci: najsłabsze–najsilniejsze miasto (różnica)</source>
        <translation>Network spread: weakest–strongest city (gap)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/capacity_tab.py" line="73"/>
        <source>Rozpiętość sieci (najsłabsze–najsilniejsze miasto):</source>
        <translation>Network spread (weakest–strongest city):</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/capacity_tab.py" line="75"/>
        <source>Wykresy do PD&amp;F…</source>
        <translation>Charts to PD&amp;F…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/capacity_tab.py" line="85"/>
        <source>Samoocena miasta</source>
        <translation>City self-assessment</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/capacity_tab.py" line="89"/>
        <source>Miasto</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/capacity_tab.py" line="93"/>
        <source>Tura samooceny</source>
        <translation>Self-assessment round</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/capacity_tab.py" line="97"/>
        <source>Miasto:</source>
        <translation>City:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/capacity_tab.py" line="98"/>
        <source>Tura:</source>
        <translation>Round:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/capacity_tab.py" line="106"/>
        <source>Ocena: {area}</source>
        <translation>Score: {area}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/capacity_tab.py" line="109"/>
        <source>Komentarz: {area}</source>
        <translation>Comment: {area}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/capacity_tab.py" line="113"/>
        <source>&amp;Zapisz samoocenę</source>
        <translation>&amp;Save self-assessment</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/capacity_tab.py" line="186"/>
        <source>Zapisz samoocenę miast</source>
        <translation>Save the cities’ self-assessment</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/capacity_tab.py" line="194"/>
        <source>Zapisywanie samooceny miast</source>
        <translation>Saving the cities&apos; self-assessment</translation>
    </message>
</context>
<context>
    <name>ChangeHistoryDialog</name>
    <message>
        <location filename="../../pim_desktop/ui/common/change_history_dialog.py" line="40"/>
        <source>Historia zmian: {title}</source>
        <translation>Change history: {title}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/common/change_history_dialog.py" line="44"/>
        <source>Nie zapisano jeszcze żadnych zmian.</source>
        <translation>No changes have been saved yet.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/common/change_history_dialog.py" line="49"/>
        <source>Zmiany, od najnowszej</source>
        <translation>Changes, newest first</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/common/change_history_dialog.py" line="51"/>
        <source>Kiedy</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/common/change_history_dialog.py" line="51"/>
        <source>Kto</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/common/change_history_dialog.py" line="51"/>
        <source>Pole</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/common/change_history_dialog.py" line="51"/>
        <source>Było → jest</source>
        <translation>Was → is</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/common/change_history_dialog.py" line="68"/>
        <source>Zamknij</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/common/change_history_dialog.py" line="82"/>
        <source>(usunięto)</source>
        <translation>(deleted)</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <location filename="../../pim_desktop/ui/common/checklist.py" line="27"/>
        <source>(brak pozycji do wyboru)</source>
        <translation>(nothing to choose from)</translation>
    </message>
</context>
<context>
    <name>CityProfilePage</name>
    <message>
        <location filename="../../pim_desktop/ui/city/city_profile_page.py" line="90"/>
        <location filename="../../pim_desktop/ui/city/city_profile_page.py" line="118"/>
        <source>Dane miasta</source>
        <translation>City data</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/city/city_profile_page.py" line="96"/>
        <source>Dane miasta (wnioskodawcy)</source>
        <translation>City data (applicant)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/city/city_profile_page.py" line="101"/>
        <source>Stan zapisu</source>
        <translation>Save status</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/city/city_profile_page.py" line="118"/>
        <source>Historia zmian danych miasta</source>
        <translation>The city data&apos;s change history</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/city/city_profile_page.py" line="138"/>
        <source>Jednostka</source>
        <translation>Local authority</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/city/city_profile_page.py" line="140"/>
        <source>Oficjalna nazwa</source>
        <translation>Official name</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/city/city_profile_page.py" line="141"/>
        <source>Rodzaj jednostki</source>
        <translation>Type of authority</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/city/city_profile_page.py" line="142"/>
        <source>Województwo</source>
        <translation>Voivodeship</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/city/city_profile_page.py" line="143"/>
        <source>Powiat</source>
        <translation>County (powiat)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/city/city_profile_page.py" line="144"/>
        <source>Kod TERYT gminy</source>
        <translation>TERYT code of the gmina</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/city/city_profile_page.py" line="145"/>
        <source>REGON</source>
        <translation>REGON</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/city/city_profile_page.py" line="146"/>
        <source>NIP</source>
        <translation>NIP (tax number)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/city/city_profile_page.py" line="150"/>
        <source>Adres i skrzynki elektroniczne</source>
        <translation>Address and electronic mailboxes</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/city/city_profile_page.py" line="152"/>
        <source>Ulica i numer</source>
        <translation>Street and number</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/city/city_profile_page.py" line="153"/>
        <source>Kod pocztowy</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/city/city_profile_page.py" line="154"/>
        <source>Miejscowość</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/city/city_profile_page.py" line="155"/>
        <source>Adres skrzynki ePUAP</source>
        <translation>ePUAP mailbox address</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/city/city_profile_page.py" line="156"/>
        <source>Adres do e-Doręczeń</source>
        <translation>e-Delivery address</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/city/city_profile_page.py" line="160"/>
        <location filename="../../pim_desktop/ui/city/city_profile_page.py" line="162"/>
        <source>Liczba mieszkańców</source>
        <translation>Population</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/city/city_profile_page.py" line="163"/>
        <source>Według stanu na rok</source>
        <translation>As of year</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/city/city_profile_page.py" line="167"/>
        <source>Osoba podpisująca wnioski</source>
        <translation>Person signing the applications</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/city/city_profile_page.py" line="169"/>
        <location filename="../../pim_desktop/ui/city/city_profile_page.py" line="179"/>
        <source>Imię i nazwisko</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/city/city_profile_page.py" line="170"/>
        <source>Funkcja</source>
        <translation>Function</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/city/city_profile_page.py" line="173"/>
        <source>Koordynator PIM</source>
        <translation>PIM coordinator</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/city/city_profile_page.py" line="174"/>
        <source>Zastępca koordynatora PIM</source>
        <translation>Deputy PIM coordinator</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/city/city_profile_page.py" line="180"/>
        <source>Stanowisko</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/city/city_profile_page.py" line="181"/>
        <source>Wydział / komórka</source>
        <translation>Department / unit</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/city/city_profile_page.py" line="182"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/city/city_profile_page.py" line="183"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/city/city_profile_page.py" line="218"/>
        <source>— nie wybrano —</source>
        <translation>— not chosen —</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/city/city_profile_page.py" line="225"/>
        <source>nie podano</source>
        <translation>not given</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/city/city_profile_page.py" line="368"/>
        <source>Tryb tylko do odczytu: zmiany nie są zapisywane.</source>
        <translation>Read-only mode: changes are not saved.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/city/city_profile_page.py" line="369"/>
        <source>Zmiany zapisują się same chwilę po wpisaniu.</source>
        <translation>Changes save themselves a moment after you type.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/city/city_profile_page.py" line="361"/>
        <source>Zapisano o {time}, z wyjątkiem pól z błędami: {fields}.</source>
        <translation>Saved at {time}, except the fields with errors: {fields}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/city/city_profile_page.py" line="364"/>
        <source>Wszystkie zmiany zapisane o {time}.</source>
        <translation>All changes saved at {time}.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../pim_desktop/ui/common/conflict_dialog.py" line="48"/>
        <source>tak</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/common/conflict_dialog.py" line="49"/>
        <source>nie</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/common/conflict_dialog.py" line="72"/>
        <source>Ich wersja</source>
        <translation>Their version</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/common/conflict_dialog.py" line="168"/>
        <source>Te same pola zmieniła inna osoba</source>
        <translation>Someone else changed the same fields</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/common/conflict_dialog.py" line="199"/>
        <source>&amp;Zapisz wybrane</source>
        <translation>&amp;Save the choices</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/common/conflict_dialog.py" line="209"/>
        <source>Inna osoba</source>
        <translation>Someone else</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/common/conflict_dialog.py" line="211"/>
        <source>{who} zapisał(a) w tym czasie zmiany tych samych pól. Nic jeszcze nie zapisano. Przy każdym polu wybierz: weź ich wersję, zostaw swoją albo połącz obie.</source>
        <translation>{who} saved changes to the same fields meanwhile. Nothing has been saved yet. For each field choose: take their version, keep yours or combine both.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/common/conflict_dialog.py" line="221"/>
        <source>Pola bez wybranej wersji: {count}. Zapis będzie możliwy po wyborze.</source>
        <translation>Fields without a chosen version: {count}. You can save once each has one.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/common/conflict_dialog.py" line="225"/>
        <source>Każde pole ma wybraną wersję.</source>
        <translation>Every field has a chosen version.</translation>
    </message>
</context>
<context>
    <name>ContributionPreviewDialog</name>
    <message>
        <location filename="../../pim_desktop/ui/network/recommendation_dialog.py" line="118"/>
        <source>Wkład miasta partnerskiego</source>
        <translation>Partner city&apos;s contribution</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/recommendation_dialog.py" line="127"/>
        <source>Podsumowanie pliku</source>
        <translation>Summary of the file</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/recommendation_dialog.py" line="131"/>
        <source>Rekomendacje w pliku</source>
        <translation>Recommendations in the file</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/recommendation_dialog.py" line="137"/>
        <source>Rekomendacje ({count}):</source>
        <translation>Recommendations ({count}):</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/recommendation_dialog.py" line="140"/>
        <source>Dołącz do sieci</source>
        <translation>Take into the network</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/recommendation_dialog.py" line="146"/>
        <source>Plik: {file}</source>
        <translation>File: {file}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/recommendation_dialog.py" line="147"/>
        <source>Miasto: {city}</source>
        <translation>City: {city}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/recommendation_dialog.py" line="148"/>
        <source>Zapisany: {when} (PIM Desktop {version})</source>
        <translation>Written: {when} (PIM Desktop {version})</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/recommendation_dialog.py" line="153"/>
        <source>Miasta nie ma jeszcze w sieci: zostanie dopisane.</source>
        <translation>The city is not yet in the network: it will be added.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/recommendation_dialog.py" line="156"/>
        <source>Zastąpi {count} rekomendacji z poprzedniego wkładu tego miasta.</source>
        <translation>Replaces {count} recommendations from this city&apos;s earlier contribution.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/recommendation_dialog.py" line="162"/>
        <source>MID: {title} ({status}); działań: {actions}, koszt: {cost}</source>
        <translation>MID: {title} ({status}); actions: {actions}, cost: {cost}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/recommendation_dialog.py" line="171"/>
        <source>Miasta spoza sieci w rekomendacjach: {names}</source>
        <translation>Cities outside the network named in recommendations: {names}</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../pim_desktop/ui/city/dashboard_page.py" line="72"/>
        <source>Pulpit</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/city/dashboard_page.py" line="79"/>
        <source>Dane wnioskodawcy</source>
        <translation>Applicant data</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/city/dashboard_page.py" line="89"/>
        <source>&amp;Edytuj dane miasta…</source>
        <translation>&amp;Edit city data…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/city/dashboard_page.py" line="91"/>
        <source>Edytuj dane miasta</source>
        <translation>Edit city data</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/city/dashboard_page.py" line="97"/>
        <source>Wnioski: terminy i postęp</source>
        <translation>Applications: deadlines and progress</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/city/dashboard_page.py" line="164"/>
        <source>Nazwa</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/city/dashboard_page.py" line="165"/>
        <source>Rodzaj jednostki</source>
        <translation>Type of authority</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/city/dashboard_page.py" line="166"/>
        <source>Województwo i powiat</source>
        <translation>Voivodeship and county</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/city/dashboard_page.py" line="167"/>
        <source>TERYT / REGON / NIP</source>
        <translation>TERYT / REGON / NIP</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/city/dashboard_page.py" line="168"/>
        <source>Liczba mieszkańców</source>
        <translation>Population</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/city/dashboard_page.py" line="169"/>
        <source>Podpisuje</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/city/dashboard_page.py" line="170"/>
        <source>Koordynator PIM</source>
        <translation>PIM coordinator</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/city/dashboard_page.py" line="182"/>
        <source>Witaj w programie PIM Desktop</source>
        <translation>Welcome to PIM Desktop</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/city/dashboard_page.py" line="183"/>
        <source>Zacznij od wpisania danych miasta: trafią do każdego wniosku.</source>
        <translation>Start with the city&apos;s data: it goes into every application.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/city/dashboard_page.py" line="219"/>
        <source>Nie ma jeszcze wniosków. Utwórz pierwszy na stronie „Wnioski”.</source>
        <translation>There are no applications yet. Create the first one on the “Applications” page.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/city/dashboard_page.py" line="230"/>
        <source>termin nieznany</source>
        <translation>deadline unknown</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/city/dashboard_page.py" line="232"/>
        <source>termin {date} minął</source>
        <translation>deadline {date} has passed</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/city/dashboard_page.py" line="233"/>
        <source>termin {date}, zostało dni: {days}</source>
        <translation>deadline {date}, days left: {days}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/city/dashboard_page.py" line="203"/>
        <source>wersja {number}</source>
        <translation>version {number}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/city/dashboard_page.py" line="206"/>
        <source>kompletność {percent} %</source>
        <translation>{percent} % complete</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/city/dashboard_page.py" line="209"/>
        <source>stan: {status}</source>
        <translation>status: {status}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/city/dashboard_page.py" line="249"/>
        <source>(dane z {year} r.)</source>
        <translation>(data of {year})</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/city/dashboard_page.py" line="253"/>
        <source>powiat {name}</source>
        <translation>{name} county</translation>
    </message>
</context>
<context>
    <name>DataFolderBox</name>
    <message>
        <location filename="../../pim_desktop/ui/safety/data_folder_box.py" line="31"/>
        <source>Folder danych leży na dysku sieciowym. Baza danych SQLite nie jest tam bezpieczna: przerwane połączenie albo praca dwóch osób naraz mogą uszkodzić dane. Przenieś dane na dysk tego komputera, a do przekazywania wniosków używaj pliku .pim.</source>
        <translation>The data folder is on a network drive. The SQLite database is not safe there: a broken connection or two people working at once can damage the data. Move the data to this computer&apos;s disk, and pass applications on in a .pim file.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/data_folder_box.py" line="38"/>
        <source>Folder danych leży na dysku wymiennym (np. pendrive). Wyjęcie dysku w trakcie zapisu może uszkodzić dane. Przenieś dane na dysk tego komputera.</source>
        <translation>The data folder is on a removable drive (e.g. a USB stick). Removing the drive while data are written can damage them. Move the data to this computer&apos;s disk.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/data_folder_box.py" line="58"/>
        <location filename="../../pim_desktop/ui/safety/data_folder_box.py" line="59"/>
        <location filename="../../pim_desktop/ui/safety/data_folder_box.py" line="66"/>
        <source>Folder danych</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/data_folder_box.py" line="75"/>
        <source>Ostrzeżenie o folderze danych</source>
        <translation>Data folder warning</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/data_folder_box.py" line="86"/>
        <source>Foldery programu wyznacza zmienna środowiskowa PIM_DESKTOP_HOME, więc folderu danych nie można tu przenieść.</source>
        <translation>The program&apos;s folders are set by the PIM_DESKTOP_HOME environment variable, so the data folder cannot be moved here.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/data_folder_box.py" line="92"/>
        <source>Przenieś dane do &amp;innego folderu…</source>
        <translation>Move the data to &amp;another folder…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/data_folder_box.py" line="94"/>
        <source>Przenieś dane do innego folderu</source>
        <translation>Move the data to another folder</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/data_folder_box.py" line="105"/>
        <source>Wybierz pusty folder na dane</source>
        <translation>Choose an empty folder for the data</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/data_folder_box.py" line="116"/>
        <source>Nie udało się zapisać bieżących zmian; danych nie przeniesiono.</source>
        <translation>The current changes could not be saved; the data were not moved.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/data_folder_box.py" line="130"/>
        <source>Ryzykowne miejsce na dane</source>
        <translation>A risky place for the data</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/data_folder_box.py" line="131"/>
        <source>Czy mimo to przenieść dane do tego folderu?</source>
        <translation>Move the data to this folder anyway?</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/data_folder_box.py" line="142"/>
        <source>Dane skopiowano</source>
        <translation>Data copied</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/data_folder_box.py" line="144"/>
        <source>Dane skopiowano i sprawdzono w folderze {new}. Program zamknie się teraz; po ponownym uruchomieniu będzie pracował w nowym folderze.</source>
        <translation>The data were copied to {new} and checked. The program will close now; when started again, it will work in the new folder.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/data_folder_box.py" line="148"/>
        <source>Poprzedni folder {old} zostaje bez zmian. Usuń go sam, gdy upewnisz się, że wszystko działa.</source>
        <translation>The previous folder {old} stays unchanged. Delete it yourself once you are sure everything works.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../pim_desktop/ui/applications/form_fields/value_fields.py" line="84"/>
        <source>nie podano</source>
        <translation>not given</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/form_fields/value_fields.py" line="87"/>
        <source>Wyczyść</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/form_fields/value_fields.py" line="88"/>
        <source>Wyczyść datę: {label}</source>
        <translation>Clear date: {label}</translation>
    </message>
</context>
<context>
    <name>DateTextEdit</name>
    <message>
        <location filename="../../pim_desktop/ui/common/date_fields.py" line="21"/>
        <source>MM.RRRR</source>
        <translation>MM.YYYY</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/common/date_fields.py" line="21"/>
        <source>DD.MM.RRRR</source>
        <translation>DD.MM.YYYY</translation>
    </message>
</context>
<context>
    <name>DeclarationField</name>
    <message>
        <location filename="../../pim_desktop/ui/applications/form_fields/value_fields.py" line="183"/>
        <source>Składam to oświadczenie</source>
        <translation>I make this declaration</translation>
    </message>
</context>
<context>
    <name>DialogButtons</name>
    <message>
        <location filename="../../pim_desktop/ui/common/dialog_buttons.py" line="22"/>
        <source>Anuluj</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>EditorHeader</name>
    <message>
        <location filename="../../pim_desktop/ui/applications/editor_header.py" line="25"/>
        <source>← &amp;Lista wniosków</source>
        <translation>← &amp;Application list</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/editor_header.py" line="27"/>
        <source>Wróć do listy wniosków</source>
        <translation>Back to the application list</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/editor_header.py" line="33"/>
        <source>&amp;Sprawdź wniosek</source>
        <translation>&amp;Check application</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/editor_header.py" line="35"/>
        <source>Sprawdź wniosek</source>
        <translation>Check application</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/editor_header.py" line="38"/>
        <source>&amp;Historia zmian</source>
        <translation>Change &amp;history</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/editor_header.py" line="40"/>
        <source>Historia zmian</source>
        <translation>Change history</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/editor_header.py" line="41"/>
        <source>Historia zmian (Ctrl+H)</source>
        <translation>Change history (Ctrl+H)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/editor_header.py" line="46"/>
        <source>Stan zapisu wniosku</source>
        <translation>Application save status</translation>
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
        <location filename="../../pim_desktop/ui/error_dialog.py" line="55"/>
        <source>Nie można uruchomić programu</source>
        <translation>The program cannot start</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/error_dialog.py" line="56"/>
        <source>Program nie może otworzyć swoich danych albo formularzy:
{reason}

Plik bazy danych pozostał nietknięty; kopie zapasowe są w folderze {folder}.</source>
        <translation>The program cannot open its data or its forms:
{reason}

The database file was left untouched; backups are in the folder {folder}.</translation>
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
    <name>FieldChoice</name>
    <message>
        <location filename="../../pim_desktop/ui/common/conflict_dialog.py" line="90"/>
        <source>Oryginał</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/common/conflict_dialog.py" line="92"/>
        <source>Twoja wersja</source>
        <translation>Your version</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/common/conflict_dialog.py" line="106"/>
        <source>Weź ich</source>
        <translation>Take theirs</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/common/conflict_dialog.py" line="106"/>
        <source>Zostaw moją</source>
        <translation>Keep mine</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/common/conflict_dialog.py" line="108"/>
        <source>Połącz</source>
        <translation>Combine</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/common/conflict_dialog.py" line="119"/>
        <source>Połączona wersja: {label}</source>
        <translation>Combined version: {label}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/common/conflict_dialog.py" line="123"/>
        <source>Wybierz „Połącz”, aby napisać obie razem.</source>
        <translation>Choose “Combine” to write both together.</translation>
    </message>
</context>
<context>
    <name>FieldWidget</name>
    <message>
        <location filename="../../pim_desktop/ui/applications/form_fields/field_widget.py" line="80"/>
        <source>wymagane</source>
        <translation>required</translation>
    </message>
</context>
<context>
    <name>FiguresView</name>
    <message>
        <location filename="../../pim_desktop/ui/partnership/figures_view.py" line="32"/>
        <source>{quarter} kw. {year}</source>
        <translation>{quarter} quarter {year}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/figures_view.py" line="50"/>
        <source>Kwartał</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/figures_view.py" line="50"/>
        <source>Spotkania</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/figures_view.py" line="51"/>
        <source>Sektor</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/figures_view.py" line="51"/>
        <location filename="../../pim_desktop/ui/partnership/figures_view.py" line="52"/>
        <source>Obecność</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/figures_view.py" line="52"/>
        <source>Członek</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/figures_view.py" line="55"/>
        <source>Zadanie</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/figures_view.py" line="55"/>
        <source>Odpowiada</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/figures_view.py" line="55"/>
        <source>Termin</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/figures_view.py" line="55"/>
        <source>Stan</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/figures_view.py" line="57"/>
        <source>Spotkania w kwartałach</source>
        <translation>Meetings per quarter</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/figures_view.py" line="58"/>
        <source>Obecność według sektorów</source>
        <translation>Attendance by sector</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/figures_view.py" line="59"/>
        <source>Obecność członków</source>
        <translation>Attendance of members</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/figures_view.py" line="60"/>
        <source>Otwarte zadania</source>
        <translation>Open tasks</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/figures_view.py" line="91"/>
        <source>Aktywnych członków: {active} (byłych: {left}). Spotkań: {meetings}. Obecność na spotkaniach: {rate}. Otwartych zadań: {open}, w tym po terminie: {overdue}.</source>
        <translation>Active members: {active} (former: {left}). Meetings: {meetings}. Attendance at meetings: {rate}. Open tasks: {open}, of which overdue: {overdue}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/figures_view.py" line="117"/>
        <location filename="../../pim_desktop/ui/partnership/figures_view.py" line="121"/>
        <source>PO TERMINIE</source>
        <translation>OVERDUE</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/figures_view.py" line="117"/>
        <source>otwarte</source>
        <translation>open</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../../pim_desktop/ui/common/file_dialogs.py" line="74"/>
        <source>Dokument PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
</context>
<context>
    <name>FileExport</name>
    <message>
        <location filename="../../pim_desktop/ui/common/file_export.py" line="29"/>
        <source>Nie można zapisać pliku: {reason}</source>
        <translation>The file cannot be saved: {reason}</translation>
    </message>
</context>
<context>
    <name>FinalPdfGuide</name>
    <message>
        <location filename="../../pim_desktop/ui/signing/final_pdf_guide.py" line="86"/>
        <source>Najpierw wersja ostateczna</source>
        <translation>The final version first</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/signing/final_pdf_guide.py" line="88"/>
        <source>Wniosek nie ma jeszcze wersji ostatecznej w pliku PDF. Podpisać można tylko wersję ostateczną: sprawdzoną, bez znaku wodnego „WERSJA ROBOCZA”, z sumą kontrolną danych w stopce. Wtedy podpis obejmuje dokładnie te dane, które są w programie. Program zapisze ją we wskazanym miejscu i zachowa przy wniosku.</source>
        <translation>The application has no final version as a PDF yet. Only the final version may be signed: checked, without the “WERSJA ROBOCZA” (draft) watermark, with the checksum of the data in its footer. The signature then covers exactly the data in the program. The program saves it where you choose and keeps it with the application.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/signing/final_pdf_guide.py" line="97"/>
        <source>&amp;Utwórz wersję ostateczną…</source>
        <translation>&amp;Make the final version…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/signing/final_pdf_guide.py" line="103"/>
        <source>&amp;Wskaż gotowy plik PDF…</source>
        <translation>&amp;Point at a saved PDF…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/signing/final_pdf_guide.py" line="117"/>
        <source>Zapisz wersję ostateczną wniosku</source>
        <translation>Save the final version of the application</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/signing/final_pdf_guide.py" line="119"/>
        <location filename="../../pim_desktop/ui/signing/final_pdf_guide.py" line="160"/>
        <source>Pliki PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/signing/final_pdf_guide.py" line="132"/>
        <source>Zapisano wersję ostateczną wniosku: {file}. Ten plik będzie podpisany.</source>
        <translation>The final version of the application was saved: {file}. This is the file that will be signed.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/signing/final_pdf_guide.py" line="134"/>
        <source>Wniosek sprawdzono i oznaczono jako gotowy.</source>
        <translation>The application was checked and marked as ready.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/signing/final_pdf_guide.py" line="142"/>
        <source>Tworzenie wersji ostatecznej</source>
        <translation>Making the final version</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/signing/final_pdf_guide.py" line="159"/>
        <source>Wskaż wersję ostateczną wniosku (PDF)</source>
        <translation>Point at the final version of the application (PDF)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/signing/final_pdf_guide.py" line="172"/>
        <source>Zapisano przy wniosku jego wersję ostateczną: {file}.</source>
        <translation>The final version is kept with the application: {file}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/signing/final_pdf_guide.py" line="179"/>
        <source>Przerwano: wniosek nie ma jeszcze wersji ostatecznej.</source>
        <translation>Stopped: the application has no final version yet.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/signing/final_pdf_guide.py" line="183"/>
        <source>Wniosek ma problemy</source>
        <translation>The application has problems</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/signing/final_pdf_guide.py" line="185"/>
        <source>Podpisać można tylko wersję ostateczną wniosku, a powstaje ona tylko z wniosku bez problemów. Sprawdzenie znalazło problemy do poprawienia: {count}.</source>
        <translation>Only the final version of an application may be signed, and it is made only from an application without problems. The check found problems to fix: {count}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/signing/final_pdf_guide.py" line="189"/>
        <source>&amp;Pokaż problemy</source>
        <translation>&amp;Show the problems</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/signing/final_pdf_guide.py" line="198"/>
        <source>Wniosek ma problemy do poprawienia ({count}): pokazano je w edytorze. Po ich poprawieniu wybierz znowu „Podpisz elektronicznie…”.</source>
        <translation>The application has problems to fix ({count}): they are shown in the editor. Once they are fixed, choose “Sign electronically…” again.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/signing/final_pdf_guide.py" line="205"/>
        <source>Przerwano: wniosek ma problemy do poprawienia ({count}).</source>
        <translation>Stopped: the application has problems to fix ({count}).</translation>
    </message>
</context>
<context>
    <name>FirstStepsNote</name>
    <message>
        <location filename="../../pim_desktop/ui/city/first_steps_note.py" line="25"/>
        <source>Utwórz &amp;pierwszy wniosek…</source>
        <translation>Create the &amp;first application…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/city/first_steps_note.py" line="38"/>
        <source>Witaj w PIM Desktop. Zacznij od danych miasta: nazwa, adres i osoby wpisane tutaj trafią do każdego wniosku.</source>
        <translation>Welcome to PIM Desktop. Start with the city&apos;s data: the name, address and people entered here go into every application.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/city/first_steps_note.py" line="44"/>
        <source>Dane miasta są wpisane. Następny krok: pierwszy wniosek.</source>
        <translation>The city&apos;s data are in. Next step: the first application.</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../pim_desktop/ui/network/network_dialogs.py" line="69"/>
        <source>Zapisz</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>FormSections</name>
    <message>
        <location filename="../../pim_desktop/ui/applications/form_sections.py" line="51"/>
        <source>Sekcje wniosku</source>
        <translation>Application sections</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/form_sections.py" line="114"/>
        <source>kompletna</source>
        <translation>complete</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/form_sections.py" line="115"/>
        <source>do poprawy</source>
        <translation>to fix</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/form_sections.py" line="116"/>
        <source>nierozpoczęta</source>
        <translation>not started</translation>
    </message>
</context>
<context>
    <name>GanttChart</name>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/gantt_chart.py" line="52"/>
        <source>Harmonogram działań</source>
        <translation>Schedule of actions</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/gantt_chart.py" line="68"/>
        <source>Brak działań w harmonogramie.</source>
        <translation>No actions in the schedule.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/gantt_chart.py" line="115"/>
        <source>Działanie</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/gantt_chart.py" line="120"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/gantt_chart.py" line="200"/>
        <source>Legenda:</source>
        <translation>Legend:</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../../pim_desktop/ui/help/help_window.py" line="27"/>
        <source>Pomoc — podręcznik</source>
        <translation>Help — manual</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/help/help_window.py" line="34"/>
        <location filename="../../pim_desktop/ui/help/help_window.py" line="35"/>
        <source>Szukaj w podręczniku</source>
        <translation>Search the manual</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/help/help_window.py" line="39"/>
        <source>&amp;Znajdź następne</source>
        <translation>Find &amp;next</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/help/help_window.py" line="46"/>
        <source>Treść podręcznika</source>
        <translation>Text of the manual</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/help/help_window.py" line="49"/>
        <source>pl</source>
        <comment>language folder of the manual</comment>
        <translation>en</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/help/help_window.py" line="84"/>
        <source>Wystąpienia w podręczniku: {count}</source>
        <translation>Matches in the manual: {count}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/help/help_window.py" line="87"/>
        <source>Nie znaleziono „{text}”.</source>
        <translation>“{text}” not found.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../pim_desktop/ui/applications/history_dialog.py" line="53"/>
        <source>Historia zmian wniosku</source>
        <translation>Application change history</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/history_dialog.py" line="63"/>
        <source>Pokaż tylko zmiany od ostatniego &amp;eksportu</source>
        <translation>Show only changes since the last &amp;export</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/history_dialog.py" line="65"/>
        <source>Pokaż tylko zmiany od ostatniego eksportu</source>
        <translation>Show only changes since the last export</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/history_dialog.py" line="76"/>
        <source>Szczegóły wybranej zmiany</source>
        <translation>Details of the selected change</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/history_dialog.py" line="79"/>
        <source>Wybierz zmianę, aby zobaczyć pełne wartości.</source>
        <translation>Select a change to see the full values.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/history_dialog.py" line="83"/>
        <source>&amp;Zamknij</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/history_dialog.py" line="84"/>
        <source>Zamknij</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/history_dialog.py" line="102"/>
        <source>Wniosek nie był jeszcze eksportowany do pliku .pim; pokazano wszystkie zmiany ({count}), od najnowszej.</source>
        <translation>The application has not been exported to a .pim file yet; all changes ({count}) are shown, newest first.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/history_dialog.py" line="107"/>
        <source>Ostatni eksport do pliku .pim: {when}. Zmiany od tamtej chwili ({count}) są oznaczone znakiem ● i pogrubione.</source>
        <translation>Last export to a .pim file: {when}. Changes since then ({count}) are marked with ● and shown in bold.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/history_dialog.py" line="114"/>
        <source>Zmiany wniosku</source>
        <translation>Application changes</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <location filename="../../pim_desktop/ui/applications/history_table_model.py" line="43"/>
        <source>Od eksportu</source>
        <translation>Since export</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/history_table_model.py" line="44"/>
        <source>Kiedy</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/history_table_model.py" line="45"/>
        <source>Pole</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/history_table_model.py" line="46"/>
        <source>Było</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/history_table_model.py" line="47"/>
        <source>Jest</source>
        <translation>Is now</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/history_table_model.py" line="48"/>
        <source>Kto</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/history_table_model.py" line="78"/>
        <source>Pole: {label}</source>
        <translation>Field: {label}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/history_table_model.py" line="79"/>
        <source>Kiedy: {when}</source>
        <translation>When: {when}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/history_table_model.py" line="80"/>
        <source>Było: {value}</source>
        <translation>Was: {value}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/history_table_model.py" line="83"/>
        <source>Jest: {value}</source>
        <translation>Is now: {value}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/history_table_model.py" line="86"/>
        <source>Kto: {officer}</source>
        <translation>Who: {officer}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/history_table_model.py" line="104"/>
        <source>zmiana od ostatniego eksportu</source>
        <translation>change since the last export</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/history_table_model.py" line="135"/>
        <source>tak</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/history_table_model.py" line="135"/>
        <source>nie</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/history_table_model.py" line="142"/>
        <source>wiersze: {count}</source>
        <translation>rows: {count}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/history_table_model.py" line="118"/>
        <source>Dowód złożenia</source>
        <translation>Proof of submission</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../pim_desktop/ui/safety/import_preview_dialog.py" line="45"/>
        <source>Import z pliku .pim</source>
        <translation>Import from a .pim file</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/import_preview_dialog.py" line="52"/>
        <source>Plik {name} utworzono {when} w programie PIM Desktop {version}.</source>
        <translation>The file {name} was created on {when} in PIM Desktop {version}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/import_preview_dialog.py" line="77"/>
        <source>&amp;Importuj</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/import_preview_dialog.py" line="80"/>
        <source>Importuj</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/import_preview_dialog.py" line="82"/>
        <source>&amp;Anuluj</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/import_preview_dialog.py" line="83"/>
        <source>Anuluj</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/import_preview_dialog.py" line="92"/>
        <source>Nabór</source>
        <translation>Call</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/import_preview_dialog.py" line="93"/>
        <source>Rola</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/import_preview_dialog.py" line="94"/>
        <source>Sieć</source>
        <translation>Network</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/import_preview_dialog.py" line="95"/>
        <source>Wersje</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/import_preview_dialog.py" line="96"/>
        <source>Stan</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/import_preview_dialog.py" line="97"/>
        <location filename="../../pim_desktop/ui/safety/import_preview_dialog.py" line="122"/>
        <source>Co się stanie</source>
        <translation>What happens</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/import_preview_dialog.py" line="110"/>
        <source>Wnioski w pliku</source>
        <translation>Applications in the file</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/import_preview_dialog.py" line="119"/>
        <source>Dane partnerstwa</source>
        <translation>Partnership data</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/import_preview_dialog.py" line="120"/>
        <source>W pliku</source>
        <translation>In the file</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/import_preview_dialog.py" line="121"/>
        <source>Porównanie z tym komputerem</source>
        <translation>Compared with this computer</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/import_preview_dialog.py" line="133"/>
        <source>Dane partnerstwa w pliku</source>
        <translation>Partnership data in the file</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/import_preview_dialog.py" line="155"/>
        <source>Część danych już jest w programie w innej postaci</source>
        <translation>Some of the data are already here in another form</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/import_preview_dialog.py" line="161"/>
        <source>Zachowaj &amp;oba: wnioski z pliku zostaną dodane obok obecnych; dane miasta i partnerstwa z tego komputera zostaną bez zmian</source>
        <translation>Keep &amp;both: the applications from the file are added beside the present ones; the city and partnership data on this computer stay as they are</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/import_preview_dialog.py" line="169"/>
        <source>&amp;Zastąp: dane z pliku zastąpią obecne wnioski (ze wszystkimi ich wersjami), dane miasta i te dane partnerstwa, które różnią się od tutejszych</source>
        <translation>&amp;Replace: the file&apos;s data replace the present applications (with all their versions), the city data and those partnership data that differ from the ones here</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/import_preview_dialog.py" line="166"/>
        <source>Zachowaj oba</source>
        <translation>Keep both</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/import_preview_dialog.py" line="174"/>
        <source>Zastąp danymi z pliku</source>
        <translation>Replace with the data from the file</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/import_preview_dialog.py" line="184"/>
        <source>Przed importem program zapisuje kopię zapasową, więc każdą z tych decyzji można cofnąć w Ustawieniach → Kopie zapasowe.</source>
        <translation>Before importing, the program makes a backup, so either choice can be undone in Settings → Backups.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/import_preview_dialog.py" line="195"/>
        <source>zostanie dodany</source>
        <translation>will be added</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/import_preview_dialog.py" line="196"/>
        <source>już jest – pominięty</source>
        <translation>already here – skipped</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/import_preview_dialog.py" line="197"/>
        <source>już jest w innej postaci</source>
        <translation>already here in another form</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/import_preview_dialog.py" line="201"/>
        <source>bez nazwy</source>
        <translation>no name</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/import_preview_dialog.py" line="203"/>
        <source>Plik nie zawiera danych miasta.</source>
        <translation>The file holds no city data.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/import_preview_dialog.py" line="204"/>
        <source>Dane miasta z pliku ({name}) zostaną wpisane.</source>
        <translation>The city data from the file ({name}) will be entered.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/import_preview_dialog.py" line="205"/>
        <source>Dane miasta w pliku ({name}) są takie same jak tutaj.</source>
        <translation>The city data in the file ({name}) are the same as here.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/import_preview_dialog.py" line="207"/>
        <source>Dane miasta w pliku ({name}) różnią się od danych na tym komputerze.</source>
        <translation>The city data in the file ({name}) differ from those on this computer.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/import_preview_dialog.py" line="214"/>
        <source>Nowe wnioski: {new}, już obecne: {present}, w innej postaci: {clash}.</source>
        <translation>New applications: {new}, already here: {present}, in another form: {clash}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/import_preview_dialog.py" line="217"/>
        <source>Załączniki w pliku: {count} (nowe: {new}).</source>
        <translation>Attachments in the file: {count} (new: {new}).</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/import_preview_dialog.py" line="224"/>
        <source>Załączniki, których plików brakowało u nadawcy: {count} (przeniesiono tylko ich opisy).</source>
        <translation>Attachments whose files the sender lacked: {count} (only their descriptions came across).</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/import_preview_dialog.py" line="231"/>
        <source>Plik zawiera też dane, których ta wersja programu nie zna; zostaną pominięte: {kinds}.</source>
        <translation>The file also holds data this version of the program does not know; they will be skipped: {kinds}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/import_preview_dialog.py" line="236"/>
        <source>Wszystko z tego pliku już jest w programie.</source>
        <translation>Everything in this file is already here.</translation>
    </message>
</context>
<context>
    <name>ImprovementPlanTab</name>
    <message>
        <location filename="../../pim_desktop/ui/network/improvement_plan_tab.py" line="55"/>
        <location filename="../../pim_desktop/ui/network/improvement_plan_tab.py" line="227"/>
        <source>Plan Ulepszeń</source>
        <translation>Improvement Plan</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/improvement_plan_tab.py" line="59"/>
        <source>Nr</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/improvement_plan_tab.py" line="60"/>
        <source>Rekomendacja</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/improvement_plan_tab.py" line="61"/>
        <source>Rodzaj</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/improvement_plan_tab.py" line="62"/>
        <source>Priorytet</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/improvement_plan_tab.py" line="63"/>
        <source>Adresat</source>
        <translation>Addressee</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/improvement_plan_tab.py" line="64"/>
        <source>Miasta popierające</source>
        <translation>Supporting cities</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/improvement_plan_tab.py" line="65"/>
        <source>Zgłoszona przez</source>
        <translation>Submitted by</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/improvement_plan_tab.py" line="67"/>
        <source>Rekomendacje Planu Ulepszeń</source>
        <translation>Recommendations of the Improvement Plan</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/improvement_plan_tab.py" line="83"/>
        <source>&amp;Edytuj…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/improvement_plan_tab.py" line="84"/>
        <source>&amp;Usuń</source>
        <translation>De&amp;lete</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/improvement_plan_tab.py" line="86"/>
        <source>Plan Ulepszeń do PD&amp;F…</source>
        <translation>Improvement Plan to PD&amp;F…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/improvement_plan_tab.py" line="90"/>
        <source>Zapisz &amp;wkład miasta…</source>
        <translation>Save this city&apos;s &amp;contribution…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/improvement_plan_tab.py" line="94"/>
        <source>&amp;Dołącz wkład miasta partnerskiego…</source>
        <translation>&amp;Take in a partner city&apos;s contribution…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/improvement_plan_tab.py" line="122"/>
        <source>(to miasto)</source>
        <translation>(this city)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/improvement_plan_tab.py" line="160"/>
        <source>Usuń rekomendację</source>
        <translation>Delete recommendation</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/improvement_plan_tab.py" line="160"/>
        <source>Usunąć wybraną rekomendację?</source>
        <translation>Delete the selected recommendation?</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/improvement_plan_tab.py" line="167"/>
        <source>Zapisz Plan Ulepszeń</source>
        <translation>Save the Improvement Plan</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/improvement_plan_tab.py" line="181"/>
        <source>Zapisz wkład miasta dla Miasta Lidera</source>
        <translation>Save the city&apos;s contribution for the Leader city</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/improvement_plan_tab.py" line="183"/>
        <location filename="../../pim_desktop/ui/network/improvement_plan_tab.py" line="200"/>
        <source>Wkład miasta do sieci (*{ext})</source>
        <translation>City contribution to the network (*{ext})</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/improvement_plan_tab.py" line="199"/>
        <source>Wybierz wkład miasta partnerskiego</source>
        <translation>Choose a partner city&apos;s contribution</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/improvement_plan_tab.py" line="81"/>
        <source>Dodaj rek&amp;omendację…</source>
        <translation>Add &amp;recommendation…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/improvement_plan_tab.py" line="173"/>
        <source>Zapisywanie PDF</source>
        <translation>Saving the PDF</translation>
    </message>
</context>
<context>
    <name>InstanceLockDialog</name>
    <message>
        <location filename="../../pim_desktop/ui/safety/instance_lock_dialog.py" line="25"/>
        <source>przez program (proces {pid}) na komputerze „{host}”</source>
        <translation>by the program (process {pid}) on the computer “{host}”</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/instance_lock_dialog.py" line="29"/>
        <source>przez inny program</source>
        <translation>by another program</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/instance_lock_dialog.py" line="35"/>
        <source>Dane są już otwarte</source>
        <translation>The data is already open</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/instance_lock_dialog.py" line="36"/>
        <source>Dane w folderze {folder} są otwarte {who}. Zapisywać może tylko jedna kopia programu naraz.</source>
        <translation>The data in the folder {folder} is open {who}. Only one copy of the program may write at a time.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/instance_lock_dialog.py" line="41"/>
        <source>Możesz otworzyć dane tylko do odczytu. Przejmij je tylko wtedy, gdy tamten program na pewno już nie działa (np. komputer został wyłączony bez zamknięcia programu).</source>
        <translation>You can open the data read-only. Take it over only when the other program is certainly no longer running (e.g. the computer was switched off without closing the program).</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/instance_lock_dialog.py" line="48"/>
        <source>Otwórz tylko do &amp;odczytu</source>
        <translation>Open &amp;read-only</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/instance_lock_dialog.py" line="52"/>
        <source>&amp;Przejmij dane</source>
        <translation>&amp;Take over the data</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/instance_lock_dialog.py" line="56"/>
        <source>&amp;Zakończ</source>
        <translation>&amp;Quit</translation>
    </message>
</context>
<context>
    <name>JournaledSaves</name>
    <message>
        <location filename="../../pim_desktop/ui/common/journaled_save.py" line="84"/>
        <source>Usunąć zapis czekający na serwer?</source>
        <translation>Delete a record waiting for the server?</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/common/journaled_save.py" line="85"/>
        <source>Usunąć „{name}”?

Ten zapis nie dotarł jeszcze do bazy zespołu: zostanie usunięty z tego komputera i nie trafi na serwer.</source>
        <translation>Delete “{name}”?

This record has not reached the team database yet: it will be deleted from this computer and will never reach the server.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/common/journaled_save.py" line="106"/>
        <source>„{name}” czeka na tym komputerze, aż serwer bazy zespołu odpowie; ta czynność będzie możliwa, gdy zapis trafi do bazy zespołu.</source>
        <translation>“{name}” is waiting on this computer until the team database&apos;s server answers; this action will be possible once the record reaches the team database.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/common/journaled_save.py" line="115"/>
        <source>Brak połączenia z bazą zespołu: zmiany „{name}” są zapisane na tym komputerze i trafią do bazy zespołu, gdy serwer odpowie.</source>
        <translation>No connection to the team database: the changes to “{name}” are saved on this computer and will reach the team database when the server answers.</translation>
    </message>
</context>
<context>
    <name>KeptProofDialog</name>
    <message>
        <location filename="../../pim_desktop/ui/applications/kept_proof_dialog.py" line="32"/>
        <location filename="../../pim_desktop/ui/applications/kept_proof_dialog.py" line="33"/>
        <source>Dowód złożenia</source>
        <translation>Proof of submission</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/kept_proof_dialog.py" line="36"/>
        <source>Przechowywane pliki: {receipt} i {sent}.</source>
        <translation>Files kept: {receipt} and {sent}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/kept_proof_dialog.py" line="54"/>
        <source>Zapisz &amp;PDF…</source>
        <translation>Save &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/kept_proof_dialog.py" line="64"/>
        <source>Zapisz dowód złożenia</source>
        <translation>Save the proof of submission</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/kept_proof_dialog.py" line="65"/>
        <source>Dowód złożenia.pdf</source>
        <translation>Proof of submission.pdf</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/kept_proof_dialog.py" line="66"/>
        <source>Pliki PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/kept_proof_dialog.py" line="76"/>
        <source>Zapisano {file}.</source>
        <translation>Saved {file}.</translation>
    </message>
</context>
<context>
    <name>KeyStep</name>
    <message>
        <location filename="../../pim_desktop/ui/signing/key_step.py" line="46"/>
        <source>Klucz otwarty: {name}.</source>
        <translation>Key opened: {name}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/signing/key_step.py" line="54"/>
        <source>Otwieranie klucza do podpisu</source>
        <translation>Opening the signing key</translation>
    </message>
</context>
<context>
    <name>LastChangeRow</name>
    <message>
        <location filename="../../pim_desktop/ui/common/last_change_row.py" line="34"/>
        <source>&amp;Historia zmian…</source>
        <translation>C&amp;hange history…</translation>
    </message>
</context>
<context>
    <name>ListActions</name>
    <message>
        <location filename="../../pim_desktop/ui/applications/list_actions.py" line="61"/>
        <source>1. Wypełnij</source>
        <translation>1. Fill in</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/list_actions.py" line="62"/>
        <source>2. Sprawdź</source>
        <translation>2. Check</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/list_actions.py" line="63"/>
        <source>3. PDF ostateczny</source>
        <translation>3. Final PDF</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/list_actions.py" line="64"/>
        <source>4. Podpisz</source>
        <translation>4. Sign</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/list_actions.py" line="65"/>
        <source>5. Wyślij</source>
        <translation>5. Send</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/list_actions.py" line="66"/>
        <source>Plik .pim</source>
        <translation>.pim file</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/list_actions.py" line="91"/>
        <source>Dane są otwarte tylko do odczytu.</source>
        <translation>The data are open read-only.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/list_actions.py" line="95"/>
        <source>Najpierw wybierz wniosek na liście.</source>
        <translation>Select an application in the list first.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/list_actions.py" line="102"/>
        <source>Wniosek jest już sprawdzony (stan: {status}).</source>
        <translation>The application is already checked (status: {status}).</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/list_actions.py" line="105"/>
        <source>Wniosek roboczy lub gotowy poprawia się wprost w edytorze; nową wersję tworzy się z wniosku podpisanego lub wysłanego.</source>
        <translation>A draft or ready application is corrected directly in the editor; a new version is made from a signed or sent application.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/list_actions.py" line="111"/>
        <source>Wniosek jest już wysłany, więc nie podpisuje się go ponownie.</source>
        <translation>The application has already been sent, so it is not signed again.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/list_actions.py" line="117"/>
        <source>Wniosek jest {status}: jego wersja ostateczna już powstała. Zmiany wymagają nowej wersji.</source>
        <translation>The application is {status}: its final version already exists. Changes need a new version.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/list_actions.py" line="122"/>
        <source>Wniosek ma problemy do poprawienia ({count}). Otwórz go, popraw je i sprawdź.</source>
        <translation>The application has problems to correct ({count}). Open it, correct them and check it.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/list_actions.py" line="128"/>
        <source>Najpierw podpisz wniosek: wysyła się podpisany plik.</source>
        <translation>Sign the application first: the signed file is what is sent.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/list_actions.py" line="130"/>
        <source>Najpierw sprawdź wniosek i oznacz go jako gotowy.</source>
        <translation>First check the application and mark it as ready.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/list_actions.py" line="132"/>
        <source>Wniosek jest już oznaczony jako wysłany.</source>
        <translation>The application is already marked as sent.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/list_actions.py" line="135"/>
        <source>Dowód złożenia dotyczy wniosku podpisanego i wysłanego (stan teraz: {status}).</source>
        <translation>A proof of submission is for a signed and sent application (status now: {status}).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../pim_desktop/ui/main_window.py" line="356"/>
        <source>tylko do odczytu</source>
        <translation>read-only</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/main_window.py" line="104"/>
        <source>Nawigacja</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/main_window.py" line="238"/>
        <source>Przygotowanie podpisu</source>
        <translation>Preparing to sign</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/main_window.py" line="275"/>
        <source>Wczytywanie danych</source>
        <translation>Loading the data</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/main_window.py" line="304"/>
        <source>Przenieś &amp;dane…</source>
        <translation>Move the &amp;data…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/main_window.py" line="306"/>
        <source>Przenieś dane do innego folderu</source>
        <translation>Move the data to another folder</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/main_window.py" line="343"/>
        <source>Pulpit</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/main_window.py" line="344"/>
        <source>Dane miasta</source>
        <translation>City data</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/main_window.py" line="345"/>
        <source>Wnioski</source>
        <translation>Applications</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/main_window.py" line="346"/>
        <source>Lokalne Partnerstwo</source>
        <translation>Local Partnership</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/main_window.py" line="347"/>
        <source>Spotkania</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/main_window.py" line="348"/>
        <source>Plan działań (MID)</source>
        <translation>Action plan (MID)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/main_window.py" line="349"/>
        <source>Sieć</source>
        <translation>Network</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/main_window.py" line="350"/>
        <source>Ustawienia</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/main_window.py" line="398"/>
        <source>Trwa praca w tle</source>
        <translation>Working in the background</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/main_window.py" line="485"/>
        <source>Zmiany nie są zapisane</source>
        <translation>Changes are not saved</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/main_window.py" line="487"/>
        <source>Nie udało się zapisać ostatnich zmian (np. brak miejsca na dysku albo brak uprawnień do folderu danych). Jeśli zamkniesz program teraz, te zmiany przepadną.</source>
        <translation>The latest changes could not be saved (e.g. the disk is full or the data folder may not be written). If you close the program now, these changes will be lost.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/main_window.py" line="491"/>
        <source>Zwolnij miejsce lub przywróć dostęp do folderu; zapis ponowi się sam.</source>
        <translation>Free some space or restore access to the folder; saving will be retried by itself.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/main_window.py" line="494"/>
        <source>&amp;Nie zamykaj</source>
        <translation>&amp;Do not close</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/main_window.py" line="495"/>
        <source>&amp;Zamknij mimo to</source>
        <translation>&amp;Close anyway</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/main_window.py" line="290"/>
        <source>Kopia zapasowa</source>
        <translation>Backup</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../pim_desktop/ui/meetings/meeting_dialog.py" line="57"/>
        <source>Nowe spotkanie</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meetings/meeting_dialog.py" line="57"/>
        <source>Szczegóły spotkania</source>
        <translation>Meeting details</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meetings/meeting_dialog.py" line="66"/>
        <source>Zaproszeni członkowie Partnerstwa:</source>
        <translation>Invited members of the Partnership:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meetings/meeting_dialog.py" line="71"/>
        <source>&amp;Zapisz</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meetings/meeting_dialog.py" line="97"/>
        <source>Każdy punkt w osobnym wierszu</source>
        <translation>Each item on its own line</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meetings/meeting_dialog.py" line="100"/>
        <source>do</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meetings/meeting_dialog.py" line="104"/>
        <source>&amp;Rodzaj:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meetings/meeting_dialog.py" line="105"/>
        <source>&amp;Tytuł:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meetings/meeting_dialog.py" line="106"/>
        <source>&amp;Data:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meetings/meeting_dialog.py" line="107"/>
        <source>&amp;Godzina:</source>
        <translation>T&amp;ime:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meetings/meeting_dialog.py" line="108"/>
        <source>&amp;Miejsce:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meetings/meeting_dialog.py" line="109"/>
        <source>&amp;Link do spotkania online:</source>
        <translation>On&amp;line meeting link:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meetings/meeting_dialog.py" line="110"/>
        <source>&amp;Porządek obrad:</source>
        <translation>&amp;Agenda:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meetings/meeting_dialog.py" line="118"/>
        <source>Godzina zakończenia</source>
        <translation>End time</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meetings/meeting_dialog.py" line="119"/>
        <source>Godzina rozpoczęcia</source>
        <translation>Start time</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meetings/meeting_dialog.py" line="126"/>
        <source>Zaproszeni członkowie Partnerstwa</source>
        <translation>Invited members of the Partnership</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meetings/meeting_dialog.py" line="145"/>
        <source>Zaznacz &amp;wszystkich</source>
        <translation>Select &amp;all</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meetings/meeting_dialog.py" line="146"/>
        <source>&amp;Odznacz wszystkich</source>
        <translation>&amp;Deselect all</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <location filename="../../pim_desktop/ui/meetings/meeting_editor.py" line="84"/>
        <source>Obecność</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meetings/meeting_editor.py" line="85"/>
        <source>Protokół i ustalenia</source>
        <translation>Minutes and decisions</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meetings/meeting_editor.py" line="86"/>
        <source>Zadania</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meetings/meeting_editor.py" line="87"/>
        <source>Załączniki</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meetings/meeting_editor.py" line="113"/>
        <source>Wybierz spotkanie z listy albo dodaj nowe.</source>
        <translation>Choose a meeting from the list or add a new one.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meetings/meeting_editor.py" line="137"/>
        <source>Porządek obrad:</source>
        <translation>Agenda:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meetings/meeting_editor.py" line="164"/>
        <location filename="../../pim_desktop/ui/meetings/meeting_editor.py" line="178"/>
        <location filename="../../pim_desktop/ui/meetings/meeting_editor.py" line="180"/>
        <location filename="../../pim_desktop/ui/meetings/meeting_editor.py" line="182"/>
        <location filename="../../pim_desktop/ui/meetings/meeting_editor.py" line="184"/>
        <source>Nie zapisano</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meetings/meeting_editor.py" line="166"/>
        <source>Inna osoba zmieniła w tym czasie te same dane spotkania. Widok pokazuje teraz to, co zapisano; wprowadź zmianę ponownie, jeśli jest potrzebna.</source>
        <translation>Someone else changed the same data of the meeting meanwhile. The view now shows what was saved; make your change again if it is still needed.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meetings/meeting_editor.py" line="215"/>
        <source>Nie zapisano obecności: wybór został w oknie.</source>
        <translation>The attendance was not saved: your choice stays in the window.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meetings/meeting_editor.py" line="284"/>
        <source>Usunąć zadanie?</source>
        <translation>Remove the task?</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meetings/meeting_editor.py" line="285"/>
        <source>Usunąć zadanie „{task}”?</source>
        <translation>Remove the task “{task}”?</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meetings/meeting_editor.py" line="295"/>
        <source>Dołącz plik do spotkania</source>
        <translation>Attach a file to the meeting</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meetings/meeting_editor.py" line="296"/>
        <source>Wszystkie pliki (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meetings/meeting_editor.py" line="322"/>
        <source>Usunąć plik?</source>
        <translation>Remove the file?</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meetings/meeting_editor.py" line="323"/>
        <source>Usunąć plik „{name}” ze spotkania?</source>
        <translation>Remove the file “{name}” from the meeting?</translation>
    </message>
</context>
<context>
    <name>MeetingTableModel</name>
    <message>
        <location filename="../../pim_desktop/ui/meetings/meeting_table_model.py" line="30"/>
        <source>Data</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meetings/meeting_table_model.py" line="35"/>
        <source>Rodzaj</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meetings/meeting_table_model.py" line="38"/>
        <source>Tytuł</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meetings/meeting_table_model.py" line="43"/>
        <source>Obecni</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meetings/meeting_table_model.py" line="45"/>
        <source>Otwarte zadania</source>
        <translation>Open tasks</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meetings/meeting_table_model.py" line="84"/>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <location filename="../../pim_desktop/ui/meetings/meetings_page.py" line="82"/>
        <location filename="../../pim_desktop/ui/meetings/meetings_page.py" line="84"/>
        <source>Spotkania</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meetings/meetings_page.py" line="95"/>
        <source>Spotkania i ich przebieg</source>
        <translation>Meetings and their record</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meetings/meetings_page.py" line="96"/>
        <source>Podsumowanie</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meetings/meetings_page.py" line="110"/>
        <source>&amp;Nowe spotkanie…</source>
        <translation>&amp;New meeting…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meetings/meetings_page.py" line="111"/>
        <source>&amp;Edytuj szczegóły…</source>
        <translation>&amp;Edit details…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meetings/meetings_page.py" line="112"/>
        <source>&amp;Usuń spotkanie…</source>
        <translation>&amp;Remove meeting…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meetings/meetings_page.py" line="114"/>
        <source>Lista &amp;obecności (PDF)…</source>
        <translation>Attendance &amp;list (PDF)…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meetings/meetings_page.py" line="119"/>
        <source>Pro&amp;tokół (PDF)…</source>
        <translation>&amp;Minutes (PDF)…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meetings/meetings_page.py" line="120"/>
        <source>&amp;Historia zmian…</source>
        <translation>C&amp;hange history…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meetings/meetings_page.py" line="135"/>
        <source>Lista spotkań</source>
        <translation>List of meetings</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meetings/meetings_page.py" line="255"/>
        <source>Dodano spotkanie: {title}.</source>
        <translation>Meeting added: {title}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meetings/meeting_plans.py" line="112"/>
        <source>Nie zapisano: zmiany wróciły do okna spotkania.</source>
        <translation>Not saved: the changes are back in the meeting&apos;s window.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meetings/meetings_page.py" line="280"/>
        <source>Zapisano szczegóły spotkania: {title}.</source>
        <translation>Meeting details saved: {title}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meetings/meeting_plans.py" line="119"/>
        <source>Nie zapisano spotkania</source>
        <translation>Meeting not saved</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meetings/meetings_page.py" line="313"/>
        <source>Usunąć spotkanie?</source>
        <translation>Remove the meeting?</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meetings/meetings_page.py" line="315"/>
        <source>Usunąć spotkanie „{title}” razem z listą obecności, protokołem, zadaniami i załącznikami?</source>
        <translation>Remove the meeting “{title}” together with its attendance list, minutes, tasks and attachments?</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meetings/meetings_page.py" line="325"/>
        <source>Nie usunięto spotkania</source>
        <translation>Meeting not removed</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meetings/meeting_plans.py" line="64"/>
        <location filename="../../pim_desktop/ui/meetings/meetings_page.py" line="327"/>
        <source>Usunięto spotkanie: {title}.</source>
        <translation>Meeting removed: {title}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meetings/meetings_page.py" line="347"/>
        <source>Zapisz PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meetings/meetings_page.py" line="349"/>
        <source>Dokument PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meetings/meetings_page.py" line="356"/>
        <source>Listę obecności</source>
        <translation>The attendance list</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meetings/meetings_page.py" line="360"/>
        <source>Protokół</source>
        <translation>The minutes</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meetings/meetings_page.py" line="372"/>
        <source>Nie zapisano pliku PDF</source>
        <translation>PDF file not saved</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meetings/meetings_page.py" line="376"/>
        <source>{what} zapisano w pliku {file} (stron: {pages}).</source>
        <translation>{what} saved to {file} (pages: {pages}).</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meetings/meetings_page.py" line="380"/>
        <source>Otwórz plik</source>
        <translation>Open the file</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meetings/meetings_page.py" line="368"/>
        <source>Zapisywanie PDF</source>
        <translation>Saving the PDF</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../pim_desktop/ui/partnership/member_dialog.py" line="76"/>
        <source>Nowy członek Partnerstwa</source>
        <translation>New member of the Partnership</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/member_dialog.py" line="76"/>
        <source>Członek Partnerstwa</source>
        <translation>Member of the Partnership</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/member_dialog.py" line="82"/>
        <source>&amp;Członek</source>
        <translation>&amp;Member</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/member_dialog.py" line="83"/>
        <source>przedstawiciel</source>
        <translation>representative</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/member_dialog.py" line="84"/>
        <source>zastępca</source>
        <translation>substitute</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/member_dialog.py" line="85"/>
        <location filename="../../pim_desktop/ui/partnership/member_dialog.py" line="265"/>
        <source>&amp;Przedstawiciel</source>
        <translation>&amp;Representative</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/member_dialog.py" line="86"/>
        <source>Z&amp;astępca</source>
        <translation>S&amp;ubstitute</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/member_dialog.py" line="88"/>
        <source>&amp;Zapisz</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/member_dialog.py" line="104"/>
        <source>Historia zmian członka</source>
        <translation>The member&apos;s change history</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/member_dialog.py" line="120"/>
        <source>&amp;instytucja lub organizacja</source>
        <translation>&amp;institution or organisation</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/member_dialog.py" line="121"/>
        <source>osoba prywatna (&amp;mieszkaniec)</source>
        <translation>private person (&amp;resident)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/member_dialog.py" line="126"/>
        <source>Rodzaj członka</source>
        <translation>Kind of member</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/member_dialog.py" line="131"/>
        <source>Rodzaj członka:</source>
        <translation>Kind of member:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/member_dialog.py" line="134"/>
        <source>&amp;Nazwa:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/member_dialog.py" line="136"/>
        <source>&amp;Sektor:</source>
        <translation>&amp;Sector:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/member_dialog.py" line="139"/>
        <source>&amp;Rola:</source>
        <translation>R&amp;ole:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/member_dialog.py" line="142"/>
        <source>Adr&amp;es:</source>
        <translation>Addre&amp;ss:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/member_dialog.py" line="143"/>
        <source>podano</source>
        <translation>given</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/member_dialog.py" line="143"/>
        <source>Data przystąpienia</source>
        <translation>Date joined</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/member_dialog.py" line="144"/>
        <source>Data przystąpienia:</source>
        <translation>Date joined:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/member_dialog.py" line="145"/>
        <source>wystąpił(a)</source>
        <translation>has left</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/member_dialog.py" line="145"/>
        <source>Data wystąpienia</source>
        <translation>Date left</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/member_dialog.py" line="146"/>
        <source>Data wystąpienia:</source>
        <translation>Date left:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/member_dialog.py" line="147"/>
        <source>&amp;Ważność dla wyzwania (1–5):</source>
        <translation>Im&amp;portance for the challenge (1–5):</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/member_dialog.py" line="148"/>
        <source>Wpł&amp;yw (1–5):</source>
        <translation>In&amp;fluence (1–5):</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/member_dialog.py" line="149"/>
        <source>List intencyjny:</source>
        <translation>Letter of intent:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/member_dialog.py" line="150"/>
        <source>&amp;Uwagi:</source>
        <translation>No&amp;tes:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/member_dialog.py" line="175"/>
        <source>&amp;Dołącz plik…</source>
        <translation>&amp;Attach file…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/member_dialog.py" line="176"/>
        <source>Dołącz list intencyjny</source>
        <translation>Attach the letter of intent</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/member_dialog.py" line="178"/>
        <source>Usuń plik</source>
        <translation>Remove file</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/member_dialog.py" line="179"/>
        <source>Usuń list intencyjny</source>
        <translation>Remove the letter of intent</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/member_dialog.py" line="241"/>
        <source>{name} (zostanie dołączony przy zapisie)</source>
        <translation>{name} (will be attached on saving)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/member_dialog.py" line="247"/>
        <source>nie dołączono</source>
        <translation>not attached</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/member_dialog.py" line="254"/>
        <source>List intencyjny</source>
        <translation>Letter of intent</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/member_dialog.py" line="255"/>
        <source>Dokumenty (*.pdf *.jpg *.jpeg *.png *.doc *.docx *.odt);;Wszystkie pliki (*)</source>
        <translation>Documents (*.pdf *.jpg *.jpeg *.png *.doc *.docx *.odt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/member_dialog.py" line="265"/>
        <source>&amp;Osoba</source>
        <translation>&amp;Person</translation>
    </message>
</context>
<context>
    <name>MemberImportDialog</name>
    <message>
        <location filename="../../pim_desktop/ui/partnership/member_import_dialog.py" line="29"/>
        <source>Import członków z pliku CSV</source>
        <translation>Import members from a CSV file</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/member_import_dialog.py" line="34"/>
        <source>Plik {file} (kodowanie {encoding}): {accepted} wierszy można dopisać, {rejected} odrzucono. Nic nie zostało jeszcze zapisane.</source>
        <translation>File {file} (encoding {encoding}): {accepted} rows can be added, {rejected} were refused. Nothing has been saved yet.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/member_import_dialog.py" line="49"/>
        <source>Pominięte kolumny (nieznane nagłówki): {columns}</source>
        <translation>Columns skipped (unknown headers): {columns}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/member_import_dialog.py" line="63"/>
        <location filename="../../pim_desktop/ui/partnership/member_import_dialog.py" line="68"/>
        <source>Wiersz</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/member_import_dialog.py" line="63"/>
        <source>Powód odrzucenia</source>
        <translation>Reason for refusal</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/member_import_dialog.py" line="63"/>
        <source>Treść wiersza</source>
        <translation>Row as read</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/member_import_dialog.py" line="68"/>
        <source>Członek</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/member_import_dialog.py" line="68"/>
        <source>Sektor</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/member_import_dialog.py" line="68"/>
        <source>Rola</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/member_import_dialog.py" line="80"/>
        <source>&amp;Odrzucone ({count})</source>
        <translation>&amp;Refused ({count})</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/member_import_dialog.py" line="83"/>
        <source>&amp;Do dopisania ({count})</source>
        <translation>To &amp;add ({count})</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/member_import_dialog.py" line="91"/>
        <source>&amp;Dopisz {count} członków</source>
        <translation>&amp;Add {count} members</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/member_import_dialog.py" line="96"/>
        <source>Anuluj</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>MemberRegister</name>
    <message>
        <location filename="../../pim_desktop/ui/partnership/member_register.py" line="65"/>
        <source>nazwa, osoba, e-mail…</source>
        <translation>name, person, e-mail…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/member_register.py" line="66"/>
        <source>Szukaj członków</source>
        <translation>Search members</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/member_register.py" line="69"/>
        <source>Wyczyść wyszukiwanie</source>
        <translation>Clear the search</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/member_register.py" line="71"/>
        <source>&amp;Szukaj:</source>
        <translation>Sear&amp;ch:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/member_register.py" line="75"/>
        <source>Filtr sektora</source>
        <translation>Sector filter</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/member_register.py" line="76"/>
        <source>wszystkie sektory</source>
        <translation>all sectors</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/member_register.py" line="81"/>
        <source>Filtr roli</source>
        <translation>Role filter</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/member_register.py" line="82"/>
        <source>wszystkie role</source>
        <translation>all roles</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/member_register.py" line="85"/>
        <source>pokaż &amp;byłych członków</source>
        <translation>show &amp;former members</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/member_register.py" line="118"/>
        <source>Rejestr członków Lokalnego Partnerstwa</source>
        <translation>Register of Local Partnership members</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/member_register.py" line="174"/>
        <source>widocznych: {shown} z {total}</source>
        <translation>shown: {shown} of {total}</translation>
    </message>
</context>
<context>
    <name>MemberTableModel</name>
    <message>
        <location filename="../../pim_desktop/ui/partnership/member_table_model.py" line="93"/>
        <source>Członek</source>
        <translation>Member</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/member_table_model.py" line="94"/>
        <source>Przedstawiciel</source>
        <translation>Representative</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/member_table_model.py" line="95"/>
        <source>Sektor</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/member_table_model.py" line="96"/>
        <source>Rola</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/member_table_model.py" line="97"/>
        <source>Członek od</source>
        <translation>Member since</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/member_table_model.py" line="98"/>
        <source>Stan</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/member_table_model.py" line="99"/>
        <source>Ważność</source>
        <translation>Importance</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/member_table_model.py" line="100"/>
        <source>Wpływ</source>
        <translation>Influence</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/member_table_model.py" line="101"/>
        <source>Obecność</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/member_table_model.py" line="195"/>
        <source>Obecność na spotkaniach z odnotowaną listą (obecny lub zastępstwo)</source>
        <translation>Attendance at meetings with recorded attendance (present or substituted)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/member_table_model.py" line="192"/>
        <source>aktywny</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/member_table_model.py" line="193"/>
        <source>wystąpił {date}</source>
        <translation>left {date}</translation>
    </message>
</context>
<context>
    <name>MinutesEditor</name>
    <message>
        <location filename="../../pim_desktop/ui/meetings/minutes_editor.py" line="30"/>
        <source>Stan zapisu protokołu</source>
        <translation>Saving state of the minutes</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meetings/minutes_editor.py" line="34"/>
        <source>Protokół: przebieg spotkania</source>
        <translation>Minutes: course of the meeting</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meetings/minutes_editor.py" line="36"/>
        <source>Przebieg spotkania: kto prowadził, co omówiono, jakie padły wnioski…</source>
        <translation>Course of the meeting: who chaired it, what was discussed, what was concluded…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meetings/minutes_editor.py" line="40"/>
        <source>Przebie&amp;g spotkania (akapity oddzielaj pustym wierszem):</source>
        <translation>&amp;Course of the meeting (separate paragraphs with an empty line):</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meetings/minutes_editor.py" line="44"/>
        <source>Ustalenia, każde w osobnym wierszu</source>
        <translation>Decisions, each on its own line</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meetings/minutes_editor.py" line="47"/>
        <source>Usta&amp;lenia (każde w osobnym wierszu):</source>
        <translation>Deci&amp;sions (each on its own line):</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meetings/minutes_editor.py" line="82"/>
        <source>Tryb tylko do odczytu.</source>
        <translation>Read-only mode.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meetings/minutes_editor.py" line="84"/>
        <source>Protokół zapisuje się sam chwilę po wpisaniu.</source>
        <translation>The minutes save themselves a moment after typing.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meetings/minutes_editor.py" line="80"/>
        <source>Protokół zapisany o {time}.</source>
        <translation>Minutes saved at {time}.</translation>
    </message>
</context>
<context>
    <name>NetworkCityDialog</name>
    <message>
        <location filename="../../pim_desktop/ui/network/network_dialogs.py" line="87"/>
        <source>Miasto sieci</source>
        <translation>City of the network</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/network_dialogs.py" line="87"/>
        <source>Nowe miasto sieci</source>
        <translation>New city of the network</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/network_dialogs.py" line="91"/>
        <source>— nie wybrano —</source>
        <translation>— not chosen —</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/network_dialogs.py" line="100"/>
        <source>Nazwa miasta</source>
        <translation>City name</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/network_dialogs.py" line="101"/>
        <source>Województwo</source>
        <translation>Voivodeship</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/network_dialogs.py" line="102"/>
        <source>Rola w sieci</source>
        <translation>Role in the network</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/network_dialogs.py" line="103"/>
        <source>Osoba kontaktowa</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/network_dialogs.py" line="104"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/network_dialogs.py" line="105"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/network_dialogs.py" line="106"/>
        <source>List intencyjny</source>
        <translation>Letter of intent</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/network_dialogs.py" line="125"/>
        <source>Podaj nazwę miasta.</source>
        <translation>Enter the name of the city.</translation>
    </message>
</context>
<context>
    <name>NetworkMeetingDialog</name>
    <message>
        <location filename="../../pim_desktop/ui/network/network_dialogs.py" line="138"/>
        <source>Spotkanie sieci</source>
        <translation>Network meeting</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/network_dialogs.py" line="148"/>
        <location filename="../../pim_desktop/ui/network/network_dialogs.py" line="157"/>
        <source>Miasta obecne</source>
        <translation>Cities present</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/network_dialogs.py" line="152"/>
        <source>Rodzaj</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/network_dialogs.py" line="153"/>
        <source>Tytuł</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/network_dialogs.py" line="154"/>
        <source>Początek</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/network_dialogs.py" line="155"/>
        <source>Koniec</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/network_dialogs.py" line="156"/>
        <source>Miejsce</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/network_dialogs.py" line="184"/>
        <source>Podaj tytuł spotkania.</source>
        <translation>Give the meeting a title.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/network_dialogs.py" line="187"/>
        <source>Spotkanie musi kończyć się później, niż się zaczyna.</source>
        <translation>A meeting must end later than it starts.</translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <location filename="../../pim_desktop/ui/network/network_page.py" line="74"/>
        <location filename="../../pim_desktop/ui/network/network_page.py" line="110"/>
        <source>Sieć</source>
        <translation>Network</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/network_page.py" line="77"/>
        <source>Sieć tematyczna</source>
        <translation>Thematic network</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/network_page.py" line="79"/>
        <source>Części strony sieci</source>
        <translation>Parts of the network page</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/network_page.py" line="81"/>
        <source>&amp;Sieć i miasta</source>
        <translation>&amp;Network and cities</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/network_page.py" line="82"/>
        <source>Spo&amp;tkania sieci</source>
        <translation>Network mee&amp;tings</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/network_page.py" line="86"/>
        <source>&amp;Plan Ulepszeń</source>
        <translation>&amp;Improvement Plan</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/network_page.py" line="125"/>
        <source>Stan zapisu sieci</source>
        <translation>Saving state of the network</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/network_page.py" line="130"/>
        <source>Miasto</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/network_page.py" line="131"/>
        <source>Województwo</source>
        <translation>Voivodeship</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/network_page.py" line="132"/>
        <source>Rola</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/network_page.py" line="133"/>
        <source>Osoba kontaktowa</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/network_page.py" line="134"/>
        <source>List intencyjny</source>
        <translation>Letter of intent</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/network_page.py" line="135"/>
        <source>Wkład</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/network_page.py" line="137"/>
        <source>Miasta sieci</source>
        <translation>Cities of the network</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/network_page.py" line="143"/>
        <source>Dodaj &amp;miasto…</source>
        <translation>Add &amp;city…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/network_page.py" line="144"/>
        <source>&amp;Edytuj miasto…</source>
        <translation>&amp;Edit city…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/network_page.py" line="145"/>
        <source>&amp;Usuń miasto</source>
        <translation>De&amp;lete city</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/network_page.py" line="151"/>
        <source>Zasady programu</source>
        <translation>Programme&apos;s rules</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/network_page.py" line="157"/>
        <source>Nazwa sieci</source>
        <translation>Network name</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/network_page.py" line="158"/>
        <source>Temat</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/network_page.py" line="159"/>
        <source>Edycja PIM</source>
        <translation>PIM edition</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/network_page.py" line="160"/>
        <source>Ekspert tematyczny</source>
        <translation>Thematic expert</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/network_page.py" line="161"/>
        <source>Kontakt do eksperta</source>
        <translation>Expert&apos;s contact</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/network_page.py" line="162"/>
        <source>Opiekun z Sekretariatu PIM</source>
        <translation>Tutor from the PIM Secretariat</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/network_page.py" line="163"/>
        <source>Kontakt do opiekuna</source>
        <translation>Tutor&apos;s contact</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/network_page.py" line="171"/>
        <source>Data</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/network_page.py" line="172"/>
        <source>Rodzaj</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/network_page.py" line="173"/>
        <source>Tytuł</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/network_page.py" line="174"/>
        <source>Miejsce</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/network_page.py" line="175"/>
        <source>Miasta obecne</source>
        <translation>Cities present</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/network_page.py" line="177"/>
        <source>Spotkania i wizyty studyjne sieci</source>
        <translation>Network meetings and study visits</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/network_page.py" line="183"/>
        <source>Dodaj spotka&amp;nie sieci…</source>
        <translation>Add network meeti&amp;ng…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/network_page.py" line="184"/>
        <source>&amp;Edytuj spotkanie…</source>
        <translation>&amp;Edit meeting…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/network_page.py" line="185"/>
        <source>&amp;Usuń spotkanie</source>
        <translation>De&amp;lete meeting</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/network_page.py" line="204"/>
        <source>Sieć spełnia zasady programu: jest Miasto Lider, miast partnerskich: {partners}, województw: {spread}.</source>
        <translation>The network follows the programme&apos;s rules: it has a Leader city, partner cities: {partners}, voivodeships: {spread}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/network_page.py" line="280"/>
        <source>Zmiany zapisują się same chwilę po wpisaniu.</source>
        <translation>Changes save themselves a moment after you type.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/network_page.py" line="323"/>
        <source>Usuń miasto</source>
        <translation>Delete city</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/network_page.py" line="323"/>
        <source>Usunąć wybrane miasto z sieci?</source>
        <translation>Remove the selected city from the network?</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/network_page.py" line="369"/>
        <source>Usuń spotkanie</source>
        <translation>Delete meeting</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/network_page.py" line="370"/>
        <source>Usunąć wybrane spotkanie sieci wraz z jego zapisami?</source>
        <translation>Delete the selected network meeting with its records?</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/network_page.py" line="381"/>
        <source>Nie zapisano</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/network_page.py" line="91"/>
        <source>&amp;Działania i wydatki</source>
        <translation>Activities and &amp;spending</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/network_page.py" line="93"/>
        <source>Potencjał &amp;miast</source>
        <translation>Cities’ &amp;capacity</translation>
    </message>
</context>
<context>
    <name>NewApplicationDialog</name>
    <message>
        <location filename="../../pim_desktop/ui/applications/new_application_dialog.py" line="49"/>
        <location filename="../../pim_desktop/ui/applications/new_application_dialog.py" line="50"/>
        <source>Nowy wniosek</source>
        <translation>New application</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/new_application_dialog.py" line="53"/>
        <source>Nabór</source>
        <translation>Call</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/new_application_dialog.py" line="54"/>
        <source>Rola miasta</source>
        <translation>City&apos;s role</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/new_application_dialog.py" line="55"/>
        <source>Sieć tematyczna</source>
        <translation>Thematic network</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/new_application_dialog.py" line="56"/>
        <source>&amp;Nabór:</source>
        <translation>&amp;Call:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/new_application_dialog.py" line="57"/>
        <source>&amp;Rola miasta:</source>
        <translation>City&apos;s &amp;role:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/new_application_dialog.py" line="58"/>
        <source>&amp;Sieć tematyczna:</source>
        <translation>&amp;Thematic network:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/new_application_dialog.py" line="64"/>
        <source>Utwórz wniosek</source>
        <translation>Create application</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/new_application_dialog.py" line="70"/>
        <source>{title} (termin: {date})</source>
        <translation>{title} (deadline: {date})</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/new_application_dialog.py" line="104"/>
        <source>W tym naborze miasto zgłasza się tylko do jednej sieci.</source>
        <translation>In this call a city applies to one network only.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/new_application_dialog.py" line="106"/>
        <source>Miasto ma już wniosek w tym naborze, więc sieć jest ustalona.</source>
        <translation>The city already has an application in this call, so the network is fixed.</translation>
    </message>
</context>
<context>
    <name>OfficerNameBox</name>
    <message>
        <location filename="../../pim_desktop/ui/safety/officer_name_box.py" line="17"/>
        <location filename="../../pim_desktop/ui/safety/officer_name_box.py" line="18"/>
        <source>Praca w zespole</source>
        <translation>Team work</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/officer_name_box.py" line="22"/>
        <source>Twoje imię i nazwisko (zapisywane przy zmianach)</source>
        <translation>Your full name (written beside your changes)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/officer_name_box.py" line="25"/>
        <source>Twoje imię i &amp;nazwisko (zapisywane przy zmianach):</source>
        <translation>Your full &amp;name (written beside your changes):</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/officer_name_box.py" line="38"/>
        <source>Zapisano: zmiany będą podpisane „{name}”.</source>
        <translation>Saved: changes will be signed “{name}”.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/officer_name_box.py" line="45"/>
        <source>Bez imienia zmiany będą podpisane loginem „{login}”.</source>
        <translation>Without a name, changes will be signed with the login “{login}”.</translation>
    </message>
</context>
<context>
    <name>OpenedFile</name>
    <message>
        <location filename="../../pim_desktop/ui/opened_file.py" line="36"/>
        <source>Nie znaleziono pliku {name}.</source>
        <translation>File {name} was not found.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/opened_file.py" line="45"/>
        <source>Dane są otwarte tylko do odczytu, więc nie można zaimportować pliku {name}. Zamknij drugą kopię programu i otwórz plik ponownie.</source>
        <translation>The data are open read-only, so {name} cannot be imported. Close the other copy of the program and open the file again.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/opened_file.py" line="58"/>
        <source>Program otwiera pliki .pim (import) i .pdf (sprawdzenie podpisu), a nie {name}.</source>
        <translation>The program opens .pim files (import) and .pdf files (signature check), not {name}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/opened_file.py" line="70"/>
        <source>Sprawdzanie podpisu</source>
        <translation>Checking the signature</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/opened_file.py" line="83"/>
        <source>Nie można otworzyć pliku</source>
        <translation>Cannot open the file</translation>
    </message>
</context>
<context>
    <name>PackageTransfer</name>
    <message>
        <location filename="../../pim_desktop/ui/safety/package_transfer.py" line="49"/>
        <source>Plik przenośny PIM Desktop (*.pim)</source>
        <translation>PIM Desktop portable file (*.pim)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/package_transfer.py" line="54"/>
        <source>Eksportuj wniosek do pliku .pim</source>
        <translation>Export the application to a .pim file</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/package_transfer.py" line="67"/>
        <source>Eksportuj wszystkie dane do pliku .pim</source>
        <translation>Export all data to a .pim file</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/package_transfer.py" line="82"/>
        <source>Zapisz oczekujące zmiany do pliku .pim</source>
        <translation>Save the waiting changes to a .pim file</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/package_transfer.py" line="93"/>
        <source>Eksport do pliku .pim</source>
        <translation>Exporting to a .pim file</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/package_transfer.py" line="95"/>
        <source>Eksport nie powiódł się</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/package_transfer.py" line="97"/>
        <source>Zapisano plik {name} ({size}): wnioski i wersje: {count}.</source>
        <translation>Saved the file {name} ({size}): applications and versions: {count}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/package_transfer.py" line="106"/>
        <source>Dane partnerstwa: {kinds}.</source>
        <translation>Partnership data: {kinds}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/package_transfer.py" line="109"/>
        <source>Uwaga: w folderze danych brakuje plików {count} załączników; w pliku są tylko ich opisy.</source>
        <translation>Note: the data folder lacks the files of {count} attachments; the file holds only their descriptions.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/package_transfer.py" line="118"/>
        <source>Importuj z pliku .pim</source>
        <translation>Import from a .pim file</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/package_transfer.py" line="131"/>
        <location filename="../../pim_desktop/ui/safety/package_transfer.py" line="154"/>
        <source>Import nie powiódł się</source>
        <translation>Import failed</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/package_transfer.py" line="133"/>
        <source>Nie udało się zapisać bieżących zmian, więc niczego nie zaimportowano. Sprawdź komunikat w oknie edycji.</source>
        <translation>The current changes could not be saved, so nothing was imported. See the message in the editor.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/package_transfer.py" line="140"/>
        <source>Sprawdzanie pliku</source>
        <translation>Checking the file</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/package_transfer.py" line="143"/>
        <source>Nie można zaimportować pliku</source>
        <translation>The file cannot be imported</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/package_transfer.py" line="151"/>
        <source>Import z pliku .pim</source>
        <translation>Importing from a .pim file</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/package_transfer.py" line="168"/>
        <source>Import zakończony</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/package_transfer.py" line="158"/>
        <source>Dodano wersji wniosków: {added}. Zastąpiono wniosków: {replaced}, dodano obok obecnych: {kept}, pominięto jako już obecne: {skipped}.</source>
        <translation>Application versions added: {added}. Applications replaced: {replaced}, added beside the present ones: {kept}, skipped as already here: {skipped}.</translation>
    </message>
</context>
<context>
    <name>PartnershipPage</name>
    <message>
        <location filename="../../pim_desktop/ui/partnership/partnership_page.py" line="77"/>
        <location filename="../../pim_desktop/ui/partnership/partnership_page.py" line="82"/>
        <source>Lokalne Partnerstwo</source>
        <translation>Local Partnership</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/partnership_page.py" line="90"/>
        <source>Wynik ostatniej czynności</source>
        <translation>Result of the last action</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/partnership_page.py" line="96"/>
        <source>Rejestr członków</source>
        <translation>Member register</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/partnership_page.py" line="97"/>
        <source>Sektory</source>
        <translation>Sectors</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/partnership_page.py" line="98"/>
        <source>Macierz ważności i wpływu</source>
        <translation>Importance and influence matrix</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/partnership_page.py" line="117"/>
        <source>&amp;Dodaj członka…</source>
        <translation>&amp;Add member…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/partnership_page.py" line="118"/>
        <source>&amp;Edytuj…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/partnership_page.py" line="119"/>
        <source>&amp;Usuń…</source>
        <translation>&amp;Remove…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/partnership_page.py" line="121"/>
        <source>&amp;Importuj z CSV…</source>
        <translation>&amp;Import from CSV…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/partnership_page.py" line="124"/>
        <source>Eksportuj do CS&amp;V…</source>
        <translation>Export to CS&amp;V…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/partnership_page.py" line="127"/>
        <source>E&amp;ksportuj dane osoby…</source>
        <translation>E&amp;xport a person&apos;s data…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/partnership_page.py" line="130"/>
        <source>Usuń dane os&amp;oby…</source>
        <translation>Erase a pers&amp;on&apos;s data…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/partnership_page.py" line="154"/>
        <source>Zapisz wykres jako PN&amp;G…</source>
        <translation>Save chart as PN&amp;G…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/partnership_page.py" line="165"/>
        <source>Zapisz macierz jako P&amp;NG…</source>
        <translation>Save matrix as P&amp;NG…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/partnership_page.py" line="184"/>
        <source>Członków w rejestrze: {total}, w tym aktywnych: {active}; sektorów: {sectors} z {all}.</source>
        <translation>Members in the register: {total}, of which active: {active}; sectors: {sectors} of {all}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/partnership_page.py" line="195"/>
        <source>Aktywni członkowie Lokalnego Partnerstwa według sektorów</source>
        <translation>Active members of the Local Partnership by sector</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/partnership_page.py" line="220"/>
        <source>Dodano: {name}.</source>
        <translation>Added: {name}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/member_editing.py" line="85"/>
        <source>Nie zapisano: zmiany wróciły do okna członka.</source>
        <translation>Not saved: the changes are back in the member&apos;s window.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/partnership_page.py" line="226"/>
        <source>Zapisano zmiany: {name}.</source>
        <translation>Changes saved: {name}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/member_editing.py" line="91"/>
        <source>Nie zapisano członka</source>
        <translation>Member not saved</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/partnership_page.py" line="251"/>
        <source>Usunąć członka?</source>
        <translation>Remove the member?</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/partnership_page.py" line="253"/>
        <source>Usunąć „{name}” z rejestru Lokalnego Partnerstwa?

Członek, który był na spotkaniach, nie zniknie z list: zostanie oznaczony jako ten, który wystąpił z Partnerstwa, a liczby obecności zostaną zachowane.</source>
        <translation>Remove “{name}” from the Local Partnership register?

A member who came to meetings does not vanish from the lists: they are marked as having left the Partnership and their attendance counts are kept.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/partnership_page.py" line="263"/>
        <source>Nie usunięto członka</source>
        <translation>Member not removed</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/partnership_page.py" line="246"/>
        <location filename="../../pim_desktop/ui/partnership/partnership_page.py" line="266"/>
        <source>Usunięto z rejestru: {name}.</source>
        <translation>Removed from the register: {name}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/partnership_page.py" line="268"/>
        <source>„{name}” był(a) na spotkaniach: oznaczono jako byłego członka.</source>
        <translation>“{name}” came to meetings: marked as a former member.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/partnership_page.py" line="277"/>
        <source>Import członków z CSV</source>
        <translation>Import members from CSV</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/partnership_page.py" line="278"/>
        <source>Pliki CSV (*.csv *.txt)</source>
        <translation>CSV files (*.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/partnership_page.py" line="289"/>
        <location filename="../../pim_desktop/ui/partnership/partnership_page.py" line="292"/>
        <source>Nie można zaimportować pliku</source>
        <translation>The file cannot be imported</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/partnership_page.py" line="296"/>
        <source>Import anulowano; niczego nie zapisano.</source>
        <translation>Import cancelled; nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/partnership_page.py" line="301"/>
        <source>Nie zapisano członków</source>
        <translation>Members not saved</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/partnership_page.py" line="304"/>
        <source>Dopisano {added} członków; odrzuconych wierszy: {rejected}.</source>
        <translation>Added {added} members; rows refused: {rejected}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/partnership_page.py" line="314"/>
        <source>Eksport członków do CSV</source>
        <translation>Export members to CSV</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/partnership_page.py" line="316"/>
        <source>Pliki CSV (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/partnership_page.py" line="326"/>
        <source>Nie zapisano pliku</source>
        <translation>File not saved</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/partnership_page.py" line="329"/>
        <source>Zapisano {count} członków w pliku {file}.</source>
        <translation>Saved {count} members to {file}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/partnership_page.py" line="341"/>
        <source>Zapisz obraz</source>
        <translation>Save image</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/partnership_page.py" line="343"/>
        <source>Obraz PNG (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/partnership_page.py" line="349"/>
        <source>Zapisano obraz {file}.</source>
        <translation>Image saved: {file}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/partnership_page.py" line="351"/>
        <source>Nie zapisano obrazu</source>
        <translation>Image not saved</translation>
    </message>
</context>
<context>
    <name>PartnershipSummary</name>
    <message>
        <location filename="../../pim_desktop/ui/partnership/partnership_summary.py" line="22"/>
        <location filename="../../pim_desktop/ui/partnership/partnership_summary.py" line="23"/>
        <source>Lokalne Partnerstwo</source>
        <translation>Local Partnership</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/partnership_summary.py" line="27"/>
        <source>Członkowie</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/partnership_summary.py" line="28"/>
        <source>Spotkania w kwartałach</source>
        <translation>Meetings per quarter</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/partnership_summary.py" line="29"/>
        <source>Obecność na spotkaniach</source>
        <translation>Attendance at meetings</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/partnership_summary.py" line="30"/>
        <source>Otwarte zadania</source>
        <translation>Open tasks</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/partnership_summary.py" line="60"/>
        <source>{active} aktywnych (byłych: {left})</source>
        <translation>{active} active (former: {left})</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/partnership_summary.py" line="47"/>
        <source>jeszcze nie było spotkań</source>
        <translation>no meetings yet</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/partnership_summary.py" line="65"/>
        <source>{open} otwartych</source>
        <translation>{open} open</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/partnership_summary.py" line="67"/>
        <source>w tym PO TERMINIE: {count}</source>
        <translation>of which OVERDUE: {count}</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../pim_desktop/ui/common/pdf_preview_dialog.py" line="34"/>
        <source>Podgląd wydruku</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/common/pdf_preview_dialog.py" line="40"/>
        <source>Strony dokumentu</source>
        <translation>Document pages</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/common/pdf_preview_dialog.py" line="58"/>
        <source>Stron: {count}</source>
        <translation>Pages: {count}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/common/pdf_preview_dialog.py" line="63"/>
        <source>Pomniejsz</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/common/pdf_preview_dialog.py" line="64"/>
        <source>Powiększ</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/common/pdf_preview_dialog.py" line="65"/>
        <source>&amp;Drukuj…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/common/pdf_preview_dialog.py" line="66"/>
        <source>&amp;Zapisz PDF…</source>
        <translation>&amp;Save PDF…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/common/pdf_preview_dialog.py" line="67"/>
        <source>Zam&amp;knij</source>
        <translation>Clos&amp;e</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <location filename="../../pim_desktop/ui/partnership/person_editor.py" line="34"/>
        <source>Dane tej osoby usunięto na jej żądanie; zostały tylko liczby obecności.</source>
        <translation>This person&apos;s data was erased at their request; only the attendance counts remain.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/person_editor.py" line="41"/>
        <source>&amp;Imię i nazwisko:</source>
        <translation>&amp;Full name:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/person_editor.py" line="42"/>
        <source>&amp;Stanowisko:</source>
        <translation>P&amp;osition:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/person_editor.py" line="43"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/person_editor.py" line="44"/>
        <source>&amp;Telefon:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/person_editor.py" line="47"/>
        <source>Dane osobowe (RODO)</source>
        <translation>Personal data (GDPR)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/person_editor.py" line="51"/>
        <source>Podstawa przetwarzania danych</source>
        <translation>Legal basis of processing</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/person_editor.py" line="52"/>
        <source>— nie podano —</source>
        <translation>— not given —</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/person_editor.py" line="55"/>
        <source>Podsta&amp;wa przetwarzania:</source>
        <translation>Legal &amp;basis of processing:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/person_editor.py" line="58"/>
        <source>podano</source>
        <translation>given</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/person_editor.py" line="58"/>
        <source>Data zgody</source>
        <translation>Date of consent</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/person_editor.py" line="60"/>
        <source>Data zgody:</source>
        <translation>Date of consent:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/person_editor.py" line="61"/>
        <source>zgoda na &amp;kontakt (e-mail, telefon)</source>
        <translation>consent to be &amp;contacted (e-mail, phone)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/person_editor.py" line="63"/>
        <source>zgoda na pu&amp;blikację imienia i nazwiska w dokumentach</source>
        <translation>consent to pu&amp;blication of the name in documents</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/person_editor.py" line="65"/>
        <source>zgoda na zd&amp;jęcia</source>
        <translation>consent to p&amp;hotos</translation>
    </message>
</context>
<context>
    <name>PersonalDataActions</name>
    <message>
        <location filename="../../pim_desktop/ui/partnership/personal_data_actions.py" line="36"/>
        <source>Brak danych osobowych</source>
        <translation>No personal data</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/personal_data_actions.py" line="37"/>
        <source>Ten członek nie ma zapisanych danych żadnej osoby.</source>
        <translation>This member holds no data of any person.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/personal_data_actions.py" line="44"/>
        <location filename="../../pim_desktop/ui/partnership/personal_data_actions.py" line="49"/>
        <source>Której osoby?</source>
        <translation>Which person?</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/personal_data_actions.py" line="56"/>
        <source>Anuluj</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/personal_data_actions.py" line="61"/>
        <source>Czyje dane wyeksportować?</source>
        <translation>Whose data should be exported?</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/personal_data_actions.py" line="67"/>
        <source>Eksport danych osoby</source>
        <translation>Export of a person&apos;s data</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/personal_data_actions.py" line="69"/>
        <source>Plik JSON (*.json)</source>
        <translation>JSON file (*.json)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/personal_data_actions.py" line="77"/>
        <source>Nie zapisano pliku</source>
        <translation>File not saved</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/personal_data_actions.py" line="80"/>
        <source>Dane osoby {name} zapisano w pliku {file}.</source>
        <translation>The data of {name} was saved to {file}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/personal_data_actions.py" line="84"/>
        <source>Czyje dane usunąć?</source>
        <translation>Whose data should be erased?</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/personal_data_actions.py" line="90"/>
        <source>Usunąć dane osoby?</source>
        <translation>Erase the person&apos;s data?</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/personal_data_actions.py" line="92"/>
        <source>Usunąć dane osobowe: {name}?

Imię i nazwisko, e-mail, telefon i zgody zostaną zastąpione napisem „Osoba usunięta”. Liczby spotkań i obecności zostaną zachowane. Tego nie można cofnąć.</source>
        <translation>Erase the personal data of {name}?

The name, e-mail, phone and consents will be replaced with “Osoba usunięta” (person erased). The counts of meetings and attendance are kept. This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/personal_data_actions.py" line="104"/>
        <source>Nie usunięto danych</source>
        <translation>Data not erased</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/personal_data_actions.py" line="106"/>
        <source>Usunięto dane osobowe: {name}.</source>
        <translation>Personal data erased: {name}.</translation>
    </message>
</context>
<context>
    <name>Pkcs12Page</name>
    <message>
        <location filename="../../pim_desktop/ui/signing/pkcs12_page.py" line="17"/>
        <source>Krok 2 z 4: plik certyfikatu</source>
        <translation>Step 2 of 4: certificate file</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/signing/pkcs12_page.py" line="22"/>
        <source>Plik certyfikatu</source>
        <translation>Certificate file</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/signing/pkcs12_page.py" line="24"/>
        <source>&amp;Wybierz…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/signing/pkcs12_page.py" line="27"/>
        <source>&amp;Plik .p12 / .pfx:</source>
        <translation>&amp;.p12 / .pfx file:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/signing/pkcs12_page.py" line="36"/>
        <source>Dane certyfikatu (właściciel, wystawca, ważność) program pokaże po otwarciu pliku hasłem w następnym kroku.</source>
        <translation>The certificate&apos;s details (owner, issuer, validity) are shown once the file is opened with its password in the next step.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/signing/pkcs12_page.py" line="49"/>
        <source>Wybierz plik certyfikatu</source>
        <translation>Choose the certificate file</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/signing/pkcs12_page.py" line="50"/>
        <source>Certyfikaty z kluczem (*.p12 *.pfx);;Wszystkie pliki (*)</source>
        <translation>Certificates with a key (*.p12 *.pfx);;All files (*)</translation>
    </message>
</context>
<context>
    <name>PlanDocumentEditor</name>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/plan_document_editor.py" line="59"/>
        <source>Stan zapisu planu</source>
        <translation>Saving state of the plan</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/plan_document_editor.py" line="75"/>
        <source>Metryka planu</source>
        <translation>About the plan</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/plan_document_editor.py" line="83"/>
        <source>np. Uchwała nr XII/123/2026 Rady Miasta</source>
        <translation>e.g. Resolution No. XII/123/2026 of the City Council</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/plan_document_editor.py" line="88"/>
        <source>Tytuł planu</source>
        <translation>Title of the plan</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/plan_document_editor.py" line="89"/>
        <source>Wersja</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/plan_document_editor.py" line="90"/>
        <source>Status planu</source>
        <translation>Status of the plan</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/plan_document_editor.py" line="91"/>
        <source>Akt przyjęcia (numer)</source>
        <translation>Adopting act (number)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/plan_document_editor.py" line="92"/>
        <source>Data przyjęcia</source>
        <translation>Date of adoption</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/plan_document_editor.py" line="93"/>
        <source>Horyzont: pierwszy miesiąc</source>
        <translation>Horizon: first month</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/plan_document_editor.py" line="94"/>
        <source>Horyzont: ostatni miesiąc</source>
        <translation>Horizon: last month</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/plan_document_editor.py" line="126"/>
        <source>Licznik znaków: {part}</source>
        <translation>Character count: {part}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/plan_document_editor.py" line="134"/>
        <source>Cele (ogólne i szczegółowe)</source>
        <translation>Objectives (general and specific)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/plan_document_editor.py" line="139"/>
        <source>Rodzaj</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/plan_document_editor.py" line="140"/>
        <source>Kod</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/plan_document_editor.py" line="141"/>
        <source>Treść celu</source>
        <translation>Objective</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/plan_document_editor.py" line="143"/>
        <source>cel</source>
        <translation>objective</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/plan_document_editor.py" line="144"/>
        <source>Dodaj c&amp;el</source>
        <translation>Add obj&amp;ective</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/plan_document_editor.py" line="154"/>
        <source>{length} z {limit} znaków (ze spacjami)</source>
        <translation>{length} of {limit} characters (with spaces)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/plan_document_editor.py" line="161"/>
        <source>przekroczono limit o {over}; tekst jest zapisany w całości, skróć go przed przyjęciem planu.</source>
        <translation>over the limit by {over}; the text is saved whole, shorten it before the plan is adopted.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/plan_document_editor.py" line="250"/>
        <source>Zmiany zapisują się same chwilę po wpisaniu.</source>
        <translation>Changes save themselves a moment after you type.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/plan_document_editor.py" line="259"/>
        <source>Zapisano o {time}, z wyjątkiem: {notes}</source>
        <translation>Saved at {time}, except: {notes}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/plan_document_editor.py" line="262"/>
        <source>Wszystkie zmiany zapisane o {time}.</source>
        <translation>All changes saved at {time}.</translation>
    </message>
</context>
<context>
    <name>PlanTotalsView</name>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/plan_totals_view.py" line="30"/>
        <source>Budżet planu (bez działań zaniechanych)</source>
        <translation>Budget of the plan (abandoned actions left out)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/plan_totals_view.py" line="34"/>
        <source>Koszt całkowity</source>
        <translation>Total cost</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/plan_totals_view.py" line="35"/>
        <source>Wskazane źródła</source>
        <translation>Sources named</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/plan_totals_view.py" line="36"/>
        <source>Finansowanie zapewnione</source>
        <translation>Funding secured</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/plan_totals_view.py" line="37"/>
        <source>Udział zapewnionego</source>
        <translation>Share secured</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/plan_totals_view.py" line="38"/>
        <source>Koszt bez źródła</source>
        <translation>Cost without a source</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/plan_totals_view.py" line="39"/>
        <source>Według stanu</source>
        <translation>By state</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/plan_totals_view.py" line="40"/>
        <source>Według źródeł</source>
        <translation>By source</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/plan_totals_view.py" line="41"/>
        <source>Według lat</source>
        <translation>By year</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/plan_totals_view.py" line="50"/>
        <source>Uwagi</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/plan_totals_view.py" line="54"/>
        <source>Uwagi do planu</source>
        <translation>Remarks on the plan</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/action_plan/plan_totals_view.py" line="87"/>
        <source>✓ Brak uwag: finansowanie i terminy się zgadzają.</source>
        <translation>✓ No remarks: funding and dates agree.</translation>
    </message>
</context>
<context>
    <name>PresenceLine</name>
    <message>
        <location filename="../../pim_desktop/ui/team/presence_line.py" line="34"/>
        <source>Kto jeszcze edytuje</source>
        <translation>Who else is editing</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/team/presence_line.py" line="91"/>
        <source>sekcja {section}</source>
        <translation>section {section}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/team/presence_line.py" line="93"/>
        <source>Edytuje teraz także: {people}</source>
        <translation>Also editing now: {people}</translation>
    </message>
</context>
<context>
    <name>PrintBar</name>
    <message>
        <location filename="../../pim_desktop/ui/applications/print_bar.py" line="35"/>
        <source>Wydruk wniosku</source>
        <translation>Printing the application</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/print_bar.py" line="38"/>
        <source>&amp;Wersja robocza (znak wodny)</source>
        <translation>&amp;Draft copy (watermark)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/print_bar.py" line="40"/>
        <source>Wersja robocza ze znakiem wodnym</source>
        <translation>Draft copy with a watermark</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/print_bar.py" line="43"/>
        <source>Wersję roboczą można wydrukować zawsze. Wersja ostateczna wymaga wniosku bez problemów i zostaje zapisana przy wniosku z sumą kontrolną.</source>
        <translation>A draft copy can always be printed. The final version needs an application without problems and is recorded with the application and its checksum.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/print_bar.py" line="53"/>
        <source>Po&amp;dgląd</source>
        <translation>Pre&amp;view</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/print_bar.py" line="56"/>
        <source>Dru&amp;kuj…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/print_bar.py" line="59"/>
        <source>Zapisz PD&amp;F…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/print_bar.py" line="65"/>
        <source>Wynik wydruku</source>
        <translation>Printing result</translation>
    </message>
</context>
<context>
    <name>PrintMatchDialog</name>
    <message>
        <location filename="../../pim_desktop/ui/applications/print_match_dialog.py" line="38"/>
        <location filename="../../pim_desktop/ui/applications/print_match_dialog.py" line="39"/>
        <source>Sprawdź zgodność wydruku</source>
        <translation>Check a printout</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/print_match_dialog.py" line="44"/>
        <source>Wybierz plik PDF wniosku albo przepisz sumę kontrolną ze stopki wydruku. Program powie, do którego wniosku i której wersji należy wydruk.</source>
        <translation>Choose the application’s PDF file or type the checksum from the printout’s footer. The program tells which application and version the printout belongs to.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/print_match_dialog.py" line="52"/>
        <source>&amp;Wybierz plik PDF…</source>
        <translation>Choose PDF &amp;file…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/print_match_dialog.py" line="54"/>
        <location filename="../../pim_desktop/ui/applications/print_match_dialog.py" line="90"/>
        <source>Wybierz plik PDF wydruku</source>
        <translation>Choose the printout’s PDF file</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/print_match_dialog.py" line="58"/>
        <source>Plik:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/print_match_dialog.py" line="62"/>
        <source>Suma kontrolna z wydruku</source>
        <translation>Checksum from the printout</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/print_match_dialog.py" line="65"/>
        <source>&amp;Sprawdź</source>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/print_match_dialog.py" line="67"/>
        <source>Sprawdź wpisaną sumę kontrolną</source>
        <translation>Check the typed checksum</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/print_match_dialog.py" line="71"/>
        <source>Suma &amp;kontrolna:</source>
        <translation>Check&amp;sum:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/print_match_dialog.py" line="77"/>
        <source>Wynik sprawdzenia</source>
        <translation>Result of the check</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/print_match_dialog.py" line="91"/>
        <source>Dokument PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/print_match_dialog.py" line="105"/>
        <source>Nie można odczytać pliku: {reason}</source>
        <translation>The file cannot be read: {reason}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/print_match_dialog.py" line="115"/>
        <source>W pliku {name} nie znaleziono sumy kontrolnej wniosku.</source>
        <translation>No application checksum was found in the file {name}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/print_match_dialog.py" line="135"/>
        <source>To nie jest suma kontrolna: ma ona 64 znaki 0–9 i A–F, w stopce wydruku zapisane w grupach po cztery.</source>
        <translation>This is not a checksum: it has 64 characters 0–9 and A–F, printed in the footer in groups of four.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/print_match_dialog.py" line="144"/>
        <source>Plik: {name}</source>
        <translation>File: {name}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/print_match_dialog.py" line="146"/>
        <source>Suma kontrolna: {checksum}</source>
        <translation>Checksum: {checksum}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/print_match_dialog.py" line="151"/>
        <source>Wydruk nie pasuje do żadnego wniosku ani zapisanego wydruku.</source>
        <translation>The printout matches no application and no recorded print.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/print_match_dialog.py" line="157"/>
        <source>Wniosek nr {id}, wersja {version} ({edition}, {role}, {network})</source>
        <translation>Application no. {id}, version {version} ({edition}, {role}, {network})</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/print_match_dialog.py" line="166"/>
        <source>zgodny z obecnymi danymi wniosku</source>
        <translation>matches the application’s current data</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/print_match_dialog.py" line="169"/>
        <source>zgodny z danymi z chwili wydruku; od tego czasu wniosek zmieniono</source>
        <translation>matches the data at the time of printing; the application has changed since</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/print_match_dialog.py" line="174"/>
        <source>wydrukowano na drukarce</source>
        <translation>printed on a printer</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/print_match_dialog.py" line="175"/>
        <source>wydruk ostateczny z {when}: {place}</source>
        <translation>final print of {when}: {place}</translation>
    </message>
</context>
<context>
    <name>ProblemPanel</name>
    <message>
        <location filename="../../pim_desktop/ui/applications/problem_panel.py" line="30"/>
        <source>Problemy we wniosku</source>
        <translation>Problems in the application</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/problem_panel.py" line="52"/>
        <source>Problemy do poprawienia: {count}. Wybierz problem, aby przejść do pola.</source>
        <translation>Problems to fix: {count}. Select a problem to go to its field.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/problem_panel.py" line="56"/>
        <source>Wniosek nie ma problemów.</source>
        <translation>The application has no problems.</translation>
    </message>
</context>
<context>
    <name>ProfileSaves</name>
    <message>
        <location filename="../../pim_desktop/ui/city/profile_saves.py" line="47"/>
        <source>Dane miasta</source>
        <translation>City data</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/city/profile_saves.py" line="133"/>
        <source>inna osoba</source>
        <translation>someone else</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/city/profile_saves.py" line="134"/>
        <source>Nie zapisano: te same pola zmienił(a) {who}. Twoje zmiany są w oknie; zapisz (Ctrl+S), aby znów wybrać wersje.</source>
        <translation>Not saved: {who} changed the same fields. Your changes are in the window; save (Ctrl+S) to choose the versions again.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/city/profile_saves.py" line="147"/>
        <source>Zapisano. Wczytano zmiany, które wprowadził(a) {who}: {fields}.</source>
        <translation>Saved. Loaded the changes made by {who}: {fields}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/city/profile_saves.py" line="151"/>
        <source>Wczytano zmiany, które wprowadził(a) {who}: {fields}.</source>
        <translation>Loaded the changes made by {who}: {fields}.</translation>
    </message>
</context>
<context>
    <name>ProofDialog</name>
    <message>
        <location filename="../../pim_desktop/ui/applications/proof_dialog.py" line="41"/>
        <location filename="../../pim_desktop/ui/applications/proof_dialog.py" line="42"/>
        <source>Dowód złożenia</source>
        <translation>Proof of submission</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/proof_dialog.py" line="47"/>
        <source>Z folderu „Wysłane” w ePUAP pobierz Urzędowe Poświadczenie Przedłożenia (UPP) i wysłany dokument (oba jako XML). Razem dowodzą, że ministerstwo otrzymało właśnie podpisany plik wniosku; wydruk niczego nie dowodzi.</source>
        <translation>Download the Official Confirmation of Submission (UPP) and the sent document (both as XML) from the “Sent” folder in ePUAP. Together they prove that the ministry received exactly the signed application file; a printout proves nothing.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/proof_dialog.py" line="57"/>
        <source>Kanał wysyłki</source>
        <translation>Sending channel</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/proof_dialog.py" line="60"/>
        <source>Kanał:</source>
        <translation>Channel:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/proof_dialog.py" line="62"/>
        <source>Poświadczenie (UPP):</source>
        <translation>Confirmation (UPP):</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/proof_dialog.py" line="62"/>
        <source>Wybierz &amp;UPP…</source>
        <translation>Choose &amp;UPP…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/proof_dialog.py" line="65"/>
        <source>Wysłany dokument:</source>
        <translation>Sent document:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/proof_dialog.py" line="65"/>
        <source>Wybierz wysłany &amp;dokument…</source>
        <translation>Choose the sent &amp;document…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/proof_dialog.py" line="81"/>
        <source>&amp;Zapisz dowód</source>
        <translation>&amp;Save proof</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/proof_dialog.py" line="90"/>
        <source>nie wybrano</source>
        <translation>not chosen</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/proof_dialog.py" line="106"/>
        <source>Dokumenty XML (*.xml);;Wszystkie pliki (*)</source>
        <translation>XML documents (*.xml);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/proof_dialog.py" line="136"/>
        <source>Tego dowodu nie można zapisać: coś w nim jest niezgodne z wnioskiem.</source>
        <translation>This proof cannot be saved: something in it does not match the application.</translation>
    </message>
</context>
<context>
    <name>ProofReportView</name>
    <message>
        <location filename="../../pim_desktop/ui/applications/proof_report_view.py" line="22"/>
        <source>Poświadczenie</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/proof_report_view.py" line="25"/>
        <source>Sprawdzenia</source>
        <translation>Checks</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/proof_report_view.py" line="52"/>
        <source>Dowód złożenia potwierdzony.</source>
        <translation>Proof of submission confirmed.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/proof_report_view.py" line="56"/>
        <source>Dowodu nie potwierdzono w całości; powody podano przy sprawdzeniach poniżej.</source>
        <translation>The proof is not confirmed in full; the reasons are given with the checks below.</translation>
    </message>
</context>
<context>
    <name>RecommendationDialog</name>
    <message>
        <location filename="../../pim_desktop/ui/network/recommendation_dialog.py" line="43"/>
        <location filename="../../pim_desktop/ui/network/recommendation_dialog.py" line="77"/>
        <source>Rekomendacja</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/recommendation_dialog.py" line="43"/>
        <source>Nowa rekomendacja</source>
        <translation>New recommendation</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/recommendation_dialog.py" line="58"/>
        <location filename="../../pim_desktop/ui/network/recommendation_dialog.py" line="76"/>
        <source>Miasta, których dotyczą dowody</source>
        <translation>Cities the evidence concerns</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/recommendation_dialog.py" line="65"/>
        <location filename="../../pim_desktop/ui/network/recommendation_dialog.py" line="78"/>
        <source>Miasta popierające</source>
        <translation>Supporting cities</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/recommendation_dialog.py" line="70"/>
        <source>Tytuł</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/recommendation_dialog.py" line="71"/>
        <source>Rodzaj</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/recommendation_dialog.py" line="72"/>
        <source>Priorytet</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/recommendation_dialog.py" line="73"/>
        <source>Adresat</source>
        <translation>Addressee</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/recommendation_dialog.py" line="74"/>
        <source>Bariera</source>
        <translation>Barrier</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/recommendation_dialog.py" line="75"/>
        <source>Dowody (dane)</source>
        <translation>Evidence (data)</translation>
    </message>
</context>
<context>
    <name>RecordTexts</name>
    <message>
        <location filename="../../pim_desktop/ui/common/record_texts.py" line="106"/>
        <source>tak</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/common/record_texts.py" line="107"/>
        <source>nie</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/common/record_texts.py" line="139"/>
        <source>Ostatnia zmiana: {officer}{when}</source>
        <translation>Last change: {officer}{when}</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../pim_desktop/ui/safety/recovery_dialog.py" line="22"/>
        <source>Plik danych jest uszkodzony</source>
        <translation>The data file is damaged</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/recovery_dialog.py" line="23"/>
        <source>Plik z danymi programu jest uszkodzony, dlatego program nie otworzy go do zapisu, żeby nie pogłębić szkód.</source>
        <translation>The program&apos;s data file is damaged, so the program will not open it for writing, lest the damage grow.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/recovery_dialog.py" line="29"/>
        <source>Uszkodzony plik zostanie odłożony obok, w folderze {folder}, pod nazwą „…-uszkodzona-&lt;data&gt;.sqlite3”, aby osoba pomagająca mogła go zbadać.</source>
        <translation>The damaged file will be set aside in the folder {folder} under the name “…-uszkodzona-&lt;date&gt;.sqlite3”, so that whoever helps can examine it.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/recovery_dialog.py" line="38"/>
        <source>Najnowsza dobra kopia zapasowa pochodzi z {when}. Możesz ją przywrócić; zmiany wprowadzone później trzeba będzie wpisać ponownie.</source>
        <translation>The newest good backup is from {when}. You can restore it; changes made after it will have to be entered again.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/recovery_dialog.py" line="47"/>
        <source>&amp;Przywróć kopię z {when}</source>
        <translation>&amp;Restore the backup of {when}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/recovery_dialog.py" line="56"/>
        <source>Nie ma dobrej kopii zapasowej. Możesz zacząć od pustych danych.</source>
        <translation>There is no good backup. You can start with empty data.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/recovery_dialog.py" line="63"/>
        <source>Zacznij od &amp;pustych danych</source>
        <translation>Start with &amp;empty data</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/recovery_dialog.py" line="68"/>
        <location filename="../../pim_desktop/ui/safety/recovery_dialog.py" line="109"/>
        <source>&amp;Zakończ</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/recovery_dialog.py" line="92"/>
        <source>Folder danych jest niedostępny</source>
        <translation>The data folder is unavailable</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/recovery_dialog.py" line="93"/>
        <source>Folder danych {folder}, wybrany w Ustawieniach, jest niedostępny albo nie zawiera danych programu (np. dysk sieciowy lub wymienny nie jest podłączony).</source>
        <translation>The data folder {folder}, chosen in Settings, is unavailable or holds no program data (e.g. a network or removable drive is not connected).</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/recovery_dialog.py" line="98"/>
        <source>Podłącz dysk i uruchom program ponownie. Możesz też wrócić do zwykłego folderu danych na tym komputerze; wybrany folder pozostanie nietknięty.</source>
        <translation>Connect the drive and start the program again. You can also go back to the usual data folder on this computer; the chosen folder stays untouched.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/recovery_dialog.py" line="105"/>
        <source>&amp;Wróć do zwykłego folderu</source>
        <translation>&amp;Go back to the usual folder</translation>
    </message>
</context>
<context>
    <name>RegisterOffer</name>
    <message>
        <location filename="../../pim_desktop/ui/applications/register_offer.py" line="56"/>
        <source>Rejestr Lokalnego Partnerstwa nie ma obecnych członków; dodaj ich na stronie Lokalne Partnerstwo.</source>
        <translation>The Local Partnership register has no current members; add them on the Local Partnership page.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/register_offer.py" line="72"/>
        <source>Dodano z rejestru wierszy: {added}.</source>
        <translation>Rows added from the register: {added}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/register_offer.py" line="74"/>
        <source>Nie zmieściło się (limit tabeli): {count}.</source>
        <translation>Did not fit (the table&apos;s limit): {count}.</translation>
    </message>
</context>
<context>
    <name>RegisterPickDialog</name>
    <message>
        <location filename="../../pim_desktop/ui/applications/register_pick_dialog.py" line="37"/>
        <source>Członkowie z rejestru Lokalnego Partnerstwa</source>
        <translation>Members from the Local Partnership register</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/register_pick_dialog.py" line="43"/>
        <source>Zaznacz członków, których wpisać do tabeli. Nazwa, sektor i rola przechodzą z rejestru; mieszkańca bez zgody na publikację nazwiska wpisuje się bez niego.</source>
        <translation>Tick the members to enter into the table. Name, sector and role come from the register; a resident who did not agree to the publication of their name is entered without it.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/register_pick_dialog.py" line="51"/>
        <source>Członkowie rejestru</source>
        <translation>Register members</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/register_pick_dialog.py" line="54"/>
        <source>&amp;Członkowie:</source>
        <translation>&amp;Members:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/register_pick_dialog.py" line="64"/>
        <source>Zaznacz &amp;wszystkich</source>
        <translation>Select &amp;all</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/register_pick_dialog.py" line="66"/>
        <source>&amp;Odznacz wszystkich</source>
        <translation>&amp;Deselect all</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/register_pick_dialog.py" line="91"/>
        <source>(już w tabeli)</source>
        <translation>(already in the table)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/register_pick_dialog.py" line="112"/>
        <source>&amp;Dodaj zaznaczonych: {count}</source>
        <translation>&amp;Add ticked: {count}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/register_pick_dialog.py" line="118"/>
        <source>Zaznaczono {count}, a tabela zmieści jeszcze tylko tyle wierszy: {room}. Pozostali nie zostaną dodani.</source>
        <translation>{count} ticked, but the table takes only this many more rows: {room}. The rest will not be added.</translation>
    </message>
</context>
<context>
    <name>RowsEditor</name>
    <message>
        <location filename="../../pim_desktop/ui/common/rows_editor.py" line="63"/>
        <source>(brak pozycji)</source>
        <translation>(no entries)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/common/rows_editor.py" line="130"/>
        <source>{column}, {item} nr {number}</source>
        <translation>{column}, {item} {number}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/common/rows_editor.py" line="136"/>
        <source>Usuń</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/common/rows_editor.py" line="139"/>
        <source>Usuń: {item} nr {number}</source>
        <translation>Delete: {item} {number}</translation>
    </message>
</context>
<context>
    <name>SecretPage</name>
    <message>
        <location filename="../../pim_desktop/ui/signing/secret_page.py" line="48"/>
        <source>Krok 3 z 4: PIN lub hasło</source>
        <translation>Step 3 of 4: PIN or password</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/signing/secret_page.py" line="54"/>
        <source>PIN lub hasło</source>
        <translation>PIN or password</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/signing/secret_page.py" line="61"/>
        <source>Program nie zapamiętuje PIN-u ani hasła i nie zapisuje ich nigdzie.</source>
        <translation>The program does not remember the PIN or the password and stores them nowhere.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/signing/secret_page.py" line="72"/>
        <source>&amp;PIN karty:</source>
        <translation>Card &amp;PIN:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/signing/secret_page.py" line="72"/>
        <source>&amp;Hasło do pliku:</source>
        <translation>File &amp;password:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/signing/secret_page.py" line="95"/>
        <source>Logowanie do karty…</source>
        <translation>Logging in to the card…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/signing/secret_page.py" line="97"/>
        <source>Otwieranie pliku certyfikatu…</source>
        <translation>Opening the certificate file…</translation>
    </message>
</context>
<context>
    <name>SectorChart</name>
    <message>
        <location filename="../../pim_desktop/ui/partnership/sector_chart.py" line="38"/>
        <source>Wykres: członkowie Partnerstwa według sektorów</source>
        <translation>Chart: Partnership members by sector</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/sector_chart.py" line="47"/>
        <source>razem: {total}</source>
        <translation>total: {total}</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <location filename="../../pim_desktop/ui/applications/send_dialog.py" line="50"/>
        <location filename="../../pim_desktop/ui/applications/send_dialog.py" line="51"/>
        <source>Wyślij wniosek</source>
        <translation>Send the application</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/send_dialog.py" line="56"/>
        <source>Program nie wysyła wniosku: przygotowuje folder z plikami i podpowiada, co zrobić w wybranym kanale.</source>
        <translation>The program does not send the application: it prepares a folder with the files and says what to do in the chosen channel.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/send_dialog.py" line="64"/>
        <source>Kanał wysyłki</source>
        <translation>Sending channel</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/send_dialog.py" line="68"/>
        <source>Kanał:</source>
        <translation>Channel:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/send_dialog.py" line="69"/>
        <source>Temat:</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/send_dialog.py" line="70"/>
        <source>Adres:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/send_dialog.py" line="87"/>
        <source>&amp;Przygotuj folder…</source>
        <translation>&amp;Prepare folder…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/send_dialog.py" line="102"/>
        <source>Kopiuj</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/send_dialog.py" line="104"/>
        <source>Kopiuj: {what}</source>
        <translation>Copy: {what}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/send_dialog.py" line="114"/>
        <source>Pliki do wysłania</source>
        <translation>Files to send</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/send_dialog.py" line="116"/>
        <source>Nazwa w folderze</source>
        <translation>Name in the folder</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/send_dialog.py" line="116"/>
        <source>Plik przy wniosku</source>
        <translation>File kept with the application</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/send_dialog.py" line="116"/>
        <source>Rozmiar</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/send_dialog.py" line="162"/>
        <source>Razem: {total}.</source>
        <translation>Total: {total}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/send_dialog.py" line="165"/>
        <source>Razem: {total}, więcej niż limit {limit} MB ustawiony dla tego kanału. Sprawdź limit urzędu (Ustawienia) albo podziel przesyłkę.</source>
        <translation>Total: {total}, more than the {limit} MB limit set for this channel. Check the office&apos;s limit (Settings) or split the submission.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/send_dialog.py" line="168"/>
        <source>Razem: {total} z {limit} MB dopuszczalnych w tym kanale.</source>
        <translation>Total: {total} of the {limit} MB allowed in this channel.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/send_dialog.py" line="176"/>
        <source>Gdzie przygotować folder do wysłania</source>
        <translation>Where to prepare the folder for sending</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/send_dialog.py" line="185"/>
        <source>Nie udało się zapisać plików: {reason}</source>
        <translation>The files could not be saved: {reason}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/send_dialog.py" line="193"/>
        <source>Przygotowano folder {folder}. Po wysłaniu wczytaj dowód przyciskiem „Dowód złożenia…”.</source>
        <translation>Prepared the folder {folder}. After sending, load the proof with the “Proof of submission…” button.</translation>
    </message>
</context>
<context>
    <name>SendingActions</name>
    <message>
        <location filename="../../pim_desktop/ui/applications/sending_actions.py" line="65"/>
        <source>W&amp;yślij…</source>
        <translation>S&amp;end…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/sending_actions.py" line="66"/>
        <source>Dowód złożeni&amp;a…</source>
        <translation>Proof of &amp;submission…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/sending_actions.py" line="84"/>
        <source>Przygotowywanie folderu do wysłania</source>
        <translation>Preparing the folder for sending</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/sending_actions.py" line="106"/>
        <location filename="../../pim_desktop/ui/applications/sending_actions.py" line="139"/>
        <source>Sprawdzanie dowodu złożenia</source>
        <translation>Checking the proof of submission</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/sending_actions.py" line="122"/>
        <source>Zapisywanie dowodu złożenia</source>
        <translation>Saving the proof of submission</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/sending_actions.py" line="125"/>
        <source>Dowodu nie zapisano: coś w nim jest niezgodne.</source>
        <translation>The proof was not saved: something in it does not match.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/sending_actions.py" line="131"/>
        <source>Zapisano dowód złożenia; wniosek ma status „{status}”.</source>
        <translation>Saved the proof of submission; the application is now “{status}”.</translation>
    </message>
</context>
<context>
    <name>SendingSettingsBox</name>
    <message>
        <location filename="../../pim_desktop/ui/applications/sending_settings_box.py" line="22"/>
        <source>Wysyłka wniosku</source>
        <translation>Sending the application</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/sending_settings_box.py" line="28"/>
        <source>Limit rozmiaru załączników i adres ministerstwa dla każdego kanału. Sprawdź je w ogłoszeniu naboru; program niczego nie wysyła sam.</source>
        <translation>The attachment size limit and the ministry&apos;s address for each channel. Check them in the call&apos;s notice; the program never sends anything itself.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/sending_settings_box.py" line="45"/>
        <source>Limit rozmiaru: {channel}</source>
        <translation>Size limit: {channel}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/sending_settings_box.py" line="50"/>
        <source>adres z ogłoszenia naboru</source>
        <translation>address from the call&apos;s notice</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/sending_settings_box.py" line="53"/>
        <source>Adres ministerstwa: {channel}</source>
        <translation>Ministry&apos;s address: {channel}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/sending_settings_box.py" line="60"/>
        <source>{channel} – limit:</source>
        <translation>{channel} – limit:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/sending_settings_box.py" line="63"/>
        <source>{channel} – adres:</source>
        <translation>{channel} – address:</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../pim_desktop/ui/settings_page.py" line="69"/>
        <location filename="../../pim_desktop/ui/settings_page.py" line="78"/>
        <source>Ustawienia</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/settings_page.py" line="80"/>
        <source>Język</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/settings_page.py" line="84"/>
        <source>Język interfejsu</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/settings_page.py" line="89"/>
        <source>&amp;Język interfejsu:</source>
        <translation>Interface &amp;language:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/settings_page.py" line="115"/>
        <source>Podpis elektroniczny</source>
        <translation>Electronic signature</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/settings_page.py" line="119"/>
        <source>Adres serwera znaczników czasu</source>
        <translation>Timestamp server address</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/settings_page.py" line="120"/>
        <source>puste: podpis bez znacznika czasu</source>
        <translation>empty: signatures without a timestamp</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/settings_page.py" line="123"/>
        <source>Serwer &amp;znaczników czasu:</source>
        <translation>Timestamp &amp;server:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/settings_page.py" line="128"/>
        <source>Bez adresu program podpisuje bez internetu (PAdES B-B). Z adresem serwera znaczników czasu (RFC 3161, np. od dostawcy Twojego podpisu) podpis dostaje potwierdzony czas (PAdES B-T); do serwera trafia tylko skrót podpisu, nie treść wniosku.</source>
        <translation>Without an address the program signs offline (PAdES B-B). With the address of a timestamp server (RFC 3161, e.g. from your signature provider) the signature gets a certified time (PAdES B-T); the server receives only a digest of the signature, not the application&apos;s content.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/settings_page.py" line="142"/>
        <source>Zaufane certyfikaty główne</source>
        <translation>Trusted root certificates</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/settings_page.py" line="148"/>
        <source>&amp;Dodaj certyfikat…</source>
        <translation>&amp;Add certificate…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/settings_page.py" line="166"/>
        <source>{name} (ważny do {until})</source>
        <translation>{name} (valid until {until})</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/settings_page.py" line="182"/>
        <source>Zapisano: podpisy będą ze znacznikiem czasu (PAdES B-T).</source>
        <translation>Saved: signatures will carry a timestamp (PAdES B-T).</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/settings_page.py" line="184"/>
        <source>Zapisano: podpisy bez znacznika czasu (PAdES B-B).</source>
        <translation>Saved: signatures without a timestamp (PAdES B-B).</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/settings_page.py" line="196"/>
        <source>Dodano zaufany certyfikat: {name}.</source>
        <translation>Trusted certificate added: {name}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/settings_page.py" line="202"/>
        <source>Wybierz certyfikat główny wystawcy</source>
        <translation>Choose the issuer&apos;s root certificate</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/settings_page.py" line="203"/>
        <source>Certyfikaty (*.cer *.crt *.der *.pem);;Wszystkie pliki (*)</source>
        <translation>Certificates (*.cer *.crt *.der *.pem);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/settings_page.py" line="222"/>
        <source>Język zmieni się po ponownym uruchomieniu programu. The language changes when the program is started again.</source>
        <translation>Język zmieni się po ponownym uruchomieniu programu. The language changes when the program is started again.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/settings_page.py" line="143"/>
        <source>Z&amp;aufane certyfikaty (oprócz zaufanych przez system):</source>
        <translation>&amp;Trusted certificates (besides those the system trusts):</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/settings_page.py" line="151"/>
        <source>Usuń cer&amp;tyfikat</source>
        <translation>&amp;Remove certificate</translation>
    </message>
</context>
<context>
    <name>SettlingDocumentList</name>
    <message>
        <location filename="../../pim_desktop/ui/network/settling_documents.py" line="42"/>
        <source>Dokumenty rozliczające działanie</source>
        <translation>The activity&apos;s settling documents</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/settling_documents.py" line="46"/>
        <source>Brak dokumentów. Dołącza się je na liście działań.</source>
        <translation>No documents. They are attached on the list of activities.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/settling_documents.py" line="50"/>
        <source>&amp;Otwórz dokument</source>
        <translation>&amp;Open document</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/settling_documents.py" line="52"/>
        <source>Usuń &amp;dokument…</source>
        <translation>Remove &amp;document…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/settling_documents.py" line="98"/>
        <source>Usunąć dokument?</source>
        <translation>Remove the document?</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/network/settling_documents.py" line="100"/>
        <source>Usunąć dokument „{name}” z działania? Zniknie z listy dokumentów rozliczających po zapisaniu działania.</source>
        <translation>Remove the document “{name}” from the activity? It leaves the list of settling documents when the activity is saved.</translation>
    </message>
</context>
<context>
    <name>SharedSaves</name>
    <message>
        <location filename="../../pim_desktop/ui/applications/shared_saves.py" line="152"/>
        <source>inna osoba</source>
        <translation>someone else</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/shared_saves.py" line="134"/>
        <source>Nie zapisano: te same pola zmienił(a) {who}. Twoje zmiany są w oknie; zapisz (Ctrl+S), aby znów wybrać wersje.</source>
        <translation>Not saved: {who} changed the same fields. Your changes are in the window; save (Ctrl+S) to choose the versions again.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/shared_saves.py" line="142"/>
        <source>Nie zapisano: {who} w tej chwili znów zmienił(a) te pola. Twoje wybory są w oknie; zapisz (Ctrl+S), aby porównać je z nową wersją.</source>
        <translation>Not saved: {who} has just changed these fields again. Your choices are in the window; save (Ctrl+S) to compare them with the new version.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../pim_desktop/ui/help/shortcuts_dialog.py" line="45"/>
        <source>Skróty klawiszowe</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/help/shortcuts_dialog.py" line="52"/>
        <source>Polecenie</source>
        <translation>Command</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/help/shortcuts_dialog.py" line="52"/>
        <source>Klawisze</source>
        <translation>Keys</translation>
    </message>
</context>
<context>
    <name>SignWizard</name>
    <message>
        <location filename="../../pim_desktop/ui/signing/sign_wizard.py" line="51"/>
        <location filename="../../pim_desktop/ui/signing/sign_wizard.py" line="52"/>
        <source>Podpisz elektronicznie</source>
        <translation>Sign electronically</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/signing/sign_wizard.py" line="54"/>
        <source>&amp;Dalej &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/signing/sign_wizard.py" line="55"/>
        <source>&lt; &amp;Wstecz</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/signing/sign_wizard.py" line="56"/>
        <source>&amp;Podpisz</source>
        <translation>&amp;Sign</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/signing/sign_wizard.py" line="104"/>
        <source>P&amp;rzerwij podpisywanie</source>
        <translation>S&amp;top signing</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/signing/sign_wizard.py" line="104"/>
        <source>Anuluj</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/signing/wording.py" line="20"/>
        <source>Nie udało się. Szczegóły zapisano w dzienniku programu.</source>
        <translation>That did not work. The details are in the program log.</translation>
    </message>
</context>
<context>
    <name>SignatureActions</name>
    <message>
        <location filename="../../pim_desktop/ui/signing/signature_actions.py" line="64"/>
        <source>&amp;Zapisz do podpisu…</source>
        <translation>Save for si&amp;gning…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/signing/signature_actions.py" line="65"/>
        <source>Wczytaj podpisany p&amp;lik…</source>
        <translation>&amp;Load signed file…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/signing/signature_actions.py" line="66"/>
        <source>Sprawdź po&amp;dpis…</source>
        <translation>Chec&amp;k signature…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/signing/signature_actions.py" line="111"/>
        <source>Kolejny podpis</source>
        <translation>Further signature</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/signing/signature_actions.py" line="113"/>
        <source>Wniosek jest już podpisany. Dodać kolejny podpis (np. drugiej osoby) do podpisanego pliku? Dotychczasowe podpisy pozostaną ważne.</source>
        <translation>The application is already signed. Add a further signature (e.g. a second person&apos;s) to the signed file? The existing signatures stay valid.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/signing/signature_actions.py" line="103"/>
        <source>Wniosek podpisano i zapisano przy nim podpisany plik; wniosek jest zamrożony. Kopia do wysłania: {file}</source>
        <translation>The application was signed and the signed file is kept with it; the application is frozen. Copy for sending: {file}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/signing/signature_actions.py" line="129"/>
        <source>Zapisz wniosek do podpisu</source>
        <translation>Save the application for signing</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/signing/signature_actions.py" line="131"/>
        <location filename="../../pim_desktop/ui/signing/signature_actions.py" line="156"/>
        <location filename="../../pim_desktop/ui/signing/signature_actions.py" line="186"/>
        <source>Pliki PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/signing/signature_actions.py" line="143"/>
        <source>Zapisano {file}. Podpisz ten plik w programie dostawcy podpisu, Adobe Reader lub na podpis.gov.pl (jako PAdES, bez zmieniania treści), a potem wczytaj podpisany plik.</source>
        <translation>Saved {file}. Sign this file in your signature provider&apos;s program, Adobe Reader or podpis.gov.pl (as PAdES, without changing its content), then load the signed file.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/signing/signature_actions.py" line="156"/>
        <source>Wczytaj podpisany plik</source>
        <translation>Load the signed file</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/signing/signature_actions.py" line="163"/>
        <source>Sprawdzanie podpisanego pliku</source>
        <translation>Checking the signed file</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/signing/signature_actions.py" line="170"/>
        <source>Podpisany plik zapisano przy wniosku; wniosek jest podpisany i zamrożony.</source>
        <translation>The signed file is kept with the application; the application is signed and frozen.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/signing/signature_actions.py" line="186"/>
        <source>Sprawdź podpis pliku</source>
        <translation>Check a file&apos;s signature</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/signing/signature_actions.py" line="192"/>
        <source>Sprawdzanie podpisu</source>
        <translation>Checking the signature</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/signing/signature_actions.py" line="206"/>
        <source>Wybierz wniosek z listy.</source>
        <translation>Choose an application in the list.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/signing/signature_actions.py" line="63"/>
        <source>Podpi&amp;sz elektronicznie…</source>
        <translation>&amp;Sign electronically…</translation>
    </message>
</context>
<context>
    <name>SigningPage</name>
    <message>
        <location filename="../../pim_desktop/ui/signing/signing_page.py" line="62"/>
        <location filename="../../pim_desktop/ui/signing/signing_page.py" line="115"/>
        <source>Krok 4 z 4: sprawdź i podpisz</source>
        <translation>Step 4 of 4: check and sign</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/signing/signing_page.py" line="68"/>
        <source>Podpisuję mimo to: podpisuje osoba upoważniona przez wnioskodawcę</source>
        <translation>Sign anyway: a person authorised by the applicant signs</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/signing/signing_page.py" line="75"/>
        <source>Podpisywanie</source>
        <translation>Signing</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/signing/signing_page.py" line="89"/>
        <source>Dokument:</source>
        <translation>Document:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/signing/signing_page.py" line="90"/>
        <source>Podpisujący:</source>
        <translation>Signer:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/signing/signing_page.py" line="91"/>
        <source>Rodzaj podpisu:</source>
        <translation>Kind of signature:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/signing/signing_page.py" line="92"/>
        <source>Powód i miejsce:</source>
        <translation>Reason and place:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/signing/signing_page.py" line="96"/>
        <source>Zapisz podpisany plik jako</source>
        <translation>Save the signed file as</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/signing/signing_page.py" line="98"/>
        <source>&amp;Zmień…</source>
        <translation>C&amp;hange…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/signing/signing_page.py" line="103"/>
        <source>Zapi&amp;sz jako:</source>
        <translation>Sa&amp;ve as:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/signing/signing_page.py" line="113"/>
        <source>Krok 3 z 3: sprawdź i podpisz</source>
        <translation>Step 3 of 3: check and sign</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/signing/signing_page.py" line="118"/>
        <source>(kolejny podpis)</source>
        <translation>(further signature)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/signing/signing_page.py" line="121"/>
        <source>{name}; wystawca: {issuer}; ważny do {until}</source>
        <translation>{name}; issuer: {issuer}; valid until {until}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/signing/signing_page.py" line="126"/>
        <source>PAdES B-T ze znacznikiem czasu z serwera {url}</source>
        <translation>PAdES B-T with a timestamp from {url}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/signing/signing_page.py" line="128"/>
        <source>PAdES B-B (bez znacznika czasu; program pracuje bez internetu)</source>
        <translation>PAdES B-B (no timestamp; the program works offline)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/signing/signing_page.py" line="153"/>
        <source>Zapisz podpisany plik</source>
        <translation>Save the signed file</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/signing/signing_page.py" line="155"/>
        <source>Pliki PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/signing/signing_page.py" line="186"/>
        <source>Podpisywanie… Czekam na znacznik czasu z serwera {url}.</source>
        <translation>Signing… Waiting for a timestamp from the server {url}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/signing/signing_page.py" line="190"/>
        <source>Podpisywanie…</source>
        <translation>Signing…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/signing/signing_page.py" line="200"/>
        <source>Podpisywanie wniosku</source>
        <translation>Signing the application</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/signing/signing_page.py" line="207"/>
        <source>Przerywanie podpisywania…</source>
        <translation>Stopping the signature…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/signing/signing_page.py" line="214"/>
        <source>Podpisano {moment}.</source>
        <translation>Signed {moment}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/signing/signing_page.py" line="227"/>
        <source>Podpisywanie przerwano: wniosek nie jest podpisany i nic nie zapisano. Możesz podpisać ponownie albo zamknąć okno.</source>
        <translation>Signing was stopped: the application is not signed and nothing was saved. You can sign again or close the window.</translation>
    </message>
</context>
<context>
    <name>SingleChoiceField</name>
    <message>
        <location filename="../../pim_desktop/ui/applications/form_fields/value_fields.py" line="121"/>
        <source>— wybierz —</source>
        <translation>— choose —</translation>
    </message>
</context>
<context>
    <name>SourcePage</name>
    <message>
        <location filename="../../pim_desktop/ui/signing/source_page.py" line="56"/>
        <source>Krok 1 z 4: gdzie jest certyfikat?</source>
        <translation>Step 1 of 4: where is the certificate?</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/signing/source_page.py" line="16"/>
        <source>&amp;Karta kryptograficzna lub token (także SimplySign)</source>
        <translation>&amp;Smart card or token (SimplySign too)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/signing/source_page.py" line="18"/>
        <source>Plik &amp;certyfikatu (.p12 lub .pfx)</source>
        <translation>&amp;Certificate file (.p12 or .pfx)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/signing/source_page.py" line="20"/>
        <source>Certyfikat z &amp;magazynu Windows</source>
        <translation>Certificate from the &amp;Windows store</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/signing/source_page.py" line="34"/>
        <source>Podpis kwalifikowany jest zwykle na karcie włożonej do czytnika albo w chmurze (Certum SimplySign). Plik .p12/.pfx to certyfikat zapisany na dysku.</source>
        <translation>A qualified signature usually sits on a card in a reader or in the cloud (Certum SimplySign). A .p12/.pfx file is a certificate stored on disk.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/signing/source_page.py" line="44"/>
        <source>Magazyn Windows zawiera certyfikaty, które sterownik karty zarejestrował w systemie; o PIN karty zapyta wtedy sam Windows.</source>
        <translation>The Windows store holds the certificates a card&apos;s driver registered with the system; Windows itself then asks for the card&apos;s PIN.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/signing/source_page.py" line="54"/>
        <source>Krok 1 z 3: gdzie jest certyfikat?</source>
        <translation>Step 1 of 3: where is the certificate?</translation>
    </message>
</context>
<context>
    <name>StakeholderMatrix</name>
    <message>
        <location filename="../../pim_desktop/ui/partnership/stakeholder_matrix.py" line="59"/>
        <source>Macierz interesariuszy: ważność i wpływ</source>
        <translation>Stakeholder matrix: importance and influence</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/stakeholder_matrix.py" line="156"/>
        <source>… i jeszcze {count}</source>
        <translation>… and {count} more</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/stakeholder_matrix.py" line="235"/>
        <source>Wpływ na sprawy miasta (1 — mały, 5 — duży)</source>
        <translation>Influence on city matters (1 — low, 5 — high)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/partnership/stakeholder_matrix.py" line="243"/>
        <source>Ważność dla wyzwania (1 — mała, 5 — duża)</source>
        <translation>Importance for the challenge (1 — low, 5 — high)</translation>
    </message>
</context>
<context>
    <name>StatusChanges</name>
    <message>
        <location filename="../../pim_desktop/ui/applications/status_changes.py" line="23"/>
        <source>Wniosek nr {id}: stan zmienił się z „{old}” na „{new}”.</source>
        <translation>Application no. {id}: the status changed from “{old}” to “{new}”.</translation>
    </message>
</context>
<context>
    <name>StepStrip</name>
    <message>
        <location filename="../../pim_desktop/ui/applications/step_strip.py" line="20"/>
        <source>Kroki wniosku</source>
        <translation>Steps of the application</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/step_strip.py" line="47"/>
        <source>Nie ma jeszcze wniosków. Zacznij od przycisku „Nowy wniosek…” w kroku 1.</source>
        <translation>There are no applications yet. Start with the “New application…” button in step 1.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/step_strip.py" line="56"/>
        <source>Wybierz wniosek na liście, aby zobaczyć, co z nim zrobić dalej.</source>
        <translation>Select an application in the list to see what to do with it next.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/step_strip.py" line="62"/>
        <source>{title}: wszystkie kroki zrobione, wniosek wysłany.</source>
        <translation>{title}: all steps done, the application is sent.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/step_strip.py" line="66"/>
        <source>{title}: następny krok — {step}.</source>
        <translation>{title}: next step — {step}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/step_strip.py" line="83"/>
        <source>zrobione</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/step_strip.py" line="85"/>
        <source>teraz</source>
        <translation>now</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/step_strip.py" line="87"/>
        <source>później</source>
        <translation>later</translation>
    </message>
</context>
<context>
    <name>StorePage</name>
    <message>
        <location filename="../../pim_desktop/ui/signing/store_page.py" line="42"/>
        <source>Krok 2 z 3: certyfikat z magazynu Windows</source>
        <translation>Step 2 of 3: certificate from the Windows store</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/signing/store_page.py" line="46"/>
        <source>Certyfikaty w magazynie Windows</source>
        <translation>Certificates in the Windows store</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/signing/store_page.py" line="50"/>
        <source>&amp;Certyfikaty:</source>
        <translation>&amp;Certificates:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/signing/store_page.py" line="52"/>
        <source>&amp;Odśwież</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/signing/store_page.py" line="63"/>
        <source>Kwalifikowane certyfikaty są na początku listy. O PIN karty Windows zapyta we własnym oknie; program go nie widzi i nie zapamiętuje.</source>
        <translation>Qualified certificates come first. Windows asks for the card&apos;s PIN in its own window; the program never sees it and keeps nothing.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/signing/store_page.py" line="83"/>
        <source>Odczytywanie certyfikatów z magazynu Windows…</source>
        <translation>Reading the certificates of the Windows store…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/signing/store_page.py" line="88"/>
        <source>Odczytywanie magazynu certyfikatów</source>
        <translation>Reading the certificate store</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/signing/store_page.py" line="98"/>
        <source>W magazynie Windows nie ma certyfikatu do podpisu z kluczem prywatnym. Sprawdź, czy karta jest w czytniku, albo wybierz inne źródło certyfikatu.</source>
        <translation>The Windows store holds no signing certificate with a private key. Check that the card is in its reader, or choose another place for the certificate.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/signing/store_page.py" line="122"/>
        <source>{name} — wystawca: {issuer}, ważny do {until}</source>
        <translation>{name} — issuer: {issuer}, valid until {until}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/signing/store_page.py" line="121"/>
        <source>kwalifikowany</source>
        <translation>qualified</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/signing/store_page.py" line="144"/>
        <source>Otwieranie klucza certyfikatu…</source>
        <translation>Opening the certificate&apos;s key…</translation>
    </message>
</context>
<context>
    <name>SubmissionDialog</name>
    <message>
        <location filename="../../pim_desktop/ui/applications/submission_dialog.py" line="39"/>
        <location filename="../../pim_desktop/ui/applications/submission_dialog.py" line="40"/>
        <source>Wniosek wysłany</source>
        <translation>Application sent</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/submission_dialog.py" line="45"/>
        <source>Po wysłaniu wniosek zostanie zamrożony. Zmiany będą możliwe tylko w nowej wersji.</source>
        <translation>Once sent, the application will be frozen. Changes will only be possible in a new version.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/submission_dialog.py" line="54"/>
        <source>Data wysłania</source>
        <translation>Date sent</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/submission_dialog.py" line="59"/>
        <source>Kanał wysyłki</source>
        <translation>Sending channel</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/submission_dialog.py" line="63"/>
        <source>nie dodano</source>
        <translation>not added</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/submission_dialog.py" line="70"/>
        <source>Data wysłania:</source>
        <translation>Date sent:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/submission_dialog.py" line="71"/>
        <source>Kanał:</source>
        <translation>Channel:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/submission_dialog.py" line="77"/>
        <source>Aby program sprawdził, że ministerstwo otrzymało właśnie podpisany plik, wczytaj UPP razem z wysłanym dokumentem przyciskiem „Dowód złożenia…”.</source>
        <translation>For the program to check that the ministry received exactly the signed file, load the UPP together with the sent document with the “Proof of submission…” button.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/submission_dialog.py" line="91"/>
        <source>UPP:</source>
        <translation>UPP:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/submission_dialog.py" line="91"/>
        <source>Dodaj &amp;UPP…</source>
        <translation>Add &amp;UPP…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/submission_dialog.py" line="92"/>
        <source>Dodaj Urzędowe Poświadczenie Przedłożenia (UPP)</source>
        <translation>Add the Official Confirmation of Submission (UPP)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/submission_dialog.py" line="94"/>
        <source>Dowód wysłania:</source>
        <translation>Proof of sending:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/submission_dialog.py" line="94"/>
        <source>Dodaj &amp;dowód wysłania…</source>
        <translation>Add proof of &amp;sending…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/submission_dialog.py" line="95"/>
        <source>Dodaj dowód wysłania z e-Doręczeń</source>
        <translation>Add the proof of sending from e-Doręczenia</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/submission_dialog.py" line="97"/>
        <source>Potwierdzenie nadania:</source>
        <translation>Postal receipt:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/submission_dialog.py" line="97"/>
        <source>Dodaj &amp;potwierdzenie…</source>
        <translation>Add &amp;receipt…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/submission_dialog.py" line="98"/>
        <source>Dodaj skan potwierdzenia nadania lub złożenia</source>
        <translation>Add a scan of the postal or registry receipt</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/submission_dialog.py" line="107"/>
        <source>Wybierz potwierdzenie wysłania</source>
        <translation>Choose the confirmation of sending</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/submission_dialog.py" line="108"/>
        <source>Potwierdzenia (*.xml *.pdf);;Wszystkie pliki (*)</source>
        <translation>Confirmations (*.xml *.pdf);;All files (*)</translation>
    </message>
</context>
<context>
    <name>TableField</name>
    <message>
        <location filename="../../pim_desktop/ui/applications/form_fields/compound_fields.py" line="115"/>
        <source>&amp;Dodaj wiersz</source>
        <translation>&amp;Add row</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/form_fields/compound_fields.py" line="116"/>
        <source>&amp;Usuń wiersz</source>
        <translation>&amp;Remove row</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/form_fields/compound_fields.py" line="117"/>
        <source>W &amp;górę</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/form_fields/compound_fields.py" line="118"/>
        <source>W d&amp;ół</source>
        <translation>Move &amp;down</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/form_fields/compound_fields.py" line="124"/>
        <source>Pobierz z &amp;rejestru…</source>
        <translation>From the &amp;register…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/form_fields/compound_fields.py" line="127"/>
        <source>Wybierz członków z rejestru Lokalnego Partnerstwa zamiast przepisywać</source>
        <translation>Pick members from the Local Partnership register instead of retyping them</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/form_fields/compound_fields.py" line="204"/>
        <source>— wybierz —</source>
        <translation>— choose —</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <location filename="../../pim_desktop/ui/meetings/task_dialog.py" line="34"/>
        <source>Nowe zadanie</source>
        <translation>New task</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meetings/task_dialog.py" line="34"/>
        <source>Zadanie</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meetings/task_dialog.py" line="49"/>
        <source>— ktoś spoza rejestru (wpisz niżej) —</source>
        <translation>— someone outside the register (type below) —</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meetings/task_dialog.py" line="55"/>
        <source>podano</source>
        <translation>given</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meetings/task_dialog.py" line="55"/>
        <source>Termin zadania</source>
        <translation>Task due date</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meetings/task_dialog.py" line="57"/>
        <source>wykonane</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meetings/task_dialog.py" line="57"/>
        <source>Data wykonania zadania</source>
        <translation>Date the task was done</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meetings/task_dialog.py" line="60"/>
        <source>Zad&amp;anie:</source>
        <translation>&amp;Task:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meetings/task_dialog.py" line="61"/>
        <source>&amp;Odpowiada:</source>
        <translation>&amp;Responsible:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meetings/task_dialog.py" line="62"/>
        <source>&amp;Inna osoba:</source>
        <translation>&amp;Other person:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meetings/task_dialog.py" line="68"/>
        <source>Termin:</source>
        <translation>Due:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meetings/task_dialog.py" line="69"/>
        <source>Wykonano:</source>
        <translation>Done:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meetings/task_dialog.py" line="73"/>
        <source>&amp;Zapisz</source>
        <translation>&amp;Save</translation>
    </message>
</context>
<context>
    <name>TaskList</name>
    <message>
        <location filename="../../pim_desktop/ui/meetings/task_list.py" line="37"/>
        <source>Zadania ze spotkania</source>
        <translation>Tasks from the meeting</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meetings/task_list.py" line="39"/>
        <source>Zadanie</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meetings/task_list.py" line="39"/>
        <source>Odpowiada</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meetings/task_list.py" line="39"/>
        <source>Termin</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meetings/task_list.py" line="39"/>
        <source>Stan</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meetings/task_list.py" line="56"/>
        <source>Dodaj &amp;zadanie…</source>
        <translation>Add &amp;task…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meetings/task_list.py" line="58"/>
        <source>Edytuj zadanie…</source>
        <translation>Edit task…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meetings/task_list.py" line="63"/>
        <source>Oznacz jako &amp;wykonane</source>
        <translation>Mark as &amp;done</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meetings/task_list.py" line="68"/>
        <source>Usuń zadanie</source>
        <translation>Remove task</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meetings/task_list.py" line="83"/>
        <source>wykonane {date}</source>
        <translation>done {date}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meetings/task_list.py" line="85"/>
        <source>PO TERMINIE</source>
        <translation>OVERDUE</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/meetings/task_list.py" line="87"/>
        <source>otwarte</source>
        <translation>open</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../pim_desktop/ui/common/task_runner.py" line="179"/>
        <source>Nie udało się zapisać ani odczytać pliku: {reason}</source>
        <translation>The file could not be written or read: {reason}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/common/task_runner.py" line="184"/>
        <source>Nie udało się wykonać zadania. Szczegóły zapisano w dzienniku programu.</source>
        <translation>The task could not be done. The details are in the program log.</translation>
    </message>
</context>
<context>
    <name>TeamConnectionLine</name>
    <message>
        <location filename="../../pim_desktop/ui/safety/team_connection_line.py" line="55"/>
        <source>Połączenie z bazą zespołu</source>
        <translation>Connection to the team database</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/team_connection_line.py" line="68"/>
        <source>Ostrzeżenie</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/team_connection_line.py" line="75"/>
        <source>Zapisz oczeku&amp;jące zmiany do pliku .pim…</source>
        <translation>Save the &amp;waiting changes to a .pim file…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/team_connection_line.py" line="77"/>
        <source>Zapisz oczekujące zmiany do pliku .pim</source>
        <translation>Save the waiting changes to a .pim file</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/team_connection_line.py" line="103"/>
        <source>Oczekujące: {count}.</source>
        <translation>Waiting: {count}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/team_connection_line.py" line="107"/>
        <source>Oczekujących zmian: {count} baza zespołu nie przyjmie (wniosek podpisano, wysłano albo usunięto). Zapisz je do pliku .pim, aby ich nie stracić.</source>
        <translation>The team database will not take {count} waiting changes (the application was signed, sent or removed). Save them to a .pim file so they are not lost.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/team_connection_line.py" line="112"/>
        <source>Brak połączenia z bazą zespołu (serwer {server}). Zmiany zapisuję na tym komputerze — oczekujące: {count}. Zapiszę je, gdy serwer wróci.</source>
        <translation>No connection to the team database (server {server}). Changes are kept on this computer — waiting: {count}. They will be saved when the server is back.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/team_connection_line.py" line="151"/>
        <source>tego zapisu nie ma już w bazie zespołu.</source>
        <translation>this record is no longer in the team database.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/team_connection_line.py" line="154"/>
        <source>Baza zespołu nie przyjęła zmian czekających na tym komputerze ({count}): {reasons} Zostały odłożone w folderze danych (team-journal/refused) i nie będą ponawiane.</source>
        <translation>The team database did not accept changes waiting on this computer ({count}): {reasons} They were set aside in the data folder (team-journal/refused) and will not be tried again.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/team_connection_line.py" line="186"/>
        <source>Zmiany, których plik .pim nie przenosi</source>
        <translation>Changes a .pim file does not carry</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/team_connection_line.py" line="188"/>
        <source>Zmian członków, spotkań, obecności i działań planu (oczekujących: {count}) nie można zapisać w pliku .pim. Zostają na tym komputerze i zostaną zapisane w bazie zespołu, gdy serwer odpowie; nie usuwaj do tego czasu folderu danych.</source>
        <translation>Changes to members, meetings, attendance and plan actions (waiting: {count}) cannot be saved in a .pim file. They stay on this computer and will be saved in the team database when the server answers; do not delete the data folder until then.</translation>
    </message>
</context>
<context>
    <name>TeamDatabaseBox</name>
    <message>
        <location filename="../../pim_desktop/ui/safety/team_database_box.py" line="32"/>
        <source>Baza zespołu tylko do odczytu</source>
        <translation>Team database read-only</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/team_database_box.py" line="48"/>
        <location filename="../../pim_desktop/ui/safety/team_database_box.py" line="49"/>
        <source>Baza zespołu</source>
        <translation>Team database</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/team_database_box.py" line="53"/>
        <source>Teraz otwarta: baza zespołu {address}.</source>
        <translation>Open now: the team database {address}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/team_database_box.py" line="55"/>
        <source>Teraz otwarte: dane tego komputera.</source>
        <translation>Open now: this computer&apos;s data.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/team_database_box.py" line="60"/>
        <source>&amp;Serwer:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/team_database_box.py" line="62"/>
        <source>P&amp;ort:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/team_database_box.py" line="64"/>
        <source>&amp;Baza danych:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/team_database_box.py" line="65"/>
        <source>Uż&amp;ytkownik:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/team_database_box.py" line="66"/>
        <source>&amp;Hasło:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/team_database_box.py" line="69"/>
        <source>Sprawdź połącz&amp;enie</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/team_database_box.py" line="71"/>
        <source>Zapamiętaj i używaj od następnego uruchomienia</source>
        <translation>Remember and use from the next start</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/team_database_box.py" line="73"/>
        <source>Wróć do danych tego komputera</source>
        <translation>Go back to this computer&apos;s data</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/team_database_box.py" line="106"/>
        <source>⚠ Podaj serwer, port, nazwę bazy danych i użytkownika.</source>
        <translation>⚠ Enter the server, port, database name and user.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/team_database_box.py" line="111"/>
        <source>Sprawdzam połączenie z serwerem {host}…</source>
        <translation>Checking the connection to the server {host}…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/team_database_box.py" line="124"/>
        <source>Sprawdzanie połączenia z bazą zespołu</source>
        <translation>Checking the connection to the team database</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/team_database_box.py" line="133"/>
        <source>Połączenie działa.</source>
        <translation>The connection works.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/team_database_box.py" line="145"/>
        <source>Zapamiętano. Program otworzy bazę zespołu przy następnym uruchomieniu; hasło jest w magazynie haseł systemu, nie w pliku.</source>
        <translation>Remembered. The program opens the team database at its next start; the password is kept in the system&apos;s password store, not in a file.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/safety/team_database_box.py" line="154"/>
        <source>Przy następnym uruchomieniu program otworzy dane tego komputera.</source>
        <translation>At its next start the program opens this computer&apos;s data.</translation>
    </message>
</context>
<context>
    <name>TokenPage</name>
    <message>
        <location filename="../../pim_desktop/ui/signing/token_page.py" line="61"/>
        <source>Krok 2 z 4: karta i certyfikat</source>
        <translation>Step 2 of 4: card and certificate</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/signing/token_page.py" line="67"/>
        <source>Karta</source>
        <translation>Card</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/signing/token_page.py" line="69"/>
        <source>&amp;Karta:</source>
        <translation>&amp;Card:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/signing/token_page.py" line="75"/>
        <source>Certyfikaty na karcie</source>
        <translation>Certificates on the card</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/signing/token_page.py" line="77"/>
        <source>&amp;Certyfikaty:</source>
        <translation>&amp;Certificates:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/signing/token_page.py" line="89"/>
        <source>Biblioteka karty</source>
        <translation>Card library</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/signing/token_page.py" line="94"/>
        <source>(wersja {bits}-bitowa, nie zadziała)</source>
        <translation>({bits}-bit version, will not work)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/signing/token_page.py" line="98"/>
        <source>&amp;Inna biblioteka…</source>
        <translation>&amp;Other library…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/signing/token_page.py" line="101"/>
        <source>&amp;Odśwież</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/signing/token_page.py" line="108"/>
        <source>&amp;Biblioteka:</source>
        <translation>&amp;Library:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/signing/token_page.py" line="128"/>
        <source>Wskaż bibliotekę PKCS#11 karty</source>
        <translation>Choose the card&apos;s PKCS#11 library</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/signing/token_page.py" line="129"/>
        <source>Biblioteki (*.dll *.so *.dylib);;Wszystkie pliki (*)</source>
        <translation>Libraries (*.dll *.so *.dylib);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/signing/token_page.py" line="142"/>
        <source>Nie znaleziono bibliotek kart w zwykłych miejscach. Zainstaluj oprogramowanie dostawcy podpisu albo wskaż bibliotekę przyciskiem „Inna biblioteka…”.</source>
        <translation>No card libraries were found in the usual places. Install your signature provider&apos;s software or choose the library with “Other library…”.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/signing/token_page.py" line="151"/>
        <source>Szukanie kart i certyfikatów…</source>
        <translation>Looking for cards and certificates…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/signing/token_page.py" line="158"/>
        <source>Szukanie kart</source>
        <translation>Looking for cards</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/signing/token_page.py" line="202"/>
        <source>Została ostatnia próba wpisania PIN-u. Wpisz go uważnie.</source>
        <translation>One attempt at the PIN is left. Type it carefully.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/signing/token_page.py" line="206"/>
        <source>{name} — wystawca: {issuer}, ważny {validity}</source>
        <translation>{name} — issuer: {issuer}, valid {validity}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/signing/token_page.py" line="210"/>
        <source>(nie do podpisu)</source>
        <translation>(not for signing)</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../pim_desktop/ui/signing/verify_dialog.py" line="45"/>
        <location filename="../../pim_desktop/ui/signing/verify_dialog.py" line="46"/>
        <source>Sprawdzenie podpisu</source>
        <translation>Signature check</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/signing/verify_dialog.py" line="51"/>
        <source>Plik: {name} ({size} bajtów)
SHA-256: {sha256}</source>
        <translation>File: {name} ({size} bytes)
SHA-256: {sha256}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/signing/verify_dialog.py" line="68"/>
        <source>Podpis {number} z {total}</source>
        <translation>Signature {number} of {total}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/signing/verify_dialog.py" line="81"/>
        <source>Raport z weryfikacji</source>
        <translation>Verification report</translation>
    </message>
</context>
<context>
    <name>VersionedEdit</name>
    <message>
        <location filename="../../pim_desktop/ui/common/versioned_edit.py" line="74"/>
        <source>Nie zapisano</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../pim_desktop/ui/window_actions.py" line="71"/>
        <source>&amp;Nowy wniosek…</source>
        <translation>&amp;New application…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/window_actions.py" line="75"/>
        <source>&amp;Importuj z pliku .pim…</source>
        <translation>&amp;Import from a .pim file…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/window_actions.py" line="80"/>
        <source>&amp;Eksportuj wszystkie dane do pliku .pim…</source>
        <translation>&amp;Export all data to a .pim file…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/window_actions.py" line="84"/>
        <source>Utwórz &amp;kopię zapasową teraz</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/window_actions.py" line="89"/>
        <source>&amp;Zakończ</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/window_actions.py" line="92"/>
        <source>&amp;Podręcznik</source>
        <translation>&amp;Manual</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/window_actions.py" line="97"/>
        <source>&amp;Skróty klawiszowe</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/window_actions.py" line="100"/>
        <source>Otwórz &amp;folder danych</source>
        <translation>Open the &amp;data folder</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/window_actions.py" line="103"/>
        <source>&amp;O programie</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/window_actions.py" line="109"/>
        <source>&amp;Plik</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/window_actions.py" line="114"/>
        <source>P&amp;rzejdź</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/window_actions.py" line="121"/>
        <source>Pomo&amp;c</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/window_actions.py" line="128"/>
        <source>Pasek narzędzi</source>
        <translation>Toolbar</translation>
    </message>
</context>
<context>
    <name>WizardTasks</name>
    <message>
        <location filename="../../pim_desktop/ui/signing/wizard_tasks.py" line="88"/>
        <source>Zamykanie sesji karty</source>
        <translation>Closing the card session</translation>
    </message>
</context>
<context>
    <name>_CountedText</name>
    <message>
        <location filename="../../pim_desktop/ui/applications/form_fields/text_fields.py" line="46"/>
        <source>Liczba znaków: {count}</source>
        <translation>Characters: {count}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/form_fields/text_fields.py" line="48"/>
        <source>{count} / {limit} znaków</source>
        <translation>{count} / {limit} characters</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/applications/form_fields/text_fields.py" line="52"/>
        <source>przekroczono limit o {over}</source>
        <translation>limit exceeded by {over}</translation>
    </message>
</context>
<context>
    <name>domain</name>
    <message>
        <location filename="../../pim_desktop/domain/city.py" line="28"/>
        <source>miasto na prawach powiatu</source>
        <translation>city with county rights</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/city.py" line="29"/>
        <source>gmina miejska</source>
        <translation>urban gmina</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/city.py" line="30"/>
        <source>gmina miejsko-wiejska</source>
        <translation>urban-rural gmina</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/city.py" line="31"/>
        <source>związek / porozumienie obszaru funkcjonalnego</source>
        <translation>union / agreement of a functional urban area</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/city.py" line="34"/>
        <source>jednostka miejska</source>
        <translation>city unit</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/city.py" line="88"/>
        <source>prezydent miasta</source>
        <translation>city president (mayor)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/city.py" line="89"/>
        <source>burmistrz</source>
        <translation>burmistrz (mayor)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/city.py" line="90"/>
        <source>wójt</source>
        <translation>wójt (head of gmina)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/city.py" line="91"/>
        <source>osoba upoważniona</source>
        <translation>authorised person</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/city.py" line="159"/>
        <source>NIP „{value}” jest błędny: musi mieć 10 cyfr i poprawną cyfrę kontrolną.</source>
        <translation>NIP “{value}” is wrong: it must have 10 digits and a correct check digit.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/city.py" line="171"/>
        <source>REGON „{value}” jest błędny: musi mieć 9 lub 14 cyfr i poprawną cyfrę kontrolną.</source>
        <translation>REGON “{value}” is wrong: it must have 9 or 14 digits and a correct check digit.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/city.py" line="188"/>
        <source>Kod TERYT „{value}” jest błędny: gmina ma kod z 7 cyfr (województwo, powiat, gmina, rodzaj gminy).</source>
        <translation>TERYT code “{value}” is wrong: a gmina has a 7-digit code (voivodeship, county, gmina, type of gmina).</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/city.py" line="196"/>
        <source>Kod TERYT „{value}” należy do innego województwa niż wybrane ({voivodeship}).</source>
        <translation>TERYT code “{value}” belongs to another voivodeship than the one chosen ({voivodeship}).</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/city.py" line="208"/>
        <source>Kod pocztowy „{value}” ma mieć postać 00-000.</source>
        <translation>Postal code “{value}” must look like 00-000.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/city.py" line="214"/>
        <source>Adres do e-Doręczeń „{value}” ma mieć postać AE:PL-12345-67890-ABCDE-12.</source>
        <translation>e-Delivery address “{value}” must look like AE:PL-12345-67890-ABCDE-12.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/contact_checks.py" line="15"/>
        <source>Adres e-mail „{value}” jest niepoprawny.</source>
        <translation>E-mail address “{value}” is not valid.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/contact_checks.py" line="16"/>
        <source>Numer telefonu „{value}” jest niepoprawny: podaj co najmniej 9 cyfr.</source>
        <translation>Phone number “{value}” is not valid: give at least 9 digits.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/city.py" line="231"/>
        <source>Liczba mieszkańców musi być większa od zera.</source>
        <translation>The population must be greater than zero.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/city.py" line="235"/>
        <source>Rok danych o liczbie mieszkańców musi być z lat 1990–{year}.</source>
        <translation>The year of the population figure must be between 1990 and {year}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/errors.py" line="127"/>
        <source>Nie udało się zapisać: na dysku zabrakło miejsca. Zwolnij miejsce, a zapis zostanie ponowiony; to, co wpisano, zostaje w oknie.</source>
        <translation>Could not save: the disk is full. Free some space and saving will be retried; what you typed stays in the window.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/errors.py" line="132"/>
        <source>Nie udało się zapisać: dane są otwarte tylko do odczytu albo folder danych nie pozwala na zapis. To, co wpisano, zostaje w oknie; zapis zostanie ponowiony.</source>
        <translation>Could not save: the data are open read-only or the data folder does not allow writing. What you typed stays in the window; saving will be retried.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/errors.py" line="137"/>
        <source>Nie udało się zapisać: system nie pozwolił na zapis w folderze danych (brak uprawnień, odłączony dysk sieciowy lub wymienny). To, co wpisano, zostaje w oknie; zapis zostanie ponowiony.</source>
        <translation>Could not save: the system did not allow writing to the data folder (no permission, or a disconnected network or removable drive). What you typed stays in the window; saving will be retried.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/errors.py" line="143"/>
        <source>Nie udało się zapisać: baza danych jest zajęta przez inny program. Spróbuj za chwilę.</source>
        <translation>Could not save: the database is busy in another program. Try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/errors.py" line="157"/>
        <source>Nie udało się odczytać lub zapisać danych. Szczegóły zapisano w dzienniku programu.</source>
        <translation>The data could not be read or written. Details were written to the program&apos;s log.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/action_plan.py" line="28"/>
        <location filename="../../pim_desktop/domain/application.py" line="25"/>
        <source>roboczy</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/action_plan.py" line="29"/>
        <source>konsultowany</source>
        <translation>under consultation</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/action_plan.py" line="30"/>
        <source>przyjęty</source>
        <translation>adopted</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/action_plan.py" line="45"/>
        <source>Streszczenie</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/action_plan.py" line="46"/>
        <source>Kontekst i diagnoza</source>
        <translation>Context and diagnosis</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/action_plan.py" line="47"/>
        <source>Interesariusze i udział Lokalnego Partnerstwa</source>
        <translation>Stakeholders and the Local Partnership&apos;s part</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/action_plan.py" line="50"/>
        <source>Wizja i cele</source>
        <translation>Vision and objectives</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/action_plan.py" line="51"/>
        <source>Wnioski z pracy w sieci</source>
        <translation>Lessons from the network</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/action_plan.py" line="71"/>
        <source>cel ogólny</source>
        <translation>general objective</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/action_plan.py" line="72"/>
        <source>cel szczegółowy</source>
        <translation>specific objective</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/action_plan.py" line="84"/>
        <source>inwestycyjne</source>
        <translation>investment</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/action_plan.py" line="85"/>
        <source>miękkie / organizacyjne</source>
        <translation>soft / organisational</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/action_plan.py" line="86"/>
        <source>regulacyjne</source>
        <translation>regulatory</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/action_plan.py" line="87"/>
        <source>pilotażowe</source>
        <translation>pilot</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/action_plan.py" line="99"/>
        <location filename="../../pim_desktop/domain/action_plan.py" line="147"/>
        <location filename="../../pim_desktop/domain/network_activity.py" line="43"/>
        <source>planowane</source>
        <translation>planned</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/action_plan.py" line="100"/>
        <source>w realizacji</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/action_plan.py" line="101"/>
        <source>zakończone</source>
        <translation>completed</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/action_plan.py" line="102"/>
        <source>zaniechane</source>
        <translation>abandoned</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/action_plan.py" line="115"/>
        <source>niski</source>
        <translation>low</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/action_plan.py" line="116"/>
        <source>średni</source>
        <translation>medium</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/action_plan.py" line="117"/>
        <source>wysoki</source>
        <translation>high</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/action_plan.py" line="130"/>
        <source>budżet miasta</source>
        <translation>city budget</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/action_plan.py" line="131"/>
        <source>program UE</source>
        <translation>EU programme</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/action_plan.py" line="132"/>
        <source>program krajowy</source>
        <translation>national programme</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/action_plan.py" line="133"/>
        <source>partner prywatny / PPP</source>
        <translation>private partner / PPP</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/action_plan.py" line="148"/>
        <source>złożony wniosek</source>
        <translation>application submitted</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/action_plan.py" line="149"/>
        <source>zapewnione</source>
        <translation>secured</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/action_plan.py" line="159"/>
        <source>produktu</source>
        <translation>output</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/action_plan.py" line="160"/>
        <source>rezultatu</source>
        <translation>result</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/action_plan.py" line="291"/>
        <source>Podaj kod działania (np. D1).</source>
        <translation>Enter the code of the action (e.g. D1).</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/action_plan.py" line="294"/>
        <source>Podaj tytuł działania.</source>
        <translation>Enter the title of the action.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/action_plan.py" line="297"/>
        <source>Działanie nie może kończyć się przed miesiącem rozpoczęcia.</source>
        <translation>An action cannot end before the month it starts.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/action_plan.py" line="302"/>
        <source>Koszt nie może być ujemny.</source>
        <translation>The cost cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/action_plan.py" line="306"/>
        <source>Źródło finansowania nr {number}: podaj nazwę programu.</source>
        <translation>Funding source {number}: enter the name of the programme.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/action_plan.py" line="311"/>
        <source>Źródło finansowania nr {number}: kwota nie może być ujemna.</source>
        <translation>Funding source {number}: the amount cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/action_plan.py" line="317"/>
        <source>Wskaźnik nr {number}: podaj jego nazwę.</source>
        <translation>Indicator {number}: enter its name.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/action_plan.py" line="321"/>
        <source>Ryzyko nr {number}: opisz je.</source>
        <translation>Risk {number}: describe it.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/action_plan.py" line="339"/>
        <source>Horyzont planu musi kończyć się nie wcześniej, niż się zaczyna.</source>
        <translation>The plan&apos;s horizon cannot end before it starts.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/action_plan.py" line="352"/>
        <source>Cel {code}: wpisz jego treść.</source>
        <translation>Objective {code}: enter its text.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/action_plan.py" line="356"/>
        <source>Kod celu {code} powtarza się.</source>
        <translation>The objective code {code} is used twice.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/action_plan.py" line="384"/>
        <source>Wpisz miesiąc jako MM.RRRR, np. 03.2026.</source>
        <translation>Enter the month as MM.YYYY, e.g. 03.2026.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/action_plan.py" line="399"/>
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
        <location filename="../../pim_desktop/domain/application.py" line="116"/>
        <source>Ten wniosek jest podpisany lub wysłany i nie może się zmienić. Aby coś poprawić, utwórz nową wersję.</source>
        <translation>This application is signed or sent and cannot change. To correct something, create a new version.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/problem_codes.py" line="44"/>
        <source>To pole jest wymagane.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/problem_codes.py" line="45"/>
        <source>Tekst jest za długi – liczba znaków ze spacjami: {count}, limit: {limit}.</source>
        <translation>The text is too long – characters with spaces: {count}, limit: {limit}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/problem_codes.py" line="48"/>
        <source>Nieprawidłowa data „{value}” – oczekiwano daty w postaci RRRR-MM-DD.</source>
        <translation>Invalid date “{value}” – expected a date in the form YYYY-MM-DD.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/problem_codes.py" line="51"/>
        <source>Nieprawidłowy zapis liczby „{value}” – oczekiwano samych cyfr, z kropką oddzielającą część ułamkową, bez spacji.</source>
        <translation>Invalid number “{value}” – expected digits only, with a dot separating the decimal part, and no spaces.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/problem_codes.py" line="56"/>
        <source>Wartość musi być liczbą całkowitą.</source>
        <translation>The value must be a whole number.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/problem_codes.py" line="57"/>
        <source>Za dużo cyfr po przecinku – dozwolona liczba cyfr: {decimals}.</source>
        <translation>Too many digits after the decimal point – digits allowed: {decimals}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/problem_codes.py" line="60"/>
        <source>Kwotę podaje się z dokładnością do grosza – najwyżej dwie cyfry po przecinku.</source>
        <translation>Amounts are given to the nearest grosz – at most two digits after the decimal point.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/problem_codes.py" line="63"/>
        <source>Wartość nie może być mniejsza niż {min}.</source>
        <translation>The value cannot be less than {min}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/problem_codes.py" line="64"/>
        <source>Wartość nie może być większa niż {max}.</source>
        <translation>The value cannot be greater than {max}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/problem_codes.py" line="65"/>
        <source>Data nie może być wcześniejsza niż {min}.</source>
        <translation>The date cannot be earlier than {min}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/problem_codes.py" line="66"/>
        <source>Data nie może być późniejsza niż {max}.</source>
        <translation>The date cannot be later than {max}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/problem_codes.py" line="67"/>
        <source>Wartość „{value}” nie należy do listy dostępnych odpowiedzi.</source>
        <translation>The value “{value}” is not one of the available options.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/problem_codes.py" line="70"/>
        <source>Zaznaczonych odpowiedzi: {count}, dozwolone najwyżej: {max}.</source>
        <translation>Options selected: {count}, maximum allowed: {max}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/problem_codes.py" line="73"/>
        <source>Zaznacz to oświadczenie – bez niego zgłoszenia nie można złożyć.</source>
        <translation>Tick this declaration – without it the application cannot be submitted.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/problem_codes.py" line="76"/>
        <source>Wypełnionych wierszy: {count}, wymagane co najmniej: {min}.</source>
        <translation>Rows filled in: {count}, minimum required: {min}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/problem_codes.py" line="79"/>
        <source>Wypełnionych wierszy: {count}, dozwolone najwyżej: {max}.</source>
        <translation>Rows filled in: {count}, maximum allowed: {max}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/problem_codes.py" line="82"/>
        <source>Nieprawidłowy adres e-mail „{value}”.</source>
        <translation>Invalid e-mail address “{value}”.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/problem_codes.py" line="83"/>
        <source>Nieprawidłowy numer telefonu „{value}” – podaj co najmniej 9 cyfr, np. +48 22 123 45 67.</source>
        <translation>Invalid phone number “{value}” – give at least 9 digits, e.g. +48 22 123 45 67.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/problem_codes.py" line="87"/>
        <source>Nieprawidłowy NIP „{value}” – numer ma 10 cyfr, z których ostatnia jest kontrolna.</source>
        <translation>Invalid NIP “{value}” – the number has 10 digits, the last of which is a check digit.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/problem_codes.py" line="90"/>
        <source>Nieprawidłowy REGON „{value}” – numer ma 9 albo 14 cyfr, z których ostatnia jest kontrolna.</source>
        <translation>Invalid REGON “{value}” – the number has 9 or 14 digits, the last of which is a check digit.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/problem_codes.py" line="94"/>
        <source>Nieprawidłowy kod TERYT „{value}” – identyfikator gminy ma 7 cyfr, np. 1465011.</source>
        <translation>Invalid TERYT code “{value}” – the gmina identifier has 7 digits, e.g. 1465011.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/problem_codes.py" line="97"/>
        <source>Nieprawidłowy adres skrytki ePUAP „{value}” – oczekiwano postaci /nazwa-urzedu/skrytka, np. /UMPrzykladowo/SkrytkaESP.</source>
        <translation>Invalid ePUAP mailbox address “{value}” – expected the form /office-name/mailbox, e.g. /UMPrzykladowo/SkrytkaESP.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/problem_codes.py" line="102"/>
        <source>Nieprawidłowy adres do doręczeń elektronicznych „{value}” – oczekiwano postaci AE:PL-00000-00000-ABCDE-00.</source>
        <translation>Invalid e-Delivery address “{value}” – expected the form AE:PL-00000-00000-ABCDE-00.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/problem_codes.py" line="107"/>
        <source>Dane załącznika są niekompletne – dodaj plik ponownie.</source>
        <translation>The attachment data is incomplete – add the file again.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/problem_codes.py" line="110"/>
        <source>Plik „{file_name}” ma niedozwolony rodzaj – dozwolone: {accept}.</source>
        <translation>The file “{file_name}” is of a type that is not allowed – allowed: {accept}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/problem_codes.py" line="113"/>
        <source>Zapisana wartość pola ma nieprawidłową postać – wprowadź ją ponownie.</source>
        <translation>The saved value of the field is in an invalid form – enter it again.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/problem_codes.py" line="116"/>
        <source>Data nie może być wcześniejsza niż data w polu „{start_label}” ({start}).</source>
        <translation>The date cannot be earlier than the date in the field “{start_label}” ({start}).</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/problem_codes.py" line="119"/>
        <source>Data musi być późniejsza niż data w polu „{start_label}” ({start}).</source>
        <translation>The date must be later than the date in the field “{start_label}” ({start}).</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/problem_codes.py" line="122"/>
        <source>Data nie może być późniejsza niż dzisiejsza ({today}).</source>
        <translation>The date cannot be later than today ({today}).</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/problem_codes.py" line="125"/>
        <source>Rok nie może być późniejszy niż bieżący ({year}).</source>
        <translation>The year cannot be later than the current year ({year}).</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/addresses.py" line="19"/>
        <source>wiersz {number}</source>
        <translation>row {number}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/addresses.py" line="20"/>
        <source>plik {number}</source>
        <translation>file {number}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/definition.py" line="116"/>
        <location filename="../../pim_desktop/domain/record_labels.py" line="40"/>
        <location filename="../../pim_desktop/domain/record_labels.py" line="109"/>
        <source>imię i nazwisko</source>
        <translation>full name</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/definition.py" line="117"/>
        <location filename="../../pim_desktop/domain/record_labels.py" line="41"/>
        <location filename="../../pim_desktop/domain/record_labels.py" line="110"/>
        <source>stanowisko</source>
        <translation>position</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/definition.py" line="118"/>
        <source>komórka organizacyjna</source>
        <translation>organisational unit</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/definition.py" line="119"/>
        <location filename="../../pim_desktop/domain/record_labels.py" line="43"/>
        <location filename="../../pim_desktop/domain/record_labels.py" line="112"/>
        <source>telefon</source>
        <translation>phone</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/definition.py" line="120"/>
        <source>adres e-mail</source>
        <translation>e-mail address</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/loader.py" line="47"/>
        <source>nie można odczytać pliku: {error}</source>
        <translation>cannot read the file: {error}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/loader.py" line="48"/>
        <source>plik nie jest zapisany w kodowaniu UTF-8</source>
        <translation>the file is not saved in UTF-8 encoding</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/load_node.py" line="21"/>
        <source>niepoprawny JSON w wierszu {line}, kolumnie {column}: {detail}</source>
        <translation>invalid JSON at line {line}, column {column}: {detail}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/load_node.py" line="24"/>
        <source>klucz &quot;{key}&quot; powtarza się w jednym obiekcie</source>
        <translation>the key &quot;{key}&quot; appears more than once in the same object</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/load_node.py" line="25"/>
        <source>oczekiwano obiektu JSON ({{…}})</source>
        <translation>a JSON object ({{…}}) was expected</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/load_node.py" line="26"/>
        <source>nieznany klucz &quot;{key}&quot;</source>
        <translation>unknown key &quot;{key}&quot;</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/load_node.py" line="27"/>
        <source> (czy chodziło o &quot;{suggestion}&quot;?)</source>
        <translation> (did you mean &quot;{suggestion}&quot;?)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/load_node.py" line="28"/>
        <source>brak wymaganego klucza &quot;{key}&quot;</source>
        <translation>the required key &quot;{key}&quot; is missing</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/load_node.py" line="29"/>
        <source>klucz &quot;{key}&quot; musi być tekstem</source>
        <translation>the key &quot;{key}&quot; must be text</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/load_node.py" line="30"/>
        <source>klucz &quot;{key}&quot; nie może być pusty</source>
        <translation>the key &quot;{key}&quot; cannot be empty</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/load_node.py" line="31"/>
        <source>klucz &quot;{key}&quot; musi mieć wartość true albo false</source>
        <translation>the key &quot;{key}&quot; must be true or false</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/load_node.py" line="32"/>
        <source>klucz &quot;{key}&quot; musi być liczbą całkowitą</source>
        <translation>the key &quot;{key}&quot; must be an integer</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/load_node.py" line="33"/>
        <source>klucz &quot;{key}&quot; musi wynosić co najmniej {minimum}</source>
        <translation>the key &quot;{key}&quot; must be at least {minimum}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/load_node.py" line="34"/>
        <source>klucz &quot;{key}&quot; musi być liczbą</source>
        <translation>the key &quot;{key}&quot; must be a number</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/load_node.py" line="35"/>
        <source>klucz &quot;{key}&quot; musi być listą</source>
        <translation>the key &quot;{key}&quot; must be a list</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/load_node.py" line="36"/>
        <source>lista &quot;{key}&quot; nie może być pusta</source>
        <translation>the list &quot;{key}&quot; cannot be empty</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/load_node.py" line="37"/>
        <source>klucz &quot;{key}&quot;: niepoprawna data &quot;{value}&quot; (oczekiwany format RRRR-MM-DD)</source>
        <translation>key &quot;{key}&quot;: invalid date &quot;{value}&quot; (expected format YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/loader.py" line="49"/>
        <source>nieobsługiwana wersja formatu {value} (obsługiwana: {supported})</source>
        <translation>unsupported format version {value} (supported: {supported})</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/load_node.py" line="40"/>
        <source>identyfikator formularza &quot;{value}&quot; może zawierać tylko małe litery, cyfry, - i _</source>
        <translation>the form identifier &quot;{value}&quot; may only contain lower-case letters, digits, - and _</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/loader.py" line="52"/>
        <source>wersja &quot;{value}&quot; musi składać się z liczb rozdzielonych kropkami, np. &quot;1.0&quot;</source>
        <translation>the version &quot;{value}&quot; must consist of numbers separated by dots, e.g. &quot;1.0&quot;</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/load_node.py" line="43"/>
        <source>identyfikator &quot;{value}&quot; musi być zapisany w stylu snake_case (małe litery, cyfry i _)</source>
        <translation>the identifier &quot;{value}&quot; must be written in snake_case (lower-case letters, digits and _)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/loader.py" line="55"/>
        <source>klucz &quot;years&quot; musi być parą lat [pierwszy, ostatni], np. [2021, 2023]</source>
        <translation>the key &quot;years&quot; must be a pair of years [first, last], e.g. [2021, 2023]</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/loader.py" line="58"/>
        <source>data &quot;{later}&quot; nie może być wcześniejsza niż data &quot;{earlier}&quot;</source>
        <translation>the date &quot;{later}&quot; cannot be earlier than the date &quot;{earlier}&quot;</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/load_fields.py" line="36"/>
        <source>nieznana rola &quot;{role}&quot; (dozwolone: {allowed})</source>
        <translation>unknown role &quot;{role}&quot; (allowed: {allowed})</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/loader.py" line="61"/>
        <source>identyfikator &quot;{value}&quot; powtarza się na liście</source>
        <translation>the identifier &quot;{value}&quot; appears more than once in the list</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/load_fields.py" line="37"/>
        <source>rola &quot;{role}&quot; nie należy do ról formularza ({allowed})</source>
        <translation>the role &quot;{role}&quot; is not one of the form&apos;s roles ({allowed})</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/load_fields.py" line="40"/>
        <source>rola &quot;{role}&quot; nie należy do ról sekcji ({allowed})</source>
        <translation>the role &quot;{role}&quot; is not one of the section&apos;s roles ({allowed})</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/load_visibility.py" line="23"/>
        <source>pole nie byłoby widoczne dla żadnej roli (jego role wykluczają role pola &quot;{field}&quot;)</source>
        <translation>the field would not be visible to any role (its roles have none in common with the roles of the field &quot;{field}&quot;)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/load_visibility.py" line="26"/>
        <source>sekcja o identyfikatorze lub numerze &quot;{value}&quot; występuje więcej niż raz</source>
        <translation>a section with the identifier or number &quot;{value}&quot; appears more than once</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/load_visibility.py" line="29"/>
        <source>pole &quot;{field}&quot; występuje w formularzu więcej niż raz (także w sekcji &quot;{other}&quot;)</source>
        <translation>the field &quot;{field}&quot; appears more than once in the form (also in the section &quot;{other}&quot;)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/load_fields.py" line="43"/>
        <source>kolumna &quot;{column}&quot; występuje w tabeli więcej niż raz</source>
        <translation>the column &quot;{column}&quot; appears more than once in the table</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/load_fields.py" line="46"/>
        <source>nieznany typ pola &quot;{value}&quot;</source>
        <translation>unknown field type &quot;{value}&quot;</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/load_fields.py" line="47"/>
        <source>klucz &quot;{key}&quot; nie dotyczy pól typu &quot;{type}&quot; (dotyczy typów: {types})</source>
        <translation>the key &quot;{key}&quot; does not apply to fields of type &quot;{type}&quot; (it applies to the types: {types})</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/load_fields.py" line="50"/>
        <source>typ &quot;{type}&quot; nie może być kolumną tabeli (dozwolone: {allowed})</source>
        <translation>the type &quot;{type}&quot; cannot be a table column (allowed: {allowed})</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/load_fields.py" line="53"/>
        <source>nieznany format tekstu &quot;{value}&quot; (dozwolone: {allowed})</source>
        <translation>unknown text format &quot;{value}&quot; (allowed: {allowed})</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/load_fields.py" line="56"/>
        <source>wartość &quot;min&quot; ({minimum}) jest większa niż &quot;max&quot; ({maximum})</source>
        <translation>the value &quot;min&quot; ({minimum}) is greater than &quot;max&quot; ({maximum})</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/load_fields.py" line="59"/>
        <source>klucz &quot;decimals&quot; musi być liczbą całkowitą od 0 do {maximum}</source>
        <translation>the key &quot;decimals&quot; must be an integer from 0 to {maximum}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/load_fields.py" line="62"/>
        <source>pole typu &quot;{type}&quot; wymaga listy &quot;choices&quot; albo klucza &quot;choices_from&quot;</source>
        <translation>a field of type &quot;{type}&quot; needs a &quot;choices&quot; list or a &quot;choices_from&quot; key</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/load_fields.py" line="65"/>
        <source>podaj albo listę &quot;choices&quot;, albo klucz &quot;choices_from&quot;, nie oba naraz</source>
        <translation>give either a &quot;choices&quot; list or a &quot;choices_from&quot; key, not both</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/load_fields.py" line="68"/>
        <source>nieznane źródło odpowiedzi &quot;{value}&quot; (dozwolone: {allowed})</source>
        <translation>unknown source of options &quot;{value}&quot; (allowed: {allowed})</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/load_fields.py" line="71"/>
        <source>wartość odpowiedzi &quot;{value}&quot; powtarza się na liście &quot;choices&quot;</source>
        <translation>the option value &quot;{value}&quot; appears more than once in the &quot;choices&quot; list</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/load_fields.py" line="74"/>
        <source>formularz ma &quot;one_network_per_city&quot;: true, więc wybór sieci musi być polem typu &quot;single_choice&quot;</source>
        <translation>the form has &quot;one_network_per_city&quot;: true, so the network choice must be a field of type &quot;single_choice&quot;</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/load_fields.py" line="79"/>
        <source>klucz &quot;max_selected&quot; ({value}) przekracza liczbę odpowiedzi ({count})</source>
        <translation>the key &quot;max_selected&quot; ({value}) exceeds the number of options ({count})</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/load_fields.py" line="82"/>
        <source>klucz &quot;max_rows&quot; ({maximum}) jest mniejszy niż &quot;min_rows&quot; ({minimum})</source>
        <translation>the key &quot;max_rows&quot; ({maximum}) is smaller than &quot;min_rows&quot; ({minimum})</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/load_fields.py" line="85"/>
        <source>nieznane źródło wierszy &quot;{value}&quot; (dozwolone: {allowed})</source>
        <translation>unknown row source &quot;{value}&quot; (allowed: {allowed})</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/load_fields.py" line="88"/>
        <source>tabela z &quot;rows_from&quot;: &quot;{value}&quot; wymaga kolumny &quot;name&quot; typu tekstowego; kolumna &quot;sector&quot; musi być typu &quot;single_choice&quot;, a &quot;planned_role&quot; tekstowa</source>
        <translation>a table with &quot;rows_from&quot;: &quot;{value}&quot; needs a text column &quot;name&quot;; a &quot;sector&quot; column must be a &quot;single_choice&quot; and &quot;planned_role&quot; a text</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/load_fields.py" line="93"/>
        <source>rozszerzenie &quot;{value}&quot; na liście &quot;accept&quot; musi zaczynać się od kropki, np. &quot;.pdf&quot;</source>
        <translation>the extension &quot;{value}&quot; in the &quot;accept&quot; list must start with a dot, e.g. &quot;.pdf&quot;</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/load_fields.py" line="96"/>
        <source>nieznany klucz prefill &quot;{value}&quot; (dozwolone: {allowed})</source>
        <translation>unknown prefill key &quot;{value}&quot; (allowed: {allowed})</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/load_fields.py" line="99"/>
        <source>klucz prefill &quot;{value}&quot; nie pasuje do pola typu &quot;{type}&quot; (pasuje do: {types})</source>
        <translation>the prefill key &quot;{value}&quot; does not fit a field of type &quot;{type}&quot; (it fits: {types})</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/load_fields.py" line="102"/>
        <source>nieznana szerokość &quot;{value}&quot; (dozwolone: {allowed})</source>
        <translation>unknown width &quot;{value}&quot; (allowed: {allowed})</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/load_visibility.py" line="32"/>
        <source>visible_when musi mieć klucz &quot;field&quot; i dokładnie jeden z kluczy &quot;equals&quot; albo &quot;in&quot;</source>
        <translation>visible_when must have the key &quot;field&quot; and exactly one of the keys &quot;equals&quot; or &quot;in&quot;</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/load_visibility.py" line="35"/>
        <source>visible_when: wartości warunku muszą być tekstem albo true/false</source>
        <translation>visible_when: the condition values must be text or true/false</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/load_visibility.py" line="38"/>
        <source>visible_when wskazuje nieznane pole &quot;{field}&quot;</source>
        <translation>visible_when refers to an unknown field &quot;{field}&quot;</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/load_visibility.py" line="39"/>
        <source>visible_when wskazuje pole &quot;{field}&quot;, które nie występuje wcześniej w formularzu (pole sterujące musi poprzedzać pole zależne)</source>
        <translation>visible_when refers to the field &quot;{field}&quot;, which does not appear earlier in the form (the controlling field must come before the dependent field)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/load_visibility.py" line="44"/>
        <source>visible_when może wskazywać tylko pole wyboru albo oświadczenie, a pole &quot;{field}&quot; ma typ &quot;{type}&quot;</source>
        <translation>visible_when can only refer to a choice field or a declaration, but the field &quot;{field}&quot; is of type &quot;{type}&quot;</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/load_visibility.py" line="49"/>
        <source>visible_when: wartość &quot;{value}&quot; nie należy do odpowiedzi pola &quot;{field}&quot;</source>
        <translation>visible_when: the value &quot;{value}&quot; is not one of the options of the field &quot;{field}&quot;</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/load_visibility.py" line="52"/>
        <source>visible_when: pole &quot;{field}&quot; jest oświadczeniem, więc warunek musi być true albo false</source>
        <translation>visible_when: the field &quot;{field}&quot; is a declaration, so the condition must be true or false</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/load_rules.py" line="23"/>
        <source>nieznany typ reguły &quot;{value}&quot; (dozwolone: {allowed})</source>
        <translation>unknown rule type &quot;{value}&quot; (allowed: {allowed})</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/day_limit.py" line="27"/>
        <location filename="../../pim_desktop/domain/forms/load_rules.py" line="24"/>
        <source>reguła wskazuje nieznane pole &quot;{field}&quot;</source>
        <translation>the rule refers to an unknown field &quot;{field}&quot;</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/load_rules.py" line="25"/>
        <source>pole &quot;{field}&quot; wskazane jako &quot;table&quot; nie jest tabelą</source>
        <translation>the field &quot;{field}&quot; given as &quot;table&quot; is not a table</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/load_rules.py" line="26"/>
        <source>pole &quot;{field}&quot; ma typ &quot;{type}&quot;, a reguła &quot;{rule}&quot; wymaga: {expected}</source>
        <translation>the field &quot;{field}&quot; is of type &quot;{type}&quot;, but the rule &quot;{rule}&quot; requires: {expected}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/load_node.py" line="49"/>
        <source>brakuje przecinka</source>
        <translation>missing comma</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/load_node.py" line="50"/>
        <source>brakuje dwukropka</source>
        <translation>missing colon</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/load_node.py" line="51"/>
        <source>oczekiwano wartości</source>
        <translation>a value was expected</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/load_node.py" line="52"/>
        <source>oczekiwano nazwy klucza w cudzysłowie (może zbędny przecinek na końcu listy?)</source>
        <translation>a key name in quotation marks was expected (perhaps a stray comma at the end of a list?)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/load_node.py" line="55"/>
        <source>niezamknięty cudzysłów</source>
        <translation>unclosed quotation mark</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/load_node.py" line="56"/>
        <source>nadmiarowe dane po zakończeniu dokumentu</source>
        <translation>extra data after the end of the document</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/load_node.py" line="57"/>
        <source>niedozwolony znak sterujący w tekście (nowy wiersz zapisz jako \n)</source>
        <translation>control character not allowed in text (write a new line as \n)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/load_node.py" line="62"/>
        <source>klucz &quot;{key}&quot;</source>
        <translation>key &quot;{key}&quot;</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/load_node.py" line="63"/>
        <source>{parent}, pozycja {number}</source>
        <translation>{parent}, item {number}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/loader.py" line="62"/>
        <source>sekcja &quot;{section}&quot;</source>
        <translation>section &quot;{section}&quot;</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/load_node.py" line="64"/>
        <source>{parent}, pole &quot;{field}&quot;</source>
        <translation>{parent}, field &quot;{field}&quot;</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/load_node.py" line="65"/>
        <source>{parent}, kolumna &quot;{column}&quot;</source>
        <translation>{parent}, column &quot;{column}&quot;</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/load_rules.py" line="30"/>
        <source>reguła nr {number}</source>
        <translation>rule no. {number}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/catalog.py" line="109"/>
        <source>formularz &quot;{id}&quot; w wersji &quot;{version}&quot; jest już zdefiniowany w pliku {other}</source>
        <translation>the form &quot;{id}&quot;, version &quot;{version}&quot;, is already defined in the file {other}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/catalog.py" line="112"/>
        <source>folder definicji formularzy nie istnieje</source>
        <translation>the form definitions folder does not exist</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/load_rules.py" line="34"/>
        <source>pola typu &quot;date&quot;</source>
        <translation>a field of type &quot;date&quot;</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/load_rules.py" line="35"/>
        <source>pola typu &quot;date&quot; albo &quot;number&quot; bez miejsc po przecinku (rok)</source>
        <translation>a field of type &quot;date&quot; or &quot;number&quot; with no decimal places (year)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/application_service.py" line="325"/>
        <source>W naborze „{edition}” miasto może zgłosić się tylko do jednej sieci, a ma już wniosek do innej.</source>
        <translation>In the call “{edition}” a city may apply to one network only, and it already has an application to another.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/signature/wording.py" line="220"/>
        <source>Certyfikat wygasa {date} (za {days} dni). Podpis złożony teraz będzie ważny, ale zamów już nowy certyfikat.</source>
        <translation>The certificate expires on {date} (in {days} days). A signature made now will be valid, but order a new certificate now.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/signature/wording.py" line="225"/>
        <source>Certyfikat należy do osoby „{certificate_name}”, a we wniosku jako podpisującego wpisano „{signatory}”. Jeśli podpisuje osoba upoważniona, dołącz pełnomocnictwo lub upoważnienie (część G wniosku) albo popraw dane podpisującego w nowej wersji wniosku.</source>
        <translation>The certificate belongs to “{certificate_name}”, while the application names “{signatory}” as the signatory. If an authorised person signs, attach the power of attorney or authorisation (part G of the application) or correct the signatory in a new version of the application.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/signature/wording.py" line="17"/>
        <source>Plik „{file}” nie jest plikiem PDF albo jest uszkodzony.</source>
        <translation>The file “{file}” is not a PDF file or is damaged.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/signature/wording.py" line="20"/>
        <source>Plik „{file}” jest zabezpieczony hasłem. Podpisać można tylko plik bez hasła.</source>
        <translation>The file “{file}” is protected by a password. Only a file without a password can be signed.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/signature/wording.py" line="24"/>
        <source>Nie można odczytać pliku „{file}”: {reason}</source>
        <translation>The file “{file}” cannot be read: {reason}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/signature/wording.py" line="27"/>
        <source>Nie można zapisać pliku „{file}”: {reason}</source>
        <translation>The file “{file}” cannot be written: {reason}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/signature/wording.py" line="30"/>
        <source>Podpisany plik zapisuje się jako nowy plik. Wybierz inną nazwę niż plik podpisywany: pliku z podpisem nigdy się nie nadpisuje.</source>
        <translation>The signed file is saved as a new file. Choose a name other than the file being signed: a file with a signature is never overwritten.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/signature/wording.py" line="35"/>
        <source>Plik „{file}” jest już podpisany, a jego budowa jest uszkodzona: dodanie podpisu wymagałoby przepisania pliku, co unieważniłoby podpis, który już w nim jest. Podpisz ponownie wyeksportowany wniosek.</source>
        <translation>The file “{file}” is already signed and its structure is damaged: adding a signature would mean rewriting the file, which would invalidate the signature it already carries. Sign a fresh export of the application.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/signature/wording.py" line="41"/>
        <source>Pierwszy podpis w tym pliku nie pozwala na żadne zmiany, także na dodanie kolejnego podpisu.</source>
        <translation>The first signature in this file allows no changes, not even another signature.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/signature/wording.py" line="46"/>
        <source>Nieprawidłowe hasło do pliku certyfikatu. Sprawdź wielkość liter i układ klawiatury, a potem wpisz hasło ponownie.</source>
        <translation>Wrong password for the certificate file. Check the letter case and the keyboard layout, then type the password again.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/signature/wording.py" line="51"/>
        <source>Plik „{file}” nie jest plikiem certyfikatu z kluczem prywatnym (.p12 lub .pfx).</source>
        <translation>The file “{file}” is not a certificate file with a private key (.p12 or .pfx).</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/signature/wording.py" line="55"/>
        <source>Plik „{file}” zawiera certyfikat, ale nie zawiera klucza prywatnego, więc nie można nim podpisać.</source>
        <translation>The file “{file}” holds a certificate but no private key, so it cannot sign.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/signature/wording.py" line="60"/>
        <source>Certyfikat osoby „{name}” wygasł {date}. Nie można nim podpisać: użyj aktualnego certyfikatu.</source>
        <translation>The certificate of “{name}” expired on {date}. It cannot sign: use a current certificate.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/signature/wording.py" line="65"/>
        <source>Certyfikat osoby „{name}” jest ważny dopiero od {date}. Sprawdź datę i godzinę w komputerze albo poczekaj do tego dnia.</source>
        <translation>The certificate of “{name}” is valid only from {date}. Check the computer&apos;s date and time or wait until that day.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/signature/wording.py" line="70"/>
        <source>Certyfikat osoby „{name}” nie służy do składania podpisu (nie ma w nim użycia klucza „niezaprzeczalność”). Na karcie jest zwykle osobny certyfikat do podpisu: wybierz go.</source>
        <translation>The certificate of “{name}” is not meant for signing (its key usage lacks “non-repudiation”). A card usually holds a separate signing certificate: choose that one.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/signature/wording.py" line="75"/>
        <source>Nie ma pliku biblioteki karty „{library}”. Zainstaluj oprogramowanie dostawcy podpisu albo wskaż właściwy plik biblioteki.</source>
        <translation>There is no card library file “{library}”. Install your signature provider&apos;s software or choose the right library file.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/signature/wording.py" line="80"/>
        <source>Biblioteki karty „{library}” nie można użyć: jest przeznaczona dla programów {library_bits}-bitowych, a PIM Desktop jest programem {program_bits}-bitowym (w Windows to błąd 193). Wskaż {program_bits}-bitową wersję biblioteki: dostawcy instalują ją zwykle w folderze C:\Windows\System32, a wersję 32-bitową w C:\Windows\SysWOW64.</source>
        <translation>The card library “{library}” cannot be used: it is made for {library_bits}-bit programs and PIM Desktop is a {program_bits}-bit program (on Windows this is error 193). Choose the {program_bits}-bit version of the library: providers usually install it in C:\Windows\System32 and the 32-bit version in C:\Windows\SysWOW64.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/signature/wording.py" line="87"/>
        <source>Nie udało się uruchomić biblioteki karty „{library}”. Sprawdź, czy to biblioteka PKCS#11 dostawcy podpisu. Szczegóły: {reason}</source>
        <translation>The card library “{library}” could not be started. Check that it is your signature provider&apos;s PKCS#11 library. Details: {reason}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/signature/wording.py" line="92"/>
        <source>Nie znaleziono karty ani tokenu. Włóż kartę do czytnika (przy SimplySign: uruchom aplikację SimplySign Desktop i zaloguj się), poczekaj chwilę i odśwież listę.</source>
        <translation>No card or token was found. Insert the card into the reader (for SimplySign: start SimplySign Desktop and log in), wait a moment and refresh the list.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/signature/wording.py" line="97"/>
        <source>Nie znaleziono karty „{token}”. Sprawdź, czy jest w czytniku, i odśwież listę.</source>
        <translation>The card “{token}” was not found. Check that it is in the reader and refresh the list.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/signature/wording.py" line="101"/>
        <source>Biblioteka widzi kilka kart ({tokens}). Wskaż, której użyć.</source>
        <translation>The library sees several cards ({tokens}). Say which one to use.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/signature/wording.py" line="105"/>
        <source>Nieprawidłowy PIN. Wpisz go ponownie; po kilku błędnych próbach karta zablokuje PIN.</source>
        <translation>Wrong PIN. Type it again; after a few wrong attempts the card locks the PIN.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/signature/wording.py" line="109"/>
        <source>Nieprawidłowy PIN. Uwaga: została ostatnia próba, po następnej pomyłce karta zablokuje PIN.</source>
        <translation>Wrong PIN. Careful: one attempt is left; after the next mistake the card locks the PIN.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/signature/wording.py" line="114"/>
        <source>PIN karty jest zablokowany po zbyt wielu błędnych próbach. Odblokuj go kodem PUK w aplikacji dostawcy karty (np. proCertum CardManager, CryptoCard Suite) i spróbuj ponownie.</source>
        <translation>The card&apos;s PIN is locked after too many wrong attempts. Unlock it with the PUK in the card provider&apos;s application (e.g. proCertum CardManager, CryptoCard Suite) and try again.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/signature/wording.py" line="120"/>
        <source>PIN karty trzeba zmienić, zanim się go użyje. Zmień go w aplikacji dostawcy karty.</source>
        <translation>The card&apos;s PIN must be changed before it is used. Change it in the card provider&apos;s application.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/signature/wording.py" line="124"/>
        <source>Wpisz PIN karty.</source>
        <translation>Type the card&apos;s PIN.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/signature/wording.py" line="125"/>
        <source>Karta została wyjęta z czytnika. Włóż ją ponownie i spróbuj jeszcze raz.</source>
        <translation>The card was removed from the reader. Insert it again and try once more.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/signature/wording.py" line="128"/>
        <source>Na karcie „{token}” nie ma certyfikatu z kluczem do podpisu.</source>
        <translation>The card “{token}” holds no certificate with a signing key.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/signature/wording.py" line="132"/>
        <source>Na karcie jest kilka certyfikatów do podpisu ({certificates}). Wskaż jeden (identyfikator w nawiasie).</source>
        <translation>The card holds several signing certificates ({certificates}). Choose one (identifier in brackets).</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/signature/wording.py" line="137"/>
        <source>Karta zgłosiła błąd: {reason}</source>
        <translation>The card reported an error: {reason}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/signature/wording.py" line="165"/>
        <source>Nie udało się pobrać znacznika czasu z serwera {url}. Sprawdź połączenie z internetem i adres serwera w Ustawieniach albo usuń adres, aby podpisać bez znacznika czasu (PAdES B-B). Szczegóły: {reason}</source>
        <translation>A timestamp could not be obtained from {url}. Check the internet connection and the server address in Settings, or remove the address to sign without a timestamp (PAdES B-B). Details: {reason}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/signature/wording.py" line="171"/>
        <source>Adres serwera znaczników czasu musi zaczynać się od http:// lub https://.</source>
        <translation>The timestamp server address must start with http:// or https://.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/signature/wording.py" line="175"/>
        <source>Nie udało się złożyć podpisu. Szczegóły: {reason}</source>
        <translation>The signature could not be made. Details: {reason}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/signature/wording.py" line="178"/>
        <source>Plik „{file}” nie zawiera certyfikatu (oczekiwany plik .cer, .crt, .der lub .pem).</source>
        <translation>The file “{file}” holds no certificate (a .cer, .crt, .der or .pem file is expected).</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/signature/wording.py" line="182"/>
        <source>Plik „{file}” nie zawiera podpisu elektronicznego.</source>
        <translation>The file “{file}” holds no electronic signature.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/signature/wording.py" line="185"/>
        <source>Program nie zna jeszcze gotowego pliku PDF tego wniosku. Wskaż go najpierw.</source>
        <translation>The program does not know this application&apos;s final PDF yet. Choose it first.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/signature/wording.py" line="189"/>
        <source>Wniosek jest roboczy. Najpierw sprawdź go i oznacz jako gotowy, a potem podpisz.</source>
        <translation>The application is a draft. Check it and mark it ready first, then sign it.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/signature/wording.py" line="193"/>
        <source>Wniosek został już wysłany; do wysłanej wersji nie dodaje się podpisów.</source>
        <translation>The application has already been sent; no signatures are added to a sent version.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/signature/wording.py" line="197"/>
        <source>Wniosek jest już podpisany: kolejny podpis dodaje się do ostatniego podpisanego pliku ({file}), a nie do innego pliku.</source>
        <translation>The application is already signed: a further signature is added to the newest signed file ({file}), not to another file.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/signature/wording.py" line="202"/>
        <source>Brak hasła lub PIN-u: ustaw zmienną środowiskową {variable}. Hasła nie podaje się w wierszu poleceń, bo zostałoby w historii poleceń.</source>
        <translation>No password or PIN: set the environment variable {variable}. A password is not given on the command line, where it would stay in the command history.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/signature/wording.py" line="207"/>
        <source>Podpisany plik nie jest wyeksportowaną wersją wniosku, więc nie zapisano go przy wniosku.</source>
        <translation>The signed file is not the exported version of the application, so it was not kept with the application.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/signature/wording.py" line="211"/>
        <source>Podpis w pliku jest nieprawidłowy albo nie obejmuje całego pliku, więc nie zapisano go przy wniosku.</source>
        <translation>A signature in the file is invalid or does not cover the whole file, so it was not kept with the application.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/signature/report_wording.py" line="21"/>
        <location filename="../../pim_desktop/domain/signature/report_wording.py" line="37"/>
        <source>tak</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/signature/report_wording.py" line="22"/>
        <source>nie</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/signature/report_wording.py" line="25"/>
        <source>tak, cały plik</source>
        <translation>yes, the whole file</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/signature/report_wording.py" line="26"/>
        <source>tak; po podpisaniu dodano tylko kolejne podpisy</source>
        <translation>yes; only further signatures were added after signing</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/signature/report_wording.py" line="29"/>
        <source>nie: po podpisaniu plik zmieniono w inny sposób niż przez dodanie podpisu</source>
        <translation>no: after signing the file was changed in a way other than adding a signature</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/signature/report_wording.py" line="33"/>
        <source>nie: podpis obejmuje tylko część pliku</source>
        <translation>no: the signature covers only part of the file</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/signature/report_wording.py" line="38"/>
        <source>nie: certyfikat nie prowadzi do zaufanego certyfikatu głównego. Jeśli ufasz wystawcy, dodaj jego certyfikat główny w Ustawieniach.</source>
        <translation>no: the certificate does not lead to a trusted root certificate. If you trust the issuer, add its root certificate in Settings.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/signature/report_wording.py" line="43"/>
        <source>nie: certyfikat (lub certyfikat wystawcy) wygasł</source>
        <translation>no: the certificate (or the issuer&apos;s certificate) has expired</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/signature/report_wording.py" line="46"/>
        <source>nie: certyfikat nie był jeszcze ważny w chwili podpisu</source>
        <translation>no: the certificate was not yet valid when signing</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/signature/report_wording.py" line="49"/>
        <source>nie: certyfikat unieważniono</source>
        <translation>no: the certificate was revoked</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/signature/report_wording.py" line="50"/>
        <source>nie: certyfikat nie jest przeznaczony do podpisu</source>
        <translation>no: the certificate is not meant for signing</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/signature/report_wording.py" line="53"/>
        <source>nie: nie udało się potwierdzić zaufania</source>
        <translation>no: trust could not be confirmed</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/signature/report_wording.py" line="57"/>
        <source>podpis PDF, który nie spełnia PAdES (np. adbe.pkcs7.detached)</source>
        <translation>a PDF signature that does not meet PAdES (e.g. adbe.pkcs7.detached)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/signature/report_wording.py" line="60"/>
        <source>PAdES B-B (podstawowy)</source>
        <translation>PAdES B-B (basic)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/signature/report_wording.py" line="61"/>
        <source>PAdES B-T (ze znacznikiem czasu)</source>
        <translation>PAdES B-T (with a timestamp)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/signature/report_wording.py" line="62"/>
        <source>PAdES B-LT (z danymi do weryfikacji)</source>
        <translation>PAdES B-LT (with validation data)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/signature/report_wording.py" line="63"/>
        <source>PAdES B-LTA (archiwalny)</source>
        <translation>PAdES B-LTA (archival)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/signature/report_wording.py" line="66"/>
        <source>Nie sprawdzono, czy certyfikat nie został unieważniony: program działa bez internetu i nie pyta list CRL ani usług OCSP. Pełną weryfikację kwalifikowanego podpisu da np. usługa weryfikacji dostawcy podpisu.</source>
        <translation>Revocation of the certificate was not checked: the program works offline and does not consult CRLs or OCSP services. A full verification of a qualified signature is available e.g. from your signature provider&apos;s verification service.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/signature/report_wording.py" line="78"/>
        <source>Podpisujący</source>
        <translation>Signer</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/signature/report_wording.py" line="80"/>
        <source>Wystawca certyfikatu</source>
        <translation>Certificate issuer</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/signature/report_wording.py" line="85"/>
        <source>Ważność certyfikatu</source>
        <translation>Certificate validity</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/signature/report_wording.py" line="91"/>
        <source>Plik nienaruszony od podpisania</source>
        <translation>File intact since signing</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/signature/report_wording.py" line="96"/>
        <source>Podpis obejmuje cały plik</source>
        <translation>Signature covers the whole file</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/signature/report_wording.py" line="100"/>
        <source>Poziom podpisu</source>
        <translation>Signature level</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/signature/report_wording.py" line="102"/>
        <source>Certyfikat z zaufanego źródła</source>
        <translation>Certificate from a trusted source</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/signature/report_wording.py" line="116"/>
        <source>Certyfikat kwalifikowany</source>
        <translation>Qualified certificate</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/signature/report_wording.py" line="117"/>
        <source>tak (według deklaracji w certyfikacie)</source>
        <translation>yes (as the certificate declares)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/signature/report_wording.py" line="122"/>
        <source>Powód</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/signature/report_wording.py" line="127"/>
        <source>Miejsce</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/signature/report_wording.py" line="133"/>
        <source>Unieważnienie certyfikatu</source>
        <translation>Certificate revocation</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/signature/report_wording.py" line="134"/>
        <source>nie sprawdzono (praca bez internetu)</source>
        <translation>not checked (working offline)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/signature/report_wording.py" line="148"/>
        <source>Czas podpisu</source>
        <translation>Signing time</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/signature/report_wording.py" line="150"/>
        <source>nieznany</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/signature/report_wording.py" line="154"/>
        <source>{moment} – ze znacznika czasu ({authority})</source>
        <translation>{moment} – from a timestamp ({authority})</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/signature/report_wording.py" line="156"/>
        <source>{moment} – ze znacznika czasu ({authority}), którego wystawca nie jest zaufany</source>
        <translation>{moment} – from a timestamp ({authority}) whose issuer is not trusted</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/signature/report_wording.py" line="168"/>
        <source>{moment} – według zegara komputera podpisującego (bez znacznika czasu)</source>
        <translation>{moment} – by the signer&apos;s computer clock (no timestamp)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/signature/report_wording.py" line="178"/>
        <source>Plik nie zawiera podpisu elektronicznego.</source>
        <translation>The file holds no electronic signature.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/signature/report_wording.py" line="180"/>
        <source>Każdy podpis jest nienaruszony i obejmuje cały plik.</source>
        <translation>Every signature is intact and covers the whole file.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/signature/report_wording.py" line="184"/>
        <source>Uwaga: co najmniej jeden podpis jest naruszony albo nie obejmuje całego pliku.</source>
        <translation>Caution: at least one signature is broken or does not cover the whole file.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/signature/export_match.py" line="14"/>
        <source>Zgodność z wyeksportowanym plikiem</source>
        <translation>Match with the exported file</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/signature/export_match.py" line="33"/>
        <source>tak: podpisano dokładnie wyeksportowaną wersję wniosku (podpisana część pliku zaczyna się od wszystkich {exported} bajtów eksportu).</source>
        <translation>yes: exactly the exported version of the application was signed (the signed part of the file begins with all {exported} bytes of the export).</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/signature/export_match.py" line="44"/>
        <source>nie: podpisany plik różni się od wyeksportowanego od bajtu {offset} (z {exported}). Podpisano inny plik albo narzędzie do podpisu zapisało plik od nowa zamiast dopisać podpis. Zapisz wniosek do podpisu ponownie i podpisz dokładnie ten plik.</source>
        <translation>no: the signed file differs from the exported one from byte {offset} (of {exported}). Another file was signed, or the signing tool rewrote the file instead of appending the signature. Save the application for signing again and sign exactly that file.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/signature/export_match.py" line="56"/>
        <source>nie: podpis obejmuje {signed} bajtów, a wyeksportowany plik ma ich {exported}. Podpisano inny, krótszy plik.</source>
        <translation>no: the signature covers {signed} bytes while the exported file has {exported}. Another, shorter file was signed.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/meeting.py" line="34"/>
        <source>spotkanie LP</source>
        <translation>LP meeting</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/meeting.py" line="35"/>
        <source>warsztat</source>
        <translation>workshop</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/meeting.py" line="36"/>
        <source>konsultacje</source>
        <translation>consultation</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/meeting.py" line="37"/>
        <location filename="../../pim_desktop/domain/network_activity.py" line="28"/>
        <source>wizyta studyjna</source>
        <translation>study visit</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/meeting.py" line="38"/>
        <location filename="../../pim_desktop/domain/network_activity.py" line="27"/>
        <source>spotkanie sieci</source>
        <translation>network meeting</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/meeting.py" line="39"/>
        <location filename="../../pim_desktop/domain/network_activity.py" line="30"/>
        <source>wizyta eksperta</source>
        <translation>expert visit</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/meeting.py" line="44"/>
        <source>Spotkanie Lokalnego Partnerstwa</source>
        <translation>Local Partnership meeting</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/meeting.py" line="45"/>
        <source>Warsztat Lokalnego Partnerstwa</source>
        <translation>Local Partnership workshop</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/meeting.py" line="46"/>
        <source>Konsultacje społeczne</source>
        <translation>Public consultation</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/meeting.py" line="47"/>
        <source>Wizyta studyjna</source>
        <translation>Study visit</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/meeting.py" line="48"/>
        <source>Spotkanie sieci tematycznej</source>
        <translation>Thematic network meeting</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/meeting.py" line="49"/>
        <source>Wizyta eksperta tematycznego</source>
        <translation>Thematic expert visit</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/meeting.py" line="61"/>
        <source>obecny</source>
        <translation>present</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/meeting.py" line="62"/>
        <source>usprawiedliwiony</source>
        <translation>excused</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/meeting.py" line="63"/>
        <source>nieobecny</source>
        <translation>absent</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/meeting.py" line="64"/>
        <source>zastępstwo</source>
        <translation>substituted</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/meeting.py" line="66"/>
        <source>nie odnotowano</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/meeting.py" line="80"/>
        <source>zdjęcie</source>
        <translation>photo</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/meeting.py" line="81"/>
        <source>podpisana lista obecności (skan)</source>
        <translation>signed attendance list (scan)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/meeting.py" line="84"/>
        <source>prezentacja</source>
        <translation>presentation</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/meeting.py" line="85"/>
        <source>inny dokument</source>
        <translation>other document</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/meeting.py" line="257"/>
        <source>Podaj tytuł spotkania.</source>
        <translation>Give the meeting a title.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/meeting.py" line="262"/>
        <source>Spotkanie musi kończyć się później, niż się zaczyna.</source>
        <translation>A meeting must end later than it starts.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/meeting.py" line="271"/>
        <source>Przy zastępstwie podaj, kto zastępował.</source>
        <translation>For a substitution, give the name of who stood in.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/meeting.py" line="278"/>
        <source>Opisz zadanie.</source>
        <translation>Describe the task.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/partnership.py" line="32"/>
        <source>instytucja / organizacja</source>
        <translation>institution / organisation</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/partnership.py" line="33"/>
        <source>osoba (mieszkaniec)</source>
        <translation>person (resident)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/partnership.py" line="54"/>
        <source>urząd miasta / wydział</source>
        <translation>city office / department</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/partnership.py" line="55"/>
        <source>jednostka lub spółka miejska</source>
        <translation>municipal unit or company</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/partnership.py" line="56"/>
        <source>urząd marszałkowski</source>
        <translation>regional marshal&apos;s office</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/partnership.py" line="57"/>
        <location filename="../../pim_desktop/domain/record_labels.py" line="94"/>
        <source>powiat</source>
        <translation>county</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/partnership.py" line="58"/>
        <source>sąsiednia gmina</source>
        <translation>neighbouring municipality</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/partnership.py" line="59"/>
        <source>administracja rządowa</source>
        <translation>government administration</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/partnership.py" line="60"/>
        <source>organizacja pozarządowa</source>
        <translation>non-governmental organisation</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/partnership.py" line="61"/>
        <source>przedsiębiorca / organizacja biznesu</source>
        <translation>business / business association</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/partnership.py" line="62"/>
        <source>uczelnia / instytut</source>
        <translation>university / institute</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/partnership.py" line="63"/>
        <source>szkoła</source>
        <translation>school</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/partnership.py" line="64"/>
        <source>media</source>
        <translation>media</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/partnership.py" line="65"/>
        <source>mieszkańcy / grupa nieformalna</source>
        <translation>residents / informal group</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/action_plan.py" line="134"/>
        <location filename="../../pim_desktop/domain/partnership.py" line="66"/>
        <source>inne</source>
        <translation>other</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/partnership.py" line="79"/>
        <source>koordynator</source>
        <translation>coordinator</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/partnership.py" line="80"/>
        <source>członek</source>
        <translation>member</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/partnership.py" line="81"/>
        <source>członek doradczy</source>
        <translation>advisory member</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/partnership.py" line="82"/>
        <source>obserwator</source>
        <translation>observer</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/partnership.py" line="83"/>
        <source>ekspert</source>
        <translation>expert</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/partnership.py" line="97"/>
        <source>zgoda osoby (art. 6 ust. 1 lit. a RODO)</source>
        <translation>the person&apos;s consent (GDPR art. 6(1)(a))</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/partnership.py" line="98"/>
        <source>zadanie w interesie publicznym (art. 6 ust. 1 lit. e RODO)</source>
        <translation>task in the public interest (GDPR art. 6(1)(e))</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/partnership.py" line="101"/>
        <source>obowiązek prawny (art. 6 ust. 1 lit. c RODO)</source>
        <translation>legal obligation (GDPR art. 6(1)(c))</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/partnership.py" line="104"/>
        <source>umowa (art. 6 ust. 1 lit. b RODO)</source>
        <translation>contract (GDPR art. 6(1)(b))</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/partnership.py" line="114"/>
        <location filename="../../pim_desktop/domain/record_labels.py" line="38"/>
        <source>przedstawiciel</source>
        <translation>representative</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/partnership.py" line="115"/>
        <location filename="../../pim_desktop/domain/record_labels.py" line="39"/>
        <source>zastępca</source>
        <translation>substitute</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/partnership.py" line="228"/>
        <source>Podaj nazwę instytucji lub organizacji.</source>
        <translation>Give the name of the institution or organisation.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/partnership.py" line="231"/>
        <source>Podaj imię i nazwisko osoby.</source>
        <translation>Give the person&apos;s full name.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/capacity.py" line="76"/>
        <location filename="../../pim_desktop/domain/partnership.py" line="235"/>
        <source>Ocena musi być liczbą od 1 do 5.</source>
        <translation>A score must be a number from 1 to 5.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/partnership.py" line="238"/>
        <source>Data wystąpienia nie może być wcześniejsza niż data przystąpienia.</source>
        <translation>The date left cannot be earlier than the date joined.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/partnership.py" line="255"/>
        <source>Dane są przetwarzane na podstawie zgody: podaj datę jej wyrażenia.</source>
        <translation>The data is processed on the basis of consent: give the date it was given.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/partnership.py" line="260"/>
        <source>Data zgody nie może być z przyszłości.</source>
        <translation>The date of consent cannot be in the future.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/partnership.py" line="275"/>
        <source>kluczowi partnerzy: angażować na co dzień</source>
        <translation>key partners: manage closely</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/partnership.py" line="278"/>
        <source>wpływowi: konsultować i dbać o poparcie</source>
        <translation>influential: consult and keep satisfied</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/partnership.py" line="281"/>
        <source>zainteresowani: informować i wspierać</source>
        <translation>interested: keep informed and support</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/partnership.py" line="284"/>
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
        <location filename="../../pim_desktop/domain/action_plan_figures.py" line="165"/>
        <source>Plan jest przyjęty: podaj numer i datę aktu, którym go przyjęto.</source>
        <translation>The plan is adopted: enter the number and date of the act that adopted it.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/action_plan_figures.py" line="170"/>
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
        <location filename="../../pim_desktop/domain/network_activity.py" line="224"/>
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
        <location filename="../../pim_desktop/domain/action_plan.py" line="330"/>
        <source>Działanie o kodzie {code} już jest w planie.</source>
        <translation>An action with the code {code} is already in the plan.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/portable/contribution_data.py" line="213"/>
        <source>Plik wkładu ma błędne dane w polu „{field}”; nic nie zaimportowano.</source>
        <translation>The contribution file has wrong data in the field “{field}”; nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/improvement_plan_service.py" line="119"/>
        <source>Najpierw wpisz oficjalną nazwę miasta w „Dane miasta”: plik wkładu ją podaje.</source>
        <translation>First enter the official name of the city in “City data”: the contribution file gives it.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/portable/contribution_file.py" line="79"/>
        <source>Plik ma {size} MB; wkład miasta może mieć najwyżej {limit} MB.</source>
        <translation>The file has {size} MB; a city&apos;s contribution can have at most {limit} MB.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/portable/contribution_file.py" line="164"/>
        <source>To nie jest plik wkładu miasta: plik jest uszkodzony albo jest innego rodzaju.</source>
        <translation>This is not a city contribution file: the file is damaged or of another kind.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/portable/contribution_file.py" line="99"/>
        <source>Suma kontrolna części {part} się nie zgadza: plik został zmieniony albo uszkodzony po zapisaniu. Poproś miasto o ponowne przesłanie pliku.</source>
        <translation>The checksum of the part {part} does not match: the file was changed or damaged after it was written. Ask the city to send the file again.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/portable/contribution_file.py" line="175"/>
        <source>Plik zawiera niedozwoloną ścieżkę „{name}” i został odrzucony.</source>
        <translation>The file holds a forbidden path “{name}” and was refused.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/portable/contribution_file.py" line="158"/>
        <source>Plik zawiera nieoczekiwaną część „{name}” i został odrzucony.</source>
        <translation>The file holds an unexpected part “{name}” and was refused.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/portable/contribution_file.py" line="180"/>
        <source>Plik jest zaszyfrowany; wkład miasta nie może być.</source>
        <translation>The file is encrypted; a city contribution cannot be.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/portable/contribution_file.py" line="187"/>
        <source>W pliku brakuje części „{name}”.</source>
        <translation>The part “{name}” is missing from the file.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/portable/contribution_file.py" line="154"/>
        <source>Część „{name}” po rozpakowaniu byłaby za duża; plik odrzucono jako niebezpieczny.</source>
        <translation>The part “{name}” would be too large when unpacked; the file was refused as unsafe.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/portable/contribution_file.py" line="161"/>
        <source>Części „{name}” nie da się odczytać: plik jest uszkodzony.</source>
        <translation>The part “{name}” cannot be read: the file is damaged.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/portable/contribution_file.py" line="115"/>
        <source>Część „{name}” nie jest poprawnym plikiem JSON.</source>
        <translation>The part “{name}” is not valid JSON.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/portable/contribution_file.py" line="120"/>
        <location filename="../../pim_desktop/services/portable/contribution_file.py" line="136"/>
        <location filename="../../pim_desktop/services/portable/contribution_file.py" line="150"/>
        <source>Część „{name}” ma niewłaściwą budowę.</source>
        <translation>The part “{name}” has the wrong structure.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/portable/contribution_file.py" line="128"/>
        <source>To nie jest wkład miasta do sieci PIM (format „{format}”).</source>
        <translation>This is not a city contribution to a PIM network (format “{format}”).</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/portable/contribution_file.py" line="140"/>
        <source>Plik zapisano w nowszej wersji formatu ({version}); zaktualizuj program PIM Desktop.</source>
        <translation>The file was written in a newer version of the format ({version}); update PIM Desktop.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/portable/records.py" line="300"/>
        <source>Dane w pliku mają nieprawidłową budowę (w miejscu „{where}”).</source>
        <translation>The data in the file are badly formed (at “{where}”).</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/portable/records.py" line="303"/>
        <source>Dane w pliku zawierają brakującą, nieznaną lub błędną wartość: „{where}”.</source>
        <translation>The data in the file hold a missing, unknown or wrong value: “{where}”.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/portable/records.py" line="306"/>
        <source>Dane w pliku odwołują się do wpisu, którego w pliku nie ma: „{where}”. Plik jest niekompletny lub został zmieniony.</source>
        <translation>The data in the file refer to an entry the file does not hold: “{where}”. The file is incomplete or has been changed.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/portable/data_format.py" line="368"/>
        <source>Opis zawartości pliku nie zgadza się z danymi (rodzaj „{kind}”). Plik został zmieniony.</source>
        <translation>The description of the file&apos;s contents does not match the data (kind “{kind}”). The file has been altered.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/portable/data_format.py" line="372"/>
        <source>Suma kontrolna wniosku w pliku ({where}) nie zgadza się z jego treścią. Plik został zmieniony lub uszkodzony.</source>
        <translation>The checksum of an application in the file ({where}) does not match its content. The file has been altered or damaged.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/portable/manifest.py" line="229"/>
        <source>Część „{part}” pliku nie jest poprawnym zapisem JSON ({detail}). Plik jest uszkodzony albo nie pochodzi z programu PIM Desktop.</source>
        <translation>The part “{part}” of the file is not valid JSON ({detail}). The file is damaged or does not come from PIM Desktop.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/portable/manifest.py" line="234"/>
        <source>To nie jest plik przenośny programu PIM Desktop (brak opisu zawartości).</source>
        <translation>This is not a PIM Desktop portable file (it has no description of its contents).</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/portable/manifest.py" line="237"/>
        <source>Opis zawartości pliku (manifest.json) jest niepoprawny: brak lub błędna wartość „{field}”. Plik jest uszkodzony albo został zmieniony.</source>
        <translation>The description of the file&apos;s contents (manifest.json) is invalid: “{field}” is missing or wrong. The file is damaged or has been altered.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/portable/manifest.py" line="242"/>
        <source>Plik zapisano w nowszym formacie (wersja {found}). Aby go odczytać, potrzebny jest PIM Desktop w wersji {needed} lub nowszej; ten program ma wersję {current}.</source>
        <translation>The file was written in a newer format (version {found}). Reading it needs PIM Desktop {needed} or newer; this program is version {current}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/portable/manifest.py" line="247"/>
        <source>Plik zapisano w nowszym formacie (wersja {found}). Aby go odczytać, potrzebna jest nowsza wersja programu PIM Desktop niż {current}.</source>
        <translation>The file was written in a newer format (version {found}). Reading it needs a newer version of PIM Desktop than {current}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/portable/manifest.py" line="252"/>
        <source>Ten plik wymaga programu PIM Desktop w wersji {needed} lub nowszej; ten program ma wersję {current}. Zaktualizuj program i spróbuj ponownie.</source>
        <translation>This file needs PIM Desktop {needed} or newer; this program is version {current}. Update the program and try again.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/portable/application_rules.py" line="33"/>
        <source>Formularz nie ma pola „{field}”.</source>
        <translation>The form has no field “{field}”.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/persistence/zip_archive.py" line="237"/>
        <location filename="../../pim_desktop/services/backup_service.py" line="220"/>
        <source>Nie ma pliku {path}.</source>
        <translation>There is no file {path}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/persistence/package_archive.py" line="48"/>
        <source>Plik {path} nie jest plikiem przenośnym PIM Desktop (.pim).</source>
        <translation>The file {path} is not a PIM Desktop portable file (.pim).</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/persistence/zip_archive.py" line="238"/>
        <source>Plik {path} jest niekompletny lub uszkodzony (np. nie został do końca pobrany albo skopiowany). Poproś o ponowne przesłanie pliku.</source>
        <translation>The file {path} is incomplete or damaged (e.g. it was not fully downloaded or copied). Ask for the file to be sent again.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/persistence/zip_archive.py" line="243"/>
        <source>Plik jest uszkodzony i nie da się go odczytać ({detail}).</source>
        <translation>The file is damaged and cannot be read ({detail}).</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/persistence/zip_archive.py" line="246"/>
        <source>Plik zawiera zbyt wiele części ({count}, dopuszczalne: {limit}). Import przerwano.</source>
        <translation>The file holds too many parts ({count}, allowed: {limit}). The import was stopped.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/persistence/zip_archive.py" line="250"/>
        <source>Plik zawiera część o niebezpiecznej nazwie „{name}”, wskazującą miejsce poza folderem danych. Import przerwano; nic nie zapisano.</source>
        <translation>The file holds a part with a dangerous name “{name}” that points outside the data folder. The import was stopped; nothing was written.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/persistence/zip_archive.py" line="255"/>
        <source>Plik zawiera dwie części o tej samej nazwie „{name}”. Import przerwano.</source>
        <translation>The file holds two parts with the same name “{name}”. The import was stopped.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/persistence/package_archive.py" line="51"/>
        <source>Plik zawiera nieoczekiwaną część „{name}”. Pliki PIM Desktop mają tylko opis zawartości, dane i załączniki. Import przerwano.</source>
        <translation>The file holds an unexpected part “{name}”. PIM Desktop files hold only a description of their contents, the data and attachments. The import was stopped.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/persistence/zip_archive.py" line="258"/>
        <source>Część „{name}” pliku jest zaszyfrowana; program nie przyjmuje takich plików.</source>
        <translation>The part “{name}” of the file is encrypted; the program does not accept such files.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/persistence/zip_archive.py" line="261"/>
        <source>Część „{name}” pliku jest spakowana nieobsługiwaną metodą.</source>
        <translation>The part “{name}” of the file is compressed with an unsupported method.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/persistence/zip_archive.py" line="264"/>
        <source>Część „{name}” pliku jest większa, niż pozwala program, albo jej opis nie zgadza się z zawartością. Import przerwano, aby nie zapełnić dysku.</source>
        <translation>The part “{name}” of the file is larger than the program allows, or its description does not match its content. The import was stopped so as not to fill the disk.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/persistence/zip_archive.py" line="269"/>
        <source>Część „{name}” pliku rozpakowałaby się do rozmiaru nieproporcjonalnie dużego (tzw. bomba zip). Import przerwano, aby nie zapełnić dysku.</source>
        <translation>The part “{name}” of the file would unpack to a disproportionate size (a so-called zip bomb). The import was stopped so as not to fill the disk.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/persistence/zip_archive.py" line="277"/>
        <source>Zawartość pliku po rozpakowaniu przekroczyłaby {limit} MB. Import przerwano, aby nie zapełnić dysku.</source>
        <translation>Unpacked, the file&apos;s contents would exceed {limit} MB. The import was stopped so as not to fill the disk.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/persistence/package_archive.py" line="56"/>
        <source>W pliku brakuje opisu zawartości (manifest.json); to nie jest plik PIM Desktop.</source>
        <translation>The file lacks a description of its contents (manifest.json); it is not a PIM Desktop file.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/persistence/zip_archive.py" line="274"/>
        <source>W pliku brakuje części „{name}” wymienionej w opisie zawartości.</source>
        <translation>The file lacks the part “{name}” named in the description of its contents.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/backup_service.py" line="211"/>
        <source>Nie udało się utworzyć kopii zapasowej ({detail}). Sprawdź, czy na dysku jest miejsce i czy folder kopii pozwala na zapis.</source>
        <translation>The backup could not be made ({detail}). Check that the disk has room and that the backup folder may be written.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/backup_service.py" line="216"/>
        <source>Plik {path} już istnieje. Podaj nazwę nowego pliku; istniejący nie zostanie nadpisany.</source>
        <translation>The file {path} already exists. Give the name of a new file; the existing one will not be overwritten.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/backup_service.py" line="221"/>
        <source>Plik {path} nie jest kopią danych PIM Desktop albo pochodzi z nowszej wersji programu ({detail}). Dane pozostały bez zmian.</source>
        <translation>The file {path} is not a PIM Desktop data backup or comes from a newer version of the program ({detail}). The data were left unchanged.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/backup_service.py" line="226"/>
        <source>Kopia {path} jest uszkodzona ({detail}) i nie może być przywrócona. Wybierz starszą kopię.</source>
        <translation>The backup {path} is damaged ({detail}) and cannot be restored. Choose an older backup.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/backup_service.py" line="230"/>
        <source>Nie udało się przywrócić kopii ({detail}). Dane pozostały bez zmian.</source>
        <translation>The backup could not be restored ({detail}). The data were left unchanged.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/data_folder_service.py" line="136"/>
        <source>Folder danych jest ustawiony zmienną środowiskową PIM_DESKTOP_HOME i nie można go przenieść z programu. Zmień tę zmienną albo ją usuń.</source>
        <translation>The data folder is set by the PIM_DESKTOP_HOME environment variable and cannot be moved from the program. Change that variable or remove it.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/data_folder_service.py" line="141"/>
        <source>Nowy folder {target} nie może być obecnym folderem danych ({source}) ani leżeć w nim lub nad nim. Wybierz inny folder.</source>
        <translation>The new folder {target} cannot be the present data folder ({source}) nor lie inside or above it. Choose another folder.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/data_folder_service.py" line="146"/>
        <source>Folder {target} nie jest pusty. Wybierz pusty folder albo utwórz nowy.</source>
        <translation>The folder {target} is not empty. Choose an empty folder or create a new one.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/data_folder_service.py" line="149"/>
        <source>Nie udało się skopiować danych ({detail}). Program nadal używa dotychczasowego folderu; nic nie zmieniono.</source>
        <translation>The data could not be copied ({detail}). The program keeps using the present folder; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/portable/package_check.py" line="165"/>
        <source>Wniosek „{form}” (wersja {version}) w pliku ma w polu „{where}” wartość sprzeczną z zasadami formularza: {problem} Import przerwano; nic nie zapisano.</source>
        <translation>The application “{form}” (version {version}) in the file has a value in the field “{where}” that breaks the form&apos;s rules: {problem} The import was stopped; nothing was written.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/portable/package_check.py" line="170"/>
        <source>Zawartość pliku nie zgadza się z jego opisem (część „{name}”). Plik został zmieniony lub uszkodzony; import przerwano.</source>
        <translation>The file&apos;s contents do not match its description (part “{name}”). The file has been altered or damaged; the import was stopped.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/portable/package_check.py" line="175"/>
        <source>Suma kontrolna SHA-256 części „{name}” nie zgadza się z opisem zawartości. Plik został zmieniony lub uszkodzony; import przerwano, nic nie zapisano.</source>
        <translation>The SHA-256 checksum of the part “{name}” does not match the description of the contents. The file has been altered or damaged; the import was stopped and nothing was written.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/portable/package_check.py" line="180"/>
        <source>Dane miasta w pliku są błędne: {problem} Import przerwano; nic nie zapisano.</source>
        <translation>The city data in the file are wrong: {problem} The import was stopped; nothing was written.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/portable/package_check.py" line="183"/>
        <source>Plik zawiera dwa razy tę samą wersję ({version}) jednego wniosku. Import przerwano.</source>
        <translation>The file holds the same version ({version}) of one application twice. The import was stopped.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/portable/package_check.py" line="186"/>
        <source>Dane w pliku odwołują się do załącznika, którego nie ma ani w pliku, ani na tym komputerze (SHA-256 {sha256}). Import przerwano.</source>
        <translation>The data in the file refer to an attachment that is neither in the file nor on this computer (SHA-256 {sha256}). The import was stopped.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/portable/package_check.py" line="191"/>
        <source>Plik zawiera wniosek na formularzu „{form}” w wersji {version}, którego ten program nie zna. Zaktualizuj program PIM Desktop i spróbuj ponownie.</source>
        <translation>The file holds an application on the form “{form}” version {version}, which this program does not know. Update PIM Desktop and try again.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/portable/package_check.py" line="196"/>
        <source>Formularz „{form}” nie przewiduje roli „{role}” podanej w pliku. Import przerwano.</source>
        <translation>The form “{form}” has no role “{role}” as given in the file. The import was stopped.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/portable/package_check.py" line="199"/>
        <source>Formularz „{form}” nie zna sieci „{network}” podanej w pliku. Import przerwano.</source>
        <translation>The form “{form}” does not know the network “{network}” given in the file. The import was stopped.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/portable/package_service.py" line="384"/>
        <source>Wniosek nr {number} (wersja {version}) ma w polu „{where}” wartość, której nie można przenieść: {problem} Popraw ją przed eksportem.</source>
        <translation>Application no. {number} (version {version}) has a value in the field “{where}” that cannot be carried: {problem} Correct it before exporting.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/portable/package_service.py" line="389"/>
        <source>Dane partnerstwa w miejscu „{where}” łamią zasady programu: {problem} Popraw je przed eksportem.</source>
        <translation>The partnership data at “{where}” break the program&apos;s rules: {problem} Correct them before exporting.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/portable/package_service.py" line="394"/>
        <source>Nie udało się zapisać pliku {path} ({detail}). Sprawdź miejsce na dysku i uprawnienia.</source>
        <translation>The file {path} could not be written ({detail}). Check the disk space and permissions.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/portable/package_service.py" line="398"/>
        <source>Nie udało się zapisać załącznika z pliku ({detail}). Nic nie zaimportowano.</source>
        <translation>An attachment from the file could not be stored ({detail}). Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/portable/partnership_records.py" line="82"/>
        <source>Dane w pliku łamią zasady programu w miejscu „{where}”: {problem} Import przerwano; nic nie zapisano.</source>
        <translation>The data in the file break the program&apos;s rules at “{where}”: {problem} The import was stopped; nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/portable/partnership_records.py" line="88"/>
        <source>Rejestr Lokalnego Partnerstwa</source>
        <translation>Local Partnership register</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/portable/partnership_records.py" line="89"/>
        <source>Spotkania (obecność, protokoły, zadania)</source>
        <translation>Meetings (attendance, minutes, tasks)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/portable/partnership_records.py" line="90"/>
        <source>Miejska Inicjatywa Działań</source>
        <translation>City Action Initiative (MID)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/portable/partnership_records.py" line="91"/>
        <source>Sieć miast i Plan Ulepszeń</source>
        <translation>City network and Improvement Plan</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/portable/partnership_records.py" line="92"/>
        <source>Działania i wydatki sieci (z dokumentami)</source>
        <translation>The network&apos;s activities and spending (with documents)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/portable/partnership_records.py" line="93"/>
        <source>Potencjał miast (samooceny)</source>
        <translation>The cities&apos; capacity (self-assessments)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/portable/partnership_records.py" line="97"/>
        <source>członków</source>
        <translation>members</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/portable/partnership_records.py" line="98"/>
        <source>spotkań</source>
        <translation>meetings</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/portable/partnership_records.py" line="99"/>
        <source>działań</source>
        <translation>actions</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/portable/partnership_records.py" line="100"/>
        <source>miast w sieci</source>
        <translation>cities in the network</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/portable/partnership_records.py" line="101"/>
        <source>działań sieci</source>
        <translation>network activities</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/portable/partnership_records.py" line="102"/>
        <source>samoocen miast</source>
        <translation>city self-assessments</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/portable/import_preview.py" line="70"/>
        <source>nie ma ich tu jeszcze</source>
        <translation>not here yet</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/portable/import_preview.py" line="71"/>
        <source>takie same jak tutaj</source>
        <translation>the same as here</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/portable/import_preview.py" line="72"/>
        <source>są tu w innej postaci</source>
        <translation>here in another form</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/portable/import_preview.py" line="75"/>
        <source>zostaną dodane</source>
        <translation>will be added</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/portable/import_preview.py" line="76"/>
        <source>bez zmian</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/portable/import_preview.py" line="77"/>
        <source>zostają dane z tego komputera</source>
        <translation>the data on this computer stay</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/portable/import_preview.py" line="78"/>
        <source>dane z pliku zastąpią obecne</source>
        <translation>the file&apos;s data replace the present ones</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/portable/import_preview.py" line="79"/>
        <source>pominięte: zależą od danych zostawionych tutaj</source>
        <translation>skipped: they depend on data kept here</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/signature/wording.py" line="138"/>
        <source>Magazyn certyfikatów Windows jest dostępny tylko w Windows. Użyj pliku .p12/.pfx albo biblioteki PKCS#11 karty.</source>
        <translation>The Windows certificate store exists only on Windows. Use a .p12/.pfx file or the card&apos;s PKCS#11 library.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/signature/wording.py" line="143"/>
        <source>W magazynie certyfikatów Windows (Osobisty) nie ma certyfikatu do podpisu z kluczem prywatnym o odcisku {thumbprint}. Sprawdź odcisk w menedżerze certyfikatów (certmgr.msc) i czy karta jest w czytniku.</source>
        <translation>The Windows certificate store (Personal) holds no signing certificate with a private key whose thumbprint is {thumbprint}. Check the thumbprint in the certificate manager (certmgr.msc) and that the card is in its reader.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/signature/wording.py" line="149"/>
        <source>Nie można sięgnąć do klucza prywatnego tego certyfikatu. Włóż kartę do czytnika (albo uruchom aplikację dostawcy podpisu) i spróbuj ponownie. Szczegóły: {reason}</source>
        <translation>The private key of this certificate cannot be reached. Insert the card into its reader (or start the signature provider&apos;s application) and try again. Details: {reason}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/signature/wording.py" line="154"/>
        <source>Podpisywanie przerwano w oknie PIN-u karty. Niczego nie podpisano.</source>
        <translation>Signing was cancelled in the card&apos;s PIN window. Nothing was signed.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/signature/wording.py" line="157"/>
        <source>Klucz tego certyfikatu ({algorithm}) nie nadaje się do podpisu w tym programie; obsługiwane są klucze RSA i ECDSA.</source>
        <translation>This certificate&apos;s key ({algorithm}) cannot sign in this program; RSA and ECDSA keys are supported.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/signature/wording.py" line="162"/>
        <source>Magazyn certyfikatów Windows zgłosił błąd: {reason}</source>
        <translation>The Windows certificate store reported an error: {reason}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/application.py" line="43"/>
        <source>papier (poczta lub kancelaria)</source>
        <translation>paper (post or registry office)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/day_limit.py" line="28"/>
        <source>reguła &quot;not_after_day&quot; wymaga pola typu &quot;date&quot;, a &quot;{field}&quot; jest typu &quot;{type}&quot;</source>
        <translation>the rule &quot;not_after_day&quot; needs a field of type &quot;date&quot;, but &quot;{field}&quot; is of type &quot;{type}&quot;</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/day_limit.py" line="31"/>
        <source>&quot;day&quot; musi być prawdziwą datą w postaci RRRR-MM-DD, a jest &quot;{value}&quot;</source>
        <translation>&quot;day&quot; must be a real date written YYYY-MM-DD, but is &quot;{value}&quot;</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/day_limit.py" line="34"/>
        <source>Ta data nie może przypadać po {day_label} ({day}).</source>
        <translation>This date may not fall after {day} ({day_label}).</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/forms/day_limit.py" line="70"/>
        <source>wyznaczonym dniu</source>
        <translation>the set day</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/sending.py" line="37"/>
        <source>przepisz adres z ogłoszenia naboru (można go też zapisać w Ustawieniach)</source>
        <translation>copy the address from the call&apos;s notice (it can also be saved in Settings)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/sending.py" line="84"/>
        <source>Wniosek – {call} – {city}</source>
        <translation>Application – {call} – {city}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/sending.py" line="91"/>
        <source>W ePUAP wybierz „Pismo ogólne do podmiotu publicznego” i jako adresata Ministerstwo Funduszy i Polityki Regionalnej; porównaj adres skrytki z ogłoszeniem naboru.</source>
        <translation>In ePUAP choose “General letter to a public body” (Pismo ogólne do podmiotu publicznego) with the Ministry of Development Funds and Regional Policy as addressee; compare the mailbox address with the call&apos;s notice.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/sending.py" line="97"/>
        <source>Jako tytuł pisma wpisz temat podany niżej.</source>
        <translation>Enter the subject given below as the letter&apos;s title.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/sending.py" line="98"/>
        <source>Dołącz podpisany plik wniosku i każdy załącznik z tego folderu. Podpis pisma w ePUAP nie podpisuje załączników: plik wniosku musi mieć własny podpis kwalifikowany.</source>
        <translation>Attach the signed application file and every attachment from this folder. Signing the ePUAP letter does not sign its attachments: the application file must carry its own qualified signature.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/sending.py" line="104"/>
        <source>Po wysłaniu pobierz z folderu „Wysłane” wysłany dokument (XML) i Urzędowe Poświadczenie Przedłożenia (UPP) i wczytaj je przyciskiem „Dowód złożenia…”.</source>
        <translation>After sending, download the sent document (XML) and the Official Confirmation of Submission (UPP) from the “Sent” folder and load them with the “Proof of submission…” button.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/sending.py" line="111"/>
        <source>W skrzynce e-Doręczeń wpisz adres do doręczeń elektronicznych ministerstwa podany niżej; porównaj go z ogłoszeniem naboru.</source>
        <translation>In the e-Doręczenia mailbox enter the ministry&apos;s electronic delivery address given below; compare it with the call&apos;s notice.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/sending.py" line="116"/>
        <source>Jako tytuł wiadomości wpisz temat podany niżej.</source>
        <translation>Enter the subject given below as the message&apos;s title.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/sending.py" line="117"/>
        <source>Dołącz podpisany plik wniosku i każdy załącznik z tego folderu.</source>
        <translation>Attach the signed application file and every attachment from this folder.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/sending.py" line="120"/>
        <source>Po wysłaniu pobierz dowód wysłania (UPN/UPO) i wysłaną wiadomość i wczytaj je przyciskiem „Dowód złożenia…”.</source>
        <translation>After sending, download the proof of sending (UPN/UPO) and the sent message and load them with the “Proof of submission…” button.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/sending.py" line="127"/>
        <source>Wydrukuj wniosek w wersji ostatecznej, podpisz go odręcznie i dołącz wydruki załączników z tego folderu.</source>
        <translation>Print the final application, sign it by hand and add printouts of the attachments from this folder.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/sending.py" line="132"/>
        <source>Na kopercie lub piśmie przewodnim napisz temat podany niżej.</source>
        <translation>Write the subject given below on the envelope or the cover letter.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/sending.py" line="133"/>
        <source>Zachowaj potwierdzenie nadania lub złożenia w kancelarii; liczy się data, którą podaje ogłoszenie naboru.</source>
        <translation>Keep the postal or registry receipt; the date that counts is the one the call&apos;s notice names.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/network_activity.py" line="44"/>
        <location filename="../../pim_desktop/domain/submission_proof.py" line="28"/>
        <source>potwierdzone</source>
        <translation>confirmed</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/submission_proof.py" line="29"/>
        <source>niezgodne</source>
        <translation>mismatch</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/submission_proof.py" line="30"/>
        <source>nie da się sprawdzić</source>
        <translation>cannot be checked</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/submission_proof.py" line="42"/>
        <source>Podpis poświadczenia</source>
        <translation>Signature of the confirmation</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/submission_proof.py" line="43"/>
        <source>Zaufanie do podpisującego</source>
        <translation>Trust in the signer</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/submission_proof.py" line="44"/>
        <source>Poświadczenie obejmuje wysłany dokument</source>
        <translation>The confirmation covers the sent document</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/submission_proof.py" line="45"/>
        <source>Wysłany dokument zawiera podpisany wniosek</source>
        <translation>The sent document holds the signed application</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/submission_proof.py" line="92"/>
        <source>Identyfikator poświadczenia</source>
        <translation>Confirmation identifier</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/submission_proof.py" line="93"/>
        <source>Nadawca</source>
        <translation>Sender</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/submission_proof.py" line="94"/>
        <source>Adresat</source>
        <translation>Addressee</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/submission_proof.py" line="95"/>
        <source>Data doręczenia</source>
        <translation>Delivery date</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/submission_proof.py" line="96"/>
        <source>Data wytworzenia poświadczenia</source>
        <translation>Date the confirmation was produced</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/submission_proof.py" line="97"/>
        <source>Identyfikator dokumentu</source>
        <translation>Document identifier</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/submission_proof.py" line="98"/>
        <source>Poświadczenie podpisał</source>
        <translation>Confirmation signed by</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/submission_proof.py" line="139"/>
        <source>Plik „{name}” ma {size} MB, więcej niż {limit} MB dopuszczalne dla tego rodzaju pliku; nie został otwarty.</source>
        <translation>The file “{name}” is {size} MB, more than the {limit} MB allowed for this kind of file; it was not opened.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/submission_proof.py" line="144"/>
        <source>Plik „{name}” zawiera deklarację DOCTYPE lub encje XML. Poświadczenia ePUAP ich nie mają, a mogą służyć do ataku, więc pliku nie otwarto.</source>
        <translation>The file “{name}” contains a DOCTYPE declaration or XML entities. ePUAP confirmations have none, and they can be used for an attack, so the file was not opened.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/submission_proof.py" line="149"/>
        <source>Plik „{name}” nie jest poprawnym dokumentem XML: {reason}</source>
        <translation>The file “{name}” is not a valid XML document: {reason}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/submission_proof.py" line="152"/>
        <source>Plik „{name}” nie jest Urzędowym Poświadczeniem Przedłożenia (UPP) ePUAP: brak elementu Dokument/UPP w przestrzeni nazw poświadczeń.</source>
        <translation>The file “{name}” is not an ePUAP Official Confirmation of Submission (UPP): there is no Dokument/UPP element in the confirmations&apos; namespace.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/submission_proof.py" line="157"/>
        <source>Plik „{name}” nie zawiera żadnego załącznika (DaneZalacznika); to nie jest wysłany dokument ePUAP z wnioskiem.</source>
        <translation>The file “{name}” holds no attachment (DaneZalacznika); it is not a sent ePUAP document with an application.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/submission_proof.py" line="162"/>
        <source>Przy wniosku nie ma podpisanego pliku PDF. Najpierw podpisz wniosek albo wczytaj podpisany plik.</source>
        <translation>The application has no signed PDF file. Sign the application or load a signed file first.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/submission_proof.py" line="167"/>
        <source>Przy wniosku nie ma jeszcze dowodu złożenia (poświadczenia i wysłanego dokumentu).</source>
        <translation>The application has no proof of submission yet (confirmation and sent document).</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/submission_proof.py" line="171"/>
        <source>Nie można odczytać pliku „{name}”: {reason}</source>
        <translation>The file “{name}” cannot be read: {reason}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/receipts/proof_check.py" line="84"/>
        <source>Przy wniosku nie ma podpisanego pliku PDF, z którym można porównać załączniki.</source>
        <translation>The application has no signed PDF file to compare the attachments with.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/receipts/proof_check.py" line="87"/>
        <source>Załącznik „{attachment}” to bajt w bajt podpisany plik wniosku „{pdf}” (SHA-256 {sha256}).</source>
        <translation>The attachment “{attachment}” is byte for byte the signed application file “{pdf}” (SHA-256 {sha256}).</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/receipts/proof_check.py" line="91"/>
        <source>Żadnego załącznika wysłanego dokumentu nie da się odczytać (błędne base64).</source>
        <translation>No attachment of the sent document can be read (invalid base64).</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/receipts/proof_check.py" line="94"/>
        <source>Żaden z załączników wysłanego dokumentu ({count}: {names}) nie jest podpisanym plikiem tego wniosku: skrót SHA-256 się różni.</source>
        <translation>None of the sent document&apos;s attachments ({count}: {names}) is a signed file of this application: the SHA-256 digest differs.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/receipts/receipt_signature.py" line="272"/>
        <source>Poświadczenie nie zawiera podpisu XML (ds:Signature).</source>
        <translation>The confirmation carries no XML signature (ds:Signature).</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/receipts/receipt_signature.py" line="273"/>
        <source>Podpis poświadczenia nie zawiera certyfikatu (KeyInfo/X509Certificate).</source>
        <translation>The confirmation&apos;s signature carries no certificate (KeyInfo/X509Certificate).</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/receipts/receipt_signature.py" line="276"/>
        <source>Bez sprawdzalnego podpisu poświadczenia nie da się tego ocenić.</source>
        <translation>Without a signature that can be checked this cannot be judged.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/receipts/receipt_signature.py" line="279"/>
        <source>Podpis obejmuje dokument, który nie zgadza się z wczytanym wysłanym dokumentem, więc samego podpisu nie da się sprawdzić.</source>
        <translation>The signature covers a document that does not match the loaded sent document, so the signature itself cannot be checked.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/receipts/receipt_signature.py" line="284"/>
        <source>Treść poświadczenia zmieniono po podpisaniu (niezgodny skrót): {detail}</source>
        <translation>The confirmation was changed after signing (digest mismatch): {detail}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/receipts/receipt_signature.py" line="287"/>
        <source>Podpis nie pasuje do treści poświadczenia albo do certyfikatu: {detail}</source>
        <translation>The signature does not match the confirmation&apos;s content or its certificate: {detail}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/receipts/receipt_signature.py" line="290"/>
        <source>Certyfikatu podpisu nie da się użyć w chwili wytworzenia poświadczenia: {detail}</source>
        <translation>The signing certificate cannot be used at the moment the confirmation was produced: {detail}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/receipts/receipt_signature.py" line="293"/>
        <source>Podpisu w tej postaci program nie umie sprawdzić: {detail}</source>
        <translation>The program cannot check a signature in this form: {detail}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/receipts/receipt_signature.py" line="296"/>
        <source>Podpis XML jest prawidłowy i obejmuje treść poświadczenia. Podpisał: {signer}.</source>
        <translation>The XML signature is valid and covers the confirmation&apos;s content. Signed by: {signer}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/receipts/receipt_signature.py" line="299"/>
        <source>Podpis poświadczenia nie ma odwołania (Reference) do dokumentu spoza poświadczenia, więc nie da się porównać go z wysłanym dokumentem.</source>
        <translation>The confirmation&apos;s signature has no reference (Reference) to a document outside the confirmation, so it cannot be compared with the sent document.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/receipts/receipt_signature.py" line="304"/>
        <source>Skrót dokumentu zapisany w poświadczeniu różni się od skrótu wczytanego wysłanego dokumentu: to nie jest dokument, który poświadczono, albo go zmieniono.</source>
        <translation>The document digest in the confirmation differs from the digest of the loaded sent document: this is not the document that was confirmed, or it was changed.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/receipts/receipt_signature.py" line="309"/>
        <source>Skrót w poświadczeniu zgadza się z wysłanym dokumentem, ale podpis poświadczenia nie jest potwierdzony, więc nie potwierdza tego skrótu.</source>
        <translation>The digest in the confirmation matches the sent document, but the confirmation&apos;s signature is not confirmed, so it does not vouch for that digest.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/receipts/receipt_signature.py" line="314"/>
        <source>Podpisane poświadczenie zawiera skrót dokumentu równy skrótowi wczytanego wysłanego dokumentu.</source>
        <translation>The signed confirmation holds a document digest equal to the digest of the loaded sent document.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/receipts/receipt_signature.py" line="319"/>
        <source>Nie sprawdzono, kto podpisał poświadczenie: program działa bez internetu, a w Ustawieniach nie dodano zaufanego certyfikatu.</source>
        <translation>Who signed the confirmation was not checked: the program works offline and no trusted certificate was added in Settings.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/receipts/receipt_signature.py" line="324"/>
        <source>Nie potwierdzono, kto podpisał poświadczenie: certyfikat nie prowadzi do żadnego zaufanego certyfikatu systemu ani dodanego w Ustawieniach, a bez internetu program nie sprawdza go inaczej.</source>
        <translation>Who signed the confirmation is not confirmed: the certificate leads to no certificate trusted by the system or added in Settings, and offline the program cannot check it otherwise.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/receipts/receipt_signature.py" line="330"/>
        <source>Certyfikat podpisu nie był ważny w chwili wytworzenia poświadczenia.</source>
        <translation>The signing certificate was not valid when the confirmation was produced.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/receipts/receipt_signature.py" line="333"/>
        <source>Certyfikat podpisu prowadzi do zaufanego certyfikatu {root} (unieważnienia nie sprawdzono: program działa bez internetu).</source>
        <translation>The signing certificate leads to the trusted certificate {root} (revocation not checked: the program works offline).</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/errors.py" line="147"/>
        <source>Nie udało się połączyć z bazą zespołu: serwer nie odpowiada albo połączenie zostało przerwane. To, co wpisano, zostaje w oknie; spróbuj ponownie za chwilę.</source>
        <translation>Could not connect to the team database: the server does not answer or the connection was broken. What you typed stays in the window; try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/errors.py" line="152"/>
        <source>Serwer bazy zespołu nie przyjął użytkownika, hasła albo nazwy bazy danych. Sprawdź je w Ustawieniach (Baza zespołu) albo zapytaj administratora serwera.</source>
        <translation>The team database server did not accept the user, password or database name. Check them in Settings (Team database) or ask the server&apos;s administrator.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/team_database.py" line="273"/>
        <source>Kopie zapasowe bazy zespołu robi administrator serwera (pg_dump); program nie zapisuje ich w plikach.</source>
        <translation>Backups of the team database are made by the server&apos;s administrator (pg_dump); the program does not write them to files.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/capacity.py" line="25"/>
        <source>na początku</source>
        <translation>at the start</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/capacity.py" line="26"/>
        <source>w połowie</source>
        <translation>midway</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/capacity.py" line="27"/>
        <source>na końcu</source>
        <translation>at the end</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/capacity.py" line="40"/>
        <source>praca Lokalnego Partnerstwa</source>
        <translation>Local Partnership’s work</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/capacity.py" line="41"/>
        <source>udział mieszkańców</source>
        <translation>residents’ participation</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/capacity.py" line="42"/>
        <source>podejście zintegrowane</source>
        <translation>integrated approach</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/capacity.py" line="43"/>
        <source>planowanie i monitorowanie działań</source>
        <translation>planning and monitoring of actions</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/capacity.py" line="46"/>
        <source>korzystanie z danych</source>
        <translation>use of data</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/network_activity.py" line="29"/>
        <source>ekspertyza</source>
        <translation>expertise</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/network_activity.py" line="31"/>
        <source>inne działanie</source>
        <translation>other activity</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/network_activity.py" line="45"/>
        <source>odbyło się</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/network_activity.py" line="46"/>
        <source>rozliczone</source>
        <translation>settled</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/network_activity.py" line="61"/>
        <source>podróże</source>
        <translation>travel</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/network_activity.py" line="62"/>
        <source>noclegi</source>
        <translation>accommodation</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/network_activity.py" line="63"/>
        <source>wyżywienie</source>
        <translation>catering</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/network_activity.py" line="64"/>
        <source>sala</source>
        <translation>venue</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/network_activity.py" line="65"/>
        <source>honorarium eksperta</source>
        <translation>expert’s fee</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/network_activity.py" line="66"/>
        <source>tłumaczenie</source>
        <translation>translation</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/network_activity.py" line="67"/>
        <source>inne koszty</source>
        <translation>other costs</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/network_activity.py" line="80"/>
        <source>wsparcie programu PIM</source>
        <translation>PIM programme support</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/network_activity.py" line="81"/>
        <source>miasto gospodarz</source>
        <translation>host city</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/network_activity.py" line="82"/>
        <source>budżet własny miasta</source>
        <translation>city’s own budget</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/network_activity.py" line="93"/>
        <source>faktura</source>
        <translation>invoice</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/network_activity.py" line="94"/>
        <source>lista obecności</source>
        <translation>attendance list</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/network_activity.py" line="95"/>
        <source>sprawozdanie</source>
        <translation>report</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/network_activity.py" line="189"/>
        <source>Wydano więcej, niż zaplanowano: {spent} wobec {planned}.</source>
        <translation>More was spent than planned: {spent} against {planned}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/network_activity.py" line="195"/>
        <source>Brak dokumentu rozliczającego: {document}.</source>
        <translation>A settling document is missing: {document}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/network_activity.py" line="212"/>
        <source>Podaj nazwę działania.</source>
        <translation>Enter the activity’s title.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/network_activity.py" line="215"/>
        <source>Koniec działania nie może być przed jego początkiem.</source>
        <translation>The activity cannot end before it starts.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/network_activity.py" line="220"/>
        <source>Gospodarzem musi być miasto sieci.</source>
        <translation>The host must be a city of the network.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/application_steps.py" line="22"/>
        <source>Wypełnij</source>
        <translation>Fill in</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/application_steps.py" line="23"/>
        <source>Sprawdź</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/application_steps.py" line="24"/>
        <source>PDF ostateczny</source>
        <translation>Final PDF</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/application_steps.py" line="25"/>
        <source>Podpisz</source>
        <translation>Sign</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/application_steps.py" line="26"/>
        <source>Wyślij</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/record_labels.py" line="19"/>
        <source>członek Partnerstwa</source>
        <translation>Partnership member</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/record_labels.py" line="20"/>
        <source>spotkanie</source>
        <translation>meeting</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/record_labels.py" line="21"/>
        <location filename="../../pim_desktop/domain/record_labels.py" line="67"/>
        <source>obecność</source>
        <translation>attendance</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/record_labels.py" line="22"/>
        <source>działanie planu</source>
        <translation>action of the plan</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/record_labels.py" line="23"/>
        <source>dane miasta</source>
        <translation>city data</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/record_labels.py" line="27"/>
        <source>rodzaj członka</source>
        <translation>kind of member</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/record_labels.py" line="28"/>
        <source>nazwa</source>
        <translation>name</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/record_labels.py" line="29"/>
        <source>sektor</source>
        <translation>sector</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/record_labels.py" line="30"/>
        <source>adres</source>
        <translation>address</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/record_labels.py" line="31"/>
        <source>rola</source>
        <translation>role</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/record_labels.py" line="32"/>
        <source>data przystąpienia</source>
        <translation>date joined</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/record_labels.py" line="33"/>
        <source>data wystąpienia</source>
        <translation>date left</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/record_labels.py" line="34"/>
        <source>ważność</source>
        <translation>importance</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/record_labels.py" line="35"/>
        <source>wpływ</source>
        <translation>influence</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/record_labels.py" line="36"/>
        <source>list intencyjny</source>
        <translation>letter of intent</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/record_labels.py" line="37"/>
        <source>uwagi</source>
        <translation>notes</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/record_labels.py" line="42"/>
        <location filename="../../pim_desktop/domain/record_labels.py" line="113"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/record_labels.py" line="44"/>
        <source>zgoda</source>
        <translation>consent</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/record_labels.py" line="45"/>
        <source>podstawa przetwarzania</source>
        <translation>basis of processing</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/record_labels.py" line="46"/>
        <source>data zgody</source>
        <translation>date of consent</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/record_labels.py" line="47"/>
        <source>kontakt</source>
        <translation>contact</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/record_labels.py" line="48"/>
        <source>publikacja</source>
        <translation>publication</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/record_labels.py" line="49"/>
        <source>zdjęcia</source>
        <translation>photos</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/record_labels.py" line="50"/>
        <source>dane usunięte</source>
        <translation>data erased</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/record_labels.py" line="55"/>
        <source>rodzaj spotkania</source>
        <translation>kind of meeting</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/record_labels.py" line="56"/>
        <location filename="../../pim_desktop/domain/record_labels.py" line="73"/>
        <source>tytuł</source>
        <translation>title</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/record_labels.py" line="57"/>
        <location filename="../../pim_desktop/domain/record_labels.py" line="74"/>
        <source>początek</source>
        <translation>start</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/record_labels.py" line="58"/>
        <location filename="../../pim_desktop/domain/record_labels.py" line="75"/>
        <source>koniec</source>
        <translation>end</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/record_labels.py" line="59"/>
        <source>miejsce</source>
        <translation>place</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/record_labels.py" line="60"/>
        <source>link do spotkania online</source>
        <translation>online meeting link</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/record_labels.py" line="61"/>
        <source>porządek spotkania</source>
        <translation>agenda</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/record_labels.py" line="62"/>
        <source>zaproszeni</source>
        <translation>invited</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/record_labels.py" line="63"/>
        <source>goście</source>
        <translation>guests</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/record_labels.py" line="64"/>
        <source>protokół</source>
        <translation>minutes</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/record_labels.py" line="65"/>
        <source>ustalenia</source>
        <translation>decisions</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/record_labels.py" line="66"/>
        <source>zadania</source>
        <translation>tasks</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/record_labels.py" line="68"/>
        <source>w zastępstwie</source>
        <translation>substituted by</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/record_labels.py" line="72"/>
        <source>kod</source>
        <translation>code</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/record_labels.py" line="76"/>
        <source>opis</source>
        <translation>description</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/record_labels.py" line="77"/>
        <source>cel</source>
        <translation>objective</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/record_labels.py" line="78"/>
        <source>rodzaj działania</source>
        <translation>type of action</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/record_labels.py" line="79"/>
        <source>odpowiedzialna jednostka</source>
        <translation>responsible unit</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/record_labels.py" line="80"/>
        <source>partnerzy</source>
        <translation>partners</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/record_labels.py" line="81"/>
        <source>koszt</source>
        <translation>cost</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/record_labels.py" line="82"/>
        <source>źródła finansowania</source>
        <translation>funding sources</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/record_labels.py" line="83"/>
        <source>wskaźniki</source>
        <translation>indicators</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/record_labels.py" line="84"/>
        <source>ryzyka</source>
        <translation>risks</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/record_labels.py" line="85"/>
        <source>priorytet</source>
        <translation>priority</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/record_labels.py" line="86"/>
        <source>stan</source>
        <translation>status</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/record_labels.py" line="87"/>
        <source>spotkania</source>
        <translation>meetings</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/record_labels.py" line="91"/>
        <source>oficjalna nazwa</source>
        <translation>official name</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/record_labels.py" line="92"/>
        <source>rodzaj jednostki</source>
        <translation>type of unit</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/record_labels.py" line="93"/>
        <source>województwo</source>
        <translation>voivodeship</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/record_labels.py" line="95"/>
        <source>kod TERYT gminy</source>
        <translation>TERYT code of the gmina</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/record_labels.py" line="96"/>
        <source>REGON</source>
        <translation>REGON</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/record_labels.py" line="97"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/record_labels.py" line="98"/>
        <source>ulica i numer</source>
        <translation>street and number</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/record_labels.py" line="99"/>
        <source>kod pocztowy</source>
        <translation>postal code</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/record_labels.py" line="100"/>
        <source>miejscowość</source>
        <translation>town</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/record_labels.py" line="101"/>
        <source>adres skrzynki ePUAP</source>
        <translation>ePUAP inbox address</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/record_labels.py" line="102"/>
        <source>adres do e-Doręczeń</source>
        <translation>e-Doręczenia address</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/record_labels.py" line="103"/>
        <source>liczba mieszkańców</source>
        <translation>population</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/record_labels.py" line="104"/>
        <source>rok danych o liczbie mieszkańców</source>
        <translation>year of the population figure</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/record_labels.py" line="105"/>
        <source>osoba podpisująca wnioski</source>
        <translation>person signing the applications</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/record_labels.py" line="106"/>
        <source>funkcja osoby podpisującej</source>
        <translation>function of the signing person</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/record_labels.py" line="107"/>
        <source>koordynator PIM</source>
        <translation>PIM coordinator</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/record_labels.py" line="108"/>
        <source>zastępca koordynatora PIM</source>
        <translation>deputy PIM coordinator</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/record_labels.py" line="111"/>
        <source>wydział / komórka</source>
        <translation>department / unit</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/record_labels.py" line="125"/>
        <source>Ten członek został usunięty przez {officer}. To, co wpisano, nie zostało zapisane; dodaj członka ponownie, jeśli jest potrzebny.</source>
        <translation>This member was deleted by {officer}. What you typed was not saved; add the member again if needed.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/record_labels.py" line="130"/>
        <source>To spotkanie zostało usunięte przez {officer}. To, co wpisano, nie zostało zapisane.</source>
        <translation>This meeting was deleted by {officer}. What you typed was not saved.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/record_labels.py" line="134"/>
        <source>Ta osoba nie jest już zaproszona na spotkanie (zmiana: {officer}). Obecności nie zapisano.</source>
        <translation>This person is no longer invited to the meeting (changed by {officer}). The attendance was not saved.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/record_labels.py" line="139"/>
        <source>To działanie zostało usunięte przez {officer}. To, co wpisano, nie zostało zapisane; dodaj je ponownie, jeśli jest potrzebne.</source>
        <translation>This action was deleted by {officer}. What you typed was not saved; add it again if needed.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/record_labels.py" line="145"/>
        <source>inną osobę</source>
        <translation>someone else</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/team_journal.py" line="331"/>
        <source>Ktoś zmienił w tym czasie te same pola; zmiany czekają, aż wybierzesz, którą wersję zapisać.</source>
        <translation>Someone changed the same fields meanwhile; the changes wait until you choose which version to save.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/team_journal.py" line="335"/>
        <source>Zapisów czekających na tym komputerze nie da się odczytać (plik created.json w folderze team-journal jest uszkodzony); zmiany czekają dalej.</source>
        <translation>The records waiting on this computer cannot be read (the file created.json in the team-journal folder is damaged); the changes keep waiting.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/team_journal.py" line="340"/>
        <source>Brak połączenia z bazą zespołu, a zmian nie da się też zapisać na tym komputerze: na dysku zabrakło miejsca. To, co wpisano, zostaje w oknie; zwolnij miejsce, a zapis zostanie ponowiony.</source>
        <translation>No connection to the team database, and the changes cannot be kept on this computer either: the disk is full. What you typed stays in the window; free some space and the save is tried again.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/team_journal.py" line="346"/>
        <source>Brak połączenia z bazą zespołu, a zmian nie da się też zapisać na tym komputerze: folder danych nie pozwala na zapis. To, co wpisano, zostaje w oknie; przywróć dostęp do folderu, a zapis zostanie ponowiony.</source>
        <translation>No connection to the team database, and the changes cannot be kept on this computer either: the data folder cannot be written. What you typed stays in the window; restore access to the folder and the save is tried again.</translation>
    </message>
</context>
</TS>

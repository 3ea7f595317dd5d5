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
    <name>ApplicationEditor</name>
    <message>
        <location filename="../../pim_desktop/ui/application_editor.py" line="78" />
        <source>Edytor wniosku</source>
        <translation>Application editor</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/application_editor.py" line="88" />
        <source>Sekcje wniosku</source>
        <translation>Application sections</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/application_editor.py" line="108" />
        <source>← &amp;Lista wniosków</source>
        <translation>← &amp;Application list</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/application_editor.py" line="110" />
        <source>Wróć do listy wniosków</source>
        <translation>Back to the application list</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/application_editor.py" line="118" />
        <source>wersja {number}</source>
        <translation>version {number}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/application_editor.py" line="123" />
        <source>&amp;Sprawdź wniosek</source>
        <translation>&amp;Check application</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/application_editor.py" line="125" />
        <location filename="../../pim_desktop/ui/application_editor.py" line="195" />
        <source>Sprawdź wniosek</source>
        <translation>Check application</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/application_editor.py" line="128" />
        <source>&amp;Historia zmian</source>
        <translation>Change &amp;history</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/application_editor.py" line="130" />
        <location filename="../../pim_desktop/ui/application_editor.py" line="201" />
        <source>Historia zmian</source>
        <translation>Change history</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/application_editor.py" line="131" />
        <source>Historia zmian (Ctrl+H)</source>
        <translation>Change history (Ctrl+H)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/application_editor.py" line="137" />
        <source>Stan zapisu wniosku</source>
        <translation>Application save status</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/application_editor.py" line="144" />
        <source>Ten wniosek jest podpisany lub wysłany i zamrożony. Aby coś zmienić, utwórz nową wersję na liście wniosków.</source>
        <translation>This application has been signed or sent and is frozen. To change anything, create a new version in the application list.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/application_editor.py" line="159" />
        <source>Problemy we wniosku</source>
        <translation>Problems in the application</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/application_editor.py" line="191" />
        <source>Cofnij</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/application_editor.py" line="193" />
        <source>Ponów</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/application_editor.py" line="198" />
        <source>Zapisz teraz</source>
        <translation>Save now</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/application_editor.py" line="244" />
        <source>Zapisywanie…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/application_editor.py" line="276" />
        <source>Zapisano o {time}.</source>
        <translation>Saved at {time}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/application_editor.py" line="305" />
        <source>sekcja kompletna</source>
        <translation>section complete</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/application_editor.py" line="306" />
        <source>sekcja ma problemy</source>
        <translation>section has problems</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/application_editor.py" line="307" />
        <source>sekcja nierozpoczęta</source>
        <translation>section not started</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/application_editor.py" line="327" />
        <source>Problemy do poprawienia: {count}. Wybierz problem, aby przejść do pola.</source>
        <translation>Problems to fix: {count}. Select a problem to go to its field.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/application_editor.py" line="331" />
        <source>Wniosek nie ma problemów.</source>
        <translation>The application has no problems.</translation>
    </message>
</context>
<context>
    <name>ApplicationTableModel</name>
    <message>
        <location filename="../../pim_desktop/ui/models/application_table_model.py" line="26" />
        <source>Nabór</source>
        <translation>Call</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/models/application_table_model.py" line="27" />
        <source>Rola</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/models/application_table_model.py" line="28" />
        <source>Sieć</source>
        <translation>Network</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/models/application_table_model.py" line="29" />
        <source>Wersja</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/models/application_table_model.py" line="30" />
        <source>Stan</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/models/application_table_model.py" line="31" />
        <source>Ostatnia zmiana</source>
        <translation>Last changed</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/models/application_table_model.py" line="32" />
        <source>Kompletność</source>
        <translation>Completeness</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/models/application_table_model.py" line="33" />
        <source>Termin</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/models/application_table_model.py" line="98" />
        <source>{date} (po terminie)</source>
        <translation>{date} (past the deadline)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/models/application_table_model.py" line="99" />
        <source>{date} (zostało dni: {days})</source>
        <translation>{date} (days left: {days})</translation>
    </message>
</context>
<context>
    <name>ApplicationsPage</name>
    <message>
        <location filename="../../pim_desktop/ui/pages/applications_page.py" line="58" />
        <location filename="../../pim_desktop/ui/pages/applications_page.py" line="69" />
        <location filename="../../pim_desktop/ui/pages/applications_page.py" line="284" />
        <source>Wnioski</source>
        <translation>Applications</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/applications_page.py" line="76" />
        <source>Lista wniosków</source>
        <translation>Application list</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/applications_page.py" line="92" />
        <source>&amp;Nowy wniosek…</source>
        <translation>&amp;New application…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/applications_page.py" line="94" />
        <source>&amp;Otwórz</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/applications_page.py" line="96" />
        <source>Oznacz jako &amp;gotowy</source>
        <translation>Mark as &amp;ready</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/applications_page.py" line="99" />
        <source>Oznacz jako &amp;wysłany…</source>
        <translation>Mark as &amp;sent…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/applications_page.py" line="101" />
        <source>Nowa w&amp;ersja</source>
        <translation>New &amp;version</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/applications_page.py" line="103" />
        <source>E&amp;ksportuj…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/applications_page.py" line="106" />
        <source>&amp;Importuj…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/applications_page.py" line="109" />
        <source>Zapisz wybrany wniosek ze wszystkimi wersjami w pliku .pim</source>
        <translation>Save the selected application with all its versions in a .pim file</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/applications_page.py" line="221" />
        <source>Wybierz wniosek do eksportu.</source>
        <translation>Select an application to export.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/applications_page.py" line="239" />
        <source>Wniosek ma problemy do poprawienia ({count}): pokazano je w edytorze.</source>
        <translation>The application has problems to fix ({count}): they are shown in the editor.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/applications_page.py" line="245" />
        <source>Wniosek sprawdzony i gotowy do wydruku oraz podpisu.</source>
        <translation>Application checked and ready for printing and signing.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/applications_page.py" line="253" />
        <source>Najpierw sprawdź wniosek i oznacz go jako gotowy.</source>
        <translation>First check the application and mark it as ready.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/applications_page.py" line="261" />
        <source>Zapisano wysłanie wniosku; wniosek jest zamrożony.</source>
        <translation>The sending of the application has been recorded; the application is frozen.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/applications_page.py" line="270" />
        <source>Utworzono wersję {number} jako nowy wniosek roboczy.</source>
        <translation>Version {number} has been created as a new draft application.</translation>
    </message>
</context>
<context>
    <name>AttachmentField</name>
    <message>
        <location filename="../../pim_desktop/ui/form_fields/attachment_field.py" line="44" />
        <source>Dodaj &amp;plik…</source>
        <translation>Add &amp;file…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/form_fields/attachment_field.py" line="46" />
        <source>Dodaj plik: {label}</source>
        <translation>Add file: {label}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/form_fields/attachment_field.py" line="48" />
        <source>Usuń plik</source>
        <translation>Remove file</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/form_fields/attachment_field.py" line="51" />
        <source>Usuń plik: {label}</source>
        <translation>Remove file: {label}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/form_fields/attachment_field.py" line="60" />
        <source>Wybierz plik: {label}</source>
        <translation>Choose file: {label}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/form_fields/attachment_field.py" line="66" />
        <source>Dozwolone pliki ({patterns})</source>
        <translation>Allowed files ({patterns})</translation>
    </message>
</context>
<context>
    <name>BackupTableModel</name>
    <message>
        <location filename="../../pim_desktop/ui/models/backup_table_model.py" line="25" />
        <source>Data utworzenia</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/models/backup_table_model.py" line="25" />
        <source>Rozmiar</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/models/backup_table_model.py" line="25" />
        <source>Plik</source>
        <translation>File</translation>
    </message>
</context>
<context>
    <name>BackupsBox</name>
    <message>
        <location filename="../../pim_desktop/ui/pages/backups_box.py" line="49" />
        <location filename="../../pim_desktop/ui/pages/backups_box.py" line="50" />
        <source>Kopie zapasowe</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/backups_box.py" line="58" />
        <source>Program sam tworzy kopię bazy danych przy uruchomieniu, przy zamknięciu i co godzinę pracy, gdy coś się zmieniło. Zachowuje 10 ostatnich kopii i po jednej z każdego dnia z ostatnich 30 dni. Załączniki są przechowywane osobno i nie są usuwane, więc przywrócona kopia je odnajdzie.</source>
        <translation>The program backs up its database by itself at start, on exit and every hour of work when something has changed. It keeps the last 10 backups and one from each of the last 30 days. Attachments are kept separately and never deleted, so a restored backup finds them.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/backups_box.py" line="69" />
        <source>Lista kopii zapasowych</source>
        <translation>List of backups</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/backups_box.py" line="81" />
        <source>Stan kopii zapasowych</source>
        <translation>Backup status</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/backups_box.py" line="86" />
        <source>&amp;Utwórz kopię teraz</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/backups_box.py" line="89" />
        <source>&amp;Przywróć wybraną kopię…</source>
        <translation>&amp;Restore the selected backup…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/backups_box.py" line="92" />
        <source>Otwórz &amp;folder kopii</source>
        <translation>Open the backup &amp;folder</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/backups_box.py" line="115" />
        <source>Nie ma jeszcze żadnej kopii zapasowej.</source>
        <translation>There is no backup yet.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/backups_box.py" line="137" />
        <source>Utworzono i sprawdzono kopię z {when} ({size}).</source>
        <translation>Backup of {when} created and checked ({size}).</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/backups_box.py" line="150" />
        <source>Nie udało się zapisać bieżących zmian, więc kopii nie przywrócono. Sprawdź komunikat w oknie edycji.</source>
        <translation>The current changes could not be saved, so the backup was not restored. See the message in the editor.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/backups_box.py" line="162" />
        <source>Przywrócono dane z kopii z {when}.</source>
        <translation>Data restored from the backup of {when}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/backups_box.py" line="165" />
        <source>Stan sprzed przywrócenia zapisano jako kopię z {when}; można do niego wrócić.</source>
        <translation>The state before restoring was saved as the backup of {when}; you can go back to it.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/backups_box.py" line="173" />
        <source>Przywrócić kopię zapasową?</source>
        <translation>Restore a backup?</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/backups_box.py" line="176" />
        <source>Przywrócić dane z kopii z {when}?</source>
        <translation>Restore the data from the backup of {when}?</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/backups_box.py" line="179" />
        <source>Obecne dane zostaną najpierw zapisane jako nowa kopia zapasowa, więc przywrócenie można cofnąć. Otwarty wniosek zostanie zapisany i zamknięty.</source>
        <translation>The current data will first be saved as a new backup, so the restore can be undone. The open application will be saved and closed.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/backups_box.py" line="183" />
        <source>&amp;Przywróć</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/backups_box.py" line="184" />
        <source>&amp;Anuluj</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>CityProfilePage</name>
    <message>
        <location filename="../../pim_desktop/ui/pages/city_profile_page.py" line="75" />
        <source>Dane miasta</source>
        <translation>City data</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/city_profile_page.py" line="83" />
        <source>Dane miasta (wnioskodawcy)</source>
        <translation>City data (applicant)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/city_profile_page.py" line="88" />
        <source>Stan zapisu</source>
        <translation>Save status</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/city_profile_page.py" line="116" />
        <source>Jednostka</source>
        <translation>Local authority</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/city_profile_page.py" line="118" />
        <source>Oficjalna nazwa</source>
        <translation>Official name</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/city_profile_page.py" line="119" />
        <source>Rodzaj jednostki</source>
        <translation>Type of authority</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/city_profile_page.py" line="120" />
        <source>Województwo</source>
        <translation>Voivodeship</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/city_profile_page.py" line="121" />
        <source>Powiat</source>
        <translation>County (powiat)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/city_profile_page.py" line="122" />
        <source>Kod TERYT gminy</source>
        <translation>TERYT code of the gmina</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/city_profile_page.py" line="123" />
        <source>REGON</source>
        <translation>REGON</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/city_profile_page.py" line="124" />
        <source>NIP</source>
        <translation>NIP (tax number)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/city_profile_page.py" line="128" />
        <source>Adres i skrzynki elektroniczne</source>
        <translation>Address and electronic mailboxes</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/city_profile_page.py" line="130" />
        <source>Ulica i numer</source>
        <translation>Street and number</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/city_profile_page.py" line="131" />
        <source>Kod pocztowy</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/city_profile_page.py" line="132" />
        <source>Miejscowość</source>
        <translation>Town</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/city_profile_page.py" line="133" />
        <source>Adres skrzynki ePUAP</source>
        <translation>ePUAP mailbox address</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/city_profile_page.py" line="134" />
        <source>Adres do e-Doręczeń</source>
        <translation>e-Delivery address</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/city_profile_page.py" line="138" />
        <location filename="../../pim_desktop/ui/pages/city_profile_page.py" line="140" />
        <source>Liczba mieszkańców</source>
        <translation>Population</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/city_profile_page.py" line="141" />
        <source>Według stanu na rok</source>
        <translation>As of year</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/city_profile_page.py" line="145" />
        <source>Osoba podpisująca wnioski</source>
        <translation>Person signing the applications</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/city_profile_page.py" line="147" />
        <location filename="../../pim_desktop/ui/pages/city_profile_page.py" line="157" />
        <source>Imię i nazwisko</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/city_profile_page.py" line="148" />
        <source>Funkcja</source>
        <translation>Function</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/city_profile_page.py" line="151" />
        <source>Koordynator PIM</source>
        <translation>PIM coordinator</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/city_profile_page.py" line="152" />
        <source>Zastępca koordynatora PIM</source>
        <translation>Deputy PIM coordinator</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/city_profile_page.py" line="158" />
        <source>Stanowisko</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/city_profile_page.py" line="159" />
        <source>Wydział / komórka</source>
        <translation>Department / unit</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/city_profile_page.py" line="160" />
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/city_profile_page.py" line="161" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/city_profile_page.py" line="196" />
        <source>— nie wybrano —</source>
        <translation>— not chosen —</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/city_profile_page.py" line="203" />
        <source>nie podano</source>
        <translation>not given</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/city_profile_page.py" line="285" />
        <source>Tryb tylko do odczytu: zmiany nie są zapisywane.</source>
        <translation>Read-only mode: changes are not saved.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/city_profile_page.py" line="287" />
        <source>Zmiany zapisują się same chwilę po wpisaniu.</source>
        <translation>Changes save themselves a moment after you type.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/city_profile_page.py" line="295" />
        <source>Zapisywanie…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/city_profile_page.py" line="319" />
        <source>Zapisano o {time}, z wyjątkiem pól z błędami: {fields}.</source>
        <translation>Saved at {time}, except the fields with errors: {fields}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/city_profile_page.py" line="325" />
        <source>Wszystkie zmiany zapisane o {time}.</source>
        <translation>All changes saved at {time}.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../pim_desktop/ui/pages/dashboard_page.py" line="48" />
        <source>Pulpit</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/dashboard_page.py" line="54" />
        <source>Dane wnioskodawcy</source>
        <translation>Applicant data</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/dashboard_page.py" line="64" />
        <source>&amp;Edytuj dane miasta…</source>
        <translation>&amp;Edit city data…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/dashboard_page.py" line="66" />
        <source>Edytuj dane miasta</source>
        <translation>Edit city data</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/dashboard_page.py" line="71" />
        <source>Wnioski: terminy i postęp</source>
        <translation>Applications: deadlines and progress</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/dashboard_page.py" line="88" />
        <source>Nazwa</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/dashboard_page.py" line="89" />
        <source>Rodzaj jednostki</source>
        <translation>Type of authority</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/dashboard_page.py" line="90" />
        <source>Województwo i powiat</source>
        <translation>Voivodeship and county</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/dashboard_page.py" line="91" />
        <source>TERYT / REGON / NIP</source>
        <translation>TERYT / REGON / NIP</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/dashboard_page.py" line="92" />
        <source>Liczba mieszkańców</source>
        <translation>Population</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/dashboard_page.py" line="93" />
        <source>Podpisuje</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/dashboard_page.py" line="94" />
        <source>Koordynator PIM</source>
        <translation>PIM coordinator</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/dashboard_page.py" line="104" />
        <source>Witaj w programie PIM Desktop</source>
        <translation>Welcome to PIM Desktop</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/dashboard_page.py" line="105" />
        <source>Zacznij od wpisania danych miasta: trafią do każdego wniosku.</source>
        <translation>Start with the city's data: it goes into every application.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/dashboard_page.py" line="115" />
        <source>Nie ma jeszcze wniosków. Utwórz pierwszy na stronie „Wnioski”.</source>
        <translation>There are no applications yet. Create the first one on the “Applications” page.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/dashboard_page.py" line="122" />
        <source>termin nieznany</source>
        <translation>deadline unknown</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/dashboard_page.py" line="124" />
        <source>termin {date} minął</source>
        <translation>deadline {date} has passed</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/dashboard_page.py" line="126" />
        <source>termin {date}, zostało dni: {days}</source>
        <translation>deadline {date}, days left: {days}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/dashboard_page.py" line="134" />
        <source>wersja {number}</source>
        <translation>version {number}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/dashboard_page.py" line="136" />
        <source>kompletność {percent} %</source>
        <translation>{percent} % complete</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/dashboard_page.py" line="139" />
        <source>stan: {status}</source>
        <translation>status: {status}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/dashboard_page.py" line="152" />
        <source>(dane z {year} r.)</source>
        <translation>(data of {year})</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/dashboard_page.py" line="156" />
        <source>powiat {name}</source>
        <translation>{name} county</translation>
    </message>
</context>
<context>
    <name>DataFolderBox</name>
    <message>
        <location filename="../../pim_desktop/ui/pages/data_folder_box.py" line="31" />
        <source>Folder danych leży na dysku sieciowym. Baza danych SQLite nie jest tam bezpieczna: przerwane połączenie albo praca dwóch osób naraz mogą uszkodzić dane. Przenieś dane na dysk tego komputera, a do przekazywania wniosków używaj pliku .pim.</source>
        <translation>The data folder is on a network drive. The SQLite database is not safe there: a broken connection or two people working at once can damage the data. Move the data to this computer's disk, and pass applications on in a .pim file.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/data_folder_box.py" line="38" />
        <source>Folder danych leży na dysku wymiennym (np. pendrive). Wyjęcie dysku w trakcie zapisu może uszkodzić dane. Przenieś dane na dysk tego komputera.</source>
        <translation>The data folder is on a removable drive (e.g. a USB stick). Removing the drive while data are written can damage them. Move the data to this computer's disk.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/data_folder_box.py" line="58" />
        <location filename="../../pim_desktop/ui/pages/data_folder_box.py" line="59" />
        <location filename="../../pim_desktop/ui/pages/data_folder_box.py" line="66" />
        <source>Folder danych</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/data_folder_box.py" line="75" />
        <source>Ostrzeżenie o folderze danych</source>
        <translation>Data folder warning</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/data_folder_box.py" line="86" />
        <source>Foldery programu wyznacza zmienna środowiskowa PIM_DESKTOP_HOME, więc folderu danych nie można tu przenieść.</source>
        <translation>The program's folders are set by the PIM_DESKTOP_HOME environment variable, so the data folder cannot be moved here.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/data_folder_box.py" line="92" />
        <source>Przenieś dane do &amp;innego folderu…</source>
        <translation>Move the data to &amp;another folder…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/data_folder_box.py" line="94" />
        <source>Przenieś dane do innego folderu</source>
        <translation>Move the data to another folder</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/data_folder_box.py" line="104" />
        <source>Wybierz pusty folder na dane</source>
        <translation>Choose an empty folder for the data</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/data_folder_box.py" line="113" />
        <source>Nie udało się zapisać bieżących zmian; danych nie przeniesiono.</source>
        <translation>The current changes could not be saved; the data were not moved.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/data_folder_box.py" line="127" />
        <source>Ryzykowne miejsce na dane</source>
        <translation>A risky place for the data</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/data_folder_box.py" line="128" />
        <source>Czy mimo to przenieść dane do tego folderu?</source>
        <translation>Move the data to this folder anyway?</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/data_folder_box.py" line="138" />
        <source>Dane skopiowano</source>
        <translation>Data copied</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/data_folder_box.py" line="143" />
        <source>Dane skopiowano i sprawdzono w folderze {new}. Program zamknie się teraz; po ponownym uruchomieniu będzie pracował w nowym folderze.</source>
        <translation>The data were copied to {new} and checked. The program will close now; when started again, it will work in the new folder.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/data_folder_box.py" line="149" />
        <source>Poprzedni folder {old} zostaje bez zmian. Usuń go sam, gdy upewnisz się, że wszystko działa.</source>
        <translation>The previous folder {old} stays unchanged. Delete it yourself once you are sure everything works.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../pim_desktop/ui/form_fields/value_fields.py" line="84" />
        <source>nie podano</source>
        <translation>not given</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/form_fields/value_fields.py" line="87" />
        <source>Wyczyść</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/form_fields/value_fields.py" line="88" />
        <source>Wyczyść datę: {label}</source>
        <translation>Clear date: {label}</translation>
    </message>
</context>
<context>
    <name>DeclarationField</name>
    <message>
        <location filename="../../pim_desktop/ui/form_fields/value_fields.py" line="178" />
        <source>Składam to oświadczenie</source>
        <translation>I make this declaration</translation>
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
    <name>FieldWidget</name>
    <message>
        <location filename="../../pim_desktop/ui/form_fields/field_widget.py" line="82" />
        <source>wymagane</source>
        <translation>required</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../pim_desktop/ui/history_dialog.py" line="51" />
        <source>Historia zmian wniosku</source>
        <translation>Application change history</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/history_dialog.py" line="61" />
        <source>Pokaż tylko zmiany od ostatniego &amp;eksportu</source>
        <translation>Show only changes since the last &amp;export</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/history_dialog.py" line="63" />
        <source>Pokaż tylko zmiany od ostatniego eksportu</source>
        <translation>Show only changes since the last export</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/history_dialog.py" line="74" />
        <source>Szczegóły wybranej zmiany</source>
        <translation>Details of the selected change</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/history_dialog.py" line="77" />
        <source>Wybierz zmianę, aby zobaczyć pełne wartości.</source>
        <translation>Select a change to see the full values.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/history_dialog.py" line="81" />
        <source>&amp;Zamknij</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/history_dialog.py" line="82" />
        <source>Zamknij</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/history_dialog.py" line="100" />
        <source>Wniosek nie był jeszcze eksportowany do pliku .pim; pokazano wszystkie zmiany ({count}), od najnowszej.</source>
        <translation>The application has not been exported to a .pim file yet; all changes ({count}) are shown, newest first.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/history_dialog.py" line="105" />
        <source>Ostatni eksport do pliku .pim: {when}. Zmiany od tamtej chwili ({count}) są oznaczone znakiem ● i pogrubione.</source>
        <translation>Last export to a .pim file: {when}. Changes since then ({count}) are marked with ● and shown in bold.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/history_dialog.py" line="112" />
        <source>Zmiany wniosku</source>
        <translation>Application changes</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <location filename="../../pim_desktop/ui/models/history_table_model.py" line="40" />
        <source>Od eksportu</source>
        <translation>Since export</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/models/history_table_model.py" line="41" />
        <source>Kiedy</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/models/history_table_model.py" line="42" />
        <source>Pole</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/models/history_table_model.py" line="43" />
        <source>Było</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/models/history_table_model.py" line="44" />
        <source>Jest</source>
        <translation>Is now</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/models/history_table_model.py" line="64" />
        <source>Pole: {label}</source>
        <translation>Field: {label}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/models/history_table_model.py" line="65" />
        <source>Kiedy: {when}</source>
        <translation>When: {when}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/models/history_table_model.py" line="66" />
        <source>Było: {value}</source>
        <translation>Was: {value}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/models/history_table_model.py" line="69" />
        <source>Jest: {value}</source>
        <translation>Is now: {value}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/models/history_table_model.py" line="108" />
        <source>zmiana od ostatniego eksportu</source>
        <translation>change since the last export</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/models/history_table_model.py" line="135" />
        <source>tak</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/models/history_table_model.py" line="135" />
        <source>nie</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/models/history_table_model.py" line="142" />
        <source>wiersze: {count}</source>
        <translation>rows: {count}</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../pim_desktop/ui/import_preview_dialog.py" line="37" />
        <source>Import z pliku .pim</source>
        <translation>Import from a .pim file</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/import_preview_dialog.py" line="44" />
        <source>Plik {name} utworzono {when} w programie PIM Desktop {version}.</source>
        <translation>The file {name} was created on {when} in PIM Desktop {version}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/import_preview_dialog.py" line="66" />
        <source>&amp;Importuj</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/import_preview_dialog.py" line="69" />
        <source>Importuj</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/import_preview_dialog.py" line="71" />
        <source>&amp;Anuluj</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/import_preview_dialog.py" line="72" />
        <source>Anuluj</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/import_preview_dialog.py" line="81" />
        <source>Nabór</source>
        <translation>Call</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/import_preview_dialog.py" line="82" />
        <source>Rola</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/import_preview_dialog.py" line="83" />
        <source>Sieć</source>
        <translation>Network</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/import_preview_dialog.py" line="84" />
        <source>Wersje</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/import_preview_dialog.py" line="85" />
        <source>Stan</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/import_preview_dialog.py" line="86" />
        <source>Co się stanie</source>
        <translation>What happens</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/import_preview_dialog.py" line="90" />
        <source>Wnioski w pliku</source>
        <translation>Applications in the file</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/import_preview_dialog.py" line="114" />
        <source>Część danych już jest w programie w innej postaci</source>
        <translation>Some of the data are already here in another form</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/import_preview_dialog.py" line="120" />
        <source>Zachowaj &amp;oba: wnioski z pliku zostaną dodane obok obecnych, dane miasta z tego komputera zostaną bez zmian</source>
        <translation>Keep &amp;both: the applications from the file are added beside the present ones; the city data on this computer stay unchanged</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/import_preview_dialog.py" line="125" />
        <source>Zachowaj oba</source>
        <translation>Keep both</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/import_preview_dialog.py" line="128" />
        <source>&amp;Zastąp: dane z pliku zastąpią obecne wnioski (ze wszystkimi ich wersjami) i dane miasta</source>
        <translation>&amp;Replace: the data from the file replace the present applications (with all their versions) and the city data</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/import_preview_dialog.py" line="133" />
        <source>Zastąp danymi z pliku</source>
        <translation>Replace with the data from the file</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/import_preview_dialog.py" line="142" />
        <source>Przed importem program zapisuje kopię zapasową, więc każdą z tych decyzji można cofnąć w Ustawieniach → Kopie zapasowe.</source>
        <translation>Before importing, the program makes a backup, so either choice can be undone in Settings → Backups.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/import_preview_dialog.py" line="153" />
        <source>zostanie dodany</source>
        <translation>will be added</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/import_preview_dialog.py" line="154" />
        <source>już jest – pominięty</source>
        <translation>already here – skipped</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/import_preview_dialog.py" line="155" />
        <source>już jest w innej postaci</source>
        <translation>already here in another form</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/import_preview_dialog.py" line="159" />
        <source>bez nazwy</source>
        <translation>no name</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/import_preview_dialog.py" line="161" />
        <source>Plik nie zawiera danych miasta.</source>
        <translation>The file holds no city data.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/import_preview_dialog.py" line="162" />
        <source>Dane miasta z pliku ({name}) zostaną wpisane.</source>
        <translation>The city data from the file ({name}) will be entered.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/import_preview_dialog.py" line="163" />
        <source>Dane miasta w pliku ({name}) są takie same jak tutaj.</source>
        <translation>The city data in the file ({name}) are the same as here.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/import_preview_dialog.py" line="165" />
        <source>Dane miasta w pliku ({name}) różnią się od danych na tym komputerze.</source>
        <translation>The city data in the file ({name}) differ from those on this computer.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/import_preview_dialog.py" line="172" />
        <source>Nowe wnioski: {new}, już obecne: {present}, w innej postaci: {clash}.</source>
        <translation>New applications: {new}, already here: {present}, in another form: {clash}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/import_preview_dialog.py" line="175" />
        <source>Załączniki w pliku: {count} (nowe: {new}).</source>
        <translation>Attachments in the file: {count} (new: {new}).</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/import_preview_dialog.py" line="182" />
        <source>Załączniki, których plików brakowało u nadawcy: {count} (przeniesiono tylko ich opisy).</source>
        <translation>Attachments whose files the sender lacked: {count} (only their descriptions came across).</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/import_preview_dialog.py" line="189" />
        <source>Plik zawiera też dane, których ta wersja programu nie zna; zostaną pominięte: {kinds}.</source>
        <translation>The file also holds data this version of the program does not know; they will be skipped: {kinds}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/import_preview_dialog.py" line="194" />
        <source>Wszystko z tego pliku już jest w programie.</source>
        <translation>Everything in this file is already here.</translation>
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
        <location filename="../../pim_desktop/ui/main_window.py" line="52" />
        <source>tylko do odczytu</source>
        <translation>read-only</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/main_window.py" line="59" />
        <source>Nawigacja</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/main_window.py" line="120" />
        <source>Przenieś &amp;dane…</source>
        <translation>Move the &amp;data…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/main_window.py" line="122" />
        <source>Przenieś dane do innego folderu</source>
        <translation>Move the data to another folder</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/main_window.py" line="135" />
        <source>Pulpit</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/main_window.py" line="136" />
        <source>Dane miasta</source>
        <translation>City data</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/main_window.py" line="137" />
        <source>Wnioski</source>
        <translation>Applications</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/main_window.py" line="140" />
        <location filename="../../pim_desktop/ui/main_window.py" line="146" />
        <source>Lokalne Partnerstwo</source>
        <translation>Local Partnership</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/main_window.py" line="142" />
        <source>Rejestr członków Lokalnego Partnerstwa: instytucje, organizacje, firmy, szkoły i mieszkańcy, ich zgody (RODO) i udział w pracach.</source>
        <translation>The register of Local Partnership members: institutions, organisations, businesses, schools and residents, their consents (GDPR) and their part in the work.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/main_window.py" line="151" />
        <location filename="../../pim_desktop/ui/main_window.py" line="157" />
        <source>Spotkania</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/main_window.py" line="153" />
        <source>Spotkania, warsztaty i konsultacje: porządek obrad, lista obecności, protokół, decyzje i zadania.</source>
        <translation>Meetings, workshops and consultations: agenda, attendance list, minutes, decisions and tasks.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/main_window.py" line="162" />
        <location filename="../../pim_desktop/ui/main_window.py" line="168" />
        <source>Plan działań (MID)</source>
        <translation>Action plan (MID)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/main_window.py" line="164" />
        <source>Miejska Inicjatywa Działań: cele, tabela działań z kosztami i źródłami finansowania, harmonogram.</source>
        <translation>The Urban Action Initiative: objectives, the action table with costs and funding sources, the schedule.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/main_window.py" line="171" />
        <source>Ustawienia</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/main_window.py" line="183" />
        <source>&amp;Plik</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/main_window.py" line="185" />
        <source>&amp;Importuj z pliku .pim…</source>
        <translation>&amp;Import from a .pim file…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/main_window.py" line="189" />
        <source>&amp;Eksportuj wszystkie dane do pliku .pim…</source>
        <translation>&amp;Export all data to a .pim file…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/main_window.py" line="193" />
        <source>Utwórz &amp;kopię zapasową teraz</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/main_window.py" line="200" />
        <source>&amp;Zakończ</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/main_window.py" line="205" />
        <source>P&amp;rzejdź</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/main_window.py" line="213" />
        <source>Pomo&amp;c</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/main_window.py" line="214" />
        <source>&amp;O programie</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/main_window.py" line="265" />
        <source>Zmiany nie są zapisane</source>
        <translation>Changes are not saved</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/main_window.py" line="270" />
        <source>Nie udało się zapisać ostatnich zmian (np. brak miejsca na dysku albo brak uprawnień do folderu danych). Jeśli zamkniesz program teraz, te zmiany przepadną.</source>
        <translation>The latest changes could not be saved (e.g. the disk is full or the data folder may not be written). If you close the program now, these changes will be lost.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/main_window.py" line="275" />
        <source>Zwolnij miejsce lub przywróć dostęp do folderu; zapis ponowi się sam.</source>
        <translation>Free some space or restore access to the folder; saving will be retried by itself.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/main_window.py" line="277" />
        <source>&amp;Nie zamykaj</source>
        <translation>&amp;Do not close</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/main_window.py" line="278" />
        <source>&amp;Zamknij mimo to</source>
        <translation>&amp;Close anyway</translation>
    </message>
</context>
<context>
    <name>NewApplicationDialog</name>
    <message>
        <location filename="../../pim_desktop/ui/new_application_dialog.py" line="38" />
        <location filename="../../pim_desktop/ui/new_application_dialog.py" line="39" />
        <source>Nowy wniosek</source>
        <translation>New application</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/new_application_dialog.py" line="42" />
        <source>Nabór</source>
        <translation>Call</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/new_application_dialog.py" line="43" />
        <source>Rola miasta</source>
        <translation>City's role</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/new_application_dialog.py" line="44" />
        <source>Sieć tematyczna</source>
        <translation>Thematic network</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/new_application_dialog.py" line="45" />
        <source>&amp;Nabór:</source>
        <translation>&amp;Call:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/new_application_dialog.py" line="46" />
        <source>&amp;Rola miasta:</source>
        <translation>City's &amp;role:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/new_application_dialog.py" line="47" />
        <source>&amp;Sieć tematyczna:</source>
        <translation>&amp;Thematic network:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/new_application_dialog.py" line="56" />
        <source>Utwórz wniosek</source>
        <translation>Create application</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/new_application_dialog.py" line="64" />
        <source>{title} (termin: {date})</source>
        <translation>{title} (deadline: {date})</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/new_application_dialog.py" line="97" />
        <source>W tym naborze miasto zgłasza się tylko do jednej sieci.</source>
        <translation>In this call a city applies to one network only.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/new_application_dialog.py" line="99" />
        <source>Miasto ma już wniosek w tym naborze, więc sieć jest ustalona.</source>
        <translation>The city already has an application in this call, so the network is fixed.</translation>
    </message>
</context>
<context>
    <name>PackageTransfer</name>
    <message>
        <location filename="../../pim_desktop/ui/package_transfer.py" line="45" />
        <source>Plik przenośny PIM Desktop (*.pim)</source>
        <translation>PIM Desktop portable file (*.pim)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/package_transfer.py" line="50" />
        <source>Eksportuj wniosek do pliku .pim</source>
        <translation>Export the application to a .pim file</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/package_transfer.py" line="63" />
        <source>Eksportuj wszystkie dane do pliku .pim</source>
        <translation>Export all data to a .pim file</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/package_transfer.py" line="76" />
        <source>Eksport nie powiódł się</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/package_transfer.py" line="79" />
        <source>Zapisano plik {name} ({size}): wnioski i wersje: {count}.</source>
        <translation>Saved the file {name} ({size}): applications and versions: {count}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/package_transfer.py" line="84" />
        <source>Uwaga: w folderze danych brakuje plików {count} załączników; w pliku są tylko ich opisy.</source>
        <translation>Note: the data folder lacks the files of {count} attachments; the file holds only their descriptions.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/package_transfer.py" line="93" />
        <source>Importuj z pliku .pim</source>
        <translation>Import from a .pim file</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/package_transfer.py" line="109" />
        <source>Nie udało się zapisać bieżących zmian, więc niczego nie zaimportowano. Sprawdź komunikat w oknie edycji.</source>
        <translation>The current changes could not be saved, so nothing was imported. See the message in the editor.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/package_transfer.py" line="117" />
        <source>Nie można zaimportować pliku</source>
        <translation>The file cannot be imported</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/package_transfer.py" line="107" />
        <location filename="../../pim_desktop/ui/package_transfer.py" line="126" />
        <source>Import nie powiódł się</source>
        <translation>Import failed</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/package_transfer.py" line="131" />
        <source>Import zakończony</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/package_transfer.py" line="133" />
        <source>Dodano wersji wniosków: {added}. Zastąpiono wniosków: {replaced}, dodano obok obecnych: {kept}, pominięto jako już obecne: {skipped}.</source>
        <translation>Application versions added: {added}. Applications replaced: {replaced}, added beside the present ones: {kept}, skipped as already here: {skipped}.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../pim_desktop/ui/recovery_dialog.py" line="19" />
        <source>Plik danych jest uszkodzony</source>
        <translation>The data file is damaged</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/recovery_dialog.py" line="23" />
        <source>Plik z danymi programu jest uszkodzony, dlatego program nie otworzy go do zapisu, żeby nie pogłębić szkód.</source>
        <translation>The program's data file is damaged, so the program will not open it for writing, lest the damage grow.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/recovery_dialog.py" line="29" />
        <source>Uszkodzony plik zostanie odłożony obok, w folderze {folder}, pod nazwą „…-uszkodzona-&lt;data&gt;.sqlite3”, aby osoba pomagająca mogła go zbadać.</source>
        <translation>The damaged file will be set aside in the folder {folder} under the name “…-uszkodzona-&lt;date&gt;.sqlite3”, so that whoever helps can examine it.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/recovery_dialog.py" line="38" />
        <source>Najnowsza dobra kopia zapasowa pochodzi z {when}. Możesz ją przywrócić; zmiany wprowadzone później trzeba będzie wpisać ponownie.</source>
        <translation>The newest good backup is from {when}. You can restore it; changes made after it will have to be entered again.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/recovery_dialog.py" line="47" />
        <source>&amp;Przywróć kopię z {when}</source>
        <translation>&amp;Restore the backup of {when}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/recovery_dialog.py" line="56" />
        <source>Nie ma dobrej kopii zapasowej. Możesz zacząć od pustych danych.</source>
        <translation>There is no good backup. You can start with empty data.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/recovery_dialog.py" line="63" />
        <source>Zacznij od &amp;pustych danych</source>
        <translation>Start with &amp;empty data</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/recovery_dialog.py" line="68" />
        <location filename="../../pim_desktop/ui/recovery_dialog.py" line="113" />
        <source>&amp;Zakończ</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/recovery_dialog.py" line="91" />
        <source>Folder danych jest niedostępny</source>
        <translation>The data folder is unavailable</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/recovery_dialog.py" line="95" />
        <source>Folder danych {folder}, wybrany w Ustawieniach, jest niedostępny albo nie zawiera danych programu (np. dysk sieciowy lub wymienny nie jest podłączony).</source>
        <translation>The data folder {folder}, chosen in Settings, is unavailable or holds no program data (e.g. a network or removable drive is not connected).</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/recovery_dialog.py" line="102" />
        <source>Podłącz dysk i uruchom program ponownie. Możesz też wrócić do zwykłego folderu danych na tym komputerze; wybrany folder pozostanie nietknięty.</source>
        <translation>Connect the drive and start the program again. You can also go back to the usual data folder on this computer; the chosen folder stays untouched.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/recovery_dialog.py" line="109" />
        <source>&amp;Wróć do zwykłego folderu</source>
        <translation>&amp;Go back to the usual folder</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../pim_desktop/ui/pages/settings_page.py" line="44" />
        <location filename="../../pim_desktop/ui/pages/settings_page.py" line="53" />
        <source>Ustawienia</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/settings_page.py" line="55" />
        <source>Język</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/settings_page.py" line="59" />
        <source>Język interfejsu</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/settings_page.py" line="64" />
        <source>&amp;Język interfejsu:</source>
        <translation>Interface &amp;language:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/pages/settings_page.py" line="84" />
        <source>Język zmieni się po ponownym uruchomieniu programu. The language changes when the program is started again.</source>
        <translation>Język zmieni się po ponownym uruchomieniu programu. The language changes when the program is started again.</translation>
    </message>
</context>
<context>
    <name>SingleChoiceField</name>
    <message>
        <location filename="../../pim_desktop/ui/form_fields/value_fields.py" line="116" />
        <source>— wybierz —</source>
        <translation>— choose —</translation>
    </message>
</context>
<context>
    <name>SubmissionDialog</name>
    <message>
        <location filename="../../pim_desktop/ui/submission_dialog.py" line="34" />
        <location filename="../../pim_desktop/ui/submission_dialog.py" line="35" />
        <source>Wniosek wysłany</source>
        <translation>Application sent</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/submission_dialog.py" line="40" />
        <source>Po wysłaniu wniosek zostanie zamrożony. Zmiany będą możliwe tylko w nowej wersji.</source>
        <translation>Once sent, the application will be frozen. Changes will only be possible in a new version.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/submission_dialog.py" line="49" />
        <source>Data wysłania</source>
        <translation>Date sent</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/submission_dialog.py" line="54" />
        <source>Kanał wysyłki</source>
        <translation>Sending channel</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/submission_dialog.py" line="58" />
        <source>nie dodano</source>
        <translation>not added</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/submission_dialog.py" line="60" />
        <source>Dodaj &amp;UPO…</source>
        <translation>Add &amp;UPO…</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/submission_dialog.py" line="61" />
        <source>Dodaj urzędowe poświadczenie odbioru (UPO)</source>
        <translation>Add the official acknowledgement of receipt (UPO)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/submission_dialog.py" line="65" />
        <source>Data wysłania:</source>
        <translation>Date sent:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/submission_dialog.py" line="66" />
        <source>Kanał:</source>
        <translation>Channel:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/submission_dialog.py" line="67" />
        <source>UPO:</source>
        <translation>UPO:</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/submission_dialog.py" line="78" />
        <source>Wybierz plik UPO</source>
        <translation>Choose the UPO file</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/submission_dialog.py" line="78" />
        <source>UPO (*.xml *.pdf);;Wszystkie pliki (*)</source>
        <translation>UPO (*.xml *.pdf);;All files (*)</translation>
    </message>
</context>
<context>
    <name>TableField</name>
    <message>
        <location filename="../../pim_desktop/ui/form_fields/compound_fields.py" line="111" />
        <source>&amp;Dodaj wiersz</source>
        <translation>&amp;Add row</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/form_fields/compound_fields.py" line="112" />
        <source>&amp;Usuń wiersz</source>
        <translation>&amp;Remove row</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/form_fields/compound_fields.py" line="113" />
        <source>W &amp;górę</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/form_fields/compound_fields.py" line="114" />
        <source>W d&amp;ół</source>
        <translation>Move &amp;down</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/form_fields/compound_fields.py" line="164" />
        <source>— wybierz —</source>
        <translation>— choose —</translation>
    </message>
</context>
<context>
    <name>_CountedText</name>
    <message>
        <location filename="../../pim_desktop/ui/form_fields/text_fields.py" line="45" />
        <source>Liczba znaków: {count}</source>
        <translation>Characters: {count}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/form_fields/text_fields.py" line="47" />
        <source>{count} / {limit} znaków</source>
        <translation>{count} / {limit} characters</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/ui/form_fields/text_fields.py" line="51" />
        <source>przekroczono limit o {over}</source>
        <translation>limit exceeded by {over}</translation>
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
        <source>Nie udało się zapisać: dane są otwarte tylko do odczytu albo folder danych nie pozwala na zapis. To, co wpisano, zostaje w oknie; zapis zostanie ponowiony.</source>
        <translation>Could not save: the data are open read-only or the data folder does not allow writing. What you typed stays in the window; saving will be retried.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/errors.py" line="50" />
        <source>Nie udało się zapisać: system nie pozwolił na zapis w folderze danych (brak uprawnień, odłączony dysk sieciowy lub wymienny). To, co wpisano, zostaje w oknie; zapis zostanie ponowiony.</source>
        <translation>Could not save: the system did not allow writing to the data folder (no permission, or a disconnected network or removable drive). What you typed stays in the window; saving will be retried.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/errors.py" line="57" />
        <source>Nie udało się zapisać: baza danych jest zajęta przez inny program. Spróbuj za chwilę.</source>
        <translation>Could not save: the database is busy in another program. Try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/errors.py" line="61" />
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
        <location filename="../../pim_desktop/domain/application.py" line="94" />
        <source>Ten wniosek jest podpisany lub wysłany i nie może się zmienić. Aby coś poprawić, utwórz nową wersję.</source>
        <translation>This application is signed or sent and cannot change. To correct something, create a new version.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_check.py" line="75" />
        <source>To pole jest wymagane.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_check.py" line="76" />
        <source>Tekst jest za długi – liczba znaków ze spacjami: {count}, limit: {limit}.</source>
        <translation>The text is too long – characters with spaces: {count}, limit: {limit}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_check.py" line="79" />
        <source>Nieprawidłowa data „{value}” – oczekiwano daty w postaci RRRR-MM-DD.</source>
        <translation>Invalid date “{value}” – expected a date in the form YYYY-MM-DD.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_check.py" line="82" />
        <source>Nieprawidłowy zapis liczby „{value}” – oczekiwano samych cyfr, z kropką oddzielającą część ułamkową, bez spacji.</source>
        <translation>Invalid number “{value}” – expected digits only, with a dot separating the decimal part, and no spaces.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_check.py" line="87" />
        <source>Wartość musi być liczbą całkowitą.</source>
        <translation>The value must be a whole number.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_check.py" line="88" />
        <source>Za dużo cyfr po przecinku – dozwolona liczba cyfr: {decimals}.</source>
        <translation>Too many digits after the decimal point – digits allowed: {decimals}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_check.py" line="91" />
        <source>Kwotę podaje się z dokładnością do grosza – najwyżej dwie cyfry po przecinku.</source>
        <translation>Amounts are given to the nearest grosz – at most two digits after the decimal point.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_check.py" line="94" />
        <source>Wartość nie może być mniejsza niż {min}.</source>
        <translation>The value cannot be less than {min}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_check.py" line="95" />
        <source>Wartość nie może być większa niż {max}.</source>
        <translation>The value cannot be greater than {max}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_check.py" line="96" />
        <source>Data nie może być wcześniejsza niż {min}.</source>
        <translation>The date cannot be earlier than {min}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_check.py" line="97" />
        <source>Data nie może być późniejsza niż {max}.</source>
        <translation>The date cannot be later than {max}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_check.py" line="98" />
        <source>Wartość „{value}” nie należy do listy dostępnych odpowiedzi.</source>
        <translation>The value “{value}” is not one of the available options.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_check.py" line="101" />
        <source>Zaznaczonych odpowiedzi: {count}, dozwolone najwyżej: {max}.</source>
        <translation>Options selected: {count}, maximum allowed: {max}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_check.py" line="104" />
        <source>Zaznacz to oświadczenie – bez niego zgłoszenia nie można złożyć.</source>
        <translation>Tick this declaration – without it the application cannot be submitted.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_check.py" line="107" />
        <source>Wypełnionych wierszy: {count}, wymagane co najmniej: {min}.</source>
        <translation>Rows filled in: {count}, minimum required: {min}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_check.py" line="110" />
        <source>Wypełnionych wierszy: {count}, dozwolone najwyżej: {max}.</source>
        <translation>Rows filled in: {count}, maximum allowed: {max}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_check.py" line="113" />
        <source>Nieprawidłowy adres e-mail „{value}”.</source>
        <translation>Invalid e-mail address “{value}”.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_check.py" line="114" />
        <source>Nieprawidłowy numer telefonu „{value}” – podaj co najmniej 9 cyfr, np. +48 22 123 45 67.</source>
        <translation>Invalid phone number “{value}” – give at least 9 digits, e.g. +48 22 123 45 67.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_check.py" line="118" />
        <source>Nieprawidłowy NIP „{value}” – numer ma 10 cyfr, z których ostatnia jest kontrolna.</source>
        <translation>Invalid NIP “{value}” – the number has 10 digits, the last of which is a check digit.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_check.py" line="121" />
        <source>Nieprawidłowy REGON „{value}” – numer ma 9 albo 14 cyfr, z których ostatnia jest kontrolna.</source>
        <translation>Invalid REGON “{value}” – the number has 9 or 14 digits, the last of which is a check digit.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_check.py" line="125" />
        <source>Nieprawidłowy kod TERYT „{value}” – identyfikator gminy ma 7 cyfr, np. 1465011.</source>
        <translation>Invalid TERYT code “{value}” – the gmina identifier has 7 digits, e.g. 1465011.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_check.py" line="128" />
        <source>Nieprawidłowy adres skrytki ePUAP „{value}” – oczekiwano postaci /nazwa-urzedu/skrytka, np. /UMPrzykladowo/SkrytkaESP.</source>
        <translation>Invalid ePUAP mailbox address “{value}” – expected the form /office-name/mailbox, e.g. /UMPrzykladowo/SkrytkaESP.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_check.py" line="133" />
        <source>Nieprawidłowy adres do doręczeń elektronicznych „{value}” – oczekiwano postaci AE:PL-00000-00000-ABCDE-00.</source>
        <translation>Invalid e-Delivery address “{value}” – expected the form AE:PL-00000-00000-ABCDE-00.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_check.py" line="138" />
        <source>Dane załącznika są niekompletne – dodaj plik ponownie.</source>
        <translation>The attachment data is incomplete – add the file again.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_check.py" line="141" />
        <source>Plik „{file_name}” ma niedozwolony rodzaj – dozwolone: {accept}.</source>
        <translation>The file “{file_name}” is of a type that is not allowed – allowed: {accept}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_check.py" line="144" />
        <source>Zapisana wartość pola ma nieprawidłową postać – wprowadź ją ponownie.</source>
        <translation>The saved value of the field is in an invalid form – enter it again.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_check.py" line="147" />
        <source>Data nie może być wcześniejsza niż data w polu „{start_label}” ({start}).</source>
        <translation>The date cannot be earlier than the date in the field “{start_label}” ({start}).</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_check.py" line="150" />
        <source>Data musi być późniejsza niż data w polu „{start_label}” ({start}).</source>
        <translation>The date must be later than the date in the field “{start_label}” ({start}).</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_check.py" line="153" />
        <source>Data nie może być późniejsza niż dzisiejsza ({today}).</source>
        <translation>The date cannot be later than today ({today}).</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_check.py" line="156" />
        <source>Rok nie może być późniejszy niż bieżący ({year}).</source>
        <translation>The year cannot be later than the current year ({year}).</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_check.py" line="157" />
        <source>wiersz {number}</source>
        <translation>row {number}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_check.py" line="158" />
        <source>plik {number}</source>
        <translation>file {number}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_definition.py" line="108" />
        <source>imię i nazwisko</source>
        <translation>full name</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_definition.py" line="109" />
        <source>stanowisko</source>
        <translation>position</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_definition.py" line="110" />
        <source>komórka organizacyjna</source>
        <translation>organisational unit</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_definition.py" line="111" />
        <source>telefon</source>
        <translation>phone</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_definition.py" line="112" />
        <source>adres e-mail</source>
        <translation>e-mail address</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="53" />
        <source>nie można odczytać pliku: {error}</source>
        <translation>cannot read the file: {error}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="54" />
        <source>plik nie jest zapisany w kodowaniu UTF-8</source>
        <translation>the file is not saved in UTF-8 encoding</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="55" />
        <source>niepoprawny JSON w wierszu {line}, kolumnie {column}: {detail}</source>
        <translation>invalid JSON at line {line}, column {column}: {detail}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="58" />
        <source>klucz "{key}" powtarza się w jednym obiekcie</source>
        <translation>the key "{key}" appears more than once in the same object</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="59" />
        <source>oczekiwano obiektu JSON ({{…}})</source>
        <translation>a JSON object ({{…}}) was expected</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="60" />
        <source>nieznany klucz "{key}"</source>
        <translation>unknown key "{key}"</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="61" />
        <source> (czy chodziło o "{suggestion}"?)</source>
        <translation> (did you mean "{suggestion}"?)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="62" />
        <source>brak wymaganego klucza "{key}"</source>
        <translation>the required key "{key}" is missing</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="63" />
        <source>klucz "{key}" musi być tekstem</source>
        <translation>the key "{key}" must be text</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="64" />
        <source>klucz "{key}" nie może być pusty</source>
        <translation>the key "{key}" cannot be empty</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="65" />
        <source>klucz "{key}" musi mieć wartość true albo false</source>
        <translation>the key "{key}" must be true or false</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="66" />
        <source>klucz "{key}" musi być liczbą całkowitą</source>
        <translation>the key "{key}" must be an integer</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="67" />
        <source>klucz "{key}" musi wynosić co najmniej {minimum}</source>
        <translation>the key "{key}" must be at least {minimum}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="68" />
        <source>klucz "{key}" musi być liczbą</source>
        <translation>the key "{key}" must be a number</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="69" />
        <source>klucz "{key}" musi być listą</source>
        <translation>the key "{key}" must be a list</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="70" />
        <source>lista "{key}" nie może być pusta</source>
        <translation>the list "{key}" cannot be empty</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="71" />
        <source>klucz "{key}": niepoprawna data "{value}" (oczekiwany format RRRR-MM-DD)</source>
        <translation>key "{key}": invalid date "{value}" (expected format YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="74" />
        <source>nieobsługiwana wersja formatu {value} (obsługiwana: {supported})</source>
        <translation>unsupported format version {value} (supported: {supported})</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="77" />
        <source>identyfikator formularza "{value}" może zawierać tylko małe litery, cyfry, - i _</source>
        <translation>the form identifier "{value}" may only contain lower-case letters, digits, - and _</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="80" />
        <source>wersja "{value}" musi składać się z liczb rozdzielonych kropkami, np. "1.0"</source>
        <translation>the version "{value}" must consist of numbers separated by dots, e.g. "1.0"</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="83" />
        <source>identyfikator "{value}" musi być zapisany w stylu snake_case (małe litery, cyfry i _)</source>
        <translation>the identifier "{value}" must be written in snake_case (lower-case letters, digits and _)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="87" />
        <source>klucz "years" musi być parą lat [pierwszy, ostatni], np. [2021, 2023]</source>
        <translation>the key "years" must be a pair of years [first, last], e.g. [2021, 2023]</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="90" />
        <source>data "{later}" nie może być wcześniejsza niż data "{earlier}"</source>
        <translation>the date "{later}" cannot be earlier than the date "{earlier}"</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="93" />
        <source>nieznana rola "{role}" (dozwolone: {allowed})</source>
        <translation>unknown role "{role}" (allowed: {allowed})</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="94" />
        <source>identyfikator "{value}" powtarza się na liście</source>
        <translation>the identifier "{value}" appears more than once in the list</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="95" />
        <source>rola "{role}" nie należy do ról formularza ({allowed})</source>
        <translation>the role "{role}" is not one of the form's roles ({allowed})</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="98" />
        <source>rola "{role}" nie należy do ról sekcji ({allowed})</source>
        <translation>the role "{role}" is not one of the section's roles ({allowed})</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="101" />
        <source>pole nie byłoby widoczne dla żadnej roli (jego role wykluczają role pola "{field}")</source>
        <translation>the field would not be visible to any role (its roles have none in common with the roles of the field "{field}")</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="104" />
        <source>sekcja o identyfikatorze lub numerze "{value}" występuje więcej niż raz</source>
        <translation>a section with the identifier or number "{value}" appears more than once</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="107" />
        <source>pole "{field}" występuje w formularzu więcej niż raz (także w sekcji "{other}")</source>
        <translation>the field "{field}" appears more than once in the form (also in the section "{other}")</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="110" />
        <source>kolumna "{column}" występuje w tabeli więcej niż raz</source>
        <translation>the column "{column}" appears more than once in the table</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="113" />
        <source>nieznany typ pola "{value}"</source>
        <translation>unknown field type "{value}"</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="114" />
        <source>klucz "{key}" nie dotyczy pól typu "{type}" (dotyczy typów: {types})</source>
        <translation>the key "{key}" does not apply to fields of type "{type}" (it applies to the types: {types})</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="117" />
        <source>typ "{type}" nie może być kolumną tabeli (dozwolone: {allowed})</source>
        <translation>the type "{type}" cannot be a table column (allowed: {allowed})</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="120" />
        <source>nieznany format tekstu "{value}" (dozwolone: {allowed})</source>
        <translation>unknown text format "{value}" (allowed: {allowed})</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="123" />
        <source>wartość "min" ({minimum}) jest większa niż "max" ({maximum})</source>
        <translation>the value "min" ({minimum}) is greater than "max" ({maximum})</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="126" />
        <source>klucz "decimals" musi być liczbą całkowitą od 0 do {maximum}</source>
        <translation>the key "decimals" must be an integer from 0 to {maximum}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="129" />
        <source>pole typu "{type}" wymaga listy "choices" albo klucza "choices_from"</source>
        <translation>a field of type "{type}" needs a "choices" list or a "choices_from" key</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="132" />
        <source>podaj albo listę "choices", albo klucz "choices_from", nie oba naraz</source>
        <translation>give either a "choices" list or a "choices_from" key, not both</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="135" />
        <source>nieznane źródło odpowiedzi "{value}" (dozwolone: {allowed})</source>
        <translation>unknown source of options "{value}" (allowed: {allowed})</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="138" />
        <source>wartość odpowiedzi "{value}" powtarza się na liście "choices"</source>
        <translation>the option value "{value}" appears more than once in the "choices" list</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="141" />
        <source>formularz ma "one_network_per_city": true, więc wybór sieci musi być polem typu "single_choice"</source>
        <translation>the form has "one_network_per_city": true, so the network choice must be a field of type "single_choice"</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="146" />
        <source>klucz "max_selected" ({value}) przekracza liczbę odpowiedzi ({count})</source>
        <translation>the key "max_selected" ({value}) exceeds the number of options ({count})</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="149" />
        <source>klucz "max_rows" ({maximum}) jest mniejszy niż "min_rows" ({minimum})</source>
        <translation>the key "max_rows" ({maximum}) is smaller than "min_rows" ({minimum})</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="152" />
        <source>rozszerzenie "{value}" na liście "accept" musi zaczynać się od kropki, np. ".pdf"</source>
        <translation>the extension "{value}" in the "accept" list must start with a dot, e.g. ".pdf"</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="155" />
        <source>nieznany klucz prefill "{value}" (dozwolone: {allowed})</source>
        <translation>unknown prefill key "{value}" (allowed: {allowed})</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="158" />
        <source>klucz prefill "{value}" nie pasuje do pola typu "{type}" (pasuje do: {types})</source>
        <translation>the prefill key "{value}" does not fit a field of type "{type}" (it fits: {types})</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="161" />
        <source>nieznana szerokość "{value}" (dozwolone: {allowed})</source>
        <translation>unknown width "{value}" (allowed: {allowed})</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="164" />
        <source>visible_when musi mieć klucz "field" i dokładnie jeden z kluczy "equals" albo "in"</source>
        <translation>visible_when must have the key "field" and exactly one of the keys "equals" or "in"</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="167" />
        <source>visible_when: wartości warunku muszą być tekstem albo true/false</source>
        <translation>visible_when: the condition values must be text or true/false</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="170" />
        <source>visible_when wskazuje nieznane pole "{field}"</source>
        <translation>visible_when refers to an unknown field "{field}"</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="171" />
        <source>visible_when wskazuje pole "{field}", które nie występuje wcześniej w formularzu (pole sterujące musi poprzedzać pole zależne)</source>
        <translation>visible_when refers to the field "{field}", which does not appear earlier in the form (the controlling field must come before the dependent field)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="176" />
        <source>visible_when może wskazywać tylko pole wyboru albo oświadczenie, a pole "{field}" ma typ "{type}"</source>
        <translation>visible_when can only refer to a choice field or a declaration, but the field "{field}" is of type "{type}"</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="181" />
        <source>visible_when: wartość "{value}" nie należy do odpowiedzi pola "{field}"</source>
        <translation>visible_when: the value "{value}" is not one of the options of the field "{field}"</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="184" />
        <source>visible_when: pole "{field}" jest oświadczeniem, więc warunek musi być true albo false</source>
        <translation>visible_when: the field "{field}" is a declaration, so the condition must be true or false</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="188" />
        <source>nieznany typ reguły "{value}" (dozwolone: {allowed})</source>
        <translation>unknown rule type "{value}" (allowed: {allowed})</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="189" />
        <source>reguła wskazuje nieznane pole "{field}"</source>
        <translation>the rule refers to an unknown field "{field}"</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="190" />
        <source>pole "{field}" wskazane jako "table" nie jest tabelą</source>
        <translation>the field "{field}" given as "table" is not a table</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="191" />
        <source>pole "{field}" ma typ "{type}", a reguła "{rule}" wymaga: {expected}</source>
        <translation>the field "{field}" is of type "{type}", but the rule "{rule}" requires: {expected}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="196" />
        <source>brakuje przecinka</source>
        <translation>missing comma</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="197" />
        <source>brakuje dwukropka</source>
        <translation>missing colon</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="198" />
        <source>oczekiwano wartości</source>
        <translation>a value was expected</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="199" />
        <source>oczekiwano nazwy klucza w cudzysłowie (może zbędny przecinek na końcu listy?)</source>
        <translation>a key name in quotation marks was expected (perhaps a stray comma at the end of a list?)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="202" />
        <source>niezamknięty cudzysłów</source>
        <translation>unclosed quotation mark</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="203" />
        <source>nadmiarowe dane po zakończeniu dokumentu</source>
        <translation>extra data after the end of the document</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="204" />
        <source>niedozwolony znak sterujący w tekście (nowy wiersz zapisz jako \n)</source>
        <translation>control character not allowed in text (write a new line as \n)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="209" />
        <source>klucz "{key}"</source>
        <translation>key "{key}"</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="210" />
        <source>{parent}, pozycja {number}</source>
        <translation>{parent}, item {number}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="211" />
        <source>sekcja "{section}"</source>
        <translation>section "{section}"</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="212" />
        <source>{parent}, pole "{field}"</source>
        <translation>{parent}, field "{field}"</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="213" />
        <source>{parent}, kolumna "{column}"</source>
        <translation>{parent}, column "{column}"</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="214" />
        <source>reguła nr {number}</source>
        <translation>rule no. {number}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_catalog.py" line="88" />
        <source>formularz "{id}" w wersji "{version}" jest już zdefiniowany w pliku {other}</source>
        <translation>the form "{id}", version "{version}", is already defined in the file {other}</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_catalog.py" line="91" />
        <source>folder definicji formularzy nie istnieje</source>
        <translation>the form definitions folder does not exist</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="898" />
        <source>pola typu "date"</source>
        <translation>a field of type "date"</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/form_loader.py" line="899" />
        <source>pola typu "date" albo "number" bez miejsc po przecinku (rok)</source>
        <translation>a field of type "date" or "number" with no decimal places (year)</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/application_service.py" line="236" />
        <source>W naborze „{edition}” miasto może zgłosić się tylko do jednej sieci, a ma już wniosek do innej.</source>
        <translation>In the call “{edition}” a city may apply to one network only, and it already has an application to another.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/package_format.py" line="521" />
        <source>Część „{part}” pliku nie jest poprawnym zapisem JSON ({detail}). Plik jest uszkodzony albo nie pochodzi z programu PIM Desktop.</source>
        <translation>The part “{part}” of the file is not valid JSON ({detail}). The file is damaged or does not come from PIM Desktop.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/package_format.py" line="526" />
        <source>To nie jest plik przenośny programu PIM Desktop (brak opisu zawartości).</source>
        <translation>This is not a PIM Desktop portable file (it has no description of its contents).</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/package_format.py" line="529" />
        <source>Opis zawartości pliku (manifest.json) jest niepoprawny: brak lub błędna wartość „{field}”. Plik jest uszkodzony albo został zmieniony.</source>
        <translation>The description of the file's contents (manifest.json) is invalid: “{field}” is missing or wrong. The file is damaged or has been altered.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/package_format.py" line="534" />
        <source>Plik zapisano w nowszym formacie (wersja {found}). Aby go odczytać, potrzebny jest PIM Desktop w wersji {needed} lub nowszej; ten program ma wersję {current}.</source>
        <translation>The file was written in a newer format (version {found}). Reading it needs PIM Desktop {needed} or newer; this program is version {current}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/package_format.py" line="539" />
        <source>Plik zapisano w nowszym formacie (wersja {found}). Aby go odczytać, potrzebna jest nowsza wersja programu PIM Desktop niż {current}.</source>
        <translation>The file was written in a newer format (version {found}). Reading it needs a newer version of PIM Desktop than {current}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/package_format.py" line="544" />
        <source>Ten plik wymaga programu PIM Desktop w wersji {needed} lub nowszej; ten program ma wersję {current}. Zaktualizuj program i spróbuj ponownie.</source>
        <translation>This file needs PIM Desktop {needed} or newer; this program is version {current}. Update the program and try again.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/package_format.py" line="549" />
        <source>Dane w pliku mają nieprawidłową budowę (w miejscu „{where}”).</source>
        <translation>The data in the file are badly formed (at “{where}”).</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/package_format.py" line="552" />
        <source>Dane w pliku zawierają brakującą, nieznaną lub błędną wartość: „{where}”.</source>
        <translation>The data in the file hold a missing, unknown or wrong value: “{where}”.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/package_format.py" line="555" />
        <source>Opis zawartości pliku nie zgadza się z danymi (rodzaj „{kind}”). Plik został zmieniony.</source>
        <translation>The description of the file's contents does not match the data (kind “{kind}”). The file has been altered.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/package_format.py" line="559" />
        <source>Suma kontrolna wniosku w pliku ({where}) nie zgadza się z jego treścią. Plik został zmieniony lub uszkodzony.</source>
        <translation>The checksum of an application in the file ({where}) does not match its content. The file has been altered or damaged.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/domain/package_rules.py" line="31" />
        <source>Formularz nie ma pola „{field}”.</source>
        <translation>The form has no field “{field}”.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/persistence/package_archive.py" line="189" />
        <location filename="../../pim_desktop/services/backup_service.py" line="222" />
        <source>Nie ma pliku {path}.</source>
        <translation>There is no file {path}.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/persistence/package_archive.py" line="190" />
        <source>Plik {path} nie jest plikiem przenośnym PIM Desktop (.pim).</source>
        <translation>The file {path} is not a PIM Desktop portable file (.pim).</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/persistence/package_archive.py" line="193" />
        <source>Plik {path} jest niekompletny lub uszkodzony (np. nie został do końca pobrany albo skopiowany). Poproś o ponowne przesłanie pliku.</source>
        <translation>The file {path} is incomplete or damaged (e.g. it was not fully downloaded or copied). Ask for the file to be sent again.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/persistence/package_archive.py" line="198" />
        <source>Plik jest uszkodzony i nie da się go odczytać ({detail}).</source>
        <translation>The file is damaged and cannot be read ({detail}).</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/persistence/package_archive.py" line="201" />
        <source>Plik zawiera zbyt wiele części ({count}, dopuszczalne: {limit}). Import przerwano.</source>
        <translation>The file holds too many parts ({count}, allowed: {limit}). The import was stopped.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/persistence/package_archive.py" line="204" />
        <source>Plik zawiera część o niebezpiecznej nazwie „{name}”, wskazującą miejsce poza folderem danych. Import przerwano; nic nie zapisano.</source>
        <translation>The file holds a part with a dangerous name “{name}” that points outside the data folder. The import was stopped; nothing was written.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/persistence/package_archive.py" line="209" />
        <source>Plik zawiera dwie części o tej samej nazwie „{name}”. Import przerwano.</source>
        <translation>The file holds two parts with the same name “{name}”. The import was stopped.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/persistence/package_archive.py" line="212" />
        <source>Plik zawiera nieoczekiwaną część „{name}”. Pliki PIM Desktop mają tylko opis zawartości, dane i załączniki. Import przerwano.</source>
        <translation>The file holds an unexpected part “{name}”. PIM Desktop files hold only a description of their contents, the data and attachments. The import was stopped.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/persistence/package_archive.py" line="217" />
        <source>Część „{name}” pliku jest zaszyfrowana; program nie przyjmuje takich plików.</source>
        <translation>The part “{name}” of the file is encrypted; the program does not accept such files.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/persistence/package_archive.py" line="220" />
        <source>Część „{name}” pliku jest spakowana nieobsługiwaną metodą.</source>
        <translation>The part “{name}” of the file is compressed with an unsupported method.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/persistence/package_archive.py" line="223" />
        <source>Część „{name}” pliku jest większa, niż pozwala program, albo jej opis nie zgadza się z zawartością. Import przerwano, aby nie zapełnić dysku.</source>
        <translation>The part “{name}” of the file is larger than the program allows, or its description does not match its content. The import was stopped so as not to fill the disk.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/persistence/package_archive.py" line="228" />
        <source>Część „{name}” pliku rozpakowałaby się do rozmiaru nieproporcjonalnie dużego (tzw. bomba zip). Import przerwano, aby nie zapełnić dysku.</source>
        <translation>The part “{name}” of the file would unpack to a disproportionate size (a so-called zip bomb). The import was stopped so as not to fill the disk.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/persistence/package_archive.py" line="233" />
        <source>Zawartość pliku po rozpakowaniu przekroczyłaby {limit} MB. Import przerwano, aby nie zapełnić dysku.</source>
        <translation>Unpacked, the file's contents would exceed {limit} MB. The import was stopped so as not to fill the disk.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/persistence/package_archive.py" line="238" />
        <source>W pliku brakuje opisu zawartości (manifest.json); to nie jest plik PIM Desktop.</source>
        <translation>The file lacks a description of its contents (manifest.json); it is not a PIM Desktop file.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/persistence/package_archive.py" line="241" />
        <source>W pliku brakuje części „{name}” wymienionej w opisie zawartości.</source>
        <translation>The file lacks the part “{name}” named in the description of its contents.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/backup_service.py" line="213" />
        <source>Nie udało się utworzyć kopii zapasowej ({detail}). Sprawdź, czy na dysku jest miejsce i czy folder kopii pozwala na zapis.</source>
        <translation>The backup could not be made ({detail}). Check that the disk has room and that the backup folder may be written.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/backup_service.py" line="218" />
        <source>Plik {path} już istnieje. Podaj nazwę nowego pliku; istniejący nie zostanie nadpisany.</source>
        <translation>The file {path} already exists. Give the name of a new file; the existing one will not be overwritten.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/backup_service.py" line="223" />
        <source>Plik {path} nie jest kopią danych PIM Desktop albo pochodzi z nowszej wersji programu ({detail}). Dane pozostały bez zmian.</source>
        <translation>The file {path} is not a PIM Desktop data backup or comes from a newer version of the program ({detail}). The data were left unchanged.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/backup_service.py" line="228" />
        <source>Kopia {path} jest uszkodzona ({detail}) i nie może być przywrócona. Wybierz starszą kopię.</source>
        <translation>The backup {path} is damaged ({detail}) and cannot be restored. Choose an older backup.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/backup_service.py" line="232" />
        <source>Nie udało się przywrócić kopii ({detail}). Dane pozostały bez zmian.</source>
        <translation>The backup could not be restored ({detail}). The data were left unchanged.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/data_folder_service.py" line="136" />
        <source>Folder danych jest ustawiony zmienną środowiskową PIM_DESKTOP_HOME i nie można go przenieść z programu. Zmień tę zmienną albo ją usuń.</source>
        <translation>The data folder is set by the PIM_DESKTOP_HOME environment variable and cannot be moved from the program. Change that variable or remove it.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/data_folder_service.py" line="141" />
        <source>Nowy folder {target} nie może być obecnym folderem danych ({source}) ani leżeć w nim lub nad nim. Wybierz inny folder.</source>
        <translation>The new folder {target} cannot be the present data folder ({source}) nor lie inside or above it. Choose another folder.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/data_folder_service.py" line="146" />
        <source>Folder {target} nie jest pusty. Wybierz pusty folder albo utwórz nowy.</source>
        <translation>The folder {target} is not empty. Choose an empty folder or create a new one.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/data_folder_service.py" line="149" />
        <source>Nie udało się skopiować danych ({detail}). Program nadal używa dotychczasowego folderu; nic nie zmieniono.</source>
        <translation>The data could not be copied ({detail}). The program keeps using the present folder; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/package_service.py" line="431" />
        <source>Wniosek nr {number} (wersja {version}) ma w polu „{where}” wartość, której nie można przenieść: {problem} Popraw ją przed eksportem.</source>
        <translation>Application no. {number} (version {version}) has a value in the field “{where}” that cannot be carried: {problem} Correct it before exporting.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/package_service.py" line="436" />
        <source>Wniosek „{form}” (wersja {version}) w pliku ma w polu „{where}” wartość sprzeczną z zasadami formularza: {problem} Import przerwano; nic nie zapisano.</source>
        <translation>The application “{form}” (version {version}) in the file has a value in the field “{where}” that breaks the form's rules: {problem} The import was stopped; nothing was written.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/package_service.py" line="441" />
        <source>Nie udało się zapisać pliku {path} ({detail}). Sprawdź miejsce na dysku i uprawnienia.</source>
        <translation>The file {path} could not be written ({detail}). Check the disk space and permissions.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/package_service.py" line="445" />
        <source>Nie udało się zapisać załącznika z pliku ({detail}). Nic nie zaimportowano.</source>
        <translation>An attachment from the file could not be stored ({detail}). Nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/package_service.py" line="448" />
        <source>Zawartość pliku nie zgadza się z jego opisem (część „{name}”). Plik został zmieniony lub uszkodzony; import przerwano.</source>
        <translation>The file's contents do not match its description (part “{name}”). The file has been altered or damaged; the import was stopped.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/package_service.py" line="453" />
        <source>Suma kontrolna SHA-256 części „{name}” nie zgadza się z opisem zawartości. Plik został zmieniony lub uszkodzony; import przerwano, nic nie zapisano.</source>
        <translation>The SHA-256 checksum of the part “{name}” does not match the description of the contents. The file has been altered or damaged; the import was stopped and nothing was written.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/package_service.py" line="458" />
        <source>Dane miasta w pliku są błędne: {problem} Import przerwano; nic nie zapisano.</source>
        <translation>The city data in the file are wrong: {problem} The import was stopped; nothing was written.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/package_service.py" line="461" />
        <source>Plik zawiera dwa razy tę samą wersję ({version}) jednego wniosku. Import przerwano.</source>
        <translation>The file holds the same version ({version}) of one application twice. The import was stopped.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/package_service.py" line="464" />
        <source>Wniosek w pliku odwołuje się do załącznika, którego nie ma ani w pliku, ani na tym komputerze (SHA-256 {sha256}). Import przerwano.</source>
        <translation>An application in the file refers to an attachment that is neither in the file nor on this computer (SHA-256 {sha256}). The import was stopped.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/package_service.py" line="469" />
        <source>Plik zawiera wniosek na formularzu „{form}” w wersji {version}, którego ten program nie zna. Zaktualizuj program PIM Desktop i spróbuj ponownie.</source>
        <translation>The file holds an application on the form “{form}” version {version}, which this program does not know. Update PIM Desktop and try again.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/package_service.py" line="474" />
        <source>Formularz „{form}” nie przewiduje roli „{role}” podanej w pliku. Import przerwano.</source>
        <translation>The form “{form}” has no role “{role}” as given in the file. The import was stopped.</translation>
    </message>
    <message>
        <location filename="../../pim_desktop/services/package_service.py" line="477" />
        <source>Formularz „{form}” nie zna sieci „{network}” podanej w pliku. Import przerwano.</source>
        <translation>The form “{form}” does not know the network “{network}” given in the file. The import was stopped.</translation>
    </message>
</context>
</TS>

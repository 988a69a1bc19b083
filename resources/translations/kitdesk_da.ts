<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="da_DK">
    <context>
        <name>AccessExtractDialog</name>
        <message>
            <source>Access request extract</source>
            <translation>Udtræk til indsigt</translation>
        </message>
        <message>
            <source>For %1, the child in case %2</source>
            <translation>Om %1, barnet i sag %2</translation>
        </message>
        <message>
            <source>Everything KIT Desk holds about the child – the case with its network, consents, exchanges, baton log, meetings, minutes and plans – and who has seen, handed out and changed it, and when. For a request for access under article 15 of the GDPR. Read it through before you hand it over.</source>
            <translation>Alt, hvad KIT Desk har om barnet – sagen med netværk, samtykker, udveksling, stafetlog, møder, referater og planer – og hvem der har set, udleveret og ændret det og hvornår. Til en anmodning om indsigt efter databeskyttelsesforordningens artikel 15. Læs udtrækket igennem, før du udleverer det.</translation>
        </message>
        <message>
            <source>For %1, person no. %2 in the directory</source>
            <translation>Om %1, person nr. %2 i personregistret</translation>
        </message>
        <message>
            <source>The person's own details, the cases they are in (by case number only) and what in them concerns them – consents, exchanges, meetings, agreements and plans – and who has seen and changed it, and when. For a request for access under article 15 of the GDPR. Read it through before you hand it over.</source>
            <translation>Personens egne oplysninger, de sager personen er med i (kun med sagsnummer), og det i dem, der angår personen – samtykker, udveksling, møder, aftaler og planer – og hvem der har set og ændret det og hvornår. Til en anmodning om indsigt efter databeskyttelsesforordningens artikel 15. Læs udtrækket igennem, før du udleverer det.</translation>
        </message>
        <message>
            <source>&amp;PDF – to read and hand over</source>
            <translation>P&amp;DF – til at læse og udlevere</translation>
        </message>
        <message>
            <source>C&amp;SV – for a spreadsheet</source>
            <translation>C&amp;SV – til et regneark</translation>
        </message>
        <message>
            <source>&amp;Folder</source>
            <translation>&amp;Mappe</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>&amp;Vælg…</translation>
        </message>
        <message>
            <source>Open f&amp;older</source>
            <translation>Åbn ma&amp;ppe</translation>
        </message>
        <message>
            <source>&amp;Make the extract</source>
            <translation>&amp;Lav udtrækket</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuller</translation>
        </message>
        <message>
            <source>Choose the folder for the extract</source>
            <translation>Vælg mappen til udtrækket</translation>
        </message>
        <message>
            <source>File names: %1</source>
            <translation>Filnavne: %1</translation>
        </message>
        <message>
            <source> and </source>
            <translation> og </translation>
        </message>
        <message>
            <source>Choose PDF, CSV or both.</source>
            <translation>Vælg PDF, CSV eller begge.</translation>
        </message>
        <message>
            <source>Writing the extract…</source>
            <translation>Udtrækket skrives…</translation>
        </message>
        <message>
            <source>The files could not be written.</source>
            <translation>Filerne kunne ikke skrives.</translation>
        </message>
        <message>
            <source>Nothing was written.</source>
            <translation>Intet er skrevet.</translation>
        </message>
        <message>
            <source>The extract is saved in %1. Read it through before you hand it over; it holds personal data, so send it securely.</source>
            <translation>Udtrækket er gemt i %1. Læs det igennem, før du udleverer det. Det indeholder personoplysninger, så send det sikkert (fx med sikker e-mail).</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Luk</translation>
        </message>
    </context>
    <context>
        <name>AddApproverDialog</name>
        <message>
            <source>Add someone who approves</source>
            <translation>Tilføj en, der godkender</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Navn</translation>
        </message>
        <message>
            <source>&amp;Sector</source>
            <translation>&amp;Sektor</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Tilføj</translation>
        </message>
    </context>
    <context>
        <name>AddMemberDialog</name>
        <message>
            <source>Add person to the network</source>
            <translation>Tilføj person til netværket</translation>
        </message>
        <message>
            <source>Role in this case</source>
            <translation>Rolle i sagen</translation>
        </message>
        <message>
            <source>%1 is the responsible contact person. Moving them to a sector on the other side (BUC or the municipality) ends that.</source>
            <translation>%1 er ansvarlig kontaktperson. Flytter du personen til en sektor på den anden side (BUC eller kommunen), er vedkommende ikke længere kontaktperson.</translation>
        </message>
        <message>
            <source>&amp;Add to network</source>
            <translation>&amp;Tilføj til netværket</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Gem</translation>
        </message>
        <message>
            <source>From the &amp;directory</source>
            <translation>Fra &amp;personlisten</translation>
        </message>
        <message>
            <source>Ne&amp;w person</source>
            <translation>N&amp;y person</translation>
        </message>
        <message>
            <source>Search by name, title, organisation or sector</source>
            <translation>Søg på navn, titel, organisation eller sektor</translation>
        </message>
        <message>
            <source>Search the directory</source>
            <translation>Søg i personregistret</translation>
        </message>
        <message>
            <source>People in the directory</source>
            <translation>Personer i registret</translation>
        </message>
        <message>
            <source>Not in the list? Choose New person.</source>
            <translation>Er personen ikke på listen? Vælg Ny person.</translation>
        </message>
        <message>
            <source>In this case</source>
            <translation>I denne sag</translation>
        </message>
        <message>
            <source>e.g. class teacher, caseworker, mother</source>
            <translation>fx klasselærer, sagsbehandler, mor</translation>
        </message>
        <message>
            <source>&amp;Role</source>
            <translation>&amp;Rolle</translation>
        </message>
        <message>
            <source>Se&amp;ctor</source>
            <translation>Se&amp;ktor</translation>
        </message>
        <message>
            <source>No one in the directory matches. Choose New person to add them.</source>
            <translation>Ingen på personlisten passer til søgningen. Vælg Ny person for at tilføje personen.</translation>
        </message>
        <message>
            <source>Change the role of %1</source>
            <translation>Ændr rollen for %1</translation>
        </message>
        <message>
            <source>Add %1 to the network</source>
            <translation>Tilføj %1 til netværket</translation>
        </message>
        <message>
            <source>Choose a person in the list, or choose New person.</source>
            <translation>Vælg en person på listen, eller vælg Ny person.</translation>
        </message>
        <message>
            <source>%1 is already in this network.</source>
            <translation>%1 er allerede med i netværket.</translation>
        </message>
    </context>
    <context>
        <name>AgendaRow</name>
        <message>
            <source>%1 / %2 min</source>
            <translation>%1 / %2 min</translation>
        </message>
        <message>
            <source>+%1</source>
            <translation>+%1</translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s) over its time</source>
            <translation>
                <numerusform>%n minut over tiden</numerusform>
                <numerusform>%n minutter over tiden</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AgendaSection</name>
        <message>
            <source>&amp;Purpose</source>
            <translation>&amp;Formål</translation>
        </message>
        <message>
            <source>What should the meeting lead to? The one who invites states the purpose – it is required before the invitation is sent.</source>
            <translation>Hvad skal mødet føre til? Den, der indkalder, skriver formålet – det skal udfyldes, før indkaldelsen sendes.</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Dagsorden</translation>
        </message>
        <message>
            <source>&amp;Add item</source>
            <translation>&amp;Tilføj punkt</translation>
        </message>
        <message>
            <source>Add an item at the end of the agenda (Insert)</source>
            <translation>Tilføj et punkt sidst på dagsordenen (Insert)</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>F&amp;jern</translation>
        </message>
        <message>
            <source>Remove the selected item (Delete). Ctrl+Z brings it back.</source>
            <translation>Fjern det valgte punkt (Delete). Med Ctrl+Z får du det tilbage.</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>Flyt &amp;op</translation>
        </message>
        <message>
            <source>Move the selected item up (Alt+Up)</source>
            <translation>Flyt det valgte punkt op (Alt+Up)</translation>
        </message>
        <message>
            <source>Move do&amp;wn</source>
            <translation>Flyt &amp;ned</translation>
        </message>
        <message>
            <source>Move the selected item down (Alt+Down)</source>
            <translation>Flyt det valgte punkt ned (Alt+Down)</translation>
        </message>
        <message>
            <source>The agenda is empty. Add the items one by one, or start from a template (Templates, top right) and adjust it.</source>
            <translation>Dagsordenen er tom. Tilføj punkterne ét ad gangen, eller start med en skabelon (Skabeloner øverst til højre), og tilpas den.</translation>
        </message>
        <message>
            <source>Selected item</source>
            <translation>Valgt punkt</translation>
        </message>
        <message>
            <source>T&amp;itle</source>
            <translation>T&amp;itel</translation>
        </message>
        <message>
            <source>What is to be talked about (optional)</source>
            <translation>Hvad der skal tales om (valgfrit)</translation>
        </message>
        <message>
            <source>&amp;Description</source>
            <translation>&amp;Beskrivelse</translation>
        </message>
        <message>
            <source>Responsi&amp;ble</source>
            <translation>&amp;Ansvarlig</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Mi&amp;nutes</source>
            <translation>&amp;Varighed</translation>
        </message>
        <message>
            <source>Invite the participants (the Invitees tab) to choose who is responsible for each item.</source>
            <translation>Indkald deltagerne (fanen Deltagere), så kan du vælge, hvem der er ansvarlig for hvert punkt.</translation>
        </message>
        <message>
            <source>Agenda: %1 min. The meeting has no end time yet.</source>
            <translation>Dagsorden: %1 min. Mødet har endnu intet sluttidspunkt.</translation>
        </message>
        <message>
            <source>Agenda: %1 min of %2 min</source>
            <translation>Dagsorden: %1 min af %2 min</translation>
        </message>
        <message>
            <source>%1 min more than the meeting lasts. Shorten an item or move the end time.</source>
            <translation>%1 min mere, end mødet varer. Forkort et punkt, eller flyt sluttidspunktet.</translation>
        </message>
        <message>
            <source>Change the purpose</source>
            <translation>Ændr formålet</translation>
        </message>
        <message>
            <source>An agenda item needs a title.</source>
            <translation>Et dagsordenspunkt skal have en titel.</translation>
        </message>
        <message>
            <source>Change the title of an agenda item</source>
            <translation>Ændr titlen på et dagsordenspunkt</translation>
        </message>
        <message>
            <source>Change the description of an agenda item</source>
            <translation>Ændr beskrivelsen af et dagsordenspunkt</translation>
        </message>
        <message>
            <source>Change who is responsible for an agenda item</source>
            <translation>Ændr, hvem der er ansvarlig for et dagsordenspunkt</translation>
        </message>
        <message>
            <source>Change the minutes of an agenda item</source>
            <translation>Ændr varigheden af et dagsordenspunkt</translation>
        </message>
        <message>
            <source>New item</source>
            <translation>Nyt punkt</translation>
        </message>
        <message>
            <source>Add an agenda item</source>
            <translation>Tilføj et dagsordenspunkt</translation>
        </message>
        <message>
            <source>Remove the agenda item %1</source>
            <translation>Fjern dagsordenspunktet %1</translation>
        </message>
        <message>
            <source>“%1” was removed from the agenda. Ctrl+Z brings it back.</source>
            <translation>“%1” er fjernet fra dagsordenen. Med Ctrl+Z får du det tilbage.</translation>
        </message>
        <message>
            <source>Move an agenda item</source>
            <translation>Flyt et dagsordenspunkt</translation>
        </message>
    </context>
    <context>
        <name>AgendaTable</name>
        <message>
            <source>No.</source>
            <translation>Nr.</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Kl.</translation>
        </message>
        <message>
            <source>Item</source>
            <translation>Punkt</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>Ansvarlig</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Minutter</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beskrivelse</translation>
        </message>
        <message>
            <source>This item runs past the end of the meeting.</source>
            <translation>Punktet rækker ud over mødets sluttidspunkt.</translation>
        </message>
    </context>
    <context>
        <name>AgendaTimer</name>
        <message>
            <source>Agenda: %1 used of %2 min</source>
            <translation>Dagsorden: %1 brugt af %2 min</translation>
        </message>
    </context>
    <context>
        <name>AgreementEditor</name>
        <message>
            <source>What was agreed – concrete, so everyone knows what happens next</source>
            <translation>Hvad der blev aftalt – konkret, så alle ved, hvad der skal ske</translation>
        </message>
        <message>
            <source>Wha&amp;t</source>
            <translation>&amp;Hvad</translation>
        </message>
        <message>
            <source>Choose a participant or type a name</source>
            <translation>Vælg en deltager, eller skriv et navn</translation>
        </message>
        <message>
            <source>&amp;Responsible</source>
            <translation>&amp;Ansvarlig</translation>
        </message>
        <message>
            <source>Change the sector of an agreement</source>
            <translation>Ændr sektoren for en aftale</translation>
        </message>
        <message>
            <source>&amp;Sector</source>
            <translation>Se&amp;ktor</translation>
        </message>
        <message>
            <source>Change the deadline of an agreement</source>
            <translation>Ændr fristen for en aftale</translation>
        </message>
        <message>
            <source>Ongo&amp;ing</source>
            <translation>&amp;Løbende</translation>
        </message>
        <message>
            <source>No fixed deadline: the agreement runs until further notice</source>
            <translation>Ingen fast frist: aftalen gælder indtil videre</translation>
        </message>
        <message>
            <source>Dead&amp;line</source>
            <translation>F&amp;rist</translation>
        </message>
        <message>
            <source>Move an agreement to another agenda item</source>
            <translation>Flyt en aftale til et andet dagsordenspunkt</translation>
        </message>
        <message>
            <source>Agenda ite&amp;m</source>
            <translation>Dagsordens&amp;punkt</translation>
        </message>
        <message>
            <source>How and when it is followed up, e.g. at the next meeting</source>
            <translation>Hvordan og hvornår der følges op, fx på næste møde</translation>
        </message>
        <message>
            <source>Follow-u&amp;p</source>
            <translation>Op&amp;følgning</translation>
        </message>
        <message>
            <source>Agreement %1 of %2</source>
            <translation>Aftale %1 af %2</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Aftale</translation>
        </message>
        <message>
            <source>Carried from the meeting on %1</source>
            <translation>Videreført fra mødet den %1</translation>
        </message>
        <message>
            <source>Network meetings make agreements, not decisions on municipal interventions – consider rewording “%1”.</source>
            <translation>På et netværksmøde indgås aftaler, men der træffes ikke afgørelser om kommunale indsatser – overvej at omformulere “%1”.</translation>
        </message>
        <message>
            <source>Agreements</source>
            <translation>Aftaler</translation>
        </message>
        <message>
            <source>Choose who is responsible for an agreement</source>
            <translation>Vælg, hvem der er ansvarlig for en aftale</translation>
        </message>
        <message>
            <source>Change who is responsible for an agreement</source>
            <translation>Ændr, hvem der er ansvarlig for en aftale</translation>
        </message>
        <message>
            <source>Mark an agreement as ongoing</source>
            <translation>Markér en aftale som løbende</translation>
        </message>
        <message>
            <source>Give an agreement a deadline</source>
            <translation>Giv en aftale en frist</translation>
        </message>
    </context>
    <context>
        <name>AgreementList</name>
        <message>
            <source>Deadline</source>
            <translation>Frist</translation>
        </message>
        <message>
            <source>Child</source>
            <translation>Barn</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Aftale</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>Ansvarlig</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Sektor</translation>
        </message>
        <message>
            <source>Agreed on</source>
            <translation>Aftalt den</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Åben</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Udført</translation>
        </message>
        <message>
            <source>Lapsed</source>
            <translation>Bortfaldet</translation>
        </message>
        <message>
            <source>Continued</source>
            <translation>Videreført</translation>
        </message>
        <message>
            <source>Read in %1</source>
            <translation>Læst ind %1</translation>
        </message>
        <message>
            <source>ongoing</source>
            <translation>løbende</translation>
        </message>
        <message>
            <source>%1 (received)</source>
            <translation>%1 (modtaget)</translation>
        </message>
        <message>
            <source>Open – overdue</source>
            <translation>Åben – overskredet</translation>
        </message>
        <message>
            <source>(between meetings)</source>
            <translation>(mellem møderne)</translation>
        </message>
    </context>
    <context>
        <name>AgreementTable</name>
        <message>
            <source>No.</source>
            <translation>Nr.</translation>
        </message>
        <message>
            <source>Agenda item</source>
            <translation>Dagsordenspunkt</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Hvad</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>Ansvarlig</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Sektor</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Frist</translation>
        </message>
        <message>
            <source>ongoing</source>
            <translation>løbende</translation>
        </message>
        <message>
            <source>(not written yet)</source>
            <translation>(ikke skrevet endnu)</translation>
        </message>
        <message>
            <source>Worded like a decision: “%1”</source>
            <translation>Formuleret som en afgørelse: “%1”</translation>
        </message>
        <message>
            <source>Carried from the meeting on %1</source>
            <translation>Videreført fra mødet den %1</translation>
        </message>
    </context>
    <context>
        <name>AgreementsPage</name>
        <message>
            <source>Mark the agreement as done</source>
            <translation>Markér aftalen som udført</translation>
        </message>
        <message>
            <source>What came of it? A short note goes into the case's baton log (optional).</source>
            <translation>Hvad kom der ud af den? En kort bemærkning skrives i sagens stafetlog (kan udelades).</translation>
        </message>
        <message>
            <source>Mark as done</source>
            <translation>Markér som udført</translation>
        </message>
        <message>
            <source>The agreement lapses</source>
            <translation>Aftalen bortfalder</translation>
        </message>
        <message>
            <source>Why does the agreement lapse? The reason goes into the case's baton log.</source>
            <translation>Hvorfor bortfalder aftalen? Begrundelsen skrives i sagens stafetlog.</translation>
        </message>
        <message>
            <source>Mark as lapsed</source>
            <translation>Markér som bortfaldet</translation>
        </message>
        <message>
            <source>Agreements</source>
            <translation>Aftaler</translation>
        </message>
        <message>
            <source>Search the child, the agreement or who  (Ctrl+F)</source>
            <translation>Søg på barnet, aftalen eller hvem  (Ctrl+F)</translation>
        </message>
        <message>
            <source>Search the agreements</source>
            <translation>Søg i aftalerne</translation>
        </message>
        <message>
            <source>S&amp;tatus</source>
            <translation>S&amp;tatus</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Åbne</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Udførte</translation>
        </message>
        <message>
            <source>Lapsed</source>
            <translation>Bortfaldne</translation>
        </message>
        <message>
            <source>Continued</source>
            <translation>Videreførte</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Alle</translation>
        </message>
        <message>
            <source>&amp;Due</source>
            <translation>&amp;Frist</translation>
        </message>
        <message>
            <source>Any deadline</source>
            <translation>Alle frister</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Overskredet</translation>
        </message>
        <message>
            <source>Within 14 days or overdue</source>
            <translation>Inden for 14 dage eller overskredet</translation>
        </message>
        <message>
            <source>&amp;Person</source>
            <translation>&amp;Person</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Alle personer</translation>
        </message>
        <message>
            <source>S&amp;ector</source>
            <translation>S&amp;ektor</translation>
        </message>
        <message>
            <source>All sectors</source>
            <translation>Alle sektorer</translation>
        </message>
        <message>
            <source>Agreements across the cases</source>
            <translation>Aftaler på tværs af sagerne</translation>
        </message>
        <message>
            <source>Mark as &amp;done…</source>
            <translation>Markér som &amp;udført…</translation>
        </message>
        <message>
            <source>Mark as &amp;lapsed…</source>
            <translation>Markér som &amp;bortfaldet…</translation>
        </message>
        <message>
            <source>&amp;Reopen</source>
            <translation>&amp;Genåbn</translation>
        </message>
        <message>
            <source>Open &amp;meeting</source>
            <translation>Åbn &amp;møde</translation>
        </message>
        <message>
            <source>Open &amp;case</source>
            <translation>Åbn &amp;sag</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n agreement(s) shown. Double-click one, or press Enter, to open its case.</source>
            <translation>
                <numerusform>%1 af %n aftale vises. Dobbeltklik på den, eller tryk Enter, for at åbne sagen.</numerusform>
                <numerusform>%1 af %n aftaler vises. Dobbeltklik på en, eller tryk Enter, for at åbne sagen.</numerusform>
            </translation>
        </message>
        <message>
            <source>It came from a received plan: there is no meeting here to open. Open the case.</source>
            <translation>Aftalen kommer fra en modtaget plan: der er intet møde her at åbne. Åbn sagen.</translation>
        </message>
        <message>
            <source>%1 – there is no meeting here to open; Enter opens the case.</source>
            <translation>%1 – der er intet møde her at åbne; Enter åbner sagen.</translation>
        </message>
        <message>
            <source>Reopen the agreement</source>
            <translation>Genåbn aftalen</translation>
        </message>
    </context>
    <context>
        <name>AgreementsPanel</name>
        <message>
            <source>Agreements</source>
            <translation>Aftaler</translation>
        </message>
        <message>
            <source>&amp;New agreement</source>
            <translation>&amp;Ny aftale</translation>
        </message>
        <message>
            <source>Add the next agreement under the current agenda item (Ctrl+Enter)</source>
            <translation>Tilføj den næste aftale under det aktuelle dagsordenspunkt (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>Flyt &amp;op</translation>
        </message>
        <message>
            <source>Move the selected agreement up (Alt+Up)</source>
            <translation>Flyt den valgte aftale op (Alt+Up)</translation>
        </message>
        <message>
            <source>Move do&amp;wn</source>
            <translation>Flyt ne&amp;d</translation>
        </message>
        <message>
            <source>Move the selected agreement down (Alt+Down)</source>
            <translation>Flyt den valgte aftale ned (Alt+Down)</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Slet</translation>
        </message>
        <message>
            <source>Delete the selected agreement (Delete in the list). Ctrl+Z brings it back.</source>
            <translation>Slet den valgte aftale (Delete i listen). Med Ctrl+Z får du den tilbage.</translation>
        </message>
        <message>
            <source>N&amp;o new agreements</source>
            <translation>&amp;Ingen nye aftaler</translation>
        </message>
        <message>
            <source>Tick this when the meeting made no new agreements</source>
            <translation>Sæt flueben her, hvis mødet ikke indgik nye aftaler</translation>
        </message>
        <message>
            <source>No agreements yet. Press Ctrl+Enter to write the first one.</source>
            <translation>Ingen aftaler endnu. Tryk på Ctrl+Enter for at skrive den første.</translation>
        </message>
        <message>
            <source>Add an agreement</source>
            <translation>Tilføj en aftale</translation>
        </message>
        <message>
            <source>Delete an agreement</source>
            <translation>Slet en aftale</translation>
        </message>
        <message>
            <source>The agreement was deleted. Ctrl+Z brings it back.</source>
            <translation>Aftalen er slettet. Med Ctrl+Z får du den tilbage.</translation>
        </message>
        <message>
            <source>Move an agreement</source>
            <translation>Flyt en aftale</translation>
        </message>
    </context>
    <context>
        <name>AnswerDialog</name>
        <message>
            <source>Answer to the invitation</source>
            <translation>Svar på indkaldelsen</translation>
        </message>
        <message>
            <source>&amp;Awaiting answer</source>
            <translation>&amp;Afventer svar</translation>
        </message>
        <message>
            <source>A&amp;ttending</source>
            <translation>&amp;Deltager</translation>
        </message>
        <message>
            <source>&amp;Cancellation (afbud)</source>
            <translation>Af&amp;bud</translation>
        </message>
        <message>
            <source>&amp;Wants others to join</source>
            <translation>Ønsker a&amp;ndre med</translation>
        </message>
        <message>
            <source>&amp;In person</source>
            <translation>&amp;Fysisk</translation>
        </message>
        <message>
            <source>&amp;Online</source>
            <translation>&amp;Virtuelt</translation>
        </message>
        <message>
            <source>Reason for the cancellation</source>
            <translation>Grund til afbud</translation>
        </message>
        <message>
            <source>Optional: anything they said – no reason is needed</source>
            <translation>Frivilligt: hvad de sagde – der skal ikke gives en begrundelse</translation>
        </message>
        <message>
            <source>Who else should join</source>
            <translation>Hvem der også skal med</translation>
        </message>
        <message>
            <source>Who – e.g. grandmother, the support person from the school</source>
            <translation>Hvem – fx bedstemor, støttepersonen fra skolen</translation>
        </message>
        <message>
            <source>&amp;Save answer</source>
            <translation>&amp;Gem svar</translation>
        </message>
        <message>
            <source>Write whom they would like to bring.</source>
            <translation>Skriv, hvem de gerne vil have med.</translation>
        </message>
        <message>
            <source>Record the answer from %1</source>
            <translation>Registrér svaret fra %1</translation>
        </message>
    </context>
    <context>
        <name>AnswersBox</name>
        <message>
            <source>Answers</source>
            <translation>Svar</translation>
        </message>
        <message>
            <source>&amp;Record answer…</source>
            <translation>&amp;Registrér svar…</translation>
        </message>
        <message numerus="yes">
            <source>%n attending</source>
            <translation>
                <numerusform>%n kommer</numerusform>
                <numerusform>%n kommer</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cancellation(s)</source>
            <translation>
                <numerusform>%n afbud</numerusform>
                <numerusform>%n afbud</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n want(s) others to join</source>
            <translation>
                <numerusform>%n ønsker andre med</numerusform>
                <numerusform>%n ønsker andre med</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n awaiting answer</source>
            <translation>
                <numerusform>%n afventer svar</numerusform>
                <numerusform>%n afventer svar</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ApprovalRow</name>
        <message>
            <source>responsible contact person</source>
            <translation>ansvarlig kontaktperson</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Godkendt</translation>
        </message>
        <message>
            <source>%1 approved</source>
            <translation>%1 har godkendt</translation>
        </message>
        <message>
            <source>Approved on</source>
            <translation>Godkendt den</translation>
        </message>
        <message>
            <source>How</source>
            <translation>Hvordan</translation>
        </message>
        <message>
            <source>Note on %1's approval</source>
            <translation>Bemærkning til %1s godkendelse</translation>
        </message>
        <message>
            <source>Note, e.g. approved with a correction to agreement 2</source>
            <translation>Note, fx godkendt med en rettelse til aftale 2</translation>
        </message>
    </context>
    <context>
        <name>ApprovalsPanel</name>
        <message>
            <source>Approval</source>
            <translation>Godkendelse</translation>
        </message>
        <message>
            <source>&amp;Add someone who approves…</source>
            <translation>&amp;Tilføj en, der godkender…</translation>
        </message>
        <message>
            <source>Both responsible contact persons – BUC's and the municipality's – must approve before you can sign off (a setting). Record the family's approval when it is given.</source>
            <translation>Begge ansvarlige kontaktpersoner – BUC's og kommunens – skal have godkendt, før du kan låse planen (kan ændres under Indstillinger). Notér familiens godkendelse, når den gives.</translation>
        </message>
        <message>
            <source>Record each approval when it is given.</source>
            <translation>Notér hver godkendelse, når den gives.</translation>
        </message>
        <message>
            <source>Everything needed is in place: the plan can be signed off.</source>
            <translation>Alt det nødvendige er på plads: planen kan godkendes og låses.</translation>
        </message>
        <message>
            <source>Record an approval</source>
            <translation>Registrér en godkendelse</translation>
        </message>
        <message>
            <source>Add someone who approves</source>
            <translation>Tilføj en, der godkender</translation>
        </message>
    </context>
    <context>
        <name>Attendance</name>
        <message>
            <source>In room</source>
            <translation>I lokalet</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>Online</translation>
        </message>
        <message>
            <source>Absent</source>
            <translation>Fraværende</translation>
        </message>
        <message>
            <source>Apologies</source>
            <translation>Afbud</translation>
        </message>
        <message>
            <source>Chair</source>
            <translation>Mødeleder</translation>
        </message>
        <message>
            <source>Minute-taker</source>
            <translation>Referent</translation>
        </message>
        <message>
            <source>turned up</source>
            <translation>mødt uanmeldt</translation>
        </message>
        <message>
            <source>(no name)</source>
            <translation>(uden navn)</translation>
        </message>
    </context>
    <context>
        <name>AttendancePanel</name>
        <message>
            <source>Attendance</source>
            <translation>Fremmøde</translation>
        </message>
        <message>
            <source>&amp;Add someone who turned up…</source>
            <translation>&amp;Tilføj uanmeldt deltager…</translation>
        </message>
        <message>
            <source>%1 of %2 present</source>
            <translation>%1 af %2 til stede</translation>
        </message>
        <message numerus="yes">
            <source>%n not marked</source>
            <translation>
                <numerusform>%n ikke markeret</numerusform>
                <numerusform>%n ikke markeret</numerusform>
            </translation>
        </message>
        <message>
            <source>Attendance: %1</source>
            <translation>Fremmøde: %1</translation>
        </message>
        <message>
            <source>Add %1</source>
            <translation>Tilføj %1</translation>
        </message>
    </context>
    <context>
        <name>CandidateTable</name>
        <message>
            <source>Name</source>
            <translation>Navn</translation>
        </message>
        <message>
            <source>Role or title</source>
            <translation>Rolle eller titel</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Sektor</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Already invited to this meeting</source>
            <translation>Allerede indkaldt til mødet</translation>
        </message>
        <message>
            <source>%1 (invited)</source>
            <translation>%1 (indkaldt)</translation>
        </message>
    </context>
    <context>
        <name>CaseErasure</name>
        <message>
            <source>the meeting %1 (version %2)</source>
            <translation>netværksmødet %1 (version %2)</translation>
        </message>
        <message numerus="yes">
            <source>%n signed plan(s) not marked as filed in the case system: %1. File them in the case system before you delete the case – afterwards they exist only there.</source>
            <translation>
                <numerusform>%n godkendt plan er ikke markeret som journaliseret: %1. Journalisér den i sagssystemet, før du sletter sagen – bagefter findes den kun dér.</numerusform>
                <numerusform>%n godkendte planer er ikke markeret som journaliseret: %1. Journalisér dem i sagssystemet, før du sletter sagen – bagefter findes de kun dér.</numerusform>
            </translation>
        </message>
        <message>
            <source>The plan is not filed</source>
            <translation>Planen er ikke journaliseret</translation>
        </message>
        <message>
            <source>Open the plan, save it as PDF (Send this version…) and file it in the case system; then mark it as filed in the Versions tab.</source>
            <translation>Åbn planen, gem den som PDF (Send denne version…), og journalisér den i sagssystemet. Markér den derefter som journaliseret under fanen Versioner.</translation>
        </message>
        <message>
            <source>Open the plan</source>
            <translation>Åbn planen</translation>
        </message>
        <message>
            <source>Delete anyway…</source>
            <translation>Slet alligevel…</translation>
        </message>
    </context>
    <context>
        <name>CaseListPage</name>
        <message>
            <source>Cases</source>
            <translation>Sager</translation>
        </message>
        <message>
            <source>Search by name, case number or contact person  (Ctrl+F)</source>
            <translation>Søg på navn, sagsnummer eller kontaktperson  (Ctrl+F)</translation>
        </message>
        <message>
            <source>Search the cases</source>
            <translation>Søg i sagerne</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Åbne</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Afsluttede</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Alle</translation>
        </message>
        <message>
            <source>New case</source>
            <translation>Ny sag</translation>
        </message>
        <message>
            <source>See the cases…</source>
            <translation>Se sagerne…</translation>
        </message>
        <message numerus="yes">
            <source>%n closed case(s) kept longer than %1 months after closing. You decide whether to delete them.</source>
            <translation>
                <numerusform>%n afsluttet sag er gemt mere end %1 måneder efter afslutningen. Du bestemmer, om den skal slettes.</numerusform>
                <numerusform>%n afsluttede sager er gemt mere end %1 måneder efter afslutningen. Du bestemmer, om de skal slettes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n case(s) shown</source>
            <translation>
                <numerusform>%1 af %n sag vist</numerusform>
                <numerusform>%1 af %n sager vist</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CaseListTab</name>
        <message>
            <source>The selected record in full</source>
            <translation>Det valgte i sin helhed</translation>
        </message>
    </context>
    <context>
        <name>CaseMeetingsTab</name>
        <message>
            <source>Network meetings</source>
            <translation>Netværksmøder</translation>
        </message>
        <message>
            <source>&amp;New network meeting…</source>
            <translation>&amp;Nyt netværksmøde…</translation>
        </message>
        <message>
            <source>&amp;Open meeting</source>
            <translation>Å&amp;bn møde</translation>
        </message>
        <message>
            <source>Agreements from plans read in</source>
            <translation>Aftaler fra modtagne planer</translation>
        </message>
        <message>
            <source>Double-click a meeting, or press Enter, to open it.</source>
            <translation>Åbn et møde med dobbeltklik eller Enter.</translation>
        </message>
        <message>
            <source>No network meetings in this case yet. Choose New network meeting to prepare one.</source>
            <translation>Der er endnu ingen netværksmøder i sagen. Vælg Nyt netværksmøde for at forberede et.</translation>
        </message>
        <message>
            <source>ongoing</source>
            <translation>løbende</translation>
        </message>
        <message>
            <source>no deadline</source>
            <translation>ingen frist</translation>
        </message>
        <message>
            <source>open</source>
            <translation>åben</translation>
        </message>
        <message>
            <source>followed up</source>
            <translation>fulgt op</translation>
        </message>
    </context>
    <context>
        <name>CaseSummary</name>
        <message>
            <source>The case now</source>
            <translation>Sagen lige nu</translation>
        </message>
        <message>
            <source>Contact persons and baton holder</source>
            <translation>Kontaktpersoner og stafetholder</translation>
        </message>
        <message>
            <source>Next meeting</source>
            <translation>Næste møde</translation>
        </message>
        <message>
            <source>Consent per sector</source>
            <translation>Samtykke pr. sektor</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>Ventetid</translation>
        </message>
        <message>
            <source>Open agreements</source>
            <translation>Åbne aftaler</translation>
        </message>
        <message>
            <source>Latest in the baton log</source>
            <translation>Seneste i stafetloggen</translation>
        </message>
        <message>
            <source>baton holder</source>
            <translation>stafetholder</translation>
        </message>
        <message>
            <source>none marked</source>
            <translation>ingen markeret</translation>
        </message>
        <message>
            <source>Contact persons</source>
            <translation>Kontaktpersoner</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>Netværk</translation>
        </message>
        <message>
            <source>none planned</source>
            <translation>intet planlagt</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Møder</translation>
        </message>
        <message>
            <source>no time yet</source>
            <translation>ingen tid endnu</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Samtykke</translation>
        </message>
        <message>
            <source>no professionals in the network yet</source>
            <translation>ingen fagpersoner i netværket endnu</translation>
        </message>
        <message>
            <source>until %1</source>
            <translation>til %1</translation>
        </message>
        <message>
            <source>not waiting</source>
            <translation>venter ikke</translation>
        </message>
        <message>
            <source>for %1 since %2</source>
            <translation>på %1 siden %2</translation>
        </message>
        <message>
            <source>next contact %1</source>
            <translation>næste kontakt %1</translation>
        </message>
        <message>
            <source>Open agreements (%1)</source>
            <translation>Åbne aftaler (%1)</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ingen</translation>
        </message>
        <message>
            <source>ongoing</source>
            <translation>løbende</translation>
        </message>
        <message>
            <source>no deadline</source>
            <translation>ingen frist</translation>
        </message>
        <message>
            <source>from the same plan</source>
            <translation>fra samme plan</translation>
        </message>
        <message numerus="yes">
            <source>%n more…</source>
            <translation>
                <numerusform>%n mere…</numerusform>
                <numerusform>%n mere…</numerusform>
            </translation>
        </message>
        <message>
            <source>nothing yet</source>
            <translation>intet endnu</translation>
        </message>
    </context>
    <context>
        <name>CaseTable</name>
        <message>
            <source>Child</source>
            <translation>Barn</translation>
        </message>
        <message>
            <source>Birth date</source>
            <translation>Fødselsdato</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Fase</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Trin</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Niveau</translation>
        </message>
        <message>
            <source>Contact person, BUC</source>
            <translation>Kontaktperson, BUC</translation>
        </message>
        <message>
            <source>Contact person, municipality</source>
            <translation>Kontaktperson, kommune</translation>
        </message>
        <message>
            <source>Last activity</source>
            <translation>Seneste aktivitet</translation>
        </message>
        <message>
            <source>Example</source>
            <translation>Eksempel</translation>
        </message>
        <message>
            <source>Fictitious example data. File ▸ Remove example data removes it in one step.</source>
            <translation>Fiktive eksempeldata. Filer ▸ Fjern eksempeldata fjerner dem i ét trin.</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>mangler</translation>
        </message>
    </context>
    <context>
        <name>CaseView</name>
        <message>
            <source>Access request extract…</source>
            <translation>Udtræk til indsigt…</translation>
        </message>
        <message>
            <source>What KIT Desk holds about the child, and who has seen and changed it – as PDF and CSV, for a request for access (GDPR art. 15)</source>
            <translation>Hvad KIT Desk har om barnet, og hvem der har set og ændret det – som PDF og CSV, til en anmodning om indsigt (databeskyttelsesforordningens art. 15)</translation>
        </message>
        <message>
            <source>Hand over case…</source>
            <translation>Overdrag sag…</translation>
        </message>
        <message>
            <source>Write the case into one encrypted file for the person who takes it over on another computer</source>
            <translation>Skriv sagen i én krypteret fil til den, der overtager den på en anden computer</translation>
        </message>
        <message>
            <source>Delete case…</source>
            <translation>Slet sag…</translation>
        </message>
        <message>
            <source>Delete the case and everything about it for good</source>
            <translation>Slet sagen og alt om den for altid</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Oversigt</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>Netværk</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Samtykke</translation>
        </message>
        <message>
            <source>Information exchange</source>
            <translation>Informationsudveksling</translation>
        </message>
        <message>
            <source>Baton log</source>
            <translation>Stafetlog</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Møder</translation>
        </message>
        <message>
            <source>New case</source>
            <translation>Ny sag</translation>
        </message>
        <message>
            <source>born %1</source>
            <translation>født %1</translation>
        </message>
        <message>
            <source>step %1 · level %2</source>
            <translation>trin %1 · niveau %2</translation>
        </message>
        <message>
            <source>%1 Delete the case here when the receiver has confirmed that it arrived.</source>
            <translation>%1 Slet sagen her, når modtageren har bekræftet, at den er kommet frem.</translation>
        </message>
        <message>
            <source> and </source>
            <translation> og </translation>
        </message>
        <message>
            <source>No responsible contact person for %1. Mark one in the list below.</source>
            <translation>Ingen ansvarlig kontaktperson for %1. Markér en i listen herunder.</translation>
        </message>
        <message>
            <source>No responsible contact person for %1. Mark one in the Network tab.</source>
            <translation>Der er ingen ansvarlig kontaktperson for %1. Markér en under fanen Netværk.</translation>
        </message>
    </context>
    <context>
        <name>ChangePassphrase</name>
        <message>
            <source>The new passphrase could not be saved (%1). The old one still works.</source>
            <translation>Den nye adgangskode kunne ikke gemmes (%1). Den gamle virker stadig.</translation>
        </message>
        <message>
            <source>The passphrase is changed. Use the new one from now on; the recovery key is the same.</source>
            <translation>Adgangskoden er skiftet. Brug den nye fra nu af; gendannelsesnøglen er den samme.</translation>
        </message>
    </context>
    <context>
        <name>CheckLine</name>
        <message>
            <source>Go there</source>
            <translation>Gå dertil</translation>
        </message>
        <message>
            <source>Go there: %1</source>
            <translation>Gå dertil: %1</translation>
        </message>
        <message>
            <source>To the field where this is put right</source>
            <translation>Til feltet, hvor det rettes</translation>
        </message>
    </context>
    <context>
        <name>ConsentDialog</name>
        <message>
            <source>New consent</source>
            <translation>Nyt samtykke</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Samtykke</translation>
        </message>
        <message>
            <source>Choose from the family in the network, or type a name</source>
            <translation>Vælg i familien fra netværket, eller skriv et navn</translation>
        </message>
        <message>
            <source>&amp;Given by</source>
            <translation>Gi&amp;vet af</translation>
        </message>
        <message>
            <source>Gives consent &amp;as</source>
            <translation>Giver samtykke &amp;som</translation>
        </message>
        <message>
            <source>Covers</source>
            <translation>Omfatter</translation>
        </message>
        <message>
            <source>Which information, e.g. assessment, well-being at school, attendance</source>
            <translation>Hvilke oplysninger, fx udredning, trivsel i skolen, fremmøde</translation>
        </message>
        <message>
            <source>&amp;Information</source>
            <translation>&amp;Oplysninger</translation>
        </message>
        <message>
            <source>Given &amp;on</source>
            <translation>Givet &amp;den</translation>
        </message>
        <message>
            <source>&amp;Form</source>
            <translation>&amp;Form</translation>
        </message>
        <message>
            <source>dd.mm.yyyy – empty if no end date</source>
            <translation>dd.mm.åååå – tom, hvis der ingen slutdato er</translation>
        </message>
        <message>
            <source>&amp;Valid until</source>
            <translation>Gyldigt &amp;til</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>&amp;Note</translation>
        </message>
        <message>
            <source>Who gave the consent, when, and what it covers cannot be changed. If that has changed, record a new consent.</source>
            <translation>Hvem der gav samtykket, hvornår, og hvad det omfatter, kan ikke ændres. Er noget af det ændret, så registrér et nyt samtykke.</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Gem</translation>
        </message>
        <message>
            <source>Register the signed consent form</source>
            <translation>Registrér den underskrevne samtykkeerklæring</translation>
        </message>
        <message>
            <source>Withdrawn on %1.</source>
            <translation>Trukket tilbage den %1.</translation>
        </message>
        <message>
            <source>A young person aged 15 or over can give consent in health matters.</source>
            <translation>En ung, der er fyldt 15 år, kan selv give samtykke i sundhedsmæssige forhold.</translation>
        </message>
        <message>
            <source>%1 was %2 on that date – a parent or guardian must give the consent.</source>
            <translation>%1 var %2 år på den dato – en forælder eller værge skal give samtykket.</translation>
        </message>
        <message>
            <source>The consent cannot end before the day it was given (%1).</source>
            <translation>Samtykket kan ikke udløbe før den dag, det blev givet (%1).</translation>
        </message>
        <message>
            <source>Please correct what is marked below.</source>
            <translation>Ret det, der er markeret nedenfor.</translation>
        </message>
        <message>
            <source>Add consent from %1</source>
            <translation>Tilføj samtykke fra %1</translation>
        </message>
        <message>
            <source>Change consent from %1</source>
            <translation>Ændr samtykke fra %1</translation>
        </message>
    </context>
    <context>
        <name>ConsentFormDialog</name>
        <message>
            <source>Print a consent form</source>
            <translation>Udskriv samtykkeerklæring</translation>
        </message>
        <message>
            <source>The form is filled in from the case and the network, saved as a PDF and opened for printing. When it comes back signed, register it under Consent.</source>
            <translation>Erklæringen udfyldes ud fra sagen og netværket, gemmes som PDF og åbnes, så du kan udskrive den. Når den kommer underskrevet tilbage, registrerer du den under Samtykke.</translation>
        </message>
        <message>
            <source>Choose from the family in the network, or type a name</source>
            <translation>Vælg i familien fra netværket, eller skriv et navn</translation>
        </message>
        <message>
            <source>&amp;Given by</source>
            <translation>&amp;Givet af</translation>
        </message>
        <message>
            <source>Gives consent &amp;as</source>
            <translation>Giver samtykke &amp;som</translation>
        </message>
        <message>
            <source>Covers</source>
            <translation>Omfatter</translation>
        </message>
        <message>
            <source>Which information, e.g. assessment, well-being at school, attendance – empty: lines to write on</source>
            <translation>Hvilke oplysninger, fx udredning, trivsel i skolen, fremmøde – tomt: linjer at skrive på</translation>
        </message>
        <message>
            <source>&amp;Information</source>
            <translation>&amp;Oplysninger</translation>
        </message>
        <message>
            <source>&amp;Save and open for printing</source>
            <translation>&amp;Gem og åbn til udskrift</translation>
        </message>
        <message>
            <source>Please write who gives the consent.</source>
            <translation>Skriv, hvem der giver samtykket.</translation>
        </message>
        <message>
            <source>Choose at least one party the consent covers.</source>
            <translation>Vælg mindst én part, som samtykket omfatter.</translation>
        </message>
        <message>
            <source>Please correct what is marked below.</source>
            <translation>Ret det, der er markeret herunder.</translation>
        </message>
        <message>
            <source>Print a consent form for %1</source>
            <translation>Udskriv samtykkeerklæring til %1</translation>
        </message>
    </context>
    <context>
        <name>ConsentTable</name>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Given by</source>
            <translation>Givet af</translation>
        </message>
        <message>
            <source>Given on</source>
            <translation>Givet den</translation>
        </message>
        <message>
            <source>Valid until</source>
            <translation>Gyldigt til</translation>
        </message>
        <message>
            <source>Covers</source>
            <translation>Omfatter</translation>
        </message>
        <message>
            <source>Information</source>
            <translation>Oplysninger</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>Form</translation>
        </message>
        <message>
            <source>Valid</source>
            <translation>Gyldigt</translation>
        </message>
        <message>
            <source>Expired</source>
            <translation>Udløbet</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Trukket tilbage</translation>
        </message>
        <message>
            <source>Not yet in force</source>
            <translation>Endnu ikke gældende</translation>
        </message>
        <message>
            <source>no end date</source>
            <translation>ingen slutdato</translation>
        </message>
    </context>
    <context>
        <name>ConsentsTab</name>
        <message>
            <source>Who may exchange information today</source>
            <translation>Hvem må udveksle oplysninger i dag</translation>
        </message>
        <message>
            <source>Consents</source>
            <translation>Samtykker</translation>
        </message>
        <message>
            <source>&amp;New consent…</source>
            <translation>&amp;Nyt samtykke…</translation>
        </message>
        <message>
            <source>&amp;Print consent form…</source>
            <translation>&amp;Udskriv samtykkeerklæring…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>R&amp;et…</translation>
        </message>
        <message>
            <source>&amp;Withdraw consent…</source>
            <translation>&amp;Træk samtykke tilbage…</translation>
        </message>
        <message>
            <source>Choose a consent to see all of it here.</source>
            <translation>Vælg et samtykke for at se det hele her.</translation>
        </message>
        <message>
            <source>There are no professionals in the network yet. Add them in the Network tab.</source>
            <translation>Der er endnu ingen fagpersoner i netværket. Tilføj dem under fanen Netværk.</translation>
        </message>
        <message>
            <source>valid until %1</source>
            <translation>gyldigt til %1</translation>
        </message>
        <message>
            <source>no end date</source>
            <translation>ingen slutdato</translation>
        </message>
        <message>
            <source>✓ %1: covered by consent from %2 (%3)</source>
            <translation>✓ %1: omfattet af samtykke fra %2 (%3)</translation>
        </message>
        <message>
            <source>✗ %1: no valid consent</source>
            <translation>✗ %1: intet gyldigt samtykke</translation>
        </message>
        <message>
            <source>Consent form printed %1 for %2 – waiting for it to come back signed.</source>
            <translation>Samtykkeerklæring udskrevet %1 til %2 – venter på, at den kommer underskrevet tilbage.</translation>
        </message>
        <message>
            <source>Register the &amp;signed form…</source>
            <translation>Registrér den &amp;underskrevne…</translation>
        </message>
        <message>
            <source>%1 – %2, %3</source>
            <translation>%1 – %2, %3</translation>
        </message>
        <message>
            <source>Status: %1</source>
            <translation>Status: %1</translation>
        </message>
        <message>
            <source>Given %1, %2</source>
            <translation>Givet den %1, %2</translation>
        </message>
        <message>
            <source>Covers: %1</source>
            <translation>Omfatter: %1</translation>
        </message>
        <message>
            <source>Information: %1</source>
            <translation>Oplysninger: %1</translation>
        </message>
        <message>
            <source>Note: %1</source>
            <translation>Note: %1</translation>
        </message>
    </context>
    <context>
        <name>ContactForm</name>
        <message>
            <source>e.g. Grethe Nørgaard</source>
            <translation>fx Grethe Nørgaard</translation>
        </message>
        <message>
            <source>&amp;Name *</source>
            <translation>&amp;Navn *</translation>
        </message>
        <message>
            <source>e.g. Bakkeskolen – empty for family</source>
            <translation>fx Bakkeskolen – tom for familien</translation>
        </message>
        <message>
            <source>&amp;Organisation</source>
            <translation>&amp;Organisation</translation>
        </message>
        <message>
            <source>name@example.dk – empty if they have none</source>
            <translation>navn@eksempel.dk – tom, hvis personen ikke har en</translation>
        </message>
        <message>
            <source>&amp;E-mail</source>
            <translation>&amp;E-mail</translation>
        </message>
        <message>
            <source>&amp;Phone</source>
            <translation>&amp;Telefon</translation>
        </message>
        <message>
            <source>Please enter the participant's name.</source>
            <translation>Skriv deltagerens navn.</translation>
        </message>
    </context>
    <context>
        <name>CorrectEntryDialog</name>
        <message>
            <source>Correct baton log entry</source>
            <translation>Ret indlæg i stafetloggen</translation>
        </message>
        <message>
            <source>Entry from %1, written by %2</source>
            <translation>Indlæg fra %1, skrevet af %2</translation>
        </message>
        <message>
            <source>Entry from %1</source>
            <translation>Indlæg fra %1</translation>
        </message>
        <message>
            <source>The entry as it stands</source>
            <translation>Indlægget, som det står</translation>
        </message>
        <message>
            <source>&amp;Corrected text</source>
            <translation>&amp;Rettet tekst</translation>
        </message>
        <message>
            <source>The original entry stays in the log, marked as corrected. Entries are never changed or deleted.</source>
            <translation>Det oprindelige indlæg bliver stående i loggen, markeret som rettet. Indlæg bliver aldrig ændret eller slettet.</translation>
        </message>
        <message>
            <source>&amp;Save correction</source>
            <translation>&amp;Gem rettelse</translation>
        </message>
    </context>
    <context>
        <name>CprField</name>
        <message>
            <source>CPR number</source>
            <translation>CPR-nummer</translation>
        </message>
        <message>
            <source>ddmmyy-xxxx (optional)</source>
            <translation>ddmmåå-xxxx (valgfrit)</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Vis</translation>
        </message>
        <message>
            <source>Hide</source>
            <translation>Skjul</translation>
        </message>
    </context>
    <context>
        <name>DateEdit</name>
        <message>
            <source>Clear</source>
            <translation>Ryd</translation>
        </message>
        <message>
            <source>dd.mm.yyyy</source>
            <translation>dd.mm.åååå</translation>
        </message>
        <message>
            <source>Choose the date in a calendar (F4)</source>
            <translation>Vælg datoen i en kalender (F4)</translation>
        </message>
        <message>
            <source>Choose the date in a calendar</source>
            <translation>Vælg datoen i en kalender</translation>
        </message>
        <message>
            <source>Calendar</source>
            <translation>Kalender</translation>
        </message>
    </context>
    <context>
        <name>DemoRemoval</name>
        <message>
            <source>Remove example data</source>
            <translation>Fjern eksempeldata</translation>
        </message>
        <message>
            <source>There is no example data to remove.</source>
            <translation>Der er ingen eksempeldata at fjerne.</translation>
        </message>
        <message numerus="yes">
            <source>Remove the %n fictitious example case(s) and the example people?</source>
            <translation>
                <numerusform>Fjern den fiktive eksempelsag og eksempelpersonerne?</numerusform>
                <numerusform>Fjern de %n fiktive eksempelsager og eksempelpersonerne?</numerusform>
            </translation>
        </message>
        <message>
            <source>Your own cases are not touched. An example person you have added to one of your own cases stays.</source>
            <translation>Dine egne sager røres ikke. En eksempelperson, du har tilføjet til en af dine egne sager, bliver.</translation>
        </message>
        <message numerus="yes">
            <source>%n example case(s) removed, with the example people.</source>
            <translation>
                <numerusform>%n eksempelsag er fjernet sammen med eksempelpersonerne.</numerusform>
                <numerusform>%n eksempelsager er fjernet sammen med eksempelpersonerne.</numerusform>
            </translation>
        </message>
        <message>
            <source>Kept, because your own cases use them: %1.</source>
            <translation>Beholdt, fordi dine egne sager bruger dem: %1.</translation>
        </message>
    </context>
    <context>
        <name>DeskActions</name>
        <message>
            <source>Save the deadlines for the calendar</source>
            <translation>Gem fristerne til kalenderen</translation>
        </message>
        <message>
            <source>Calendar file (*.ics)</source>
            <translation>Kalenderfil (*.ics)</translation>
        </message>
        <message>
            <source>Deadlines for the calendar</source>
            <translation>Frister til kalenderen</translation>
        </message>
        <message numerus="yes">
            <source>%n deadline(s) saved in %1. Open the file in Outlook or Thunderbird to put them in your calendar; saving again later updates them there.</source>
            <translation>
                <numerusform>%n frist er gemt i %1. Åbn filen i Outlook eller Thunderbird for at lægge den i din kalender; gemmer du igen senere, bliver den opdateret dér.</numerusform>
                <numerusform>%n frister er gemt i %1. Åbn filen i Outlook eller Thunderbird for at lægge dem i din kalender; gemmer du igen senere, bliver de opdateret dér.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DeskPage</name>
        <message>
            <source>Overview</source>
            <translation>Overblik</translation>
        </message>
        <message>
            <source>What is overdue and due today</source>
            <translation>Hvad der er overskredet, og hvad der skal gøres i dag</translation>
        </message>
        <message>
            <source>&amp;Agreements:</source>
            <translation>&amp;Aftaler:</translation>
        </message>
        <message>
            <source>Mine</source>
            <translation>Mine</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Alle</translation>
        </message>
        <message>
            <source>Which agreements to show</source>
            <translation>Hvilke aftaler der vises</translation>
        </message>
        <message>
            <source>Mine: agreements where you are responsible or your sector is (your name and sector are in Settings).</source>
            <translation>Mine: aftaler, hvor du eller din sektor er ansvarlig (dit navn og din sektor står i Indstillinger).</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>Å&amp;bn</translation>
        </message>
        <message>
            <source>Open the selected line</source>
            <translation>Åbn den valgte linje</translation>
        </message>
        <message>
            <source>What needs doing across the cases</source>
            <translation>Det, der skal gøres på tværs af sagerne</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Hvornår</translation>
        </message>
        <message>
            <source>Child</source>
            <translation>Barn</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Hvad</translation>
        </message>
        <message>
            <source>Standing</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Column headings</source>
            <translation>Kolonneoverskrifter</translation>
        </message>
        <message>
            <source>Double-click a line, or press Enter, to open the place where it is dealt with.</source>
            <translation>Dobbeltklik på en linje, eller tryk Enter, for at åbne det sted, hvor den klares.</translation>
        </message>
        <message>
            <source>Nothing here now.</source>
            <translation>Intet lige nu.</translation>
        </message>
        <message numerus="yes">
            <source>%n overdue</source>
            <translation>
                <numerusform>%n overskredet</numerusform>
                <numerusform>%n overskredet</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n due today</source>
            <translation>
                <numerusform>%n skal klares i dag</numerusform>
                <numerusform>%n skal klares i dag</numerusform>
            </translation>
        </message>
        <message>
            <source>nothing overdue</source>
            <translation>intet overskredet</translation>
        </message>
    </context>
    <context>
        <name>DeskTexts</name>
        <message>
            <source>Meetings today and this week</source>
            <translation>Møder i dag og den næste uge</translation>
        </message>
        <message>
            <source>Meetings asked for – time and place within five working days</source>
            <translation>Møder, der er bedt om – tid og sted inden for fem arbejdsdage</translation>
        </message>
        <message>
            <source>Agreements due within 14 days or overdue</source>
            <translation>Aftaler med frist inden for 14 dage eller overskredet</translation>
        </message>
        <message>
            <source>Consents ending within 30 days or missing</source>
            <translation>Samtykker, der udløber inden for 30 dage eller mangler</translation>
        </message>
        <message>
            <source>Children waiting – the longest first</source>
            <translation>Børn, der venter – længst ventetid først</translation>
        </message>
        <message>
            <source>Plans to approve, sign off or send</source>
            <translation>Planer, der skal godkendes, underskrives eller sendes</translation>
        </message>
        <message>
            <source>Cases without a contact person or baton holder</source>
            <translation>Sager uden kontaktperson eller stafetholder</translation>
        </message>
        <message>
            <source>no contact person at BUC</source>
            <translation>ingen kontaktperson i BUC</translation>
        </message>
        <message>
            <source>no contact person in the municipality</source>
            <translation>ingen kontaktperson i kommunen</translation>
        </message>
        <message>
            <source>no baton holder</source>
            <translation>ingen stafetholder</translation>
        </message>
        <message>
            <source>update not sent</source>
            <translation>opdatering ikke sendt</translation>
        </message>
        <message>
            <source>invitation sent</source>
            <translation>indkaldelse sendt</translation>
        </message>
        <message>
            <source>invitation not sent</source>
            <translation>indkaldelse ikke sendt</translation>
        </message>
        <message>
            <source>Network meeting – %1, %2</source>
            <translation>Netværksmøde – %1, %2</translation>
        </message>
        <message>
            <source>someone</source>
            <translation>nogen</translation>
        </message>
        <message>
            <source>Asked for by %1 on %2 – no time yet</source>
            <translation>Bedt om af %1 den %2 – ingen tid endnu</translation>
        </message>
        <message>
            <source>no one responsible</source>
            <translation>ingen ansvarlig</translation>
        </message>
        <message>
            <source>Consent for %1 ends</source>
            <translation>Samtykke til %1 udløber</translation>
        </message>
        <message>
            <source>No valid consent for %1</source>
            <translation>Intet gyldigt samtykke til %1</translation>
        </message>
        <message>
            <source>Waiting for %1 since %2</source>
            <translation>Venter på %1 siden %2</translation>
        </message>
        <message>
            <source>%1 keeps in touch</source>
            <translation>%1 holder kontakten</translation>
        </message>
        <message numerus="yes">
            <source>Plan awaits %n approval(s)</source>
            <translation>
                <numerusform>Planen mangler %n godkendelse</numerusform>
                <numerusform>Planen mangler %n godkendelser</numerusform>
            </translation>
        </message>
        <message>
            <source>Plan approved – ready to sign off</source>
            <translation>Planen er godkendt – klar til underskrift</translation>
        </message>
        <message>
            <source>Signed plan (version %1) not sent yet</source>
            <translation>Underskrevet plan (version %1) er ikke sendt endnu</translation>
        </message>
        <message>
            <source>day passed – end or cancel it</source>
            <translation>dagen er gået – afslut eller aflys mødet</translation>
        </message>
        <message numerus="yes">
            <source>in %n day(s)</source>
            <translation>
                <numerusform>om %n dag</numerusform>
                <numerusform>om %n dage</numerusform>
            </translation>
        </message>
        <message>
            <source>today</source>
            <translation>i dag</translation>
        </message>
        <message numerus="yes">
            <source>overdue by %n working day(s)</source>
            <translation>
                <numerusform>overskredet med %n arbejdsdag</numerusform>
                <numerusform>overskredet med %n arbejdsdage</numerusform>
            </translation>
        </message>
        <message>
            <source>deadline today</source>
            <translation>frist i dag</translation>
        </message>
        <message numerus="yes">
            <source>%n working day(s) left</source>
            <translation>
                <numerusform>%n arbejdsdag tilbage</numerusform>
                <numerusform>%n arbejdsdage tilbage</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>contact overdue by %n day(s)</source>
            <translation>
                <numerusform>kontakt overskredet med %n dag</numerusform>
                <numerusform>kontakt overskredet med %n dage</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>contact in %n day(s)</source>
            <translation>
                <numerusform>kontakt om %n dag</numerusform>
                <numerusform>kontakt om %n dage</numerusform>
            </translation>
        </message>
        <message>
            <source>contact today</source>
            <translation>kontakt i dag</translation>
        </message>
        <message numerus="yes">
            <source>overdue by %n day(s)</source>
            <translation>
                <numerusform>overskredet med %n dag</numerusform>
                <numerusform>overskredet med %n dage</numerusform>
            </translation>
        </message>
        <message>
            <source>no contact agreed</source>
            <translation>ingen kontakt aftalt</translation>
        </message>
        <message>
            <source>needs doing</source>
            <translation>skal gøres</translation>
        </message>
    </context>
    <context>
        <name>EndMeetingDialog</name>
        <message>
            <source>End the meeting</source>
            <translation>Afslut mødet</translation>
        </message>
        <message>
            <source>Before you end the meeting</source>
            <translation>Før du afslutter mødet</translation>
        </message>
        <message>
            <source>These parts of the minutes are not filled in yet:</source>
            <translation>Disse dele af referatet er ikke udfyldt endnu:</translation>
        </message>
        <message>
            <source>Attendance is not marked for: %1. Mark each of them in the room, online, absent or apologies – or correct it in the plan's review before it is signed off.</source>
            <translation>Fremmødet er ikke markeret for: %1. Markér hver af dem i lokalet, online, fraværende eller afbud – eller ret det i gennemgangen af planen, før den godkendes.</translation>
        </message>
        <message>
            <source>Go back and fill them in, or end the meeting anyway.</source>
            <translation>Gå tilbage og udfyld dem, eller afslut mødet alligevel.</translation>
        </message>
        <message>
            <source>End the meeting now?</source>
            <translation>Vil du afslutte mødet nu?</translation>
        </message>
        <message>
            <source>The meeting is marked as held, and the attendance and agreements are written in the baton log. The minutes then wait for sign-off.</source>
            <translation>Mødet bliver markeret som afholdt, og fremmødet og aftalerne skrives i stafetloggen. Derefter afventer referatet godkendelse.</translation>
        </message>
        <message>
            <source>&amp;Go back</source>
            <translation>&amp;Gå tilbage</translation>
        </message>
        <message>
            <source>End &amp;anyway</source>
            <translation>Afslut &amp;alligevel</translation>
        </message>
        <message>
            <source>&amp;End meeting</source>
            <translation>&amp;Afslut mødet</translation>
        </message>
    </context>
    <context>
        <name>EndWaitingDialog</name>
        <message>
            <source>End waiting</source>
            <translation>Afslut ventetid</translation>
        </message>
        <message>
            <source>Waiting for %1 since %2. The end goes into the baton log.</source>
            <translation>Venter på %1 siden %2. Afslutningen skrives i stafetloggen.</translation>
        </message>
        <message>
            <source>&amp;Ended on</source>
            <translation>&amp;Afsluttet den</translation>
        </message>
        <message>
            <source>e.g. the assessment has begun</source>
            <translation>fx udredningen er begyndt</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>&amp;Bemærkning</translation>
        </message>
        <message>
            <source>&amp;End waiting</source>
            <translation>&amp;Afslut ventetid</translation>
        </message>
    </context>
    <context>
        <name>EraseCaseDialog</name>
        <message>
            <source>Delete case</source>
            <translation>Slet sag</translation>
        </message>
        <message>
            <source>Delete the case about %1 (%2) for good?</source>
            <translation>Slet sagen om %1 (%2) for altid?</translation>
        </message>
        <message>
            <source>People who are in this case only</source>
            <translation>Personer, der kun er med i denne sag</translation>
        </message>
        <message>
            <source>Ticked people are deleted from People too. The others stay in the directory.</source>
            <translation>Afkrydsede personer slettes også fra Personer. De øvrige bliver i kartoteket.</translation>
        </message>
        <message>
            <source>Type the case number %1 to confirm:</source>
            <translation>Skriv sagsnummeret %1 for at bekræfte:</translation>
        </message>
        <message>
            <source>Delete the case for good</source>
            <translation>Slet sagen for altid</translation>
        </message>
        <message numerus="yes">
            <source>%n in the network</source>
            <translation>
                <numerusform>%n i netværket</numerusform>
                <numerusform>%n i netværket</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n consent(s)</source>
            <translation>
                <numerusform>%n samtykke</numerusform>
                <numerusform>%n samtykker</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n information exchange(s)</source>
            <translation>
                <numerusform>%n informationsudveksling</numerusform>
                <numerusform>%n informationsudvekslinger</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n attached file(s)</source>
            <translation>
                <numerusform>%n vedhæftet fil</numerusform>
                <numerusform>%n vedhæftede filer</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n baton log entr(ies)</source>
            <translation>
                <numerusform>%n indlæg i stafetloggen</numerusform>
                <numerusform>%n indlæg i stafetloggen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n meeting(s) with minutes</source>
            <translation>
                <numerusform>%n møde med referat</numerusform>
                <numerusform>%n møder med referater</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n signed plan(s) with approvals</source>
            <translation>
                <numerusform>%n godkendt plan med godkendelser</numerusform>
                <numerusform>%n godkendte planer med godkendelser</numerusform>
            </translation>
        </message>
        <message>
            <source>The case is deleted from KIT Desk and cannot be brought back: %1 – and the case's files in the data folder's exports folder. The change log keeps only that a case was deleted, by whom and when.</source>
            <translation>Sagen slettes fra KIT Desk og kan ikke hentes tilbage: %1 – og sagens filer i datamappens eksportmappe. Ændringsloggen beholder kun, at en sag er slettet, af hvem og hvornår.</translation>
        </message>
        <message>
            <source>the case</source>
            <translation>sagen</translation>
        </message>
        <message>
            <source>The case is deleted</source>
            <translation>Sagen er slettet</translation>
        </message>
        <message>
            <source>Case %1 and everything about it are deleted from the database.</source>
            <translation>Sag %1 og alt om den er slettet fra databasen.</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) deleted from the data folder.</source>
            <translation>
                <numerusform>%n fil er slettet fra datamappen.</numerusform>
                <numerusform>%n filer er slettet fra datamappen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n person(s) deleted from People.</source>
            <translation>
                <numerusform>%n person er slettet fra Personer.</numerusform>
                <numerusform>%n personer er slettet fra Personer.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ErasureTexts</name>
        <message>
            <source>These files could not be deleted – close the program that has them open, and delete them yourself: %1</source>
            <translation>Disse filer kunne ikke slettes – luk det program, der har dem åbne, og slet dem selv: %1</translation>
        </message>
        <message>
            <source>Today's backup could not be taken again: %1</source>
            <translation>Dagens sikkerhedskopi kunne ikke tages igen: %1</translation>
        </message>
        <message>
            <source>Another program kept the database busy: close KIT Desk and start it again, so that no deleted data stays in its working file.</source>
            <translation>Et andet program holdt databasen optaget: luk KIT Desk, og start programmet igen, så ingen slettede data bliver liggende i databasens arbejdsfil.</translation>
        </message>
        <message>
            <source>No backup holds %1.</source>
            <translation>Ingen sikkerhedskopi indeholder %1.</translation>
        </message>
        <message numerus="yes">
            <source>%n older backup(s) still hold %1. They are deleted automatically by %2 at the latest – the first time KIT Desk is closed on or after that day. Backups are never changed.</source>
            <translation>
                <numerusform>%n ældre sikkerhedskopi indeholder stadig %1. Den slettes automatisk senest %2 – første gang KIT Desk lukkes den dag eller senere. Sikkerhedskopier ændres aldrig.</numerusform>
                <numerusform>%n ældre sikkerhedskopier indeholder stadig %1. De slettes automatisk senest %2 – første gang KIT Desk lukkes den dag eller senere. Sikkerhedskopier ændres aldrig.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n copy(-ies) of the database from before an update or a restore may also hold %1 and are not deleted automatically: %2</source>
            <translation>
                <numerusform>%n kopi af databasen fra før en opdatering eller en gendannelse kan også indeholde %1 og slettes ikke automatisk: %2</numerusform>
                <numerusform>%n kopier af databasen fra før en opdatering eller en gendannelse kan også indeholde %1 og slettes ikke automatisk: %2</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Something went wrong</source>
            <translation>Der opstod en fejl</translation>
        </message>
        <message>
            <source>Something unexpected went wrong. What you had saved is safe, and you can carry on working.</source>
            <translation>Der opstod en uventet fejl. Det, du havde gemt, er i sikkerhed, og du kan arbejde videre.</translation>
        </message>
        <message>
            <source>If it happens again, tell your IT support. A technical note without personal data is in:
{0}</source>
            <translation>Sker det igen, så kontakt din IT-support. En teknisk note uden personoplysninger ligger i:
{0}</translation>
        </message>
    </context>
    <context>
        <name>ExchangeDialog</name>
        <message>
            <source>Information exchange</source>
            <translation>Informationsudveksling</translation>
        </message>
        <message>
            <source>&amp;What</source>
            <translation>&amp;Hvad</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>&amp;Dato</translation>
        </message>
        <message>
            <source>F&amp;rom</source>
            <translation>F&amp;ra</translation>
        </message>
        <message>
            <source>&amp;To</source>
            <translation>&amp;Til</translation>
        </message>
        <message>
            <source>What was exchanged, and how (e.g. sent by secure e-mail)</source>
            <translation>Hvad blev udvekslet, og hvordan (fx sendt med sikker mail)</translation>
        </message>
        <message>
            <source>&amp;Note</source>
            <translation>&amp;Note</translation>
        </message>
        <message>
            <source>No file</source>
            <translation>Ingen fil</translation>
        </message>
        <message>
            <source>Choose &amp;file…</source>
            <translation>Vælg &amp;fil…</translation>
        </message>
        <message>
            <source>Re&amp;move</source>
            <translation>F&amp;jern</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fil</translation>
        </message>
        <message>
            <source>The file is copied into KIT Desk's data folder; the original stays where it is.</source>
            <translation>Filen kopieres til KIT Desks datamappe; originalen bliver, hvor den er.</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Gem</translation>
        </message>
        <message>
            <source>To attach another file, record a new exchange.</source>
            <translation>Vil du vedhæfte en anden fil, så registrér en ny udveksling.</translation>
        </message>
        <message>
            <source>Choose the file that was exchanged</source>
            <translation>Vælg den fil, der blev udvekslet</translation>
        </message>
        <message>
            <source>No valid consent on %1 covers %2.</source>
            <translation>Den %1 er der intet gyldigt samtykke, der omfatter %2.</translation>
        </message>
        <message>
            <source>Please correct what is marked below.</source>
            <translation>Ret det, der er markeret nedenfor.</translation>
        </message>
        <message>
            <source>Record %1</source>
            <translation>Registrér %1</translation>
        </message>
        <message>
            <source>Change %1</source>
            <translation>Ændr %1</translation>
        </message>
        <message>
            <source>The file could not be saved. Everything you typed is kept.</source>
            <translation>Filen kunne ikke gemmes. Alt, hvad du har skrevet, er bevaret.</translation>
        </message>
    </context>
    <context>
        <name>ExchangeTable</name>
        <message>
            <source>Date</source>
            <translation>Dato</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Hvad</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Fra</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Til</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fil</translation>
        </message>
        <message>
            <source>The stored copy of this file is no longer in the data folder.</source>
            <translation>Den gemte kopi af filen ligger ikke længere i datamappen.</translation>
        </message>
        <message>
            <source>Double-click or press Enter to open the file.</source>
            <translation>Dobbeltklik, eller tryk på Enter, for at åbne filen.</translation>
        </message>
        <message>
            <source>%1 (missing)</source>
            <translation>%1 (mangler)</translation>
        </message>
    </context>
    <context>
        <name>ExchangesTab</name>
        <message>
            <source>Information exchanged</source>
            <translation>Udvekslede oplysninger</translation>
        </message>
        <message>
            <source>&amp;Record exchange…</source>
            <translation>Registrér &amp;udveksling…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>R&amp;et…</translation>
        </message>
        <message>
            <source>&amp;Open file</source>
            <translation>Å&amp;bn fil</translation>
        </message>
        <message>
            <source>Choose an exchange to see all of it here.</source>
            <translation>Vælg en udveksling for at se det hele her.</translation>
        </message>
        <message>
            <source>%1, %2: %3 → %4</source>
            <translation>%1, %2: %3 → %4</translation>
        </message>
        <message>
            <source>File: %1</source>
            <translation>Fil: %1</translation>
        </message>
        <message>
            <source>File not found</source>
            <translation>Filen blev ikke fundet</translation>
        </message>
        <message>
            <source>The file %1 is no longer in KIT Desk's data folder. It may have been moved or deleted outside KIT Desk. The record of the exchange is kept.</source>
            <translation>Filen %1 ligger ikke længere i KIT Desks datamappe. Den er måske blevet flyttet eller slettet uden for KIT Desk. Oplysningerne om udvekslingen er bevaret.</translation>
        </message>
        <message>
            <source>Could not open the file</source>
            <translation>Filen kunne ikke åbnes</translation>
        </message>
        <message>
            <source>The file %1 could not be opened. Perhaps no program on this computer opens this kind of file.</source>
            <translation>Filen %1 kunne ikke åbnes. Måske er der ikke noget program på denne computer, der kan åbne den slags filer.</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Send the plan</source>
            <translation>Send planen</translation>
        </message>
        <message>
            <source>Send the cross-sector plan</source>
            <translation>Send den tværsektorielle plan</translation>
        </message>
        <message>
            <source>Version %1, signed off %2 · fingerprint %3</source>
            <translation>Version %1, godkendt %2 · fingeraftryk %3</translation>
        </message>
        <message>
            <source>A draft: every page is marked “UDKAST – ikke godkendt”. Sign off the plan to send the final version.</source>
            <translation>Et udkast: hver side er mærket “UDKAST – ikke godkendt”. Godkend planen for at sende den endelige version.</translation>
        </message>
        <message>
            <source>&amp;Folder</source>
            <translation>&amp;Mappe</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>&amp;Vælg…</translation>
        </message>
        <message>
            <source>Make an e-mail draft to the participants (%1 with an e-mail address)</source>
            <translation>Lav en e-mailkladde til deltagerne (%1 med e-mailadresse)</translation>
        </message>
        <message>
            <source>Also a one-page summary for the family in plain language (“Det har vi aftalt”)</source>
            <translation>Også et kort resumé til familien i et enkelt sprog (“Det har vi aftalt”)</translation>
        </message>
        <message>
            <source>Show the child's CPR number in this export</source>
            <translation>Vis barnets CPR-nummer i netop denne eksport</translation>
        </message>
        <message>
            <source>The plan never shows the CPR number otherwise. Tick only when the receiver needs it.</source>
            <translation>Ellers står CPR-nummeret aldrig i planen. Sæt kun flueben, når modtageren har brug for det.</translation>
        </message>
        <message>
            <source>Open f&amp;older</source>
            <translation>Åbn ma&amp;ppe</translation>
        </message>
        <message>
            <source>Open e-mail &amp;draft</source>
            <translation>Åbn e-mail&amp;kladde</translation>
        </message>
        <message>
            <source>&amp;Write the files</source>
            <translation>&amp;Skriv filerne</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuller</translation>
        </message>
        <message>
            <source>Write your e-mail address in Settings first (File ▸ Settings): the participants must be able to answer you. Or untick the e-mail draft to write the PDF only.</source>
            <translation>Skriv først din e-mailadresse under Indstillinger (Filer ▸ Indstillinger): deltagerne skal kunne svare dig. Eller fjern fluebenet ved e-mailkladden for kun at skrive PDF'en.</translation>
        </message>
        <message>
            <source>Choose the folder for the plan</source>
            <translation>Vælg mappen til planen</translation>
        </message>
        <message>
            <source>Writing the files…</source>
            <translation>Skriver filerne…</translation>
        </message>
        <message>
            <source>The files could not be written.</source>
            <translation>Filerne kunne ikke skrives.</translation>
        </message>
        <message>
            <source>Nothing was written. Try again, or choose another folder.</source>
            <translation>Der er ikke skrevet noget. Prøv igen, eller vælg en anden mappe.</translation>
        </message>
        <message>
            <source>The files are saved in %1.</source>
            <translation>Filerne er gemt i %1.</translation>
        </message>
        <message>
            <source>Without an e-mail address – give them the plan another way: %1</source>
            <translation>Uden e-mailadresse – giv dem planen på anden vis: %1</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Luk</translation>
        </message>
    </context>
    <context>
        <name>FirstStartDialog</name>
        <message>
            <source>Welcome to KIT Desk</source>
            <translation>Velkommen til KIT Desk</translation>
        </message>
        <message>
            <source>Who are you?</source>
            <translation>Hvem er du?</translation>
        </message>
        <message>
            <source>Your name and organisation stand on the invitations and plans you send, and afbud is sent to your e-mail. You can change them later under Settings.</source>
            <translation>Dit navn og din organisation står på de indkaldelser og planer, du sender, og afbud sendes til din e-mail. Du kan ændre dem senere under Indstillinger.</translation>
        </message>
        <message>
            <source>e.g. Mette Kjærgaard</source>
            <translation>fx Mette Kjærgaard</translation>
        </message>
        <message>
            <source>Your &amp;name *</source>
            <translation>Dit &amp;navn *</translation>
        </message>
        <message>
            <source>e.g. psychologist, caseworker</source>
            <translation>fx psykolog, sagsbehandler</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Titel</translation>
        </message>
        <message>
            <source>e.g. BUC Nordstrand</source>
            <translation>fx BUC Nordstrand</translation>
        </message>
        <message>
            <source>&amp;Organisation *</source>
            <translation>&amp;Organisation *</translation>
        </message>
        <message>
            <source>&amp;Sector</source>
            <translation>&amp;Sektor</translation>
        </message>
        <message>
            <source>name@example.dk</source>
            <translation>navn@eksempel.dk</translation>
        </message>
        <message>
            <source>&amp;E-mail</source>
            <translation>&amp;E-mail</translation>
        </message>
        <message>
            <source>&amp;Later</source>
            <translation>Sene&amp;re</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Gem</translation>
        </message>
        <message>
            <source>This does not look like an e-mail address. Write it as name@example.dk, or leave it empty.</source>
            <translation>Det ligner ikke en e-mailadresse. Skriv den som navn@eksempel.dk, eller lad feltet stå tomt.</translation>
        </message>
        <message>
            <source>Please write your name and organisation.</source>
            <translation>Skriv dit navn og din organisation.</translation>
        </message>
    </context>
    <context>
        <name>FollowUpPanel</name>
        <message>
            <source>No one responsible</source>
            <translation>Ingen ansvarlig</translation>
        </message>
        <message>
            <source>Ongoing</source>
            <translation>Løbende</translation>
        </message>
        <message>
            <source>Deadline %1</source>
            <translation>Frist %1</translation>
        </message>
        <message>
            <source>From the meeting on %1</source>
            <translation>Fra mødet den %1</translation>
        </message>
        <message>
            <source>Not yet</source>
            <translation>Ikke endnu</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Udført</translation>
        </message>
        <message>
            <source>Continued</source>
            <translation>Videreført</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation>Droppet</translation>
        </message>
        <message>
            <source>Carried into this meeting's agreements</source>
            <translation>Videreført til dette mødes aftaler</translation>
        </message>
        <message>
            <source>Note on the follow-up</source>
            <translation>Bemærkning til opfølgningen</translation>
        </message>
        <message>
            <source>Note – what happened, or why</source>
            <translation>Note – hvad skete der, eller hvorfor</translation>
        </message>
        <message>
            <source>Carried into this meeting's agreements as no. %1</source>
            <translation>Videreført til dette mødes aftaler som nr. %1</translation>
        </message>
        <message>
            <source>Follow-up on earlier agreements</source>
            <translation>Opfølgning på tidligere aftaler</translation>
        </message>
        <message>
            <source>No open agreements from earlier meetings.</source>
            <translation>Ingen åbne aftaler fra tidligere møder.</translation>
        </message>
        <message>
            <source>%1 of %2 followed up</source>
            <translation>%1 af %2 fulgt op</translation>
        </message>
        <message>
            <source>Mark an earlier agreement as not followed up</source>
            <translation>Markér en tidligere aftale som ikke fulgt op</translation>
        </message>
        <message>
            <source>Mark an earlier agreement as done</source>
            <translation>Markér en tidligere aftale som udført</translation>
        </message>
        <message>
            <source>Continue an earlier agreement</source>
            <translation>Viderefør en tidligere aftale</translation>
        </message>
        <message>
            <source>Drop an earlier agreement</source>
            <translation>Drop en tidligere aftale</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Opfølgning</translation>
        </message>
        <message>
            <source>The copy in this meeting's agreements has been changed, so it stays. Delete it there if it is no longer wanted.</source>
            <translation>Kopien blandt dette mødes aftaler er blevet ændret, så den bliver stående. Slet den dér, hvis den ikke længere skal bruges.</translation>
        </message>
    </context>
    <context>
        <name>HandoverDialog</name>
        <message>
            <source>Hand over case</source>
            <translation>Overdrag sag</translation>
        </message>
        <message>
            <source>Hand over the case about %1 (%2)</source>
            <translation>Overdrag sagen om %1 (%2)</translation>
        </message>
        <message>
            <source>KIT Desk writes the whole case into one encrypted file: the network and its people, consents, information exchanged with the attached documents, the baton log, meetings, minutes, agreements and every version of the plan. The file opens only with a one-time passphrase, shown when the file is written. The receiver opens it with “Receive case…” in KIT Desk.</source>
            <translation>KIT Desk skriver hele sagen i én krypteret fil: netværket og dets personer, samtykker, udvekslet information med de vedhæftede bilag, stafetloggen, møder, referater, aftaler og alle versioner af planen. Filen kan kun åbnes med en engangsadgangskode, som vises, når filen er skrevet. Modtageren åbner den med »Modtag sag…« i KIT Desk.</translation>
        </message>
        <message>
            <source>e.g. the caseworker who takes over</source>
            <translation>fx sagsbehandleren, der overtager sagen</translation>
        </message>
        <message>
            <source>&amp;To (the receiver's name):</source>
            <translation>&amp;Til (modtagerens navn):</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>&amp;Vælg…</translation>
        </message>
        <message>
            <source>Save the file &amp;in:</source>
            <translation>Gem filen &amp;i:</translation>
        </message>
        <message>
            <source>The file's name holds only today's date and the case number – no name, no CPR number.</source>
            <translation>Filens navn indeholder kun dagens dato og sagsnummeret – intet navn, intet CPR-nummer.</translation>
        </message>
        <message>
            <source>&amp;Write the file</source>
            <translation>&amp;Skriv filen</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuller</translation>
        </message>
        <message>
            <source>The case is written to the file</source>
            <translation>Sagen er skrevet til filen</translation>
        </message>
        <message>
            <source>The passphrase for the file:</source>
            <translation>Adgangskoden til filen:</translation>
        </message>
        <message>
            <source>&amp;Copy the passphrase</source>
            <translation>&amp;Kopiér adgangskoden</translation>
        </message>
        <message>
            <source>Give the receiver the passphrase by phone or another way – never in the same e-mail as the file. It is shown only now: KIT Desk does not keep it.</source>
            <translation>Giv modtageren adgangskoden i telefonen eller ad en anden vej – aldrig i samme e-mail som filen. Den vises kun nu: KIT Desk gemmer den ikke.</translation>
        </message>
        <message>
            <source>The case is marked as handed over in the baton log. When the receiver has confirmed that the case arrived, you can delete it here: it is then only on the receiver's computer.</source>
            <translation>Sagen er markeret som overdraget i stafetloggen. Når modtageren har bekræftet, at sagen er kommet frem, kan du slette den her: så findes den kun på modtagerens computer.</translation>
        </message>
        <message>
            <source>&amp;Delete the case here…</source>
            <translation>S&amp;let sagen her…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Luk</translation>
        </message>
        <message>
            <source>Choose the folder for the file</source>
            <translation>Vælg mappen til filen</translation>
        </message>
        <message>
            <source>The folder %1 does not exist. Choose another.</source>
            <translation>Mappen %1 findes ikke. Vælg en anden.</translation>
        </message>
        <message>
            <source>File: %1</source>
            <translation>Fil: %1</translation>
        </message>
        <message>
            <source>Copied</source>
            <translation>Kopieret</translation>
        </message>
    </context>
    <context>
        <name>HelpDialog</name>
        <message>
            <source>&lt;h3&gt;A case&lt;/h3&gt;&lt;p&gt;&lt;b&gt;New case&lt;/b&gt; (Ctrl+N) with the child's name. In the case's &lt;b&gt;Network&lt;/b&gt; tab, add the people around the child and mark the responsible contact person of each sector and the baton holder. Record the family's &lt;b&gt;Consent&lt;/b&gt;, and what is exchanged between the sectors under &lt;b&gt;Information exchange&lt;/b&gt;. The &lt;b&gt;Baton log&lt;/b&gt; keeps what happens, by itself and with your notes.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;En sag&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Ny sag&lt;/b&gt; (Ctrl+N) med barnets navn. Under sagens &lt;b&gt;Netværk&lt;/b&gt; tilføjer du dem, der er omkring barnet, og markerer den ansvarlige kontaktperson i hver sektor og stafetholderen. Registrér familiens &lt;b&gt;Samtykke&lt;/b&gt;, og hvad der udveksles mellem sektorerne, under &lt;b&gt;Informationsudveksling&lt;/b&gt;. &lt;b&gt;Stafetloggen&lt;/b&gt; holder styr på, hvad der sker – af sig selv og med dine noter.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Inviting to a network meeting&lt;/h3&gt;&lt;p&gt;In the case's &lt;b&gt;Meetings&lt;/b&gt; tab, choose &lt;b&gt;New network meeting&lt;/b&gt;. Go through the four steps (Alt+1 … Alt+4): why and when – as a rule within five working days –, purpose and agenda, invitees with their roles, and &lt;b&gt;Send&lt;/b&gt;. The checklist says what is missing; &lt;b&gt;Go there&lt;/b&gt; takes you to the field. The invitation is a letter, a calendar file and an e-mail draft you send from your own e-mail; those without e-mail get a letter to post.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Indkald til netværksmøde&lt;/h3&gt;&lt;p&gt;Vælg &lt;b&gt;Nyt netværksmøde&lt;/b&gt; under sagens &lt;b&gt;Møder&lt;/b&gt;. Gå de fire trin igennem (Alt+1 … Alt+4): hvorfor og hvornår – som udgangspunkt inden for fem arbejdsdage –, formål og dagsorden, deltagere med deres roller, og &lt;b&gt;Send&lt;/b&gt;. Tjeklisten siger, hvad der mangler; &lt;b&gt;Gå dertil&lt;/b&gt; fører dig til feltet. Indkaldelsen er et brev, en kalenderfil og en e-mailkladde, du sender fra din egen e-mail; dem uden e-mail får et brev med posten.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;h3&gt;During the meeting&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Start meeting&lt;/b&gt; opens the minutes. Mark who is there under &lt;b&gt;Attendance&lt;/b&gt;, follow the agenda with &lt;b&gt;Next item&lt;/b&gt; (Ctrl+Shift+N), and write the agreements with who does what and when (Ctrl+Enter). &lt;b&gt;Share screen&lt;/b&gt; shows the agreements in large type for everyone; Esc closes it. Everything you type is saved by itself.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Under mødet&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Start mødet&lt;/b&gt; åbner referatet. Markér, hvem der er til stede, under &lt;b&gt;Fremmøde&lt;/b&gt;, følg dagsordenen med &lt;b&gt;Næste punkt&lt;/b&gt; (Ctrl+Skift+N), og skriv aftalerne med hvem der gør hvad og hvornår (Ctrl+Enter). &lt;b&gt;Del skærm&lt;/b&gt; viser aftalerne med stor skrift for alle; Esc lukker den. Alt, hvad du skriver, gemmes af sig selv.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;h3&gt;After the meeting&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Review and sign off the plan&lt;/b&gt;: correct the minutes and the attendance beside the PDF, record the approvals, and sign off – the plan is then locked with a check code. &lt;b&gt;Send the plan&lt;/b&gt; to the participants, with a short version for the family if you wish. A later change becomes a new version with a reason.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Efter mødet&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Gennemgå og godkend planen&lt;/b&gt;: ret referatet og fremmødet ved siden af PDF'en, registrér godkendelserne, og godkend – planen låses så med en kontrolkode. &lt;b&gt;Send planen&lt;/b&gt; til deltagerne, gerne med en kort udgave til familien. En senere ændring bliver en ny version med en begrundelse.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Your data&lt;/h3&gt;&lt;p&gt;The data is encrypted on this computer and opened with your passphrase. A backup is made every time you close KIT Desk (File → Restore from backup). Print an invitation or a plan with File → Print (Ctrl+P).&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Dine data&lt;/h3&gt;&lt;p&gt;Data er krypteret på denne computer og åbnes med din adgangskode. Der tages en sikkerhedskopi, hver gang du lukker KIT Desk (Filer → Gendan fra sikkerhedskopi). Udskriv en indkaldelse eller en plan med Filer → Udskriv (Ctrl+P).&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Search the list shown (cases, people, meetings)</source>
            <translation>Søg i den viste liste (sager, personer, møder)</translation>
        </message>
        <message>
            <source>Add a record to the list shown (consent, exchange, agenda item, meeting)</source>
            <translation>Tilføj til den viste liste (samtykke, udveksling, dagsordenspunkt, møde)</translation>
        </message>
        <message>
            <source>Remove the selected agenda item, agreement or network member</source>
            <translation>Fjern det valgte dagsordenspunkt, den valgte aftale eller person i netværket</translation>
        </message>
        <message>
            <source>Move the selected agenda item or agreement</source>
            <translation>Flyt det valgte dagsordenspunkt eller den valgte aftale</translation>
        </message>
        <message>
            <source>The steps of a meeting, or the parts of the minutes and the plan</source>
            <translation>Et mødes trin eller referatets og planens dele</translation>
        </message>
        <message>
            <source>The next tab</source>
            <translation>Næste fane</translation>
        </message>
        <message>
            <source>Open the calendar of a date field</source>
            <translation>Åbn kalenderen ved et datofelt</translation>
        </message>
        <message>
            <source>The meeting's next agenda item</source>
            <translation>Mødets næste dagsordenspunkt</translation>
        </message>
        <message>
            <source>A new agreement during the meeting</source>
            <translation>En ny aftale under mødet</translation>
        </message>
        <message>
            <source>Attendance: in the room, online, absent or apologies</source>
            <translation>Fremmøde: i lokalet, online, fraværende eller afbud</translation>
        </message>
        <message>
            <source>The shared screen: full screen or not</source>
            <translation>Den delte skærm: fuld skærm eller ej</translation>
        </message>
        <message>
            <source>Close the shared screen, or a dialog</source>
            <translation>Luk den delte skærm eller en dialog</translation>
        </message>
        <message>
            <source>Larger or smaller preview of the plan</source>
            <translation>Større eller mindre forhåndsvisning af planen</translation>
        </message>
        <message>
            <source>Guide and keyboard shortcuts</source>
            <translation>Vejledning og tastaturgenveje</translation>
        </message>
        <message>
            <source>Guide</source>
            <translation>Vejledning</translation>
        </message>
        <message>
            <source>&amp;Guide</source>
            <translation>&amp;Vejledning</translation>
        </message>
        <message>
            <source>Every action can be reached from the keyboard: Tab moves between the fields, Alt and the underlined letter presses a button, and these keys do the rest.</source>
            <translation>Alt kan nås fra tastaturet: Tab flytter mellem felterne, Alt og det understregede bogstav trykker på en knap, og disse taster klarer resten.</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Tastaturgenveje</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Taster</translation>
        </message>
        <message>
            <source>What they do</source>
            <translation>Hvad de gør</translation>
        </message>
        <message>
            <source>Column headings</source>
            <translation>Kolonneoverskrifter</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Tastaturgenveje</translation>
        </message>
    </context>
    <context>
        <name>InviteeDialog</name>
        <message>
            <source>Invite to the meeting</source>
            <translation>Indkald til mødet</translation>
        </message>
        <message>
            <source>Participant</source>
            <translation>Deltager</translation>
        </message>
        <message>
            <source>&amp;Invite</source>
            <translation>&amp;Indkald</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Gem</translation>
        </message>
        <message>
            <source>From the case's &amp;network</source>
            <translation>Fra sagens net&amp;værk</translation>
        </message>
        <message>
            <source>From the &amp;directory</source>
            <translation>Fra &amp;personlisten</translation>
        </message>
        <message>
            <source>Someone ne&amp;w</source>
            <translation>N&amp;y person</translation>
        </message>
        <message>
            <source>Search by name, title, organisation or sector</source>
            <translation>Søg på navn, titel, organisation eller sektor</translation>
        </message>
        <message>
            <source>Search the directory</source>
            <translation>Søg i personregistret</translation>
        </message>
        <message>
            <source>People to invite</source>
            <translation>Personer, der kan inviteres</translation>
        </message>
        <message>
            <source>At this meeting</source>
            <translation>På dette møde</translation>
        </message>
        <message>
            <source>Se&amp;ctor</source>
            <translation>Se&amp;ktor</translation>
        </message>
        <message>
            <source>(own description)</source>
            <translation>(egen beskrivelse)</translation>
        </message>
        <message>
            <source>Use the s&amp;tandard text</source>
            <translation>Brug &amp;standardteksten</translation>
        </message>
        <message>
            <source>Replace the description with the library's text for this role</source>
            <translation>Erstat beskrivelsen med standardteksten for denne rolle</translation>
        </message>
        <message>
            <source>&amp;Role</source>
            <translation>&amp;Rolle</translation>
        </message>
        <message>
            <source>What this participant brings to the meeting – shown in the invitation</source>
            <translation>Hvad deltageren bidrager med på mødet – vises i indkaldelsen</translation>
        </message>
        <message>
            <source>Role &amp;description</source>
            <translation>Rolle&amp;beskrivelse</translation>
        </message>
        <message>
            <source>C&amp;hair (leads the meeting)</source>
            <translation>&amp;Mødeleder (leder mødet)</translation>
        </message>
        <message>
            <source>&amp;Minute-taker (writes the plan)</source>
            <translation>Re&amp;ferent (skriver planen)</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>Opgave</translation>
        </message>
        <message>
            <source>The &amp;GP was spoken to before being invited (required)</source>
            <translation>Der er talt med egen &amp;læge før indkaldelsen (påkrævet)</translation>
        </message>
        <message>
            <source>A GP who takes part is paid under the current agreement – that follows from the attendance recorded at the meeting.</source>
            <translation>Almen praktiserende læge honoreres efter gældende overenskomst, når lægen deltager – det følger af fremmødet, der registreres på mødet.</translation>
        </message>
        <message>
            <source>A GP is invited only after a talk with the GP. The invitation cannot be sent until this is ticked.</source>
            <translation>Egen læge indkaldes kun efter en dialog med lægen. Indkaldelsen kan ikke sendes, før der er sat flueben her.</translation>
        </message>
        <message>
            <source>General practice</source>
            <translation>Almen praksis</translation>
        </message>
        <message>
            <source>The child / young person</source>
            <translation>Barnet / den unge</translation>
        </message>
        <message>
            <source>No e-mail: this participant is left out of the e-mail and the calendar invitation. Send them the letter by post or by hand.</source>
            <translation>Ingen e-mail: deltageren kommer ikke med i e-mailen og kalenderinvitationen. Send brevet med posten, eller aflevér det personligt.</translation>
        </message>
        <message>
            <source>Change participant %1</source>
            <translation>Ændr deltageren %1</translation>
        </message>
        <message>
            <source>Invite %1</source>
            <translation>Indkald %1</translation>
        </message>
        <message>
            <source>Choose someone in the list, or choose Someone new.</source>
            <translation>Vælg en person på listen, eller vælg Ny person.</translation>
        </message>
        <message>
            <source>%1 is already invited to this meeting.</source>
            <translation>%1 er allerede indkaldt til mødet.</translation>
        </message>
    </context>
    <context>
        <name>InviteeTable</name>
        <message>
            <source>Name</source>
            <translation>Navn</translation>
        </message>
        <message>
            <source>Role at the meeting</source>
            <translation>Rolle på mødet</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Sektor</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>Opgave</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Svar</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Needs attention</source>
            <translation>Bemærkninger</translation>
        </message>
        <message>
            <source>Chair</source>
            <translation>Mødeleder</translation>
        </message>
        <message>
            <source>Minute-taker</source>
            <translation>Referent</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>%1 – %2</source>
            <translation>%1 – %2</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>wants %1 to join too</source>
            <translation>ønsker også %1 med</translation>
        </message>
        <message>
            <source>Not yet invited</source>
            <translation>Ikke inviteret endnu</translation>
        </message>
        <message>
            <source>No e-mail – by post or by hand</source>
            <translation>Ingen e-mail – med post eller personligt</translation>
        </message>
        <message>
            <source>GP spoken to</source>
            <translation>Talt med egen læge</translation>
        </message>
        <message>
            <source>GP not spoken to</source>
            <translation>Ikke talt med egen læge</translation>
        </message>
        <message>
            <source>Took part – paid under the agreement</source>
            <translation>Deltog – honoreres efter overenskomst</translation>
        </message>
        <message>
            <source>Did not take part – not paid</source>
            <translation>Deltog ikke – honoreres ikke</translation>
        </message>
        <message>
            <source>No e-mail</source>
            <translation>Ingen e-mail</translation>
        </message>
    </context>
    <context>
        <name>InviteesSection</name>
        <message>
            <source>Participants</source>
            <translation>Deltagere</translation>
        </message>
        <message>
            <source>Invite the &amp;network</source>
            <translation>Indkald &amp;netværket</translation>
        </message>
        <message>
            <source>Invite everyone in the case's network who is not invited yet</source>
            <translation>Indkald alle i sagens netværk, som ikke er indkaldt endnu</translation>
        </message>
        <message>
            <source>&amp;Add participant…</source>
            <translation>&amp;Tilføj deltager…</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>R&amp;et…</translation>
        </message>
        <message>
            <source>Make c&amp;hair</source>
            <translation>Gør til &amp;mødeleder</translation>
        </message>
        <message>
            <source>Make minute-&amp;taker</source>
            <translation>Gør til re&amp;ferent</translation>
        </message>
        <message>
            <source>Record a&amp;nswer…</source>
            <translation>Registrér &amp;svar…</translation>
        </message>
        <message>
            <source>Re&amp;move</source>
            <translation>F&amp;jern</translation>
        </message>
        <message>
            <source>Invitees</source>
            <translation>Deltagere</translation>
        </message>
        <message>
            <source>The GP was &amp;spoken to first</source>
            <translation>Der er talt med egen &amp;læge først</translation>
        </message>
        <message>
            <source>Paid under the current agreement if the GP takes part – recorded with the attendance</source>
            <translation>Honoreres efter gældende overenskomst, hvis lægen deltager – det følger af fremmødet</translation>
        </message>
        <message numerus="yes">
            <source>%n participant(s)</source>
            <translation>
                <numerusform>%n deltager</numerusform>
                <numerusform>%n deltagere</numerusform>
            </translation>
        </message>
        <message>
            <source>Chair: %1</source>
            <translation>Mødeleder: %1</translation>
        </message>
        <message>
            <source>No chair</source>
            <translation>Ingen mødeleder</translation>
        </message>
        <message>
            <source>Minute-taker: %1</source>
            <translation>Referent: %1</translation>
        </message>
        <message>
            <source>No minute-taker</source>
            <translation>Ingen referent</translation>
        </message>
        <message>
            <source>(because: %1)</source>
            <translation>(fordi: %1)</translation>
        </message>
        <message numerus="yes">
            <source>%n attending</source>
            <translation>
                <numerusform>%n kommer</numerusform>
                <numerusform>%n kommer</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cancellation(s)</source>
            <translation>
                <numerusform>%n afbud</numerusform>
                <numerusform>%n afbud</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n awaiting answer</source>
            <translation>
                <numerusform>%n afventer svar</numerusform>
                <numerusform>%n afventer svar</numerusform>
            </translation>
        </message>
        <message>
            <source>No one is invited yet. Choose Invite the network, or Add participant.</source>
            <translation>Der er ingen deltagere endnu. Vælg Indkald netværket eller Tilføj deltager.</translation>
        </message>
        <message numerus="yes">
            <source>%n participant(s) added after the invitation was sent have not been invited yet. Send the invitation to them too.</source>
            <translation>
                <numerusform>%n deltager er tilføjet, efter indkaldelsen blev sendt, og er ikke indkaldt endnu. Send også indkaldelsen til vedkommende.</numerusform>
                <numerusform>%n deltagere er tilføjet, efter indkaldelsen blev sendt, og er ikke indkaldt endnu. Send også indkaldelsen til dem.</numerusform>
            </translation>
        </message>
        <message>
            <source>No longer c&amp;hair</source>
            <translation>Ikke længere &amp;mødeleder</translation>
        </message>
        <message>
            <source>No longer minute-&amp;taker</source>
            <translation>Ikke længere re&amp;ferent</translation>
        </message>
        <message>
            <source>No role description yet. Choose Edit to write one.</source>
            <translation>Der er ingen rollebeskrivelse endnu. Vælg Ret for at skrive en.</translation>
        </message>
        <message>
            <source>No e-mail – send the invitation by post or by hand.</source>
            <translation>Ingen e-mail – send indkaldelsen med posten, eller aflevér den personligt.</translation>
        </message>
        <message>
            <source>Invite the network</source>
            <translation>Indkald netværket</translation>
        </message>
        <message>
            <source>Everyone in the case's network is invited already.</source>
            <translation>Alle i sagens netværk er allerede indkaldt.</translation>
        </message>
        <message numerus="yes">
            <source>Invite the network (%n people)</source>
            <translation>
                <numerusform>Indkald netværket (%n person)</numerusform>
                <numerusform>Indkald netværket (%n personer)</numerusform>
            </translation>
        </message>
        <message>
            <source>Make %1 chair</source>
            <translation>Gør %1 til mødeleder</translation>
        </message>
        <message>
            <source>%1 no longer chair</source>
            <translation>%1 er ikke længere mødeleder</translation>
        </message>
        <message>
            <source>Make %1 minute-taker</source>
            <translation>Gør %1 til referent</translation>
        </message>
        <message>
            <source>%1 no longer minute-taker</source>
            <translation>%1 er ikke længere referent</translation>
        </message>
        <message>
            <source>Minute-taker from another side</source>
            <translation>Referent fra en anden part</translation>
        </message>
        <message>
            <source>The party that invites writes the minutes. %1 is not from the side that invites.

Why does %1 write them? The reason is kept with the meeting and printed on the plan.</source>
            <translation>Den part, der indkalder, skriver referatet. %1 er ikke fra den part, der indkalder.

Hvorfor skriver %1 referatet? Begrundelsen gemmes med mødet og står på planen.</translation>
        </message>
        <message>
            <source>&amp;Make minute-taker</source>
            <translation>&amp;Gør til referent</translation>
        </message>
        <message>
            <source>e.g. the chair leads the meeting and cannot write at the same time</source>
            <translation>fx mødelederen leder mødet og kan ikke skrive samtidig</translation>
        </message>
        <message>
            <source>Mark that the GP was spoken to</source>
            <translation>Markér, at der er talt med egen læge</translation>
        </message>
        <message>
            <source>Remove %1 from this meeting?

You can undo with Ctrl+Z.</source>
            <translation>Vil du fjerne %1 fra mødet?

Du kan fortryde med Ctrl+Z.</translation>
        </message>
        <message>
            <source>%1 has been sent the invitation already: tell them they are no longer invited.</source>
            <translation>%1 har allerede fået indkaldelsen: Giv besked om, at vedkommende ikke længere er indkaldt.</translation>
        </message>
        <message>
            <source>Remove participant</source>
            <translation>Fjern deltager</translation>
        </message>
        <message>
            <source>Remove %1 from the meeting</source>
            <translation>Fjern %1 fra mødet</translation>
        </message>
    </context>
    <context>
        <name>ItemSection</name>
        <message>
            <source>Now</source>
            <translation>Nu</translation>
        </message>
        <message numerus="yes">
            <source>%n min</source>
            <translation>
                <numerusform>%n min</numerusform>
                <numerusform>%n min</numerusform>
            </translation>
        </message>
        <message>
            <source>led by %1</source>
            <translation>ledes af %1</translation>
        </message>
        <message>
            <source>Discussion</source>
            <translation>Drøftelse</translation>
        </message>
        <message>
            <source>What was said – each party's view, in plain words.</source>
            <translation>Hvad der blev sagt – hver parts syn, med almindelige ord.</translation>
        </message>
        <message>
            <source>Internal note – not shown on the shared screen or in the plan</source>
            <translation>Intern note – vises ikke på den delte skærm eller i planen</translation>
        </message>
        <message>
            <source>Only for you: reminders, things to check afterwards.</source>
            <translation>Kun til dig: påmindelser, ting der skal tjekkes bagefter.</translation>
        </message>
        <message numerus="yes">
            <source>%n agreement(s) under this item</source>
            <translation>
                <numerusform>%n aftale under dette punkt</numerusform>
                <numerusform>%n aftaler under dette punkt</numerusform>
            </translation>
        </message>
        <message>
            <source>No agreements under this item yet</source>
            <translation>Ingen aftaler under dette punkt endnu</translation>
        </message>
        <message>
            <source>Ctrl+Enter writes one</source>
            <translation>Skriv en med Ctrl+Enter</translation>
        </message>
    </context>
    <context>
        <name>KeySource</name>
        <message>
            <source>The new passphrase could not be saved (%1). The data is open; try again under Settings.</source>
            <translation>Den nye adgangskode kunne ikke gemmes (%1). Dataene er åbne; prøv igen under Indstillinger.</translation>
        </message>
        <message>
            <source>No new passphrase was chosen: next time, too, the data opens only with the recovery key.</source>
            <translation>Der er ikke valgt en ny adgangskode: også næste gang åbner dataene kun med gendannelsesnøglen.</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Referral</source>
            <translation>Henvisning</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>Udredning</translation>
        </message>
        <message>
            <source>Treatment</source>
            <translation>Behandling</translation>
        </message>
        <message>
            <source>Discharge</source>
            <translation>Afslutning</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Opfølgning</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Afsluttet</translation>
        </message>
        <message>
            <source>Referral from the municipality</source>
            <translation>Henvisning fra kommunen</translation>
        </message>
        <message>
            <source>Notification from BUC</source>
            <translation>Underretning fra BUC</translation>
        </message>
        <message>
            <source>The family's request</source>
            <translation>Familiens ønske</translation>
        </message>
        <message>
            <source>Referral from general practice</source>
            <translation>Henvisning fra almen praksis</translation>
        </message>
        <message>
            <source>Early intervention (the municipality, possibly with general practice)</source>
            <translation>Tidlig indsats (kommunen, evt. i samarbejde med almen praksis)</translation>
        </message>
        <message>
            <source>In-depth assessment and intervention (the municipality, possibly with general practice)</source>
            <translation>Uddybende vurdering og indsats (kommunen, evt. i samarbejde med almen praksis)</translation>
        </message>
        <message>
            <source>Assessment, diagnosis and treatment (BUC or a private specialist in child and adolescent psychiatry)</source>
            <translation>Udredning, diagnostik og behandling (BUC eller privatpraktiserende speciallæge i børne- og ungdomspsykiatri)</translation>
        </message>
        <message>
            <source>Follow-up (the municipality with the relevant professionals)</source>
            <translation>Opfølgning (kommunen i samarbejde med relevante fagprofessionelle)</translation>
        </message>
        <message>
            <source>The effort involves a single service or a department</source>
            <translation>Indsatsen involverer et enkelt tilbud eller en afdeling</translation>
        </message>
        <message>
            <source>Two or more services coordinate their efforts towards shared goals</source>
            <translation>To eller flere tilbud koordinerer deres indsats efter fælles målsætninger</translation>
        </message>
        <message>
            <source>Broad collaboration involving the municipal administration, typically a caseworker – the caseworker normally takes over the coordination</source>
            <translation>Bredt samarbejde, hvor den kommunale forvaltning, typisk en sagsbehandler, involveres – sagsbehandleren overtager normalt koordineringen</translation>
        </message>
        <message>
            <source>BUC</source>
            <translation>BUC</translation>
        </message>
        <message>
            <source>Municipality – caseworker</source>
            <translation>Kommune – sagsbehandler</translation>
        </message>
        <message>
            <source>Municipality – PPR</source>
            <translation>Kommune – PPR</translation>
        </message>
        <message>
            <source>Municipality – school</source>
            <translation>Kommune – skole</translation>
        </message>
        <message>
            <source>Municipality – day care</source>
            <translation>Kommune – dagtilbud</translation>
        </message>
        <message>
            <source>Municipality – health visitor</source>
            <translation>Kommune – sundhedspleje</translation>
        </message>
        <message>
            <source>General practice</source>
            <translation>Almen praksis</translation>
        </message>
        <message>
            <source>Private specialist</source>
            <translation>Privatpraktiserende speciallæge</translation>
        </message>
        <message>
            <source>Family</source>
            <translation>Familie</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Andet</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>kommunen</translation>
        </message>
        <message>
            <source>Parent / holder of parental responsibility</source>
            <translation>Forælder / forældremyndighedsindehaver</translation>
        </message>
        <message>
            <source>The young person (15 or over)</source>
            <translation>Den unge selv (15 år eller derover)</translation>
        </message>
        <message>
            <source>Guardian</source>
            <translation>Værge</translation>
        </message>
        <message>
            <source>Written</source>
            <translation>Skriftligt</translation>
        </message>
        <message>
            <source>Oral</source>
            <translation>Mundtligt</translation>
        </message>
        <message>
            <source>Notification</source>
            <translation>Underretning</translation>
        </message>
        <message>
            <source>Treatment plan</source>
            <translation>Behandlingsplan</translation>
        </message>
        <message>
            <source>Status note</source>
            <translation>Statusnotat</translation>
        </message>
        <message>
            <source>Statement</source>
            <translation>Erklæring</translation>
        </message>
        <message>
            <source>Dialogue</source>
            <translation>Dialog</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Notat</translation>
        </message>
        <message>
            <source>Contact person changed</source>
            <translation>Kontaktperson ændret</translation>
        </message>
        <message>
            <source>Baton holder changed</source>
            <translation>Stafetholder ændret</translation>
        </message>
        <message>
            <source>Network changed</source>
            <translation>Netværk ændret</translation>
        </message>
        <message>
            <source>Consent given</source>
            <translation>Samtykke givet</translation>
        </message>
        <message>
            <source>Consent withdrawn</source>
            <translation>Samtykke trukket tilbage</translation>
        </message>
        <message>
            <source>Information exchanged</source>
            <translation>Information udvekslet</translation>
        </message>
        <message>
            <source>Phase changed</source>
            <translation>Fase ændret</translation>
        </message>
        <message>
            <source>Step changed</source>
            <translation>Trin ændret</translation>
        </message>
        <message>
            <source>Level changed</source>
            <translation>Niveau ændret</translation>
        </message>
        <message>
            <source>Waiting began</source>
            <translation>Ventetid begyndt</translation>
        </message>
        <message>
            <source>Waiting changed</source>
            <translation>Ventetid ændret</translation>
        </message>
        <message>
            <source>Contact while waiting</source>
            <translation>Kontakt i ventetiden</translation>
        </message>
        <message>
            <source>Waiting ended</source>
            <translation>Ventetid afsluttet</translation>
        </message>
        <message>
            <source>Consent form printed</source>
            <translation>Samtykkeerklæring udskrevet</translation>
        </message>
        <message>
            <source>Case opened</source>
            <translation>Sag oprettet</translation>
        </message>
        <message>
            <source>Case closed</source>
            <translation>Sag afsluttet</translation>
        </message>
        <message>
            <source>Correction</source>
            <translation>Rettelse</translation>
        </message>
        <message>
            <source>Network meeting created</source>
            <translation>Netværksmøde oprettet</translation>
        </message>
        <message>
            <source>Plan signed off</source>
            <translation>Plan godkendt</translation>
        </message>
        <message>
            <source>New version of the plan</source>
            <translation>Ny version af planen</translation>
        </message>
        <message>
            <source>Plan sent</source>
            <translation>Plan sendt</translation>
        </message>
        <message>
            <source>Received plan read in</source>
            <translation>Modtaget plan læst ind</translation>
        </message>
        <message>
            <source>Invitation sent</source>
            <translation>Indkaldelse sendt</translation>
        </message>
        <message>
            <source>Network meeting changed</source>
            <translation>Netværksmøde ændret</translation>
        </message>
        <message>
            <source>Network meeting cancelled</source>
            <translation>Netværksmøde aflyst</translation>
        </message>
        <message>
            <source>Network meeting started</source>
            <translation>Netværksmøde startet</translation>
        </message>
        <message>
            <source>Network meeting held</source>
            <translation>Netværksmøde afholdt</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Aftale</translation>
        </message>
        <message>
            <source>Answer to invitation</source>
            <translation>Svar på indkaldelse</translation>
        </message>
        <message>
            <source>Undone</source>
            <translation>Fortrudt</translation>
        </message>
        <message>
            <source>Redone</source>
            <translation>Gentaget</translation>
        </message>
        <message>
            <source>Case handed over</source>
            <translation>Sag overdraget</translation>
        </message>
        <message>
            <source>Case received</source>
            <translation>Sag modtaget</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Kladde</translation>
        </message>
        <message>
            <source>Invited</source>
            <translation>Indkaldt</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>I gang</translation>
        </message>
        <message>
            <source>Held</source>
            <translation>Afholdt</translation>
        </message>
        <message>
            <source>Signed off</source>
            <translation>Godkendt</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Aflyst</translation>
        </message>
        <message>
            <source>In person</source>
            <translation>Fysisk</translation>
        </message>
        <message>
            <source>Video</source>
            <translation>Video</translation>
        </message>
        <message>
            <source>Telephone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Hybrid</source>
            <translation>Hybrid</translation>
        </message>
        <message>
            <source>The municipality</source>
            <translation>Kommunen</translation>
        </message>
        <message>
            <source>The family / the young person</source>
            <translation>Familien / den unge</translation>
        </message>
        <message>
            <source>Awaiting answer</source>
            <translation>Afventer svar</translation>
        </message>
        <message>
            <source>Attending</source>
            <translation>Deltager</translation>
        </message>
        <message>
            <source>Cancellation</source>
            <translation>Afbud</translation>
        </message>
        <message>
            <source>Wants others to join</source>
            <translation>Ønsker andre med</translation>
        </message>
        <message>
            <source>Network meeting</source>
            <translation>Netværksmøde</translation>
        </message>
        <message>
            <source>Discharge meeting (discharge from BUC)</source>
            <translation>Udskrivningsmøde (afslutning fra BUC)</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Udført</translation>
        </message>
        <message>
            <source>Continued</source>
            <translation>Videreført</translation>
        </message>
        <message>
            <source>Lapsed</source>
            <translation>Bortfaldet</translation>
        </message>
        <message>
            <source>Every week</source>
            <translation>Hver uge</translation>
        </message>
        <message>
            <source>Every other week</source>
            <translation>Hver 14. dag</translation>
        </message>
        <message>
            <source>Every third week</source>
            <translation>Hver 3. uge</translation>
        </message>
        <message>
            <source>Every month</source>
            <translation>Hver måned</translation>
        </message>
        <message>
            <source>Online</source>
            <translation>Virtuelt</translation>
        </message>
        <message>
            <source>At the meeting</source>
            <translation>I mødet</translation>
        </message>
        <message>
            <source>By e-mail</source>
            <translation>Pr. e-mail</translation>
        </message>
        <message>
            <source>By phone</source>
            <translation>Telefonisk</translation>
        </message>
    </context>
    <context>
        <name>LiveMeetingView</name>
        <message>
            <source>Everything you type is saved by itself</source>
            <translation>Alt, hvad du skriver, gemmes automatisk</translation>
        </message>
        <message>
            <source>Share s&amp;creen</source>
            <translation>Del s&amp;kærm</translation>
        </message>
        <message>
            <source>Open a second window in large type for the screen you share: the current item and the agreements. Internal notes are never shown.</source>
            <translation>Åbn et ekstra vindue med stor skrift til den skærm, du deler: det aktuelle punkt og aftalerne. Interne noter vises aldrig.</translation>
        </message>
        <message>
            <source>End meetin&amp;g…</source>
            <translation>&amp;Afslut mødet…</translation>
        </message>
        <message>
            <source>&amp;Review and sign off the plan</source>
            <translation>&amp;Gennemgå og godkend planen</translation>
        </message>
        <message>
            <source>The minutes beside the PDF that will be sent, the approvals and the sign-off</source>
            <translation>Referatet ved siden af den PDF, der sendes, godkendelserne og låsningen</translation>
        </message>
        <message>
            <source>No decisions on municipal interventions are taken at a network meeting. The meeting makes agreements.</source>
            <translation>Der træffes ikke afgørelser om kommunale indsatser på et netværksmøde. På mødet indgås aftaler.</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Dagsorden</translation>
        </message>
        <message>
            <source>Ne&amp;xt item  (%1)</source>
            <translation>&amp;Næste punkt  (%1)</translation>
        </message>
        <message>
            <source>Close this item and move to the next; the cursor goes to its discussion</source>
            <translation>Afslut dette punkt, og gå videre til det næste; markøren flyttes til punktets drøftelse</translation>
        </message>
        <message>
            <source>&amp;1  Minutes</source>
            <translation>&amp;1  Referat</translation>
        </message>
        <message>
            <source>&amp;2  Agreements</source>
            <translation>&amp;2  Aftaler</translation>
        </message>
        <message>
            <source>&amp;3  Follow-up</source>
            <translation>&amp;3  Opfølgning</translation>
        </message>
        <message>
            <source>In progress: %1</source>
            <translation>I gang: %1</translation>
        </message>
        <message>
            <source>Minutes: %1</source>
            <translation>Referat: %1</translation>
        </message>
        <message>
            <source>Network meeting</source>
            <translation>Netværksmøde</translation>
        </message>
        <message>
            <source>no time set</source>
            <translation>intet tidspunkt fastsat</translation>
        </message>
        <message>
            <source>&amp;2  Agreements (%1)</source>
            <translation>&amp;2  Aftaler (%1)</translation>
        </message>
        <message>
            <source>&amp;3  Follow-up (%1 of %2)</source>
            <translation>&amp;3  Opfølgning (%1 af %2)</translation>
        </message>
        <message>
            <source>This is the last item: next come the next meeting and any other business</source>
            <translation>Dette er det sidste punkt: derefter kommer næste møde og eventuelt</translation>
        </message>
        <message>
            <source>The agenda is done. Click an item to go back to it.</source>
            <translation>Dagsordenen er gennemgået. Klik på et punkt for at gå tilbage til det.</translation>
        </message>
        <message>
            <source>The shared screen is open in its own window behind this one: share that window in the video meeting, or drag it to the projector. Esc closes it.</source>
            <translation>Den delte skærm er åbnet i sit eget vindue bag dette: del det vindue i videomødet, eller træk det over på projektoren. Esc lukker den.</translation>
        </message>
        <message>
            <source>End meeting</source>
            <translation>Afslut mødet</translation>
        </message>
        <message>
            <source>Review and sign off the plan</source>
            <translation>Gennemgå og godkend planen</translation>
        </message>
        <message>
            <source>The meeting has been held. Review the minutes beside the plan's PDF, record the approvals and sign off: “Review and sign off the plan”.</source>
            <translation>Mødet er afholdt. Gennemgå referatet ved siden af planens PDF, notér godkendelserne, og lås planen: “Gennemgå og godkend planen”.</translation>
        </message>
        <message>
            <source>This meeting is not in progress.</source>
            <translation>Mødet er ikke i gang.</translation>
        </message>
    </context>
    <context>
        <name>LockScreen</name>
        <message>
            <source>KIT Desk is locked</source>
            <translation>KIT Desk er låst</translation>
        </message>
        <message>
            <source>Everything is saved. Type your passphrase to carry on where you were.</source>
            <translation>Alt er gemt. Skriv din adgangskode for at fortsætte, hvor du slap.</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Adgangskode</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>&amp;Lås op</translation>
        </message>
    </context>
    <context>
        <name>LogTab</name>
        <message>
            <source>New note for the baton log</source>
            <translation>Ny note til stafetloggen</translation>
        </message>
        <message>
            <source>Write a note for the baton log …  (Ctrl+Enter adds it)</source>
            <translation>Skriv et notat til stafetloggen …  (Ctrl+Enter tilføjer det)</translation>
        </message>
        <message>
            <source>&amp;Add entry</source>
            <translation>&amp;Tilføj indlæg</translation>
        </message>
        <message>
            <source>Adds the note to the log (Ctrl+Enter)</source>
            <translation>Føjer notatet til loggen (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>&amp;Show</source>
            <translation>Vi&amp;s</translation>
        </message>
        <message>
            <source>All entries</source>
            <translation>Alle indlæg</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notater</translation>
        </message>
        <message>
            <source>Events</source>
            <translation>Hændelser</translation>
        </message>
        <message>
            <source>Corrections</source>
            <translation>Rettelser</translation>
        </message>
        <message>
            <source>Search the log  (Ctrl+F)</source>
            <translation>Søg i loggen  (Ctrl+F)</translation>
        </message>
        <message>
            <source>Search the log</source>
            <translation>Søg i loggen</translation>
        </message>
        <message>
            <source>&amp;Correct entry…</source>
            <translation>R&amp;et indlæg…</translation>
        </message>
        <message>
            <source>Baton log</source>
            <translation>Stafetlog</translation>
        </message>
        <message>
            <source>The selected entry in full</source>
            <translation>Det valgte indlæg i sin helhed</translation>
        </message>
        <message>
            <source>Select an entry to read all of it here.</source>
            <translation>Vælg et indlæg for at læse det hele her.</translation>
        </message>
        <message numerus="yes">
            <source>%n entries</source>
            <translation>
                <numerusform>%n indlæg</numerusform>
                <numerusform>%n indlæg</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 of %2 entries</source>
            <translation>%1 af %2 indlæg</translation>
        </message>
        <message>
            <source>Select the entry you want to correct.</source>
            <translation>Vælg det indlæg, du vil rette.</translation>
        </message>
        <message>
            <source>This entry has already been corrected or undone. Correct the newest version.</source>
            <translation>Indlægget er allerede rettet eller fortrudt. Ret den nyeste udgave.</translation>
        </message>
        <message>
            <source>Undo notes are written by KIT Desk and cannot be corrected.</source>
            <translation>Indlæg om fortryd og gentag skrives af KIT Desk og kan ikke rettes.</translation>
        </message>
        <message>
            <source>Write a corrected version; the original is kept.</source>
            <translation>Skriv en rettet udgave; originalen bevares.</translation>
        </message>
        <message>
            <source>The note is too long (at most %1 characters). Split it in two.</source>
            <translation>Notatet er for langt (højst %1 tegn). Del det i to.</translation>
        </message>
        <message>
            <source>Add baton log entry</source>
            <translation>Tilføj indlæg i stafetloggen</translation>
        </message>
    </context>
    <context>
        <name>LogTable</name>
        <message>
            <source>When</source>
            <translation>Tidspunkt</translation>
        </message>
        <message>
            <source>Written by</source>
            <translation>Skrevet af</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Tekst</translation>
        </message>
        <message>
            <source>corrected</source>
            <translation>rettet</translation>
        </message>
        <message>
            <source>undone</source>
            <translation>fortrudt</translation>
        </message>
        <message>
            <source>redone</source>
            <translation>gentaget</translation>
        </message>
        <message>
            <source>Corrects the entry from %1</source>
            <translation>Retter indlægget fra %1</translation>
        </message>
        <message>
            <source>Undoes the entry from %1</source>
            <translation>Fortryder indlægget fra %1</translation>
        </message>
        <message>
            <source>Redoes the entry from %1</source>
            <translation>Gentager indlægget fra %1</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Overview</source>
            <translation>Overblik</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Sager</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personer</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Møder</translation>
        </message>
        <message>
            <source>Agreements</source>
            <translation>Aftaler</translation>
        </message>
        <message>
            <source>Self-evaluation</source>
            <translation>Selvevaluering</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Filer</translation>
        </message>
        <message>
            <source>&amp;New case…</source>
            <translation>&amp;Ny sag…</translation>
        </message>
        <message>
            <source>Rece&amp;ive case…</source>
            <translation>&amp;Modtag sag…</translation>
        </message>
        <message>
            <source>Read in p&amp;lan…</source>
            <translation>Læs p&amp;lan ind…</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Udskriv…</translation>
        </message>
        <message>
            <source>Load &amp;example data</source>
            <translation>Indlæs &amp;eksempeldata</translation>
        </message>
        <message>
            <source>Remo&amp;ve example data…</source>
            <translation>&amp;Fjern eksempeldata…</translation>
        </message>
        <message>
            <source>Back up &amp;now</source>
            <translation>Tag &amp;sikkerhedskopi nu</translation>
        </message>
        <message>
            <source>&amp;Restore from backup…</source>
            <translation>&amp;Gendan fra sikkerhedskopi…</translation>
        </message>
        <message>
            <source>Closed cases due for &amp;deletion…</source>
            <translation>Afsluttede sager til s&amp;letning…</translation>
        </message>
        <message>
            <source>Deadlines to the &amp;calendar…</source>
            <translation>Frister til &amp;kalenderen…</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Indstillinger…</translation>
        </message>
        <message>
            <source>Change &amp;passphrase…</source>
            <translation>Skift &amp;adgangskode…</translation>
        </message>
        <message>
            <source>&amp;Lock</source>
            <translation>&amp;Lås</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Afslut</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Rediger</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Fortryd</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Gentag</translation>
        </message>
        <message>
            <source>&amp;Undo: %1</source>
            <translation>&amp;Fortryd: %1</translation>
        </message>
        <message>
            <source>&amp;Redo: %1</source>
            <translation>&amp;Gentag: %1</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Vis</translation>
        </message>
        <message>
            <source>&amp;Overview</source>
            <translation>&amp;Overblik</translation>
        </message>
        <message>
            <source>&amp;Cases</source>
            <translation>&amp;Sager</translation>
        </message>
        <message>
            <source>&amp;People</source>
            <translation>&amp;Personer</translation>
        </message>
        <message>
            <source>&amp;Meetings</source>
            <translation>&amp;Møder</translation>
        </message>
        <message>
            <source>A&amp;greements</source>
            <translation>A&amp;ftaler</translation>
        </message>
        <message>
            <source>&amp;Self-evaluation</source>
            <translation>&amp;Selvevaluering</translation>
        </message>
        <message>
            <source>Close case tab</source>
            <translation>Luk sagsfanen</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hjælp</translation>
        </message>
        <message>
            <source>&amp;Guide and keyboard shortcuts</source>
            <translation>&amp;Vejledning og tastaturgenveje</translation>
        </message>
        <message>
            <source>&amp;About KIT Desk</source>
            <translation>&amp;Om KIT Desk</translation>
        </message>
        <message>
            <source>There is no meeting number %1.</source>
            <translation>Der findes intet møde med nummer %1.</translation>
        </message>
        <message>
            <source>The case %1 was received.</source>
            <translation>Sagen %1 er modtaget.</translation>
        </message>
        <message>
            <source>The plan was already read into case %1 – nothing was changed.</source>
            <translation>Planen var allerede læst ind i sag %1 – intet er ændret.</translation>
        </message>
        <message>
            <source>The plan has been read into case %1. Its agreements are followed up at the case's next meeting.</source>
            <translation>Planen er læst ind i sag %1. Aftalerne følges op på sagens næste møde.</translation>
        </message>
        <message>
            <source>Load example data</source>
            <translation>Indlæs eksempeldata</translation>
        </message>
        <message>
            <source>Add four fictitious example cases to your own cases?</source>
            <translation>Vil du føje fire fiktive eksempelsager til dine egne sager?</translation>
        </message>
        <message>
            <source>Four fictitious example cases were created.</source>
            <translation>Fire fiktive eksempelsager er oprettet.</translation>
        </message>
        <message>
            <source>Close the tab %1</source>
            <translation>Luk fanen %1</translation>
        </message>
        <message>
            <source>Close the tab (Ctrl+W)</source>
            <translation>Luk fanen (Ctrl+W)</translation>
        </message>
        <message>
            <source>Backup saved: %1</source>
            <translation>Sikkerhedskopi gemt: %1</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Udskriv</translation>
        </message>
        <message>
            <source>Open a meeting to print its invitation, or a meeting's plan to print the plan.</source>
            <translation>Åbn et møde for at udskrive dets indkaldelse, eller et mødes plan for at udskrive planen.</translation>
        </message>
        <message>
            <source>Sent to the printer: %1</source>
            <translation>Sendt til printeren: %1</translation>
        </message>
        <message>
            <source>About KIT Desk</source>
            <translation>Om KIT Desk</translation>
        </message>
        <message>
            <source>KIT Desk %1

Case files and cross-sector network meetings about children and young people in mental distress.

Data folder:
%2</source>
            <translation>KIT Desk %1

Sager og tværsektorielle netværksmøder om børn og unge i psykisk mistrivsel.

Datamappe:
%2</translation>
        </message>
    </context>
    <context>
        <name>MeetingTable</name>
        <message>
            <source>Date and time</source>
            <translation>Dato og tidspunkt</translation>
        </message>
        <message>
            <source>Child</source>
            <translation>Barn</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>Mødeform</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Frist</translation>
        </message>
        <message>
            <source>Deadline status</source>
            <translation>Fristens status</translation>
        </message>
        <message>
            <source>Invitation</source>
            <translation>Indkaldelse</translation>
        </message>
        <message>
            <source>Mon</source>
            <translation>man</translation>
        </message>
        <message>
            <source>Tue</source>
            <translation>tir</translation>
        </message>
        <message>
            <source>Wed</source>
            <translation>ons</translation>
        </message>
        <message>
            <source>Thu</source>
            <translation>tor</translation>
        </message>
        <message>
            <source>Fri</source>
            <translation>fre</translation>
        </message>
        <message>
            <source>Sat</source>
            <translation>lør</translation>
        </message>
        <message>
            <source>Sun</source>
            <translation>søn</translation>
        </message>
        <message>
            <source>No time yet</source>
            <translation>Intet tidspunkt endnu</translation>
        </message>
        <message>
            <source>met</source>
            <translation>overholdt</translation>
        </message>
        <message>
            <source>today</source>
            <translation>i dag</translation>
        </message>
        <message numerus="yes">
            <source>in %n working day(s)</source>
            <translation>
                <numerusform>om %n arbejdsdag</numerusform>
                <numerusform>om %n arbejdsdage</numerusform>
            </translation>
        </message>
        <message>
            <source>overdue</source>
            <translation>overskredet</translation>
        </message>
        <message numerus="yes">
            <source>overdue by %n working day(s)</source>
            <translation>
                <numerusform>overskredet med %n arbejdsdag</numerusform>
                <numerusform>overskredet med %n arbejdsdage</numerusform>
            </translation>
        </message>
        <message>
            <source>Update not sent</source>
            <translation>Opdatering ikke sendt</translation>
        </message>
        <message>
            <source>Not sent</source>
            <translation>Ikke sendt</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Sendt</translation>
        </message>
        <message>
            <source>A time and place should be found within five working days of the request: by %1.</source>
            <translation>Tid og sted skal som regel findes inden for fem arbejdsdage efter anmodningen: senest %1.</translation>
        </message>
        <message>
            <source>The time or place has changed since the invitation was sent. Open the meeting and send the update.</source>
            <translation>Tidspunktet eller stedet er ændret, efter indkaldelsen blev sendt. Åbn mødet, og send opdateringen.</translation>
        </message>
    </context>
    <context>
        <name>MeetingView</name>
        <message>
            <source>Start meetin&amp;g</source>
            <translation>&amp;Start mødet</translation>
        </message>
        <message>
            <source>Open the meeting: attendance, the agenda with a clock, and the minutes, saved as you type</source>
            <translation>Åbn mødet: fremmøde, dagsordenen med ur og referatet, der gemmes, mens du skriver</translation>
        </message>
        <message>
            <source>&amp;Plan a new meeting from this one</source>
            <translation>&amp;Planlæg nyt møde ud fra dette</translation>
        </message>
        <message>
            <source>A new draft with the same purpose, agenda, place and invitees – choose a new time and send it</source>
            <translation>En ny kladde med samme formål, dagsorden, sted og deltagere – vælg et nyt tidspunkt, og send den</translation>
        </message>
        <message>
            <source>&amp;1  Why and when</source>
            <translation>&amp;1  Hvorfor og hvornår</translation>
        </message>
        <message>
            <source>&amp;2  Purpose and agenda</source>
            <translation>&amp;2  Formål og dagsorden</translation>
        </message>
        <message>
            <source>&amp;3  Invitees</source>
            <translation>&amp;3  Deltagere</translation>
        </message>
        <message>
            <source>&amp;4  Send and answers</source>
            <translation>&amp;4  Send og svar</translation>
        </message>
        <message>
            <source>Meeting: %1</source>
            <translation>Møde: %1</translation>
        </message>
        <message>
            <source>Network meeting</source>
            <translation>Netværksmøde</translation>
        </message>
        <message>
            <source>&amp;Go to the meeting</source>
            <translation>&amp;Gå til mødet</translation>
        </message>
        <message>
            <source>no time yet</source>
            <translation>intet tidspunkt endnu</translation>
        </message>
        <message>
            <source>This meeting is cancelled and can no longer be changed.</source>
            <translation>Mødet er aflyst og kan ikke længere ændres.</translation>
        </message>
        <message>
            <source>Reason: %1</source>
            <translation>Begrundelse: %1</translation>
        </message>
        <message>
            <source>This meeting has been held. Its time, place and agenda can no longer be changed.</source>
            <translation>Mødet er afholdt. Tidspunkt, sted og dagsorden kan ikke længere ændres.</translation>
        </message>
        <message>
            <source>Start meeting</source>
            <translation>Start mødet</translation>
        </message>
        <message>
            <source>This meeting is planned for %1. Start it now?</source>
            <translation>Mødet er planlagt til den %1. Vil du starte det nu?</translation>
        </message>
        <message>
            <source>Plan a new meeting</source>
            <translation>Planlæg nyt møde</translation>
        </message>
        <message>
            <source>Choose the meeting's date and time first: the invitation is printed with them.</source>
            <translation>Vælg først mødets dato og tidspunkt: indkaldelsen udskrives med dem.</translation>
        </message>
        <message>
            <source>Invitation</source>
            <translation>Indkaldelse</translation>
        </message>
    </context>
    <context>
        <name>MeetingsPage</name>
        <message>
            <source>Network meetings</source>
            <translation>Netværksmøder</translation>
        </message>
        <message>
            <source>Search by the child's name  (Ctrl+F)</source>
            <translation>Søg på barnets navn  (Ctrl+F)</translation>
        </message>
        <message>
            <source>Search the meetings</source>
            <translation>Søg i møderne</translation>
        </message>
        <message>
            <source>&amp;Show</source>
            <translation>Vi&amp;s</translation>
        </message>
        <message>
            <source>All meetings</source>
            <translation>Alle møder</translation>
        </message>
        <message>
            <source>Upcoming</source>
            <translation>Kommende</translation>
        </message>
        <message>
            <source>Drafts</source>
            <translation>Kladder</translation>
        </message>
        <message>
            <source>Awaiting sign-off</source>
            <translation>Venter på godkendelse</translation>
        </message>
        <message>
            <source>&amp;Open meeting</source>
            <translation>Å&amp;bn møde</translation>
        </message>
        <message>
            <source>No network meetings yet. Open a case and choose New network meeting on its Meetings tab.</source>
            <translation>Der er endnu ingen netværksmøder. Åbn en sag, og vælg Nyt netværksmøde under fanen Møder.</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n meeting(s) shown. Double-click a meeting, or press Enter, to open it.</source>
            <translation>
                <numerusform>%1 af %n møde vist. Dobbeltklik på et møde, eller tryk på Enter, for at åbne det.</numerusform>
                <numerusform>%1 af %n møder vist. Dobbeltklik på et møde, eller tryk på Enter, for at åbne det.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MinutesForm</name>
        <message>
            <source>Participants and roles</source>
            <translation>Deltagere og roller</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Formål</translation>
        </message>
        <message>
            <source>Challenges</source>
            <translation>Udfordringer</translation>
        </message>
        <message>
            <source>What is hard right now – at home, at school or day care, with friends.</source>
            <translation>Det, der er svært lige nu – derhjemme, i skolen eller dagtilbuddet, med venner.</translation>
        </message>
        <message>
            <source>Resources</source>
            <translation>Ressourcer</translation>
        </message>
        <message>
            <source>What works – in the child, the family, the network.</source>
            <translation>Det, der virker – hos barnet, i familien, i netværket.</translation>
        </message>
        <message>
            <source>The child's/young person's own words</source>
            <translation>Barnets/den unges egne ord</translation>
        </message>
        <message>
            <source>What the child or young person says – in their own words, also when they are not there but sent them along.</source>
            <translation>Det, barnet eller den unge siger – med egne ord, også når de ikke er med, men har sendt ordene med.</translation>
        </message>
        <message>
            <source>The parents' and the family's perspective</source>
            <translation>Forældrenes og familiens perspektiv</translation>
        </message>
        <message>
            <source>What is hard, what helps, what they wish for – in their own words where possible.</source>
            <translation>Hvad er svært, hvad hjælper, hvad ønsker de – så vidt muligt med deres egne ord.</translation>
        </message>
        <message>
            <source>Development opportunities and needs</source>
            <translation>Udviklingsmuligheder og behov</translation>
        </message>
        <message>
            <source>What should be different, what the child needs, and what can help the child get there.</source>
            <translation>Hvad skal være anderledes, hvad har barnet brug for, og hvad kan hjælpe barnet derhen.</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Dagsorden</translation>
        </message>
        <message>
            <source>Any other business</source>
            <translation>Eventuelt</translation>
        </message>
        <message>
            <source>Discharge from BUC</source>
            <translation>Udskrivning fra BUC</translation>
        </message>
        <message>
            <source>Who takes over what</source>
            <translation>Hvem overtager hvad</translation>
        </message>
        <message>
            <source>e.g. the caseworker takes over the coordination; PPR follows the school</source>
            <translation>fx sagsbehandleren overtager koordineringen; PPR følger skolen</translation>
        </message>
        <message>
            <source>Medication: continued and followed up by whom</source>
            <translation>Medicin: videreførelse og opfølgning, og hvem der står for den</translation>
        </message>
        <message>
            <source>e.g. BUC and the GP agree that the GP continues the medication and follows up every three months</source>
            <translation>fx BUC og almen praksis aftaler, at lægen viderefører medicinen og følger op hver tredje måned</translation>
        </message>
        <message>
            <source>Whom the family calls</source>
            <translation>Hvem familien kontakter</translation>
        </message>
        <message>
            <source>Name and how to reach them – with questions, or if things get worse</source>
            <translation>Navn og hvordan – ved spørgsmål, eller hvis det bliver værre</translation>
        </message>
        <message>
            <source>Next meeting</source>
            <translation>Næste møde</translation>
        </message>
        <message>
            <source>N&amp;ot agreed</source>
            <translation>&amp;Ikke aftalt</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Dato</translation>
        </message>
        <message>
            <source>at</source>
            <translation>kl.</translation>
        </message>
        <message>
            <source>The meeting has no agenda items.</source>
            <translation>Mødet har ingen dagsordenspunkter.</translation>
        </message>
        <message>
            <source>No purpose was written in the invitation.</source>
            <translation>Der blev ikke skrevet noget formål i indkaldelsen.</translation>
        </message>
        <message>
            <source>not marked</source>
            <translation>ikke markeret</translation>
        </message>
        <message>
            <source>No participants.</source>
            <translation>Ingen deltagere.</translation>
        </message>
        <message>
            <source>Add the time too.</source>
            <translation>Skriv også klokkeslættet.</translation>
        </message>
        <message>
            <source>Add the date too.</source>
            <translation>Skriv også datoen.</translation>
        </message>
    </context>
    <context>
        <name>NetworkTab</name>
        <message>
            <source>&amp;Add person…</source>
            <translation>&amp;Tilføj person…</translation>
        </message>
        <message>
            <source>Edit &amp;role…</source>
            <translation>Ret r&amp;olle…</translation>
        </message>
        <message>
            <source>Make &amp;contact person</source>
            <translation>Gør til &amp;kontaktperson</translation>
        </message>
        <message>
            <source>Make &amp;baton holder</source>
            <translation>Gør til &amp;stafetholder</translation>
        </message>
        <message>
            <source>Edit &amp;person details…</source>
            <translation>Ret &amp;personoplysninger…</translation>
        </message>
        <message>
            <source>Re&amp;move from network</source>
            <translation>Fjern fra &amp;netværket</translation>
        </message>
        <message>
            <source>The network</source>
            <translation>Netværket</translation>
        </message>
        <message>
            <source>No responsible contact person for %1. Select the person in the list and choose Make contact person.</source>
            <translation>Der er ingen ansvarlig kontaktperson for %1. Vælg personen på listen, og klik på Gør til kontaktperson.</translation>
        </message>
        <message>
            <source>No one holds the baton. Select a person and choose Make baton holder.</source>
            <translation>Ingen har stafetten. Vælg en person, og klik på Gør til stafetholder.</translation>
        </message>
        <message>
            <source>Contact person %1: %2</source>
            <translation>Kontaktperson, %1: %2</translation>
        </message>
        <message>
            <source>Baton holder: %1</source>
            <translation>Stafetholder: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n person(s) in the network</source>
            <translation>
                <numerusform>%n person i netværket</numerusform>
                <numerusform>%n personer i netværket</numerusform>
            </translation>
        </message>
        <message>
            <source>No longer &amp;contact person</source>
            <translation>Fjern som &amp;kontaktperson</translation>
        </message>
        <message>
            <source>Only a person from BUC or the municipality can be the responsible contact person.</source>
            <translation>Kun en person fra BUC eller kommunen kan være ansvarlig kontaktperson.</translation>
        </message>
        <message>
            <source>Remove %1 as contact person</source>
            <translation>Fjern %1 som kontaktperson</translation>
        </message>
        <message>
            <source>Make %1 contact person</source>
            <translation>Gør %1 til kontaktperson</translation>
        </message>
        <message>
            <source>Make %1 baton holder</source>
            <translation>Gør %1 til stafetholder</translation>
        </message>
        <message>
            <source>Remove %1 from this case's network?

The person stays in the directory, and you can undo with Ctrl+Z.</source>
            <translation>Vil du fjerne %1 fra sagens netværk?

Personen bliver stående på personlisten, og du kan fortryde med Ctrl+Z.</translation>
        </message>
        <message>
            <source>%1 is marked in this case as: %2</source>
            <translation>%1 er i denne sag markeret som: %2</translation>
        </message>
        <message>
            <source>Remove from network</source>
            <translation>Fjern fra netværket</translation>
        </message>
        <message>
            <source>Remove %1 from the network</source>
            <translation>Fjern %1 fra netværket</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>Netværk</translation>
        </message>
    </context>
    <context>
        <name>NetworkTable</name>
        <message>
            <source>Name</source>
            <translation>Navn</translation>
        </message>
        <message>
            <source>Role in this case</source>
            <translation>Rolle i sagen</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Sektor</translation>
        </message>
        <message>
            <source>Responsibility</source>
            <translation>Ansvar</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Contact person (%1)</source>
            <translation>Kontaktperson (%1)</translation>
        </message>
        <message>
            <source>Baton holder</source>
            <translation>Stafetholder</translation>
        </message>
    </context>
    <context>
        <name>NewCaseDialog</name>
        <message>
            <source>New case</source>
            <translation>Ny sag</translation>
        </message>
        <message>
            <source>The child</source>
            <translation>Barnet</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Navn</translation>
        </message>
        <message>
            <source>&amp;Birth date</source>
            <translation>&amp;Fødselsdato</translation>
        </message>
        <message>
            <source>ddmmyy-xxxx (optional)</source>
            <translation>ddmmåå-xxxx (valgfrit)</translation>
        </message>
        <message>
            <source>&amp;CPR number</source>
            <translation>&amp;CPR-nummer</translation>
        </message>
        <message>
            <source>&amp;School or day care</source>
            <translation>&amp;Skole eller dagtilbud</translation>
        </message>
        <message>
            <source>&amp;Municipality</source>
            <translation>&amp;Kommune</translation>
        </message>
        <message>
            <source>The course</source>
            <translation>Forløbet</translation>
        </message>
        <message>
            <source>&amp;How it started</source>
            <translation>Forløbet startede &amp;med</translation>
        </message>
        <message>
            <source>&amp;Phase</source>
            <translation>F&amp;ase</translation>
        </message>
        <message>
            <source>S&amp;tep</source>
            <translation>&amp;Trin</translation>
        </message>
        <message>
            <source>&amp;Level</source>
            <translation>N&amp;iveau</translation>
        </message>
        <message>
            <source>C&amp;reate case</source>
            <translation>&amp;Opret sag</translation>
        </message>
        <message>
            <source>Please write the child's name.</source>
            <translation>Skriv barnets navn.</translation>
        </message>
        <message>
            <source>The CPR number does not match the birth date.</source>
            <translation>CPR-nummeret passer ikke med fødselsdatoen.</translation>
        </message>
        <message>
            <source>Please look at the warning about the CPR number. Click Create case again to create the case anyway.</source>
            <translation>Se advarslen om CPR-nummeret. Klik på Opret sag igen for at oprette sagen alligevel.</translation>
        </message>
    </context>
    <context>
        <name>NewMeetingDialog</name>
        <message>
            <source>New network meeting</source>
            <translation>Nyt netværksmøde</translation>
        </message>
        <message>
            <source>The meeting starts as a draft. You choose the time, the agenda and the participants afterwards.</source>
            <translation>Mødet oprettes som kladde. Tidspunkt, dagsorden og deltagere vælger du bagefter.</translation>
        </message>
        <message>
            <source>&amp;Who asked for the meeting</source>
            <translation>&amp;Hvem bad om mødet</translation>
        </message>
        <message>
            <source>&amp;Date of the request</source>
            <translation>&amp;Dato for anmodningen</translation>
        </message>
        <message>
            <source>&amp;Talk with the family</source>
            <translation>&amp;Samtale med familien</translation>
        </message>
        <message>
            <source>What did you talk about with the child or young person and the family: why do they want a meeting?</source>
            <translation>Hvad talte du med barnet eller den unge og familien om: hvorfor ønsker de et møde?</translation>
        </message>
        <message>
            <source>You may also write it later; it must be there before the invitation is sent.</source>
            <translation>Du kan også skrive det senere; det skal være udfyldt, før indkaldelsen sendes.</translation>
        </message>
        <message>
            <source>C&amp;reate meeting</source>
            <translation>&amp;Opret møde</translation>
        </message>
        <message>
            <source>Deadline for the meeting: %1 (five working days after the request)</source>
            <translation>Frist for mødet: %1 (fem arbejdsdage efter anmodningen)</translation>
        </message>
        <message>
            <source>The request date cannot be in the future.</source>
            <translation>Datoen for anmodningen kan ikke ligge i fremtiden.</translation>
        </message>
    </context>
    <context>
        <name>NextMeeting</name>
        <message>
            <source>no time yet</source>
            <translation>ingen tid endnu</translation>
        </message>
        <message>
            <source>The case already has a network meeting that is not held yet (%1, %2). Plan one more?</source>
            <translation>Sagen har allerede et netværksmøde, der ikke er holdt endnu (%1, %2). Vil du planlægge et til?</translation>
        </message>
        <message>
            <source>Plan the next meeting</source>
            <translation>Planlæg næste møde</translation>
        </message>
    </context>
    <context>
        <name>OverviewTab</name>
        <message>
            <source>The child</source>
            <translation>Barnet</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Navn</translation>
        </message>
        <message>
            <source>Change birth date</source>
            <translation>Ændr fødselsdato</translation>
        </message>
        <message>
            <source>Birth date</source>
            <translation>Fødselsdato</translation>
        </message>
        <message>
            <source>CPR number</source>
            <translation>CPR-nummer</translation>
        </message>
        <message>
            <source>School or day care</source>
            <translation>Skole eller dagtilbud</translation>
        </message>
        <message>
            <source>Municipality</source>
            <translation>Kommune</translation>
        </message>
        <message>
            <source>The course</source>
            <translation>Forløbet</translation>
        </message>
        <message>
            <source>How it started</source>
            <translation>Forløbet startede med</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>Fase</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Trin</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Niveau</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Datoer</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>Oprettet</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Afsluttet</translation>
        </message>
        <message>
            <source>Change %1</source>
            <translation>Ændr %1</translation>
        </message>
        <message>
            <source>The child's name cannot be empty.</source>
            <translation>Barnets navn skal udfyldes.</translation>
        </message>
        <message>
            <source>Remove CPR number</source>
            <translation>Fjern CPR-nummer</translation>
        </message>
        <message>
            <source>Change CPR number</source>
            <translation>Ændr CPR-nummer</translation>
        </message>
        <message>
            <source>The CPR number does not match the birth date (%1). Check both.</source>
            <translation>CPR-nummeret passer ikke med fødselsdatoen (%1). Tjek begge.</translation>
        </message>
    </context>
    <context>
        <name>PassphraseDialog</name>
        <message>
            <source>KIT Desk – choose a passphrase</source>
            <translation>KIT Desk – vælg en adgangskode</translation>
        </message>
        <message>
            <source>Current passphrase</source>
            <translation>Nuværende adgangskode</translation>
        </message>
        <message>
            <source>C&amp;urrent passphrase:</source>
            <translation>N&amp;uværende adgangskode:</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Adgangskode</translation>
        </message>
        <message>
            <source>Repeat the passphrase</source>
            <translation>Gentag adgangskoden</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Adgangskode:</translation>
        </message>
        <message>
            <source>&amp;New passphrase:</source>
            <translation>&amp;Ny adgangskode:</translation>
        </message>
        <message>
            <source>&amp;Repeat it:</source>
            <translation>&amp;Gentag den:</translation>
        </message>
        <message>
            <source>&amp;Show the passphrase</source>
            <translation>&amp;Vis adgangskoden</translation>
        </message>
        <message>
            <source>There is no way to look up a forgotten passphrase: only the recovery key, which you get on the next page, opens the data without it.</source>
            <translation>En glemt adgangskode kan ikke slås op nogen steder: kun gendannelsesnøglen, som du får på næste side, åbner dataene uden den.</translation>
        </message>
        <message>
            <source>&amp;Continue</source>
            <translation>&amp;Fortsæt</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Afslut</translation>
        </message>
        <message>
            <source>Type your current passphrase.</source>
            <translation>Skriv din nuværende adgangskode.</translation>
        </message>
        <message>
            <source>Use at least %1 characters.</source>
            <translation>Brug mindst %1 tegn.</translation>
        </message>
        <message>
            <source>The two passphrases are not the same.</source>
            <translation>De to adgangskoder er ikke ens.</translation>
        </message>
        <message>
            <source>The two passphrases are not the same yet.</source>
            <translation>De to adgangskoder er ikke ens endnu.</translation>
        </message>
        <message>
            <source>At least %1 characters. Four ordinary words with spaces between them are easy to remember and hard to guess.</source>
            <translation>Mindst %1 tegn. Fire almindelige ord med mellemrum imellem er lette at huske og svære at gætte.</translation>
        </message>
        <message>
            <source>Too short – use at least %1 characters.</source>
            <translation>For kort – brug mindst %1 tegn.</translation>
        </message>
        <message>
            <source>Weak – easy to guess. Four ordinary words with spaces between them are better.</source>
            <translation>Svag – let at gætte. Fire almindelige ord med mellemrum imellem er bedre.</translation>
        </message>
        <message>
            <source>Good – a longer sentence makes it stronger still.</source>
            <translation>God – en længere sætning gør den endnu stærkere.</translation>
        </message>
        <message>
            <source>Strong.</source>
            <translation>Stærk.</translation>
        </message>
        <message>
            <source>Protect the children's data</source>
            <translation>Beskyt børnenes data</translation>
        </message>
        <message>
            <source>Your data will now be encrypted</source>
            <translation>Dine data bliver nu krypteret</translation>
        </message>
        <message>
            <source>Choose a new passphrase</source>
            <translation>Vælg en ny adgangskode</translation>
        </message>
        <message>
            <source>Change the passphrase</source>
            <translation>Skift adgangskode</translation>
        </message>
        <message>
            <source>From this version on, KIT Desk keeps everything about the children encrypted on this computer. Choose the passphrase you will type each time you open the program. Your data is converted once; nothing is lost, and no readable copy is left behind.</source>
            <translation>Fra denne version gemmer KIT Desk alt om børnene krypteret på denne computer. Vælg den adgangskode, du skal skrive, hver gang du åbner programmet. Dine data bliver omdannet én gang; intet går tabt, og der bliver ingen læsbar kopi tilbage.</translation>
        </message>
        <message>
            <source>You opened the data with the recovery key. Choose a new passphrase for the next time; the recovery key stays the same.</source>
            <translation>Du har åbnet dataene med gendannelsesnøglen. Vælg en ny adgangskode til næste gang; gendannelsesnøglen er den samme.</translation>
        </message>
        <message>
            <source>The data stays as it is; only the passphrase that opens it changes. The recovery key stays the same.</source>
            <translation>Dataene forbliver, som de er; kun adgangskoden, der åbner dem, skifter. Gendannelsesnøglen er den samme.</translation>
        </message>
        <message>
            <source>KIT Desk keeps everything about the children encrypted on this computer. Choose the passphrase you will type each time you open the program – also after it has locked itself while you were away.</source>
            <translation>KIT Desk gemmer alt om børnene krypteret på denne computer. Vælg den adgangskode, du skal skrive, hver gang du åbner programmet – også når det har låst sig selv, mens du var væk.</translation>
        </message>
    </context>
    <context>
        <name>PersonDetails</name>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Sektor</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Edit &amp;details…</source>
            <translation>Ret &amp;oplysninger…</translation>
        </message>
        <message>
            <source>Access request extract…</source>
            <translation>Udtræk til indsigt…</translation>
        </message>
        <message>
            <source>What KIT Desk holds about this person, and who has seen and changed it – as PDF and CSV, for a request for access (GDPR art. 15)</source>
            <translation>Hvad KIT Desk har om personen, og hvem der har set og ændret det – som PDF og CSV, til en anmodning om indsigt (databeskyttelsesforordningens art. 15)</translation>
        </message>
        <message>
            <source>De&amp;lete person…</source>
            <translation>S&amp;let person…</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Sager</translation>
        </message>
        <message>
            <source>The person's cases</source>
            <translation>Personens sager</translation>
        </message>
        <message>
            <source>Double-click a case, or press Enter, to open it.</source>
            <translation>Åbn en sag med dobbeltklik eller Enter.</translation>
        </message>
        <message>
            <source>Choose a person in the list.</source>
            <translation>Vælg en person på listen.</translation>
        </message>
        <message>
            <source>contact person (%1)</source>
            <translation>kontaktperson (%1)</translation>
        </message>
        <message>
            <source>baton holder</source>
            <translation>stafetholder</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>afsluttet</translation>
        </message>
        <message numerus="yes">
            <source>In %n case(s)</source>
            <translation>
                <numerusform>I %n sag</numerusform>
                <numerusform>I %n sager</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PersonDialog</name>
        <message>
            <source>New person</source>
            <translation>Ny person</translation>
        </message>
        <message>
            <source>New person in the directory</source>
            <translation>Ny person på personlisten</translation>
        </message>
        <message>
            <source>Edit person</source>
            <translation>Ret person</translation>
        </message>
        <message numerus="yes">
            <source>Changes show in every case this person is in (%n case(s)).</source>
            <translation>
                <numerusform>Ændringer vises i den sag, personen er med i (%n sag).</numerusform>
                <numerusform>Ændringer vises i alle de sager, personen er med i (%n sager).</numerusform>
            </translation>
        </message>
        <message>
            <source>Add %1 to the directory</source>
            <translation>Tilføj %1 til personlisten</translation>
        </message>
        <message>
            <source>Edit %1</source>
            <translation>Ret %1</translation>
        </message>
        <message>
            <source>Close without saving what you typed?</source>
            <translation>Vil du lukke uden at gemme det, du har skrevet?</translation>
        </message>
    </context>
    <context>
        <name>PersonErasure</name>
        <message>
            <source>Delete person</source>
            <translation>Slet person</translation>
        </message>
        <message numerus="yes">
            <source>%1 is in the network of %n case(s): %2. Remove them from the network there first (the case's Network tab) – nothing was deleted.</source>
            <translation>
                <numerusform>%1 er med i netværket i %n sag: %2. Fjern personen fra netværket dér først (fanen Netværk i sagen) – intet er slettet.</numerusform>
                <numerusform>%1 er med i netværket i %n sager: %2. Fjern personen fra netværket dér først (fanen Netværk i sagerne) – intet er slettet.</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete %1 from People for good?</source>
            <translation>Slet %1 fra Personer for altid?</translation>
        </message>
        <message>
            <source>The person's details are deleted and cannot be brought back. The change log keeps only that a person was deleted, by whom and when.</source>
            <translation>Personens oplysninger slettes og kan ikke hentes tilbage. Ændringsloggen beholder kun, at en person er slettet, af hvem og hvornår.</translation>
        </message>
        <message numerus="yes">
            <source>The name and contact details as written in the invitation stay in the %n meeting(s) the person was invited to, as part of the meeting's record; they go when the case is deleted.</source>
            <translation>
                <numerusform>Navnet og kontaktoplysningerne, som de stod i indkaldelsen, bliver stående i det møde, personen var inviteret til, som en del af mødets referat; de slettes, når sagen slettes.</numerusform>
                <numerusform>Navnet og kontaktoplysningerne, som de stod i indkaldelserne, bliver stående i de %n møder, personen var inviteret til, som en del af mødernes referater; de slettes, når sagen slettes.</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete for good</source>
            <translation>Slet for altid</translation>
        </message>
        <message>
            <source>%1 is deleted.</source>
            <translation>%1 er slettet.</translation>
        </message>
        <message>
            <source>the person's details</source>
            <translation>personens oplysninger</translation>
        </message>
    </context>
    <context>
        <name>PersonForm</name>
        <message>
            <source>e.g. Peter Ærø</source>
            <translation>fx Peter Ærø</translation>
        </message>
        <message>
            <source>&amp;Name *</source>
            <translation>&amp;Navn *</translation>
        </message>
        <message>
            <source>e.g. class teacher, psychologist, caseworker</source>
            <translation>fx klasselærer, psykolog, sagsbehandler</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>T&amp;itel</translation>
        </message>
        <message>
            <source>e.g. Bakkeskolen</source>
            <translation>fx Bakkeskolen</translation>
        </message>
        <message>
            <source>&amp;Organisation</source>
            <translation>&amp;Organisation</translation>
        </message>
        <message>
            <source>&amp;Sector</source>
            <translation>&amp;Sektor</translation>
        </message>
        <message>
            <source>name@example.dk</source>
            <translation>navn@eksempel.dk</translation>
        </message>
        <message>
            <source>&amp;E-mail</source>
            <translation>&amp;E-mail</translation>
        </message>
        <message>
            <source>&amp;Phone</source>
            <translation>Tele&amp;fon</translation>
        </message>
        <message>
            <source>For letters by post, e.g. Skovvej 3, 4700 Fjordby</source>
            <translation>Til breve med posten, fx Skovvej 3, 4700 Fjordby</translation>
        </message>
        <message>
            <source>Postal a&amp;ddress</source>
            <translation>Post&amp;adresse</translation>
        </message>
        <message>
            <source>e.g. best reached in the morning</source>
            <translation>fx bedst at fange om formiddagen</translation>
        </message>
        <message>
            <source>N&amp;ote</source>
            <translation>No&amp;te</translation>
        </message>
        <message>
            <source>Please enter the person's name.</source>
            <translation>Skriv personens navn.</translation>
        </message>
        <message>
            <source>This does not look like an e-mail address. Write it as name@example.dk, or leave it empty.</source>
            <translation>Det ligner ikke en e-mailadresse. Skriv den som navn@eksempel.dk, eller lad feltet stå tomt.</translation>
        </message>
    </context>
    <context>
        <name>PersonTable</name>
        <message>
            <source>Name</source>
            <translation>Navn</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Sector</source>
            <translation>Sektor</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Sager</translation>
        </message>
        <message>
            <source>Already in this network</source>
            <translation>Allerede med i netværket</translation>
        </message>
        <message>
            <source>%1 (in the network)</source>
            <translation>%1 (i netværket)</translation>
        </message>
    </context>
    <context>
        <name>PersonsPage</name>
        <message>
            <source>People</source>
            <translation>Personer</translation>
        </message>
        <message>
            <source>Search by name, title, organisation, sector, e-mail or phone  (Ctrl+F)</source>
            <translation>Søg på navn, titel, organisation, sektor, e-mail eller telefon  (Ctrl+F)</translation>
        </message>
        <message>
            <source>Search the directory</source>
            <translation>Søg i personregistret</translation>
        </message>
        <message>
            <source>&amp;New person…</source>
            <translation>&amp;Ny person…</translation>
        </message>
        <message>
            <source>The directory is empty. People are added here with New person, or when you add them to a case's network.</source>
            <translation>Personlisten er tom. Du tilføjer personer her med Ny person, eller når du tilføjer dem til en sags netværk.</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n person(s) shown</source>
            <translation>
                <numerusform>%1 af %n person vist</numerusform>
                <numerusform>%1 af %n personer vist</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PlanImportDialog</name>
        <message>
            <source>Read in plan</source>
            <translation>Læs plan ind</translation>
        </message>
        <message>
            <source>Plan for %1</source>
            <translation>Plan for %1</translation>
        </message>
        <message>
            <source>Read the agreements into</source>
            <translation>Læs aftalerne ind i</translation>
        </message>
        <message>
            <source>An &amp;existing case</source>
            <translation>En &amp;eksisterende sag</translation>
        </message>
        <message>
            <source>A &amp;new case for %1</source>
            <translation>En &amp;ny sag for %1</translation>
        </message>
        <message>
            <source>Search cases</source>
            <translation>Søg i sagerne</translation>
        </message>
        <message>
            <source>Search by name or case number</source>
            <translation>Søg på navn eller sagsnummer</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Sager</translation>
        </message>
        <message>
            <source>&amp;Read in</source>
            <translation>&amp;Læs ind</translation>
        </message>
        <message>
            <source>Their case number: %1</source>
            <translation>Afsenderens sagsnummer: %1</translation>
        </message>
        <message>
            <source>signed off %1</source>
            <translation>godkendt %1</translation>
        </message>
        <message>
            <source>next meeting %1</source>
            <translation>næste møde %1</translation>
        </message>
        <message>
            <source>The plan has no agreements.</source>
            <translation>Planen har ingen aftaler.</translation>
        </message>
        <message numerus="yes">
            <source>%n agreement(s) to follow up:</source>
            <translation>
                <numerusform>%n aftale til opfølgning:</numerusform>
                <numerusform>%n aftaler til opfølgning:</numerusform>
            </translation>
        </message>
        <message>
            <source>ongoing</source>
            <translation>løbende</translation>
        </message>
        <message>
            <source>no deadline</source>
            <translation>ingen frist</translation>
        </message>
        <message>
            <source>no one responsible</source>
            <translation>ingen ansvarlig</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more</source>
            <translation>
                <numerusform>… og %n mere</numerusform>
                <numerusform>… og %n mere</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose the case the plan belongs to, or read it into a new case.</source>
            <translation>Vælg den sag, planen hører til, eller læs den ind i en ny sag.</translation>
        </message>
        <message>
            <source>Plans (*.pdf);;All files (*)</source>
            <translation>Planer (*.pdf);;Alle filer (*)</translation>
        </message>
        <message>
            <source>The file cannot be read: %1</source>
            <translation>Filen kan ikke læses: %1</translation>
        </message>
    </context>
    <context>
        <name>PlanView</name>
        <message>
            <source>&amp;Sign off and lock…</source>
            <translation>&amp;Godkend og lås…</translation>
        </message>
        <message>
            <source>Lock the text, the agreements and the participants as a version of the cross-sector plan</source>
            <translation>Lås teksten, aftalerne og deltagerne som en version af den tværsektorielle plan</translation>
        </message>
        <message>
            <source>&amp;New version…</source>
            <translation>&amp;Ny version…</translation>
        </message>
        <message>
            <source>Change a signed plan: a new version with a reason, to be signed off again</source>
            <translation>Ændr en godkendt plan: en ny version med en begrundelse, som godkendes igen</translation>
        </message>
        <message>
            <source>Sen&amp;d the plan…</source>
            <translation>Sen&amp;d planen…</translation>
        </message>
        <message>
            <source>The plan as PDF, with an e-mail draft to the participants</source>
            <translation>Planen som PDF med en e-mailkladde til deltagerne</translation>
        </message>
        <message>
            <source>Plan ne&amp;xt meeting…</source>
            <translation>Planlæg næste &amp;møde…</translation>
        </message>
        <message>
            <source>A draft of the next network meeting: the same network, the date the minutes agreed and the open agreements to follow up</source>
            <translation>En kladde til næste netværksmøde: samme netværk, den dato, referatet aftalte, og de åbne aftaler til opfølgning</translation>
        </message>
        <message>
            <source>&amp;1  Minutes</source>
            <translation>&amp;1  Referat</translation>
        </message>
        <message>
            <source>&amp;2  Agreements</source>
            <translation>&amp;2  Aftaler</translation>
        </message>
        <message>
            <source>Smaller (Ctrl+-)</source>
            <translation>Mindre (Ctrl+-)</translation>
        </message>
        <message>
            <source>Larger (Ctrl++)</source>
            <translation>Større (Ctrl++)</translation>
        </message>
        <message>
            <source>Plan: %1</source>
            <translation>Plan: %1</translation>
        </message>
        <message>
            <source>Signed off · version %1</source>
            <translation>Godkendt · version %1</translation>
        </message>
        <message>
            <source>Awaiting sign-off · version %1</source>
            <translation>Venter på godkendelse · version %1</translation>
        </message>
        <message>
            <source>Cross-sector plan</source>
            <translation>Tværsektoriel plan</translation>
        </message>
        <message>
            <source>no time set</source>
            <translation>intet tidspunkt</translation>
        </message>
        <message>
            <source>The plan is signed off: version %1, %2, fingerprint %3. It cannot change; a correction becomes a new version.</source>
            <translation>Planen er godkendt: version %1, %2, fingeraftryk %3. Den kan ikke ændres; en rettelse bliver en ny version.</translation>
        </message>
        <message>
            <source>Preview of the PDF that is sent – version %1</source>
            <translation>Den PDF, der sendes – version %1</translation>
        </message>
        <message>
            <source>Correct the minutes and the agreements, and record the approvals. Then sign off.</source>
            <translation>Ret referatet og aftalerne, og notér godkendelserne. Godkend og lås derefter planen.</translation>
        </message>
        <message>
            <source>New version – reason: %1</source>
            <translation>Ny version – begrundelse: %1</translation>
        </message>
        <message>
            <source>Preview of the PDF that is sent – a draft until it is signed off</source>
            <translation>Den PDF, der sendes – udkast, indtil planen er godkendt</translation>
        </message>
        <message>
            <source>Send the plan</source>
            <translation>Send planen</translation>
        </message>
        <message>
            <source>Sign off</source>
            <translation>Godkend</translation>
        </message>
        <message>
            <source>&amp;3  Attendance</source>
            <translation>&amp;3  Fremmøde</translation>
        </message>
        <message>
            <source>&amp;4  Approval</source>
            <translation>&amp;4  Godkendelse</translation>
        </message>
        <message>
            <source>&amp;5  Versions</source>
            <translation>&amp;5  Versioner</translation>
        </message>
        <message>
            <source>Sign off the plan</source>
            <translation>Godkend planen</translation>
        </message>
        <message>
            <source>Sign off and lock version %1 of the cross-sector plan?

The text, the agreements and the participants are frozen and get a fingerprint. A later change becomes a new version.</source>
            <translation>Godkend og lås version %1 af den tværsektorielle plan?

Teksten, aftalerne og deltagerne låses og får et fingeraftryk. En senere ændring bliver en ny version.</translation>
        </message>
        <message>
            <source>New version of the plan</source>
            <translation>Ny version af planen</translation>
        </message>
        <message>
            <source>Why must the signed plan change? The reason is printed in the new version and kept in the baton log.</source>
            <translation>Hvorfor skal den godkendte plan ændres? Begrundelsen står i den nye version og gemmes i stafetloggen.</translation>
        </message>
        <message>
            <source>&amp;Open version %1</source>
            <translation>&amp;Opret version %1</translation>
        </message>
        <message>
            <source>e.g. the school's deadline has moved</source>
            <translation>fx er skolens frist rykket</translation>
        </message>
        <message>
            <source>New version</source>
            <translation>Ny version</translation>
        </message>
    </context>
    <context>
        <name>PresentationWindow</name>
        <message>
            <source>Close shared screen (Esc)</source>
            <translation>Luk delt skærm (Esc)</translation>
        </message>
        <message>
            <source>A network meeting makes agreements. Decisions on municipal interventions are not taken here.</source>
            <translation>På et netværksmøde indgås aftaler. Der træffes ikke afgørelser om kommunale indsatser.</translation>
        </message>
        <message>
            <source>Network meeting about %1</source>
            <translation>Netværksmøde om %1</translation>
        </message>
        <message>
            <source>Network meeting</source>
            <translation>Netværksmøde</translation>
        </message>
        <message>
            <source>AGENDA</source>
            <translation>DAGSORDEN</translation>
        </message>
        <message>
            <source>The meeting is about to begin</source>
            <translation>Mødet begynder om lidt</translation>
        </message>
        <message>
            <source>NOW  ·  ITEM %1 OF %2</source>
            <translation>NU  ·  PUNKT %1 AF %2</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1 min</translation>
        </message>
        <message>
            <source>Agreements so far</source>
            <translation>Aftaler indtil nu</translation>
        </message>
        <message>
            <source>Agreements</source>
            <translation>Aftaler</translation>
        </message>
        <message>
            <source>No new agreements at this meeting.</source>
            <translation>Ingen nye aftaler på dette møde.</translation>
        </message>
        <message>
            <source>No agreements yet.</source>
            <translation>Ingen aftaler endnu.</translation>
        </message>
        <message>
            <source>ongoing</source>
            <translation>løbende</translation>
        </message>
        <message>
            <source>deadline %1</source>
            <translation>frist %1</translation>
        </message>
    </context>
    <context>
        <name>PreviewPane</name>
        <message>
            <source>Preparing the preview…</source>
            <translation>Forbereder forhåndsvisningen…</translation>
        </message>
        <message>
            <source>The preview could not be made. The export will say why.</source>
            <translation>Forhåndsvisningen kunne ikke laves. Eksporten fortæller hvorfor.</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Side %1 af %2</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <source>Print %1</source>
            <translation>Udskriv %1</translation>
        </message>
    </context>
    <context>
        <name>ReasonDialog</name>
        <message>
            <source>Please write the reason – it is kept with the meeting.</source>
            <translation>Skriv begrundelsen – den gemmes sammen med mødet.</translation>
        </message>
    </context>
    <context>
        <name>ReceiveDialog</name>
        <message>
            <source>Receive case</source>
            <translation>Modtag sag</translation>
        </message>
        <message>
            <source>Receive a case from another KIT Desk</source>
            <translation>Modtag en sag fra en anden KIT Desk</translation>
        </message>
        <message>
            <source>Choose the file (.kitdesk) you were sent, and type the passphrase the sender gave you by phone or another way. Nothing is added before you have seen what the file holds.</source>
            <translation>Vælg den fil (.kitdesk), du har fået tilsendt, og skriv den adgangskode, afsenderen har givet dig i telefonen eller ad en anden vej. Intet bliver tilføjet, før du har set, hvad filen indeholder.</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>&amp;Vælg…</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;Fil:</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Adgangskode:</translation>
        </message>
        <message>
            <source>&amp;Open the file</source>
            <translation>&amp;Åbn filen</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuller</translation>
        </message>
        <message>
            <source>Choose the file you were sent</source>
            <translation>Vælg den fil, du har fået tilsendt</translation>
        </message>
        <message>
            <source>Handed-over case (*.kitdesk);;All files (*)</source>
            <translation>Overdraget sag (*.kitdesk);;Alle filer (*)</translation>
        </message>
        <message>
            <source>Choose the file you were sent.</source>
            <translation>Vælg den fil, du har fået tilsendt.</translation>
        </message>
        <message>
            <source>Case %1 about %2</source>
            <translation>Sag %1 om %2</translation>
        </message>
        <message>
            <source>Handed over by %1 on %2.</source>
            <translation>Overdraget af %1 den %2.</translation>
        </message>
        <message>
            <source>People who may already be in your directory</source>
            <translation>Personer, der måske allerede findes i dit personregister</translation>
        </message>
        <message>
            <source>Added to the directory as new: %1.</source>
            <translation>Oprettes som nye i personregistret: %1.</translation>
        </message>
        <message>
            <source>&amp;Receive the case</source>
            <translation>&amp;Modtag sagen</translation>
        </message>
        <message>
            <source>same e-mail address</source>
            <translation>samme e-mailadresse</translation>
        </message>
        <message>
            <source>same name and organisation</source>
            <translation>samme navn og arbejdssted</translation>
        </message>
        <message>
            <source>In the file: %1
In your directory (%2): %3</source>
            <translation>I filen: %1
I dit personregister (%2): %3</translation>
        </message>
        <message>
            <source>Use existing</source>
            <translation>Brug eksisterende</translation>
        </message>
        <message>
            <source>Create new</source>
            <translation>Opret ny</translation>
        </message>
        <message>
            <source>The case is already here (%1)</source>
            <translation>Sagen findes allerede her (%1)</translation>
        </message>
        <message>
            <source>What differs:</source>
            <translation>Forskelle:</translation>
        </message>
        <message>
            <source>Keep both – the two cases stay apart</source>
            <translation>Behold begge – de to sager holdes adskilt</translation>
        </message>
        <message>
            <source>Update the case here from the file</source>
            <translation>Opdatér sagen her fra filen</translation>
        </message>
        <message>
            <source>The case here was changed later than the copy in the file, so it cannot be updated from the file.</source>
            <translation>Sagen her er ændret senere end udgaven i filen, så den kan ikke opdateres fra filen.</translation>
        </message>
    </context>
    <context>
        <name>RecordTable</name>
        <message>
            <source>Column headings</source>
            <translation>Kolonneoverskrifter</translation>
        </message>
    </context>
    <context>
        <name>Recovery</name>
        <message>
            <source>Nothing has been changed. There is no usable backup to go back to.

The damaged file is kept as it is:
%1

Contact your IT support: they may be able to rescue data from it.</source>
            <translation>Intet er ændret. Der er ingen brugbar sikkerhedskopi at gå tilbage til.

Den beskadigede fil bevares, som den er:
%1

Kontakt din IT-support: de kan måske redde data fra den.</translation>
        </message>
        <message>
            <source>Nothing has been changed yet.

Restore the backup from %1? Anything entered after %1 is not in the backup. The damaged file is kept in the folder %2.</source>
            <translation>Intet er ændret endnu.

Vil du gendanne sikkerhedskopien fra %1? Det, der er indtastet efter %1, er ikke med i sikkerhedskopien. Den beskadigede fil gemmes i mappen %2.</translation>
        </message>
        <message>
            <source>Nothing has been changed. The damaged file is still here:
%1

KIT Desk will close now. Start it again when you want to restore the backup.</source>
            <translation>Intet er ændret. Den beskadigede fil ligger stadig her:
%1

KIT Desk lukker nu. Start programmet igen, når du vil gendanne sikkerhedskopien.</translation>
        </message>
        <message>
            <source>KIT Desk cannot open your data, because the database file is damaged.</source>
            <translation>KIT Desk kan ikke åbne dine data, fordi databasefilen er beskadiget.</translation>
        </message>
        <message>
            <source>The backup from %1 has been restored.

The damaged file is kept here:
%2</source>
            <translation>Sikkerhedskopien fra %1 er gendannet.

Den beskadigede fil er gemt her:
%2</translation>
        </message>
        <message>
            <source>The backup could not be restored.

%1

The damaged file is here:
%2</source>
            <translation>Sikkerhedskopien kunne ikke gendannes.

%1

Den beskadigede fil ligger her:
%2</translation>
        </message>
        <message>
            <source>Restore the backup from %1</source>
            <translation>Gendan sikkerhedskopien fra %1</translation>
        </message>
        <message>
            <source>Close KIT Desk</source>
            <translation>Luk KIT Desk</translation>
        </message>
        <message>
            <source>The database file is damaged. What KIT Desk shows now may be incomplete, and what you enter now may not be kept.</source>
            <translation>Databasefilen er beskadiget. Det, KIT Desk viser nu, kan være ufuldstændigt, og det, du skriver nu, bliver måske ikke gemt.</translation>
        </message>
        <message>
            <source>Do not enter anything more now. Close KIT Desk and start it again: it will then offer to restore the newest usable backup.</source>
            <translation>Skriv ikke mere ind nu. Luk KIT Desk, og start programmet igen: så tilbyder det at gendanne den nyeste brugbare sikkerhedskopi.</translation>
        </message>
    </context>
    <context>
        <name>RecoveryKeyDialog</name>
        <message>
            <source>KIT Desk – your recovery key</source>
            <translation>KIT Desk – din gendannelsesnøgle</translation>
        </message>
        <message>
            <source>Your recovery key</source>
            <translation>Din gendannelsesnøgle</translation>
        </message>
        <message>
            <source>If you forget the passphrase, this key is the only way back to your data. Write it down or print it, and keep the paper somewhere safe – not with the computer. It is shown only this once.</source>
            <translation>Glemmer du adgangskoden, er denne nøgle den eneste vej tilbage til dine data. Skriv den ned eller udskriv den, og gem papiret et sikkert sted – ikke sammen med computeren. Den vises kun denne ene gang.</translation>
        </message>
        <message>
            <source>Recovery key</source>
            <translation>Gendannelsesnøgle</translation>
        </message>
        <message>
            <source>Letters and digits that look alike (O and 0, I and 1, B and 8) are read the same when you type the key in; the dashes do not matter.</source>
            <translation>Bogstaver og cifre, der ligner hinanden (O og 0, I og 1, B og 8), læses ens, når du skriver nøglen; bindestregerne er ligegyldige.</translation>
        </message>
        <message>
            <source>I have &amp;written the key down or printed it</source>
            <translation>Jeg har &amp;skrevet nøglen ned eller udskrevet den</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Udskriv…</translation>
        </message>
        <message>
            <source>&amp;Continue</source>
            <translation>&amp;Fortsæt</translation>
        </message>
        <message>
            <source>KIT Desk – recovery key</source>
            <translation>KIT Desk – gendannelsesnøgle</translation>
        </message>
        <message>
            <source>Opens the encrypted data of KIT Desk on one computer if the passphrase is forgotten. Keep this paper locked away, apart from the computer.</source>
            <translation>Åbner de krypterede data i KIT Desk på én computer, hvis adgangskoden er glemt. Opbevar papiret låst inde og adskilt fra computeren.</translation>
        </message>
    </context>
    <context>
        <name>ReportPage</name>
        <message>
            <source>Self-evaluation</source>
            <translation>Selvevaluering</translation>
        </message>
        <message>
            <source>&amp;Save report…</source>
            <translation>&amp;Gem rapporten…</translation>
        </message>
        <message>
            <source>Saves the report as PDF, CSV and Excel in a folder you choose.</source>
            <translation>Gemmer rapporten som PDF, CSV og Excel i en mappe, du vælger.</translation>
        </message>
        <message>
            <source>&amp;GP fee list…</source>
            <translation>&amp;Honorarliste, almen praksis…</translation>
        </message>
        <message>
            <source>Each GP's participation in the period, for the municipality's payment. Names the GPs, never the child.</source>
            <translation>Hver almen praktiserende læges deltagelse i perioden, til kommunens betaling. Nævner lægerne, aldrig barnet.</translation>
        </message>
        <message>
            <source>Merge &amp;colleagues' figures…</source>
            <translation>&amp;Flet tal fra kolleger…</translation>
        </message>
        <message>
            <source>Adds up the figure files colleagues saved with their reports (*.kitdesk-tal.json) into one report for the team or the municipality.</source>
            <translation>Lægger filerne med nøgletal, som kolleger har gemt sammen med deres rapporter (*.kitdesk-tal.json), sammen til én rapport for teamet eller kommunen.</translation>
        </message>
        <message>
            <source>Merge colleagues' figures</source>
            <translation>Flet tal fra kolleger</translation>
        </message>
        <message>
            <source>&amp;Back to this data folder</source>
            <translation>Tilbage til &amp;denne datamappe</translation>
        </message>
        <message>
            <source>Shows the report counted from this data folder again.</source>
            <translation>Viser igen rapporten, der er talt ud fra denne datamappe.</translation>
        </message>
        <message>
            <source>Open &amp;folder</source>
            <translation>Åbn &amp;mappen</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Måned</translation>
        </message>
        <message>
            <source>Quarter</source>
            <translation>Kvartal</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>År</translation>
        </message>
        <message>
            <source>From–to</source>
            <translation>Fra–til</translation>
        </message>
        <message>
            <source>Kind of period</source>
            <translation>Slags periode</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>Periode</translation>
        </message>
        <message>
            <source>First day</source>
            <translation>Første dag</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>Sidste dag</translation>
        </message>
        <message>
            <source>&amp;Period</source>
            <translation>&amp;Periode</translation>
        </message>
        <message>
            <source>&amp;Municipality</source>
            <translation>&amp;Kommune</translation>
        </message>
        <message>
            <source>Sc&amp;hool / day care</source>
            <translation>Sk&amp;ole / dagtilbud</translation>
        </message>
        <message>
            <source>Sec&amp;tor in the network</source>
            <translation>Sek&amp;tor i netværket</translation>
        </message>
        <message>
            <source>The merged report is saved in %1 as PDF, CSV and Excel.</source>
            <translation>Den flettede rapport er gemt i %1 som PDF, CSV og Excel.</translation>
        </message>
        <message>
            <source>The report is saved in %1 as PDF, CSV and Excel, with the figure file colleagues can merge.</source>
            <translation>Rapporten er gemt i %1 som PDF, CSV og Excel sammen med filen med nøgletal, som kolleger kan flette.</translation>
        </message>
        <message>
            <source>Choose the figure files to merge (yours too)</source>
            <translation>Vælg filerne med nøgletal, der skal flettes (også din egen)</translation>
        </message>
        <message>
            <source>Figure files (*%1)</source>
            <translation>Filer med nøgletal (*%1)</translation>
        </message>
        <message>
            <source>The GP fee list is not merged: it names the GPs. Save it from each data folder.</source>
            <translation>Honorarlisten flettes ikke, da den nævner lægerne. Gem den fra hver datamappe for sig.</translation>
        </message>
        <message>
            <source>Merged from %1 figure files: the counts are added up, and a figure based on fewer than %2 children shows "&lt; %2".</source>
            <translation>Lagt sammen af %1 filer med nøgletal: tallene er summeret, og et tal, der bygger på færre end %2 børn, vises som »&lt; %2«.</translation>
        </message>
        <message>
            <source>Showing the figures of %1 files for %2, %3.</source>
            <translation>Viser nøgletallene fra %1 filer for %2, %3.</translation>
        </message>
        <message>
            <source>Counted from the cases in this data folder. A figure based on fewer than %1 children shows "&lt; %1"; the report names no child.</source>
            <translation>Talt ud fra sagerne i denne datamappe. Et tal, der bygger på færre end %1 børn, vises som »&lt; %1«; rapporten nævner intet barn.</translation>
        </message>
        <message>
            <source>The report</source>
            <translation>Rapporten</translation>
        </message>
        <message>
            <source>Quarter %1 %2</source>
            <translation>%1. kvartal %2</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Alle</translation>
        </message>
        <message>
            <source>Write the first and the last day of the period as dd.mm.yyyy, the last on or after the first.</source>
            <translation>Skriv periodens første og sidste dag som dd.mm.åååå, den sidste samme dag som eller efter den første.</translation>
        </message>
        <message>
            <source>Choose the folder for the report</source>
            <translation>Vælg mappen til rapporten</translation>
        </message>
        <message>
            <source>Choose the folder for the GP fee list</source>
            <translation>Vælg mappen til honorarlisten</translation>
        </message>
        <message>
            <source>The GP fee list is saved in %1 as PDF and CSV.</source>
            <translation>Honorarlisten er gemt i %1 som PDF og CSV.</translation>
        </message>
        <message>
            <source>Writing the files…</source>
            <translation>Skriver filerne…</translation>
        </message>
        <message>
            <source>The files could not be written.</source>
            <translation>Filerne kunne ikke skrives.</translation>
        </message>
        <message>
            <source>Nothing was written. Try again, or choose another folder.</source>
            <translation>Intet er skrevet. Prøv igen, eller vælg en anden mappe.</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>Restore from backup</source>
            <translation>Gendan fra sikkerhedskopi</translation>
        </message>
        <message>
            <source>Choose the backup to go back to. Anything entered after that day is not in the backup.</source>
            <translation>Vælg den sikkerhedskopi, du vil gå tilbage til. Det, der er indtastet efter den dag, er ikke med i sikkerhedskopien.</translation>
        </message>
        <message>
            <source>There are no backups yet. KIT Desk makes one every time you close it.</source>
            <translation>Der er ingen sikkerhedskopier endnu. KIT Desk tager en, hver gang du lukker programmet.</translation>
        </message>
        <message>
            <source>Backups are kept in: %1</source>
            <translation>Sikkerhedskopierne ligger i: %1</translation>
        </message>
        <message>
            <source>&amp;Restore…</source>
            <translation>&amp;Gendan…</translation>
        </message>
        <message>
            <source>(today)</source>
            <translation>(i dag)</translation>
        </message>
        <message>
            <source>(yesterday)</source>
            <translation>(i går)</translation>
        </message>
        <message>
            <source>Restore the backup from %1?

Your current data is not deleted: it is kept aside in the folder %2.

KIT Desk will close and open again with the backup. Anything entered after %1 will not be there.</source>
            <translation>Vil du gendanne sikkerhedskopien fra %1?

Dine nuværende data bliver ikke slettet: de gemmes til side i mappen %2.

KIT Desk lukker og åbner igen med sikkerhedskopien. Det, der er indtastet efter %1, vil ikke være med.</translation>
        </message>
        <message>
            <source>Restore it anyway?</source>
            <translation>Vil du gendanne den alligevel?</translation>
        </message>
    </context>
    <context>
        <name>RetentionDialog</name>
        <message>
            <source>Closed cases due for deletion</source>
            <translation>Afsluttede sager til sletning</translation>
        </message>
        <message>
            <source>Closed cases kept longer than %1 months</source>
            <translation>Afsluttede sager, der er gemt mere end %1 måneder</translation>
        </message>
        <message>
            <source>Closed cases are kept %1 months after they were closed (File ▸ Settings). KIT Desk never deletes anything by itself: choose a case and delete it – or open it first to check. A signed plan should be filed in the case system before.</source>
            <translation>Afsluttede sager gemmes %1 måneder efter afslutningen (Filer ▸ Indstillinger). KIT Desk sletter aldrig noget af sig selv: vælg en sag, og slet den – eller åbn den først for at se efter. En godkendt plan bør være journaliseret i sagssystemet først.</translation>
        </message>
        <message>
            <source>Case number</source>
            <translation>Sagsnr.</translation>
        </message>
        <message>
            <source>Child</source>
            <translation>Barn</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Afsluttet</translation>
        </message>
        <message>
            <source>Due since</source>
            <translation>Kan slettes fra</translation>
        </message>
        <message>
            <source>No closed case is kept longer than the setting says.</source>
            <translation>Ingen afsluttet sag er gemt længere end indstillingen siger.</translation>
        </message>
        <message>
            <source>&amp;Open case</source>
            <translation>&amp;Åbn sagen</translation>
        </message>
        <message>
            <source>&amp;Delete case…</source>
            <translation>&amp;Slet sagen…</translation>
        </message>
    </context>
    <context>
        <name>SaveBanner</name>
        <message>
            <source>✓ Saved at %1</source>
            <translation>✓ Gemt kl. %1</translation>
        </message>
        <message>
            <source>Not saved yet</source>
            <translation>Ikke gemt endnu</translation>
        </message>
        <message>
            <source>Not saved since %1.</source>
            <translation>Ikke gemt siden kl. %1.</translation>
        </message>
        <message>
            <source>Not saved yet.</source>
            <translation>Ikke gemt endnu.</translation>
        </message>
        <message>
            <source>KIT Desk keeps trying, and saves what you type as soon as it can – until then it exists only in this window. Do not close it.</source>
            <translation>KIT Desk prøver igen hele tiden og gemmer det, du skriver, så snart det kan – indtil da findes det kun i dette vindue. Luk det ikke.</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Ikke gemt</translation>
        </message>
        <message>
            <source>What you typed last was not saved: %1</source>
            <translation>Det, du skrev sidst, blev ikke gemt: %1</translation>
        </message>
    </context>
    <context>
        <name>SaveState</name>
        <message>
            <source>Not saved – %1</source>
            <translation>Ikke gemt – %1</translation>
        </message>
        <message>
            <source>What you have typed since %1 is not saved yet.</source>
            <translation>Det, du har skrevet siden kl. %1, er ikke gemt endnu.</translation>
        </message>
        <message>
            <source>What you have typed is not saved yet.</source>
            <translation>Det, du har skrevet, er ikke gemt endnu.</translation>
        </message>
        <message>
            <source>If you keep the window open, KIT Desk saves it as soon as it can. If you close anyway, what is not saved is lost.</source>
            <translation>Lader du vinduet være åbent, gemmer KIT Desk det, så snart det kan. Lukker du alligevel, går det, der ikke er gemt, tabt.</translation>
        </message>
        <message>
            <source>Keep the window open</source>
            <translation>Lad vinduet være åbent</translation>
        </message>
        <message>
            <source>Try again</source>
            <translation>Prøv igen</translation>
        </message>
        <message>
            <source>Close anyway – it will be lost</source>
            <translation>Luk alligevel – det går tabt</translation>
        </message>
        <message>
            <source>What you have typed is not saved yet, so this cannot be done now. Keep the window open: KIT Desk saves it as soon as it can, and then you can go on.</source>
            <translation>Det, du har skrevet, er ikke gemt endnu, så det kan ikke gøres nu. Lad vinduet være åbent: KIT Desk gemmer det, så snart det kan, og så kan du fortsætte.</translation>
        </message>
    </context>
    <context>
        <name>SendChecklist</name>
        <message>
            <source>Before sending</source>
            <translation>Før du sender</translation>
        </message>
        <message>
            <source>Send &amp;without consent…</source>
            <translation>Send &amp;uden samtykke…</translation>
        </message>
        <message>
            <source>&amp;Withdraw the reason</source>
            <translation>&amp;Træk begrundelsen tilbage</translation>
        </message>
        <message>
            <source>The child/young person and the family were &amp;asked whether the meeting may be virtual</source>
            <translation>Barnet/den unge og familien er &amp;blevet spurgt, om mødet må holdes virtuelt</translation>
        </message>
        <message>
            <source>The participants were a&amp;greed with the child/young person and the family</source>
            <translation>Deltagerne er a&amp;ftalt med barnet/den unge og familien</translation>
        </message>
        <message>
            <source>Send without the famil&amp;y…</source>
            <translation>Send uden famili&amp;en…</translation>
        </message>
        <message>
            <source>Withdraw the reason</source>
            <translation>Træk begrundelsen tilbage</translation>
        </message>
        <message>
            <source>Write why &amp;another side writes the minutes…</source>
            <translation>Skriv, hvorfor en &amp;anden part skriver referatet…</translation>
        </message>
        <message>
            <source>Fill in your name and e-mail under Settings – they are the organiser of the invitation, and afbud is sent to you.</source>
            <translation>Udfyld dit navn og din e-mail under Indstillinger – de står som mødeindkalder på indkaldelsen, og afbud sendes til dig.</translation>
        </message>
        <message>
            <source>Purpose, agenda, time, place and chair are in place.</source>
            <translation>Formål, dagsorden, tidspunkt, sted og mødeleder er på plads.</translation>
        </message>
        <message>
            <source>The meeting</source>
            <translation>Mødet</translation>
        </message>
        <message>
            <source>The child and the family</source>
            <translation>Barnet og familien</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Referat</translation>
        </message>
        <message>
            <source>In good time</source>
            <translation>I god tid</translation>
        </message>
        <message>
            <source>Information exchanged before the meeting</source>
            <translation>Oplysninger udvekslet før mødet</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Samtykke</translation>
        </message>
        <message>
            <source>From the family: %1</source>
            <translation>Fra familien: %1</translation>
        </message>
        <message>
            <source>Neither a parent nor the child is invited, because: %1</source>
            <translation>Hverken en forælder eller barnet er inviteret, fordi: %1</translation>
        </message>
        <message>
            <source>Agree with the child/young person and the family who takes part, and tick below.</source>
            <translation>Aftal med barnet/den unge og familien, hvem der deltager, og sæt flueben herunder.</translation>
        </message>
        <message>
            <source>%1 writes the minutes, although another side invites, because: %2</source>
            <translation>%1 skriver referatet, selv om en anden part indkalder, fordi: %2</translation>
        </message>
        <message>
            <source>Nothing exchanged yet – consider sending a treatment plan or status note before the meeting.</source>
            <translation>Der er endnu ikke udvekslet noget – overvej at sende en behandlingsplan eller et statusnotat før mødet.</translation>
        </message>
        <message>
            <source>%1 sent %2 (%3 → %4)</source>
            <translation>%1 sendt den %2 (%3 → %4)</translation>
        </message>
        <message>
            <source>%1 on %2 (%3 → %4)</source>
            <translation>%1 den %2 (%3 → %4)</translation>
        </message>
        <message>
            <source>No treatment plan, status note or dialogue yet – consider sending one before the meeting.</source>
            <translation>Endnu ingen behandlingsplan, statusnotat eller dialog – overvej at sende en behandlingsplan eller et statusnotat før mødet.</translation>
        </message>
        <message>
            <source>Consent valid on %1 covers every invited sector.</source>
            <translation>Der er gyldigt samtykke den %1 for alle indkaldte sektorer.</translation>
        </message>
        <message>
            <source>No valid consent on %1 for: %2. Sent without consent because: %3</source>
            <translation>Intet gyldigt samtykke den %1 for: %2. Sendes uden samtykke med begrundelsen: %3</translation>
        </message>
        <message>
            <source>No valid consent on %1 for: %2. Record the family's consent in the case's Consent tab – or send without consent and write why.</source>
            <translation>Intet gyldigt samtykke den %1 for: %2. Registrér familiens samtykke under sagens fane Samtykke – eller send uden samtykke, og skriv hvorfor.</translation>
        </message>
        <message>
            <source>Virtual meeting</source>
            <translation>Virtuelt møde</translation>
        </message>
        <message>
            <source>Meeting by telephone</source>
            <translation>Telefonmøde</translation>
        </message>
        <message>
            <source>The child/young person and the family were &amp;asked whether the meeting may be held by telephone</source>
            <translation>Barnet/den unge og familien er &amp;blevet spurgt, om mødet må holdes som telefonmøde</translation>
        </message>
        <message>
            <source>Send without consent</source>
            <translation>Send uden samtykke</translation>
        </message>
        <message>
            <source>No valid consent covers: %1.

Why may the invitation be sent anyway? The reason is kept with the meeting.</source>
            <translation>Intet gyldigt samtykke omfatter: %1.

Hvorfor må indkaldelsen sendes alligevel? Begrundelsen gemmes sammen med mødet.</translation>
        </message>
        <message>
            <source>&amp;Send without consent</source>
            <translation>&amp;Send uden samtykke</translation>
        </message>
        <message>
            <source>e.g. the mother consented by phone today; the written consent follows</source>
            <translation>fx gav mor samtykke telefonisk i dag; det skriftlige samtykke eftersendes</translation>
        </message>
        <message>
            <source>Withdraw the reason for sending without consent</source>
            <translation>Træk begrundelsen for at sende uden samtykke tilbage</translation>
        </message>
        <message>
            <source>Send without the family</source>
            <translation>Send uden familien</translation>
        </message>
        <message>
            <source>Neither a parent nor the child/young person is invited. The child and the family take part in the network meeting unless there is a reason.

Why is the meeting held without them? The reason is kept with the meeting.</source>
            <translation>Hverken en forælder eller barnet/den unge er inviteret. Barnet og familien deltager i netværksmødet, medmindre der er en grund.

Hvorfor holdes mødet uden dem? Begrundelsen gemmes med mødet.</translation>
        </message>
        <message>
            <source>&amp;Send without the family</source>
            <translation>&amp;Send uden familien</translation>
        </message>
        <message>
            <source>e.g. the parents asked that the professionals meet first; they are told the same day</source>
            <translation>fx forældrene har bedt om, at fagpersonerne mødes først; de får besked samme dag</translation>
        </message>
        <message>
            <source>Withdraw the reason for sending without the family</source>
            <translation>Træk begrundelsen for at sende uden familien tilbage</translation>
        </message>
        <message>
            <source>Withdraw the reason for the minute-taker</source>
            <translation>Træk begrundelsen for referenten tilbage</translation>
        </message>
        <message>
            <source>Mark that the participants were agreed with the family</source>
            <translation>Markér, at deltagerne er aftalt med familien</translation>
        </message>
        <message>
            <source>Mark that the family was asked about a virtual meeting</source>
            <translation>Markér, at familien er spurgt om et virtuelt møde</translation>
        </message>
        <message>
            <source>Minute-taker from another side</source>
            <translation>Referent fra en anden part</translation>
        </message>
        <message>
            <source>The party that invites writes the minutes. %1 is not from the side that invites.

Why does %1 write them? The reason is kept with the meeting and printed on the plan.</source>
            <translation>Den part, der indkalder, skriver referatet. %1 er ikke fra den part, der indkalder.

Hvorfor skriver %1 referatet? Begrundelsen gemmes med mødet og står på planen.</translation>
        </message>
        <message>
            <source>&amp;Save the reason</source>
            <translation>&amp;Gem begrundelsen</translation>
        </message>
        <message>
            <source>e.g. the chair leads the meeting and cannot write at the same time</source>
            <translation>fx mødelederen leder mødet og kan ikke skrive samtidig</translation>
        </message>
        <message>
            <source>Write why %1 writes the minutes</source>
            <translation>Skriv, hvorfor %1 skriver referatet</translation>
        </message>
    </context>
    <context>
        <name>SendSection</name>
        <message>
            <source>Send the invitation</source>
            <translation>Send indkaldelsen</translation>
        </message>
        <message>
            <source>&amp;Cancel meeting…</source>
            <translation>&amp;Aflys mødet…</translation>
        </message>
        <message>
            <source>Save the files in:</source>
            <translation>Gem filerne i:</translation>
        </message>
        <message>
            <source>Choose &amp;folder…</source>
            <translation>Vælg &amp;mappe…</translation>
        </message>
        <message>
            <source>&amp;Send invitation</source>
            <translation>&amp;Send indkaldelse</translation>
        </message>
        <message>
            <source>Send &amp;update</source>
            <translation>Send &amp;opdatering</translation>
        </message>
        <message>
            <source>Send to &amp;new participants</source>
            <translation>Send til &amp;nye deltagere</translation>
        </message>
        <message>
            <source>Fix the lines marked ✖ first.</source>
            <translation>Ret først linjerne markeret med ✖.</translation>
        </message>
        <message>
            <source>Writing the files…</source>
            <translation>Skriver filerne…</translation>
        </message>
        <message>
            <source>Open e-mail &amp;draft</source>
            <translation>Åbn e-mail&amp;kladde</translation>
        </message>
        <message>
            <source>Open f&amp;older</source>
            <translation>Åbn ma&amp;ppe</translation>
        </message>
        <message>
            <source>The time or place has changed since the invitation was sent. Send an update so everyone's calendar shows the meeting right.</source>
            <translation>Tidspunkt eller sted er ændret, siden indkaldelsen blev sendt. Send en opdatering, så mødet står rigtigt i alles kalender.</translation>
        </message>
        <message numerus="yes">
            <source>%n participant(s) added after the invitation was sent: %1. Send them the invitation too.</source>
            <translation>
                <numerusform>%n deltager er tilføjet, efter at indkaldelsen blev sendt: %1. Send også indkaldelsen til personen.</numerusform>
                <numerusform>%n deltagere er tilføjet, efter at indkaldelsen blev sendt: %1. Send også indkaldelsen til dem.</numerusform>
            </translation>
        </message>
        <message>
            <source>The invitation has been sent. Record the answers below as they come in. If the time or place changes, an update is offered here.</source>
            <translation>Indkaldelsen er sendt. Registrér svarene nedenfor, efterhånden som de kommer. Ændres tidspunkt eller sted, kommer der en knap her til at sende en opdatering.</translation>
        </message>
        <message>
            <source>The meeting has begun or is over; invitations are closed.</source>
            <translation>Mødet er begyndt eller overstået; der kan ikke længere sendes indkaldelser.</translation>
        </message>
        <message>
            <source>Choose the folder for the invitation</source>
            <translation>Vælg mappen til indkaldelsen</translation>
        </message>
        <message>
            <source>Cancel the meeting</source>
            <translation>Aflys mødet</translation>
        </message>
        <message>
            <source>Why is the meeting cancelled? The reason is kept in the baton log and written in the cancellation to the participants.</source>
            <translation>Hvorfor aflyses mødet? Begrundelsen gemmes i stafetloggen og skrives i aflysningen til deltagerne.</translation>
        </message>
        <message>
            <source>&amp;Cancel the meeting</source>
            <translation>&amp;Aflys mødet</translation>
        </message>
        <message>
            <source>e.g. the family has asked to postpone it</source>
            <translation>fx har familien bedt om at udsætte det</translation>
        </message>
        <message>
            <source>The files could not be written.</source>
            <translation>Filerne kunne ikke gemmes.</translation>
        </message>
        <message>
            <source>Nothing has been marked as sent. Try again, or choose another folder.</source>
            <translation>Intet er markeret som sendt. Prøv igen, eller vælg en anden mappe.</translation>
        </message>
        <message>
            <source>The files from the last invitation are in %1.</source>
            <translation>Filerne fra den seneste indkaldelse ligger i %1.</translation>
        </message>
        <message numerus="yes">
            <source>The invitation is ready in %1: the letter (PDF), the calendar invitation and an e-mail draft to %n participant(s).</source>
            <translation>
                <numerusform>Indkaldelsen ligger klar i %1: brevet (PDF), kalenderinvitationen og en e-mailkladde til %n deltager.</numerusform>
                <numerusform>Indkaldelsen ligger klar i %1: brevet (PDF), kalenderinvitationen og en e-mailkladde til %n deltagere.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The invitation for the new participants is ready in %1: an e-mail draft to %n participant(s) with the letter and the calendar invitation.</source>
            <translation>
                <numerusform>Indkaldelsen til den nye deltager ligger klar i %1: en e-mailkladde til %n deltager med brevet og kalenderinvitationen.</numerusform>
                <numerusform>Indkaldelsen til de nye deltagere ligger klar i %1: en e-mailkladde til %n deltagere med brevet og kalenderinvitationen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The update is ready in %1: the changed letter, calendar invitation and an e-mail draft to %n participant(s).</source>
            <translation>
                <numerusform>Opdateringen ligger klar i %1: det ændrede brev, den ændrede kalenderinvitation og en e-mailkladde til %n deltager.</numerusform>
                <numerusform>Opdateringen ligger klar i %1: det ændrede brev, den ændrede kalenderinvitation og en e-mailkladde til %n deltagere.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The meeting is cancelled. The cancellation is ready in %1: the letter, the calendar cancellation and an e-mail draft to %n participant(s).</source>
            <translation>
                <numerusform>Mødet er aflyst. Aflysningen ligger klar i %1: brevet, kalenderaflysningen og en e-mailkladde til %n deltager.</numerusform>
                <numerusform>Mødet er aflyst. Aflysningen ligger klar i %1: brevet, kalenderaflysningen og en e-mailkladde til %n deltagere.</numerusform>
            </translation>
        </message>
        <message>
            <source>Open the e-mail draft, check it and send it from your e-mail program.</source>
            <translation>Åbn e-mailkladden, kontrollér den, og send den fra dit e-mailprogram.</translation>
        </message>
        <message>
            <source>No e-mail, so not in the e-mail or the calendar cancellation: %1. Tell them by phone, or send the letter by post or by hand.</source>
            <translation>Ingen e-mailadresse og derfor ikke med i e-mailen eller kalenderaflysningen: %1. Giv besked pr. telefon, eller send brevet med posten, eller aflevér det personligt.</translation>
        </message>
        <message>
            <source>No e-mail, so not in the e-mail or the calendar invitation: %1. Send it to them by post or by hand: the folder has a letter for each of them with their name and address (the files ending in “_post1”, “_post2” …).</source>
            <translation>Uden e-mail, så ikke med i e-mailen eller kalenderinvitationen: %1. Send den til dem med posten eller giv dem den: mappen har et brev til hver af dem med navn og adresse (filerne, der ender på »_post1«, »_post2« …).</translation>
        </message>
    </context>
    <context>
        <name>SessionLock</name>
        <message>
            <source>KIT Desk is locked.</source>
            <translation>KIT Desk er låst.</translation>
        </message>
        <message>
            <source>KIT Desk – locked</source>
            <translation>KIT Desk – låst</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Indstillinger</translation>
        </message>
        <message>
            <source>You – shown as the organiser of meetings</source>
            <translation>Dig – vises som mødeindkalder</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Navn</translation>
        </message>
        <message>
            <source>e.g. psychologist, caseworker</source>
            <translation>fx psykolog, sagsbehandler</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Titel</translation>
        </message>
        <message>
            <source>&amp;Organisation</source>
            <translation>&amp;Organisation</translation>
        </message>
        <message>
            <source>&amp;Sector</source>
            <translation>&amp;Sektor</translation>
        </message>
        <message>
            <source>&amp;E-mail</source>
            <translation>&amp;E-mail</translation>
        </message>
        <message>
            <source>&amp;Phone</source>
            <translation>Tele&amp;fon</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Sprog</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>S&amp;prog</translation>
        </message>
        <message>
            <source>A new language takes effect the next time you start KIT Desk.</source>
            <translation>Et nyt sprog træder i kraft, næste gang du starter KIT Desk.</translation>
        </message>
        <message>
            <source>Extra closed days</source>
            <translation>Ekstra lukkedage</translation>
        </message>
        <message>
            <source>Days that do not count as working days, besides weekends and public holidays. One per line: 24.12 for every year, or 27.12.2026 for one day.</source>
            <translation>Dage, der ikke tæller som arbejdsdage, ud over weekender og helligdage. Én pr. linje: 24.12 for hvert år eller 27.12.2026 for en enkelt dag.</translation>
        </message>
        <message>
            <source>Your data</source>
            <translation>Dine data</translation>
        </message>
        <message>
            <source>Data folder</source>
            <translation>Datamappe</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Sikkerhedskopier</translation>
        </message>
        <message>
            <source>A backup is made every time you close KIT Desk.</source>
            <translation>Der tages en sikkerhedskopi, hver gang du lukker KIT Desk.</translation>
        </message>
        <message>
            <source>Invitations and the cross-sector plan</source>
            <translation>Indkaldelser og den tværsektorielle plan</translation>
        </message>
        <message>
            <source>Both responsible contact persons (BUC's and the municipality's) must approve before a plan is signed off</source>
            <translation>Begge ansvarlige kontaktpersoner (BUC's og kommunens) skal have godkendt, før en plan kan låses</translation>
        </message>
        <message>
            <source>Sa&amp;ve</source>
            <translation>&amp;Gem</translation>
        </message>
        <message>
            <source>Security</source>
            <translation>Sikkerhed</translation>
        </message>
        <message>
            <source>never</source>
            <translation>aldrig</translation>
        </message>
        <message>
            <source> minutes without use</source>
            <translation> minutter uden brug</translation>
        </message>
        <message>
            <source>&amp;Lock after</source>
            <translation>&amp;Lås efter</translation>
        </message>
        <message>
            <source> days</source>
            <translation> dage</translation>
        </message>
        <message>
            <source>&amp;Delete exported files after</source>
            <translation>&amp;Slet eksporterede filer efter</translation>
        </message>
        <message>
            <source>Exports (invitations, plans, extracts) are meant to be sent on; the copies in the data folder's exports folder are deleted after this many days, and you are told. During a running meeting KIT Desk does not lock by itself; Ctrl+L locks at once.</source>
            <translation>Eksporter (indkaldelser, planer, udtræk) er beregnet til at blive sendt videre; kopierne i datamappens eksportmappe slettes efter så mange dage, og du får besked. Under et igangværende møde låser KIT Desk ikke af sig selv; Ctrl+L låser med det samme.</translation>
        </message>
        <message>
            <source>&amp;Warn when an invitation goes out fewer than</source>
            <translation>&amp;Advar, når en indkaldelse sendes mindre end</translation>
        </message>
        <message>
            <source> working days before the meeting</source>
            <translation> arbejdsdage før mødet</translation>
        </message>
        <message>
            <source>Keeping closed cases</source>
            <translation>Opbevaring af afsluttede sager</translation>
        </message>
        <message>
            <source>&amp;Keep closed cases for</source>
            <translation>Gem &amp;afsluttede sager i</translation>
        </message>
        <message>
            <source> months after closing</source>
            <translation> måneder efter afslutningen</translation>
        </message>
        <message>
            <source>Then they are listed under File ▸ Closed cases due for deletion. KIT Desk never deletes by itself.</source>
            <translation>Derefter vises de under Filer ▸ Afsluttede sager til sletning. KIT Desk sletter aldrig noget af sig selv.</translation>
        </message>
        <message>
            <source>This does not look like an e-mail address. Write it like name@kommune.dk.</source>
            <translation>Det ligner ikke en e-mailadresse. Skriv den som navn@kommune.dk.</translation>
        </message>
    </context>
    <context>
        <name>StoreCommand</name>
        <message>
            <source>Cannot undo</source>
            <translation>Kan ikke fortrydes</translation>
        </message>
    </context>
    <context>
        <name>TemplatesButton</name>
        <message>
            <source>&amp;Templates</source>
            <translation>&amp;Skabeloner</translation>
        </message>
        <message>
            <source>These template files could not be read and are left out: %1. Open your templates folder to correct or remove them.</source>
            <translation>Disse skabelonfiler kunne ikke læses og er udeladt: %1. Åbn din skabelonmappe for at rette eller fjerne dem.</translation>
        </message>
        <message>
            <source>Insert a template</source>
            <translation>Indsæt en skabelon</translation>
        </message>
        <message>
            <source>(your own)</source>
            <translation>(din egen)</translation>
        </message>
        <message>
            <source>&amp;Save agenda as template…</source>
            <translation>&amp;Gem dagsorden som skabelon…</translation>
        </message>
        <message>
            <source>&amp;Open my templates folder</source>
            <translation>&amp;Åbn min skabelonmappe</translation>
        </message>
        <message>
            <source>Insert template</source>
            <translation>Indsæt skabelon</translation>
        </message>
        <message>
            <source>Insert the template %1</source>
            <translation>Indsæt skabelonen %1</translation>
        </message>
        <message>
            <source>The template “%1” was added to the agenda. Ctrl+Z takes it out again.</source>
            <translation>Skabelonen “%1” er tilføjet til dagsordenen. Ctrl+Z fjerner den igen.</translation>
        </message>
        <message>
            <source>Save agenda as template</source>
            <translation>Gem dagsorden som skabelon</translation>
        </message>
        <message>
            <source>Name of the template:</source>
            <translation>Skabelonens navn:</translation>
        </message>
        <message>
            <source>You already have a template called “%1”. Replace it?</source>
            <translation>Du har allerede en skabelon, der hedder “%1”. Vil du erstatte den?</translation>
        </message>
        <message>
            <source>Saved as the template “%1” in %2.</source>
            <translation>Gemt som skabelonen “%1” i %2.</translation>
        </message>
        <message>
            <source>My templates</source>
            <translation>Mine skabeloner</translation>
        </message>
        <message>
            <source>Your templates folder is empty. Copy the built-in templates into it, so you can change them?</source>
            <translation>Din skabelonmappe er tom. Vil du kopiere de indbyggede skabeloner til den, så du kan ændre dem?</translation>
        </message>
        <message>
            <source>Your templates are in this folder:
%1</source>
            <translation>Dine skabeloner ligger i denne mappe:
%1</translation>
        </message>
    </context>
    <context>
        <name>TimeEdit</name>
        <message>
            <source>e.g. 9.00</source>
            <translation>fx 9.00</translation>
        </message>
    </context>
    <context>
        <name>Unlock</name>
        <message>
            <source>Wrong passphrase several times. Wait 1 second before the next try.</source>
            <translation>Forkert adgangskode flere gange. Vent 1 sekund, før du prøver igen.</translation>
        </message>
        <message>
            <source>Wrong passphrase several times. Wait %1 seconds before the next try.</source>
            <translation>Forkert adgangskode flere gange. Vent %1 sekunder, før du prøver igen.</translation>
        </message>
        <message>
            <source>The passphrase is wrong. Try again – or use the recovery key.</source>
            <translation>Adgangskoden er forkert. Prøv igen – eller brug gendannelsesnøglen.</translation>
        </message>
        <message>
            <source>The recovery key is mistyped – one or more characters do not fit. Check it against the paper.</source>
            <translation>Gendannelsesnøglen er skrevet forkert – et eller flere tegn passer ikke. Kontrollér den mod papiret.</translation>
        </message>
        <message>
            <source>This recovery key belongs to other data.</source>
            <translation>Denne gendannelsesnøgle hører til andre data.</translation>
        </message>
        <message>
            <source>The key file is damaged, so the passphrase cannot be used. Open the data with the recovery key; a new key file is then made.</source>
            <translation>Nøglefilen er beskadiget, så adgangskoden kan ikke bruges. Åbn dataene med gendannelsesnøglen; så laves en ny nøglefil.</translation>
        </message>
    </context>
    <context>
        <name>UnlockDialog</name>
        <message>
            <source>KIT Desk – unlock</source>
            <translation>KIT Desk – lås op</translation>
        </message>
        <message>
            <source>Unlock KIT Desk</source>
            <translation>Lås KIT Desk op</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>&amp;Lås op</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Afslut</translation>
        </message>
        <message>
            <source>Type the recovery key from the paper you kept when KIT Desk was set up. You then choose a new passphrase.</source>
            <translation>Skriv gendannelsesnøglen fra det papir, du gemte, da KIT Desk blev sat op. Derefter vælger du en ny adgangskode.</translation>
        </message>
        <message>
            <source>Recovery key</source>
            <translation>Gendannelsesnøgle</translation>
        </message>
        <message>
            <source>Back to the passphrase</source>
            <translation>Tilbage til adgangskoden</translation>
        </message>
        <message>
            <source>Type your passphrase to open the data on this computer.</source>
            <translation>Skriv din adgangskode for at åbne dataene på denne computer.</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Adgangskode</translation>
        </message>
        <message>
            <source>Forgotten the passphrase? Use the recovery key</source>
            <translation>Glemt adgangskoden? Brug gendannelsesnøglen</translation>
        </message>
    </context>
    <context>
        <name>VersionsPanel</name>
        <message>
            <source>Versions</source>
            <translation>Versioner</translation>
        </message>
        <message>
            <source>A signed version never changes. A change after sign-off becomes a new version with a reason, signed off again; the earlier versions stay here.</source>
            <translation>En godkendt version ændres aldrig. En ændring efter godkendelsen bliver en ny version med en begrundelse, som godkendes igen; de tidligere versioner bliver her.</translation>
        </message>
        <message>
            <source>No version has been signed off yet. Version 1 is being prepared.</source>
            <translation>Ingen version er godkendt endnu. Version 1 er under udarbejdelse.</translation>
        </message>
        <message>
            <source>Version %1 · signed off %2 at %3 by %4</source>
            <translation>Version %1 · godkendt %2 kl. %3 af %4</translation>
        </message>
        <message>
            <source>Fingerprint %1</source>
            <translation>Fingeraftryk %1</translation>
        </message>
        <message>
            <source>Version %1 · being prepared, not signed off</source>
            <translation>Version %1 · under udarbejdelse, ikke godkendt</translation>
        </message>
        <message>
            <source>Reason: %1</source>
            <translation>Begrundelse: %1</translation>
        </message>
        <message>
            <source>Send this version…</source>
            <translation>Send denne version…</translation>
        </message>
        <message>
            <source>Not filed after all</source>
            <translation>Ikke journaliseret alligevel</translation>
        </message>
        <message>
            <source>Mark as filed</source>
            <translation>Markér som journaliseret</translation>
        </message>
        <message>
            <source>Filed (journaliseret) in the case system: the plan then exists there when the case is deleted here</source>
            <translation>Journaliseret i sagssystemet: så findes planen dér, når sagen slettes her</translation>
        </message>
        <message>
            <source>✓ Filed in the case system %1</source>
            <translation>✓ Journaliseret i sagssystemet %1</translation>
        </message>
        <message>
            <source>Not marked as filed in the case system. File the PDF there, then mark it here.</source>
            <translation>Ikke markeret som journaliseret. Journalisér PDF'en i sagssystemet, og markér den så her.</translation>
        </message>
        <message>
            <source>Not saved as PDF yet: send or save this version, and file the PDF in the case system.</source>
            <translation>Ikke gemt som PDF endnu: send eller gem denne version, og journalisér PDF'en i sagssystemet.</translation>
        </message>
        <message>
            <source>Filed in the case system</source>
            <translation>Journaliseret i sagssystemet</translation>
        </message>
    </context>
    <context>
        <name>WaitingBox</name>
        <message>
            <source>Waiting</source>
            <translation>Ventetid</translation>
        </message>
        <message>
            <source>&amp;Register waiting…</source>
            <translation>&amp;Registrér ventetid…</translation>
        </message>
        <message>
            <source>Contact &amp;made today</source>
            <translation>Kontakt &amp;holdt i dag</translation>
        </message>
        <message>
            <source>C&amp;hange…</source>
            <translation>&amp;Ret…</translation>
        </message>
        <message>
            <source>E&amp;nd waiting…</source>
            <translation>&amp;Afslut ventetid…</translation>
        </message>
        <message>
            <source>The child is not waiting for an offer.</source>
            <translation>Barnet venter ikke på et tilbud.</translation>
        </message>
        <message numerus="yes">
            <source>Waiting for %1 – since %2 (%n day(s))</source>
            <translation>
                <numerusform>Venter på %1 – siden %2 (%n dag)</numerusform>
                <numerusform>Venter på %1 – siden %2 (%n dage)</numerusform>
            </translation>
        </message>
        <message>
            <source>Earlier: %1, %2–%3</source>
            <translation>Tidligere: %1, %2–%3</translation>
        </message>
        <message>
            <source>no one chosen</source>
            <translation>ingen valgt</translation>
        </message>
        <message>
            <source>Contact with the family while waiting: not agreed yet (%1). Choose Change… to agree who keeps in touch and how often.</source>
            <translation>Kontakt til familien i ventetiden: ikke aftalt endnu (%1). Vælg Ret… og aftal, hvem der holder kontakten, og hvor ofte.</translation>
        </message>
        <message>
            <source>every %1 days</source>
            <translation>hver %1. dag</translation>
        </message>
        <message>
            <source>Contact with the family is overdue since %1 – %2, %3.</source>
            <translation>Kontakt til familien skulle have været %1 – %2, %3.</translation>
        </message>
        <message>
            <source>Contact with the family is due today – %1, %2.</source>
            <translation>Kontakt til familien i dag – %1, %2.</translation>
        </message>
        <message>
            <source>Next contact with the family: %1 – %2, %3.</source>
            <translation>Næste kontakt til familien: %1 – %2, %3.</translation>
        </message>
        <message>
            <source>Contact with the family while waiting</source>
            <translation>Kontakt til familien i ventetiden</translation>
        </message>
    </context>
    <context>
        <name>WaitingDialog</name>
        <message>
            <source>Waiting</source>
            <translation>Ventetid</translation>
        </message>
        <message>
            <source>Register waiting</source>
            <translation>Registrér ventetid</translation>
        </message>
        <message>
            <source>e.g. assessment in BUC, a place in a special class</source>
            <translation>fx udredning i BUC, en plads i en specialklasse</translation>
        </message>
        <message>
            <source>Waiting &amp;for</source>
            <translation>Venter &amp;på</translation>
        </message>
        <message>
            <source>&amp;Since</source>
            <translation>&amp;Siden</translation>
        </message>
        <message>
            <source>Choose from the network, or type a name</source>
            <translation>Vælg i netværket, eller skriv et navn</translation>
        </message>
        <message>
            <source>&amp;Keeps in touch with the family</source>
            <translation>&amp;Holder kontakt til familien</translation>
        </message>
        <message>
            <source>Not agreed yet</source>
            <translation>Ikke aftalt endnu</translation>
        </message>
        <message>
            <source>&amp;How often</source>
            <translation>Hvor &amp;ofte</translation>
        </message>
        <message>
            <source>The next contact falls due this long after the last one; the case and the overview show it. Every change goes into the baton log.</source>
            <translation>Næste kontakt forfalder så længe efter den seneste; sagen og oversigten viser den. Alle ændringer skrives i stafetloggen.</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Gem</translation>
        </message>
        <message>
            <source>Change waiting</source>
            <translation>Ret ventetid</translation>
        </message>
    </context>
    <context>
        <name>WalkInDialog</name>
        <message>
            <source>Add someone who turned up</source>
            <translation>Tilføj uanmeldt deltager</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Navn</translation>
        </message>
        <message>
            <source>e.g. Fjordby Skole (optional)</source>
            <translation>fx Fjordby Skole (valgfrit)</translation>
        </message>
        <message>
            <source>&amp;Organisation</source>
            <translation>&amp;Organisation</translation>
        </message>
        <message>
            <source>&amp;Sector</source>
            <translation>&amp;Sektor</translation>
        </message>
        <message>
            <source>&amp;Taking part</source>
            <translation>&amp;Deltagelse</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Tilføj</translation>
        </message>
    </context>
    <context>
        <name>WelcomePanel</name>
        <message>
            <source>Welcome to KIT Desk</source>
            <translation>Velkommen til KIT Desk</translation>
        </message>
        <message>
            <source>Here you keep the case file for each child in a cross-sector course – the network, consents, information exchanged and the baton log – and prepare and chair network meetings.

Everything is saved on this computer only. Start by creating a case, or look around in fictitious example data first.</source>
            <translation>Her fører du sagen for hvert barn i et tværsektorielt forløb – netværket, samtykker, udvekslede oplysninger og stafetloggen – og forbereder og leder netværksmøder.

Alt gemmes kun på denne computer. Begynd med at oprette en sag, eller se dig omkring i fiktive eksempeldata først.</translation>
        </message>
        <message>
            <source>New case</source>
            <translation>Ny sag</translation>
        </message>
        <message>
            <source>Load example data</source>
            <translation>Indlæs eksempeldata</translation>
        </message>
        <message>
            <source>The example data is made up and marked "Example" in the list. File ▸ Remove example data removes it again in one step.</source>
            <translation>Eksempeldata er opdigtede og markeret »Eksempel« i listen. Filer ▸ Fjern eksempeldata fjerner dem igen i ét trin.</translation>
        </message>
    </context>
    <context>
        <name>WhenSection</name>
        <message>
            <source>Why</source>
            <translation>Hvorfor</translation>
        </message>
        <message>
            <source>&amp;Asked for by</source>
            <translation>&amp;Anmodet af</translation>
        </message>
        <message>
            <source>Required: a short note of your talk with the family or the young person about why they want a meeting.</source>
            <translation>Skal udfyldes: et kort notat om din samtale med familien eller den unge om, hvorfor de ønsker et møde.</translation>
        </message>
        <message>
            <source>Change the note on the request</source>
            <translation>Ændr notatet om anmodningen</translation>
        </message>
        <message>
            <source>Talk with the famil&amp;y</source>
            <translation>Samtale med &amp;familien</translation>
        </message>
        <message>
            <source>As&amp;ked on</source>
            <translation>Anm&amp;odet den</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Frist</translation>
        </message>
        <message>
            <source>As a rule, the parties find a time and place within five working days of the request. Weekends, public holidays and the closed days in the settings are not counted.</source>
            <translation>Som udgangspunkt finder parterne tid og sted inden for fem arbejdsdage efter anmodningen. Weekender, helligdage og lukkedagene i indstillingerne tælles ikke med.</translation>
        </message>
        <message>
            <source>When and where</source>
            <translation>Hvornår og hvor</translation>
        </message>
        <message>
            <source>e.g. 10.30</source>
            <translation>fx 10.30</translation>
        </message>
        <message>
            <source>fro&amp;m</source>
            <translation>f&amp;ra</translation>
        </message>
        <message>
            <source>&amp;to</source>
            <translation>&amp;til</translation>
        </message>
        <message>
            <source>&amp;Date</source>
            <translation>&amp;Dato</translation>
        </message>
        <message>
            <source>Required: why the meeting is after the deadline.</source>
            <translation>Skal udfyldes: hvorfor mødet ligger efter fristen.</translation>
        </message>
        <message>
            <source>Change why the meeting is late</source>
            <translation>Ændr begrundelsen for, at mødet ligger efter fristen</translation>
        </message>
        <message>
            <source>Reason for the de&amp;lay</source>
            <translation>&amp;Begrundelse for forsinkelsen</translation>
        </message>
        <message>
            <source>Meeting f&amp;orm</source>
            <translation>&amp;Mødeform</translation>
        </message>
        <message>
            <source>Address or &amp;room</source>
            <translation>Adresse eller &amp;lokale</translation>
        </message>
        <message>
            <source>e.g. Skolevej 4, 8000 Aarhus C – meeting room 2</source>
            <translation>fx Skolevej 4, 8000 Aarhus C – mødelokale 2</translation>
        </message>
        <message>
            <source>V&amp;ideo link</source>
            <translation>&amp;Videolink</translation>
        </message>
        <message>
            <source>The link the participants click to join</source>
            <translation>Linket, deltagerne klikker på for at deltage</translation>
        </message>
        <message>
            <source>&amp;Phone number</source>
            <translation>Telefon&amp;nummer</translation>
        </message>
        <message>
            <source>The number the participants call</source>
            <translation>Nummeret, deltagerne ringer til</translation>
        </message>
        <message>
            <source>Remember to enter when the meeting ends.</source>
            <translation>Husk at angive, hvornår mødet slutter.</translation>
        </message>
        <message>
            <source>The time or place has changed since the invitation was sent. The invitation must be sent again as an update (see Send and answers).</source>
            <translation>Tidspunkt eller sted er ændret, siden indkaldelsen blev sendt. Indkaldelsen skal sendes igen som en opdatering (se Send og svar).</translation>
        </message>
        <message>
            <source>Required when the family asked for the meeting.</source>
            <translation>Skal udfyldes, når familien har bedt om mødet.</translation>
        </message>
        <message>
            <source>The child/young person and the family &amp;agreed to a meeting by telephone</source>
            <translation>Barnet/den unge og familien har sagt &amp;ja til et telefonmøde</translation>
        </message>
        <message>
            <source>The child/young person and the family &amp;agreed to a virtual meeting</source>
            <translation>Barnet/den unge og familien har sagt &amp;ja til et virtuelt møde</translation>
        </message>
        <message>
            <source>Enter the date of the request to see the deadline.</source>
            <translation>Angiv datoen for anmodningen for at se fristen.</translation>
        </message>
        <message>
            <source>The meeting is after the deadline of five working days (%1). Please write why below.</source>
            <translation>Mødet ligger efter fristen på fem arbejdsdage (%1). Skriv nedenfor, hvorfor.</translation>
        </message>
        <message>
            <source>Required when the meeting is after the deadline.</source>
            <translation>Skal udfyldes, når mødet ligger efter fristen.</translation>
        </message>
        <message>
            <source>The meeting is within the deadline.</source>
            <translation>Mødet ligger inden for fristen.</translation>
        </message>
        <message>
            <source>%1 h %2 min</source>
            <translation>%1 t %2 min</translation>
        </message>
        <message>
            <source>%1 h</source>
            <translation>%1 t</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1 min</translation>
        </message>
        <message>
            <source>Network meeting</source>
            <translation>Netværksmøde</translation>
        </message>
        <message>
            <source>Change who asked for the meeting</source>
            <translation>Ændr, hvem der anmodede om mødet</translation>
        </message>
        <message>
            <source>Change the date of the request</source>
            <translation>Ændr datoen for anmodningen</translation>
        </message>
        <message>
            <source>Change %1</source>
            <translation>Ændr %1</translation>
        </message>
        <message>
            <source>Change the meeting form</source>
            <translation>Ændr mødeformen</translation>
        </message>
        <message>
            <source>The time is saved when both the date and the start time are filled in.</source>
            <translation>Tidspunktet gemmes, når både dato og starttidspunkt er udfyldt.</translation>
        </message>
        <message>
            <source>The meeting must end after it starts. Nothing is saved until the end time is after the start time.</source>
            <translation>Mødet skal slutte, efter det er begyndt. Der gemmes intet, før sluttidspunktet ligger efter starttidspunktet.</translation>
        </message>
        <message>
            <source>A network meeting cannot last more than 12 hours. Check the times.</source>
            <translation>Et netværksmøde kan ikke vare mere end 12 timer. Kontrollér tidspunkterne.</translation>
        </message>
        <message>
            <source>Change the time of the meeting</source>
            <translation>Ændr mødets tidspunkt</translation>
        </message>
        <message>
            <source>Mark that the family was asked about a virtual meeting</source>
            <translation>Markér, at familien er spurgt om et virtuelt møde</translation>
        </message>
        <message>
            <source>&amp;Discharge meeting – discharge from BUC</source>
            <translation>&amp;Udskrivningsmøde – afslutning fra BUC</translation>
        </message>
        <message>
            <source>The minutes and the plan get a section of their own: who takes over what, the medication and who follows it up, and whom the family calls.</source>
            <translation>Referatet og planen får et afsnit for sig: hvem overtager hvad, medicinen og hvem der følger op, og hvem familien kontakter.</translation>
        </message>
        <message>
            <source>Change whether the meeting is about discharge</source>
            <translation>Ret, om mødet er et udskrivningsmøde</translation>
        </message>
    </context>
    <context>
        <name>WithdrawDialog</name>
        <message>
            <source>Withdraw consent</source>
            <translation>Træk samtykke tilbage</translation>
        </message>
        <message>
            <source>Withdraw the consent from %1, given %2?</source>
            <translation>Vil du trække samtykket fra %1 tilbage? Det blev givet den %2.</translation>
        </message>
        <message>
            <source>From that day it no longer covers any party. The baton log records the withdrawal.</source>
            <translation>Fra den dag omfatter det ikke længere nogen parter. Tilbagetrækningen skrives i stafetloggen.</translation>
        </message>
        <message>
            <source>Withdrawn &amp;on</source>
            <translation>Trukket tilbage &amp;den</translation>
        </message>
        <message>
            <source>&amp;Withdraw consent</source>
            <translation>&amp;Træk samtykke tilbage</translation>
        </message>
        <message>
            <source>The date cannot be in the future.</source>
            <translation>Datoen kan ikke ligge i fremtiden.</translation>
        </message>
        <message>
            <source>Withdraw consent from %1</source>
            <translation>Træk samtykke fra %1 tilbage</translation>
        </message>
    </context>
</TS>
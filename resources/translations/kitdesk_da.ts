<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="da_DK">
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
        <message numerus="yes">
            <source>%1 of %n case(s) shown</source>
            <translation>
                <numerusform>%1 af %n sag vist</numerusform>
                <numerusform>%1 af %n sager vist</numerusform>
            </translation>
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
            <source>missing</source>
            <translation>mangler</translation>
        </message>
    </context>
    <context>
        <name>CaseView</name>
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
            <source> and </source>
            <translation> og </translation>
        </message>
        <message>
            <source>No responsible contact person for %1. Mark one in the Network tab.</source>
            <translation>Der er ingen ansvarlig kontaktperson for %1. Markér en under fanen Netværk.</translation>
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
            <source>Name of the person who gave the consent</source>
            <translation>Navn på den, der gav samtykket</translation>
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
            <source>Please write who gave the consent.</source>
            <translation>Skriv, hvem der gav samtykket.</translation>
        </message>
        <message>
            <source>Choose at least one party the consent covers.</source>
            <translation>Vælg mindst én part, som samtykket omfatter.</translation>
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
            <source>dd.mm.yyyy</source>
            <translation>dd.mm.åååå</translation>
        </message>
        <message>
            <source>Please enter a date.</source>
            <translation>Skriv en dato.</translation>
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
            <source>Referral from the GP</source>
            <translation>Henvisning fra egen læge</translation>
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
            <source>Early intervention (municipality)</source>
            <translation>Tidlig indsats (kommunen)</translation>
        </message>
        <message>
            <source>In-depth assessment and intervention (municipality, GP)</source>
            <translation>Uddybende vurdering og indsats (kommunen, egen læge)</translation>
        </message>
        <message>
            <source>Assessment, diagnosis and treatment (BUC or a private child and adolescent psychiatrist)</source>
            <translation>Udredning, diagnostik og behandling (BUC eller privatpraktiserende børne- og ungdomspsykiater)</translation>
        </message>
        <message>
            <source>Follow-up (municipality with the others)</source>
            <translation>Opfølgning (kommunen sammen med de øvrige)</translation>
        </message>
        <message>
            <source>One service</source>
            <translation>Én indsats</translation>
        </message>
        <message>
            <source>Two or more services coordinate towards shared goals</source>
            <translation>To eller flere indsatser koordinerer mod fælles mål</translation>
        </message>
        <message>
            <source>Broad effort with the municipal authority – the caseworker coordinates</source>
            <translation>Bred indsats med kommunens myndighed – sagsbehandleren koordinerer</translation>
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
            <source>Undone</source>
            <translation>Fortrudt</translation>
        </message>
        <message>
            <source>Redone</source>
            <translation>Gentaget</translation>
        </message>
    </context>
    <context>
        <name>LogTab</name>
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
            <source>&amp;Correct entry…</source>
            <translation>R&amp;et indlæg…</translation>
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
            <source>Cases</source>
            <translation>Sager</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personer</translation>
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
            <source>Load &amp;example data</source>
            <translation>Indlæs &amp;eksempeldata</translation>
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
            <source>&amp;Settings…</source>
            <translation>&amp;Indstillinger…</translation>
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
            <source>&amp;Cases</source>
            <translation>&amp;Sager</translation>
        </message>
        <message>
            <source>&amp;People</source>
            <translation>&amp;Personer</translation>
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
            <source>&amp;About KIT Desk</source>
            <translation>&amp;Om KIT Desk</translation>
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
            <source>Backup saved: %1</source>
            <translation>Sikkerhedskopi gemt: %1</translation>
        </message>
        <message>
            <source>The backup could not be saved: %1</source>
            <translation>Sikkerhedskopien kunne ikke gemmes: %1</translation>
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
            <source>Waiting for an offer</source>
            <translation>Afventer tilbud</translation>
        </message>
        <message>
            <source>Waiting for</source>
            <translation>Afventer</translation>
        </message>
        <message>
            <source>e.g. assessment in BUC – empty if not waiting</source>
            <translation>fx udredning i BUC – tom, hvis barnet ikke venter</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>Siden</translation>
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
            <source>The CPR number does not match the birth date.</source>
            <translation>CPR-nummeret passer ikke med fødselsdatoen.</translation>
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
            <source>Edit &amp;details…</source>
            <translation>Ret &amp;oplysninger…</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Sager</translation>
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
        <name>Recovery</name>
        <message>
            <source>There is no usable backup.</source>
            <translation>Der er ingen brugbar sikkerhedskopi.</translation>
        </message>
        <message>
            <source>The damaged file could not be moved aside (%1). Nothing has been changed.</source>
            <translation>Den beskadigede fil kunne ikke flyttes til side (%1). Intet er ændret.</translation>
        </message>
        <message>
            <source>KIT Desk cannot open your data, because the database file is damaged:</source>
            <translation>KIT Desk kan ikke åbne dine data, fordi databasefilen er beskadiget:</translation>
        </message>
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
            <source>Sa&amp;ve</source>
            <translation>&amp;Gem</translation>
        </message>
        <message>
            <source>This does not look like an e-mail address. Write it like name@kommune.dk.</source>
            <translation>Det ligner ikke en e-mailadresse. Skriv den som navn@kommune.dk.</translation>
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
            <source>The example data is made up. You can delete it later by starting with a new data folder.</source>
            <translation>Eksempeldata er opdigtede. Du kan slippe af med dem igen ved at starte med en ny datamappe.</translation>
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
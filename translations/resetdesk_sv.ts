<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en_US">
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation>Granskningslogg</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Sök:</translation>
    </message>
    <message>
        <source>Search the audit log</source>
        <translation>Sök i granskningsloggen</translation>
    </message>
    <message>
        <source>User, admin, outcome or request ID</source>
        <translation>Användare, administratör, resultat eller begäran-ID</translation>
    </message>
    <message>
        <source>Number of entries</source>
        <translation>Antal poster</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>Poster i granskningsloggen</translation>
    </message>
    <message>
        <source>Where the audit log is kept</source>
        <translation>Var granskningsloggen sparas</translation>
    </message>
    <message>
        <source>Refresh the audit log</source>
        <translation>Uppdatera granskningsloggen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <source>Export the audit log as CSV</source>
        <translation>Exportera granskningsloggen som CSV</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportera CSV…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Export audit log</source>
        <translation>Exportera granskningslogg</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Exporten misslyckades</translation>
    </message>
    <message>
        <source>The audit log could not be saved to %1 (%2). Choose another folder and try again.</source>
        <translation>Granskningsloggen kunde inte sparas i %1 (%2). Välj en annan mapp och försök igen.</translation>
    </message>
    <message>
        <source>resetdesk-audit-%1.csv</source>
        <translation>resetdesk-granskning-%1.csv</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n post</numerusform>
            <numerusform>%n poster</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n entry(s)</source>
        <translation>
            <numerusform>%1 av %n post</numerusform>
            <numerusform>%1 av %n poster</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n damaged line(s) skipped)</source>
        <translation>
            <numerusform>(%n skadad rad hoppades över)</numerusform>
            <numerusform>(%n skadade rader hoppades över)</numerusform>
        </translation>
    </message>
    <message>
        <source>The log is kept in %1. It never contains passwords.</source>
        <translation>Loggen sparas i %1. Den innehåller aldrig lösenord.</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Rensa sökningen</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administratör</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Användare</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fel</translation>
    </message>
    <message>
        <source>Request ID</source>
        <translation>Begäran-ID</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Återställ lösenord</translation>
    </message>
    <message>
        <source>Resend password</source>
        <translation>Skicka lösenord igen</translation>
    </message>
    <message>
        <source>Reset with writeback</source>
        <translation>Återställ med tillbakaskrivning</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Lyckades</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Misslyckades</translation>
    </message>
    <message>
        <source>Succeeded, sign-out failed</source>
        <extracomment>The password was reset but signing the user out failed</extracomment>
        <translation>Lyckades, utloggningen misslyckades</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Avbrutet</translation>
    </message>
    <message>
        <source>Bulk reset</source>
        <translation>Massåterställning</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <extracomment>No answer came: the password may or may not have been set</extracomment>
        <translation>Inte bekräftat</translation>
    </message>
    <message>
        <source>Change password policies</source>
        <extracomment>&quot;Password never expires&quot; or &quot;Allow weak passwords&quot; was changed for a user</extracomment>
        <translation>Ändra lösenordsprinciper</translation>
    </message>
    <message>
        <source>Change password expiry</source>
        <extracomment>The organization&apos;s password expiry was changed for a domain</extracomment>
        <translation>Ändra förfalloprincip för lösenord</translation>
    </message>
    <message>
        <source>Change own contact details</source>
        <extracomment>The signed-in admin changed their own alternate email addresses or mobile phone</extracomment>
        <translation>Ändra egen kontaktinformation</translation>
    </message>
    <message>
        <source>Change own password</source>
        <extracomment>The signed-in admin changed their own password</extracomment>
        <translation>Ändra eget lösenord</translation>
    </message>
    <message>
        <source>Email password</source>
        <extracomment>A user&apos;s temporary password was sent by email</extracomment>
        <translation>Skicka lösenord via e-post</translation>
    </message>
    <message>
        <source>Delete saved reset records</source>
        <extracomment>A bulk run&apos;s encrypted record of temporary passwords was deleted from this computer</extracomment>
        <translation>Ta bort sparade återställningsposter</translation>
    </message>
    <message>
        <source>Bulk reset stopped</source>
        <extracomment>A bulk reset stopped before every user was answered</extracomment>
        <translation>Massåterställning stoppad</translation>
    </message>
    <message>
        <source>Stopped</source>
        <extracomment>A bulk reset that ended early</extracomment>
        <translation>Stoppad</translation>
    </message>
    <message>
        <source>Issue Temporary Access Pass</source>
        <extracomment>A Temporary Access Pass was issued for a user</extracomment>
        <translation>Utfärda tillfälligt åtkomstpass</translation>
    </message>
    <message>
        <source>Replace Temporary Access Pass</source>
        <extracomment>A user&apos;s earlier Temporary Access Pass was replaced by a new one (and so deleted by Microsoft 365)</extracomment>
        <translation>Ersätt tillfälligt åtkomstpass</translation>
    </message>
    <message>
        <source>Delete Temporary Access Pass</source>
        <extracomment>A user&apos;s Temporary Access Pass was deleted (for example when their sign-in methods were removed)</extracomment>
        <translation>Ta bort tillfälligt åtkomstpass</translation>
    </message>
    <message>
        <source>Remove sign-in method</source>
        <extracomment>One of a user&apos;s registered sign-in methods (a phone, a security key, an app…) was removed</extracomment>
        <translation>Ta bort inloggningsmetod</translation>
    </message>
</context>
<context>
    <name>BulkImportProblemText</name>
    <message>
        <source>Line %1: a quotation mark is opened but never closed. Add the closing quotation mark or remove the opening one.</source>
        <translation>Rad %1: ett citattecken öppnas men stängs aldrig. Lägg till det avslutande citattecknet eller ta bort det inledande.</translation>
    </message>
    <message>
        <source>Line %1: there is text after a closing quotation mark. Inside a quoted value, write each quotation mark twice (&quot;&quot;).</source>
        <translation>Rad %1: det står text efter ett avslutande citattecken. Skriv varje citattecken två gånger (&quot;&quot;) i ett värde inom citattecken.</translation>
    </message>
    <message>
        <source>Line %1: the line has more than two columns. Keep the user in the first column and, if you like, a password in the second; put a password that contains a comma or semicolon in quotation marks.</source>
        <translation>Rad %1: raden har fler än två kolumner. Ha användaren i den första kolumnen och, om du vill, ett lösenord i den andra. Sätt citattecken runt ett lösenord som innehåller kommatecken eller semikolon.</translation>
    </message>
    <message>
        <source>Line %1: the user is missing. Write a user name or object ID in the first column, or remove the line.</source>
        <translation>Rad %1: användaren saknas. Skriv ett användarnamn eller objekt-ID i den första kolumnen, eller ta bort raden.</translation>
    </message>
    <message>
        <source>Line %1: no user named %2 was found. Check the spelling or remove the line.</source>
        <extracomment>%2 is what the file says, a user name such as anna@contoso.se or an object ID</extracomment>
        <translation>Rad %1: det finns ingen användare som heter %2. Kontrollera stavningen eller ta bort raden.</translation>
    </message>
    <message>
        <source>Line %1: %2 is already listed on line %3. Remove one of the two lines.</source>
        <translation>Rad %1: %2 finns redan på rad %3. Ta bort en av de två raderna.</translation>
    </message>
    <message>
        <source>Line %1: the password for %2 cannot be used. %3</source>
        <extracomment>%3 is one or more sentences saying what to change in the password</extracomment>
        <translation>Rad %1: lösenordet för %2 kan inte användas. %3</translation>
    </message>
    <message>
        <source>The file lists no users. Put one user name or object ID on each line, optionally followed by a password.</source>
        <translation>Filen innehåller inga användare. Skriv ett användarnamn eller objekt-ID på varje rad, om du vill följt av ett lösenord.</translation>
    </message>
    <message>
        <source>ResetDesk cannot read the text of this file. Save it from Excel as &quot;CSV UTF-8&quot;, &quot;CSV&quot; or &quot;Unicode Text&quot;, or as UTF-8, UTF-16 with a byte order mark or Windows-1252 text, and open it again.</source>
        <translation>ResetDesk kan inte läsa texten i den här filen. Spara den från Excel som ”CSV UTF-8”, ”CSV” eller ”Unicode-text”, eller som text i UTF-8, UTF-16 med byteordningsmarkering eller Windows-1252, och öppna den igen.</translation>
    </message>
</context>
<context>
    <name>BulkPlanDialog</name>
    <message>
        <source>Reset passwords</source>
        <translation>Återställ lösenord</translation>
    </message>
    <message>
        <source>What you are about to do</source>
        <translation>Det du är på väg att göra</translation>
    </message>
    <message>
        <source>About this reset</source>
        <translation>Om den här återställningen</translation>
    </message>
    <message>
        <source>File check</source>
        <translation>Kontroll av filen</translation>
    </message>
    <message>
        <source>File check result</source>
        <translation>Resultat av kontrollen av filen</translation>
    </message>
    <message>
        <source>Reload file</source>
        <translation>Läs in filen igen</translation>
    </message>
    <message>
        <source>Re&amp;load file</source>
        <translation>Läs in fil&amp;en igen</translation>
    </message>
    <message>
        <source>Problems in the file</source>
        <translation>Problem i filen</translation>
    </message>
    <message>
        <source>New passwords</source>
        <translation>Nya lösenord</translation>
    </message>
    <message>
        <source>Automatically create a password for each user</source>
        <translation>Skapa ett lösenord automatiskt för varje användare</translation>
    </message>
    <message>
        <source>&amp;Automatically create a password for each user</source>
        <translation>Skapa ett lösenord &amp;automatiskt för varje användare</translation>
    </message>
    <message>
        <source>St&amp;yle:</source>
        <translation>S&amp;til:</translation>
    </message>
    <message>
        <source>Password style</source>
        <translation>Lösenordsstil</translation>
    </message>
    <message>
        <source>Language of the words</source>
        <translation>Ordens språk</translation>
    </message>
    <message>
        <source>Use the same password for everyone</source>
        <translation>Använd samma lösenord för alla</translation>
    </message>
    <message>
        <source>Use the &amp;same password for everyone</source>
        <translation>Använd &amp;samma lösenord för alla</translation>
    </message>
    <message>
        <source>Password for everyone</source>
        <translation>Lösenord för alla</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>Visa lösenord</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>Password problems</source>
        <translation>Problem med lösenordet</translation>
    </message>
    <message>
        <source>Passwords from the file</source>
        <translation>Lösenord från filen</translation>
    </message>
    <message>
        <source>Require these users to change their password when they first sign in</source>
        <translation>Kräv att användarna ändrar sitt lösenord vid första inloggningen</translation>
    </message>
    <message>
        <source>Require these users to &amp;change their password when they first sign in</source>
        <translation>&amp;Kräv att användarna ändrar sitt lösenord vid första inloggningen</translation>
    </message>
    <message>
        <source>Verify with multifactor authentication first</source>
        <translation>Verifiera med multifaktorautentisering först</translation>
    </message>
    <message>
        <source>…and &amp;verify with multifactor authentication first</source>
        <translation>…och verifiera med &amp;multifaktorautentisering först</translation>
    </message>
    <message>
        <source>Sign out of all sessions</source>
        <translation>Logga ut från alla sessioner</translation>
    </message>
    <message>
        <source>Sign the users &amp;out of all sessions</source>
        <translation>Logga &amp;ut användarna från alla sessioner</translation>
    </message>
    <message>
        <source>Include users whose sign-in is blocked</source>
        <translation>Ta med användare vars inloggning är blockerad</translation>
    </message>
    <message>
        <source>Include users whose sign-in is &amp;blocked</source>
        <translation>Ta med användare vars inloggning är &amp;blockerad</translation>
    </message>
    <message>
        <source>Leave these accounts alone</source>
        <translation>Rör inte de här kontona</translation>
    </message>
    <message>
        <source>Account to e&amp;xclude:</source>
        <translation>Konto att u&amp;ndanta:</translation>
    </message>
    <message>
        <source>Excluded accounts</source>
        <translation>Undantagna konton</translation>
    </message>
    <message>
        <source>Who will be reset</source>
        <translation>Vilka som återställs</translation>
    </message>
    <message>
        <source>Users per classification</source>
        <translation>Användare per klassificering</translation>
    </message>
    <message>
        <source>Choose a line to show only those users</source>
        <translation>Välj en rad för att bara visa de användarna</translation>
    </message>
    <message>
        <source>Role check</source>
        <translation>Rollkontroll</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>V&amp;isa:</translation>
    </message>
    <message>
        <source>Show which users</source>
        <translation>Visa vilka användare</translation>
    </message>
    <message>
        <source>Export the plan as CSV</source>
        <translation>Exportera planen som CSV</translation>
    </message>
    <message>
        <source>&amp;Export plan…</source>
        <translation>E&amp;xportera planen…</translation>
    </message>
    <message>
        <source>Users in the plan</source>
        <translation>Användare i planen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Export plan</source>
        <translation>Exportera planen</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>no file was chosen</source>
        <translation>ingen fil har valts</translation>
    </message>
    <message>
        <source>it is larger than %L1 MB, too large for a list of users</source>
        <translation>den är större än %L1 MB, för stor för en lista med användare</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln user(s)</source>
        <extracomment>%1 is a classification such as &quot;Will be reset&quot; or &quot;Skipped: guest&quot;</extracomment>
        <translation>
            <numerusform>%1: %Ln användare</numerusform>
            <numerusform>%1: %Ln användare</numerusform>
        </translation>
    </message>
    <message>
        <source>Your admin roles could not be read, so ResetDesk cannot check in advance whom you may reset. Microsoft 365 decides for each user when you reset.</source>
        <translation>Dina administratörsroller kunde inte läsas, så ResetDesk kan inte kontrollera i förväg vilka du får återställa. Microsoft 365 avgör det för varje användare när du återställer.</translation>
    </message>
    <message>
        <source>All users (%L1)</source>
        <translation>Alla användare (%L1)</translation>
    </message>
    <message>
        <source>Will be reset (%L1)</source>
        <translation>Återställs (%L1)</translation>
    </message>
    <message>
        <source>Skipped (%L1)</source>
        <translation>Hoppas över (%L1)</translation>
    </message>
    <message>
        <source>%1 (%L2)</source>
        <extracomment>%1 is a classification such as &quot;Skipped: guest&quot;, %L2 the number of users</extracomment>
        <translation>%1 (%L2)</translation>
    </message>
    <message>
        <source>Require a password change</source>
        <translation>Kräv lösenordsbyte</translation>
    </message>
    <message>
        <source>No file is loaded.</source>
        <translation>Ingen fil är inläst.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2. Check that the file exists and that you may open it, then reload it.</source>
        <translation>%1 kunde inte läsas: %2. Kontrollera att filen finns och att du får öppna den, och läs sedan in den igen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) in %1. Fix the file, save it and reload it: nothing is reset until every line is right.</source>
        <translation>
            <numerusform>%Ln problem i %1. Rätta filen, spara den och läs in den igen: inget återställs förrän varje rad är rätt.</numerusform>
            <numerusform>%Ln problem i %1. Rätta filen, spara den och läs in den igen: inget återställs förrän varje rad är rätt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is fine: %Ln user(s) found.</source>
        <translation>
            <numerusform>%1 är i ordning: %Ln användare hittades.</numerusform>
            <numerusform>%1 är i ordning: %Ln användare hittades.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every user keeps the password given for them in the file.</source>
        <translation>Varje användare behåller sitt lösenord från filen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s) keep the password given for them in the file; the choice above is for the others.</source>
        <translation>
            <numerusform>%Ln användare behåller lösenordet som anges i filen; valet ovan gäller de andra.</numerusform>
            <numerusform>%Ln användare behåller lösenorden som anges i filen; valet ovan gäller de andra.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every user gets the password given in the file, so this one is not used.</source>
        <translation>Varje användare får lösenordet som anges i filen, så det här används inte.</translation>
    </message>
    <message numerus="yes">
        <source>This password meets the Microsoft 365 rules for all %Ln user(s).</source>
        <translation>
            <numerusform>Lösenordet uppfyller reglerna i Microsoft 365 för användaren som får det.</numerusform>
            <numerusform>Lösenordet uppfyller reglerna i Microsoft 365 för alla %Ln användare.</numerusform>
        </translation>
    </message>
    <message>
        <source>Their current passwords stop working at once. This cannot be undone.</source>
        <translation>Deras nuvarande lösenord slutar fungera direkt. Det går inte att ångra.</translation>
    </message>
    <message>
        <source>resetdesk-plan-%1.csv</source>
        <translation>resetdesk-plan-%1.csv</translation>
    </message>
    <message>
        <source>Saved the plan to %1. It lists users, not passwords.</source>
        <translation>Planen sparades i %1. Den listar användare, inte lösenord.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Exporten misslyckades</translation>
    </message>
    <message>
        <source>For example break-glass (emergency access) accounts, whose passwords are kept in a safe place. Remembered on this computer for next time.</source>
        <translation>Till exempel konton för nödåtkomst (break-glass), vars lösenord förvaras på ett säkert ställe. Sparas på den här datorn till nästa gång.</translation>
    </message>
    <message>
        <source>This password meets the Microsoft 365 rules.</source>
        <translation>Lösenordet uppfyller reglerna i Microsoft 365.</translation>
    </message>
    <message>
        <source>Contain an incident</source>
        <translation>Begränsa en incident</translation>
    </message>
</context>
<context>
    <name>BulkPlanModel</name>
    <message>
        <source>Display name</source>
        <translation>Visningsnamn</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Klassificering</translation>
    </message>
    <message>
        <source>Action</source>
        <extracomment>Column heading: what happens to the user (reset or skip)</extracomment>
        <translation>Åtgärd</translation>
    </message>
</context>
<context>
    <name>BulkPlanTexts</name>
    <message numerus="yes">
        <source>Reset the passwords of %Ln selected user(s)</source>
        <translation>
            <numerusform>Återställ lösenordet för %Ln markerad användare</numerusform>
            <numerusform>Återställ lösenorden för %Ln markerade användare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reset the passwords of everyone in the organization (%Ln user(s))</source>
        <translation>
            <numerusform>Återställ lösenorden för alla i organisationen (%Ln användare)</numerusform>
            <numerusform>Återställ lösenorden för alla i organisationen (%Ln användare)</numerusform>
        </translation>
    </message>
    <message>
        <source>Reset the passwords of the users in a CSV file</source>
        <translation>Återställ lösenorden för användarna i en CSV-fil</translation>
    </message>
    <message>
        <source>Reset the passwords of the users in %1</source>
        <translation>Återställ lösenorden för användarna i %1</translation>
    </message>
    <message>
        <source>Require everyone to change password at next sign-in</source>
        <translation>Kräv att alla byter lösenord vid nästa inloggning</translation>
    </message>
    <message>
        <source>Choose the options and check who will be reset. Nothing changes until you press Reset; afterwards you can print, email or export the new passwords.</source>
        <translation>Välj alternativen och kontrollera vilka som återställs. Inget ändras förrän du trycker på Återställ; efteråt kan du skriva ut, skicka via e-post eller exportera de nya lösenorden.</translation>
    </message>
    <message>
        <source>Each line of the file names one user by user name or object ID, optionally followed by a password. Nothing changes until the file has no problems and you press Reset.</source>
        <translation>Varje rad i filen anger en användare med användarnamn eller objekt-ID, eventuellt följt av ett lösenord. Inget ändras förrän filen är utan problem och du trycker på Återställ.</translation>
    </message>
    <message>
        <source>After a security incident: everyone gets a new temporary password and must choose their own at the next sign-in, so a password an attacker knows stops working. Microsoft 365 cannot require the change without setting a new password. You and the accounts you exclude are left alone.</source>
        <translation>Efter en säkerhetsincident: alla får ett nytt tillfälligt lösenord och måste välja ett eget vid nästa inloggning, så att ett lösenord som en angripare känner till slutar fungera. Microsoft 365 kan inte kräva bytet utan att ett nytt lösenord anges. Du och de konton du undantar lämnas orörda.</translation>
    </message>
    <message>
        <source>These users get a new password.</source>
        <translation>De här användarna får ett nytt lösenord.</translation>
    </message>
    <message>
        <source>These users cannot sign in now. Include them if they should have a new password when they are allowed to sign in again.</source>
        <translation>De här användarna kan inte logga in nu. Ta med dem om de ska ha ett nytt lösenord när de får logga in igen.</translation>
    </message>
    <message>
        <source>You cannot reset your own password here: use My account › Change my password.</source>
        <translation>Du kan inte återställa ditt eget lösenord här: använd Mitt konto › Ändra mitt lösenord.</translation>
    </message>
    <message>
        <source>On your list of accounts to leave alone.</source>
        <translation>Finns på din lista över konton som inte ska röras.</translation>
    </message>
    <message>
        <source>Guests sign in with the password of their own organization, and only that organization can reset it.</source>
        <translation>Gäster loggar in med lösenordet från sin egen organisation, och bara den organisationen kan återställa det.</translation>
    </message>
    <message>
        <source>Synced from your on-premises Active Directory: change these passwords there, or reset them one at a time through password writeback.</source>
        <translation>Synkroniseras från ert lokala Active Directory: ändra de här lösenorden där, eller återställ dem ett i taget med tillbakaskrivning av lösenord.</translation>
    </message>
    <message>
        <source>Your admin role cannot reset the passwords of users with these admin roles. Ask a Privileged Authentication Administrator or a Global Administrator.</source>
        <translation>Din administratörsroll kan inte återställa lösenorden för användare med de här administratörsrollerna. Be en privilegierad autentiseringsadministratör eller en global administratör.</translation>
    </message>
    <message>
        <source>Could not create %1. Choose a folder you can write to.</source>
        <translation>Det gick inte att skapa %1. Välj en mapp som du kan skriva i.</translation>
    </message>
    <message>
        <source>Could not make %1 private, so nothing was written. Choose a folder on a local disk.</source>
        <translation>Det gick inte att göra %1 privat, så inget skrevs. Välj en mapp på en lokal disk.</translation>
    </message>
    <message>
        <source>Could not finish writing %1; the disk may be full. Free some space or choose another place.</source>
        <translation>Det gick inte att skriva klart %1; disken kan vara full. Frigör utrymme eller välj en annan plats.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Reset %Ln user(s)</source>
        <translation>
            <numerusform>&amp;Återställ %Ln användare</numerusform>
            <numerusform>&amp;Återställ %Ln användare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reset the passwords of %Ln user(s) and sign them out everywhere?</source>
        <translation>
            <numerusform>Återställa lösenordet för %Ln användare och logga ut den överallt?</numerusform>
            <numerusform>Återställa lösenorden för %Ln användare och logga ut dem överallt?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reset the passwords of %Ln user(s)?</source>
        <translation>
            <numerusform>Återställa lösenordet för %Ln användare?</numerusform>
            <numerusform>Återställa lösenorden för %Ln användare?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Co&amp;ntain %Ln user(s)</source>
        <translation>
            <numerusform>Be&amp;gränsa incidenten för %Ln användare</numerusform>
            <numerusform>Be&amp;gränsa incidenten för %Ln användare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Contain an incident for %Ln selected user(s)</source>
        <translation>
            <numerusform>Begränsa en incident för %Ln markerad användare</numerusform>
            <numerusform>Begränsa en incident för %Ln markerade användare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Contain an incident for everyone in the organization (%Ln user(s))</source>
        <translation>
            <numerusform>Begränsa en incident för alla i organisationen (%Ln användare)</numerusform>
            <numerusform>Begränsa en incident för alla i organisationen (%Ln användare)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkPreflight</name>
    <message>
        <source>Skipped: this is you</source>
        <translation>Hoppas över: det här är du</translation>
    </message>
    <message>
        <source>Skipped: excluded</source>
        <translation>Hoppas över: undantagen</translation>
    </message>
    <message>
        <source>Skipped: guest</source>
        <translation>Hoppas över: gäst</translation>
    </message>
    <message>
        <source>Skipped: synced from on-premises (needs writeback)</source>
        <translation>Hoppas över: synkroniserad från lokal katalog (kräver tillbakaskrivning)</translation>
    </message>
    <message>
        <source>Skipped: your role cannot reset this user</source>
        <translation>Hoppas över: din roll kan inte återställa användaren</translation>
    </message>
    <message>
        <source>Sign-in blocked</source>
        <translation>Inloggning blockerad</translation>
    </message>
    <message>
        <source>Will be reset</source>
        <translation>Återställs</translation>
    </message>
    <message>
        <source>Sign-in blocked: included</source>
        <translation>Inloggning blockerad: tas med</translation>
    </message>
    <message>
        <source>Sign-in blocked: skipped</source>
        <translation>Inloggning blockerad: hoppas över</translation>
    </message>
    <message>
        <source>Reset</source>
        <extracomment>The plan&apos;s action for one user: the password will be reset</extracomment>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>Skip</source>
        <extracomment>The plan&apos;s action for one user: left alone</extracomment>
        <translation>Hoppa över</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Visningsnamn</translation>
    </message>
    <message>
        <source>Object ID</source>
        <translation>Objekt-ID</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Klassificering</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Åtgärd</translation>
    </message>
</context>
<context>
    <name>BulkResetFlow</name>
    <message>
        <source>A bulk reset is open</source>
        <translation>En massåterställning är öppen</translation>
    </message>
    <message>
        <source>Finish the bulk reset that is open and close its window, then start the next one.</source>
        <translation>Slutför massåterställningen som är öppen och stäng dess fönster, och starta sedan nästa.</translation>
    </message>
    <message>
        <source>No users ticked</source>
        <translation>Inga användare är markerade</translation>
    </message>
    <message>
        <source>Tick the users whose passwords you want to reset in the list (the check box at the start of each row), then choose Reset passwords of selected users again.</source>
        <translation>Markera de användare som du vill återställa lösenord för i listan (kryssrutan i början av varje rad) och välj sedan Återställ lösenord för markerade användare igen.</translation>
    </message>
    <message>
        <source>User list still loading</source>
        <translation>Användarlistan läses fortfarande in</translation>
    </message>
    <message>
        <source>The user list is still loading. Wait until every user is listed, then try again.</source>
        <translation>Användarlistan läses fortfarande in. Vänta tills alla användare visas och försök sedan igen.</translation>
    </message>
    <message>
        <source>Reset passwords from a CSV file</source>
        <translation>Återställ lösenord från en CSV-fil</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-filer (*.csv *.txt);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Bulk reset not started</source>
        <translation>Massåterställningen startade inte</translation>
    </message>
    <message>
        <source>ResetDesk could not create the encrypted record it keeps of the new passwords, so nothing was reset. Check that the system keychain is unlocked and that the folder %1 is writable, then try again.</source>
        <translation>ResetDesk kunde inte skapa de krypterade uppgifter som sparas om de nya lösenorden, så inget återställdes. Kontrollera att systemets nyckelring är upplåst och att mappen %1 är skrivbar, och försök sedan igen.</translation>
    </message>
    <message>
        <source>ResetDesk could not write the encrypted record of the new passwords, so nothing was reset. Free some disk space, or make sure the folder %1 is writable, then try again.</source>
        <translation>ResetDesk kunde inte skriva de krypterade uppgifterna om de nya lösenorden, så inget återställdes. Frigör diskutrymme eller se till att mappen %1 är skrivbar, och försök sedan igen.</translation>
    </message>
    <message>
        <source>Audit log not written</source>
        <translation>Granskningsloggen skrevs inte</translation>
    </message>
    <message>
        <source>The resets of this bulk run could not be recorded in the audit log (%1). The resets themselves stand. Check that the folder %2 is writable.</source>
        <translation>Återställningarna i den här massåterställningen kunde inte registreras i granskningsloggen (%1). Själva återställningarna gäller. Kontrollera att mappen %2 är skrivbar.</translation>
    </message>
    <message>
        <source>Unfinished bulk reset</source>
        <translation>Ofullbordad massåterställning</translation>
    </message>
    <message numerus="yes">
        <source>A bulk reset of %Ln user(s) from %1 was interrupted, or its passwords were never handed over.</source>
        <translation>
            <numerusform>En massåterställning av %Ln användare från %1 avbröts, eller så lämnades lösenordet aldrig över.</numerusform>
            <numerusform>En massåterställning av %Ln användare från %1 avbröts, eller så lämnades lösenorden aldrig över.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 reset, %2 not finished. Resume sends the unfinished ones with the passwords already chosen and shows every password for hand-over. Delete removes the record for good: passwords in it that were not handed over are lost.</source>
        <translation>%1 återställda, %2 inte klara. Återuppta skickar de som inte är klara med de lösenord som redan valts och visar alla lösenord för överlämning. Ta bort tar bort uppgifterna för gott: lösenord i dem som inte har lämnats över går förlorade.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>Saved bulk reset cannot be opened</source>
        <translation>Den sparade massåterställningen kan inte öppnas</translation>
    </message>
    <message>
        <source>ResetDesk found its saved record of a bulk reset from %1, but cannot open it.</source>
        <translation>ResetDesk hittade sina sparade uppgifter om en massåterställning från %1, men kan inte öppna dem.</translation>
    </message>
    <message>
        <source>Its key is missing from the system keychain, the keychain is locked, or the file is damaged, so the passwords in it cannot be read. If the keychain is locked, unlock it and choose Later: ResetDesk offers the record again at the next start. Otherwise delete it.</source>
        <translation>Nyckeln saknas i systemets nyckelring, nyckelringen är låst eller filen är skadad, så lösenorden i den kan inte läsas. Om nyckelringen är låst låser du upp den och väljer Senare: ResetDesk erbjuder uppgifterna igen vid nästa start. Ta annars bort dem.</translation>
    </message>
    <message>
        <source>Bulk reset not resumed</source>
        <translation>Massåterställningen återupptogs inte</translation>
    </message>
    <message>
        <source>ResetDesk could not resume the saved bulk reset. It stays saved and is offered again at the next start.</source>
        <translation>ResetDesk kunde inte återuppta den sparade massåterställningen. Den finns kvar och erbjuds igen vid nästa start.</translation>
    </message>
    <message>
        <source>No saved reset records</source>
        <translation>Inga sparade återställningsposter</translation>
    </message>
    <message>
        <source>There are no saved records of bulk resets to delete.</source>
        <translation>Det finns inga sparade uppgifter om massåterställningar att ta bort.</translation>
    </message>
    <message>
        <source>Delete saved reset records?</source>
        <translation>Vill du ta bort sparade återställningsposter?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln saved record(s) of bulk resets? Temporary passwords in them that were not handed over cannot be recovered afterwards.</source>
        <translation>
            <numerusform>Vill du ta bort %Ln sparad post om massåterställningar? Tillfälliga lösenord i den som inte har lämnats över kan inte återskapas efteråt.</numerusform>
            <numerusform>Vill du ta bort %Ln sparade poster om massåterställningar? Tillfälliga lösenord i dem som inte har lämnats över kan inte återskapas efteråt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved reset records deleted</source>
        <translation>Sparade återställningsposter togs bort</translation>
    </message>
    <message>
        <source>Every saved record of a bulk reset was deleted.</source>
        <translation>Alla sparade uppgifter om massåterställningar togs bort.</translation>
    </message>
    <message>
        <source>Saved reset records not deleted</source>
        <translation>Sparade återställningsposter togs inte bort</translation>
    </message>
    <message numerus="yes">
        <source>%Ln saved record(s) could not be deleted completely. Check that the system keychain is unlocked and that you may delete files in %1, then try again.</source>
        <translation>
            <numerusform>%Ln sparad post kunde inte tas bort helt. Kontrollera att systemets nyckelring är upplåst och att du får ta bort filer i %1, och försök sedan igen.</numerusform>
            <numerusform>%Ln sparade poster kunde inte tas bort helt. Kontrollera att systemets nyckelring är upplåst och att du får ta bort filer i %1, och försök sedan igen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkResultModel</name>
    <message>
        <source>Queued</source>
        <extracomment>Outcome column of the bulk results: not sent yet</extracomment>
        <translation>I kö</translation>
    </message>
    <message>
        <source>Sending…</source>
        <extracomment>Outcome column of the bulk results</extracomment>
        <translation>Skickas…</translation>
    </message>
    <message>
        <source>Waiting (throttled)</source>
        <extracomment>Outcome column of the bulk results: throttled or a transient failure, goes out again</extracomment>
        <translation>Väntar (begränsning)</translation>
    </message>
    <message>
        <source>Reset, sign-out failed</source>
        <translation>Återställt, utloggningen misslyckades</translation>
    </message>
    <message>
        <source>Reset, signing out…</source>
        <translation>Återställt, loggar ut…</translation>
    </message>
    <message>
        <source>Reset</source>
        <extracomment>Outcome column of the bulk results: the password was set</extracomment>
        <translation>Återställt</translation>
    </message>
    <message>
        <source>Failed</source>
        <extracomment>Outcome column of the bulk results</extracomment>
        <translation>Misslyckades</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <extracomment>Outcome column of the bulk results: no answer came, the password may or may not be set</extracomment>
        <translation>Inte bekräftat</translation>
    </message>
    <message>
        <source>Not sent</source>
        <extracomment>Outcome column of the bulk results: the run was cancelled before this user was sent</extracomment>
        <translation>Inte skickat</translation>
    </message>
    <message>
        <source>Hidden password</source>
        <translation>Dolt lösenord</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Visningsnamn</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>Tillfälligt lösenord</translation>
    </message>
</context>
<context>
    <name>BulkResultText</name>
    <message>
        <source>Microsoft 365 asked ResetDesk to slow down. This user goes out again in a moment.</source>
        <translation>Microsoft 365 bad ResetDesk att sakta ned. Den här användaren skickas igen om en liten stund.</translation>
    </message>
    <message>
        <source>The password was reset, but signing the user out of all sessions failed: %1</source>
        <translation>Lösenordet återställdes, men det gick inte att logga ut användaren från alla sessioner: %1</translation>
    </message>
    <message>
        <source>No answer came from Microsoft 365, so the password may or may not have changed. Click Retry failed: the same password is sent again.</source>
        <translation>Inget svar kom från Microsoft 365, så lösenordet kan ha ändrats eller inte. Klicka på Försök igen med misslyckade: samma lösenord skickas igen.</translation>
    </message>
    <message>
        <source>Not sent, because the run was cancelled. Click Retry failed to reset this user.</source>
        <translation>Inte skickat, eftersom körningen avbröts. Klicka på Försök igen med misslyckade för att återställa den här användaren.</translation>
    </message>
    <message>
        <source>An earlier request for this user got no answer, so the password shown may be set. The last attempt failed: %1</source>
        <translation>En tidigare begäran för den här användaren fick inget svar, så lösenordet som visas kan vara angivet. Det senaste försöket misslyckades: %1</translation>
    </message>
    <message>
        <source>Not sent, because the run stopped. Fix the cause shown above, then click Retry failed.</source>
        <translation>Inte skickat, eftersom körningen stoppades. Åtgärda orsaken som visas ovan och klicka sedan på Försök igen med misslyckade.</translation>
    </message>
    <message>
        <source>The password was reset, but the user&apos;s sign-in methods could not be read, so none was removed: %1</source>
        <translation>Lösenordet återställdes, men användarens inloggningsmetoder kunde inte läsas, så ingen togs bort: %1</translation>
    </message>
    <message numerus="yes">
        <source>The password was reset, but %n registered sign-in method(s) could not be removed: %1</source>
        <translation>
            <numerusform>Lösenordet återställdes, men %n registrerad inloggningsmetod kunde inte tas bort: %1</numerusform>
            <numerusform>Lösenordet återställdes, men %n registrerade inloggningsmetoder kunde inte tas bort: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed out of all sessions; no registered sign-in method was left to remove.</source>
        <translation>Utloggad från alla sessioner; det fanns ingen registrerad inloggningsmetod att ta bort.</translation>
    </message>
    <message numerus="yes">
        <source>Signed out of all sessions; %n registered sign-in method(s) removed.</source>
        <translation>
            <numerusform>Utloggad från alla sessioner; %n registrerad inloggningsmetod togs bort.</numerusform>
            <numerusform>Utloggad från alla sessioner; %n registrerade inloggningsmetoder togs bort.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkRunDialog</name>
    <message>
        <source>Bulk password reset</source>
        <translation>Massåterställning av lösenord</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Körning</translation>
    </message>
    <message>
        <source>Run status</source>
        <translation>Körningens status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Förlopp</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Antal</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Takt</translation>
    </message>
    <message>
        <source>Estimated time left</source>
        <translation>Beräknad återstående tid</translation>
    </message>
    <message>
        <source>Pause or resume the run</source>
        <translation>Pausa eller återuppta körningen</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausa</translation>
    </message>
    <message>
        <source>Cancel the run</source>
        <translation>Avbryt körningen</translation>
    </message>
    <message>
        <source>Ca&amp;ncel run…</source>
        <translation>Avbry&amp;t körningen…</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Show only users who were not reset</source>
        <translation>Visa bara användare som inte återställdes</translation>
    </message>
    <message>
        <source>Show &amp;failed only</source>
        <translation>Visa bara &amp;misslyckade</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Reveal the password of the selected user</source>
        <translation>Visa lösenordet för den markerade användaren</translation>
    </message>
    <message>
        <source>Re&amp;veal password</source>
        <translation>&amp;Visa lösenord</translation>
    </message>
    <message>
        <source>Reveal all passwords</source>
        <translation>Visa alla lösenord</translation>
    </message>
    <message>
        <source>Reveal &amp;all</source>
        <translation>Visa &amp;alla</translation>
    </message>
    <message>
        <source>Copy the password of the selected user</source>
        <translation>Kopiera lösenordet för den markerade användaren</translation>
    </message>
    <message>
        <source>C&amp;opy password</source>
        <translation>K&amp;opiera lösenord</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Hand-over</source>
        <translation>Överlämning</translation>
    </message>
    <message>
        <source>Retry the users who were not reset</source>
        <translation>Försök igen med användarna som inte återställdes</translation>
    </message>
    <message>
        <source>&amp;Retry failed</source>
        <translation>&amp;Försök igen med misslyckade</translation>
    </message>
    <message>
        <source>Print password slips</source>
        <translation>Skriv ut lösenordslappar</translation>
    </message>
    <message>
        <source>Print &amp;slips…</source>
        <translation>Skriv ut lösenords&amp;lappar…</translation>
    </message>
    <message>
        <source>Email the passwords</source>
        <translation>Skicka lösenorden med e-post</translation>
    </message>
    <message>
        <source>&amp;Email passwords…</source>
        <translation>Skicka lösenord med &amp;e-post…</translation>
    </message>
    <message>
        <source>Save the results as a CSV file</source>
        <translation>Spara resultatet som en CSV-fil</translation>
    </message>
    <message>
        <source>Save results as &amp;CSV…</source>
        <translation>Spara resultatet som &amp;CSV…</translation>
    </message>
    <message>
        <source>Close the window</source>
        <translation>Stäng fönstret</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>St&amp;äng</translation>
    </message>
    <message numerus="yes">
        <source>Resetting the passwords of %Ln user(s)</source>
        <translation>
            <numerusform>Återställer lösenordet för %Ln användare</numerusform>
            <numerusform>Återställer lösenorden för %Ln användare</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 done: %3 reset, %4 not reset, %5 waiting because Microsoft 365 asked to slow down.</source>
        <translation>%1 av %2 klara: %3 återställda, %4 inte återställda, %5 väntar eftersom Microsoft 365 bad om lägre takt.</translation>
    </message>
    <message>
        <source>Paused: the record of the passwords could not be written.</source>
        <translation>Pausad: uppgifterna om lösenorden kunde inte skrivas.</translation>
    </message>
    <message>
        <source>Cancelling: waiting for the answers to requests already sent…</source>
        <translation>Avbryter: väntar på svar på begäranden som redan har skickats…</translation>
    </message>
    <message>
        <source>Paused. Requests already sent are still answered; click Resume to go on.</source>
        <translation>Pausad. Begäranden som redan har skickats besvaras ändå. Klicka på Återuppta för att fortsätta.</translation>
    </message>
    <message>
        <source>Resetting passwords…</source>
        <translation>Återställer lösenord…</translation>
    </message>
    <message>
        <source>Signing the users out of all sessions…</source>
        <translation>Loggar ut användarna från alla sessioner…</translation>
    </message>
    <message>
        <source>Finished. Every user was reset.</source>
        <translation>Klart. Alla användare återställdes.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s) per minute</source>
        <translation>
            <numerusform>%Ln användare per minut</numerusform>
            <numerusform>%Ln användare per minut</numerusform>
        </translation>
    </message>
    <message>
        <source>Measuring the rate…</source>
        <translation>Mäter takten…</translation>
    </message>
    <message>
        <source>Estimating the time left…</source>
        <translation>Beräknar återstående tid…</translation>
    </message>
    <message>
        <source>Less than a minute left</source>
        <translation>Mindre än en minut kvar</translation>
    </message>
    <message numerus="yes">
        <source>About %Ln minute(s) left</source>
        <translation>
            <numerusform>Cirka %Ln minut kvar</numerusform>
            <numerusform>Cirka %Ln minuter kvar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %Ln hour(s) left</source>
        <translation>
            <numerusform>Cirka %Ln timme kvar</numerusform>
            <numerusform>Cirka %Ln timmar kvar</numerusform>
        </translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>Åter&amp;uppta</translation>
    </message>
    <message>
        <source>Cancel the run?</source>
        <translation>Vill du avbryta körningen?</translation>
    </message>
    <message>
        <source>Users not reset yet are left as they are. Requests already sent are still answered, so this can take a moment. Users already reset keep their new passwords.</source>
        <translation>Användare som inte har återställts än lämnas som de är. Begäranden som redan har skickats besvaras ändå, så det kan ta en stund. Användare som redan har återställts behåller sina nya lösenord.</translation>
    </message>
    <message>
        <source>Cancel &amp;run</source>
        <translation>Avbryt &amp;körningen</translation>
    </message>
    <message>
        <source>&amp;Keep going</source>
        <translation>&amp;Fortsätt</translation>
    </message>
    <message>
        <source>Stop the run and close?</source>
        <translation>Vill du stoppa körningen och stänga?</translation>
    </message>
    <message>
        <source>ResetDesk is still resetting passwords. If you close this window, the run stops once the requests already sent are answered. Users already reset keep their new passwords: ResetDesk keeps its encrypted record of them and offers the run again the next time it starts.</source>
        <translation>ResetDesk återställer fortfarande lösenord. Om du stänger fönstret stoppas körningen när begäranden som redan har skickats har besvarats. Användare som redan har återställts behåller sina nya lösenord: ResetDesk sparar dem krypterade och erbjuder körningen igen nästa gång programmet startar.</translation>
    </message>
    <message>
        <source>&amp;Stop and close</source>
        <translation>&amp;Stoppa och stäng</translation>
    </message>
    <message>
        <source>&amp;Keep open</source>
        <translation>&amp;Låt vara öppet</translation>
    </message>
    <message>
        <source>Close without handing over the passwords?</source>
        <translation>Vill du stänga utan att lämna över lösenorden?</translation>
    </message>
    <message numerus="yes">
        <source>The temporary passwords of %Ln user(s) were not printed, emailed or saved. Once this window is closed they are no longer shown; ResetDesk keeps its encrypted record of them and offers them again the next time it starts.</source>
        <translation>
            <numerusform>Det tillfälliga lösenordet för %Ln användare har inte skrivits ut, skickats med e-post eller sparats. När fönstret stängs visas det inte längre. ResetDesk sparar det krypterat och erbjuder det igen nästa gång programmet startar.</numerusform>
            <numerusform>De tillfälliga lösenorden för %Ln användare har inte skrivits ut, skickats med e-post eller sparats. När fönstret stängs visas de inte längre. ResetDesk sparar dem krypterade och erbjuder dem igen nästa gång programmet startar.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Close anyway</source>
        <translation>&amp;Stäng ändå</translation>
    </message>
    <message>
        <source>ResetDesk could not write its encrypted record of the new passwords, so the run paused: no password is sent without its record. Free some disk space, or make sure the folder %1 is writable, then click Resume.</source>
        <translation>ResetDesk kunde inte skriva sina krypterade uppgifter om de nya lösenorden, så körningen pausades: inget lösenord skickas utan att det först har sparats. Frigör diskutrymme eller se till att mappen %1 är skrivbar, och klicka sedan på Återuppta.</translation>
    </message>
    <message>
        <source>Run paused</source>
        <translation>Körningen pausades</translation>
    </message>
    <message numerus="yes">
        <source>Copied the password of %1. The clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>Lösenordet för %1 kopierades. Urklippet töms om %n sekund.</numerusform>
            <numerusform>Lösenordet för %1 kopierades. Urklippet töms om %n sekunder.</numerusform>
        </translation>
    </message>
    <message>
        <source>bulk-reset-results.csv</source>
        <extracomment>Suggested file name; keep it short and without spaces.</extracomment>
        <translation>massaterstallning-resultat.csv</translation>
    </message>
    <message>
        <source>Save results with the temporary passwords</source>
        <translation>Spara resultatet med de tillfälliga lösenorden</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Could not make %1 private, so nothing was written. Choose a folder on a local disk.</source>
        <translation>Det gick inte att göra %1 privat, så inget skrevs. Välj en mapp på en lokal disk.</translation>
    </message>
    <message>
        <source>Could not write %1. Choose a folder you can write to and try again.</source>
        <translation>Det gick inte att skriva %1. Välj en mapp som du kan skriva i och försök igen.</translation>
    </message>
    <message>
        <source>Saved the results with the temporary passwords to %1. Only you can open the file; delete it once the passwords are handed over.</source>
        <translation>Resultatet med de tillfälliga lösenorden sparades i %1. Bara du kan öppna filen. Ta bort den när lösenorden har lämnats över.</translation>
    </message>
    <message>
        <source>The passwords were handed over, so ResetDesk deleted its saved record of this run. To reset users who were not reset, start a new reset for them.</source>
        <translation>Lösenorden har lämnats över, så ResetDesk tog bort sina sparade uppgifter om den här körningen. Starta en ny återställning för användare som inte återställdes.</translation>
    </message>
    <message>
        <source>The passwords were handed over, but ResetDesk could not delete its saved record of this run. Delete it with Reset › Delete saved reset records.</source>
        <translation>Lösenorden har lämnats över, men ResetDesk kunde inte ta bort sina sparade uppgifter om den här körningen. Ta bort dem med Återställ › Ta bort sparade återställningsposter.</translation>
    </message>
    <message>
        <source>The passwords were handed over. Deleting the saved record of this run…</source>
        <translation>Lösenorden har lämnats över. Tar bort de sparade uppgifterna om den här körningen…</translation>
    </message>
    <message>
        <source>ResetDesk could not record the last answers in its encrypted record of this run. Every password shown here was recorded before it was sent. Free some disk space, or make sure the folder %1 is writable, before the next run.</source>
        <translation>ResetDesk kunde inte registrera de sista svaren i sina krypterade uppgifter om den här körningen. Alla lösenord som visas här sparades innan de skickades. Frigör diskutrymme eller se till att mappen %1 är skrivbar före nästa körning.</translation>
    </message>
    <message>
        <source>Cancelled: %1 reset, %2 not sent. Click Retry failed to reset the users not sent.</source>
        <translation>Avbruten: %1 återställda, %2 inte skickade. Klicka på Försök igen med misslyckade för att återställa användarna som inte skickades.</translation>
    </message>
    <message>
        <source>Cancelled: %1 reset, %2 not reset, %3 not sent. The Reason column says why; click Retry failed to send the others again.</source>
        <translation>Avbruten: %1 återställda, %2 inte återställda, %3 inte skickade. Kolumnen Orsak visar varför. Klicka på Försök igen med misslyckade för att skicka de övriga igen.</translation>
    </message>
    <message>
        <source>Stopped: %1 reset, %2 not reset, %3 not sent. The message below says what to do.</source>
        <translation>Stoppad: %1 återställda, %2 inte återställda, %3 inte skickade. Meddelandet nedan talar om vad du ska göra.</translation>
    </message>
    <message numerus="yes">
        <source>Finished with problems: %1 reset, %2 not reset, of whom %n may be set but are not confirmed. The Reason column says why; fix the cause, then click Retry failed.</source>
        <translation>
            <numerusform>Klart med problem: %1 återställda, %2 inte återställda, varav %n kan vara angiven men inte bekräftad. Kolumnen Orsak visar varför. Åtgärda orsaken och klicka sedan på Försök igen med misslyckade.</numerusform>
            <numerusform>Klart med problem: %1 återställda, %2 inte återställda, varav %n kan vara angivna men inte bekräftade. Kolumnen Orsak visar varför. Åtgärda orsaken och klicka sedan på Försök igen med misslyckade.</numerusform>
        </translation>
    </message>
    <message>
        <source>Finished with problems: %1 reset, %2 not reset. The Reason column says why; fix the cause, then click Retry failed.</source>
        <translation>Klart med problem: %1 återställda, %2 inte återställda. Kolumnen Orsak visar varför. Åtgärda orsaken och klicka sedan på Försök igen med misslyckade.</translation>
    </message>
    <message numerus="yes">
        <source>Saved the results with the temporary passwords to %1, including %n user(s) whose password may be set but is not confirmed. Only you can open the file; delete it once the passwords are handed over.</source>
        <translation>
            <numerusform>Resultatet med de tillfälliga lösenorden sparades i %1, inklusive %n användare vars lösenord kan vara angivet men inte är bekräftat. Bara du kan öppna filen. Ta bort den när lösenorden har lämnats över.</numerusform>
            <numerusform>Resultatet med de tillfälliga lösenorden sparades i %1, inklusive %n användare vars lösenord kan vara angivna men inte är bekräftade. Bara du kan öppna filen. Ta bort den när lösenorden har lämnats över.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <extracomment>Ends a list of user names: &quot;anna@…, bo@… and 12 more&quot;</extracomment>
        <translation>
            <numerusform>%n till</numerusform>
            <numerusform>%n till</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The passwords of %n user(s) were not handed over yet, so ResetDesk keeps its saved record of this run. Still missing: %1.</source>
        <translation>
            <numerusform>Lösenordet för %n användare har inte lämnats över än, så ResetDesk behåller sin sparade post över den här körningen. Saknas fortfarande: %1.</numerusform>
            <numerusform>Lösenorden för %n användare har inte lämnats över än, så ResetDesk behåller sin sparade post över den här körningen. Saknas fortfarande: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The passwords were handed over. %n user(s) may be set but are not confirmed: ResetDesk keeps its saved record so that Retry failed, or the next start, can confirm them.</source>
        <translation>
            <numerusform>Lösenorden har lämnats över. %n användares lösenord kan vara angivet men är inte bekräftat: ResetDesk behåller sin sparade post så att Försök igen med misslyckade, eller nästa start, kan bekräfta det.</numerusform>
            <numerusform>Lösenorden har lämnats över. %n användares lösenord kan vara angivna men är inte bekräftade: ResetDesk behåller sin sparade post så att Försök igen med misslyckade, eller nästa start, kan bekräfta dem.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Microsoft 365 asked ResetDesk to wait; trying again in %n second(s). You can pause or cancel the run meanwhile.</source>
        <translation>
            <numerusform>Microsoft 365 bad ResetDesk att vänta. Försöker igen om %n sekund. Du kan pausa eller avbryta körningen under tiden.</numerusform>
            <numerusform>Microsoft 365 bad ResetDesk att vänta. Försöker igen om %n sekunder. Du kan pausa eller avbryta körningen under tiden.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 done: %3 reset, %4 not reset.</source>
        <translation>%1 av %2 klara: %3 återställda, %4 inte återställda.</translation>
    </message>
    <message>
        <source>Removing the users&apos; registered sign-in methods…</source>
        <translation>Tar bort användarnas registrerade inloggningsmetoder…</translation>
    </message>
</context>
<context>
    <name>ChangeOwnPasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>Ändra mitt lösenord</translation>
    </message>
    <message>
        <source>Type your current password, then your new password twice.</source>
        <translation>Skriv ditt nuvarande lösenord och sedan ditt nya lösenord två gånger.</translation>
    </message>
    <message>
        <source>How to change your password</source>
        <translation>Så ändrar du ditt lösenord</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Nuvarande lösenord:</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Nuvarande lösenord</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>N&amp;ytt lösenord:</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nytt lösenord</translation>
    </message>
    <message>
        <source>C&amp;onfirm new password:</source>
        <translation>&amp;Bekräfta nytt lösenord:</translation>
    </message>
    <message>
        <source>Confirm new password</source>
        <translation>Bekräfta nytt lösenord</translation>
    </message>
    <message>
        <source>What the new password still needs</source>
        <translation>Vad det nya lösenordet fortfarande behöver</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Your password has been changed. For your security, Microsoft 365 has now signed you out on every device and in every app, ResetDesk included. Sign in again with your new password to go on working.</source>
        <translation>Ditt lösenord har ändrats. För din säkerhet har Microsoft 365 nu loggat ut dig på alla enheter och i alla appar, även i ResetDesk. Logga in igen med ditt nya lösenord för att fortsätta.</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Lösenordet har ändrats</translation>
    </message>
    <message>
        <source>Sign &amp;in again</source>
        <translation>&amp;Logga in igen</translation>
    </message>
    <message>
        <source>ResetDesk needs your permission to change your password (User-PasswordProfile.ReadWrite.All). %1</source>
        <translation>ResetDesk behöver din behörighet att ändra ditt lösenord (User-PasswordProfile.ReadWrite.All). %1</translation>
    </message>
    <message>
        <source>Your current password is not correct. Type it again, and check that Caps Lock is off.</source>
        <translation>Ditt nuvarande lösenord är inte rätt. Skriv det igen och kontrollera att Caps Lock är av.</translation>
    </message>
    <message>
        <source>Microsoft 365 did not accept the new password. It may be too easy to guess, contain a name or a common word, or be a password you have used before. Choose a different one.</source>
        <translation>Microsoft 365 godtog inte det nya lösenordet. Det kan vara för lätt att gissa, innehålla ett namn eller ett vanligt ord, eller vara ett lösenord som du har använt tidigare. Välj ett annat.</translation>
    </message>
    <message>
        <source>The new password must be different from your current password.</source>
        <translation>Det nya lösenordet måste skilja sig från ditt nuvarande lösenord.</translation>
    </message>
    <message>
        <source>The two new passwords are not the same. Type the new password again in both boxes.</source>
        <translation>De två nya lösenorden är inte likadana. Skriv det nya lösenordet igen i båda rutorna.</translation>
    </message>
    <message>
        <source>ResetDesk needs permission to change your password. Approve it in the browser window that opened.</source>
        <translation>ResetDesk behöver behörighet att ändra ditt lösenord. Godkänn det i webbläsarfönstret som öppnades.</translation>
    </message>
    <message>
        <source>Changing your password…</source>
        <translation>Ändrar ditt lösenord…</translation>
    </message>
    <message>
        <source>C&amp;hange password</source>
        <translation>&amp;Ändra lösenord</translation>
    </message>
</context>
<context>
    <name>CliApplication</name>
    <message>
        <source>Show this help; after a command, the command&apos;s.</source>
        <translation>Visa den här hjälpen; efter ett kommando, kommandots.</translation>
    </message>
    <message>
        <source>Show the version and the commit it was built from.</source>
        <translation>Visa versionen och incheckningen den byggdes från.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Kommandon:</translation>
    </message>
    <message>
        <source>Run resetdesk-cli COMMAND --help for the options and arguments of one command.</source>
        <translation>Kör resetdesk-cli KOMMANDO --help för att se ett kommandos alternativ och argument.</translation>
    </message>
    <message>
        <source>Exit status:</source>
        <translation>Slutstatus:</translation>
    </message>
    <message>
        <source>everything asked for was done</source>
        <translation>allt som begärdes gjordes</translation>
    </message>
    <message>
        <source>some of it failed, for example some users were not reset</source>
        <translation>en del misslyckades, till exempel återställdes inte alla användare</translation>
    </message>
    <message>
        <source>the command line was wrong; nothing was done</source>
        <translation>kommandoraden var fel; inget gjordes</translation>
    </message>
    <message>
        <source>nobody is signed in, the sign-in expired, or a permission is missing</source>
        <translation>ingen är inloggad, inloggningen har gått ut eller en behörighet saknas</translation>
    </message>
    <message>
        <source>Microsoft 365 refused the work for everyone, for example for lack of a role</source>
        <translation>Microsoft 365 nekade arbetet för alla, till exempel för att en roll saknas</translation>
    </message>
    <message>
        <source>Run resetdesk-cli --help to see the commands and options.</source>
        <translation>Kör resetdesk-cli --help för att se kommandon och alternativ.</translation>
    </message>
    <message>
        <source>Reset Microsoft 365 passwords through Microsoft Graph from a terminal or a script, with the sign-in, organizations and saved runs of ResetDesk.</source>
        <translation>Återställ lösenord i Microsoft 365 via Microsoft Graph från en terminal eller ett skript, med ResetDesks inloggning, organisationer och sparade körningar.</translation>
    </message>
    <message>
        <source>What to do; the commands are listed below.</source>
        <translation>Vad som ska göras; kommandona listas nedan.</translation>
    </message>
    <message>
        <source>Built from commit %1</source>
        <translation>Byggd från incheckning %1</translation>
    </message>
    <message>
        <source>There is no command called &quot;%1&quot;.</source>
        <translation>Det finns inget kommando som heter ”%1”.</translation>
    </message>
    <message>
        <source>&lt;command&gt; [arguments...]</source>
        <translation>&lt;kommando&gt; [argument...]</translation>
    </message>
</context>
<context>
    <name>CliBulkRun</name>
    <message>
        <source>ResetDesk could not create the encrypted record it keeps of the new passwords, so nothing was reset. Check that the system keychain is unlocked and that the folder %1 is writable.</source>
        <translation>ResetDesk kunde inte skapa de krypterade uppgifter som sparas om de nya lösenorden, så inget återställdes. Kontrollera att systemets nyckelring är upplåst och att mappen %1 är skrivbar.</translation>
    </message>
    <message>
        <source>ResetDesk could not write the encrypted record of the new passwords, so nothing was reset. Free some disk space, or make sure the folder %1 is writable.</source>
        <translation>ResetDesk kunde inte skriva de krypterade uppgifterna om de nya lösenorden, så inget återställdes. Frigör diskutrymme eller se till att mappen %1 är skrivbar.</translation>
    </message>
    <message>
        <source>ResetDesk could not resume the saved run. It stays saved.</source>
        <translation>ResetDesk kunde inte återuppta den sparade körningen. Den förblir sparad.</translation>
    </message>
    <message>
        <source>The resets could not be recorded in the audit log %1 (%2). The resets themselves stand.</source>
        <translation>Återställningarna kunde inte registreras i granskningsloggen %1 (%2). Själva återställningarna gäller.</translation>
    </message>
    <message>
        <source>Reset: %1. Not reset: %2. Not confirmed: %3. Not sent: %4.</source>
        <translation>Återställda: %1. Inte återställda: %2. Inte bekräftade: %3. Inte skickade: %4.</translation>
    </message>
    <message>
        <source>The run stopped by itself: %1</source>
        <translation>Körningen stoppades av sig själv: %1</translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <extracomment>%1 user name, %2 why it was not reset</extracomment>
        <translation>  %1: %2</translation>
    </message>
</context>
<context>
    <name>CliDirectory</name>
    <message>
        <source>No user is called %1.</source>
        <translation>Ingen användare heter %1.</translation>
    </message>
</context>
<context>
    <name>CliSession</name>
    <message>
        <source>The value of --%1 cannot be used. Run resetdesk-cli --help to see what each option expects.</source>
        <translation>Värdet för --%1 kan inte användas. Kör resetdesk-cli --help för att se vad varje alternativ förväntar sig.</translation>
    </message>
    <message>
        <source>To sign in, open %1 on any device and enter the code %2</source>
        <translation>Logga in genom att öppna %1 på valfri enhet och ange koden %2</translation>
    </message>
    <message>
        <source>Sign in in the browser. If no browser opens, open this address on this computer:</source>
        <translation>Logga in i webbläsaren. Om ingen webbläsare öppnas öppnar du den här adressen på den här datorn:</translation>
    </message>
    <message>
        <source>ResetDesk needs more permissions: %1.</source>
        <translation>ResetDesk behöver fler behörigheter: %1.</translation>
    </message>
    <message>
        <source>To approve them, open %1 on any device and enter the code %2</source>
        <translation>Godkänn dem genom att öppna %1 på valfri enhet och ange koden %2</translation>
    </message>
</context>
<context>
    <name>CliTexts</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is a sentence, %2 technical detail such as an error code</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nobody is signed in to this organization. Run resetdesk-cli signin first.</source>
        <translation>Ingen är inloggad i den här organisationen. Kör resetdesk-cli signin först.</translation>
    </message>
    <message>
        <source>Signing in was cancelled.</source>
        <translation>Inloggningen avbröts.</translation>
    </message>
    <message>
        <source>No answer came from the browser in time. Run resetdesk-cli signin again.</source>
        <translation>Inget svar kom från webbläsaren i tid. Kör resetdesk-cli signin igen.</translation>
    </message>
    <message>
        <source>The sign-in or the permissions were declined.</source>
        <translation>Inloggningen eller behörigheterna nekades.</translation>
    </message>
    <message>
        <source>The sign-in code expired before it was used. Run resetdesk-cli signin again.</source>
        <translation>Inloggningskoden gick ut innan den användes. Kör resetdesk-cli signin igen.</translation>
    </message>
    <message>
        <source>The sign-in has expired. Run resetdesk-cli signin again.</source>
        <translation>Inloggningen har gått ut. Kör resetdesk-cli signin igen.</translation>
    </message>
    <message>
        <source>The organization has not approved a permission ResetDesk needs. Ask a Global Administrator to grant admin consent, then try again.</source>
        <translation>Organisationen har inte godkänt en behörighet som ResetDesk behöver. Be en global administratör att ge administratörsmedgivande och försök sedan igen.</translation>
    </message>
    <message>
        <source>Microsoft 365 cannot be reached. Check the network connection and try again.</source>
        <translation>Det går inte att nå Microsoft 365. Kontrollera nätverksanslutningen och försök igen.</translation>
    </message>
    <message>
        <source>A Conditional Access policy of the organization blocks this sign-in. Try resetdesk-cli signin --browser, or ask the administrator of the policy.</source>
        <translation>En princip för villkorsstyrd åtkomst i organisationen blockerar den här inloggningen. Prova resetdesk-cli signin --browser eller fråga principens administratör.</translation>
    </message>
    <message>
        <source>The permissions were approved by %1, but %2 is signed in. Approve them as %2.</source>
        <translation>Behörigheterna godkändes av %1, men %2 är inloggad. Godkänn dem som %2.</translation>
    </message>
    <message>
        <source>Signing in failed: %1</source>
        <translation>Inloggningen misslyckades: %1</translation>
    </message>
    <message>
        <source>Microsoft 365 refused: your admin role or ResetDesk&apos;s permissions do not allow this.</source>
        <translation>Microsoft 365 nekade: din administratörsroll eller ResetDesks behörigheter tillåter inte detta.</translation>
    </message>
    <message>
        <source>Microsoft 365 does not know this user or object any more.</source>
        <translation>Microsoft 365 känner inte längre till den här användaren eller det här objektet.</translation>
    </message>
    <message>
        <source>Microsoft 365 rejected the password: it does not meet the password rules.</source>
        <translation>Microsoft 365 avvisade lösenordet: det uppfyller inte lösenordsreglerna.</translation>
    </message>
    <message>
        <source>The account is synced from on-premises Active Directory; change it there.</source>
        <translation>Kontot synkroniseras från den lokala Active Directory-katalogen; ändra det där.</translation>
    </message>
    <message>
        <source>Microsoft 365 asked to slow down and kept refusing. Try again in a few minutes.</source>
        <translation>Microsoft 365 bad om lägre takt och fortsatte att neka. Försök igen om några minuter.</translation>
    </message>
    <message>
        <source>Microsoft 365 is not answering right now. Try again in a few minutes.</source>
        <translation>Microsoft 365 svarar inte just nu. Försök igen om några minuter.</translation>
    </message>
    <message>
        <source>Microsoft 365 answered with an error: %1</source>
        <translation>Microsoft 365 svarade med ett fel: %1</translation>
    </message>
    <message>
        <source>Reset, but not signed out everywhere: %1</source>
        <translation>Återställd, men inte utloggad överallt: %1</translation>
    </message>
    <message>
        <source>The answer was lost: the password may be set, not confirmed.</source>
        <translation>Svaret gick förlorat: lösenordet kan vara satt, inte bekräftat.</translation>
    </message>
    <message>
        <source>Not sent: the run was stopped first.</source>
        <translation>Inte skickad: körningen stoppades först.</translation>
    </message>
    <message>
        <source>The file lists no users.</source>
        <translation>Filen innehåller inga användare.</translation>
    </message>
    <message>
        <source>The file&apos;s text encoding cannot be read. Save it as UTF-8 (&quot;CSV UTF-8&quot; in Excel).</source>
        <translation>Filens teckenkodning kan inte läsas. Spara den som UTF-8 (”CSV UTF-8” i Excel).</translation>
    </message>
    <message>
        <source>a quoted field is never closed</source>
        <translation>ett citerat fält avslutas aldrig</translation>
    </message>
    <message>
        <source>text follows a closing quote; double any quote inside a quoted field</source>
        <translation>text följer efter ett avslutande citattecken; dubblera citattecken inuti ett citerat fält</translation>
    </message>
    <message>
        <source>more than two fields; put a password that holds the separator in quotes</source>
        <translation>fler än två fält; sätt ett lösenord som innehåller avgränsaren inom citattecken</translation>
    </message>
    <message>
        <source>the user field is empty</source>
        <translation>användarfältet är tomt</translation>
    </message>
    <message>
        <source>no user is called %1</source>
        <translation>ingen användare heter %1</translation>
    </message>
    <message>
        <source>%1 is listed already on line %2</source>
        <translation>%1 finns redan på rad %2</translation>
    </message>
    <message>
        <source>the password for %1 does not meet the Microsoft 365 rules</source>
        <translation>lösenordet för %1 uppfyller inte reglerna i Microsoft 365</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <extracomment>%1 line number, %2 what is wrong on it</extracomment>
        <translation>Rad %1: %2</translation>
    </message>
</context>
<context>
    <name>ConnectionSettings</name>
    <message>
        <source>Microsoft cloud: global, usgov, usgovdod, china or custom.</source>
        <translation>Microsoft-moln: global, usgov, usgovdod, china eller custom.</translation>
    </message>
    <message>
        <source>Organization to sign in to: a tenant ID, a domain, or &quot;organizations&quot;.</source>
        <translation>Organisationen att logga in i: ett klientorganisations-ID, en domän eller &quot;organizations&quot;.</translation>
    </message>
    <message>
        <source>Application (client) ID of your app registration.</source>
        <translation>Program-ID (klient-ID) för din appregistrering.</translation>
    </message>
    <message>
        <source>Sign-in host for the custom cloud, e.g. https://login.example.com.</source>
        <translation>Inloggningsvärd för det anpassade molnet, t.ex. https://login.example.com.</translation>
    </message>
    <message>
        <source>Microsoft Graph root for the custom cloud, e.g. https://graph.example.com/v1.0.</source>
        <translation>Microsoft Graph-rot för det anpassade molnet, t.ex. https://graph.example.com/v1.0.</translation>
    </message>
</context>
<context>
    <name>ContainmentActions</name>
    <message>
        <source>Contain an &amp;incident…</source>
        <translation>Begränsa en &amp;incident…</translation>
    </message>
    <message>
        <source>Reset everyone&apos;s password, sign everyone out and optionally make them register their sign-in methods again</source>
        <translation>Återställ allas lösenord, logga ut alla och kräv om du vill att de registrerar sina inloggningsmetoder igen</translation>
    </message>
    <message>
        <source>Contain an &amp;incident for the ticked users…</source>
        <translation>Begränsa en &amp;incident för de markerade användarna…</translation>
    </message>
</context>
<context>
    <name>ContainmentPanel</name>
    <message>
        <source>Organization domain to confirm</source>
        <translation>Organisationens domän som bekräftelse</translation>
    </message>
    <message>
        <source>&amp;Type the domain to confirm:</source>
        <translation>Skriv &amp;domänen för att bekräfta:</translation>
    </message>
    <message numerus="yes">
        <source>This run includes %n privileged administrator(s). Reading the domain to type…</source>
        <translation>
            <numerusform>Körningen omfattar %n privilegierad administratör. Läser domänen som ska skrivas…</numerusform>
            <numerusform>Körningen omfattar %n privilegierade administratörer. Läser domänen som ska skrivas…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This run touches %n user(s). Reading the domain to type…</source>
        <translation>
            <numerusform>Körningen berör %n användare. Läser domänen som ska skrivas…</numerusform>
            <numerusform>Körningen berör %n användare. Läser domänen som ska skrivas…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This run includes %n privileged administrator(s). Type %1 to confirm.</source>
        <extracomment>%1 is the organization&apos;s domain, for example contoso.com</extracomment>
        <translation>
            <numerusform>Körningen omfattar %n privilegierad administratör. Skriv %1 för att bekräfta.</numerusform>
            <numerusform>Körningen omfattar %n privilegierade administratörer. Skriv %1 för att bekräfta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This run touches %n user(s). Type %1 to confirm.</source>
        <translation>
            <numerusform>Körningen berör %n användare. Skriv %1 för att bekräfta.</numerusform>
            <numerusform>Körningen berör %n användare. Skriv %1 för att bekräfta.</numerusform>
        </translation>
    </message>
    <message>
        <source>For every user in the plan: a new temporary password that must be changed at the next sign-in, and sign-out of all sessions and devices. If you also require them to register their sign-in methods again, every method but the password is removed.</source>
        <translation>För varje användare i planen: ett nytt tillfälligt lösenord som måste bytas vid nästa inloggning, och utloggning från alla sessioner och enheter. Om du också kräver att de registrerar sina inloggningsmetoder igen tas alla metoder utom lösenordet bort.</translation>
    </message>
    <message>
        <source>Require users to re&amp;gister their sign-in methods again</source>
        <translation>Kräv att användarna &amp;registrerar sina inloggningsmetoder igen</translation>
    </message>
    <message>
        <source>Removes every sign-in method but the password, such as authenticator apps, phone numbers and security keys.</source>
        <translation>Tar bort alla inloggningsmetoder utom lösenordet, till exempel autentiseringsappar, telefonnummer och säkerhetsnycklar.</translation>
    </message>
</context>
<context>
    <name>DomainExpiryDialog</name>
    <message>
        <source>Password expiration policy</source>
        <translation>Förfalloprincip för lösenord</translation>
    </message>
    <message>
        <source>Choose whether passwords in your organization expire. Microsoft recommends that they never expire: people who must change their password regularly tend to pick weaker passwords that follow a pattern. Ask for a new password only when one may be known to someone else.</source>
        <translation>Välj om lösenorden i din organisation ska upphöra att gälla. Microsoft rekommenderar att de aldrig upphör att gälla: den som regelbundet måste byta lösenord väljer ofta svagare lösenord som följer ett mönster. Kräv ett nytt lösenord bara när någon annan kan känna till det.</translation>
    </message>
    <message>
        <source>About password expiry</source>
        <translation>Om lösenord som upphör att gälla</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Domän:</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domän</translation>
    </message>
    <message>
        <source>Current setting:</source>
        <translation>Nuvarande inställning:</translation>
    </message>
    <message>
        <source>Current setting</source>
        <translation>Nuvarande inställning</translation>
    </message>
    <message>
        <source>Applies to:</source>
        <translation>Gäller för:</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Gäller för</translation>
    </message>
    <message>
        <source>Passwords &amp;never expire (recommended)</source>
        <translation>Lösenord upphör &amp;aldrig att gälla (rekommenderas)</translation>
    </message>
    <message>
        <source>Passwords &amp;expire after a number of days</source>
        <translation>Lösenord upphör att gälla efter ett &amp;visst antal dagar</translation>
    </message>
    <message>
        <source>Days before passwords e&amp;xpire (14–730):</source>
        <translation>Antal dagar innan lösenord &amp;upphör att gälla (14–730):</translation>
    </message>
    <message>
        <source>Days before passwords expire</source>
        <translation>Antal dagar innan lösenord upphör att gälla</translation>
    </message>
    <message>
        <source>Days before a user is n&amp;otified (1–30):</source>
        <translation>Antal dagar innan användaren &amp;meddelas (1–30):</translation>
    </message>
    <message>
        <source>Days before a user is notified about expiration</source>
        <translation>Antal dagar innan användaren meddelas om att lösenordet upphör att gälla</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>ResetDesk needs your permission to read and change domain settings (Domain.ReadWrite.All). %1</source>
        <translation>ResetDesk behöver din behörighet att läsa och ändra domäninställningar (Domain.ReadWrite.All). %1</translation>
    </message>
    <message>
        <source>%1 is a federated domain: its users sign in through your own identity system, so set password expiry there.</source>
        <translation>%1 är en federerad domän: användarna loggar in via ert eget identitetssystem, så ange förfalloprincipen för lösenord där.</translation>
    </message>
    <message>
        <source>%1 is a subdomain: it follows the setting of its parent domain. Choose the parent domain to change it.</source>
        <translation>%1 är en underdomän: den följer inställningen för sin överordnade domän. Välj den överordnade domänen om du vill ändra den.</translation>
    </message>
    <message>
        <source>Enter between %1 and %2 days before passwords expire; Microsoft 365 accepts no other number. To stop passwords from expiring, choose “Passwords never expire”.</source>
        <translation>Ange mellan %1 och %2 dagar innan lösenord upphör att gälla; Microsoft 365 godtar inget annat antal. Om lösenord inte ska upphöra att gälla väljer du ”Lösenord upphör aldrig att gälla”.</translation>
    </message>
    <message>
        <source>Enter between %1 and %2 days for the notification before a password expires.</source>
        <translation>Ange mellan %1 och %2 dagar för meddelandet innan ett lösenord upphör att gälla.</translation>
    </message>
    <message>
        <source>Notify users fewer days before expiry than the number of days a password lasts, or users are reminded from the day they set it.</source>
        <translation>Meddela användarna färre dagar innan lösenordet upphör att gälla än antalet dagar det gäller, annars påminns de från samma dag som de anger det.</translation>
    </message>
    <message>
        <source>Passwords never expire.</source>
        <translation>Lösenord upphör aldrig att gälla.</translation>
    </message>
    <message numerus="yes">
        <source>Passwords expire after %n day(s).</source>
        <translation>
            <numerusform>Lösenord upphör att gälla efter %n dag.</numerusform>
            <numerusform>Lösenord upphör att gälla efter %n dagar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Users are notified %n day(s) before.</source>
        <translation>
            <numerusform>Användarna meddelas %n dag innan.</numerusform>
            <numerusform>Användarna meddelas %n dagar innan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not set, so Microsoft 365 uses its default: %1 %2</source>
        <translation>Inte angivet, så Microsoft 365 använder sitt standardvärde: %1 %2</translation>
    </message>
    <message>
        <source>Everyone whose user name ends in @%1, and users of its subdomains.</source>
        <translation>Alla vars användarnamn slutar på @%1, och användare i dess underdomäner.</translation>
    </message>
    <message>
        <source>ResetDesk needs permission to read and change domain settings. Approve it in the browser window that opened.</source>
        <translation>ResetDesk behöver behörighet att läsa och ändra domäninställningar. Godkänn det i webbläsarfönstret som öppnades.</translation>
    </message>
    <message>
        <source>Reading your domains…</source>
        <translation>Läser dina domäner…</translation>
    </message>
    <message>
        <source>Your organization has no verified domains.</source>
        <translation>Din organisation har inga verifierade domäner.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Sparar…</translation>
    </message>
    <message>
        <source>Saved. The new setting applies to %1.</source>
        <translation>Sparat. Den nya inställningen gäller för %1.</translation>
    </message>
    <message>
        <source>The change was made, but it could not be written to the audit log %1 (%2).</source>
        <extracomment>%1 is the audit log file, %2 the system&apos;s reason</extracomment>
        <translation>Ändringen gjordes, men den kunde inte skrivas till granskningsloggen %1 (%2).</translation>
    </message>
</context>
<context>
    <name>EmailPasswordsDialog</name>
    <message>
        <source>Email temporary passwords</source>
        <translation>Skicka tillfälliga lösenord via e-post</translation>
    </message>
    <message>
        <source>How to send</source>
        <translation>Hur de ska skickas</translation>
    </message>
    <message>
        <source>&amp;One message listing every user and password, to recipients you choose</source>
        <translation>&amp;Ett meddelande med alla användare och lösenord, till mottagare som du väljer</translation>
    </message>
    <message>
        <source>One message to recipients you choose</source>
        <translation>Ett meddelande till mottagare som du väljer</translation>
    </message>
    <message>
        <source>&amp;Recipients:</source>
        <translation>M&amp;ottagare:</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Mottagare</translation>
    </message>
    <message>
        <source>name@example.com; other@example.com</source>
        <translation>namn@example.com; annan@example.com</translation>
    </message>
    <message>
        <source>One message to &amp;each user&apos;s alternate email address, in the user&apos;s language</source>
        <translation>Ett meddelande till &amp;varje användares alternativa e-postadress, på användarens språk</translation>
    </message>
    <message>
        <source>One message to each user&apos;s alternate email address</source>
        <translation>Ett meddelande till varje användares alternativa e-postadress</translation>
    </message>
    <message>
        <source>Users without a usable alternate email address</source>
        <translation>Användare utan användbar alternativ e-postadress</translation>
    </message>
    <message>
        <source>I &amp;understand that the passwords will be sent by email, and that anyone who can read these mailboxes can read the passwords.</source>
        <translation>Jag &amp;förstår att lösenorden skickas via e-post och att alla som kan läsa de här postlådorna kan läsa lösenorden.</translation>
    </message>
    <message>
        <source>I understand that the passwords will be sent by email</source>
        <translation>Jag förstår att lösenorden skickas via e-post</translation>
    </message>
    <message>
        <source>Messages sent</source>
        <translation>Skickade meddelanden</translation>
    </message>
    <message>
        <source>&amp;Not sent:</source>
        <translation>Ej s&amp;kickade:</translation>
    </message>
    <message>
        <source>Messages not sent</source>
        <translation>Meddelanden som inte skickades</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Skicka</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Skicka</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausa</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Resu&amp;me</source>
        <translation>&amp;Återuppta</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Återuppta</translation>
    </message>
    <message>
        <source>Retry &amp;failed</source>
        <translation>Försök &amp;igen med misslyckade</translation>
    </message>
    <message>
        <source>Retry failed messages</source>
        <translation>Försök igen med meddelanden som misslyckades</translation>
    </message>
    <message>
        <source>&amp;Cancel sending</source>
        <translation>&amp;Avbryt sändningen</translation>
    </message>
    <message>
        <source>Cancel sending</source>
        <translation>Avbryt sändningen</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>St&amp;äng</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message numerus="yes">
        <source>Send the temporary passwords of %n user(s) by email from your mailbox %1.</source>
        <translation>
            <numerusform>Skicka det tillfälliga lösenordet för %n användare via e-post från din postlåda %1.</numerusform>
            <numerusform>Skicka de tillfälliga lösenorden för %n användare via e-post från din postlåda %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not an email address. Type addresses as name@example.com, separated by semicolons.</source>
        <translation>”%1” är inte en e-postadress. Skriv adresser som namn@example.com, åtskilda med semikolon.</translation>
    </message>
    <message>
        <source>“%1” is the mailbox of %2, whose password was just reset, so the passwords cannot be sent there. Choose an address outside the accounts you reset.</source>
        <translation>”%1” är postlådan för %2, vars lösenord just återställdes, så lösenorden kan inte skickas dit. Välj en adress utanför de konton som du återställde.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A user who gets no email: display name and user name</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) have no alternate email address that can be used. Hand their passwords over on a printed slip instead:</source>
        <translation>
            <numerusform>%n användare har ingen alternativ e-postadress som kan användas. Lämna över lösenordet på en utskriven lösenordslapp i stället:</numerusform>
            <numerusform>%n användare har ingen alternativ e-postadress som kan användas. Lämna över deras lösenord på utskrivna lösenordslappar i stället:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) were left out because they are the mailbox of an account whose password was just reset.</source>
        <translation>
            <numerusform>%n adress utelämnades eftersom den är postlådan för ett konto vars lösenord just återställdes.</numerusform>
            <numerusform>%n adresser utelämnades eftersom de är postlådor för konton vars lösenord just återställdes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the sending limit of your mailbox (30 messages per minute). Sending goes on by itself.</source>
        <translation>Väntar på sändningsgränsen för din postlåda (30 meddelanden per minut). Sändningen fortsätter av sig själv.</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 sent</source>
        <extracomment>Progress of sending email, e.g. &quot;3 of 10 sent&quot;</extracomment>
        <translation>
            <numerusform>%n av %1 skickat</numerusform>
            <numerusform>%n av %1 skickade</numerusform>
        </translation>
    </message>
    <message>
        <source>Exchange Online did not accept the address. Check it, or hand the password over on a printed slip instead.</source>
        <translation>Exchange Online godtog inte adressen. Kontrollera den, eller lämna över lösenordet på en utskriven lösenordslapp i stället.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A failure: headline, then what to do next</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <extracomment>%1 user name, %2 email addresses, %3 why it failed and what to do</extracomment>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>List to %1: %2</source>
        <extracomment>%1 email addresses, %2 why it failed and what to do</extracomment>
        <translation>Lista till %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 Sending is paused; click Resume to send the remaining %n message(s).</source>
        <translation>
            <numerusform>%1 Sändningen har pausats. Klicka på Återuppta för att skicka det återstående meddelandet.</numerusform>
            <numerusform>%1 Sändningen har pausats. Klicka på Återuppta för att skicka de återstående %n meddelandena.</numerusform>
        </translation>
    </message>
    <message>
        <source>ResetDesk may not send email as you, so nothing was sent. %1</source>
        <translation>ResetDesk får inte skicka e-post som du, så inget skickades. %1</translation>
    </message>
    <message>
        <source>Allow ResetDesk to send email as you in the browser window that opened. Sending starts once you have agreed.</source>
        <translation>Tillåt ResetDesk att skicka e-post som du i webbläsarfönstret som öppnades. Sändningen börjar när du har godkänt.</translation>
    </message>
    <message>
        <source>Waiting for the message being sent…</source>
        <translation>Väntar på meddelandet som skickas…</translation>
    </message>
    <message>
        <source>Paused. Click Resume to send the remaining messages.</source>
        <translation>Pausat. Klicka på Återuppta för att skicka återstående meddelanden.</translation>
    </message>
    <message numerus="yes">
        <source>Sending cancelled; %n message(s) were not sent. Click Send to send only those.</source>
        <translation>
            <numerusform>Sändningen avbröts; %n meddelande skickades inte. Klicka på Skicka för att skicka bara det.</numerusform>
            <numerusform>Sändningen avbröts; %n meddelanden skickades inte. Klicka på Skicka för att skicka bara dem.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) could not be sent; see the list below. Fix the problem and click Retry failed, or hand those passwords over on a printed slip.</source>
        <translation>
            <numerusform>%n meddelande kunde inte skickas; se listan nedan. Åtgärda problemet och klicka på Försök igen med misslyckade, eller lämna över lösenordet på en utskriven lösenordslapp.</numerusform>
            <numerusform>%n meddelanden kunde inte skickas; se listan nedan. Åtgärda problemet och klicka på Försök igen med misslyckade, eller lämna över de lösenorden på utskrivna lösenordslappar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n message(s) sent.</source>
        <translation>
            <numerusform>Meddelandet har skickats.</numerusform>
            <numerusform>Alla %n meddelanden har skickats.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of these messages were sent earlier and will not be sent again.</source>
        <translation>
            <numerusform>%n av dessa meddelanden skickades tidigare och skickas inte igen.</numerusform>
            <numerusform>%n av dessa meddelanden skickades tidigare och skickas inte igen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The messages could not be recorded in the audit log %1 (%2).</source>
        <extracomment>%1 is the audit log file, %2 the system&apos;s reason</extracomment>
        <translation>Meddelandena kunde inte skrivas till granskningsloggen %1 (%2).</translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <source>Not allowed</source>
        <translation>Inte tillåtet</translation>
    </message>
    <message>
        <source>Your account does not have permission to do this for this user. Ask a Global Administrator to do it, or to give you a role that allows it (for example Password Administrator or User Administrator).</source>
        <translation>Ditt konto har inte behörighet att göra det här för den här användaren. Be en global administratör att göra det, eller att ge dig en roll som tillåter det (till exempel lösenordsadministratör eller användaradministratör).</translation>
    </message>
    <message>
        <source>User not found</source>
        <translation>Användaren hittades inte</translation>
    </message>
    <message>
        <source>This user no longer exists in Microsoft 365. It may have been deleted or renamed. Refresh the user list and try again.</source>
        <translation>Användaren finns inte längre i Microsoft 365. Den kan ha tagits bort eller bytt namn. Uppdatera användarlistan och försök igen.</translation>
    </message>
    <message>
        <source>Password not accepted</source>
        <translation>Lösenordet godkändes inte</translation>
    </message>
    <message>
        <source>Microsoft 365 did not accept this password. It may be too easy to guess or contain a word that is not allowed, such as a name or a common word. Choose a different password, or let ResetDesk create one.</source>
        <translation>Microsoft 365 godkände inte lösenordet. Det kan vara för lätt att gissa eller innehålla ett ord som inte är tillåtet, till exempel ett namn eller ett vanligt ord. Välj ett annat lösenord eller låt ResetDesk skapa ett.</translation>
    </message>
    <message>
        <source>User managed on-premises</source>
        <translation>Användaren hanteras lokalt</translation>
    </message>
    <message>
        <source>This user is synchronized from your on-premises Active Directory, so the password cannot be changed in Microsoft 365 alone. Reset it in Active Directory, or use password writeback if your organization has it.</source>
        <translation>Användaren synkroniseras från ert lokala Active Directory, så lösenordet kan inte ändras enbart i Microsoft 365. Återställ det i Active Directory, eller använd tillbakaskrivning av lösenord om din organisation har det.</translation>
    </message>
    <message>
        <source>Microsoft 365 is busy</source>
        <translation>Microsoft 365 är upptaget</translation>
    </message>
    <message numerus="yes">
        <source>Microsoft 365 is limiting how fast requests can be sent. Wait %n second(s) and try again.</source>
        <translation>
            <numerusform>För många begäranden: Microsoft 365 begränsar hur snabbt begäranden kan skickas. Vänta %n sekund och försök igen.</numerusform>
            <numerusform>För många begäranden: Microsoft 365 begränsar hur snabbt begäranden kan skickas. Vänta %n sekunder och försök igen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Microsoft 365 is limiting how fast requests can be sent. Wait a minute and try again.</source>
        <translation>För många begäranden: Microsoft 365 begränsar hur snabbt begäranden kan skickas. Vänta en minut och försök igen.</translation>
    </message>
    <message>
        <source>Microsoft 365 is not responding</source>
        <translation>Microsoft 365 svarar inte</translation>
    </message>
    <message>
        <source>Microsoft 365 could not handle the request right now. Wait a few minutes and try again. If it keeps happening, check the Microsoft 365 service health page.</source>
        <translation>Microsoft 365 kunde inte hantera begäran just nu. Vänta några minuter och försök igen. Om det fortsätter kontrollerar du sidan Tjänstens hälsa för Microsoft 365.</translation>
    </message>
    <message>
        <source>No connection</source>
        <translation>Ingen anslutning</translation>
    </message>
    <message>
        <source>ResetDesk could not reach Microsoft 365. Check your network connection and try again.</source>
        <translation>ResetDesk kunde inte ansluta till Microsoft 365. Kontrollera nätverksanslutningen och försök igen.</translation>
    </message>
    <message>
        <source>Session expired</source>
        <translation>Inloggningen har upphört att gälla</translation>
    </message>
    <message>
        <source>Your sign-in has expired or was revoked, for example after a password change. Sign in again to continue.</source>
        <translation>Din inloggning har upphört att gälla eller återkallats, till exempel efter ett lösenordsbyte. Logga in igen för att fortsätta.</translation>
    </message>
    <message>
        <source>License required</source>
        <translation>Licens krävs</translation>
    </message>
    <message>
        <source>This information needs a Microsoft Entra ID P1 or P2 license, which your organization does not have.</source>
        <translation>Den här informationen kräver en Microsoft Entra ID P1- eller P2-licens, som din organisation inte har.</translation>
    </message>
    <message>
        <source>No mailbox</source>
        <translation>Ingen postlåda</translation>
    </message>
    <message>
        <source>Your account has no Exchange Online mailbox, so ResetDesk cannot send email from it. Print the password or show it on screen instead.</source>
        <translation>Ditt konto har ingen Exchange Online-postlåda, så ResetDesk kan inte skicka e-post från det. Skriv ut lösenordet eller visa det på skärmen i stället.</translation>
    </message>
    <message>
        <source>Request refused</source>
        <translation>Begäran nekades</translation>
    </message>
    <message>
        <source>Microsoft 365 refused the request. The details below say why; check the values you entered and try again.</source>
        <translation>Microsoft 365 nekade begäran. Informationen nedan visar varför. Kontrollera värdena du angav och försök igen.</translation>
    </message>
    <message>
        <source>Unexpected answer</source>
        <translation>Oväntat svar</translation>
    </message>
    <message>
        <source>Microsoft 365 sent an answer ResetDesk could not read. Try again in a moment.</source>
        <translation>Microsoft 365 skickade ett svar som ResetDesk inte kunde läsa. Försök igen om en stund.</translation>
    </message>
    <message>
        <source>Unsafe address refused</source>
        <translation>Osäker adress nekades</translation>
    </message>
    <message>
        <source>ResetDesk only connects to Microsoft 365 over a secure (https) connection. Check the connection settings.</source>
        <translation>ResetDesk ansluter bara till Microsoft 365 via en säker anslutning (https). Kontrollera anslutningsinställningarna.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Avbrutet</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>Åtgärden avbröts.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Något gick fel</translation>
    </message>
    <message>
        <source>Microsoft 365 reported an error. Try again; if it keeps happening, give the details below to your support contact.</source>
        <translation>Microsoft 365 rapporterade ett fel. Försök igen. Om det fortsätter ger du informationen nedan till din supportkontakt.</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Inloggningen misslyckades</translation>
    </message>
    <message>
        <source>Sign-in cancelled</source>
        <translation>Inloggningen avbröts</translation>
    </message>
    <message>
        <source>You cancelled the sign-in. Sign in again when you are ready.</source>
        <translation>Du avbröt inloggningen. Logga in igen när du är redo.</translation>
    </message>
    <message>
        <source>No answer came from the browser in time. Sign in again, and finish the sign-in in the browser window that opens.</source>
        <translation>Inget svar kom från webbläsaren i tid. Logga in igen och slutför inloggningen i webbläsarfönstret som öppnas.</translation>
    </message>
    <message>
        <source>The sign-in was declined. Sign in again and accept the permissions ResetDesk asks for, or ask an administrator to grant consent for your organization.</source>
        <translation>Inloggningen nekades. Logga in igen och godkänn behörigheterna som ResetDesk ber om, eller be en administratör att ge medgivande för din organisation.</translation>
    </message>
    <message>
        <source>The sign-in code expired before it was used. Start the sign-in again and enter the new code within 15 minutes.</source>
        <translation>Inloggningskoden upphörde att gälla innan den användes. Starta inloggningen igen och ange den nya koden inom 15 minuter.</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Logga in igen</translation>
    </message>
    <message>
        <source>Your saved sign-in is no longer valid, for example because the password was changed. Sign in again to continue.</source>
        <translation>Din sparade inloggning gäller inte längre, till exempel för att lösenordet har ändrats. Logga in igen för att fortsätta.</translation>
    </message>
    <message>
        <source>Your organization has not approved the permissions ResetDesk needs. Ask a Global Administrator to grant admin consent for the app, then sign in again.</source>
        <translation>Din organisation har inte godkänt behörigheterna som ResetDesk behöver. Be en global administratör att ge administratörsmedgivande för appen och logga sedan in igen.</translation>
    </message>
    <message>
        <source>The app registration does not allow this kind of sign-in. In the Microsoft Entra admin center, open the app registration, go to Authentication and set &quot;Allow public client flows&quot; to Yes.</source>
        <translation>Appregistreringen tillåter inte den här typen av inloggning. Öppna appregistreringen i administrationscentret för Microsoft Entra, gå till Autentisering och ställ in &quot;Tillåt offentliga klientflöden&quot; på Ja.</translation>
    </message>
    <message>
        <source>The application (client) ID was not found in your organization. Check the client ID in the connection settings, or register an app as the README describes.</source>
        <translation>Program-ID:t (klient-ID:t) hittades inte i din organisation. Kontrollera klient-ID:t i anslutningsinställningarna eller registrera en app enligt README-filen.</translation>
    </message>
    <message>
        <source>The organization was not found. Check the tenant ID or domain in the connection settings.</source>
        <translation>Organisationen hittades inte. Kontrollera klientorganisations-ID:t eller domänen i anslutningsinställningarna.</translation>
    </message>
    <message>
        <source>The app registration does not accept ResetDesk&apos;s sign-in address. Add the platform &quot;Mobile and desktop applications&quot; with the redirect URI http://localhost to the app registration.</source>
        <translation>Appregistreringen godtar inte ResetDesks inloggningsadress. Lägg till plattformen &quot;Mobil- och skrivbordsprogram&quot; med omdirigerings-URI:n http://localhost i appregistreringen.</translation>
    </message>
    <message>
        <source>The answer from the browser did not belong to this sign-in, so it was ignored for your safety. Sign in again.</source>
        <translation>Svaret från webbläsaren hörde inte till den här inloggningen, så det ignorerades för din säkerhet. Logga in igen.</translation>
    </message>
    <message>
        <source>ResetDesk could not reach the Microsoft sign-in service. Check your network connection and try again.</source>
        <translation>ResetDesk kunde inte ansluta till Microsofts inloggningstjänst. Kontrollera nätverksanslutningen och försök igen.</translation>
    </message>
    <message>
        <source>The Microsoft sign-in service is not responding right now. Wait a few minutes and try again.</source>
        <translation>Microsofts inloggningstjänst svarar inte just nu. Vänta några minuter och försök igen.</translation>
    </message>
    <message>
        <source>The sign-in did not complete. Try again; if it keeps happening, give the details below to your support contact.</source>
        <translation>Inloggningen slutfördes inte. Försök igen. Om det fortsätter ger du informationen nedan till din supportkontakt.</translation>
    </message>
    <message>
        <source>Keychain not available</source>
        <translation>Nyckelringen är inte tillgänglig</translation>
    </message>
    <message>
        <source>Access to the keychain was denied, so your sign-in cannot be remembered. You stay signed in until you quit ResetDesk.</source>
        <translation>Åtkomst till nyckelringen nekades, så din inloggning kan inte sparas. Du är inloggad tills du avslutar ResetDesk.</translation>
    </message>
    <message>
        <source>No keychain service is running (such as GNOME Keyring or KWallet), so your sign-in cannot be remembered safely. You stay signed in until you quit ResetDesk; nothing is written to disk.</source>
        <translation>Ingen nyckelringstjänst körs (till exempel GNOME Keyring eller KWallet), så din inloggning kan inte sparas säkert. Du är inloggad tills du avslutar ResetDesk. Inget skrivs till disken.</translation>
    </message>
    <message>
        <source>Microsoft 365 wants you to confirm your sign-in again, for example with multi-factor authentication. Sign in again to continue.</source>
        <translation>Microsoft 365 vill att du bekräftar din inloggning igen, till exempel med multifaktorautentisering. Logga in igen för att fortsätta.</translation>
    </message>
    <message>
        <source>Sign-in blocked by your organization</source>
        <translation>Inloggningen blockeras av din organisation</translation>
    </message>
    <message>
        <source>A Conditional Access policy of your organization does not allow this sign-in. Many organizations block sign-in with a code on another device. Sign in with the browser on this computer instead, or ask the administrator who manages Conditional Access.</source>
        <translation>En princip för villkorsstyrd åtkomst i din organisation tillåter inte den här inloggningen. Många organisationer blockerar inloggning med en kod på en annan enhet. Logga in med webbläsaren på den här datorn i stället, eller fråga administratören som hanterar villkorsstyrd åtkomst.</translation>
    </message>
    <message>
        <source>Approved by another account</source>
        <translation>Godkänt av ett annat konto</translation>
    </message>
    <message>
        <source>You approved as %1, but ResetDesk is signed in as %2. Approve again and choose %2 in the browser, or sign out and sign in as %1.</source>
        <translation>Du godkände som %1, men ResetDesk är inloggat som %2. Godkänn igen och välj %2 i webbläsaren, eller logga ut och logga in som %1.</translation>
    </message>
    <message>
        <source>The sign-in address %1 was not found. Check the sign-in address in the connection settings: enter only the host, such as https://login.microsoftonline.com.</source>
        <translation>Inloggningsadressen %1 hittades inte. Kontrollera inloggningsadressen i anslutningsinställningarna: ange bara värden, till exempel https://login.microsoftonline.com.</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Inte inloggad</translation>
    </message>
    <message>
        <source>Sign in first, then try again.</source>
        <translation>Logga in först och försök sedan igen.</translation>
    </message>
</context>
<context>
    <name>ExpiryCommand</name>
    <message>
        <source>Show or set after how many days passwords expire, domain by domain.</source>
        <translation>Visa eller ange efter hur många dagar lösenord upphör att gälla, domän för domän.</translation>
    </message>
    <message>
        <source>The domain to change; without one, every domain is shown.</source>
        <translation>Domänen som ska ändras; utan domän visas alla domäner.</translation>
    </message>
    <message>
        <source>[domain]</source>
        <translation>[domän]</translation>
    </message>
    <message>
        <source>Passwords expire after this many days (%1 to %2).</source>
        <translation>Lösenord upphör att gälla efter så här många dagar (%1 till %2).</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dagar</translation>
    </message>
    <message>
        <source>Passwords never expire.</source>
        <translation>Lösenord upphör aldrig att gälla.</translation>
    </message>
    <message>
        <source>Name one domain.</source>
        <translation>Ange en domän.</translation>
    </message>
    <message>
        <source>Choose either --days or --never, not both.</source>
        <translation>Välj antingen --days eller --never, inte båda.</translation>
    </message>
    <message>
        <source>Name the domain whose expiry to change.</source>
        <translation>Ange domänen vars giltighetstid ska ändras.</translation>
    </message>
    <message>
        <source>--days takes a number from %1 to %2.</source>
        <translation>--days tar ett tal från %1 till %2.</translation>
    </message>
    <message>
        <source>The organization has no domain called %1.</source>
        <translation>Organisationen har ingen domän som heter %1.</translation>
    </message>
    <message>
        <source>The password expiry of %1 cannot be set here: it is not a verified, cloud-managed root domain.</source>
        <translation>Lösenordens giltighetstid för %1 kan inte anges här: det är inte en verifierad, molnhanterad rotdomän.</translation>
    </message>
    <message>
        <source>%1: passwords never expire</source>
        <translation>%1: lösenord upphör aldrig att gälla</translation>
    </message>
    <message>
        <source>%1: passwords expire after %2 days</source>
        <translation>%1: lösenord upphör att gälla efter %2 dagar</translation>
    </message>
    <message>
        <source>These values cannot be used for %1.</source>
        <translation>De här värdena kan inte användas för %1.</translation>
    </message>
</context>
<context>
    <name>HandoverCommand</name>
    <message>
        <source>Hand over the passwords of a saved bulk run as a results file, slips or on screen.</source>
        <translation>Lämna över lösenorden från en sparad masskörning som resultatfil, lösenordslappar eller på skärmen.</translation>
    </message>
</context>
<context>
    <name>IncidentSummaryAction</name>
    <message>
        <source>Save incident summary</source>
        <translation>Spara incidentsammanfattning</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Save incident s&amp;ummary (PDF)…</source>
        <translation>Spara &amp;incidentsammanfattning (PDF)…</translation>
    </message>
    <message>
        <source>Save the incident summary as PDF</source>
        <translation>Spara incidentsammanfattningen som PDF</translation>
    </message>
    <message>
        <source>One page for the incident record: what was done to whom, without passwords.</source>
        <translation>En sida för incidentrapporten: vad som gjordes med vem, utan lösenord.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is the admin&apos;s name, %2 their user name</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Incident summary not saved</source>
        <translation>Incidentsammanfattningen sparades inte</translation>
    </message>
    <message>
        <source>Could not write %1. Choose a folder you can write to and try again.</source>
        <translation>Det gick inte att skriva %1. Välj en mapp som du kan skriva till och försök igen.</translation>
    </message>
    <message>
        <source>incident-summary-%1.pdf</source>
        <extracomment>File name suggested for the incident summary; %1 is the date</extracomment>
        <translation>incidentsammanfattning-%1.pdf</translation>
    </message>
</context>
<context>
    <name>IncidentSummaryTexts</name>
    <message>
        <source>Incident containment summary</source>
        <translation>Sammanfattning av incidentåtgärder</translation>
    </message>
    <message>
        <source>Run by: %1</source>
        <translation>Utförd av: %1</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Startad: %1</translation>
    </message>
    <message>
        <source>Ended: %1</source>
        <translation>Avslutad: %1</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Vad som gjordes</translation>
    </message>
    <message>
        <source>A new temporary password for each user, to be changed at the next sign-in</source>
        <translation>Ett nytt tillfälligt lösenord för varje användare, som måste bytas vid nästa inloggning</translation>
    </message>
    <message>
        <source>Users must complete multifactor authentication before changing it</source>
        <translation>Användarna måste slutföra multifaktorautentisering (MFA) innan de byter det</translation>
    </message>
    <message>
        <source>Signed out of all sessions</source>
        <translation>Utloggade från alla sessioner</translation>
    </message>
    <message>
        <source>Registered sign-in methods removed (all but the password): users must register them again</source>
        <translation>Registrerade inloggningsmetoder borttagna (alla utom lösenordet): användarna måste registrera dem igen</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Passwords reset: %1</source>
        <translation>Återställda lösenord: %1</translation>
    </message>
    <message>
        <source>Users signed out of all sessions: %1</source>
        <translation>Användare utloggade från alla sessioner: %1</translation>
    </message>
    <message>
        <source>Users whose sign-in methods were removed: %1</source>
        <translation>Användare vars inloggningsmetoder togs bort: %1</translation>
    </message>
    <message>
        <source>Users with a failed step: %1</source>
        <translation>Användare där ett steg misslyckades: %1</translation>
    </message>
    <message>
        <source>Privileged accounts touched (%1)</source>
        <translation>Berörda privilegierade konton (%1)</translation>
    </message>
    <message>
        <source>Users with a failed step, and why (%1)</source>
        <translation>Användare där ett steg misslyckades, och varför (%1)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Users touched (%1)</source>
        <translation>Berörda användare (%1)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Inga</translation>
    </message>
    <message>
        <source>…and %1 more, see the results file</source>
        <translation>…och %1 till, se resultatfilen</translation>
    </message>
    <message>
        <source>This page holds no passwords.</source>
        <translation>Den här sidan innehåller inga lösenord.</translation>
    </message>
</context>
<context>
    <name>IssueTapDialog</name>
    <message>
        <source>Issue Temporary Access Pass</source>
        <translation>Utfärda tillfälligt åtkomstpass</translation>
    </message>
    <message>
        <source>Reading your organization&apos;s Temporary Access Pass policy…</source>
        <translation>Läser organisationens princip för tillfälligt åtkomstpass…</translation>
    </message>
    <message>
        <source>Who gets a pass</source>
        <translation>Vem som får ett pass</translation>
    </message>
    <message>
        <source>Users who get no pass, and why</source>
        <translation>Användare som inte får något pass, och varför</translation>
    </message>
    <message>
        <source>Start &amp;now</source>
        <translation>Starta &amp;nu</translation>
    </message>
    <message>
        <source>Passes work as soon as they are issued</source>
        <translation>Passen fungerar så snart de har utfärdats</translation>
    </message>
    <message>
        <source>Start &amp;at:</source>
        <translation>Starta &amp;vid:</translation>
    </message>
    <message>
        <source>Passes start working at a date and time</source>
        <translation>Passen börjar fungera vid ett datum och en tid</translation>
    </message>
    <message>
        <source>Date and time the passes start working</source>
        <translation>Datum och tid då passen börjar fungera</translation>
    </message>
    <message>
        <source>&amp;Lifetime:</source>
        <translation>&amp;Giltighetstid:</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minuter</translation>
    </message>
    <message>
        <source>Lifetime of each pass in minutes</source>
        <translation>Varje pass giltighetstid i minuter</translation>
    </message>
    <message>
        <source>&amp;One sign-in only</source>
        <translation>Endast &amp;en inloggning</translation>
    </message>
    <message>
        <source>Each pass works for one sign-in only</source>
        <translation>Varje pass fungerar för en enda inloggning</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Replace the pass %n user(s) have now</source>
        <translation>
            <numerusform>E&amp;rsätt passet som %n användare har nu</numerusform>
            <numerusform>E&amp;rsätt passen som %n användare har nu</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Issue passes</source>
        <translation>&amp;Utfärda pass</translation>
    </message>
    <message>
        <source>Issue the Temporary Access Passes</source>
        <translation>Utfärda de tillfälliga åtkomstpassen</translation>
    </message>
    <message>
        <source>&amp;Hand over…</source>
        <translation>&amp;Lämna över…</translation>
    </message>
    <message>
        <source>Print or save the passes as slips or a file</source>
        <translation>Skriv ut eller spara passen som lappar eller en fil</translation>
    </message>
    <message>
        <source>&amp;Send again</source>
        <translation>Skicka &amp;igen</translation>
    </message>
    <message>
        <source>Send the users who got no pass again</source>
        <translation>Skicka igen för användarna som inte fick något pass</translation>
    </message>
    <message>
        <source>Res&amp;ume earlier run</source>
        <translation>Återuppta &amp;tidigare körning</translation>
    </message>
    <message>
        <source>Resume the earlier run whose passes were not handed over</source>
        <translation>Återuppta den tidigare körningen vars pass inte har lämnats över</translation>
    </message>
    <message>
        <source>&amp;Email…</source>
        <translation>E-&amp;post…</translation>
    </message>
    <message>
        <source>Email the passes</source>
        <translation>Skicka passen via e-post</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) will get a Temporary Access Pass.</source>
        <translation>
            <numerusform>%n användare får ett tillfälligt åtkomstpass.</numerusform>
            <numerusform>%n användare får ett tillfälligt åtkomstpass.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them already have one, which the new pass replaces.</source>
        <translation>
            <numerusform>%n av dem har redan ett, som det nya passet ersätter.</numerusform>
            <numerusform>%n av dem har redan ett, som det nya passet ersätter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) cannot get one (listed below).</source>
        <translation>
            <numerusform>%n användare kan inte få något (se listan nedan).</numerusform>
            <numerusform>%n användare kan inte få något (se listan nedan).</numerusform>
        </translation>
    </message>
    <message>
        <source>Your organization&apos;s policy could not be read, so Microsoft 365 decides whether each pass is allowed.</source>
        <translation>Organisationens princip kunde inte läsas, så Microsoft 365 avgör om varje pass tillåts.</translation>
    </message>
    <message>
        <source>The policy covers only some groups: users outside them are refused by Microsoft 365.</source>
        <translation>Principen gäller bara vissa grupper: användare utanför dem nekas av Microsoft 365.</translation>
    </message>
    <message>
        <source>Issuing passes…</source>
        <translation>Utfärdar pass…</translation>
    </message>
    <message>
        <source>No pass was issued: the run could not start. Nothing was sent.</source>
        <translation>Inget pass utfärdades: körningen kunde inte starta. Ingenting skickades.</translation>
    </message>
    <message>
        <source>Picking up the earlier run…</source>
        <translation>Återupptar den tidigare körningen…</translation>
    </message>
    <message numerus="yes">
        <source>%n pass(es) issued. Hand them over now: they are kept, encrypted, only until then.</source>
        <translation>
            <numerusform>%n pass utfärdat. Lämna över det nu: det sparas krypterat bara tills dess.</numerusform>
            <numerusform>%n pass utfärdade. Lämna över dem nu: de sparas krypterade bara tills dess.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) got no pass.</source>
        <translation>
            <numerusform>%n användare fick inget pass.</numerusform>
            <numerusform>%n användare fick inget pass.</numerusform>
        </translation>
    </message>
    <message>
        <source>Passes not handed over</source>
        <translation>Pass som inte har lämnats över</translation>
    </message>
    <message>
        <source>Some passes were not handed over yet. They stay saved, encrypted, for a week so you can hand them over later. Close anyway?</source>
        <translation>Vissa pass har inte lämnats över ännu. De sparas krypterade i en vecka så att du kan lämna över dem senare. Vill du stänga ändå?</translation>
    </message>
    <message>
        <source>Checking who already has a pass…</source>
        <translation>Kontrollerar vem som redan har ett pass…</translation>
    </message>
    <message numerus="yes">
        <source>A saved run for %n user(s), picked up again.</source>
        <translation>
            <numerusform>En sparad körning för %n användare, återupptagen.</numerusform>
            <numerusform>En sparad körning för %n användare, återupptagen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;System language</source>
        <translation>&amp;Systemets språk</translation>
    </message>
</context>
<context>
    <name>MailTexts</name>
    <message>
        <source>Hello,</source>
        <translation>Hej!</translation>
    </message>
    <message numerus="yes">
        <source>%1 has reset the passwords of the following %n user(s).</source>
        <translation>
            <numerusform>%1 har återställt lösenordet för följande användare.</numerusform>
            <numerusform>%1 har återställt lösenorden för följande %n användare.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>Column header in the email that lists users and temporary passwords</extracomment>
        <translation>Namn</translation>
    </message>
    <message>
        <source>User name</source>
        <extracomment>Column header in the email: the user&apos;s sign-in name (user principal name)</extracomment>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <extracomment>Column header in the email</extracomment>
        <translation>Tillfälligt lösenord</translation>
    </message>
    <message>
        <source>Hand each password over to its user in person or by a channel only that user can read. Each user signs in at %1 and must choose a new password right away.</source>
        <translation>Lämna över varje lösenord till rätt användare personligen eller på ett sätt som bara den användaren kan läsa. Varje användare loggar in på %1 och måste välja ett nytt lösenord direkt.</translation>
    </message>
    <message>
        <source>Delete this message once every password has been handed over.</source>
        <translation>Ta bort det här meddelandet när alla lösenord har lämnats över.</translation>
    </message>
    <message>
        <source>Sent with ResetDesk by %1 (%2) on %3.</source>
        <translation>Skickat med ResetDesk av %1 (%2) den %3.</translation>
    </message>
    <message>
        <source>Hello %1,</source>
        <translation>Hej %1!</translation>
    </message>
    <message>
        <source>%1 has reset the password of your work account %2.</source>
        <translation>%1 har återställt lösenordet för ditt arbetskonto %2.</translation>
    </message>
    <message>
        <source>Your temporary password: %1</source>
        <translation>Ditt tillfälliga lösenord: %1</translation>
    </message>
    <message>
        <source>Sign in at %1 with your user name %2 and the temporary password. You will be asked to choose a new password right away.</source>
        <translation>Logga in på %1 med ditt användarnamn %2 och det tillfälliga lösenordet. Du ombeds att välja ett nytt lösenord direkt.</translation>
    </message>
    <message>
        <source>Delete this message as soon as you have signed in, and never share your password with anyone.</source>
        <translation>Ta bort det här meddelandet så snart du har loggat in, och dela aldrig ditt lösenord med någon.</translation>
    </message>
    <message>
        <source>If you did not expect this message, contact %1 (%2).</source>
        <translation>Om du inte väntade dig det här meddelandet kontaktar du %1 (%2).</translation>
    </message>
    <message>
        <source>Sent with ResetDesk on %1.</source>
        <translation>Skickat med ResetDesk den %1.</translation>
    </message>
    <message numerus="yes">
        <source>Temporary passwords for %n user(s)</source>
        <translation>
            <numerusform>Tillfälliga lösenord för %n användare</numerusform>
            <numerusform>Tillfälliga lösenord för %n användare</numerusform>
        </translation>
    </message>
    <message>
        <source>Your temporary password for %1</source>
        <translation>Ditt tillfälliga lösenord för %1</translation>
    </message>
    <message>
        <source>(may be set, not confirmed)</source>
        <translation>(kan vara angivet, inte bekräftat)</translation>
    </message>
    <message>
        <source>This password may not be set yet. If it does not work, ask %1 (%2) for a new one.</source>
        <translation>Det här lösenordet kanske inte har angetts än. Om det inte fungerar ber du %1 (%2) om ett nytt.</translation>
    </message>
    <message numerus="yes">
        <source>Temporary Access Passes for %n user(s)</source>
        <translation>
            <numerusform>Tillfälligt åtkomstpass för %n användare</numerusform>
            <numerusform>Tillfälliga åtkomstpass för %n användare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has issued Temporary Access Passes for the following %n user(s).</source>
        <translation>
            <numerusform>%1 har utfärdat ett tillfälligt åtkomstpass för följande användare.</numerusform>
            <numerusform>%1 har utfärdat tillfälliga åtkomstpass för följande %n användare.</numerusform>
        </translation>
    </message>
    <message>
        <source>Validity</source>
        <extracomment>Column header in the email: when and how often each Temporary Access Pass works</extracomment>
        <translation>Giltighet</translation>
    </message>
    <message>
        <source>Delete this message once every pass has been handed over.</source>
        <translation>Ta bort det här meddelandet när alla pass har lämnats över.</translation>
    </message>
    <message>
        <source>Your Temporary Access Pass for %1</source>
        <translation>Ditt tillfälliga åtkomstpass för %1</translation>
    </message>
    <message>
        <source>%1 has issued a Temporary Access Pass for your work account %2.</source>
        <translation>%1 har utfärdat ett tillfälligt åtkomstpass för ditt arbetskonto %2.</translation>
    </message>
    <message>
        <source>Your Temporary Access Pass: %1</source>
        <translation>Ditt tillfälliga åtkomstpass: %1</translation>
    </message>
</context>
<context>
    <name>MainToolBar</name>
    <message>
        <source>Main actions</source>
        <translation>Huvudåtgärder</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Återställ lösenord…</translation>
    </message>
    <message>
        <source>Reset the password of the user chosen in the list (Ctrl+R)</source>
        <translation>Återställ lösenordet för användaren som är vald i listan (Ctrl+R)</translation>
    </message>
    <message>
        <source>Print slips…</source>
        <translation>Skriv ut lösenordslappar…</translation>
    </message>
    <message>
        <source>Print password slips for the passwords a reset just set</source>
        <translation>Skriv ut lösenordslappar för lösenorden som en återställning just angav</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Uppdatera</translation>
    </message>
    <message>
        <source>Load the user list again (F5)</source>
        <translation>Läs in användarlistan igen (F5)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Sök</translation>
    </message>
    <message>
        <source>Search the user list by name, username or email (Ctrl+F)</source>
        <translation>Sök i användarlistan efter namn, användarnamn eller e-postadress (Ctrl+F)</translation>
    </message>
    <message numerus="yes">
        <source>Reset selected users (%n)</source>
        <translation>
            <numerusform>Återställ markerade användare (%n)</numerusform>
            <numerusform>Återställ markerade användare (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Reset the passwords of the ticked users (Ctrl+Shift+B)</source>
        <translation>Återställ lösenorden för de markerade användarna (Ctrl+Skift+B)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>ResetDesk</source>
        <translation>ResetDesk</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Inte inloggad</translation>
    </message>
    <message>
        <source>Sign in to your Microsoft 365 organization to list users and reset their passwords. To try ResetDesk without an organization, start it with --demo.</source>
        <translation>Logga in i din Microsoft 365-organisation för att visa användarna och återställa deras lösenord. Om du vill prova ResetDesk utan en organisation startar du programmet med --demo.</translation>
    </message>
    <message>
        <source>How to sign in</source>
        <translation>Så loggar du in</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;About ResetDesk</source>
        <translation>&amp;Om ResetDesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Om &amp;Qt</translation>
    </message>
    <message>
        <source>&lt;h3&gt;ResetDesk %1&lt;/h3&gt;&lt;p&gt;Resets Microsoft 365 passwords through Microsoft Graph: for one user, a selection or everyone, with temporary passwords you can show, print or email.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;ResetDesk %1&lt;/h3&gt;&lt;p&gt;Återställer lösenord i Microsoft 365 via Microsoft Graph: för en användare, ett urval eller alla, med tillfälliga lösenord som du kan visa, skriva ut eller skicka via e-post.&lt;/p&gt;&lt;p&gt;Byggt med Qt %2, körs med Qt %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About ResetDesk</source>
        <translation>Om ResetDesk</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Anslutningsstatus</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>&amp;Logga in…</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>Inloggningsstatus</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Förlopp</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Avbryt inloggningen</translation>
    </message>
    <message>
        <source>Signed-in admin</source>
        <translation>Inloggad administratör</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>Användarnamn:</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Admin roles:</source>
        <translation>Administratörsroller:</translation>
    </message>
    <message>
        <source>Admin roles</source>
        <translation>Administratörsroller</translation>
    </message>
    <message>
        <source>Sign-in saved:</source>
        <translation>Inloggningen sparad:</translation>
    </message>
    <message>
        <source>Sign-in saved</source>
        <translation>Inloggningen sparad</translation>
    </message>
    <message>
        <source>Role warning</source>
        <translation>Rollvarning</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Försök igen</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Information…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Logga &amp;ut</translation>
    </message>
    <message>
        <source>ResetDesk (demo organization)</source>
        <translation>ResetDesk (demoorganisation)</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Loggar in…</translation>
    </message>
    <message>
        <source>Signing in to Microsoft 365…</source>
        <translation>Loggar in i Microsoft 365…</translation>
    </message>
    <message>
        <source>Reading your account and admin roles…</source>
        <translation>Läser ditt konto och dina administratörsroller…</translation>
    </message>
    <message>
        <source>Signed in, account not read</source>
        <translation>Inloggad, kontot kunde inte läsas</translation>
    </message>
    <message>
        <source>ResetDesk could not read your account and admin roles.</source>
        <translation>ResetDesk kunde inte läsa ditt konto och dina administratörsroller.</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Inloggad som %1</translation>
    </message>
    <message>
        <source>%1 (tenant ID %2)</source>
        <translation>%1 (klientorganisations-ID %2)</translation>
    </message>
    <message>
        <source>Unknown: ResetDesk may not read roles</source>
        <translation>Okänt: ResetDesk får inte läsa roller</translation>
    </message>
    <message>
        <source>No: the demo organization is gone when you quit ResetDesk.</source>
        <translation>Nej: demoorganisationen försvinner när du avslutar ResetDesk.</translation>
    </message>
    <message>
        <source>Yes, in the system keychain. ResetDesk signs you in again when it starts, until you sign out.</source>
        <translation>Ja, i systemets nyckelring. ResetDesk loggar in dig igen när programmet startar, tills du loggar ut.</translation>
    </message>
    <message>
        <source>ResetDesk could not read your admin roles, because the permission to read them (RoleManagement.Read.Directory) was not granted. Password resets may be refused. Ask a Global Administrator to grant admin consent for the app.</source>
        <translation>ResetDesk kunde inte läsa dina administratörsroller, eftersom behörigheten att läsa dem (RoleManagement.Read.Directory) inte har beviljats. Lösenordsåterställningar kan nekas. Be en global administratör att ge administratörsmedgivande för appen.</translation>
    </message>
    <message>
        <source>This account has no admin role that can reset passwords. Sign out and sign in with an account that is a Global Administrator, Privileged Authentication Administrator, User Administrator, Authentication Administrator, Helpdesk Administrator or Password Administrator.</source>
        <translation>Kontot har ingen administratörsroll som kan återställa lösenord. Logga ut och logga in med ett konto som är global administratör, privilegierad autentiseringsadministratör, användaradministratör, autentiseringsadministratör, supportadministratör eller lösenordsadministratör.</translation>
    </message>
    <message>
        <source>Signed in to ResetDesk</source>
        <translation>Inloggad i ResetDesk</translation>
    </message>
    <message>
        <source>You can close this tab and return to ResetDesk.</source>
        <translation>Du kan stänga den här fliken och gå tillbaka till ResetDesk.</translation>
    </message>
    <message>
        <source>Sign-in did not complete</source>
        <translation>Inloggningen slutfördes inte</translation>
    </message>
    <message>
        <source>You can close this tab. ResetDesk tells you what happened and what to do next.</source>
        <translation>Du kan stänga den här fliken. ResetDesk berättar vad som hände och vad du kan göra härnäst.</translation>
    </message>
    <message>
        <source>&amp;Policies</source>
        <translation>&amp;Principer</translation>
    </message>
    <message>
        <source>My &amp;account…</source>
        <translation>Mitt &amp;konto…</translation>
    </message>
    <message>
        <source>Organization password &amp;expiry…</source>
        <translation>&amp;Förfalloprincip för lösenord i organisationen…</translation>
    </message>
    <message>
        <source>&amp;Self-service password reset…</source>
        <translation>&amp;Självbetjäning av lösenordsåterställning…</translation>
    </message>
    <message>
        <source>Audit &amp;log…</source>
        <translation>Gransknings&amp;logg…</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Återställ</translation>
    </message>
    <message>
        <source>Reset passwords of &amp;selected users…</source>
        <translation>Återställ lösenord för &amp;markerade användare…</translation>
    </message>
    <message>
        <source>Reset passwords of &amp;everyone…</source>
        <translation>Återställ lösenord för &amp;alla…</translation>
    </message>
    <message>
        <source>Reset passwords from a &amp;CSV file…</source>
        <translation>Återställ lösenord från en &amp;CSV-fil…</translation>
    </message>
    <message>
        <source>Require everyone to change &amp;password…</source>
        <translation>Kräv att alla &amp;byter lösenord…</translation>
    </message>
    <message>
        <source>&amp;Delete saved reset records…</source>
        <translation>&amp;Ta bort sparade återställningsposter…</translation>
    </message>
    <message>
        <source>S&amp;witch organization…</source>
        <translation>&amp;Byt organisation…</translation>
    </message>
    <message>
        <source>Switch organization</source>
        <translation>Byt organisation</translation>
    </message>
    <message>
        <source>Close the bulk reset window first. Its run belongs to the organization you are working in.</source>
        <translation>Stäng fönstret för massåterställning först. Körningen hör till organisationen du arbetar i.</translation>
    </message>
    <message>
        <source>ResetDesk — %1</source>
        <comment>%1 is the name of the organization the admin works in</comment>
        <translation>ResetDesk — %1</translation>
    </message>
    <message>
        <source>Users as of %1, updating…</source>
        <translation>Användare per %1, uppdateras…</translation>
    </message>
    <message>
        <source>Users as of %1, not up to date</source>
        <translation>Användare per %1, inte uppdaterade</translation>
    </message>
    <message>
        <source>User list status</source>
        <translation>Status för användarlistan</translation>
    </message>
    <message>
        <source>Issue &amp;Temporary Access Pass…</source>
        <translation>&amp;Utfärda tillfälligt åtkomstpass…</translation>
    </message>
</context>
<context>
    <name>MyAccountDialog</name>
    <message>
        <source>My account</source>
        <translation>Mitt konto</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Namn:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>Användarnamn:</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>Admin roles:</source>
        <translation>Administratörsroller:</translation>
    </message>
    <message>
        <source>Admin roles</source>
        <translation>Administratörsroller</translation>
    </message>
    <message>
        <source>Contact information</source>
        <translation>Kontaktinformation</translation>
    </message>
    <message>
        <source>Keep your alternate email address and mobile phone up to date. If you forget your password or your account is locked, self-service password reset uses them to prove that it is you.</source>
        <translation>Håll din alternativa e-postadress och ditt mobiltelefonnummer aktuella. Om du glömmer ditt lösenord eller ditt konto låses använder självbetjäning av lösenordsåterställning dem för att bekräfta att det är du.</translation>
    </message>
    <message>
        <source>Why contact information matters</source>
        <translation>Varför kontaktinformationen är viktig</translation>
    </message>
    <message>
        <source>&amp;Alternate email addresses:</source>
        <translation>&amp;Alternativa e-postadresser:</translation>
    </message>
    <message>
        <source>name@example.com; other@example.org</source>
        <translation>namn@example.com; annan@example.org</translation>
    </message>
    <message>
        <source>Alternate email addresses</source>
        <translation>Alternativa e-postadresser</translation>
    </message>
    <message>
        <source>Problem with the alternate email addresses</source>
        <translation>Problem med de alternativa e-postadresserna</translation>
    </message>
    <message>
        <source>&amp;Mobile phone:</source>
        <translation>&amp;Mobiltelefon:</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Mobiltelefon</translation>
    </message>
    <message>
        <source>Problem with the mobile phone</source>
        <translation>Problem med mobiltelefonnumret</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Save contact information</source>
        <translation>&amp;Spara kontaktinformation</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <source>Changing your password signs you out of Microsoft 365 everywhere, ResetDesk included.</source>
        <translation>När du ändrar ditt lösenord loggas du ut från Microsoft 365 överallt, även i ResetDesk.</translation>
    </message>
    <message>
        <source>About changing your password</source>
        <translation>Om att ändra ditt lösenord</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>Ändra mitt &amp;lösenord…</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Inga</translation>
    </message>
    <message>
        <source>Unknown: ResetDesk may not read roles</source>
        <translation>Okänt: ResetDesk får inte läsa roller</translation>
    </message>
    <message>
        <source>“%1” is not an email address. Type it as name@example.com, and separate several addresses with semicolons.</source>
        <extracomment>%1 is what the admin typed</extracomment>
        <translation>”%1” är inte en e-postadress. Skriv den som namn@example.com och skilj flera adresser åt med semikolon.</translation>
    </message>
    <message>
        <source>Use an address outside this account, such as a private one: when you cannot sign in, mail to %1 does not reach you either.</source>
        <translation>Använd en adress utanför det här kontot, till exempel en privat: när du inte kan logga in når e-post till %1 inte heller fram till dig.</translation>
    </message>
    <message>
        <source>Type the number with its country code, a space and then the number, for example +46 701234567.</source>
        <translation>Skriv numret med landsnummer, ett mellanslag och sedan numret, till exempel +46 701234567.</translation>
    </message>
    <message>
        <source>Reading your contact information…</source>
        <translation>Läser din kontaktinformation…</translation>
    </message>
    <message>
        <source>ResetDesk needs permission to change your contact information. Approve it in the browser window that opened.</source>
        <translation>ResetDesk behöver behörighet att ändra din kontaktinformation. Godkänn det i webbläsarfönstret som öppnades.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Sparar…</translation>
    </message>
    <message>
        <source>Saved. Self-service password reset can now reach you with these details.</source>
        <translation>Sparat. Självbetjäning av lösenordsåterställning kan nu nå dig med de här uppgifterna.</translation>
    </message>
    <message>
        <source>The change was made, but it could not be written to the audit log %1 (%2).</source>
        <extracomment>%1 is the audit log file, %2 the system&apos;s reason</extracomment>
        <translation>Ändringen gjordes, men den kunde inte skrivas till granskningsloggen %1 (%2).</translation>
    </message>
</context>
<context>
    <name>OrganisationStore</name>
    <message>
        <source>My organization</source>
        <translation>Min organisation</translation>
    </message>
</context>
<context>
    <name>OrganisationsDialog</name>
    <message>
        <source>Switch organization</source>
        <translation>Byt organisation</translation>
    </message>
    <message>
        <source>&amp;Organizations:</source>
        <translation>&amp;Organisationer:</translation>
    </message>
    <message>
        <source>Saved organizations</source>
        <translation>Sparade organisationer</translation>
    </message>
    <message>
        <source>&amp;Switch to</source>
        <translation>&amp;Byt till</translation>
    </message>
    <message>
        <source>Switch to the selected organization</source>
        <translation>Byt till den markerade organisationen</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Lägg till…</translation>
    </message>
    <message>
        <source>Add an organization</source>
        <translation>Lägg till en organisation</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Byt &amp;namn</translation>
    </message>
    <message>
        <source>Rename the selected organization</source>
        <translation>Byt namn på den markerade organisationen</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Ta bort…</translation>
    </message>
    <message>
        <source>Remove the selected organization</source>
        <translation>Ta bort den markerade organisationen</translation>
    </message>
    <message>
        <source>About the selected organization</source>
        <translation>Om den markerade organisationen</translation>
    </message>
    <message>
        <source>Rename organization</source>
        <translation>Byt namn på organisation</translation>
    </message>
    <message>
        <source>An organization needs a name.</source>
        <translation>En organisation måste ha ett namn.</translation>
    </message>
    <message>
        <source>Another organization is already called %1. Choose another name.</source>
        <translation>En annan organisation heter redan %1. Välj ett annat namn.</translation>
    </message>
    <message>
        <source>Remove organization</source>
        <translation>Ta bort organisation</translation>
    </message>
    <message numerus="yes">
        <source>%1 still has %n saved reset run(s) whose passwords were not handed over. Switch to it and hand them over or delete them first.</source>
        <translation>
            <numerusform>%1 har fortfarande %n sparad återställningskörning vars lösenord inte har lämnats över. Byt till organisationen och lämna över eller ta bort den först.</numerusform>
            <numerusform>%1 har fortfarande %n sparade återställningskörningar vars lösenord inte har lämnats över. Byt till organisationen och lämna över eller ta bort dem först.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove %1 from ResetDesk? Its saved sign-in is deleted from the keychain. Nothing changes in Microsoft 365.</source>
        <translation>Vill du ta bort %1 från ResetDesk? Den sparade inloggningen tas bort från nyckelringen. Ingenting ändras i Microsoft 365.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>You are working in %1 (organization %2).</source>
        <translation>Du arbetar i %1 (organisation %2).</translation>
    </message>
    <message>
        <source>Switching signs in to %1 as %2 without asking, while the saved sign-in is valid.</source>
        <translation>När du byter loggas du in i %1 som %2 utan att tillfrågas, så länge den sparade inloggningen gäller.</translation>
    </message>
    <message>
        <source>Switching opens the sign-in for %1.</source>
        <translation>När du byter öppnas inloggningen för %1.</translation>
    </message>
    <message>
        <source>Current organization</source>
        <translation>Aktuell organisation</translation>
    </message>
</context>
<context>
    <name>PasswordPolicyDialog</name>
    <message>
        <source>Password policies</source>
        <translation>Lösenordsprinciper</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Användare</translation>
    </message>
    <message>
        <source>A partly filled box keeps each user&apos;s own setting. Click it to turn the setting on or off for all of them.</source>
        <translation>En delvis ifylld ruta behåller varje användares egen inställning. Klicka på den för att aktivera eller inaktivera inställningen för alla.</translation>
    </message>
    <message>
        <source>How the boxes work for several users</source>
        <translation>Så fungerar rutorna för flera användare</translation>
    </message>
    <message>
        <source>Password &amp;never expires</source>
        <translation>Lösenordet upphör &amp;aldrig att gälla</translation>
    </message>
    <message>
        <source>For accounts that cannot change their password, such as service accounts. The password still ages: if you turn this off later, a password older than the organization&apos;s limit expires at the next sign-in.</source>
        <translation>För konton som inte kan byta lösenord, till exempel tjänstkonton. Lösenordet åldras ändå: om du inaktiverar det här senare upphör ett lösenord som är äldre än organisationens gräns att gälla vid nästa inloggning.</translation>
    </message>
    <message>
        <source>About passwords that never expire</source>
        <translation>Om lösenord som aldrig upphör att gälla</translation>
    </message>
    <message>
        <source>Allow &amp;weak passwords</source>
        <translation>Tillåt &amp;svaga lösenord</translation>
    </message>
    <message>
        <source>Not recommended: the user may then choose a short, simple password that is easy to guess.</source>
        <translation>Rekommenderas inte: användaren kan då välja ett kort, enkelt lösenord som är lätt att gissa.</translation>
    </message>
    <message>
        <source>About weak passwords</source>
        <translation>Om svaga lösenord</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Förlopp</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Allow weak passwords?</source>
        <translation>Vill du tillåta svaga lösenord?</translation>
    </message>
    <message numerus="yes">
        <source>Allow weak passwords for %n user(s)?</source>
        <translation>
            <numerusform>Vill du tillåta svaga lösenord för %n användare?</numerusform>
            <numerusform>Vill du tillåta svaga lösenord för %n användare?</numerusform>
        </translation>
    </message>
    <message>
        <source>These users may then choose passwords that skip Microsoft&apos;s complexity rules, such as short words or simple number sequences. Such passwords are easy to guess and to break, and an attacker who guesses one gets everything the user can reach. Allow it only when a system truly cannot use strong passwords, and turn it off again when you can.</source>
        <translation>Användarna kan då välja lösenord som inte följer Microsofts komplexitetsregler, till exempel korta ord eller enkla sifferföljder. Sådana lösenord är lätta att gissa och knäcka, och en angripare som gissar ett av dem kommer åt allt som användaren kommer åt. Tillåt det bara när ett system verkligen inte kan använda starka lösenord, och inaktivera det igen så snart du kan.</translation>
    </message>
    <message>
        <source>&amp;Allow weak passwords</source>
        <translation>&amp;Tillåt svaga lösenord</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Verkställ</translation>
    </message>
    <message>
        <source>Password policies for %1 (%2).</source>
        <translation>Lösenordsprinciper för %1 (%2).</translation>
    </message>
    <message numerus="yes">
        <source>Change the password policies of %n user(s).</source>
        <translation>
            <numerusform>Ändra lösenordsprinciperna för %n användare.</numerusform>
            <numerusform>Ändra lösenordsprinciperna för %n användare.</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Misslyckades: %1</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Lyckades</translation>
    </message>
    <message>
        <source>Password never expires.</source>
        <translation>Lösenordet upphör aldrig att gälla.</translation>
    </message>
    <message>
        <source>Password expires as the organization sets.</source>
        <translation>Lösenordet upphör att gälla enligt organisationens inställning.</translation>
    </message>
    <message>
        <source>Weak passwords allowed.</source>
        <translation>Svaga lösenord tillåts.</translation>
    </message>
    <message>
        <source>Strong passwords required.</source>
        <translation>Starka lösenord krävs.</translation>
    </message>
    <message>
        <source>ResetDesk needs permission to change users&apos; password policies. Approve it in the browser window that opened.</source>
        <translation>ResetDesk behöver behörighet att ändra användarnas lösenordsprinciper. Godkänn det i webbläsarfönstret som öppnades.</translation>
    </message>
    <message>
        <source>Changing password policies…</source>
        <translation>Ändrar lösenordsprinciper…</translation>
    </message>
    <message numerus="yes">
        <source>Changed for %n user(s).</source>
        <translation>
            <numerusform>Ändrat för %n användare.</numerusform>
            <numerusform>Ändrat för %n användare.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changed for %1 of %n user(s). The list says why the others failed.</source>
        <translation>
            <numerusform>Ändrat för %1 av %n användare. Listan visar varför de andra misslyckades.</numerusform>
            <numerusform>Ändrat för %1 av %n användare. Listan visar varför de andra misslyckades.</numerusform>
        </translation>
    </message>
    <message>
        <source>The change was made, but it could not be written to the audit log %1 (%2).</source>
        <extracomment>%1 is the audit log file, %2 the system&apos;s reason</extracomment>
        <translation>Ändringen gjordes, men den kunde inte skrivas till granskningsloggen %1 (%2).</translation>
    </message>
</context>
<context>
    <name>PasswordRuleText</name>
    <message>
        <source>Type a password.</source>
        <translation>Skriv ett lösenord.</translation>
    </message>
    <message>
        <source>Make it at least %1 characters long (it has %2).</source>
        <translation>Gör det minst %1 tecken långt (det har %2).</translation>
    </message>
    <message>
        <source>Make it at most %1 characters long (it has %2).</source>
        <translation>Gör det högst %1 tecken långt (det har %2).</translation>
    </message>
    <message>
        <source>Use at least three of these four: lowercase letters, capital letters, digits and symbols.</source>
        <translation>Använd minst tre av dessa fyra: gemener, versaler, siffror och symboler.</translation>
    </message>
    <message>
        <source>Remove “%1”: Microsoft 365 does not accept it in passwords. Only English letters, digits, spaces and common symbols are allowed, so å, ä and ö are not.</source>
        <extracomment>%1 is one character, such as å</extracomment>
        <translation>Ta bort ”%1”: Microsoft 365 godtar inte tecknet i lösenord. Bara engelska bokstäver, siffror, blanksteg och vanliga symboler är tillåtna, så å, ä och ö går inte.</translation>
    </message>
    <message>
        <source>Remove “%1”: a password must not contain the user&apos;s name or user name.</source>
        <extracomment>%1 is part of the user&apos;s name, such as &quot;anna&quot;</extracomment>
        <translation>Ta bort ”%1”: ett lösenord får inte innehålla användarens namn eller användarnamn.</translation>
    </message>
</context>
<context>
    <name>PermissionRequestDialog</name>
    <message>
        <source>Approve more permissions</source>
        <translation>Godkänn fler behörigheter</translation>
    </message>
    <message>
        <source>Permissions asked for</source>
        <translation>Behörigheter som begärs</translation>
    </message>
    <message>
        <source>No browser opened. Copy this address into a browser on this computer:</source>
        <translation>Ingen webbläsare öppnades. Kopiera den här adressen till en webbläsare på den här datorn:</translation>
    </message>
    <message>
        <source>Address to open</source>
        <translation>Adress att öppna</translation>
    </message>
    <message>
        <source>Copy &amp;address</source>
        <translation>Kopiera &amp;adress</translation>
    </message>
    <message>
        <source>Where to enter the code</source>
        <translation>Var koden ska anges</translation>
    </message>
    <message>
        <source>Code to enter</source>
        <translation>Kod att ange</translation>
    </message>
    <message>
        <source>C&amp;opy code</source>
        <translation>K&amp;opiera kod</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>Väntar på godkännande</translation>
    </message>
    <message>
        <source>Waiting for your approval…</source>
        <translation>Väntar på ditt godkännande…</translation>
    </message>
    <message>
        <source>To go on, ResetDesk needs your approval for:</source>
        <translation>För att fortsätta behöver ResetDesk ditt godkännande för:</translation>
    </message>
    <message>
        <source>Approve in the browser window that opened, signed in as %1. ResetDesk goes on by itself afterwards.</source>
        <translation>Godkänn i webbläsarfönstret som öppnades, inloggad som %1. ResetDesk fortsätter sedan av sig själv.</translation>
    </message>
    <message>
        <source>On a phone or another computer, open &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;, enter this code and sign in as %2:</source>
        <translation>Öppna &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt; på en telefon eller en annan dator, ange den här koden och logga in som %2:</translation>
    </message>
    <message>
        <source>Asking Microsoft 365 for a code…</source>
        <translation>Begär en kod från Microsoft 365…</translation>
    </message>
</context>
<context>
    <name>PermissionTexts</name>
    <message>
        <source>Read your own profile</source>
        <translation>Läsa din egen profil</translation>
    </message>
    <message>
        <source>Read the users of your organization</source>
        <translation>Läsa användarna i din organisation</translation>
    </message>
    <message>
        <source>Read who holds which admin role</source>
        <translation>Läsa vem som har vilken administratörsroll</translation>
    </message>
    <message>
        <source>Reset users&apos; passwords</source>
        <translation>Återställa användares lösenord</translation>
    </message>
    <message>
        <source>Sign users out of all their sessions</source>
        <translation>Logga ut användare från alla sessioner</translation>
    </message>
    <message>
        <source>Reset the passwords of users synced from on-premises (password writeback)</source>
        <translation>Återställa lösenord för användare som synkroniseras lokalt ifrån (tillbakaskrivning av lösenord)</translation>
    </message>
    <message>
        <source>Send email as you, to hand over temporary passwords</source>
        <translation>Skicka e-post som du, för att lämna över tillfälliga lösenord</translation>
    </message>
    <message>
        <source>Change users&apos; password settings (never expires, allow weak passwords)</source>
        <translation>Ändra användares lösenordsinställningar (upphör aldrig att gälla, tillåt svaga lösenord)</translation>
    </message>
    <message>
        <source>Change when passwords expire in your organization</source>
        <translation>Ändra när lösenord upphör att gälla i din organisation</translation>
    </message>
    <message>
        <source>Read who has registered for self-service password reset</source>
        <translation>Läsa vem som har registrerat sig för självbetjäning av lösenordsåterställning</translation>
    </message>
    <message>
        <source>Change your alternate email addresses</source>
        <translation>Ändra dina alternativa e-postadresser</translation>
    </message>
    <message>
        <source>Change your mobile phone number</source>
        <translation>Ändra ditt mobiltelefonnummer</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Read the members of groups that hold admin roles</source>
        <translation>Läsa medlemmarna i grupper som har administratörsroller</translation>
    </message>
    <message>
        <source>Read your organization&apos;s Temporary Access Pass policy</source>
        <translation>Läsa organisationens princip för tillfälligt åtkomstpass</translation>
    </message>
</context>
<context>
    <name>PhoneticSpelling</name>
    <message>
        <source>Alfa</source>
        <comment>spelling alphabet word for A</comment>
        <translation>Adam</translation>
    </message>
    <message>
        <source>Bravo</source>
        <comment>spelling alphabet word for B</comment>
        <translation>Bertil</translation>
    </message>
    <message>
        <source>Charlie</source>
        <comment>spelling alphabet word for C</comment>
        <translation>Cesar</translation>
    </message>
    <message>
        <source>Delta</source>
        <comment>spelling alphabet word for D</comment>
        <translation>David</translation>
    </message>
    <message>
        <source>Echo</source>
        <comment>spelling alphabet word for E</comment>
        <translation>Erik</translation>
    </message>
    <message>
        <source>Foxtrot</source>
        <comment>spelling alphabet word for F</comment>
        <translation>Filip</translation>
    </message>
    <message>
        <source>Golf</source>
        <comment>spelling alphabet word for G</comment>
        <translation>Gustav</translation>
    </message>
    <message>
        <source>Hotel</source>
        <comment>spelling alphabet word for H</comment>
        <translation>Helge</translation>
    </message>
    <message>
        <source>India</source>
        <comment>spelling alphabet word for I</comment>
        <translation>Ivar</translation>
    </message>
    <message>
        <source>Juliett</source>
        <comment>spelling alphabet word for J</comment>
        <translation>Johan</translation>
    </message>
    <message>
        <source>Kilo</source>
        <comment>spelling alphabet word for K</comment>
        <translation>Kalle</translation>
    </message>
    <message>
        <source>Lima</source>
        <comment>spelling alphabet word for L</comment>
        <translation>Ludvig</translation>
    </message>
    <message>
        <source>Mike</source>
        <comment>spelling alphabet word for M</comment>
        <translation>Martin</translation>
    </message>
    <message>
        <source>November</source>
        <comment>spelling alphabet word for N</comment>
        <translation>Niklas</translation>
    </message>
    <message>
        <source>Oscar</source>
        <comment>spelling alphabet word for O</comment>
        <translation>Olof</translation>
    </message>
    <message>
        <source>Papa</source>
        <comment>spelling alphabet word for P</comment>
        <translation>Petter</translation>
    </message>
    <message>
        <source>Quebec</source>
        <comment>spelling alphabet word for Q</comment>
        <translation>Qvintus</translation>
    </message>
    <message>
        <source>Romeo</source>
        <comment>spelling alphabet word for R</comment>
        <translation>Rudolf</translation>
    </message>
    <message>
        <source>Sierra</source>
        <comment>spelling alphabet word for S</comment>
        <translation>Sigurd</translation>
    </message>
    <message>
        <source>Tango</source>
        <comment>spelling alphabet word for T</comment>
        <translation>Tore</translation>
    </message>
    <message>
        <source>Uniform</source>
        <comment>spelling alphabet word for U</comment>
        <translation>Urban</translation>
    </message>
    <message>
        <source>Victor</source>
        <comment>spelling alphabet word for V</comment>
        <translation>Viktor</translation>
    </message>
    <message>
        <source>Whiskey</source>
        <comment>spelling alphabet word for W</comment>
        <translation>Wilhelm</translation>
    </message>
    <message>
        <source>X-ray</source>
        <comment>spelling alphabet word for X</comment>
        <translation>Xerxes</translation>
    </message>
    <message>
        <source>Yankee</source>
        <comment>spelling alphabet word for Y</comment>
        <translation>Yngve</translation>
    </message>
    <message>
        <source>Zulu</source>
        <comment>spelling alphabet word for Z</comment>
        <translation>Zäta</translation>
    </message>
    <message>
        <source>zero</source>
        <comment>the digit 0</comment>
        <translation>noll</translation>
    </message>
    <message>
        <source>one</source>
        <comment>the digit 1</comment>
        <translation>ett</translation>
    </message>
    <message>
        <source>two</source>
        <comment>the digit 2</comment>
        <translation>två</translation>
    </message>
    <message>
        <source>three</source>
        <comment>the digit 3</comment>
        <translation>tre</translation>
    </message>
    <message>
        <source>four</source>
        <comment>the digit 4</comment>
        <translation>fyra</translation>
    </message>
    <message>
        <source>five</source>
        <comment>the digit 5</comment>
        <translation>fem</translation>
    </message>
    <message>
        <source>six</source>
        <comment>the digit 6</comment>
        <translation>sex</translation>
    </message>
    <message>
        <source>seven</source>
        <comment>the digit 7</comment>
        <translation>sju</translation>
    </message>
    <message>
        <source>eight</source>
        <comment>the digit 8</comment>
        <translation>åtta</translation>
    </message>
    <message>
        <source>nine</source>
        <comment>the digit 9</comment>
        <translation>nio</translation>
    </message>
    <message>
        <source>hash</source>
        <comment>the symbol #</comment>
        <translation>brädgård</translation>
    </message>
    <message>
        <source>percent</source>
        <comment>the symbol %</comment>
        <translation>procent</translation>
    </message>
    <message>
        <source>ampersand</source>
        <comment>the symbol &amp;</comment>
        <translation>och-tecken</translation>
    </message>
    <message>
        <source>asterisk</source>
        <comment>the symbol *</comment>
        <translation>asterisk</translation>
    </message>
    <message>
        <source>plus</source>
        <comment>the symbol +</comment>
        <translation>plus</translation>
    </message>
    <message>
        <source>minus</source>
        <comment>the symbol -</comment>
        <translation>minus</translation>
    </message>
    <message>
        <source>equals</source>
        <comment>the symbol =</comment>
        <translation>likhetstecken</translation>
    </message>
    <message>
        <source>question mark</source>
        <comment>the symbol ?</comment>
        <translation>frågetecken</translation>
    </message>
    <message>
        <source>at sign</source>
        <comment>the symbol @</comment>
        <translation>snabel-a</translation>
    </message>
    <message>
        <source>exclamation mark</source>
        <comment>the symbol !</comment>
        <translation>utropstecken</translation>
    </message>
    <message>
        <source>dollar</source>
        <comment>the symbol $</comment>
        <translation>dollartecken</translation>
    </message>
    <message>
        <source>underscore</source>
        <comment>the symbol _</comment>
        <translation>understreck</translation>
    </message>
    <message>
        <source>full stop</source>
        <comment>the symbol .</comment>
        <translation>punkt</translation>
    </message>
    <message>
        <source>comma</source>
        <comment>the symbol ,</comment>
        <translation>kommatecken</translation>
    </message>
    <message>
        <source>colon</source>
        <comment>the symbol :</comment>
        <translation>kolon</translation>
    </message>
    <message>
        <source>semicolon</source>
        <comment>the symbol ;</comment>
        <translation>semikolon</translation>
    </message>
    <message>
        <source>slash</source>
        <comment>the symbol /</comment>
        <translation>snedstreck</translation>
    </message>
    <message>
        <source>opening parenthesis</source>
        <comment>the symbol (</comment>
        <translation>vänsterparentes</translation>
    </message>
    <message>
        <source>closing parenthesis</source>
        <comment>the symbol )</comment>
        <translation>högerparentes</translation>
    </message>
    <message>
        <source>space</source>
        <comment>the symbol space</comment>
        <translation>mellanslag</translation>
    </message>
    <message>
        <source>capital %1 as in %2</source>
        <comment>%1 is the letter, %2 its code word</comment>
        <translation>stort %1 som i %2</translation>
    </message>
    <message>
        <source>small %1 as in %2</source>
        <comment>%1 is the letter, %2 its code word</comment>
        <translation>litet %1 som i %2</translation>
    </message>
    <message>
        <source>digit %1 (%2)</source>
        <comment>%1 is the digit, %2 its name</comment>
        <translation>siffran %1 (%2)</translation>
    </message>
    <message>
        <source>symbol %1 (%2)</source>
        <comment>%1 is the symbol, %2 its name</comment>
        <translation>tecknet %1 (%2)</translation>
    </message>
</context>
<context>
    <name>PolicyCommand</name>
    <message>
        <source>Set whether users&apos; passwords never expire and whether they may use weak passwords.</source>
        <translation>Ange om användares lösenord aldrig upphör att gälla och om de får använda svaga lösenord.</translation>
    </message>
    <message>
        <source>User principal names or object ids of the users to change.</source>
        <translation>Användarnamn (UPN) eller objekt-ID för de användare som ska ändras.</translation>
    </message>
    <message>
        <source>&lt;user&gt;...</source>
        <translation>&lt;användare&gt;...</translation>
    </message>
    <message>
        <source>Whether the password never expires: on or off.</source>
        <translation>Om lösenordet aldrig upphör att gälla: on eller off.</translation>
    </message>
    <message>
        <source>Whether weak passwords are allowed (the strong password requirement off): on or off.</source>
        <translation>Om svaga lösenord tillåts (kravet på starkt lösenord av): on eller off.</translation>
    </message>
    <message>
        <source>Name the users whose password policies to change.</source>
        <translation>Ange de användare vars lösenordsprinciper ska ändras.</translation>
    </message>
    <message>
        <source>--%1 takes on or off.</source>
        <translation>--%1 tar on eller off.</translation>
    </message>
    <message>
        <source>Say what to change: --never-expires on|off, --weak-passwords on|off or both.</source>
        <translation>Ange vad som ska ändras: --never-expires on|off, --weak-passwords on|off eller båda.</translation>
    </message>
    <message>
        <source>The change could not be recorded in the audit log %1 (%2). The change itself stands.</source>
        <translation>Ändringen kunde inte registreras i granskningsloggen %1 (%2). Själva ändringen gäller.</translation>
    </message>
    <message>
        <source>%1: not changed: %2</source>
        <extracomment>%1 user name, %2 why the change failed</extracomment>
        <translation>%1: inte ändrad: %2</translation>
    </message>
</context>
<context>
    <name>PreflightReport</name>
    <message numerus="yes">
        <source>%1: %Ln user(s)</source>
        <extracomment>%1 is a classification such as &quot;Will be reset&quot; or &quot;Skipped: guest&quot;</extracomment>
        <translation>
            <numerusform>%1: %Ln användare</numerusform>
            <numerusform>%1: %Ln användare</numerusform>
        </translation>
    </message>
    <message>
        <source>Your admin roles could not be read, so Microsoft 365 decides whom you may reset.</source>
        <translation>Dina administratörsroller kunde inte läsas, så Microsoft 365 avgör vilka du får återställa.</translation>
    </message>
</context>
<context>
    <name>PrintSlipsDialog</name>
    <message>
        <source>Print sign-in details</source>
        <translation>Skriv ut inloggningsuppgifter</translation>
    </message>
    <message>
        <source>Password slips</source>
        <translation>Lösenordslappar</translation>
    </message>
    <message>
        <source>Slips per &amp;page:</source>
        <translation>Lappar per &amp;sida:</translation>
    </message>
    <message>
        <source>Slips per page</source>
        <translation>Lappar per sida</translation>
    </message>
    <message>
        <source>Paper si&amp;ze:</source>
        <translation>Pappersstor&amp;lek:</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Pappersstorlek</translation>
    </message>
    <message>
        <source>Spell passwords &amp;out (K as in Kilo)</source>
        <translation>&amp;Bokstavera lösenorden (K som i Kalle)</translation>
    </message>
    <message>
        <source>Spell passwords out</source>
        <translation>Bokstavera lösenorden</translation>
    </message>
    <message>
        <source>Add a &amp;summary sheet (lists users and outcomes, no passwords)</source>
        <translation>Lägg till ett samm&amp;anfattningsblad (användare och resultat, inga lösenord)</translation>
    </message>
    <message>
        <source>Add a summary sheet</source>
        <translation>Lägg till ett sammanfattningsblad</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Förhands&amp;granska…</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Förhandsgranska</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Spara som P&amp;DF…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Spara som PDF</translation>
    </message>
    <message>
        <source>Results file (CSV)</source>
        <translation>Resultatfil (CSV)</translation>
    </message>
    <message>
        <source>&amp;Include passwords</source>
        <translation>&amp;Ta med lösenord</translation>
    </message>
    <message>
        <source>Include passwords in the results file</source>
        <translation>Ta med lösenord i resultatfilen</translation>
    </message>
    <message>
        <source>The file will hold temporary passwords in plain text. Anyone who gets a copy can sign in as these users until they change their passwords. Keep it in a safe place and delete it after use.</source>
        <translation>Filen kommer att innehålla tillfälliga lösenord i klartext. Den som får en kopia kan logga in som de här användarna tills de har ändrat sina lösenord. Förvara den säkert och ta bort den efter användning.</translation>
    </message>
    <message>
        <source>&amp;Export results…</source>
        <translation>&amp;Exportera resultat…</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Exportera resultat</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) get a password slip.</source>
        <translation>
            <numerusform>%n användare får en lösenordslapp.</numerusform>
            <numerusform>%n användare får en lösenordslapp.</numerusform>
        </translation>
    </message>
    <message>
        <source>The slips could not be sent to the printer. Check that it is switched on and try again.</source>
        <translation>Lapparna kunde inte skickas till skrivaren. Kontrollera att den är påslagen och försök igen.</translation>
    </message>
    <message>
        <source>The slips were sent to the printer.</source>
        <translation>Lapparna har skickats till skrivaren.</translation>
    </message>
    <message>
        <source>Save password slips as PDF</source>
        <translation>Spara lösenordslappar som PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>password-slips.pdf</source>
        <extracomment>Suggested file name; keep it short and without spaces.</extracomment>
        <translation>losenordslappar.pdf</translation>
    </message>
    <message>
        <source>reset-results.csv</source>
        <extracomment>Suggested file name; keep it short and without spaces.</extracomment>
        <translation>aterstallningsresultat.csv</translation>
    </message>
    <message>
        <source>Saved the slips to %1. Only you can open the file.</source>
        <translation>Lapparna har sparats i %1. Bara du kan öppna filen.</translation>
    </message>
    <message>
        <source>Exported the results to %1. Only you can open the file.</source>
        <translation>Resultatet har exporterats till %1. Bara du kan öppna filen.</translation>
    </message>
    <message>
        <source>Could not create %1. Choose a folder you can write to.</source>
        <translation>Det gick inte att skapa %1. Välj en mapp som du kan skriva i.</translation>
    </message>
    <message>
        <source>Could not make %1 private, so nothing was written. Choose a folder on a local disk.</source>
        <translation>Det gick inte att göra %1 privat, så inget skrevs. Välj en mapp på en lokal disk.</translation>
    </message>
    <message>
        <source>Could not write %1. Check that the disk has space and try again.</source>
        <translation>Det gick inte att skriva %1. Kontrollera att det finns utrymme på disken och försök igen.</translation>
    </message>
    <message>
        <source>File not saved</source>
        <translation>Filen sparades inte</translation>
    </message>
</context>
<context>
    <name>ProfileOption</name>
    <message>
        <source>Start in the saved organization with this name.</source>
        <translation>Starta i den sparade organisationen med det här namnet.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>namn</translation>
    </message>
    <message>
        <source>--profile cannot be used with --demo.</source>
        <translation>--profile kan inte användas tillsammans med --demo.</translation>
    </message>
    <message>
        <source>No saved organization is called &quot;%1&quot;. The saved organizations are: %2.</source>
        <translation>Ingen sparad organisation heter &quot;%1&quot;. De sparade organisationerna är: %2.</translation>
    </message>
</context>
<context>
    <name>PurgeCommand</name>
    <message>
        <source>Delete saved bulk runs for good; passwords in them not handed over are lost.</source>
        <translation>Ta bort sparade masskörningar för gott; lösenord i dem som inte lämnats över går förlorade.</translation>
    </message>
    <message>
        <source>The saved run to delete, as resetdesk-cli runs lists it.</source>
        <translation>Den sparade körning som ska tas bort, så som resetdesk-cli runs listar den.</translation>
    </message>
    <message>
        <source>[run]</source>
        <translation>[körning]</translation>
    </message>
    <message>
        <source>Delete every saved run of the organization.</source>
        <translation>Ta bort alla sparade körningar i organisationen.</translation>
    </message>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation>Fråga inte om bekräftelse.</translation>
    </message>
    <message>
        <source>Name one saved run, or give --all.</source>
        <translation>Ange en sparad körning, eller --all.</translation>
    </message>
    <message>
        <source>There are no saved bulk runs.</source>
        <translation>Det finns inga sparade masskörningar.</translation>
    </message>
    <message>
        <source>Nothing was deleted: add --yes to confirm when the command does not run in a terminal.</source>
        <translation>Inget togs bort: lägg till --yes för att bekräfta när kommandot inte körs i en terminal.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n saved run(s)? Temporary passwords in them that were not handed over cannot be recovered afterwards. Type yes to go on:</source>
        <translation>
            <numerusform>Vill du ta bort %n sparad körning? Tillfälliga lösenord i den som inte lämnats över går inte att återfå efteråt. Skriv ja för att fortsätta:</numerusform>
            <numerusform>Vill du ta bort %n sparade körningar? Tillfälliga lösenord i dem som inte lämnats över går inte att återfå efteråt. Skriv ja för att fortsätta:</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation>Inget togs bort.</translation>
    </message>
    <message>
        <source>Deleted the saved run %1.</source>
        <translation>Den sparade körningen %1 togs bort.</translation>
    </message>
    <message numerus="yes">
        <source>%n saved run(s) could not be deleted completely. Check that the keychain is unlocked and that you may delete files in %1.</source>
        <translation>
            <numerusform>%n sparad körning kunde inte tas bort helt. Kontrollera att nyckelringen är upplåst och att du får ta bort filer i %1.</numerusform>
            <numerusform>%n sparade körningar kunde inte tas bort helt. Kontrollera att nyckelringen är upplåst och att du får ta bort filer i %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Usage: %1</source>
        <translation>Användning: %1</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[alternativ]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Alternativ:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argument:</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Spara alla</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ja till &amp;alla</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nej</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;ej till alla</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Försök igen</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorera</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Ignorera ändringar</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hjälp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Tillämpa</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Återställ standardvärden</translation>
    </message>
</context>
<context>
    <name>ResetCommand</name>
    <message>
        <source>Reset the passwords of users, of the users in a CSV file, or of everyone.</source>
        <translation>Återställ lösenord för användare, för användarna i en CSV-fil eller för alla.</translation>
    </message>
    <message>
        <source>User principal names or object ids of the users to reset.</source>
        <translation>Användarnamn (UPN) eller objekt-ID för de användare som ska återställas.</translation>
    </message>
    <message>
        <source>Reset the users listed in a CSV file: a user principal name or object id per row, optionally a password.</source>
        <translation>Återställ användarna i en CSV-fil: ett användarnamn (UPN) eller objekt-ID per rad, eventuellt med ett lösenord.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fil</translation>
    </message>
    <message>
        <source>Reset everyone in the organization.</source>
        <translation>Återställ alla i organisationen.</translation>
    </message>
    <message>
        <source>With --everyone: leave this user out (for example a break-glass account); may be repeated.</source>
        <translation>Med --everyone: utelämna den här användaren (till exempel ett nödkonto); kan upprepas.</translation>
    </message>
    <message>
        <source>user</source>
        <translation>användare</translation>
    </message>
    <message>
        <source>With --everyone: require everyone to change password, and sign them out everywhere.</source>
        <translation>Med --everyone: kräv att alla ändrar lösenord och logga ut dem överallt.</translation>
    </message>
    <message>
        <source>How generated passwords look: %1 (default readable).</source>
        <translation>Hur genererade lösenord ser ut: %1 (standard readable).</translation>
    </message>
    <message>
        <source>style</source>
        <translation>stil</translation>
    </message>
    <message>
        <source>Give every user the same password, read from standard input (never from the command line).</source>
        <translation>Ge alla användare samma lösenord, läst från standard in (aldrig från kommandoraden).</translation>
    </message>
    <message>
        <source>Give every user the same password, read from the first line of a file.</source>
        <translation>Ge alla användare samma lösenord, läst från första raden i en fil.</translation>
    </message>
    <message>
        <source>Do not require users to change the password when they next sign in.</source>
        <translation>Kräv inte att användarna ändrar lösenordet nästa gång de loggar in.</translation>
    </message>
    <message>
        <source>Require multifactor authentication before users choose their new password.</source>
        <translation>Kräv multifaktorautentisering innan användarna väljer sitt nya lösenord.</translation>
    </message>
    <message>
        <source>Sign the users out of every session.</source>
        <translation>Logga ut användarna från alla sessioner.</translation>
    </message>
    <message>
        <source>Also reset users whose sign-in is blocked.</source>
        <translation>Återställ även användare vars inloggning är blockerad.</translation>
    </message>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation>Fråga inte om bekräftelse.</translation>
    </message>
    <message>
        <source>Only show the pre-flight; change nothing.</source>
        <translation>Visa bara förhandskontrollen; ändra ingenting.</translation>
    </message>
    <message>
        <source>List every user of the pre-flight with their class.</source>
        <translation>Lista varje användare i förhandskontrollen med sin klass.</translation>
    </message>
    <message>
        <source>Name the users to reset, or give --csv FILE or --everyone (one of them).</source>
        <translation>Ange de användare som ska återställas, eller --csv FIL eller --everyone (ett av dem).</translation>
    </message>
    <message>
        <source>--exclude and --require-change-only go with --everyone.</source>
        <translation>--exclude och --require-change-only används med --everyone.</translation>
    </message>
    <message>
        <source>Choose either --password-stdin or --password-file, not both.</source>
        <translation>Välj antingen --password-stdin eller --password-file, inte båda.</translation>
    </message>
    <message>
        <source>--mfa needs the password change at next sign-in; leave out --no-force-change.</source>
        <translation>--mfa kräver lösenordsändring vid nästa inloggning; utelämna --no-force-change.</translation>
    </message>
    <message>
        <source>--require-change-only always requires the change; leave out --no-force-change.</source>
        <translation>--require-change-only kräver alltid ändringen; utelämna --no-force-change.</translation>
    </message>
    <message>
        <source>--style takes one of: %1.</source>
        <translation>--style tar ett av: %1.</translation>
    </message>
    <message>
        <source>Type the password for every user (it is not shown) and press Enter:</source>
        <translation>Skriv lösenordet för alla användare (det visas inte) och tryck på Retur:</translation>
    </message>
    <message>
        <source>Could not read the password file: %1</source>
        <translation>Det gick inte att läsa lösenordsfilen: %1</translation>
    </message>
    <message>
        <source>The password given is empty.</source>
        <translation>Det angivna lösenordet är tomt.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Det gick inte att läsa %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %L2 MB, too large for a list of users.</source>
        <translation>%1 är större än %L2 MB, för stor för en lista med användare.</translation>
    </message>
    <message>
        <source>Nothing was reset. Correct the file and run the command again.</source>
        <translation>Inget återställdes. Rätta filen och kör kommandot igen.</translation>
    </message>
    <message>
        <source>Nobody is left to reset.</source>
        <translation>Ingen återstår att återställa.</translation>
    </message>
    <message>
        <source>The password does not meet the Microsoft 365 rules for these users: at least 8 characters, three of upper case, lower case, digits and symbols, and no part of a user&apos;s or the organization&apos;s name.</source>
        <translation>Lösenordet uppfyller inte reglerna i Microsoft 365 för de här användarna: minst 8 tecken, tre av versaler, gemener, siffror och symboler, och ingen del av en användares eller organisationens namn.</translation>
    </message>
    <message>
        <source>Nothing was reset: add --yes to confirm when the command does not run in a terminal.</source>
        <translation>Inget återställdes: lägg till --yes för att bekräfta när kommandot inte körs i en terminal.</translation>
    </message>
    <message numerus="yes">
        <source>Reset the passwords of %n user(s)? Their current passwords stop working at once. Type yes to go on:</source>
        <translation>
            <numerusform>Vill du återställa lösenordet för %n användare? Det nuvarande lösenordet slutar fungera direkt. Skriv ja för att fortsätta:</numerusform>
            <numerusform>Vill du återställa lösenorden för %n användare? Deras nuvarande lösenord slutar fungera direkt. Skriv ja för att fortsätta:</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was reset.</source>
        <translation>Inget återställdes.</translation>
    </message>
    <message>
        <source>[user...]</source>
        <translation>[användare...]</translation>
    </message>
</context>
<context>
    <name>ResetOutcomeText</name>
    <message>
        <source>Password managed elsewhere</source>
        <translation>Lösenordet hanteras någon annanstans</translation>
    </message>
    <message>
        <source>%1 signs in through your organisation&apos;s own identity provider (a federated domain), so the password can only be reset there.</source>
        <translation>%1 loggar in via organisationens egen identitetsprovider (en federerad domän), så lösenordet kan bara återställas där.</translation>
    </message>
    <message>
        <source>Writeback failed</source>
        <translation>Tillbakaskrivningen misslyckades</translation>
    </message>
    <message>
        <source>Your on-premises Active Directory did not accept the new password for %1. Check that password writeback is turned on in Microsoft Entra Connect and that the password meets your domain&apos;s password policy, then try again.</source>
        <translation>Ert lokala Active Directory godtog inte det nya lösenordet för %1. Kontrollera att tillbakaskrivning av lösenord är aktiverat i Microsoft Entra Connect och att lösenordet uppfyller domänens lösenordsprincip, och försök sedan igen.</translation>
    </message>
    <message>
        <source>Writeback still running</source>
        <translation>Tillbakaskrivningen pågår fortfarande</translation>
    </message>
    <message>
        <source>Microsoft 365 has not confirmed yet that the new password for %1 reached your on-premises Active Directory. Check later whether they can sign in before resetting again.</source>
        <translation>Microsoft 365 har ännu inte bekräftat att det nya lösenordet för %1 har nått ert lokala Active Directory. Kontrollera senare om användaren kan logga in innan du återställer igen.</translation>
    </message>
    <message>
        <source>Reset cancelled</source>
        <translation>Återställningen avbröts</translation>
    </message>
    <message>
        <source>The reset was cancelled. If it had already reached Microsoft 365, the password may have changed: reset it again to be sure.</source>
        <translation>Återställningen avbröts. Om den redan hade nått Microsoft 365 kan lösenordet ha ändrats: återställ det igen för säkerhets skull.</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset password</source>
        <translation>Återställ lösenord</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Användare</translation>
    </message>
    <message>
        <source>Before you reset</source>
        <translation>Innan du återställer</translation>
    </message>
    <message>
        <source>Reset through password writeback</source>
        <translation>Återställ med tillbakaskrivning av lösenord</translation>
    </message>
    <message>
        <source>Reset through password &amp;writeback to on-premises Active Directory</source>
        <translation>Återställ med till&amp;bakaskrivning av lösenord till lokalt Active Directory</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>Ändra mitt lösenord</translation>
    </message>
    <message>
        <source>C&amp;hange my password…</source>
        <translation>Ä&amp;ndra mitt lösenord…</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Lösenord</translation>
    </message>
    <message>
        <source>Automatically create a password</source>
        <translation>Skapa ett lösenord automatiskt</translation>
    </message>
    <message>
        <source>&amp;Automatically create a password</source>
        <translation>Skapa ett lösenord &amp;automatiskt</translation>
    </message>
    <message>
        <source>St&amp;yle:</source>
        <translation>S&amp;til:</translation>
    </message>
    <message>
        <source>Password style</source>
        <translation>Lösenordsstil</translation>
    </message>
    <message>
        <source>Language of the words</source>
        <translation>Ordens språk</translation>
    </message>
    <message>
        <source>Let me create the password</source>
        <translation>Låt mig skapa lösenordet</translation>
    </message>
    <message>
        <source>&amp;Let me create the password</source>
        <translation>&amp;Låt mig skapa lösenordet</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nytt lösenord</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>Visa lösenord</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>Password problems</source>
        <translation>Problem med lösenordet</translation>
    </message>
    <message>
        <source>Require this user to change their password when they first sign in</source>
        <translation>Kräv att användaren ändrar sitt lösenord vid första inloggningen</translation>
    </message>
    <message>
        <source>Require this user to &amp;change their password when they first sign in</source>
        <translation>&amp;Kräv att användaren ändrar sitt lösenord vid första inloggningen</translation>
    </message>
    <message>
        <source>Verify with multifactor authentication first</source>
        <translation>Verifiera med multifaktorautentisering först</translation>
    </message>
    <message>
        <source>…and &amp;verify with multifactor authentication first</source>
        <translation>…och verifiera med &amp;multifaktorautentisering först</translation>
    </message>
    <message>
        <source>Sign out of all sessions</source>
        <translation>Logga ut från alla sessioner</translation>
    </message>
    <message>
        <source>Sign the user &amp;out of all sessions</source>
        <translation>Logga &amp;ut användaren från alla sessioner</translation>
    </message>
    <message>
        <source>&amp;Hand the password over:</source>
        <translation>Lämna över lösenor&amp;det:</translation>
    </message>
    <message>
        <source>Hand the password over</source>
        <translation>Lämna över lösenordet</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Resend password</source>
        <translation>Skicka lösenord igen</translation>
    </message>
    <message>
        <source>&amp;Reset and resend</source>
        <translation>&amp;Återställ och skicka igen</translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation>&amp;Återställ lösenord</translation>
    </message>
    <message>
        <source>Readable: 14 characters without look-alikes</source>
        <translation>Lättläst: 14 tecken utan tecken som liknar varandra</translation>
    </message>
    <message>
        <source>Classic: 4 letters and 4 digits, easy to type</source>
        <translation>Klassiskt: 4 bokstäver och 4 siffror, lätt att skriva</translation>
    </message>
    <message>
        <source>Passphrase: three words and digits</source>
        <translation>Lösenfras: tre ord och siffror</translation>
    </message>
    <message>
        <source>English words</source>
        <translation>Engelska ord</translation>
    </message>
    <message>
        <source>Swedish words</source>
        <translation>Svenska ord</translation>
    </message>
    <message>
        <source>Show it to me</source>
        <translation>Visa det för mig</translation>
    </message>
    <message>
        <source>Copy it to the clipboard</source>
        <translation>Kopiera det till urklipp</translation>
    </message>
    <message>
        <source>Print a password slip</source>
        <translation>Skriv ut en lösenordslapp</translation>
    </message>
    <message>
        <source>Email it</source>
        <translation>Skicka det via e-post</translation>
    </message>
    <message>
        <source>This is your own account. Admins cannot reset their own password here: use My account › Change my password instead.</source>
        <translation>Det här är ditt eget konto. Administratörer kan inte återställa sitt eget lösenord här: använd Mitt konto › Ändra mitt lösenord i stället.</translation>
    </message>
    <message>
        <source>%1 is a guest from another organisation. Guests sign in with the password of their own organisation, and only that organisation can reset it.</source>
        <translation>%1 är gäst från en annan organisation. Gäster loggar in med lösenordet från sin egen organisation, och bara den organisationen kan återställa det.</translation>
    </message>
    <message>
        <source>%1 is synced from your on-premises Active Directory, so Microsoft 365 refuses a reset of the cloud password. Reset it through password writeback (it must be turned on in Microsoft Entra Connect), or change it in Active Directory.</source>
        <translation>%1 synkroniseras från ert lokala Active Directory, så Microsoft 365 nekar en återställning av molnlösenordet. Återställ det med tillbakaskrivning av lösenord (det måste vara aktiverat i Microsoft Entra Connect) eller ändra det i Active Directory.</translation>
    </message>
    <message>
        <source>%1 is synced from your on-premises Active Directory, so Microsoft 365 refuses a reset of the cloud password. Change it in Active Directory, or ask an Authentication Administrator to reset it through password writeback.</source>
        <translation>%1 synkroniseras från ert lokala Active Directory, så Microsoft 365 nekar en återställning av molnlösenordet. Ändra det i Active Directory eller be en autentiseringsadministratör att återställa det med tillbakaskrivning av lösenord.</translation>
    </message>
    <message>
        <source>A reset through password writeback needs the Authentication Administrator, Privileged Authentication Administrator or Global Administrator role.</source>
        <translation>En återställning med tillbakaskrivning av lösenord kräver rollen autentiseringsadministratör, privilegierad autentiseringsadministratör eller global administratör.</translation>
    </message>
    <message>
        <source>Your admin roles could not be read, so ResetDesk cannot check in advance whether you may reset this user. Microsoft 365 decides when you reset.</source>
        <translation>Dina administratörsroller kunde inte läsas, så ResetDesk kan inte kontrollera i förväg om du får återställa den här användaren. Microsoft 365 avgör när du återställer.</translation>
    </message>
    <message>
        <source>The new password is written back to your on-premises Active Directory. The user must change it when they first sign in.</source>
        <translation>Det nya lösenordet skrivs tillbaka till ert lokala Active Directory. Användaren måste ändra det vid första inloggningen.</translation>
    </message>
    <message>
        <source>Weak passwords are allowed for this user, but ResetDesk still creates a strong one.</source>
        <translation>Svaga lösenord är tillåtna för den här användaren, men ResetDesk skapar ändå ett starkt.</translation>
    </message>
    <message>
        <source>This password meets the Microsoft 365 rules.</source>
        <translation>Lösenordet uppfyller reglerna i Microsoft 365.</translation>
    </message>
    <message>
        <source>Your admin role cannot reset the password of %1, who is %2 and a member of a role-assignable group. Only these roles can reset members of such groups: %3. Ask someone who holds one of them to do it.</source>
        <translation>Din administratörsroll kan inte återställa lösenordet för %1, som är %2 och medlem i en grupp som kan tilldelas roller. Bara de här rollerna kan återställa lösenord för medlemmar i sådana grupper: %3. Be någon som har en av dem att göra det.</translation>
    </message>
    <message>
        <source>Your admin role cannot reset the password of %1, who is %2. Only these roles can: %3. Ask someone who holds one of them to do it.</source>
        <translation>Din administratörsroll kan inte återställa lösenordet för %1, som är %2. Bara de här rollerna kan göra det: %3. Be någon som har en av dem att göra det.</translation>
    </message>
</context>
<context>
    <name>ResetRefusalText</name>
    <message>
        <source>Your account may not reset this user&apos;s password. Only these roles can: %1. Ask someone who holds one of them to do it.</source>
        <translation>Ditt konto får inte återställa lösenordet för den här användaren. Bara de här rollerna kan göra det: %1. Be någon som har en av dem att göra det.</translation>
    </message>
    <message>
        <source>Run stopped: sign in again</source>
        <translation>Körningen stoppades: logga in igen</translation>
    </message>
    <message>
        <source>ResetDesk stopped sending because your sign-in expired or was revoked, so every further reset would be refused. Sign in again (File › Sign in…), then click Retry failed: the users not sent keep the passwords already chosen.</source>
        <translation>ResetDesk slutade skicka eftersom din inloggning har gått ut eller återkallats, så alla fler återställningar skulle nekas. Logga in igen (Arkiv › Logga in…) och klicka sedan på Försök igen med misslyckade: användarna som inte skickades behåller de lösenord som redan valts.</translation>
    </message>
    <message>
        <source>Run stopped: permission missing</source>
        <translation>Körningen stoppades: behörighet saknas</translation>
    </message>
    <message>
        <source>ResetDesk stopped sending because Microsoft 365 refused the first resets: your account holds no role that may reset passwords. Ask a Global Administrator for one of these roles: %1. Then sign in again and click Retry failed.</source>
        <translation>ResetDesk slutade skicka eftersom Microsoft 365 nekade de första återställningarna: ditt konto har ingen roll som får återställa lösenord. Be en global administratör om en av de här rollerna: %1. Logga sedan in igen och klicka på Försök igen med misslyckade.</translation>
    </message>
    <message>
        <source>ResetDesk stopped sending because Microsoft 365 refused the first resets although your role allows them. ResetDesk&apos;s permission to reset passwords (User-PasswordProfile.ReadWrite.All) is probably missing or was withdrawn. Sign out, sign in again and accept the permission, or ask a Global Administrator to grant admin consent; then click Retry failed.</source>
        <translation>ResetDesk slutade skicka eftersom Microsoft 365 nekade de första återställningarna fast din roll tillåter dem. ResetDesks behörighet att återställa lösenord (User-PasswordProfile.ReadWrite.All) saknas troligen eller har dragits tillbaka. Logga ut, logga in igen och godkänn behörigheten, eller be en global administratör att ge administratörsmedgivande. Klicka sedan på Försök igen med misslyckade.</translation>
    </message>
    <message>
        <source>Your admin role allows you to reset this user, yet Microsoft 365 refused. Your role may be limited to an administrative unit that does not include this user, the user may own a role-assignable group (then only a Privileged Authentication Administrator or a Global Administrator can reset them), or ResetDesk&apos;s permission to reset passwords was withdrawn. Sign in again to renew the permission; if it still fails, check your role assignment in the Microsoft Entra admin center.</source>
        <translation>Din administratörsroll tillåter att du återställer den här användaren, men Microsoft 365 nekade ändå. Din roll kan vara begränsad till en administrativ enhet som inte omfattar användaren, användaren kan äga en grupp som kan tilldelas roller (då kan bara en privilegierad autentiseringsadministratör eller en global administratör återställa lösenordet), eller så har ResetDesks behörighet att återställa lösenord dragits tillbaka. Logga in igen för att förnya behörigheten. Om det fortfarande misslyckas kontrollerar du din rolltilldelning i administrationscentret för Microsoft Entra.</translation>
    </message>
</context>
<context>
    <name>ResetResultDialog</name>
    <message>
        <source>Password reset</source>
        <translation>Lösenordet har återställts</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Användarnamn:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation>&amp;Tillfälligt lösenord:</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>Tillfälligt lösenord</translation>
    </message>
    <message>
        <source>Reveal the password</source>
        <translation>Visa lösenordet</translation>
    </message>
    <message>
        <source>Re&amp;veal</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>Vad som händer sedan</translation>
    </message>
    <message>
        <source>Clipboard</source>
        <translation>Urklipp</translation>
    </message>
    <message>
        <source>Copy the password</source>
        <translation>Kopiera lösenordet</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
    <message>
        <source>Print a password slip</source>
        <translation>Skriv ut en lösenordslapp</translation>
    </message>
    <message>
        <source>&amp;Print slip…</source>
        <translation>Skriv &amp;ut lapp…</translation>
    </message>
    <message>
        <source>Email the password</source>
        <translation>Skicka lösenordet via e-post</translation>
    </message>
    <message>
        <source>&amp;Email…</source>
        <translation>&amp;E-post…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Password resent</source>
        <translation>Lösenordet har skickats igen</translation>
    </message>
    <message>
        <source>%1 has a new temporary password. Hand it over the way you chose.</source>
        <translation>%1 har ett nytt tillfälligt lösenord. Lämna över det på det sätt du valde.</translation>
    </message>
    <message>
        <source>The password of %1 has been reset.</source>
        <translation>Lösenordet för %1 har återställts.</translation>
    </message>
    <message>
        <source>The new password was written back to your on-premises Active Directory.</source>
        <translation>Det nya lösenordet skrevs tillbaka till ert lokala Active Directory.</translation>
    </message>
    <message>
        <source>They must verify with multifactor authentication and then choose a new password when they first sign in.</source>
        <translation>Vid första inloggningen måste användaren verifiera med multifaktorautentisering och sedan välja ett nytt lösenord.</translation>
    </message>
    <message>
        <source>They must choose a new password when they first sign in.</source>
        <translation>Användaren måste välja ett nytt lösenord vid första inloggningen.</translation>
    </message>
    <message>
        <source>They can keep using this password: it does not have to be changed.</source>
        <translation>Användaren kan fortsätta använda det här lösenordet: det behöver inte ändras.</translation>
    </message>
    <message>
        <source>They were signed out of all sessions.</source>
        <translation>Användaren loggades ut från alla sessioner.</translation>
    </message>
    <message>
        <source>Signing them out of all sessions failed: %1 The new password is set; try signing them out again from the user list.</source>
        <translation>Det gick inte att logga ut användaren från alla sessioner: %1 Det nya lösenordet gäller; försök logga ut användaren igen från användarlistan.</translation>
    </message>
    <message numerus="yes">
        <source>Copied. The clipboard will be cleared in %n second(s).</source>
        <translation>
            <numerusform>Kopierat. Urklipp töms om %n sekund.</numerusform>
            <numerusform>Kopierat. Urklipp töms om %n sekunder.</numerusform>
        </translation>
    </message>
    <message>
        <source>The password was removed from the clipboard.</source>
        <translation>Lösenordet har tagits bort från urklipp.</translation>
    </message>
</context>
<context>
    <name>ResumeCommand</name>
    <message>
        <source>Finish an interrupted bulk run with the passwords already chosen, then hand them over.</source>
        <translation>Slutför en avbruten masskörning med de lösenord som redan valts och lämna sedan över dem.</translation>
    </message>
</context>
<context>
    <name>RoleNames</name>
    <message>
        <source>Global Administrator</source>
        <translation>Global administratör</translation>
    </message>
    <message>
        <source>Privileged Authentication Administrator</source>
        <translation>Privilegierad autentiseringsadministratör</translation>
    </message>
    <message>
        <source>Privileged Role Administrator</source>
        <translation>Administratör för privilegierade roller</translation>
    </message>
    <message>
        <source>User Administrator</source>
        <translation>Användaradministratör</translation>
    </message>
    <message>
        <source>Authentication Administrator</source>
        <translation>Autentiseringsadministratör</translation>
    </message>
    <message>
        <source>Helpdesk Administrator</source>
        <translation>Supportadministratör</translation>
    </message>
    <message>
        <source>Password Administrator</source>
        <translation>Lösenordsadministratör</translation>
    </message>
    <message>
        <source>Groups Administrator</source>
        <translation>Gruppadministratör</translation>
    </message>
    <message>
        <source>Reports Reader</source>
        <translation>Rapportläsare</translation>
    </message>
    <message>
        <source>Global Reader</source>
        <translation>Global läsare</translation>
    </message>
    <message>
        <source>Domain Name Administrator</source>
        <translation>Domännamnsadministratör</translation>
    </message>
    <message>
        <source>Security Administrator</source>
        <translation>Säkerhetsadministratör</translation>
    </message>
    <message>
        <source>Security Reader</source>
        <translation>Säkerhetsläsare</translation>
    </message>
    <message numerus="yes">
        <source>%n other role(s)</source>
        <translation>
            <numerusform>%n annan roll</numerusform>
            <numerusform>%n andra roller</numerusform>
        </translation>
    </message>
    <message>
        <source>None</source>
        <translation>Inga</translation>
    </message>
    <message>
        <source>Directory Readers</source>
        <translation>Katalogläsare</translation>
    </message>
    <message>
        <source>Guest Inviter</source>
        <translation>Gästinbjudare</translation>
    </message>
    <message>
        <source>Message Center Reader</source>
        <translation>Meddelandecenterläsare</translation>
    </message>
    <message>
        <source>Usage Summary Reports Reader</source>
        <translation>Läsare av sammanfattningsrapporter för användning</translation>
    </message>
</context>
<context>
    <name>RunHandover</name>
    <message>
        <source>Could not make %1 private, so nothing was written. Choose a folder on a local disk.</source>
        <translation>Det gick inte att göra %1 privat, så inget skrevs. Välj en mapp på en lokal disk.</translation>
    </message>
    <message>
        <source>Could not write %1. Choose a folder you can write to and try again.</source>
        <translation>Det gick inte att skriva %1. Välj en mapp som du kan skriva till och försök igen.</translation>
    </message>
    <message>
        <source>Save the results with the temporary passwords as CSV; only you can open the file.</source>
        <translation>Spara resultatet med de tillfälliga lösenorden som CSV; bara du kan öppna filen.</translation>
    </message>
    <message>
        <source>file.csv</source>
        <translation>fil.csv</translation>
    </message>
    <message>
        <source>Save a password slip for each user as PDF.</source>
        <translation>Spara en lösenordslapp för varje användare som PDF.</translation>
    </message>
    <message>
        <source>file.pdf</source>
        <translation>fil.pdf</translation>
    </message>
    <message>
        <source>Print the temporary passwords on standard output.</source>
        <translation>Skriv ut de tillfälliga lösenorden på standard ut.</translation>
    </message>
    <message>
        <source>%1 is a folder; give the name of a file to write.</source>
        <translation>%1 är en mapp; ange namnet på en fil att skriva.</translation>
    </message>
    <message>
        <source>Saved the results with the temporary passwords to %1. Only you can open the file; delete it once the passwords are handed over.</source>
        <translation>Resultatet med de tillfälliga lösenorden sparades i %1. Bara du kan öppna filen. Ta bort den när lösenorden har lämnats över.</translation>
    </message>
    <message>
        <source>Saved the password slips to %1. Only you can open the file.</source>
        <translation>Lösenordslapparna sparades i %1. Bara du kan öppna filen.</translation>
    </message>
    <message>
        <source>%1	%2	may be set, not confirmed</source>
        <extracomment>%1 user name, %2 password; tab-separated for scripts</extracomment>
        <translation>%1	%2	kan vara satt, inte bekräftat</translation>
    </message>
    <message numerus="yes">
        <source>The temporary passwords of %n user(s) are kept in the encrypted journal of run %1 until they are handed over. Hand them over with: resetdesk-cli handover %1 --results FILE.csv (or --slips FILE.pdf)</source>
        <translation>
            <numerusform>Det tillfälliga lösenordet för %n användare sparas krypterat i körningen %1 tills det har lämnats över. Lämna över det med: resetdesk-cli handover %1 --results FIL.csv (eller --slips FIL.pdf)</numerusform>
            <numerusform>De tillfälliga lösenorden för %n användare sparas krypterade i körningen %1 tills de har lämnats över. Lämna över dem med: resetdesk-cli handover %1 --results FIL.csv (eller --slips FIL.pdf)</numerusform>
        </translation>
    </message>
    <message>
        <source>Write one JSON object per line on standard output for each user and wait, then a summary.</source>
        <translation>Skriv ett JSON-objekt per rad på standard ut för varje användare och väntan, och sedan en sammanfattning.</translation>
    </message>
    <message>
        <source>Email the temporary passwords: each-user sends each user theirs at their other email addresses; addresses get one list of every user.</source>
        <translation>Skicka de tillfälliga lösenorden via e-post: each-user skickar varje användares lösenord till användarens andra e-postadresser; adresser får en lista med alla användare.</translation>
    </message>
    <message>
        <source>each-user|addresses</source>
        <translation>each-user|adresser</translation>
    </message>
    <message>
        <source>--email takes each-user or email addresses.</source>
        <translation>--email tar each-user eller e-postadresser.</translation>
    </message>
</context>
<context>
    <name>RunMailer</name>
    <message>
        <source>%1 is the mailbox of an account whose password was just reset; it gets no password.</source>
        <translation>%1 är postlådan för ett konto vars lösenord just återställdes; den får inget lösenord.</translation>
    </message>
    <message>
        <source>%1 is not an email address.</source>
        <translation>%1 är inte en e-postadress.</translation>
    </message>
    <message>
        <source>%1 has no other email address to send the password to; hand it over another way.</source>
        <translation>%1 har ingen annan e-postadress att skicka lösenordet till; lämna över det på annat sätt.</translation>
    </message>
    <message>
        <source>No email was sent.</source>
        <translation>Ingen e-post skickades.</translation>
    </message>
    <message>
        <source>Email to %1 not sent: %2</source>
        <translation>E-post till %1 skickades inte: %2</translation>
    </message>
    <message>
        <source>Sending email stopped: %1</source>
        <translation>Utskicket av e-post stoppades: %1</translation>
    </message>
    <message>
        <source>The messages could not be recorded in the audit log %1 (%2).</source>
        <translation>Meddelandena kunde inte registreras i granskningsloggen %1 (%2).</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n email(s) with temporary passwords.</source>
        <translation>
            <numerusform>Skickade %n e-postmeddelande med tillfälliga lösenord.</numerusform>
            <numerusform>Skickade %n e-postmeddelanden med tillfälliga lösenord.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunProgress</name>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 av %2 klara</translation>
    </message>
    <message>
        <source>%1 per second</source>
        <translation>%1 per sekund</translation>
    </message>
    <message numerus="yes">
        <source>Microsoft 365 asked to wait: going on in %n second(s)</source>
        <translation>
            <numerusform>Microsoft 365 bad om att vänta: fortsätter om %n sekund</numerusform>
            <numerusform>Microsoft 365 bad om att vänta: fortsätter om %n sekunder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>ungefär %n sekund kvar</numerusform>
            <numerusform>ungefär %n sekunder kvar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunsCommand</name>
    <message>
        <source>List the saved bulk runs: interrupted, or with passwords not handed over yet.</source>
        <translation>Lista sparade masskörningar: avbrutna, eller med lösenord som ännu inte lämnats över.</translation>
    </message>
    <message>
        <source>runs takes no arguments.</source>
        <translation>runs tar inga argument.</translation>
    </message>
    <message>
        <source>There are no saved bulk runs.</source>
        <translation>Det finns inga sparade masskörningar.</translation>
    </message>
    <message>
        <source>%1  %2  cannot be opened: its key is missing or the keychain is locked</source>
        <extracomment>%1 run id, %2 date and time</extracomment>
        <translation>%1  %2  kan inte öppnas: nyckeln saknas eller nyckelringen är låst</translation>
    </message>
    <message>
        <source>%1  %2  users: %3, reset: %4, not reset: %5, not finished: %6</source>
        <extracomment>%1 run id, %2 date and time, then counts of users</extracomment>
        <translation>%1  %2  användare: %3, återställda: %4, inte återställda: %5, inte slutförda: %6</translation>
    </message>
</context>
<context>
    <name>SelfServiceResetDialog</name>
    <message>
        <source>Self-service password reset</source>
        <translation>Självbetjäning av lösenordsåterställning</translation>
    </message>
    <message>
        <source>With self-service password reset, users who forget their password reset it themselves after proving who they are, instead of asking you. It works only for users who have registered how they can be reached.</source>
        <translation>Med självbetjäning av lösenordsåterställning återställer användare som glömt sitt lösenord det själva när de har bekräftat vilka de är, i stället för att fråga dig. Det fungerar bara för användare som har registrerat hur de kan nås.</translation>
    </message>
    <message>
        <source>About self-service password reset</source>
        <translation>Om självbetjäning av lösenordsåterställning</translation>
    </message>
    <message>
        <source>Registration summary</source>
        <translation>Sammanfattning av registreringen</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licens</translation>
    </message>
    <message>
        <source>&amp;Users who have not registered:</source>
        <translation>&amp;Användare som inte har registrerat sig:</translation>
    </message>
    <message>
        <source>Users who have not registered</source>
        <translation>Användare som inte har registrerat sig</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Where to set up self-service password reset</source>
        <translation>Var du konfigurerar självbetjäning av lösenordsåterställning</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;%1&quot;&gt;How to set up self-service password reset&lt;/a&gt; (Microsoft Learn). Users register their contact methods at &lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;.</source>
        <translation>&lt;a href=&quot;%1&quot;&gt;Så konfigurerar du självbetjäning av lösenordsåterställning&lt;/a&gt; (Microsoft Learn). Användarna registrerar sina kontaktmetoder på &lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n user(s) are registered for self-service password reset.</source>
        <extracomment>%1 is the number registered, %n the number of users the report covers</extracomment>
        <translation>
            <numerusform>%1 av %n användare är registrerad för självbetjäning av lösenordsåterställning.</numerusform>
            <numerusform>%1 av %n användare är registrerade för självbetjäning av lösenordsåterställning.</numerusform>
        </translation>
    </message>
    <message>
        <source>The registration report lists no users yet.</source>
        <translation>Registreringsrapporten innehåller inga användare än.</translation>
    </message>
    <message>
        <source>Your organization&apos;s licence does not include the registration report, so ResetDesk cannot show who has registered. The report needs Microsoft Entra ID P1 or P2 (included in Microsoft 365 Business Premium, E3 and E5). Self-service password reset itself can still be set up.</source>
        <translation>Din organisations licens omfattar inte registreringsrapporten, så ResetDesk kan inte visa vilka som har registrerat sig. Rapporten kräver Microsoft Entra ID P1 eller P2 (ingår i Microsoft 365 Business Premium, E3 och E5). Självbetjäning av lösenordsåterställning kan ändå konfigureras.</translation>
    </message>
    <message>
        <source>ResetDesk needs permission to read the registration report. Approve it in the browser window that opened.</source>
        <translation>ResetDesk behöver behörighet att läsa registreringsrapporten. Godkänn det i webbläsarfönstret som öppnades.</translation>
    </message>
    <message numerus="yes">
        <source>Reading the registration report… %n user(s) so far.</source>
        <translation>
            <numerusform>Läser registreringsrapporten… %n användare hittills.</numerusform>
            <numerusform>Läser registreringsrapporten… %n användare hittills.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the registration report…</source>
        <translation>Läser registreringsrapporten…</translation>
    </message>
    <message>
        <source>Everyone is registered.</source>
        <translation>Alla är registrerade.</translation>
    </message>
    <message>
        <source>Remind these users to register, for example by sending them the registration address below. The report can lag a few hours behind.</source>
        <translation>Påminn de här användarna om att registrera sig, till exempel genom att skicka registreringsadressen nedan till dem. Rapporten kan ligga några timmar efter.</translation>
    </message>
</context>
<context>
    <name>SignInCommand</name>
    <message>
        <source>Sign in to Microsoft 365 and remember the sign-in in the keychain.</source>
        <translation>Logga in på Microsoft 365 och kom ihåg inloggningen i nyckelringen.</translation>
    </message>
    <message>
        <source>Sign in with a code entered on another device; the code is shown here.</source>
        <translation>Logga in med en kod som anges på en annan enhet; koden visas här.</translation>
    </message>
    <message>
        <source>Sign in with the browser on this computer.</source>
        <translation>Logga in med webbläsaren på den här datorn.</translation>
    </message>
    <message>
        <source>Approve every permission now instead of each the first time a command needs it.</source>
        <translation>Godkänn alla behörigheter nu i stället för var och en första gången ett kommando behöver den.</translation>
    </message>
    <message>
        <source>signin takes no arguments.</source>
        <translation>signin tar inga argument.</translation>
    </message>
    <message>
        <source>Choose either --device-code or --browser, not both.</source>
        <translation>Välj antingen --device-code eller --browser, inte båda.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>Inloggad i %1 som %2.</translation>
    </message>
    <message>
        <source>These connection settings cannot be used to sign in. Check --cloud, --authority-url and --graph-url.</source>
        <translation>De här anslutningsinställningarna kan inte användas för att logga in. Kontrollera --cloud, --authority-url och --graph-url.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to Microsoft 365</source>
        <translation>Logga in i Microsoft 365</translation>
    </message>
    <message>
        <source>Sign in with a Microsoft 365 account that has an admin role that can reset passwords, such as Global Administrator, Password Administrator or Helpdesk Administrator.</source>
        <translation>Logga in med ett Microsoft 365-konto som har en administratörsroll som kan återställa lösenord, till exempel global administratör, lösenordsadministratör eller supportadministratör.</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Moln</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>organizations, contoso.com or a tenant ID</source>
        <translation>organizations, contoso.com eller ett klientorganisations-ID</translation>
    </message>
    <message>
        <source>&amp;Application (client) ID:</source>
        <translation>&amp;Program-ID (klient-ID):</translation>
    </message>
    <message>
        <source>Application (client) ID</source>
        <translation>Program-ID (klient-ID)</translation>
    </message>
    <message>
        <source>About the application ID</source>
        <translation>Om program-ID:t</translation>
    </message>
    <message>
        <source>https://login.example.com</source>
        <translation>https://login.example.com</translation>
    </message>
    <message>
        <source>Sign-in address</source>
        <translation>Inloggningsadress</translation>
    </message>
    <message>
        <source>Microsoft &amp;Graph address:</source>
        <translation>Microsoft &amp;Graph-adress:</translation>
    </message>
    <message>
        <source>https://graph.example.com/v1.0</source>
        <translation>https://graph.example.com/v1.0</translation>
    </message>
    <message>
        <source>Microsoft Graph address</source>
        <translation>Microsoft Graph-adress</translation>
    </message>
    <message>
        <source>How to sign in</source>
        <translation>Så loggar du in</translation>
    </message>
    <message>
        <source>With a &amp;browser on this computer</source>
        <translation>Med en &amp;webbläsare på den här datorn</translation>
    </message>
    <message>
        <source>With a &amp;code on another device (phone or other computer)</source>
        <translation>Med en &amp;kod på en annan enhet (telefon eller annan dator)</translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation>Inloggningsproblem</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Information…</translation>
    </message>
    <message>
        <source>Finish signing in in the browser window that opened. ResetDesk continues as soon as you are done.</source>
        <translation>Slutför inloggningen i webbläsarfönstret som öppnades. ResetDesk fortsätter så snart du är klar.</translation>
    </message>
    <message>
        <source>Waiting for the browser</source>
        <translation>Väntar på webbläsaren</translation>
    </message>
    <message>
        <source>Where to enter the code</source>
        <translation>Var du anger koden</translation>
    </message>
    <message>
        <source>Sign-in code</source>
        <translation>Inloggningskod</translation>
    </message>
    <message>
        <source>C&amp;opy code</source>
        <translation>K&amp;opiera koden</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tid kvar</translation>
    </message>
    <message>
        <source>Register your own app</source>
        <translation>Registrera en egen app</translation>
    </message>
    <message>
        <source>The application (client) ID must look like 14d82eec-204b-4c2f-b7e8-296a70dab67e. Copy it from the app registration&apos;s Overview page in the Microsoft Entra admin center.</source>
        <translation>Program-ID:t (klient-ID:t) ska se ut som 14d82eec-204b-4c2f-b7e8-296a70dab67e. Kopiera det från sidan Översikt för appregistreringen i administrationscentret för Microsoft Entra.</translation>
    </message>
    <message>
        <source>Enter the organization as a domain (contoso.com), a tenant ID, or &quot;organizations&quot;.</source>
        <translation>Ange organisationen som en domän (contoso.com), ett klientorganisations-ID eller &quot;organizations&quot;.</translation>
    </message>
    <message>
        <source>Enter both addresses for the custom cloud, for example https://login.example.com.</source>
        <translation>Ange båda adresserna för det anpassade molnet, till exempel https://login.example.com.</translation>
    </message>
    <message>
        <source>The address %1 is not secure. Use an address that starts with https://.</source>
        <translation>Adressen %1 är inte säker. Använd en adress som börjar med https://.</translation>
    </message>
    <message>
        <source>Check the connection</source>
        <translation>Kontrollera anslutningen</translation>
    </message>
    <message>
        <source>ResetDesk cannot sign in with these settings. Check the cloud and the addresses.</source>
        <translation>ResetDesk kan inte logga in med de här inställningarna. Kontrollera molnet och adresserna.</translation>
    </message>
    <message>
        <source>Asking Microsoft 365 for a sign-in code…</source>
        <translation>Ber Microsoft 365 om en inloggningskod…</translation>
    </message>
    <message>
        <source>On a phone or another computer, open &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt; and enter this code. Then sign in with your admin account.</source>
        <translation>Öppna &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt; på en telefon eller en annan dator och ange den här koden. Logga sedan in med ditt administratörskonto.</translation>
    </message>
    <message>
        <source>The code is valid for %1 more minutes.</source>
        <translation>Koden gäller i %1 minuter till.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopierat</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Logga in</translation>
    </message>
    <message>
        <source>Microsoft 365 (worldwide)</source>
        <translation>Microsoft 365 (globalt)</translation>
    </message>
    <message>
        <source>US Government (GCC High)</source>
        <translation>USA:s myndigheter (GCC High)</translation>
    </message>
    <message>
        <source>US Government (DoD)</source>
        <translation>USA:s myndigheter (DoD)</translation>
    </message>
    <message>
        <source>China (operated by 21Vianet)</source>
        <translation>Kina (drivs av 21Vianet)</translation>
    </message>
    <message>
        <source>Custom addresses</source>
        <translation>Anpassade adresser</translation>
    </message>
    <message>
        <source>The default ID belongs to Microsoft Graph Command Line Tools, an app Microsoft provides in every organization. Your organization may prefer its own app registration: &lt;a href=&quot;#register&quot;&gt;how to register one&lt;/a&gt;.</source>
        <translation>Standard-ID:t tillhör Microsoft Graph Command Line Tools, en app som Microsoft tillhandahåller i varje organisation. Din organisation kanske föredrar en egen appregistrering: &lt;a href=&quot;#register&quot;&gt;så registrerar du en&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>No browser opened. Copy the sign-in address and open it in a browser on this computer.</source>
        <translation>Ingen webbläsare öppnades. Kopiera inloggningsadressen och öppna den i en webbläsare på den här datorn.</translation>
    </message>
    <message>
        <source>Copy &amp;address</source>
        <translation>Kopiera &amp;adressen</translation>
    </message>
    <message>
        <source>C&amp;loud:</source>
        <translation>&amp;Moln:</translation>
    </message>
    <message>
        <source>Sign-&amp;in address:</source>
        <translation>I&amp;nloggningsadress:</translation>
    </message>
    <message>
        <source>Enter only the host as the sign-in address, such as %1. The organization (%2) goes in the Organization field.</source>
        <translation>Ange bara värden som inloggningsadress, till exempel %1. Organisationen (%2) anges i fältet Organisation.</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Behörigheter</translation>
    </message>
    <message>
        <source>Approve every permission &amp;now, in one step</source>
        <translation>Godkänn alla behörigheter &amp;direkt, i ett steg</translation>
    </message>
    <message>
        <source>Approve each permission &amp;when a feature first needs it</source>
        <translation>Godkänn varje behörighet när en &amp;funktion behöver den första gången</translation>
    </message>
    <message>
        <source>Show the &amp;permissions…</source>
        <translation>Visa &amp;behörigheterna…</translation>
    </message>
    <message>
        <source>Permissions ResetDesk may use</source>
        <translation>Behörigheter som ResetDesk kan använda</translation>
    </message>
    <message>
        <source>&lt;p&gt;ResetDesk asks Microsoft 365 for these delegated permissions. It acts only as you, and only as far as your admin role allows.&lt;/p&gt;%1</source>
        <translation>&lt;p&gt;ResetDesk ber Microsoft 365 om de här delegerade behörigheterna. Appen agerar bara som du, och bara så långt som din administratörsroll tillåter.&lt;/p&gt;%1</translation>
    </message>
    <message>
        <source>&lt;p&gt;To sign in with your organization&apos;s own app registration:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;In the Microsoft Entra admin center, open &lt;b&gt;App registrations&lt;/b&gt; and choose &lt;b&gt;New registration&lt;/b&gt;. Name it ResetDesk and choose &lt;b&gt;Accounts in this organizational directory only&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Under &lt;b&gt;Authentication&lt;/b&gt;, add the platform &lt;b&gt;Mobile and desktop applications&lt;/b&gt; with the redirect URI &lt;tt&gt;http://localhost&lt;/tt&gt;, and set &lt;b&gt;Allow public client flows&lt;/b&gt; to Yes.&lt;/li&gt;&lt;li&gt;Under &lt;b&gt;API permissions&lt;/b&gt;, add these delegated Microsoft Graph permissions: %1; and grant admin consent.&lt;/li&gt;&lt;li&gt;Copy the &lt;b&gt;Application (client) ID&lt;/b&gt; from the Overview page into this dialog, and enter your domain or tenant ID as the organization.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;p&gt;Så loggar du in med organisationens egen appregistrering:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Öppna &lt;b&gt;Appregistreringar&lt;/b&gt; i administrationscentret för Microsoft Entra och välj &lt;b&gt;Ny registrering&lt;/b&gt;. Ge den namnet ResetDesk och välj &lt;b&gt;Endast konton i den här organisationskatalogen&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Under &lt;b&gt;Autentisering&lt;/b&gt; lägger du till plattformen &lt;b&gt;Mobil- och skrivbordsprogram&lt;/b&gt; med omdirigerings-URI:n &lt;tt&gt;http://localhost&lt;/tt&gt; och ställer in &lt;b&gt;Tillåt offentliga klientflöden&lt;/b&gt; på Ja.&lt;/li&gt;&lt;li&gt;Under &lt;b&gt;API-behörigheter&lt;/b&gt; lägger du till de här delegerade Microsoft Graph-behörigheterna: %1; och ger administratörsmedgivande.&lt;/li&gt;&lt;li&gt;Kopiera &lt;b&gt;Program-ID (klient-ID)&lt;/b&gt; från sidan Översikt till den här dialogrutan och ange din domän eller ditt klientorganisations-ID som organisation.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Spara som:</translation>
    </message>
    <message>
        <source>Name of the organization in ResetDesk</source>
        <translation>Organisationens namn i ResetDesk</translation>
    </message>
    <message>
        <source>Name the organization</source>
        <translation>Namnge organisationen</translation>
    </message>
    <message>
        <source>Enter a name for the organization, such as the company&apos;s name.</source>
        <translation>Ange ett namn för organisationen, till exempel företagets namn.</translation>
    </message>
    <message>
        <source>Another organization is already called %1. Choose another name.</source>
        <translation>En annan organisation heter redan %1. Välj ett annat namn.</translation>
    </message>
</context>
<context>
    <name>SignOutCommand</name>
    <message>
        <source>Sign out and remove the remembered sign-in from the keychain.</source>
        <translation>Logga ut och ta bort den sparade inloggningen från nyckelringen.</translation>
    </message>
    <message>
        <source>signout takes no arguments.</source>
        <translation>signout tar inga argument.</translation>
    </message>
    <message>
        <source>Nobody is signed in to %1.</source>
        <translation>Ingen är inloggad i %1.</translation>
    </message>
    <message>
        <source>The sign-in could not be removed from the keychain: %1</source>
        <translation>Inloggningen kunde inte tas bort från nyckelringen: %1</translation>
    </message>
    <message>
        <source>Signed out of %1.</source>
        <translation>Utloggad från %1.</translation>
    </message>
</context>
<context>
    <name>SingleResetView</name>
    <message>
        <source>Audit log not written</source>
        <translation>Granskningsloggen skrevs inte</translation>
    </message>
    <message>
        <source>The reset of %1 could not be recorded in the audit log (%2). Check that the folder %3 is writable.</source>
        <translation>Återställningen för %1 kunde inte registreras i granskningsloggen (%2). Kontrollera att det går att skriva i mappen %3.</translation>
    </message>
    <message>
        <source>The temporary password you set for %1 at %2 has not been handed over yet. Resetting again replaces it, and the windows that still show or send it are closed.</source>
        <translation>Det tillfälliga lösenordet som du angav för %1 kl. %2 har inte lämnats över än. Om du återställer igen ersätts det, och fönstren som fortfarande visar eller skickar det stängs.</translation>
    </message>
    <message>
        <source>This reset is still running. Wait for it to finish, then try again.</source>
        <translation>Återställningen pågår fortfarande. Vänta tills den är klar och försök sedan igen.</translation>
    </message>
    <message numerus="yes">
        <source>Microsoft 365 asked ResetDesk to wait; trying again in %n second(s). Cancel stops the reset.</source>
        <translation>
            <numerusform>Microsoft 365 bad ResetDesk att vänta. Försöker igen om %n sekund. Avbryt stoppar återställningen.</numerusform>
            <numerusform>Microsoft 365 bad ResetDesk att vänta. Försöker igen om %n sekunder. Avbryt stoppar återställningen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The password was not reset: the permission request was cancelled. Reset again when you are ready to approve it.</source>
        <translation>Lösenordet återställdes inte: begäran om behörighet avbröts. Återställ igen när du är redo att godkänna den.</translation>
    </message>
    <message>
        <source>Waiting for you to approve the permission ResetDesk needs to reset passwords. Cancel stops the reset.</source>
        <translation>Väntar på att du godkänner behörigheten som ResetDesk behöver för att återställa lösenord. Avbryt stoppar återställningen.</translation>
    </message>
</context>
<context>
    <name>SlipTexts</name>
    <message>
        <source>Your temporary password</source>
        <translation>Ditt tillfälliga lösenord</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>Tillfälligt lösenord</translation>
    </message>
    <message>
        <source>Spelled out: %1</source>
        <comment>%1 is the password spelled letter by letter</comment>
        <translation>Bokstaverat: %1</translation>
    </message>
    <message>
        <source>Sign in at %1</source>
        <comment>%1 is a web address</comment>
        <translation>Logga in på %1</translation>
    </message>
    <message>
        <source>You must change this password when you first sign in.</source>
        <translation>Du måste ändra lösenordet när du loggar in första gången.</translation>
    </message>
    <message>
        <source>Issued %1</source>
        <comment>%1 is a date</comment>
        <translation>Utfärdat %1</translation>
    </message>
    <message>
        <source>Issued %1 by %2</source>
        <comment>%1 is a date, %2 the issuing admin&apos;s name</comment>
        <translation>Utfärdat %1 av %2</translation>
    </message>
    <message>
        <source>Destroy this slip after use.</source>
        <translation>Förstör lappen efter användning.</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>date format on slips (QDate pattern)</comment>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <source>Summary of password slips</source>
        <translation>Sammanfattning av lösenordslappar</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) succeeded.</source>
        <translation>
            <numerusform>Det lyckades för %n användare.</numerusform>
            <numerusform>Det lyckades för %n användare.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) failed.</source>
        <translation>
            <numerusform>Det misslyckades för %n användare.</numerusform>
            <numerusform>Det misslyckades för %n användare.</numerusform>
        </translation>
    </message>
    <message>
        <source>This sheet lists no passwords. It may be kept with the records.</source>
        <translation>Det här bladet innehåller inga lösenord. Det kan sparas med övriga handlingar.</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Visningsnamn</translation>
    </message>
    <message>
        <source>Outcome</source>
        <comment>column heading: whether the reset succeeded</comment>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Reason</source>
        <comment>column heading: why a reset failed</comment>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <comment>outcome of one user&apos;s reset</comment>
        <translation>Lyckades</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>outcome of one user&apos;s reset</comment>
        <translation>Misslyckades</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Sida %1 av %2</translation>
    </message>
    <message>
        <source>This password may not be set yet. If it does not work, ask your administrator for a new one.</source>
        <translation>Det här lösenordet kanske inte har angetts än. Om det inte fungerar ber du administratören om ett nytt.</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) may be set, not confirmed: their slips say so.</source>
        <translation>
            <numerusform>%n användares lösenord kan vara angivet men är inte bekräftat: det står på lappen.</numerusform>
            <numerusform>%n användares lösenord kan vara angivna men är inte bekräftade: det står på deras lappar.</numerusform>
        </translation>
    </message>
    <message>
        <source>May be set, not confirmed</source>
        <comment>outcome of one user&apos;s reset whose answer was lost</comment>
        <translation>Kan vara angivet, inte bekräftat</translation>
    </message>
    <message>
        <source>Organization: %1</source>
        <comment>%1 is the organization&apos;s name</comment>
        <translation>Organisation: %1</translation>
    </message>
    <message>
        <source>d MMMM yyyy, HH:mm t</source>
        <comment>date and time format on slips (QDateTime pattern; t = time zone)</comment>
        <translation>d MMMM yyyy &apos;kl.&apos; HH:mm t</translation>
    </message>
    <message>
        <source>Your Temporary Access Pass</source>
        <translation>Ditt tillfälliga åtkomstpass</translation>
    </message>
    <message>
        <source>Temporary Access Pass</source>
        <translation>Tillfälligt åtkomstpass</translation>
    </message>
    <message>
        <source>A Temporary Access Pass is a time-limited code that you type instead of a password, to sign in and set up a passkey or Microsoft Authenticator.</source>
        <translation>Ett tillfälligt åtkomstpass är en tidsbegränsad kod som du skriver i stället för ett lösenord, för att logga in och konfigurera en nyckel (passkey) eller Microsoft Authenticator.</translation>
    </message>
    <message>
        <source>Valid from %1 until %2</source>
        <comment>%1 and %2 are dates with times</comment>
        <translation>Giltigt från %1 till %2</translation>
    </message>
    <message>
        <source>It works for one sign-in only.</source>
        <translation>Det fungerar för en enda inloggning.</translation>
    </message>
    <message>
        <source>It works for any number of sign-ins until it expires.</source>
        <translation>Det fungerar för valfritt antal inloggningar tills det upphör att gälla.</translation>
    </message>
    <message>
        <source>Scan the code or go to %1 to set up how you sign in.</source>
        <comment>%1 is a web address</comment>
        <translation>Skanna koden eller gå till %1 för att konfigurera hur du loggar in.</translation>
    </message>
    <message>
        <source>Valid from (UTC)</source>
        <comment>column heading of the results file</comment>
        <translation>Giltigt från (UTC)</translation>
    </message>
    <message>
        <source>Valid until (UTC)</source>
        <comment>column heading of the results file</comment>
        <translation>Giltigt till (UTC)</translation>
    </message>
    <message>
        <source>One sign-in only</source>
        <comment>column heading of the results file</comment>
        <translation>Endast en inloggning</translation>
    </message>
    <message>
        <source>Yes</source>
        <comment>a cell of the results file</comment>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <comment>a cell of the results file</comment>
        <translation>Nej</translation>
    </message>
</context>
<context>
    <name>StoredRunCommand</name>
    <message>
        <source>The saved run, as resetdesk-cli runs lists it.</source>
        <translation>Den sparade körningen, så som resetdesk-cli runs listar den.</translation>
    </message>
    <message>
        <source>&lt;run&gt;</source>
        <translation>&lt;körning&gt;</translation>
    </message>
    <message>
        <source>Name one saved run; resetdesk-cli runs lists them.</source>
        <translation>Ange en sparad körning; resetdesk-cli runs listar dem.</translation>
    </message>
    <message>
        <source>Say how to hand the passwords over: --results FILE.csv, --slips FILE.pdf or --show-passwords.</source>
        <translation>Ange hur lösenorden ska lämnas över: --results FIL.csv, --slips FIL.pdf eller --show-passwords.</translation>
    </message>
    <message>
        <source>The saved run %1 cannot be opened: its key is missing from the keychain, the keychain is locked, or the file is damaged.</source>
        <translation>Den sparade körningen %1 kan inte öppnas: nyckeln saknas i nyckelringen, nyckelringen är låst eller filen är skadad.</translation>
    </message>
</context>
<context>
    <name>StoredRunLookup</name>
    <message>
        <source>No saved run is called %1. Run resetdesk-cli runs to list them.</source>
        <translation>Ingen sparad körning heter %1. Kör resetdesk-cli runs för att lista dem.</translation>
    </message>
    <message>
        <source>Several saved runs start with %1; give more of the run&apos;s name.</source>
        <translation>Flera sparade körningar börjar med %1; ange mer av körningens namn.</translation>
    </message>
</context>
<context>
    <name>StoredRunOfferBox</name>
    <message>
        <source>&amp;Resume</source>
        <translation>Åter&amp;uppta</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Senare</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Ta bort</translation>
    </message>
</context>
<context>
    <name>TapCsvProblemText</name>
    <message>
        <source>Line %1: %2 has a password after the user name. Microsoft 365 chooses each Temporary Access Pass, so remove the second column.</source>
        <extracomment>%2 is the user the line names; a Temporary Access Pass is generated by Microsoft 365</extracomment>
        <translation>Rad %1: %2 har ett lösenord efter användarnamnet. Microsoft 365 väljer varje tillfälligt åtkomstpass, så ta bort den andra kolumnen.</translation>
    </message>
    <message>
        <source>The file lists no users. Put one user name or object ID on each line.</source>
        <translation>Filen innehåller inga användare. Skriv ett användarnamn eller objekt-ID på varje rad.</translation>
    </message>
    <message>
        <source>Line %1: the line has more than one column. Keep only the user name or object ID.</source>
        <translation>Rad %1: raden har mer än en kolumn. Behåll bara användarnamnet eller objekt-ID:t.</translation>
    </message>
</context>
<context>
    <name>TapIssueRunner</name>
    <message>
        <source>The run&apos;s journal could not be written.</source>
        <translation>Körningens journal kunde inte skrivas.</translation>
    </message>
    <message>
        <source>This journal holds no Temporary Access Pass run.</source>
        <translation>Den här journalen innehåller ingen körning med tillfälligt åtkomstpass.</translation>
    </message>
</context>
<context>
    <name>TapPreflight</name>
    <message>
        <source>Skipped: you cannot issue a pass for yourself</source>
        <translation>Hoppas över: du kan inte utfärda ett pass åt dig själv</translation>
    </message>
    <message>
        <source>Skipped: on the exclusion list</source>
        <translation>Hoppas över: finns i undantagslistan</translation>
    </message>
    <message>
        <source>Skipped: Temporary Access Pass is turned off in your organization&apos;s policy</source>
        <translation>Hoppas över: tillfälligt åtkomstpass är inaktiverat i organisationens princip</translation>
    </message>
    <message>
        <source>Skipped: external guests cannot get a Temporary Access Pass</source>
        <translation>Hoppas över: externa gäster kan inte få ett tillfälligt åtkomstpass</translation>
    </message>
    <message>
        <source>Skipped: your admin role cannot issue a pass for this user</source>
        <translation>Hoppas över: din administratörsroll kan inte utfärda ett pass åt den här användaren</translation>
    </message>
    <message>
        <source>Will replace the pass this user has</source>
        <translation>Ersätter användarens befintliga pass</translation>
    </message>
    <message>
        <source>Will get a pass</source>
        <translation>Får ett pass</translation>
    </message>
</context>
<context>
    <name>TapRunOffers</name>
    <message>
        <source>Unfinished Temporary Access Pass run</source>
        <translation>Ofullbordad körning med tillfälliga åtkomstpass</translation>
    </message>
    <message numerus="yes">
        <source>A Temporary Access Pass run for %Ln user(s) from %1 was interrupted, or its passes were never handed over.</source>
        <translation>
            <numerusform>En körning med tillfälliga åtkomstpass för %Ln användare från %1 avbröts, eller så lämnades passet aldrig över.</numerusform>
            <numerusform>En körning med tillfälliga åtkomstpass för %Ln användare från %1 avbröts, eller så lämnades passen aldrig över.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 issued, %2 not finished. Resume asks again for the unfinished ones and shows every pass for hand-over; a pass already issued is not issued again. Delete removes the record for good: passes in it that were not handed over cannot be shown again.</source>
        <translation>%1 utfärdade, %2 inte klara. Återuppta begär de oavslutade igen och visar varje pass för överlämning; ett pass som redan har utfärdats utfärdas inte igen. Ta bort tar bort uppgifterna för gott: pass i dem som inte har lämnats över kan inte visas igen.</translation>
    </message>
    <message>
        <source>Saved Temporary Access Pass run cannot be opened</source>
        <translation>Den sparade körningen med tillfälliga åtkomstpass kan inte öppnas</translation>
    </message>
    <message>
        <source>ResetDesk found its saved record of a Temporary Access Pass run from %1, but cannot open it.</source>
        <translation>ResetDesk hittade sina sparade uppgifter om en körning med tillfälliga åtkomstpass från %1, men kan inte öppna dem.</translation>
    </message>
    <message>
        <source>Its key is missing from the system keychain, the keychain is locked, or the file is damaged, so the passes in it cannot be read. If the keychain is locked, unlock it and choose Later: ResetDesk offers the record again at the next start. Otherwise delete it.</source>
        <translation>Nyckeln saknas i systemets nyckelring, nyckelringen är låst eller filen är skadad, så passen i den kan inte läsas. Om nyckelringen är låst låser du upp den och väljer Senare: ResetDesk erbjuder uppgifterna igen vid nästa start. Ta annars bort dem.</translation>
    </message>
</context>
<context>
    <name>TapTargetPicker</name>
    <message numerus="yes">
        <source>&amp;Ticked users (%n)</source>
        <translation>
            <numerusform>&amp;Markerade användare (%n)</numerusform>
            <numerusform>&amp;Markerade användare (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Issue passes for the %n user(s) ticked in the list</source>
        <translation>
            <numerusform>Utfärda pass för den %n användare som är markerad i listan</numerusform>
            <numerusform>Utfärda pass för de %n användare som är markerade i listan</numerusform>
        </translation>
    </message>
    <message>
        <source>Users in a CSV &amp;file</source>
        <translation>Användare i en CSV-&amp;fil</translation>
    </message>
    <message>
        <source>Issue passes for the users a CSV file lists</source>
        <translation>Utfärda pass för användarna som en CSV-fil listar</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <source>Choose the CSV file of users</source>
        <translation>Välj CSV-filen med användare</translation>
    </message>
    <message>
        <source>Members of a &amp;group</source>
        <translation>Me&amp;dlemmar i en grupp</translation>
    </message>
    <message>
        <source>Issue passes for the members of a group</source>
        <translation>Utfärda pass för medlemmarna i en grupp</translation>
    </message>
    <message>
        <source>Fin&amp;d group:</source>
        <translation>&amp;Hitta grupp:</translation>
    </message>
    <message>
        <source>Start of the group&apos;s name</source>
        <translation>Början av gruppens namn</translation>
    </message>
    <message>
        <source>Find a group by the start of its name</source>
        <translation>Hitta en grupp med början av dess namn</translation>
    </message>
    <message>
        <source>Groups found; choose one to issue passes for its members</source>
        <translation>Grupper som hittades; välj en för att utfärda pass för dess medlemmar</translation>
    </message>
    <message>
        <source>Problems in the CSV file</source>
        <translation>Problem i CSV-filen</translation>
    </message>
    <message>
        <source>Issue passes for the users in a CSV file</source>
        <translation>Utfärda pass för användarna i en CSV-fil</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-filer (*.csv *.txt);;Alla filer (*)</translation>
    </message>
    <message>
        <source>it is larger than %L1 MB, too large for a list of users</source>
        <translation>den är större än %L1 MB, för stor för en lista med användare</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) ticked in the list.</source>
        <translation>
            <numerusform>%n användare är markerad i listan.</numerusform>
            <numerusform>%n användare är markerade i listan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose Browse… to pick a CSV file with one user name or object ID on each line.</source>
        <translation>Välj Bläddra… för att välja en CSV-fil med ett användarnamn eller objekt-ID på varje rad.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2. Choose another file.</source>
        <extracomment>%1 is a file name, %2 the reason it cannot be read</extracomment>
        <translation>%1 kan inte läsas: %2. Välj en annan fil.</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) found in %1.</source>
        <translation>
            <numerusform>%n användare hittades i %1.</numerusform>
            <numerusform>%n användare hittades i %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) found in %1. The lines below were left out: fix them and choose the file again, or issue passes for the users found.</source>
        <translation>
            <numerusform>%n användare hittades i %1. Raderna nedan togs inte med: rätta dem och välj filen igen, eller utfärda pass för användaren som hittades.</numerusform>
            <numerusform>%n användare hittades i %1. Raderna nedan togs inte med: rätta dem och välj filen igen, eller utfärda pass för användarna som hittades.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the members of %1…</source>
        <translation>Läser medlemmarna i %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) of %1 found in the user list.</source>
        <translation>
            <numerusform>%n medlem i %1 hittades i användarlistan.</numerusform>
            <numerusform>%n medlemmar i %1 hittades i användarlistan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) are not users in the list (devices, groups, or users not loaded yet) and get no pass.</source>
        <translation>
            <numerusform>%n medlem är inte en användare i listan (en enhet, en grupp eller en användare som inte har lästs in än) och får inget pass.</numerusform>
            <numerusform>%n medlemmar är inte användare i listan (enheter, grupper eller användare som inte har lästs in än) och får inget pass.</numerusform>
        </translation>
    </message>
    <message>
        <source>More groups start with this name than are listed: type more of it.</source>
        <translation>Fler grupper börjar med det här namnet än som visas: skriv mer av det.</translation>
    </message>
    <message>
        <source>Type the start of a group&apos;s name, then choose the group.</source>
        <translation>Skriv början av en grupps namn och välj sedan gruppen.</translation>
    </message>
    <message>
        <source>The user list is still loading. Wait until every user is listed, then choose the file again.</source>
        <translation>Användarlistan läses fortfarande in. Vänta tills alla användare visas och välj sedan filen igen.</translation>
    </message>
    <message>
        <source>No group&apos;s name starts with %1. Check the spelling, or type less of the name.</source>
        <extracomment>%1 is what the admin typed to find a group</extracomment>
        <translation>Inget gruppnamn börjar med %1. Kontrollera stavningen eller skriv en mindre del av namnet.</translation>
    </message>
    <message>
        <source>Your account may not read groups. Ask a Global Administrator for a role that may (for example Directory Readers), or choose a CSV file of the users instead.</source>
        <translation>Ditt konto får inte läsa grupper. Be en global administratör om en roll som får det (till exempel katalogläsare), eller välj en CSV-fil med användarna i stället.</translation>
    </message>
    <message>
        <source>The group %1 no longer exists. Search for the group again.</source>
        <extracomment>%1 is the name of the group chosen</extracomment>
        <translation>Gruppen %1 finns inte längre. Sök efter gruppen igen.</translation>
    </message>
    <message>
        <source>&amp;This user: %1</source>
        <extracomment>The one user shown in the list&apos;s details (nobody is ticked); %1 is their name</extracomment>
        <translation>Den här &amp;användaren: %1</translation>
    </message>
    <message>
        <source>Issue a pass for %1, the user shown in the list</source>
        <translation>Utfärda ett pass för %1, användaren som visas i listan</translation>
    </message>
    <message>
        <source>To issue passes for several users, tick them in the list first.</source>
        <translation>Om du vill utfärda pass för flera användare markerar du dem i listan först.</translation>
    </message>
</context>
<context>
    <name>TerminalInput</name>
    <message>
        <source>yes</source>
        <extracomment>The word the admin types to confirm a question that ends &quot;Type yes to go on:&quot;</extracomment>
        <translation>ja</translation>
    </message>
</context>
<context>
    <name>UserListFormat</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Visningsnamn</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>Sign-in allowed</source>
        <translation>Inloggning tillåten</translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation>Måste ändra lösenord</translation>
    </message>
    <message>
        <source>Admin roles</source>
        <translation>Administratörsroller</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n användare</numerusform>
            <numerusform>%n användare</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserListModel</name>
    <message>
        <source>Display name</source>
        <translation>Visningsnamn</translation>
    </message>
    <message>
        <source>User name</source>
        <extracomment>Column header: the user principal name (sign-in name)</extracomment>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>Licensed</source>
        <translation>Licensierad</translation>
    </message>
    <message>
        <source>Sign-in allowed</source>
        <translation>Inloggning tillåten</translation>
    </message>
    <message>
        <source>Admin roles</source>
        <translation>Administratörsroller</translation>
    </message>
    <message>
        <source>Synced</source>
        <extracomment>Column header: synchronised from on-premises Active Directory</extracomment>
        <translation>Synkroniserad</translation>
    </message>
    <message>
        <source>Password policies</source>
        <translation>Lösenordsprinciper</translation>
    </message>
    <message>
        <source>Last password change</source>
        <translation>Senaste lösenordsbyte</translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation>Måste byta lösenord</translation>
    </message>
    <message>
        <source>Alternate email</source>
        <translation>Alternativ e-postadress</translation>
    </message>
    <message>
        <source>Self-service reset registered</source>
        <translation>Registrerad för självbetjäning</translation>
    </message>
    <message>
        <source>Tick users for a bulk action</source>
        <translation>Markera användare för en massåtgärd</translation>
    </message>
    <message>
        <source>Synchronised from on-premises Active Directory</source>
        <translation>Synkroniserad från lokalt Active Directory</translation>
    </message>
    <message>
        <source>Registered for self-service password reset</source>
        <translation>Registrerad för självbetjäning av lösenordsåterställning</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>%1 (you)</source>
        <extracomment>Marks the signed-in admin&apos;s own row in the user list; %1 is the display name</extracomment>
        <translation>%1 (du)</translation>
    </message>
    <message>
        <source>Never expires</source>
        <translation>Upphör aldrig att gälla</translation>
    </message>
    <message>
        <source>Weak allowed</source>
        <translation>Svagt tillåtet</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <extracomment>The tenant does not allow the registration report (licence or permission)</extracomment>
        <translation>Inte tillgängligt</translation>
    </message>
    <message>
        <source>This is you: the account ResetDesk is signed in with. Select all never includes it.</source>
        <translation>Det här är du: kontot som ResetDesk är inloggat med. Markera alla tar aldrig med det.</translation>
    </message>
    <message>
        <source>Other role</source>
        <translation>Annan roll</translation>
    </message>
    <message>
        <source>The user must choose a new password at the next sign-in</source>
        <translation>Användaren måste byta lösenord vid nästa inloggning</translation>
    </message>
    <message>
        <source>Select %1</source>
        <extracomment>Name of a user&apos;s tick box in the user list, read by screen readers</extracomment>
        <translation>Markera %1</translation>
    </message>
    <message>
        <source>Selected</source>
        <extracomment>Name of the user list&apos;s tick-box column, read by screen readers</extracomment>
        <translation>Markerad</translation>
    </message>
    <message numerus="yes">
        <source>Member of the role-assignable group %1</source>
        <translation>
            <numerusform>Medlem i gruppen %1, som kan tilldelas roller</numerusform>
            <numerusform>Medlem i grupperna %1, som kan tilldelas roller</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserPickList</name>
    <message>
        <source>User to add</source>
        <translation>Användare att lägga till</translation>
    </message>
    <message>
        <source>Type a name or user name</source>
        <translation>Skriv ett namn eller användarnamn</translation>
    </message>
    <message>
        <source>Add the user to the list</source>
        <translation>Lägg till användaren i listan</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>&amp;Lägg till</translation>
    </message>
    <message>
        <source>Problem with the user to add</source>
        <translation>Problem med användaren att lägga till</translation>
    </message>
    <message>
        <source>Users on the list</source>
        <translation>Användare i listan</translation>
    </message>
    <message>
        <source>Remove the selected users from the list</source>
        <translation>Ta bort de markerade användarna från listan</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ta b&amp;ort</translation>
    </message>
    <message>
        <source>No user in the list matches “%1”. Type part of a name and pick one of the suggestions.</source>
        <translation>Ingen användare i listan matchar ”%1”. Skriv en del av ett namn och välj ett av förslagen.</translation>
    </message>
    <message>
        <source>%1 (not in the directory)</source>
        <translation>%1 (finns inte i katalogen)</translation>
    </message>
</context>
<context>
    <name>UsersCommand</name>
    <message>
        <source>List the organization&apos;s users, searched and filtered as in the Active users list.</source>
        <translation>Lista organisationens användare, sökta och filtrerade som i listan Aktiva användare.</translation>
    </message>
    <message>
        <source>Only users whose name or addresses contain every word of the text.</source>
        <translation>Bara användare vars namn eller adresser innehåller varje ord i texten.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>Only users of one kind: %1.</source>
        <translation>Bara användare av ett slag: %1.</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>slag</translation>
    </message>
    <message>
        <source>How to print them: %1 (default table).</source>
        <translation>Hur de skrivs ut: %1 (standard table).</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>users takes no arguments; use --search to find users.</source>
        <translation>users tar inga argument; använd --search för att hitta användare.</translation>
    </message>
    <message>
        <source>--filter takes one of: %1.</source>
        <translation>--filter tar ett av: %1.</translation>
    </message>
    <message>
        <source>--format takes one of: %1.</source>
        <translation>--format tar ett av: %1.</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Active users</source>
        <translation>Aktiva användare</translation>
    </message>
    <message>
        <source>Search users…</source>
        <translation>Sök användare…</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>Sök användare</translation>
    </message>
    <message>
        <source>Finds users by display name, username or email as you type</source>
        <translation>Hittar användare efter visningsnamn, användarnamn eller e-postadress medan du skriver</translation>
    </message>
    <message>
        <source>F&amp;ilter:</source>
        <translation>F&amp;ilter:</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Alla användare</translation>
    </message>
    <message>
        <source>Licensed</source>
        <translation>Licensierade användare</translation>
    </message>
    <message>
        <source>Admins</source>
        <translation>Administratörer</translation>
    </message>
    <message>
        <source>Sign-in blocked</source>
        <translation>Inloggning blockerad</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Gästanvändare</translation>
    </message>
    <message>
        <source>Synced from on-premises</source>
        <translation>Synkroniserade från lokal katalog</translation>
    </message>
    <message>
        <source>Password never expires</source>
        <translation>Lösenordet upphör aldrig att gälla</translation>
    </message>
    <message>
        <source>Not registered for self-service reset</source>
        <translation>Inte registrerade för självbetjäning av lösenordsåterställning</translation>
    </message>
    <message>
        <source>Refresh the user list</source>
        <translation>Uppdatera användarlistan</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>&amp;Markera alla</translation>
    </message>
    <message>
        <source>Select all users shown</source>
        <translation>Markera alla användare som visas</translation>
    </message>
    <message>
        <source>C&amp;lear selection</source>
        <translation>&amp;Rensa markering</translation>
    </message>
    <message>
        <source>Clear selection</source>
        <translation>Rensa markering</translation>
    </message>
    <message>
        <source>Invert selection of users shown</source>
        <translation>Invertera markeringen för användarna som visas</translation>
    </message>
    <message>
        <source>Selected users</source>
        <translation>Markerade användare</translation>
    </message>
    <message>
        <source>Users shown</source>
        <translation>Användare som visas</translation>
    </message>
    <message>
        <source>Loading status</source>
        <translation>Inläsningsstatus</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>Inläsningsförlopp</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Cancel loading users</source>
        <translation>Avbryt inläsningen av användare</translation>
    </message>
    <message>
        <source>Loading problem</source>
        <translation>Problem vid inläsning</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Användare</translation>
    </message>
    <message>
        <source>User details</source>
        <translation>Användarinformation</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Visningsnamn</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>Användarnamn:</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Användarnamn</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-post:</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Alternate email:</source>
        <translation>Alternativ e-postadress:</translation>
    </message>
    <message>
        <source>Alternate email</source>
        <translation>Alternativ e-postadress</translation>
    </message>
    <message>
        <source>Mobile phone:</source>
        <translation>Mobiltelefon:</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Mobiltelefon</translation>
    </message>
    <message>
        <source>Business phone:</source>
        <translation>Arbetstelefon:</translation>
    </message>
    <message>
        <source>Business phone</source>
        <translation>Arbetstelefon</translation>
    </message>
    <message>
        <source>Admin roles:</source>
        <translation>Administratörsroller:</translation>
    </message>
    <message>
        <source>Admin roles</source>
        <translation>Administratörsroller</translation>
    </message>
    <message>
        <source>Sign-in:</source>
        <translation>Inloggning:</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Inloggning</translation>
    </message>
    <message>
        <source>Password policies:</source>
        <translation>Lösenordsprinciper:</translation>
    </message>
    <message>
        <source>Password policies</source>
        <translation>Lösenordsprinciper</translation>
    </message>
    <message>
        <source>Last password change:</source>
        <translation>Senaste lösenordsbyte:</translation>
    </message>
    <message>
        <source>Last password change</source>
        <translation>Senaste lösenordsbyte</translation>
    </message>
    <message>
        <source>Details status</source>
        <translation>Status för användarinformationen</translation>
    </message>
    <message>
        <source>No user chosen</source>
        <translation>Ingen användare vald</translation>
    </message>
    <message>
        <source>Choose a user in the list to see their details.</source>
        <translation>Välj en användare i listan för att se informationen om användaren.</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Inte angivet</translation>
    </message>
    <message>
        <source>None</source>
        <extracomment>No admin roles / no password policies</extracomment>
        <translation>Inga</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Okänt</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Läser…</translation>
    </message>
    <message>
        <source>ResetDesk could not read this user&apos;s contact details. %1</source>
        <translation>ResetDesk kunde inte läsa användarens kontaktinformation. %1</translation>
    </message>
    <message>
        <source>Reading contact details…</source>
        <translation>Läser kontaktinformation…</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) selected</source>
        <translation>
            <numerusform>%n användare markerad</numerusform>
            <numerusform>%n användare markerade</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing %L1 of %L2</source>
        <translation>Visar %L1 av %L2</translation>
    </message>
    <message>
        <source>Loading users… %L1</source>
        <translation>Läser in användare… %L1</translation>
    </message>
    <message>
        <source>Checking for changes… %L1</source>
        <translation>Söker efter ändringar… %L1</translation>
    </message>
    <message>
        <source>Loading was cancelled, so the list may be incomplete. Press F5 to load it again.</source>
        <translation>Inläsningen avbröts, så listan kan vara ofullständig. Tryck på F5 för att läsa in den igen.</translation>
    </message>
    <message>
        <source>ResetDesk could not load the users. %1</source>
        <translation>ResetDesk kunde inte läsa in användarna. %1</translation>
    </message>
    <message>
        <source>&amp;Find user</source>
        <translation>&amp;Sök användare</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolumner</translation>
    </message>
    <message>
        <source>Columns: right-click to show or hide</source>
        <translation>Kolumner: högerklicka för att visa eller dölja</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Rensa sökningen</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Återställ lösenord</translation>
    </message>
    <message>
        <source>Re&amp;send password…</source>
        <translation>S&amp;kicka lösenord igen…</translation>
    </message>
    <message>
        <source>Resend password</source>
        <translation>Skicka lösenord igen</translation>
    </message>
    <message numerus="yes">
        <source>Password policies for %n selected user(s)…</source>
        <translation>
            <numerusform>Lösenordsprinciper för %n markerad användare…</numerusform>
            <numerusform>Lösenordsprinciper för %n markerade användare…</numerusform>
        </translation>
    </message>
    <message>
        <source>Directory search status</source>
        <translation>Status för sökning i katalogen</translation>
    </message>
    <message>
        <source>Registration report permission</source>
        <translation>Behörighet för registreringsrapporten</translation>
    </message>
    <message>
        <source>Allow reading the registration report</source>
        <translation>Tillåt läsning av registreringsrapporten</translation>
    </message>
    <message>
        <source>Loading users… %L1 of %L2</source>
        <translation>Läser in användare… %L1 av %L2</translation>
    </message>
    <message>
        <source>R&amp;efresh</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <source>I&amp;nvert selection</source>
        <translation>I&amp;nvertera markering</translation>
    </message>
    <message>
        <source>Rese&amp;t password…</source>
        <translation>Återställ &amp;lösenord…</translation>
    </message>
    <message>
        <source>Password p&amp;olicies…</source>
        <translation>Lösen&amp;ordsprinciper…</translation>
    </message>
    <message numerus="yes">
        <source>%1, as a member of the role-assignable group %2</source>
        <extracomment>%1: the admin roles, %2: the role-assignable groups the user is a member of</extracomment>
        <translation>
            <numerusform>%1, genom medlemskap i gruppen %2, som kan tilldelas roller</numerusform>
            <numerusform>%1, genom medlemskap i grupperna %2, som kan tilldelas roller</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. Roles held through role-assignable groups are not shown: ResetDesk may not read who is in them.</source>
        <translation>%1. Roller som tilldelats via grupper visas inte: ResetDesk får inte läsa vilka som är medlemmar i grupper som kan tilldelas roller.</translation>
    </message>
</context>
<context>
    <name>UsersPageRegistration</name>
    <message>
        <source>Users who have not registered how they can be reached for self-service password reset</source>
        <translation>Användare som inte har registrerat hur de kan nås för självbetjäning av lösenordsåterställning</translation>
    </message>
    <message>
        <source>ResetDesk is still reading who has registered for self-service password reset. This filter becomes available when the registration report has loaded.</source>
        <translation>ResetDesk läser fortfarande in vilka som har registrerat sig för självbetjäning av lösenordsåterställning. Filtret blir tillgängligt när registreringsrapporten har lästs in.</translation>
    </message>
    <message>
        <source>ResetDesk reads who has registered for self-service password reset when it loads the user list. Press F5 to load it.</source>
        <translation>ResetDesk läser in vilka som har registrerat sig för självbetjäning av lösenordsåterställning när användarlistan läses in. Tryck på F5 för att läsa in den.</translation>
    </message>
    <message>
        <source>ResetDesk has not been allowed to read the registration report. Choose &quot;Allow ResetDesk to read who registered for self-service password reset&quot; above the list to grant the permission.</source>
        <translation>ResetDesk har inte fått tillåtelse att läsa registreringsrapporten. Välj &quot;Tillåt ResetDesk att läsa vilka som har registrerat sig för självbetjäning av lösenordsåterställning&quot; ovanför listan för att ge behörigheten.</translation>
    </message>
    <message>
        <source>Your organization&apos;s licence does not include the registration report, so ResetDesk cannot show who has registered. The report needs Microsoft Entra ID P1 or P2 (included in Microsoft 365 Business Premium, E3 and E5).</source>
        <translation>Din organisations licens omfattar inte registreringsrapporten, så ResetDesk kan inte visa vilka som har registrerat sig. Rapporten kräver Microsoft Entra ID P1 eller P2 (ingår i Microsoft 365 Business Premium, E3 och E5).</translation>
    </message>
    <message>
        <source>Your account may not read the registration report. Sign in with a role that can read reports, such as Reports Reader, Security Reader or Global Reader, or ask a Global Administrator to grant admin consent for ResetDesk to read it.</source>
        <translation>Ditt konto har inte behörighet att läsa registreringsrapporten. Logga in med en roll som kan läsa rapporter, till exempel rapportläsare, säkerhetsläsare eller global läsare, eller be en global administratör att ge administratörsmedgivande så att ResetDesk kan läsa den.</translation>
    </message>
    <message>
        <source>ResetDesk could not read the registration report. %1</source>
        <translation>ResetDesk kunde inte läsa registreringsrapporten. %1</translation>
    </message>
    <message>
        <source>Allo&amp;w ResetDesk to read who registered for self-service password reset…</source>
        <translation>&amp;Tillåt ResetDesk att läsa vilka som har registrerat sig för självbetjäning av lösenordsåterställning…</translation>
    </message>
    <message>
        <source>ResetDesk needs permission to read the registration report. Approve it in the browser window that opened.</source>
        <translation>ResetDesk behöver behörighet att läsa registreringsrapporten. Godkänn det i webbläsarfönstret som öppnades.</translation>
    </message>
    <message>
        <source>Who has registered for self-service password reset is not shown: ResetDesk has not been allowed to read the registration report.</source>
        <translation>Vilka som har registrerat sig för självbetjäning av lösenordsåterställning visas inte: ResetDesk har inte fått tillåtelse att läsa registreringsrapporten.</translation>
    </message>
</context>
<context>
    <name>UsersPageSearch</name>
    <message>
        <source>Searching the directory…</source>
        <translation>Söker i katalogen…</translation>
    </message>
    <message>
        <source>Showing matches from the directory; the list is still loading</source>
        <translation>Visar träffar från katalogen; listan läses fortfarande in</translation>
    </message>
    <message>
        <source>The directory could not be searched; matches appear as the list loads</source>
        <translation>Det gick inte att söka i katalogen; träffar visas allteftersom listan läses in</translation>
    </message>
</context>
<context>
    <name>WhoAmICommand</name>
    <message>
        <source>Show the organization, who is signed in, their admin roles and the permissions granted.</source>
        <translation>Visa organisationen, vem som är inloggad, dennes administratörsroller och de behörigheter som beviljats.</translation>
    </message>
    <message>
        <source>whoami takes no arguments.</source>
        <translation>whoami tar inga argument.</translation>
    </message>
    <message>
        <source>Organization: %1</source>
        <translation>Organisation: %1</translation>
    </message>
    <message>
        <source>Tenant: %1</source>
        <translation>Klientorganisation: %1</translation>
    </message>
    <message>
        <source>Signed in as: %1 &lt;%2&gt;</source>
        <translation>Inloggad som: %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>unknown (the permission to read roles was not granted)</source>
        <translation>okänt (behörigheten att läsa roller har inte beviljats)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>inga</translation>
    </message>
    <message>
        <source>Admin roles: %1</source>
        <translation>Administratörsroller: %1</translation>
    </message>
    <message>
        <source>Permissions: %1</source>
        <translation>Behörigheter: %1</translation>
    </message>
    <message>
        <source>This account holds no admin role that may reset passwords.</source>
        <translation>Det här kontot har ingen administratörsroll som får återställa lösenord.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Reset Microsoft 365 passwords through Microsoft Graph.</source>
        <translation>Återställ lösenord i Microsoft 365 via Microsoft Graph.</translation>
    </message>
    <message>
        <source>Open the built-in demo organization instead of a real one.</source>
        <translation>Öppna den inbyggda demoorganisationen i stället för en riktig.</translation>
    </message>
    <message>
        <source>Number of users in the demo organization (default %1).</source>
        <translation>Antal användare i demoorganisationen (standard %1).</translation>
    </message>
    <message>
        <source>--demo-users needs a number from 1 to 200000.</source>
        <translation>--demo-users kräver ett tal från 1 till 200000.</translation>
    </message>
    <message>
        <source>The demo organization could not start: %1</source>
        <translation>Demoorganisationen kunde inte starta: %1</translation>
    </message>
    <message>
        <source>The value of --%1 cannot be used. Run resetdesk --help to see what each option expects.</source>
        <translation>Värdet för --%1 kan inte användas. Kör resetdesk --help för att se vad varje alternativ förväntar sig.</translation>
    </message>
    <message>
        <source>Show the version and the commit it was built from.</source>
        <translation>Visa versionen och incheckningen den byggdes från.</translation>
    </message>
    <message>
        <source>Built from commit %1</source>
        <translation>Byggd från incheckning %1</translation>
    </message>
</context>
</TS>

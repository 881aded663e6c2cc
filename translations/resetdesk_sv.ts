<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en_US">
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
        <source>&amp;System language</source>
        <translation>&amp;Systemets språk</translation>
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
        <source>&amp;Cloud:</source>
        <translation>&amp;Moln:</translation>
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
        <source>&amp;Sign-in address:</source>
        <translation>In&amp;loggningsadress:</translation>
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
        <source>&lt;p&gt;To sign in with your organization&apos;s own app registration:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;In the Microsoft Entra admin center, open &lt;b&gt;App registrations&lt;/b&gt; and choose &lt;b&gt;New registration&lt;/b&gt;. Name it ResetDesk and choose &lt;b&gt;Accounts in this organizational directory only&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Under &lt;b&gt;Authentication&lt;/b&gt;, add the platform &lt;b&gt;Mobile and desktop applications&lt;/b&gt; with the redirect URI &lt;tt&gt;http://localhost&lt;/tt&gt;, and set &lt;b&gt;Allow public client flows&lt;/b&gt; to Yes.&lt;/li&gt;&lt;li&gt;Under &lt;b&gt;API permissions&lt;/b&gt;, add these delegated Microsoft Graph permissions: User.Read.All, RoleManagement.Read.Directory, User-PasswordProfile.ReadWrite.All, Mail.Send, Domain.ReadWrite.All, UserAuthenticationMethod.ReadWrite.All and AuditLog.Read.All, and grant admin consent.&lt;/li&gt;&lt;li&gt;Copy the &lt;b&gt;Application (client) ID&lt;/b&gt; from the Overview page into this dialog, and enter your domain or tenant ID as the organization.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;p&gt;Så loggar du in med organisationens egen appregistrering:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Öppna &lt;b&gt;Appregistreringar&lt;/b&gt; i administrationscentret för Microsoft Entra och välj &lt;b&gt;Ny registrering&lt;/b&gt;. Ge den namnet ResetDesk och välj &lt;b&gt;Endast konton i den här organisationskatalogen&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Under &lt;b&gt;Autentisering&lt;/b&gt; lägger du till plattformen &lt;b&gt;Mobil- och skrivbordsprogram&lt;/b&gt; med omdirigerings-URI:n &lt;tt&gt;http://localhost&lt;/tt&gt; och ställer in &lt;b&gt;Tillåt offentliga klientflöden&lt;/b&gt; på Ja.&lt;/li&gt;&lt;li&gt;Under &lt;b&gt;API-behörigheter&lt;/b&gt; lägger du till de här delegerade Microsoft Graph-behörigheterna: User.Read.All, RoleManagement.Read.Directory, User-PasswordProfile.ReadWrite.All, Mail.Send, Domain.ReadWrite.All, UserAuthenticationMethod.ReadWrite.All och AuditLog.Read.All, och ger administratörsmedgivande.&lt;/li&gt;&lt;li&gt;Kopiera &lt;b&gt;Program-ID (klient-ID)&lt;/b&gt; från sidan Översikt till den här dialogrutan och ange din domän eller ditt klientorganisations-ID som organisation.&lt;/li&gt;&lt;/ol&gt;</translation>
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
        <source>Known only for passwords ResetDesk has reset</source>
        <translation>Känt bara för lösenord som ResetDesk har återställt</translation>
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
        <source>&amp;Refresh</source>
        <translation>&amp;Uppdatera</translation>
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
        <source>In&amp;vert selection</source>
        <translation>In&amp;vertera markering</translation>
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
</context>
</TS>

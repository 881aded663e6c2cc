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
        <translation>Organisationen att logga in i: ett klientorganisations-ID, en domän eller "organizations".</translation>
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
        <translation>Appregistreringen tillåter inte den här typen av inloggning. Öppna appregistreringen i administrationscentret för Microsoft Entra, gå till Autentisering och ställ in "Tillåt offentliga klientflöden" på Ja.</translation>
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
        <translation>Appregistreringen godtar inte ResetDesks inloggningsadress. Lägg till plattformen "Mobil- och skrivbordsprogram" med omdirigerings-URI:n http://localhost i appregistreringen.</translation>
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
    <name>main</name>
    <message>
        <source>Reset Microsoft 365 passwords through Microsoft Graph.</source>
        <translation>Återställ lösenord i Microsoft 365 via Microsoft Graph.</translation>
    </message>
    <message>
        <source>Open the built-in demo organization instead of a real one.</source>
        <translation>Öppna den inbyggda demoorganisationen i stället för en riktig.</translation>
    </message>
</context>
</TS>

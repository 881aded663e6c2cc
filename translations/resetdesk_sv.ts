<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en_US">
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

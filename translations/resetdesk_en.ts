<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>AuditLogDialog</name>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n entry(s)</source>
        <translation>
            <numerusform>%1 of %n entry</numerusform>
            <numerusform>%1 of %n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n damaged line(s) skipped)</source>
        <translation>
            <numerusform>(%n damaged line skipped)</numerusform>
            <numerusform>(%n damaged lines skipped)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkPlanDialog</name>
    <message numerus="yes">
        <source>%1: %Ln user(s)</source>
        <extracomment>%1 is a classification such as &quot;Will be reset&quot; or &quot;Skipped: guest&quot;</extracomment>
        <translation>
            <numerusform>%1: %Ln user</numerusform>
            <numerusform>%1: %Ln users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) in %1. Fix the file, save it and reload it: nothing is reset until every line is right.</source>
        <translation>
            <numerusform>%Ln problem in %1. Fix the file, save it and reload it: nothing is reset until every line is right.</numerusform>
            <numerusform>%Ln problems in %1. Fix the file, save it and reload it: nothing is reset until every line is right.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is fine: %Ln user(s) found.</source>
        <translation>
            <numerusform>%1 is fine: %Ln user found.</numerusform>
            <numerusform>%1 is fine: %Ln users found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s) keep the password given for them in the file; the choice above is for the others.</source>
        <translation>
            <numerusform>%Ln user keeps the password given for them in the file; the choice above is for the others.</numerusform>
            <numerusform>%Ln users keep the password given for them in the file; the choice above is for the others.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This password meets the Microsoft 365 rules for all %Ln user(s).</source>
        <translation>
            <numerusform>This password meets the Microsoft 365 rules for the %Ln user who gets it.</numerusform>
            <numerusform>This password meets the Microsoft 365 rules for all %Ln users.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkPlanTexts</name>
    <message numerus="yes">
        <source>Reset the passwords of %Ln selected user(s)</source>
        <translation>
            <numerusform>Reset the password of %Ln selected user</numerusform>
            <numerusform>Reset the passwords of %Ln selected users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reset the passwords of everyone in the organization (%Ln user(s))</source>
        <translation>
            <numerusform>Reset the passwords of everyone in the organization (%Ln user)</numerusform>
            <numerusform>Reset the passwords of everyone in the organization (%Ln users)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Reset %Ln user(s)</source>
        <translation>
            <numerusform>&amp;Reset %Ln user</numerusform>
            <numerusform>&amp;Reset %Ln users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reset the passwords of %Ln user(s) and sign them out everywhere?</source>
        <translation>
            <numerusform>Reset the password of %Ln user and sign them out everywhere?</numerusform>
            <numerusform>Reset the passwords of %Ln users and sign them out everywhere?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reset the passwords of %Ln user(s)?</source>
        <translation>
            <numerusform>Reset the password of %Ln user?</numerusform>
            <numerusform>Reset the passwords of %Ln users?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Co&amp;ntain %Ln user(s)</source>
        <translation>
            <numerusform>Co&amp;ntain %Ln user</numerusform>
            <numerusform>Co&amp;ntain %Ln users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Contain an incident for %Ln selected user(s)</source>
        <translation>
            <numerusform>Contain an incident for %Ln selected user</numerusform>
            <numerusform>Contain an incident for %Ln selected users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Contain an incident for everyone in the organization (%Ln user(s))</source>
        <translation>
            <numerusform>Contain an incident for everyone in the organization (%Ln user)</numerusform>
            <numerusform>Contain an incident for everyone in the organization (%Ln users)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkResetFlow</name>
    <message numerus="yes">
        <source>A bulk reset of %Ln user(s) from %1 was interrupted, or its passwords were never handed over.</source>
        <translation>
            <numerusform>A bulk reset of %Ln user from %1 was interrupted, or its password was never handed over.</numerusform>
            <numerusform>A bulk reset of %Ln users from %1 was interrupted, or its passwords were never handed over.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln saved record(s) of bulk resets? Temporary passwords in them that were not handed over cannot be recovered afterwards.</source>
        <translation>
            <numerusform>Delete %Ln saved record of bulk resets? Temporary passwords in it that were not handed over cannot be recovered afterwards.</numerusform>
            <numerusform>Delete %Ln saved records of bulk resets? Temporary passwords in them that were not handed over cannot be recovered afterwards.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln saved record(s) could not be deleted completely. Check that the system keychain is unlocked and that you may delete files in %1, then try again.</source>
        <translation>
            <numerusform>%Ln saved record could not be deleted completely. Check that the system keychain is unlocked and that you may delete files in %1, then try again.</numerusform>
            <numerusform>%Ln saved records could not be deleted completely. Check that the system keychain is unlocked and that you may delete files in %1, then try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkResultText</name>
    <message numerus="yes">
        <source>The password was reset, but %n registered sign-in method(s) could not be removed: %1</source>
        <translation>
            <numerusform>The password was reset, but %n registered sign-in method could not be removed: %1</numerusform>
            <numerusform>The password was reset, but %n registered sign-in methods could not be removed: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Signed out of all sessions; %n registered sign-in method(s) removed.</source>
        <translation>
            <numerusform>Signed out of all sessions; %n registered sign-in method removed.</numerusform>
            <numerusform>Signed out of all sessions; %n registered sign-in methods removed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkRunDialog</name>
    <message numerus="yes">
        <source>Resetting the passwords of %Ln user(s)</source>
        <translation>
            <numerusform>Resetting the password of %Ln user</numerusform>
            <numerusform>Resetting the passwords of %Ln users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s) per minute</source>
        <translation>
            <numerusform>%Ln user per minute</numerusform>
            <numerusform>%Ln users per minute</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %Ln minute(s) left</source>
        <translation>
            <numerusform>About %Ln minute left</numerusform>
            <numerusform>About %Ln minutes left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %Ln hour(s) left</source>
        <translation>
            <numerusform>About %Ln hour left</numerusform>
            <numerusform>About %Ln hours left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The temporary passwords of %Ln user(s) were not printed, emailed or saved. Once this window is closed they are no longer shown; ResetDesk keeps its encrypted record of them and offers them again the next time it starts.</source>
        <translation>
            <numerusform>The temporary password of %Ln user was not printed, emailed or saved. Once this window is closed it is no longer shown; ResetDesk keeps its encrypted record of it and offers it again the next time it starts.</numerusform>
            <numerusform>The temporary passwords of %Ln users were not printed, emailed or saved. Once this window is closed they are no longer shown; ResetDesk keeps its encrypted record of them and offers them again the next time it starts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied the password of %1. The clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>Copied the password of %1. The clipboard is cleared in %n second.</numerusform>
            <numerusform>Copied the password of %1. The clipboard is cleared in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Finished with problems: %1 reset, %2 not reset, of whom %n may be set but are not confirmed. The Reason column says why; fix the cause, then click Retry failed.</source>
        <translation>
            <numerusform>Finished with problems: %1 reset, %2 not reset, of whom %n may be set but is not confirmed. The Reason column says why; fix the cause, then click Retry failed.</numerusform>
            <numerusform>Finished with problems: %1 reset, %2 not reset, of whom %n may be set but are not confirmed. The Reason column says why; fix the cause, then click Retry failed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved the results with the temporary passwords to %1, including %n user(s) whose password may be set but is not confirmed. Only you can open the file; delete it once the passwords are handed over.</source>
        <translation>
            <numerusform>Saved the results with the temporary passwords to %1, including %n user whose password may be set but is not confirmed. Only you can open the file; delete it once the passwords are handed over.</numerusform>
            <numerusform>Saved the results with the temporary passwords to %1, including %n users whose passwords may be set but are not confirmed. Only you can open the file; delete it once the passwords are handed over.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <extracomment>Ends a list of user names: &quot;anna@…, bo@… and 12 more&quot;</extracomment>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The passwords of %n user(s) were not handed over yet, so ResetDesk keeps its saved record of this run. Still missing: %1.</source>
        <translation>
            <numerusform>The password of %n user was not handed over yet, so ResetDesk keeps its saved record of this run. Still missing: %1.</numerusform>
            <numerusform>The passwords of %n users were not handed over yet, so ResetDesk keeps its saved record of this run. Still missing: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The passwords were handed over. %n user(s) may be set but are not confirmed: ResetDesk keeps its saved record so that Retry failed, or the next start, can confirm them.</source>
        <translation>
            <numerusform>The passwords were handed over. %n user&apos;s password may be set but is not confirmed: ResetDesk keeps its saved record so that Retry failed, or the next start, can confirm it.</numerusform>
            <numerusform>The passwords were handed over. %n users&apos; passwords may be set but are not confirmed: ResetDesk keeps its saved record so that Retry failed, or the next start, can confirm them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Microsoft 365 asked ResetDesk to wait; trying again in %n second(s). You can pause or cancel the run meanwhile.</source>
        <translation>
            <numerusform>Microsoft 365 asked ResetDesk to wait; trying again in %n second. You can pause or cancel the run meanwhile.</numerusform>
            <numerusform>Microsoft 365 asked ResetDesk to wait; trying again in %n seconds. You can pause or cancel the run meanwhile.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContainmentPanel</name>
    <message numerus="yes">
        <source>This run includes %n privileged administrator(s). Reading the domain to type…</source>
        <translation>
            <numerusform>This run includes %n privileged administrator. Reading the domain to type…</numerusform>
            <numerusform>This run includes %n privileged administrators. Reading the domain to type…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This run touches %n user(s). Reading the domain to type…</source>
        <translation>
            <numerusform>This run touches %n user. Reading the domain to type…</numerusform>
            <numerusform>This run touches %n users. Reading the domain to type…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This run includes %n privileged administrator(s). Type %1 to confirm.</source>
        <extracomment>%1 is the organization&apos;s domain, for example contoso.com</extracomment>
        <translation>
            <numerusform>This run includes %n privileged administrator. Type %1 to confirm.</numerusform>
            <numerusform>This run includes %n privileged administrators. Type %1 to confirm.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This run touches %n user(s). Type %1 to confirm.</source>
        <translation>
            <numerusform>This run touches %n user. Type %1 to confirm.</numerusform>
            <numerusform>This run touches %n users. Type %1 to confirm.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DomainExpiryDialog</name>
    <message numerus="yes">
        <source>Passwords expire after %n day(s).</source>
        <translation>
            <numerusform>Passwords expire after %n day.</numerusform>
            <numerusform>Passwords expire after %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Users are notified %n day(s) before.</source>
        <translation>
            <numerusform>Users are notified %n day before.</numerusform>
            <numerusform>Users are notified %n days before.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmailPasswordsDialog</name>
    <message numerus="yes">
        <source>Send the temporary passwords of %n user(s) by email from your mailbox %1.</source>
        <translation>
            <numerusform>Send the temporary password of %n user by email from your mailbox %1.</numerusform>
            <numerusform>Send the temporary passwords of %n users by email from your mailbox %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) have no alternate email address that can be used. Hand their passwords over on a printed slip instead:</source>
        <translation>
            <numerusform>%n user has no alternate email address that can be used. Hand the password over on a printed slip instead:</numerusform>
            <numerusform>%n users have no alternate email address that can be used. Hand their passwords over on printed slips instead:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) were left out because they are the mailbox of an account whose password was just reset.</source>
        <translation>
            <numerusform>%n address was left out because it is the mailbox of an account whose password was just reset.</numerusform>
            <numerusform>%n addresses were left out because they are the mailboxes of accounts whose passwords were just reset.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 sent</source>
        <extracomment>Progress of sending email, e.g. &quot;3 of 10 sent&quot;</extracomment>
        <translation>
            <numerusform>%n of %1 sent</numerusform>
            <numerusform>%n of %1 sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 Sending is paused; click Resume to send the remaining %n message(s).</source>
        <translation>
            <numerusform>%1 Sending is paused; click Resume to send the remaining message.</numerusform>
            <numerusform>%1 Sending is paused; click Resume to send the remaining %n messages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sending cancelled; %n message(s) were not sent. Click Send to send only those.</source>
        <translation>
            <numerusform>Sending cancelled; %n message was not sent. Click Send to send only that one.</numerusform>
            <numerusform>Sending cancelled; %n messages were not sent. Click Send to send only those.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) could not be sent; see the list below. Fix the problem and click Retry failed, or hand those passwords over on a printed slip.</source>
        <translation>
            <numerusform>%n message could not be sent; see the list below. Fix the problem and click Retry failed, or hand that password over on a printed slip.</numerusform>
            <numerusform>%n messages could not be sent; see the list below. Fix the problem and click Retry failed, or hand those passwords over on printed slips.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n message(s) sent.</source>
        <translation>
            <numerusform>The message was sent.</numerusform>
            <numerusform>All %n messages sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of these messages were sent earlier and will not be sent again.</source>
        <translation>
            <numerusform>%n of these messages was sent earlier and will not be sent again.</numerusform>
            <numerusform>%n of these messages were sent earlier and will not be sent again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message numerus="yes">
        <source>Microsoft 365 is limiting how fast requests can be sent. Wait %n second(s) and try again.</source>
        <translation>
            <numerusform>Microsoft 365 is limiting how fast requests can be sent. Wait %n second and try again.</numerusform>
            <numerusform>Microsoft 365 is limiting how fast requests can be sent. Wait %n seconds and try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IssueTapDialog</name>
    <message numerus="yes">
        <source>&amp;Replace the pass %n user(s) have now</source>
        <translation>
            <numerusform>&amp;Replace the pass %n user has now</numerusform>
            <numerusform>&amp;Replace the passes %n users have now</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) will get a Temporary Access Pass.</source>
        <translation>
            <numerusform>%n user will get a Temporary Access Pass.</numerusform>
            <numerusform>%n users will get a Temporary Access Pass.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them already have one, which the new pass replaces.</source>
        <translation>
            <numerusform>%n of them already has one, which the new pass replaces.</numerusform>
            <numerusform>%n of them already have one, which the new pass replaces.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) cannot get one (listed below).</source>
        <translation>
            <numerusform>%n user cannot get one (listed below).</numerusform>
            <numerusform>%n users cannot get one (listed below).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pass(es) issued. Hand them over now: they are kept, encrypted, only until then.</source>
        <translation>
            <numerusform>%n pass issued. Hand it over now: it is kept, encrypted, only until then.</numerusform>
            <numerusform>%n passes issued. Hand them over now: they are kept, encrypted, only until then.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) got no pass.</source>
        <translation>
            <numerusform>%n user got no pass.</numerusform>
            <numerusform>%n users got no pass.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A saved run for %n user(s), picked up again.</source>
        <translation>
            <numerusform>A saved run for %n user, picked up again.</numerusform>
            <numerusform>A saved run for %n users, picked up again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailTexts</name>
    <message numerus="yes">
        <source>%1 has reset the passwords of the following %n user(s).</source>
        <translation>
            <numerusform>%1 has reset the password of the following user.</numerusform>
            <numerusform>%1 has reset the passwords of the following %n users.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Temporary passwords for %n user(s)</source>
        <translation>
            <numerusform>Temporary passwords for %n user</numerusform>
            <numerusform>Temporary passwords for %n users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Temporary Access Passes for %n user(s)</source>
        <translation>
            <numerusform>Temporary Access Pass for %n user</numerusform>
            <numerusform>Temporary Access Passes for %n users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 has issued Temporary Access Passes for the following %n user(s).</source>
        <translation>
            <numerusform>%1 has issued a Temporary Access Pass for the following user.</numerusform>
            <numerusform>%1 has issued Temporary Access Passes for the following %n users.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainToolBar</name>
    <message numerus="yes">
        <source>Reset selected users (%n)</source>
        <translation>
            <numerusform>Reset selected users (%n)</numerusform>
            <numerusform>Reset selected users (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrganisationsDialog</name>
    <message numerus="yes">
        <source>%1 still has %n saved reset run(s) whose passwords were not handed over. Switch to it and hand them over or delete them first.</source>
        <translation>
            <numerusform>%1 still has %n saved reset run whose passwords were not handed over. Switch to it and hand it over or delete it first.</numerusform>
            <numerusform>%1 still has %n saved reset runs whose passwords were not handed over. Switch to it and hand them over or delete them first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PasswordPolicyDialog</name>
    <message numerus="yes">
        <source>Allow weak passwords for %n user(s)?</source>
        <translation>
            <numerusform>Allow weak passwords for %n user?</numerusform>
            <numerusform>Allow weak passwords for %n users?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change the password policies of %n user(s).</source>
        <translation>
            <numerusform>Change the password policies of %n user.</numerusform>
            <numerusform>Change the password policies of %n users.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changed for %n user(s).</source>
        <translation>
            <numerusform>Changed for %n user.</numerusform>
            <numerusform>Changed for %n users.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changed for %1 of %n user(s). The list says why the others failed.</source>
        <translation>
            <numerusform>Changed for %1 of %n user. The list says why the others failed.</numerusform>
            <numerusform>Changed for %1 of %n users. The list says why the others failed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreflightReport</name>
    <message numerus="yes">
        <source>%1: %Ln user(s)</source>
        <extracomment>%1 is a classification such as &quot;Will be reset&quot; or &quot;Skipped: guest&quot;</extracomment>
        <translation>
            <numerusform>%1: %Ln user</numerusform>
            <numerusform>%1: %Ln users</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintSlipsDialog</name>
    <message numerus="yes">
        <source>%n user(s) get a password slip.</source>
        <translation>
            <numerusform>%n user gets a password slip.</numerusform>
            <numerusform>%n users get a password slip.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurgeCommand</name>
    <message numerus="yes">
        <source>Delete %n saved run(s)? Temporary passwords in them that were not handed over cannot be recovered afterwards. Type yes to go on:</source>
        <translation>
            <numerusform>Delete %n saved run? Temporary passwords in it that were not handed over cannot be recovered afterwards. Type yes to go on:</numerusform>
            <numerusform>Delete %n saved runs? Temporary passwords in them that were not handed over cannot be recovered afterwards. Type yes to go on:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n saved run(s) could not be deleted completely. Check that the keychain is unlocked and that you may delete files in %1.</source>
        <translation>
            <numerusform>%n saved run could not be deleted completely. Check that the keychain is unlocked and that you may delete files in %1.</numerusform>
            <numerusform>%n saved runs could not be deleted completely. Check that the keychain is unlocked and that you may delete files in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResetCommand</name>
    <message numerus="yes">
        <source>Reset the passwords of %n user(s)? Their current passwords stop working at once. Type yes to go on:</source>
        <translation>
            <numerusform>Reset the password of %n user? Their current password stops working at once. Type yes to go on:</numerusform>
            <numerusform>Reset the passwords of %n users? Their current passwords stop working at once. Type yes to go on:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResetResultDialog</name>
    <message numerus="yes">
        <source>Copied. The clipboard will be cleared in %n second(s).</source>
        <translation>
            <numerusform>Copied. The clipboard will be cleared in %n second.</numerusform>
            <numerusform>Copied. The clipboard will be cleared in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoleNames</name>
    <message numerus="yes">
        <source>%n other role(s)</source>
        <translation>
            <numerusform>%n other role</numerusform>
            <numerusform>%n other roles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunHandover</name>
    <message numerus="yes">
        <source>The temporary passwords of %n user(s) are kept in the encrypted journal of run %1 until they are handed over. Hand them over with: resetdesk-cli handover %1 --results FILE.csv (or --slips FILE.pdf)</source>
        <translation>
            <numerusform>The temporary password of %n user is kept in the encrypted journal of run %1 until it is handed over. Hand it over with: resetdesk-cli handover %1 --results FILE.csv (or --slips FILE.pdf)</numerusform>
            <numerusform>The temporary passwords of %n users are kept in the encrypted journal of run %1 until they are handed over. Hand them over with: resetdesk-cli handover %1 --results FILE.csv (or --slips FILE.pdf)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunMailer</name>
    <message numerus="yes">
        <source>Sent %n email(s) with temporary passwords.</source>
        <translation>
            <numerusform>Sent %n email with temporary passwords.</numerusform>
            <numerusform>Sent %n emails with temporary passwords.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunProgress</name>
    <message numerus="yes">
        <source>Microsoft 365 asked to wait: going on in %n second(s)</source>
        <translation>
            <numerusform>Microsoft 365 asked to wait: going on in %n second</numerusform>
            <numerusform>Microsoft 365 asked to wait: going on in %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>about %n second left</numerusform>
            <numerusform>about %n seconds left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SelfServiceResetDialog</name>
    <message numerus="yes">
        <source>%1 of %n user(s) are registered for self-service password reset.</source>
        <extracomment>%1 is the number registered, %n the number of users the report covers</extracomment>
        <translation>
            <numerusform>%1 of %n user is registered for self-service password reset.</numerusform>
            <numerusform>%1 of %n users are registered for self-service password reset.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading the registration report… %n user(s) so far.</source>
        <translation>
            <numerusform>Reading the registration report… %n user so far.</numerusform>
            <numerusform>Reading the registration report… %n users so far.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SingleResetView</name>
    <message numerus="yes">
        <source>Microsoft 365 asked ResetDesk to wait; trying again in %n second(s). Cancel stops the reset.</source>
        <translation>
            <numerusform>Microsoft 365 asked ResetDesk to wait; trying again in %n second. Cancel stops the reset.</numerusform>
            <numerusform>Microsoft 365 asked ResetDesk to wait; trying again in %n seconds. Cancel stops the reset.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SlipTexts</name>
    <message numerus="yes">
        <source>%n user(s) succeeded.</source>
        <translation>
            <numerusform>%n user succeeded.</numerusform>
            <numerusform>%n users succeeded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) failed.</source>
        <translation>
            <numerusform>%n user failed.</numerusform>
            <numerusform>%n users failed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) may be set, not confirmed: their slips say so.</source>
        <translation>
            <numerusform>%n user&apos;s password may be set, not confirmed: the slip says so.</numerusform>
            <numerusform>%n users&apos; passwords may be set, not confirmed: their slips say so.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TapRunOffers</name>
    <message numerus="yes">
        <source>A Temporary Access Pass run for %Ln user(s) from %1 was interrupted, or its passes were never handed over.</source>
        <translation>
            <numerusform>A Temporary Access Pass run for %Ln user from %1 was interrupted, or its pass was never handed over.</numerusform>
            <numerusform>A Temporary Access Pass run for %Ln users from %1 was interrupted, or its passes were never handed over.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TapTargetPicker</name>
    <message numerus="yes">
        <source>&amp;Ticked users (%n)</source>
        <translation>
            <numerusform>&amp;Ticked user (%n)</numerusform>
            <numerusform>&amp;Ticked users (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Issue passes for the %n user(s) ticked in the list</source>
        <translation>
            <numerusform>Issue a pass for the %n user ticked in the list</numerusform>
            <numerusform>Issue passes for the %n users ticked in the list</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) ticked in the list.</source>
        <translation>
            <numerusform>%n user ticked in the list.</numerusform>
            <numerusform>%n users ticked in the list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) found in %1.</source>
        <translation>
            <numerusform>%n user found in %1.</numerusform>
            <numerusform>%n users found in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) found in %1. The lines below were left out: fix them and choose the file again, or issue passes for the users found.</source>
        <translation>
            <numerusform>%n user found in %1. The lines below were left out: fix them and choose the file again, or issue a pass for the user found.</numerusform>
            <numerusform>%n users found in %1. The lines below were left out: fix them and choose the file again, or issue passes for the users found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) of %1 found in the user list.</source>
        <translation>
            <numerusform>%n member of %1 found in the user list.</numerusform>
            <numerusform>%n members of %1 found in the user list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) are not users in the list (devices, groups, or users not loaded yet) and get no pass.</source>
        <translation>
            <numerusform>%n member is not a user in the list (a device, a group, or a user not loaded yet) and gets no pass.</numerusform>
            <numerusform>%n members are not users in the list (devices, groups, or users not loaded yet) and get no pass.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserListFormat</name>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserListModel</name>
    <message numerus="yes">
        <source>Member of the role-assignable group %1</source>
        <translation>
            <numerusform>Member of the role-assignable group %1</numerusform>
            <numerusform>Member of the role-assignable groups %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message numerus="yes">
        <source>%n user(s) selected</source>
        <translation>
            <numerusform>%n user selected</numerusform>
            <numerusform>%n users selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Password policies for %n selected user(s)…</source>
        <translation>
            <numerusform>Password policies for %n selected user…</numerusform>
            <numerusform>Password policies for %n selected users…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, as a member of the role-assignable group %2</source>
        <extracomment>%1: the admin roles, %2: the role-assignable groups the user is a member of</extracomment>
        <translation>
            <numerusform>%1, as a member of the role-assignable group %2</numerusform>
            <numerusform>%1, as a member of the role-assignable groups %2</numerusform>
        </translation>
    </message>
</context>
</TS>

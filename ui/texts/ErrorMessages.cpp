// SPDX-License-Identifier: MIT
#include "ui/texts/ErrorMessages.h"

#include <QMessageBox>

using namespace Qt::Literals::StringLiterals;

UserMessage ErrorMessages::forGraphError(const GraphError &error)
{
    UserMessage message;
    message.details = error.technicalSummary();
    using Kind = GraphError::Kind;
    switch (error.kind) {
    case Kind::None:
        break;
    case Kind::InsufficientPrivileges:
        message.title = tr("Not allowed");
        message.text = tr("Your account does not have permission to do this for this user. Ask a Global "
                          "Administrator to do it, or to give you a role that allows it (for example Password "
                          "Administrator or User Administrator).");
        break;
    case Kind::NotFound:
        message.title = tr("User not found");
        message.text = tr("This user no longer exists in Microsoft 365. It may have been deleted or renamed. "
                          "Refresh the user list and try again.");
        break;
    case Kind::PasswordRejected:
        message.title = tr("Password not accepted");
        message.text = tr("Microsoft 365 did not accept this password. It may be too easy to guess or contain a "
                          "word that is not allowed, such as a name or a common word. Choose a different password, "
                          "or let ResetDesk create one.");
        break;
    case Kind::SyncedObject:
        message.title = tr("User managed on-premises");
        message.text = tr("This user is synchronized from your on-premises Active Directory, so the password "
                          "cannot be changed in Microsoft 365 alone. Reset it in Active Directory, or use password "
                          "writeback if your organization has it.");
        break;
    case Kind::Throttled:
        message.title = tr("Microsoft 365 is busy");
        message.text = error.retryAfterSeconds > 0
                           ? tr("Microsoft 365 is limiting how fast requests can be sent. Wait %n second(s) and try "
                                "again.", "", error.retryAfterSeconds)
                           : tr("Microsoft 365 is limiting how fast requests can be sent. Wait a minute and try again.");
        break;
    case Kind::ServiceUnavailable:
        message.title = tr("Microsoft 365 is not responding");
        message.text = tr("Microsoft 365 could not handle the request right now. Wait a few minutes and try again. "
                          "If it keeps happening, check the Microsoft 365 service health page.");
        break;
    case Kind::NetworkUnavailable:
        message.title = tr("No connection");
        message.text = tr("ResetDesk could not reach Microsoft 365. Check your network connection and try again.");
        break;
    case Kind::SessionExpired:
        message.title = tr("Session expired");
        message.text = tr("Your sign-in has expired or was revoked, for example after a password change. Sign in "
                          "again to continue.");
        break;
    case Kind::LicenseRequired:
        message.title = tr("License required");
        message.text = tr("This information needs a Microsoft Entra ID P1 or P2 license, which your organization "
                          "does not have.");
        break;
    case Kind::MailboxNotEnabled:
        message.title = tr("No mailbox");
        message.text = tr("Your account has no Exchange Online mailbox, so ResetDesk cannot send email from it. "
                          "Print the password or show it on screen instead.");
        break;
    case Kind::UnsupportedQuery:
    case Kind::BadRequest:
    case Kind::FailedDependency:
        message.title = tr("Request refused");
        message.text = tr("Microsoft 365 refused the request. The details below say why; check the values you "
                          "entered and try again.");
        break;
    case Kind::MalformedResponse:
        message.title = tr("Unexpected answer");
        message.text = tr("Microsoft 365 sent an answer ResetDesk could not read. Try again in a moment.");
        break;
    case Kind::InsecureUrl:
        message.title = tr("Unsafe address refused");
        message.text = tr("ResetDesk only connects to Microsoft 365 over a secure (https) connection. Check the "
                          "connection settings.");
        break;
    case Kind::Cancelled:
        message.title = tr("Cancelled");
        message.text = tr("The operation was cancelled.");
        break;
    case Kind::Other:
        message.title = tr("Something went wrong");
        message.text = tr("Microsoft 365 reported an error. Try again; if it keeps happening, give the details "
                          "below to your support contact.");
        break;
    }
    return message;
}

UserMessage ErrorMessages::forAuthError(const AuthError &error)
{
    UserMessage message;
    QStringList details;
    if (error.httpStatus)
        details.append(u"HTTP %1"_s.arg(error.httpStatus));
    if (!error.error.isEmpty())
        details.append(error.error);
    if (!error.description.isEmpty())
        details.append(error.description);
    if (!error.correlationId.isEmpty())
        details.append(u"correlation-id %1"_s.arg(error.correlationId));
    message.details = details.join(u"\n"_s);
    message.title = tr("Sign-in failed");

    using Kind = AuthError::Kind;
    switch (error.kind) {
    case Kind::None:
        message.title.clear();
        break;
    case Kind::Cancelled:
        message.title = tr("Sign-in cancelled");
        message.text = tr("You cancelled the sign-in. Sign in again when you are ready.");
        break;
    case Kind::TimedOut:
        message.text = tr("No answer came from the browser in time. Sign in again, and finish the sign-in in the "
                          "browser window that opens.");
        break;
    case Kind::Declined:
        message.text = tr("The sign-in was declined. Sign in again and accept the permissions ResetDesk asks for, "
                          "or ask an administrator to grant consent for your organization.");
        break;
    case Kind::CodeExpired:
        message.text = tr("The sign-in code expired before it was used. Start the sign-in again and enter the new "
                          "code within 15 minutes.");
        break;
    case Kind::SessionExpired:
        message.title = tr("Sign in again");
        message.text = tr("Your saved sign-in is no longer valid, for example because the password was changed. "
                          "Sign in again to continue.");
        break;
    case Kind::InteractionRequired:
        message.title = tr("Sign in again");
        message.text = tr("Microsoft 365 wants you to confirm your sign-in again, for example with multi-factor "
                          "authentication. Sign in again to continue.");
        break;
    case Kind::BlockedByPolicy:
        message.title = tr("Sign-in blocked by your organization");
        message.text = tr("A Conditional Access policy of your organization does not allow this sign-in. Many "
                          "organizations block sign-in with a code on another device. Sign in with the browser on "
                          "this computer instead, or ask the administrator who manages Conditional Access.");
        break;
    case Kind::WrongAccount:
        message.title = tr("Approved by another account");
        message.text = tr("You approved as %1, but ResetDesk is signed in as %2. Approve again and choose %2 in "
                          "the browser, or sign out and sign in as %1.")
                           .arg(error.approvedAccount, error.expectedAccount);
        break;
    case Kind::EndpointNotFound:
        message.text = tr("The sign-in address %1 was not found. Check the sign-in address in the connection "
                          "settings: enter only the host, such as https://login.microsoftonline.com.")
                           .arg(error.address.toDisplayString());
        break;
    case Kind::NotSignedIn:
        message.title = tr("Not signed in");
        message.text = tr("Sign in first, then try again.");
        break;
    case Kind::ConsentRequired:
        message.text = tr("Your organization has not approved the permissions ResetDesk needs. Ask a Global "
                          "Administrator to grant admin consent for the app, then sign in again.");
        break;
    case Kind::PublicClientDisabled:
        message.text = tr("The app registration does not allow this kind of sign-in. In the Microsoft Entra admin "
                          "center, open the app registration, go to Authentication and set \"Allow public client "
                          "flows\" to Yes.");
        break;
    case Kind::UnknownApplication:
        message.text = tr("The application (client) ID was not found in your organization. Check the client ID in "
                          "the connection settings, or register an app as the README describes.");
        break;
    case Kind::UnknownTenant:
        message.text = tr("The organization was not found. Check the tenant ID or domain in the connection "
                          "settings.");
        break;
    case Kind::RedirectMismatch:
        message.text = tr("The app registration does not accept ResetDesk's sign-in address. Add the platform "
                          "\"Mobile and desktop applications\" with the redirect URI http://localhost to the app "
                          "registration.");
        break;
    case Kind::StateMismatch:
        message.text = tr("The answer from the browser did not belong to this sign-in, so it was ignored for your "
                          "safety. Sign in again.");
        break;
    case Kind::NetworkUnavailable:
        message.text = tr("ResetDesk could not reach the Microsoft sign-in service. Check your network connection "
                          "and try again.");
        break;
    case Kind::ServiceError:
        message.text = tr("The Microsoft sign-in service is not responding right now. Wait a few minutes and try "
                          "again.");
        break;
    case Kind::MalformedResponse:
    case Kind::Other:
        message.text = tr("The sign-in did not complete. Try again; if it keeps happening, give the details below "
                          "to your support contact.");
        break;
    }
    return message;
}

UserMessage ErrorMessages::forKeychainError(TokenStoreError error, const QString &detail)
{
    UserMessage message;
    message.details = detail;
    message.title = tr("Keychain not available");
    switch (error) {
    case TokenStoreError::None:
    case TokenStoreError::NotFound:
        message.title.clear();
        break;
    case TokenStoreError::AccessDenied:
        message.text = tr("Access to the keychain was denied, so your sign-in cannot be remembered. You stay signed "
                          "in until you quit ResetDesk.");
        break;
    case TokenStoreError::Unavailable:
    case TokenStoreError::Other:
        message.text = tr("No keychain service is running (such as GNOME Keyring or KWallet), so your sign-in cannot "
                          "be remembered safely. You stay signed in until you quit ResetDesk; nothing is written to "
                          "disk.");
        break;
    }
    return message;
}

void ErrorMessages::show(QWidget *parent, const UserMessage &message)
{
    QMessageBox box(QMessageBox::Warning, message.title, message.text, QMessageBox::Close, parent);
    if (!message.details.isEmpty())
        box.setDetailedText(message.details);
    box.exec();
}

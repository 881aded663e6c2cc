// SPDX-License-Identifier: MIT
#include "cli/CliTexts.h"

using namespace Qt::Literals::StringLiterals;

QString CliTexts::withDetail(const QString &sentence, const QString &detail)
{
    //: %1 is a sentence, %2 technical detail such as an error code
    return detail.isEmpty() ? sentence : tr("%1 (%2)").arg(sentence, detail);
}

QString CliTexts::notSignedIn()
{
    return tr("Nobody is signed in to this organization. Run resetdesk-cli signin first.");
}

QString CliTexts::forAuthError(const AuthError &error)
{
    QString detail = error.error;
    if (error.aadstsCode != 0)
        detail = u"AADSTS%1"_s.arg(error.aadstsCode);
    switch (error.kind) {
    case AuthError::Kind::None:
        return {};
    case AuthError::Kind::Cancelled:
        return tr("Signing in was cancelled.");
    case AuthError::Kind::TimedOut:
        return tr("No answer came from the browser in time. Run resetdesk-cli signin again.");
    case AuthError::Kind::Declined:
        return withDetail(tr("The sign-in or the permissions were declined."), detail);
    case AuthError::Kind::CodeExpired:
        return tr("The sign-in code expired before it was used. Run resetdesk-cli signin again.");
    case AuthError::Kind::SessionExpired:
    case AuthError::Kind::InteractionRequired:
    case AuthError::Kind::NotSignedIn:
        return withDetail(tr("The sign-in has expired. Run resetdesk-cli signin again."), detail);
    case AuthError::Kind::ConsentRequired:
        return withDetail(tr("The organization has not approved a permission ResetDesk needs. Ask a Global "
                             "Administrator to grant admin consent, then try again."),
                          detail);
    case AuthError::Kind::NetworkUnavailable:
        return tr("Microsoft 365 cannot be reached. Check the network connection and try again.");
    case AuthError::Kind::BlockedByPolicy:
        return withDetail(tr("A Conditional Access policy of the organization blocks this sign-in. Try "
                             "resetdesk-cli signin --browser, or ask the administrator of the policy."),
                          detail);
    case AuthError::Kind::WrongAccount:
        return tr("The permissions were approved by %1, but %2 is signed in. Approve them as %2.")
            .arg(error.approvedAccount, error.expectedAccount);
    default:
        break;
    }
    return withDetail(tr("Signing in failed: %1").arg(error.description.section(u'\n', 0, 0)), detail);
}

QString CliTexts::forGraphError(const GraphError &error)
{
    const QString detail = error.code.isEmpty() ? (error.httpStatus ? QString::number(error.httpStatus) : QString())
                                                : error.code;
    switch (error.kind) {
    case GraphError::Kind::None:
        return {};
    case GraphError::Kind::SessionExpired:
        return tr("The sign-in has expired. Run resetdesk-cli signin again.");
    case GraphError::Kind::InsufficientPrivileges:
        return withDetail(tr("Microsoft 365 refused: your admin role or ResetDesk's permissions do not allow this."),
                          detail);
    case GraphError::Kind::NotFound:
        return withDetail(tr("Microsoft 365 does not know this user or object any more."), detail);
    case GraphError::Kind::PasswordRejected:
        return withDetail(tr("Microsoft 365 rejected the password: it does not meet the password rules."), detail);
    case GraphError::Kind::SyncedObject:
        return withDetail(tr("The account is synced from on-premises Active Directory; change it there."), detail);
    case GraphError::Kind::Throttled:
        return tr("Microsoft 365 asked to slow down and kept refusing. Try again in a few minutes.");
    case GraphError::Kind::ServiceUnavailable:
        return withDetail(tr("Microsoft 365 is not answering right now. Try again in a few minutes."), detail);
    case GraphError::Kind::NetworkUnavailable:
        return tr("Microsoft 365 cannot be reached. Check the network connection and try again.");
    default:
        break;
    }
    return withDetail(tr("Microsoft 365 answered with an error: %1").arg(error.message), detail);
}

CliExit CliTexts::exitFor(const AuthError &error)
{
    return error.kind == AuthError::Kind::NetworkUnavailable || error.kind == AuthError::Kind::ServiceError
        ? CliExit::SomeFailed
        : CliExit::NotSignedIn;
}

CliExit CliTexts::exitFor(const GraphError &error)
{
    switch (error.kind) {
    case GraphError::Kind::SessionExpired:
        return CliExit::NotSignedIn;
    case GraphError::Kind::InsufficientPrivileges:
    case GraphError::Kind::LicenseRequired:
        return CliExit::StoppedByServer;
    default:
        return CliExit::SomeFailed;
    }
}

QString CliTexts::resultReason(const BulkItemResult &result)
{
    switch (result.state) {
    case BulkItemResult::State::Succeeded:
        if (result.signOutRequested && !result.signedOut && result.signOutError.isError())
            return tr("Reset, but not signed out everywhere: %1").arg(forGraphError(result.signOutError));
        return {};
    case BulkItemResult::State::Failed:
        return forGraphError(result.error);
    case BulkItemResult::State::Uncertain:
        return tr("The answer was lost: the password may be set, not confirmed.");
    case BulkItemResult::State::Cancelled:
        return tr("Not sent: the run was stopped first.");
    case BulkItemResult::State::Queued:
    case BulkItemResult::State::Sending:
    case BulkItemResult::State::Waiting:
        break;
    }
    return {};
}

QString CliTexts::csvProblem(const BulkCsvImport::Problem &problem)
{
    using Kind = BulkCsvImport::ProblemKind;
    QString text;
    switch (problem.kind) {
    case Kind::NoRows:
        return tr("The file lists no users.");
    case Kind::UnreadableEncoding:
        return tr("The file's text encoding cannot be read. Save it as UTF-8 (\"CSV UTF-8\" in Excel).");
    case Kind::Malformed:
        switch (problem.malformation) {
        case BulkCsvImport::Malformation::UnclosedQuote:
            text = tr("a quoted field is never closed");
            break;
        case BulkCsvImport::Malformation::TextAfterQuote:
            text = tr("text follows a closing quote; double any quote inside a quoted field");
            break;
        case BulkCsvImport::Malformation::TooManyFields:
            text = tr("more than two fields; put a password that holds the separator in quotes");
            break;
        case BulkCsvImport::Malformation::EmptyUser:
            text = tr("the user field is empty");
            break;
        }
        break;
    case Kind::UnknownUser:
        text = tr("no user is called %1").arg(problem.value);
        break;
    case Kind::Duplicate:
        text = tr("%1 is listed already on line %2").arg(problem.value).arg(problem.firstLine);
        break;
    case Kind::BadPassword:
        text = tr("the password for %1 does not meet the Microsoft 365 rules").arg(problem.value);
        break;
    }
    //: %1 line number, %2 what is wrong on it
    return tr("Line %1: %2").arg(problem.line).arg(text);
}

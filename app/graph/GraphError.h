// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QNetworkReply>
#include <QObject>
#include <QString>

/**
 * A failed Graph call, typed so the UI can say what happened and what to do next. Carries the
 * request-id and client-request-id Graph echoes, for the details box of support cases.
 */
struct GraphError
{
    Q_GADGET
public:
    enum class Kind {
        None,
        BadRequest,             // 400 not covered below
        UnsupportedQuery,       // 400 Request_UnsupportedQuery
        PasswordRejected,       // 400: "does not comply with password complexity requirements"
        SyncedObject,           // 400: on-premises mastered object (needs writeback)
        SessionExpired,         // 401 after one refresh-and-replay: sign in again
        InsufficientPrivileges, // 403 Authorization_RequestDenied
        LicenseRequired,        // 403 Authentication_RequestFromNonPremiumTenantOrB2CTenant
        NotFound,               // 404 Request_ResourceNotFound
        MailboxNotEnabled,      // MailboxNotEnabledForRESTAPI
        FailedDependency,       // 424 inside $batch
        Throttled,              // 429 after the retries the policy allows
        ServiceUnavailable,     // 5xx after retries
        NetworkUnavailable,     // no connection, dropped connections after retries, timeouts
        MalformedResponse,      // a body that is not the JSON Graph sends
        InsecureUrl,            // refused to send the token to a non-https, non-loopback URL
        Cancelled,
        Other,
    };
    Q_ENUM(Kind)

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString code;    // Graph's error.code, e.g. "Request_BadRequest"
    QString message; // Graph's error.message (English; for the details box, not the headline)
    QString requestId;
    QString clientRequestId;
    QString date;
    int retryAfterSeconds = -1; // from Retry-After, when the service sent one

    bool isError() const { return kind != Kind::None; }
    /** Worth retrying after a pause: throttling, 5xx, dropped connections. */
    bool isTransient() const;

    /** Builds the error of an HTTP answer with status >= 400 from its JSON body and headers. */
    static GraphError fromHttp(int status, const QByteArray &body, const QByteArray &retryAfter,
                               const QByteArray &requestIdHeader, const QByteArray &clientRequestIdHeader);
    /** Builds the error for a transport failure (no HTTP answer). */
    static GraphError fromNetwork(QNetworkReply::NetworkError error, const QString &detail);
    static GraphError make(Kind kind, const QString &message = {});

    /** The kind's enumerator name ("PasswordRejected"; empty for None), for records and logs. */
    static QString kindName(Kind kind);
    /** The kind named @p name by kindName(); Other for a name it does not know. */
    static Kind kindFromName(const QString &name);

    /** A one-line technical summary for logs and the details box (never a secret). */
    QString technicalSummary() const;
};

// SPDX-License-Identifier: MIT
#pragma once

#include "bulk/BulkTarget.h"
#include "graph/GraphError.h"
#include "password/PasswordGenerator.h"
#include "common/SecretString.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

/** The options of a bulk run, as in the single reset; kept in the journal so a resume sends the same. */
struct BulkResetSettings
{
    bool forceChangePasswordNextSignIn = true;
    /** Also make users complete MFA before choosing a new password (needs forceChange). */
    bool forceChangePasswordNextSignInWithMfa = false;
    /** revokeSignInSessions for every user reset (a second write per user). */
    bool signOutEverywhere = false;
    /**
     * Incident containment: forceChange and signOutEverywhere are always on, and the run is
     * described as a containment on screen and in the incident summary.
     */
    bool containment = false;
    /**
     * After the password and the sign-out: delete every registered authentication method but the
     * password, so the user must register them again (MethodRemoval).
     */
    bool requireMethodReregistration = false;

    /** The settings of an incident containment run: a new password, a forced change, everyone signed out. */
    static BulkResetSettings forContainment(bool withMfa, bool reregisterMethods);

    QJsonObject toJson() const;
    static BulkResetSettings fromJson(const QJsonObject &object);
    bool operator==(const BulkResetSettings &other) const = default;
};

/** Where the passwords of a bulk run come from (a CSV row's own password always wins). */
struct BulkPasswordChoice
{
    enum class Mode { Generate, Shared };
    Mode mode = Mode::Generate;
    PasswordStyle style = PasswordStyle::Readable;
    PassphraseLanguage language = PassphraseLanguage::English;
    /** Mode::Shared: one typed password for everybody. */
    SecretString sharedPassword;
};

/** One user of a bulk run with the password decided before anything is sent. */
struct BulkResetItem
{
    QString userId;
    QString userPrincipalName;
    QString displayName;
    SecretString password;

    /** The run's items for @p targets: each user's CSV password, else @p choice's (generated per user). */
    static QList<BulkResetItem> fromTargets(
        const QList<BulkTarget> &targets, const BulkPasswordChoice &choice, const QString &tenantName);
};

/** How one user of a bulk run is doing; the results table shows these. */
struct BulkItemResult
{
    enum class State {
        Queued,
        Sending,
        /** Throttled or failed transiently: goes out again after a pause. */
        Waiting,
        Succeeded,
        /** With error: why (a password rejected, insufficient privileges, user deleted…). */
        Failed,
        /**
         * The answer never came (connection lost after retries): the password may or may not be
         * set. Kept as "sent" in the journal, so retry or resume sends the same password again.
         */
        Uncertain,
        /** Never sent: the run was cancelled first. */
        Cancelled,
    };

    QString userId;
    QString userPrincipalName;
    QString displayName;
    SecretString password;
    State state = State::Queued;
    GraphError error;
    /** Requests sent for this user's reset (retries included). */
    int attempts = 0;
    /**
     * Some request for this user went out and its answer was lost: the server may hold the
     * password even if a later attempt is refused. Stays set until the server confirms it.
     */
    bool mayBeSet = false;
    bool signOutRequested = false;
    bool signedOut = false;
    GraphError signOutError;
    /** Registered authentication methods are to be deleted once the password is set (containment). */
    bool methodsRequested = false;
    /** The method removal ran to its end for this user (see the lists for how it went). */
    bool methodsDone = false;
    /** Kinds of the methods deleted ("fido2", "phone", …), in the order they went. */
    QStringList methodsRemoved;
    /** Kinds of the methods Graph refused to delete; they are still registered. */
    QStringList methodsRefused;
    /** Why the first method was refused, or why the list could not be read; none when all went. */
    GraphError methodsError;

    bool isFinal() const
    {
        return state == State::Succeeded || state == State::Failed || state == State::Uncertain
            || state == State::Cancelled;
    }
};

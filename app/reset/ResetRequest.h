// SPDX-License-Identifier: MIT
#pragma once

#include "password/PasswordContext.h"
#include "password/PasswordGenerator.h"
#include "common/SecretString.h"

#include <QString>

class DirectoryUser;

/**
 * What the reset dialog hands to the core: whom to reset, with which password (typed, or
 * generated in a style when the runner starts), and the options of the admin center's panel.
 */
struct ResetRequest
{
    enum class Action {
        Reset, // "Reset password"
        Resend, // "Resend user password": a new temporary password, handed over again
    };

    Action action = Action::Reset;
    QString userId;
    QString userPrincipalName;
    QString displayName;
    QString givenName;
    QString surname;
    QString tenantName;
    /** False when the user's passwordPolicies hold DisableStrongPassword. */
    bool strongPasswordRequired = true;

    /** The admin's typed password; empty = generate one in generateStyle when the reset starts. */
    SecretString password;
    PasswordStyle generateStyle = PasswordStyle::Readable;
    PassphraseLanguage passphraseLanguage = PassphraseLanguage::English;

    bool forceChangePasswordNextSignIn = true;
    /** Also make the user complete MFA before choosing a new password (needs forceChange). */
    bool forceChangePasswordNextSignInWithMfa = false;
    /** revokeSignInSessions after the reset. */
    bool signOutEverywhere = false;
    /**
     * For users synced from on-premises: reset through the authentication-methods resetPassword
     * action, which writes back to Active Directory. It always forces a change at the next
     * sign-in and knows no MFA variant.
     */
    bool useWriteback = false;

    /** The names and flags of @p user, with the default options. */
    static ResetRequest forUser(const DirectoryUser &user);

    bool generatesPassword() const { return password.isEmpty(); }
    PasswordContext passwordContext() const;
};

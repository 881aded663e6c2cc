// SPDX-License-Identifier: MIT
#pragma once

#include "auth/AuthTypes.h"

#include <QStringList>

class QSettings;

/**
 * How an admin likes to sign in to an organisation: the method (browser or device code) and
 * when permissions are approved. Remembered beside the organisation's connection; no secrets.
 */
struct SignInPreferences
{
    SignInMethod method = SignInMethod::Browser;
    ConsentChoice consent = ConsentChoice::StepByStep;

    /** The scopes to ask for at sign-in under this consent choice. */
    QStringList signInScopes() const;

    /** Reads the preferences saved in @p settings' current group (defaults where none are). */
    static SignInPreferences load(QSettings &settings);
    void save(QSettings &settings) const;

    bool operator==(const SignInPreferences &other) const = default;
};

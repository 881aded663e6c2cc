// SPDX-License-Identifier: MIT
#pragma once

#include "password/LocalPasswordRules.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

/**
 * The local password rules' verdicts as sentences that say what to change. Shared by every place
 * a password is typed: the reset dialog and "change my password".
 */
class PasswordRuleText final
{
    Q_DECLARE_TR_FUNCTIONS(PasswordRuleText)
public:
    static QString describe(const PasswordRuleFailure &failure);
    static QStringList describe(const QList<PasswordRuleFailure> &failures);
    /** The failures as an HTML bullet list (escaped), or an empty string when there are none. */
    static QString htmlList(const QList<PasswordRuleFailure> &failures);
};

// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

/**
 * What each Microsoft Graph permission lets ResetDesk do, in the admin's language, for the
 * prompts that ask for them: admins approve what they understand.
 */
class PermissionTexts final
{
    Q_DECLARE_TR_FUNCTIONS(PermissionTexts)
public:
    /** "Reset users' passwords (User-PasswordProfile.ReadWrite.All)"; unknown scopes by name. */
    static QString describe(const QString &scope);
    /** describe() of each Graph scope of @p scopes (the OpenID ones left out), as an HTML list. */
    static QString htmlList(const QStringList &scopes);
};

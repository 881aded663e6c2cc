// SPDX-License-Identifier: MIT
#include "ui/texts/PermissionTexts.h"

#include "auth/AuthScopes.h"

using namespace Qt::Literals::StringLiterals;

QString PermissionTexts::describe(const QString &scope)
{
    const QString name = AuthScopes::shortName(scope);
    const QString key = name.toLower();
    QString what;
    if (key == u"user.read"_s)
        what = tr("Read your own profile");
    else if (key == u"user.read.all"_s)
        what = tr("Read the users of your organization");
    else if (key == u"rolemanagement.read.directory"_s)
        what = tr("Read who holds which admin role");
    else if (key == u"groupmember.read.all"_s)
        what = tr("Read the members of groups that hold admin roles");
    else if (key == u"user-passwordprofile.readwrite.all"_s)
        what = tr("Reset users' passwords");
    else if (key == u"user.revokesessions.all"_s)
        what = tr("Sign users out of all their sessions");
    else if (key == u"userauthenticationmethod.readwrite.all"_s)
        what = tr("Reset the passwords of users synced from on-premises (password writeback)");
    else if (key == u"policy.read.authenticationmethod"_s)
        what = tr("Read your organization's Temporary Access Pass policy");
    else if (key == u"mail.send"_s)
        what = tr("Send email as you, to hand over temporary passwords");
    else if (key == u"user.readwrite.all"_s)
        what = tr("Change users' password settings (never expires, allow weak passwords)");
    else if (key == u"domain.readwrite.all"_s)
        what = tr("Change when passwords expire in your organization");
    else if (key == u"auditlog.read.all"_s)
        what = tr("Read who has registered for self-service password reset");
    else if (key == u"user-mail.readwrite.all"_s)
        what = tr("Change your alternate email addresses");
    else if (key == u"user-phone.readwrite.all"_s)
        what = tr("Change your mobile phone number");
    else
        return name;
    return tr("%1 (%2)").arg(what, name);
}

QString PermissionTexts::htmlList(const QStringList &scopes)
{
    QString items;
    for (const QString &scope : scopes) {
        if (!AuthScopes::isOidcScope(scope))
            items += u"<li>"_s + describe(scope).toHtmlEscaped() + u"</li>"_s;
    }
    return u"<ul style=\"margin-left: 0; -qt-list-indent: 1;\">"_s + items + u"</ul>"_s;
}

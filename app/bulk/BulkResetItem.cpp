// SPDX-License-Identifier: MIT
#include "bulk/BulkResetItem.h"

using namespace Qt::Literals::StringLiterals;

QJsonObject BulkResetSettings::toJson() const
{
    return QJsonObject{{u"forceChange"_s, forceChangePasswordNextSignIn},
        {u"forceChangeWithMfa"_s, forceChangePasswordNextSignInWithMfa}, {u"signOut"_s, signOutEverywhere},
        {u"containment"_s, containment}, {u"reregisterMethods"_s, requireMethodReregistration}};
}

BulkResetSettings BulkResetSettings::forContainment(bool withMfa, bool reregisterMethods)
{
    BulkResetSettings settings;
    settings.forceChangePasswordNextSignIn = true;
    settings.forceChangePasswordNextSignInWithMfa = withMfa;
    settings.signOutEverywhere = true;
    settings.containment = true;
    settings.requireMethodReregistration = reregisterMethods;
    return settings;
}

BulkResetSettings BulkResetSettings::fromJson(const QJsonObject &object)
{
    BulkResetSettings settings;
    settings.forceChangePasswordNextSignIn = object.value(u"forceChange"_s).toBool(true);
    settings.forceChangePasswordNextSignInWithMfa = object.value(u"forceChangeWithMfa"_s).toBool(false);
    settings.signOutEverywhere = object.value(u"signOut"_s).toBool(false);
    // Journals written before containment existed have neither key: an ordinary bulk run.
    settings.containment = object.value(u"containment"_s).toBool(false);
    settings.requireMethodReregistration = object.value(u"reregisterMethods"_s).toBool(false);
    return settings;
}

QList<BulkResetItem> BulkResetItem::fromTargets(
    const QList<BulkTarget> &targets, const BulkPasswordChoice &choice, const QString &tenantName)
{
    PasswordGenerator generator;
    generator.setPassphraseLanguage(choice.language);
    QList<BulkResetItem> items;
    items.reserve(targets.size());
    for (const BulkTarget &target : targets) {
        const DirectoryUser &user = target.user;
        BulkResetItem item;
        item.userId = user.id();
        item.userPrincipalName = user.userPrincipalName();
        item.displayName = user.displayName();
        if (!target.password.isEmpty()) {
            item.password = target.password;
        } else if (choice.mode == BulkPasswordChoice::Mode::Shared) {
            item.password = choice.sharedPassword;
        } else {
            // Each user gets their own: one leaked slip must not open every account.
            PasswordContext context;
            context.displayName = user.displayName();
            context.userPrincipalName = user.userPrincipalName();
            context.tenantName = tenantName;
            context.strongPasswordRequired = !user.weakPasswordAllowed();
            item.password = generator.generate(choice.style, context);
        }
        items.append(item);
    }
    return items;
}

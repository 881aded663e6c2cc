// SPDX-License-Identifier: MIT
#include "cli/UserListFormat.h"

#include "common/Csv.h"
#include "delivery/ResultExport.h"
#include "directory/DirectoryUser.h"
#include "directory/RoleNames.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace {

QString yesNo(bool value)
{
    return value ? UserListFormat::tr("Yes") : UserListFormat::tr("No");
}

QJsonValue triState(DirectoryUser::TriState value)
{
    switch (value) {
    case DirectoryUser::TriState::Yes:
        return true;
    case DirectoryUser::TriState::No:
        return false;
    case DirectoryUser::TriState::Unknown:
        break;
    }
    return QJsonValue::Null;
}

QString triStateText(DirectoryUser::TriState value)
{
    return value == DirectoryUser::TriState::Unknown ? QString() : yesNo(value == DirectoryUser::TriState::Yes);
}

QString csvTriState(DirectoryUser::TriState value)
{
    return value == DirectoryUser::TriState::Unknown ? QString()
                                                     : value == DirectoryUser::TriState::Yes ? u"true"_s : u"false"_s;
}

QString csvBool(bool value)
{
    return value ? u"true"_s : u"false"_s;
}

} // namespace

QStringList UserListFormat::formats()
{
    return {u"table"_s, u"csv"_s, u"json"_s};
}

QString UserListFormat::table(const QList<DirectoryUser> &users)
{
    QList<QStringList> rows;
    rows.append({tr("Display name"), tr("User name"), tr("Sign-in allowed"), tr("Must change password"),
                 tr("Admin roles")});
    for (const DirectoryUser &user : users) {
        rows.append({user.displayName(), user.userPrincipalName(), yesNo(user.isAccountEnabled()),
                     triStateText(user.mustChangeAtNextSignIn()), RoleNames::list(user.roleTemplateIds())});
    }
    QList<qsizetype> widths(rows.first().size(), 0);
    for (const QStringList &row : std::as_const(rows)) {
        for (qsizetype column = 0; column < row.size(); ++column)
            widths[column] = qMax(widths[column], row.at(column).size());
    }
    QString text;
    for (const QStringList &row : std::as_const(rows)) {
        QString line;
        for (qsizetype column = 0; column < row.size(); ++column)
            line += column + 1 < row.size() ? row.at(column).leftJustified(widths[column] + 2) : row.at(column);
        text += line.trimmed() + u'\n';
    }
    text += tr("%n user(s)", nullptr, int(users.size())) + u'\n';
    return text;
}

QString UserListFormat::csv(const QList<DirectoryUser> &users)
{
    QString text = Csv::row({u"id"_s, u"displayName"_s, u"userPrincipalName"_s, u"accountEnabled"_s, u"guest"_s,
                             u"synced"_s, u"licensed"_s, u"passwordNeverExpires"_s, u"mustChangePassword"_s,
                             u"roleTemplateIds"_s});
    for (const DirectoryUser &user : users) {
        text += Csv::row({user.id(), user.displayName(), user.userPrincipalName(), csvBool(user.isAccountEnabled()),
                          csvBool(user.isGuest()), csvBool(user.isSynced()), csvBool(user.isLicensed()),
                          csvBool(user.passwordNeverExpires()), csvTriState(user.mustChangeAtNextSignIn()),
                          user.roleTemplateIds().join(u' ')},
                         // Names come from the directory: a crafted one must not run as a formula.
                         &ResultExport::cell);
    }
    return text;
}

QString UserListFormat::json(const QList<DirectoryUser> &users)
{
    QJsonArray array;
    for (const DirectoryUser &user : users) {
        array.append(QJsonObject {
            {u"id"_s, user.id()},
            {u"displayName"_s, user.displayName()},
            {u"userPrincipalName"_s, user.userPrincipalName()},
            {u"accountEnabled"_s, user.isAccountEnabled()},
            {u"guest"_s, user.isGuest()},
            {u"synced"_s, user.isSynced()},
            {u"licensed"_s, user.isLicensed()},
            {u"passwordNeverExpires"_s, user.passwordNeverExpires()},
            {u"mustChangePassword"_s, triState(user.mustChangeAtNextSignIn())},
            {u"roleTemplateIds"_s, QJsonArray::fromStringList(user.roleTemplateIds())},
        });
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
}

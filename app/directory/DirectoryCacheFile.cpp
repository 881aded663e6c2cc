// SPDX-License-Identifier: MIT
#include "directory/DirectoryCacheFile.h"

#include "common/SecretBox.h"

#include <QDataStream>
#include <QIODevice>
#include <QHash>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace {

const QByteArray Magic = "RESETDESK-USERS 1\n";
constexpr QDataStream::Version StreamVersion = QDataStream::Qt_6_0;

/** How a user's mail is kept: mostly it is the user name, which then is not written twice. */
enum MailKind : quint8 { NoMail = 0, MailIsUserName = 1, OwnMail = 2 };

constexpr DirectoryUser::Flag KnownFlags[] = {DirectoryUser::Licensed, DirectoryUser::AccountEnabled,
    DirectoryUser::Guest, DirectoryUser::Synced, DirectoryUser::PasswordNeverExpires,
    DirectoryUser::WeakPasswordAllowed};

void writeUser(QDataStream &out, const DirectoryUser &user, const QHash<QString, qint16> &languages)
{
    out << user.id() << user.displayName() << user.userPrincipalName();
    const MailKind mail = user.mail().isEmpty()      ? NoMail
        : user.mail() == user.userPrincipalName() ? MailIsUserName
                                                   : OwnMail;
    out << quint8(mail);
    if (mail == OwnMail)
        out << user.mail();
    out << user.alternateEmails() << languages.value(user.preferredLanguage(), qint16(-1))
        << user.lastPasswordChangeMSecs() << user.flags() << quint8(user.mustChangeAtNextSignIn());
}

bool readUser(QDataStream &in, const QStringList &languages, DirectoryUser *user)
{
    QString id;
    QString displayName;
    QString userPrincipalName;
    quint8 mail = NoMail;
    in >> id >> displayName >> userPrincipalName >> mail;
    QString ownMail;
    if (mail == OwnMail)
        in >> ownMail;
    QStringList alternateEmails;
    qint16 language = -1;
    qint64 lastPasswordChange = 0;
    quint16 flags = 0;
    quint8 mustChange = 0;
    in >> alternateEmails >> language >> lastPasswordChange >> flags >> mustChange;
    if (in.status() != QDataStream::Ok || id.isEmpty() || mail > OwnMail || language >= languages.size()
        || mustChange > quint8(DirectoryUser::TriState::No))
        return false;
    user->setId(id);
    user->setDisplayName(displayName);
    user->setUserPrincipalName(userPrincipalName);
    // The same string as the user name, as DirectoryUser::fromJson() shares it.
    user->setMail(mail == MailIsUserName ? user->userPrincipalName() : ownMail);
    if (!alternateEmails.isEmpty())
        user->setAlternateEmails(alternateEmails);
    if (language >= 0)
        user->setPreferredLanguage(languages.at(language));
    if (lastPasswordChange != 0)
        user->setLastPasswordChange(QDateTime::fromMSecsSinceEpoch(lastPasswordChange, QTimeZone::utc()));
    for (const DirectoryUser::Flag flag : KnownFlags) {
        if (flags & flag)
            user->setFlag(flag);
    }
    user->setMustChangeAtNextSignIn(DirectoryUser::TriState(mustChange));
    return true;
}

} // namespace

QByteArray DirectoryCacheFile::encode(const Snapshot &snapshot, const QByteArray &key)
{
    // A tenant has a few languages and 100,000 users: each language is written once, and read
    // back as one string every user of it shares.
    QStringList languages;
    QHash<QString, qint16> languageIndex;
    for (const DirectoryUser &user : snapshot.users) {
        const QString &language = user.preferredLanguage();
        if (!language.isEmpty() && !languageIndex.contains(language) && languages.size() < SHRT_MAX) {
            languageIndex.insert(language, qint16(languages.size()));
            languages.append(language);
        }
    }
    QByteArray plain;
    {
        QDataStream out(&plain, QIODevice::WriteOnly);
        out.setVersion(StreamVersion);
        out << snapshot.adminId << snapshot.savedAt.toMSecsSinceEpoch() << snapshot.deltaLink.toString()
            << languages << quint32(snapshot.users.size());
        for (const DirectoryUser &user : snapshot.users)
            writeUser(out, user, languageIndex);
    }
    const QByteArray sealed = SecretBox::seal(plain, key);
    if (sealed.isEmpty())
        return {};
    return Magic + sealed;
}

std::optional<DirectoryCacheFile::Snapshot> DirectoryCacheFile::decode(
    const QByteArray &file, const QByteArray &key, Problem *problem)
{
    *problem = Problem::None;
    if (!file.startsWith(Magic)) {
        *problem = Problem::NotOurs;
        return std::nullopt;
    }
    const std::optional<QByteArray> plain = SecretBox::open(QByteArrayView(file).sliced(Magic.size()), key);
    if (!plain) {
        *problem = Problem::NotDecryptable;
        return std::nullopt;
    }
    QDataStream in(*plain);
    in.setVersion(StreamVersion);
    Snapshot snapshot;
    qint64 savedAt = 0;
    QString deltaLink;
    QStringList languages;
    quint32 count = 0;
    in >> snapshot.adminId >> savedAt >> deltaLink >> languages >> count;
    // Every user takes at least a few bytes: a count beyond that is not ours to reserve for.
    if (in.status() != QDataStream::Ok || count > quint32(plain->size())) {
        *problem = Problem::Malformed;
        return std::nullopt;
    }
    snapshot.savedAt = QDateTime::fromMSecsSinceEpoch(savedAt, QTimeZone::utc());
    snapshot.deltaLink = QUrl(deltaLink);
    snapshot.users.reserve(count);
    for (quint32 i = 0; i < count; ++i) {
        DirectoryUser user;
        if (!readUser(in, languages, &user)) {
            *problem = Problem::Malformed;
            return std::nullopt;
        }
        snapshot.users.append(std::move(user));
    }
    if (!in.atEnd() || !snapshot.deltaLink.isValid()) {
        *problem = Problem::Malformed;
        return std::nullopt;
    }
    return snapshot;
}

QString DirectoryCacheFile::describe(Problem problem)
{
    switch (problem) {
    case Problem::None:
        return u"none"_s;
    case Problem::NotOurs:
        return u"not a saved user list of this version"_s;
    case Problem::NotDecryptable:
        return u"cannot be decrypted with the keychain's key (changed, or written with another key)"_s;
    case Problem::Malformed:
        return u"decrypted, but its content is malformed"_s;
    }
    return {};
}

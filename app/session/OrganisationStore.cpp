// SPDX-License-Identifier: MIT
#include "session/OrganisationStore.h"

#include <QCoreApplication>
#include <QSettings>
#include <QUuid>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

const auto organisationsGroup = u"organisations"_s;
const auto currentKey = u"organisations/current"_s;
const auto nameKey = u"name"_s;
const auto carriedOverKey = u"carriedOver"_s;
// Which account to restore on the next start: a user principal name, never a secret.
const auto lastAccountKey = u"session/lastAccount"_s;

/** What to call the organisation carried over: its tenant when named, else the account's domain. */
QString carriedOverName(const ConnectionSettings &connection, const QString &lastAccount)
{
    const QString tenant = connection.tenant.toLower();
    if (tenant != u"organizations"_s && tenant != u"common"_s && !tenant.isEmpty())
        return connection.tenant;
    const qsizetype at = lastAccount.indexOf(u'@');
    if (at > 0 && at + 1 < lastAccount.size())
        return lastAccount.mid(at + 1);
    return QCoreApplication::translate("OrganisationStore", "My organization");
}

} // namespace

OrganisationStore::OrganisationStore(QSettings *settings)
    : m_settings(settings)
{
    m_settings->beginGroup(organisationsGroup);
    const bool empty = m_settings->childGroups().isEmpty();
    m_settings->endGroup();
    if (empty)
        carryOverSingleOrganisation();
}

void OrganisationStore::carryOverSingleOrganisation()
{
    Organisation first;
    first.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    first.carriedOver = true;
    first.connection = ConnectionSettings::load(*m_settings);
    first.preferences = SignInPreferences::load(*m_settings);
    first.lastAccount = m_settings->value(lastAccountKey).toString();
    first.name = carriedOverName(first.connection, first.lastAccount);
    m_settings->setValue(groupOf(first.id) + u'/' + nameKey, first.name);
    m_settings->setValue(groupOf(first.id) + u'/' + carriedOverKey, true);
    update(first);
    m_settings->setValue(currentKey, first.id);
    // One place holds each value from now on: the old keys would only go stale.
    m_settings->remove(u"connection"_s);
    m_settings->remove(u"session"_s);
}

QString OrganisationStore::groupOf(const QString &id) const
{
    return organisationsGroup + u'/' + id;
}

Organisation OrganisationStore::read(const QString &id) const
{
    Organisation organisation;
    organisation.id = id;
    m_settings->beginGroup(groupOf(id));
    organisation.name = m_settings->value(nameKey).toString();
    organisation.carriedOver = m_settings->value(carriedOverKey, false).toBool();
    organisation.connection = ConnectionSettings::load(*m_settings);
    organisation.preferences = SignInPreferences::load(*m_settings);
    organisation.lastAccount = m_settings->value(lastAccountKey).toString();
    m_settings->endGroup();
    organisation.connection.keychainScope = organisation.carriedOver ? QString() : id;
    return organisation;
}

QList<Organisation> OrganisationStore::all() const
{
    m_settings->beginGroup(organisationsGroup);
    const QStringList ids = m_settings->childGroups();
    m_settings->endGroup();
    QList<Organisation> organisations;
    for (const QString &id : ids)
        organisations.append(read(id));
    std::sort(organisations.begin(), organisations.end(), [](const Organisation &a, const Organisation &b) {
        return QString::localeAwareCompare(a.name.toCaseFolded(), b.name.toCaseFolded()) < 0;
    });
    return organisations;
}

std::optional<Organisation> OrganisationStore::find(const QString &id) const
{
    if (id.isEmpty() || id.contains(u'/'))
        return std::nullopt;
    m_settings->beginGroup(organisationsGroup);
    const bool saved = m_settings->childGroups().contains(id);
    m_settings->endGroup();
    if (!saved)
        return std::nullopt;
    return read(id);
}

std::optional<Organisation> OrganisationStore::findByName(const QString &name) const
{
    for (const Organisation &organisation : all()) {
        if (organisation.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return organisation;
    }
    return std::nullopt;
}

Organisation OrganisationStore::current() const
{
    if (const auto saved = find(m_settings->value(currentKey).toString()))
        return *saved;
    // The current one was never recorded or is gone: the first by name stands in.
    return all().constFirst();
}

bool OrganisationStore::setCurrent(const QString &id)
{
    if (!find(id))
        return false;
    m_settings->setValue(currentKey, id);
    return true;
}

bool OrganisationStore::isNameFree(const QString &name, const QString &exceptId) const
{
    const auto holder = findByName(name);
    return !holder || holder->id == exceptId;
}

std::optional<Organisation> OrganisationStore::add(const QString &name, const ConnectionSettings &connection,
                                                   const SignInPreferences &preferences)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || !isNameFree(trimmed))
        return std::nullopt;
    Organisation added;
    added.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    added.name = trimmed;
    added.connection = connection;
    added.connection.keychainScope = added.id;
    added.preferences = preferences;
    m_settings->setValue(groupOf(added.id) + u'/' + nameKey, added.name);
    update(added);
    return added;
}

bool OrganisationStore::rename(const QString &id, const QString &name)
{
    const QString trimmed = name.trimmed();
    if (!find(id) || trimmed.isEmpty() || !isNameFree(trimmed, id))
        return false;
    m_settings->setValue(groupOf(id) + u'/' + nameKey, trimmed);
    return true;
}

void OrganisationStore::update(const Organisation &organisation)
{
    m_settings->beginGroup(groupOf(organisation.id));
    organisation.connection.save(*m_settings);
    organisation.preferences.save(*m_settings);
    if (organisation.lastAccount.isEmpty())
        m_settings->remove(lastAccountKey);
    else
        m_settings->setValue(lastAccountKey, organisation.lastAccount);
    m_settings->endGroup();
}

bool OrganisationStore::remove(const QString &id)
{
    if (!find(id) || current().id == id)
        return false;
    m_settings->remove(groupOf(id));
    return true;
}

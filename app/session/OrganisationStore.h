// SPDX-License-Identifier: MIT
#pragma once

#include "session/Organisation.h"

#include <QList>
#include <QString>

#include <optional>

class QSettings;

/**
 * The saved organisations in QSettings, one group each under "organisations/<id>", and which one
 * is current. The settings of a version with a single organisation (the top-level
 * "connection/…" keys and "session/lastAccount") become the first saved organisation the first
 * time the store opens them, so an upgrade keeps the connection and the silent sign-in. Names
 * are unique, ignoring case, because --profile picks an organisation by name.
 */
class OrganisationStore final
{
public:
    explicit OrganisationStore(QSettings *settings);

    /** Every saved organisation, by name. Never empty. */
    QList<Organisation> all() const;
    std::optional<Organisation> find(const QString &id) const;
    std::optional<Organisation> findByName(const QString &name) const;
    Organisation current() const;
    /** False when @p id is not saved. */
    bool setCurrent(const QString &id);

    /**
     * Saves a new organisation called @p name (trimmed); std::nullopt when the name is empty or
     * taken. It does not become current.
     */
    std::optional<Organisation> add(const QString &name, const ConnectionSettings &connection,
                                    const SignInPreferences &preferences);
    /** False when @p id is unknown or @p name empty or taken by another organisation. */
    bool rename(const QString &id, const QString &name);
    /** Writes @p organisation's connection, preferences and last account (it must be saved already). */
    void update(const Organisation &organisation);
    /** Forgets the organisation's settings; the current one cannot be removed (false). */
    bool remove(const QString &id);

    /** Whether @p name is free for an organisation other than @p exceptId. */
    bool isNameFree(const QString &name, const QString &exceptId = {}) const;

private:
    void carryOverSingleOrganisation();
    Organisation read(const QString &id) const;
    QString groupOf(const QString &id) const;

    QSettings *m_settings;
};

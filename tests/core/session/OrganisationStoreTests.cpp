// SPDX-License-Identifier: MIT
// Saved organisations in QSettings: the upgrade from one organisation, unique names, and keychain
// names that never collide.
#include "CatchQt.h"

#include "session/OrganisationStore.h"

#include <QSettings>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;

TEST_CASE("OrganisationStore: the settings of one organisation become the first saved one", "[core][session]")
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"resetdesk.ini"_s), QSettings::IniFormat);
    ConnectionSettings before;
    before.tenant = u"kvarnby.se"_s;
    before.clientId = u"5d1f0a3b-7c2e-4b9a-8f6d-3e4c5b6a7d8e"_s;
    before.save(settings);
    SignInPreferences{SignInMethod::DeviceCode, ConsentChoice::AllAtOnce}.save(settings);
    settings.setValue(u"session/lastAccount"_s, u"admin@kvarnby.se"_s);

    const OrganisationStore store(&settings);
    REQUIRE(store.all().size() == 1);
    const Organisation first = store.current();
    CHECK(first.carriedOver);
    CHECK(first.name == u"kvarnby.se"_s);
    CHECK(first.connection == before); // no keychain scope: the stored refresh token keeps its name
    CHECK(first.preferences.method == SignInMethod::DeviceCode);
    CHECK(first.preferences.consent == ConsentChoice::AllAtOnce);
    CHECK(first.lastAccount == u"admin@kvarnby.se"_s);
    CHECK(first.refreshTokenKey() == u"global/kvarnby.se/admin@kvarnby.se/refresh-token"_s);
    // One place holds each value now; opening the settings again carries nothing over twice.
    CHECK_FALSE(settings.contains(u"session/lastAccount"_s));
    CHECK_FALSE(settings.contains(u"connection/tenant"_s));
    CHECK(OrganisationStore(&settings).all().size() == 1);
    CHECK(OrganisationStore(&settings).current().id == first.id);
}

TEST_CASE("OrganisationStore: names are unique, the current one stays, and each has its own keychain name",
          "[core][session]")
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"resetdesk.ini"_s), QSettings::IniFormat);
    settings.setValue(u"session/lastAccount"_s, u"partner@it-partner.se"_s);
    OrganisationStore store(&settings);
    const Organisation first = store.current();
    CHECK(first.name == u"it-partner.se"_s);

    // Two customers reached the same way: tenant "organizations", the same partner account.
    const auto kvarnby = store.add(u" Kvarnby Bygg AB "_s, ConnectionSettings(), {});
    const auto ekdal = store.add(u"Ekdal Redovisning"_s, ConnectionSettings(), {});
    REQUIRE(kvarnby);
    REQUIRE(ekdal);
    CHECK(kvarnby->name == u"Kvarnby Bygg AB"_s);
    CHECK_FALSE(store.add(u"kvarnby bygg ab"_s, ConnectionSettings(), {}));
    CHECK_FALSE(store.add(u"  "_s, ConnectionSettings(), {}));
    const QString account = u"partner@it-partner.se"_s;
    const QSet<QString> keys{first.connection.refreshTokenKey(account), kvarnby->connection.refreshTokenKey(account),
                             ekdal->connection.refreshTokenKey(account)};
    CHECK(keys.size() == 3);

    CHECK_FALSE(store.rename(ekdal->id, u"KVARNBY BYGG AB"_s));
    CHECK(store.rename(ekdal->id, u"Ekdal & Söner"_s));
    CHECK(store.findByName(u"ekdal & söner"_s)->id == ekdal->id);

    REQUIRE(store.setCurrent(kvarnby->id));
    CHECK_FALSE(store.remove(kvarnby->id)); // never the one in use
    CHECK(store.remove(ekdal->id));
    CHECK_FALSE(store.find(ekdal->id));
    QStringList names;
    for (const Organisation &organisation : store.all())
        names.append(organisation.name);
    CHECK(names == QStringList{u"it-partner.se"_s, u"Kvarnby Bygg AB"_s});
}

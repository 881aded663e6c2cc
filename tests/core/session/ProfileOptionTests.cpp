// SPDX-License-Identifier: MIT
// --profile NAME: the command line picks a saved organisation by name.
#include "CatchQt.h"

#include "auth/AuthSession.h"
#include "auth/MemoryTokenStore.h"
#include "graph/GraphClient.h"
#include "session/ConsoleSession.h"
#include "session/OrganisationStore.h"
#include "session/ProfileOption.h"

#include <QCommandLineParser>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;

TEST_CASE("ProfileOption: --profile starts in the named organisation, an unknown name lists the saved ones",
          "[core][session]")
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"resetdesk.ini"_s), QSettings::IniFormat);
    MemoryTokenStore store;
    QNetworkAccessManager network;
    AuthSession auth(&store, &network);
    GraphClient graph(&network, &auth);
    ConsoleSession session(&auth, &graph, &settings);
    ConnectionSettings kvarnby;
    kvarnby.tenant = u"kvarnby.se"_s;
    REQUIRE(session.renameOrganisation(session.currentOrganisation().id, u"Ekdal Redovisning"_s));
    {
        OrganisationStore writer(&settings);
        REQUIRE(writer.add(u"Kvarnby Bygg AB"_s, kvarnby, {}));
    }

    const auto parse = [](const QStringList &arguments) {
        auto parser = std::make_unique<QCommandLineParser>();
        ProfileOption::addTo(*parser);
        REQUIRE(parser->parse(QStringList{u"resetdesk"_s} + arguments));
        return parser;
    };
    QString problem;
    CHECK(ProfileOption::apply(*parse({}), session, &problem));
    CHECK(session.currentOrganisation().name == u"Ekdal Redovisning"_s);

    CHECK(ProfileOption::apply(*parse({u"--profile"_s, u"kvarnby bygg ab"_s}), session, &problem));
    CHECK(session.currentOrganisation().name == u"Kvarnby Bygg AB"_s);
    CHECK(session.connection().tenant == u"kvarnby.se"_s);

    CHECK_FALSE(ProfileOption::apply(*parse({u"--profile"_s, u"Nordvik"_s}), session, &problem));
    CHECK(problem.contains(u"\"Nordvik\""_s));
    CHECK(problem.contains(u"\"Ekdal Redovisning\""_s));
    CHECK(problem.contains(u"\"Kvarnby Bygg AB\""_s));
    CHECK(session.currentOrganisation().name == u"Kvarnby Bygg AB"_s);
}

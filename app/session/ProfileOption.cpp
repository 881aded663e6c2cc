// SPDX-License-Identifier: MIT
#include "session/ProfileOption.h"

#include "session/ConsoleSession.h"
#include "session/OrganisationStore.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace {
const auto profileOption = u"profile"_s;
} // namespace

void ProfileOption::addTo(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(
        profileOption,
        QCoreApplication::translate("ProfileOption", "Start in the saved organization with this name."),
        QCoreApplication::translate("ProfileOption", "name")));
}

bool ProfileOption::apply(const QCommandLineParser &parser, ConsoleSession &session, QString *problem)
{
    if (!parser.isSet(profileOption))
        return true;
    const QString name = parser.value(profileOption);
    const OrganisationStore *organisations = session.organisations();
    if (!organisations) {
        *problem = QCoreApplication::translate("ProfileOption", "--profile cannot be used with --demo.");
        return false;
    }
    if (const auto chosen = organisations->findByName(name)) {
        session.switchOrganisation(chosen->id);
        return true;
    }
    QStringList names;
    for (const Organisation &organisation : organisations->all())
        names.append(u'"' + organisation.name + u'"');
    *problem = QCoreApplication::translate("ProfileOption",
                                           "No saved organization is called \"%1\". The saved organizations are: %2.")
                   .arg(name, QLocale().createSeparatedList(names));
    return false;
}

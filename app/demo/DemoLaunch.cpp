// SPDX-License-Identifier: MIT
#include "demo/DemoLaunch.h"

#include "auth/AuthSession.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace {

// Beyond this the generated organisation takes long to build and gains nothing as a demo.
constexpr int maximumUserCount = 200000;

const auto demoOption = u"demo"_s;
const auto usersOption = u"demo-users"_s;

} // namespace

DemoLaunch::DemoLaunch(QNetworkAccessManager *network, Clock *clock)
    : m_tenant(network, clock)
{
}

void DemoLaunch::addOptions(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(demoOption,
        QCoreApplication::translate("main", "Open the built-in demo organization instead of a real one.")));
    parser.addOption(QCommandLineOption(usersOption,
        QCoreApplication::translate("main", "Number of users in the demo organization (default %1).")
            .arg(DemoTenant::defaultUserCount),
        u"count"_s, QString::number(DemoTenant::defaultUserCount)));
}

bool DemoLaunch::isRequested(const QCommandLineParser &parser)
{
    return parser.isSet(demoOption);
}

bool DemoLaunch::start(const QCommandLineParser &parser, AuthSession &auth, QString *error)
{
    bool countOk = false;
    const int userCount = parser.value(usersOption).toInt(&countOk);
    if (!countOk || userCount < 1 || userCount > maximumUserCount) {
        *error = QCoreApplication::translate("main", "--demo-users needs a number from 1 to 200000.");
        return false;
    }
    QString startError;
    if (!m_tenant.start(userCount, &startError)) {
        *error = QCoreApplication::translate("main", "The demo organization could not start: %1").arg(startError);
        return false;
    }
    auth.setUrlOpener([this](const QUrl &url) { return m_tenant.openInBrowser(url); });
    return true;
}

// SPDX-License-Identifier: MIT
#include "common/AppInfo.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace AppInfo {

QString applicationId()
{
    return u"io.github.resetdesk.ResetDesk"_s;
}

QString applicationName()
{
    return u"ResetDesk"_s;
}

QString organizationName()
{
    return u"ResetDesk"_s;
}

QString version()
{
    return QStringLiteral(RESETDESK_VERSION);
}

void applyToApplication()
{
    QCoreApplication::setApplicationName(applicationName());
    QCoreApplication::setOrganizationName(organizationName());
    QCoreApplication::setOrganizationDomain(u"resetdesk.github.io"_s);
    QCoreApplication::setApplicationVersion(version());
}

} // namespace AppInfo

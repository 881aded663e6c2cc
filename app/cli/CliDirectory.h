// SPDX-License-Identifier: MIT
#pragma once

#include "cli/CliExit.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class CliSession;
class QObject;

/**
 * The session's user list as the commands read it: loaded whole by UserDirectory's loader, as
 * the Active users list loads it, and users found by what an admin types (an object id or a
 * user principal name in any case).
 */
class CliDirectory final
{
    Q_DECLARE_TR_FUNCTIONS(CliDirectory)
public:
    /** Loads every user; then @p loaded, or tells why not and @p failed gets the exit status. */
    static void load(CliSession *session, QObject *context, std::function<void()> loaded,
                     std::function<void(CliExit)> failed);
    /** The list's row of the user called @p name; -1 after telling that no user is called that. */
    static int find(CliSession *session, const QString &name);
};

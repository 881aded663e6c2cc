// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class ConsoleSession;
class QCommandLineParser;

/**
 * --profile NAME: start in the saved organisation called NAME (ignoring case), so a partner's
 * shortcut or script opens the right customer straight away.
 */
class ProfileOption final
{
public:
    static void addTo(QCommandLineParser &parser);
    /**
     * Makes the organisation @p parser names current in @p session (nothing when --profile is not
     * given). False with a translated @p problem naming the saved organisations when none is
     * called that.
     */
    static bool apply(const QCommandLineParser &parser, ConsoleSession &session, QString *problem);
};

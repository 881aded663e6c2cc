// SPDX-License-Identifier: MIT
#pragma once

#include "common/SecretString.h"

#include <QCoreApplication>
#include <QString>

class CliOutput;

/**
 * What resetdesk-cli reads from its standard input: an answer typed at a terminal, or a typed
 * password, which is never echoed and never accepted on the command line (other users of the
 * computer can read a process's arguments).
 */
class TerminalInput final
{
    Q_DECLARE_TR_FUNCTIONS(TerminalInput)
public:
    /**
     * Asks @p question on a terminal and whether the answer was yes (in English or the language
     * shown). Off a terminal nobody can answer: @p offTerminal is told and the answer is no.
     */
    static bool confirm(const CliOutput &output, const QString &question, const QString &offTerminal);
    /** One line from standard input without its line end; empty at the end of input. */
    static QString readLine();
    /**
     * A password from standard input: with echo turned off on a terminal, one line; from a pipe
     * or file, everything up to the first line end.
     */
    static SecretString readSecret();
    /** The first line of the file at @p path (a password kept in an owner-only file); false when unreadable. */
    static bool readSecretFile(const QString &path, SecretString *secret, QString *error);
};

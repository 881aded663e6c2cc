// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <cstdio>

/**
 * Where resetdesk-cli writes: results on standard output (what a script reads), everything said
 * to the person at the terminal (prompts, progress, errors) on standard error. UTF-8 both ways.
 */
class CliOutput final
{
public:
    explicit CliOutput(std::FILE *out = stdout, std::FILE *err = stderr);

    /** One line of results. */
    void result(const QString &line) const;
    /** Several lines of results, as they are. */
    void resultText(const QString &text) const;
    /** One line for the person at the terminal. */
    void tell(const QString &line) const;
    /** Rewrites the last line of standard error in place (progress on a terminal). */
    void status(const QString &line) const;
    /** Ends a status line so the next text starts on a line of its own. */
    void endStatus() const;

    bool errorIsTerminal() const;
    static bool inputIsTerminal();

private:
    static void write(std::FILE *stream, const QString &text);

    std::FILE *m_out;
    std::FILE *m_err;
    mutable bool m_statusShown = false;
};

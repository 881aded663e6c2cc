// SPDX-License-Identifier: MIT
#include "cli/CliOutput.h"

#include <unistd.h>

CliOutput::CliOutput(std::FILE *out, std::FILE *err)
    : m_out(out)
    , m_err(err)
{
}

void CliOutput::write(std::FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stream);
    std::fflush(stream);
}

void CliOutput::result(const QString &line) const
{
    write(m_out, line + u'\n');
}

void CliOutput::resultText(const QString &text) const
{
    write(m_out, text);
}

void CliOutput::tell(const QString &line) const
{
    endStatus();
    write(m_err, line + u'\n');
}

void CliOutput::status(const QString &line) const
{
    // Carriage return, the text, then "erase to the end of the line" for a shorter text.
    write(m_err, u'\r' + line + QStringLiteral("\x1b[K"));
    m_statusShown = true;
}

void CliOutput::endStatus() const
{
    if (!m_statusShown)
        return;
    m_statusShown = false;
    write(m_err, QStringLiteral("\n"));
}

bool CliOutput::errorIsTerminal() const
{
    return ::isatty(::fileno(m_err)) == 1;
}

bool CliOutput::inputIsTerminal()
{
    return ::isatty(STDIN_FILENO) == 1;
}

// SPDX-License-Identifier: MIT
#include "cli/TerminalInput.h"

#include "cli/CliOutput.h"

#include <QFile>

#include <string>

#include <termios.h>
#include <unistd.h>

namespace {

/** The bytes up to the first line end (LF or CRLF). */
QByteArray firstLine(const QByteArray &bytes)
{
    QByteArray line = bytes.left(bytes.indexOf('\n') < 0 ? bytes.size() : bytes.indexOf('\n'));
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

QByteArray readRawLine()
{
    std::string line;
    char c = 0;
    while (::read(STDIN_FILENO, &c, 1) == 1 && c != '\n')
        line.push_back(c);
    QByteArray bytes(line.data(), qsizetype(line.size()));
    // The std::string's buffer held the text too: overwrite it before it is freed.
    std::fill(line.begin(), line.end(), '\0');
    if (bytes.endsWith('\r'))
        bytes.chop(1);
    return bytes;
}

} // namespace

bool TerminalInput::confirm(const CliOutput &output, const QString &question, const QString &offTerminal)
{
    if (!CliOutput::inputIsTerminal()) {
        output.tell(offTerminal);
        return false;
    }
    output.tell(question);
    const QString answer = readLine().trimmed();
    //: The word the admin types to confirm a question that ends "Type yes to go on:"
    return answer.compare(QStringLiteral("yes"), Qt::CaseInsensitive) == 0
        || answer.compare(tr("yes"), Qt::CaseInsensitive) == 0;
}

QString TerminalInput::readLine()
{
    return QString::fromUtf8(readRawLine());
}

SecretString TerminalInput::readSecret()
{
    termios saved {};
    const bool terminal = ::isatty(STDIN_FILENO) == 1 && ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    QByteArray bytes = readRawLine();
    if (terminal) {
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        // The Enter key's line end was not echoed either.
        if (::write(STDERR_FILENO, "\n", 1) < 0) {
        }
    }
    SecretString secret(QString::fromUtf8(bytes));
    bytes.fill('\0');
    return secret;
}

bool TerminalInput::readSecretFile(const QString &path, SecretString *secret, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    QByteArray bytes = file.read(64 * 1024);
    QByteArray line = firstLine(bytes);
    *secret = SecretString(QString::fromUtf8(line));
    bytes.fill('\0');
    line.fill('\0');
    return true;
}

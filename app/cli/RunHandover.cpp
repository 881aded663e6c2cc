// SPDX-License-Identifier: MIT
#include "cli/RunHandover.h"

#include "bulk/BulkHandover.h"
#include "bulk/BulkResetRunner.h"
#include "bulk/BulkRun.h"
#include "cli/CliOutput.h"
#include "cli/CliSession.h"
#include "cli/CliTexts.h"
#include "delivery/HandoverItem.h"
#include "delivery/ResultExport.h"
#include "delivery/SlipDocument.h"
#include "directory/UserDirectory.h"
#include "directory/UserListModel.h"
#include "session/ConsoleSession.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace {

const auto resultsOption = u"results"_s;
const auto slipsOption = u"slips"_s;
const auto showPasswordsOption = u"show-passwords"_s;
const auto jsonOption = u"json"_s;
const auto emailOption = u"email"_s;

QString language()
{
    return QLocale().name().section(u'_', 0, 0);
}

QString fileWriteProblem(FileWriteError error, const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    return error == FileWriteError::CannotRestrictPermissions
        ? RunHandover::tr("Could not make %1 private, so nothing was written. Choose a folder on a local disk.")
              .arg(shown)
        : RunHandover::tr("Could not write %1. Choose a folder you can write to and try again.").arg(shown);
}

} // namespace

void RunHandover::addOptions(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(resultsOption,
        tr("Save the results with the temporary passwords as CSV; only you can open the file."), tr("file.csv")));
    parser.addOption(QCommandLineOption(slipsOption, tr("Save a password slip for each user as PDF."), tr("file.pdf")));
    parser.addOption(QCommandLineOption(showPasswordsOption,
        tr("Print the temporary passwords on standard output.")));
    parser.addOption(QCommandLineOption(emailOption,
        tr("Email the temporary passwords: each-user sends each user theirs at their other email addresses; "
           "addresses get one list of every user."),
        tr("each-user|addresses")));
    parser.addOption(QCommandLineOption(jsonOption,
        tr("Write one JSON object per line on standard output for each user and wait, then a summary.")));
}

bool RunHandover::read(const QCommandLineParser &parser, QString *problem)
{
    m_resultsPath = parser.value(resultsOption);
    m_slipsPath = parser.value(slipsOption);
    m_showPasswords = parser.isSet(showPasswordsOption);
    m_json = parser.isSet(jsonOption);
    m_emailTarget = parser.value(emailOption).trimmed();
    if (parser.isSet(emailOption) && m_emailTarget.isEmpty()) {
        *problem = tr("--email takes each-user or email addresses.");
        return false;
    }
    for (const QString &path : {m_resultsPath, m_slipsPath}) {
        if (!path.isEmpty() && QDir(path).exists()) {
            *problem = tr("%1 is a folder; give the name of a file to write.").arg(QDir::toNativeSeparators(path));
            return false;
        }
    }
    return true;
}

bool RunHandover::isRequested() const
{
    return !m_resultsPath.isEmpty() || !m_slipsPath.isEmpty() || m_showPasswords || !m_emailTarget.isEmpty();
}

bool RunHandover::wantsSlips(const QStringList &arguments)
{
    for (const QString &argument : arguments) {
        if (argument == u"--slips"_s || argument.startsWith(u"--slips="_s))
            return true;
    }
    return false;
}

QList<HandoverItem> RunHandover::items(BulkRun *run, CliSession *session)
{
    QList<HandoverItem> items = BulkHandover::items(run->runner()->results(), &CliTexts::resultReason);
    // From the list, when it was read: each user's language and addresses for slips and mail.
    BulkHandover::addDirectoryDetails(items, *session->console()->directory()->model());
    return items;
}

CliExit RunHandover::handOver(BulkRun *run, CliSession *session) const
{
    const QList<HandoverItem> all = items(run, session);
    bool ok = true;
    if (!m_resultsPath.isEmpty())
        ok = writeResults(run, all, session) && ok;
    if (!m_slipsPath.isEmpty())
        ok = writeSlips(run, all, session) && ok;
    if (m_showPasswords)
        showPasswords(run, all, session);
    return ok ? CliExit::Done : CliExit::SomeFailed;
}

bool RunHandover::writeResults(BulkRun *run, const QList<HandoverItem> &items, CliSession *session) const
{
    ResultExport::Options options;
    // A hand-over: the file must carry the passwords, since the journal goes once it is written.
    options.includePasswords = true;
    options.language = language();
    const FileWriteError error = ResultExport::write(m_resultsPath, items, options);
    if (error != FileWriteError::None) {
        session->output().tell(fileWriteProblem(error, m_resultsPath));
        return false;
    }
    run->recordHandover(HandoverLedger::Channel::Csv, BulkHandover::carriedIds(items));
    session->output().tell(tr("Saved the results with the temporary passwords to %1. Only you can open the file; "
                              "delete it once the passwords are handed over.")
                               .arg(QDir::toNativeSeparators(m_resultsPath)));
    return true;
}

bool RunHandover::writeSlips(BulkRun *run, const QList<HandoverItem> &items, CliSession *session) const
{
    ConsoleSession *console = session->console();
    SlipOptions options;
    options.organisation = console->currentOrganisation().name;
    options.issuingAdmin = console->admin().displayName;
    options.fallbackLanguage = language();
    const FileWriteError error = SlipDocument(items, options).writePdf(m_slipsPath);
    if (error != FileWriteError::None) {
        session->output().tell(fileWriteProblem(error, m_slipsPath));
        return false;
    }
    run->recordHandover(HandoverLedger::Channel::Slips, BulkHandover::carriedIds(items));
    session->output().tell(tr("Saved the password slips to %1. Only you can open the file.")
                               .arg(QDir::toNativeSeparators(m_slipsPath)));
    return true;
}

void RunHandover::showPasswords(BulkRun *run, const QList<HandoverItem> &items, CliSession *session) const
{
    for (const HandoverItem &item : items) {
        if (!item.carriesPassword())
            continue;
        const QString password = item.password.reveal();
        if (m_json) {
            const QJsonObject event {{u"event"_s, u"password"_s}, {u"id"_s, item.userId},
                                     {u"userPrincipalName"_s, item.userPrincipalName}, {u"password"_s, password},
                                     {u"confirmed"_s, item.outcome == HandoverItem::Outcome::Reset}};
            session->output().result(QString::fromUtf8(QJsonDocument(event).toJson(QJsonDocument::Compact)));
        } else if (item.outcome == HandoverItem::Outcome::Unconfirmed)
            //: %1 user name, %2 password; tab-separated for scripts
            session->output().result(tr("%1\t%2\tmay be set, not confirmed").arg(item.userPrincipalName, password));
        else
            session->output().result(item.userPrincipalName + u'\t' + password);
    }
    // The screen is no lasting hand-over: the journal stays until a file or mail carries them.
    run->recordHandover(HandoverLedger::Channel::Shown, BulkHandover::carriedIds(items));
}

void RunHandover::tellPending(BulkRun *run, CliSession *session)
{
    const int pending = int(run->handover()->pending().size());
    if (pending == 0)
        return;
    session->output().tell(
        tr("The temporary passwords of %n user(s) are kept in the encrypted journal of run %1 until they are handed "
           "over. Hand them over with: resetdesk-cli handover %1 --results FILE.csv (or --slips FILE.pdf)",
           nullptr, pending)
            .arg(run->runId()));
}

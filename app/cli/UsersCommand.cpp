// SPDX-License-Identifier: MIT
#include "cli/UsersCommand.h"

#include "cli/CliDirectory.h"
#include "cli/CliOutput.h"
#include "cli/CliSession.h"
#include "cli/UserListFormat.h"
#include "directory/UserDirectory.h"
#include "directory/UserFilterProxyModel.h"
#include "directory/UserListModel.h"
#include "session/ConsoleSession.h"

#include <QCommandLineParser>

#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace {

const auto searchOption = u"search"_s;
const auto filterOption = u"filter"_s;
const auto formatOption = u"format"_s;
const auto mustChangeFilter = u"must-change"_s;

/** The list's quick filters by their command-line names; must-change is the CLI's own. */
const QList<std::pair<QString, UserFilterProxyModel::QuickFilter>> &quickFilters()
{
    using Filter = UserFilterProxyModel::QuickFilter;
    static const QList<std::pair<QString, Filter>> filters {
        {u"licensed"_s, Filter::Licensed},
        {u"blocked"_s, Filter::SignInBlocked},
        {u"guests"_s, Filter::Guests},
        {u"synced"_s, Filter::Synced},
        {u"admins"_s, Filter::Admins},
        {u"never-expires"_s, Filter::PasswordNeverExpires},
        {u"not-registered"_s, Filter::NotRegisteredForSelfServiceReset},
    };
    return filters;
}

std::optional<UserFilterProxyModel::QuickFilter> quickFilter(const QString &name)
{
    for (const auto &[filterName, filter] : quickFilters()) {
        if (filterName == name)
            return filter;
    }
    return std::nullopt;
}

QStringList filterNames()
{
    QStringList names;
    for (const auto &entry : quickFilters())
        names.append(entry.first);
    names.append(mustChangeFilter);
    return names;
}

} // namespace

QString UsersCommand::name() const
{
    return u"users"_s;
}

QString UsersCommand::summary() const
{
    return tr("List the organization's users, searched and filtered as in the Active users list.");
}

void UsersCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(QCommandLineOption(searchOption,
        tr("Only users whose name or addresses contain every word of the text."), tr("text")));
    parser.addOption(QCommandLineOption(filterOption,
        tr("Only users of one kind: %1.").arg(filterNames().join(u", "_s)), tr("kind")));
    parser.addOption(QCommandLineOption(formatOption,
        tr("How to print them: %1 (default table).").arg(UserListFormat::formats().join(u", "_s)), tr("format"),
        u"table"_s));
}

void UsersCommand::start(const QCommandLineParser &parser, const QStringList &arguments)
{
    if (!arguments.isEmpty())
        return usageError(tr("users takes no arguments; use --search to find users."));
    m_search = parser.value(searchOption);
    m_filter = parser.value(filterOption);
    m_format = parser.value(formatOption);
    if (!m_filter.isEmpty() && !filterNames().contains(m_filter))
        return usageError(tr("--filter takes one of: %1.").arg(filterNames().join(u", "_s)));
    if (!UserListFormat::formats().contains(m_format))
        return usageError(tr("--format takes one of: %1.").arg(UserListFormat::formats().join(u", "_s)));
    session()->restore([this] { load(); }, [this](CliExit exit) { finish(exit); });
}

void UsersCommand::load()
{
    CliDirectory::load(session(), this, [this] { list(); }, [this](CliExit exit) { finish(exit); });
}

void UsersCommand::list()
{
    UserListModel *model = session()->console()->directory()->model();
    UserFilterProxyModel proxy;
    proxy.setSourceModel(model);
    proxy.setSearchText(m_search);
    if (const auto filter = quickFilter(m_filter))
        proxy.setQuickFilter(*filter);
    proxy.sort(UserListModel::DisplayName);
    QList<DirectoryUser> users;
    for (const QString &id : proxy.visibleIds()) {
        const DirectoryUser &user = model->userAt(model->rowOf(id));
        if (m_filter != mustChangeFilter || user.mustChangeAtNextSignIn() == DirectoryUser::TriState::Yes)
            users.append(user);
    }
    const CliOutput &output = session()->output();
    if (m_format == u"csv"_s)
        output.resultText(UserListFormat::csv(users));
    else if (m_format == u"json"_s)
        output.resultText(UserListFormat::json(users));
    else
        output.resultText(UserListFormat::table(users));
    finish(CliExit::Done);
}

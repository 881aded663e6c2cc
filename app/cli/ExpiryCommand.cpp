// SPDX-License-Identifier: MIT
#include "cli/ExpiryCommand.h"

#include "cli/CliOutput.h"
#include "cli/CliSession.h"
#include "cli/CliTexts.h"
#include "policy/DomainExpiryChange.h"
#include "session/ConsoleSession.h"

#include <QCommandLineParser>

using namespace Qt::Literals::StringLiterals;

namespace {
const auto daysOption = u"days"_s;
const auto neverOption = u"never"_s;
} // namespace

QString ExpiryCommand::name() const
{
    return u"expiry"_s;
}

QString ExpiryCommand::summary() const
{
    return tr("Show or set after how many days passwords expire, domain by domain.");
}

void ExpiryCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(u"domain"_s, tr("The domain to change; without one, every domain is shown."),
                                 tr("[domain]"));
    parser.addOption(QCommandLineOption(daysOption,
        tr("Passwords expire after this many days (%1 to %2).")
            .arg(DomainExpiry::minimumValidityDays)
            .arg(DomainExpiry::maximumValidityDays),
        tr("days")));
    parser.addOption(QCommandLineOption(neverOption, tr("Passwords never expire.")));
}

void ExpiryCommand::start(const QCommandLineParser &parser, const QStringList &arguments)
{
    if (arguments.size() > 1)
        return usageError(tr("Name one domain."));
    m_domain = arguments.value(0);
    m_never = parser.isSet(neverOption);
    const bool change = m_never || parser.isSet(daysOption);
    if (parser.isSet(neverOption) && parser.isSet(daysOption))
        return usageError(tr("Choose either --days or --never, not both."));
    if (change && m_domain.isEmpty())
        return usageError(tr("Name the domain whose expiry to change."));
    if (parser.isSet(daysOption)) {
        bool ok = false;
        m_days = parser.value(daysOption).toInt(&ok);
        if (!ok || m_days < DomainExpiry::minimumValidityDays || m_days > DomainExpiry::maximumValidityDays)
            return usageError(tr("--days takes a number from %1 to %2.")
                                  .arg(DomainExpiry::minimumValidityDays)
                                  .arg(DomainExpiry::maximumValidityDays));
    }
    session()->restore(
        [this] {
            m_operation = new DomainExpiryChange(session()->console(), this);
            const CliOutput &output = session()->output();
            connect(m_operation, &DomainExpiryChange::consentFailed, this, [this, &output](const AuthError &error) {
                output.tell(CliTexts::forAuthError(error));
                finish(CliExit::NotSignedIn);
            });
            connect(m_operation, &DomainExpiryChange::loadFailed, this, [this, &output](const GraphError &error) {
                output.tell(CliTexts::forGraphError(error));
                finish(CliTexts::exitFor(error));
            });
            connect(m_operation, &DomainExpiryChange::loaded, this, &ExpiryCommand::onLoaded);
            m_operation->load();
        },
        [this](CliExit exit) { finish(exit); });
}

void ExpiryCommand::onLoaded()
{
    const CliOutput &output = session()->output();
    if (!m_never && m_days == 0) {
        show();
        return finish(CliExit::Done);
    }
    const QList<DomainExpiry> &domains = m_operation->domains();
    const auto domain = std::find_if(domains.cbegin(), domains.cend(), [this](const DomainExpiry &candidate) {
        return candidate.domain.compare(m_domain, Qt::CaseInsensitive) == 0;
    });
    if (domain == domains.cend() || !domain->isEditable()) {
        output.tell(domain == domains.cend()
                        ? tr("The organization has no domain called %1.").arg(m_domain)
                        : tr("The password expiry of %1 cannot be set here: it is not a verified, cloud-managed "
                             "root domain.")
                              .arg(m_domain));
        return finish(CliExit::Usage);
    }
    DomainExpiryRequest request;
    request.domain = domain->domain;
    request.neverExpires = m_never;
    request.validityDays = m_never ? domain->effectiveValidityDays() : m_days;
    // Reminders must come before the expiry; keep the domain's own unless they no longer can.
    request.notificationDays = qMin(domain->effectiveNotificationDays(), qMax(1, request.validityDays - 1));
    connect(m_operation, &DomainExpiryChange::saved, this,
            [this, &output](const DomainExpiryRequest &saved, const GraphError &error) {
                if (error.isError()) {
                    output.tell(CliTexts::forGraphError(error));
                    return finish(CliTexts::exitFor(error));
                }
                output.result(saved.neverExpires ? tr("%1: passwords never expire").arg(saved.domain)
                                                 : tr("%1: passwords expire after %2 days")
                                                       .arg(saved.domain)
                                                       .arg(saved.validityDays));
                finish(CliExit::Done);
            });
    if (!m_operation->save(request)) {
        output.tell(tr("These values cannot be used for %1.").arg(request.domain));
        finish(CliExit::Usage);
    }
}

void ExpiryCommand::show() const
{
    const CliOutput &output = session()->output();
    for (const DomainExpiry &domain : m_operation->domains()) {
        if (!m_domain.isEmpty() && domain.domain.compare(m_domain, Qt::CaseInsensitive) != 0)
            continue;
        if (!domain.isEditable())
            continue;
        output.result(domain.neverExpires() ? tr("%1: passwords never expire").arg(domain.domain)
                                            : tr("%1: passwords expire after %2 days")
                                                  .arg(domain.domain)
                                                  .arg(domain.effectiveValidityDays()));
    }
}

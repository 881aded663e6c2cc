// SPDX-License-Identifier: MIT
#pragma once

#include "cli/CliCommand.h"

#include <QPointer>

class DomainExpiryChange;

/**
 * `resetdesk-cli expiry [DOMAIN] [--days N | --never]`: the organisation's password expiry,
 * domain by domain, through the core's DomainExpiryChange (consent, validation, the write and its
 * audit line). Without --days or --never it shows the domains' expiry.
 */
class ExpiryCommand final : public CliCommand
{
    Q_OBJECT
public:
    using CliCommand::CliCommand;

    QString name() const override;
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) const override;
    void start(const QCommandLineParser &parser, const QStringList &arguments) override;

private:
    void onLoaded();
    void show() const;

    QString m_domain;
    bool m_never = false;
    int m_days = 0;
    QPointer<DomainExpiryChange> m_operation;
};

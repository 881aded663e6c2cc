// SPDX-License-Identifier: MIT
#include "ui/policies/DomainExpiryDialog.h"
#include "ui_DomainExpiryDialog.h"
#include "ui/widgets/GrowToContents.h"

#include "ui/texts/ErrorMessages.h"

#include <QDir>
#include <QEvent>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

DomainExpiryDialog::DomainExpiryDialog(DomainExpiryChange *operation, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::DomainExpiryDialog>())
    , m_operation(operation)
{
    m_operation->setParent(this);
    m_ui->setupUi(this);
    GrowToContents::install(this);
    m_ui->labelProblem->setStyleSheet(u"color: #a4262c;"_s);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(saveButton(), &QPushButton::clicked, this, &DomainExpiryDialog::save);
    connect(m_ui->comboDomain, &QComboBox::currentIndexChanged, this, [this] {
        m_saveError = {};
        showSelectedDomain();
    });
    connect(m_ui->radioNever, &QRadioButton::toggled, this, &DomainExpiryDialog::onEdited);
    connect(m_ui->spinValidity, &QSpinBox::valueChanged, this, &DomainExpiryDialog::onEdited);
    connect(m_ui->spinNotification, &QSpinBox::valueChanged, this, &DomainExpiryDialog::onEdited);
    connect(m_operation, &DomainExpiryChange::stateChanged, this, [this](DomainExpiryChange::State state) {
        if (state == DomainExpiryChange::State::Loading) {
            m_status = Status::Loading;
            updateControls();
        }
    });
    connect(m_operation, &DomainExpiryChange::loaded, this, &DomainExpiryDialog::showDomains);
    connect(m_operation, &DomainExpiryChange::loadFailed, this, [this](const GraphError &error) {
        m_graphError = error;
        m_status = Status::Failed;
        updateControls();
    });
    connect(m_operation, &DomainExpiryChange::consentFailed, this, [this](const AuthError &error) {
        m_authError = error;
        m_status = Status::Failed;
        updateControls();
    });
    connect(m_operation, &DomainExpiryChange::auditFailed, this, [this](const QString &path, const QString &error) {
        //: %1 is the audit log file, %2 the system's reason
        m_auditProblem = tr("The change was made, but it could not be written to the audit log %1 (%2).")
                             .arg(QDir::toNativeSeparators(path), error);
    });
    connect(m_operation, &DomainExpiryChange::saved, this, &DomainExpiryDialog::onSaved);
    load();
}

DomainExpiryDialog::~DomainExpiryDialog() = default;

QPushButton *DomainExpiryDialog::saveButton() const
{
    return m_ui->buttonBox->button(QDialogButtonBox::Save);
}

void DomainExpiryDialog::load()
{
    m_status = Status::WaitingForConsent;
    updateControls();
    m_operation->load();
}

void DomainExpiryDialog::showDomains(const QList<DomainExpiry> &domains)
{
    m_domains.clear();
    // Unverified names cannot carry a policy; listing them would only invite a refused save.
    for (const DomainExpiry &domain : domains) {
        if (domain.isVerified)
            m_domains.append(domain);
    }
    const QSignalBlocker blocker(m_ui->comboDomain);
    m_ui->comboDomain->clear();
    for (const DomainExpiry &domain : std::as_const(m_domains))
        m_ui->comboDomain->addItem(domain.domain);
    m_status = Status::Ready;
    m_ui->comboDomain->setCurrentIndex(m_domains.isEmpty() ? -1 : 0);
    showSelectedDomain();
}

const DomainExpiry *DomainExpiryDialog::selected() const
{
    const int index = m_ui->comboDomain->currentIndex();
    return index >= 0 && index < m_domains.size() ? &m_domains.at(index) : nullptr;
}

void DomainExpiryDialog::showSelectedDomain()
{
    if (const DomainExpiry *domain = selected()) {
        // Show the domain's own values, so Save sends only what the admin changed.
        const QSignalBlocker never(m_ui->radioNever);
        const QSignalBlocker validity(m_ui->spinValidity);
        const QSignalBlocker notification(m_ui->spinNotification);
        m_ui->radioNever->setChecked(domain->neverExpires());
        m_ui->radioExpire->setChecked(!domain->neverExpires());
        m_ui->spinValidity->setValue(domain->neverExpires() ? DomainExpiry::defaultValidityDays
                                                            : domain->effectiveValidityDays());
        m_ui->spinNotification->setValue(domain->effectiveNotificationDays());
    }
    if (m_status == Status::Saved)
        m_status = Status::Ready;
    updateControls();
}

void DomainExpiryDialog::onEdited()
{
    m_saveError = {};
    if (m_status == Status::Saved)
        m_status = Status::Ready;
    updateControls();
}

void DomainExpiryDialog::updateControls()
{
    const DomainExpiry *domain = selected();
    const bool idle = m_status == Status::Ready || m_status == Status::Saved;
    const bool editable = idle && domain && domain->isEditable();
    m_ui->comboDomain->setEnabled(idle && !m_domains.isEmpty());
    m_ui->groupPolicy->setEnabled(editable);
    const bool days = m_ui->radioExpire->isChecked();
    m_ui->spinValidity->setEnabled(days);
    m_ui->spinNotification->setEnabled(days);
    const auto problem = DomainExpirySettings::validate(!days, m_ui->spinValidity->value(),
                                                        m_ui->spinNotification->value());
    saveButton()->setEnabled(editable && problem == DomainExpirySettings::Problem::None);
    retranslate();
}

QString DomainExpiryDialog::problemText() const
{
    if (m_status == Status::Failed) {
        if (m_authError.kind != AuthError::Kind::None)
            return tr("ResetDesk needs your permission to read and change domain settings "
                      "(Domain.ReadWrite.All). %1")
                .arg(ErrorMessages::forAuthError(m_authError).text);
        return ErrorMessages::forGraphError(m_graphError).text;
    }
    const DomainExpiry *domain = selected();
    if (!domain || !(m_status == Status::Ready || m_status == Status::Saved))
        return {};
    if (m_saveError.isError())
        return ErrorMessages::forGraphError(m_saveError).text;
    if (domain->federated)
        return tr("%1 is a federated domain: its users sign in through your own identity system, so set password "
                  "expiry there.")
            .arg(domain->domain);
    if (!domain->isRoot)
        return tr("%1 is a subdomain: it follows the setting of its parent domain. Choose the parent domain to "
                  "change it.")
            .arg(domain->domain);
    using Problem = DomainExpirySettings::Problem;
    switch (DomainExpirySettings::validate(m_ui->radioNever->isChecked(), m_ui->spinValidity->value(),
                                           m_ui->spinNotification->value())) {
    case Problem::None:
        return {};
    case Problem::ValidityOutOfRange:
        return tr("Enter between %1 and %2 days before passwords expire; Microsoft 365 accepts no other number. "
                  "To stop passwords from expiring, choose “Passwords never expire”.")
            .arg(DomainExpiry::minimumValidityDays)
            .arg(DomainExpiry::maximumValidityDays);
    case Problem::NotificationOutOfRange:
        return tr("Enter between %1 and %2 days for the notification before a password expires.")
            .arg(DomainExpiry::minimumNotificationDays)
            .arg(DomainExpiry::maximumNotificationDays);
    case Problem::NotificationTooLong:
        return tr("Notify users fewer days before expiry than the number of days a password lasts, or users are "
                  "reminded from the day they set it.");
    }
    return {};
}

QString DomainExpiryDialog::describe(const DomainExpiry &domain) const
{
    if (domain.neverExpires())
        return tr("Passwords never expire.");
    const QString expiry = tr("Passwords expire after %n day(s).", "", domain.effectiveValidityDays());
    const QString notice = tr("Users are notified %n day(s) before.", "", domain.effectiveNotificationDays());
    if (!domain.validityDays)
        return tr("Not set, so Microsoft 365 uses its default: %1 %2").arg(expiry, notice);
    return expiry + u' ' + notice;
}

void DomainExpiryDialog::retranslate()
{
    const DomainExpiry *domain = selected();
    m_ui->labelCurrent->setText(domain ? describe(*domain) : QString());
    m_ui->labelAppliesTo->setText(
        domain ? tr("Everyone whose user name ends in @%1, and users of its subdomains.").arg(domain->domain)
               : QString());
    const QString problem = problemText();
    m_ui->labelProblem->setText(problem);
    m_ui->labelProblem->setVisible(!problem.isEmpty());
    QString status;
    switch (m_status) {
    case Status::WaitingForConsent:
        status = tr("ResetDesk needs permission to read and change domain settings. Approve it in the browser "
                    "window that opened.");
        break;
    case Status::Loading:
        status = tr("Reading your domains…");
        break;
    case Status::Ready:
        if (m_domains.isEmpty())
            status = tr("Your organization has no verified domains.");
        break;
    case Status::Saving:
        status = tr("Saving…");
        break;
    case Status::Saved:
        status = tr("Saved. The new setting applies to %1.").arg(m_savedDomain);
        if (!m_auditProblem.isEmpty())
            status += u'\n' + m_auditProblem;
        break;
    case Status::Failed:
        break;
    }
    m_ui->labelStatus->setText(status);
    m_ui->labelStatus->setVisible(!status.isEmpty());
}

void DomainExpiryDialog::save()
{
    const DomainExpiry *domain = selected();
    const bool never = m_ui->radioNever->isChecked();
    if (!domain
        || DomainExpirySettings::validate(never, m_ui->spinValidity->value(), m_ui->spinNotification->value())
               != DomainExpirySettings::Problem::None)
        return;
    m_status = Status::Saving;
    m_saveError = {};
    m_auditProblem.clear();
    updateControls();
    m_operation->save({domain->domain, never, m_ui->spinValidity->value(), m_ui->spinNotification->value()});
}

void DomainExpiryDialog::onSaved(const DomainExpiryRequest &request, const GraphError &error)
{
    const QString &domainName = request.domain;
    if (error.isError()) {
        // The form stays as typed, so the admin can correct it and try again.
        m_saveError = error;
        m_status = Status::Ready;
        updateControls();
        return;
    }
    for (DomainExpiry &domain : m_domains) {
        if (domain.domain != domainName)
            continue;
        domain.validityDays = request.neverExpires ? DomainExpiry::neverExpiresValue : request.validityDays;
        domain.notificationDays = request.notificationDays;
    }
    m_savedDomain = domainName;
    m_status = Status::Saved;
    updateControls();
}

void DomainExpiryDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

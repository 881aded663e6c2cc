// SPDX-License-Identifier: MIT
#include "ui/policies/SelfServiceResetDialog.h"
#include "ui_SelfServiceResetDialog.h"
#include "ui/widgets/GrowToContents.h"

#include "auth/AuthScopes.h"
#include "auth/AuthSession.h"
#include "auth/ScopeConsent.h"
#include "session/ConsoleSession.h"
#include "ui/texts/ErrorMessages.h"

#include <QEvent>
#include <QHeaderView>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

QUrl SelfServiceResetDialog::setupGuideUrl()
{
    return QUrl(u"https://learn.microsoft.com/entra/identity/authentication/tutorial-enable-sspr"_s);
}

QUrl SelfServiceResetDialog::registrationUrl()
{
    return QUrl(u"https://aka.ms/ssprsetup"_s);
}

SelfServiceResetDialog::SelfServiceResetDialog(
    ConsoleSession *session, SelfServiceRegistrationReport *report, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SelfServiceResetDialog>())
    , m_session(session)
    , m_report(report)
    , m_refreshButton(nullptr)
{
    m_report->setParent(this);
    m_ui->setupUi(this);
    GrowToContents::install(this);
    m_refreshButton = m_ui->buttonBox->addButton(QString(), QDialogButtonBox::ActionRole);
    m_refreshButton->setObjectName(u"buttonRefresh"_s);
    m_ui->labelLicence->setStyleSheet(u"background: #fff4ce; color: #3b2f00;"_s);
    m_ui->labelSummary->setStyleSheet(u"font-size: 12pt; font-weight: 600;"_s);
    m_ui->treeUsers->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->treeUsers->sortByColumn(0, Qt::AscendingOrder);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_refreshButton, &QPushButton::clicked, this, &SelfServiceResetDialog::refresh);
    connect(m_report, &SelfServiceRegistrationReport::progress, this, [this](int rows) {
        m_rowsRead = rows;
        retranslate();
    });
    connect(m_report, &SelfServiceRegistrationReport::loaded, this, &SelfServiceResetDialog::showSummary);
    connect(m_report, &SelfServiceRegistrationReport::failed, this, [this](const GraphError &error) {
        m_error = error;
        m_status = error.kind == GraphError::Kind::LicenseRequired ? Status::NotLicensed : Status::Failed;
        retranslate();
    });
    refresh();
}

SelfServiceResetDialog::~SelfServiceResetDialog() = default;

bool SelfServiceResetDialog::isLoading() const
{
    return m_status == Status::WaitingForConsent || m_status == Status::Loading;
}

void SelfServiceResetDialog::refresh()
{
    if (isLoading() && m_report->isLoading())
        return;
    m_status = Status::WaitingForConsent;
    m_error = {};
    m_authError = {};
    m_rowsRead = 0;
    retranslate();
    ScopeConsent::ensure(
        m_session->auth(), AuthScopes::reports(), this,
        [this] {
            m_status = Status::Loading;
            retranslate();
            m_report->load();
        },
        [this](const AuthError &error) {
            m_authError = error;
            m_status = Status::Failed;
            retranslate();
        });
}

void SelfServiceResetDialog::showSummary(const SelfServiceRegistrationSummary &summary)
{
    m_summary = summary;
    m_status = Status::Loaded;
    m_ui->treeUsers->setSortingEnabled(false);
    m_ui->treeUsers->clear();
    QList<QTreeWidgetItem *> items;
    items.reserve(summary.unregistered.size());
    for (const UnregisteredUser &user : summary.unregistered) {
        auto *item = new QTreeWidgetItem({user.displayName, user.userPrincipalName});
        item->setData(0, Qt::UserRole, user.id);
        items.append(item);
    }
    m_ui->treeUsers->addTopLevelItems(items);
    m_ui->treeUsers->setSortingEnabled(true);
    retranslate();
}

void SelfServiceResetDialog::retranslate()
{
    m_refreshButton->setText(tr("&Refresh"));
    m_refreshButton->setEnabled(!isLoading());
    m_ui->labelLinks->setText(
        tr("<a href=\"%1\">How to set up self-service password reset</a> (Microsoft Learn). Users register their "
           "contact methods at <a href=\"%2\">%2</a>.")
            .arg(setupGuideUrl().toString(), registrationUrl().toString()));

    const bool loaded = m_status == Status::Loaded;
    QString summary;
    if (loaded && m_summary.userCount > 0) {
        //: %1 is the number registered, %n the number of users the report covers
        summary = tr("%1 of %n user(s) are registered for self-service password reset.", "", m_summary.userCount)
                      .arg(m_summary.registeredCount);
    } else if (loaded) {
        summary = tr("The registration report lists no users yet.");
    }
    m_ui->labelSummary->setText(summary);
    m_ui->labelSummary->setVisible(!summary.isEmpty());
    const bool showList = loaded && !m_summary.unregistered.isEmpty();
    m_ui->labelUsers->setVisible(showList);
    m_ui->treeUsers->setVisible(showList);

    m_ui->labelLicence->setVisible(m_status == Status::NotLicensed);
    m_ui->labelLicence->setText(
        tr("Your organization's licence does not include the registration report, so ResetDesk cannot show who has "
           "registered. The report needs Microsoft Entra ID P1 or P2 (included in Microsoft 365 Business Premium, "
           "E3 and E5). Self-service password reset itself can still be set up."));

    QString status;
    switch (m_status) {
    case Status::WaitingForConsent:
        status = tr("ResetDesk needs permission to read the registration report. Approve it in the browser window "
                    "that opened.");
        break;
    case Status::Loading:
        status = m_rowsRead > 0 ? tr("Reading the registration report… %n user(s) so far.", "", m_rowsRead)
                                : tr("Reading the registration report…");
        break;
    case Status::Loaded:
        if (m_summary.userCount > 0 && m_summary.unregistered.isEmpty())
            status = tr("Everyone is registered.");
        else if (m_summary.userCount > 0)
            status = tr("Remind these users to register, for example by sending them the registration address "
                        "below. The report can lag a few hours behind.");
        break;
    case Status::NotLicensed:
        break;
    case Status::Failed:
        status = ErrorMessages::forFailure(m_authError, m_error).text;
        break;
    }
    m_ui->labelStatus->setText(status);
    m_ui->labelStatus->setVisible(!status.isEmpty());
}

void SelfServiceResetDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

// SPDX-License-Identifier: MIT
#include "ui/tap/IssueTapDialog.h"

#include "bulk/BulkRunStore.h"
#include "bulk/ResetJournal.h"
#include "directory/UserDirectory.h"
#include "directory/UserListModel.h"
#include "auth/AuthScopes.h"
#include "auth/AuthSession.h"
#include "auth/ScopeConsent.h"
#include "session/ConsoleSession.h"
#include "tap/TapExistingPasses.h"
#include "tap/TapIssueRunner.h"
#include "tap/TapPolicyReader.h"
#include "tap/TapRun.h"
#include "ui/handover/EmailPasswordsDialog.h"
#include "ui/handover/HandoverDialogs.h"
#include "ui/handover/PrintSlipsDialog.h"
#include "ui/tap/TapTargetPicker.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

IssueTapDialog::IssueTapDialog(ConsoleSession *session, const TapListedUsers &users, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_picker(new TapTargetPicker(session, users, this))
    , m_journalDirectory(defaultJournalDirectory(session))
    , m_policyReader(new TapPolicyReader(session->graph(), this))
    , m_existing(new TapExistingPasses(session->graph(), this))
    , m_handoverDialogs(new HandoverDialogs(session, this, this))
{
    setObjectName(u"IssueTapDialog"_s);
    m_users = m_picker->users();
    connect(m_picker, &TapTargetPicker::usersChanged, this, &IssueTapDialog::onTargetsChanged);
    buildControls();
    retranslate();
    connect(m_policyReader, &TapPolicyReader::loaded, this, &IssueTapDialog::onPolicy);
    connect(m_policyReader, &TapPolicyReader::failed, this, [this] { onPolicy(TapPolicy::unknown()); });
    connect(m_existing, &TapExistingPasses::finished, this,
            [this](const QSet<QString> &withPass, const QStringList &) { onExistingPasses(withPass); });
    // The policy needs its own read permission; without it the documented bounds apply.
    ScopeConsent::ensure(
        session->auth(), AuthScopes::temporaryAccessPass(), this, [this] { m_policyReader->read(); },
        [this](const AuthError &) { onPolicy(TapPolicy::unknown()); });
}

IssueTapDialog::~IssueTapDialog() = default;

QString IssueTapDialog::defaultJournalDirectory(ConsoleSession *session)
{
    return QDir(session->runStore()->directory()).filePath(u"tap"_s);
}

TapRun *IssueTapDialog::run() const
{
    return m_run;
}

PrintSlipsDialog *IssueTapDialog::slipDialog() const
{
    return m_slips;
}

void IssueTapDialog::setJournalDirectory(const QString &directory)
{
    if (!m_store)
        m_journalDirectory = directory;
}

void IssueTapDialog::buildControls()
{
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    m_summary->setFocusPolicy(Qt::StrongFocus);
    m_skipped = new QPlainTextEdit(this);
    m_skipped->setReadOnly(true);
    m_skipped->setVisible(false);
    m_skipped->setMaximumHeight(120);

    m_startNow = new QRadioButton(this);
    m_startNow->setChecked(true);
    m_startAt = new QRadioButton(this);
    m_startTime = new QDateTimeEdit(QDateTime::currentDateTime().addDays(1), this);
    m_startTime->setCalendarPopup(true);
    m_startTime->setMinimumDateTime(QDateTime::currentDateTime());
    m_startTime->setEnabled(false);
    connect(m_startAt, &QRadioButton::toggled, m_startTime, &QWidget::setEnabled);
    m_lifetime = new QSpinBox(this);
    m_lifetimeLabel = new QLabel(this);
    m_lifetimeLabel->setBuddy(m_lifetime);
    m_usableOnce = new QCheckBox(this);
    m_confirmReplace = new QCheckBox(this);
    m_confirmReplace->setVisible(false);
    connect(m_confirmReplace, &QCheckBox::toggled, this, &IssueTapDialog::updateIssueButton);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);

    auto *start = new QHBoxLayout;
    start->addWidget(m_startNow);
    start->addWidget(m_startAt);
    start->addWidget(m_startTime, 1);
    auto *form = new QFormLayout;
    form->addRow(start);
    form->addRow(m_lifetimeLabel, m_lifetime);
    form->addRow(m_usableOnce);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_issue = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_issue->setEnabled(false);
    m_handOver = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_handOver->setEnabled(false);
    m_retry = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_retry->setEnabled(false);
    connect(m_retry, &QPushButton::clicked, this, &IssueTapDialog::retryFailed);
    m_resume = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_resume->setVisible(false);
    connect(m_resume, &QPushButton::clicked, this, &IssueTapDialog::resumeStored);
    m_email = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_email->setEnabled(false);
    connect(m_email, &QPushButton::clicked, this, &IssueTapDialog::email);
    // Accept would close the dialog: Issue runs inside it instead.
    disconnect(m_buttons, &QDialogButtonBox::accepted, nullptr, nullptr);
    connect(m_issue, &QPushButton::clicked, this, &IssueTapDialog::issue);
    connect(m_handOver, &QPushButton::clicked, this, &IssueTapDialog::handOver);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &IssueTapDialog::reject);

    const QList<std::pair<QObject *, const char16_t *>> names{
        {m_summary, u"labelSummary"}, {m_skipped, u"textSkipped"},         {m_startNow, u"radioStartNow"},
        {m_startAt, u"radioStartAt"}, {m_startTime, u"editStartTime"},     {m_lifetime, u"spinLifetime"},
        {m_usableOnce, u"checkUsableOnce"}, {m_confirmReplace, u"checkConfirmReplace"}, {m_status, u"labelStatus"},
        {m_issue, u"buttonIssue"},    {m_handOver, u"buttonHandOver"},     {m_email, u"buttonEmail"},
        {m_retry, u"buttonRetry"},    {m_resume, u"buttonResume"}};
    for (const auto &[object, name] : names)
        object->setObjectName(QString::fromUtf16(name));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_picker);
    layout->addWidget(m_summary);
    layout->addWidget(m_skipped);
    layout->addLayout(form);
    layout->addWidget(m_confirmReplace);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    for (QWidget *control : std::initializer_list<QWidget *>{m_startNow, m_startAt, m_startTime, m_lifetime,
                                                              m_usableOnce})
        control->setEnabled(false);
}

void IssueTapDialog::retranslate()
{
    setWindowTitle(tr("Issue Temporary Access Pass"));
    const int resumedUsers = m_resumed && m_stored.journal ? int(m_stored.journal->entries().size()) : 0;
    m_summary->setText(m_resumed           ? tr("A saved run for %n user(s), picked up again.", nullptr, resumedUsers)
                       : m_planned         ? preflightText()
                       : m_policyRead      ? tr("Checking who already has a pass…")
                                           : tr("Reading your organization's Temporary Access Pass policy…"));
    // A description, not a name: a name would replace the summary a screen reader speaks.
    m_summary->setAccessibleDescription(tr("Who gets a pass"));
    if (m_planned)
        m_skipped->setPlainText(skippedText());
    m_skipped->setAccessibleName(tr("Users who get no pass, and why"));
    m_startNow->setText(tr("Start &now"));
    m_startNow->setAccessibleName(tr("Passes work as soon as they are issued"));
    m_startAt->setText(tr("Start &at:"));
    m_startAt->setAccessibleName(tr("Passes start working at a date and time"));
    m_startTime->setAccessibleName(tr("Date and time the passes start working"));
    m_lifetimeLabel->setText(tr("&Lifetime:"));
    m_lifetime->setSuffix(tr(" minutes"));
    m_lifetime->setAccessibleName(tr("Lifetime of each pass in minutes"));
    m_usableOnce->setText(tr("&One sign-in only"));
    m_usableOnce->setAccessibleName(tr("Each pass works for one sign-in only"));
    m_confirmReplace->setText(
        tr("&Replace the pass %n user(s) have now", nullptr, m_plan.count(TapPreflight::Category::WillReplace)));
    m_confirmReplace->setAccessibleName(m_confirmReplace->text().remove(u'&'));
    m_issue->setText(tr("&Issue passes"));
    m_issue->setAccessibleName(tr("Issue the Temporary Access Passes"));
    m_handOver->setText(tr("&Hand over…"));
    m_handOver->setAccessibleName(tr("Print or save the passes as slips or a file"));
    m_retry->setText(tr("&Send again"));
    m_retry->setAccessibleName(tr("Send the users who got no pass again"));
    m_resume->setText(tr("Res&ume earlier run"));
    m_resume->setAccessibleName(tr("Resume the earlier run whose passes were not handed over"));
    m_email->setText(tr("&Email…"));
    m_email->setAccessibleName(tr("Email the passes"));
}

void IssueTapDialog::onPolicy(const TapPolicy &policy)
{
    m_policy = policy;
    m_policyRead = true;
    findStoredRuns();
    readExistingPasses();
}

void IssueTapDialog::readExistingPasses()
{
    QStringList ids;
    for (const DirectoryUser &user : std::as_const(m_users))
        ids.append(user.id());
    m_existing->read(ids);
}

void IssueTapDialog::onTargetsChanged(const QList<DirectoryUser> &users)
{
    if (m_run)
        return;
    // The pre-flight and the confirmation belonged to the users before: both start over.
    m_users = users;
    m_planned = false;
    m_plan = {};
    m_confirmReplace->setChecked(false);
    m_confirmReplace->setVisible(false);
    m_skipped->setVisible(false);
    updateIssueButton();
    retranslate();
    if (m_policyRead)
        readExistingPasses();
}

void IssueTapDialog::onExistingPasses(const QSet<QString> &withPass)
{
    // A resumed run is bound to the users of its journal; no pre-flight applies to it.
    if (m_resumed)
        return;
    m_plan = TapPreflight::classify(m_users, m_session->admin(), m_policy, withPass);
    m_planned = true;
    m_skipped->setVisible(m_plan.rows.size() > m_plan.includedUsers().size());
    m_confirmReplace->setVisible(m_plan.count(TapPreflight::Category::WillReplace) > 0);
    applyPolicyToControls();
    retranslate();
    updateIssueButton();
}

void IssueTapDialog::applyPolicyToControls()
{
    // Only what the policy allows: its lifetime range, and multi-use only when it permits it.
    m_lifetime->setRange(m_policy.minimumLifetimeInMinutes, m_policy.maximumLifetimeInMinutes);
    m_lifetime->setValue(m_policy.defaultLifetimeInMinutes);
    m_usableOnce->setChecked(m_policy.isUsableOnce);
    const bool any = !m_plan.includedUsers().isEmpty();
    for (QWidget *control : std::initializer_list<QWidget *>{m_startNow, m_startAt, m_lifetime})
        control->setEnabled(any);
    m_startTime->setEnabled(any && m_startAt->isChecked());
    m_usableOnce->setEnabled(any && m_policy.allowsMultiUse());
}

QString IssueTapDialog::skippedText() const
{
    QStringList skipped;
    for (const TapPreflight::Row &row : std::as_const(m_plan.rows)) {
        if (!row.included) {
            skipped.append(tr("%1 (%2): %3")
                               .arg(row.user.displayName(), row.user.userPrincipalName(),
                                    TapPreflight::categoryText(row.category)));
        }
    }
    return skipped.join(u'\n');
}

void IssueTapDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

QString IssueTapDialog::preflightText() const
{
    const int issuing = int(m_plan.includedUsers().size());
    QString text = tr("%n user(s) will get a Temporary Access Pass.", nullptr, issuing);
    const int replacing = m_plan.count(TapPreflight::Category::WillReplace);
    if (replacing > 0)
        text += u' ' + tr("%n of them already have one, which the new pass replaces.", nullptr, replacing);
    const int skipped = int(m_plan.rows.size()) - issuing;
    if (skipped > 0)
        text += u' ' + tr("%n user(s) cannot get one (listed below).", nullptr, skipped);
    if (!m_policy.known)
        text += u' ' + tr("Your organization's policy could not be read, so Microsoft 365 decides whether each "
                          "pass is allowed.");
    else if (m_plan.targetingUnverified)
        text += u' ' + tr("The policy covers only some groups: users outside them are refused by Microsoft 365.");
    return text;
}

void IssueTapDialog::updateIssueButton()
{
    const bool replaceConfirmed =
        m_plan.count(TapPreflight::Category::WillReplace) == 0 || m_confirmReplace->isChecked();
    m_issue->setEnabled(m_planned && !m_run && !m_plan.includedUsers().isEmpty() && replaceConfirmed);
}

void IssueTapDialog::issue()
{
    if (m_run || !m_issue->isEnabled())
        return;
    TapSettings settings;
    if (m_startAt->isChecked())
        settings.start = m_startTime->dateTime().toUTC();
    settings.lifetimeInMinutes = m_lifetime->value();
    settings.isUsableOnce = m_usableOnce->isChecked();
    newRun();
    lockChoices();
    m_status->setText(tr("Issuing passes…"));
    // The passes the admin agreed to replace, so the run can record each replacement.
    QHash<QString, TapExistingPasses::Pass> replacing;
    for (const TapPreflight::Row &row : std::as_const(m_plan.rows)) {
        if (row.included && row.category == TapPreflight::Category::WillReplace
            && m_existing->passes().contains(row.user.id()))
            replacing.insert(row.user.id(), m_existing->passes().value(row.user.id()));
    }
    m_run->start(m_plan.includedUsers(), settings, replacing);
}

void IssueTapDialog::lockChoices()
{
    // A run is bound to its users and terms from its start to its hand-over.
    for (QWidget *control : std::initializer_list<QWidget *>{m_picker, m_startNow, m_startAt, m_startTime, m_lifetime,
                                                              m_usableOnce, m_confirmReplace, m_issue})
        control->setEnabled(false);
}

void IssueTapDialog::newRun()
{
    m_run = new TapRun(m_session->graph(), m_session->auth(), store(), m_session->auditLog(), m_session->admin(), this);
    connect(m_run, &TapRun::finished, this, &IssueTapDialog::onRunFinished);
    connect(m_run, &TapRun::startFailed, this, [this](const QString &) {
        m_status->setText(tr("No pass was issued: the run could not start. Nothing was sent."));
    });
}

BulkRunStore *IssueTapDialog::store()
{
    if (!m_store) {
        m_store = std::make_unique<BulkRunStore>(m_session->auth()->tokenStore(), m_journalDirectory);
        m_store->setAuditLog(m_session->auditLog(), m_session->admin());
    }
    return m_store.get();
}

void IssueTapDialog::findStoredRuns()
{
    // A run picked up already owns its journal; nothing else is offered beside it.
    if (m_run)
        return;
    // Runs of an earlier session (a crash, a quit) whose passes were not handed over yet; runs
    // past the retention period are purged first.
    connect(store(), &BulkRunStore::storedRunsFound, this, [this](const QList<BulkRunStore::StoredRun> &runs) {
        for (const BulkRunStore::StoredRun &run : runs) {
            if (run.journal && TapIssueRunner::isTapJournal(*run.journal)) {
                m_stored = run;
                break;
            }
        }
        m_resume->setVisible(m_stored.journal != nullptr);
        m_resume->setEnabled(m_stored.journal != nullptr && !m_run);
    });
    store()->findStoredRuns();
}

void IssueTapDialog::resume(const BulkRunStore::StoredRun &run)
{
    if (m_run)
        return;
    m_stored = run;
    resumeStored();
}

void IssueTapDialog::resumeStored()
{
    if (m_run || !m_stored.journal)
        return;
    m_resumed = true;
    retranslate();
    newRun();
    lockChoices();
    m_resume->setEnabled(false);
    m_status->setText(tr("Picking up the earlier run…"));
    m_run->resume(m_stored);
}

void IssueTapDialog::retryFailed()
{
    if (m_run && m_run->runner() && m_run->runner()->retryFailed()) {
        m_retry->setEnabled(false);
        m_status->setText(tr("Issuing passes…"));
    }
}

void IssueTapDialog::onRunFinished()
{
    const TapIssueRunner *runner = m_run->runner();
    const int issued = runner->count(TapIssueResult::State::Issued);
    const int failed = int(runner->results().size()) - issued;
    QString text = tr("%n pass(es) issued. Hand them over now: they are kept, encrypted, only until then.", nullptr,
                      issued);
    if (failed > 0)
        text += u' ' + tr("%n user(s) got no pass.", nullptr, failed);
    m_status->setText(text);
    m_handOver->setEnabled(issued > 0);
    m_email->setEnabled(issued > 0);
    m_retry->setEnabled(failed > 0);
    if (issued > 0)
        m_handOver->setFocus(Qt::OtherFocusReason);
}

QList<HandoverItem> IssueTapDialog::handoverItems() const
{
    if (!m_run)
        return {};
    // A run picked up from its journal has no chosen users: the list knows their languages and addresses.
    QHash<QString, DirectoryUser> known;
    for (const QList<DirectoryUser> &users : {m_session->directory()->model()->users(), m_users}) {
        for (const DirectoryUser &user : users)
            known.insert(user.id(), user);
    }
    return m_run->handoverItems([&known](const QString &id) { return known.value(id); });
}

PrintSlipsDialog *IssueTapDialog::handOver()
{
    const QList<HandoverItem> items = handoverItems();
    if (items.isEmpty())
        return nullptr;
    QStringList ids;
    for (const HandoverItem &item : items)
        ids.append(item.userId);
    PrintSlipsDialog *dialog = m_handoverDialogs->printSlips(items, this);
    const auto recordSlips = [this, ids] { m_run->recordHandover(HandoverLedger::Channel::Slips, ids); };
    connect(dialog, &PrintSlipsDialog::pdfSaved, this, recordSlips);
    connect(dialog, &PrintSlipsDialog::printed, this, recordSlips);
    m_slips = dialog;
    return dialog;
}

EmailPasswordsDialog *IssueTapDialog::email()
{
    const QList<HandoverItem> items = handoverItems();
    if (items.isEmpty())
        return nullptr;
    EmailPasswordsDialog *dialog = m_handoverDialogs->emailPasswords(items, this);
    connect(dialog, &EmailPasswordsDialog::messageDelivered, this, [this, items](const QString &key) {
        // "user:<id>" carried one user's pass; "list:…" every pass of the run.
        QStringList carried;
        for (const HandoverItem &item : items) {
            if (key.startsWith(u"list:"_s) || key == u"user:"_s + item.userId)
                carried.append(item.userId);
        }
        m_run->recordHandover(HandoverLedger::Channel::Email, carried);
    });
    return dialog;
}

void IssueTapDialog::reject()
{
    if (m_run && m_run->ledger().hasPending()) {
        const auto answer = QMessageBox::question(
            this, tr("Passes not handed over"),
            tr("Some passes were not handed over yet. They stay saved, encrypted, for a week so you can hand them "
               "over later. Close anyway?"));
        if (answer != QMessageBox::Yes)
            return;
    }
    if (m_run)
        m_run->close();
    QDialog::reject();
}

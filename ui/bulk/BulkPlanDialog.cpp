// SPDX-License-Identifier: MIT
#include "ui/bulk/BulkPlanDialog.h"
#include "ui_BulkPlanDialog.h"
#include "ui/widgets/GrowToContents.h"

#include "bulk/BulkPlanModel.h"
#include "common/OwnerOnlyFile.h"
#include "incident/ContainmentConfirmation.h"
#include "ui/bulk/BulkImportProblemText.h"
#include "ui/bulk/BulkPlanTexts.h"
#include "ui/incident/ContainmentPanel.h"
#include "ui/texts/PasswordRuleText.h"
#include "ui/widgets/PasswordStyleChoice.h"
#include "ui/widgets/UserPickList.h"

#include <QDate>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QStringListModel>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;
using Category = BulkPreflight::Category;

namespace {

/** comboShow's entries besides the categories (whose data is the category's int value). */
enum Filter { ShowAll = -1, ShowIncluded = -2, ShowSkipped = -3 };

/** listCategories' order: what happens first, then why the others are skipped. */
constexpr std::array<Category, BulkPreflight::categoryCount> displayOrder {Category::WillReset,
    Category::SignInBlocked, Category::Self, Category::Excluded, Category::Guest, Category::Synced,
    Category::RoleCannotReset};

/** A CSV file of users is small; anything this big was picked by mistake. */
constexpr qint64 maximumCsvBytes = 64 * 1024 * 1024;

QString withoutMnemonic(QString text)
{
    return text.remove(QRegularExpression(u"&(?!&)"_s));
}

} // namespace

BulkPlanDialog::BulkPlanDialog(Source source, const QList<BulkTarget> &targets, const SignedInAdmin &admin,
    const QString &tenantName, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::BulkPlanDialog>())
    , m_source(source)
    , m_targets(targets)
    , m_admin(admin)
    , m_tenantName(tenantName)
    , m_model(new BulkPlanModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_problemModel(new QStringListModel(this))
    , m_sharedCheck(tenantName)
{
    m_ui->setupUi(this);
    GrowToContents::install(this);
    m_styleChoice = std::make_unique<PasswordStyleChoice>(m_ui->comboStyle, m_ui->comboPassphraseLanguage);
    QFont heading = m_ui->labelHeading->font();
    heading.setBold(true);
    heading.setPointSizeF(heading.pointSizeF() * 1.25);
    m_ui->labelHeading->setFont(heading);
    m_resetButton = m_ui->buttonBox->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_resetButton->setDefault(true);
    m_ui->linePassword->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // A typed password is a secret: keep it out of input-method prediction and history.
    m_ui->linePassword->setInputMethodHints(
        Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_ui->listCsvProblems->setModel(m_problemModel);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(BulkPlanModel::SortValueRole);
    // CategoryRole and IncludedRole answer on every column; Action is the one that changes when
    // blocked users are included, so the proxy re-filters on that change.
    m_proxy->setFilterKeyColumn(BulkPlanModel::Action);
    QTableView *table = m_ui->tablePlan;
    table->setModel(m_proxy);
    // 100,000 rows: fixed row heights and no measuring of every row's contents.
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setStretchLastSection(true);
    const int em = table->fontMetrics().horizontalAdvance(u'M');
    table->horizontalHeader()->resizeSection(BulkPlanModel::DisplayName, 12 * em);
    table->horizontalHeader()->resizeSection(BulkPlanModel::UserPrincipalName, 16 * em);
    table->horizontalHeader()->resizeSection(BulkPlanModel::Classification, 15 * em);
    // Unsorted (the source's order) until the admin clicks a heading: no sort of 100,000 rows up front.
    table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    table->setSortingEnabled(true);

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &BulkPlanDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->radioGenerate, &QRadioButton::toggled, this, &BulkPlanDialog::updateControls);
    connect(m_ui->comboStyle, &QComboBox::currentIndexChanged, this, &BulkPlanDialog::updateControls);
    connect(m_ui->checkForceChange, &QCheckBox::toggled, this, &BulkPlanDialog::updateControls);
    connect(m_ui->checkShowPassword, &QCheckBox::toggled, this, [this](bool shown) {
        m_ui->linePassword->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    });
    connect(m_ui->linePassword, &QLineEdit::textEdited, this, [this] { m_ui->radioTyped->setChecked(true); });
    connect(m_ui->linePassword, &QLineEdit::textChanged, this, &BulkPlanDialog::updateControls);
    connect(
        m_ui->checkIncludeBlocked, &QCheckBox::toggled, m_model, &BulkPlanModel::setSignInBlockedIncluded);
    connect(m_model, &BulkPlanModel::includedChanged, this, [this] {
        m_sharedCheckStale = true;
        updateCounts();
        updateControls();
    });
    connect(m_ui->comboShow, &QComboBox::currentIndexChanged, this, &BulkPlanDialog::applyFilter);
    const auto showCategory = [this](QListWidgetItem *item) {
        const int category = item->data(Qt::UserRole).toInt();
        const int filter = category == int(Category::WillReset) ? int(ShowIncluded) : category;
        m_ui->comboShow->setCurrentIndex(qMax(0, m_ui->comboShow->findData(filter)));
    };
    connect(m_ui->listCategories, &QListWidget::itemClicked, this, showCategory);
    connect(m_ui->listCategories, &QListWidget::itemActivated, this, showCategory);
    connect(m_ui->buttonExport, &QPushButton::clicked, this, &BulkPlanDialog::exportWithPrompt);
    connect(m_ui->buttonReload, &QPushButton::clicked, this, &BulkPlanDialog::reloadCsv);

    m_prompt = [](QWidget *parentWidget, const QString &suggested) {
        return QFileDialog::getSaveFileName(
            parentWidget, tr("Export plan"), suggested, tr("CSV files (*.csv)"));
    };

    m_ui->groupCsv->setVisible(m_source == Source::CsvFile);
    m_ui->groupExclusions->setVisible(m_source == Source::Incident);
    if (m_source == Source::Incident) {
        // The preset's point: everyone must choose a new password; signing out ends the sessions an
        // attacker may hold.
        m_ui->checkForceChange->setChecked(true);
        m_ui->checkSignOut->setChecked(true);
        setupExclusions();
    }

    retranslate();
    reclassify();
}

BulkPlanDialog::~BulkPlanDialog()
{
    // The line edit's buffer is the only copy of a typed password the dialog holds.
    m_ui->linePassword->clear();
}

bool BulkPlanDialog::loadCsv(const QString &csvPath, const QList<DirectoryUser> &users)
{
    m_csvPath = csvPath;
    m_users = users;
    return reloadCsv();
}

bool BulkPlanDialog::reloadCsv()
{
    m_csv = {};
    m_csvLoaded = false;
    m_csvReadError.clear();
    QFile file(m_csvPath);
    if (m_csvPath.isEmpty()) {
        m_csvReadError = tr("no file was chosen");
    } else if (!file.open(QIODevice::ReadOnly)) {
        m_csvReadError = file.errorString();
    } else if (file.size() > maximumCsvBytes) {
        m_csvReadError
            = tr("it is larger than %L1 MB, too large for a list of users").arg(maximumCsvBytes >> 20);
    } else {
        m_csv = BulkCsvImport::read(file.readAll(), m_users, m_tenantName);
        m_csvLoaded = true;
    }
    m_targets = m_csv.targets;
    m_ui->labelStatus->clear();
    updateHeading();
    updateCsvReport();
    reclassify();
    return m_csvLoaded && m_csv.ok();
}

BulkRunRequest BulkPlanDialog::request() const
{
    BulkRunRequest request;
    request.targets = plan().includedTargets();
    request.choice = passwordChoice();
    request.tenantName = m_tenantName;
    request.settings = settings();
    return request;
}

ContainmentPanel *BulkPlanDialog::enableContainment()
{
    if (m_containment)
        return m_containment;
    m_containment = new ContainmentPanel(this);
    // Under the grid, right above Start: the grid gives up the height, the options column has none to spare.
    auto *right = new QVBoxLayout;
    const int column = m_ui->layoutColumns->indexOf(m_ui->groupPreflight);
    m_ui->layoutColumns->removeWidget(m_ui->groupPreflight);
    right->addWidget(m_ui->groupPreflight, 1);
    right->addWidget(m_containment);
    m_ui->layoutColumns->insertLayout(column, right, 1);
    // Signing out ends the sessions an attacker may hold; neither is optional in a containment.
    m_ui->checkForceChange->setChecked(true);
    m_ui->checkSignOut->setChecked(true);
    m_ui->checkSignOut->setEnabled(false);
    connect(m_containment, &ContainmentPanel::changed, this, &BulkPlanDialog::updateControls);
    // After the grid, right before Start: the domain is the last thing typed.
    QWidget::setTabOrder(m_ui->tablePlan, m_containment->reregisterCheck());
    QWidget::setTabOrder(m_containment->reregisterCheck(), m_containment->confirmationEdit());
    QWidget::setTabOrder(m_containment->confirmationEdit(), m_resetButton);
    updateCounts();
    updateHeading();
    updateControls();
    return m_containment;
}

BulkResetSettings BulkPlanDialog::settings() const
{
    if (m_containment)
        return BulkResetSettings::forContainment(m_ui->checkVerifyMfa->isChecked(), m_containment->reregisterMethods());
    BulkResetSettings settings;
    settings.forceChangePasswordNextSignIn
        = m_source == Source::Incident || m_ui->checkForceChange->isChecked();
    settings.forceChangePasswordNextSignInWithMfa
        = settings.forceChangePasswordNextSignIn && m_ui->checkVerifyMfa->isChecked();
    settings.signOutEverywhere = m_ui->checkSignOut->isChecked();
    return settings;
}

const BulkPreflight::Plan &BulkPlanDialog::plan() const
{
    return m_model->plan();
}

BulkPasswordChoice BulkPlanDialog::passwordChoice() const
{
    BulkPasswordChoice choice;
    choice.mode = m_ui->radioTyped->isChecked() ? BulkPasswordChoice::Mode::Shared
                                                : BulkPasswordChoice::Mode::Generate;
    choice.style = m_styleChoice->style();
    choice.language = m_styleChoice->language();
    if (choice.mode == BulkPasswordChoice::Mode::Shared)
        choice.sharedPassword = SecretString(m_ui->linePassword->text());
    return choice;
}

bool BulkPlanDialog::canRun() const
{
    if (m_includedCount == 0 || (m_containment && !m_containment->isConfirmed()))
        return false;
    if (m_source == Source::CsvFile && !(m_csvLoaded && m_csv.problems.isEmpty()))
        return false;
    if (m_ui->radioTyped->isChecked() && sharedPasswordUsers() > 0)
        return sharedCheck().isAcceptable(m_ui->linePassword->text());
    return true;
}

const BulkSharedPasswordCheck &BulkPlanDialog::sharedCheck() const
{
    if (m_sharedCheckStale) {
        m_sharedCheck.setPlan(plan());
        m_sharedCheckStale = false;
    }
    return m_sharedCheck;
}

void BulkPlanDialog::reclassify()
{
    BulkPreflight::Options options;
    options.includeSignInBlocked = m_ui->checkIncludeBlocked->isChecked();
    if (m_source == Source::Incident)
        options.excludedUserIds = QSet<QString>(m_excludedIds.cbegin(), m_excludedIds.cend());
    // Answered by includedChanged: counts, filter and controls follow.
    m_model->setPlan(BulkPreflight::classify(m_targets, m_admin, options));
}

void BulkPlanDialog::updateCounts()
{
    m_counts.fill(0);
    m_includedCount = 0;
    m_csvPasswordCount = 0;
    int privileged = 0;
    for (const BulkPreflight::Row &row : plan().rows) {
        ++m_counts[int(row.category)];
        if (row.included) {
            ++m_includedCount;
            if (m_containment && ContainmentConfirmation::isPrivileged(row.target.user))
                ++privileged;
            if (!row.target.password.isEmpty())
                ++m_csvPasswordCount;
        }
    }

    m_ui->listCategories->clear();
    for (const Category category : displayOrder) {
        const int count = m_counts[int(category)];
        if (count == 0 && category != Category::WillReset)
            continue;
        BulkPreflight::Row sample;
        sample.category = category;
        sample.included = category == Category::WillReset
            || (category == Category::SignInBlocked && m_ui->checkIncludeBlocked->isChecked());
        //: %1 is a classification such as "Will be reset" or "Skipped: guest"
        auto *item = new QListWidgetItem(
            tr("%1: %Ln user(s)", nullptr, count).arg(BulkPreflight::classificationText(sample)));
        item->setData(Qt::UserRole, int(category));
        item->setToolTip(BulkPlanTexts::categoryHelp(category));
        m_ui->listCategories->addItem(item);
    }
    // As tall as its few lines: the grid below gets the room.
    QListWidget *list = m_ui->listCategories;
    list->setFixedHeight(list->count() * list->sizeHintForRow(0) + 2 * list->frameWidth() + 4);
    m_ui->labelRolesUnverified->setVisible(plan().rolesUnverified && !plan().rows.isEmpty());
    if (m_containment)
        m_containment->setScope(m_includedCount, privileged);
    fillFilterCombo();
}

void BulkPlanDialog::fillFilterCombo()
{
    QComboBox *combo = m_ui->comboShow;
    const QVariant current = combo->currentData();
    const int total = int(plan().rows.size());
    {
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(tr("All users (%L1)").arg(total), int(ShowAll));
        combo->addItem(tr("Will be reset (%L1)").arg(m_includedCount), int(ShowIncluded));
        combo->addItem(tr("Skipped (%L1)").arg(total - m_includedCount), int(ShowSkipped));
        for (const Category category : displayOrder) {
            const int count = m_counts[int(category)];
            if (category == Category::WillReset || count == 0)
                continue;
            //: %1 is a classification such as "Skipped: guest", %L2 the number of users
            combo->addItem(
                tr("%1 (%L2)").arg(BulkPreflight::categoryText(category)).arg(count), int(category));
        }
        combo->setCurrentIndex(qMax(0, current.isValid() ? combo->findData(current) : 0));
    }
    applyFilter();
}

void BulkPlanDialog::applyFilter()
{
    const int filter = m_ui->comboShow->currentData().toInt();
    switch (filter) {
    case ShowAll:
        m_proxy->setFilterRegularExpression(QRegularExpression());
        break;
    case ShowIncluded:
    case ShowSkipped:
        m_proxy->setFilterRole(BulkPlanModel::IncludedRole);
        m_proxy->setFilterRegularExpression(filter == ShowIncluded ? u"^true$"_s : u"^false$"_s);
        break;
    default:
        m_proxy->setFilterRole(BulkPlanModel::CategoryRole);
        m_proxy->setFilterRegularExpression(u"^%1$"_s.arg(filter));
        break;
    }
}

void BulkPlanDialog::updateHeading()
{
    const QString fileName = m_csvPath.isEmpty() ? QString() : QFileInfo(m_csvPath).fileName();
    m_ui->labelHeading->setText(BulkPlanTexts::heading(m_source, int(m_targets.size()), fileName, m_containment != nullptr));
    m_ui->labelIntro->setText(
        m_containment ? ContainmentPanel::fixedActions() : BulkPlanTexts::intro(m_source));
    setWindowTitle(m_containment ? tr("Contain an incident")
            : m_source == Source::Incident ? tr("Require a password change")
                                           : tr("Reset passwords"));
}

void BulkPlanDialog::updateCsvReport()
{
    if (m_source != Source::CsvFile)
        return;
    const QString name = QFileInfo(m_csvPath).fileName();
    QString summary;
    if (!m_csvLoaded) {
        summary = m_csvPath.isEmpty() ? tr("No file is loaded.")
                                      : tr("%1 could not be read: %2. Check that the file exists and that "
                                           "you may open it, then reload it.")
                                            .arg(QDir::toNativeSeparators(m_csvPath), m_csvReadError);
    } else if (!m_csv.problems.isEmpty()) {
        summary = tr(
            "%Ln problem(s) in %1. Fix the file, save it and reload it: nothing is reset until every line "
            "is right.",
            nullptr, int(m_csv.problems.size()))
                      .arg(name);
    } else {
        summary = tr("%1 is fine: %Ln user(s) found.", nullptr, int(m_csv.targets.size())).arg(name);
    }
    m_ui->labelCsvSummary->setText(summary);
    m_problemModel->setStringList(BulkImportProblemText::describe(m_csv.problems));
    m_ui->listCsvProblems->setVisible(!m_csv.problems.isEmpty());
    m_ui->buttonReload->setEnabled(!m_csvPath.isEmpty());
}

void BulkPlanDialog::updateControls()
{
    const bool typed = m_ui->radioTyped->isChecked();
    const PasswordStyle style = m_styleChoice->style();
    m_ui->labelStyle->setEnabled(!typed);
    m_ui->comboStyle->setEnabled(!typed);
    m_ui->comboPassphraseLanguage->setVisible(style == PasswordStyle::Passphrase);
    m_ui->comboPassphraseLanguage->setEnabled(!typed);
    m_ui->linePassword->setEnabled(typed);
    m_ui->checkShowPassword->setEnabled(typed);
    // The incident preset exists to make everyone choose a new password: that is not optional there.
    m_ui->checkForceChange->setEnabled(m_source != Source::Incident && !m_containment);
    m_ui->checkVerifyMfa->setEnabled(m_ui->checkForceChange->isChecked());
    updateRules();

    if (m_csvPasswordCount > 0) {
        m_ui->labelCsvPasswords->setText(sharedPasswordUsers() == 0
                ? tr("Every user keeps the password given for them in the file.")
                : tr("%Ln user(s) keep the password given for them in the file; the choice above is for the "
                     "others.",
                    nullptr, m_csvPasswordCount));
    }
    m_ui->labelCsvPasswords->setVisible(m_csvPasswordCount > 0);

    m_resetButton->setText(BulkPlanTexts::startButton(m_containment != nullptr, m_includedCount));
    m_resetButton->setAccessibleName(withoutMnemonic(m_resetButton->text()));
    m_resetButton->setEnabled(canRun());
    m_ui->buttonExport->setEnabled(!plan().rows.isEmpty());
}

void BulkPlanDialog::updateRules()
{
    if (!m_ui->radioTyped->isChecked()) {
        m_ui->labelRules->clear();
        m_ui->labelRules->hide();
        return;
    }
    const QString password = m_ui->linePassword->text();
    const int users = sharedPasswordUsers();
    QString text;
    const QList<PasswordRuleFailure> failures = sharedCheck().check(password);
    if (users == 0 && m_csvPasswordCount > 0)
        text = tr("Every user gets the password given in the file, so this one is not used.").toHtmlEscaped();
    else if (failures.isEmpty() && users == 0)
        text = tr("This password meets the Microsoft 365 rules.").toHtmlEscaped();
    else if (failures.isEmpty())
        text = tr("This password meets the Microsoft 365 rules for all %Ln user(s).", nullptr, users)
                   .toHtmlEscaped();
    else if (password.isEmpty())
        text = PasswordRuleText::describe(failures.first()).toHtmlEscaped();
    else
        text = PasswordRuleText::htmlList(failures);
    m_ui->labelRules->setText(text);
    m_ui->labelRules->show();
}

bool BulkPlanDialog::needsConfirmation() const
{
    // The typed domain is the stronger confirmation: no second question after it.
    if (m_containment && m_containment->isConfirmationRequired())
        return false;
    return m_source == Source::Incident || m_includedCount > ConfirmThreshold;
}

void BulkPlanDialog::accept()
{
    if (!canRun())
        return;
    if (needsConfirmation())
        confirmAndAccept();
    else
        QDialog::accept();
}

void BulkPlanDialog::confirmAndAccept()
{
    auto *box = new QMessageBox(QMessageBox::Warning, windowTitle(),
        BulkPlanTexts::startQuestion(m_containment != nullptr, m_includedCount), QMessageBox::NoButton, this);
    box->setObjectName(u"confirmReset"_s);
    box->setInformativeText(tr("Their current passwords stop working at once. This cannot be undone."));
    QPushButton *confirm
        = box->addButton(BulkPlanTexts::startButton(m_containment != nullptr, m_includedCount), QMessageBox::AcceptRole);
    confirm->setObjectName(u"buttonConfirm"_s);
    confirm->setAccessibleName(withoutMnemonic(confirm->text()));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    cancel->setAccessibleName(withoutMnemonic(cancel->text()));
    // A slip of the Enter key must not reset thousands of passwords.
    box->setDefaultButton(cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, confirm] {
        if (box->clickedButton() == confirm && canRun())
            QDialog::accept();
    });
    box->open();
}

void BulkPlanDialog::exportWithPrompt()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested
        = QDir(folder).filePath(tr("resetdesk-plan-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate)));
    const QString path = m_prompt(this, suggested);
    if (!path.isEmpty())
        exportPlan(path);
}

bool BulkPlanDialog::exportPlan(const QString &path)
{
    // The plan names people (no passwords): private to the admin like every other export.
    QSaveFile file(path);
    FileWriteError error = OwnerOnlyFile::open(file);
    if (error == FileWriteError::None) {
        if (file.write(BulkPreflight::planCsv(plan())) < 0)
            error = FileWriteError::WriteFailed;
        if (error == FileWriteError::None)
            error = OwnerOnlyFile::commit(file);
        else
            file.cancelWriting();
    }
    const QString shown = QDir::toNativeSeparators(path);
    if (error == FileWriteError::None) {
        m_ui->labelStatus->setText(tr("Saved the plan to %1. It lists users, not passwords.").arg(shown));
        return true;
    }
    const QString text = BulkPlanTexts::fileWriteError(error, shown);
    m_ui->labelStatus->setText(text);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Export failed"), text, QMessageBox::Ok, this);
    box->setObjectName(u"exportFailed"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    return false;
}

QString BulkPlanDialog::exclusionSettingsKey(const QString &tenantName)
{
    const QString tenant
        = tenantName.isEmpty() ? u"default"_s : QString::fromLatin1(QUrl::toPercentEncoding(tenantName));
    return u"bulkReset/incidentExclusions/"_s + tenant;
}

void BulkPlanDialog::setupExclusions()
{
    QList<DirectoryUser> users;
    users.reserve(m_targets.size());
    for (const BulkTarget &target : m_targets)
        users.append(target.user);
    UserPickList *picker = m_ui->pickExclusions;
    // The search field itself: a label's mnemonic skips a buddy that does not take focus.
    m_ui->labelExclusionPick->setBuddy(picker->searchField());
    picker->setUsers(users);
    // Ids only: they identify the accounts and are no secret.
    picker->setUserIds(QSettings().value(exclusionSettingsKey(m_tenantName)).toStringList());
    m_excludedIds = picker->userIds();
    connect(picker, &UserPickList::userIdsChanged, this, [this](const QStringList &ids) {
        m_excludedIds = ids;
        QSettings settings;
        if (ids.isEmpty())
            settings.remove(exclusionSettingsKey(m_tenantName));
        else
            settings.setValue(exclusionSettingsKey(m_tenantName), ids);
        reclassify();
    });
}

void BulkPlanDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        updateCounts();
        updateControls();
    }
    QDialog::changeEvent(event);
}

void BulkPlanDialog::retranslate()
{
    fillCombos();
    updateHeading();
    updateCsvReport();
    m_ui->labelExclusionHint->setText(tr("For example break-glass (emergency access) accounts, whose passwords "
                                         "are kept in a safe place. Remembered on this computer for next time."));
    m_ui->labelRolesUnverified->setText(tr("Your admin roles could not be read, so ResetDesk cannot check in "
                                           "advance whom you may reset. Microsoft 365 decides for each user "
                                           "when you reset."));
    if (QPushButton *cancel = m_ui->buttonBox->button(QDialogButtonBox::Cancel))
        cancel->setAccessibleName(withoutMnemonic(cancel->text()));
}

void BulkPlanDialog::fillCombos()
{
    m_styleChoice->retranslate();
}

// SPDX-License-Identifier: MIT
#include "ui/tap/TapTargetPicker.h"

#include "directory/UserDirectory.h"
#include "directory/UserDirectoryLoader.h"
#include "directory/UserListModel.h"
#include "session/ConsoleSession.h"
#include "tap/TapTargets.h"
#include "ui/tap/TapCsvProblemText.h"
#include "ui/texts/ErrorMessages.h"

#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace {

/** Typing pauses this long before the groups are searched: one request per name, not per key. */
constexpr int searchDelayMs = 300;

} // namespace

TapTargetPicker::TapTargetPicker(ConsoleSession *session, const TapListedUsers &listed, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_listed(listed)
    , m_search(new TapGroupSearch(session->graph(), this))
{
    setObjectName(u"TapTargetPicker"_s);
    buildControls();
    connect(m_search, &TapGroupSearch::found, this, &TapTargetPicker::onGroupsFound);
    connect(m_search, &TapGroupSearch::failed, this, &TapTargetPicker::onGroupsFailed);
    // With nothing ticked, the file is the likelier source.
    chooseSource(m_listed.users.isEmpty() ? Source::CsvFile : Source::Ticked);
    retranslate();
}

TapTargetPicker::~TapTargetPicker() = default;

void TapTargetPicker::buildControls()
{
    m_fromTicked = new QRadioButton(this);
    m_fromTicked->setEnabled(!m_listed.users.isEmpty());
    m_fromCsv = new QRadioButton(this);
    m_fromGroup = new QRadioButton(this);
    m_browse = new QPushButton(this);
    m_findLabel = new QLabel(this);
    m_find = new QLineEdit(this);
    m_find->setClearButtonEnabled(true);
    m_findLabel->setBuddy(m_find);
    m_groups = new QListWidget(this);
    m_groups->setMaximumHeight(110);
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(searchDelayMs);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    m_status->setFocusPolicy(Qt::StrongFocus);
    m_problems = new QPlainTextEdit(this);
    m_problems->setReadOnly(true);
    m_problems->setMaximumHeight(100);
    m_problems->setVisible(false);

    const QList<std::pair<QObject *, const char16_t *>> names{
        {m_fromTicked, u"radioSourceTicked"}, {m_fromCsv, u"radioSourceCsv"},   {m_fromGroup, u"radioSourceGroup"},
        {m_browse, u"buttonChooseCsv"},       {m_find, u"editFindGroup"},       {m_groups, u"listGroups"},
        {m_status, u"labelSourceStatus"},     {m_problems, u"textCsvProblems"}};
    for (const auto &[object, name] : names)
        object->setObjectName(QString::fromUtf16(name));

    connect(m_fromTicked, &QRadioButton::clicked, this, [this] { chooseSource(Source::Ticked); });
    connect(m_fromCsv, &QRadioButton::clicked, this, [this] { chooseSource(Source::CsvFile); });
    connect(m_fromGroup, &QRadioButton::clicked, this, [this] { chooseSource(Source::Group); });
    connect(m_browse, &QPushButton::clicked, this, &TapTargetPicker::chooseCsv);
    connect(m_find, &QLineEdit::textEdited, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_find, &QLineEdit::returnPressed, this, &TapTargetPicker::searchGroups);
    connect(m_searchDelay, &QTimer::timeout, this, &TapTargetPicker::searchGroups);
    connect(m_groups, &QListWidget::itemActivated, this, &TapTargetPicker::pickGroup);
    connect(m_groups, &QListWidget::itemClicked, this, &TapTargetPicker::pickGroup);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_fromTicked, 0, 0, 1, 3);
    layout->addWidget(m_fromCsv, 1, 0, 1, 2);
    layout->addWidget(m_browse, 1, 2);
    layout->addWidget(m_fromGroup, 2, 0, 1, 3);
    layout->addWidget(m_findLabel, 3, 0);
    layout->addWidget(m_find, 3, 1, 1, 2);
    layout->addWidget(m_groups, 4, 1, 1, 2);
    layout->addWidget(m_status, 5, 0, 1, 3);
    layout->addWidget(m_problems, 6, 0, 1, 3);
    layout->setColumnStretch(1, 1);
}

void TapTargetPicker::retranslate()
{
    if (m_listed.kind == TapListedUsers::Kind::Shown) {
        const QString name = m_listed.users.constFirst().displayName();
        //: The one user shown in the list's details (nobody is ticked); %1 is their name
        m_fromTicked->setText(tr("&This user: %1").arg(name));
        m_fromTicked->setAccessibleName(tr("Issue a pass for %1, the user shown in the list").arg(name));
    } else {
        m_fromTicked->setText(tr("&Ticked users (%n)", nullptr, int(m_listed.users.size())));
        m_fromTicked->setAccessibleName(tr("Issue passes for the %n user(s) ticked in the list", nullptr,
                                           int(m_listed.users.size())));
    }
    m_fromCsv->setText(tr("Users in a CSV &file"));
    m_fromCsv->setAccessibleName(tr("Issue passes for the users a CSV file lists"));
    m_browse->setText(tr("&Browse…"));
    m_browse->setAccessibleName(tr("Choose the CSV file of users"));
    m_fromGroup->setText(tr("Members of a &group"));
    m_fromGroup->setAccessibleName(tr("Issue passes for the members of a group"));
    m_findLabel->setText(tr("Fin&d group:"));
    m_find->setPlaceholderText(tr("Start of the group's name"));
    m_find->setAccessibleName(tr("Find a group by the start of its name"));
    m_groups->setAccessibleName(tr("Groups found; choose one to issue passes for its members"));
    m_problems->setAccessibleName(tr("Problems in the CSV file"));
    m_problems->setPlainText(TapCsvProblemText::describe(m_csvProblems).join(u'\n'));
    updateStatus();
}

void TapTargetPicker::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

QList<DirectoryUser> TapTargetPicker::directoryUsers() const
{
    return m_session->directory()->model()->users();
}

void TapTargetPicker::chooseSource(Source source)
{
    if (m_sourceChosen && source == m_source)
        return;
    m_sourceChosen = true;
    m_source = source;
    m_fromTicked->setChecked(source == Source::Ticked);
    m_fromCsv->setChecked(source == Source::CsvFile);
    m_fromGroup->setChecked(source == Source::Group);
    m_browse->setEnabled(source == Source::CsvFile);
    for (QWidget *control : std::initializer_list<QWidget *>{m_findLabel, m_find, m_groups})
        control->setEnabled(source == Source::Group);
    // Each source starts over: what another source found is not carried into this one.
    m_csvName.clear();
    m_csvProblems.clear();
    m_csvError.clear();
    m_listLoading = false;
    m_groupName.clear();
    m_groupFailed = false;
    m_problems->clear();
    m_problems->setVisible(false);
    if (m_members) {
        m_members->disconnect(this);
        m_members->deleteLater();
    }
    m_readingMembers = false;
    setUsers(source == Source::Ticked ? m_listed.users : QList<DirectoryUser>());
    if (source == Source::Group)
        m_find->setFocus(Qt::OtherFocusReason);
}

void TapTargetPicker::chooseCsv()
{
    const QString path = m_csvChooser ? m_csvChooser()
                                      : QFileDialog::getOpenFileName(
                                            this, tr("Issue passes for the users in a CSV file"),
                                            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                            tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        loadCsv(path);
}

void TapTargetPicker::loadCsv(const QString &path)
{
    chooseSource(Source::CsvFile);
    m_csvError.clear();
    m_csvProblems.clear();
    m_problems->clear();
    m_problems->setVisible(false);
    m_csvName = QFileInfo(path).fileName();
    // The file's rows are matched against the list: a half-loaded list would call users unknown.
    m_listLoading = m_session->directory()->loader()->isBusy();
    if (m_listLoading) {
        setUsers({});
        return;
    }
    QFile file(path);
    TapTargets::CsvResult result;
    if (!file.open(QIODevice::ReadOnly))
        m_csvError = file.errorString();
    else if (file.size() > maximumCsvBytes)
        m_csvError = tr("it is larger than %L1 MB, too large for a list of users").arg(maximumCsvBytes >> 20);
    else
        result = TapTargets::fromCsv(file.readAll(), directoryUsers());
    m_csvProblems = result.problems;
    m_problems->setPlainText(TapCsvProblemText::describe(m_csvProblems).join(u'\n'));
    m_problems->setVisible(!m_csvProblems.isEmpty());
    setUsers(result.users);
}

void TapTargetPicker::searchGroups()
{
    m_searchDelay->stop();
    const QString prefix = m_find->text().trimmed();
    if (prefix.isEmpty()) {
        m_groups->clear();
        return;
    }
    m_search->find(prefix);
}

void TapTargetPicker::onGroupsFound(const QString &prefix, const QList<TapGroupSearch::Group> &groups, bool more)
{
    if (prefix != m_find->text().trimmed())
        return;
    m_groups->clear();
    for (const TapGroupSearch::Group &group : groups) {
        auto *item = new QListWidgetItem(group.displayName, m_groups);
        item->setData(Qt::UserRole, group.id);
    }
    m_moreGroups = more;
    m_noGroupsFor = groups.isEmpty() ? prefix : QString();
    m_groupFailed = false;
    updateStatus();
}

void TapTargetPicker::onGroupsFailed(const QString &prefix, const GraphError &error)
{
    if (prefix != m_find->text().trimmed())
        return;
    m_groups->clear();
    m_groupFailed = true;
    m_status->setText(groupErrorText(error));
}

QString TapTargetPicker::groupErrorText(const GraphError &error) const
{
    // The general messages speak of users; these failures are about groups.
    switch (error.kind) {
    case GraphError::Kind::InsufficientPrivileges:
        return tr("Your account may not read groups. Ask a Global Administrator for a role that may (for example "
                  "Directory Readers), or choose a CSV file of the users instead.");
    case GraphError::Kind::NotFound:
        //: %1 is the name of the group chosen
        return tr("The group %1 no longer exists. Search for the group again.").arg(m_groupName);
    default:
        return ErrorMessages::forGraphError(error).text;
    }
}

void TapTargetPicker::pickGroup(QListWidgetItem *item)
{
    if (!item || m_source != Source::Group)
        return;
    if (m_members) {
        m_members->disconnect(this);
        m_members->deleteLater();
    }
    m_groupName = item->text();
    m_notListed = 0;
    m_readingMembers = true;
    m_groupFailed = false;
    setUsers({});
    m_members = new TapGroupMembers(m_session->graph(), directoryUsers(), this);
    connect(m_members, &TapGroupMembers::finished, this, &TapTargetPicker::onMembers);
    connect(m_members, &TapGroupMembers::failed, this, [this](const GraphError &error) {
        m_readingMembers = false;
        m_groupFailed = true;
        m_status->setText(groupErrorText(error));
    });
    m_members->read(item->data(Qt::UserRole).toString());
}

void TapTargetPicker::onMembers(const QList<DirectoryUser> &users, const QStringList &notListed)
{
    m_readingMembers = false;
    m_notListed = int(notListed.size());
    setUsers(users);
}

void TapTargetPicker::setUsers(const QList<DirectoryUser> &users)
{
    m_users = users;
    updateStatus();
    Q_EMIT usersChanged(m_users);
}

void TapTargetPicker::updateStatus()
{
    if (m_groupFailed)
        return;
    const int count = int(m_users.size());
    QString text;
    switch (m_source) {
    case Source::Ticked:
        text = m_listed.kind == TapListedUsers::Kind::Shown
            ? tr("To issue passes for several users, tick them in the list first.")
            : tr("%n user(s) ticked in the list.", nullptr, count);
        break;
    case Source::CsvFile:
        if (m_csvName.isEmpty())
            text = tr("Choose Browse… to pick a CSV file with one user name or object ID on each line.");
        else if (m_listLoading)
            text = tr("The user list is still loading. Wait until every user is listed, then choose the file "
                      "again.");
        else if (!m_csvError.isEmpty())
            //: %1 is a file name, %2 the reason it cannot be read
            text = tr("%1 cannot be read: %2. Choose another file.").arg(m_csvName, m_csvError);
        else if (m_csvProblems.isEmpty())
            text = tr("%n user(s) found in %1.", nullptr, count).arg(m_csvName);
        else
            text = tr("%n user(s) found in %1. The lines below were left out: fix them and choose the file again, "
                      "or issue passes for the users found.",
                      nullptr, count)
                       .arg(m_csvName);
        break;
    case Source::Group:
        if (m_readingMembers)
            text = tr("Reading the members of %1…").arg(m_groupName);
        else if (!m_groupName.isEmpty() && m_notListed > 0)
            text = tr("%n member(s) of %1 found in the user list.", nullptr, count).arg(m_groupName) + u' '
                   + tr("%n member(s) are not users in the list (devices, groups, or users not loaded yet) and get "
                        "no pass.",
                        nullptr, m_notListed);
        else if (!m_groupName.isEmpty())
            text = tr("%n member(s) of %1 found in the user list.", nullptr, count).arg(m_groupName);
        else if (!m_noGroupsFor.isEmpty())
            //: %1 is what the admin typed to find a group
            text = tr("No group's name starts with %1. Check the spelling, or type less of the name.")
                       .arg(m_noGroupsFor);
        else if (m_moreGroups)
            text = tr("More groups start with this name than are listed: type more of it.");
        else
            text = tr("Type the start of a group's name, then choose the group.");
        break;
    }
    m_status->setText(text);
}

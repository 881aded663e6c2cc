// SPDX-License-Identifier: MIT
#include "ui/users/UsersPage.h"
#include "ui_UsersPage.h"

#include "directory/UserDirectory.h"
#include "directory/UserDirectoryLoader.h"
#include "directory/UserFilterProxyModel.h"
#include "directory/UserListModel.h"
#include "directory/UserSelection.h"
#include "ui/texts/ErrorMessages.h"
#include "ui/users/UserDetailsPane.h"
#include "ui/users/UsersPageRegistration.h"
#include "ui/users/UsersPageSearch.h"
#include "ui/users/UserTableColumns.h"
#include "ui/widgets/PaintThrottle.h"
#include "ui/widgets/PlainTextItemDelegate.h"
#include "ui/widgets/SplitterFit.h"
#include "ui/widgets/ClearButtonName.h"

#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLocale>
#include <QMenu>
#include <QMouseEvent>
#include <QTableView>

#include <utility>

using namespace Qt::Literals::StringLiterals;

UsersPage::UsersPage(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::UsersPage>())
    , m_selection(new UserSelection(this))
    , m_proxy(new UserFilterProxyModel(this))
    , m_columns(nullptr)
    , m_actionRefresh(new QAction(this))
    , m_actionFind(new QAction(this))
    , m_actionSelectAll(new QAction(this))
    , m_actionClearSelection(new QAction(this))
    , m_actionInvertSelection(new QAction(this))
    , m_actionReset(new QAction(this))
    , m_actionResend(new QAction(this))
    , m_actionPolicies(new QAction(this))
    , m_actionSelectionPolicies(new QAction(this))
{
    m_ui->setupUi(this);
    const Ui::UsersPage &ui = *m_ui;
    m_details = std::make_unique<UserDetailsPane>(UserDetailsPane::Labels {ui.labelDetailsName, ui.labelDetailsUpn,
        ui.labelDetailsMail, ui.labelDetailsOtherMails, ui.labelDetailsMobile, ui.labelDetailsPhones,
        ui.labelDetailsRoles, ui.labelDetailsSignIn, ui.labelDetailsPolicies, ui.labelDetailsLastChange,
        ui.labelDetailsStatus});
    m_search = new UsersPageSearch(m_ui->lineSearch, m_ui->labelSearchStatus, this);
    m_paintThrottle = new PaintThrottle(m_ui->tableUsers, this);
    m_statusThrottle = new PaintThrottle(m_ui->widgetLoading, this);
    // Pages of a load are sorted into the list when the table is about to show them.
    connect(m_paintThrottle, &PaintThrottle::aboutToPaint, m_proxy, &UserFilterProxyModel::flushNewRows);
    m_registration = new UsersPageRegistration({m_ui->comboFilter,
                                                   int(UserFilterProxyModel::QuickFilter::NotRegisteredForSelfServiceReset),
                                                   m_ui->widgetRegistrationConsent, m_ui->labelRegistrationConsent,
                                                   m_ui->buttonRegistrationConsent},
        this);

    QTableView *view = m_ui->tableUsers;
    view->setModel(m_proxy);
    view->setItemDelegate(new PlainTextItemDelegate(view));
    view->verticalHeader()->hide();
    // Fixed rows: with 100,000 of them the header must not measure or track sizes per row.
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    QHeaderView *header = view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setHighlightSections(false);
    header->setSortIndicator(UserListModel::DisplayName, Qt::AscendingOrder);
    // The proxy keeps the sort for the list it is given later (setDirectory).
    view->setSortingEnabled(true);
    m_columns = new UserTableColumns(view);
    m_ui->splitterUsers->setStretchFactor(0, 3);
    m_ui->splitterUsers->setStretchFactor(1, 1);
    m_ui->splitterUsers->setSizes({900, 300});
    m_ui->labelDetailsName->setStyleSheet(u"font-weight: 600;"_s);
    m_ui->labelLoadProblem->setStyleSheet(u"background: #fff4ce; color: #3b2f00;"_s);

    // Clicks on the checkbox column are ours: plain toggles one user, Shift ticks a range.
    view->viewport()->installEventFilter(this);
    view->installEventFilter(this);
    m_ui->lineSearch->installEventFilter(this);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    view->addActions({m_actionReset, m_actionResend, m_actionPolicies, m_actionSelectionPolicies, separator,
                      m_actionSelectAll, m_actionClearSelection, m_actionInvertSelection});

    m_actionFind->setObjectName(u"actionFindUser"_s);
    m_actionFind->setShortcut(QKeySequence::Find);
    m_actionRefresh->setObjectName(u"actionRefreshUsers"_s);
    m_actionRefresh->setShortcut(QKeySequence(Qt::Key_F5));
    m_actionSelectAll->setObjectName(u"actionSelectAllUsers"_s);
    m_actionSelectAll->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_actionClearSelection->setObjectName(u"actionClearSelection"_s);
    m_actionInvertSelection->setObjectName(u"actionInvertSelection"_s);
    m_actionReset->setObjectName(u"actionResetPassword"_s);
    m_actionReset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_actionResend->setObjectName(u"actionResendPassword"_s);
    m_actionResend->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_actionPolicies->setObjectName(u"actionPasswordPolicies"_s);
    m_actionSelectionPolicies->setObjectName(u"actionSelectionPasswordPolicies"_s);
    for (QAction *action : {m_actionFind, m_actionRefresh, m_actionSelectAll, m_actionReset, m_actionResend}) {
        action->setShortcutContext(Qt::WindowShortcut);
        addAction(action);
    }
    connect(m_actionFind, &QAction::triggered, this, [this] {
        m_ui->lineSearch->setFocus(Qt::ShortcutFocusReason);
        m_ui->lineSearch->selectAll();
    });
    connect(m_actionRefresh, &QAction::triggered, this, &UsersPage::refresh);
    connect(m_actionSelectAll, &QAction::triggered, this, &UsersPage::selectAllShown);
    connect(m_actionClearSelection, &QAction::triggered, this, &UsersPage::clearSelection);
    connect(m_actionInvertSelection, &QAction::triggered, this, &UsersPage::invertSelectionShown);
    connect(m_actionReset, &QAction::triggered, this, [this] { requestReset(ResetRequest::Action::Reset); });
    connect(m_actionResend, &QAction::triggered, this, [this] { requestReset(ResetRequest::Action::Resend); });
    connect(m_actionPolicies, &QAction::triggered, this, [this] {
        const DirectoryUser user = currentUser();
        if (user.isValid())
            Q_EMIT policiesRequested({user});
    });
    connect(m_actionSelectionPolicies, &QAction::triggered, this, [this] {
        const QList<DirectoryUser> users = selectedUsers();
        if (!users.isEmpty())
            Q_EMIT policiesRequested(users);
    });
    connect(m_ui->buttonPasswordPolicies, &QPushButton::clicked, m_actionPolicies, &QAction::trigger);
    connect(m_ui->buttonResetPassword, &QPushButton::clicked, m_actionReset, &QAction::trigger);
    connect(m_ui->buttonResendPassword, &QPushButton::clicked, m_actionResend, &QAction::trigger);
    connect(m_ui->buttonRefresh, &QPushButton::clicked, m_actionRefresh, &QAction::trigger);
    connect(m_ui->buttonSelectAll, &QPushButton::clicked, m_actionSelectAll, &QAction::trigger);
    connect(m_ui->buttonClearSelection, &QPushButton::clicked, m_actionClearSelection, &QAction::trigger);
    connect(m_ui->buttonInvertSelection, &QPushButton::clicked, m_actionInvertSelection, &QAction::trigger);
    connect(m_ui->buttonCancelLoad, &QPushButton::clicked, this, &UsersPage::cancelLoad);

    connect(m_ui->lineSearch, &QLineEdit::textChanged, m_proxy, &UserFilterProxyModel::setSearchText);
    connect(m_ui->comboFilter, &QComboBox::currentIndexChanged, this, [this](int index) {
        // The combo's items are in the enum's order (UsersPage.ui).
        m_proxy->setQuickFilter(UserFilterProxyModel::QuickFilter(qMax(0, index)));
    });

    connect(m_selection, &UserSelection::changed, this, &UsersPage::updateCounts);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &UsersPage::updateCounts);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &UsersPage::updateCounts);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &UsersPage::updateCounts);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &UsersPage::updateCounts);
    connect(
        view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &UsersPage::onCurrentChanged);

    retranslate();
}

UsersPage::~UsersPage()
{
    // The directory outlives the page: what the page asked of it is of no use to anyone now.
    if (m_loader)
        m_loader->cancel();
    if (m_detailsLoader)
        m_detailsLoader->cancel();
    // Our children outlive this destructor (QWidget deletes them later) and signal as they go.
    const QList<QObject *> senders {m_directory, m_model, m_proxy, m_selection, m_loader, m_detailsLoader,
        m_ui->tableUsers->selectionModel(), m_ui->tableUsers->horizontalHeader()};
    for (QObject *sender : senders) {
        if (sender)
            disconnect(sender, nullptr, this, nullptr);
    }
}

QString UsersPage::settingsGroup()
{
    return UserTableColumns::settingsGroup();
}

QMenu *UsersPage::columnsMenu() const
{
    return m_columns->menu();
}

QTableView *UsersPage::table() const
{
    return m_ui->tableUsers;
}

UserDirectory *UsersPage::directory() const
{
    return m_directory;
}

void UsersPage::setDirectory(UserDirectory *directory)
{
    // Bound to the directory already, or to none (a directory being destroyed is none already).
    if (directory ? m_directory == directory : !m_model)
        return;
    if (m_model) {
        // Nothing of the old directory may reach the page any more, not even its cancellations.
        if (m_directory)
            disconnect(m_directory, nullptr, this, nullptr);
        for (QObject *sender : std::initializer_list<QObject *> {m_model, m_loader, m_detailsLoader})
            disconnect(sender, nullptr, this, nullptr);
        m_loader->cancel();
        m_detailsLoader->cancel();
        m_model->setSelection(nullptr);
    }
    m_directory = directory;
    m_model = directory ? directory->model() : nullptr;
    m_loader = directory ? directory->loader() : nullptr;
    m_detailsLoader = directory ? directory->detailsLoader() : nullptr;
    m_loadError = {};
    m_received = 0;
    m_expected = 0;
    m_details->setModel(m_model);
    m_anchorId.clear();
    if (m_model)
        m_model->setSelection(m_selection);
    // The table loses or gains every column here: that is not the admin hiding or resizing them.
    m_columns->beginModelChange();
    m_proxy->setSourceModel(m_model);
    m_columns->endModelChange(m_model != nullptr);
    if (directory) {
        // The directory goes before its children: let go of them while they are still there.
        connect(directory, &QObject::destroyed, this, [this] { setDirectory(nullptr); });
        // A refresh may change or delete the user shown; the pane follows the model.
        connect(m_model, &QAbstractItemModel::dataChanged, this, &UsersPage::showDetails);
        connect(m_model, &QAbstractItemModel::rowsRemoved, this, &UsersPage::showDetails);
        connect(m_model, &QAbstractItemModel::modelReset, this, &UsersPage::showDetails);
        connect(m_loader, &UserDirectoryLoader::started, this, &UsersPage::onLoadStarted);
        connect(m_loader, &UserDirectoryLoader::progress, this, [this](int received) {
            m_received = received;
            showHeldRows();
            updateLoading();
        });
        connect(m_loader, &UserDirectoryLoader::expectedCountReceived, this, [this](int expected) {
            m_expected = expected;
            updateLoading();
        });
        connect(m_loader, &UserDirectoryLoader::finished, this, &UsersPage::onLoadFinished);
        connect(m_detailsLoader, &UserDetailsLoader::loaded, this, [this](const UserContactDetails &details) {
            m_details->setContact(details);
            showDetails();
        });
        connect(m_detailsLoader, &UserDetailsLoader::failed, this, [this](const QString &userId, const GraphError &error) {
            m_details->setContactFailed(userId, error);
            showDetails();
        });
        // A full load that completed left its delta link behind; a cancelled one cleared it.
        m_loaded = !m_loader->deltaLink().isEmpty();
    } else {
        m_loaded = false;
    }
    m_search->attach(directory ? directory->search() : nullptr, m_loader);
    m_registration->attach(m_model, m_loader);
    if (m_loader && m_loader->isBusy())
        onLoadStarted(m_loader->isLoadingAll());
    updateLoading();
    updateCounts();
    showDetails();
}

void UsersPage::setAuthSession(AuthSession *auth)
{
    m_registration->setAuthSession(auth);
}

void UsersPage::setSelfId(const QString &id)
{
    if (m_model)
        m_model->setSelfId(id);
}

void UsersPage::load()
{
    if (!m_loader)
        return;
    m_loadError = {};
    m_loader->load();
}

void UsersPage::refresh()
{
    if (!m_loader || m_loader->isBusy())
        return;
    m_loadError = {};
    m_loader->refresh();
}

void UsersPage::cancelLoad()
{
    if (m_loader)
        m_loader->cancel();
}

void UsersPage::clear()
{
    cancelLoad();
    if (m_detailsLoader)
        m_detailsLoader->cancel();
    m_loaded = false;
    m_loadError = {};
    m_anchorId.clear();
    m_selection->clear();
    if (m_model) {
        m_model->clear();
        m_model->setSelfId({});
    }
    m_ui->lineSearch->clear();
    m_ui->comboFilter->setCurrentIndex(0);
    retranslate();
}

void UsersPage::selectAllShown()
{
    m_selection->selectAll(m_proxy->visibleIds());
}

void UsersPage::clearSelection()
{
    m_selection->clear();
}

void UsersPage::invertSelectionShown()
{
    m_selection->invert(m_proxy->visibleIds());
}

void UsersPage::onLoadStarted(bool full)
{
    m_loadFull = full;
    m_received = 0;
    m_expected = 0;
    m_proxy->setHoldNewRows(true);
    m_paintThrottle->setActive(true);
    m_statusThrottle->setActive(true);
    updateLoading();
}

void UsersPage::showHeldRows()
{
    if (!m_proxy->hasHeldRows())
        return;
    // The first rows of a load show at once; later pages wait for the next throttled paint,
    // unless the admin is scrolling or typing and the table paints freely.
    if (!m_paintThrottle->isHolding())
        m_proxy->flushNewRows();
    else if (m_proxy->rowCount() == 0)
        m_paintThrottle->paintNow(); // brings the rows in (aboutToPaint) and shows them at once
}

void UsersPage::onLoadFinished(const GraphError &error)
{
    m_loadError = error;
    if (!error.isError())
        m_loaded = true;
    m_proxy->setHoldNewRows(false);
    m_paintThrottle->setActive(false);
    m_statusThrottle->setActive(false);
    updateLoading();
    updateCounts();
}

void UsersPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QWidget::changeEvent(event);
}

bool UsersPage::eventFilter(QObject *watched, QEvent *event)
{
    QTableView *view = m_ui->tableUsers;
    if (watched == view->viewport()) {
        switch (event->type()) {
        case QEvent::MouseButtonPress:
        case QEvent::MouseButtonDblClick:
        case QEvent::MouseButtonRelease: {
            auto *mouse = static_cast<QMouseEvent *>(event);
            if (mouse->button() != Qt::LeftButton)
                break;
            const QPoint pos = mouse->position().toPoint();
            const QModelIndex index = view->indexAt(pos);
            if (!index.isValid() || index.column() != UserListModel::Selected)
                break;
            if (event->type() == QEvent::MouseButtonPress) {
                // Making the row current may scroll it: the release then lands on another row.
                m_pressedCheckbox = index;
                view->setFocus(Qt::MouseFocusReason);
                view->setCurrentIndex(index);
            } else if (event->type() == QEvent::MouseButtonRelease) {
                const QModelIndex pressed = std::exchange(m_pressedCheckbox, QPersistentModelIndex());
                if (pressed.isValid())
                    checkboxClicked(pressed, mouse->modifiers());
            }
            return true; // the delegate would toggle the box a second time
        }
        default:
            break;
        }
    } else if (watched == m_ui->lineSearch && event->type() == QEvent::KeyPress) {
        // From the search, Down or Enter goes to the results, on the first one: the keyboard
        // user's way from typing a name to acting on that user.
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool toResults = key->modifiers() == Qt::NoModifier
                               && (key->key() == Qt::Key_Down || key->key() == Qt::Key_Return
                                   || key->key() == Qt::Key_Enter);
        if (toResults && view->model()->rowCount() > 0) {
            if (!view->currentIndex().isValid())
                view->setCurrentIndex(view->model()->index(0, UserListModel::DisplayName));
            view->setFocus(Qt::TabFocusReason);
            return true;
        }
    } else if (watched == view && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Space && key->modifiers() == Qt::NoModifier) {
            toggleCurrent();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

bool UsersPage::checkboxClicked(const QModelIndex &index, Qt::KeyboardModifiers modifiers)
{
    if (!index.isValid() || index.column() != UserListModel::Selected)
        return false;
    const QString id = m_proxy->userIdAt(index.row());
    if (id.isEmpty())
        return false;
    if (modifiers.testFlag(Qt::ShiftModifier) && !m_anchorId.isEmpty()) {
        const int anchorSourceRow = m_model->rowOf(m_anchorId);
        const int anchorRow
            = anchorSourceRow < 0 ? -1 : m_proxy->mapFromSource(m_model->index(anchorSourceRow, 0)).row();
        if (anchorRow >= 0) {
            // The range takes the anchor's state, as in mail clients: tick one, shift-tick another.
            m_selection->setRange(
                m_proxy->idsInRange(anchorRow, index.row()), m_selection->isSelected(m_anchorId));
            return true;
        }
    }
    m_selection->toggle(id);
    m_anchorId = id;
    return true;
}

void UsersPage::toggleCurrent()
{
    const QModelIndex current = m_ui->tableUsers->currentIndex();
    if (!current.isValid())
        return;
    const QString id = m_proxy->userIdAt(current.row());
    if (id.isEmpty())
        return;
    m_selection->toggle(id);
    m_anchorId = id;
}

void UsersPage::onCurrentChanged()
{
    const QModelIndex current = m_ui->tableUsers->currentIndex();
    const QString id = current.isValid() ? m_proxy->userIdAt(current.row()) : QString();
    if (!m_details->setUser(id))
        return;
    if (m_detailsLoader)
        m_detailsLoader->load(id);
    showDetails();
}

void UsersPage::showDetails()
{
    const bool shown = m_details->show();
    m_actionReset->setEnabled(shown);
    m_actionResend->setEnabled(shown);
    m_actionPolicies->setEnabled(shown);
    m_ui->buttonPasswordPolicies->setEnabled(shown);
    m_ui->buttonResetPassword->setEnabled(shown);
    m_ui->buttonResendPassword->setEnabled(shown);
    fitDetailsPane();
}

void UsersPage::fitDetailsPane()
{
    // Longer captions (Swedish) and an address that cannot wrap must not push the values out of
    // sight behind a scroll bar: the pane takes the width its texts need from the list.
    SplitterFit::widenScrollPaneToContents(m_ui->splitterUsers, m_ui->scrollDetails);
}

void UsersPage::updateCounts()
{
    const qsizetype selected = m_selection->count();
    m_ui->labelSelectedCount->setText(tr("%n user(s) selected", "", int(selected)));
    m_ui->labelShownCount->setText(
        tr("Showing %L1 of %L2").arg(m_proxy->rowCount()).arg(m_model ? m_model->rowCount() : 0));
    m_ui->buttonClearSelection->setEnabled(selected > 0);
    m_actionClearSelection->setEnabled(selected > 0);
    m_actionSelectionPolicies->setEnabled(selected > 0);
    m_actionSelectionPolicies->setText(tr("Password policies for %n selected user(s)…", "", int(selected)));
}

void UsersPage::updateLoading()
{
    const bool busy = m_loader && m_loader->isBusy();
    m_ui->widgetLoading->setVisible(busy);
    m_ui->buttonRefresh->setEnabled(m_loader && !busy);
    m_actionRefresh->setEnabled(m_loader && !busy);
    if (busy) {
        // The count is the directory's estimate: users created meanwhile may take the load past it.
        const bool counted = m_loadFull && m_expected > 0;
        m_ui->progressLoading->setRange(0, counted ? qMax(m_expected, m_received) : 0);
        m_ui->progressLoading->setValue(counted ? m_received : 0);
        m_ui->labelLoading->setText(counted      ? tr("Loading users… %L1 of %L2").arg(m_received).arg(m_expected)
                                        : m_loadFull ? tr("Loading users… %L1").arg(m_received)
                                                     : tr("Checking for changes… %L1").arg(m_received));
    }

    QString problem;
    if (!busy && m_loadError.kind == GraphError::Kind::Cancelled)
        problem = tr("Loading was cancelled, so the list may be incomplete. Press F5 to load it again.");
    else if (!busy && m_loadError.isError())
        problem = tr("ResetDesk could not load the users. %1")
                      .arg(ErrorMessages::forGraphError(m_loadError).text);
    m_ui->labelLoadProblem->setText(problem);
    m_ui->labelLoadProblem->setVisible(!problem.isEmpty());
}

void UsersPage::retranslate()
{
    m_actionFind->setText(tr("&Find user"));
    m_actionRefresh->setText(tr("R&efresh"));
    m_actionSelectAll->setText(tr("Select &all"));
    m_actionClearSelection->setText(tr("C&lear selection"));
    m_actionInvertSelection->setText(tr("I&nvert selection"));
    m_actionReset->setText(tr("Rese&t password…"));
    m_actionResend->setText(tr("Re&send password…"));
    m_actionPolicies->setText(tr("Password p&olicies…"));
    m_columns->retranslate();
    m_ui->tableUsers->horizontalHeader()->setAccessibleName(tr("Columns: right-click to show or hide"));
    m_search->retranslate();
    m_registration->retranslate();
    nameClearButton(m_ui->lineSearch, tr("Clear search"));
    updateCounts();
    updateLoading();
    showDetails();
}

DirectoryUser UsersPage::currentUser() const
{
    return m_details->user();
}

UserContactDetails UsersPage::contactDetails(const QString &userId) const
{
    return m_details->contactDetails(userId);
}

bool UsersPage::showUser(const QString &userId)
{
    const int row = m_model ? m_model->rowOf(userId) : -1;
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, UserListModel::DisplayName));
    if (!index.isValid())
        return false;
    m_ui->tableUsers->setCurrentIndex(index);
    m_ui->tableUsers->scrollTo(index);
    return true;
}

QList<DirectoryUser> UsersPage::selectedUsers() const
{
    QList<DirectoryUser> users;
    if (!m_model)
        return users;
    const int rows = m_model->rowCount();
    for (int row = 0; row < rows; ++row) {
        const DirectoryUser &user = m_model->userAt(row);
        if (m_selection->isSelected(user.id()))
            users.append(user);
    }
    return users;
}

void UsersPage::requestReset(ResetRequest::Action action)
{
    const DirectoryUser user = currentUser();
    if (user.isValid())
        Q_EMIT resetRequested(user, action);
}

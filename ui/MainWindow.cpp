// SPDX-License-Identifier: MIT
#include "MainWindow.h"
#include "ui_MainWindow.h"

#include "AppInfo.h"
#include "LanguageManager.h"

#include <QActionGroup>
#include <QEvent>
#include <QIcon>
#include <QKeySequence>
#include <QLabel>
#include <QMessageBox>

using namespace Qt::Literals::StringLiterals;

MainWindow::MainWindow(LanguageManager *languages, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_languages(languages)
    , m_languageGroup(new QActionGroup(this))
    , m_statusConnection(new QLabel(this))
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(u":/icons/resetdesk.svg"_s));
    m_ui->actionQuit->setShortcut(QKeySequence::Quit);
    m_ui->actionAbout->setShortcut(QKeySequence::HelpContents);
    m_ui->labelSignedOutTitle->setStyleSheet(u"font-size: 16pt; font-weight: 600;"_s);
    statusBar()->addPermanentWidget(m_statusConnection);

    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionAboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);

    buildLanguageMenu();
    retranslate();
}

MainWindow::~MainWindow() = default;

QString MainWindow::aboutText() const
{
    return tr("<h3>ResetDesk %1</h3>"
              "<p>Resets Microsoft 365 passwords through Microsoft Graph: for one user, a selection "
              "or everyone, with temporary passwords you can show, print or email.</p>"
              "<p>Built with Qt %2, running on Qt %3.</p>")
        .arg(AppInfo::version(), QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::buildLanguageMenu()
{
    m_languageGroup->setExclusive(true);
    const QString saved = LanguageManager::savedChoice();

    auto *systemAction = m_ui->menuLanguage->addAction(QString());
    systemAction->setObjectName(u"actionLanguageSystem"_s);
    systemAction->setCheckable(true);
    systemAction->setData(QString());
    systemAction->setChecked(saved.isEmpty());
    m_languageGroup->addAction(systemAction);
    m_ui->menuLanguage->addSeparator();

    for (const QString &language : LanguageManager::availableLanguages()) {
        // Each language is named in itself, so nobody has to read a foreign word to find theirs.
        auto *action = m_ui->menuLanguage->addAction(LanguageManager::nativeName(language));
        action->setObjectName(u"actionLanguage_"_s + language);
        action->setCheckable(true);
        action->setData(language);
        action->setChecked(saved == language);
        m_languageGroup->addAction(action);
    }
    connect(m_languageGroup, &QActionGroup::triggered, this,
            [this](QAction *action) { chooseLanguage(action->data().toString()); });
}

void MainWindow::chooseLanguage(const QString &language)
{
    LanguageManager::saveChoice(language);
    if (m_languages)
        m_languages->apply(language); // widgets retranslate on QEvent::LanguageChange
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About ResetDesk"), aboutText());
}

void MainWindow::retranslate()
{
    const auto actions = m_languageGroup->actions();
    for (QAction *action : actions) {
        if (action->data().toString().isEmpty())
            action->setText(tr("&System language"));
    }
    m_statusConnection->setText(tr("Not signed in"));
    m_statusConnection->setAccessibleName(tr("Connection status"));
}

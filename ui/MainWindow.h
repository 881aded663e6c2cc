// SPDX-License-Identifier: MIT
#pragma once

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}
class LanguageManager;
class QActionGroup;
class QLabel;

/** The console's main window: menus, status bar and the page for the current session state. */
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    explicit MainWindow(LanguageManager *languages, QWidget *parent = nullptr);
    ~MainWindow() override;

    /** The text of the About box, also used by tests. */
    QString aboutText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildLanguageMenu();
    void chooseLanguage(const QString &language);
    void showAbout();
    void retranslate();

    const std::unique_ptr<Ui::MainWindow> m_ui;
    LanguageManager *m_languages;
    QActionGroup *m_languageGroup;
    QLabel *m_statusConnection;
};

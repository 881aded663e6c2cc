// SPDX-License-Identifier: MIT
#pragma once

#include "bulk/BulkCsvImport.h"
#include "directory/DirectoryUser.h"
#include "ui/tap/TapListedUsers.h"
#include "tap/TapGroupSearch.h"

#include <QList>
#include <QPointer>
#include <QWidget>

#include <functional>

class ConsoleSession;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QTimer;
class TapGroupMembers;

/**
 * Who gets a Temporary Access Pass: the users ticked in the list, the users a CSV file names
 * (TapTargets::fromCsv, its problems as sentences saying what to fix), or the members of a group
 * found by name (TapGroupSearch, then TapGroupMembers). Tells the dialog each time the users
 * change; the dialog runs the pre-flight on them.
 */
class TapTargetPicker final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TapTargetPicker)
public:
    enum class Source { Ticked, CsvFile, Group };
    /** Asks for the CSV file to read; empty when the admin cancels. Tests replace the QFileDialog. */
    using FileChooser = std::function<QString()>;

    /** Larger files are not lists of users; refusing them keeps a wrong pick from freezing the window. */
    static constexpr qint64 maximumCsvBytes = qint64(16) << 20;

    TapTargetPicker(ConsoleSession *session, const TapListedUsers &listed, QWidget *parent = nullptr);
    ~TapTargetPicker() override;

    void setCsvChooser(FileChooser chooser) { m_csvChooser = std::move(chooser); }
    Source source() const { return m_source; }
    const QList<DirectoryUser> &users() const { return m_users; }
    /** Reads @p path as the CSV source (the Browse… button, after the file dialog). */
    void loadCsv(const QString &path);

Q_SIGNALS:
    /** The users of the source chosen now; empty while a source has none yet. */
    void usersChanged(const QList<DirectoryUser> &users);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildControls();
    void retranslate();
    void chooseSource(Source source);
    void chooseCsv();
    void searchGroups();
    void onGroupsFound(const QString &prefix, const QList<TapGroupSearch::Group> &groups, bool more);
    void onGroupsFailed(const QString &prefix, const GraphError &error);
    QString groupErrorText(const GraphError &error) const;
    void pickGroup(QListWidgetItem *item);
    void onMembers(const QList<DirectoryUser> &users, const QStringList &notListed);
    void setUsers(const QList<DirectoryUser> &users);
    void updateStatus();
    QList<DirectoryUser> directoryUsers() const;

    ConsoleSession *m_session;
    TapListedUsers m_listed;
    Source m_source = Source::Ticked;
    bool m_sourceChosen = false;
    QList<DirectoryUser> m_users;
    FileChooser m_csvChooser;
    TapGroupSearch *m_search;
    QPointer<TapGroupMembers> m_members;

    /** What the status line says, kept so a language switch can say it again. */
    QString m_csvName;
    QList<BulkCsvImport::Problem> m_csvProblems;
    QString m_csvError;
    bool m_listLoading = false;
    QString m_groupName;
    int m_notListed = 0;
    bool m_groupFailed = false;
    bool m_moreGroups = false;
    /** What the admin typed when no group matched; empty otherwise. */
    QString m_noGroupsFor;
    bool m_readingMembers = false;

    QRadioButton *m_fromTicked = nullptr;
    QRadioButton *m_fromCsv = nullptr;
    QRadioButton *m_fromGroup = nullptr;
    QPushButton *m_browse = nullptr;
    QLabel *m_findLabel = nullptr;
    QLineEdit *m_find = nullptr;
    QListWidget *m_groups = nullptr;
    QTimer *m_searchDelay = nullptr;
    QLabel *m_status = nullptr;
    QPlainTextEdit *m_problems = nullptr;
};

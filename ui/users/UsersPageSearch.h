// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

class QLabel;
class QLineEdit;
class UserDirectoryLoader;
class UserServerSearch;

/**
 * The Active users page's search field, beyond the client-side filter: while the list is still
 * loading, what the admin types (UserServerSearch::MinimumLength characters or more, after a
 * pause of DebounceMs) is also asked of the directory, so matches on pages that have not
 * arrived appear at once. Each keystroke cancels the search under way. A discreet label says
 * what is going on; once the list is complete the search is client-side only.
 */
class UsersPageSearch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsersPageSearch)
public:
    static constexpr int DebounceMs = 300;

    UsersPageSearch(QLineEdit *field, QLabel *status, QObject *parent = nullptr);
    ~UsersPageSearch() override;

    /**
     * Asks @p search (which fills the list @p loader reads) while @p loader reads every user;
     * null: client-side only. Both belong to the directory the page shows.
     */
    void attach(UserServerSearch *search, UserDirectoryLoader *loader);
    UserServerSearch *serverSearch() const;
    void retranslate();

private:
    enum class Status { None, Searching, Shown, Failed };

    void onTextChanged();
    void startSearch();
    void setStatus(Status status);

    QLineEdit *m_field;
    QLabel *m_status;
    QTimer m_debounce;
    QPointer<UserServerSearch> m_search;
    QPointer<UserDirectoryLoader> m_loader;
    Status m_state = Status::None;
};

// SPDX-License-Identifier: MIT
#include "ui/users/UsersPageSearch.h"

#include "directory/UserDirectoryLoader.h"
#include "directory/UserServerSearch.h"

#include <QLabel>
#include <QLineEdit>

UsersPageSearch::UsersPageSearch(QLineEdit *field, QLabel *status, QObject *parent)
    : QObject(parent)
    , m_field(field)
    , m_status(status)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(DebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &UsersPageSearch::startSearch);
    connect(m_field, &QLineEdit::textChanged, this, &UsersPageSearch::onTextChanged);
    setStatus(Status::None);
}

UsersPageSearch::~UsersPageSearch() = default;

UserServerSearch *UsersPageSearch::serverSearch() const
{
    return m_search;
}

void UsersPageSearch::attach(UserServerSearch *search, UserDirectoryLoader *loader)
{
    m_debounce.stop();
    if (m_search) {
        disconnect(m_search, nullptr, this, nullptr);
        // What this field asked for is of no use to another directory.
        m_search->cancel();
    }
    if (m_loader)
        disconnect(m_loader, nullptr, this, nullptr);
    m_search = search;
    m_loader = loader;
    setStatus(Status::None);
    if (!search || !loader)
        return;
    connect(m_search, &UserServerSearch::started, this, [this] { setStatus(Status::Searching); });
    connect(m_search, &UserServerSearch::finished, this,
        [this](const QString &, int, int, const GraphError &error) {
            if (error.kind == GraphError::Kind::Cancelled)
                setStatus(Status::None);
            else
                setStatus(error.isError() ? Status::Failed : Status::Shown);
        });
    connect(loader, &UserDirectoryLoader::started, this, [this](bool full) {
        setStatus(Status::None);
        // Text typed before a new load (F5 after a cancel) counts for it too.
        if (full)
            onTextChanged();
    });
    connect(loader, &UserDirectoryLoader::finished, this, [this] {
        m_debounce.stop();
        setStatus(Status::None);
    });
}

void UsersPageSearch::onTextChanged()
{
    if (m_search)
        m_search->cancel();
    const bool worthAsking
        = m_search && m_loader && m_loader->isLoadingAll() && UserServerSearch::isSearchable(m_field->text());
    if (worthAsking)
        m_debounce.start();
    else
        m_debounce.stop();
}

void UsersPageSearch::startSearch()
{
    if (m_search)
        m_search->search(m_field->text());
}

void UsersPageSearch::setStatus(Status status)
{
    m_state = status;
    retranslate();
}

void UsersPageSearch::retranslate()
{
    QString text;
    switch (m_state) {
    case Status::None:
        break;
    case Status::Searching:
        text = tr("Searching the directory…");
        break;
    case Status::Shown:
        text = tr("Showing matches from the directory; the list is still loading");
        break;
    case Status::Failed:
        text = tr("The directory could not be searched; matches appear as the list loads");
        break;
    }
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

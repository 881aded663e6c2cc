// SPDX-License-Identifier: MIT
#pragma once

#include "directory/DirectoryUser.h"
#include "directory/UserDetailsLoader.h"
#include "graph/GraphError.h"

#include <QCoreApplication>
#include <QPointer>
#include <QString>

class QLabel;
class UserListModel;

/**
 * The values of the users page's details pane: the current user's row from the list, and the
 * contact details read for that user alone (an answer for a user no longer current is dropped).
 * It fills the pane's labels; the page decides what else follows the current user.
 */
class UserDetailsPane final
{
    // The page's context: these texts have always been translated there.
    Q_DECLARE_TR_FUNCTIONS(UsersPage)
public:
    struct Labels
    {
        QLabel *name = nullptr;
        QLabel *userPrincipalName = nullptr;
        QLabel *mail = nullptr;
        QLabel *otherMails = nullptr;
        QLabel *mobile = nullptr;
        QLabel *phones = nullptr;
        QLabel *roles = nullptr;
        QLabel *signIn = nullptr;
        QLabel *policies = nullptr;
        QLabel *lastChange = nullptr;
        QLabel *status = nullptr;
    };

    explicit UserDetailsPane(const Labels &labels);

    /** The list the pane reads rows from; forgets the user shown. */
    void setModel(UserListModel *model);
    /** Makes @p userId (empty: nobody) the pane's user; false when it already was. */
    bool setUser(const QString &userId);
    /** The contact details read for a user; ignored unless that user is the pane's. */
    void setContact(const UserContactDetails &details);
    void setContactFailed(const QString &userId, const GraphError &error);

    /** The pane's user as the list has them (invalid when none or no longer listed). */
    DirectoryUser user() const;
    /** The contact details read for @p userId, or empty ones. */
    UserContactDetails contactDetails(const QString &userId) const;
    /** Fills the labels; false when there is no user to show. */
    bool show() const;

private:
    int row() const;
    /** @p roles of the current user, with the role-assignable groups they come through. */
    QString withRoleGroups(const QString &roles) const;

    Labels m_labels;
    QPointer<UserListModel> m_model;
    QString m_userId;
    UserContactDetails m_contact;
    GraphError m_contactError;
};

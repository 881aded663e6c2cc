// SPDX-License-Identifier: MIT
#include "ui/users/UserDetailsPane.h"

#include "directory/UserListModel.h"
#include "ui/texts/ErrorMessages.h"
#include "ui/widgets/Announcement.h"

#include <QLabel>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

UserDetailsPane::UserDetailsPane(const Labels &labels)
    : m_labels(labels)
{
}

void UserDetailsPane::setModel(UserListModel *model)
{
    m_model = model;
    m_userId.clear();
    m_contact = {};
    m_contactError = {};
}

bool UserDetailsPane::setUser(const QString &userId)
{
    if (userId == m_userId)
        return false;
    m_userId = userId;
    m_contact = {};
    m_contactError = {};
    return true;
}

void UserDetailsPane::setContact(const UserContactDetails &details)
{
    if (details.id == m_userId)
        m_contact = details;
}

void UserDetailsPane::setContactFailed(const QString &userId, const GraphError &error)
{
    if (userId == m_userId)
        m_contactError = error;
}

int UserDetailsPane::row() const
{
    return m_userId.isEmpty() || !m_model ? -1 : m_model->rowOf(m_userId);
}

DirectoryUser UserDetailsPane::user() const
{
    const int at = row();
    return at < 0 ? DirectoryUser() : m_model->userAt(at);
}

UserContactDetails UserDetailsPane::contactDetails(const QString &userId) const
{
    return m_contact.id == userId ? m_contact : UserContactDetails();
}

bool UserDetailsPane::show() const
{
    const Labels &labels = m_labels;
    const int at = row();
    if (at < 0) {
        labels.name->setText(tr("No user chosen"));
        for (QLabel *label : {labels.userPrincipalName, labels.mail, labels.otherMails, labels.mobile, labels.phones,
                 labels.roles, labels.signIn, labels.policies, labels.lastChange})
            label->clear();
        labels.status->setText(tr("Choose a user in the list to see their details."));
        return false;
    }
    const DirectoryUser &user = m_model->userAt(at);
    // The model's own texts, so the pane and the columns always say the same.
    const auto cell = [this, at](int column) { return m_model->index(at, column).data().toString(); };
    const QString notSet = tr("Not set");
    const auto orNotSet = [&notSet](const QString &text) { return text.isEmpty() ? notSet : text; };
    //: No admin roles / no password policies
    const QString none = tr("None");
    const auto orNotAny = [&none](const QString &text) { return text.isEmpty() ? none : text; };
    const bool contactKnown = m_contact.id == m_userId;
    const QString waiting = m_contactError.isError() ? tr("Unknown") : tr("Reading…");

    labels.name->setText(cell(UserListModel::DisplayName));
    labels.userPrincipalName->setText(user.userPrincipalName());
    labels.mail->setText(contactKnown ? orNotSet(m_contact.mail) : orNotSet(user.mail()));
    labels.otherMails->setText(contactKnown ? orNotSet(m_contact.otherMails.join(u", "_s)) : waiting);
    labels.mobile->setText(contactKnown ? orNotSet(m_contact.mobilePhone) : waiting);
    labels.phones->setText(contactKnown ? orNotSet(m_contact.businessPhones.join(u", "_s)) : waiting);
    labels.roles->setText(
        !m_model->rolesKnown() ? tr("Unknown") : withRoleGroups(orNotAny(cell(UserListModel::AdminRoles))));
    labels.signIn->setText(cell(UserListModel::SignInAllowed));
    labels.policies->setText(orNotAny(cell(UserListModel::PasswordPolicies)));
    labels.lastChange->setText(user.lastPasswordChangeMSecs() == 0
            ? tr("Unknown")
            : QLocale().toString(user.lastPasswordChange().toLocalTime(), QLocale::ShortFormat));
    // A failed read is announced; "Reading…" at every move through the list would only be noise.
    if (m_contactError.isError())
        Announcement::showMessage(labels.status, tr("ResetDesk could not read this user's contact details. %1")
                                                     .arg(ErrorMessages::forGraphError(m_contactError).text));
    else
        labels.status->setText(contactKnown ? QString() : tr("Reading contact details…"));
    return true;
}

QString UserDetailsPane::withRoleGroups(const QString &roles) const
{
    QString text = roles;
    const QStringList groups = m_model->roleGroupsOf(m_userId);
    if (!groups.isEmpty())
        //: %1: the admin roles, %2: the role-assignable groups the user is a member of
        text = tr("%1, as a member of the role-assignable group %2", nullptr, int(groups.size()))
                   .arg(text, QLocale().createSeparatedList(groups));
    if (m_model->unreadRoleGroups() > 0)
        text = tr("%1. Roles held through role-assignable groups are not shown: ResetDesk may not read who is in "
                  "them.")
                   .arg(text);
    return text;
}

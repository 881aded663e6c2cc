// SPDX-License-Identifier: MIT
#pragma once

#include "directory/DirectoryUser.h"

#include <QList>

class UsersPage;

/**
 * The users the list hands a Temporary Access Pass run: the ticked ones or, with none ticked, the
 * one user shown, so a pass for one person needs no tick first (as Reset password… needs none).
 */
struct TapListedUsers
{
    enum class Kind { Ticked, Shown };

    // Implicit: a list of users is the ticked ones.
    TapListedUsers(QList<DirectoryUser> ticked = {})
        : users(std::move(ticked))
    {
    }

    /** From the users page: its ticks, else the user it shows (if any). */
    static TapListedUsers from(const UsersPage &page);

    QList<DirectoryUser> users;
    Kind kind = Kind::Ticked;
};

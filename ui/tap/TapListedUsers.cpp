// SPDX-License-Identifier: MIT
#include "ui/tap/TapListedUsers.h"

#include "ui/users/UsersPage.h"

TapListedUsers TapListedUsers::from(const UsersPage &page)
{
    TapListedUsers listed(page.selectedUsers());
    if (!listed.users.isEmpty())
        return listed;
    const DirectoryUser shown = page.currentUser();
    if (shown.isValid()) {
        listed.users = {shown};
        listed.kind = Kind::Shown;
    }
    return listed;
}

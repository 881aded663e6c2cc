// SPDX-License-Identifier: MIT
#pragma once

class DirectoryUser;
struct ResetRequest;
struct SignedInAdmin;

/**
 * The checks before a reset is sent, each a typed verdict the dialog
 * explains. Graph stays authoritative; this only stops requests that are known to fail.
 */
class ResetPreflight final
{
public:
    enum class Verdict {
        Allowed,
        /** The target is the signed-in admin: use "change my password". */
        SelfReset,
        /** An invited guest signs in at home; their password is not ours to reset. */
        Guest,
        /** The admin's roles cannot reset this user's roles (Entra's "Who can reset passwords"). */
        RoleCannotReset,
        /** Synced from on-premises: a cloud reset is refused (or not written back) unless writeback is
           chosen. */
        SyncedUser,
        /** Writeback chosen, but it needs an Authentication, Privileged Authentication or Global
           Administrator. */
        WritebackNeedsAuthenticationAdmin,
    };

    struct Result
    {
        Verdict verdict = Verdict::Allowed;
        /**
         * The admin's roles could not be read (no RoleManagement.Read.Directory consent): role
         * checks were skipped and the server decides.
         */
        bool rolesUnverified = false;
        /** Writeback is possible for this synced user with these roles (offer it in the dialog). */
        bool writebackAvailable = false;

        bool allowed() const { return verdict == Verdict::Allowed; }
    };

    static Result check(const DirectoryUser &target, const SignedInAdmin &admin, const ResetRequest &request);
};

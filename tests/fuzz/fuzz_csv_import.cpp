// SPDX-License-Identifier: MIT
// The CSV file an admin exported from Excel (or wrote by hand) to start a bulk reset from.
#include "FuzzSupport.h"

#include "bulk/BulkCsvImport.h"
#include "directory/DirectoryUser.h"

using namespace Qt::Literals::StringLiterals;

namespace {

/** The loaded users the rows are matched against, as a /users page gives them; the seeds name them. */
QList<DirectoryUser> loadedUsers()
{
    QByteArray page = R"([
        {"id":"7d0e5b6a-1c2f-4e8a-9b3d-0a1b2c3d4e5f","displayName":"Anna Berg",
         "userPrincipalName":"anna.berg@contoso.se","accountEnabled":true,"userType":"Member"},
        {"id":"1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9","displayName":"Örjan Åkesson",
         "userPrincipalName":"orjan.akesson@contoso.se","accountEnabled":true,"userType":"Member"},
        {"id":"0a9b8c7d-6e5f-4a3b-8c2d-1e0f9a8b7c6d","displayName":"Lars Öberg",
         "userPrincipalName":"lars.oberg@contoso.se","accountEnabled":false,"userType":"Member"}
    ])";
    return DirectoryUser::listFromJson(JsonText::padded(page));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QList<DirectoryUser> users = loadedUsers();
    const QByteArray csv = Fuzz::bytes(data, size);
    const BulkCsvImport::Result result = BulkCsvImport::read(csv, users, u"Contoso"_s);

    Fuzz::check(result.targets.size() <= users.size(), "each user is a target at most once");
    Fuzz::check(result.targets.size() <= result.rowCount, "targets come from rows");
    Fuzz::check(!result.ok() || result.rowCount > 0, "a file without rows is not ok");
    for (const BulkTarget &target : result.targets)
        Fuzz::check(target.line >= 1, "a target names its line");
    for (const BulkCsvImport::Problem &problem : result.problems) {
        if (problem.kind == BulkCsvImport::ProblemKind::Duplicate)
            Fuzz::check(problem.firstLine >= 1 && problem.firstLine < problem.line, "a duplicate points back");
    }
    return 0;
}

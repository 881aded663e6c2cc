// SPDX-License-Identifier: MIT
#include "cli/CliDirectory.h"

#include "cli/CliOutput.h"
#include "cli/CliSession.h"
#include "cli/CliTexts.h"
#include "directory/UserDirectory.h"
#include "directory/UserDirectoryLoader.h"
#include "directory/UserListModel.h"
#include "session/ConsoleSession.h"

void CliDirectory::load(CliSession *session, QObject *context, std::function<void()> loaded,
                        std::function<void(CliExit)> failed)
{
    UserDirectoryLoader *loader = session->console()->directory()->loader();
    QObject::connect(
        loader, &UserDirectoryLoader::finished, context,
        [session, loaded, failed](const GraphError &error) {
            if (!error.isError())
                return loaded();
            session->output().tell(CliTexts::forGraphError(error));
            failed(CliTexts::exitFor(error));
        },
        Qt::SingleShotConnection);
    loader->load();
}

int CliDirectory::find(CliSession *session, const QString &name)
{
    const UserListModel *model = session->console()->directory()->model();
    int row = model->rowOf(name);
    for (int candidate = 0; row < 0 && candidate < model->rowCount(); ++candidate) {
        if (model->userAt(candidate).userPrincipalName().compare(name, Qt::CaseInsensitive) == 0)
            row = candidate;
    }
    if (row < 0)
        session->output().tell(tr("No user is called %1.").arg(name));
    return row;
}

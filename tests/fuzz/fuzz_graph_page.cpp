// SPDX-License-Identifier: MIT
// A page of a Graph collection as the service sends it: /users (with every user field the list
// reads), delta rounds with removed users, nextLink and deltaLink.
#include "FuzzSupport.h"

#include "directory/DirectoryUser.h"
#include "graph/GraphPage.h"
#include "graph/GraphRequest.h"

namespace {

const GraphHeaders jsonHeaders{{"Content-Type", "application/json;odata.metadata=minimal;charset=utf-8"}};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = Fuzz::bytes(data, size);

    // As UserDirectoryLoader reads it: checked once, users decoded in place.
    const GraphResponse raw = GraphResponse::fromHttp(200, jsonHeaders, body, true);
    if (raw.ok()) {
        const GraphPage page = GraphPage::read(raw, true);
        const QList<DirectoryUser> users = DirectoryUser::listFromJson(page.rawItems);
        for (const DirectoryUser &user : users)
            Fuzz::check(user.isValid(), "the list holds only users it could read");
        // A delta round's items, removed ones included.
        const DirectoryUser::Changes changes = DirectoryUser::changesFromJson(page.rawItems);
        for (const DirectoryUser &user : changes.changed)
            Fuzz::check(user.isValid(), "a delta holds only users it could read");
        for (const QString &id : changes.removed)
            Fuzz::check(!id.isEmpty(), "a removed user has an id");
        Fuzz::check(changes.changed.size() + changes.removed.size() == users.size(),
            "a delta reads the users a list reads, each as changed or removed");
    } else {
        Fuzz::check(raw.error.kind == GraphError::Kind::MalformedResponse, "an unreadable page is malformed");
    }

    // As the other collection readers read it: through QJsonDocument.
    const GraphResponse parsed = GraphResponse::fromHttp(200, jsonHeaders, body, false);
    if (parsed.ok())
        GraphPage::read(parsed, false);
    return 0;
}

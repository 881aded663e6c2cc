// SPDX-License-Identifier: MIT
// A page of a Graph collection as the service sends it: /users (with every user field the list
// reads), delta rounds with removed users, nextLink and deltaLink.
#include "FuzzSupport.h"

#include "directory/DirectoryUser.h"
#include "graph/GraphPage.h"
#include "graph/GraphRequest.h"

using namespace Qt::Literals::StringLiterals;

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
        // A delta round's items, one by one, removed ones included.
        JsonElements elements(page.rawItems);
        while (elements.next()) {
            const JsonView item = elements.value();
            if (item.member("@removed"_L1).isValid())
                item.member("id"_L1).toString();
            else
                DirectoryUser::fromJson(item);
        }
    } else {
        Fuzz::check(raw.error.kind == GraphError::Kind::MalformedResponse, "an unreadable page is malformed");
    }

    // As the other collection readers read it: through QJsonDocument.
    const GraphResponse parsed = GraphResponse::fromHttp(200, jsonHeaders, body, false);
    if (parsed.ok())
        GraphPage::read(parsed, false);
    return 0;
}

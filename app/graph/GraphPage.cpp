// SPDX-License-Identifier: MIT
#include "graph/GraphPage.h"

using namespace Qt::Literals::StringLiterals;

GraphPage GraphPage::read(const GraphResponse &response, bool raw)
{
    GraphPage page;
    if (raw) {
        JsonMembers members(response.rawJson());
        while (members.next()) {
            if (members.key().equals("value"_L1))
                page.rawItems = members.value();
            else if (members.key().equals("@odata.nextLink"_L1))
                page.nextLink = members.value().toString();
            else if (members.key().equals("@odata.deltaLink"_L1))
                page.deltaLink = members.value().toString();
        }
        return page;
    }
    page.object = response.object();
    page.items = page.object.value(u"value"_s).toArray();
    page.nextLink = page.object.value(u"@odata.nextLink"_s).toString();
    page.deltaLink = page.object.value(u"@odata.deltaLink"_s).toString();
    return page;
}

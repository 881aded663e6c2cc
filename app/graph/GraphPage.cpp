// SPDX-License-Identifier: MIT
#include "graph/GraphPage.h"

#include "graph/JsonRead.h"

using namespace Qt::Literals::StringLiterals;

namespace {

/** The links of a page and where its "value" array lies, in one pass over the page's members. */
void readRaw(const JsonText &text, GraphPage &page)
{
    simdjson::ondemand::document document;
    if (!JsonRead::iterate(JsonRead::parser(), text, document))
        return;
    simdjson::ondemand::object members;
    if (document.get_object().get(members) != simdjson::SUCCESS)
        return;
    for (auto next : members) {
        simdjson::ondemand::field member;
        std::string_view name;
        if (std::move(next).get(member) != simdjson::SUCCESS || member.unescaped_key().get(name) != simdjson::SUCCESS)
            return;
        simdjson::ondemand::value &value = member.value();
        if (name == "value") {
            simdjson::ondemand::array items;
            std::string_view itemsText;
            if (value.get_array().get(items) == simdjson::SUCCESS && items.raw_json().get(itemsText) == simdjson::SUCCESS)
                page.rawItems = text.part(itemsText);
        } else if (name == "@odata.nextLink") {
            page.nextLink = JsonRead::string(value);
        } else if (name == "@odata.deltaLink") {
            page.deltaLink = JsonRead::string(value);
        }
    }
}

} // namespace

GraphPage GraphPage::read(const GraphResponse &response, bool raw)
{
    GraphPage page;
    if (raw) {
        readRaw(response.rawJson(), page);
        return page;
    }
    page.object = response.object();
    page.items = page.object.value(u"value"_s).toArray();
    page.nextLink = page.object.value(u"@odata.nextLink"_s).toString();
    page.deltaLink = page.object.value(u"@odata.deltaLink"_s).toString();
    return page;
}

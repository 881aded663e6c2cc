// SPDX-License-Identifier: MIT
#pragma once

#include "graph/GraphRequest.h"
#include "graph/JsonText.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

/** One page of a Graph collection: its items and where the collection goes on. */
struct GraphPage
{
    /** Pages of keepRawJson requests: the "value" array, a view into the response's rawBody. */
    JsonText rawItems;
    /** Other pages: the "value" array and the whole page. */
    QJsonArray items;
    QJsonObject object;
    /** @odata.nextLink: the next page, to be followed verbatim. */
    QString nextLink;
    /** @odata.deltaLink: on the last page of a delta round, where the next round starts. */
    QString deltaLink;

    /**
     * Reads a successful page; @p raw for a keepRawJson request, whose body is walked once in
     * place (skipping over the items, which are left to their reader). The view is valid while
     * @p response lives.
     */
    static GraphPage read(const GraphResponse &response, bool raw);
};

// SPDX-License-Identifier: MIT
// The directory tests' common set-up against the sandbox: the admin's GraphClient, the user model
// and sorted proxy under Fatal testers, and the loader feeding them.
#pragma once

#include "CatchQt.h"
#include "WaitUntil.h"
#include "SandboxFixture.h"
#include "SandboxTokenSource.h"

#include "directory/UserDirectoryLoader.h"
#include "directory/UserFilterProxyModel.h"
#include "directory/UserListModel.h"
#include "directory/UserSelection.h"
#include "graph/GraphClient.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QTest>

#include <functional>
#include <memory>
#include <utility>

/** A GraphClient as the admin, a model under a Fatal tester, and the loader feeding it. */
struct LoaderRig
{
    SandboxFixture &fixture;
    QNetworkAccessManager network;
    SandboxTokenSource tokens;
    GraphClient client;
    UserSelection selection;
    UserListModel model;
    UserFilterProxyModel proxy;
    QAbstractItemModelTester modelTester {&model, QAbstractItemModelTester::FailureReportingMode::Fatal};
    QAbstractItemModelTester proxyTester {&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal};
    UserDirectoryLoader loader;
    QList<GraphError> finishes;

    explicit LoaderRig(SandboxFixture &f, int pageSize, SandboxTokenSource::Mint mint = {})
        : fixture(f)
        , tokens(mint ? std::move(mint) : SandboxTokenSource::Mint([&f] { return f.adminToken(); }))
        , client(&network, &tokens)
        , loader(&client)
    {
        REQUIRE(client.setGraphRoot(f.sandbox().graphUrl()));
        model.setSelection(&selection);
        model.setSelfId(f.adminId());
        proxy.setSourceModel(&model);
        proxy.sort(UserListModel::DisplayName, Qt::AscendingOrder);
        loader.setModel(&model);
        loader.setPageSize(pageSize);
        QObject::connect(&loader, &UserDirectoryLoader::finished,
            [this](const GraphError &error) { finishes.append(error); });
    }

    void runToEnd(const std::function<void()> &start)
    {
        const qsizetype before = finishes.size();
        start();
        REQUIRE(waitUntil([&] { return finishes.size() > before; }, 60000));
        REQUIRE_FALSE(loader.isBusy());
    }

    /** Cancels the loader once, from the first usersReceived() after this call. */
    void cancelOnFirstPage()
    {
        auto pending = std::make_shared<bool>(true);
        QObject::connect(&loader, &UserDirectoryLoader::usersReceived, &loader, [this, pending] {
            if (std::exchange(*pending, false))
                loader.cancel();
        });
    }

    bool proxySorted() const
    {
        for (int row = 1; row < proxy.rowCount(); ++row) {
            const QString before = proxy.index(row - 1, UserListModel::DisplayName)
                                       .data(UserListModel::SortValueRole)
                                       .toString();
            const QString here
                = proxy.index(row, UserListModel::DisplayName).data(UserListModel::SortValueRole).toString();
            if (before.compare(here, Qt::CaseInsensitive) > 0)
                return false;
        }
        return true;
    }

    qsizetype requestsTo(const QString &pathEnd) const
    {
        qsizetype count = 0;
        for (const RequestLogEntry &entry : fixture.context().log.entries())
            count += entry.path.endsWith(pathEnd) ? 1 : 0;
        return count;
    }
};

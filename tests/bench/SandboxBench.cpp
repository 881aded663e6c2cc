// SPDX-License-Identifier: MIT
#include "SandboxBench.h"

#include "BenchReport.h"

#include "sandbox/Sandbox.h"
#include "sandbox/SandboxContext.h"
#include "sandbox/TenantGenerator.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSet>
#include <QTimer>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Page
{
    int status = 0;
    QJsonObject body;
};

Page fetch(QNetworkAccessManager &network, const QUrl &url, const QByteArray &authorization)
{
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", authorization);
    QNetworkReply *reply = network.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    loop.exec();
    Page page;
    page.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    page.body = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return page;
}

} // namespace

namespace SandboxBench {

int run(const QString &, const QStringList &args)
{
    SandboxOptions options;
    options.userCount = BenchReport::optionValue(args, u"--users"_s, 100000);
    options.seed = quint32(BenchReport::optionValue(args, u"--seed"_s, 1));

    QElapsedTimer timer;
    timer.start();
    auto sandbox = std::make_unique<Sandbox>(options);
    QString error;
    if (!sandbox->start(&error)) {
        BenchReport::note(u"the sandbox did not start: "_s + error);
        return 1;
    }
    const double startSeconds = timer.nsecsElapsed() / 1e9;
    const qsizetype liveUsers = sandbox->context().tenant.liveUserCount();
    BenchReport::note(u"%1 users generated (%2 live), seed %3"_s.arg(options.userCount).arg(liveUsers).arg(options.seed));
    BenchReport::figure(u"sandbox_start_%1k_s"_s.arg(options.userCount / 1000), startSeconds, u"s"_s);

    const QString token = sandbox->context()
                              .tokens
                              .issue(sandbox->context().tenant.adminUserId, TenantGenerator::sandboxClientId(),
                                     {u"User.Read.All"_s}, false)
                              .accessToken;
    const QByteArray authorization = "Bearer " + token.toLatin1();
    QNetworkAccessManager network;
    QSet<QString> seen;
    seen.reserve(liveUsers);
    qsizetype rows = 0;
    int pages = 0;
    QUrl next(sandbox->graphUrl().toString() + u"/users?$top=999"_s);
    timer.restart();
    while (next.isValid() && !next.isEmpty()) {
        const Page page = fetch(network, next, authorization);
        if (page.status != 200) {
            BenchReport::note(u"page %1 answered HTTP %2: %3"_s.arg(pages + 1).arg(page.status).arg(
                QString::fromUtf8(QJsonDocument(page.body).toJson(QJsonDocument::Compact))));
            return 1;
        }
        ++pages;
        for (const QJsonValue &user : page.body.value(u"value"_s).toArray()) {
            seen.insert(user[u"id"_s].toString());
            ++rows;
        }
        next = QUrl(page.body.value(u"@odata.nextLink"_s).toString());
    }
    const double pagingSeconds = timer.nsecsElapsed() / 1e9;
    BenchReport::figure(u"sandbox_all_pages_%1k_s"_s.arg(options.userCount / 1000), pagingSeconds, u"s"_s);
    BenchReport::figure(u"sandbox_pages"_s, pages, u"pages"_s);
    BenchReport::figure(u"sandbox_users_seen"_s, double(seen.size()), u"users"_s);
    if (seen.size() != liveUsers || rows != liveUsers) {
        BenchReport::note(u"expected %1 users, saw %2 distinct in %3 rows"_s.arg(liveUsers).arg(seen.size()).arg(rows));
        return 1;
    }
    return 0;
}

} // namespace SandboxBench

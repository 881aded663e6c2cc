// SPDX-License-Identifier: MIT
#include "demo/InProcessBrowser.h"

#include "auth/CloudEndpoints.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int maxRedirects = 5;
}

InProcessBrowser::InProcessBrowser(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
}

bool InProcessBrowser::open(const QUrl &url)
{
    if (!CloudEndpoints::isAcceptableUrl(url))
        return false;
    follow(url, maxRedirects);
    return true;
}

void InProcessBrowser::follow(const QUrl &url, int hopsLeft)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, hopsLeft] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status >= 300 && status < 400) {
            const QUrl next = reply->url().resolved(QUrl(QString::fromUtf8(reply->rawHeader("Location"))));
            if (hopsLeft <= 0 || !CloudEndpoints::isAcceptableUrl(next)) {
                Q_EMIT failed(u"redirect not followed"_s);
                return;
            }
            follow(next, hopsLeft - 1);
            return;
        }
        // A page that is not a redirect is where a real browser would stop: the loopback
        // listener's "you can close this tab", or a sign-in form a person must fill in.
        if (reply->error() != QNetworkReply::NoError && status == 0)
            Q_EMIT failed(reply->errorString());
    });
}

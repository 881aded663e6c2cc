// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

/**
 * Plays the browser's part of an interactive sign-in without showing one: requests the
 * authorize URL and follows its redirects to the loopback listener. Only for sign-in endpoints
 * that approve without asking the user anything: the demo tenant does, real Microsoft 365 never.
 */
class InProcessBrowser final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InProcessBrowser)
public:
    explicit InProcessBrowser(QNetworkAccessManager *network, QObject *parent = nullptr);

    /** Starts following @p url; returns false for URLs it will not open (non-loopback http). */
    bool open(const QUrl &url);

Q_SIGNALS:
    /** The last page could not be reached or did not redirect where a sign-in should. */
    void failed(const QString &reason);

private:
    void follow(const QUrl &url, int hopsLeft);

    QNetworkAccessManager *m_network;
};

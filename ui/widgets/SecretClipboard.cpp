// SPDX-License-Identifier: MIT
#include "ui/widgets/SecretClipboard.h"

#include "common/Clock.h"

#include <QClipboard>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QMimeData>
#include <QRandomGenerator>

using namespace Qt::Literals::StringLiterals;

SecretClipboard::SecretClipboard(Clock *clock, QObject *parent)
    : QObject(parent)
    , m_timer(clock->createTimer(ClockTimer::Kind::SingleShot, this))
{
    connect(m_timer, &ClockTimer::timeout, this, &SecretClipboard::clearNow);
    // Digests of different copies must not be comparable to a list of common passwords.
    m_salt.resize(16);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(m_salt.data()), m_salt.size() / 4);
}

SecretClipboard::~SecretClipboard()
{
    // Quitting within the countdown must not leave the password behind.
    if (m_timer->isActive())
        clearNow();
}

void SecretClipboard::copy(const QString &secret)
{
    auto *data = new QMimeData;
    data->setText(secret);
    // KDE Klipper and other managers skip data marked as a secret.
    data->setData(u"x-kde-passwordManagerHint"_s, QByteArrayLiteral("secret"));
    // Windows: keep it out of clipboard history and cloud clipboard.
    data->setData(u"ExcludeClipboardContentFromMonitorProcessing"_s, QByteArrayLiteral("1"));
    data->setData(u"CanIncludeInClipboardHistory"_s, QByteArray(4, '\0'));
    data->setData(u"CanUploadToCloudClipboard"_s, QByteArray(4, '\0'));
    QGuiApplication::clipboard()->setMimeData(data);
    m_digest = digest(secret);
    m_timer->start(m_clearAfterMs);
    Q_EMIT copied();
}

bool SecretClipboard::isPending() const
{
    return m_timer->isActive();
}

int SecretClipboard::secondsLeft() const
{
    if (!m_timer->isActive())
        return 0;
    return int((m_timer->remainingMs() + 999) / 1000);
}

void SecretClipboard::clearNow()
{
    m_timer->stop();
    if (m_digest.isEmpty())
        return;
    QClipboard *clipboard = QGuiApplication::clipboard();
    const bool ours = digest(clipboard->text()) == m_digest;
    if (ours)
        clipboard->clear();
    m_digest.clear();
    Q_EMIT cleared(ours);
}

QByteArray SecretClipboard::digest(const QString &text) const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(m_salt);
    hash.addData(text.toUtf8());
    return hash.result();
}

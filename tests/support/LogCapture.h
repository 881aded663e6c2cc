// SPDX-License-Identifier: MIT
#pragma once

#include <QLoggingCategory>
#include <QMutex>
#include <QString>
#include <QStringList>

/**
 * Captures every message while alive ("category: message" per line), with all resetdesk.*
 * categories on, debug included; one at a time.
 */
class LogCapture
{
public:
    LogCapture()
    {
        {
            QMutexLocker locker(&mutex());
            lines_().clear();
        }
        QLoggingCategory::setFilterRules(QStringLiteral("resetdesk.*=true"));
        m_previous = qInstallMessageHandler(&LogCapture::capture);
    }
    ~LogCapture()
    {
        qInstallMessageHandler(m_previous);
        QLoggingCategory::setFilterRules(QStringLiteral("resetdesk.*.debug=false"));
    }
    LogCapture(const LogCapture &) = delete;
    LogCapture &operator=(const LogCapture &) = delete;

    QStringList lines() const
    {
        QMutexLocker locker(&mutex());
        return lines_();
    }
    /** Whether a line of @p category contains @p text. */
    bool contains(const QString &category, const QString &text) const
    {
        for (const QString &line : lines()) {
            if (line.startsWith(category + QStringLiteral(": ")) && line.contains(text))
                return true;
        }
        return false;
    }

private:
    static QMutex &mutex()
    {
        static QMutex m;
        return m;
    }
    static QStringList &lines_()
    {
        static QStringList l;
        return l;
    }
    static void capture(QtMsgType, const QMessageLogContext &context, const QString &message)
    {
        QMutexLocker locker(&mutex());
        lines_().append(QString::fromLatin1(context.category ? context.category : "default") + QStringLiteral(": ")
                        + message);
    }

    QtMessageHandler m_previous = nullptr;
};

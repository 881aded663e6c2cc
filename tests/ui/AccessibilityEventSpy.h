// SPDX-License-Identifier: MIT
#pragma once

#include "CatchQt.h"
#include "WaitUntil.h"

#include <QAccessible>
#include <QAccessibleEvent>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

/**
 * Records the accessibility events the application raises, in place of the platform bridge
 * (AT-SPI on Linux) that would pass them on, while it lives: which object, which event, and the
 * object's name then. Qt raises events only while the bridge is active, as it is when a screen
 * reader runs: tests that use it run under Xvfb with the AT-SPI bus (tests/ui/with-atspi.sh).
 */
class AccessibilityEventSpy final
{
public:
    struct Event
    {
        QPointer<QObject> object;
        QAccessible::Event type;
        QString name;
    };

    AccessibilityEventSpy()
    {
        // The bridge turns active once it has reached the accessibility bus.
        REQUIRE(waitUntil([] { return QAccessible::isActive(); }, 10000));
        events().clear();
        m_previous = QAccessible::installUpdateHandler(&AccessibilityEventSpy::record);
    }
    ~AccessibilityEventSpy() { QAccessible::installUpdateHandler(m_previous); }
    AccessibilityEventSpy(const AccessibilityEventSpy &) = delete;
    AccessibilityEventSpy &operator=(const AccessibilityEventSpy &) = delete;

    /** The names @p object had when it raised @p type, oldest first. */
    QStringList heard(const QObject *object, QAccessible::Event type) const
    {
        QStringList names;
        for (const Event &event : std::as_const(events())) {
            if (event.object == object && event.type == type)
                names.append(event.name);
        }
        return names;
    }

    void clear() { events().clear(); }

private:
    // The handler is a plain function pointer, so the record lives in one place.
    static QList<Event> &events()
    {
        static QList<Event> recorded;
        return recorded;
    }

    static void record(QAccessibleEvent *event)
    {
        QAccessibleInterface *accessible = event->accessibleInterface();
        events().append(
            {event->object(), event->type(), accessible ? accessible->text(QAccessible::Name) : QString()});
    }

    QAccessible::UpdateHandler m_previous = nullptr;
};

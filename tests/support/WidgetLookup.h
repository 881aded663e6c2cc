// SPDX-License-Identifier: MIT
#pragma once

#include "CatchQt.h"

#include <QObject>
#include <QString>
#include <QTest>
#include <QWidget>

/** The child of @p parent named @p name; fails the test (saying which name) when there is none. */
template<typename T> T *child(const QObject &parent, const QString &name)
{
    auto *found = parent.findChild<T *>(name);
    INFO(name.toStdString());
    REQUIRE(found);
    return found;
}

template<typename T> T *child(const QObject *parent, const QString &name)
{
    REQUIRE(parent);
    return child<T>(*parent, name);
}

template<typename T> T *child(const QObject &parent, const char *name)
{
    return child<T>(parent, QString::fromLatin1(name));
}

/** Shows @p widget and waits until the window system has it on screen. */
inline void showAndWait(QWidget &widget)
{
    widget.show();
    REQUIRE(QTest::qWaitForWindowExposed(&widget));
}

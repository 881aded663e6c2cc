// SPDX-License-Identifier: MIT
// One include for every test: Catch2 v3 (split headers) where installed, else v2 (Debian 12's
// single header), plus printers so failures show Qt values instead of "{?}".
#pragma once

#if __has_include(<catch2/catch_test_macros.hpp>)
#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>
#include <catch2/catch_tostring.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>
#define RESETDESK_CATCH2_V3 1
#else
#include <catch2/catch.hpp>
#endif

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Catch {

template<>
struct StringMaker<QString>
{
    static std::string convert(const QString &value) { return '"' + value.toStdString() + '"'; }
};

template<>
struct StringMaker<QByteArray>
{
    static std::string convert(const QByteArray &value) { return '"' + value.toStdString() + '"'; }
};

template<>
struct StringMaker<QUrl>
{
    static std::string convert(const QUrl &value) { return '<' + value.toString().toStdString() + '>'; }
};

template<>
struct StringMaker<QStringList>
{
    static std::string convert(const QStringList &value)
    {
        return "[\"" + value.join(QStringLiteral("\", \"")).toStdString() + "\"]";
    }
};

template<>
struct StringMaker<QJsonValue>
{
    static std::string convert(const QJsonValue &value)
    {
        return QJsonDocument::fromVariant(value.toVariant()).toJson(QJsonDocument::Compact).toStdString();
    }
};

} // namespace Catch

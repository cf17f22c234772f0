// SPDX-License-Identifier: GPL-3.0-or-later
// Catch2 2 (Debian 12) or Catch2 3 (vcpkg, Windows): the tests use the API both share.
#pragma once

#if __has_include(<catch2/catch_all.hpp>)
#include <catch2/catch_all.hpp>
#define FD_CATCH3 1
#else
#include <catch2/catch.hpp>
#endif

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVariant>

// Readable failure messages for Qt types.
namespace Catch {
template<>
struct StringMaker<QString> {
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};
template<>
struct StringMaker<QStringList> {
    static std::string convert(const QStringList &l) { return "[" + l.join(QStringLiteral(" | ")).toStdString() + "]"; }
};
template<>
struct StringMaker<QDate> {
    static std::string convert(const QDate &d) { return d.isValid() ? d.toString(Qt::ISODate).toStdString() : "(invalid date)"; }
};
template<>
struct StringMaker<QVariant> {
    static std::string convert(const QVariant &v) { return v.toString().toStdString(); }
};
} // namespace Catch

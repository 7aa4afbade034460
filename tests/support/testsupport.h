// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/database.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <memory>
#include <ostream>

// Lets Catch2 print QStrings in failure messages.
inline std::ostream &operator<<(std::ostream &os, const QString &s)
{
    return os << s.toStdString();
}

namespace sb::test {

/// A temporary folder with a fresh workspace file in it.
struct TempWorkspace
{
    QTemporaryDir dir;
    QString path;
    std::unique_ptr<sb::core::Database> db;

    TempWorkspace();
    /// Closes and reopens the workspace (to test persistence).
    void reopen();
};

/// Text dump of every table's rows in primary-key order: equal dumps mean equal data.
QString dumpTables(const sb::core::Database &db, const QStringList &skipTables = {});
/// The same, without tombstones (rows with deleted = 1): equal dumps mean equal live data.
QString dumpLiveTables(const sb::core::Database &db, const QStringList &skipTables = {});

} // namespace sb::test

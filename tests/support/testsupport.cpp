// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/testsupport.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

namespace sb::test {

TempWorkspace::TempWorkspace() : path(dir.filePath(QStringLiteral("workspace.salesbench")))
{
    REQUIRE(dir.isValid());
    db = sb::core::Database::open(path);
}

void TempWorkspace::reopen()
{
    db.reset();
    db = sb::core::Database::open(path);
}

namespace {

QString dump(const sb::core::Database &db, const QStringList &skipTables, bool liveOnly)
{
    QString out;
    QSqlQuery tables(db.connection());
    tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                               "AND name NOT LIKE 'sqlite_%' ORDER BY name"));
    QStringList names;
    while (tables.next())
        names.append(tables.value(0).toString());
    for (const QString &table : names) {
        if (skipTables.contains(table))
            continue;
        out += u'#' + table + u'\n';
        // Table and column names come from sqlite_master, not from input.
        QSqlQuery columns(db.connection());
        bool hasDeleted = false;
        columns.exec(QStringLiteral("PRAGMA table_info(\"%1\")").arg(table));
        while (columns.next())
            hasDeleted = hasDeleted || columns.value(1).toString() == u"deleted";
        QSqlQuery rows(db.connection());
        rows.exec(QStringLiteral("SELECT * FROM \"%1\"%2 ORDER BY 1")
                      .arg(table, liveOnly && hasDeleted ? QStringLiteral(" WHERE deleted = 0") : QString()));
        while (rows.next()) {
            const QSqlRecord rec = rows.record();
            QStringList cells;
            for (int i = 0; i < rec.count(); ++i)
                cells.append(rec.value(i).isNull() ? QStringLiteral("\\N") : rec.value(i).toString());
            out += cells.join(u'|') + u'\n';
        }
    }
    return out;
}

} // namespace

QString dumpTables(const sb::core::Database &db, const QStringList &skipTables)
{
    return dump(db, skipTables, false);
}

QString dumpLiveTables(const sb::core::Database &db, const QStringList &skipTables)
{
    return dump(db, skipTables, true);
}

} // namespace sb::test

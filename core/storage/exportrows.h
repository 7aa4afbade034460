// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/sqlite/sqliteexportcursor.h"

#include <QByteArrayView>
#include <QString>
#include <QStringList>

namespace sb::core {

class Database;

/// The live rows of one exportable entity, streamed in the export's order (natural
/// key), references given by natural key (codes, numbers, SKUs) rather than ids,
/// amounts as integer minor units. The columns are the ones exportColumns() names,
/// in that order. The bulk read path of exports: values come straight from the
/// engine's row, valid until the next call to next().
class ExportRows final
{
public:
    /// Starts reading `entity`. Throws Error::Usage for an entity without a query
    /// (see entities()) and Error::Database when the query cannot run.
    ExportRows(const Database &db, const QString &entity);

    /// The entities with a query.
    static QStringList entities();
    /// The number of columns `entity`'s rows have (0 for an unknown one).
    static int columnCount(const QString &entity);

    /// Moves to the next row: false after the last. Throws Error::Database.
    bool next() { return m_cursor.next(); }
    bool isNull(int column) const { return m_cursor.isNull(column); }
    /// Text as UTF-8 bytes, without decoding (valid until next()).
    QByteArrayView utf8(int column) const { return m_cursor.utf8(column); }
    QString text(int column) const { return m_cursor.text(column); }
    qint64 integer(int column) const { return m_cursor.integer(column); }

private:
    SqliteExportCursor m_cursor;
};

} // namespace sb::core

// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>
#include <QtGlobal>

struct sqlite3;
struct sqlite3_stmt;

namespace sb::core {

class Database;

/// The native cursor under ExportRows: one SELECT stepped on the C API, so that an
/// export streams its rows without Qt's per-value QVariant boxing. While it lives,
/// the connection reads the file through a memory map (an export reads most pages
/// of its tables once). Failures throw sb::core::Error in the "sb::core::Exporter"
/// context, naming `what` (the entity).
class SqliteExportCursor final
{
public:
    SqliteExportCursor(const Database &db, const char *sql, QString what);
    ~SqliteExportCursor();
    SqliteExportCursor(const SqliteExportCursor &) = delete;
    SqliteExportCursor &operator=(const SqliteExportCursor &) = delete;

    /// Steps to the next row: false when there is none.
    bool next();
    bool isNull(int column) const;
    /// The column's text as UTF-8 bytes, valid until the next step.
    QByteArrayView utf8(int column) const;
    QString text(int column) const;
    qint64 integer(int column) const;

private:
    void setMmapSize(qint64 bytes);

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_what;
    qint64 m_previousMmap = 0;
    bool m_mapped = false;
};

} // namespace sb::core

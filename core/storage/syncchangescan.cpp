// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/syncchangescan.h"

#include "core/storage/database.h"
#include "core/storage/syncsql.h"

#include <QCoreApplication>

namespace sb::core {

namespace {

/// Translations in the "sb::core::Sync" context, spelled SyncText::tr() so that
/// lupdate files them under the context the program asks for.
class SyncText final
{
    Q_DECLARE_TR_FUNCTIONS(sb::core::Sync)
};

QString fromClause(const QString &table, bool full)
{
    return QStringLiteral(" FROM ") + table
        + QStringLiteral(" t LEFT JOIN sync_shadow s ON s.table_name = ? AND s.record_id = t.id "
                         "AND s.peer = ? WHERE ")
        + (full ? QStringLiteral("1 = 1")
                : QStringLiteral("s.known_version IS NULL OR s.known_version <> t.version "
                                 "OR s.known_updated_at IS NULL OR s.known_updated_at <> t.updated_at "
                                 "OR s.known_office IS NULL OR s.known_office <> t.updated_by_office"));
}

} // namespace

SyncChangeScan::SyncChangeScan(const Database &db, const QString &table, const QStringList &columns,
                               const QString &peer, bool full)
    : m_db(db),
      m_table(table),
      m_peer(peer),
      m_from(fromClause(table, full)),
      m_columnCount(columns.size()),
      m_query(db.prepare(QStringLiteral("SELECT ") + syncsql::columnList(columns, QStringLiteral("t"))
                         + QStringLiteral(", s.values_json")
                         + m_from
                         // Tombstones first: a record deleted and created again under the same
                         // natural key (an undone import imported again) arrives in that order.
                         + QStringLiteral(" ORDER BY t.deleted DESC, t.id"))),
      m_integer(columns.size(), false)
{
    m_query.addBindValue(m_table);
    m_query.addBindValue(m_peer);
    Database::exec(m_query, SyncText::tr("read the records to send"));
}

bool SyncChangeScan::next()
{
    if (!m_query.next()) {
        m_query.finish();
        return false;
    }
    const int n = int(m_columnCount);
    SyncValues row;
    row.reserve(n);
    for (int i = 0; i < n; ++i) {
        const QVariant value = m_query.value(i);
        row.append(syncvalues::fromStored(value));
        m_integer[i] = value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int;
    }
    m_row = std::move(row);
    const QVariant base = m_query.value(n);
    m_base = base.isNull() ? SyncValue() : SyncValue(base.toString());
    return true;
}

void SyncChangeScan::markSent()
{
    QSqlQuery mark = m_db.prepare(
        QStringLiteral(
            "INSERT INTO sync_shadow (table_name, record_id, peer, known_version, known_updated_at, "
            "known_office) SELECT ?, t.id, ?, t.version, t.updated_at, t.updated_by_office")
        + m_from
        + QStringLiteral(
            " ON CONFLICT (table_name, record_id, peer) DO UPDATE SET "
            "known_version = excluded.known_version, known_updated_at = excluded.known_updated_at, "
            "known_office = excluded.known_office"));
    mark.addBindValue(m_table);
    mark.addBindValue(m_peer);
    mark.addBindValue(m_table);
    mark.addBindValue(m_peer);
    Database::exec(mark, SyncText::tr("save the sync state"));
}

} // namespace sb::core

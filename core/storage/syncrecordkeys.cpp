// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/syncrecordkeys.h"

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

} // namespace

SyncRecordKeys::SyncRecordKeys(const Database &db) : m_db(db) { }

QString SyncRecordKeys::key(const QString &table, const QStringList &keyColumns, const QString &id)
{
    auto it = m_queries.find(table);
    if (it == m_queries.end()) {
        it = m_queries.insert(table,
                              m_db.prepare(QStringLiteral("SELECT ") + syncsql::columnList(keyColumns)
                                           + QStringLiteral(" FROM ") + table
                                           + QStringLiteral(" WHERE id = ?")));
    }
    QSqlQuery &q = *it;
    q.bindValue(0, id);
    Database::exec(q, SyncText::tr("read a record"));
    QStringList parts;
    if (q.next()) {
        for (int i = 0; i < int(keyColumns.size()); ++i)
            parts.append(q.value(i).toString());
    }
    q.finish();
    return parts.join(u'/');
}

} // namespace sb::core

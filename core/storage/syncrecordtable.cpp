// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/syncrecordtable.h"

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

QStringList assignments(const QStringList &columns)
{
    QStringList list;
    for (const QString &column : columns)
        list.append(column + QStringLiteral(" = ?"));
    return list;
}

} // namespace

SyncRecordTable::SyncRecordTable(const Database &db, const QString &table, const QStringList &columns)
    : m_columnCount(columns.size()),
      m_select(db.prepare(QStringLiteral("SELECT ") + syncsql::columnList(columns) + QStringLiteral(" FROM ")
                          + table + QStringLiteral(" WHERE id = ?"))),
      m_insert(db.prepare(QStringLiteral("INSERT INTO ") + table + QStringLiteral(" (")
                          + syncsql::columnList(columns) + QStringLiteral(") VALUES (")
                          + QStringList(columns.size(), QStringLiteral("?")).join(u',') + u')')),
      m_update(db.prepare(QStringLiteral("UPDATE ") + table + QStringLiteral(" SET ")
                          + assignments(columns.mid(1)).join(QStringLiteral(", "))
                          + QStringLiteral(" WHERE id = ?")))
{
}

std::optional<SyncValues> SyncRecordTable::find(const QString &id)
{
    m_select.bindValue(0, id);
    Database::exec(m_select, SyncText::tr("read a record"));
    std::optional<SyncValues> row;
    if (m_select.next()) {
        row.emplace();
        for (int i = 0; i < int(m_columnCount); ++i)
            row->append(syncvalues::fromStored(m_select.value(i)));
    }
    m_select.finish();
    return row;
}

void SyncRecordTable::insert(const SyncValues &row)
{
    for (int i = 0; i < int(row.size()); ++i)
        m_insert.bindValue(i, syncvalues::toBindable(row[i]));
    Database::exec(m_insert, SyncText::tr("save a record from the sync package"));
}

void SyncRecordTable::update(const SyncValues &row)
{
    for (int i = 1; i < int(row.size()); ++i)
        m_update.bindValue(i - 1, syncvalues::toBindable(row[i]));
    m_update.bindValue(int(row.size()) - 1, syncvalues::toBindable(row.value(0)));
    Database::exec(m_update, SyncText::tr("save a record from the sync package"));
}

} // namespace sb::core

// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/recordio.h"
#include "core/storage/recordrows.h"
#include "core/storage/recordtable.h"
#include "core/storage/writescope.h"

#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace sb::core {

/// The write path every repository shares, written once for records of type T
/// (which carry a RecordMeta `meta`): validate, open a WriteScope, refuse a taken
/// key or id and unknown references, then insert or update with stamps, version
/// and audit entries (recordio), and tombstone or restore. A repository keeps only
/// its RecordTable and its genuinely specific queries; one with a longer write
/// (history rows, order lines) builds it from the steps below.
template<typename T>
class RecordStore final : public RecordRows
{
public:
    RecordStore(const Database &db, const RecordTable<T> &table)
        : RecordRows(db, table.spec, table.messages), m_table(table)
    {
    }

    /// Validates and inserts; assigns meta.id when empty and fills meta. Returns the stored record.
    T create(T record) const
    {
        checkValid(record);
        WriteScope tx(m_db);
        checkNew(record);
        checkReferences(record, nullptr);
        insert(record);
        tx.commit();
        return record;
    }

    /// Validates and updates the live record with record.meta.id. Returns the stored record.
    T update(T record) const
    {
        checkValid(record);
        WriteScope tx(m_db);
        const recordio::StoredRow row = require(record.meta.id);
        const T stored = m_table.fromRow(row);
        checkKeyFree(record);
        checkReferences(record, &stored);
        write(row, record);
        tx.commit();
        return record;
    }

    /// Throws the record's field errors, if any.
    void checkValid(const T &record) const
    {
        if (m_table.validate)
            checkFields(m_table.validate(record), m_table.toValues(record));
    }
    /// Before an insert: the key and a given id must be free.
    void checkNew(const T &record) const { RecordRows::checkNew(m_table.toValues(record), record.meta.id); }
    /// Before an update: no other live record may have the key.
    void checkKeyFree(const T &record) const
    {
        RecordRows::checkKeyFree(m_table.toValues(record), record.meta.id);
    }
    /// Runs the table's reference checks, if it has any; `stored` is null on create.
    void checkReferences(const T &record, const T *stored) const
    {
        if (m_table.checkReferences)
            m_table.checkReferences(m_db, record, stored);
    }
    /// Inserts with fresh stamps and logs the create (inside the caller's WriteScope).
    void insert(T &record) const
    {
        recordio::insert(m_db, m_table.spec, record.meta, m_table.toValues(record));
    }
    /// Writes `record` over the stored `row`, bumping version and logging the changed
    /// fields; false when nothing changed. record.meta gets the stored meta columns.
    bool write(const recordio::StoredRow &row, T &record) const
    {
        return recordio::update(m_db, m_table.spec, row, m_table.toValues(record), record.meta);
    }
    /// The record a stored row holds.
    T fromRow(const recordio::StoredRow &row) const { return m_table.fromRow(row); }

    /// The live record with this id.
    std::optional<T> findById(const QString &id) const
    {
        return toRecord(recordio::loadById(m_db, m_table.spec, id));
    }
    /// The live record with this natural key.
    std::optional<T> findByKey(const QString &key) const
    {
        return toRecord(recordio::loadByKey(m_db, m_table.spec, key));
    }
    /// Live records ordered by the natural key.
    QList<T> list() const { return toRecords(recordio::loadLive(m_db, m_table.spec)); }
    /// Live records whose `column` equals `value`, ordered by `orderBy` (the natural key when empty).
    QList<T> listWhere(const QString &column, const QVariant &value, const QString &orderBy = {}) const
    {
        return toRecords(recordio::loadLiveWhere(m_db, m_table.spec, column, value, orderBy));
    }

private:
    std::optional<T> toRecord(const std::optional<recordio::StoredRow> &row) const
    {
        return row ? std::optional<T>(m_table.fromRow(*row)) : std::nullopt;
    }
    QList<T> toRecords(const QList<recordio::StoredRow> &rows) const
    {
        QList<T> records;
        records.reserve(rows.size());
        for (const recordio::StoredRow &row : rows)
            records.append(m_table.fromRow(row));
        return records;
    }

    const RecordTable<T> &m_table;
};

} // namespace sb::core

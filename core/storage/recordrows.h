// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/error.h"
#include "core/domain/fielderror.h"
#include "core/storage/recordio.h"
#include "core/storage/recordtable.h"

#include <QString>
#include <QVariantList>

#include <optional>

namespace sb::core {

class Database;

/// The untyped half of RecordStore: the checks and writes of one table on its
/// stored rows (business values in TableSpec order). Every write opens its own
/// WriteScope; the checks run inside the caller's.
class RecordRows
{
public:
    RecordRows(const Database &db, const recordio::TableSpec &spec, const RecordMessages &messages);

    /// Error::Data with one of the table's messages, %1 replaced by `arg`.
    Error error(const char *message, const QString &arg) const;
    /// Throws the field errors, if any, as Error::Data headed by messages.invalid.
    void checkFields(const FieldErrors &errors, const QVariantList &values) const;
    /// Before an insert: throws when a live row has the key of `values`, or when
    /// `id` is given and any row, tombstones included, has it.
    void checkNew(const QVariantList &values, const QString &id) const;
    /// Before an update: throws when a live row other than `id` has the key of `values`.
    void checkKeyFree(const QVariantList &values, const QString &id) const;
    /// The live row with this id; throws messages.notFound when there is none.
    recordio::StoredRow require(const QString &id) const;

    /// Tombstones the live row with this id, audited as a delete.
    void remove(const QString &id) const;
    /// Takes the tombstone off (undo of a remove), audited as an update; a live
    /// row is left alone. Refused while another live row has its key.
    void restore(const QString &id) const;

    /// True when a live row other than `exceptId` has this natural key.
    bool keyExists(const QString &key, const QString &exceptId = {}) const;
    /// Number of live rows.
    qint64 count() const;
    /// The next free number PREFIX-TAG000123 for the natural key.
    QString nextNumber(const QString &tag) const;

protected:
    /// The natural key among a row's business values.
    QString keyOf(const QVariantList &values) const;

    const Database &m_db;
    const recordio::TableSpec &m_spec;
    const RecordMessages &m_messages;
    qsizetype m_keyIndex;
};

} // namespace sb::core

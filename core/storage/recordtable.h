// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/fielderror.h"
#include "core/storage/recordio.h"

#include <QVariantList>

namespace sb::core {

class Database;

/// The messages a table's shared write path throws. Each is a source text marked
/// with QT_TRANSLATE_NOOP in the owning repository's translation context and is
/// translated when thrown, so the catalogue keeps it where it always was. %1 is
/// the record's id or natural key.
struct RecordMessages
{
    const char *context; ///< translation context, e.g. "sb::core::ContactRepository"
    const char *notFound; ///< "No contact with id %1."
    const char *duplicateId; ///< "A contact with id %1 already exists."
    const char *duplicateKey; ///< "Contact code %1 already exists."
    const char *restoreClash; ///< "Contact %1 cannot be restored: another contact now uses code %1."
    const char *invalid; ///< "Contact %1", heading the field errors
};

/// How one kind of record maps to its table: the table and its columns, the
/// messages, and the few functions that are specific to the record. RecordStore
/// does the rest (transaction, stamps, version, audit, tombstones, restore).
/// The table must have a natural key column.
template<typename T>
struct RecordTable
{
    recordio::TableSpec spec;
    RecordMessages messages;
    /// The business column values of a record, in spec.columns order.
    QVariantList (*toValues)(const T &record);
    /// The record a stored row holds.
    T (*fromRow)(const recordio::StoredRow &row);
    /// Field rules, checked before every create and update.
    FieldErrors (*validate)(const T &record);
    /// Checks against other tables (references, trees), inside the write's
    /// transaction; `stored` is null on create. Throws Error::Data. May be null.
    void (*checkReferences)(const Database &db, const T &record, const T *stored) = nullptr;
};

} // namespace sb::core

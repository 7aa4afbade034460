// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/fielderror.h"
#include "core/domain/people.h"

#include <QList>
#include <QString>

#include <optional>

namespace sb::core {

class Database;

/// Field rules for a sales rep: code shape, name required, phone and e-mail
/// format, base pay not negative.
FieldErrors validateRep(const Rep &rep);

/// Reads and writes sales reps (keyed by code) with bound parameters only; same
/// transaction, versioning and audit rules as CustomerRepository. The team and
/// commission plan must be live records.
class RepRepository final
{
public:
    explicit RepRepository(const Database &db) : m_db(db) { }

    /// Validates and inserts; assigns meta.id when empty. Returns the stored record.
    Rep create(Rep rep) const;
    /// Validates and updates the live record with rep.meta.id. Returns the stored record.
    Rep update(Rep rep) const;
    /// Marks the record deleted (tombstone).
    void remove(const QString &id) const;
    /// Brings a tombstoned record back.
    void restore(const QString &id) const;

    /// The live rep with this id.
    std::optional<Rep> findById(const QString &id) const;
    /// The live rep with this code.
    std::optional<Rep> findByCode(const QString &code) const;
    /// Live reps ordered by code.
    QList<Rep> list() const;
    /// Number of live reps.
    qint64 count() const;
    /// True when another live rep uses this code (ignoring `exceptId`).
    bool codeExists(const QString &code, const QString &exceptId = {}) const;

private:
    const Database &m_db;
};

} // namespace sb::core

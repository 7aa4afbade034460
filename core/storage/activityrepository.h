// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/activity.h"

#include <QList>
#include <QString>

#include <optional>

namespace sb::core {

class Database;

/// Reads and writes sales activities with bound parameters only. Every write is
/// one transaction (or savepoint), bumps version/updated_at and appends to the
/// audit log (entity "activity"). Errors are thrown as sb::core::Error: Data for
/// validation, duplicate codes and unknown references, Database otherwise.
class ActivityRepository final
{
public:
    explicit ActivityRepository(const Database &db) : m_db(db) { }

    /// Validates and inserts; assigns meta.id when empty and fills meta. Returns the stored record.
    Activity create(Activity activity) const;
    /// Validates and updates the live record with activity.meta.id. Returns the stored record.
    Activity update(Activity activity) const;
    /// Marks the record deleted (tombstone).
    void remove(const QString &id) const;
    /// Brings a tombstoned record back (undo of a delete).
    void restore(const QString &id) const;

    std::optional<Activity> findById(const QString &id) const;
    /// The live activities of one customer, newest first (a timeline).
    QList<Activity> listForCustomer(const QString &customerId) const;
    /// True when another live activity uses this code (ignoring `exceptId`).
    bool codeExists(const QString &code, const QString &exceptId = {}) const;
    /// The next free code PREFIX-A000123 for a new activity.
    QString nextCode() const;

private:
    const Database &m_db;
};

} // namespace sb::core

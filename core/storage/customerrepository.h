// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/customer.h"

#include <QList>
#include <QString>

#include <optional>

namespace sb::core {

class Database;

/// One row of the customer list: the customer plus the display names of its references.
struct CustomerListRow
{
    Customer customer;
    QString ownerName; ///< reps.name of owner_rep_id, or empty
    QString channelName; ///< channels.name of channel_id, or empty
};

/// Reads and writes customers with bound parameters only. Every write is one
/// transaction, bumps version/updated_at/updated_by_office and appends to the
/// audit log. Errors are thrown as sb::core::Error: Data for validation and
/// constraint problems (message names the field and value), Database otherwise.
class CustomerRepository final
{
public:
    explicit CustomerRepository(const Database &db) : m_db(db) { }

    /// Validates and inserts; assigns meta.id when empty and fills meta. Returns the stored record.
    Customer create(Customer customer) const;
    /// Validates and updates the live record with customer.meta.id. Returns the stored record.
    Customer update(Customer customer) const;
    /// Marks the record deleted (tombstone).
    void remove(const QString &id) const;
    /// Brings a tombstoned record back (undo of a delete).
    void restore(const QString &id) const;

    std::optional<Customer> findById(const QString &id) const;
    std::optional<Customer> findByCode(const QString &code) const;
    /// Live customers, ordered by code, with owner and channel names.
    QList<CustomerListRow> list() const;
    qint64 count() const;
    /// True when another live customer uses this code (ignoring `exceptId`).
    bool codeExists(const QString &code, const QString &exceptId = {}) const;
    /// The next free code of the form PREFIX-C000123 for a new customer.
    QString nextCode() const;

private:
    const Database &m_db;
};

} // namespace sb::core

// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/contact.h"

#include <QList>
#include <QString>

#include <optional>

namespace sb::core {

class Database;

/// Reads and writes the contacts of customers with bound parameters only. Every
/// write is one transaction (or savepoint), bumps version/updated_at and appends
/// to the audit log (entity "contact"). Errors are thrown as sb::core::Error: Data
/// for validation, duplicate codes and unknown customers, Database otherwise.
class ContactRepository final
{
public:
    explicit ContactRepository(const Database &db) : m_db(db) { }

    /// Validates and inserts; assigns meta.id when empty and fills meta. Returns the stored record.
    Contact create(Contact contact) const;
    /// Validates and updates the live record with contact.meta.id. Returns the stored record.
    Contact update(Contact contact) const;
    /// Marks the record deleted (tombstone).
    void remove(const QString &id) const;
    /// Brings a tombstoned record back (undo of a delete).
    void restore(const QString &id) const;

    std::optional<Contact> findById(const QString &id) const;
    /// The live contacts of one customer: decision makers first, then by name.
    QList<Contact> listForCustomer(const QString &customerId) const;
    /// True when another live contact uses this code (ignoring `exceptId`).
    bool codeExists(const QString &code, const QString &exceptId = {}) const;
    /// The next free code PREFIX-CT000123 for a new contact.
    QString nextCode() const;

private:
    const Database &m_db;
};

} // namespace sb::core

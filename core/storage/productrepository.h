// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/fielderror.h"
#include "core/domain/product.h"

#include <QList>
#include <QString>

#include <optional>

namespace sb::core {

class Database;

/// Field rules for a product: SKU shape, name required, prices, safety stock and
/// lead time not negative (stock on hand may be, for backorders).
FieldErrors validateProduct(const Product &product);

/// Reads and writes products (keyed by SKU) with bound parameters only. Every
/// write is one transaction (a savepoint inside a caller's transaction), bumps
/// version/updated_at/updated_by_office and appends to the audit log.
/// Throws Error::Data for validation and key problems, Error::Database otherwise.
class ProductRepository final
{
public:
    explicit ProductRepository(const Database &db) : m_db(db) { }

    /// Validates and inserts; assigns meta.id when empty. Returns the stored record.
    Product create(Product product) const;
    /// Validates and updates the live record with product.meta.id. Returns the stored record.
    Product update(Product product) const;
    /// Marks the record deleted (tombstone).
    void remove(const QString &id) const;
    /// Brings a tombstoned record back.
    void restore(const QString &id) const;

    /// The live product with this id.
    std::optional<Product> findById(const QString &id) const;
    /// The live product with this SKU.
    std::optional<Product> findBySku(const QString &sku) const;
    /// Live products ordered by SKU.
    QList<Product> list() const;
    /// Number of live products.
    qint64 count() const;
    /// True when another live product uses this SKU (ignoring `exceptId`).
    bool skuExists(const QString &sku, const QString &exceptId = {}) const;

private:
    const Database &m_db;
};

} // namespace sb::core

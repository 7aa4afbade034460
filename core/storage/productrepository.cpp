// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/productrepository.h"

#include "core/domain/validation.h"
#include "core/storage/database.h"
#include "core/storage/recordstore.h"

#include <QCoreApplication>

namespace sb::core {

namespace {

using recordio::StoredRow;

/// Translations in the "sb::core::ProductRepository" context, spelled ProductRepositoryText::tr() so that
/// lupdate files them under the context the program asks for.
class ProductRepositoryText final
{
    Q_DECLARE_TR_FUNCTIONS(sb::core::ProductRepository)
};

enum Column {
    Sku,
    Name,
    ProductLine,
    UnitPrice,
    UnitCost,
    StockOnHand,
    SafetyStock,
    LeadTimeDays
};

QVariantList toValues(const Product &p)
{
    return {p.sku,      p.name,        p.productLine, p.unitPrice,
            p.unitCost, p.stockOnHand, p.safetyStock, p.leadTimeDays};
}

Product fromRow(const StoredRow &row)
{
    const QVariantList &v = row.values;
    Product p;
    p.meta = row.meta;
    p.sku = v[Sku].toString();
    p.name = v[Name].toString();
    p.productLine = v[ProductLine].toString();
    p.unitPrice = v[UnitPrice].toLongLong();
    p.unitCost = v[UnitCost].toLongLong();
    p.stockOnHand = v[StockOnHand].toLongLong();
    p.safetyStock = v[SafetyStock].toLongLong();
    p.leadTimeDays = v[LeadTimeDays].toInt();
    return p;
}

const RecordTable<Product> &table()
{
    static const RecordTable<Product> t{
        {QStringLiteral("products"),
         QStringLiteral("product"),
         QStringLiteral("sku"),
         {QStringLiteral("sku"), QStringLiteral("name"), QStringLiteral("product_line"),
          QStringLiteral("unit_price"), QStringLiteral("unit_cost"), QStringLiteral("stock_on_hand"),
          QStringLiteral("safety_stock"), QStringLiteral("lead_time_days")}},
        {"sb::core::ProductRepository",
         QT_TRANSLATE_NOOP("sb::core::ProductRepository", "No product with id %1."),
         QT_TRANSLATE_NOOP("sb::core::ProductRepository", "A product with id %1 already exists."),
         QT_TRANSLATE_NOOP("sb::core::ProductRepository", "Product SKU %1 already exists."),
         QT_TRANSLATE_NOOP("sb::core::ProductRepository",
                           "Product %1 cannot be restored: another product now uses SKU %1."),
         QT_TRANSLATE_NOOP("sb::core::ProductRepository", "Product %1")},
        toValues,
        fromRow,
        validateProduct,
        nullptr};
    return t;
}

RecordStore<Product> products(const Database &db)
{
    return RecordStore<Product>(db, table());
}

} // namespace

FieldErrors validateProduct(const Product &p)
{
    FieldErrors errors;
    if (!validation::isValidCode(p.sku))
        errors.append(
            {QStringLiteral("sku"),
             ProductRepositoryText::tr(
                 "SKU is required: at most 40 characters, no spaces at either end, no control characters.")});
    if (p.name.trimmed().isEmpty())
        errors.append({QStringLiteral("name"), ProductRepositoryText::tr("Product name is required.")});
    if (p.unitPrice < 0)
        errors.append(
            {QStringLiteral("unit_price"), ProductRepositoryText::tr("Unit price must not be negative.")});
    if (p.unitCost < 0)
        errors.append(
            {QStringLiteral("unit_cost"), ProductRepositoryText::tr("Unit cost must not be negative.")});
    if (p.safetyStock < 0)
        errors.append({QStringLiteral("safety_stock"),
                       ProductRepositoryText::tr("Safety stock must not be negative.")});
    if (p.leadTimeDays < 0)
        errors.append(
            {QStringLiteral("lead_time_days"), ProductRepositoryText::tr("Lead time must not be negative.")});
    return errors;
}

Product ProductRepository::create(Product product) const
{
    return products(m_db).create(std::move(product));
}

Product ProductRepository::update(Product product) const
{
    return products(m_db).update(std::move(product));
}

void ProductRepository::remove(const QString &id) const
{
    products(m_db).remove(id);
}

void ProductRepository::restore(const QString &id) const
{
    products(m_db).restore(id);
}

std::optional<Product> ProductRepository::findById(const QString &id) const
{
    return products(m_db).findById(id);
}

std::optional<Product> ProductRepository::findBySku(const QString &sku) const
{
    return products(m_db).findByKey(sku);
}

QList<Product> ProductRepository::list() const
{
    return products(m_db).list();
}

qint64 ProductRepository::count() const
{
    return products(m_db).count();
}

bool ProductRepository::skuExists(const QString &sku, const QString &exceptId) const
{
    return products(m_db).keyExists(sku, exceptId);
}

} // namespace sb::core

// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/productrepository.h"

#include "core/domain/validation.h"
#include "core/storage/database.h"
#include "core/storage/recordio.h"
#include "core/storage/writescope.h"

#include <QCoreApplication>

namespace sb::core {

namespace {

using recordio::StoredRow;
using recordio::TableSpec;

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

const TableSpec &spec()
{
    static const TableSpec s{QStringLiteral("products"),
                             QStringLiteral("product"),
                             QStringLiteral("sku"),
                             {QStringLiteral("sku"), QStringLiteral("name"), QStringLiteral("product_line"),
                              QStringLiteral("unit_price"), QStringLiteral("unit_cost"),
                              QStringLiteral("stock_on_hand"), QStringLiteral("safety_stock"),
                              QStringLiteral("lead_time_days")}};
    return s;
}

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

Error duplicateSku(const QString &sku)
{
    return recordio::dataError(ProductRepositoryText::tr("Product SKU %1 already exists.").arg(sku));
}

Error notFound(const QString &id)
{
    return recordio::dataError(ProductRepositoryText::tr("No product with id %1.").arg(id));
}

void checkValid(const Product &p)
{
    const FieldErrors errors = validateProduct(p);
    if (!errors.isEmpty())
        throw recordio::invalid(ProductRepositoryText::tr("Product %1").arg(p.sku), errors,
                                recordio::fieldMap(spec(), toValues(p)));
}

} // namespace

FieldErrors validateProduct(const Product &p)
{
    FieldErrors errors;
    if (!validation::isValidCode(p.sku))
        errors.append({QStringLiteral("sku"),
                       ProductRepositoryText::tr("SKU is required, at most 40 characters without spaces.")});
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
    checkValid(product);
    WriteScope tx(m_db);
    if (skuExists(product.sku))
        throw duplicateSku(product.sku);
    if (!product.meta.id.isEmpty() && recordio::loadById(m_db, spec(), product.meta.id, recordio::Which::Any))
        throw recordio::dataError(
            ProductRepositoryText::tr("A product with id %1 already exists.").arg(product.meta.id));
    recordio::insert(m_db, spec(), product.meta, toValues(product));
    tx.commit();
    return product;
}

Product ProductRepository::update(Product product) const
{
    checkValid(product);
    WriteScope tx(m_db);
    const auto row = recordio::loadById(m_db, spec(), product.meta.id);
    if (!row)
        throw notFound(product.meta.id);
    if (skuExists(product.sku, product.meta.id))
        throw duplicateSku(product.sku);
    recordio::update(m_db, spec(), *row, toValues(product), product.meta);
    tx.commit();
    return product;
}

void ProductRepository::remove(const QString &id) const
{
    WriteScope tx(m_db);
    const auto row = recordio::loadById(m_db, spec(), id);
    if (!row)
        throw notFound(id);
    recordio::setDeleted(m_db, spec(), *row, true);
    tx.commit();
}

void ProductRepository::restore(const QString &id) const
{
    WriteScope tx(m_db);
    const auto row = recordio::loadById(m_db, spec(), id, recordio::Which::Any);
    if (!row)
        throw notFound(id);
    if (!row->meta.deleted)
        return;
    const QString sku = row->values[Sku].toString();
    if (skuExists(sku))
        throw recordio::dataError(
            ProductRepositoryText::tr("Product %1 cannot be restored: another product now uses SKU %1.")
                .arg(sku));
    recordio::setDeleted(m_db, spec(), *row, false);
    tx.commit();
}

std::optional<Product> ProductRepository::findById(const QString &id) const
{
    const auto row = recordio::loadById(m_db, spec(), id);
    return row ? std::optional<Product>(fromRow(*row)) : std::nullopt;
}

std::optional<Product> ProductRepository::findBySku(const QString &sku) const
{
    const auto row = recordio::loadByKey(m_db, spec(), sku);
    return row ? std::optional<Product>(fromRow(*row)) : std::nullopt;
}

QList<Product> ProductRepository::list() const
{
    QList<Product> products;
    for (const StoredRow &row : recordio::loadLive(m_db, spec()))
        products.append(fromRow(row));
    return products;
}

qint64 ProductRepository::count() const
{
    return recordio::countLive(m_db, spec());
}

bool ProductRepository::skuExists(const QString &sku, const QString &exceptId) const
{
    return recordio::keyExists(m_db, spec(), sku, exceptId);
}

} // namespace sb::core

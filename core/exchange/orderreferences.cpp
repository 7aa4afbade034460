// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/orderreferences.h"

#include "core/domain/validation.h"
#include "core/exchange/entityimport.h"
#include "core/storage/idsequence.h"
#include "core/storage/orderlineswriter.h"

#include <QCoreApplication>

#include <algorithm>

namespace sb::core {

namespace {

/// Translations in the "sb::core::Import" context, spelled ImportText::tr() so that
/// lupdate files them under the context the program asks for.
class ImportText final
{
    Q_DECLARE_TR_FUNCTIONS(sb::core::Import)
};

} // namespace

OrderReferences::OrderReferences(OrderLinesWriter &writer, ImportContext &context, IdSequence &ids)
    : m_writer(writer), m_context(context), m_ids(ids)
{
}

std::optional<QByteArray> OrderReferences::find(Kind kind, const QString &code, const QString &name,
                                                QString *error)
{
    const bool product = kind == Kind::Product;
    QHash<QString, QByteArray> &known = m_known[int(kind)];
    if (const auto it = known.constFind(code); it != known.cend())
        return *it;
    std::optional<QByteArray> id = product ? m_writer.findProduct(code) : m_writer.findCustomer(code);
    if (!id) {
        if (!m_context.options.createMissing.contains(product ? QStringLiteral("products")
                                                              : QStringLiteral("customers"))) {
            *error = product
                ? ImportText::tr("Unknown product \"%1\"; import products first or allow creating "
                                 "missing products.")
                      .arg(code)
                : ImportText::tr("Unknown customer \"%1\"; import customers first or allow "
                                 "creating missing customers.")
                      .arg(code);
            return std::nullopt;
        }
        if (!validation::isValidCode(code)) {
            *error = product ? ImportText::tr("\"%1\" is not a usable SKU.").arg(code)
                             : ImportText::tr("\"%1\" is not a usable customer code.").arg(code);
            return std::nullopt;
        }
        id = m_ids.next();
        m_created[int(kind)].insert(*id, Record{*id, code, name.isEmpty() ? code : name});
    }
    known.insert(code, *id);
    return id;
}

void OrderReferences::useProduct(const QByteArray &id, qint64 unitPrice)
{
    QHash<QByteArray, Record> &created = m_created[int(Kind::Product)];
    if (const auto it = created.find(id); it != created.end() && !it->needed) {
        it->needed = true;
        it->unitPrice = unitPrice;
    }
}

void OrderReferences::writeCustomer(const QByteArray &id)
{
    QHash<QByteArray, Record> &created = m_created[int(Kind::Customer)];
    if (const auto it = created.find(id); it != created.end() && !it->written)
        write(Kind::Customer, *it);
}

void OrderReferences::writeProducts()
{
    // In id order, the order they sort in the indexes.
    QList<Record *> needed;
    for (Record &r : m_created[int(Kind::Product)]) {
        if (r.needed && !r.written)
            needed.append(&r);
    }
    std::sort(needed.begin(), needed.end(), [](const Record *a, const Record *b) { return a->id < b->id; });
    for (Record *r : std::as_const(needed))
        write(Kind::Product, *r);
}

void OrderReferences::write(Kind kind, Record &record)
{
    const bool product = kind == Kind::Product;
    if (product)
        m_writer.insertProduct(record.id, record.code, record.name, record.unitPrice);
    else
        m_writer.insertCustomer(record.id, record.code, record.name);
    record.written = true;
    m_context.recordInsert(product ? QStringLiteral("products") : QStringLiteral("customers"),
                           QString::fromUtf8(record.id));
}

} // namespace sb::core

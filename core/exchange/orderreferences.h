// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>

namespace sb::core {

class IdSequence;
class ImportContext;
class OrderLinesWriter;

/// The customers and products an order-lines import names by code: each looked up
/// once; when the import may create missing ones, a new one gets its id at once but
/// is written only when a written line needs it, so that a refused row (also with
/// --on-error skip) creates nothing.
class OrderReferences final
{
public:
    enum class Kind {
        Customer,
        Product
    };

    OrderReferences(OrderLinesWriter &writer, ImportContext &context, IdSequence &ids);
    OrderReferences(const OrderReferences &) = delete;
    OrderReferences &operator=(const OrderReferences &) = delete;

    /// The id of the record with this code, or of the one to create (named `name`, or
    /// the code when that is empty); nullopt and the reason in `error` when there is none.
    std::optional<QByteArray> find(Kind kind, const QString &code, const QString &name, QString *error);
    /// A written line uses the product: a new one is created with the line's unit price.
    void useProduct(const QByteArray &id, qint64 unitPrice);
    /// Writes a new customer, once, before the first of its orders is written.
    void writeCustomer(const QByteArray &id);
    /// Writes the new products that written lines use.
    void writeProducts();

private:
    struct Record
    {
        QByteArray id;
        QString code;
        QString name;
        qint64 unitPrice = 0;
        bool needed = false;
        bool written = false;
    };
    void write(Kind kind, Record &record);

    OrderLinesWriter &m_writer;
    ImportContext &m_context;
    IdSequence &m_ids;
    QHash<QString, QByteArray> m_known[2]; ///< code → id, by kind
    QHash<QByteArray, Record> m_created[2]; ///< id → record to create, by kind
};

} // namespace sb::core

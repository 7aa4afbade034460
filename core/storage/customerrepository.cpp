// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/customerrepository.h"

#include "core/storage/database.h"
#include "core/storage/recordstore.h"

#include <QCoreApplication>

namespace sb::core {

namespace {

using recordio::StoredRow;

/// Translations in the "sb::core::CustomerRepository" context, spelled CustomerRepositoryText::tr() so that
/// lupdate files them under the context the program asks for.
class CustomerRepositoryText final
{
    Q_DECLARE_TR_FUNCTIONS(sb::core::CustomerRepository)
};

// Business columns in bind order; Column indexes them.
enum Column {
    Code,
    Name,
    Industry,
    SizeBand,
    Region,
    City,
    ChannelId,
    OwnerRepId,
    DecisionMaker,
    DecisionMakerTitle,
    Phone,
    Email,
    Source,
    Lifecycle,
    Notes
};

QVariantList toValues(const Customer &c)
{
    return {c.code,
            c.name,
            c.industry,
            c.sizeBand,
            c.region,
            c.city,
            recordio::nullableText(c.channelId),
            recordio::nullableText(c.ownerRepId),
            c.decisionMaker,
            c.decisionMakerTitle,
            c.phone,
            c.email,
            c.source,
            lifecycle::key(c.lifecycle),
            c.notes};
}

Customer fromRow(const StoredRow &row)
{
    const QVariantList &v = row.values;
    Customer c;
    c.meta = row.meta;
    c.code = v[Code].toString();
    c.name = v[Name].toString();
    c.industry = v[Industry].toString();
    c.sizeBand = v[SizeBand].toString();
    c.region = v[Region].toString();
    c.city = v[City].toString();
    c.channelId = v[ChannelId].toString();
    c.ownerRepId = v[OwnerRepId].toString();
    c.decisionMaker = v[DecisionMaker].toString();
    c.decisionMakerTitle = v[DecisionMakerTitle].toString();
    c.phone = v[Phone].toString();
    c.email = v[Email].toString();
    c.source = v[Source].toString();
    c.lifecycle = lifecycle::fromText(v[Lifecycle].toString()).value_or(LifecycleStage::Acquisition);
    c.notes = v[Notes].toString();
    return c;
}

// Checks the references that are new compared with `stored` (all of them on create),
// so a record that points at a since-deleted rep can still be edited.
void checkReferences(const Database &db, const Customer &c, const Customer *stored)
{
    if (!c.ownerRepId.isEmpty() && (!stored || stored->ownerRepId != c.ownerRepId)
        && !recordio::liveIdExists(db, QStringLiteral("reps"), c.ownerRepId))
        throw recordio::dataError(
            CustomerRepositoryText::tr("Unknown sales rep %2 on customer %1.").arg(c.code, c.ownerRepId));
    if (!c.channelId.isEmpty() && (!stored || stored->channelId != c.channelId)
        && !recordio::liveIdExists(db, QStringLiteral("channels"), c.channelId))
        throw recordio::dataError(
            CustomerRepositoryText::tr("Unknown channel %2 on customer %1.").arg(c.code, c.channelId));
}

const RecordTable<Customer> &table()
{
    static const RecordTable<Customer> t{
        {QStringLiteral("customers"),
         QStringLiteral("customer"),
         QStringLiteral("code"),
         {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("industry"),
          QStringLiteral("size_band"), QStringLiteral("region"), QStringLiteral("city"),
          QStringLiteral("channel_id"), QStringLiteral("owner_rep_id"), QStringLiteral("decision_maker"),
          QStringLiteral("decision_maker_title"), QStringLiteral("phone"), QStringLiteral("email"),
          QStringLiteral("source"), QStringLiteral("lifecycle_stage"), QStringLiteral("notes")}},
        {"sb::core::CustomerRepository",
         QT_TRANSLATE_NOOP("sb::core::CustomerRepository", "No customer with id %1."),
         QT_TRANSLATE_NOOP("sb::core::CustomerRepository", "A customer with id %1 already exists."),
         QT_TRANSLATE_NOOP("sb::core::CustomerRepository", "Customer code %1 already exists."),
         QT_TRANSLATE_NOOP("sb::core::CustomerRepository",
                           "Customer %1 cannot be restored: another customer now uses code %1."),
         QT_TRANSLATE_NOOP("sb::core::CustomerRepository", "Customer %1")},
        toValues,
        fromRow,
        validate,
        checkReferences};
    return t;
}

RecordStore<Customer> customers(const Database &db)
{
    return RecordStore<Customer>(db, table());
}

} // namespace

Customer CustomerRepository::create(Customer customer) const
{
    return customers(m_db).create(std::move(customer));
}

Customer CustomerRepository::update(Customer customer) const
{
    return customers(m_db).update(std::move(customer));
}

void CustomerRepository::remove(const QString &id) const
{
    customers(m_db).remove(id);
}

void CustomerRepository::restore(const QString &id) const
{
    customers(m_db).restore(id);
}

std::optional<Customer> CustomerRepository::findById(const QString &id) const
{
    return customers(m_db).findById(id);
}

std::optional<Customer> CustomerRepository::findByCode(const QString &code) const
{
    return customers(m_db).findByKey(code);
}

QList<CustomerListRow> CustomerRepository::list() const
{
    QSqlQuery q
        = m_db.prepare(QStringLiteral("SELECT ") + recordio::selectList(table().spec, QStringLiteral("c"))
                       + QStringLiteral(", r.name, ch.name FROM customers c "
                                        "LEFT JOIN reps r ON r.id = c.owner_rep_id "
                                        "LEFT JOIN channels ch ON ch.id = c.channel_id "
                                        "WHERE c.deleted = 0 ORDER BY c.code"));
    Database::exec(q, CustomerRepositoryText::tr("read the customer list"));
    const int extra = recordio::MetaColumnCount + int(table().spec.columns.size());
    QList<CustomerListRow> rows;
    while (q.next()) {
        rows.append({fromRow(recordio::readRow(q, table().spec)), q.value(extra).toString(),
                     q.value(extra + 1).toString()});
    }
    return rows;
}

qint64 CustomerRepository::count() const
{
    return customers(m_db).count();
}

bool CustomerRepository::codeExists(const QString &code, const QString &exceptId) const
{
    return customers(m_db).keyExists(code, exceptId);
}

QString CustomerRepository::nextCode() const
{
    return customers(m_db).nextNumber(QStringLiteral("C"));
}

} // namespace sb::core

// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/customerrepository.h"

#include "core/storage/database.h"
#include "core/storage/recordio.h"
#include "core/storage/writescope.h"

#include <QCoreApplication>

namespace sb::core {

namespace {

using recordio::StoredRow;
using recordio::TableSpec;

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

const TableSpec &spec()
{
    static const TableSpec s{QStringLiteral("customers"),
                             QStringLiteral("customer"),
                             QStringLiteral("code"),
                             {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("industry"),
                              QStringLiteral("size_band"), QStringLiteral("region"), QStringLiteral("city"),
                              QStringLiteral("channel_id"), QStringLiteral("owner_rep_id"),
                              QStringLiteral("decision_maker"), QStringLiteral("decision_maker_title"),
                              QStringLiteral("phone"), QStringLiteral("email"), QStringLiteral("source"),
                              QStringLiteral("lifecycle_stage"), QStringLiteral("notes")}};
    return s;
}

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

Error duplicateCode(const QString &code)
{
    return recordio::dataError(CustomerRepositoryText::tr("Customer code %1 already exists.").arg(code));
}

Error notFound(const QString &id)
{
    return recordio::dataError(CustomerRepositoryText::tr("No customer with id %1.").arg(id));
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

void checkValid(const Customer &c)
{
    const FieldErrors errors = validate(c);
    if (!errors.isEmpty())
        throw recordio::invalid(CustomerRepositoryText::tr("Customer %1").arg(c.code), errors,
                                recordio::fieldMap(spec(), toValues(c)));
}

} // namespace

Customer CustomerRepository::create(Customer customer) const
{
    checkValid(customer);
    WriteScope tx(m_db);
    if (codeExists(customer.code))
        throw duplicateCode(customer.code);
    if (!customer.meta.id.isEmpty()
        && recordio::loadById(m_db, spec(), customer.meta.id, recordio::Which::Any))
        throw recordio::dataError(
            CustomerRepositoryText::tr("A customer with id %1 already exists.").arg(customer.meta.id));
    checkReferences(m_db, customer, nullptr);
    recordio::insert(m_db, spec(), customer.meta, toValues(customer));
    tx.commit();
    return customer;
}

Customer CustomerRepository::update(Customer customer) const
{
    checkValid(customer);
    WriteScope tx(m_db);
    const auto row = recordio::loadById(m_db, spec(), customer.meta.id);
    if (!row)
        throw notFound(customer.meta.id);
    const Customer stored = fromRow(*row);
    if (codeExists(customer.code, customer.meta.id))
        throw duplicateCode(customer.code);
    checkReferences(m_db, customer, &stored);
    recordio::update(m_db, spec(), *row, toValues(customer), customer.meta);
    tx.commit();
    return customer;
}

void CustomerRepository::remove(const QString &id) const
{
    WriteScope tx(m_db);
    const auto row = recordio::loadById(m_db, spec(), id);
    if (!row)
        throw notFound(id);
    recordio::setDeleted(m_db, spec(), *row, true);
    tx.commit();
}

void CustomerRepository::restore(const QString &id) const
{
    WriteScope tx(m_db);
    const auto row = recordio::loadById(m_db, spec(), id, recordio::Which::Any);
    if (!row)
        throw notFound(id);
    if (!row->meta.deleted)
        return;
    const QString code = row->values[Code].toString();
    if (codeExists(code))
        throw recordio::dataError(
            CustomerRepositoryText::tr("Customer %1 cannot be restored: another customer now uses code %1.")
                .arg(code));
    recordio::setDeleted(m_db, spec(), *row, false);
    tx.commit();
}

std::optional<Customer> CustomerRepository::findById(const QString &id) const
{
    const auto row = recordio::loadById(m_db, spec(), id);
    return row ? std::optional<Customer>(fromRow(*row)) : std::nullopt;
}

std::optional<Customer> CustomerRepository::findByCode(const QString &code) const
{
    const auto row = recordio::loadByKey(m_db, spec(), code);
    return row ? std::optional<Customer>(fromRow(*row)) : std::nullopt;
}

QList<CustomerListRow> CustomerRepository::list() const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT ") + recordio::selectList(spec(), QStringLiteral("c"))
                               + QStringLiteral(", r.name, ch.name FROM customers c "
                                                "LEFT JOIN reps r ON r.id = c.owner_rep_id "
                                                "LEFT JOIN channels ch ON ch.id = c.channel_id "
                                                "WHERE c.deleted = 0 ORDER BY c.code"));
    Database::exec(q, CustomerRepositoryText::tr("read the customer list"));
    const int extra = recordio::MetaColumnCount + int(spec().columns.size());
    QList<CustomerListRow> rows;
    while (q.next()) {
        rows.append({fromRow(recordio::readRow(q, spec())), q.value(extra).toString(),
                     q.value(extra + 1).toString()});
    }
    return rows;
}

qint64 CustomerRepository::count() const
{
    return recordio::countLive(m_db, spec());
}

bool CustomerRepository::codeExists(const QString &code, const QString &exceptId) const
{
    return recordio::keyExists(m_db, spec(), code, exceptId);
}

QString CustomerRepository::nextCode() const
{
    return recordio::nextNumber(m_db, spec(), QStringLiteral("C"));
}

} // namespace sb::core

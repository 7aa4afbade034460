// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/contactrepository.h"

#include "core/storage/database.h"
#include "core/storage/recordio.h"
#include "core/storage/writescope.h"

#include <QCoreApplication>

namespace sb::core {

namespace {

using recordio::StoredRow;
using recordio::TableSpec;

// Business columns in bind order; Column indexes them.
enum Column {
    Code,
    CustomerId,
    Name,
    Title,
    Phone,
    Email,
    IsDecisionMaker,
    Notes
};

const TableSpec &spec()
{
    static const TableSpec s{QStringLiteral("contacts"),
                             QStringLiteral("contact"),
                             QStringLiteral("code"),
                             {QStringLiteral("code"), QStringLiteral("customer_id"), QStringLiteral("name"),
                              QStringLiteral("title"), QStringLiteral("phone"), QStringLiteral("email"),
                              QStringLiteral("is_decision_maker"), QStringLiteral("notes")}};
    return s;
}

QVariantList toValues(const Contact &c)
{
    return {c.code, c.customerId, c.name, c.title, c.phone, c.email, c.isDecisionMaker ? 1 : 0, c.notes};
}

Contact fromRow(const StoredRow &row)
{
    const QVariantList &v = row.values;
    Contact c;
    c.meta = row.meta;
    c.code = v[Code].toString();
    c.customerId = v[CustomerId].toString();
    c.name = v[Name].toString();
    c.title = v[Title].toString();
    c.phone = v[Phone].toString();
    c.email = v[Email].toString();
    c.isDecisionMaker = v[IsDecisionMaker].toInt() != 0;
    c.notes = v[Notes].toString();
    return c;
}

Error notFound(const QString &id)
{
    return recordio::dataError(
        QCoreApplication::translate("sb::core::ContactRepository", "No contact with id %1.").arg(id));
}

void checkValid(const Contact &c)
{
    const FieldErrors errors = validate(c);
    if (!errors.isEmpty())
        throw recordio::invalid(
            QCoreApplication::translate("sb::core::ContactRepository", "Contact %1").arg(c.code), errors,
            recordio::fieldMap(spec(), toValues(c)));
}

// A contact may stay with a customer that was deleted since, but never move to one.
void checkCustomer(const Database &db, const Contact &c, const Contact *stored)
{
    if (c.customerId.isEmpty())
        throw recordio::dataError(QCoreApplication::translate("sb::core::ContactRepository",
                                                              "Contact %1 must belong to a customer.")
                                      .arg(c.code));
    if ((!stored || stored->customerId != c.customerId)
        && !recordio::liveIdExists(db, QStringLiteral("customers"), c.customerId))
        throw recordio::dataError(
            QCoreApplication::translate("sb::core::ContactRepository", "Unknown customer %2 on contact %1.")
                .arg(c.code, c.customerId));
}

} // namespace

Contact ContactRepository::create(Contact contact) const
{
    checkValid(contact);
    WriteScope tx(m_db);
    if (codeExists(contact.code))
        throw recordio::dataError(
            QCoreApplication::translate("sb::core::ContactRepository", "Contact code %1 already exists.")
                .arg(contact.code));
    if (!contact.meta.id.isEmpty() && recordio::loadById(m_db, spec(), contact.meta.id, recordio::Which::Any))
        throw recordio::dataError(
            QCoreApplication::translate("sb::core::ContactRepository", "A contact with id %1 already exists.")
                .arg(contact.meta.id));
    checkCustomer(m_db, contact, nullptr);
    recordio::insert(m_db, spec(), contact.meta, toValues(contact));
    tx.commit();
    return contact;
}

Contact ContactRepository::update(Contact contact) const
{
    checkValid(contact);
    WriteScope tx(m_db);
    const auto row = recordio::loadById(m_db, spec(), contact.meta.id);
    if (!row)
        throw notFound(contact.meta.id);
    const Contact stored = fromRow(*row);
    if (codeExists(contact.code, contact.meta.id))
        throw recordio::dataError(
            QCoreApplication::translate("sb::core::ContactRepository", "Contact code %1 already exists.")
                .arg(contact.code));
    checkCustomer(m_db, contact, &stored);
    recordio::update(m_db, spec(), *row, toValues(contact), contact.meta);
    tx.commit();
    return contact;
}

void ContactRepository::remove(const QString &id) const
{
    WriteScope tx(m_db);
    const auto row = recordio::loadById(m_db, spec(), id);
    if (!row)
        throw notFound(id);
    recordio::setDeleted(m_db, spec(), *row, true);
    tx.commit();
}

void ContactRepository::restore(const QString &id) const
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
            QCoreApplication::translate("sb::core::ContactRepository",
                                        "Contact %1 cannot be restored: another contact now uses code %1.")
                .arg(code));
    recordio::setDeleted(m_db, spec(), *row, false);
    tx.commit();
}

std::optional<Contact> ContactRepository::findById(const QString &id) const
{
    const auto row = recordio::loadById(m_db, spec(), id);
    return row ? std::optional<Contact>(fromRow(*row)) : std::nullopt;
}

QList<Contact> ContactRepository::listForCustomer(const QString &customerId) const
{
    QList<Contact> contacts;
    for (const StoredRow &row :
         recordio::loadLiveWhere(m_db, spec(), QStringLiteral("customer_id"), customerId,
                                 QStringLiteral("is_decision_maker DESC, name, code")))
        contacts.append(fromRow(row));
    return contacts;
}

bool ContactRepository::codeExists(const QString &code, const QString &exceptId) const
{
    return recordio::keyExists(m_db, spec(), code, exceptId);
}

QString ContactRepository::nextCode() const
{
    return recordio::nextNumber(m_db, spec(), QStringLiteral("CT"));
}

} // namespace sb::core

// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/contactrepository.h"

#include "core/storage/database.h"
#include "core/storage/recordstore.h"

#include <QCoreApplication>

namespace sb::core {

namespace {

using recordio::StoredRow;

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

const RecordTable<Contact> &table()
{
    static const RecordTable<Contact> t{
        {QStringLiteral("contacts"),
         QStringLiteral("contact"),
         QStringLiteral("code"),
         {QStringLiteral("code"), QStringLiteral("customer_id"), QStringLiteral("name"),
          QStringLiteral("title"), QStringLiteral("phone"), QStringLiteral("email"),
          QStringLiteral("is_decision_maker"), QStringLiteral("notes")}},
        {"sb::core::ContactRepository",
         QT_TRANSLATE_NOOP("sb::core::ContactRepository", "No contact with id %1."),
         QT_TRANSLATE_NOOP("sb::core::ContactRepository", "A contact with id %1 already exists."),
         QT_TRANSLATE_NOOP("sb::core::ContactRepository", "Contact code %1 already exists."),
         QT_TRANSLATE_NOOP("sb::core::ContactRepository",
                           "Contact %1 cannot be restored: another contact now uses code %1."),
         QT_TRANSLATE_NOOP("sb::core::ContactRepository", "Contact %1")},
        toValues,
        fromRow,
        validate,
        checkCustomer};
    return t;
}

RecordStore<Contact> contacts(const Database &db)
{
    return RecordStore<Contact>(db, table());
}

} // namespace

Contact ContactRepository::create(Contact contact) const
{
    return contacts(m_db).create(std::move(contact));
}

Contact ContactRepository::update(Contact contact) const
{
    return contacts(m_db).update(std::move(contact));
}

void ContactRepository::remove(const QString &id) const
{
    contacts(m_db).remove(id);
}

void ContactRepository::restore(const QString &id) const
{
    contacts(m_db).restore(id);
}

std::optional<Contact> ContactRepository::findById(const QString &id) const
{
    return contacts(m_db).findById(id);
}

QList<Contact> ContactRepository::listForCustomer(const QString &customerId) const
{
    return contacts(m_db).listWhere(QStringLiteral("customer_id"), customerId,
                                    QStringLiteral("is_decision_maker DESC, name, code"));
}

bool ContactRepository::codeExists(const QString &code, const QString &exceptId) const
{
    return contacts(m_db).keyExists(code, exceptId);
}

QString ContactRepository::nextCode() const
{
    return contacts(m_db).nextNumber(QStringLiteral("CT"));
}

} // namespace sb::core

// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/recordrows.h"

#include "core/storage/writescope.h"

#include <QCoreApplication>

namespace sb::core {

RecordRows::RecordRows(const Database &db, const recordio::TableSpec &spec, const RecordMessages &messages)
    : m_db(db), m_spec(spec), m_messages(messages), m_keyIndex(spec.columns.indexOf(spec.keyColumn))
{
    Q_ASSERT(m_keyIndex >= 0);
}

Error RecordRows::error(const char *message, const QString &arg) const
{
    return recordio::dataError(QCoreApplication::translate(m_messages.context, message).arg(arg));
}

void RecordRows::checkFields(const FieldErrors &errors, const QVariantList &values) const
{
    if (!errors.isEmpty())
        throw recordio::invalid(
            QCoreApplication::translate(m_messages.context, m_messages.invalid).arg(keyOf(values)), errors,
            recordio::fieldMap(m_spec, values));
}

void RecordRows::checkNew(const QVariantList &values, const QString &id) const
{
    if (keyExists(keyOf(values)))
        throw error(m_messages.duplicateKey, keyOf(values));
    if (!id.isEmpty() && recordio::loadById(m_db, m_spec, id, recordio::Which::Any))
        throw error(m_messages.duplicateId, id);
}

void RecordRows::checkKeyFree(const QVariantList &values, const QString &id) const
{
    if (keyExists(keyOf(values), id))
        throw error(m_messages.duplicateKey, keyOf(values));
}

recordio::StoredRow RecordRows::require(const QString &id) const
{
    auto row = recordio::loadById(m_db, m_spec, id);
    if (!row)
        throw error(m_messages.notFound, id);
    return *std::move(row);
}

void RecordRows::remove(const QString &id) const
{
    WriteScope tx(m_db);
    recordio::setDeleted(m_db, m_spec, require(id), true);
    tx.commit();
}

void RecordRows::restore(const QString &id) const
{
    WriteScope tx(m_db);
    const auto row = recordio::loadById(m_db, m_spec, id, recordio::Which::Any);
    if (!row)
        throw error(m_messages.notFound, id);
    if (!row->meta.deleted)
        return;
    const QString key = keyOf(row->values);
    if (keyExists(key))
        throw error(m_messages.restoreClash, key);
    recordio::setDeleted(m_db, m_spec, *row, false);
    tx.commit();
}

bool RecordRows::keyExists(const QString &key, const QString &exceptId) const
{
    return recordio::keyExists(m_db, m_spec, key, exceptId);
}

qint64 RecordRows::count() const
{
    return recordio::countLive(m_db, m_spec);
}

QString RecordRows::nextNumber(const QString &tag) const
{
    return recordio::nextNumber(m_db, m_spec, tag);
}

QString RecordRows::keyOf(const QVariantList &values) const
{
    return values.value(m_keyIndex).toString();
}

} // namespace sb::core

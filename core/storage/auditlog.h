// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>

namespace sb::core {

class Database;

/// What happened to a record, as stored in audit_log.action.
enum class AuditAction {
    Create,
    Update,
    Delete,
    Override
};

/// One field's change; an empty optional is SQL NULL (no value before or after).
struct AuditChange
{
    QString field;
    std::optional<QString> oldValue;
    std::optional<QString> newValue;
};

/// One stored row of the audit log.
struct AuditEntry
{
    qint64 seq = 0;
    QString at; ///< UTC timestamp
    QString user;
    QString office;
    QString entity; ///< "customer", "opportunity", "order", "order_line", "product", …
    QString recordId;
    AuditAction action = AuditAction::Update;
    QString field;
    std::optional<QString> oldValue;
    std::optional<QString> newValue;
};

/// Which entries to read back; empty members do not filter.
struct AuditFilter
{
    QString entity;
    QString recordId;
    QStringList recordIds; ///< any of these records (with recordId, either matches)
    QString user; ///< exact user name
    /// Contained (in SQLite case-insensitively for ASCII) in the field, the old or new
    /// value, the record id, or the record's name: customer code or name, product SKU
    /// or name, opportunity code or title, order number (also for its lines and checklist).
    QString text;
    QDate from; ///< first UTC day included
    QDate to; ///< last UTC day included
    int limit = 0; ///< 0 = all, otherwise the newest `limit` entries
};

/// The append-only record of who changed what and when. Rows join the caller's
/// transaction, so a rolled-back write leaves no audit trace.
class AuditLog final
{
public:
    /// Stable key stored in the table ("create", "update", "delete", "override").
    static QString actionKey(AuditAction action);

    /// Appends one row stamped with Database::userName(), the office and nowUtc().
    static void record(const Database &db, const QString &entity, const QString &recordId, AuditAction action,
                       const QString &field, const std::optional<QString> &oldValue,
                       const std::optional<QString> &newValue);

    /// Appends one row per change, all with the same timestamp.
    static void record(const Database &db, const QString &entity, const QString &recordId, AuditAction action,
                       const QList<AuditChange> &changes);

    /// The fields whose text differs between two field maps, in field-name order.
    /// A null or missing QVariant is no value; no value and an empty string are
    /// taken as equal, so a create does not log every blank field.
    static QList<AuditChange> diff(const QVariantMap &before, const QVariantMap &after);

    /// Stored entries matching `filter`, oldest first.
    static QList<AuditEntry> entries(const Database &db, const AuditFilter &filter = {});

    /// The user names that appear in the log, sorted.
    static QStringList users(const Database &db);
};

} // namespace sb::core

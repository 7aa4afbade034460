// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/auditlog.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace sb::core {

class Database;

/// What a reader of the audit log recognises a record by: "C00038 恒丰仓储…" for a
/// customer, the order number for an order, "SO000123 line 2" for an order line,
/// "SO000123: Payment terms clear" for a checklist point, SKU and name for a
/// product, code and name for opportunities, contacts, reps and teams. Keyed by
/// record id; tombstoned records keep their names; unknown ids are left out.
QHash<QString, QString> auditRecordLabels(const Database &db, const QList<AuditEntry> &entries);

/// The ids of an order's lines and checklist rows, tombstoned ones included:
/// with the order's own id, the records whose history is the order's history.
QStringList orderRecordIds(const Database &db, const QString &orderId);

} // namespace sb::core

// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace sb::core {

class Database;

/// One entry of the lost-reason list (table lost_reasons).
struct LostReason
{
    QString id;
    QString name;
    int sortOrder = 0;
};

/// The list of lost reasons a deal can be closed with: the setting behind the
/// "lost" dialog. Each write is one transaction and goes into the audit log;
/// deals already lost keep the text they were given. Throws sb::core::Error.
class LostReasonStore final
{
    Q_DECLARE_TR_FUNCTIONS(sb::LostReasonStore)

public:
    /// Live reasons in their sort order.
    static QList<LostReason> list(const Database &db);
    /// Their names, in order.
    static QStringList names(const Database &db);
    /// Appends a reason at the end of the list; refuses an empty or duplicate name.
    static LostReason add(const Database &db, const QString &name);
    /// Renames a reason; refuses an empty or duplicate name.
    static void rename(const Database &db, const QString &id, const QString &name);
    /// Removes a reason from the list (a tombstone, as for every record).
    static void remove(const Database &db, const QString &id);
};

} // namespace sb::core

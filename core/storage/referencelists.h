// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace sb::core {

class Database;

/// A record offered in a combo box: its id and what the user reads.
struct ReferenceItem
{
    QString id;
    QString name;
};

/// Small look-up lists for forms, each one query.
class ReferenceLists final
{
public:
    /// Live sales reps, by name.
    static QList<ReferenceItem> reps(const Database &db);
    /// Live channels, by name.
    static QList<ReferenceItem> channels(const Database &db);
    /// Distinct non-empty values of a customer text column already in use
    /// ("industry", "region", "source"), sorted — suggestions for editable combos.
    static QStringList customerValues(const Database &db, const QString &column);
};

} // namespace sb::core

// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/opportunityrow.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace sb::core {

class Database;

/// A record offered in a picker: id, natural key and name.
struct CodedItem
{
    QString id;
    QString code;
    QString name;
};

/// The read-only queries behind the opportunity list, the board and their
/// forms, one statement each. Throw sb::core::Error on failure.
class OpportunityQueries final
{
public:
    /// Every live opportunity with its customer, owner and stage-entry date, by code.
    static QList<OpportunityRow> rows(const Database &db);
    /// Live customers by code, for the customer picker.
    static QList<CodedItem> customers(const Database &db);
    /// Live teams by name.
    static QList<CodedItem> teams(const Database &db);
    /// Distinct non-empty opportunity sources in use, sorted.
    static QStringList sources(const Database &db);
    /// Competitors named on opportunities so far (lost to, or listed), sorted.
    static QStringList competitors(const Database &db);
};

} // namespace sb::core

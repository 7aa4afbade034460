// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace sb::core {

class Database;

/// One stored row that breaks a domain rule the schema cannot express.
struct ConsistencyProblem
{
    QString table; ///< table of the offending row
    QString key; ///< its natural key (order number, opportunity code …), or its id
    QString message; ///< what is wrong, in words

    /// "orders SO-0001: …" — one line for logs and the command line.
    QString toString() const;
};

/// Checks the rules that keep the stored data meaningful: order amounts match
/// their lines (or the contract amount), line amounts match quantity × price ×
/// (1 − discount), each opportunity's stage matches its latest stage change,
/// won and lost deals have a closing date, the date of their change into won
/// or lost, and lost ones a reason, live rows do
/// not refer to deleted ones, natural keys are unique among live rows, and
/// target children add up to their parent. Returns an empty list when all hold.
/// Throws Error::Database when the workspace cannot be read.
QList<ConsistencyProblem> findConsistencyProblems(const Database &db);

} // namespace sb::core

// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exchange/syncpackage.h"
#include "core/storage/syncderivedstore.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace sb::core {
class Database;
}

namespace sb::core::synclines {

/// Line numbers of orders both offices added lines to. Each office numbers a
/// new line after its order's highest, so two offices adding a line to the same
/// order both call it line 3. An import gives such a line a temporary number
/// while it writes, and settle() then numbers every contested line the same way
/// in both offices: of the lines that asked for one number the earliest created
/// (then the smallest id) keeps it; the others follow the order's highest number,
/// in the order of the number they asked for, creation time and id.
class LineNumbers final
{
public:
    LineNumbers(const Database &db, const QStringList &columns);

    /// Before `row` (an order line) is written: when another live line of its
    /// order has its number, gives it a temporary one and remembers the number it asked for.
    void reserve(syncpackage::Values &row);
    /// Numbers the lines of every contested order for good; each renumbered line
    /// goes to the audit log. The lines keep their stamps: both offices number
    /// them alike, so the new numbers need not be sent.
    void settle();

private:
    void settleOrder(const QString &orderId);

    const Database &m_db;
    SyncDerivedStore m_store;
    int m_id = -1;
    int m_order = -1;
    int m_lineNo = -1;
    int m_deleted = -1;
    qint64 m_nextTemporary;
    QHash<QString, qint64> m_asked; ///< line id → the number it asked for
    QSet<QString> m_orders; ///< orders with a contested number
};

} // namespace sb::core::synclines

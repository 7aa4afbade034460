// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <optional>

namespace sb::core {

class Database;

/// What an order's amount is computed from.
struct SyncOrderTotals
{
    qint64 amount = 0; ///< stored now
    qint64 contractAmount = 0;
    qint64 liveLines = 0;
    qint64 linesAmount = 0; ///< sum of the live lines' amounts
};

/// A live order line as its number is settled.
struct SyncOrderLine
{
    QString id;
    qint64 lineNo = 0;
    QString createdAt;
};

/// The reads and writes behind the values a sync import computes rather than
/// merges (core/exchange/syncderived.h, synclinenumbers.h): order amounts, order
/// line numbers, the latest stage change. Each statement is prepared on first use
/// and kept for the rest of the import.
class SyncDerivedStore final
{
public:
    explicit SyncDerivedStore(const Database &db);

    /// The stages of an opportunity's latest live stage changes (more than one when
    /// changes with different stages share the latest time); empty when it has none.
    QStringList latestStages(const QString &opportunityId);

    /// The totals of live order `id`, or nullopt when it is deleted or missing.
    std::optional<SyncOrderTotals> liveOrderTotals(const QString &id);
    /// Sets order `id`'s amount (the record's stamps stay).
    void setOrderAmount(const QString &id, qint64 amount);

    /// True when a live line of `orderId` other than `lineId` has number `lineNo`.
    bool lineNumberTaken(const QString &orderId, qint64 lineNo, const QString &lineId);
    /// The live lines of `orderId`, in no particular order.
    QList<SyncOrderLine> liveLines(const QString &orderId);
    /// Sets line `lineId`'s number (the record's stamps stay).
    void setLineNumber(const QString &lineId, qint64 number);

private:
    QSqlQuery &query(std::optional<QSqlQuery> &slot, const QString &sql);

    const Database &m_db;
    std::optional<QSqlQuery> m_latestStages;
    std::optional<QSqlQuery> m_orderTotals;
    std::optional<QSqlQuery> m_setOrderAmount;
    std::optional<QSqlQuery> m_lineTaken;
    std::optional<QSqlQuery> m_liveLines;
    std::optional<QSqlQuery> m_setLineNumber;
};

} // namespace sb::core

// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/synclinenumbers.h"

#include "core/storage/auditlog.h"
#include "core/storage/database.h"

#include <QMap>

#include <algorithm>
#include <tuple>

namespace sb::core::synclines {

using namespace syncpackage;

namespace {

// Far above any real line number (the schema only asks for > 0), so a
// temporary number never meets a real one.
constexpr qint64 FirstTemporary = 1'000'000'000;

int column(const QStringList &columns, const char *name)
{
    return int(columns.indexOf(QString::fromLatin1(name)));
}

struct Line
{
    QString id;
    qint64 stored = 0;
    qint64 asked = 0;
    QString createdAt;
};

} // namespace

LineNumbers::LineNumbers(const Database &db, const QStringList &columns)
    : m_db(db),
      m_store(db),
      m_id(column(columns, "id")),
      m_order(column(columns, "order_id")),
      m_lineNo(column(columns, "line_no")),
      m_deleted(column(columns, "deleted")),
      m_nextTemporary(FirstTemporary)
{
}

void LineNumbers::reserve(Values &row)
{
    if (m_id < 0 || m_order < 0 || m_lineNo < 0 || m_deleted < 0 || row[m_deleted] == QStringLiteral("1"))
        return; // the unique number only binds live lines
    const QString id = row[m_id].value_or(QString());
    const QString order = row[m_order].value_or(QString());
    const qint64 number = row[m_lineNo].value_or(QString()).toLongLong();
    if (!m_store.lineNumberTaken(order, number, id))
        return;
    m_asked.insert(id, number);
    m_orders.insert(order);
    row[m_lineNo] = QString::number(m_nextTemporary++);
}

void LineNumbers::settle()
{
    QStringList orders(m_orders.cbegin(), m_orders.cend());
    std::sort(orders.begin(), orders.end());
    for (const QString &order : std::as_const(orders))
        settleOrder(order);
    m_orders.clear();
    m_asked.clear();
}

void LineNumbers::settleOrder(const QString &orderId)
{
    QList<Line> lines;
    qint64 highest = 0;
    for (const SyncOrderLine &stored : m_store.liveLines(orderId)) {
        Line line{stored.id, stored.lineNo, 0, stored.createdAt};
        line.asked = m_asked.value(line.id, line.stored);
        highest = std::max(highest, line.asked);
        lines.append(line);
    }
    // Whatever order the rows arrived in, every office sorts them the same way.
    std::sort(lines.begin(), lines.end(), [](const Line &a, const Line &b) {
        return std::tie(a.asked, a.createdAt, a.id) < std::tie(b.asked, b.createdAt, b.id);
    });
    QList<std::pair<const Line *, qint64>> moves; // line, final number
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const bool keeps = i == 0 || lines[i - 1].asked != lines[i].asked;
        const qint64 number = keeps ? lines[i].asked : ++highest;
        if (number != lines[i].stored)
            moves.append({&lines[i], number});
    }
    // Lines that give a number up move first (above every number asked for), so the
    // lines that keep one find it free.
    std::stable_partition(moves.begin(), moves.end(),
                          [](const auto &move) { return move.first->asked != move.second; });
    for (const auto &[line, number] : std::as_const(moves)) {
        m_store.setLineNumber(line->id, number);
        AuditLog::record(m_db, QStringLiteral("order_line"), line->id, AuditAction::Update,
                         QStringLiteral("line_no"), QString::number(line->asked), QString::number(number));
    }
}

} // namespace sb::core::synclines

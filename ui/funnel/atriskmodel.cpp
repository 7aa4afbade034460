// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/funnel/atriskmodel.h"

#include "ui/funnel/funnelanalysis.h"
#include "ui/models/roles.h"
#include "ui/opportunities/opportunityformat.h"

#include <QHash>

#include <algorithm>

namespace sb::ui {

AtRiskModel::AtRiskModel(QObject *parent) : QAbstractTableModel(parent) { }

void AtRiskModel::setAnalysis(const FunnelAnalysis &a)
{
    QList<Row> rows;
    QHash<QString, qsizetype> rowOfId;
    const auto rowFor = [&](const QString &id, const QString &code, const QString &owner, core::Stage stage) -> Row & {
        auto found = rowOfId.constFind(id);
        if (found != rowOfId.cend())
            return rows[*found];
        rowOfId.insert(id, rows.size());
        const DealInfo deal = a.deals.value(id);
        rows.append(Row{id, code, deal.customer, a.ownerNames.value(owner), stage, deal.amount, {}, 0});
        return rows.last();
    };
    const core::funnel::FollowUpRule rule;
    qint64 closed = 0;
    for (const core::funnel::FollowUpBreach &breach : a.breaches) {
        // A closed deal is past saving; the list is for deals someone can still call about.
        if (core::stage::isClosed(breach.stage)) {
            ++closed;
            continue;
        }
        Row &row = rowFor(breach.id, breach.code, breach.ownerId, breach.stage);
        if (breach.lateFirstContact) {
            row.rules.append(tr("2-2-2: first contact took %1 days (rule: within %2)")
                                 .arg(breach.daysToFirstContact)
                                 .arg(rule.firstContactDays));
            row.worstDays = qMax(row.worstDays, breach.daysToFirstContact - rule.firstContactDays);
        }
        if (breach.lateNeeds) {
            row.rules.append(tr("2-2-2: needs not confirmed after %1 days (rule: within %2)")
                                 .arg(breach.daysToNeeds)
                                 .arg(rule.needsDays));
            row.worstDays = qMax(row.worstDays, breach.daysToNeeds - rule.needsDays);
        }
        if (breach.lateDecision) {
            row.rules.append(tr("2-2-2: no decision after %1 days (rule: within %2)")
                                 .arg(breach.daysToDecision)
                                 .arg(rule.decisionDays));
            row.worstDays = qMax(row.worstDays, breach.daysToDecision - rule.decisionDays);
        }
    }
    for (const core::funnel::StaleDeal &deal : a.stale) {
        Row &row = rowFor(deal.id, deal.code, deal.ownerId, deal.stage);
        row.rules.prepend(tr("Stale: no stage change or activity for %1 days (limit %2)")
                              .arg(deal.idleDays)
                              .arg(a.request.staleDays));
        row.worstDays = qMax(row.worstDays, deal.idleDays - a.request.staleDays);
    }
    std::sort(rows.begin(), rows.end(), [](const Row &x, const Row &y) {
        return x.worstDays != y.worstDays ? x.worstDays > y.worstDays : x.code < y.code;
    });
    beginResetModel();
    m_rows = std::move(rows);
    m_closedBreaches = closed;
    endResetModel();
}

int AtRiskModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AtRiskModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AtRiskModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (Column(index.column())) {
        case Code:
            return row.code;
        case Customer:
            return row.customer;
        case Owner:
            return row.owner;
        case StageColumn:
            return core::stage::displayName(row.stage);
        case Amount:
            return row.amount > 0 ? format::money(row.amount) : QString();
        case Rules:
            return row.rules.join(role == Qt::ToolTipRole ? QStringLiteral("\n") : QStringLiteral("; "));
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == Qt::TextAlignmentRole && index.column() == Amount)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == IdRole)
        return row.id;
    if (role == CodeRole)
        return row.code;
    if (role == SortRole) {
        switch (Column(index.column())) {
        case StageColumn:
            return int(row.stage);
        case Amount:
            return row.amount;
        case Rules:
            return row.worstDays;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    return {};
}

QVariant AtRiskModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Code:
        return tr("Code");
    case Customer:
        return tr("Customer");
    case Owner:
        return tr("Owner");
    case StageColumn:
        return tr("Stage");
    case Amount:
        return tr("Amount");
    case Rules:
        return tr("Rule broken");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace sb::ui

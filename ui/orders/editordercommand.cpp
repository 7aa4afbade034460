// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/orders/editordercommand.h"

#include "core/domain/error.h"
#include "core/storage/contractreview.h"
#include "core/storage/database.h"
#include "core/storage/orderrepository.h"
#include "ui/common/workspace.h"

namespace sb::ui {

namespace {

bool sameLines(const QList<core::OrderLine> &a, const QList<core::OrderLine> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const core::OrderLine &x = a.at(i);
        const core::OrderLine &y = b.at(i);
        if (x.lineNo != y.lineNo || x.productId != y.productId || x.quantity != y.quantity
            || x.unitPrice != y.unitPrice || x.discount != y.discount)
            return false;
    }
    return true;
}

QList<int> differingPoints(const QList<core::ContractCheck> &before, const QList<core::ContractCheck> &after)
{
    QList<int> changed;
    for (int i = 0; i < after.size() && i < before.size(); ++i) {
        if (before.at(i).state != after.at(i).state || before.at(i).note != after.at(i).note)
            changed.append(i);
    }
    return changed;
}

QString commandText(const core::Order &after, bool changesOrder)
{
    return changesOrder ? EditOrderCommand::tr("Edit order %1").arg(after.number)
                        : EditOrderCommand::tr("Contract review of order %1").arg(after.number);
}

} // namespace

bool EditOrderCommand::sameValues(const core::Order &a, const core::Order &b)
{
    return a.number == b.number && a.customerId == b.customerId && a.opportunityId == b.opportunityId
        && a.ownerRepId == b.ownerRepId && a.channelId == b.channelId && a.orderDate == b.orderDate
        && a.signDate == b.signDate && a.contractAmount == b.contractAmount
        && a.paymentTerms == b.paymentTerms && a.deliveryStatus == b.deliveryStatus && a.notes == b.notes
        && sameLines(a.lines, b.lines);
}

EditOrderCommand::EditOrderCommand(Workspace &workspace, core::Order before, core::Order after,
                                   QList<core::ContractCheck> checklistBefore,
                                   QList<core::ContractCheck> checklistAfter)
    : WorkspaceCommand(workspace, QStringLiteral("orders"), QString()),
      m_before(std::move(before)),
      m_after(std::move(after)),
      m_checklistBefore(std::move(checklistBefore)),
      m_checklistAfter(std::move(checklistAfter)),
      m_changedPoints(differingPoints(m_checklistBefore, m_checklistAfter)),
      m_changesOrder(!sameValues(m_before, m_after) || m_changedPoints.isEmpty())
{
    setText(commandText(m_after, m_changesOrder));
}

void EditOrderCommand::apply()
{
    const core::Database &db = workspace().database();
    core::Database::Transaction tx(db);
    if (m_changesOrder)
        store(m_after);
    const core::ContractReview review(db);
    for (int i : std::as_const(m_changedPoints)) {
        const core::ContractCheck &check = m_checklistAfter.at(i);
        review.setPoint(m_before.meta.id, check.point, check.state, check.note);
    }
    tx.commit();
}

void EditOrderCommand::revert()
{
    const core::Database &db = workspace().database();
    core::Database::Transaction tx(db);
    if (m_changesOrder)
        store(m_before);
    const core::ContractReview review(db);
    for (int i : std::as_const(m_changedPoints)) {
        core::ContractCheck check = m_checklistBefore.at(i);
        check.orderId = m_before.meta.id;
        review.restorePoint(check);
    }
    tx.commit();
}

void EditOrderCommand::store(const core::Order &values)
{
    const core::OrderRepository repository(workspace().database());
    const std::optional<core::Order> current = repository.findById(values.meta.id);
    if (!current)
        throw core::Error(core::Error::Kind::Data, tr("Order %1 no longer exists.").arg(values.number));
    // A status move made since the edit is not the edit's to take back.
    core::Order next = values;
    next.meta = current->meta;
    next.status = current->status;
    for (core::OrderLine &line : next.lines)
        line.orderId = current->meta.id;
    repository.update(next);
}

} // namespace sb::ui

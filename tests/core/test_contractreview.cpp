// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/testsupport.h"

#include "core/domain/contract.h"
#include "core/domain/error.h"
#include "core/storage/auditlog.h"
#include "core/storage/contractreview.h"
#include "core/storage/customerrepository.h"
#include "core/storage/orderrepository.h"

#include <functional>

using namespace sb::core;

namespace {

QString dataErrorOf(const std::function<void()> &action)
{
    try {
        action();
    } catch (const Error &e) {
        CHECK(e.kind() == Error::Kind::Data);
        return e.message();
    }
    FAIL("no error was thrown");
    return {};
}

struct Desk
{
    sb::test::TempWorkspace ws;
    QString customerId;

    Desk()
    {
        Customer c;
        c.code = QStringLiteral("C001");
        c.name = QStringLiteral("Nordwind GmbH");
        customerId = CustomerRepository(*ws.db).create(c).meta.id;
    }

    ContractReview review() const { return ContractReview(*ws.db); }

    QString order(const QString &number, QDate date, OrderStatus status = OrderStatus::Draft) const
    {
        Order o;
        o.number = number;
        o.customerId = customerId;
        o.orderDate = date;
        o.status = status;
        o.contractAmount = 100000;
        return OrderRepository(*ws.db).create(o).meta.id;
    }

    void confirmAll(const QString &orderId) const
    {
        for (const ContractPoint point : contractpoint::all())
            review().setPoint(orderId, point, CheckState::Confirmed);
    }

    QList<AuditEntry> audit(const QString &entity, const QString &recordId = {}) const
    {
        AuditFilter filter;
        filter.entity = entity;
        filter.recordId = recordId;
        return AuditLog::entries(*ws.db, filter);
    }
};

} // namespace

TEST_CASE("contract points and states have stable keys and parse keys and Chinese names", "[contract]")
{
    const QStringList keys
        = {QStringLiteral("payment_terms"), QStringLiteral("delivery_acceptance"),
           QStringLiteral("ip_ownership"), QStringLiteral("liability"), QStringLiteral("termination")};
    const QList<ContractPoint> points = contractpoint::all();
    REQUIRE(points.size() == keys.size());
    for (qsizetype i = 0; i < points.size(); ++i) {
        CHECK(contractpoint::key(points[i]) == keys[i]);
        CHECK(contractpoint::fromText(keys[i]) == points[i]);
        CHECK(contractpoint::fromText(contractpoint::displayName(points[i])) == points[i]);
    }
    CHECK(contractpoint::fromText(QStringLiteral("知识产权归属明确")) == ContractPoint::IpOwnership);
    CHECK_FALSE(contractpoint::fromText(QStringLiteral("warranty")));
    for (const CheckState state : checkstate::all())
        CHECK(checkstate::fromText(checkstate::key(state)) == state);
    CHECK(checkstate::fromText(QStringLiteral("有风险")) == CheckState::Flagged);
    CHECK_FALSE(checkstate::fromText(QStringLiteral("maybe")));
}

TEST_CASE("an order without checklist rows has five unchecked points", "[contract]")
{
    Desk d;
    const QString id = d.order(QStringLiteral("SO-1"), QDate(2025, 3, 1));
    const QList<ContractCheck> list = d.review().checklist(id);
    REQUIRE(list.size() == 5);
    for (qsizetype i = 0; i < list.size(); ++i) {
        CHECK(list[i].point == contractpoint::all()[i]);
        CHECK(list[i].state == CheckState::Unchecked);
        CHECK(list[i].meta.id.isEmpty());
        CHECK(list[i].orderId == id);
    }
    CHECK(dataErrorOf([&] {
              d.review().checklist(QStringLiteral("no-such-order"));
          }).contains(QStringLiteral("no-such-order")));
}

TEST_CASE("setting a checklist point stores who checked it and when, and is audited", "[contract]")
{
    Desk d;
    const QString id = d.order(QStringLiteral("SO-1"), QDate(2025, 3, 1));
    const ContractCheck flagged = d.review().setPoint(id, ContractPoint::Liability, CheckState::Flagged,
                                                      QStringLiteral("  no liability cap  "));
    CHECK_FALSE(flagged.meta.id.isEmpty());
    CHECK(flagged.note == QStringLiteral("no liability cap"));
    CHECK(flagged.checkedBy == Database::userName());
    CHECK_FALSE(flagged.checkedAt.isEmpty());

    d.ws.reopen();
    QList<ContractCheck> list = d.review().checklist(id);
    CHECK(list[3].state == CheckState::Flagged);
    CHECK(list[3].note == QStringLiteral("no liability cap"));
    CHECK(list[3].checkedBy == Database::userName());
    CHECK(list[0].state == CheckState::Unchecked);

    QList<AuditEntry> entries = d.audit(QStringLiteral("contract_check"), flagged.meta.id);
    REQUIRE_FALSE(entries.isEmpty());
    CHECK(entries.first().action == AuditAction::Create);

    // Back to unchecked: the same row, who and when cleared, the change logged.
    const ContractCheck reset = d.review().setPoint(id, ContractPoint::Liability, CheckState::Unchecked);
    CHECK(reset.meta.id == flagged.meta.id);
    CHECK(reset.meta.version == flagged.meta.version + 1);
    CHECK(reset.checkedBy.isEmpty());
    list = d.review().checklist(id);
    CHECK(list[3].state == CheckState::Unchecked);
    CHECK(list[3].checkedAt.isEmpty());
    entries = d.audit(QStringLiteral("contract_check"), flagged.meta.id);
    bool stateLogged = false;
    for (const AuditEntry &e : entries) {
        if (e.action == AuditAction::Update && e.field == QStringLiteral("state"))
            stateLogged
                = e.oldValue == QStringLiteral("flagged") && e.newValue == QStringLiteral("unchecked");
    }
    CHECK(stateLogged);

    CHECK(dataErrorOf([&] {
              d.review().setPoint(QStringLiteral("nope"), ContractPoint::Liability, CheckState::Confirmed);
          }).contains(QStringLiteral("nope")));
}

TEST_CASE("the review queue lists open orders with flags first, with their counts", "[contract]")
{
    Desk d;
    const ContractReview r = d.review();
    const QString fresh = d.order(QStringLiteral("SO-1"), QDate(2025, 3, 1)); // no rows: 5 unchecked
    const QString done = d.order(QStringLiteral("SO-2"), QDate(2025, 3, 2));
    d.confirmAll(done);
    const QString risky = d.order(QStringLiteral("SO-3"), QDate(2025, 1, 1));
    d.confirmAll(risky);
    r.setPoint(risky, ContractPoint::Termination, CheckState::Flagged, QStringLiteral("one-sided"));
    r.setPoint(risky, ContractPoint::PaymentTerms, CheckState::Flagged, QStringLiteral("120 days"));
    const QString cancelled = d.order(QStringLiteral("SO-4"), QDate(2025, 3, 3));
    r.setPoint(cancelled, ContractPoint::Liability, CheckState::Flagged);
    OrderRepository(*d.ws.db).setStatus(cancelled, OrderStatus::Cancelled);
    const QString partly = d.order(QStringLiteral("SO-5"), QDate(2025, 3, 4), OrderStatus::Closed);
    r.setPoint(partly, ContractPoint::PaymentTerms, CheckState::Confirmed);
    r.setPoint(partly, ContractPoint::Liability, CheckState::Confirmed);
    r.setPoint(partly, ContractPoint::IpOwnership, CheckState::Unchecked);

    const QList<ReviewQueueEntry> queue = r.ordersNeedingReview();
    REQUIRE(queue.size() == 3);
    CHECK(queue[0].orderId == risky); // flagged first, although the oldest
    CHECK(queue[0].orderNumber == QStringLiteral("SO-3"));
    CHECK(queue[0].customerCode == QStringLiteral("C001"));
    CHECK(queue[0].flagged == 2);
    CHECK(queue[0].confirmed == 3);
    CHECK(queue[0].unchecked == 0);
    CHECK(queue[0].flaggedPoints
          == QList<ContractPoint>{ContractPoint::PaymentTerms, ContractPoint::Termination});
    CHECK(queue[1].orderId == partly); // then newest first
    CHECK(queue[1].status == OrderStatus::Closed);
    CHECK(queue[1].confirmed == 2);
    CHECK(queue[1].unchecked == 3);
    CHECK(queue[2].orderId == fresh);
    CHECK(queue[2].unchecked == 5);
    CHECK(queue[2].amount == 100000);
    CHECK(queue[2].orderDate == QDate(2025, 3, 1));

    const QList<ReviewQueueEntry> flaggedOnly = r.ordersNeedingReview(ReviewQueueScope::FlaggedOnly);
    REQUIRE(flaggedOnly.size() == 1);
    CHECK(flaggedOnly[0].orderId == risky);
}

TEST_CASE("confirming an order without flags moves it to confirmed without an override", "[contract]")
{
    Desk d;
    const QString id = d.order(QStringLiteral("SO-1"), QDate(2025, 3, 1));
    d.review().setPoint(id, ContractPoint::PaymentTerms, CheckState::Confirmed);
    const Order confirmed = d.review().confirmOrder(id);
    CHECK(confirmed.status == OrderStatus::Confirmed);
    CHECK(OrderRepository(*d.ws.db).findById(id)->status == OrderStatus::Confirmed);
    for (const AuditEntry &e : d.audit(QStringLiteral("order"), id))
        CHECK(e.action != AuditAction::Override);

    // Only a draft can be confirmed.
    CHECK(dataErrorOf([&] { d.review().confirmOrder(id); }).contains(QStringLiteral("SO-1")));
}

TEST_CASE("confirming an order with flags needs an override with a reason, which is audited", "[contract]")
{
    Desk d;
    const QString id = d.order(QStringLiteral("SO-1"), QDate(2025, 3, 1));
    const ContractReview r = d.review();
    r.setPoint(id, ContractPoint::Liability, CheckState::Flagged, QStringLiteral("uncapped"));
    r.setPoint(id, ContractPoint::IpOwnership, CheckState::Flagged);

    const QString refused = dataErrorOf([&] { r.confirmOrder(id); });
    CHECK(refused.contains(contractpoint::displayName(ContractPoint::Liability)));
    CHECK(refused.contains(contractpoint::displayName(ContractPoint::IpOwnership)));
    CHECK(OrderRepository(*d.ws.db).findById(id)->status == OrderStatus::Draft);

    dataErrorOf([&] { r.confirmOrder(id, true, QStringLiteral("   ")); });
    CHECK(OrderRepository(*d.ws.db).findById(id)->status == OrderStatus::Draft);

    const Order confirmed
        = r.confirmOrder(id, true, QStringLiteral("Customer is a state agency; legal approved"));
    CHECK(confirmed.status == OrderStatus::Confirmed);
    const QList<AuditEntry> entries = d.audit(QStringLiteral("order"), id);
    QList<AuditEntry> overrides;
    for (const AuditEntry &e : entries) {
        if (e.action == AuditAction::Override)
            overrides.append(e);
    }
    REQUIRE(overrides.size() == 1);
    CHECK(overrides[0].field == QStringLiteral("contract_review"));
    CHECK(overrides[0].oldValue == QStringLiteral("ip_ownership,liability"));
    CHECK(overrides[0].newValue == QStringLiteral("Customer is a state agency; legal approved"));
    CHECK(overrides[0].user == Database::userName());
}

TEST_CASE("taking back a confirmation puts the order back to draft and logs a withdrawn override",
          "[contract][undo]")
{
    Desk d;
    const QString id = d.order(QStringLiteral("SO-1"), QDate(2025, 3, 1));
    const ContractReview r = d.review();
    r.setPoint(id, ContractPoint::Termination, CheckState::Flagged, QStringLiteral("no exit clause"));
    r.confirmOrder(id, true, QStringLiteral("Framework contract covers it"));

    const Order draft = r.undoConfirm(id, QStringLiteral("Framework contract covers it"));
    CHECK(draft.status == OrderStatus::Draft);
    CHECK(OrderRepository(*d.ws.db).findById(id)->status == OrderStatus::Draft);
    const QList<AuditEntry> entries = d.audit(QStringLiteral("order"), id);
    REQUIRE(entries.size() >= 2);
    const AuditEntry &withdrawn = entries.last();
    CHECK(withdrawn.action == AuditAction::Override);
    CHECK(withdrawn.field == QStringLiteral("contract_review"));
    CHECK(withdrawn.oldValue == QStringLiteral("Framework contract covers it"));
    CHECK_FALSE(withdrawn.newValue.has_value());
    const AuditEntry &status = entries.at(entries.size() - 2);
    CHECK(status.action == AuditAction::Update);
    CHECK(status.field == QStringLiteral("status"));
    CHECK(status.oldValue == QStringLiteral("confirmed"));
    CHECK(status.newValue == QStringLiteral("draft"));

    // Confirmed again after the undo (a redo), the override is logged anew.
    r.confirmOrder(id, true, QStringLiteral("Framework contract covers it"));
    int overrides = 0;
    for (const AuditEntry &e : d.audit(QStringLiteral("order"), id))
        overrides += e.action == AuditAction::Override ? 1 : 0;
    CHECK(overrides == 3);

    // Without an override nothing but the status is logged, and only a confirmed order goes back.
    const QString plain = d.order(QStringLiteral("SO-2"), QDate(2025, 3, 2));
    r.confirmOrder(plain);
    r.undoConfirm(plain);
    for (const AuditEntry &e : d.audit(QStringLiteral("order"), plain))
        CHECK(e.action != AuditAction::Override);
    CHECK(dataErrorOf([&] { r.undoConfirm(plain); }).contains(QStringLiteral("SO-2")));
}

TEST_CASE("a checklist point is restored exactly as it was, with who checked it and when", "[contract][undo]")
{
    Desk d;
    const QString id = d.order(QStringLiteral("SO-1"), QDate(2025, 3, 1));
    const ContractReview r = d.review();
    const ContractCheck before
        = r.setPoint(id, ContractPoint::PaymentTerms, CheckState::Confirmed, QStringLiteral("30 days"));
    ContractCheck stored = r.checklist(id).first();
    stored.checkedBy = QStringLiteral("li.na");
    stored.checkedAt = QStringLiteral("2025-01-02T03:04:05.000Z");
    r.restorePoint(stored); // as if li.na had checked it

    r.setPoint(id, ContractPoint::PaymentTerms, CheckState::Flagged, QStringLiteral("120 days"));
    r.restorePoint(stored);
    const ContractCheck back = r.checklist(id).first();
    CHECK(back.state == CheckState::Confirmed);
    CHECK(back.note == QStringLiteral("30 days"));
    CHECK(back.checkedBy == QStringLiteral("li.na"));
    CHECK(back.checkedAt == QStringLiteral("2025-01-02T03:04:05.000Z"));
    CHECK(back.meta.id == before.meta.id);

    // A point that had no row goes back to unchecked; the write is audited.
    ContractCheck never;
    never.orderId = id;
    never.point = ContractPoint::Liability;
    r.setPoint(id, ContractPoint::Liability, CheckState::Flagged, QStringLiteral("uncapped"));
    r.restorePoint(never);
    const ContractCheck liability = r.checklist(id).at(3);
    CHECK(liability.point == ContractPoint::Liability);
    CHECK(liability.state == CheckState::Unchecked);
    CHECK(liability.note.isEmpty());
    CHECK(liability.checkedBy.isEmpty());
    const QList<AuditEntry> entries = d.audit(QStringLiteral("contract_check"), liability.meta.id);
    REQUIRE_FALSE(entries.isEmpty());
    CHECK(entries.last().action == AuditAction::Update);
}

TEST_CASE("the review queue counts hold flagged orders and drafts with points to check, nothing else",
          "[contract]")
{
    Desk d;
    const ContractReview r = d.review();
    const QString flaggedDraft = d.order(QStringLiteral("SO-1"), QDate(2025, 3, 1));
    r.setPoint(flaggedDraft, ContractPoint::Liability, CheckState::Flagged);
    r.setPoint(flaggedDraft, ContractPoint::PaymentTerms, CheckState::Confirmed);
    const QString openDraft = d.order(QStringLiteral("SO-2"), QDate(2025, 3, 2));
    const QString reviewedDraft = d.order(QStringLiteral("SO-3"), QDate(2025, 3, 3));
    d.confirmAll(reviewedDraft);
    const QString flaggedClosed = d.order(QStringLiteral("SO-4"), QDate(2025, 3, 4), OrderStatus::Closed);
    r.setPoint(flaggedClosed, ContractPoint::Termination, CheckState::Flagged);
    d.order(QStringLiteral("SO-5"), QDate(2025, 3, 5), OrderStatus::Confirmed); // unchecked, but past review
    const QString cancelled = d.order(QStringLiteral("SO-6"), QDate(2025, 3, 6), OrderStatus::Cancelled);
    r.setPoint(cancelled, ContractPoint::Liability, CheckState::Flagged);

    const QHash<QString, ReviewCounts> counts = r.reviewQueueCounts();
    CHECK(counts.size() == 3);
    REQUIRE(counts.contains(flaggedDraft));
    CHECK(counts.value(flaggedDraft).flagged == 1);
    CHECK(counts.value(flaggedDraft).unchecked == 3);
    REQUIRE(counts.contains(openDraft));
    CHECK(counts.value(openDraft).flagged == 0);
    CHECK(counts.value(openDraft).unchecked == 5);
    REQUIRE(counts.contains(flaggedClosed));
    CHECK(counts.value(flaggedClosed).flagged == 1);
}

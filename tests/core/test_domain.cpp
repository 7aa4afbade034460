// SPDX-FileCopyrightText: SalesBench contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "support/testsupport.h"

#include "core/domain/customer.h"
#include "core/domain/opportunity.h"
#include "core/domain/order.h"
#include "core/domain/validation.h"

using namespace sb::core;

namespace {
QStringList fields(const FieldErrors &errors)
{
    QStringList names;
    for (const FieldError &e : errors)
        names.append(e.field);
    return names;
}

Customer validCustomer()
{
    Customer c;
    c.code = QStringLiteral("C001");
    c.name = QStringLiteral("华东精工");
    c.phone = QStringLiteral("+86 138-0000-1234");
    c.email = QStringLiteral("buyer@example.cn");
    return c;
}
} // namespace

TEST_CASE("a complete customer passes validation", "[domain][customer]")
{
    CHECK(validate(validCustomer()).isEmpty());
}

TEST_CASE("customer code, name, phone and e-mail are checked field by field", "[domain][customer]")
{
    Customer c = validCustomer();
    c.code = QStringLiteral(" C001");
    CHECK(fields(validate(c)) == QStringList{QStringLiteral("code")});
    c.code.clear();
    CHECK(fields(validate(c)) == QStringList{QStringLiteral("code")});

    c = validCustomer();
    c.name = QStringLiteral("   ");
    CHECK(fields(validate(c)) == QStringList{QStringLiteral("name")});
    c.name = QString(201, u'名');
    CHECK(fields(validate(c)) == QStringList{QStringLiteral("name")});

    c = validCustomer();
    c.phone = QStringLiteral("call me");
    c.email = QStringLiteral("buyer@localhost");
    CHECK(fields(validate(c)) == (QStringList{QStringLiteral("phone"), QStringLiteral("email")}));
}

TEST_CASE("phone numbers need 5 to 20 digits and only phone punctuation", "[domain][validation]")
{
    CHECK(validation::isValidPhone(QString()));
    CHECK(validation::isValidPhone(QStringLiteral("(021) 5555.1234")));
    CHECK(validation::isValidPhone(QStringLiteral("12345")));
    CHECK_FALSE(validation::isValidPhone(QStringLiteral("1234")));
    CHECK_FALSE(validation::isValidPhone(QStringLiteral("123456789012345678901")));
    CHECK_FALSE(validation::isValidPhone(QStringLiteral("138 0000 1234 ext 5")));
    CHECK_FALSE(validation::isValidPhone(QStringLiteral("1380000+1234")));
    CHECK(validation::isValidEmail(QStringLiteral("a.b@mail.example.com")));
    CHECK_FALSE(validation::isValidEmail(QStringLiteral("a@@b.cn")));
    CHECK_FALSE(validation::isValidEmail(QStringLiteral("a b@c.cn")));
    CHECK_FALSE(validation::isValidCode(QString(41, u'X')));
    CHECK(validation::isValidCode(QString(40, u'X')));
}

TEST_CASE("codes are keys as other systems write them: inner spaces yes, padding and control characters no",
          "[domain][validation]")
{
    CHECK(validation::isValidCode(QStringLiteral("Acme Corporation")));
    CHECK(validation::isValidCode(QStringLiteral("BANK CHARGES")));
    CHECK(validation::isValidCode(QStringLiteral("A&B (East), No. 7/2")));
    CHECK(validation::isValidCode(QStringLiteral("上海 精工机械")));
    CHECK(validation::isValidCode(QString(40, u'名')));
    CHECK_FALSE(validation::isValidCode(QString(41, u'名')));
    CHECK(validation::isValidCode(QStringLiteral("A") + QString(38, u' ') + QStringLiteral("B")));
    CHECK_FALSE(validation::isValidCode(QStringLiteral("A") + QString(39, u' ') + QStringLiteral("B")));
    CHECK_FALSE(validation::isValidCode(QString()));
    CHECK_FALSE(validation::isValidCode(QStringLiteral(" ")));
    CHECK_FALSE(validation::isValidCode(QStringLiteral(" Acme")));
    CHECK_FALSE(validation::isValidCode(QStringLiteral("Acme ")));
    CHECK_FALSE(validation::isValidCode(QStringLiteral("Acme\u3000")));
    CHECK_FALSE(validation::isValidCode(QStringLiteral("Acme\tCorp")));
    CHECK_FALSE(validation::isValidCode(QStringLiteral("Acme\nCorp")));
    CHECK_FALSE(validation::isValidCode(QStringLiteral("Acme\rCorp")));
    CHECK_FALSE(validation::isValidCode(QStringLiteral("Acme\u200BCorp"))); // zero-width space
    CHECK_FALSE(validation::isValidCode(QStringLiteral("Acme\uFEFFCorp"))); // zero-width no-break space
    CHECK_FALSE(validation::isValidCode(QStringLiteral("Acme\u00A0Corp"))); // no-break space
    CHECK_FALSE(validation::isValidCode(QStringLiteral("Acme\u3000Corp"))); // ideographic space
    CHECK_FALSE(validation::isValidCode(QStringLiteral("Acme\u2028Corp"))); // line separator
}

TEST_CASE("lifecycle and stage names parse from keys, English and Chinese", "[domain]")
{
    CHECK(lifecycle::fromText(QStringLiteral("维系")) == LifecycleStage::Retention);
    CHECK(lifecycle::fromText(QStringLiteral("Deepening")) == LifecycleStage::Deepening);
    CHECK_FALSE(lifecycle::fromText(QStringLiteral("unknown")).has_value());
    CHECK(stage::fromText(QStringLiteral("方案制定")) == Stage::Proposal);
    CHECK(stage::fromText(QStringLiteral(" won ")) == Stage::Won);
    CHECK(stage::fromText(QStringLiteral("Needs confirmed")) == Stage::NeedsConfirmed);
    CHECK_FALSE(stage::fromText(QStringLiteral("closed")).has_value());
    CHECK(stage::defaultProbability(Stage::Negotiation) == 75);
    CHECK(stage::defaultProbability(Stage::Lost) == 0);
}

TEST_CASE("stage moves: open stages move freely, won only from negotiation, closed deals stay",
          "[domain][stage]")
{
    CHECK(stage::canMove(Stage::Negotiation, Stage::Won));
    CHECK_FALSE(stage::canMove(Stage::Proposal, Stage::Won));
    CHECK(stage::canMove(Stage::Proposal, Stage::InitialContact));
    CHECK(stage::canMove(Stage::InitialContact, Stage::Lost));
    CHECK_FALSE(stage::canMove(Stage::Won, Stage::Negotiation));
    CHECK_FALSE(stage::canMove(Stage::Lost, Stage::Proposal));
    CHECK_FALSE(stage::canMove(Stage::Proposal, Stage::Proposal));
    // 4 open stages × 3 other open stages + 4 moves to lost + 1 to won.
    int allowed = 0;
    for (const Stage from : stage::all()) {
        for (const Stage to : stage::all())
            allowed += stage::canMove(from, to) ? 1 : 0;
    }
    CHECK(allowed == 17);
}

TEST_CASE("order status moves follow the workflow only", "[domain][order]")
{
    CHECK(orderstatus::canMove(OrderStatus::Draft, OrderStatus::Confirmed));
    CHECK(orderstatus::canMove(OrderStatus::Confirmed, OrderStatus::Delivered));
    CHECK(orderstatus::canMove(OrderStatus::Delivered, OrderStatus::Closed));
    CHECK(orderstatus::canMove(OrderStatus::Confirmed, OrderStatus::Cancelled));
    CHECK_FALSE(orderstatus::canMove(OrderStatus::Draft, OrderStatus::Delivered));
    CHECK_FALSE(orderstatus::canMove(OrderStatus::Delivered, OrderStatus::Cancelled));
    CHECK_FALSE(orderstatus::canMove(OrderStatus::Closed, OrderStatus::Draft));
    int allowed = 0;
    for (const OrderStatus from : orderstatus::all()) {
        for (const OrderStatus to : orderstatus::all())
            allowed += orderstatus::canMove(from, to) ? 1 : 0;
    }
    CHECK(allowed == 5);
    CHECK(orderstatus::countsAsRevenue(OrderStatus::Delivered));
    CHECK_FALSE(orderstatus::countsAsRevenue(OrderStatus::Draft));
    CHECK_FALSE(orderstatus::countsAsRevenue(OrderStatus::Cancelled));
}

TEST_CASE("an order's amount is the sum of its lines, or its contract amount without lines",
          "[domain][order]")
{
    Order o;
    CHECK(orderAmount(o) == 0);
    o.contractAmount = 5000000;
    CHECK(orderAmount(o) == 5000000);
    OrderLine a;
    a.amount = 370;
    OrderLine b;
    b.amount = 17000;
    o.lines = {a, b};
    CHECK(orderAmount(o) == 17370);
}

TEST_CASE("order and opportunity validation names the offending fields", "[domain]")
{
    Order o;
    o.number = QStringLiteral("SO-1");
    o.customerId = QStringLiteral("c");
    o.orderDate = QDate(2025, 3, 1);
    CHECK(validate(o).isEmpty());
    OrderLine line;
    line.lineNo = 1;
    line.quantity = 0;
    line.discount = 10001;
    o.lines = {line};
    CHECK(fields(validate(o)) == (QStringList{QStringLiteral("discount"), QStringLiteral("quantity")}));
    o.lines.clear();
    o.orderDate = QDate();
    CHECK(fields(validate(o)) == QStringList{QStringLiteral("order_date")});

    Opportunity p;
    p.code = QStringLiteral("O1");
    p.customerId = QStringLiteral("c");
    p.title = QStringLiteral("ERP rollout");
    p.createdOn = QDate(2025, 1, 2);
    CHECK(validate(p).isEmpty());
    p.stage = Stage::Lost;
    p.probability = 101;
    CHECK(fields(validate(p)) == (QStringList{QStringLiteral("probability"), QStringLiteral("lost_reason")}));
}
